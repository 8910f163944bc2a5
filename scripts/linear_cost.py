#!/usr/bin/env python3
"""Lede's linear-cost check, by instruction count rather than by clock.

Runs `crates/analysis/examples/cost.rs` under `valgrind --tool=callgrind` (which counts executed
instructions: the same total for the same binary and input, however busy the machine is) on
generated news of 10 KB, 100 KB and 1 MB, and on pathological inputs at two sizes 10x apart.
The analysis's own count is the run minus one run that only builds the largest input and
warms up (builds every pattern once, as every run does first); building an input is cheap
(about 1.5 instructions per byte), so smaller inputs are if anything charged a little less
than their own share of the baseline, which errs towards a higher growth ratio.

Fails when
- the cost per byte grows by more than 1.3x per 10x of input (news, and every case), or
- a pathological case costs more per byte than PATHOLOGICAL_BUDGET times news at 1 MB. The
  dearest is text that is nothing but dates (one every 10 bytes, each extracted and
  resolved): about 5x news, where news has one every 120 bytes.

Usage: scripts/linear_cost.py [path/to/cost-binary]   (default target/release/examples/cost)
"""
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

GROWTH_LIMIT = 1.3
PATHOLOGICAL_BUDGET = 6.0
NEWS_SIZES = [10_000, 100_000, 1_000_000]
# each case at two sizes 10x apart (the large one as the inputs allow under valgrind)
CASES = {
    "quote-marks": 300_000,  # 100 000 “ marks
    "straight-quotes": 200_000,
    "one-line": 300_000,
    "nested-tags": 1_100_000,  # 100 000 nested <div>
    "stray-end-tags": 1_200_000,  # 100 000 end tags that close nothing, 100 000 levels deep
    "char-refs": 1_000_000,  # about 80 000 named character references
    "run-on-dates": 300_000,  # dates with no sentence end between them
    "no-whitespace": 1_000_000,
    "digits": 1_000_000,
    "numeric-dates": 200_000,
    "mixed-scripts": 300_000,
    "combining-marks": 300_000,
    "nul-bytes": 300_000,
}


def instructions(binary, case, size, mode="run"):
    started = time.time()
    out = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", binary, case, str(size), mode],
        capture_output=True, text=True, check=True,
    )
    found = re.search(r"Collected : (\d+)", out.stderr)
    if not found:
        sys.exit(f"no instruction count from valgrind for {case} {size}:\n{out.stderr[-2000:]}")
    print(f"  {case} {size} {mode}: {int(found.group(1)):,} instructions ({time.time() - started:.0f} s)", flush=True)
    return int(found.group(1))


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else "target/release/examples/cost"
    jobs = [("news", s) for s in NEWS_SIZES]
    for case, big in CASES.items():
        jobs += [(case, big // 10), (case, big)]
    baseline = ("news", NEWS_SIZES[-1], "make")
    with ThreadPoolExecutor(max_workers=2) as pool:
        counts = list(pool.map(lambda j: instructions(binary, *j), [baseline, *jobs]))
    made, runs = counts[0], dict(zip(jobs, counts[1:]))
    per_byte = {job: max(runs[job] - made, 0) / job[1] for job in jobs}

    failures = []
    news_1mb = per_byte[("news", NEWS_SIZES[-1])]
    print(f"{'case':<16} {'bytes':>10} {'instr/byte':>11} {'growth per 10x':>15} {'vs news':>8}")
    for case in ["news", *CASES]:
        sizes = sorted(s for c, s in jobs if c == case)
        for small, large in zip([None, *sizes], sizes):
            growth = per_byte[(case, large)] / per_byte[(case, small)] if small else None
            ratio = per_byte[(case, large)] / news_1mb
            print(f"{case:<16} {large:>10} {per_byte[(case, large)]:>11.0f} "
                  f"{(f'{growth:.2f}x' if growth else '-'):>15} {ratio:>7.2f}x")
            if growth and growth > GROWTH_LIMIT:
                failures.append(f"{case}: cost per byte grows {growth:.2f}x from {small} to {large} bytes (limit {GROWTH_LIMIT}x)")
            if case != "news" and ratio > PATHOLOGICAL_BUDGET:
                failures.append(f"{case}: {ratio:.2f}x the per-byte cost of news (budget {PATHOLOGICAL_BUDGET}x)")
    if failures:
        print("\n".join(["", "linear-cost check failed:", *failures]))
        sys.exit(1)
    print(f"\nlinear-cost check passed: growth ≤ {GROWTH_LIMIT}x per 10x, pathological ≤ {PATHOLOGICAL_BUDGET}x news")


if __name__ == "__main__":
    main()
