#!/usr/bin/env bash
# Builds the release app and prints the benchmark (bytes, Lighthouse, start-up timings, scale).
# Pass --check to compare against the budgets (exit 1 if one is missed).
source "$(dirname "$0")/tools.sh"
ensure_build_tools
apt_ensure chromium
if [ ! -d tests/e2e/node_modules ]; then (cd tests/e2e && npm ci --no-audit --no-fund >/dev/null); fi
if [ ! -x scripts/bench/node_modules/.bin/lighthouse ]; then
  say "installing Lighthouse 12.2.3 (npm)"
  (cd scripts/bench && npm ci --no-audit --no-fund >/dev/null)
fi
build_release
exec node scripts/bench.mjs --no-build "$@"
