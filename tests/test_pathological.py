"""Pathological texts finish in time linear in their size: each runs at 1x and 10x with a
generous ceiling, so a backtracking regular expression or an all-pairs comparison fails here.
(benchmarks/bench_scaling.py prints the real figures up to 100x.)"""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from pathological import PATTERNS  # noqa: E402

from newsview.models.analysis import analyse  # noqa: E402


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pathological_text_finishes_in_near_linear_time(name: str) -> None:
    timings = []
    for scale in (1, 10):
        text = PATTERNS[name](scale)
        start = time.perf_counter()
        analysis = analyse(text, date(2025, 11, 4))
        timings.append(time.perf_counter() - start)
        for entity in analysis.entities:
            for m in entity.mentions:
                assert text[m.start : m.end] == m.text
    # generous: a 2-core CI machine shared with other jobs; quadratic work at 10x blows past it
    assert timings[1] < 5.0, timings
