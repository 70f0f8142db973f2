"""The `?` help: every key of the app, read from its bindings when opened, so it never goes stale.

How the app uses it::

    from newsview.tui.widgets.help import HelpScreen

    def action_help(self) -> None:
        self.push_screen(HelpScreen())

It lists the keys of the screen it was opened over: first "Everywhere" (the app's and that
screen's bindings, in the order Textual resolves them: priority bindings, then the screen's,
then the app's), then one section per pane (each widget with bindings of its own, named after
its id; panes with the very same keys share one), so pane keys show even when that pane has no
focus. A binding shows when it has a
description; Textual's own widget bindings (scrolling, list cursors) only when they are shown
in the footer or when they do what one of the pane's own keys does. Keys with the same
description in a section share a line ("j ↓  Down").
Escape, `?` or `q` close it (`q` does not quit while it is open).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.widgets import Static


@dataclass
class KeySection:
    """One titled group of keys: (keys as displayed, description), in binding order."""

    title: str
    rows: list[tuple[list[str], str]] = field(default_factory=list)

    def has(self, description: str) -> bool:
        wanted = description.casefold()
        return any(existing.casefold() == wanted for _, existing in self.rows)

    def add(self, key: str, description: str) -> None:
        description = description[:1].upper() + description[1:]
        for keys, existing in self.rows:
            if existing.casefold() == description.casefold():
                if key not in keys:
                    keys.append(key)
                return
        self.rows.append(([key], description))


class HelpScreen(ModalScreen[None]):
    """Every key binding of the screen below, grouped: Everywhere, then each pane."""

    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
    }
    HelpScreen > #help-dialog {
        width: 80%;
        max-width: 90;
        height: 85%;
        border: round $primary;
        background: $surface;
        padding: 0 1;
    }
    HelpScreen #help-keys {
        height: 1fr;
    }
    HelpScreen .help-section {
        margin-bottom: 1;
    }
    HelpScreen #help-footer {
        color: $text-muted;
        height: 1;
    }
    """

    BINDINGS = [
        Binding("escape", "close", "Close"),
        Binding("question_mark", "close", "Close"),
        Binding("q", "close", "Close"),
    ]

    def __init__(self, source: Screen | None = None) -> None:
        """``source``: the screen whose keys to list; by default the one the help opens over."""
        super().__init__()
        self._source = source
        self.sections: list[KeySection] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="help-dialog") as dialog:
            dialog.border_title = "Keys"
            yield VerticalScroll(id="help-keys")
            yield Static(Content("Esc, ? or q: close · ↑↓ PgUp PgDn: scroll"), id="help-footer")

    def on_mount(self) -> None:
        source = self._source
        if source is None:
            stack = self.app.screen_stack
            source = stack[-2] if len(stack) >= 2 else None
        self.sections = collect_key_sections(source) if source is not None else []
        scroll = self.query_one("#help-keys", VerticalScroll)
        scroll.mount_all(
            Static(section_content(section), classes="help-section", markup=False)
            for section in self.sections
        )
        scroll.focus()

    def action_close(self) -> None:
        self.dismiss(None)


def collect_key_sections(screen: Screen) -> list[KeySection]:
    """The keys of ``screen`` and its app, in sections; empty sections left out."""
    app = screen.app
    everywhere = KeySection("Everywhere")
    chain: list[tuple[DOMNode, Binding]] = []
    app_bindings = list(_bindings_of(app))
    chain += [(app, b) for b in app_bindings if b.priority]
    chain += [(screen, b) for b in _bindings_of(screen)]
    chain += [(app, b) for b in app_bindings if not b.priority]
    taken: set[str] = set()
    priority_keys = {b.key for b in app_bindings if b.priority}
    for node, binding in chain:
        if binding.key in taken or not _offered(node, binding, framework_too=True):
            continue
        taken.add(binding.key)
        everywhere.add(app.get_key_display(binding), binding.description)
    sections = [everywhere]
    seen_titles: dict[str, KeySection] = {}
    for widget in screen.walk_children(with_self=False):
        title = _title_of(widget)
        section = seen_titles.get(title)
        if section is None:
            section = seen_titles[title] = KeySection(title)
            sections.append(section)
        bindings = [b for b in _bindings_of(widget) if b.key not in priority_keys]
        for binding in bindings:
            if _offered(widget, binding):
                section.add(app.get_key_display(binding), binding.description)
        # Textual's own key for something the pane also binds ("↓" beside the pane's "j").
        for binding in bindings:
            if binding.description and section.has(binding.description):
                section.add(app.get_key_display(binding), binding.description)
    return _merge_alike([section for section in sections if section.rows])


def _merge_alike(sections: list[KeySection]) -> list[KeySection]:
    """Panes with the very same keys share one section: "Articles, Entities, Chronology"."""
    merged: list[KeySection] = []
    by_rows: dict[str, KeySection] = {}
    for section in sections:
        signature = repr(section.rows)
        twin = by_rows.get(signature)
        if twin is not None and section.title != "Everywhere":
            twin.title += f", {section.title}"
            continue
        by_rows[signature] = section
        merged.append(section)
    return merged


def section_content(section: KeySection) -> Content:
    """A section as plain-text Content: a bold title, then one line per key."""
    width = max(len(" ".join(keys)) for keys, _ in section.rows)
    lines: list[str | tuple[str, str]] = [(section.title, "bold underline")]
    for keys, description in section.rows:
        lines += ["\n  ", (" ".join(keys).ljust(width), "bold"), "  ", description]
    return Content.assemble(*lines)


def _bindings_of(node: DOMNode) -> list[Binding]:
    # The node's merged bindings: its class's BINDINGS and its bases', plus any bound at run
    # time with ``bind``, after the keymap (Textual keeps them in ``_bindings``).
    return [binding for _, binding in node._bindings]


def _offered(node: DOMNode, binding: Binding, framework_too: bool = False) -> bool:
    """Whether a binding belongs in the help: described, not a system binding, and either the
    app's own or (for Textual's widgets) shown in the footer."""
    if not binding.description or binding.system:
        return False
    if framework_too or binding.show:
        return True
    return not _from_textual_only(node, binding)


def _from_textual_only(node: DOMNode, binding: Binding) -> bool:
    signature = (binding.key, binding.action)
    defined_by_textual = False
    for cls in type(node).__mro__:
        declared = cls.__dict__.get("BINDINGS")
        if not declared:
            continue
        if any((b.key, b.action) == signature for b in Binding.make_bindings(declared)):
            if not cls.__module__.startswith("textual."):
                return False
            defined_by_textual = True
    return defined_by_textual


def _title_of(widget: DOMNode) -> str:
    if widget.id:
        return re.sub(r"[-_]+", " ", widget.id).strip().capitalize()
    name = type(widget).__name__
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name).capitalize()
