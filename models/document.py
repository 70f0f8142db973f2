"""The engine's data: small frozen dataclasses whose spans are offsets into one article text.

Every span is ``(start, end)`` into ``Article.text`` as read, so that
``article.text[m.start:m.end] == m.text`` always holds; nothing here copies or rewrites text.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of an entity's name in the text."""

    start: int
    end: int
    text: str
    form: str = "name"  # "name", or "demonym" for a nationality adjective of a country


@dataclass(frozen=True, slots=True)
class EntityWhy:
    """Why the engine made an entity what it is (only filled when ``analyse(explain=True)``).

    ``type``: the evidence for the chosen type in words a reader follows, strongest first, each
    with its fitted weight ("'said it' after it", 1.9). ``links``: how each other name form
    joined the entity, as (variant, the name it was linked to, the reason: "surname of",
    "acronym of", "demonym of", "same name without accents", ...).
    """

    type: tuple[tuple[str, float], ...] = ()
    links: tuple[tuple[str, str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world entity: its canonical (fullest) name, type and every mention, in text order.

    ``id`` is stable for a given text: derived from the canonical name, unique in the analysis.
    ``why`` is None unless the analysis was asked to explain itself.
    ``corrected``: the actions of the user's corrections that changed it ("merge", "retype",
    ...), in the order applied; empty for the engine's own reading.
    """

    id: str
    name: str
    type: str
    mentions: tuple[Mention, ...]
    why: EntityWhy | None = None
    corrected: tuple[str, ...] = ()

    @property
    def variants(self) -> tuple[str, ...]:
        """The distinct surface forms of the name mentions, in order of first appearance."""
        seen: dict[str, None] = {}
        for m in self.mentions:
            if m.form == "name":
                seen.setdefault(m.text, None)
        return tuple(seen)

    @property
    def name_count(self) -> int:
        return sum(1 for m in self.mentions if m.form == "name")

    @property
    def demonym_count(self) -> int:
        return sum(1 for m in self.mentions if m.form == "demonym")


@dataclass(frozen=True, slots=True)
class Timex:
    """A time expression with its TIMEX3 type and value (None when it cannot be resolved).

    ``inferred``: the value was resolved against a date the text gave earlier because the
    article has no publication date (narrative reading), so it is a best guess.
    ``why``: the resolution's steps in words ("Wednesday -> the Wednesday after 2005-03-01:
    future tense"), only filled when ``analyse(explain=True)``.
    """

    start: int
    end: int
    text: str
    type: str
    value: str | None
    inferred: bool = False
    why: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Event:
    """One chronology entry: a DATE or TIME expression and the sentence that holds it."""

    value: str | None
    timex: int  # index into Analysis.timexes
    start: int  # the sentence's span
    end: int
    sentence: str
    entities: tuple[str, ...]  # ids of the entities mentioned in the sentence
    # its date was read against an earlier one (no publication date), or "now" placed at the
    # publication date
    inferred: bool = False


@dataclass(frozen=True, slots=True)
class Analysis:
    """What ``analyse`` finds in one text; a pure function of (text, publication date)."""

    sentences: tuple[Span, ...]
    entities: tuple[Entity, ...]
    timexes: tuple[Timex, ...]
    chronology: tuple[Event, ...]


@dataclass(frozen=True)
class Article:
    """One article as read: its text (control characters already made visible) and metadata."""

    id: str
    path: str
    text: str
    title: str | None = None
    published: date | None = None
    published_from: str | None = None  # "metadata" | "page" | "option" | "text" | "user" | None
    encoding: str = "utf-8"
    source: str | None = None
    url: str | None = None
    warnings: tuple[str, ...] = field(default=())
    author: str | None = None

    @property
    def display_title(self) -> str:
        """The title, else the file name, else the id."""
        if self.title:
            return self.title
        if self.path and self.path != "-":
            return self.path.replace("\\", "/").rsplit("/", 1)[-1]
        return self.id

    @property
    def text_hash(self) -> str:
        """The article's stable identity: the SHA-256 of its text as read.

        The same text opened from another folder, under another id, or analysed by a newer
        engine has the same hash, so anything keyed by it (stored corrections, cached
        analyses) follows the text, not where it was found.
        """
        return text_hash(self.text)


def text_hash(text: str) -> str:
    """SHA-256 (hex) of ``text`` encoded as UTF-8 (surrogates kept): an article's identity."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
