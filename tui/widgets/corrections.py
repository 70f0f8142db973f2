"""The correction dialogs: one modal question per correction (merge, split, retype, rename,
drop, add, note), each with the scope chosen in the same dialog, and the list of notes.

How the app uses it::

    from newsview.tui.widgets.corrections import CorrectionDialog, Choice, entity_choices

    dialog = CorrectionDialog("Merge Maria Lopez into…", help="…",
                              choices=entity_choices(entities_by_article, exclude="Maria Lopez"))
    self.push_screen(dialog, lambda choice: ...)   # a Choice, or None for Escape

A dialog is an input over a list: typing filters the list (for entities, the same fuzzy,
accent-blind search as `/`); ↑↓ move in the list while the input keeps every key; Enter
chooses the highlighted row (or, for a dialog that takes free text, what was typed); ctrl+o
(or a click on the box) switches the scope between this article and every article.
Every string shown is ``Content`` built from plain text, never markup.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from newsview.models.corrections import TYPE_CHOICES
from newsview.models.document import Entity
from newsview.models.search import EntityIndex, search_key
from newsview.tui.widgets.dialogs import DIALOG_CSS
from newsview.tui.widgets.search import TYPE_LABELS
from newsview.tui.widgets.status import one_line

# A list of (value, label) a dialog offers for a query typed so far.
Choices = Callable[[str], list[tuple[str, Content]]]


@dataclass(frozen=True, slots=True)
class Choice:
    """What the user chose: the row's value (None when free text was typed with no row), the
    text typed, and whether the correction is for every article."""

    value: str | None
    typed: str
    everywhere: bool


class ChoiceList(OptionList, can_focus=False):
    """The dialog's rows; never focused, so every key goes to the input."""


class ScopeLine(Static):
    """Where the correction applies, in words; a click switches it."""

    def on_click(self) -> None:
        self.screen.action_toggle_scope()  # type: ignore[attr-defined]


class CorrectionDialog(ModalScreen[Choice | None]):
    """One correction's question: an input, a list to choose from, and the scope."""

    DEFAULT_CSS = DIALOG_CSS.format(name="CorrectionDialog") + """
    CorrectionDialog ChoiceList {
        height: auto;
        max-height: 12;
        border: none;
    }
    CorrectionDialog ScopeLine {
        height: auto;
    }
    """
    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+o", "toggle_scope", "This article / every article"),
        Binding("down", "move('cursor_down')", "Next row", show=False),
        Binding("up", "move('cursor_up')", "Previous row", show=False),
    ]

    def __init__(self, title: str, *, help: str, choices: Choices | None = None,
                 initial: str = "", free_text: bool = False, everywhere: bool = False,
                 scoped: bool = True, placeholder: str = "") -> None:
        super().__init__()
        self._title = title
        self._help = help
        self._choices = choices
        self._initial = initial
        self._free_text = free_text
        self._everywhere = everywhere
        self._scoped = scoped
        self._placeholder = placeholder
        self._values: list[str] = []

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = one_line(self._title)
            yield Input(self._initial, placeholder=self._placeholder, id="correction-input",
                        select_on_focus=False)
            if self._choices is not None:
                yield ChoiceList(id="correction-choices", markup=False)
            if self._scoped:
                yield ScopeLine(self._scope_words(), id="correction-scope")
            yield Static(Content(self._help), classes="dialog-help", markup=False)
            yield Static(Content(""), id="correction-problem", classes="dialog-problem",
                         markup=False)

    def on_mount(self) -> None:
        self.query_one("#correction-input", Input).focus()
        self._fill(self._initial)

    @property
    def values(self) -> list[str]:
        """The values of the rows listed now (for tests)."""
        return list(self._values)

    @property
    def everywhere(self) -> bool:
        return self._scoped and self._everywhere

    def _scope_words(self) -> Content:
        if self._everywhere:
            return Content.assemble("Applies to: ", ("every article, present and future", "bold"),
                                    ("  (ctrl+o or click: this article only)", "dim"))
        return Content.assemble("Applies to: ", ("this article only", "bold"),
                                ("  (ctrl+o or click: every article)", "dim"))

    @on(Input.Changed, "#correction-input")
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        self._fill(event.value)
        self.say("")

    def _fill(self, query: str) -> None:
        if self._choices is None:
            return
        rows = self._choices(query)
        self._values = [value for value, _ in rows]
        listing = self.query_one(ChoiceList)
        listing.set_options([Option(label) for _, label in rows])
        listing.highlighted = 0 if rows else None

    def say(self, message: str) -> None:
        self.query_one("#correction-problem", Static).update(Content(one_line(message)))

    def action_move(self, action: str) -> None:
        lists = self.query(ChoiceList)
        if lists:
            getattr(lists.first(), f"action_{action}")()

    def action_toggle_scope(self) -> None:
        if not self._scoped:
            return
        self._everywhere = not self._everywhere
        self.query_one(ScopeLine).update(self._scope_words())

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Input.Submitted, "#correction-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._choose(self._highlighted())

    @on(OptionList.OptionSelected, "#correction-choices")
    def _clicked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._choose(self._values[event.option_index])

    def _highlighted(self) -> str | None:
        lists = self.query(ChoiceList)
        if not lists:
            return None
        row = lists.first().highlighted
        return self._values[row] if row is not None and row < len(self._values) else None

    def _choose(self, value: str | None) -> None:
        typed = self.query_one("#correction-input", Input).value.strip()
        if value is None and not (self._free_text and typed):
            self.say("Type a name, or choose a row with ↑↓." if self._choices is not None
                     else "Type something first.")
            return
        self.dismiss(Choice(value, typed, self.everywhere))


