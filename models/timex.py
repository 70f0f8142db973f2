"""Time expressions (TIMEX3 / TimeML conventions) and their normalised values.

Each family of expressions ("md": "3 November 2025", "quarter": "the third quarter", ...) is
declared once, on its normaliser in ``_Values``: its pattern, the words its expressions can
start with, and a few examples; ``family`` registers them together and refuses a name twice,
and ``grammar`` checks each family when the patterns are first compiled (a unit test runs the
same checks on every example). Word knowledge (number words, units, holidays, zones, tense
cues) is data, ``data/time_words.tsv``, read on first use.

One scan with a single regex (a prefix trie of the words an expression can start with, or a
number) finds where a candidate may start; the first word picks the families that can start
with it (a frequent word first passes its gate, a test of the next few letters read off the
families' patterns by ``regexprefix``; a number, the character after its digits), each is
tried anchored (``match``) and the longest reading that is a time expression wins; the scan
resumes after it. Every pattern is a sequence of bounded pieces (no nested
unbounded repetition) and every look around the match is a bounded window, so the work is
linear on any input. Values are resolved left to right: deictic expressions ("yesterday",
"last week", "Monday") against the publication date and the tense of their clause, anaphoric
ones ("the same day", "the following year", "the morning") against the most recently
mentioned date of at least their granularity.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Generator, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import NamedTuple

from newsview.models import regexprefix
from newsview.models.document import Span, Timex
from newsview.models.tense import FUTURE, PAST, Tense, clause_tense
from newsview.models.text import LazyPattern, line_around
from newsview.models.timevalue import parse_value, value_words
from newsview.models.timewords import TimeWords, time_words
from newsview.models.vocab import MONTHS as _MONTHS
from newsview.models.vocab import WEEKDAYS as _WEEKDAYS

_CLOCK_UNITS = frozenset({"second", "minute", "hour"})


# The characters other than its two cases that ``(?i:...)`` matches to an ASCII letter (a unit
# test checks them over all of Unicode): dotted and dotless i, long s, Kelvin sign.
_FOLDS_TO_ASCII = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}


def _caseless(ch: str) -> str:
    """``ch`` in any case: the same characters as ``(?i:ch)``, an ASCII letter as a class, as
    ``re`` rejects a branch starting with a class at its first character, and one starting
    with a caseless letter only after entering it (the scan meets thousands of words a text)."""
    if not ch.isascii():
        return f"(?i:{re.escape(ch)})"
    if not ch.isalpha():
        return re.escape(ch)  # no case to fold
    lower = ch.lower()
    return "[" + lower + ch.upper() + _FOLDS_TO_ASCII.get(lower, "") + "]"


def _any_case(words: Iterable[str]) -> str:
    """Words in any case, for a pattern searched at every place of a window: a prefix tree
    whose first letters are classes (``_caseless``), so ``re`` rejects a place where no word
    starts at its first character; the rest of each word ignores case (more classes would
    cost more to compile than they save)."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0].lower(), []).append(word[1:].lower())
    branches = [_caseless(first) + "(?i:" + regexprefix.word_trie(after) + ")"
                for first, after in sorted(rests.items())]
    return "(?:" + "|".join(branches) + ")"


def _alt(words: Iterable[object]) -> str:
    """An alternation of words where the longest that fits wins ("Sept" over "Sep"), factored
    by common prefixes: a word that fits none fails at its first letters, not once per word."""
    return regexprefix.word_trie(str(w) for w in words)


def _optionals_as_branches(pattern: str) -> str:
    """Each ``(...)?`` written ``(?:(...)|)``: the same matches, tried in the same order, but
    ``re`` runs an optional group as a generic repeat and a branch ~20% faster, which the
    families' patterns (optional words before and after the core) feel at every try."""
    out: list[str] = []
    opened: list[int] = []  # where each group still open starts in ``out``
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if ch == "[":
            end = _class_end(pattern, i)
            out.append(pattern[i:end])
            i = end
            continue
        if ch == "(":
            opened.append(len(out))
        elif ch == ")":
            start = opened.pop()
            if pattern[i + 1 : i + 2] == "?" and pattern[i + 2 : i + 3] not in ("?", "+"):
                group = "".join(out[start:]) + ")"
                del out[start:]
                out.append(f"(?:{group}|)")
                i += 2
                continue
        out.append(ch)
        i += 1
    return "".join(out)


def _class_end(pattern: str, at: int) -> int:
    """Where the character class opening at ``at`` ends (after its "]")."""
    i = at + 1
    if pattern[i : i + 1] == "^":
        i += 1
    if pattern[i : i + 1] == "]":  # a "]" first is a member
        i += 1
    while pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i + 1


def _first_words(phrases: Iterable[str]) -> tuple[str, ...]:
    """The first word of each phrase, with the curly apostrophe spelled both ways."""
    out: dict[str, None] = {}
    for phrase in phrases:
        word = phrase.split()[0]
        out[word] = None
        out[word.replace("'", "\u2019")] = None
    return tuple(out)


# --- pattern pieces ----------------------------------------------------------------------------

_GAP = r"[ \t\u00a0\u2009\u202f]"
_S = r"(?:" + _GAP + r"{1,3}|[ \t\u00a0]{0,2}\n[ \t\u00a0]{0,2})"  # one gap between words
_MONTH = (
    "(?:" + _alt(w.capitalize() for w in _MONTHS) + "|" + _alt(w.upper() for w in _MONTHS) + ")"
)
_WEEKDAY = "(?:" + _alt(w.capitalize() for w in _WEEKDAYS) + ")"
_WEEKDAY_FULL = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# in an agency's headline of capitals: "MAJOR LEAGUE RESULTS THURSDAY."
_WEEKDAY_CAPS = "(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
# A year in news: 1500-2099 standing alone ("1990s" and "1990's" are decades, read apart); a
# letter or a digit glued to it makes it something else ("1500m", "1800GMT", "2000x").
_YEAR = r"(?:1[5-9]\d\d|20\d\d)(?![\d])"
_POD = r"(?i:morning|afternoon|evening|night)"
_TIME_MOD = "(?i:" + _alt((
    "early", "late", "mid", "the end of", "the start of", "the beginning of", "the middle of",
    "the rest of", "the turn of", "the first half of", "the second half of",
)) + ")"
_DEICTIC_WORDS = ("this", "last", "next", "past", "coming")
_MODIFIER_WORDS = ("early", "late", "mid")
_DURATION_DETERMINERS = ("the", "these", "those", "its", "their", "his", "her", "our", "my")
_DIRECTION_WORDS = ("previous", "following", "first", "final", "remaining", "preceding", "other")


def _number_word(w: TimeWords) -> str:
    """Number words: "twenty-five", "a dozen", "half an", ..."""
    tens = [word for word, n in w.numbers.items() if n in range(20, 100, 10) and " " not in word]
    ones = [word for word, n in w.numbers.items() if n in range(1, 10) and len(word) > 2]
    return (
        r"(?:(?:" + _alt(tens) + r")(?:[- ](?:" + _alt(ones) + r"))?|" + _alt(w.numbers) + ")"
    )


def _number_pattern(w: TimeWords) -> str:
    return (
        r"(?:\d{1,3}(?:,\d{3}){0,2}(?:\.\d{1,2}|[ \t]1/2|\u00bd)?|(?i:" + _number_word(w) + "|"
        + _alt(w.vague_numbers) + r"))(?:\s(?i:and a half))?"
    )


def _unit(w: TimeWords) -> str:
    """Units of time, singular or plural (a weekend is no unit of a duration)."""
    forms = [
        "century|centuries" if unit == "century" else re.escape(unit) + "s?"
        for unit in sorted(w.units, key=len, reverse=True)
        if unit != "weekend"
    ]
    return r"(?i:" + "|".join(forms) + ")"


def _approx(w: TimeWords) -> str:
    return r"(?i:" + _alt(w.approximations) + ")"


def _holiday_names(w: TimeWords) -> str:
    """Holidays as written: capitalised words, any apostrophe, any gap between words."""
    forms = []
    for name in sorted(w.holidays, key=len, reverse=True):
        words = [re.escape(word.capitalize()).replace("'", "['\u2019]") for word in name.split()]
        forms.append(_S.join(words))
    return "(?:" + "|".join(forms) + ")"


def _zones(w: TimeWords) -> str:
    return _alt(zone.upper() for zone in w.zones)


# --- the families: each declared once, on its normaliser ----------------------------------------


@dataclass(frozen=True, slots=True)
class Family:
    """One family of time expressions: the words they start with ("#" for a digit, "'" for an
    apostrophe, "[" for an editor's bracket), their pattern, examples they must match whole,
    and the ``_Values`` method that reads a match (None when the words are no time)."""

    name: str
    first: Callable[[TimeWords], Iterable[str]]
    pattern: Callable[[TimeWords], str]
    read: Callable[..., object]
    examples: tuple[str, ...]


FAMILIES: dict[str, Family] = {}


def family(
    name: str,
    *,
    first: Callable[[TimeWords], Iterable[str]],
    pattern: Callable[[TimeWords], str],
    examples: tuple[str, ...],
) -> Callable[[Callable[..., object]], Callable[..., object]]:
    """Declare a family on the method that reads its matches."""

    def register(read: Callable[..., object]) -> Callable[..., object]:
        if name in FAMILIES:
            raise ValueError(f"time expression family {name!r} is declared twice")
        if not examples:
            raise ValueError(f"time expression family {name!r} has no example")
        FAMILIES[name] = Family(name, first, pattern, read, examples)
        return read

    return register


def start_key(word: str) -> str:
    """The dispatch key of a candidate's first word: "#" a digit, "'" an apostrophe, else the
    word folded to lower case."""
    if word[0].isdigit():
        return "#"
    if word in ("'", "\u2019"):
        return "'"
    return word.lower()


Tries = tuple[tuple[Family, Callable[[str, int], "re.Match[str] | None"]], ...]  # with ``match``


@dataclass(frozen=True, slots=True)
class Grammar:
    patterns: dict[str, re.Pattern[str]]
    first_words: dict[str, frozenset[str]]
    dispatch: dict[str, tuple[Family, ...]]  # first word -> the families that can start there
    # first word -> each of those families with its pattern's ``match``, ready for the scan
    tries: dict[str, Tries]
    # where a candidate starts (group 1): a number's digits, or a first word not glued to a
    # letter, digit or apostrophe before it; ``scan`` holds a faster way to find the same
    # places, compiled once many texts have been scanned (``scanner``)
    start: re.Pattern[str]
    start_words: tuple[str, ...]
    scan: _Scan
    # first word -> a test of how its families' expressions can go on from it (the word and
    # the next few letters, ``regexprefix``): most "the", "a", "his" start no expression, and
    # the test rejects them at a letter where the families' patterns would each be tried in
    # turn (numbers have none: three in four start one). A word's gate is built once trying
    # the word's families has cost about what building its gate does (``gate``): reading the
    # patterns costs a few milliseconds a word, which one article (the app's first frame)
    # never wins back, and a word with one family ("his", "its") saves under a microsecond
    # a meeting.
    gates: dict[str, re.Pattern[str]]
    waiting: dict[str, int]  # first word whose gate is not built yet -> its families tried
    trees: dict[str, list]  # family name -> its pattern's syntax tree, read for the gates
    numbers: _AfterNumbers  # the families to try at a number, by what follows its digits

    def scanner(self) -> tuple[Callable[[str, int], re.Match[str] | None], int]:
        """How to find the next start from a position: ``start``'s search there at first;
        once the grammar has scanned ``_SCAN_AFTER`` texts, a pattern finding the same starts
        from the character before them (a character outside words: ``re`` skips to the next
        one at C speed) with each letter of the words as a class (``_caseless``). Compiling it
        costs ~15 ms, which ~700 texts win back: not the app's first frame."""
        scan = self.scan
        if scan.pattern is None:
            scan.texts += 1
            if scan.texts < _SCAN_AFTER:
                return self.start.search, 0
            scan.pattern = _fast_scan(self.start_words)
        return scan.pattern.search, 1

    def gate(self, word: str) -> re.Pattern[str] | None:
        """The gate of a first word, once its families have been tried often (None before,
        and for the words that have none)."""
        found = self.gates.get(word)
        seen = self.waiting.get(word) if found is None else None
        if seen is not None:  # (get and pop: analyses on other threads may meet the word too)
            tried = seen + len(self.dispatch[word])
            if tried < _GATE_AFTER_TRIES:
                self.waiting[word] = tried
            else:
                self.waiting.pop(word, None)
                found = self.build_gate(word)
                if found is not None:
                    self.gates[word] = found
        return found

    def number_tries(self, after: str) -> Tries:
        """The families to try at a number: those whose expressions can go on with the
        character ``after`` its digits ("" at the end of the text), once numbers have been met
        often (all of them before: reading their patterns costs a few milliseconds)."""
        numbers = self.numbers
        chosen = numbers.by_character.get(after)
        if chosen is not None:
            return chosen
        if numbers.follows is None:
            numbers.met += 1
            if numbers.met < _NUMBERS_READ_AFTER:
                return self.tries["#"]
        chosen = numbers.by_character[after] = self.tries_after_number(after)
        return chosen

    def tries_after_number(self, after: str) -> Tries:
        """The families starting with a number whose patterns let ``after`` follow its digits."""
        numbers = self.numbers
        if numbers.follows is None:
            numbers.follows = {
                fam.name: regexprefix.next_pieces(self.tree(fam), "0") for fam in self.dispatch["#"]
            }
        follows = numbers.follows
        return tuple(
            (fam, match) for fam, match in self.tries["#"]
            if (pieces := follows[fam.name]) is None
            or any(regexprefix.piece_matches(piece, after) for piece in pieces)
        )

    def tree(self, fam: Family) -> list:
        """The syntax tree of a family's pattern, read once."""
        if fam.name not in self.trees:
            self.trees[fam.name] = regexprefix.parse(self.patterns[fam.name].pattern)
        return self.trees[fam.name]

    def build_gate(self, word: str) -> re.Pattern[str] | None:
        """The word's gate; None when it would let through whatever follows the word, and
        for the keys that stand for a kind of character (a digit, an apostrophe, a bracket)."""
        if word in _CHARACTER_KEYS:
            return None
        return regexprefix.prefix_test(
            (self.tree(fam) for fam in self.dispatch[word]), word, _GATE_READS)


_CHARACTER_KEYS = ("#", "'", "[")  # first "words" that stand for a digit, an apostrophe, a bracket
# Tries of a first word's families before its gate is built: 200 meetings of "the" (twelve
# families, each try ~0.5 us; its gate, ~7 ms to build, saves ~4 us a meeting), 2,400 of a
# word with one family ("his", "its": ~3 ms to build, under a microsecond saved a meeting).
# Counted by meetings alone, six passes over 225 articles built 35 gates, most of which
# never won their building back (timexes of three passes 264-269 ms -> 244-245 ms).
_GATE_AFTER_TRIES = 2400
_NUMBERS_READ_AFTER = 200  # numbers met before the families after each character are read
_GATE_READS = 5  # characters a gate reads after its word: a gap and four letters


@cache
def grammar() -> Grammar:
    """Every family's pattern compiled, and the scan for where candidates start: built on the
    first analysis (so importing the engine stays cheap), and checked as it is built."""
    words = time_words()
    patterns: dict[str, re.Pattern[str]] = {}
    first_words: dict[str, frozenset[str]] = {}
    by_word: dict[str, list[Family]] = {}
    for fam in FAMILIES.values():
        try:
            patterns[fam.name] = re.compile(_optionals_as_branches(fam.pattern(words)))
        except re.error as error:
            raise ValueError(f"time expression family {fam.name!r}: bad pattern: {error}") from None
        starts = frozenset(word.split()[0] for word in fam.first(words))
        if not starts:
            raise ValueError(f"time expression family {fam.name!r} starts with no word")
        first_words[fam.name] = starts
        for word in sorted(starts):
            by_word.setdefault(word, []).append(fam)
    start_words = sorted(set(by_word) - set(_CHARACTER_KEYS))
    start = re.compile(r"(?<![\w'\u2019])" + _start_pattern(start_words, re.escape, "(?i:"))
    dispatch = {word: tuple(families) for word, families in by_word.items()}
    tries = {
        word: tuple((fam, patterns[fam.name].match) for fam in families)
        for word, families in dispatch.items()
    }
    waiting = dict.fromkeys(start_words, 0)  # not numbers: most start an expression
    return Grammar(patterns, first_words, dispatch, tries, start, tuple(start_words), _Scan(),
                   {}, waiting, {}, _AfterNumbers())


def _start_pattern(words: Sequence[str], spell: Callable[[str], str], caseless: str = "(?:") -> str:
    """Where a candidate starts, as group 1: a number's digits, one of ``words`` (``spell``
    writes each letter; ``caseless`` opens the group of words) not glued to a letter after
    it, an apostrophe before a decade ("'80s"), an editor's bracket ("[Ten]")."""
    return (r"(\d+|" + caseless + regexprefix.word_trie(words, spell) + r")(?![A-Za-z])"
            r"|['\u2019](?=\d0s)|\[(?=\w{1,12}\]))")


def _fast_scan(words: Sequence[str]) -> re.Pattern[str]:
    """The starts ``_start_pattern`` finds, found from the character before them. There the
    character after it is first tested against one class of every character a start can
    begin with (a digit, an apostrophe, a bracket, a word's first letter in its cases), which
    rejects the place at once where the branches of the words would each be tried in turn."""
    firsts = sorted({word[0] for word in words})
    opening = ""
    if all(ch.isascii() for ch in firsts):  # (``_caseless`` spells other letters otherwise)
        letters = "".join(_caseless(ch)[1:-1] if ch.isalpha() else re.escape(ch) for ch in firsts)
        opening = r"(?=[\d'\u2019\[" + letters + "])"
    return re.compile(
        _optionals_as_branches(r"[^\w'\u2019]" + opening + _start_pattern(words, _caseless))
    )


class _AfterNumbers:
    """Which families starting with a number to try, by the character after its digits
    (``Grammar.number_tries``): the numbers met before they were read, what each family lets
    follow a number's digits (None: anything), and the families chosen for each character.
    (A plain class: a dataclass costs the engine's import ~0.4 ms.)"""

    __slots__ = ("met", "follows", "by_character")

    def __init__(self) -> None:
        self.met = 0
        self.follows: dict[str, frozenset[str] | None] | None = None
        self.by_character: dict[str, Tries] = {}


