from __future__ import annotations

import re

import pytest

from newsview.models.text import LazyPattern, fold, fold_word, sentence_spans, visible_controls


def test_control_characters_become_visible_one_for_one() -> None:
    raw = "a\x1b[31mred\x07\x00b\x7f\x9b\u202eevil\tok\n"
    shown = visible_controls(raw)
    assert len(shown) == len(raw)
    assert "\x1b" not in shown and "\x07" not in shown and "\x9b" not in shown
    assert "\u202e" not in shown
    assert shown.startswith("a\u241b[31mred\u2407\u2400b\u2421\ufffd\ufffdevil\tok\n")


def test_text_without_controls_is_returned_unchanged() -> None:
    text = "José Jerí said: [bold] stays literal"
    assert visible_controls(text) is text


def test_fold_is_accent_and_case_blind_and_maps_back() -> None:
    text = "Presidente JOSÉ Jerí habló"
    folded = fold(text)
    i = folded.text.index("jeri")
    start, end = folded.to_source(i, i + len("jeri"))
    assert text[start:end] == "Jerí"


def test_fold_maps_decomposed_accents_back_with_their_marks() -> None:
    text = "Jose\u0301 Jeri\u0301 arrived"  # NFD: combining acute accents
    folded = fold(text)
    assert folded.text.startswith("jose jeri arrived")
    start, end = folded.to_source(5, 9)
    assert text[start:end] == "Jeri\u0301"


def test_fold_handles_expanding_characters_and_emoji() -> None:
    text = "👍🏽 Straße in Köln"
    folded = fold(text)
    i = folded.text.index("koln")
    start, end = folded.to_source(i, i + 4)
    assert text[start:end] == "Köln"
    assert "strasse" in folded.text


def test_fold_word() -> None:
    assert fold_word("López Obrador") == "lopez obrador"
    assert fold_word("ASCII") == "ascii"


def spans(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentence_spans(text)]


def test_sentences_split_on_terminal_punctuation() -> None:
    text = "He came. She left! Did they? Yes."
    assert spans(text) == ["He came.", "She left!", "Did they?", "Yes."]


def test_sentences_keep_abbreviations_and_initials() -> None:
    text = "Mr. Smith met John F. Kennedy in the U.S. Senate. Then he left."
    assert spans(text) == ["Mr. Smith met John F. Kennedy in the U.S. Senate.", "Then he left."]


def test_sentences_end_after_closing_quotes() -> None:
    text = "He said “it is over.” The talks ended."
    assert spans(text) == ["He said “it is over.”", "The talks ended."]


def test_lines_stand_alone_but_hard_wraps_join() -> None:
    text = "A Headline Without Stop\nThe body starts here and\ngoes on here. Next one."
    assert spans(text) == [
        "A Headline Without Stop",
        "The body starts here and\ngoes on here.",
        "Next one.",
    ]


def test_sentence_spans_on_empty_and_blank_text() -> None:
    assert sentence_spans("") == []
    assert sentence_spans("   \n\n  ") == []


def test_sentence_spans_stay_linear_on_runs_of_initials() -> None:
    from workcount import assert_near_linear, hang_guard, work_on_text

    # Each full stop is a candidate end followed by a capital: slicing the rest of the text to
    # look ahead at each one was quadratic (~20 s for 200,000; benchmarks/pathological.py).
    with hang_guard():
        assert_near_linear(work_on_text(lambda n: "A. " * n, sentence_spans), 2_500)
        text = "A. " * 10_000
        spans = sentence_spans(text)
    assert spans and spans[-1].end == len(text) - 1


def test_text_hash_follows_the_text_not_the_path_or_id() -> None:
    from newsview.models.document import Article

    one = Article(id="a", path="x/one.txt", text="Tony Blair met George Bush.")
    moved = Article(id="b", path="y/other.txt", text="Tony Blair met George Bush.")
    edited = Article(id="a", path="x/one.txt", text="Tony Blair met George W. Bush.")
    assert one.text_hash == moved.text_hash
    assert one.text_hash != edited.text_hash
    assert Article(id="s", path="", text="\ud800 lone surrogate").text_hash  # never raises


def test_a_lazy_pattern_compiles_on_first_use_and_then_matches_as_re_does() -> None:
    lazy = LazyPattern(r"(?i:\bon) (\w+)day")
    assert "search" not in vars(lazy)  # nothing compiled yet: importing stays cheap
    text = "They met on Monday and ON friday."
    assert lazy.search(text).group(1) == "Mon"
    assert "search" in vars(lazy)  # the compiled pattern's own method from now on
    compiled = re.compile(lazy.source)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.fullmatch("on Sunday") is not None and lazy.match("x on Sunday") is None
    with pytest.raises(AttributeError):
        lazy.serach  # noqa: B018 (a typo fails loudly, as on a compiled pattern)
