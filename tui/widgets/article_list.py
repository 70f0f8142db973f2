"""The article list: every open article with its entity count, title and date.

The entity count is drawn over each row as it is rendered: while thousands of articles are
analysed, an arriving analysis costs a repaint, not a rebuild of every row.
"""

from __future__ import annotations

from textual.content import Content
from textual.geometry import Region, Size
from textual.strip import Strip
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from newsview.models.document import Article
from newsview.tui.browse import headline
from newsview.tui.messages import ArticleChosen, choose
from newsview.tui.state import AppState
from newsview.tui.widgets.chronology import MARKER, overlay
from newsview.tui.widgets.pane_list import PaneList
from newsview.tui.widgets.status import one_line

ARTICLE_PREFIX = "article:"
COUNT_WIDTH = 5  # "  12 ": the entity count, right-aligned, then a space
ROWS_PER_TURN = 1000  # rows added between two frames (a few µs each)
FULL_HEIGHT_ROWS = 8  # the largest max-height newsview.tcss gives the pane (cells, borders in)


def article_row(article: Article) -> Content:
    """The row without its count (drawn at render time): title and date."""
    date = article.published.strftime("%-d %b %Y") if article.published else "no date"
    return Content.assemble(" " * COUNT_WIDTH, one_line(headline(article)), "  ", (date, "dim"))


def count_cell(state: AppState, article_id: str) -> str:
    """The entity count of an article as drawn: "  12 ", or "   … " while analysing."""
    index = state.indexes.get(article_id)
    if index is not None:
        return f"{len(index.analysis.entities):>{COUNT_WIDTH - 1}} "
    if article_id in state.unanalysed:
        return "   - ".rjust(COUNT_WIDTH)
    return "   … ".rjust(COUNT_WIDTH)


class ArticleRow(Option):
    """Row ``row`` of the list; its text (title and date) is built when the row is first drawn,
    not when it is added: of thousands of articles a handful of rows are ever on screen, and
    building every row's text (a title found in the text's first line) took ~0.1 s of a warm
    start at 2,225 articles."""

    def __init__(self, state: AppState, row: int) -> None:
        super().__init__(EMPTY_ROW, id=f"{ARTICLE_PREFIX}{row}")
        self._state = state
        self._row = row

    @property
    def prompt(self) -> Content:
        if self._prompt is EMPTY_ROW:
            self._prompt = article_row(self._state.articles[self._row])
        return self._prompt


EMPTY_ROW = Content("")


