"""The chronology pane: one row per event, its date in words and its sentence cut to fit."""

from __future__ import annotations

from textual.binding import Binding
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from newsview.tui.messages import EventSelected
from newsview.tui.state import AppState, readable_date

EVENT_PREFIX = "event:"
# The date column fits "28 Nov 2025"; a longer date ("3 Nov 2025 morning") pushes its row.
MAX_DATE_WIDTH = 11


class Chronology(OptionList):
    """Events of the current article in time order; those of the selected entity are marked."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]

    def __init__(self, state: AppState, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.state = state
        self._row_of: dict[int, int] = {}

    def show(self) -> None:
        state = self.state
        options: list[Option] = []
        self._row_of = {}
        if state.article is None:
            options.append(Option(Content("no article open"), disabled=True))
        elif state.index is None:
            options.append(Option(Content(state.pending_note), disabled=True))
        else:
            rows = state.event_rows()
            if not rows:
                message = "no dated events"
                entity = state.entity
                if state.only_selected_events and entity is not None:
                    message = f"no dated events involve {entity.name} (e shows all)"
                options.append(Option(Content(message), disabled=True))
            dates = [readable_date(row.event.value) for row in rows]
            date_width = min(max((len(d) for d in dates), default=0), MAX_DATE_WIDTH)
            for row, when in zip(rows, dates, strict=True):
                self._row_of[row.index] = len(options)
                marker = ("● ", "bold $accent") if row.involves_selected else "  "
                sentence = " ".join(row.event.sentence.split())
                prompt = Content.assemble(
                    marker,
                    (when.ljust(date_width), "bold"),
                    "  ",
                    sentence,
                )
                options.append(Option(prompt, id=f"{EVENT_PREFIX}{row.index}"))
        highlighted = self.highlighted
        self.set_options(options)
        row = self._row_of.get(state.event if state.event is not None else -1)
        if row is not None:
            self.highlighted = row
        elif highlighted is not None and self._row_of:
            self.highlighted = None

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        option_id = event.option.id or ""
        if option_id.startswith(EVENT_PREFIX):
            self.post_message(EventSelected(int(option_id[len(EVENT_PREFIX) :])))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id or ""
        if option_id.startswith(EVENT_PREFIX):
            self.post_message(EventSelected(int(option_id[len(EVENT_PREFIX) :])))