class _Scan:
    """The fast scan for starts (``Grammar.scanner``): how many texts have been scanned
    without it, and the pattern once compiled."""

    __slots__ = ("texts", "pattern")

    def __init__(self) -> None:
        self.texts = 0
        self.pattern: re.Pattern[str] | None = None


_SCAN_AFTER = 100  # texts scanned before the fast scan pays for its compiling


def family_problems(fam: Family) -> list[str]:
    """What is wrong with a family's declaration: an example its pattern does not match whole,
    or one that starts with a word the family does not declare (the scan would never try it)."""
    built = grammar()
    problems = []
    for example in fam.examples:
        m = built.patterns[fam.name].match(example)
        if m is None or m.end() != len(example):
            problems.append(f"{fam.name}: its pattern does not match its example {example!r}")
        first = built.start.match(example)  # where the scan would stop, as in a text
        key = start_key(first.group(1)) if first else example.split()[0]
        if first is None or key not in built.first_words[fam.name]:
            problems.append(f"{fam.name}: example {example!r} starts with {key!r}, not declared")
    return problems


# --- the patterns of the families ---------------------------------------------------------------


def _md_pattern(w: TimeWords) -> str:
    # Weekday, November 3, 2025 | 3 November 2025 | November 2025 | November | Nov. 4
    return (
        r"(?:(?:the" + _S + r")?(?P<md_podpre>" + _POD + r")" + _S + r"of" + _S + r")?"
        r"(?:(?P<md_wd>" + _WEEKDAY + r")\.?,?" + _S + r")?"
        r"(?:(?P<md_mod>" + _TIME_MOD + r")[\s-]{1,2})?"
        r"(?:(?P<md_det>(?i:this|last|next|the coming|coming|past|the following|the next|the previous"
        r"|the preceding))" + _S + ")?"
        r"(?:(?P<md_m1>" + _MONTH + r")\.?" + _S + r"(?P<md_d1>" + _DAY + r")"
        # (the day and its month on one line: "won 6-4\nMarc Rosset" is a score and a name)
        r"|(?:the" + _S + r")?(?P<md_d2>" + _DAY + r")" + _GAP + r"{1,3}(?:of" + _S + r")?(?P<md_m2>"
        + _MONTH + r")\b\.?"
        r"|(?P<md_m3>" + _MONTH + r")\b\.?)"
        r"(?:(?:,[ \t]{0,2}|" + _S + r")(?:of" + _S + r")?(?P<md_y>" + _YEAR + r")"
        r"|,?" + _S + r"(?:of" + _S + r")?(?P<md_rel>this|last|next)" + _S + r"year)?"
        r"(?:" + _S + r"(?P<md_pod>" + _POD + r"))?"
    )


def _iso_pattern(w: TimeWords) -> str:
    return (
        r"(?P<iso_y>" + _YEAR + r")-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>0[1-9]|[12]\d|3[01])"
        r"(?:T(?P<iso_h>[01]\d|2[0-3]):(?P<iso_min>[0-5]\d)(?::[0-5]\d)?(?P<iso_z>Z)?)?(?![\d-])"
    )


def _slash_pattern(w: TimeWords) -> str:
    return r"(?<![\d/.])(?P<sl_a>\d{1,2})/(?P<sl_b>\d{1,2})/(?P<sl_y>\d{4}|\d\d)(?![\d/])"


def _dots_pattern(w: TimeWords) -> str:
    return r"(?<![\d.])(?P<dt_d>\d{1,2})\.(?P<dt_m>\d{1,2})\.(?P<dt_y>\d{4})(?![\d.])"


def _range_pattern(w: TimeWords) -> str:
    return (
        r"(?<![\d$£€.,-])(?P<rg_a>" + _YEAR + r")[ \t]?[-\u2013\u2014/][ \t]?"
        r"(?P<rg_b>\d{4}|\d\d)"
        r"(?![\d%-])"
    )


# A year before 1500 is read only after a preposition of time and before a full stop, a comma
# or a word a count never precedes: "built in 1364, the bridge", "in 1066 the Normans", not
# "in 1200 households" (counts of things in news far outnumber medieval years).
_EARLY_YEAR_PREPOSITIONS = ("in", "since", "until", "till", "from", "by", "around", "circa")
_EARLY_YEAR_FOLLOWERS = frozenset(
    "the a an he she it they his her its their and or when after before to until as at in on "
    "with by for was is were had ad ce".split()
)


_APPROXIMATELY_BEFORE = LazyPattern(r"\b(?i:around|about)[ \t]{1,2}$")
# what may follow a year read from a number that may be a count: punctuation, or a word no
# count stands before ("in 1364 the town", not "in 1200 households")
_YEAR_FOLLOWED = r"(?![\d])(?=[ \t]*(?:$|[,.;:!?)\]'\"\u2019\u201d\n]|[ \t](?P<{}>[A-Za-z]+)))"
_EARLY_YEAR_NEXT = LazyPattern(_YEAR_FOLLOWED.format("next"))


def _early_year_pattern(w: TimeWords) -> str:
    return (
        r"(?i:" + _alt(_EARLY_YEAR_PREPOSITIONS) + r")[ \t]{1,2}(?P<ey>1[0-4]\d\d)"
        + _YEAR_FOLLOWED.format("ey_next")
    )


def _year_pattern(w: TimeWords) -> str:
    return (
        r"(?:(?P<yr_the>(?i:the))" + _S + r")?(?:(?P<yr_mod>" + _TIME_MOD + r")[\s-]{1,2})?"
        r"(?:(?P<yr_season>(?i:" + _alt(w.seasons) + r"))" + _S + r"(?:of" + _S + r")?)?"
        r"(?:(?P<yr_fy>(?i:fiscal|financial)(?:" + _S + r"(?i:year))?)" + _S + r")?"
        r"(?<![\d$£€#.,])(?P<yr>" + _YEAR + r")(?P<yr_s>['\u2019]?s\b)?"
    )


def _fy_pattern(w: TimeWords) -> str:
    return r"\bFY[ \t]?(?P<fy_y>" + _YEAR + r"|\d\d)(?!\d)"


def _decade_pattern(w: TimeWords) -> str:
    return (
        r"(?:(?i:the)" + _S + r")?(?:(?P<dc_mod>(?i:early|late|mid))[\s-]{1,2})?"
        r"(?:['\u2019](?P<dc_short>\d)0s|(?P<dc_word>(?i:" + _alt(w.decade_words) + r"))\b)"
    )


def _century_pattern(w: TimeWords) -> str:
    return (
        r"(?:(?i:the)" + _S + r")?(?:(?P<ct_mod>(?i:early|late|mid))[\s-]{1,2})?"
        r"(?P<ct_n>\d{1,2}(?:st|nd|rd|th)|(?i:" + _alt(w.century_words) + r"))[\s-](?i:century)\b"
    )


def _spoken_year_pattern(w: TimeWords) -> str:
    """"nineteen ninety-six" (1910-1999 in words); "two thousand (and) one" only after "the
    year" (alone it is a count)."""
    tens = _alt(word for word, n in w.numbers.items() if n in range(10, 100, 10) or 10 < n < 20)
    ones = _alt(word for word, n in w.numbers.items() if n in range(1, 10) and len(word) > 2)
    return (
        r"(?i:nineteen[- ](?P<sy_tens>" + tens + r")(?:[- ](?P<sy_ones>" + ones + r"))?"
        r"|(?P<sy_2000>the[ \t]year[ \t]two[ \t]thousand)(?:[ \t](?:and[ \t])?(?P<sy_2000_ones>"
        + ones + r"))?)\b(?![- ](?:old|percent|" + _unit(w) + r")\b|%)"
    )


def _year_word_pattern(w: TimeWords) -> str:
    return (
        r"(?i:year)(?:(?P<yw_end>[- ]end|['\u2019]s[ \t]end)|-(?P<yw_ago>ago|earlier))(?![\w-])"
    )


def _quarter_pattern(w: TimeWords) -> str:
    ordinals = _alt(w.part_ordinals)
    return (
        r"(?:(?i:the)" + _S + r")?(?P<q_ord>(?i:" + ordinals + r"))[\s-](?:(?i:fiscal|financial)"
        + _S + r")?(?i:quarter)\b"
        r"(?:" + _S + r"(?:of" + _S + r")?(?:(?i:fiscal)" + _S + r")?(?P<q_y>" + _YEAR + r")"
        r"|" + _S + r"(?:of" + _S + r"(?P<q_rel>this|last|next|the|that)|(?P<q_rel6>this|last|next))"
        + _S + r"(?:fiscal" + _S + r")?year)?"  # "the first quarter of last year", "... last year"
        r"|(?:(?i:the)" + _S + r")?(?P<q_y4>" + _YEAR + r")" + _S + r"(?P<q_ord4>(?i:" + ordinals
        + r"))[\s-](?:(?i:fiscal|financial)" + _S + r")?(?i:quarter)\b"  # "the 1988 third quarter"
        r"|(?:(?i:the)" + _S + r")?(?P<q_y6>" + _YEAR + r")" + _S + r"(?i:quarter|period)\b"
        r"|(?i:the)" + _S + r"(?:(?i:comparable)" + _S + r")?(?i:year[- ](?:ago|earlier))" + _S
        + r"(?P<q_ord7>(?i:" + ordinals + r"))[\s-](?:(?i:fiscal|financial)" + _S + r")?(?i:quarter)\b"
        r"|(?P<q_rel5>(?i:this|last|next))" + _S + r"(?i:year)['\u2019]s" + _S + r"(?P<q_ord5>(?i:"
        + ordinals + r"))[\s-](?:(?i:fiscal|financial)" + _S + r")?(?i:quarter)\b"
        r"|\bQ(?P<q_n>[1-4])(?:" + _S + r"(?P<q_y2>" + _YEAR + r")|[ '](?P<q_yy>\d\d))?(?![\d])"
        r"|(?P<q_y3>" + _YEAR + r")[ \t]Q(?P<q_n3>[1-4])\b"
    )


def _half_pattern(w: TimeWords) -> str:
    return (
        r"(?:(?i:the)" + _S + r")?(?P<h_ord>(?i:first|second|1st|2nd))" + _S + r"(?i:half)"
        + _S + r"(?:of" + _S + r"(?:(?P<h_y>" + _YEAR + r")|(?P<h_rel>the|this|last|next|that)" + _S
        + r"year)|(?P<h_rel2>this|last|next)" + _S + r"year)"
    )


def _deictic_pattern(w: TimeWords) -> str:
    return (
        r"(?:(?P<dx_pre>(?i:the day before|the day after))" + _S + r")?"
        r"(?P<dx>(?i:today|tonight|tomorrow|yesterday))\b"
        r"(?:" + _S + r"(?P<dx_pod>" + _POD + r"))?"
    )


def _rel_pattern(w: TimeWords) -> str:
    # this/last/next week, the following year, the same day, that morning, the year before ...
    ends = ("end", "start", "beginning")
    pre = (
        "earlier", "later", "early", "late", "mid", *(f"the {e} of" for e in ends),
        *(f"the very {e} of" for e in ends), "the middle of", "the rest of", "the turn of",
        "the first half of", "the second half of",
    )
    year_ago = (f"the {c}year{sep}{a}" for c in ("", "comparable ") for sep in (" ", "-")
                for a in ("ago", "earlier"))
    det = (
        "this past", "this", "last", "next", "past", "coming", "the coming", "the past",
        "the last", "the previous", "the following", "the next", "the same", "that same",
        "the preceding", "the current", "the latest", "the most recent", *year_ago, "the full",
        "that", "the", "a",
    )
    units = (
        "week", "weekend", "month", "year", "fiscal year", "financial year", "quarter", "period",
        "decade", "century", "morning", "afternoon", "evening", "night", "day", *w.seasons,
    )
    return (
        r"(?:(?P<rl_pre>(?i:" + _alt(pre) + r"))[\s-]{1,2})?"
        r"(?P<rl_det>(?i:" + _alt(det) + r"))" + _S
        + r"(?P<rl_unit>(?i:" + _alt(units) + r"))\b"
        # "the quarter-finals", "the quarter final": a round of a cup, no time
        r"(?![ \t-]{1,2}(?i:finals?|finalists?)\b)"
        r"(?:" + _S + r"(?P<rl_post>(?i:before|after|earlier|later)))?"
    )


def _weekday_pattern(w: TimeWords) -> str:
    return (
        r"(?:(?P<wd_mod>(?i:last|next|this|coming|past|previous|following|every|each|early"
        r"|late))" + _S + r")?"
        r"(?P<wd>" + _WEEKDAY_FULL + "|" + _WEEKDAY_CAPS + r")(?P<wd_s>s)?\b"
        r"(?:" + _S + r"(?P<wd_pod>" + _POD + r"))?"
    )


def _dur_pattern(w: TimeWords) -> str:
    number = _number_pattern(w)
    return (
        r"(?:(?P<du_the>(?i:" + _alt(_DURATION_DETERMINERS) + r"))" + _S + r")?"
        r"(?:(?P<du_dir>(?i:" + _alt(("past", "last", "next", "coming", *_DIRECTION_WORDS)) + r"))" + _S + r")?"
        r"(?:(?P<du_approx>" + _approx(w) + r")" + _S + r")?"
        r"(?P<du_num>" + number + r"|\[" + number + r"\])(?P<du_sep>[ \t\u00a0-]{1,2})"
        r"(?P<du_unit>" + _unit(w) + r")\b"
        r"(?P<du_half>[ \t]{1,2}(?i:and)[ \t]{1,2}(?i:a)[ \t]{1,2}(?i:half)\b)?"
        r"(?P<du_long>-long)?(?!-old|[ \t]old\b|-(?:end|ago|earlier)\b)"
        r"(?:" + _S + r"(?P<du_rel>(?i:ago|earlier|later|from now|hence)))?"
    )


def _vague_pattern(w: TimeWords) -> str:
    return (
        r"(?:(?P<vg_the>(?i:the))" + _S + r")?"
        r"(?P<vg_unit>(?i:years|decades|months|weeks|days|hours|minutes|centuries))\b(?P<vg_long>-long)?"
        r"(?:" + _S + r"(?P<vg_rel>(?i:ago|later|earlier)\b))?"
    )


def _set_pattern(w: TimeWords) -> str:
    return (
        r"(?P<st_word>(?i:" + _alt(w.sets) + r"))\b"
        r"|(?P<st_q>(?i:every|each|per))" + _S + r"(?:(?P<st_other>other)" + _S + r")?"
        r"(?:(?P<st_num>" + _number_pattern(w) + r")" + _S + r")?"
        r"(?:(?P<st_unit>" + _unit(w) + r")\b|(?P<st_wd>" + _WEEKDAY_FULL + r")"
        r"|(?P<st_pod>" + _POD + r")|(?P<st_season>(?i:" + _alt(w.seasons) + r"))\b"
        r"|(?P<st_month>" + _MONTH + r")\b(?!\.?[ \t]\d))"
    )


def _clock_pattern(w: TimeWords) -> str:
    return (
        r"(?<![\d:.,$\u00a3\u20ac])(?P<ck_said>1[0-2]|[1-9])" + _S + r"(?:o['\u2019]clock\b"
        r"|in" + _S + r"the" + _S + r"(?P<ck_said_pod>(?i:morning|afternoon|evening|night))\b)"
        r"|(?<![\d:.,])(?P<ck_h>[01]?\d|2[0-3])(?:(?P<ck_sep>[:.])(?P<ck_m>[0-5]\d)"
        r"(?::(?P<ck_s>[0-5]\d))?)?"
        r"(?:" + _GAP + r"?(?P<ck_ap>[aApP]\.?[mM]\.?(?![\w])))?"
        r"(?:" + _GAP + r"?\(?(?P<ck_zone>" + _zones(w) + r")\b"
        r"(?:[ \t]?(?P<ck_off>[+-][ \t]?\d{1,2})(?::?\d\d)?)?\)?)?(?![\d:])"
        r"|(?P<ck_word>(?i:noon|midnight|midday))\b"
        r"|(?<![\d:.,])(?P<ck_mil>[01]\d|2[0-3])(?P<ck_mil_m>[0-5]\d)" + _GAP
        + r"?(?P<ck_mil_zone>" + _alt(word.upper() for word in w.zones if len(word) > 2)
        + r"|(?i:hours|hrs|hr|h)|local time)\b"
    )


def _holiday_pattern(w: TimeWords) -> str:
    return r"(?P<hd>" + _holiday_names(w) + r")\b(?:,?" + _S + r"(?P<hd_y>" + _YEAR + r"))?"


def _ref_pattern(w: TimeWords) -> str:
    return r"(?P<rf>(?i:" + _alt(w.references) + r"))\b"


def _number_starts(w: TimeWords) -> tuple[str, ...]:
    return _first_words([*w.numbers, *w.vague_numbers])