class ArticleList(PaneList):
    """Moving the cursor opens the article under it. Rows are in reading order: row ``n`` is
    ``state.articles[n]``."""

    COMPONENT_CLASSES = {"article-list--count"}

    def __init__(self, state: AppState, *, id: str | None = None) -> None:
        super().__init__(state, id=id)
        self._shown = 0  # articles with a row
        self._count_style = None

    def show(self) -> None:
        """Add rows for articles read since the last call (they only ever grow)."""
        state = self.state
        if not state.articles:
            self.set_options([Option(Content("no articles"), disabled=True)])
            self._shown = 0
            return
        # A few hundred rows a turn: thousands read at once would hold a key for tens of
        # milliseconds; the rest follow after the next frame.
        end = min(len(state.articles), self._shown + ROWS_PER_TURN)
        new = [ArticleRow(state, n) for n in range(self._shown, end)]
        self._adding_rows = True
        try:
            if self._shown == 0:
                self.set_options(new)
            elif new:
                self.add_options(new)
        finally:
            self._adding_rows = False
        self._shown = end
        if end > FULL_HEIGHT_ROWS:
            # Taller than the pane is ever drawn: its height is fixed from now on, so the rows
            # that keep arriving change no layout (an auto height re-lays the whole screen out
            # at each addition, a frame of ~30 ms while thousands are read).
            self.hold_full_height(True)
        self.follow_current()
        if end < len(state.articles) and not self._more_pending:
            self._more_pending = True
            self.call_after_refresh(self._show_more)

    def hold_full_height(self, hold: bool) -> None:
        """Keep the pane at its full height (``FULL_HEIGHT_ROWS``, or the narrow layout's
        maximum) whatever its rows, or let it be as tall as its rows. Held while many articles
        may still arrive, and once there are more rows than it shows."""
        if not hold and len(self.state.articles) > FULL_HEIGHT_ROWS:
            return
        height = self.styles.height
        if hold and (height is None or height.is_auto):
            self.styles.height = FULL_HEIGHT_ROWS
            # Its scrollbar too: appearing with the first rows to outgrow the pane, it laid
            # the screen out once more under the first keys of a warm start.
            self.styles.overflow_y = "scroll"
        elif not hold and height is not None and not height.is_auto:
            self.styles.height = "auto"
            self.styles.overflow_y = "auto"

    _more_pending = False
    _adding_rows = False  # rows are being added (``show``)
    _full = False  # drawn at its fixed height with its scrollbar: more rows change no layout

    def refresh(self, *regions: Region, repaint: bool = True, layout: bool = False,
                recompose: bool = False) -> ArticleList:
        # Rows added below a list drawn full, at its fixed height with its scrollbar, change
        # neither its box nor the screen's: a repaint of this pane, not a layout of the whole
        # screen (one per few hundred rows, each a frame of 10-30 ms, while thousands arrive).
        if layout and self._adding_rows and self._full:
            layout = False
        super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)
        return self

    def _show_more(self) -> None:
        self._more_pending = False
        self.show()

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        # A row is one line (the pane never wraps): counting them beats OptionList measuring
        # every row at each layout, which took up to 80 ms while 2,000 articles were read.
        return self.option_count

    def _update_lines(self) -> None:
        # OptionList measures every new option (its visual built, its height at the pane's
        # width) to map options to lines: 2,225 rows cost ~0.1 s of a 0.9 s warm start. A row
        # here is one line (no wrapping, no dividers), so the map is written without measuring;
        # a row's visual is built only when the row is drawn.
        if not self.scrollable_content_region:
            return
        line_cache = self._line_cache
        lines = line_cache.lines
        for index in range(lines[-1][0] + 1 if lines else 0, len(self.options)):
            line_cache.index_to_line[index] = len(lines)
            line_cache.heights[index] = 1
            lines.append((index, 0))
        width = self.scrollable_content_region.width - self._get_left_gutter_width()
        virtual_size = Size(width, len(lines))
        if virtual_size != self.virtual_size:
            self.virtual_size = virtual_size
            self._scroll_update(virtual_size)

    def counts_changed(self) -> None:
        """Analyses arrived: redraw the counts."""
        self.refresh()

    def row_text(self, row: int) -> str:
        """A row as drawn, count included (for tests and tools)."""
        article = self.state.articles[row]
        return count_cell(self.state, article.id) + str(article_row(article))[COUNT_WIDTH:]

    def follow_current(self) -> None:
        self.show_row(self.state.position(self.state.current))

    def marked_articles(self) -> set[str]:
        """Ids of the articles naming the entity selected across all articles (marked ●)."""
        state = self.state
        group = state.group if state.scope == "all" else None
        return set(group.article_ids) if group is not None else set()

    def render_lines(self, crop: Region) -> list[Strip]:
        height = self.styles.height
        self._full = bool(height is not None and not height.is_auto and self.show_vertical_scrollbar)
        self._count_style = self.get_component_rich_style("article-list--count", partial=True)
        self._marked = self.marked_articles()
        return super().render_lines(crop)

    _marked: set[str] = set()

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        try:
            row, line_offset = self._lines[self.scroll_offset.y + y]
        except IndexError:
            return strip
        if line_offset or not self.state.articles or row >= len(self.state.articles):
            return strip
        left = self.get_component_styles("option-list--option").padding.left
        article_id = self.state.articles[row].id
        strip = overlay(strip, left, count_cell(self.state, article_id), self._count_style)
        if article_id in self._marked:
            strip = overlay(strip, left, MARKER, self._count_style)
        return strip

    def watch_highlighted(self, highlighted: int | None) -> None:
        super().watch_highlighted(highlighted)
        if self.following or highlighted is None or highlighted >= self.option_count:
            return  # the cursor showing the open article is no choice of the user's
        option = self.get_option_at_index(highlighted)
        option_id = option.id or ""
        if not option.disabled and option_id.startswith(ARTICLE_PREFIX):
            # Handled now, in the same frame as the cursor (see messages.choose).
            choose(self, ArticleChosen(self.state.articles[highlighted].id))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()  # handled in watch_highlighted

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
