"""The chronology: one event per DATE or TIME expression, ordered by the time it names.

Each calendar value is read as an interval; events sort by its start, the longer interval first
when two start together (so "2022" comes before "2022-12", and "2025-11-03" before
"2025-11-03TMO"), ties in text order. Values that name no calendar interval (X forms,
PRESENT_REF, PAST_REF, FUTURE_REF) follow at the end, in text order, with no value.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from newsview.models.document import Entity, Event, Span, Timex

_PARTS_OF_DAY = {"MO": (6, 12), "MI": (11, 13), "AF": (12, 18), "EV": (18, 22), "NI": (20, 30)}
_SEASONS = {"SP": (3, 6), "SU": (6, 9), "FA": (9, 12), "WI": (12, 15)}

_VALUE = re.compile(
    r"(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d)(?:T(?:(?P<pod>MO|MI|AF|EV|NI)|(?P<h>\d\d):"
    r"(?P<mi>\d\d)(?::(?P<s>\d\d))?(?:Z|[+-]\d\d(?::?\d\d)?)?))?)?"
    r"|W(?P<w>\d\d)(?P<we>-WE)?|Q(?P<q>[1-4])|H(?P<h2>[12])|(?P<season>SP|SU|FA|WI)))?$"
    r"|(?P<decade>\d{3})$|(?P<century>\d{2})$|FY(?P<fy>\d{4})$"
)


def _month_start(year: int, month: int) -> datetime:
    """The first instant of a month, months past December rolling into the next years."""
    return datetime(year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


def calendar_interval(value: str | None) -> tuple[datetime, datetime] | None:
    """The interval a TIMEX3 calendar value names, or None for X forms and references."""
    if not value:
        return None
    m = _VALUE.match(value)
    if m is None:
        return None
    try:
        return _interval(m)
    except (ValueError, OverflowError):
        return None


def _interval(m: re.Match[str]) -> tuple[datetime, datetime] | None:
    if m["decade"]:
        y = int(m["decade"]) * 10
        return datetime(max(y, 1), 1, 1), datetime(y + 10, 1, 1)
    if m["century"]:
        y = int(m["century"]) * 100
        return datetime(max(y, 1), 1, 1), datetime(y + 100, 1, 1)
    if m["fy"]:
        y = int(m["fy"])
        return datetime(y, 1, 1), datetime(y + 1, 1, 1)
    y = int(m["y"])
    if y < 1:
        return None
    if m["w"]:
        monday = datetime.combine(date.fromisocalendar(y, int(m["w"]), 1), datetime.min.time())
        if m["we"]:
            return monday + timedelta(days=5), monday + timedelta(days=7)
        return monday, monday + timedelta(days=7)
    if m["q"]:
        q = int(m["q"])
        return _month_start(y, 3 * q - 2), _month_start(y, 3 * q + 1)
    if m["h2"]:
        h = int(m["h2"])
        return _month_start(y, 6 * h - 5), _month_start(y, 6 * h + 1)
    if m["season"]:
        first, last = _SEASONS[m["season"]]
        return _month_start(y, first), _month_start(y, last)
    if not m["m"]:
        return datetime(y, 1, 1), datetime(y + 1, 1, 1)
    month = int(m["m"])
    if not 1 <= month <= 12:
        return None
    if not m["d"]:
        return _month_start(y, month), _month_start(y, month + 1)
    day = datetime(y, month, int(m["d"]))
    if m["pod"]:
        first, last = _PARTS_OF_DAY[m["pod"]]
        return day + timedelta(hours=first), day + timedelta(hours=last)
    if m["h"]:
        hour = int(m["h"])
        at = day + timedelta(hours=hour, minutes=int(m["mi"]), seconds=int(m["s"] or 0))
        return at, at + (timedelta(seconds=1) if m["s"] else timedelta(minutes=1))
    return day, day + timedelta(days=1)


def _entities_by_sentence(
    starts: list[int], sentences: Sequence[Span], entities: Sequence[Entity]
) -> dict[int, tuple[str, ...]]:
    """For each sentence index, the ids of the entities mentioned in it, by first mention."""
    hits: dict[int, list[tuple[int, str]]] = {}
    for entity in entities:
        for mention in entity.mentions:
            i = bisect.bisect_right(starts, mention.start) - 1
            if i >= 0 and mention.end <= sentences[i].end:
                hits.setdefault(i, []).append((mention.start, entity.id))
    ordered: dict[int, tuple[str, ...]] = {}
    for i, found in hits.items():
        seen: dict[str, None] = {}
        for _, entity_id in sorted(found):
            seen.setdefault(entity_id, None)
        ordered[i] = tuple(seen)
    return ordered


def build_chronology(
    text: str, sentences: Sequence[Span], timexes: Sequence[Timex], entities: Sequence[Entity]
) -> list[Event]:
    """One event per DATE or TIME expression, ordered by time (see the module docstring)."""
    starts = [s.start for s in sentences]
    by_sentence = _entities_by_sentence(starts, sentences, entities)
    dated: list[tuple[datetime, timedelta, int, Event]] = []  # (start, -length, index, event)
    undated: list[Event] = []
    for index, timex in enumerate(timexes):
        if timex.type not in ("DATE", "TIME"):
            continue
        i = bisect.bisect_right(starts, timex.start) - 1
        inside = i >= 0 and timex.start < sentences[i].end
        # an expression outside every sentence (a stray line) stands as its own sentence
        span = sentences[i] if inside else Span(timex.start, timex.end)
        ids = by_sentence.get(i, ()) if inside else ()
        interval = calendar_interval(timex.value)
        event = Event(
            value=timex.value if interval else None,
            timex=index,
            start=span.start,
            end=span.end,
            sentence=text[span.start : span.end],
            entities=ids,
        )
        if interval is None:
            undated.append(event)
        else:
            dated.append((interval[0], interval[0] - interval[1], index, event))
    dated.sort(key=lambda item: item[:3])
    return [item[3] for item in dated] + undated
