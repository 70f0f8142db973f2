"""TIMEX3 values read once, for the chronology's order and the app's words alike."""

from __future__ import annotations

from datetime import datetime

import pytest

from newsview.models.timevalue import calendar_interval, ordinal, parse_value, value_words
from newsview.tui.state import readable_date


@pytest.mark.parametrize(
    ("n", "shown"),
    [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (12, "12th"), (13, "13th"),
     (21, "21st"), (22, "22nd"), (23, "23rd"), (101, "101st"), (111, "111th")],
)  # fmt: skip
def test_ordinals(n: int, shown: str) -> None:
    assert ordinal(n) == shown


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("00", "1st century"),
        ("01", "2nd century"),
        ("02", "3rd century"),
        ("10", "11th century"),
        ("20", "21st century"),
        ("19", "20th century"),
        ("2025-W45-WE", "weekend of 8 Nov 2025"),
        ("FY2021", "fiscal 2021"),
        ("199", "1990s"),
        ("2024-WI", "winter 2024"),
        ("2024-H2", "second half 2024"),
        ("XXXX-WXX-1", "Monday"),
        ("XXXX-XX-XXTNI", "night"),
        ("1998-XX", "a month in 1998"),
        ("P25Y", "25 years"),
        ("PT1H", "1 hour"),
        ("PXY", "years"),
        ("FUTURE_REF", "the future"),
    ],
)
def test_values_in_words(value: str, shown: str) -> None:
    assert value_words(value) == shown
    assert readable_date(value) == shown


@pytest.mark.parametrize(
    "value",
    ["2025-11-03", "2025-11", "2025-W45", "2025-W45-WE", "2025-Q4", "2025-H1", "2025-SU",
     "FY2021", "199", "19", "2025-11-03TMO", "2025-11-03T14:48Z", "1998-XX", "2025-W45-3"],
)  # fmt: skip
def test_every_value_the_chronology_places_is_shown_in_words(value: str) -> None:
    assert calendar_interval(value) is not None
    assert value_words(value) != value


def test_a_fiscal_year_and_a_decade_are_placed_where_their_words_say() -> None:
    assert calendar_interval("FY2021") == (datetime(2021, 1, 1), datetime(2022, 1, 1))
    assert calendar_interval("2025-W45-3") == (datetime(2025, 11, 5), datetime(2025, 11, 6))
    assert parse_value("2025-W45-WE").kind == "weekend"


@pytest.mark.parametrize("value", ["2025-13", "2025-02-30", "hello", "2025-W99", "P"])
def test_values_that_are_not_timex3_values_are_shown_as_they_are(value: str) -> None:
    assert calendar_interval(value) is None
    assert value_words(value) == value


def test_an_inferred_date_reads_as_a_guess() -> None:
    assert readable_date("2025-11-03", inferred=True) == "≈ 3 Nov 2025"
    assert readable_date(None, inferred=True) == "date unknown"