# ----------------------------------------------------------------------------- choices


def type_choices(current: str | None = None) -> Choices:
    """People / Organisations / Places / Groups / Other, filtered by what is typed."""

    def rows(query: str) -> list[tuple[str, Content]]:
        key = search_key(query)
        found = []
        for word, code in TYPE_CHOICES:
            if key and not search_key(word).startswith(key) and key not in search_key(code):
                continue
            note = "  (now)" if code == current else ""
            found.append((code, Content.assemble((word, "bold"), (note, "dim"))))
        return found

    return rows


def entity_choices(entities_by_article: Mapping[str, Sequence[Entity]], *,
                   exclude: str | None = None, limit: int = 30) -> Choices:
    """The entities of the open articles, found with the fuzzy, accent-blind search of `/`,
    one row per name (the same entity in several articles is one row)."""
    index = EntityIndex(entities_by_article)
    excluded = search_key(exclude) if exclude else None
    everyone: dict[str, Entity] = {}
    for entities in entities_by_article.values():
        for entity in entities:
            everyone.setdefault(search_key(entity.name), entity)

    def rows(query: str) -> list[tuple[str, Content]]:
        if query.strip():
            hits = [hit.entity for hit in index.search(query, limit * 3)]
        else:  # nothing typed yet: the most mentioned first
            hits = sorted(everyone.values(), key=lambda e: -len(e.mentions))
        found: dict[str, tuple[str, Content]] = {}
        for entity in hits:
            key = search_key(entity.name)
            if key == excluded or key in found:
                continue
            label = Content.assemble(
                (one_line(entity.name), "bold"), "  ",
                (TYPE_LABELS.get(entity.type, entity.type.lower()), "italic"))
            found[key] = (entity.name, label)
            if len(found) >= limit:
                break
        return list(found.values())

    return rows


def fixed_choices(rows: Sequence[tuple[str, str]]) -> Choices:
    """Rows that do not change with what is typed."""
    built = [(value, Content(label)) for value, label in rows]
    return lambda query: list(built)


class LinesScreen(ModalScreen[None]):
    """A titled list of lines (each plain text), closed with Escape or q."""

    DEFAULT_CSS = DIALOG_CSS.format(name="LinesScreen") + """
    LinesScreen > Vertical {
        width: 100;
    }
    LinesScreen VerticalScroll {
        height: auto;
        max-height: 20;
    }
    """
    BINDINGS = [Binding("escape,q", "close", "Close")]
    EMPTY = "Nothing to list."
    TITLE_WORD = "Lines"
    CLOSE_WORDS = "Esc or q: close"

    def __init__(self, lines: Sequence[str]) -> None:
        super().__init__()
        self._lines = list(lines)

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = f"{self.TITLE_WORD} ({len(self._lines)})"
            with VerticalScroll():
                if not self._lines:
                    yield Static(Content(self.EMPTY), markup=False)
                for line in self._lines:
                    yield Static(Content(line), classes="listed-line", markup=False)
            yield Static(Content(self.CLOSE_WORDS), classes="dialog-help", markup=False)

    def action_close(self) -> None:
        self.dismiss(None)


class NotesScreen(LinesScreen):
    """Every note in force, one a line: on what, where, and the note."""

    BINDINGS = [Binding("colon", "close", "Close the notes")]
    EMPTY = "No notes yet: ; writes one on the selected entity or the sentence in hand."
    TITLE_WORD = "Notes"
    CLOSE_WORDS = "Esc, : or q: close"


class CorrectionsScreen(LinesScreen):
    """Every correction in force, oldest first, with what it did to the open articles."""

    BINDINGS = [Binding("C", "close", "Close the corrections")]
    EMPTY = "No corrections yet: M S T R D A on an entity make one."
    TITLE_WORD = "Corrections"
    CLOSE_WORDS = "Esc, C or q: close · u undoes the last · newsview corrections export shares them"
