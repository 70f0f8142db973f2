"""Each time expression family is declared once (pattern, first words, normaliser together)
and a declaration that does not hold together fails here, not silently in a text."""

from __future__ import annotations

import re
import string
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsview.models.timewords import parse_time_words, time_words
from newsview.models.timex import (
    _FOLDS_TO_ASCII,
    FAMILIES,
    _alt,
    _caseless,
    _fast_scan,
    _optionals_as_branches,
    family,
    family_problems,
    grammar,
    start_key,
)

# Running text written for this test: every family's pattern is searched over it, and every
# place a pattern matches must start with a word that family declares.
TEXT = """
The strike began on Monday, November 3, 2025, and by Nov. 4 the plant was shut. In early
2024 profits rose; the third quarter of 2025 and Q3 2025 were worse than 2024 Q3. Music of
the '80s and the sixties filled the 20th century halls. On 11/04/2025 and 4.11.2025 the
shares fell, as in 2004-2008. Fiscal 2024 and FY2023 were weak. Yesterday morning, last week
and the following year the talks failed; a year earlier they met every Monday. The fund ran
for twenty-five years and about three weeks, two and a half years, [Ten] years ago. Prices
rose annually; every other year they fell, each Tuesday. At 14:48 UTC, 3 p.m. and 1030 GMT
at noon the plane landed. On Christmas Eve, Thanksgiving and Easter Sunday 2019 shops shut.
The firm recently cut jobs and now plans more in the near future. Sundays are quiet; the
morning of May 2 was cold, and mid-'70s cars, the first half of 2024 and late Tuesday too.
"""


def test_every_family_matches_its_examples_from_a_declared_first_word() -> None:
    problems = [problem for fam in FAMILIES.values() for problem in family_problems(fam)]
    assert problems == []


@pytest.mark.parametrize("name", sorted(FAMILIES))
def test_every_match_in_running_text_starts_with_a_declared_word(name: str) -> None:
    built = grammar()
    pattern, declared = built.patterns[name], built.first_words[name]
    for m in pattern.finditer(TEXT):
        before = TEXT[m.start() - 1 : m.start()]
        if m.end() == m.start() or before.isalnum() or before in ("'", "\u2019", "_"):
            continue  # inside a word: the scan rightly never starts there
        first = built.start.match(TEXT, m.start())
        assert first is not None, f"{name}: the scan never stops at {m.group(0)!r}"
        assert start_key(first.group(0)) in declared, f"{name}: {m.group(0)!r} is never tried"


def test_a_family_declared_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="declared twice"):
        family("md", first=lambda w: ("#",), pattern=lambda w: r"\d", examples=("1",))(len)


def test_a_family_without_examples_is_refused() -> None:
    with pytest.raises(ValueError, match="no example"):
        family("new", first=lambda w: ("#",), pattern=lambda w: r"\d", examples=())(len)
    assert "new" not in FAMILIES


def test_time_words_are_data_and_a_bad_row_is_refused() -> None:
    words = time_words()
    assert words.numbers["twelve"] == 12
    assert words.holidays["easter monday"].rule == "easter+1"
    assert words.zones["gmt"] == "Z"
    with pytest.raises(ValueError, match="unknown kind"):
        parse_time_words("numbr\tone\t1\n")


@pytest.mark.parametrize("name", sorted(FAMILIES))
def test_a_first_words_gate_lets_through_every_match_of_its_families(name: str) -> None:
    # The gate rejects a first word ("the", a number) with one match for all its families: it
    # must never reject a place where one of them matches.
    built = grammar()
    for m in built.patterns[name].finditer(TEXT):
        first = built.start.match(TEXT, m.start())
        gate = built.build_gate(start_key(first.group(0))) if first else None
        if gate is not None and m.end() > m.start():
            assert gate.match(TEXT, m.start()) is not None, f"{name}: {m.group(0)!r} rejected"


def test_word_alternations_take_the_longest_word_that_fits() -> None:
    assert _alt_match(["Sep", "Sept", "September"], "September 3") == "September"
    assert _alt_match(["Sep", "Sept", "September"], "Sept. 3") == "Sept"
    assert _alt_match(["may", "mayday"], "may day") == "may"


def _alt_match(words: list[str], text: str) -> str:
    m = re.match("(?:" + _alt(words) + ")", text)
    return m.group(0) if m else ""


def test_optional_groups_become_branches_with_the_same_matches() -> None:
    assert _optionals_as_branches(r"a(?:b[)?]c)?d(?P<x>e)??(g)?+[]?)]?(h\)?)?") == (
        r"a(?:(?:b[)?]c)|)d(?P<x>e)??(g)?+[]?)]?(?:(h\)?)|)"
    )
    words = time_words()
    for fam in FAMILIES.values():  # as compiled and as written: the same match, group by group
        written = re.compile(fam.pattern(words))
        for m in written.finditer(TEXT):
            again = grammar().patterns[fam.name].match(TEXT, m.start())
            assert again is not None and (again.span(), again.groups()) == (m.span(), m.groups())


def test_a_caseless_letter_class_holds_what_ignoring_case_matches() -> None:
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    folding = set(re.findall(r"(?i:[a-z])", everything))  # every character some letter folds to
    assert folding == set(string.ascii_letters) | set("".join(_FOLDS_TO_ASCII.values()))
    for letter in string.ascii_lowercase:
        assert set(re.findall(_caseless(letter), everything)) == set(
            re.findall(f"(?i:{letter})", everything))


@given(st.lists(st.sampled_from(
    ["the", "The", "THE", "a", "at", "its", "first", "1990s", "'80s", "\u2019", "[Ten]", "[", "]",
     "2024", "3", "st", "don't", "x", "_", "-", " ", "\n", ".", ",", "\u0130", "\u212a", "May"]
), max_size=12).map("".join))
def test_the_scan_stops_where_a_candidate_starts(text: str) -> None:
    built = grammar()
    expected = [m.start() for m in built.start.finditer(text)]
    found = [0] if built.start.match(text) else []  # the scan needs a character before a start
    scan = _fast_scan(built.start_words)
    stop = scan.search(text)
    while stop is not None:
        found.append(stop.start(1))
        stop = scan.search(text, stop.start(1))  # on from the next character, as the loop
    assert found == expected


@given(st.lists(st.sampled_from(
    ["3", "12", "2024", "1,500", "4.11", "-", "/", "\u2013", ".", ",", " ", "  ", "\n", "st", "th",
     "nd", "Q3", "May", "of", "years", "year-old", "a.m.", "GMT", "%", "s", "'", ")", "\u00bd"]
), min_size=1, max_size=8).map("".join))
def test_a_number_is_read_by_every_family_that_can_go_on_with_what_follows_it(tail: str) -> None:
    built = grammar()
    text = "In 2024" + tail if tail[0].isdigit() else "In 7" + tail
    at = 3
    digits = re.match(r"\d+", text[at:])
    assert digits is not None
    chosen = {fam.name for fam, _ in built.tries_after_number(text[at + digits.end() :][:1])}
    for fam in built.dispatch["#"]:
        m = built.patterns[fam.name].match(text, at)
        if m is not None and m.end() > at:
            assert fam.name in chosen, (fam.name, text)
