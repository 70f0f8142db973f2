#!/usr/bin/env python3
"""The engine's time on pathological texts at 1x, 10x and 100x their base size. Near-linear
time means the 100x run costs at most 150x the 1x run (the last column).

    python benchmarks/bench_scaling.py [--max-scale 100]
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pathological import PATTERNS  # noqa: E402

from newsview.models.analysis import analyse  # noqa: E402


def best_time(text: str, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        analyse(text, date(2025, 11, 4))
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--max-scale", type=int, default=100, choices=[10, 100])
    args = parser.parse_args()
    scales = [1, 10] + ([100] if args.max_scale == 100 else [])
    analyse("Warm up, José Jerí said on Monday.", date(2025, 11, 4))
    print(f"{'pattern':30} {'chars@1x':>9} " + " ".join(f"{f'{k}x s':>9}" for k in scales) + f" {'ratio':>7}")
    worst = 0.0
    for name, make in PATTERNS.items():
        times = [best_time(make(k), 3 if k < 100 else 1) for k in scales]
        ratio = times[-1] / max(times[0], 1e-4)
        worst = max(worst, ratio / scales[-1])
        print(f"{name:30} {len(make(1)):>9} " + " ".join(f"{t:9.4f}" for t in times) + f" {ratio:7.1f}")
    print(f"worst ratio / scale: {worst:.2f} (near-linear: <= 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
