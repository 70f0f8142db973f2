"""The corpus views' rows, free of Textual: the article table (sorted and filtered) and the
readable timeline (grouped by day, month or year). Articles are named by their id.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from newsview.models.document import Article, Event
from newsview.tui.state import AppState

if TYPE_CHECKING:
    from newsview.models.collection import CollectionEntity

COLUMNS = ("title", "date", "source", "entities")
HEADLINE_CHARS = 200
# Files that hold many articles: their name says nothing of one of them.
MANY_ARTICLE_SUFFIXES = (".jsonl", ".json", ".rss", ".atom", ".xml")


def headline(article: Article) -> str:
    """What names an article in lists and the header: its title; without one, the file's
    name when such a file is one article (.txt, .md, a page), else (a record of a JSON or
    JSON lines file, a feed item) the text's first line, cut to 200 characters."""
    if article.title:
        return " ".join(article.title.split())
    name = article.path.replace("\\", "/").rsplit("/", 1)[-1] if article.path not in ("", "-") else ""
    if name and not name.lower().endswith(MANY_ARTICLE_SUFFIXES):
        return name
    for line in article.text.splitlines():
        if line.strip():
            return " ".join(line.split())[:HEADLINE_CHARS]
    return article.display_title


@dataclass(frozen=True)
class TableQuery:
    """How the article table is ordered and filtered."""

    sort: str = "date"  # one of COLUMNS
    descending: bool = False
    text: str = ""  # typed: matched in title, source, author, id and text (case-blind)
    naming: tuple[str, ...] = ()  # collection entity ids every shown article must name


class ArticleTable:
    """The rows of the article table: article ids, sorted and filtered, recomputed only when
    the query changes. Folded texts for the typed filter are made once, when first asked for."""

    def __init__(self, state: AppState) -> None:
        self.state = state
        self._folded: dict[str, str] = {}

    def entity_count(self, article_id: str) -> int:
        index = self.state.indexes.get(article_id)
        return len(index.analysis.entities) if index is not None else -1

    def rows(self, query: TableQuery) -> list[str]:
        articles: Iterable[Article] = self.state.articles
        if query.naming:
            articles = self._naming(query.naming)
        if query.text.strip():
            articles = self._matching(articles, query.text)
        # Ties keep the reading order, both ways (a reversed sort is still stable).
        ordered = sorted(articles, key=self._sort_key(query.sort), reverse=query.descending)
        return [article.id for article in ordered]

    def _sort_key(self, column: str) -> Callable[[Article], Any]:
        if column == "title":
            return lambda a: headline(a).casefold()
        if column == "source":
            return lambda a: (a.source or "\uffff").casefold()
        if column == "entities":
            return lambda a: self.entity_count(a.id)
        return lambda a: a.published or date.max

    def _naming(self, entity_ids: tuple[str, ...]) -> list[Article]:
        """The open articles naming every one of these collection entities, in reading order."""
        collection = self.state.ensure_collection()
        wanted: set[str] | None = None
        for entity_id in entity_ids:
            entity = collection.entity(entity_id)
            ids = set(entity.article_ids) if entity is not None else set()
            wanted = ids if wanted is None else wanted & ids
        return [a for a in self.state.articles if a.id in (wanted or ())]

    def _matching(self, articles: Iterable[Article], text: str) -> list[Article]:
        words = text.casefold().split()
        folded = self._folded_text
        return [a for a in articles if all(word in folded(a) for word in words)]

    def _folded_text(self, article: Article) -> str:
        folded = self._folded.get(article.id)
        if folded is None:
            fields = (headline(article), article.source or "", article.author or "",
                      article.id, article.text)
            folded = self._folded[article.id] = "\n".join(fields).casefold()
        return folded


# ---------------------------------------------------------------------------------------------
# The readable timeline

UNDATED = "date unknown"


@dataclass(frozen=True, slots=True)
class TimelineRow:
    """One line group of the timeline view: a heading (``event`` None) or an event."""

    heading: str
    article: str = ""  # the article's id (events only)
    index: int = -1  # the event's position in its article's chronology
    event: Event | None = None
    involves: bool = False  # names the selected entity


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_WEEK = re.compile(r"(\d{4})-W(\d{2})")


def period(value: str | None, grain: str) -> str:
    """The heading an event's value is grouped under, a TIMEX3 value itself: by day
    "2024-05-03", by month "2024-05", by year "2024". A value coarser than the grain is its own
    heading ("2024-Q3" by day); a week goes under its Monday's month and year."""
    if not value or not value[:1].isdigit():
        return UNDATED
    year = value[:4]
    if grain == "year":
        return year if year.isdigit() else value
    if _DAY.match(value):
        return value[:10] if grain == "day" else value[:7]
    week = _WEEK.match(value)
    if week:
        if grain == "day":
            return week.group(0)
        try:
            monday = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        except ValueError:
            return week.group(0)
        return f"{monday.year:04}-{monday.month:02}"
    return value


def selected_entity(state: AppState) -> CollectionEntity | None:
    """The selected entity across the open articles: the one chosen in the all-articles
    scope, else the collection entity of the one selected in this article."""
    collection = state.ensure_collection()
    if state.scope == "all" and state.group is not None:
        return state.group
    article = state.article
    if article is None or state.selected is None:
        return None
    return collection.entity_of(article.id, state.selected)


def timeline_view_rows(state: AppState, grain: str = "day", entity_id: str | None = None,
                       undated_open: bool = False) -> list[TimelineRow]:
    """Every open article's events in time order under headings of the chosen grain (only
    those naming collection entity ``entity_id`` when given); those without a date last,
    under one heading, folded unless ``undated_open``."""
    collection = state.ensure_collection()
    members: set[tuple[str, str]] = set()
    if entity_id is not None:
        entity = collection.entity(entity_id)
        members = set(entity.members) if entity is not None else set()
    rows: list[TimelineRow] = []
    undated: list[TimelineRow] = []
    heading = None
    for item in collection.timeline():
        if state.article_by_id(item.article_id) is None:
            continue
        event = item.event
        involves = any((item.article_id, eid) in members for eid in event.entities)
        if entity_id is not None and not involves:
            continue
        label = period(event.value, grain)
        row = TimelineRow(label, item.article_id, item.index, event, involves)
        if label == UNDATED:
            undated.append(row)
            continue
        if label != heading:
            rows.append(TimelineRow(label))
            heading = label
        rows.append(row)
    if undated:
        fold = "▾" if undated_open else "▸"
        action = "fold" if undated_open else "show"
        noun = "event" if len(undated) == 1 else "events"
        rows.append(TimelineRow(f"{fold} {UNDATED}: {len(undated)} {noun} (Enter: {action})"))
        if undated_open:
            rows += undated
    return rows
