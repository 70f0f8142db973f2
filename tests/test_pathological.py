"""Pathological texts cost work linear in their size: each is analysed at 1x and 4x, and the
calls made and the characters copied out of the text may grow at most 6x, so a loop over all
pairs or a slice of "the rest of the text" at every step fails here on any machine, however
loaded. (A hang, such as a backtracking regular expression, fails the hang guard.) The times
themselves: benchmarks/pathological.py, and benchmarks/bench_scaling.py up to 100x."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from workcount import assert_near_linear, hang_guard, work_on_text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from pathological import PATTERNS  # noqa: E402

from newsview.models.analysis import analyse  # noqa: E402

DCT = date(2025, 11, 4)


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pathological_text_costs_near_linear_work(name: str) -> None:
    with hang_guard():
        assert_near_linear(work_on_text(PATTERNS[name], lambda text: analyse(text, DCT)), 1)


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pathological_text_keeps_exact_offsets(name: str) -> None:
    text = PATTERNS[name](10)
    with hang_guard():
        analysis = analyse(text, DCT)
    for entity in analysis.entities:
        for m in entity.mentions:
            assert text[m.start : m.end] == m.text
