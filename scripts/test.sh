#!/usr/bin/env bash
# Runs every Lede test: formatting and lints, the core and CLI, the app natively, the linear-cost
# check (instruction counts), the app in headless Chromium (wasm-bindgen-test), the release
# build with its page-weight budget, and the end-to-end tests in a real Chromium. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
step() { printf '\n==> %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (native and wasm32) -D warnings"
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy -p lede --target wasm32-unknown-unknown --bins -- -D warnings

step "core, CLI and app tests (native)"
cargo test --workspace

step "the core has no browser dependency"
if cargo tree -p lede-analysis -e normal --prefix none | grep -E '^(yew|web-sys|wasm-bindgen|js-sys) '; then
  echo "crates/analysis must not depend on the browser crates above" >&2
  exit 1
fi

step "linear cost: instruction counts (valgrind) on news and pathological inputs"
cargo build --release -p lede-analysis --example cost
python3 scripts/linear_cost.py target/release/examples/cost

step "app tests in headless Chromium (wasm-bindgen-test)"
cargo test -p lede --target wasm32-unknown-unknown --test web

step "release build (scripts/build-page.sh) and page weight"
scripts/build-page.sh
python3 scripts/page_weight.py dist --budget-kb "$(cat scripts/page-weight-budget-kb)"

step "end-to-end tests in Chromium (playwright-core)"
node --test --test-concurrency=1 e2e/

step "all tests passed"