_PREPOSITION_BEFORE = LazyPattern(
    r"(?i:\b(?:in|on|since|until|till|by|before|after|during|from|through|to|of|early|late|mid"
    r"|last|next|this|each|every|between|and|or|around|throughout|as of|for|into|at)[\s-]{1,2})$"
)
# "as recently as August", "as early as May": the month (the words before it are no time)
_AS_EARLY_AS_BEFORE = LazyPattern(r"(?i:\bas[ \t]+(?:recently|early|late|soon)[ \t]+as[ \t])$")
_AN_ARTICLE_BEFORE = LazyPattern(r"(?:^|[^\w-])(?i:the|an?)\s$")
_COUNT_BEFORE = LazyPattern(
    r"(?:[$£€¥#]|\b" + _any_case(("no.", "number", "about", "nearly", "than", "approximately",
                                  "around", "some", "almost", "only", "top", "the first",
                                  "page", "p.")) + r")[ \t]{0,2}$"
)
_NOT_PLURAL = (
    "(?:was|has|this|thus|its|his|hers|ours|yours|theirs|yes|unless|across|always|perhaps"
    "|towards|afterwards|besides|whereas|news|various|does|goes|says|sees|makes|marks|remains"
    "|seems|looks|becomes|comes|gets|means|shows|brings|takes|gives|sets|was|alps|olympics)"
)
# a determiner or a preposition of time before "2008 results" makes it a year, not a count
_DETERMINER_BEFORE = LazyPattern(
    r"(?i:\b(?:the|its|their|his|her|our|this|that|in|since|until|during|before|after"
    r"|throughout)|['\u2019]s)[ \t]$"
)
_PLURAL_AFTER = LazyPattern(
    r"[ \t\u00a0]{1,2}(?:(?!" + _NOT_PLURAL + r"\b)[a-z]{2,}(?<!s|u|i)s\b(?![-'])"
    r"|(?:percent|per cent"
    r"|km|kg|mph|feet|people|men|women|children|staff|units|sq)\b)|%"
)
_NEAR_DAYS = 14
_WORDS_AFTER = LazyPattern(r"[ \t\u00a0]{0,2}([A-Za-z/$-]+(?:[ \t][A-Za-z0-9]+)?)")
_WORD_BEFORE = LazyPattern(r"([A-Za-z]+\.?|[A-Za-z]{0,2}[$£€¥#])[ \t\u00a0]{0,2}$")
_POSSESSIVE_GAP = LazyPattern(r"['\u2019]s[ \t]{1,2}")
_WRITTEN_YEAR = LazyPattern(r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)")
# The granularities of a date a unit can move: a day moves a day, a month a month, week or
# day; a coarser date stays as it is ("a day earlier" than "in 2027").
_AS_FINE_AS = {"day": "D", "week": "WD", "month": "MWD", "quarter": "QMWD"}
_DEADLINE_BEFORE = LazyPattern(
    r"(?i:\b(?:until|till|to|through|by)[ \t]{1,2}(?:after[ \t]{1,2})?)$")
# "given them until Tuesday", "extended its deadline until 9 a.m. EST Tuesday", "postponed until
# Tuesday any action": a day set as a deadline, or a thing put off to, is ahead, whatever the
# tense of the clause that set it ("stayed until Tuesday" is past)
_UNTIL_BEFORE = LazyPattern(
    r"(?i:\b(?:give[ns]?|gave|giving|extend(?:s|ed|ing)?|deadline|ultimatum|ha(?:s|ve)"
    r"|postpon(?:e|es|ed|ing)|adjourn(?:s|ed|ing)?|defer(?:s|red|ring)?)\b"
    r"[^.;!?]{0,48}\b(?:until|till)[ \t]{1,2}(?:(?:\d{1,2}(?:[:.]\d{2})?[ \t]?(?:[ap]\.?m\.?)?|noon|midnight)"
    r"[ \t]{1,2}(?:[A-Z]{2,4}[ \t]{1,2})?)?)$")
_NEXT_WORD = re.compile(r"[ \t]{1,2}([A-Za-z]+)\b")
_DELIVERY_MONTH_NOT_AFTER = LazyPattern(
    r"(?i:\b(?:in|by|since|until|till|during|for|from|of|to|on|at|last|next|this|early|late|mid)[ \t-]{1,2})$")
_SET_FOR_BEFORE = LazyPattern(
    r"(?i:\b(?:scheduled|rescheduled|set|slated|planned|called|fixed|pencil(?:l)?ed|booked"
    r"|earmarked)(?:[ \t]{1,2}[\w-]+){0,4}?[ \t]{1,2}for[ \t]{1,2})$")
# what "one-day" names a kind of cricket with ("the third one-day international", "the one-day
# side"), not a day's length ("a one-day strike")
_ONE_DAY_CRICKET_AFTER = LazyPattern(
    r"[ \t]+(?i:internationals?|series|cricket|format|squad|side|captain|cup)\b")
# a word of expectation earlier in the clause: "economists expected two cuts, in September"
_EXPECTED_BEFORE = LazyPattern(
    r"(?i:\b(?:expect(?:s|ed|ing|ations?)?|forecast(?:s|ing)?|predict(?:s|ed|ing|ions?)?"
    r"|anticipat(?:es?|ed|ing|ion)|project(?:s|ed|ions?)|(?:un)?likely[ \t]to"
    r"|(?:vow(?:s|ed)?|pledg(?:es|ed)|promis(?:es|ed))[ \t]to)"
    r"\b[^.;:!?\n]{0,60})$")
# a planned event's noun after its day: "the September 14 elections", "the March 3 vote"
_EVENT_AFTER_ITS_DAY = LazyPattern(
    r"[ \t]{1,2}(?:elections?|polls?|votes?|ballot|referendum|summit|deadline|hearing|trial"
    r"|launch|final|race|vote-counting|talks|meeting|conference|congress|plebiscite)\b")
# "The deadline is midnight on Friday", "the report is due on Tuesday": a day in the present
# tense of a deadline or of a thing due is ahead
_DUE_BEFORE = LazyPattern(
    r"(?i:\b(?:deadline[ \t]{1,2}(?:is|falls|expires)|(?:is|are)[ \t]{1,2}due)\b[^.;!?]{0,32})$")
# "The final is on Sunday", "the vote is Tuesday": what a day holds, told in the present
_IS_ON_BEFORE = LazyPattern(r"\b(?i:is|are)[ \t]{1,2}(?:on[ \t]{1,2})?$")
# "the Frankfurter Allgemeine Zeitung ", "the Izvestia ": "the" and capitalised words before it
_A_PAPERS_NAME_BEFORE = LazyPattern(r"\b[Tt]he(?:[ \t][A-Z][\w'\u2019.-]*)+[ \t]$")
_A_PAPERS_VERB_AFTER = LazyPattern(
    r"(?:['\u2019]s\b|[ \t](?:said|says|reported|reports|quoted|quotes|wrote|writes|that|on|cited|published)\b)")
# a number's digits and its decimal point or thousands' comma: "50.574", "1,200"
_INSIDE_A_NUMBER_BEFORE = LazyPattern(r"\d[.,]$")
# a unit of distance before "per hour": a speed ("190 kilometres per hour", "60 mph")
_A_DISTANCE_BEFORE = LazyPattern(
    r"(?i:\b(?:kilometres?|kilometers?|km|miles?|metres?|meters?|m|feet|foot|ft|knots?|yards?|"
    r"nautical[ \t]miles?)[ \t]{1,2})$")
_BEFORE_OR_AFTER_AFTER = LazyPattern(r"[ \t]{1,2}(?:before|after)\b")
_THAN_AFTER = LazyPattern(r"[ \t]{1,2}than\b")
_FOR_BEFORE = LazyPattern(r"\bfor[ \t]{1,2}$")
# "ahead of Friday's British inflation figures": whatever the day holds is still to come
_AHEAD_OF_BEFORE = LazyPattern(r"\bahead of[ \t]{1,2}$")
# "fans had been in the ground for Saturday's match": a past perfect tells of the event as over
_PAST_PERFECT_IN_THE_CLAUSE_BEFORE = LazyPattern(r"\b(?i:had)\b[^.;:!?]*$")
# a day's planned event in the possessive: "Sunday's Belgian Grand Prix", "Tuesday's vote"
_A_DAYS_PLANNED_EVENT = LazyPattern(
    r"['\u2019]s(?:[ \t]{1,2}[\w-]+){0,3}?[ \t]{1,2}(?i:race|grand[ \t]prix|final|semi-final|match|game"
    r"|election|vote|poll|summit|meeting|talks|ballot|referendum|derby|fixture|debate|launch"
    r"|ceremony|parade|rally|concert|hearing|auction|opening)\b")
_PERIOD_ENDING_BEFORE = LazyPattern(
    r"(?i:\b(?:months?|weeks?|years?|quarter|period|half|days)[ \t]{1,2}to[ \t]{1,2})$")
_LOOKBACK = 40  # mentions searched back for an anaphor's anchor
# "the same period last year", "last year's quarter": in an earnings report, the quarter
# reported, a year back
_SAME_PERIOD_BEFORE = LazyPattern(
    r"(?i:\b(?:the[ \t]{1,2})?(?:same|corresponding|comparable|like)[ \t]{1,2}(?:period|quarter)"
    r"[ \t]{1,2}(?:of[ \t]{1,2})?)$")
_GAME_WORD = re.compile(r"\b[a-z][a-z-]+\b")
_PERIOD_OF_IT_AFTER = LazyPattern(r"(?i:['\u2019]s[ \t]{1,2}(?:quarter|period)\b)")
# "the quarter ended Sept. 30", "the year ending June 30, 1990": a reporting period named by the
# day it closes on
_CLOSING_DAY_AFTER = LazyPattern(
    r"[ \t]{1,2}(?:that[ \t]{1,2})?(?P<tense>ended|ending|ends)[ \t]{1,2}(?:(?P<month>" + _MONTH
    + r")\.?[ \t]{1,2}(?P<day>" + _DAY + r")(?:,?[ \t]{1,2}(?P<year>" + _YEAR + r"))?"
    r"|(?P<deictic>today|tomorrow|yesterday)\b)"
)
# a telephone number's group before a last group of four digits ("212-859-1646", "9373-1800");
# a year before one is a range ("1995-1996")
_NUMBER_GROUP_BEFORE = LazyPattern(r"(?<!\d)(?:\d{1,3}|(?!1[5-9]\d\d|20\d\d)\d{4})[-.]$")
_SHOW_BEFORE = LazyPattern(r"(?:\b(?:the|USA)|['\u2019]s)[ \t]$")
_SHOW_AFTER = LazyPattern(r"[ \t](?:programme|program|show|newspaper)s?\b")
_DEICTIC_DAYS = {"yesterday": -1, "today": 0, "tomorrow": 1}
_FRAME_OPENING = LazyPattern(r"[\"'\u201c(]?(?:(?i:in|during|by|throughout|on)[ \t]{1,2})?")
# a range whose second end carries the year: "29 September - 1 October 2006", "May to June 2020"
_YEAR_AHEAD = LazyPattern(
    r"[ \t]{0,2}(?:[-\u2013\u2014]|to|through|until|and)[ \t]{1,2}(?:\d{1,2}(?:st|nd|rd|th)?[ \t]"
    r")?" + _MONTH + r"\.?(?:[ \t]\d{1,2}(?:st|nd|rd|th)?)?,?[ \t](" + _YEAR + ")"
)
_ARTICLE_BEFORE = LazyPattern(r"\b[Aa]n?[ \t]$")
_NAMED_AGAIN_WITHIN = 3_000  # characters searched either side: the scan stays linear
_LOWER_WORD_AFTER = LazyPattern(r"[ \t]{1,2}[a-z]")
_NAME_GOES_ON_AFTER = LazyPattern(r"[ \t]{1,2}(?:[A-Z][a-z]|\()")
_SIGNAL_WORDS = frozenset(
    "on by until till since from and or at before after during the this last next late early"
    " every each".split()
)
_CLOCK_SIGNAL_BEFORE = LazyPattern(r"(?i:\b(?:at|by|until|from|to|after|before|around|about))\s$")
_POD_SIGNAL_BEFORE = LazyPattern(
    r"(?i:\b(?:in|during|through|throughout|into|by|until|till|since|for|of|at|on|across|that"
    r"|from|before|after)[ \t]{1,2})$"
)
_SPAN_SIGNAL_BEFORE = LazyPattern(r"(?i:\b(?:over|for|within|throughout)[ \t]{1,2})$")
_PERIOD_SIGNAL_BEFORE = LazyPattern(
    r"(?i:\b(?:for|during|earlier in|later in|over|throughout)[ \t]{1,2})$"
)
_UNIT_COMPLEMENT_AFTER = LazyPattern(
    r"(?i:[ \t\u00a0]{1,2}(?:of|when|that|in|before|after|to|ahead)\b|-|['\u2019]s\b)"
)
_YEAR_STEPS = {"this": 0, "last": -1, "next": 1}
# a rate: "twice a week", "3% a year", "$40 a month", and a counted thing per unit ("700 seats a
# week", "$1 billion a year", "fifty thousand CDs a year")
_SET_BEFORE = LazyPattern(
    r"(?i:(?:\d|\bonce|\btwice|\bthrice|\btimes|%)[ \t]{0,2}"
    r"|(?:\d|\b(?:hundred|thousand|million|billion|trillion|dozen))[ \t]{1,2}(?:[a-z-]+[ \t]{1,2})?(?:[a-z]+s|people)[ \t]{1,2}"
    r"|\d[ \t]{1,2}per[ \t]?cent[ \t]{1,2}"
    r"|\b(?:hundred|thousand|million|billion|trillion)[ \t]{1,2})$")
_NOW_DISCOURSE_AFTER = LazyPattern(r"(?:-|[ \t]+that\b|[ \t]+and[ \t]+(?:again|then)\b|,)")


# --- values ------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    type: str
    value: str | None
    # the calendar value as (granularity, date) for anaphora: "Y", "Q", "M", "W", "D"
    anchor: tuple[str, date] | None = None
    comparison: bool = False  # "a year earlier": an anchor for no later comparison
    inferred: bool = False  # resolved against a date named before it (no publication date)
    why: list[str] | None = None  # the steps of the resolution, when explaining


class _Mention(NamedTuple):
    """A date the text named, as later expressions may count from it."""

    granularity: str  # "Y", "Q", "M", "W", "D" ("" for decades and centuries)
    day: date
    at: int  # its offset in the text
    explicit: bool  # it carries its own year ("3 Nov 2025", "2019"), not counted from another
    comparison: bool
    text: str


class _Resolver:
    """Resolves one text's expressions in order, remembering the dates mentioned so far."""

    def __init__(self, text: str, sentences: Sequence[Span], dct: date | None) -> None:
        self.text = text
        self.dct = dct
        self.sentence_starts = [s.start for s in sentences]
        self.sentence_ends = [s.end for s in sentences]
        self.history: list[_Mention] = []  # the dates named so far, in order
        self.quarters: dict[str, int] = {}  # "Q4", "H1" -> the year this text bound it to

    # -- context ----------------------------------------------------------------------------

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        """(start, end) of the sentence holding ``pos``, else 150 characters either side."""
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        if i < 0 or pos >= self.sentence_ends[i]:
            return max(0, pos - 150), min(len(self.text), pos + 150)
        return self.sentence_starts[i], self.sentence_ends[i]

    def tense(self, start: int, end: int, *, weekday: bool = False) -> str:
        """"future", "past" or "" for the clause of the expression (see ``tense``): a present
        tense looks ahead, as HeidelTime's PRESENTFUTURE does, except for a weekday, which
        only a future or a scheduled event moves ahead ("Friday's close is lower")."""
        found = self.clause_tense(start, end)
        if found.kind == PAST:
            return "past"
        ahead = found.schedules if weekday else found.looks_ahead
        return "future" if ahead else ""

    def clause_tense(self, start: int, end: int) -> Tense:
        lo, hi = self.sentence_bounds(start)
        return clause_tense(self.text, start, end, lo, hi)

    def reference(self, granularity: str, fallback: bool = True) -> date | None:
        """The most recently mentioned date of at least ``granularity``, else the DCT.

        Only the last few mentions are searched, so that a text of thousands of dates stays
        linear; an anchor further back than that is no anchor a reader would follow either."""
        named = self.referenced(granularity)
        return named.day if named is not None else self.dct if fallback else None

    def referenced(self, granularity: str) -> _Mention | None:
        """The most recently mentioned date of at least ``granularity`` (``reference``'s)."""
        accept = {"Y": "YQMWD", "M": "MD", "W": "WD", "D": "D"}[granularity]
        for mention in self.history[: -_LOOKBACK - 1 : -1]:
            if mention.granularity and mention.granularity in accept:  # a decade or century anchors nothing finer
                return mention
        return None

    def remember(self, found: _Found) -> None:
        if found.anchor is not None:
            text = self.text[found.start : found.end]
            explicit = _WRITTEN_YEAR.search(text) is not None and not found.inferred
            gran, day = found.anchor
            self.history.append(_Mention(gran, day, found.start, explicit, found.comparison, text))
            if not found.comparison and (found.value or "")[4:6] in ("-H", "-Q"):
                self.quarters[found.value[5:7]] = day.year  # type: ignore[index]

    def explicit_date(self) -> _Mention | None:
        """The latest date named with its own year ("3 Nov 2025", "in 2019"): what a text
        without a publication date is read against (HeidelTime's narrative mode). A date of
        an earlier year than one named before it is an aside ("independence from Spain in
        1898"), not the story's time: the latest date of the story's (latest) year stands."""
        recent = self.history[: -_LOOKBACK - 1 : -1]
        explicit = [m for m in recent if m.explicit and m.granularity]
        if not explicit:
            return None
        latest = explicit[0]
        story_year = max(m.day.year for m in explicit)
        if latest.day.year < story_year:
            return next(m for m in explicit if m.day.year == story_year)
        return latest

    def year_named_in_sentence(self, pos: int) -> int | None:
        """The year of a date named with its year earlier in the sentence of ``pos`` ("2004
        results ... the fourth quarter")."""
        s_start, _ = self.sentence_bounds(pos)
        for mention in self.history[:-6:-1]:
            if mention.at < s_start:
                return None
            if mention.explicit and mention.at < pos:
                return mention.day.year
        return None

    def coarser_than(self, granularity: str, reference: date | None) -> str | None:
        """When the last date mentioned is vaguer than ``granularity`` and of another year than
        ``reference`` ("In 1998 ... the following month"), that date as an X form of the
        granularity ("1998-XX"); else None, and the reference stands."""
        if not self.history:
            return None
        gran, d, *_ = self.history[-1]
        accept = {"M": "MD", "W": "WD", "D": "D"}[granularity]
        if gran in accept or gran not in "YM":
            return None
        if reference is not None and reference.year == d.year:
            return None
        if granularity == "W":
            return f"{d.year:04d}-WXX"
        month = f"{d.month:02d}" if gran == "M" else "XX"
        return f"{d.year:04d}-XX" if granularity == "M" else f"{d.year:04d}-{month}-XX"

    def narrative_anchor(self) -> _Mention | None:
        """The last date mentioned, unless it is the publication date itself (a dateline) or a
        comparison ("a year earlier": the next one counts from the same date, not from it):
        what "a year earlier" or "two weeks later" count from, at that date's precision."""
        for latest in self.history[:-4:-1]:
            if latest.comparison:
                continue
            if not latest[0] or (latest[0] == "D" and latest[1] == self.dct):
                return None
            return latest
        return None

    def year_in_sentence(self, pos: int) -> int | None:
        """The year of a date opening the sentence that holds ``pos`` ("In 2019, ...")."""
        if not self.history:
            return None
        gran, d, at, *_ = self.history[-1]
        if gran not in "YMD" or at >= pos:
            return None
        s_start, _ = self.sentence_bounds(pos)
        if at < s_start or not _FRAME_OPENING.fullmatch(self.text, s_start, at):
            return None
        return d.year  # "In 2019, ... on March 3 ...": the year frames its sentence


