"""The `p` list: every input that could not be read, one line each, scrollable.

The banner above the panes has room for three; this list shows them all. Each line is the
reader's own one-line message (the file's name and the reason), drawn as plain text: a file
name holding markup or escape sequences is shown as it is and runs nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from newsview.tui.widgets.status import one_line


def problems_summary(count: int) -> str:
    return f"{count} {'file' if count == 1 else 'files'} could not be read"


class ProblemsScreen(ModalScreen[None]):
    """Every problem met while reading the inputs; Escape, `p` or `q` close it."""

    DEFAULT_CSS = """
    ProblemsScreen {
        align: center middle;
    }
    ProblemsScreen > #problems-dialog {
        width: 90%;
        max-width: 120;
        height: 80%;
        border: round $warning;
        background: $surface;
        padding: 0 1;
    }
    ProblemsScreen #problems-list {
        height: 1fr;
        border: none;  /* lines wrap: a long path must not hide the file's name */
    }
    ProblemsScreen #problems-footer {
        color: $text-muted;
        height: 1;
    }
    """

    BINDINGS = [
        Binding("escape,p,q", "close", "Close the list of problems"),
    ]

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__()
        self.problems = [one_line(problem) for problem in problems]

    def compose(self) -> ComposeResult:
        with Vertical(id="problems-dialog") as dialog:
            dialog.border_title = problems_summary(len(self.problems))
            rows = [Option(Content(problem)) for problem in self.problems]
            if not rows:
                rows = [Option(Content("Every input was read."), disabled=True)]
            yield OptionList(*rows, id="problems-list")
            yield Static(Content("↑↓: scroll · Esc: close"), id="problems-footer", markup=False)

    def action_close(self) -> None:
        self.dismiss(None)
