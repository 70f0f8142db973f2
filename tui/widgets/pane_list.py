"""What the list panes (entities, chronology, articles, mentions) have in common."""

from __future__ import annotations

from textual.binding import Binding
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from newsview.tui.state import AppState


class PaneList(OptionList):
    """An OptionList drawn from the app state, where j and k move like the arrows."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]

    def __init__(self, state: AppState, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.state = state


def waiting_row(state: AppState) -> Option | None:
    """The one row a pane shows while the state has no analysis to draw, else None."""
    if state.article is None:
        return Option(Content("no article open"), disabled=True)
    if state.index is None:
        return Option(Content(state.pending_note), disabled=True)
    return None