def _day(d: date) -> str:
    return d.isoformat()


def _day_words(d: date) -> str:
    """"3 Nov 2025", as the app shows a date."""
    return value_words(d.isoformat())


def _plural(n: int, unit: str) -> str:
    return f"{n} {unit}" if n == 1 else f"{n} {'centuries' if unit == 'century' else unit + 's'}"


def _month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _add_months(d: date, n: int) -> date:
    total = d.year * 12 + d.month - 1 + n
    return date(total // 12, total % 12 + 1, 1)


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _number(text: str) -> float | None:
    """The value of a number as written ("25", "two and a half", "twenty-five"); None if vague."""
    t = " ".join(text.lower().replace("-", " ").strip("[]").split())  # "[Ten]": an editor's
    half = 0.0
    for written in (" and a half", " 1/2", "\u00bd"):
        if t.endswith(written):  # "two and a half", "2 1/2", "2\u00bd"
            t, half = t[: -len(written)], 0.5
            break
    words = time_words()
    if t in words.vague_numbers:
        return None
    numbers = words.numbers
    if t in numbers:
        return numbers[t] + half
    parts = t.split()
    if len(parts) == 2 and parts[0] in numbers and parts[1] in numbers:
        return numbers[parts[0]] + numbers[parts[1]] + half
    try:
        return float(t.replace(",", "")) + half
    except ValueError:
        return None


def _singular_unit(unit: str) -> str:
    """A unit's word without its plural's ending: "centuries" is "century" ("two centuries"
    were two years)."""
    return "century" if unit == "centuries" else unit.rstrip("s")


def _fmt_number(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def _duration(n: float | None, unit: str) -> str:
    """TIMEX3 duration value: P25Y, PT3H, PXD, P10Y for a decade."""
    u = _singular_unit(unit.lower())
    code = time_words().units.get(u, "Y")
    clock = "T" if u in _CLOCK_UNITS else ""
    if n is None:
        base = code[-1] if code[0].isdigit() else code
        return f"P{clock}X{base}"
    if code[0].isdigit():  # decade, century, fortnight
        mult = int(code[:-1])
        return f"P{clock}{_fmt_number(n * mult)}{code[-1]}"
    whole, part = divmod(n, 1)
    finer = _FINER_UNIT.get(f"{clock}{code}")
    if part and finer and (part * finer[1]).is_integer():
        # "5 1/2 hours" is PT5H30M, as TimeML writes a clock duration (years stay P2.5Y)
        rest = f"{int(part * finer[1])}{finer[0]}"
        return f"P{clock}{int(whole)}{code}{rest}" if whole else f"P{clock}{rest}"
    return f"P{clock}{_fmt_number(n)}{code}"


# a clock unit's next finer one and how many of it make one: for the fraction of a duration
_FINER_UNIT = {"TH": ("M", 60), "TM": ("S", 60)}


def _shift(d: date, unit: str, n: int) -> tuple[str, str, date] | None:
    """The calendar value ``n`` units from ``d``: (value, granularity, anchor date)."""
    try:
        if unit == "day":
            x = d + timedelta(days=n)
            return _day(x), "D", x
        if unit == "week":
            x = d + timedelta(weeks=n)
            return _week(x), "W", x
        if unit == "weekend":
            x = d + timedelta(weeks=n)
            return _week(x) + "-WE", "W", x
        if unit == "month":
            x = _add_months(d, n)
            return _month(x.year, x.month), "M", x
        if unit == "quarter":
            q0 = (d.month - 1) // 3 + n
            y = d.year + q0 // 4
            return f"{y:04d}-Q{q0 % 4 + 1}", "Y", date(y, (q0 % 4) * 3 + 1, 1)
        if unit == "year":
            x = date(d.year + n, 1, 1)
            return f"{x.year:04d}", "Y", x
        if unit == "decade":
            y = d.year + 10 * n
            return f"{y // 10:03d}", "", date(y, 1, 1)
        if unit == "century":
            y = d.year + 100 * n
            return f"{y // 100:02d}", "", date(y, 1, 1)
        seasons = time_words().seasons
        if unit in seasons:
            return f"{d.year + n:04d}-{seasons[unit]}", "", date(d.year + n, 1, 1)
    except (ValueError, OverflowError):
        return None
    return None


_CALENDAR_UNITS = frozenset({"day", "week", "month", "year"})


def _move(d: date, unit: str, n: int) -> date | None:
    """``d`` moved by ``n`` days, weeks, months or years (a 31st becomes the month's last day)."""
    try:
        if unit == "day":
            return d + timedelta(days=n)
        if unit == "week":
            return d + timedelta(weeks=n)
        months = n * (12 if unit == "year" else 1)
        first = _add_months(d, months)
        last_day = (_add_months(first, 1) - timedelta(days=1)).day
        return first.replace(day=min(d.day, last_day))
    except (ValueError, OverflowError):
        return None



def _at_granularity(d: date, granularity: str) -> str:
    if granularity == "Y":
        return f"{d.year:04d}"
    if granularity == "Q":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if granularity == "M":
        return _month(d.year, d.month)
    if granularity == "W":
        return _week(d)
    return _day(d)


_X_FORMS = {
    "day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
    "quarter": "XXXX-QX", "year": "XXXX", "decade": "XXX", "century": "XX",
}  # fmt: skip


class _Values:
    """One method per pattern family: the match -> _Found (or None when it is no timex)."""

    def __init__(self, resolver: _Resolver, explain: bool = False) -> None:
        self.r = resolver
        self.text = resolver.text
        self.w = time_words()
        self.explain = explain
        self.steps: list[str] = []  # the current expression's steps, when explaining

    def _why(self, step: str) -> None:
        if self.explain:
            self.steps.append(step)

    # -- helpers ---------------------------------------------------------------------------

    def _before(self, pos: int, width: int = 30) -> str:
        return self.text[max(0, pos - width) : pos]

    def _at_sentence_start(self, pos: int) -> bool:
        before = self._before(pos, 4).rstrip(" \t\"'\u201c(")
        return before == "" or before[-1] in ".!?\n:"

    def _a_delivery_month(self, start: int, end: int) -> bool:
        """Whether a month stands right before what a futures market trades, as its month of
        delivery ("January crude fell", "Comex March copper"), not after a preposition or a
        deictic word ("In January gold rose": the month it rose in)."""
        following = _NEXT_WORD.match(self.text, end)
        if following is None or following.group(1).lower() not in self.w.delivery_words:
            return False
        return _DELIVERY_MONTH_NOT_AFTER.search(self._before(start, 12)) is None

    def _year_for(self, month: int, day: int | None, start: int, end: int) -> int | None:
        """The year of a month (and day) written without one, from the DCT and the tense."""
        dct = self.r.dct
        narrated = self.r.year_in_sentence(start)
        if narrated is not None and (dct is None or narrated != dct.year):
            return narrated  # "In 2019 the plant closed, and on March 3 it was sold"
        following = _YEAR_AHEAD.match(self.text, end)
        if following is not None:
            return int(following.group(1))  # "29 September - 1 October 2006"
        if dct is None:
            return None
        if day is None:
            if month == dct.month:
                return dct.year
            if self._a_delivery_month(start, end):
                year = dct.year if month > dct.month else dct.year + 1
                self._why(f"{self.text[start:end]} -> the one after {_day_words(dct)}, in {year}: "
                          "a futures contract's month of delivery ('January crude')")
                return year
            tense = self.r.tense(start, end)
            year = dct.year
            deadline = False
            if tense == "past" and month > dct.month:
                # a deadline set in the past for a month to come: "gave it until January"
                # (not the month a reported period ends in: "in the three months to December")
                before = self._before(start, 24)
                deadline = (_DEADLINE_BEFORE.search(before) is not None and (
                    _PERIOD_ENDING_BEFORE.search(before) is None)) or self._set_for(start)
                year -= 0 if deadline else 1
            elif month < dct.month and (tense == "future" or self._set_for(start)):
                year += 1  # (and what was set or expected for it: "was unlikely to cut rates before February")
                deadline = tense != "future"
            if self.explain and tense:
                side = "before" if tense == "past" and not deadline else "after"
                reason = ("a deadline ('until', 'through'), a date set for something ('called an "
                          "election for') or expected ('expected a cut in') looks ahead whatever the tense"
                          if deadline else self._tense_words(start, end))
                self._why(f"{self.text[start:end]} -> the one {side} {_day_words(dct)}, in {year}: "
                          f"{reason}")
            return year
        same_year = _safe_date(dct.year, month, day) or _safe_date(dct.year, month, 28)
        if same_year is None:
            return dct.year
        return self._year_of_day(same_year, start, end)

    def _year_of_day(self, same_year: date, start: int, end: int) -> int:
        """The year of a day given without one: the publication year, unless the tense puts
        the day in the year before or after (a day close to the publication date never is)."""
        dct = self.r.dct
        assert dct is not None
        gap = (same_year - dct).days
        if abs(gap) <= _NEAR_DAYS:  # a few days either side: the tense cannot mean a year off
            return dct.year
        tense = self.r.tense(start, end)
        if tense == "past" and gap > 0 and (
            not _DEADLINE_BEFORE.search(self._before(start, 12))
            or _PERIOD_ENDING_BEFORE.search(self._before(start, 16))
        ) and not self._set_for(start) and not self._an_events_day(start, end):
            # (a deadline is set in the past for a day to come: "extended to", and so is a
            # thing planned: "called an election for"; a period ended on it is past: "profits
            # rose in the three months to 31 December")
            return dct.year - 1
        if tense == "future" and gap < 0 and same_year.month != dct.month:
            return dct.year + 1  # (earlier in the month of publication: this year's, as HeidelTime)
        return dct.year

    def _an_events_day(self, start: int, end: int) -> bool:
        """"talks on the September 14 elections": a day named before a planned event's noun,
        after "the", names the event to come, whatever the tense of the clause."""
        return self.text.endswith(("the ", "The "), 0, start) and _EVENT_AFTER_ITS_DAY.match(self.text, end) is not None

    def _set_for(self, start: int) -> bool:
        """Whether a date is what something was set for: "has called a general election for
        4 July", "the vote, scheduled for March", or what was expected: "economists expected
        two cuts, in September and December": ahead of the clause that set it."""
        before = self._before(start, 60)
        return self.text.endswith(("for ", "for\t"), 0, start) and (
            _SET_FOR_BEFORE.search(before) is not None) or _EXPECTED_BEFORE.search(before) is not None

    def _weekday_date(self, weekday: int, mod: str, start: int, end: int) -> date | None:
        dct = self.r.dct
        if dct is None:
            return None
        back = (dct.weekday() - weekday) % 7
        ahead = (weekday - dct.weekday()) % 7
        if mod in ("last", "past", "previous"):
            return dct - timedelta(days=back or 7)
        if mod in ("next", "coming", "following"):
            return dct + timedelta(days=ahead or 7)
        if back == 0:
            return dct
        name = self.text[start:end]
        if _UNTIL_BEFORE.search(self._before(start, 96)):
            if self.explain:
                self._why(f"{name} -> the {name} after {_day(dct)}: a deadline ('until')")
            return dct + timedelta(days=ahead)
        if _DUE_BEFORE.search(self._before(start, 48)):
            if self.explain:
                self._why(f"{name} -> the {name} after {_day(dct)}: a deadline or a day something is due")
            return dct + timedelta(days=ahead)
        present = _IS_ON_BEFORE.search(self._before(start, 12))
        if present is not None and self.text[end : end + 2] not in ("'s", "\u2019s"):
            if self.explain:
                self._why(f"{name} -> the {name} after {_day(dct)}: what it holds, in the present "
                          f"('{present.group().strip()}')")
            return dct + timedelta(days=ahead)
        if self._for_a_days_planned_event(start, end):
            if self.explain:
                self._why(f"{name} -> the {name} after {_day(dct)}: an event planned for it")
            return dct + timedelta(days=ahead)
        if self.r.tense(start, end, weekday=True) == "future":
            if self.explain:
                self._why(f"{name} -> the {name} after {_day(dct)}: "
                          f"{self._tense_words(start, end)}")
            return dct + timedelta(days=ahead)
        if self.explain:
            self._why(f"{name} -> the {name} before {_day(dct)}: {self._tense_words(start, end)}")
        return dct - timedelta(days=back)

    def _for_a_days_planned_event(self, start: int, end: int) -> bool:
        """"took pole position for Sunday's Belgian Grand Prix", "ahead of Tuesday's vote": a
        day whose planned event something is for, or whose anything it is ahead of ("slipped
        ahead of Friday's inflation figures"), is the one to come ("fined for
        Sunday's incident" names no planned event; "fans had been in the ground for Saturday's
        match" tells of it as over)."""
        before = self._before(start, 16)
        ahead_of = _AHEAD_OF_BEFORE.search(before) is not None and self.text[end : end + 2] in ("'s", "\u2019s")
        planned_for = _FOR_BEFORE.search(before) is not None and _A_DAYS_PLANNED_EVENT.match(self.text, end)
        return bool(ahead_of or planned_for) and (
            _PAST_PERFECT_IN_THE_CLAUSE_BEFORE.search(self._before(start, 80)) is None)

    def _vaguer_date_ahead_of_a_past_clause(self, start: int, end: int) -> bool:
        """Whether the last date named is vaguer than a day and after the publication date
        while the clause of ``start``..``end`` tells of the past: "published on Wednesday ...
        due to launch in 2021 ... reported results the same week" is Wednesday's week, not
        one of 2021 (a past event in a year still to come is an aside's date, no anchor)."""
        history, dct = self.r.history, self.r.dct
        if not history or dct is None or history[-1].granularity == "D":
            return False
        return history[-1].day > dct and self.r.tense(start, end) == "past"

    def _tense_words(self, start: int, end: int) -> str:
        """"future tense ('will begin')", for an explanation."""
        found = self.r.clause_tense(start, end)
        if not found.kind:
            return "no tense to go by: the nearest one in the past, as news reports"
        kind = {"scheduled": "a scheduled event in the present"}.get(found.kind, f"{found.kind} tense")
        return f"{kind} ('{found.cue}')"

    # -- families --------------------------------------------------------------------------

    @family(
        "md",
        first=lambda w: ("#", *_MONTHS, *_WEEKDAYS, "the", *w.parts_of_day, *_MODIFIER_WORDS,
                         *_DEICTIC_WORDS),
        pattern=_md_pattern,
        examples=("Monday, November 3, 2025", "3 November 2025", "the 3rd of May 1990",
                  "Nov. 4", "late March", "last September", "the morning of November 2",
                  "September of this year", "morning of May 2"),
    )
    def md(self, m: re.Match[str]) -> _Found | None:
        g = m.groupdict()
        month_word = g["md_m1"] or g["md_m2"] or g["md_m3"]
        month = _MONTHS.get(month_word.lower().rstrip("."))
        if month is None:
            return None
        day_text = g["md_d1"] or g["md_d2"]
        day = int(re.sub(r"\D", "", day_text)) if day_text else None
        year = int(g["md_y"]) if g["md_y"] else None
        start, end = m.start(), m.end()
        bare = day is None and year is None and not g["md_rel"] and not g["md_det"]
        if bare and not g["md_mod"]:
            if not self._bare_month_ok(month_word, start, end):
                return None
        elif g["md_m3"] and day is None and year is None and month_word.lower() in _ABBREVIATED:
            return None
        rel = g["md_rel"]
        if rel and day is not None and g["md_pod"] is None:
            day_end = m.end("md_d1") if g["md_d1"] else m.end("md_m2")
            if not re.search(r"\bof\b", self.text[day_end : m.start("md_rel")]):
                # "March 11 this year": the day, then "this year" on its own
                end, rel = day_end, None
        if rel and self.r.dct is not None:
            year = self.r.dct.year + _YEAR_STEPS[rel.lower()]
        det = " ".join((g["md_det"] or "").lower().split())
        if year is None and day is None and det in _NARRATED_MONTH_WORDS:
            year = self._narrated_months_year(month, det, start, end)
            det = "" if year is not None else _NARRATED_MONTH_WORDS[det]
        if year is None and det and self.r.dct is not None:
            dct = self.r.dct
            if det == "this":
                year = dct.year
            elif det in ("last", "past"):
                year = dct.year if month < dct.month else dct.year - 1
            else:
                year = dct.year if month > dct.month else dct.year + 1
        if year is None:
            year = self._year_for(month, day, start, end)
        pod = g["md_pod"] or g["md_podpre"]
        if pod and day is None and g["md_podpre"]:
            return None
        if pod and day is None:  # "November morning": keep only the month
            end = m.start("md_pod")
            end = len(self.text[:end].rstrip())
            pod = None
        typ = "TIME" if pod else "DATE"
        if year is None:
            value = f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "")
            suffix = f"T{self.w.parts_of_day[pod.lower()]}" if pod else ""
            return _Found(start, end, typ, value + suffix)
        if day is not None:
            d = _safe_date(year, month, day)
            if d is None:  # "February 30": the valid coarser value
                return _Found(start, end, "DATE", _month(year, month), ("M", date(year, month, 1)))
            value = _day(d) + (f"T{self.w.parts_of_day[pod.lower()]}" if pod else "")
            return _Found(start, end, typ, value, ("D", d))
        return _Found(start, end, "DATE", _month(year, month), ("M", date(year, month, 1)))

    def _narrated_months_year(self, month: int, det: str, start: int, end: int) -> int | None:
        """The year of "the following April", "the previous March": the first such month after
        (before) the date named last ("took power in 1983 and resigned the following April":
        April 1984); None when the text has named none."""
        anchor = self.r.narrative_anchor()
        if anchor is None or anchor.granularity not in ("Y", "Q", "M", "W", "D"):
            return None
        after = _NARRATED_MONTH_WORDS[det] == "next"
        if anchor.granularity == "Y":
            year = anchor.day.year + (1 if after else -1)
        elif after:
            year = anchor.day.year + (0 if month > anchor.day.month else 1)
        else:
            year = anchor.day.year - (0 if month < anchor.day.month else 1)
        if self.explain:
            side = "after" if after else "before"
            self._why(f"{self.text[start:end].rstrip('.')} -> the one {side} '{anchor.text}', the last date "
                      f"named before it: {year}")
        return year

    def _bare_month_ok(self, word: str, start: int, end: int) -> bool:
        lower = word.lower().rstrip(".")
        if lower in _ABBREVIATED or word.endswith("."):
            return False
        if _PREPOSITION_BEFORE.search(self._before(start, 16)) or _AS_EARLY_AS_BEFORE.search(
            self._before(start, 20)
        ):
            return True
        after = self.text[end : end + 3]
        if _AN_ARTICLE_BEFORE.search(self._before(start, 5)) and after[:1] == " " and after[1:2].islower():
            return True  # "in the April sun", "a June agreement": the month, not a name
        if lower in _NAME_MONTHS:  # May the surname or modal verb, March the verb, June ...
            return False
        return not (len(after) > 1 and after[0] == " " and after[1].isupper())

    @family("iso", first=lambda w: ("#",), pattern=_iso_pattern,
            examples=("2025-11-04", "2025-11-04T14:48Z"))
    def iso(self, m: re.Match[str]) -> _Found | None:
        d = _safe_date(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
        if d is None:
            y, mo = int(m["iso_y"]), int(m["iso_m"])
            return _Found(m.start(), m.end(), "DATE", _month(y, mo), ("M", date(y, mo, 1)))
        if m["iso_h"]:
            value = f"{_day(d)}T{m['iso_h']}:{m['iso_min']}" + (m["iso_z"] or "")
            return _Found(m.start(), m.end(), "TIME", value, ("D", d))
        return _Found(m.start(), m.end(), "DATE", _day(d), ("D", d))

    @family("slash", first=lambda w: ("#",), pattern=_slash_pattern,
            examples=("11/04/2025", "7/8/07"))
    def slash(self, m: re.Match[str]) -> _Found | None:
        a, b, y = int(m["sl_a"]), int(m["sl_b"]), int(m["sl_y"])
        if len(m["sl_y"]) == 2:
            y += 2000 if y < 50 else 1900
        if a > 12 and b <= 12:  # day/month/year
            a, b = b, a
        d = _safe_date(y, a, b)
        if d is None or not 1500 <= y <= 2099:
            return None
        return _Found(m.start(), m.end(), "DATE", _day(d), ("D", d))

    @family("dots", first=lambda w: ("#",), pattern=_dots_pattern, examples=("4.11.2025",))
    def dots(self, m: re.Match[str]) -> _Found | None:
        d = _safe_date(int(m["dt_y"]), int(m["dt_m"]), int(m["dt_d"]))
        if d is None:
            return None
        return _Found(m.start(), m.end(), "DATE", _day(d), ("D", d))

    @family("early_year", first=lambda w: _EARLY_YEAR_PREPOSITIONS, pattern=_early_year_pattern,
            examples=("in 1364", "In 1066", "since 1200"))
    def early_year(self, m: re.Match[str]) -> _Found | None:
        following = (m["ey_next"] or "").lower()
        if following and following not in _EARLY_YEAR_FOLLOWERS:
            return None  # "in 1200 households", "by 1400 metres"
        y = int(m["ey"])
        return _Found(m.start("ey"), m.end("ey"), "DATE", f"{y:04d}", ("Y", date(y, 1, 1)))

    @family("range", first=lambda w: ("#",), pattern=_range_pattern,
            examples=("2004-2008", "2024-25", "1998/99"))
    def range(self, m: re.Match[str]) -> list[_Found] | None:
        a = int(m["rg_a"])
        b_text = m["rg_b"]
        b = int(b_text) if len(b_text) == 4 else a // 100 * 100 + int(b_text)
        if not a < b <= a + 100:
            return None
        if _COUNT_BEFORE.search(self._before(m.start(), 16)):
            return None
        sa, ea = m.start("rg_a"), m.end("rg_a")
        sb, eb = m.start("rg_b"), m.end("rg_b")
        return [
            _Found(sa, ea, "DATE", f"{a:04d}", ("Y", date(a, 1, 1))),
            _Found(sb, eb, "DATE", f"{b:04d}", ("Y", date(b, 1, 1))),
        ]

    def _an_approximate_year(self, m: re.Match[str], y: int) -> bool:
        """"She found it around 1835, on the beach": a year after "around" or "about", where no
        noun it counts follows and it is no round count ("about 2000 people", "about 1500.")."""
        if y % 100 == 0 or not _APPROXIMATELY_BEFORE.search(self._before(m.start("yr"), 8)):
            return False
        following = _EARLY_YEAR_NEXT.match(self.text, m.end("yr"))
        return following is not None and (following["next"] or "").lower() in ("", *_EARLY_YEAR_FOLLOWERS)

    @family(
        "year",
        first=lambda w: ("#", "the", *_MODIFIER_WORDS, "fiscal", "financial", *w.seasons),
        pattern=_year_pattern,
        examples=("2022", "early 2024", "the 1990s", "winter 2021", "the summer of 2019",
                  "fiscal 2024", "financial year 2024", "the end of 2020"),
    )
    def year(self, m: re.Match[str]) -> _Found | None:
        y = int(m["yr"])
        start, end = m.start(), m.end()
        if m["yr_s"]:  # the 1990s -> 199
            if y % 10:
                return None
            return _Found(start, end, "DATE", f"{y // 10:03d}", ("", date(y, 1, 1)))
        if m["yr_fy"]:
            return _Found(start, end, "DATE", f"FY{y:04d}", ("Y", date(y, 1, 1)))
        if m["yr_season"]:
            season = self.w.seasons[m["yr_season"].lower()]
            return _Found(start, end, "DATE", f"{y:04d}-{season}", ("Y", date(y, 1, 1)))
        if not self._reads_as_a_year(m, y):
            return None
        mod = (m["yr_mod"] or "").lower()
        if not mod and not m["yr_the"]:
            if _COUNT_BEFORE.search(self._before(m.start("yr"), 16)) and not self._an_approximate_year(m, y):
                return None
            if _PLURAL_AFTER.match(self.text, m.end("yr")) and not _DETERMINER_BEFORE.search(
                self.text, max(0, m.start("yr") - 8), m.start("yr")
            ):
                return None
        if m["yr_the"] and not mod:
            return None  # "the 2008 Olympics": read again from the year, which may open a range
        if "half" in mod:
            h = "H1" if "first" in mod else "H2"
            return _Found(start, end, "DATE", f"{y:04d}-{h}", ("Y", date(y, 1, 1)))
        return _Found(start, end, "DATE", f"{y:04d}", ("Y", date(y, 1, 1)))

    def _reads_as_a_year(self, m: re.Match[str], y: int) -> bool:
        """Whether four digits are a year, as years look in news: nothing glued to them
        ("1500m", "1800GMT", "1678.5"), no unit, currency, count of people or clock mark after them
        ("1500 metres", "2000 yen", "2000 people", "1800 hours"), no currency sign, number
        sign or "Flight" before them."""
        at, end = m.start("yr"), m.end("yr")
        if self.text[end : end + 1].isalpha():
            return False
        if self.text[end : end + 1] in ".," and self.text[end + 1 : end + 2].isdigit():
            return False  # "closed at 1678.5": a decimal number
        if _NUMBER_GROUP_BEFORE.search(self.text, max(0, at - 5), at):
            return False  # "212-859-1646", "+44 171-1995": a telephone number's last group
        after = _WORDS_AFTER.match(self.text, end)
        if after is not None:
            following = after.group(1).lower()
            two = " ".join(following.split()[:2])
            one = following.split()[0] if following else ""
            if {one, two} & (self.w.quantity_after | self.w.clock_after):
                return False
            unit = one.split("-")[0]
            if unit[:-1] in self.w.units or unit == "centuries" or (
                unit in self.w.units and _ARTICLE_BEFORE.search(self.text, max(0, at - 4), at)
            ):
                return False  # "1500 years", "a 2000 year old tradition": a count of time
        before = _WORD_BEFORE.search(self.text, max(0, at - 12), at)
        if before is not None and before.group(1).lower() in self.w.currency_before:
            return False
        return True

    @family("fy", first=lambda w: ("fy",), pattern=_fy_pattern, examples=("FY2023", "FY 24"))
    def fy(self, m: re.Match[str]) -> _Found | None:
        t = m["fy_y"]
        y = int(t) if len(t) == 4 else 2000 + int(t)
        return _Found(m.start(), m.end(), "DATE", f"FY{y:04d}", ("Y", date(y, 1, 1)))

    @family("decade", first=lambda w: ("'", "the", *_MODIFIER_WORDS, *w.decade_words),
            pattern=_decade_pattern, examples=("the '80s", "the sixties", "'90s", "mid-'70s"))
    def decade(self, m: re.Match[str]) -> _Found | None:
        if m["dc_short"]:
            digit = int(m["dc_short"])
            century = 19 if digit >= 3 else 20
            value = f"{century}{digit}"
        else:
            if not m.group(0).lower().startswith("the"):
                return None
            value = f"19{self.w.decade_words[m['dc_word'].lower()]}"
        return _Found(m.start(), m.end(), "DATE", value, ("", date(int(value) * 10, 1, 1)))

    @family(
        "century",
        first=lambda w: ("#", "the", *_MODIFIER_WORDS, *_first_words(w.century_words)),
        pattern=_century_pattern,
        examples=("the 20th century", "21st century", "the nineteenth century",
                  "the twenty-first century", "late 19th century"),
    )
    def century(self, m: re.Match[str]) -> _Found | None:
        n_text = m["ct_n"].lower()
        n = self.w.century_words.get(n_text)
        if n is None:
            n = int(re.sub(r"\D", "", n_text))
        if not 1 <= n <= 22:
            return None
        return _Found(m.start(), m.end(), "DATE", f"{n - 1:02d}")

    @family(
        "spoken_year",
        first=lambda w: ("nineteen", "the"),
        pattern=_spoken_year_pattern,
        examples=("nineteen ninety-six", "nineteen seventy nine", "nineteen eighty",
                  "the year two thousand"),
    )
    def spoken_year(self, m: re.Match[str]) -> _Found | None:
        """Years as broadcast transcripts write them: "nineteen ninety-six" -> 1996."""
        if m["sy_2000"]:
            rest = m["sy_2000_ones"]
            year = 2000 + (int(self.w.numbers[rest.lower()]) if rest else 0)
        else:
            tens = int(self.w.numbers[m["sy_tens"].lower()])
            ones = int(self.w.numbers[m["sy_ones"].lower()]) if m["sy_ones"] else 0
            year = 1900 + tens + ones
        if self.explain:
            self._why(f"'{m.group(0)}' -> {year}: the year written in words")
        return _Found(m.start(), m.end(), "DATE", f"{year:04d}", ("Y", date(year, 1, 1)))

    @family(
        "year_word",
        first=lambda w: ("year",),
        pattern=_year_word_pattern,
        examples=("year-end", "year end", "year's end", "year-earlier", "year-ago"),
    )
    def year_word(self, m: re.Match[str]) -> _Found | None:
        """"by year-end": the last day of the publication's year (of the year before in the
        past tense); "year-earlier results": the quarter last named a year back, else last year."""
        dct = self.r.dct
        start, end = m.start(), m.end()
        if m["yw_end"]:
            if dct is None:
                return _Found(start, end, "DATE", "XXXX-12-31")
            year = dct.year - 1 if self.r.tense(start, end) == "past" else dct.year
            return _Found(start, end, "DATE", f"{year:04d}-12-31", ("D", date(year, 12, 31)))
        if dct is None:
            return None
        named = self._named_quarter()
        if named is not None:
            moved = _shift(named, "quarter", -4)
            if moved is not None:
                return _Found(start, end, "DATE", moved[0], ("Q", moved[2]), comparison=True)
        return _Found(start, end, "DATE", f"{dct.year - 1:04d}", ("Y", date(dct.year - 1, 1, 1)),
                      comparison=True)

    @family(
        "quarter",
        first=lambda w: ("#", "the", "q", "this", "last", "next", *w.part_ordinals),
        pattern=_quarter_pattern,
        examples=("the third quarter of 2025", "Q3 2025", "2025 Q3", "fourth-quarter",
                  "the final quarter", "Q4", "the fourth quarter of last year",
                  "the first quarter last year",
                  "the 1988 third quarter", "next year's first quarter", "the 1988 quarter",
                  "the year-ago third quarter"),
    )
    def quarter(self, m: re.Match[str]) -> _Found | None:
        g = m.groupdict()
        dct = self.r.dct
        if g["q_n"] or g["q_n3"]:
            q = int(g["q_n"] or g["q_n3"])
            y_text = g["q_y2"] or g["q_y3"] or g["q_yy"]
            if y_text is None:
                y = dct.year if dct else None
            else:
                y = int(y_text) if len(y_text) == 4 else 2000 + int(y_text)
        elif g["q_y6"]:  # "the 1988 quarter": the reported quarter of that year
            reported = self._reported_quarter_number()
            if reported is None:
                return None
            y, q = int(g["q_y6"]), reported
            named = self._named_quarter()
            return _Found(m.start(), m.end(), "DATE", f"{y:04d}-Q{q}", ("Q", date(y, 3 * q - 2, 1)),
                          comparison=named is not None and named.year != y)
        elif g["q_ord7"]:  # "the year-ago third quarter"
            q = self.w.part_ordinals[g["q_ord7"].lower()]
            named = self._named_quarter()
            y = (named.year if named else dct.year if dct else 0) - 1
            if y <= 0:
                return _Found(m.start(), m.end(), "DATE", f"XXXX-Q{q}")
            return _Found(m.start(), m.end(), "DATE", f"{y:04d}-Q{q}", ("Q", date(y, 3 * q - 2, 1)),
                          comparison=True)
        else:
            ord_word = (g["q_ord"] or g["q_ord4"] or g["q_ord5"]).lower()
            q = self.w.part_ordinals[ord_word]
            y_text = g["q_y"] or g["q_y4"]
            y = int(y_text) if y_text else None
            rel = (g["q_rel"] or g["q_rel5"] or g["q_rel6"] or "").lower()
            if y is None and not rel and self._in_a_games_sentence(m.start()):
                return None  # "scored twice in the fourth quarter": a game's quarter
            if rel in _YEAR_STEPS and dct is not None:
                y = dct.year + _YEAR_STEPS[rel]
            if y is None and ord_word in ("last", "final") and dct is not None:
                shifted = _shift(dct, "quarter", -1)
                if shifted:
                    return _Found(m.start(), m.end(), "DATE", shifted[0], ("Y", shifted[2]))
            if y is None:
                y = self._year_of_part(f"Q{q}", q, 4, m.start(), m.end())
        if y is None:
            return _Found(m.start(), m.end(), "DATE", f"XXXX-Q{q}")
        # "ahead of the first quarter last year": the year before's quarter, named to compare
        # (the article's "first-quarter results" are still this year's)
        last_years = (g["q_rel"] or g["q_rel6"] or "").lower() == "last"
        return _Found(m.start(), m.end(), "DATE", f"{y:04d}-Q{q}", ("Q", date(y, 3 * q - 2, 1)),
                      comparison=last_years)

    def _in_a_games_sentence(self, pos: int) -> bool:
        """Whether the sentence of ``pos`` tells of a game's play ("a touchdown", "scored")."""
        s_start, s_end = self.r.sentence_bounds(pos)
        words = self.w.game_words
        return any(word in words for word in _GAME_WORD.findall(self.text, s_start, s_end))

    def _year_of_part(self, name: str, part: int, parts: int, start: int, end: int) -> int | None:
        """The year of a quarter or half named without one: the year named before it in its
        sentence ("2004 results ... the fourth quarter"), else the year this text already bound
        it to (one article's "fourth quarter" is one quarter), else the publication year, a
        year back when the part is still to come and the clause is past or has no tense (news
        reports quarters that are over, as HeidelTime's news mode assumes)."""
        named = self.r.year_named_in_sentence(start)
        latest = self.r.history[-1] if self.r.history else None
        if latest is not None and _POSSESSIVE_GAP.fullmatch(self.text, latest.at + len(latest.text), start):
            named = latest.day.year  # "next year's first quarter"
        if named is not None:
            if self.explain:
                self._why(f"{name} -> {name} {named}: the year named before it in the sentence")
            return named
        bound = self.r.quarters.get(name)
        dct = self.r.dct
        if bound is not None and dct is not None and bound > dct.year and (
            self.r.tense(start, end) == "past"
        ):
            bound = None  # a forecast's "third quarter of 1990" is not the one that "dropped"
        if bound is not None:
            if self.explain:
                self._why(f"{name} -> {name} {bound}: the {name} this text named before")
            return bound
        if dct is None:
            return None
        current = (dct.month - 1) * parts // 12 + 1
        if part > current and self.r.tense(start, end) != "future":
            if self.explain:
                self._why(f"{name} -> {name} {dct.year - 1}: the last {name} that is over on "
                          f"{_day_words(dct)} ({self._tense_words(start, end)})")
            return dct.year - 1
        return dct.year

    @family("half", first=lambda w: ("the", "first", "second", "1st", "2nd"),
            pattern=_half_pattern,
            examples=("the first half of 2024", "second half of this year", "the first half last year"))
    def half(self, m: re.Match[str]) -> _Found | None:
        h = "H1" if m["h_ord"].lower() in ("first", "1st") else "H2"
        rel = (m["h_rel"] or m["h_rel2"] or "").lower()
        if m["h_y"]:
            y = int(m["h_y"])
        elif rel in _YEAR_STEPS and self.r.dct is not None:
            y = self.r.dct.year + _YEAR_STEPS[rel]
        else:
            y = self._year_of_part(h, int(h[1]), 2, m.start(), m.end())  # type: ignore[assignment]
            if y is None:
                return _Found(m.start(), m.end(), "DATE", f"XXXX-{h}")
        return _Found(m.start(), m.end(), "DATE", f"{y:04d}-{h}", ("Y", date(y, 1, 1)))

    @family("deictic", first=lambda w: ("the", "today", "tonight", "tomorrow", "yesterday"),
            pattern=_deictic_pattern,
            examples=("yesterday", "tomorrow morning", "the day before yesterday", "tonight"))
    def deictic(self, m: re.Match[str]) -> _Found | None:
        if self._names_a_show(m):
            return None
        word = m["dx"].lower()
        offset = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}[word]
        pre = (m["dx_pre"] or "").lower()
        offset += -1 if pre.endswith("before") else 1 if pre.endswith("after") else 0
        pod = self.w.parts_of_day.get((m["dx_pod"] or "").lower())
        if word == "tonight":
            pod = "NI"
        dct = self.r.dct
        typ = "TIME" if pod else "DATE"
        if dct is None:
            value = "PRESENT_REF" if offset == 0 and not pod else "XXXX-XX-XX"
            return _Found(m.start(), m.end(), typ, value + (f"T{pod}" if pod and offset else ""))
        d = dct + timedelta(days=offset)
        return _Found(m.start(), m.end(), typ, _day(d) + (f"T{pod}" if pod else ""), ("D", d))

    def _names_a_show(self, m: re.Match[str]) -> bool:
        """"Radio 4's Today programme", "the Today show", "USA Today": the word capitalised
        inside a sentence after a possessive, "the" or "USA", or before "programme", "show"
        or "newspaper", is the title of a programme or a paper, no day."""
        start = m.start("dx")
        if m["dx_pre"] or not m["dx"][0].isupper() or self._at_sentence_start(start):
            return False
        return (_SHOW_BEFORE.search(self._before(start, 8)) is not None
                or _SHOW_AFTER.match(self.text, m.end("dx")) is not None)

    @family(
        "rel",
        first=lambda w: ("the", "that", "a", "earlier", "later", *_MODIFIER_WORDS,
                         *_DEICTIC_WORDS),
        pattern=_rel_pattern,
        examples=("last week", "the following year", "the same day", "that morning",
                  "earlier this month", "a year earlier", "the end of the month",
                  "this past weekend", "late last year", "mid-next year", "coming spring",
                  "the current year", "the latest quarter", "the year-ago quarter"),
    )
    def rel(self, m: re.Match[str]) -> _Found | list[_Found] | None:
        det = " ".join(m["rl_det"].lower().split()).replace("that same", "the same")
        unit = " ".join(m["rl_unit"].lower().split())
        if det == "the current" or (det == "the full" and unit == "year"):
            det = "this"  # "the current year", "the current quarter", "for the full year"
        if det == "the" and unit in ("year", "quarter", "fiscal year", "financial year"):
            closing = self._period_closing_on(m, unit)
            if closing is not None:
                return closing
        if det.startswith(("the latest", "the most recent", "the year", "the comparable")) or (
            unit == "quarter" and det == "the"
        ):
            return self._reported_quarter(m, det, unit)
        if unit == "period" or det == "the full":
            return None  # "the period", "the full month" alone name no date
        fiscal = unit.endswith(" year")  # "the financial year": a fiscal year, FY + its year
        if fiscal:
            unit = "year"
        pre = " ".join((m["rl_pre"] or "").lower().replace(" very ", " ").split())
        post = (m["rl_post"] or "").lower()
        start, end = m.start(), m.end()
        if post in ("before", "after") and det in ("this", "last", "next", "past", "coming",
                                                   "this past", "the coming", "the past"):
            # "a referendum next year after delegates voted", "met him last week after holding
            # talks": a deictic period stands alone; the word after it starts a clause
            post, end = "", m.end("rl_unit")
            if self.explain:
                self._why(f"'{self.text[start:end]}' ends before '{m['rl_post']}': a period named "
                          "from the publication date is not counted from what follows it")
        pod = self.w.parts_of_day.get(unit)
        if unit == "fall" and det in ("the", "a", "that"):
            return None
        if det == "a":
            if not post:
                return None
            if post in ("after", "before") and not pre and _A_CLAUSE_AFTER.match(self.text, end):
                # "a month after Qantas said ...", "a day before the launch": a stretch of time
                # from an event, not a date counted from the last one named (TimeML: "a month")
                return _Found(start, m.end("rl_unit"), "DURATION", _duration(1, unit))
            again = self._same_comparison(unit, post, start, end) if not pre else None
            if again is not None:
                return again
            latest = self.r.narrative_anchor()
            if latest is not None and unit in _CALENDAR_UNITS and not pre:
                return self._moved(latest, unit, -1 if post in ("before", "earlier") else 1,
                                   start, end)
            det = "the"
        if pre == "the end of" and det == "the" and unit == "day" and re.search(
            r"(?i:\bat)[ \t]$", self._before(start, 4)
        ):
            return None  # "at the end of the day": the idiom
        if det == "the" and not post and not pre and not pod:
            if unit in self.w.seasons:
                return self._the_season(start, end, unit)
            if unit == "weekend":
                return self._the_weekend(start, end)
            if unit in ("day", "week", "month", "year") and self._period_of_reference(start, end):
                post = "same"  # "shares fell 3% for the week": the week of the reference
            else:
                return None  # "the year", "the week" alone say nothing
        if det == "the past" and not pre and unit not in self.w.seasons and not pod:
            return _Found(start, end, "DURATION", _duration(1, unit))
        if (
            det in ("the next", "the coming", "the last", "the following")
            and not pre and not post and not pod and unit not in ("quarter", *self.w.seasons)
            and _SPAN_SIGNAL_BEFORE.search(self._before(start, 12))
        ):  # "over the next decade": a stretch of time, not a date
            return _Found(start, end, "DURATION", _duration(1, unit))
        if det == "last" and unit == "year" and not pre and not post:
            same = self._same_period_last_year(start, end)
            if same is not None:
                return same
        if det == "this past":
            det = "last"
        deictic = det in ("this", "last", "next", "past", "coming", "the coming", "the last")
        step = 0
        if det in ("last", "past", "the last", "the previous", "the preceding"):
            step = -1
        elif det in ("next", "coming", "the coming", "the following", "the next"):
            step = 1
        if post in ("before", "earlier"):
            step -= 1
        elif post in ("after", "later"):
            step += 1
        if pod:  # this morning, the morning, that night, the next morning, last night
            if det == "the" and not pre and not post and not _POD_SIGNAL_BEFORE.search(
                self._before(start, 12)
            ):
                return None  # "lights up the night": no time without a signal
            if det == "last" and unit == "night":
                step = -1
            base = self.r.dct if deictic or det == "this" else self.r.reference("D")
            if not (deictic or det == "this"):
                vaguer = self.r.coarser_than("D", base)
                if vaguer is not None:  # "In 1998 ... the next morning": a morning of 1998
                    return _Found(start, end, "TIME", f"{vaguer}T{pod}")
            if base is None:
                return _Found(start, end, "TIME", f"XXXX-XX-XXT{pod}")
            d = base + timedelta(days=step if det not in ("this",) else 0)
            return _Found(start, end, "TIME", f"{_day(d)}T{pod}", ("D", d))
        if unit in self.w.seasons and deictic and step in (-1, 1) and not pre and not post:
            dct = self.r.dct
            if dct is not None:  # "last summer" said in November is this year's summer
                code = self.w.seasons[unit]
                return _Found(start, end, "DATE", f"{_season_year(dct, code, step):04d}-{code}")
        granularity = {"day": "D", "week": "W", "weekend": "W", "month": "M"}.get(unit, "Y")
        base = self.r.dct if deictic else self.r.reference(granularity)
        same_as_named = det == "the same" and self._vaguer_date_ahead_of_a_past_clause(start, end)
        if not deictic and granularity != "Y" and not fiscal and (step or det != "the") and not same_as_named:
            # "the following month" after "in 1998" is a month of 1998; "the end of the
            # month" counts from the publication date's month, whatever year was named last
            vaguer = self.r.coarser_than(granularity, base)
            if vaguer is not None:  # "In 1998 ... the following month": a month of 1998
                return _Found(start, end, "DATE", vaguer)
        if fiscal and det == "the":
            base = self.r.dct or base  # "the financial year": the current one, in news
        elif det == "the" and unit == "year" and not post and self._ahead_of_a_counted_past_year(start, end):
            base = self.r.dct
        if unit in self.w.seasons and det == "the":
            base = self.r.reference("Y")
        if base is None:
            return _Found(start, end, "DATE", _X_FORMS.get(unit, "XXXX"))
        shifted = _shift(base, unit, step)
        if shifted is None:
            return None
        value, gran, anchor = shifted
        if fiscal:
            value = "FY" + value
        if pre in ("the first half of", "the second half of"):
            if unit != "year":
                return _Found(start, end, "DATE", value, (gran, anchor) if gran else None)
            value += "-H1" if "first" in pre else "-H2"
        return _Found(start, end, "DATE", value, (gran, anchor) if gran else None)

    def _ahead_of_a_counted_past_year(self, start: int, end: int) -> bool:
        """"took office in May last year ... queues would end by the end of the year": a year
        the clause looks ahead to is no year before publication counted from it ("last year",
        "two years ago"); one written out ("in 2019, it said it would ... by the end of the
        year") is still the year it names."""
        dct = self.r.dct
        named = self.r.referenced("Y")  # the year "the year" would be read as
        if dct is None or named is None or named.explicit or named.day.year >= dct.year:
            return False
        tense = self.r.clause_tense(start, end)
        if tense.kind != FUTURE:
            return False
        if self.explain:
            self._why(f"'{self.text[start:end]}' -> {dct.year}: the publication's year, not that of "
                      f"'{named.text}' before it: the clause looks ahead ('{tense.cue}')")
        return True

    def _period_closing_on(self, m: re.Match[str], unit: str) -> _Found | None:
        """"the quarter ended Sept. 30": the calendar quarter holding most of the three months
        up to that day (one ended 31 July is the second); "the year ended Sept. 30" the year-long
        stretch up to it (P1Y), as TimeML marks it. A day without its year is the latest one before
        publication ("ended") or the next after it ("ending", "ends")."""
        after = _CLOSING_DAY_AFTER.match(self.text, m.end())
        dct = self.r.dct
        if after is not None and after["deictic"] and dct is not None:
            closing = dct + timedelta(days=_DEICTIC_DAYS[after["deictic"]])
            return self._period_closed(m, unit, after["tense"], closing)
        month = _MONTHS.get(after["month"].lower().rstrip(".")) if after and after["month"] else None
        if after is None or month is None or (dct is None and not after["year"]):
            return None
        day = int(re.sub(r"\D", "", after["day"]))
        if after["year"]:
            closing = _safe_date(int(after["year"]), month, day)
        else:
            assert dct is not None
            closing = _safe_date(dct.year, month, day)
            if closing is not None and after["tense"] == "ended" and closing > dct:
                closing = _safe_date(dct.year - 1, month, day)
            elif closing is not None and after["tense"] != "ended" and closing < dct:
                closing = _safe_date(dct.year + 1, month, day)
        if closing is None:
            return None
        return self._period_closed(m, unit, after["tense"], closing)

    def _period_closed(self, m: re.Match[str], unit: str, tense: str, closing: date) -> _Found:
        if unit == "quarter":
            middle = closing - timedelta(days=45)
            value = f"{middle.year:04d}-Q{(middle.month - 1) // 3 + 1}"
            first = date(middle.year, 3 * ((middle.month - 1) // 3) + 1, 1)
            found = _Found(m.start(), m.end(), "DATE", value, ("Q", first))
        else:  # TimeML marks a year told by its closing day as the stretch it covers
            value = "P1Y"
            found = _Found(m.start(), m.end(), "DURATION", value)
        if self.explain:
            self._why(f"'{self.text[m.start():m.end()]}' -> {value_words(value)}: the {unit} "
                      f"{tense} {_day_words(closing)}")
        return found

    def _same_comparison(self, unit: str, post: str, start: int, end: int) -> _Found | None:
        """"14 cents a share a year ago. Sales were $348 million compared with $307 million a year
        earlier": a year comparison right after another is the same year, not one further back."""
        if unit != "year" or post not in ("before", "earlier") or not self.r.history:
            return None
        previous = self.r.history[-1]
        if not previous.comparison or previous.granularity not in ("Y", "Q", "M", "D"):
            return None
        value = _at_granularity(previous.day, previous.granularity)
        if self.explain:
            self._why(f"'{self.text[start:end]}' -> {value_words(value)}: the same comparison "
                      f"as '{previous.text}' just before it")
        return _Found(start, end, "DATE", value, (previous.granularity, previous.day),
                      comparison=True)

    def _same_period_last_year(self, start: int, end: int) -> _Found | None:
        """"the same period last year", "last year's quarter" after a quarter was named: that
        quarter a year back, as a comparison (the next "the quarter" is still the reported one)."""
        before = _SAME_PERIOD_BEFORE.search(self._before(start, 40))
        after = _PERIOD_OF_IT_AFTER.match(self.text, end)
        named = self._named_quarter()
        if named is None or not (before or after):
            return None
        moved = _shift(named, "quarter", -4)
        if moved is None:
            return None
        if before:
            start -= len(before.group(0))
        if after:
            end = after.end()
        if self.explain:
            self._why(f"'{self.text[start:end]}' -> {value_words(moved[0])}: the quarter "
                      "reported, a year back")
        return _Found(start, end, "DATE", moved[0], ("Q", moved[2]), comparison=True)

    def _named_quarter(self) -> date | None:
        """The first day of the quarter last named (not as a comparison), if any."""
        return next((mention.day for mention in self.r.history[::-1]
                     if mention.granularity == "Q" and not mention.comparison), None)

    def _reported_quarter_number(self) -> int | None:
        """Which quarter an earnings report is about: the one last named, else the last one
        over at publication."""
        named = self._named_quarter()
        if named is None and self.r.dct is not None:
            latest = _shift(self.r.dct, "quarter", -1)
            named = latest[2] if latest else None
        return (named.month - 1) // 3 + 1 if named else None

    def _reported_quarter(self, m: re.Match[str], det: str, unit: str) -> _Found | None:
        """The quarters of an earnings report: "the quarter" is the one last named, else the
        last one over at publication; "the latest quarter" that last one over; "the year-ago
        quarter" the quarter last named a year back. A "period" is such a quarter only after a
        quarter was named; other units after these words name no date."""
        dct = self.r.dct
        if unit not in ("quarter", "period") or m["rl_pre"] or m["rl_post"] or dct is None:
            return None
        named = self._named_quarter()
        if unit == "period" and named is None:
            return None
        latest = _shift(dct, "quarter", -1)
        if latest is None:
            return None
        if det.startswith(("the latest", "the most recent")):
            return _Found(m.start(), m.end(), "DATE", latest[0], ("Q", latest[2]))
        steps = 0 if det == "the" else -4
        moved = _shift(named or latest[2], "quarter", steps)
        if moved is None:
            return None
        # a year-ago quarter is a comparison: "the quarter" after it is still the reported one
        return _Found(m.start(), m.end(), "DATE", moved[0], ("Q", moved[2]), comparison=steps != 0)

    def _moved(self, latest: _Mention, unit: str, steps: int, start: int, end: int) -> _Found | None:
        """"a year earlier", "two weeks later": the last date named moved, as precise as it was
        (a comparison of years is one: the next "a year earlier" counts from the same date)."""
        gran = latest.granularity
        # a unit finer than the date counted from leaves it as precise as it was: "a day
        # earlier" than "in 2027" is in 2027, not in 2026 (1 January moved back a day)
        moved = _move(latest.day, unit, steps) if gran in _AS_FINE_AS.get(unit, "YQMWD") else (
            latest.day)
        if moved is None:
            return None
        value = _at_granularity(moved, gran)
        if self.explain:
            self._why(f"'{self.text[start:end]}' -> {value_words(value)}: "
                      f"{_plural(abs(steps), unit)} {'before' if steps < 0 else 'after'} "
                      f"'{latest.text}', the last date named before it")
        return _Found(start, end, "DATE", value, (gran, moved), comparison=unit == "year")

    def _period_of_reference(self, start: int, end: int) -> bool:
        """"for the week", "earlier in the day": a bare unit standing for the current one."""
        if not _PERIOD_SIGNAL_BEFORE.search(self._before(start, 16)):
            return False
        after = self.text[end : end + 12]
        return not _UNIT_COMPLEMENT_AFTER.match(after)

    def _the_season(self, start: int, end: int, season: str) -> _Found:
        """"the spring": of the year last mentioned, else the nearest one the tense allows."""
        code = self.w.seasons[season]
        last = self.r.reference("Y", fallback=False)
        dct = self.r.dct
        if dct is not None and (last is None or last.year == dct.year):
            first_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
            tense = self.r.tense(start, end)
            year = dct.year
            if tense == "future" and first_month + 2 < dct.month:
                year += 1
            elif tense == "past" and first_month > dct.month:
                year -= 1
            return _Found(start, end, "DATE", f"{year:04d}-{code}")
        if last is not None:
            return _Found(start, end, "DATE", f"{last.year:04d}-{code}")
        return _Found(start, end, "DATE", f"XXXX-{code}")

    def _the_weekend(self, start: int, end: int) -> _Found:
        """"over the weekend": the one just past, or the coming one in future tense."""
        dct = self.r.dct
        if dct is None:
            return _Found(start, end, "DATE", "XXXX-WXX-WE")
        if dct.weekday() >= 5:
            week = dct
        elif self.r.tense(start, end) == "future":
            week = dct
        else:
            week = dct - timedelta(weeks=1)
        return _Found(start, end, "DATE", _week(week) + "-WE", ("W", week))

    def _in_a_wire_headline(self, position: int) -> bool:
        """Whether ``position`` is on a line of capitals ending in a full stop, as a news
        agency writes its headlines ("SOCCER - MAJOR LEAGUE RESULTS THURSDAY.")."""
        start, end = line_around(self.text, position)
        line = self.text[start:end].rstrip()
        return line.endswith(".") and not any(ch.islower() for ch in line)

    def _named_day(self, start: int, day_end: int) -> bool:
        """Whether a capitalised word runs into the weekday ("Black Monday"), other than a
        sentence's first word or a plural ("Questions Wednesday" is a date)."""
        word = re.search(r"([A-Za-z]+)[ \t]{1,2}$", self._before(start, 24))
        if word is None or not word.group(1)[0].isupper() or word.group(1).endswith("s"):
            return False
        if word.group(1).lower() in _SIGNAL_WORDS:  # "... 2015 On Tuesday": a lost line break
            return False
        if word.group(1).lower() in self.w.day_names:
            return True  # "Black Monday", "Super Tuesday"
        word_start = start - len(word.group(0))
        pair = self.text[word_start:day_end]
        if self.text.find(pair, max(0, word_start - _NAMED_AGAIN_WITHIN), word_start) >= 0 or (
            self.text.find(pair, day_end, day_end + _NAMED_AGAIN_WITHIN) >= 0
        ):
            return True  # a title named again: "the song Gloomy Sunday ... Gloomy Sunday is"
        if self._at_sentence_start(word_start):
            return False
        # "Saturday Night Live", "the Sunday Times", "Ruby Tuesday (...)": the name goes on after
        # the weekday; after any other name the weekday is a date ("Clinton Saturday vowed",
        # "in London Monday")
        return _NAME_GOES_ON_AFTER.match(self.text, day_end) is not None

    @family(
        "weekday",
        first=lambda w: (*_WEEKDAYS, *(f"{day}s" for day in _WEEKDAYS if len(day) > 4),
                         *_DEICTIC_WORDS, *_MODIFIER_WORDS, "previous", "following", "every",
                         "each"),
        pattern=_weekday_pattern,
        examples=("Monday", "last Friday", "Friday morning", "Sundays", "early Tuesday",
                  "every Monday", "previous Friday"),
    )
    def weekday(self, m: re.Match[str]) -> _Found | None:
        mod = (m["wd_mod"] or "").lower()
        weekday = _WEEKDAYS[m["wd"].lower()]
        start, end = m.start(), m.end()
        if m["wd"].isupper() and not self._in_a_wire_headline(start):
            return None  # "HAPPY FRIDAY !": a shout, not an agency's headline
        pod = self.w.parts_of_day.get((m["wd_pod"] or "").lower())
        if m["wd_s"] or mod in ("every", "each"):  # "every Saturday morning": XXXX-WXX-6TMO
            return _Found(start, end, "SET", f"XXXX-WXX-{weekday + 1}" + (f"T{pod}" if pod else ""))
        if not mod and self._named_day(start, m.end("wd")):
            return None  # "Black Monday", "Super Tuesday": part of a name
        d = self._weekday_date(weekday, mod, start, end)
        typ = "TIME" if pod else "DATE"
        suffix = f"T{pod}" if pod else ""
        if d is None:
            return _Found(start, end, typ, f"XXXX-WXX-{weekday + 1}{suffix}")
        return _Found(start, end, typ, _day(d) + suffix, ("D", d))

    @family(
        "dur",
        first=lambda w: ("#", "[", *_DURATION_DETERMINERS, *_DEICTIC_WORDS, *_DIRECTION_WORDS,
                         *_first_words(w.approximations), *_number_starts(w)),
        pattern=_dur_pattern,
        examples=("25 years", "several days", "two and a half years", "the next four years",
                  "27-year", "[Ten] years ago", "about three weeks", "a couple of months",
                  "twenty-five years", "the past few days", "48 hours"),
    )
    def dur(self, m: re.Match[str]) -> _Found | None:
        unit = m["du_unit"].lower()
        num_text = m["du_num"]
        n = _number(num_text)
        if n is not None and m["du_half"]:
            n += 0.5  # "an hour and a half", "a year and a half ago"
        start, end = m.start(), m.end()
        rel = (m["du_rel"] or "").lower()
        the = (m["du_the"] or "").lower()
        if num_text[:1].isdigit() and _INSIDE_A_NUMBER_BEFORE.search(self._before(start, 2)):
            return None  # "50.574 seconds" read from inside its number: "574 seconds" it is not
        if num_text.lower() in ("a", "an") and unit == "second":
            return None  # "a second A380": the ordinal
        if unit.startswith("quarter") and re.match(r"[ \t]+(?:of|(?:percentage[ \t]+)?points?)\b",
                                                   self.text[end : end + 20]):
            return None  # "a quarter of citizens", "by a quarter point": a fraction
        if num_text.lower() in ("a", "an") and not rel and not the:
            if _SET_BEFORE.search(self._before(start, 24)):
                return _Found(start, end, "SET", _duration(1, unit))
        if "," in num_text or (n is not None and n > 1000):
            return None  # "10,000 hours of video": a quantity, not a stretch of time
        if n == 1 and unit == "day" and "-" in m["du_sep"] and _ONE_DAY_CRICKET_AFTER.match(self.text, end):
            return None  # "the third one-day international": a kind of match, no stretch of time
        if m["du_the"] and "-" in m["du_sep"] and not m["du_dir"]:
            start = m.start("du_num")  # "the 27-year contract": the determiner is the noun's
        if rel in ("earlier", "later") and n is not None and _THAN_AFTER.match(self.text, end):
            # "eighteen months later than planned": by how much, no date
            return _Found(start, m.start("du_rel"), "DURATION", _duration(n, unit))  # (trimmed)
        if rel in ("ago", "from now", "hence", "earlier", "later"):
            sign = -1 if rel in ("ago", "earlier") else 1
            base = self.r.dct if rel in ("ago", "from now", "hence") else None
            u = _singular_unit(unit)
            if n is None or u in _CLOCK_UNITS or n != int(n):
                return _Found(start, end, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
            latest = self.r.narrative_anchor()
            if latest is not None and u in _CALENDAR_UNITS and (
                base is None or (u == "year" and latest.granularity == "Q")
            ):  # "a year ago" after a quarter's results: that quarter a year before
                return self._moved(latest, u, sign * int(n), start, end)
            base = base or self.r.dct
            shifted = _shift(base, u, sign * int(n)) if base is not None else None
            if shifted is None:
                return None
            value, gran, anchor = shifted
            # "a year ago" is a comparison like "a year earlier": a later "a year earlier" in
            # the same report compares with the same year, not with the one before it
            return _Found(start, end, "DATE", value, (gran, anchor) if gran else None,
                          comparison=u == "year" and rel == "ago")
        return _Found(start, end, "DURATION", _duration(n, unit))

    @family("vague",
            first=lambda w: ("the", "years", "decades", "months", "weeks", "days", "hours",
                             "minutes", "centuries"),
            pattern=_vague_pattern, examples=("decades ago", "years", "the weeks", "years-long"))
    def vague(self, m: re.Match[str]) -> _Found | None:
        before = self._before(m.start(), 12).lower()
        if m["vg_long"]:
            return _Found(m.start(), m.end(), "DURATION", _duration(None, m["vg_unit"]))
        if m["vg_rel"] and not m["vg_the"]:  # "decades ago", "years later"
            rel = m["vg_rel"].lower()
            value = "FUTURE_REF" if rel == "later" else "PAST_REF"
            return _Found(m.start(), m.end(), "DATE", value)
        if not re.search(r"\b(?:for|over|in|within|take|takes|took|taken|taking)\s{1,2}$", before) and not (
            self._how_long_before_or_after(m, before)
        ):
            return None
        if m["vg_the"] and not before.rstrip().endswith("over"):
            return None
        return _Found(m.start(), m.end(), "DURATION", _duration(None, m["vg_unit"]))

    def _how_long_before_or_after(self, m: re.Match[str], before: str) -> bool:
        """"Hours after the launch, ...", "just weeks before the vote": a bare plural of a unit
        before "before" or "after", opening a sentence or after "just", "only" and the like."""
        if not _BEFORE_OR_AFTER_AFTER.match(self.text, m.end()):
            return False
        return (not m["vg_the"] and self._at_sentence_start(m.start())) or (
            re.search(r"\b(?:just|only|mere|barely)\s{1,2}$", before) is not None)

    @family("set", first=lambda w: (*w.sets, "every", "each", "per"), pattern=_set_pattern,
            examples=("every week", "annually", "each Monday", "every other year",
                      "every two weeks", "per day"))
    def set(self, m: re.Match[str]) -> _Found | None:
        if m["st_word"]:
            word = m["st_word"]
            if word[0].isupper() and not self._at_sentence_start(m.start()):
                return None  # "China Daily", "Publishers Weekly": part of a name
            if word.lower() in ("daily", "weekly") and _A_PAPERS_NAME_BEFORE.search(self._before(m.start(), 60)) and (
                _A_PAPERS_VERB_AFTER.match(self.text, m.end())
            ):
                return None  # "told the Frankfurter Allgemeine Zeitung daily": the paper, a noun
            if word.lower() in self.w.adverb_sets and _LOWER_WORD_AFTER.match(self.text, m.end()):
                return None  # "its quarterly dividend", "the annual meeting": no time of its own
            return _Found(m.start(), m.end(), "SET", self.w.sets[word.lower()])
        if m["st_wd"]:
            weekday = _WEEKDAYS[m["st_wd"].lower()]
            return _Found(m.start(), m.end(), "SET", f"XXXX-WXX-{weekday + 1}")
        if m["st_pod"]:
            return _Found(m.start(), m.end(), "SET", f"TXX{self.w.parts_of_day[m['st_pod'].lower()]}")
        if m["st_month"]:  # "every November": each year's November
            return _Found(m.start(), m.end(), "SET", f"XXXX-{_MONTHS[m['st_month'].lower()]:02d}")
        if m["st_season"]:  # "every spring": each year's spring
            return _Found(m.start(), m.end(), "SET", f"XXXX-{self.w.seasons[m['st_season'].lower()]}")
        if m.group().lower().startswith("per") and _A_DISTANCE_BEFORE.search(self._before(m.start(), 24)):
            return None  # "190 kilometres per hour": a speed, no time that recurs
        n = _number(m["st_num"]) if m["st_num"] else 1.0
        if n is None:
            n = 1.0
        if m["st_other"]:
            n *= 2
        return _Found(m.start(), m.end(), "SET", _duration(n, m["st_unit"]))

    @family("clock", first=lambda w: ("#", "noon", "midnight", "midday"),
            pattern=_clock_pattern,
            examples=("14:48 UTC", "3 p.m.", "10.30am", "1030 GMT", "noon", "9:30 a.m. GMT",
                      "1800GMT", "0730 hours", "4 in the morning", "10 o'clock"))
    def clock(self, m: re.Match[str]) -> _Found | None:
        if m["ck_said"]:  # "4 in the morning", "9 in the evening", "10 o'clock"
            hour = int(m["ck_said"])
            pod = (m["ck_said_pod"] or "").lower()
            if pod and not self._clock_context(m.start()):
                return None  # "sold 4 in the morning session": a count, not a clock
            if pod in ("afternoon", "evening") or (pod == "night" and hour >= 6):
                hour = hour % 12 + 12
            elif pod == "morning" and hour == 12:
                hour = 0
            return self._time(m.start(), m.end(), f"{hour:02d}:00", "")
        if m["ck_mil"]:  # "0730 GMT", "1800GMT", "1800 hours"
            zone = self.w.zones.get(m["ck_mil_zone"].lower(), "")
            return self._time(m.start(), m.end(), f"{m['ck_mil']}:{m['ck_mil_m']}", zone)
        if m["ck_word"]:
            word = m["ck_word"].lower()
            hm = "24:00" if word == "midnight" else "12:00"
            return self._time(m.start(), m.end(), hm, "")
        if m["ck_m"] is None and m["ck_ap"] is None:
            return None
        if m["ck_sep"] == "." and m["ck_ap"] is None:
            return None  # "4.15" is a number unless "am"/"pm" follows
        hour = int(m["ck_h"])
        ap = (m["ck_ap"] or "").lower().replace(".", "")
        if ap:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if ap == "pm" else 0)
        elif m["ck_zone"] is None and len(m["ck_h"]) == 1 and not self._clock_context(m.start()):
            return None  # "3:1", "2:30" without a zone or a signal
        hm = f"{hour:02d}:{m['ck_m'] or '00'}"
        zone = ""
        if m["ck_zone"]:
            zone = self.w.zones.get(m["ck_zone"].lower(), "")
            if m["ck_off"]:
                zone = ""
        end = m.end()
        if self.text[m.start() : end].count("(") != self.text[m.start() : end].count(")"):
            end = len(self.text[m.start() : end].rstrip("()")) + m.start()
        return self._time(m.start(), end, hm, zone)

    def _clock_context(self, pos: int) -> bool:
        return bool(_CLOCK_SIGNAL_BEFORE.search(self._before(pos, 10)))

    def _time(self, start: int, end: int, hm: str, zone: str) -> _Found:
        base = self._day_of_a_clock(start, end)
        if base is None:
            return _Found(start, end, "TIME", f"XXXX-XX-XXT{hm}{zone}")
        return _Found(start, end, "TIME", f"{_day(base)}T{hm}{zone}", ("D", base))

    def _day_of_a_clock(self, start: int, end: int) -> date | None:
        """The day of a clock time written without one: the last day named before it, unless
        that day was named to compare ("a year earlier") or lies after the publication date
        while the clock's clause does not look ahead (the record date of a dividend, a speech
        still to come, named before "the data were released at 8:30 a.m."): then the
        publication date."""
        mention, dct = self.r.referenced("D"), self.r.dct
        if mention is None or dct is None:
            return mention.day if mention is not None else dct
        if mention.comparison or mention.day > dct and self.r.tense(start, end) != "future":
            return dct
        if self.explain and mention.day != dct:
            self._why(f"'{self.text[start:end]}' -> on {_day_words(mention.day)}: the day of "
                      f"'{mention.text}', named before it")
        return mention.day

    @family("holiday", first=lambda w: _first_words(w.holidays), pattern=_holiday_pattern,
            examples=("Christmas Eve", "Thanksgiving", "Easter Sunday 2019", "New Year's Day",
                      "Good Friday", "Memorial Day"))
    def holiday(self, m: re.Match[str]) -> _Found | None:
        name = " ".join(m["hd"].lower().replace("\u2019", "'").split())
        holiday = self.w.holidays.get(name)
        if holiday is None:
            return None
        start, end = m.start(), m.end()
        if holiday.needs_signal and not _PREPOSITION_BEFORE.search(self._before(start, 16)):
            return None  # "Christmas sales", "the Easter holidays": a season, not a day
        year = int(m["hd_y"]) if m["hd_y"] else None
        rule = holiday.rule
        if rule[0].isdigit() and rule.count("-") == 1:  # a fixed day: its year like a date's
            month, day = (int(part) for part in rule.split("-"))
            if year is None:
                year = self._year_for(month, day, start, end)
            if year is None:
                return _Found(start, end, "DATE", f"XXXX-{month:02d}-{day:02d}")
            d = date(year, month, day)
            return _Found(start, end, "DATE", _day(d), ("D", d))
        dct = self.r.dct  # a moveable feast needs its year first
        if year is None and dct is None:
            return _Found(start, end, "DATE", "XXXX-XX-XX")
        d = _holiday_date(rule, year or dct.year)  # type: ignore[union-attr]
        if d is not None and year is None:
            d = _holiday_date(rule, self._year_of_day(d, start, end))
        if d is None:
            return None
        return _Found(start, end, "DATE", _day(d), ("D", d))

    @family("ref", first=lambda w: _first_words(w.references), pattern=_ref_pattern,
            examples=("recently", "now", "the near future", "at present", "recent years",
                      "coming weeks"))
    def ref(self, m: re.Match[str]) -> _Found | None:
        word = " ".join(m["rf"].lower().split())
        if word in ("now", "right now"):
            after = self.text[m.end() : m.end() + 12]
            if _NOW_DISCOURSE_AFTER.match(after) and (
                not after.startswith(",") or self._at_sentence_start(m.start())
            ):
                return None
        if word == "the past":
            after = self.text[m.end() : m.end() + 4]
            if after[:1] not in ("", ",", ".", ";", ":", ")", " ") or (
                after.startswith(" ") and after[1:2].isalnum() and not after[1:].startswith("and")
            ):
                return None
        if word.startswith("the ") and re.match(r"[ \t]+of\b", self.text[m.end() : m.end() + 5]):
            return None  # "the future of the plant" is no time
        if word == "recently" and self._before(m.start(), 3).lower() == "as " and (
            self.text[m.end() : m.end() + 4].lower() == " as "
        ):
            return None  # "as recently as August": it says how recent the time after it is
        value = self.w.references.get(word)
        if value is None:
            return None
        start = m.start()
        return _Found(start, m.end(), "DATE", value)


_SEASON_FIRST_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _season_year(dct: date, code: str, step: int) -> int:
    """The year of the season just over (``step`` -1: "last spring", "this past summer") or
    still to begin (+1: "next winter") seen from ``dct``, as HeidelTime reads them in news; a
    winter is named by the year it begins in."""
    first = _SEASON_FIRST_MONTH[code]
    if step < 0:
        if code == "WI":
            return dct.year - 1 if dct.month > 2 else dct.year - 2
        return dct.year if dct.month > first + 2 else dct.year - 1
    return dct.year if dct.month < first else dct.year + 1


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month = (h + leap - 7 * m + 114) // 31
    day = (h + leap - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def _holiday_date(rule: str, year: int) -> date | None:
    """The day a holiday rule of ``data/time_words.tsv`` names in ``year``: "12-25" a fixed
    day, "easter-2" days from Western Easter, "11-thu-4" the fourth Thursday of November,
    "05-mon-last" the last Monday of May."""
    if rule.startswith("easter"):
        return _easter(year) + timedelta(days=int(rule[6:]))
    parts = rule.split("-")
    month = int(parts[0])
    if len(parts) == 2:
        return _safe_date(year, month, int(parts[1]))
    weekday = _WEEKDAYS[parts[1]]
    if parts[2] == "last":
        last = _add_months(date(year, month, 1), 1) - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (int(parts[2]) - 1))


# "the following April", "the previous March": a month after (before) the date named last
_NARRATED_MONTH_WORDS = {"the following": "next", "the next": "next", "the previous": "last",
                         "the preceding": "last"}
_ABBREVIATED = frozenset(w for w in _MONTHS if len(w) <= 4 and w not in ("may", "june", "july"))
_NAME_MONTHS = frozenset({"may", "march", "april", "june", "august"})



def _candidates(text: str) -> Generator[tuple[int, list[tuple[Family, re.Match[str]]]], int, None]:
    """At each place a candidate starts: the families that match there, longest first."""
    built = grammar()
    tries, gates, waiting = built.tries, built.gates, built.waiting
    number_tries, after_number = built.number_tries, built.numbers.by_character
    search, before = built.scanner()  # ``before``: the scan stops on the character before
    pos = 0
    while True:
        s = search(text, pos - before) if pos else built.start.match(text) or search(text, 0)
        if s is None:
            return
        at = s.start(1)
        # "[" opens an editor's bracketed number: "[Ten] years ago"
        found = []
        first = s.group(1)
        if first[0].isdigit():  # a number: the families that can go on with what follows it
            after = text[s.end(1) : s.end(1) + 1]
            candidates = after_number.get(after) or number_tries(after)
        else:
            key = "'" if first in "'\u2019" else first.lower()  # as start_key: the loop is hot
            gate = gates.get(key)
            if gate is None and key in waiting:
                gate = built.gate(key)
            candidates = tries.get(key, ()) if gate is None or gate.match(text, at) else ()
        for fam, match in candidates:
            m = match(text, at)
            if m is not None and m.end() > at:
                found.append((fam, m))
        if not found:
            pos = at + 1  # most starts ("the", a number) begin no expression: scan on here
            continue
        if len(found) > 1:
            found.sort(key=lambda item: -item[1].end())
        pos = yield at, found
        if pos is None or pos <= at:
            pos = at + 1


_KEEPS_ITS_DOT = LazyPattern(
    r"(?:[ap]\.m|\b(?:" + "|".join(w.capitalize() for w in _ABBREVIATED | {"sept"}) + r"))\.$"
)


def _trim(text: str, found: _Found) -> _Found | None:
    """Trailing punctuation and space never belong to an expression."""
    end = found.end
    while end > found.start and text[end - 1] in " \t\n,.(":
        if text[end - 1] == "." and _KEEPS_ITS_DOT.search(text, found.start, end):
            break
        end -= 1
    start = found.start
    while start < end and text[start].isspace():
        start += 1
    if start >= end:
        return None
    found.start, found.end = start, end
    return found


def find_timexes(text: str, sentences: Sequence[Span], published: date | None, *,
                 explain: bool = False) -> list[Timex]:
    """Every time expression of ``text`` in order, with its TIMEX3 type and value.

    Without a publication date, an expression that needs one ("Monday", "last year",
    "November 3") is read against the latest date named with its year before it
    (HeidelTime's narrative mode) and marked ``inferred``. ``explain`` fills each ``why``
    with the steps of its resolution; the values are the same either way."""
    if not isinstance(text, str) or not text:
        return []
    resolver = _Resolver(text, sentences, published)
    values = _Values(resolver, explain)
    out: list[Timex] = []
    last_end = 0
    scan = _candidates(text)
    step = next(scan, None)
    while step is not None:
        at, matches = step
        resume = at + 1
        for fam, match in matches:
            values.steps = []
            founds = _evaluate(values, fam, match)
            if published is None and founds:
                founds = _narrative(values, fam, match, founds)
            for found in founds:
                found = _trim(text, found)
                if found is None or found.start < last_end:
                    continue
                why = _explanation(values, fam, found) if explain else ()
                resolver.remember(found)
                out.append(
                    Timex(found.start, found.end, text[found.start : found.end], found.type,
                          found.value, found.inferred, why)
                )
                last_end = resume = found.end
            if resume > at + 1:
                break
        try:
            step = scan.send(resume)
        except StopIteration:
            step = None
    if " of " in text:
        out = _weeks_of_days(text, out)
    if out and ("day " in text or "day\n" in text):
        out = _without_weekdays_of_names(text, out)
    return _clocks_on_days(text, out) if out else out


_NAME_WORD_BEFORE = LazyPattern(r"([^\W\d_][\w'\u2019-]*) $")


def _without_weekdays_of_names(text: str, found: list[Timex]) -> list[Timex]:
    """"Liverpool 0 Sheffield Wednesday 1": a weekday that ends the name of an organisation
    the word lists know (a club, a restaurant chain) is no date."""
    names = _names_ending_in_a_weekday()
    out: list[Timex] = []
    for timex in found:
        if timex.text[:1].isupper() and timex.text.lower() in _WEEKDAYS:
            before = _NAME_WORD_BEFORE.search(text, max(0, timex.start - 30), timex.start)
            if before is not None and f"{before.group(1).lower()} {timex.text.lower()}" in names:
                continue
        out.append(timex)
    return out


@cache
def _names_ending_in_a_weekday() -> frozenset[str]:
    from newsview.models.lexicon import lexicon  # the entities' word lists, loaded by then

    return frozenset(name for name in lexicon().known_orgs if name.rsplit(" ", 1)[-1] in _WEEKDAYS)


_A_CLAUSE_AFTER = LazyPattern(r" (?!(?:that|this|which)\b)[A-Za-z]")  # a word goes on: an event

_CLOCK_VALUE = LazyPattern(r"(?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX)(T.+)")


def _clocks_on_days(text: str, found: list[Timex]) -> list[Timex]:
    """"at 10pm on Thursday", "midnight on Sunday": the clock time on the day named after it,
    not on the day named before it; "at 10 p.m. Wednesday", "noon Thursday" (news agencies'
    style) are one expression, the clock time on that day, as TimeML annotates them."""
    out: list[Timex] = []
    k, n = 0, len(found)
    while k < n:
        clock = found[k]
        day = found[k + 1] if k + 1 < n else None
        time_of_day = _CLOCK_VALUE.fullmatch(clock.value or "") if clock.type == "TIME" else None
        between = text[clock.end : day.start] if day is not None and time_of_day else None
        if day is None or between not in (" on ", " ") or not _DAY_VALUE.match(day.value or ""):
            out.append(clock)
            k += 1
            continue
        value = day.value[:10] + _in_the_part_of_day(  # type: ignore[index]
            time_of_day.group(1), day.value[10:], clock.text  # type: ignore[union-attr, index]
        )
        if between == " ":
            why = (*day.why, f"at {clock.text}: {value}") if clock.why else ()
            out.append(Timex(clock.start, day.end, text[clock.start : day.end], clock.type, value,
                             day.inferred, why))
            k += 2
            continue
        if day.value[:10] != (clock.value or "")[:10]:  # type: ignore[index]
            why = (*clock.why, f"on '{day.text}': {value}") if clock.why else ()
            clock = Timex(clock.start, clock.end, clock.text, clock.type, value, day.inferred, why)
        out.append(clock)
        k += 1
    return out


_HOUR_OF_A_CLOCK = LazyPattern(r"T(\d\d)(.*)")


def _in_the_part_of_day(clock: str, part: str, written: str) -> str:
    """A clock time ("T06:30") on a day's afternoon, evening or night ("6:30 last evening":
    T18:30) when it was written without a.m. or p.m."""
    hour_and_rest = _HOUR_OF_A_CLOCK.fullmatch(clock)
    if hour_and_rest is None or part not in ("TAF", "TEV", "TNI") or any(c in written for c in "aApP"):
        return clock
    hour = int(hour_and_rest.group(1))
    if 1 <= hour < 12 and (part != "TNI" or hour >= 6):
        return f"T{hour + 12:02d}{hour_and_rest.group(2)}"
    return clock


_WEEK_OF = LazyPattern(r"(?i)\b(?:the |that |this )?(week(?:end)?) of $")
_DAY_VALUE = LazyPattern(r"\d{4}-\d{2}-\d{2}")


def _weeks_of_days(text: str, found: list[Timex]) -> list[Timex]:
    """"the weekend of Nov 8", "the week of March 3": one expression, the week (or its
    weekend) holding the day, not a weekend counted from the publication date and a day."""
    out: list[Timex] = []
    for timex in found:
        week = None
        if _DAY_VALUE.fullmatch(timex.value or "") and text.endswith(" of ", 0, timex.start):
            week = _WEEK_OF.search(text, max(0, timex.start - 16), timex.start)
        if week is None:
            out.append(timex)
            continue
        while out and out[-1].start >= week.start():
            out.pop()  # "the weekend" read alone, counted from the publication date
        day = date.fromisoformat(timex.value)  # type: ignore[arg-type]
        value = _week(day) + ("-WE" if week.group(1).lower() == "weekend" else "")
        why = (*timex.why, f"the {week.group(1).lower()} holding it: {value}") if timex.why else ()
        out.append(Timex(week.start(), timex.end, text[week.start() : timex.end], "DATE", value,
                         timex.inferred, why))
    return out


def _unknown_year(value: str | None) -> bool:
    return bool(value) and value.startswith("XXXX")  # type: ignore[union-attr]


def _narrative(values: _Values, fam: Family, match: re.Match[str], founds: list[_Found]) -> list[_Found]:
    """Expressions a publication date would resolve, read against the latest date named
    with its year before them: a day named in full stands in for the publication date; a
    year alone gives its year to a month, a day of a month, a season or a quarter."""
    if not any(_unknown_year(f.value) and f.type != "SET" for f in founds):
        return founds  # (a repeat, "every spring", is of every year, no one year)
    resolver = values.r
    anchor = resolver.explicit_date()
    if anchor is None:
        return founds
    again: list[_Found] = []
    if anchor.granularity == "D":
        steps = values.steps
        resolver.dct = anchor.day
        try:
            values.steps = []
            again = _evaluate(values, fam, match)
        finally:
            resolver.dct = None
        values.steps = steps + values.steps
    out = []
    for found in founds:
        if not _unknown_year(found.value) or found.type == "SET":
            out.append(found)
            continue
        redone = next((g for g in again if g.start == found.start and g.value), None)
        if redone is not None and not _unknown_year(redone.value):
            found = redone
        elif found.value and found.value[4:5] == "-" and "X" not in found.value[5:7]:
            found.value = f"{anchor.day.year:04d}{found.value[4:]}"  # "XXXX-11-03" in 2025
            found.anchor = _anchor_of(found.value)
        else:
            out.append(found)
            continue
        found.inferred = True
        if values.explain:
            values.steps.insert(0,
                f"no publication date: read against '{anchor.text}' "
                f"({value_words(_at_granularity(anchor.day, anchor.granularity))}), named before it"
            )
        out.append(found)
    return out


def _anchor_of(value: str) -> tuple[str, date] | None:
    """The anchor a calendar value gives later expressions ("2025-11-03" -> a day)."""
    parsed = parse_value(value)
    interval = parsed.interval() if parsed is not None else None
    if parsed is None or interval is None:
        return None
    granularity = {"day": "D", "month": "M", "quarter": "Q", "year": "Y"}.get(parsed.kind, "Y")
    return granularity, interval[0].date()


def _explanation(values: _Values, fam: Family, found: _Found) -> tuple[str, ...]:
    """The steps noted while resolving ``found``, or one general step when none was noted."""
    text = values.text[found.start : found.end]
    words = value_words(found.value)
    if values.steps:
        return tuple(values.steps)
    if found.value is None:
        return (f"'{text}': no date could be given",)
    if found.type in ("DURATION", "SET"):
        return (f"'{text}' -> {words}: a {'stretch' if found.type == 'DURATION' else 'repeat'}"
                " of time, no date",)
    if _WRITTEN_YEAR.search(text):
        return (f"'{text}' -> {words}: the date as written",)
    dct = values.r.dct
    latest = values.r.narrative_anchor()
    if fam.name == "rel" and latest is not None and not re.match(
        r"(?i:(?:earlier |later |early |late )?(?:this|last|next|past|coming))\b", text
    ):
        return (f"'{text}' -> {words}: counted from '{latest.text}', the last date named before it",)
    if dct is not None:
        return (f"'{text}' -> {words}: counted from the publication date, {_day_words(dct)}",)
    return (f"'{text}' -> {words}",)


def _evaluate(values: _Values, fam: Family, match: re.Match[str]) -> list[_Found]:
    """The expressions one family reads in a match; none when the words are no timex."""
    try:
        result = fam.read(values, match)
    except (ValueError, OverflowError):  # a date past the calendar's ends
        return []
    if result is None:
        return []
    found = result if isinstance(result, list) else [result]
    return [f for f in found if not _inside_a_name(values.text, f)]


_COMMON_WORD = LazyPattern(
    r"\s(?:Seconds?|Minutes?|Hours?|Days?|Weeks?|Months?|Years?|Decades?|Century|Centuries"
    r"|Morning|Afternoon|Evening|Night|Weekend|Quarter)\b"
)


# a title in quotes: ABC's "This Week," the film ``High Noon''
_QUOTE_BEFORE = LazyPattern(r"(?:[\"\u201c]|``)(?:[A-Z][a-z]+[ \t])?$")
_QUOTE_AFTER = LazyPattern(r"[,.]?(?:[\"\u201d]|'')")
_TITLE_CASE = LazyPattern(r"(?:[A-Z][a-z]+[ \t])*[A-Z][a-z]+")


def _inside_a_name(text: str, found: _Found) -> bool:
    """"30 Seconds to Mars", "Saturday Night Live": a capitalised unit after a number, or
    followed by another capitalised word, belongs to a name in running text (a headline in
    title case is not running text); so do title-case words that fill a quotation alone
    (ABC's "This Week," the film "High Noon"), but not a day quoted alone ("Tuesday")."""
    if (
        _TITLE_CASE.fullmatch(text, found.start, found.end)
        and (" " in text[found.start : found.end] or text[found.start - 1 : found.start] == " ")
        and _QUOTE_BEFORE.search(text, max(0, found.start - 14), found.start)
        and _QUOTE_AFTER.match(text, found.end)
    ):
        return True
    if _COMMON_WORD.search(text, found.start, found.end) is None:
        return False
    next_word = re.match(r"[ \t]+(\w)", text[found.end : found.end + 4])
    if not (next_word and next_word.group(1).isupper()) and not text[found.start].isdigit():
        return False  # "Last Year, ...", "on Saturday Night as ...": careless capitals
    window_start = max(0, found.start - 150)
    line_start = max(window_start, text.rfind("\n", window_start, found.start) + 1)
    window_end = min(len(text), found.end + 150)
    line_end = text.find("\n", found.end, window_end)
    line = text[line_start : line_end if line_end >= 0 else window_end]
    words = re.findall(r"[A-Za-z]{4,}", line)
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised * 2 < len(words)  # running text: most longer words are lower case


# --- the publication date written in the text ---------------------------------------------------

_FULL_DATE = LazyPattern(
    r"(?:" + _WEEKDAY + r"\.?,?" + _S + r")?(?:(?P<m1>" + _MONTH + r")\.?" + _S + r"(?P<d1>"
    + _DAY + r"),?" + _S + r"(?P<y1>" + _YEAR + r")|(?P<d2>" + _DAY + r")" + _S + r"(?P<m2>"
    + _MONTH + r")\.?,?" + _S + r"(?P<y2>" + _YEAR + r")|(?P<y3>" + _YEAR
    + r")-(?P<m3>0[1-9]|1[0-2])-(?P<d3>0[1-9]|[12]\d|3[01])(?!\d))"
)
_DATELINE = LazyPattern(
    r"(?m)^[ \t]*[A-Z][A-Za-z .'\u2019-]{1,40}(?:,[ \t]*[A-Z][A-Za-z .]{1,20})?,?[ \t]+"
    r"(?P<m>" + _MONTH + r")\.?[ \t]+(?P<d>" + _DAY + r")(?:,?[ \t]+(?P<y>" + _YEAR + r"))?"
    r"[ \t]*(?:\([A-Za-z .&-]{1,30}\))?[ \t]*[-\u2013\u2014:]"
)
_ANY_YEAR = LazyPattern(r"(?<![\d$])(?:19[5-9]\d|20\d\d)(?!\d)")


def date_from_text(text: str) -> date | None:
    """The publication date the text gives itself: a dateline ("LIMA, Nov 4 (Reuters) -"), a
    line holding only a date ("Thursday, February 23, 2006") near the start, or a full date in
    the opening sentence (not a birth date in brackets); None otherwise."""
    if not isinstance(text, str) or not text:
        return None
    head = text[:400]
    dateline = _DATELINE.search(head)
    if dateline is not None:
        month = _MONTHS.get(dateline["m"].lower())
        day = int(re.sub(r"\D", "", dateline["d"]))
        if dateline["y"]:
            year = int(dateline["y"])
        else:  # Reuters-style datelines leave the year out: the first one the text names
            found_year = _ANY_YEAR.search(text, 0, 5000)
            if found_year is None:
                return None
            year = int(found_year.group(0))
        if month:
            return _safe_date(year, month, day)
    lines = [line for line in head.split("\n")[:6] if line.strip()]
    for line in lines:
        full = _FULL_DATE.fullmatch(line.strip(" \t.,"))
        if full is not None:
            return _full_date(full)
    for line in lines[:2]:
        opening = _OPENING_SENTENCE.match(line.strip())
        sentence = opening.group(0) if opening else line
        for full in _FULL_DATE.finditer(sentence):
            before = sentence[: full.start()]
            if before.count("(") > before.count(")"):
                continue  # in brackets: a life span, a side note
            if not _BIRTH_BEFORE.search(sentence, max(0, full.start() - 12), full.start()):
                return _full_date(full)
        if opening is not None:  # the first line was a sentence, not a title
            break
    return None


_OPENING_SENTENCE = LazyPattern(r"[^\n]*?[.!?](?=\s+[\"'\u201c(]?[A-Z])")
_BIRTH_BEFORE = LazyPattern(r"(?:\(|\b(?:born|died|b\.|d\.)[ \t]{1,2})(?:c\.[ \t]?)?$")


def _full_date(full: re.Match[str]) -> date | None:
    if full["y3"]:
        return _safe_date(int(full["y3"]), int(full["m3"]), int(full["d3"]))
    month = _MONTHS.get((full["m1"] or full["m2"]).lower())
    day = int(re.sub(r"\D", "", full["d1"] or full["d2"]))
    year = int(full["y1"] or full["y2"])
    return _safe_date(year, month, day) if month else None
