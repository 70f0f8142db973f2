"""The header line (title, date and where the date came from) and the status line."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from newsview.models.text import visible_controls
from newsview.tui.browse import headline
from newsview.tui.state import DATE_SOURCES, AppState


def one_line(text: str) -> str:
    """An untrusted name on one line, its control characters (escapes too) made visible."""
    return " ".join(visible_controls(text).split())


def header_content(state: AppState, width: int = 0) -> Content:
    """Title (the file name when there is none), date and where it came from, the source
    (publication or site), author, address or path, and the place among the articles.

    Fitted to ``width`` cells (0: no limit): the place among the articles always shows, at the
    right; the address, then the author, then the source give way, and the title is cut last.
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
    position = state.position(state.current)
    many = len(state.articles) > 1 and position is not None
    place = f"{position + 1}/{len(state.articles)}" if many else ""
    where = article.url or (article.path if article.path and article.path != "-" else "")
    extras = [
        (one_line(article.source), "italic") if article.source else None,
        (f"by {one_line(article.author)}", "") if article.author else None,
        (one_line(where), "dim") if where else None,
    ]
    also = state.also_in(article)
    if also:  # the same text read elsewhere: shown once, its other places named
        extras.insert(0, (one_line("also in: " + ", ".join(also)), "italic"))
    title = one_line(headline(article))
    while True:
        parts: list = [(title, "bold"), "  ", dated]
        for extra in extras:
            if extra is not None:
                parts += ["  ", extra]
        left = Content.assemble(*parts)
        room = width - (len(place) + 2 if place else 0)
        if not width or left.cell_length <= room or not any(extras):
            break
        extras[max(i for i, e in enumerate(extras) if e is not None)] = None
    if width and left.cell_length > room:
        left = left.truncate(max(room, 1), ellipsis=True)
    if not place:
        return left
    gap = max(width - left.cell_length - len(place), 2) if width else 2
    return Content.assemble(left, " " * gap, (place, "bold"))


class HeaderLine(Static):
    """One line: the current article's title, date and origin, fitted to the width."""

    def __init__(self, state: AppState, *, id: str | None = None) -> None:
        super().__init__(Content(""), id=id, markup=False)
        self.state = state

    def show(self) -> None:
        self.refresh()  # always one line high: no layout

    def render(self) -> Content:
        return header_content(self.state, self.content_region.width)


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
# change of focus, which costs more than the app's own work per key). Shown in this order;
# when the terminal is too narrow for all, those of least need (the last numbers) give way.
FOOTER_KEYS: tuple[tuple[str, str, int], ...] = (
    ("↑↓", "move", 7),
    ("tab", "pane", 5),
    ("n/N", "next mention", 4),
    ("e", "its events", 3),
    ("1-5", "types", 11),
    ("[ ]", "articles", 9),
    ("/", "search", 6),
    ("m", "mentions", 10),
    ("s", "all articles", 12),
    ("x", "export", 8),
    ("b", "browse", 14),
    ("v", "timeline", 15),
    ("^p", "commands", 13),
    ("?", "keys", 1),
    ("q", "quit", 2),
)


def key_bar_content(width: int) -> Content:
    """The keys that fit in ``width`` cells, every one whole, the most needed kept."""
    def cells(key: str, action: str) -> int:
        return len(key) + 2 + len(action) + 1

    kept: set[str] = set()
    used = 0
    for key, action, _ in sorted(FOOTER_KEYS, key=lambda k: k[2]):
        if used + cells(key, action) <= width:
            kept.add(key)
            used += cells(key, action)
    parts: list = []
    for key, action, _ in FOOTER_KEYS:
        if key in kept:
            parts += [(f" {key} ", "bold $footer-key-foreground"), action, " "]
    return Content.assemble(*parts)


class KeyBar(Static):
    """One line listing the main keys that fit."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(Content(""), id=id, markup=False)

    def render(self) -> Content:
        return key_bar_content(self.content_region.width)
