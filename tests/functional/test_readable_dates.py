"""TIMEX3 values as the chronology shows them."""

from __future__ import annotations

import pytest

from newsview.tui.state import readable_date


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("2025-11-03", "3 Nov 2025"),
        ("2022-12", "Dec 2022"),
        ("2023", "2023"),
        (None, "date unknown"),
        ("2025-11-03TMO", "3 Nov 2025 morning"),
        ("2005-04-27T08:30", "27 Apr 2005 08:30"),
        ("2005-04-27T08:30Z", "27 Apr 2005 08:30 UTC"),
        ("2005-04-27T08:30:15", "27 Apr 2005 08:30"),
        ("2005-04-27T08:30+02:00", "27 Apr 2005 08:30 +02:00"),
        ("XXXX-11-03", "3 Nov"),
    ],
)
def test_values_read_as_a_reader_says_them(value: str | None, shown: str) -> None:
    assert readable_date(value) == shown
