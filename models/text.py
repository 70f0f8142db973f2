"""Text utilities shared by the engine: visible control characters, folding with a map back to
the original offsets, and sentence boundaries.

Nothing here changes the length of an article's text: control characters are replaced
one-for-one, and folding (for accent- and case-blind matching) happens on a copy that maps back.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from newsview.models.document import Span

# C0 controls other than tab and newline become their U+2400 "control picture"; DEL its own;
# C1 controls and bidi overrides/isolates (which could reorder what the terminal shows) U+FFFD.
_CONTROL_TABLE: dict[int, str] = {c: chr(0x2400 + c) for c in range(0x20) if c not in (9, 10)}
_CONTROL_TABLE[0x7F] = "\u2421"
_CONTROL_TABLE.update({c: "\ufffd" for c in range(0x80, 0xA0)})
_CONTROL_TABLE.update({c: "\ufffd" for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))})
_CONTROL_RE = re.compile("[" + "".join(re.escape(chr(c)) for c in _CONTROL_TABLE) + "]")


class LazyPattern:
    """A regular expression compiled on its first use, so importing the engine stays cheap (the
    time expressions' patterns took a fifth of the import). After that first use its methods
    are the compiled pattern's own, found as plain attributes: a call costs what it did."""

    _METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "split")

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source = source
        self.compile_flags = flags

    def __getattr__(self, name: str) -> Any:
        # reached only for a name the instance lacks: before the first use, or a typo
        if name not in self._METHODS:
            raise AttributeError(name)
        compiled = re.compile(self.source, self.compile_flags)
        for method in self._METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


def visible_controls(text: str) -> str:
    """``text`` with every control character replaced one-for-one by a visible symbol."""
    if _CONTROL_RE.search(text) is None:
        return text
    return text.translate(_CONTROL_TABLE)


def opens_a_line(text: str, start: int) -> bool:
    """Whether ``start`` is the first character of a line (a dateline, a table's row, a
    speaker's turn). Not cached: the test costs less than a cache's lookup of (text, start)."""
    return start == 0 or text[start - 1] == "\n"


def line_around(text: str, position: int) -> tuple[int, int]:
    """The start and the end (before its line break) of the line holding ``position``."""
    end = text.find("\n", position)
    return text.rfind("\n", 0, position) + 1, end if end >= 0 else len(text)


def alone_on_its_line(text: str, start: int, end: int) -> bool:
    """Whether ``start``..``end`` is all its line holds but white space after it (a heading,
    a dateline's place, a newspaper's name over its stories)."""
    return opens_a_line(text, start) and not text[end : line_around(text, end)[1]].strip()


def _fold_char(ch: str) -> str:
    decomposed = unicodedata.normalize("NFKD", ch)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return kept.casefold()


def fold_word(text: str) -> str:
    """Accent- and case-blind form of a short string (no offset map): "Jerí" -> "jeri"."""
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(c) for c in text)


@dataclass(frozen=True, slots=True)
class Folded:
    """A folded copy of a text and, for each folded character, the offset it came from."""

    text: str
    origin: tuple[int, ...] | None  # None: folding kept every offset (plain ASCII)
    source_length: int

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the folded copy back to a span of the original text."""
        if self.origin is None:
            return start, end
        src_start = self.origin[start] if start < len(self.origin) else self.source_length
        src_end = self.origin[end] if end < len(self.origin) else self.source_length
        return src_start, src_end


def fold(text: str) -> Folded:
    """Fold ``text`` for matching (NFKD, combining marks dropped, casefold), keeping offsets.

    A dropped combining mark belongs to the character before it, so a match that ends on a
    base letter maps back to an end after that letter's marks.
    """
    if text.isascii():
        return Folded(text.lower(), None, len(text))
    pieces: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        folded = ch.lower() if ch < "\x80" else _fold_char(ch)
        if folded:
            pieces.append(folded)
            origin.extend([i] * len(folded))
    return Folded("".join(pieces), tuple(origin), len(text))


# A sentence ends at . ! ? (or an ellipsis), optionally followed by closing quotes or brackets,
# then white space and something that can start a sentence. (The first mark is spelled apart
# so the pattern begins with a class: ``re`` then skips to the next mark at C speed.)
_SENTENCE_END = re.compile(r"""[.!?\u2026][.!?\u2026]*["'\u201d\u2019)\]]*(?=\s+["'\u201c\u2018(\[]?[A-Z0-9\u00c0-\u024f])""")
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col sgt capt cmdr adm gov sen rep rev st jr sr inc co corp ltd
    llc plc bros no vs etc jan feb mar apr jun jul aug sep sept oct nov dec mt ft fig approx
    dept univ assn est ave blvd rd hon pres gov't u.s u.k u.n e.g i.e a.m p.m""".split()
)
# The run of word characters, dots and apostrophes a window ends with; searched in the window
# alone (a slice), where a run can only start after a character outside it, so ``re`` tries
# it once per run, not at every position of every word in the window, and takes a run whole
# (++: a shorter part of a run never ends the window).
_WORD_BEFORE = re.compile(r"(?<![\w.'])([\w.']++)$")


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` closes an abbreviation or an initial, not a sentence."""
    if text[dot] != ".":
        return False
    match = _WORD_BEFORE.search(text[max(0, dot - 20) : dot])
    if match is None:
        return False
    word = match.group(1).rstrip(".").lower()
    if len(word) == 1 and word.isalpha():  # an initial: "John F. Kennedy"
        return True
    return word in _ABBREVIATIONS or (word.count(".") >= 1 and len(word) <= 6)


def sentence_spans(text: str) -> list[Span]:
    """Sentences as spans without their surrounding white space, in text order.

    Line breaks end a sentence (titles, datelines and paragraphs stand alone) unless the next
    line carries on in lower case, as hard-wrapped text does.
    """
    spans: list[Span] = []
    for line_start, line_end in _paragraph_spans(text):
        start = line_start
        for match in _SENTENCE_END.finditer(text, line_start, line_end):
            if _is_abbreviation(text, match.start()) and not _ends_with_abbreviation_and_sentence(
                text, match
            ):
                continue
            spans.append(Span(start, match.end()))
            start = match.end()
            while start < line_end and text[start].isspace():
                start += 1
        if start < line_end:
            spans.append(Span(start, line_end))
    return [s for s in spans if s.end > s.start]


def _ends_with_abbreviation_and_sentence(text: str, match: re.Match[str]) -> bool:
    """"... in the U.S. The next day" ends a sentence; "U.S. President" does not."""
    after = text[match.end() : match.end() + 40].lstrip()[:12]
    first_word = re.match(r"[A-Za-z]+", after)
    return bool(first_word) and first_word.group(0) in _SENTENCE_STARTERS


_SENTENCE_STARTERS = frozenset(
    "The A An This That These Those It He She They We I In On At But And Its Their His Her".split()
)


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Runs of text between line breaks, trimmed; a line that carries on in lower case after
    one without closing punctuation is joined to it."""
    runs: list[tuple[int, int]] = []
    for match in re.finditer(r"[^\n]+", text):
        start, end = match.start(), match.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        if runs and _continues(text, runs[-1], start):
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
    return runs


def _continues(text: str, previous: tuple[int, int], start: int) -> bool:
    gap = text[previous[1] : start]
    if gap.count("\n") != 1:
        return False
    return text[start].islower() and text[previous[1] - 1] not in ".!?:\u201d\""
