"""How a regex's matches can begin: a cheap pre-test for patterns that are slow to fail.

``prefix_test`` reads patterns' syntax trees and builds one pattern for the ways their matches
can begin with a given word: the word, then the next few characters, as a prefix tree that
``re`` rejects at its first wrong letter. The test may let through more than the patterns do
(case is ignored, a run of white space stands for any gap, a digit for any digit, a look
around is skipped, a construct it does not know accepts whatever follows), but it never
rejects a place where one of the patterns matches: it only saves trying them there.

The trees come from ``re._parser``, the standard library's own reader of pattern text (the
module the ``re`` compiler uses; public as ``sre_parse`` before Python 3.11).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

_GAP = r"\s+"  # any run of white space: the patterns' gaps are spelled many ways
_DIGIT = r"\d+"  # any run of digits (decimal ones, as re's \d): "\d{1,2}", "1[5-9]\d\d" read alike
_RUNS = (_GAP, _DIGIT)  # pieces that stand for a run: one more reads the same
_ANYTHING = ""  # a construct the reading does not follow: whatever comes next is let through

Prefix = tuple[str, ...]  # one pattern piece per character read


def word_trie(words: Iterable[str], spell: Callable[[str], str] = re.escape) -> str:
    """A regex alternation of words factored by common prefixes, which ``re`` scans fast;
    ``spell`` writes each character."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [spell(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return emit(trie)


def parse(pattern: str) -> list:
    """The syntax tree of ``pattern`` (parsing is the slow part: keep it to reuse)."""
    return list(_parser.parse(pattern))


def prefix_test(trees: Iterable[list], word: str, after: int) -> re.Pattern[str] | None:
    """A pattern that matches wherever one of the parsed patterns may match a text starting
    with ``word``, reading ``after`` more characters (a gap counts as one); None when any
    text starting with the word may match (the test would reject nothing)."""
    reader = _PrefixReader(word, len(word) + after)
    for tree in trees:
        reader.read.update(reader.sequence({()}, tree))  # a match may end there
    if any(len(prefix) <= len(word) for prefix in reader.read):
        return None
    return re.compile("(?i:" + _prefix_tree(reader.read) + ")")


def next_pieces(tree: list, word: str) -> frozenset[str] | None:
    """The pieces that may come right after ``word`` in a match of the parsed pattern (a
    digit stands for a number's digits: "0" reads them all); None when anything may: the
    match may end there, or a piece may go on with the word's own kind of character."""
    reader = _PrefixReader(word, len(word) + 1)
    reader.read.update(reader.sequence({()}, tree))
    pieces = frozenset(prefix[len(word)] if len(prefix) > len(word) else _ANYTHING
                       for prefix in reader.read)
    if _ANYTHING in pieces or any(piece_matches(piece, word[-1]) for piece in pieces):
        return None
    return pieces


def piece_matches(piece: str, char: str) -> bool:
    """Whether one character (or the end of the text, "") may be read by ``piece``."""
    return bool(char) and re.fullmatch(piece, char, re.I) is not None


class _PrefixReader:
    """Follows syntax trees, a set of prefixes at a time: those still being read, until they
    are ``length`` pieces long (then they join ``read``), and drops a prefix as soon as it can
    no longer spell ``word`` (folding case)."""

    def __init__(self, word: str, length: int) -> None:
        self.word = word.lower()
        self.length = length
        self.read: set[Prefix] = set()
        self.spells: dict[tuple[str, int], bool] = {}

    def sequence(self, heads: set[Prefix], items: Sequence) -> set[Prefix]:
        for op, arg in items:
            if not heads:
                break
            heads = self.item(heads, op, arg)
        return heads

    def item(self, heads: set[Prefix], op: object, arg: object) -> set[Prefix]:
        if op is sre.LITERAL:
            return self.extend(heads, _character(chr(arg)))  # type: ignore[arg-type]
        if op is sre.IN:
            return self.extend(heads, _character_class(arg))  # type: ignore[arg-type]
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            return heads  # reads nothing: skipping the test only lets more through
        if op is sre.SUBPATTERN:
            return self.sequence(heads, arg[3])  # type: ignore[index]
        if op is sre.BRANCH:
            return set().union(*(self.sequence(heads, branch) for branch in arg[1]))  # type: ignore[index]
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            return self.repeat(heads, *arg)  # type: ignore[misc]
        return self.extend(heads, _ANYTHING)

    def repeat(self, heads: set[Prefix], least: int, most: int, body: Sequence) -> set[Prefix]:
        out: set[Prefix] = set()
        times = 0
        while heads:
            if times >= least:
                if heads <= out:
                    break  # nothing new: more repeats only give the same prefixes
                out |= heads
            if times == most:
                break
            heads = self.sequence(heads, body)
            times += 1
        return out

    def extend(self, heads: set[Prefix], piece: str) -> set[Prefix]:
        out = set()
        for prefix in heads:
            if piece in _RUNS and prefix and prefix[-1] == piece:
                out.add(prefix)  # a longer gap or number reads the same
            elif self.may_spell(piece, len(prefix)):
                longer = (*prefix, piece)
                if len(longer) >= self.length or piece == _ANYTHING:
                    self.read.add(longer)
                else:
                    out.add(longer)
        return out

    def may_spell(self, piece: str, at: int) -> bool:
        if at >= len(self.word) or piece == _ANYTHING:
            return True
        known = self.spells.get((piece, at))
        if known is None:
            known = self.spells[piece, at] = re.fullmatch(piece, self.word[at], re.I) is not None
        return known


def _character(char: str) -> str:
    if char.isspace():
        return _GAP
    if char.isdecimal():
        return _DIGIT
    return re.escape(char)


_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W",
}
_SMALL_RANGE = 20  # a range of up to this many characters is checked character by character


def _character_class(items: Sequence) -> str:
    """A class as a piece: a gap or a digit when all its characters are, else as written."""
    chars: list[str] = []
    text: list[str] = []
    for op, arg in items:
        if op is sre.LITERAL:
            chars.append(chr(arg))
            text.append(re.escape(chr(arg)))
        elif op is sre.RANGE:
            low, high = arg
            if high - low <= _SMALL_RANGE:
                chars.extend(chr(code) for code in range(low, high + 1))
            else:
                chars.append("\x00")  # too many to check: neither a gap nor a digit
            text.append(f"{re.escape(chr(low))}-{re.escape(chr(high))}")
        elif op is sre.CATEGORY and arg in _CATEGORIES:
            chars.append({sre.CATEGORY_DIGIT: "0", sre.CATEGORY_SPACE: " "}.get(arg, "\x00"))
            text.append(_CATEGORIES[arg])
        else:  # a negated class, a rare category: anything may follow
            return _ANYTHING
    if chars and all(char.isspace() for char in chars):
        return _GAP
    if chars and all(char.isdecimal() for char in chars):
        return _DIGIT
    return "[" + "".join(text) + "]"


def _prefix_tree(prefixes: Iterable[Prefix]) -> str:
    """The prefixes as one alternation factored piece by piece; a prefix that ends (or lets
    anything follow) accepts whatever comes next."""
    root: dict = {}
    for prefix in prefixes:
        node = root
        for piece in prefix:
            if piece == _ANYTHING:
                break
            node = node.setdefault(piece, {})
        node[_ANYTHING] = {}

    def emit(node: dict) -> str:
        if _ANYTHING in node:
            return ""
        branches = [piece + emit(child) for piece, child in sorted(node.items())]
        if not branches:
            return "(?!)"  # no pattern can match here
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(root)
