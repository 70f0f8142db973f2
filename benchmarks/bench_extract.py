#!/usr/bin/env python3
"""How fast the engine analyses news, how much memory it takes, and how long it takes to import.

    python benchmarks/bench_extract.py PATH... [--repeat N] [--date YYYY-MM-DD] [--cpu K]

- words/s: whitespace-separated words of the article texts divided by the wall time spent in
  ``analyse`` alone (reading and output excluded), in this one process pinned to one core,
  after one warm-up article. ``analyse`` keeps no result between calls, so ``--repeat N``
  (the inputs analysed N times over) measures the same work N times for a steadier figure.
- peak memory: ``ru_maxrss`` of this process, in MB (input texts included).
- import: median wall time of 10 fresh interpreters importing the engine, minus the median of
  10 running ``python -c pass`` (interleaved, so both see the same machine load).

The marks to beat (issue 2): 100,000 words/s, under 150 MB, import under 100 ms.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from datetime import date

from newsview.models.analysis import analyse
from newsview.models.reading import read_paths

IMPORT_RUNS = 10


def pin_to_one_core(cpu: int | None) -> int | None:
    """Pin this process to one core (the last allowed one unless told); None where unsupported."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    allowed = sorted(os.sched_getaffinity(0))
    chosen = cpu if cpu is not None and cpu in allowed else allowed[-1]
    os.sched_setaffinity(0, {chosen})
    return chosen


def import_cost_ms(module: str) -> tuple[float, float]:
    """(median ms to import ``module`` in a fresh interpreter minus bare start-up, bare ms)."""

    def once(code: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        return time.perf_counter() - start

    bare, loaded = [], []
    for _ in range(IMPORT_RUNS):
        bare.append(once("pass"))
        loaded.append(once(f"import {module}"))
    bare_ms = statistics.median(bare) * 1000
    return statistics.median(loaded) * 1000 - bare_ms, bare_ms


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", metavar="PATH", help="articles: files or directories, as for newsview extract")
    parser.add_argument("--repeat", type=int, default=1, metavar="N", help="analyse the inputs N times (default 1)")
    parser.add_argument("--date", type=date.fromisoformat, help="publication date for undated articles")
    parser.add_argument("--cpu", type=int, help="the core to pin to (default: the last allowed one)")
    parser.add_argument("--no-import", action="store_true", help="skip the import measurement")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")

    cpu = pin_to_one_core(args.cpu)
    result = read_paths(args.paths, default_date=args.date)
    for problem in result.problems:
        print(f"skipped: {problem}", file=sys.stderr)
    articles = [(a.text, a.published) for a in result.articles]
    if not articles:
        print("no articles to measure", file=sys.stderr)
        return 1

    analyse(*articles[0])  # warm-up: first-call costs (lazy tables, regex compilation)
    words = 0
    elapsed = 0.0
    for _ in range(args.repeat):
        for text, published in articles:
            words += len(text.split())
            start = time.perf_counter()
            analyse(text, published)
            elapsed += time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux

    where = f"core {cpu}" if cpu is not None else "unpinned"
    print(f"articles:    {len(articles)} x {args.repeat} ({where})")
    print(f"words:       {words:,}")
    print(f"analysis:    {elapsed:.3f} s")
    print(f"words/s:     {words / elapsed:,.0f}" if elapsed else "words/s:     n/a")
    print(f"peak memory: {peak_mb:.1f} MB (ru_maxrss)")
    if not args.no_import:
        for module in ("newsview.models", "newsview.models.analysis"):
            cost, bare = import_cost_ms(module)  # children inherit the pinning
            print(f"import:      {cost:.1f} ms  {module} (median of {IMPORT_RUNS}, minus python -c pass = {bare:.1f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
