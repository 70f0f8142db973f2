"""The chronology pane: one row per event, its date in words and its sentence cut to fit.

Which events involve the selected entity is drawn over each row as it is rendered, so a new
selection costs a repaint, not a rebuild of every row (which means re-measuring them all).
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from textual.content import Content
from textual.geometry import Region
from textual.strip import Strip
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from newsview.tui.messages import EventSelected, choose
from newsview.tui.state import GUESS_MARK, AppState, readable_date
from newsview.tui.widgets.pane_list import PaneList, waiting_row
from newsview.tui.widgets.status import one_line

EVENT_PREFIX = "event:"
# The date column fits "28 Nov 2025", and a guess "≈ 28 Nov 2025" where there is one (an
# undated article's, or "now" at a dated one's day); a longer date ("3 Nov 2025 morning")
# pushes its row.
MAX_DATE_WIDTH = 11
MARKER = "●"
TITLE_CELLS = 14  # the article's title on the all-articles timeline


def overlay(strip: Strip, x: int, text: str, style: Style) -> Strip:
    """``strip`` with ``text`` drawn at cell ``x`` over what was there, on its background."""
    width = len(text)
    if strip.cell_length < x + width:
        return strip
    under = strip.crop(x, x + width)
    base = next((segment.style for segment in under if segment.style), None) or Style()
    return Strip.join(
        [
            strip.crop(0, x),
            Strip([Segment(text, base + style)], width),
            strip.crop(x + width, strip.cell_length),
        ]
    )


class Chronology(PaneList):
    """Events of the current article in time order; those of the selected entity are marked."""

    COMPONENT_CLASSES = {"chronology--marker"}

    def __init__(self, state: AppState, *, id: str | None = None) -> None:
        super().__init__(state, id=id)
        # Event -> row and back: an index into this article's chronology, or (article id,
        # index) on the timeline of all articles.
        self._row_of: dict[int | tuple[str, int], int] = {}
        self._event_of_row: dict[int, int | tuple[str, int]] = {}
        self._filtered_for: str | None = None  # the entity the rows were filtered for
        self._involved_now: set = set()  # events marked in the frame being drawn

    def show(self) -> None:
        """Rebuild the rows from the state."""
        state = self.state
        options: list[Option] = []
        self._row_of = {}
        self._filtered_for = state.selected if state.only_selected_events else None
        if state.scope == "all" and state.articles:
            self._show_timeline()
            return
        waiting = waiting_row(state)
        if waiting is not None:
            options.append(waiting)
        else:
            rows = state.event_rows()
            if not rows:
                message = "no dated events"
                entity = state.entity
                if state.only_selected_events and entity is not None:
                    message = f"no dated events involve {entity.name} (e shows all)"
                options.append(Option(Content(message), disabled=True))
            dates = [readable_date(row.event.value, row.event.inferred) for row in rows]
            date_width = _date_width(dates)
            for row, when in zip(rows, dates, strict=True):
                self._row_of[row.index] = len(options)
                sentence = " ".join(row.event.sentence.split())
                # Two cells left blank for the marker, drawn at render time.
                prompt = Content.assemble("  ", (when.ljust(date_width), "bold"), "  ", sentence)
                options.append(Option(prompt, id=f"{EVENT_PREFIX}{len(options)}"))
        self._event_of_row = {row: event for event, row in self._row_of.items()}
        highlighted = self.highlighted
        self.set_options(options)
        row = self._row_of.get(state.event if state.event is not None else -1)
        if row is not None:
            self.show_row(row)
        elif highlighted is not None and self._row_of:
            self.highlighted = None

    def _show_timeline(self) -> None:
        """Every open article's events on one timeline, each row naming its article."""
        state = self.state
        self._filtered_for = (state.selected_group or state.selected) if state.only_selected_events else None
        options: list[Option] = []
        self._row_of = {}
        rows = state.timeline_rows()
        if not rows:
            options.append(Option(Content("no dated events in the open articles"), disabled=True))
        dates = [readable_date(event.value, event.inferred) for _, _, event, _ in rows]
        date_width = _date_width(dates)
        for (article_id, position, event, _), when in zip(rows, dates, strict=True):
            self._row_of[(article_id, position)] = len(options)
            article = state.article_by_id(article_id)
            title = one_line(article.display_title if article is not None else article_id)
            if len(title) > TITLE_CELLS:
                title = title[: TITLE_CELLS - 1] + "…"
            sentence = " ".join(event.sentence.split())
            prompt = Content.assemble(
                "  ", (when.ljust(date_width), "bold"), "  ", (title.ljust(TITLE_CELLS), "italic"),
                "  ", sentence,
            )
            options.append(Option(prompt, id=f"{EVENT_PREFIX}{len(options)}"))
        self._event_of_row = {row: key for key, row in self._row_of.items()}
        self.set_options(options)
        self.show_row(self._row_of.get((state.current, state.event if state.event is not None else -1)))

    def follow_event(self) -> None:
        """Put the cursor on the state's event (after the article changed under it)."""
        state = self.state
        if state.event is None:
            return
        key = (state.current, state.event) if state.scope == "all" else state.event
        self.show_row(self._row_of.get(key))

    def selection_changed(self) -> None:
        """The selected entity changed: rebuild only when the rows are filtered by it, else
        repaint just the rows whose marker comes or goes."""
        state = self.state
        if state.only_selected_events or self._filtered_for is not None:
            self.show()
            return
        if state.scope == "all":
            self.refresh()
            return
        changed = self._involved_now ^ self._involved()
        top, height = self.scroll_offset.y, self.scrollable_content_region.height
        for event in changed:
            row = self._row_of.get(event)
            line = self._index_to_line.get(row) if row is not None else None
            if line is not None and top <= line < top + height:
                self.refresh_line(line)

    def marked_events(self) -> list[int | tuple[str, int]]:
        """The events drawn with the marker (keys as in ``_row_of``)."""
        involved = self._involved()
        return [event for event in self._row_of if event in involved]

    def _involved(self) -> set:
        state = self.state
        if state.scope == "all":
            return state.involved_events()
        index = state.index
        if index is None or state.selected is None:
            return set()
        selected = state.selected
        return {
            number
            for number, event in enumerate(index.analysis.chronology)
            if selected in event.entities
        }

    def render_lines(self, crop: Region) -> list[Strip]:
        self._involved_now = self._involved()
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        try:
            row, line_offset = self._lines[self.scroll_offset.y + y]
        except IndexError:
            return strip
        event = self._event_of_row.get(row)
        if line_offset or event is None or event not in self._involved_now:
            return strip
        left = self.get_component_styles("option-list--option").padding.left
        style = self.get_component_rich_style("chronology--marker", partial=True)
        return overlay(strip, left, MARKER, style)

    def watch_highlighted(self, highlighted: int | None) -> None:
        super().watch_highlighted(highlighted)
        if self.following or highlighted is None or highlighted >= self.option_count:
            return  # the cursor showing the state's event is no choice of the user's
        option = self.get_option_at_index(highlighted)
        option_id = option.id or ""
        if not option.disabled and option_id.startswith(EVENT_PREFIX):
            # Handled now, in the same frame as the cursor (see messages.choose).
            self._choose_row(highlighted)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()  # handled in watch_highlighted

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id or ""
        if option_id.startswith(EVENT_PREFIX):
            self._choose_row(event.option_index)

    def _choose_row(self, row: int) -> None:
        """Tell the app the event on ``row`` was chosen: an index into this article's
        chronology, or (article id, index) on the timeline of all articles."""
        key = self._event_of_row.get(row)
        if isinstance(key, tuple):
            choose(self, EventSelected(key[1], key[0]))
        elif key is not None:
            choose(self, EventSelected(key))


def _date_width(dates: list[str]) -> int:
    """The date column's width: the longest date, up to ``MAX_DATE_WIDTH`` (and the guess's
    mark where a date is a guess)."""
    cap = MAX_DATE_WIDTH + (len(GUESS_MARK) if any(d.startswith(GUESS_MARK) for d in dates) else 0)
    return min(max((len(d) for d in dates), default=0), cap)
