#!/usr/bin/env bash
# Installs what is missing and runs every test layer:
#   1. the model, natively (cargo test), once the code is checked to be formatted (cargo fmt);
#   2. components in headless Chromium and Firefox (wasm-bindgen-test);
#   3. the release build end to end in Chromium at phone and tablet sizes (Playwright), its
#      rendered HTML checked by the Nu HTML Checker;
#   4. the same build end to end in WebKit (the iPad's engine) and Firefox, through WebDriver.
source "$(dirname "$0")/tools.sh"
ensure_build_tools
# Chromium and its driver for layers 2 and 3; WebKitGTK's driver (with its MiniBrowser), Xvfb
# for its window, and Firefox for layer 4; Japanese fonts so screenshots are readable; Java for
# the HTML checker (these machines have one; Debian's otherwise).
apt_ensure chromium chromium-driver webkit2gtk-driver xvfb firefox-esr fonts-noto-cjk
command -v java >/dev/null || apt_ensure default-jre-headless
ensure_geckodriver
if [ ! -d tests/e2e/node_modules ] || [ tests/e2e/package-lock.json -nt tests/e2e/node_modules ]; then
  say "installing the end-to-end test packages"
  (cd tests/e2e && npm ci --no-audit --no-fund >/dev/null && touch node_modules)
fi

say "1/4 model tests (native), after checking the code is formatted (rustfmt.toml)"
cargo fmt --version >/dev/null 2>&1 || rustup component add rustfmt
cargo fmt --check
cargo test --lib

# The runner takes the first WebDriver it finds (geckodriver before chromedriver): name each.
say "2/4 component tests (wasm-bindgen-test in headless Chromium, then Firefox)"
CHROMEDRIVER="$(command -v chromedriver)" cargo test --target wasm32-unknown-unknown --test web
GECKODRIVER="$(command -v geckodriver)" cargo test --target wasm32-unknown-unknown --test web

build_release

# The issue's budget (150 KB brotli) is not met; this guard keeps what was won from being lost.
# It was 220 KB (216.1 KB then); the guide read in 2026 (dated later facts with their sources, the
# station's dates, the calendar file) added 17 KB of text and views, less 3 KB from minifying the
# JS glue and CSS; answering every tap at once (saving after the paint, memoised fields, screens
# and long lists built in parts) 5 KB more; 訪問 (the home-visit card, its content and sources,
# the station's set-up, the printed card) 12.8 KB more; 連絡先 (the official lines, the station's
# contacts with checked numbers, links beside 依頼先 and situations, both prints) 14.5 KB more;
# backups that survive Safari (the reminder, the iPad how-to) 3.2 KB more: 266.0 KB; then, for
# quicker taps, 1.7 KB more (screens built in slices, the screen left torn down after the paint)
# and 10 KB less (no B-tree or hash maps of our own: sorted vectors, lists, JSON objects): 259.3 KB.
# Lower it as the app shrinks; `bash scripts/bench.sh` has the whole benchmark.
say "size guard: first visit ≤ 261 KB brotli"
node scripts/bench.mjs --no-build --bytes-only --max-kb 261

say "3/4 end-to-end tests (Playwright in Chromium)"
mkdir -p screenshots
(cd tests/e2e && npx playwright test)

# Each tap and keystroke at 4× CPU on an empty and a large station, five runs each (about 3 minutes):
# fails on a regression (see the budgets in scripts/bench.mjs).
say "interaction guard: every kind of tap answers as fast on a large station as on an empty one"
node scripts/bench.mjs --no-build --interactions-only --check --interaction-runs 5

# Each test a fresh profile; a count per engine at the end (about 6 minutes).
say "4/4 end-to-end tests in WebKit and Firefox (WebDriver)"
(cd tests/e2e && node --test-reporter=spec engines/run.mjs)

say "all tests passed"
