"""Narrative mode (no publication date: relative expressions read against the latest date
named before them, marked inferred) and explanations; sentences written for these tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from newsview.models.analysis import analyse
from newsview.models.text import sentence_spans
from newsview.models.timex import find_timexes

STORY = (
    "The strike began on Saturday, 1 November 2025. On Monday talks failed. "
    "The next day police came. Last year the plant was calm. In October, Mr Straw agreed."
)


def read(text: str, dct: date | None = None, explain: bool = False):
    return find_timexes(text, sentence_spans(text), dct, explain=explain)


def test_without_a_publication_date_relative_dates_follow_the_last_named_date() -> None:
    got = [(t.text, t.value, t.inferred) for t in read(STORY)]
    assert got == [
        ("Saturday, 1 November 2025", "2025-11-01", False),
        ("Monday", "2025-10-27", True),
        ("The next day", "2025-10-28", False),
        ("Last year", "2024", True),
        ("October", "2025-10", True),
    ]


def test_a_year_alone_gives_its_year_to_a_month() -> None:
    got = [(t.value, t.inferred) for t in read("In 2019 the plant closed. It reopened in May.")]
    assert got == [("2019", False), ("2019-05", True)]


def test_with_a_publication_date_nothing_is_inferred() -> None:
    assert not any(t.inferred for t in read(STORY, date(2025, 11, 4)))


def test_with_no_date_named_before_the_values_stay_unknown() -> None:
    assert [(t.value, t.inferred) for t in read("On Monday talks failed.")] == [
        ("XXXX-WXX-1", False)
    ]


def test_the_chronology_marks_an_inferred_date() -> None:
    events = analyse(STORY).chronology
    assert [(e.value, e.inferred) for e in events][:2] == [("2024", True), ("2025-10", True)]


def test_explanations_say_why_in_words() -> None:
    text = "Talks between the two sides begin later on Wednesday."
    (timex,) = read(text, date(2005, 3, 1), explain=True)
    assert timex.why == (
        "Wednesday -> the Wednesday after 2005-03-01: a scheduled event in the present ('begin')",
    )
    monday = read(STORY, explain=True)[1]
    assert monday.why[0] == (
        "no publication date: read against 'Saturday, 1 November 2025' (1 Nov 2025), named "
        "before it"
    )
    next_day = read(STORY, explain=True)[2]
    assert next_day.why == (
        "'The next day' -> 28 Oct 2025: counted from 'Monday', the last date named before it",
    )


def test_explaining_changes_nothing_but_why() -> None:
    seed = (Path(__file__).parent.parent / "data" / "seed-article.input.jsonl").read_text()
    import json

    record = json.loads(seed)
    text, dct = record["text"], date.fromisoformat(record["dct"])
    plain = find_timexes(text, sentence_spans(text), dct)
    explained = find_timexes(text, sentence_spans(text), dct, explain=True)
    assert all(t.why == () for t in plain)
    assert all(t.why for t in explained)
    strip = [(t.start, t.end, t.type, t.value, t.inferred) for t in explained]
    assert strip == [(t.start, t.end, t.type, t.value, t.inferred) for t in plain]


def test_a_historical_aside_is_no_anchor_for_the_story() -> None:
    text = ("The protests of 2025 began in San Juan. The island won independence from "
            "Spain in 1898. On Nov. 25 the governor resigned.")
    got = {t.text: (t.value, t.inferred) for t in read(text)}
    assert got["Nov. 25"] == ("2025-11-25", True)
