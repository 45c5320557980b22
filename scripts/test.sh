#!/usr/bin/env bash
# Installs what is missing and runs every test layer:
#   1. the model, natively (cargo test), once the code is checked to be formatted (cargo fmt) and
#      its imports to run one way, in no circle (scripts/check-imports.mjs);
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

say "1/4 model tests (native), after checking the code is formatted (rustfmt.toml) and its imports run one way"
cargo fmt --version >/dev/null 2>&1 || rustup component add rustfmt
cargo fmt --check
node scripts/check-imports.mjs
cargo test --lib

# The runner takes the first WebDriver it finds (geckodriver before chromedriver): name each.
say "2/4 component tests (wasm-bindgen-test in headless Chromium, then Firefox)"
CHROMEDRIVER="$(command -v chromedriver)" cargo test --target wasm32-unknown-unknown --test web
GECKODRIVER="$(command -v geckodriver)" cargo test --target wasm32-unknown-unknown --test web

build_release

# The size guard: the first visit may not grow past what it was when last measured. Lower it
# whenever the app shrinks; raise it only in a commit that says what the bytes bought. The
# whole benchmark (bytes, Lighthouse, start-up, taps) is `bash scripts/bench.sh`.
say "size guard: first visit ≤ 313 KB brotli"
node scripts/bench.mjs --no-build --bytes-only --max-kb 313

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
