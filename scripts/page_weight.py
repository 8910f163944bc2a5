#!/usr/bin/env python3
"""Page-weight budget: the release wasm + js + css, each compressed with gzip -9, must stay
within the budget. Prints every file's size and the total; exits 1 when over.

    python3 scripts/page_weight.py dist [--budget-kb 300]
"""
import argparse
import gzip
import os
import sys

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("dist", nargs="?", default="dist")
parser.add_argument("--budget-kb", type=float, default=300.0)
args = parser.parse_args()

rows, total = [], 0
for root, _, names in os.walk(args.dist):
    for name in sorted(names):
        if not name.endswith((".wasm", ".js", ".css")):
            continue
        path = os.path.join(root, name)
        with open(path, "rb") as f:
            raw = f.read()
        packed = len(gzip.compress(raw, compresslevel=9, mtime=0))
        rows.append((os.path.relpath(path, args.dist), len(raw), packed))
        total += packed
if not rows:
    sys.exit(f"page weight: no wasm/js/css in {args.dist}: build first (scripts/build-page.sh)")
for rel, raw, packed in sorted(rows, key=lambda r: -r[2]):
    print(f"{packed / 1024:9.1f} KB gzip  {raw / 1024:9.1f} KB raw  {rel}")
print(f"{total / 1024:9.1f} KB gzip in all; budget {args.budget_kb:.0f} KB")
if total > args.budget_kb * 1024:
    sys.exit(f"page weight: over budget by {(total - args.budget_kb * 1024) / 1024:.1f} KB")
