#!/usr/bin/env bash
# Fuzzes one target for a set time: scripts/fuzz.sh analyze_text|analyze_html|share_decode [SECONDS]
# (default 600). The corpus grows in fuzz/corpus/TARGET (kept between runs, not in the
# repository), seeded from fuzz/seeds/TARGET; a crash is saved in fuzz/artifacts/TARGET.
# Needs cargo-fuzz (`cargo install cargo-fuzz`) and the sanitizer flags of a nightly compiler,
# which RUSTC_BOOTSTRAP=1 unlocks on stable.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: scripts/fuzz.sh TARGET [SECONDS]}
seconds=${2:-600}
case $target in
  analyze_text) max_len=4096 ;;
  analyze_html) max_len=8192 ;;
  share_decode) max_len=4096 ;;
  *) echo "unknown target $target (analyze_text, analyze_html or share_decode)" >&2; exit 2 ;;
esac
mkdir -p "fuzz/corpus/$target"
RUSTC_BOOTSTRAP=1 exec cargo fuzz run "$target" "fuzz/corpus/$target" "fuzz/seeds/$target" -- \
  -max_total_time="$seconds" -max_len="$max_len"
