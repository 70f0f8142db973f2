"""The chronology: one event per DATE or TIME expression, ordered by the time it names.

Each calendar value is read as an interval by ``timevalue``, the one parser the app's dates use
too; events sort by its start, the longer interval first when two start together (so "2022"
comes before "2022-12", and "2025-11-03" before "2025-11-03TMO"), ties in text order. "Now"
(PRESENT_REF) in an article with a publication date stands at that day, marked inferred (the
reader sees "≈ 4 Nov 2025": "the site is currently unreachable" happened when it was written).
Values that name no calendar interval (X forms, PAST_REF, FUTURE_REF, PRESENT_REF without a
date) follow at the end, in text order, with no value.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta

from newsview.models.document import Entity, Event, Span, Timex
from newsview.models.timevalue import calendar_interval

__all__ = ["build_chronology", "calendar_interval", "with_entities"]


def _entities_by_sentence(
    starts: list[int], sentences: Sequence[Span], entities: Sequence[Entity], wanted: set[int]
) -> dict[int, tuple[str, ...]]:
    """For each sentence index in ``wanted`` (those holding an event), the ids of the
    entities mentioned in it, by first mention."""
    hits: dict[int, list[tuple[int, str]]] = {}
    if not wanted:
        return {}
    for entity in entities:
        for mention in entity.mentions:
            i = bisect.bisect_right(starts, mention.start) - 1
            if i in wanted and mention.end <= sentences[i].end:
                hits.setdefault(i, []).append((mention.start, entity.id))
    ordered: dict[int, tuple[str, ...]] = {}
    for i, found in hits.items():
        seen: dict[str, None] = {}
        for _, entity_id in sorted(found):
            seen.setdefault(entity_id, None)
        ordered[i] = tuple(seen)
    return ordered


def _sentence_text(text: str, span: Span, index: int, seen: dict[int, str]) -> str:
    """The sentence's text, sliced once for all its events (``index`` -1: a stray line)."""
    found = seen.get(index)
    if found is None:
        found = text[span.start : span.end]
        if index >= 0:
            seen[index] = found
    return found


def build_chronology(
    text: str, sentences: Sequence[Span], timexes: Sequence[Timex], entities: Sequence[Entity],
    published: date | None = None,
) -> list[Event]:
    """One event per DATE or TIME expression, ordered by time (see the module docstring)."""
    starts = [s.start for s in sentences]
    wanted = {bisect.bisect_right(starts, t.start) - 1 for t in timexes if t.type in ("DATE", "TIME")}
    wanted.discard(-1)
    by_sentence = _entities_by_sentence(starts, sentences, entities, wanted)
    dated: list[tuple[datetime, timedelta, int, Event]] = []  # (start, -length, index, event)
    undated: list[Event] = []
    # one string a sentence, shared by its events: a sentence of thousands of dates is not
    # copied once for each of them
    sentence_texts: dict[int, str] = {}
    for index, timex in enumerate(timexes):
        if timex.type not in ("DATE", "TIME"):
            continue
        i = bisect.bisect_right(starts, timex.start) - 1
        inside = i >= 0 and timex.start < sentences[i].end
        # an expression outside every sentence (a stray line) stands as its own sentence
        span = sentences[i] if inside else Span(timex.start, timex.end)
        ids = by_sentence.get(i, ()) if inside else ()
        value, inferred = timex.value, timex.inferred
        if value == "PRESENT_REF" and published is not None:
            value, inferred = published.isoformat(), True
        interval = calendar_interval(value)
        event = Event(
            value=value if interval else None,
            timex=index,
            start=span.start,
            end=span.end,
            sentence=_sentence_text(text, span, i if inside else -1, sentence_texts),
            entities=ids,
            inferred=inferred and interval is not None,
        )
        if interval is None:
            undated.append(event)
        else:
            dated.append((interval[0], interval[0] - interval[1], index, event))
    dated.sort(key=lambda item: item[:3])
    return [item[3] for item in dated] + undated


def with_entities(sentences: Sequence[Span], events: Sequence[Event], entities: Sequence[Entity]
                  ) -> list[Event]:
    """The events, each with the entities of ``entities`` mentioned in its sentence (after a
    correction changed them: the events' dates stay as the engine placed them)."""
    starts = [s.start for s in sentences]
    where = [bisect.bisect_right(starts, event.start) - 1 for event in events]
    inside = {i for i, event in zip(where, events, strict=True)
              if i >= 0 and (sentences[i].start, sentences[i].end) == (event.start, event.end)}
    by_sentence = _entities_by_sentence(starts, sentences, entities, inside)
    return [replace(event, entities=by_sentence.get(i, ()) if i in inside else ())
            for i, event in zip(where, events, strict=True)]
