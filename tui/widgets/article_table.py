"""The article browser (`b`): every open article as a table (title, date, source, entity
count) over the whole screen, sorted by any column, filtered by typed words and by entity.

Only the rows on screen are drawn (a line-API widget), so 20,000 articles scroll as fast as
twenty. Titles and sources are untrusted text: drawn as plain segments, never markup.
"""

from __future__ import annotations

from rich.segment import Segment
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.geometry import Size
from textual.reactive import reactive
from textual.screen import ModalScreen
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Input, Static

from newsview.tui.browse import COLUMNS, ArticleTable, TableQuery, headline
from newsview.tui.state import AppState
from newsview.tui.widgets.pane_list import ROW_CURSOR_BINDINGS
from newsview.tui.widgets.status import one_line

DATE_WIDTH = 11  # "12 Mar 2005"
COUNT_WIDTH = 11  # "4:entities▼"


def fit(text: str, width: int, right: bool = False) -> str:
    """``text`` in exactly ``width`` cells, cut with an ellipsis when too long."""
    if width <= 0:
        return ""
    if len(text) > width:
        text = text[: width - 1] + "…"
    return text.rjust(width) if right else text.ljust(width)


def column_widths(width: int) -> tuple[int, int, int, int]:
    """(title, date, source, count) cells for a row ``width`` wide (one space between)."""
    source = max(8, min(28, width // 6))
    title = max(10, width - DATE_WIDTH - source - COUNT_WIDTH - 3)
    return title, DATE_WIDTH, source, COUNT_WIDTH


class ArticleGrid(ScrollView, can_focus=True):
    """The table's rows; a cursor row, Enter opens it."""

    BINDINGS = ROW_CURSOR_BINDINGS
    COMPONENT_CLASSES = {"article-grid--cursor", "article-grid--dim"}
    DEFAULT_CSS = """
    ArticleGrid > .article-grid--cursor { background: $accent 40%; }
    ArticleGrid > .article-grid--dim { color: $text-muted; }
    ArticleGrid:focus > .article-grid--cursor { background: $accent; color: $text; }
    """

    cursor: reactive[int] = reactive(0, repaint=False)

    def __init__(self, state: AppState, table: ArticleTable, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.state = state
        self.table = table
        self.rows: list[str] = []  # article ids, in the table's order

    def set_rows(self, rows: list[str], keep: str | None = None) -> None:
        """Show these articles; the cursor stays on article ``keep`` when it is shown."""
        self.rows = rows
        self.virtual_size = Size(self.size.width, len(rows))
        position = rows.index(keep) if keep is not None and keep in rows else 0
        self.cursor = min(position, max(len(rows) - 1, 0))
        top = max(0, self.cursor - self.size.height // 2) if position else 0
        self.scroll_to(y=top, animate=False, immediate=True)
        self.refresh()

    @property
    def article(self) -> str | None:
        return self.rows[self.cursor] if 0 <= self.cursor < len(self.rows) else None

    def watch_cursor(self, old: int, new: int) -> None:
        top = self.scroll_offset.y
        height = max(self.scrollable_content_region.height, 1)
        if new < top:
            self.scroll_to(y=new, animate=False)
        elif new >= top + height:
            self.scroll_to(y=new - height + 1, animate=False)
        self.refresh()

    def action_move(self, step: int) -> None:
        if self.rows:
            self.cursor = min(max(self.cursor + step, 0), len(self.rows) - 1)

    def action_page(self, step: int) -> None:
        self.action_move(step * max(self.scrollable_content_region.height - 1, 1))

    def action_edge(self, step: int) -> None:
        if self.rows:
            self.cursor = 0 if step < 0 else len(self.rows) - 1

    def on_click(self, event: events.Click) -> None:
        row = self.scroll_offset.y + event.y
        if 0 <= row < len(self.rows):
            self.cursor = row

    def on_resize(self, event: events.Resize) -> None:
        self.virtual_size = Size(event.size.width, len(self.rows))

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        row = self.scroll_offset.y + y
        base = self.rich_style
        if not 0 <= row < len(self.rows):
            return Strip.blank(width, base)
        line = row_text(self.state, self.table, self.rows[row], width)
        if row == self.cursor:
            style = base + self.get_component_rich_style("article-grid--cursor")
        else:
            style = base
        return Strip([Segment(line, style)], width)


def row_text(state: AppState, table: ArticleTable, article_id: str, width: int) -> str:
    article = state.article_by_id(article_id)
    if article is None:
        return fit("", width)
    title_w, date_w, source_w, count_w = column_widths(width)
    day = article.published.strftime("%-d %b %Y") if article.published else "no date"
    count = table.entity_count(article_id)
    counted = str(count) if count >= 0 else ("-" if article_id in state.unanalysed else "…")
    cells = [
        fit(one_line(headline(article)), title_w),
        fit(day, date_w, right=True),
        fit(one_line(article.source or ""), source_w),
        fit(counted, count_w, right=True),
    ]
    return fit(" ".join(cells), width)


def header_text(width: int, query: TableQuery) -> str:
    names = ("title", "date", "source", "entities")
    arrows = {True: "▼", False: "▲"}
    labels = [
        f"{n + 1}:{name}" + (arrows[query.descending] if column == query.sort else "")
        for n, (name, column) in enumerate(zip(names, COLUMNS, strict=True))
    ]
    title_w, date_w, source_w, count_w = column_widths(width)
    cells = [fit(labels[0], title_w), fit(labels[1], date_w, right=True),
             fit(labels[2], source_w), fit(labels[3], count_w, right=True)]
    return fit(" ".join(cells), width)


class ArticlesScreen(ModalScreen[str | None]):
    """The article browser over the whole screen; dismissed with the article to open."""

    DEFAULT_CSS = """
    ArticlesScreen > Vertical { width: 100%; height: 100%; background: $surface; }
    ArticlesScreen #browser-title { height: 1; background: $primary-background; padding: 0 1; }
    ArticlesScreen #browser-query { height: 1; border: none; padding: 0 1; }
    ArticlesScreen #browser-query:focus { background: $boost; }
    ArticlesScreen #browser-head { height: 1; text-style: bold; padding: 0 1; color: $text-accent; }
    ArticlesScreen #browser-grid { height: 1fr; padding: 0 1; scrollbar-size-vertical: 1; }
    ArticlesScreen #browser-keys { height: 1; color: $text-muted; padding: 0 1; }
    """

    BINDINGS = [
        Binding("escape", "back", "Back to the article (or leave the filter)"),
        Binding("b", "close", "Close the browser", show=False),
        Binding("slash", "focus_query", "Filter by words"),
        Binding("e", "toggle_entity", "Only articles naming the selected entity (and the pinned one)"),
        Binding("enter", "open", "Open the article"),
        *(Binding(str(n), f"sort('{column}')", f"Sort by {column}", show=False)
          for n, column in enumerate(COLUMNS, start=1)),
    ]

    def __init__(self, state: AppState, selected: tuple[str, str] | None = None,
                 pinned: tuple[str, str] | None = None) -> None:
        """``selected``, ``pinned``: (collection entity id, name) for the entity filter."""
        super().__init__()
        self.state = state
        self.table = ArticleTable(state)
        self.selected = selected
        self.pinned = pinned if pinned != selected else None
        self.table_query = TableQuery()

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Content(""), id="browser-title", markup=False)
            yield Input(placeholder="/ filter: words in the title, source, author or text",
                        id="browser-query")
            yield Static(Content(""), id="browser-head", markup=False)
            yield ArticleGrid(self.state, self.table, id="browser-grid")
            yield Static(Content("Enter open · 1-4 sort (again: reverse) · / filter · e naming "
                                 "the entity · Esc back"),
                         id="browser-keys", markup=False)

    @property
    def grid(self) -> ArticleGrid:
        return self.query_one(ArticleGrid)

    def on_mount(self) -> None:
        self.refresh_rows(keep=self.state.current)
        self.grid.focus()

    def on_resize(self) -> None:
        self._show_header()

    def refresh_rows(self, keep: str | None = None) -> None:
        """Rows for the query; the cursor on article ``keep`` (opening: the one on screen),
        else on the first row (a new order or filter is read from its top)."""
        self.grid.set_rows(self.table.rows(self.table_query), keep)
        self._show_header()

    def _show_header(self) -> None:
        grid = self.grid
        width = max(grid.scrollable_content_region.width, 20)
        self.query_one("#browser-head", Static).update(Content(header_text(width, self.table_query)))
        shown, total = len(grid.rows), len(self.state.articles)
        parts = [f"Articles: {shown:,} of {total:,}"]
        if self.table_query.naming:
            names = [pair[1] for pair in (self.selected, self.pinned)
                     if pair is not None and pair[0] in self.table_query.naming]
            parts.append("naming " + " and ".join(one_line(n) for n in names))
        if self.table_query.text.strip():
            parts.append(f"matching “{one_line(self.table_query.text.strip())}”")
        self.query_one("#browser-title", Static).update(Content(" · ".join(parts)))

    # -- actions ----------------------------------------------------------------------------

    def on_input_changed(self, event: Input.Changed) -> None:
        self.table_query = TableQuery(self.table_query.sort, self.table_query.descending, event.value,
                                self.table_query.naming)
        self.refresh_rows()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.grid.focus()

    def action_focus_query(self) -> None:
        self.query_one("#browser-query", Input).focus()

    def action_sort(self, column: str) -> None:
        query = self.table_query
        descending = not query.descending if query.sort == column else column == "entities"
        self.table_query = TableQuery(column, descending, query.text, query.naming)
        self.refresh_rows()

    def action_toggle_entity(self) -> None:
        if self.table_query.naming:
            naming: tuple[str, ...] = ()
        elif self.selected is None:
            self.notify("Select an entity first (in the entity list): e lists the articles "
                        "naming it.", markup=False)
            return
        else:
            naming = (self.selected[0],) + ((self.pinned[0],) if self.pinned else ())
        self.table_query = TableQuery(self.table_query.sort, self.table_query.descending, self.table_query.text, naming)
        self.refresh_rows()

    def action_open(self) -> None:
        article = self.grid.article
        if article is not None:
            self.dismiss(article)

    def action_back(self) -> None:
        field = self.query_one("#browser-query", Input)
        if field.has_focus:
            self.grid.focus()
            return
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)
