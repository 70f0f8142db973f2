"""The article pane: the text wrapped to the pane, drawn one visible line at a time.

Like Textualize's toolong, this is a ``ScrollView`` whose ``render_line`` builds only the lines
on screen, keeping rendered ``Strip``s in an LRU cache. Wrapping keeps a sorted list of line
start offsets, so the line holding any text offset, and the marks on any line, are found by
bisecting. Highlight styles come from component classes, so the stylesheet decides the look.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from rich.cells import cell_len, get_character_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip

from newsview.models.text import visible_controls
from newsview.tui.messages import MentionFocused, choose
from newsview.tui.state import MENTION, TIMEX, AppState


def display_text(text: str) -> str:
    """The text as drawn: every control character visible, tabs as spaces; same length, so
    offsets still index the article."""
    return visible_controls(text).replace("\t", " ")


def wrap_lines(text: str, width: int) -> tuple[list[int], list[int]]:
    """Greedy word wrap of ``text`` to ``width`` cells: the start and end offset of each line.

    A line break in the text always ends a line; a space where a line wraps belongs to no line.
    """
    width = max(width, 1)
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    length = len(text)
    while position <= length:
        newline = text.find("\n", position)
        paragraph_end = length if newline == -1 else newline
        paragraph = text[position:paragraph_end]
        if paragraph.isascii() or cell_len(paragraph) == len(paragraph):
            _wrap_narrow(text, position, paragraph_end, width, starts, ends)
        else:
            _wrap_cells(text, position, paragraph_end, width, starts, ends)
        if newline == -1:
            break
        position = newline + 1
    return starts, ends


def _wrap_narrow(text: str, start: int, end: int, width: int, starts: list, ends: list) -> None:
    """Wrap a paragraph whose characters are each one cell wide."""
    position = start
    while end - position > width:
        cut = text.rfind(" ", position, position + width + 1)
        if cut <= position:  # a word longer than the line: break it
            starts.append(position)
            ends.append(position + width)
            position += width
        else:
            starts.append(position)
            ends.append(cut)
            position = cut + 1
    starts.append(position)
    ends.append(end)


def _wrap_cells(text: str, start: int, end: int, width: int, starts: list, ends: list) -> None:
    """Wrap a paragraph with wide or zero-width characters, counting cells."""
    line_start = start
    cells = 0
    last_space = -1
    i = start
    while i < end:
        ch = text[i]
        size = get_character_cell_size(ch)
        if cells + size > width and i > line_start:
            if last_space > line_start:
                starts.append(line_start)
                ends.append(last_space)
                line_start = last_space + 1
            else:
                starts.append(line_start)
                ends.append(i)
                line_start = i
            cells = cell_len(text[line_start:i])
            last_space = -1
            continue
        if ch == " ":
            last_space = i
        cells += size
        i += 1
    starts.append(line_start)
    ends.append(end)


_NEVER_DRAWN = ("never drawn",)  # a row key no line has


class ArticleView(ScrollView, can_focus=True):
    """The text of the current article with its mentions, time expressions and marks."""

    BINDINGS = [
        Binding("up,k", "scroll_up", "Up", show=False),
        Binding("down,j", "scroll_down", "Down", show=False),
        Binding("pageup,b", "page_up", "Page up", show=False),
        Binding("pagedown,space", "page_down", "Page down", show=False),
        Binding("home,g", "scroll_home", "Top", show=False),
        Binding("end,G", "scroll_end", "End", show=False),
    ]

    COMPONENT_CLASSES = {
        "article-view--mention",
        "article-view--selected",
        "article-view--current",
        "article-view--timex",
        "article-view--sentence",
        "article-view--found",
        "article-view--notice",
    }

    def __init__(self, state: AppState, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.state = state
        self._text = ""
        self._notice: list[str] = []
        self._starts: list[int] = [0]
        self._ends: list[int] = [0]
        self._wrap_width = 0
        # Drawn lines keyed by what decides their look (line number, width and highlights), so
        # a change of selection redraws only the lines it touches and needs no invalidation.
        self._cache: LRUCache[tuple, Strip] = LRUCache(maxsize=1024)
        self._styles: dict[str, Style] | None = None
        self._base: Style | None = None
        # What each row of the pane last drew (its cache key), so a change of marks redraws
        # only the rows whose look changed.
        self._drawn: dict[int, tuple | None] = {}

    # -- what is shown ----------------------------------------------------------------------

    def show_article(self) -> None:
        """Show the state's current article from the top."""
        article = self.state.article
        self._text = display_text(article.text) if article else ""
        if article is not None and not article.text:
            self._notice = ["This article has no text."]
        self._wrap_width = 0
        self._rewrap()
        self.scroll_to(0, 0, animate=False, immediate=True)
        self.refresh()

    def show_notice(self, lines: list[str]) -> None:
        """Lines drawn (literally) when there is no article text to show."""
        self._notice = list(lines)
        self.refresh()

    def marks_changed(self) -> None:
        """The selection or filters changed: redraw the visible rows whose marks changed
        (``n`` to a mention in view redraws two rows, not the pane)."""
        base = self._base
        if not self._text or base is None or self.text_selection is not None:
            self.refresh()
            return
        width = self.scrollable_content_region.width
        height = self.scrollable_content_region.height
        top = self.scroll_offset.y
        changed = []
        for row in range(height):
            line = top + row
            key = self._line_key(line, width, base) if line < len(self._starts) else None
            if self._drawn.get(row, _NEVER_DRAWN) != key:
                changed.append(Region(0, row, width, 1))
        if len(changed) > height // 2:
            self.refresh()  # one region for the pane costs less than many for its rows
        elif changed:
            self.refresh(*changed)

    def _line_key(self, line: int, width: int, base: Style) -> tuple:
        return (line, width, base, tuple(self.line_pieces(line)))

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles = None
        self._base = None
        self._cache.clear()

    @property
    def line_count(self) -> int:
        return len(self._starts)

    def line_of(self, offset: int) -> int:
        """The wrapped line that shows text offset ``offset``."""
        return max(0, bisect_right(self._starts, offset) - 1)

    def line_span(self, line: int) -> tuple[int, int]:
        return self._starts[line], self._ends[line]

    def scroll_to_offset(
        self, offset: int, *, center: bool = True, stay_if_visible: bool = False
    ) -> None:
        """Bring the line holding ``offset`` into view, centred (or just visible); with
        ``stay_if_visible``, a line already on screen leaves the text where it is."""
        if not self._starts or self.size.height == 0:
            self._pending_offset = offset
            return
        line = self.line_of(offset)
        height = self.scrollable_content_region.height
        top = self.scroll_offset.y
        if (stay_if_visible or not center) and top <= line < top + height:
            return
        if center:
            y = line - height // 2
        else:
            y = line if line < top else line - height + 1
        self.scroll_to(y=max(0, y), animate=False, immediate=True)

    @property
    def top_offset(self) -> int:
        """The text offset at the top of the pane."""
        line = min(self.scroll_offset.y, self.line_count - 1)
        return self._starts[line] if line >= 0 else 0

    # -- wrapping ---------------------------------------------------------------------------

    _pending_offset: int | None = None

    def _rewrap(self) -> None:
        width = self.scrollable_content_region.width
        if width <= 0:
            width = max(self.size.width - 2, 1) if self.size.width else 80
        if width == self._wrap_width and self._starts:
            return
        self._wrap_width = width
        self._starts, self._ends = wrap_lines(self._text, width)
        self._cache.clear()
        self._drawn.clear()
        self.virtual_size = Size(width, len(self._starts))

    def on_resize(self, event: events.Resize) -> None:
        self._fit_width()
        self.refresh()

    def _fit_width(self) -> None:
        """Wrap the text to the pane's width, keeping the same text at the top (or centring the
        offset asked for before the pane had a size)."""
        anchor = self._pending_offset if self._pending_offset is not None else self.top_offset
        center = self._pending_offset is not None
        self._pending_offset = None
        self._rewrap()
        if center:
            self.scroll_to_offset(anchor)
        else:
            self.scroll_to(y=self.line_of(anchor), animate=False, immediate=True)

    # -- drawing ----------------------------------------------------------------------------

    def _get_styles(self) -> dict[str, Style]:
        if self._styles is None:
            names = (
                "mention",
                "selected",
                "current",
                "timex",
                "sentence",
                "found",
                "notice",
            )
            self._styles = {
                name: self.get_component_rich_style(f"article-view--{name}", partial=True)
                for name in names
            }
        return self._styles

    def render_lines(self, crop: Region) -> list[Strip]:
        # The pane can be drawn at its laid-out size before its Resize event is handled (the
        # first frames after start-up): wrapped for another width, lines ran past its edge.
        if self._text and self.scrollable_content_region.width != self._wrap_width:
            self._fit_width()
        # The pane's own style, looked up once a frame: walking the ancestors for each line
        # cost a third of a frame.
        self._base = self.rich_style
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        line = self.scroll_offset.y + y
        base = self._base if self._base is not None else self.rich_style
        if not self._text:
            self._drawn[y] = _NEVER_DRAWN
            return self._render_notice(line, width, base)
        if line >= len(self._starts):
            self._drawn[y] = None
            return Strip.blank(width, base)
        key = self._line_key(line, width, base)
        self._drawn[y] = key
        strip = self._cache.get(key)
        if strip is None:
            strip = self._final_line(key[3], base, width, line)
            self._cache[key] = strip
        selection = self.text_selection
        if selection is not None:
            span = selection.get_span(line)
            if span is not None:
                self._drawn[y] = _NEVER_DRAWN  # the selection is drawn over: redraw after
                end = strip.cell_length if span[1] == -1 else span[1]
                strip = self._select_cells(strip, span[0], end).apply_offsets(0, line)
        return strip

    def _select_cells(self, strip: Strip, start: int, end: int) -> Strip:
        if end <= start:
            return strip
        style = self.screen.get_component_rich_style("screen--selection")
        middle = Segment.apply_style(strip.crop(start, end), post_style=style)
        return Strip.join([strip.crop(0, start), Strip(middle), strip.crop(end, strip.cell_length)])

    # -- mouse selection (the screen tracks it; ctrl+c or y copies it) ----------------------

    def text_offset(self, line: int, x: int) -> int:
        """The text offset at cell ``x`` of wrapped line ``line`` (its end past the last cell)."""
        line = min(max(line, 0), len(self._starts) - 1)
        offset = self._offset_in_line(line, x)
        return self._ends[line] if offset is None else offset

    def _offset_in_line(self, line: int, x: int) -> int | None:
        """The text offset drawn at cell ``x`` of wrapped line ``line``, None past its end."""
        cells = 0
        for offset in range(self._starts[line], self._ends[line]):
            cells += get_character_cell_size(self._text[offset])
            if cells > x:
                return offset
        return None

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The article text under the mouse selection, as written (line breaks of the text
        kept, none added where the pane wraps)."""
        article = self.state.article
        if not self._text or article is None:
            return None
        start = 0 if selection.start is None else self.text_offset(*selection.start.transpose)
        end = len(self._text) if selection.end is None else self.text_offset(*selection.end.transpose)
        return article.text[start:end], "\n"

    def selection_updated(self, selection: Selection | None) -> None:
        self.refresh()  # the cached lines hold no selection: it is drawn over them

    def _render_notice(self, line: int, width: int, base: Style) -> Strip:
        if line >= len(self._notice):
            return Strip.blank(width, base)
        style = base + self._get_styles()["notice"]
        return Strip([Segment(display_text(self._notice[line]), style)]).crop_extend(
            0, width, base
        )

    def line_pieces(self, line: int) -> list[tuple[int, int, frozenset[str]]]:
        """The stretches of wrapped line ``line`` as ``(start, end, highlights)``: which of
        "mention", "selected", "current", "timex", "sentence", "found" apply to each offset."""
        start, end = self._starts[line], self._ends[line]
        state = self.state
        marks = state.visible_marks(start, end)
        event = state.selected_event
        sentence = (event.start, event.end) if event is not None else None
        found = state.found
        current = state.current_mention_span()
        selected = state.selected

        cuts = {start, end}
        for mark in marks:
            cuts.add(min(max(mark.start, start), end))
            cuts.add(min(max(mark.end, start), end))
        for span in (sentence, found):
            if span is not None:
                cuts.add(min(max(span[0], start), end))
                cuts.add(min(max(span[1], start), end))
        points = sorted(cuts)

        pieces = []
        for left, right in zip(points, points[1:], strict=False):
            kinds: set[str] = set()
            if sentence is not None and sentence[0] <= left < sentence[1]:
                kinds.add("sentence")
            if found is not None and found[0] <= left < found[1]:
                kinds.add("found")
            mark = None
            for candidate in marks:  # a mention wins over a time expression it overlaps
                if candidate.start <= left < candidate.end and (
                    mark is None or candidate.kind < mark.kind
                ):
                    mark = candidate
            if mark is not None and mark.kind == MENTION:
                if mark.ref != selected:
                    kinds.add("mention")
                elif current is not None and current[0] <= left < current[1]:
                    kinds.add("current")
                else:
                    kinds.add("selected")
            elif mark is not None:
                kinds.add("timex")
            pieces.append((left, right, frozenset(kinds)))
        return pieces

    # The order styles are layered in: the sentence underneath, the found match on top.
    _LAYERS = ("sentence", "mention", "timex", "selected", "current", "found")

    def _final_line(
        self, pieces: Sequence[tuple[int, int, frozenset[str]]], base: Style, width: int, line: int
    ) -> Strip:
        """Line ``line`` as drawn: padded to ``width``, each segment carrying the offset the
        screen's mouse selection reads. The same as ``crop_extend(0, width, base)`` then
        ``apply_offsets(0, line)`` on the plain line, built without their intermediate strips
        (each costs more to make than the segments it holds)."""
        start, end = self._starts[line], self._ends[line]
        visible = self._text[start:end]
        length = len(visible) if visible.isascii() else cell_len(visible)
        if length > width:  # never from the wrapper; kept exact all the same
            return self._render_text_line(pieces, base).crop_extend(0, width, base).apply_offsets(0, line)
        styles = self._get_styles()
        text = self._text
        placed = []
        for left, right, kinds in pieces:
            if left == right:
                continue
            style = base
            for layer in self._LAYERS:
                if layer in kinds:
                    style += styles[layer]
            offset = Style.from_meta({"offset": (left - start, line)})  # characters, as Textual counts
            placed.append(Segment(text[left:right], style + offset))
        if length < width:
            offset = Style.from_meta({"offset": (end - start, line)})
            placed.append(Segment(" " * (width - length), base + offset))
        return Strip(placed, width)

    def _render_text_line(
        self, pieces: Sequence[tuple[int, int, frozenset[str]]], base: Style
    ) -> Strip:
        styles = self._get_styles()
        text = self._text
        segments = []
        for left, right, kinds in pieces:
            style = base
            for layer in self._LAYERS:
                if layer in kinds:
                    style += styles[layer]
            segments.append(Segment(text[left:right], style))
        if not segments:
            segments.append(Segment("", base))
        return Strip(segments)

    def highlighted(self, kind: str) -> list[tuple[int, int]]:
        """Every span of the text with highlight ``kind``, as drawn (for tests and tools)."""
        spans: list[tuple[int, int]] = []
        previous_end = -1  # where the previous line ended, when it ended highlighted
        for line in range(len(self._starts)):
            line_start, line_end = self._starts[line], self._ends[line]
            for left, right, kinds in self.line_pieces(line):
                if kind not in kinds:
                    continue
                wrapped = left == line_start and spans and spans[-1][1] == previous_end
                if spans and spans[-1][1] == left:  # one span cut by other marks
                    spans[-1] = (spans[-1][0], right)
                elif wrapped and self._text[previous_end:left].strip() == "":
                    spans[-1] = (spans[-1][0], right)  # one span cut by the wrap
                else:
                    spans.append((left, right))
            previous_end = line_end if spans and spans[-1][1] == line_end else -1
        return spans

    def visible_text(self) -> list[str]:
        """The lines on screen, as plain text."""
        top = self.scroll_offset.y
        height = self.scrollable_content_region.height
        lines = range(top, min(top + height, len(self._starts)))
        if not self._text:
            return self._notice[top : top + height]
        return [self._text[self._starts[n] : self._ends[n]] for n in lines]

    # -- mouse ------------------------------------------------------------------------------

    def offset_at(self, x: int, y: int) -> int | None:
        """The text offset under content cell ``(x, y)`` of the pane, if any."""
        line = self.scroll_offset.y + y
        if not self._text or not 0 <= line < len(self._starts):
            return None
        return self._offset_in_line(line, x)

    _pointed_timex: int | str | None = None

    def on_mouse_move(self, event: events.MouseMove) -> None:
        """A time expression under the mouse says what it resolves to (in the status line)."""
        position = event.get_content_offset(self)
        offset = self.offset_at(position.x, position.y) if position is not None else None
        mark = self.state.mark_at(offset) if offset is not None else None
        timex = mark.ref if mark is not None and mark.kind == TIMEX else None
        if timex != self._pointed_timex:
            self._pointed_timex = timex
            if timex is not None and offset is not None:
                choose(self, MentionFocused(offset))

    def on_click(self, event: events.Click) -> None:
        if self.text_selection is not None:
            return  # the end of a mouse selection, not a click on a mention
        position = event.get_content_offset(self)
        if position is None:
            return
        offset = self.offset_at(position.x, position.y)
        if offset is not None:
            choose(self, MentionFocused(offset))
