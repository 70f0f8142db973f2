"""Time expressions and their TIMEX3 values. (Being written: returns nothing yet.)"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from .document import Span, Timex


def find_timexes(text: str, sentences: Sequence[Span], published: date | None) -> list[Timex]:
    return []


def date_from_text(text: str) -> date | None:
    return None
