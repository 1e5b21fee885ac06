"""Pairs the figures of run-benchmarks.sh outputs by their label and prints the median of each side with the ratio.

Usage: python3 bench/medians.py BASE_OUTPUT... -- NEW_OUTPUT...
"""
import re
import statistics
import sys

FIGURES = [
    ("cold replay, s", r"govsim replay \(cold.*?: ([\d.]+) s"),
    ("Spring Boot + Axon baseline start, s", r"baseline Spring Boot .*? start: ([\d.]+) s"),
    ("store H2, events/s", r"govsim-store db=h2 .*?median (\d+)"),
    ("  baseline: one event per transaction, H2", r"baseline-one-event-per-transaction db=h2 events_per_second=(\d+)"),
    ("store PostgreSQL, events/s", r"govsim-store db=postgres .*?median (\d+)"),
    ("  baseline: one event per transaction, PG", r"baseline-one-event-per-transaction db=postgres events_per_second=(\d+)"),
    ("  baseline: Spring Boot app, events/s", r"baseline-append .*?events_per_second=([\d.]+)"),
    ("fork at 100, ms", r"fork at seq 100 \(.*?: ([\d.]+) ms"),
    ("fork at 100,000, ms", r"fork at seq 100,000 \(.*?: ([\d.]+) ms"),
    ("state --at median, ms", r"state --at .*?median ([\d.]+) ms"),
    ("state --at p95, ms", r"state --at .*?p95 ([\d.]+) ms"),
    ("  baseline: fold from the start, ms", r"baseline: state by folding every event from the start: ([\d.]+) ms"),
    ("dry-run what-if, ms", r"dry-run what-if .*?: ([\d.]+) ms"),
    ("  baseline: whole scenario in memory, ms", r"baseline: the whole historical scenario run in memory \(warm\): ([\d.]+) ms"),
    ("sweep, runs/s", r"^sweep: .*?= (\d+) runs/s"),
    ("  baseline: plain fold loop, runs/s", r"plain-Java loop .*?one thread: (\d+) runs/s"),
    ("100,000 runs, s", r"done: 100000/100000 runs in ([\d.]+) s"),
    ("100,000 runs, max RSS KiB", r"max resident (\d+) KiB"),
]
HIGHER_IS_BETTER = {"store H2, events/s", "store PostgreSQL, events/s", "sweep, runs/s",
                    "  baseline: one event per transaction, H2", "  baseline: one event per transaction, PG",
                    "  baseline: Spring Boot app, events/s", "  baseline: plain fold loop, runs/s"}


def figures(paths):
    values = {name: [] for name, _ in FIGURES}
    for path in paths:
        text = open(path, encoding="utf-8", errors="replace").read()
        for name, pattern in FIGURES:
            m = re.search(pattern, text, re.M)
            if m:
                values[name].append(float(m.group(1)))
    return values


args = sys.argv[1:]
split = args.index("--")
base, new = figures(args[:split]), figures(args[split + 1:])
print(f"{'figure':38s} {'base (median)':>14s} {'new (median)':>14s} {'new/base':>9s}  worse by")
for name, _ in FIGURES:
    if not base[name] or not new[name]:
        continue
    b, n = statistics.median(base[name]), statistics.median(new[name])
    ratio = n / b if b else float("nan")
    worse = (b / n - 1) if name in HIGHER_IS_BETTER else (ratio - 1)
    print(f"{name:38s} {b:14.2f} {n:14.2f} {ratio:9.2f}  {max(worse, 0) * 100:5.1f}%   "
          f"(runs: {len(base[name])} and {len(new[name])})")
