"""The app's words and wrapping, without Textual: dates, counts, status lines, line breaks."""

from __future__ import annotations

import pytest

from newsview.models.document import Entity, Mention, Timex
from newsview.tui.state import count_label, entity_status, readable_date, shorten, timex_status
from newsview.tui.widgets.article_view import display_text, wrap_lines


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("2025-11-03", "3 Nov 2025"),
        ("2022-12", "Dec 2022"),
        ("2023", "2023"),
        (None, "date unknown"),
        ("2025-11-03T14:30", "3 Nov 2025 14:30"),
        ("2025-11-03TMO", "3 Nov 2025 morning"),
        ("XXXX-07-04", "4 Jul"),
        ("2025-W45", "week 45 2025"),
        ("2025-Q3", "Q3 2025"),
        ("2024-SU", "summer 2024"),
        ("202", "2020s"),
        ("PRESENT_REF", "now"),
        ("2025-13", "2025-13"),  # not a month: shown as it is
    ],
)
def test_readable_dates(value, words):
    assert readable_date(value) == words


def peru() -> Entity:
    mentions = (
        Mention(0, 4, "Peru"),
        Mention(10, 18, "Peruvian", "demonym"),
        Mention(30, 34, "Peru"),
        Mention(40, 48, "Peruvian", "demonym"),
    )
    return Entity("peru", "Peru", "GPE", mentions)


def test_counts_keep_demonyms_apart():
    assert count_label(peru()) == "2 + 2 as Peruvian"
    assert count_label(Entity("x", "Lima", "GPE", (Mention(0, 4, "Lima"),))) == "1"


def test_status_lines():
    entity = Entity(
        "b", "Betssy Chávez", "PERSON",
        (Mention(0, 13, "Betssy Chávez"), Mention(20, 26, "Chávez"), Mention(40, 46, "Chávez")),
    )
    assert entity_status(entity, 1) == (
        "Betssy Chávez — mention 2 of 3 — variants: Betssy Chávez, Chávez"
    )
    assert entity_status(peru(), 0) == "Peru — mention 1 of 4 — variants: Peru — as Peruvian"
    timex = Timex(0, 18, "the following year", "DATE", "2023")
    assert timex_status(timex) == "the following year → 2023"


def test_shorten_cuts_at_a_word_with_an_ellipsis():
    assert shorten("A short one.", 40) == "A short one."
    assert shorten("The prosecution has accused her of aiding Castillo", 30) == (
        "The prosecution has accused…"
    )
    assert len(shorten("x" * 100, 10)) == 10


def test_wrapping_keeps_offsets_and_breaks_at_spaces():
    text = "one two three four five six seven\neight"
    starts, ends = wrap_lines(text, 10)
    lines = [text[s:e] for s, e in zip(starts, ends, strict=True)]
    assert lines == ["one two", "three four", "five six", "seven", "eight"]


def test_wrapping_breaks_long_words_and_counts_wide_characters():
    starts, ends = wrap_lines("x" * 25, 10)
    assert [e - s for s, e in zip(starts, ends, strict=True)] == [10, 10, 5]
    text = "日本語のテキスト 日本語"  # two cells per character
    starts, ends = wrap_lines(text, 10)
    assert [text[s:e] for s, e in zip(starts, ends, strict=True)] == ["日本語のテ", "キスト", "日本語"]


def test_display_text_keeps_length_and_shows_controls():
    raw = "a\tb\x1b[31mc\x07\n"
    shown = display_text(raw)
    assert len(shown) == len(raw)
    assert shown == "a b␛[31mc␇\n"
