"""The chronology: one event per DATE/TIME expression, ordered by time (sentences of our own)."""

from __future__ import annotations

from datetime import date, datetime

from newsview.models.chronology import build_chronology, calendar_interval
from newsview.models.document import Entity, Mention, Span, Timex
from newsview.models.text import sentence_spans
from newsview.models.timex import find_timexes

DCT = date(2025, 11, 4)


def chronology(text: str, entities: list[Entity] | None = None):
    sentences = sentence_spans(text)
    timexes = find_timexes(text, sentences, DCT)
    return timexes, build_chronology(text, sentences, timexes, entities or [])


def test_coarser_dates_come_before_the_finer_dates_they_contain() -> None:
    text = (
        "The plan was drafted in December 2022. Work began in 2022. "
        "Crews left on Monday, November 3. Police came in the morning."
    )
    timexes, events = chronology(text)
    assert [e.value for e in events] == ["2022", "2022-12", "2025-11-03", "2025-11-03TMO"]
    assert [timexes[e.timex].text for e in events] == [
        "2022", "December 2022", "Monday, November 3", "the morning",
    ]  # fmt: skip


def test_ties_keep_text_order() -> None:
    text = "Talks ended on 3 March 2024. Both sides left on 3 March 2024 too."
    timexes, events = chronology(text)
    assert [e.timex for e in events] == [0, 1]


def test_durations_and_sets_are_not_events() -> None:
    text = "He served 25 years. The board meets every week. He retired in 2020."
    _, events = chronology(text)
    assert [e.value for e in events] == ["2020"]


def test_unresolved_and_reference_values_go_last_without_value() -> None:
    text = "Prices recently fell. The tower opened in 1999. Demand may recover in the future."
    timexes, events = chronology(text)
    assert [e.value for e in events] == ["1999", None, None]
    assert [timexes[e.timex].text for e in events] == ["1999", "recently", "the future"]


def test_now_stands_at_the_publication_date_as_a_guess() -> None:
    text = "The tower opened in 1999. The site is currently closed to visitors."
    sentences = sentence_spans(text)
    timexes = find_timexes(text, sentences, DCT)
    assert [t.value for t in timexes] == ["1999", "PRESENT_REF"]
    events = build_chronology(text, sentences, timexes, [], DCT)
    assert [(e.value, e.inferred) for e in events] == [("1999", False), ("2025-11-04", True)]
    undated = build_chronology(text, sentences, timexes, [])  # no date: nowhere to put "now"
    assert [e.value for e in undated] == ["1999", None]


def test_event_carries_its_sentence_and_the_entities_mentioned_there() -> None:
    text = "Rain fell in Oslo. Anna Berg and Oslo officials met on 2 May 2024. Berg left."
    oslo = Entity("gpe-oslo", "Oslo", "GPE", (Mention(13, 17, "Oslo"), Mention(33, 37, "Oslo")))
    berg = Entity(
        "person-anna-berg", "Anna Berg", "PERSON",
        (Mention(19, 28, "Anna Berg"), Mention(67, 71, "Berg")),
    )  # fmt: skip
    _, events = chronology(text, [oslo, berg])
    (event,) = events
    second = text.index("Anna")
    assert (event.start, event.end) == (second, text.index(" Berg left"))
    assert event.sentence == "Anna Berg and Oslo officials met on 2 May 2024."
    assert event.entities == ("person-anna-berg", "gpe-oslo")


def test_week_quarter_season_and_decade_values_are_ordered_as_intervals() -> None:
    assert calendar_interval("2025-W44") == (datetime(2025, 10, 27), datetime(2025, 11, 3))
    assert calendar_interval("2025-W44-WE") == (datetime(2025, 11, 1), datetime(2025, 11, 3))
    assert calendar_interval("2025-Q4") == (datetime(2025, 10, 1), datetime(2026, 1, 1))
    assert calendar_interval("2025-WI") == (datetime(2025, 12, 1), datetime(2026, 3, 1))
    assert calendar_interval("199") == (datetime(1990, 1, 1), datetime(2000, 1, 1))
    assert calendar_interval("2025-11-03T14:48Z")[0] == datetime(2025, 11, 3, 14, 48)
    for value in ("XXXX-11-03", "PAST_REF", "PRESENT_REF", None, "P2Y", "2025-13", "2025-02-30"):
        assert calendar_interval(value) is None


def test_timexes_outside_every_sentence_still_get_an_event() -> None:
    text = "Filed 2021"
    timex = Timex(6, 10, "2021", "DATE", "2021")
    (event,) = build_chronology(text, [], [timex], [])
    assert (event.value, event.start, event.end, event.sentence) == ("2021", 6, 10, "2021")
    (event,) = build_chronology(text, [Span(0, 5)], [timex], [])
    assert event.sentence == "2021"
