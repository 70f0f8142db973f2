"""The corpus views' pure parts: timeline headings by day, month and year."""

from __future__ import annotations

import pytest

from newsview.tui.browse import UNDATED, period


@pytest.mark.parametrize(
    ("value", "day", "month", "year"),
    [
        ("2017-07-21", "2017-07-21", "2017-07", "2017"),
        ("2017-07-21T10:00", "2017-07-21", "2017-07", "2017"),
        ("2017-W28", "2017-W28", "2017-07", "2017"),  # the week of Monday 10 July 2017
        ("2017-W28-WE", "2017-W28", "2017-07", "2017"),
        ("2021-W01", "2021-W01", "2021-01", "2021"),  # ISO week 1 of 2021 starts 4 Jan
        ("2017-07", "2017-07", "2017-07", "2017"),
        ("2017-Q3", "2017-Q3", "2017-Q3", "2017"),
        ("2017", "2017", "2017", "2017"),
        ("PAST_REF", UNDATED, UNDATED, UNDATED),
        (None, UNDATED, UNDATED, UNDATED),
    ],
)
def test_events_are_grouped_under_their_day_month_or_year(value, day, month, year) -> None:
    assert [period(value, grain) for grain in ("day", "month", "year")] == [day, month, year]
