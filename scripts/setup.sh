#!/usr/bin/env bash
# Installs what Lede's build and tests need, skipping whatever is already there at the right
# version. Everything comes from the package registries (Debian, crates.io, npm): nothing else
# is downloaded. A fresh machine spends most of its time compiling trunk and wasm-bindgen-cli.
#
#   scripts/setup.sh          build tools (trunk, wasm-bindgen, wasm-opt, the wasm target)
#   scripts/setup.sh --test   also Chromium and ChromeDriver for the browser tests
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
step() { printf '\n==> %s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }
export PATH="$HOME/.cargo/bin:$PATH"

want_test=false
[ "${1:-}" = "--test" ] && want_test=true

if [ "$(id -u)" = 0 ] && have apt-get; then
  missing=()
  have cc || missing+=(build-essential)
  have pkg-config || missing+=(pkg-config)
  have python3 || missing+=(python3)
  have node || missing+=(nodejs)
  have npm || missing+=(npm)
  if $want_test; then
    have chromium || missing+=(chromium)
    have chromedriver || missing+=(chromium-driver)
    have valgrind || missing+=(valgrind)
  fi
  if [ ${#missing[@]} -gt 0 ]; then
    step "Debian packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    step "Debian packages: already installed"
  fi
fi

if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  step "Rust target wasm32-unknown-unknown: already installed"
else
  step "Rust target wasm32-unknown-unknown: installing"
  rustup target add wasm32-unknown-unknown
fi

# The release page rebuilds the standard library for size (scripts/build-page.sh).
if rustup component list --installed 2>/dev/null | grep -qx rust-src; then
  step "Rust component rust-src: already installed"
else
  step "Rust component rust-src: installing"
  rustup component add rust-src
fi

if have trunk && trunk --version | grep -q " $TRUNK_VERSION"; then
  step "trunk $TRUNK_VERSION: already installed"
else
  step "trunk $TRUNK_VERSION: compiling from crates.io (15-35 minutes on 2 cores; newer trunk needs a newer rustc)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli must match the wasm-bindgen in Cargo.lock exactly.
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if have wasm-bindgen && wasm-bindgen --version | grep -q " $WBG_VERSION\$"; then
  step "wasm-bindgen-cli $WBG_VERSION: already installed"
else
  step "wasm-bindgen-cli $WBG_VERSION: compiling from crates.io (about 10 minutes)"
  # without --locked: its own lockfile pins a crate version the registry may lack
  cargo install wasm-bindgen-cli --version "$WBG_VERSION"
fi
grep -q "wasm_bindgen = \"$WBG_VERSION\"" Trunk.toml || {
  echo "Trunk.toml [tools] wasm_bindgen must be $WBG_VERSION (the version in Cargo.lock)" >&2
  exit 1
}

if [ -x node_modules/.bin/wasm-opt ] && [ -d node_modules/playwright-core ] && [ -d node_modules/axe-core ]; then
  step "npm tools (binaryen's wasm-opt, playwright-core, axe-core): already installed"
else
  step "npm tools (binaryen's wasm-opt, playwright-core, axe-core): npm ci"
  npm ci --no-audit --no-fund
fi

step "Rust crates: cargo fetch"
cargo fetch --quiet
step "setup done"
