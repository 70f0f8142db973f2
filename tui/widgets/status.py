"""The header line (title, date and where the date came from) and the status line."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from newsview.models.text import visible_controls
from newsview.tui.state import DATE_SOURCES, AppState


def one_line(text: str) -> str:
    """An untrusted name on one line, its control characters (escapes too) made visible."""
    return " ".join(visible_controls(text).split())


def header_content(state: AppState) -> Content:
    """Title (the file name when there is none), date, its source, place among the articles.

    Every piece is plain text: titles and paths are untrusted and never read as markup.
    """
    article = state.article
    if article is None:
        return Content.assemble(("newsview", "bold"), " — no article open")
    if article.published is not None:
        date = article.published.strftime("%-d %b %Y")
        source = DATE_SOURCES.get(article.published_from or "", "source unknown")
        dated = f"{date} ({source})"
    else:
        dated = "date unknown"
    parts: list = [(one_line(article.display_title), "bold"), "  ", dated]
    if article.path and article.path != "-":
        parts += ["  ", (one_line(article.path), "dim")]
    if len(state.articles) > 1:
        parts += ["  ", (f"{state.current + 1}/{len(state.articles)}", "dim")]
    return Content.assemble(*parts)


class HeaderLine(Static):
    """One line: the current article's title, date and origin."""

    def __init__(self, state: AppState, *, id: str | None = None) -> None:
        super().__init__(Content(""), id=id, markup=False)
        self.state = state

    def show(self) -> None:
        self.update(header_content(self.state), layout=False)  # always one line high


class StatusLine(Static):
    """One line saying what is selected, or what the app is doing."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(Content(""), id=id, markup=False)
        self.message = ""

    def say(self, message: str) -> None:
        self.message = message
        # One line high whatever it says: no layout pass (which would redraw every pane).
        self.update(Content(one_line(message)), layout=False)


# The footer: the keys a reader needs most, fixed (a Textual Footer rebuilds itself on every
# change of focus, which costs more than the app's own work per key).
FOOTER_KEYS: tuple[tuple[str, str], ...] = (
    ("↑↓", "move"),
    ("tab", "pane"),
    ("n/N", "next/prev mention"),
    ("e", "its events"),
    ("1-5", "types"),
    ("[ ]", "articles"),
    ("/", "search"),
    ("m", "mentions"),
    ("s", "all articles"),
    ("x", "export"),
    ("^p", "commands"),
    ("?", "keys"),
    ("q", "quit"),
)


class KeyBar(Static):
    """One line listing the main keys."""

    def __init__(self, *, id: str | None = None) -> None:
        parts: list = []
        for key, action in FOOTER_KEYS:
            parts += [(f" {key} ", "bold $footer-key-foreground"), action, " "]
        super().__init__(Content.assemble(*parts), id=id, markup=False)
