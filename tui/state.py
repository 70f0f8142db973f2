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


def readable_date(value: str | None, inferred: bool = False) -> str:
    """A TIMEX3 value as a reader says it: "3 Nov 2025", "Dec 2022", "Q3 2025", "fiscal 2021",
    "20th century", "date unknown". A value inferred from an earlier date in a text without a
    publication date (``Timex.inferred``) reads as a guess: "≈ 3 Nov 2025"."""
    words = value_words(value)
    return f"≈ {words}" if inferred and value else words


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


@dataclass
class ArticleIndex:
    """The analysis of one article, indexed for the panes: marks in text order and lookups."""

    analysis: Analysis
    marks: list[Mark]
    starts: list[int]
    longest: int
    entities: dict[str, Entity]
    entity_order: dict[str, int]  # position of the entity in the analysis (first appearance)

    @classmethod
    def build(cls, analysis: Analysis) -> ArticleIndex:
        marks: list[Mark] = []
        for entity in analysis.entities:
            group = group_of(entity)
            for number, m in enumerate(entity.mentions):
                marks.append(Mark(m.start, m.end, MENTION, entity.id, group, number))
        for i, t in enumerate(analysis.timexes):
            marks.append(Mark(t.start, t.end, TIMEX, i, ""))
        marks.sort(key=lambda k: (k.start, k.end))
        longest = max((k.end - k.start for k in marks), default=0)
        first_seen = {
            e.id: (e.mentions[0].start if e.mentions else 0, i)
            for i, e in enumerate(analysis.entities)
        }
        order = {eid: n for n, eid in enumerate(sorted(first_seen, key=first_seen.__getitem__))}
        return cls(
            analysis,
            marks,
            [k.start for k in marks],
            longest,
            {e.id: e for e in analysis.entities},
            order,
        )

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

    article: int  # article number
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
    """Everything the explorer shows; the app mutates it and asks the panes to redraw."""

    articles: list[Article] = field(default_factory=list)
    indexes: dict[int, ArticleIndex] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)  # inputs that could not be read
    # Per article, why it has no analysis (too large, or the engine failed on it).
    unanalysed: dict[int, str] = field(default_factory=dict)
    current: int = 0
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
    _numbers: dict[str, int] = field(default_factory=dict)  # article id -> number
    _numbered: int = 0  # articles numbered in ``_numbers`` so far
    # (collection entity id, name) pinned with P: the browser's entity filter needs both.
    pinned: tuple[str, str] | None = None
    # Article id -> the other articles read with the same text (shown once, "also in").
    duplicates: dict[str, list[Article]] = field(default_factory=dict)

    # -- articles ---------------------------------------------------------------------------

    @property
    def article(self) -> Article | None:
        if 0 <= self.current < len(self.articles):
            return self.articles[self.current]
        return None

    @property
    def index(self) -> ArticleIndex | None:
        return self.indexes.get(self.current)

    @property
    def pending_note(self) -> str:
        """What the lists say while the current article has no analysis."""
        return self.unanalysed.get(self.current, "analysing…")

    def add_articles(self, articles: Iterable[Article]) -> None:
        self.articles.extend(articles)

    def set_analysis(self, article: int, analysis: Analysis) -> None:
        self.indexes[article] = ArticleIndex.build(analysis)
        if self.collection is not None:
            self.collection.add(self.articles[article], analysis)
        if article == self.current:  # a new analysis (a new date): keep what still exists
            self._keep_valid_selection()

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

    def set_publication_date(self, number: int, published: date) -> Article | None:
        """Give article ``number`` the date the user typed; its analysis must be redone."""
        if not 0 <= number < len(self.articles):
            return None
        article = replace(self.articles[number], published=published, published_from="user")
        self.articles[number] = article
        return article

    def go_to_article(self, number: int) -> bool:
        """Show article ``number``; the selection belongs to an article, so it is cleared."""
        if not self.articles:
            return False
        number %= len(self.articles)
        if number == self.current:
            return False
        self.current = number
        self.clear_selection()
        self._select_group_member()
        return True

    def clear_selection(self) -> None:
        """Clear this article's selection (the all-articles one is cleared with ``scope``)."""
        self.selected = None
        self.mention = None
        self.event = None
        self.found = None

    def renumber(self) -> None:
        """An article was replaced by one that may have another id: number them all again."""
        self._numbers = {}
        self._numbered = 0

    def article_number(self, article_id: str) -> int | None:
        """The position of the article with this id (ids are unique when read from files)."""
        # Articles only grow (and keep their ids): only those added since are numbered, or
        # each of 20,000 arriving analyses would renumber every article while they are read.
        for number in range(self._numbered, len(self.articles)):
            self._numbers.setdefault(self.articles[number].id, number)
        self._numbered = len(self.articles)
        return self._numbers.get(article_id)

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

            self.collection = Collection(
                (self.articles[n], index.analysis) for n, index in sorted(self.indexes.items())
            )
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
            number = self.article_number(article_id)
            if number is not None:
                titles.append(self.articles[number].display_title)
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

    def timeline_rows(self) -> list[tuple[int, int, Event, bool]]:
        """All articles' events on one timeline: (article number, event index, event, involves
        the selected entity), filtered by ``only_selected_events``."""
        if self.collection is None:
            return []
        involved = self.involved_events()
        rows = []
        for item in self.collection.timeline():
            number = self.article_number(item.article_id)
            if number is None:
                continue
            key = (number, item.index)
            marked = key in involved
            if self.only_selected_events and self.has_selection and not marked:
                continue
            rows.append((number, item.index, item.event, marked))
        return rows

    @property
    def has_selection(self) -> bool:
        return self.selected is not None or (self.scope == "all" and self.selected_group is not None)

    def involved_events(self) -> set[tuple[int, int]]:
        """(article number, event index) of the events naming the selected entity."""
        members: list[tuple[int, str]] = []
        group = self.group if self.scope == "all" else None
        if group is not None:
            for article_id, entity_id in group.members:
                number = self.article_number(article_id)
                if number is not None:
                    members.append((number, entity_id))
        elif self.selected is not None:
            members.append((self.current, self.selected))
        found = set()
        for number, entity_id in members:
            index = self.indexes.get(number)
            if index is None:
                continue
            for position, event in enumerate(index.analysis.chronology):
                if entity_id in event.entities:
                    found.add((number, position))
        return found

    # -- mentions list ----------------------------------------------------------------------

    def mention_rows(self) -> list[MentionRow]:
        """Every mention of the selected entity, in text order; in the all-articles scope,
        every mention in every article, article by article."""
        group = self.group if self.scope == "all" else None
        if group is not None:
            rows = []
            for article_id, entity_id in group.members:
                number = self.article_number(article_id)
                index = self.indexes.get(number) if number is not None else None
                entity = index.entities.get(entity_id) if index is not None else None
                if entity is None:
                    continue
                rows += [
                    MentionRow(number, entity.id, n, m.start, m.end, m.text, m.form)
                    for n, m in enumerate(entity.mentions)
                ]
            return rows
        entity = self.entity
        if entity is None:
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
        if step > 0:  # not in this article: the first mention in a later one
            return next((row for row in rows if row.article > self.current), rows[0])
        return next((row for row in reversed(rows) if row.article < self.current), rows[-1])

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
