# Shared by scripts/serve.sh and scripts/test.sh: installs what the build needs, if missing,
# and builds the release app into dist/. Every step checks first, so a second run is quick.
# Sourced, not run.

set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

TRUNK_VERSION="0.21.14"
BINARYEN_VERSION="132.0.0"
# Minifies the JS glue and the CSS after Trunk's build (scripts/post-build.mjs): Trunk 0.21's own
# JS minifier fails on current wasm-bindgen output.
ESBUILD_VERSION="0.28.2"
# The wasm-bindgen CLI must match the library version Cargo.lock pins.
WASM_BINDGEN_VERSION="$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"$/\1/p')"

export PATH="$HOME/.cargo/bin:$ROOT/.tools/node_modules/.bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# apt-get install, only for packages not yet installed (needs root, as on CI).
apt_ensure() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing ${missing[*]} (apt)"
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

ensure_build_tools() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32 target"
    rustup target add wasm32-unknown-unknown
  fi
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (several minutes the first time)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
    say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
    # Not --locked: the registry mirror lacks one of its locked dependencies.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
  fi
  # One npm install for both: with --no-save, npm removes from .tools whatever it was not asked for.
  if ! wasm-opt --version 2>/dev/null | grep -q "version 132" || [ "$(esbuild --version 2>/dev/null)" != "$ESBUILD_VERSION" ]; then
    say "installing wasm-opt 132 (npm binaryen@$BINARYEN_VERSION) and esbuild $ESBUILD_VERSION"
    npm install --prefix "$ROOT/.tools" --no-save --no-audit --no-fund \
      "binaryen@$BINARYEN_VERSION" "esbuild@$ESBUILD_VERSION" >/dev/null
  fi
}

# Firefox's WebDriver server, built from the crates registry (Debian does not package it).
GECKODRIVER_VERSION="0.37.1"
ensure_geckodriver() {
  if [ "$(geckodriver --version 2>/dev/null | head -1)" != "geckodriver $GECKODRIVER_VERSION" ]; then
    say "installing geckodriver $GECKODRIVER_VERSION (a few minutes the first time)"
    cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked
  fi
}

build_release() {
  say "building the release app into dist/"
  trunk build --release --offline
}
