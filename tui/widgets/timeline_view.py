"""The timeline view (`v`): every open article's events over the whole screen, grouped by day,
month or year, each with its date, its article's title and its sentence wrapped in full.
Events without a date come last, folded under one heading. With an entity selected, a chart
of its mentions per month across the articles, and `e` keeps only its events.

Only the rows from the top of the view down are laid out at each frame, so a timeline of
200,000 events opens and moves as fast as one of twenty.
"""

from __future__ import annotations

import textwrap
from collections import Counter
from datetime import date, timedelta

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.reactive import reactive
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Sparkline, Static

from newsview.tui.browse import UNDATED, TimelineRow, headline, timeline_view_rows
from newsview.tui.state import AppState, readable_date
from newsview.tui.widgets.pane_list import ROW_CURSOR_BINDINGS
from newsview.tui.widgets.status import one_line

GRAINS = ("day", "month", "year")
INDENT = 4


def event_lines(state: AppState, row: TimelineRow, width: int) -> list[tuple[str, str]]:
    """A row as (line, style name) pairs: a heading, or the event's date and title, then its
    sentence wrapped in full under it."""
    if row.event is None:
        label = row.heading
        if label != UNDATED and not label.startswith(("▸", "▾")):
            label = readable_date(label)
        return [(label, "heading")]
    event = row.event
    article = state.article_by_id(row.article)
    when = readable_date(event.value, event.inferred) if event.value else UNDATED
    mark = "● " if row.involves else "  "
    title = one_line(headline(article)) if article is not None else row.article
    first = f"{mark}{when} · {title}"
    lines = [(first[: width - 1] + "…" if len(first) > width else first, "title")]
    sentence = " ".join(event.sentence.split())
    for part in textwrap.wrap(sentence, max(width - INDENT, 10)) or [""]:
        lines.append((" " * INDENT + part, "sentence"))
    return lines


