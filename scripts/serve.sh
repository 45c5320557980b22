#!/usr/bin/env bash
# Installs what is missing, builds the release app and serves it at http://127.0.0.1:8080.
source "$(dirname "$0")/tools.sh"
ensure_build_tools
build_release
PORT="${PORT:-8080}"
say "serving at http://127.0.0.1:$PORT/ (Ctrl+C to stop)"
exec node scripts/serve.mjs dist "$PORT"
