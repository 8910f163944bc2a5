#!/usr/bin/env bash
# Builds Lede (release, into dist/) and serves it on http://127.0.0.1:8080 .
# Installs what is missing first (scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
printf '\n==> release build of the page (dist/)\n'
scripts/build-page.sh
printf '\n==> serving dist/ on http://127.0.0.1:%s (Ctrl+C stops)\n' "${PORT:-8080}"
exec python3 -m http.server "${PORT:-8080}" --bind 127.0.0.1 --directory dist
