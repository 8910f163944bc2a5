#!/usr/bin/env bash
# Builds the release page into dist/ (trunk build --release). Extra arguments go to trunk.
#
# The page's standard library is compiled with the page, for size, on the stable toolchain
# (RUSTC_BOOTSTRAP lets it take cargo's -Z build-std): with `optimize_for_size`, core's smaller
# algorithms, with panics that abort at once (-C panic=immediate-abort), so no panic message and
# none of its formatting is in the module, and with Debug formatting compiled out
# (-Z fmt-debug=none: `{:?}` writes nothing, so nothing the page shows or runs is written with
# it). A panic in the page was already an abort (a WebAssembly trap the worker reports); now it
# carries no message either. Together they take 86 KB, a seventh, off the page. It needs rustup's rust-src component (scripts/setup.sh installs
# it). The wasm-bindgen tests and clippy build the page the ordinary way; this build has its
# own target folder (target/page), so neither rebuilds the other's crates.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none"
export CARGO_TARGET_DIR="$PWD/target/page"
exec trunk build --release --offline "$@"
