"""A prefix test may let through more than its patterns, never less: wherever one of the
patterns matches a text starting with the word, the test matches too."""

from __future__ import annotations

import re
from functools import cache

from hypothesis import given
from hypothesis import strategies as st

from newsview.models.regexprefix import next_pieces, parse, piece_matches, prefix_test
from newsview.models.timex import grammar

PATTERNS = [
    r"(?i:the)[ \t]{1,3}(?:first|second)\s+(?i:quarter)\b",
    r"(?:the\s)?(?P<n>\d{1,2})(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?May",
    r"(?i:the)(?![a-z])[\s-]{1,2}[^x]y",
    r"the(?:\s+very)*\s+end",
]
WORDS = ["the", "The", "THE", "first", "second", "quarter", "Quarter", "of", "May", "end",
         "very", "1", "21", "st", "x", "y", "-", " ", "  ", "\t", "\n", "\u00a0", ",", "."]


def test_a_prefix_test_reads_the_word_and_the_next_letters() -> None:
    test = prefix_test([parse(PATTERNS[0])], "the", 5)  # a gap and four letters
    assert test is not None
    assert test.match("The  first quarter") and test.match("the SECOND half")
    assert not test.match("the firm") and not test.match("the company")


def test_a_prefix_test_that_would_reject_nothing_is_none() -> None:
    assert prefix_test([parse(r"(?i:june)(?:\s\d{1,2})?")], "june", 5) is None
    assert prefix_test([parse(r"the\s+[^a]")], "the", 5) is not None


def test_no_pattern_starting_with_the_word_rejects_everything() -> None:
    test = prefix_test([parse(r"a\s+day")], "the", 5)
    assert test is not None and not test.match("the day")


@given(st.lists(st.sampled_from(WORDS), max_size=8).map("".join))
def test_a_prefix_test_never_rejects_a_match(tail: str) -> None:
    for word in ("the", "The"):
        text = word + tail
        test = prefix_test([parse(p) for p in PATTERNS], "the", 5)
        if any(re.match(p, text) for p in PATTERNS):
            assert test is not None and test.match(text), text


@cache
def _gate(word: str) -> re.Pattern[str] | None:
    return grammar().build_gate(word)


TIME_WORDS = ["the", "a", "his", "this", "last", "first", "early", "late", "mid", "end", "of",
              "second", "half", "quarter", "year", "years", "day", "days", "week", "same",
              "following", "past", "next", "1990s", "2024", "21st", "century", "three", "few",
              "morning", "May", "3", "ago", "fiscal", "nineties", "'", " ", "  ", "\n", "-", ","]


@given(st.sampled_from(["the", "a", "his", "this", "last", "first", "early", "at", "every"]),
       st.lists(st.sampled_from(TIME_WORDS), max_size=7))
def test_a_first_words_gate_never_rejects_a_time_expression(word: str, rest: list[str]) -> None:
    built = grammar()
    text = word + " " + " ".join(rest)
    gate = _gate(word)
    for fam in built.dispatch[word]:
        m = built.patterns[fam.name].match(text)
        if m is not None and m.end() > 0:
            assert gate is not None and gate.match(text), (fam.name, text)


def test_the_pieces_after_a_number_are_read_after_all_its_digits() -> None:
    assert next_pieces(parse(r"(?:the\s)?\d{1,2}(?:st|nd)?[ \t]+May"), "0") == {"s", "n", r"\s+"}
    assert next_pieces(parse(r"(?:1[5-9]\d\d|20\d\d)(?!\d)"), "0") is None  # may end there
    assert next_pieces(parse(r"\d+[\w-]"), "0") is None  # may go on with a digit
    assert piece_matches(r"\s+", "\n") and not piece_matches(r"\s+", "")
