"""What the explorer shows, free of Textual: the open articles, their analyses, the selection,
the type filters, and the indexes the panes need to draw quickly.

Panes never recompute what the engine found: they ask this state for rows and marks.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from newsview.models.document import Analysis, Article, Entity, Event, Timex
from newsview.models.timevalue import value_words

if TYPE_CHECKING:
    from newsview.models.collection import Collection, CollectionEntity

# The entity pane's groups, in display order, with the engine types each holds and its toggle key.
TYPE_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("People", ("PERSON",)),
    ("Organisations", ("ORG",)),
    ("Places", ("GPE", "LOC")),
    ("Groups", ("NORP",)),
    ("Other", ("OTHER",)),
)
GROUP_NAMES: tuple[str, ...] = tuple(name for name, _ in TYPE_GROUPS)
GROUP_OF_TYPE: dict[str, str] = {t: name for name, types in TYPE_GROUPS for t in types}

DATE_SOURCES = {
    "metadata": "from metadata",
    "page": "from the page",
    "option": "from --date",
    "text": "from the text",
    "user": "set by you",
}


def group_of(entity: Entity) -> str:
    return GROUP_OF_TYPE.get(entity.type, "Other")


# ---------------------------------------------------------------------------------------------
# Words for the panes


def count_label(entity: Entity) -> str:
    """Mention counts, demonyms apart: "6 + 7 as Peruvian", or just "4"."""
    names, demonyms = entity.name_count, entity.demonym_count
    if not demonyms:
        return str(names)
    demonym = next(m.text for m in entity.mentions if m.form == "demonym")
    return f"{names} + {demonyms} as {demonym}"


GUESS_MARK = "≈ "  # before a date that is a guess


def readable_date(value: str | None, inferred: bool = False) -> str:
    """A TIMEX3 value as a reader says it: "3 Nov 2025", "Dec 2022", "Q3 2025", "fiscal 2021",
    "20th century", "date unknown". An inferred value (``Event.inferred``: read against an
    earlier date in a text without a publication date, or "now" placed at the publication
    date) reads as a guess: "≈ 3 Nov 2025"."""
    words = value_words(value)
    return f"{GUESS_MARK}{words}" if inferred and value else words


def shorten(text: str, width: int) -> str:
    """One line of at most ``width`` characters, cut at a word with an ellipsis when too long."""
    flat = " ".join(text.split())
    if width <= 0:
        return ""
    if len(flat) <= width:
        return flat
    if width == 1:
        return "…"
    cut = flat[: width - 1]
    space = cut.rfind(" ")
    if space > width // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


def entity_status(entity: Entity, mention: int | None) -> str:
    """"Betssy Chávez — mention 3 of 7 — variants: Betssy Chávez, Chávez"."""
    parts = [entity.name]
    if mention is not None and entity.mentions:
        parts.append(f"mention {mention + 1} of {len(entity.mentions)}")
    variants = list(entity.variants)
    demonyms = list(dict.fromkeys(m.text for m in entity.mentions if m.form == "demonym"))
    if variants:
        parts.append("variants: " + ", ".join(variants))
    if demonyms:
        parts.append("as " + ", ".join(demonyms))
    return " — ".join(parts)


def timex_status(timex: Timex) -> str:
    """"the following year → 2023"."""
    shown = f"{timex.text} → {readable_date(timex.value, timex.inferred)}"
    if timex.inferred:
        shown += " (no publication date: read against a date named before it)"
    return shown


# ---------------------------------------------------------------------------------------------
# Marks: what the article pane draws over the text


MENTION = 0
TIMEX = 1


@dataclass(frozen=True, slots=True)
class Mark:
    """A stretch of the text the article pane styles: an entity mention or a time expression."""

    start: int
    end: int
    kind: int  # MENTION or TIMEX
    ref: str | int  # the entity id, or the timex index
    group: str  # the entity's group ("" for a timex)
    number: int = 0  # which mention of its entity (0-based), for MENTION


class ArticleIndex:
    """The analysis of one article, indexed for the panes: marks in text order and lookups.

    The indexes are built on first use: thousands of analyses arrive from the cache at once,
    and most are only counted (the article list) until their article is opened."""

    __slots__ = ("analysis", "_marks", "_starts", "_longest", "_entities", "_entity_order")

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self._marks: list[Mark] | None = None

    @classmethod
    def build(cls, analysis: Analysis) -> ArticleIndex:
        return cls(analysis)

    def _build(self) -> None:
        analysis = self.analysis
        marks: list[Mark] = []
        for entity in analysis.entities:
            group = group_of(entity)
            for number, m in enumerate(entity.mentions):
                marks.append(Mark(m.start, m.end, MENTION, entity.id, group, number))
        for i, t in enumerate(analysis.timexes):
            marks.append(Mark(t.start, t.end, TIMEX, i, ""))
        marks.sort(key=lambda k: (k.start, k.end))
        first_seen = {
            e.id: (e.mentions[0].start if e.mentions else 0, i)
            for i, e in enumerate(analysis.entities)
        }
        self._starts = [k.start for k in marks]
        self._longest = max((k.end - k.start for k in marks), default=0)
        self._entities = {e.id: e for e in analysis.entities}
        self._entity_order = {
            eid: n for n, eid in enumerate(sorted(first_seen, key=first_seen.__getitem__))
        }
        self._marks = marks

    @property
    def marks(self) -> list[Mark]:
        if self._marks is None:
            self._build()
        return self._marks  # type: ignore[return-value]

    @property
    def starts(self) -> list[int]:
        if self._marks is None:
            self._build()
        return self._starts

    @property
    def longest(self) -> int:
        if self._marks is None:
            self._build()
        return self._longest

    @property
    def entities(self) -> dict[str, Entity]:
        if self._marks is None:
            self._build()
        return self._entities

    @property
    def entity_order(self) -> dict[str, int]:
        """Position of each entity in the analysis by first appearance."""
        if self._marks is None:
            self._build()
        return self._entity_order

    def marks_between(self, start: int, end: int) -> list[Mark]:
        """Marks overlapping ``[start, end)``, in text order (found by bisecting, not scanning)."""
        lo = bisect_left(self.starts, start - self.longest)
        hi = bisect_left(self.starts, end, lo)
        return [k for k in self.marks[lo:hi] if k.end > start]

    def marks_at(self, offset: int) -> list[Mark]:
        return [k for k in self.marks_between(offset, offset + 1) if k.start <= offset < k.end]


# ---------------------------------------------------------------------------------------------
# Rows the list panes show


@dataclass(frozen=True, slots=True)
class GroupRows:
    name: str
    entities: tuple[Entity, ...]  # empty when hidden
    total_entities: int
    total_mentions: int
    hidden: bool


@dataclass(frozen=True, slots=True)
class MentionRow:
    """One line of the mentions list: a mention of the selected entity, where it is."""

    article: str  # the article's id
    entity_id: str  # the entity in that article's analysis
    number: int  # which of its mentions (0-based)
    start: int
    end: int
    text: str  # the variant written there
    form: str


def context_line(text: str, start: int, end: int, left_cells: int) -> tuple[str, str, str]:
    """A mention with its surroundings on one line: (before, mention, after), whitespace
    flattened, ``before`` cut to its last ``left_cells`` characters (so mentions line up)."""
    window = max(left_cells, 1)
    before = _flat(text[max(0, start - window * 2) : start])
    if len(before) > window or start > window * 2:
        before = "…" + before[-(window - 1) :] if window > 1 else "…"
    after = _flat(text[end : end + 240])
    return before, _flat(text[start:end]), after


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def sentence_at(analysis: Analysis, offset: int) -> tuple[int, int] | None:
    """The span of the sentence holding ``offset``, if the analysis has one there."""
    sentences = analysis.sentences
    number = bisect_left([s.start for s in sentences], offset + 1) - 1
    if 0 <= number < len(sentences) and sentences[number].start <= offset < max(
        sentences[number].end, sentences[number].start + 1
    ):
        return sentences[number].start, sentences[number].end
    return None


@dataclass(frozen=True, slots=True)
class EventRow:
    index: int  # into Analysis.chronology
    event: Event
    involves_selected: bool


@dataclass
class AppState:
    """Everything the explorer shows; the app mutates it and asks the panes to redraw.

    Articles are identified by their id (unique among those open, as the reader makes them,
    and the engine's ``Collection`` uses them too); ``articles`` keeps the reading order, the
    one the article list draws and ``[``/``]`` follow."""

    articles: list[Article] = field(default_factory=list)
    indexes: dict[str, ArticleIndex] = field(default_factory=dict)  # article id -> its analysis
    problems: list[str] = field(default_factory=list)  # inputs that could not be read
    # Article id -> why it has no analysis (too large, or the engine failed on it).
    unanalysed: dict[str, str] = field(default_factory=dict)
    current: str | None = None  # id of the article on screen (the first one read, at first)
    selected: str | None = None  # entity id in the current article
    mention: int | None = None  # index into the selected entity's mentions
    event: int | None = None  # index into the current analysis's chronology
    found: tuple[int, int] | None = None  # a text match chosen in search, marked until cleared
    hidden_groups: set[str] = field(default_factory=set)
    only_selected_events: bool = False
    # The entity list and chronology cover this article ("article") or all open ones ("all").
    scope: str = "article"
    collection: Collection | None = None  # built when the all-articles scope is first shown
    selected_group: str | None = None  # collection entity id, in the all-articles scope
    # (collection entity id, name) pinned with P: the browser's entity filter needs both.
    pinned: tuple[str, str] | None = None
    # Article id -> the other articles read with the same text (shown once, "also in").
    duplicates: dict[str, list[Article]] = field(default_factory=dict)
    _by_id: dict[str, Article] = field(default_factory=dict)
    _positions: dict[str, int] = field(default_factory=dict)  # article id -> place in the list

    def __post_init__(self) -> None:
        given, self.articles = self.articles, []
        self.add_articles(given)

    # -- articles ---------------------------------------------------------------------------

    @property
    def article(self) -> Article | None:
        return self._by_id.get(self.current) if self.current is not None else None

    def article_by_id(self, article_id: str) -> Article | None:
        return self._by_id.get(article_id)

    def position(self, article_id: str | None) -> int | None:
        """Where the article is in the reading order (for the lists that draw that order)."""
        return self._positions.get(article_id) if article_id is not None else None

    @property
    def index(self) -> ArticleIndex | None:
        return self.indexes.get(self.current) if self.current is not None else None

    @property
    def pending_note(self) -> str:
        """What the lists say while the current article has no analysis."""
        return self.unanalysed.get(self.current or "", "analysing…")

    def add_articles(self, articles: Iterable[Article]) -> None:
        """Open more articles; an id already open is ignored (the reader makes ids unique)."""
        for article in articles:
            if article.id in self._by_id:
                continue
            self._positions[article.id] = len(self.articles)
            self._by_id[article.id] = article
            self.articles.append(article)
        if self.current is None and self.articles:
            self.current = self.articles[0].id

    def replace_article(self, position: int, article: Article) -> None:
        """Put ``article`` in the list at ``position`` (the same file read again, maybe under
        another id): the old one's analysis goes, and it becomes current if the old one was."""
        old = self.articles[position]
        self.indexes.pop(old.id, None)
        self.unanalysed.pop(old.id, None)
        del self._by_id[old.id], self._positions[old.id]
        self.articles[position] = article
        self._by_id[article.id] = article
        self._positions[article.id] = position
        if self.current == old.id:
            self.current = article.id

    def set_analysis(self, article_id: str, analysis: Analysis) -> None:
        article = self._by_id.get(article_id)
        if article is None:
            return
        self.indexes[article_id] = ArticleIndex.build(analysis)
        if self.collection is not None:
            self.collection.add(article, analysis)
        if article_id == self.current:  # a new analysis (a new date): keep what still exists
            self._keep_valid_selection()

    def analysed_pairs(self) -> list[tuple[Article, Analysis]]:
        """(article, analysis) of every analysed article, in reading order."""
        indexes = self.indexes
        return [(a, indexes[a.id].analysis) for a in self.articles if a.id in indexes]

    def _keep_valid_selection(self) -> None:
        entity = self.entity
        if entity is None:
            self.selected = None
            self.mention = None
        elif self.mention is not None:
            self.mention = min(self.mention, len(entity.mentions) - 1) if entity.mentions else None
        index = self.index
        if index is not None and self.event is not None and self.event >= len(index.analysis.chronology):
            self.event = None

    def set_publication_date(self, article_id: str, published: date) -> Article | None:
        """Give the article the date the user typed; its analysis must be redone."""
        position = self._positions.get(article_id)
        if position is None:
            return None
        article = replace(self.articles[position], published=published, published_from="user")
        self.articles[position] = article
        self._by_id[article_id] = article
        return article

    def go_to_article(self, article_id: str) -> bool:
        """Show the article; the selection belongs to an article, so it is cleared."""
        if article_id not in self._by_id or article_id == self.current:
            return False
        self.current = article_id
        self.clear_selection()
        self._select_group_member()
        return True

    def article_after(self, step: int) -> str | None:
        """The id of the article ``step`` places after the current one in the list, wrapping."""
        position = self.position(self.current)
        if position is None or not self.articles:
            return None
        return self.articles[(position + step) % len(self.articles)].id

    def clear_selection(self) -> None:
        """Clear this article's selection (the all-articles one is cleared with ``scope``)."""
        self.selected = None
        self.mention = None
        self.event = None
        self.found = None

    def also_in(self, article: Article) -> list[str]:
        """Where else the article's text was read, one each: "source (id)", else the file's
        name (with the id when the file holds several articles), else the id."""
        places = []
        for one in self.duplicates.get(article.id, ()):
            name = one.path.replace("\\", "/").rsplit("/", 1)[-1] if one.path not in ("", "-") else ""
            if one.source:
                places.append(f"{one.source} ({one.id})")
            elif name and (one.path == article.path or name.rsplit(".", 1)[0] != one.id):
                places.append(f"{name} ({one.id})")
            else:
                places.append(name or one.id)
        return places

    def citation(self, article: Article) -> str:
        """"Title. Source, 3 May 2024. https://…": what a quoted sentence needs with it."""
        where = ", ".join(
            part for part in (
                article.source or "",
                article.published.strftime("%-d %b %Y") if article.published else "date unknown",
            ) if part
        )
        title = " ".join(article.display_title.split())
        by = f" By {' '.join(article.author.split())}." if article.author else ""
        address = article.url or (article.path if article.path and article.path != "-" else "")
        return f"{title}.{by} {where}." + (f" {address}" if address else "")

    def mention_starting_at(self, entity_id: str, start: int) -> int:
        """Which mention of the entity starts at ``start`` (the first one if none does)."""
        index = self.index
        entity = index.entities.get(entity_id) if index else None
        if entity is not None:
            for number, m in enumerate(entity.mentions):
                if m.start == start:
                    return number
        return 0

    # -- entities ---------------------------------------------------------------------------

    @property
    def entity(self) -> Entity | None:
        index = self.index
        if index is None or self.selected is None:
            return None
        return index.entities.get(self.selected)

    def entity_groups(self) -> list[GroupRows]:
        """The entity pane: per group, its entities by mention count then first appearance."""
        index = self.index
        if index is None:
            return []
        by_group: dict[str, list[Entity]] = {name: [] for name in GROUP_NAMES}
        for entity in index.analysis.entities:
            by_group[group_of(entity)].append(entity)
        rows = []
        for name in GROUP_NAMES:
            entities = by_group[name]
            if not entities:
                continue
            entities.sort(key=lambda e: (-len(e.mentions), index.entity_order[e.id]))
            hidden = name in self.hidden_groups
            rows.append(
                GroupRows(
                    name,
                    () if hidden else tuple(entities),
                    len(entities),
                    sum(len(e.mentions) for e in entities),
                    hidden,
                )
            )
        return rows

    def select_entity(self, entity_id: str | None, mention: int = 0) -> Entity | None:
        """Select an entity (and one of its mentions); returns it, or None if unknown."""
        index = self.index
        entity = index.entities.get(entity_id) if index and entity_id else None
        if entity is None or group_of(entity) in self.hidden_groups:
            self.selected = None
            self.mention = None
            return None
        self.selected = entity.id
        self.mention = min(max(mention, 0), len(entity.mentions) - 1) if entity.mentions else None
        article = self.article
        if self.scope == "all" and self.collection is not None and article is not None:
            # Chosen in the text, search or palette: the selection across articles follows.
            group = self.collection.entity_of(article.id, entity.id)
            self.selected_group = group.id if group is not None else None
        return entity

    def step_mention(self, step: int) -> int | None:
        """Move to the next (+1) or previous (-1) mention of the selected entity, wrapping;
        returns the offset to show."""
        entity = self.entity
        if entity is None or not entity.mentions:
            return None
        current = -1 if self.mention is None and step > 0 else (self.mention or 0)
        self.mention = (current + step) % len(entity.mentions)
        return entity.mentions[self.mention].start

    def current_mention_span(self) -> tuple[int, int] | None:
        entity = self.entity
        if entity is None or self.mention is None or not entity.mentions:
            return None
        m = entity.mentions[self.mention]
        return m.start, m.end

    def toggle_group(self, name: str) -> None:
        if name in self.hidden_groups:
            self.hidden_groups.discard(name)
        else:
            self.hidden_groups.add(name)
            entity = self.entity
            if entity is not None and group_of(entity) == name:
                self.selected = None
                self.mention = None

    # -- all open articles ------------------------------------------------------------------

    def set_scope(self, scope: str) -> None:
        """Switch the entity list and chronology between this article and all open ones."""
        self.scope = scope
        if scope == "all":
            self.ensure_collection()
            entity = self.entity
            group = self.group_of_selected() if entity is not None else None
            self.selected_group = group.id if group is not None else None
        else:
            self.selected_group = None

    def ensure_collection(self) -> Collection:
        if self.collection is None:
            from newsview.models.collection import Collection

            self.collection = Collection(self.analysed_pairs())
        return self.collection

    @property
    def group(self) -> CollectionEntity | None:
        """The selected collection entity (all-articles scope)."""
        if self.collection is None or self.selected_group is None:
            return None
        return self.collection.entity(self.selected_group)

    def group_of_selected(self) -> CollectionEntity | None:
        article = self.article
        if self.collection is None or article is None or self.selected is None:
            return None
        return self.collection.entity_of(article.id, self.selected)

    def select_group(self, group_id: str) -> CollectionEntity | None:
        """Select a collection entity, and its entity in the current article if it has one."""
        if self.collection is None:
            return None
        group = self.collection.entity(group_id)
        if group is None or GROUP_OF_TYPE.get(group.type, "Other") in self.hidden_groups:
            return None
        self.selected_group = group.id
        self._select_group_member()
        return group

    def _select_group_member(self) -> None:
        group = self.group if self.scope == "all" else None
        article = self.article
        if group is None or article is None:
            return
        member = next((eid for aid, eid in group.members if aid == article.id), None)
        if member is None:
            self.selected = None
            self.mention = None
        elif member != self.selected:
            self.select_entity(member, 0)

    def group_rows(self, limit: int = 500) -> list[tuple[str, tuple[CollectionEntity, ...], int, bool]]:
        """The entity list in the all-articles scope: per group (name, entities shown, how many
        in all, hidden), by the number of articles naming them, then mentions."""
        if self.collection is None:
            return []
        by_group: dict[str, list[CollectionEntity]] = {name: [] for name in GROUP_NAMES}
        for group in self.collection.entities():
            by_group[GROUP_OF_TYPE.get(group.type, "Other")].append(group)
        rows = []
        for name in GROUP_NAMES:
            entities = by_group[name]
            if not entities:
                continue
            entities.sort(key=lambda g: (-g.article_count, -g.mention_count))
            hidden = name in self.hidden_groups
            rows.append((name, () if hidden else tuple(entities[:limit]), len(entities), hidden))
        return rows

    def group_status(self, group: CollectionEntity) -> str:
        """"Peru — in 3 of 5 articles: A, B, C — 17 mentions — variants: Peru, Perú"."""
        titles = []
        for article_id in group.article_ids[:4]:
            article = self._by_id.get(article_id)
            if article is not None:
                titles.append(article.display_title)
        more = ", …" if group.article_count > len(titles) else ""
        noun = "article" if len(self.articles) == 1 else "articles"
        parts = [
            group.name,
            f"in {group.article_count} of {len(self.articles)} {noun}: " + ", ".join(titles) + more,
            f"{group.mention_count} mention{'' if group.mention_count == 1 else 's'}",
        ]
        if group.variants:
            parts.append("variants: " + ", ".join(group.variants[:6]))
        return " — ".join(parts)

    def timeline_rows(self) -> list[tuple[str, int, Event, bool]]:
        """All articles' events on one timeline: (article id, event index, event, involves
        the selected entity), filtered by ``only_selected_events``."""
        if self.collection is None:
            return []
        involved = self.involved_events()
        rows = []
        for item in self.collection.timeline():
            if item.article_id not in self._by_id:
                continue
            marked = (item.article_id, item.index) in involved
            if self.only_selected_events and self.has_selection and not marked:
                continue
            rows.append((item.article_id, item.index, item.event, marked))
        return rows

    @property
    def has_selection(self) -> bool:
        return self.selected is not None or (self.scope == "all" and self.selected_group is not None)

    def involved_events(self) -> set[tuple[str, int]]:
        """(article id, event index) of the events naming the selected entity."""
        members: list[tuple[str, str]] = []
        group = self.group if self.scope == "all" else None
        if group is not None:
            members = list(group.members)
        elif self.selected is not None and self.current is not None:
            members.append((self.current, self.selected))
        found = set()
        for article_id, entity_id in members:
            index = self.indexes.get(article_id)
            if index is None:
                continue
            for position, event in enumerate(index.analysis.chronology):
                if entity_id in event.entities:
                    found.add((article_id, position))
        return found

    # -- mentions list ----------------------------------------------------------------------

    def mention_rows(self) -> list[MentionRow]:
        """Every mention of the selected entity, in text order; in the all-articles scope,
        every mention in every article, article by article."""
        group = self.group if self.scope == "all" else None
        if group is not None:
            rows = []
            for article_id, entity_id in group.members:
                index = self.indexes.get(article_id)
                entity = index.entities.get(entity_id) if index is not None else None
                if entity is None:
                    continue
                rows += [
                    MentionRow(article_id, entity.id, n, m.start, m.end, m.text, m.form)
                    for n, m in enumerate(entity.mentions)
                ]
            return rows
        entity = self.entity
        if entity is None or self.current is None:
            return []
        return [
            MentionRow(self.current, entity.id, number, m.start, m.end, m.text, m.form)
            for number, m in enumerate(entity.mentions)
        ]

    def step_group_mention(self, step: int) -> MentionRow | None:
        """The next (+1) or previous (-1) mention of the entity selected across all articles,
        from article to article, wrapping; None without such a selection."""
        rows = self.mention_rows() if self.scope == "all" and self.group is not None else []
        if not rows:
            return None
        here = next(
            (
                i
                for i, row in enumerate(rows)
                if (row.article, row.entity_id, row.number)
                == (self.current, self.selected, self.mention)
            ),
            None,
        )
        if here is not None:
            return rows[(here + step) % len(rows)]
        # Not in this article: the first mention in a later one (in the list's order).
        place = self.position(self.current)
        if place is None:
            return rows[0] if step > 0 else rows[-1]
        positions = self._positions
        if step > 0:
            return next((row for row in rows if positions[row.article] > place), rows[0])
        return next((row for row in reversed(rows) if positions[row.article] < place), rows[-1])

    def current_sentence(self, offset: int | None = None) -> tuple[int, int] | None:
        """The sentence in hand: the one at ``offset``, else the current mention's, the chosen
        event's or the found match's."""
        index = self.index
        if index is None:
            return None
        if offset is None:
            span = self.current_mention_span()
            event = self.selected_event
            if span is not None:
                offset = span[0]
            elif event is not None:
                return event.start, event.end
            elif self.found is not None:
                offset = self.found[0]
            else:
                return None
        return sentence_at(index.analysis, offset)

    # -- chronology -------------------------------------------------------------------------

    def event_rows(self) -> list[EventRow]:
        index = self.index
        if index is None:
            return []
        selected = self.selected
        rows = []
        for i, event in enumerate(index.analysis.chronology):
            involves = selected is not None and selected in event.entities
            if self.only_selected_events and selected is not None and not involves:
                continue
            rows.append(EventRow(i, event, involves))
        return rows

    @property
    def selected_event(self) -> Event | None:
        index = self.index
        if index is None or self.event is None:
            return None
        chronology = index.analysis.chronology
        return chronology[self.event] if 0 <= self.event < len(chronology) else None

    def event_timex(self, event: Event) -> Timex | None:
        index = self.index
        if index is None or not 0 <= event.timex < len(index.analysis.timexes):
            return None
        return index.analysis.timexes[event.timex]

    # -- the article's marks ----------------------------------------------------------------

    def visible_marks(self, start: int, end: int) -> list[Mark]:
        """Marks to draw over ``[start, end)``: those of hidden groups are left out."""
        index = self.index
        if index is None:
            return []
        hidden = self.hidden_groups
        marks = index.marks_between(start, end)
        if hidden:
            marks = [k for k in marks if k.kind == TIMEX or k.group not in hidden]
        return marks

    def mark_at(self, offset: int) -> Mark | None:
        """The visible mark under ``offset``, a mention before a time expression."""
        marks = [k for k in self.visible_marks(offset, offset + 1) if k.start <= offset < k.end]
        marks.sort(key=lambda k: k.kind)
        return marks[0] if marks else None
