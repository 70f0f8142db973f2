"""What the list panes (entities, chronology, articles, mentions) have in common."""

from __future__ import annotations

from textual.binding import Binding
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from newsview.tui.state import AppState

# The keys of a full-screen view whose cursor is a row (the browser, the timeline view): each
# view implements action_move, action_page and action_edge for its own rows.
ROW_CURSOR_BINDINGS = [
    Binding("up,k", "move(-1)", "Up", show=False),
    Binding("down,j", "move(1)", "Down", show=False),
    Binding("pageup", "page(-1)", "Page up", show=False),
    Binding("pagedown", "page(1)", "Page down", show=False),
    Binding("home", "edge(-1)", "First", show=False),
    Binding("end", "edge(1)", "Last", show=False),
]


class PaneList(OptionList):
    """An OptionList drawn from the app state, where j and k move like the arrows."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]

    # Moving the cursor redraws the row it leaves and the row it enters, not every row: on a
    # long list that halves the frame a key costs. (Scrolling still redraws the whole pane.)
    highlighted: reactive[int | None] = reactive(None, repaint=False)

    def __init__(self, state: AppState, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.state = state

    # True while the cursor is moved to show the state's selection (``show_row``): the state
    # owns the selection, so such a move is no choice of the user's and posts nothing back.
    following = False

    def show_row(self, row: int | None) -> None:
        """Put the cursor on ``row`` to show what the state holds, telling nobody."""
        if row is None or self.highlighted == row:
            return
        self.following = True
        try:
            self.highlighted = row
        finally:
            self.following = False

    def _watch_highlighted(self, old: int | None, new: int | None) -> None:
        for index in (old, new):
            self._refresh_row(index)

    def _refresh_row(self, index: int | None) -> None:
        if index is None or not self.is_mounted:
            return
        try:  # OptionList's own map of options to lines
            line = self._index_to_line[index]
            height = self._heights[index]
        except (KeyError, IndexError):
            self.refresh()
            return
        self.refresh_lines(line, height)


def waiting_row(state: AppState) -> Option | None:
    """The one row a pane shows while the state has no analysis to draw, else None."""
    if state.article is None:
        return Option(Content("no article open"), disabled=True)
    if state.index is None:
        return Option(Content(state.pending_note), disabled=True)
    return None
