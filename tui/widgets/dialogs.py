"""Small modal questions: the publication date to set (`d`) and where to export (`x`).

Every string they show is ``Content`` built from plain text: a path or an error message holding
``[bold]`` is shown as written.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Input, Static

from newsview.tui.widgets.status import one_line

DIALOG_CSS = """
{name} {{
    align: center middle;
}}
{name} > Vertical {{
    width: 70;
    max-width: 95%;
    height: auto;
    border: round $primary;
    background: $surface;
    padding: 0 1;
}}
{name} .dialog-help {{
    color: $text-muted;
}}
{name} .dialog-problem {{
    color: $text-error;
    height: auto;
}}
"""


def parse_day(value: str) -> date | None:
    """A date typed as YYYY-MM-DD, or None."""
    value = value.strip()
    if len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def export_format(path: str) -> str:
    """The export format a file name asks for: csv, jsonl, else json."""
    suffix = Path(path).suffix.lower()
    return {".csv": "csv", ".jsonl": "jsonl"}.get(suffix, "json")


FORMAT_NAMES = {
    "json": "JSON",
    "jsonl": "JSON lines",
    "csv": "CSV (mentions and chronology, a kind column apart)",
}


def format_words(fmt: str, path: str) -> str:
    """The format in words, saying so when the file's ending did not choose it ("JSON (the
    ending .txt names no format)")."""
    words = FORMAT_NAMES[fmt]
    suffix = Path(path).suffix.lower()
    if suffix not in (".json", ".jsonl", ".csv"):
        words += f" (the ending {suffix} names no format)" if suffix else " (the name has no ending)"
    return words


class DateScreen(ModalScreen[date | None]):
    """Ask for a publication date; returns it, or None when cancelled."""

    DEFAULT_CSS = DIALOG_CSS.format(name="DateScreen")
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, current: date | None) -> None:
        super().__init__()
        self._title = title
        self._current = current

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Publication date"
            yield Static(Content(one_line(self._title)), markup=False)
            yield Input(
                self._current.isoformat() if self._current else "",
                placeholder="YYYY-MM-DD",
                id="date-input",
                max_length=10,
            )
            yield Static(
                Content("Enter: set it and re-resolve every relative date · Esc: cancel"),
                classes="dialog-help",
                markup=False,
            )
            yield Static(Content(""), id="date-problem", classes="dialog-problem", markup=False)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        day = parse_day(event.value)
        if day is None:
            self.query_one("#date-problem", Static).update(
                Content(f"Not a date in the form YYYY-MM-DD: {one_line(event.value)}")
            )
            return
        self.dismiss(day)

    def action_cancel(self) -> None:
        self.dismiss(None)


Writer = Callable[[str, str, bool, bool], str]


class ExportScreen(ModalScreen[str | None]):
    """Ask where to export; ``write(path, format, all_articles, overwrite)`` does it and returns
    what was written (said in the app), or raises ``OSError`` (shown here). An existing file is
    replaced only after a second Enter on the same path."""

    DEFAULT_CSS = DIALOG_CSS.format(name="ExportScreen")
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, suggested: str, write: Writer, many: int, all_articles: bool) -> None:
        super().__init__()
        self._suggested = suggested
        self._write = write
        self._many = many
        self._all_articles = all_articles
        self._confirmed: str | None = None  # the existing path the user agreed to replace

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Export entities, mentions and chronology"
            yield Input(self._suggested, placeholder="file.json, file.jsonl or file.csv", id="export-path")
            if self._many > 1:
                yield Checkbox(
                    Content(f"All {self._many} open articles"), self._all_articles, id="export-all"
                )
            yield Static(
                Content(
                    "The shapes of `newsview extract`: .json one object, .jsonl one article a "
                    "line, .csv a row per mention and per chronology event; any other name is "
                    "written as JSON · Enter: write · Esc: cancel"
                ),
                classes="dialog-help",
                markup=False,
            )
            yield Static(Content(""), id="export-problem", classes="dialog-problem", markup=False)

    def say(self, message: str) -> None:
        self.query_one("#export-problem", Static).update(Content(one_line(message)))

    def on_input_changed(self, event: Input.Changed) -> None:
        self._confirmed = None
        self.say("")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        path = os.path.expanduser(event.value.strip())
        if not path:
            self.say("Type a file name.")
            return
        if os.path.isdir(path):
            self.say(f"{path} is a folder: type a file name.")
            return
        exists = os.path.lexists(path)
        if exists and self._confirmed != path:
            self._confirmed = path
            self.say(f"{path} exists. Enter again to replace it, or change the name.")
            return
        boxes = self.query("#export-all")
        all_articles = boxes.first(Checkbox).value if boxes else False
        try:
            summary = self._write(path, export_format(path), all_articles, exists)
        except OSError as error:
            self._confirmed = None
            self.say(f"Could not write {path}: {error.strerror or error}")
            return
        self.dismiss(summary)

    def action_cancel(self) -> None:
        self.dismiss(None)
