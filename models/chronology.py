"""The chronology. (Being written: returns nothing yet.)"""

from __future__ import annotations

from collections.abc import Sequence

from .document import Entity, Event, Span, Timex


def build_chronology(
    text: str, sentences: Sequence[Span], timexes: Sequence[Timex], entities: Sequence[Entity]
) -> list[Event]:
    return []
