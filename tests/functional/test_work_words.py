"""The words and small rules behind the mentions list, copy, export and the date dialog."""

from __future__ import annotations

from datetime import date

from appkit import build_analysis

from newsview.models.document import Analysis, Span
from newsview.tui.state import context_line, sentence_at
from newsview.tui.widgets.dialogs import export_format, parse_day


def test_context_line_cuts_the_left_side_so_mentions_line_up_and_flattens_breaks():
    text = "One two three four five.\nSix  Ana Ruiz\tseven eight."
    start = text.index("Ana")
    before, mention, after = context_line(text, start, start + len("Ana Ruiz"), 10)
    assert mention == "Ana Ruiz"
    assert before == "…ive. Six " and len(before) == 10
    assert after == " seven eight."


def test_context_line_at_the_start_keeps_everything_before():
    text = "Ana Ruiz spoke."
    assert context_line(text, 0, 3, 10) == ("", "Ana", " Ruiz spoke.")
    assert context_line(text, 4, 8, 10) == ("Ana ", "Ruiz", " spoke.")


def test_sentence_at_finds_the_sentence_holding_an_offset():
    analysis = Analysis((Span(0, 10), Span(11, 20)), (), (), ())
    assert sentence_at(analysis, 0) == (0, 10)
    assert sentence_at(analysis, 15) == (11, 20)
    assert sentence_at(analysis, 10) is None  # the space between
    assert sentence_at(analysis, 50) is None
    assert sentence_at(build_analysis("", [], []), 0) is None


def test_parse_day_takes_only_real_dates_written_in_full():
    assert parse_day("2024-02-29") == date(2024, 2, 29)
    assert parse_day(" 2024-02-29 ") == date(2024, 2, 29)
    for wrong in ("2023-02-29", "2024-2-9", "20240229", "", "tomorrow", "2024-13-01"):
        assert parse_day(wrong) is None, wrong


def test_export_format_follows_the_file_name():
    assert export_format("out.csv") == "csv"
    assert export_format("OUT.CSV") == "csv"
    assert export_format("a/b.jsonl") == "jsonl"
    assert export_format("a/b.json") == "json"
    assert export_format("noextension") == "json"