class TimelineBody(Widget, can_focus=True):
    """The rows, drawn from ``top``; the cursor is a row, kept on screen."""

    BINDINGS = ROW_CURSOR_BINDINGS
    DEFAULT_CSS = "TimelineBody { height: 1fr; padding: 0 1; }"

    cursor: reactive[int] = reactive(0)

    def __init__(self, state: AppState, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.state = state
        self.rows: list[TimelineRow] = []
        self.top = 0

    def set_rows(self, rows: list[TimelineRow], cursor: int = 0) -> None:
        self.rows = rows
        self.top = 0
        cursor = min(cursor, max(len(rows) - 1, 0))
        self.cursor = self._stop(cursor, +1) if rows and not self._stops_at(cursor) else cursor
        self._follow()
        self.refresh()

    def _height_of(self, row: int) -> int:
        return len(event_lines(self.state, self.rows[row], self.content_region.width or 80))

    def _follow(self) -> None:
        """Move ``top`` so that the cursor's row is whole on screen."""
        if self.cursor < self.top:
            self.top = self.cursor
            return
        room = self.content_region.height
        if room <= 0:  # not laid out yet: on_resize follows
            return
        used = sum(self._height_of(r) for r in range(self.top, self.cursor + 1))
        while used > room and self.top < self.cursor:
            used -= self._height_of(self.top)
            self.top += 1

    def on_resize(self) -> None:
        self._follow()

    def watch_cursor(self) -> None:
        if self.rows:
            self._follow()

    def _stops_at(self, row: int) -> bool:
        """Events and the fold of the undated ones take the cursor; day headings do not."""
        found = self.rows[row]
        return found.event is not None or found.heading.startswith(("▸", "▾"))

    def _stop(self, row: int, step: int) -> int:
        """The nearest row from ``row`` in direction ``step`` that takes the cursor."""
        last = len(self.rows) - 1
        row = min(max(row, 0), last)
        probe = row
        while 0 <= probe <= last and not self._stops_at(probe):
            probe += step
        if 0 <= probe <= last:
            return probe
        probe = row
        while 0 <= probe <= last and not self._stops_at(probe):
            probe -= step
        return probe if 0 <= probe <= last else row

    def action_move(self, step: int) -> None:
        if self.rows:
            target = min(max(self.cursor + step, 0), len(self.rows) - 1)
            self.cursor = self._stop(target, 1 if step > 0 else -1)

    def action_page(self, step: int) -> None:
        self.action_move(step * max(self.content_region.height // 3, 1))

    def action_edge(self, step: int) -> None:
        if self.rows:
            self.cursor = self._stop(0, 1) if step < 0 else self._stop(len(self.rows) - 1, -1)

    @property
    def row(self) -> TimelineRow | None:
        return self.rows[self.cursor] if 0 <= self.cursor < len(self.rows) else None

    def visible_lines(self) -> list[tuple[str, str, bool]]:
        """(line, style name, on the cursor row) from the top of the view down."""
        width = self.content_region.width or 80
        height = self.content_region.height or 24
        lines: list[tuple[str, str, bool]] = []
        row = self.top
        while row < len(self.rows) and len(lines) < height:
            for line, style in event_lines(self.state, self.rows[row], width):
                lines.append((line, style, row == self.cursor))
            row += 1
        return lines[:height]

    def render(self) -> Text:
        if not self.rows:
            return Text("No events: no dated sentence in the open articles (or none naming the "
                        "selected entity; e shows all).")
        styles = {"heading": "bold", "title": "", "sentence": ""}
        text = Text(no_wrap=True, overflow="crop")
        for number, (line, style, current) in enumerate(self.visible_lines()):
            if number:
                text.append("\n")
            look = styles[style]
            if current:
                look = (look + " reverse").strip()
            elif style == "title":
                look = "dim"
            text.append(line, style=look)
        return text


CHART_STEPS = ("month", "week")


def mentions_over_time(state: AppState, entity_id: str,
                       step: str = "month") -> tuple[list[int], str, str]:
    """Mentions of a collection entity per month (or week, from its Monday) of publication,
    over the span of every open article's dates (empty steps as 0), and the first and last
    step's names: the chart's data."""
    collection = state.ensure_collection()

    def bucket(day: date) -> date:
        return day - timedelta(days=day.weekday()) if step == "week" else day.replace(day=1)

    counts: Counter[date] = Counter()
    for article_id, _ in collection.mentions(entity_id):
        article = state.article_by_id(article_id)
        published = article.published if article is not None else None
        if published is not None:
            counts[bucket(published)] += 1
    if not counts:
        return [], "", ""
    # Over the dates of every open article, so the chart shows when it is named among all.
    buckets = [bucket(a.published) for a in state.articles if a.published]
    current, last = min(buckets), max(buckets)
    first = current
    values = []
    while current <= last:
        values.append(counts.get(current, 0))
        current = (current + timedelta(days=7) if step == "week"
                   else date(current.year + current.month // 12, current.month % 12 + 1, 1))

    def name(day: date) -> str:
        return f"{day.day} {day:%b %Y}" if step == "week" else f"{day:%b %Y}"

    return values, name(first), name(last)


class TimelineScreen(ModalScreen[tuple[str, int] | None]):
    """The timeline over the whole screen; dismissed with (article, event) to open."""

    DEFAULT_CSS = """
    TimelineScreen > Vertical { width: 100%; height: 100%; background: $surface; }
    TimelineScreen #timeline-title { height: 1; background: $primary-background; padding: 0 1; }
    TimelineScreen #timeline-chart-label { height: 1; padding: 0 1; color: $text-muted; }
    TimelineScreen #timeline-chart { height: 2; padding: 0 1; }
    TimelineScreen #timeline-keys { height: 1; color: $text-muted; padding: 0 1; }
    """

    BINDINGS = [
        Binding("escape,v", "close", "Back"),
        Binding("e", "toggle_entity", "Only the selected entity's events"),
        Binding("g", "grain", "Group by day, month or year"),
        Binding("w", "chart_step", "Chart the mentions per week or per month"),
        Binding("enter", "open", "Open the article at the sentence"),
    ]

    def __init__(self, state: AppState, selected: tuple[str, str] | None = None) -> None:
        super().__init__()
        self.state = state
        self.selected = selected  # (collection entity id, name)
        self.only_selected = False
        self.grain = "day"
        self.chart_step = "month"
        self.undated_open = False

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Content(""), id="timeline-title", markup=False)
            if self.selected is not None:
                values, label = self._chart()
                yield Static(Content(label), id="timeline-chart-label", markup=False)
                if values:
                    yield Sparkline(values, id="timeline-chart")
            yield TimelineBody(self.state, id="timeline-body")
            yield Static(Content("Enter open at the sentence · e the entity's only · g day/"
                                 "month/year · w chart by week/month · Esc back"),
                         id="timeline-keys", markup=False)

    def _chart(self) -> tuple[list[int], str]:
        """The selected entity's mentions per chart step, and the chart's label."""
        assert self.selected is not None
        name = one_line(self.selected[1])
        values, first, last = mentions_over_time(self.state, self.selected[0], self.chart_step)
        if not values:
            return values, f"Mentions of {name}: no dated article names it"
        return values, (f"Mentions of {name} per {self.chart_step}, {first} – {last} "
                        f"(most: {max(values)})")

    def action_chart_step(self) -> None:
        if self.selected is None:
            return
        self.chart_step = CHART_STEPS[(CHART_STEPS.index(self.chart_step) + 1) % len(CHART_STEPS)]
        values, label = self._chart()
        self.query_one("#timeline-chart-label", Static).update(Content(label))
        for chart in self.query(Sparkline):
            chart.data = values

    @property
    def body(self) -> TimelineBody:
        return self.query_one(TimelineBody)

    def on_mount(self) -> None:
        self.refresh_rows()
        self.body.focus()

    def refresh_rows(self, cursor: int = 0) -> None:
        entity_id = self.selected[0] if self.only_selected and self.selected else None
        rows = timeline_view_rows(self.state, self.grain, entity_id, self.undated_open)
        self.body.set_rows(rows, cursor)
        events = sum(1 for row in rows if row.event is not None)
        parts = [f"Timeline of {len(self.state.indexes):,} articles", f"by {self.grain}",
                 f"{events:,} event{'' if events == 1 else 's'} shown"]
        if entity_id is not None and self.selected is not None:
            parts.append(f"naming {one_line(self.selected[1])}")
        self.query_one("#timeline-title", Static).update(Content(" · ".join(parts)))

    def action_toggle_entity(self) -> None:
        if self.selected is None:
            self.notify("Select an entity first: e then keeps only its events.", markup=False)
            return
        self.only_selected = not self.only_selected
        self.refresh_rows()

    def action_grain(self) -> None:
        self.grain = GRAINS[(GRAINS.index(self.grain) + 1) % len(GRAINS)]
        self.refresh_rows()

    def action_open(self) -> None:
        row = self.body.row
        if row is None:
            return
        if row.event is None:
            if row.heading.startswith(("▸", "▾")):  # the undated events: unfold or fold
                self.undated_open = not self.undated_open
                self.refresh_rows(self.body.cursor)
            return
        self.dismiss((row.article, row.index))

    def action_close(self) -> None:
        self.dismiss(None)
