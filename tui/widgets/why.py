"""The `w` panel: why the engine read an entity or a time expression as it did.

For an entity: its type and the evidence for it over the next likeliest type, each piece with
its fitted weight, strongest first ("Organisation: 'said it' after it (+1.9), ends in 'Group'
(+1.4) …"), then how each of its name forms joined it ("Jerí: surname of Jose Jerí"). For a
time expression: the steps that resolved it ("Wednesday -> the Wednesday after 2005-03-01:
future tense"). Everything is built from the engine's own words (``Entity.why``,
``Timex.why``) as plain ``Content``: a name holding markup is shown as written.

How the app uses it::

    self.push_screen(WhyScreen(title, why_lines(...)))
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from newsview.models.document import Entity, Timex
from newsview.models.timevalue import value_words
from newsview.tui.widgets.status import one_line

TYPE_WORDS = {"PERSON": "Person", "ORG": "Organisation", "GPE": "Place", "LOC": "Place",
              "NORP": "Group", "OTHER": "Other"}


def entity_why_lines(entity: Entity) -> list[str]:
    """The explanation of one entity, a line each (plain text)."""
    why = entity.why
    lines = [f"{one_line(entity.name)}: {TYPE_WORDS.get(entity.type, entity.type)}"]
    if why is None or not why.type:
        lines.append("No evidence recorded for this type.")
    else:
        lines.append("Evidence (fitted weight, for this type over the next likeliest):")
        for words, weight in why.type:
            amount = "rule" if weight == 0 else f"{weight:+.1f}"
            lines.append(f"  {amount:>6}  {one_line(words)}")
    if why is not None and why.links:
        lines.append("Name forms linked:")
        for variant, target, reason in why.links:
            lines.append(f"  {one_line(variant)}: {reason} {one_line(target)}")
    elif len(entity.variants) > 1:
        lines.append("Name forms: " + one_line(", ".join(entity.variants)))
    return lines


def timex_why_lines(timex: Timex) -> list[str]:
    """The explanation of one time expression, a line each (plain text)."""
    value = value_words(timex.value) if timex.value else "no calendar value"
    lines = [f"“{one_line(timex.text)}” → {value}" + (" (inferred)" if timex.inferred else "")]
    if timex.why:
        lines.extend(f"  {one_line(step)}" for step in timex.why)
    else:
        lines.append("  Read as written: nothing to resolve.")
    return lines


class WhyScreen(ModalScreen[None]):
    """The explanation of one entity or time expression; Escape, `w` or `q` close it."""

    DEFAULT_CSS = """
    WhyScreen {
        align: center middle;
    }
    WhyScreen > #why-dialog {
        width: 90%;
        max-width: 110;
        height: auto;
        max-height: 90%;
        border: round $accent;
        background: $surface;
        padding: 0 1;
    }
    WhyScreen #why-lines {
        height: auto;
        max-height: 1fr;
    }
    WhyScreen #why-footer {
        color: $text-muted;
        height: 1;
    }
    """

    BINDINGS = [Binding("escape,w,q", "close", "Close the explanation")]

    def __init__(self, title: str, lines: Sequence[str]) -> None:
        super().__init__()
        self.title_text = one_line(title)
        self.lines = list(lines)

    def compose(self) -> ComposeResult:
        with Vertical(id="why-dialog") as dialog:
            dialog.border_title = self.title_text
            with VerticalScroll(id="why-lines"):
                yield Static(Content("\n".join(self.lines)), markup=False, id="why-text")
            yield Static(Content("↑↓: scroll · Esc: close"), id="why-footer", markup=False)

    def action_close(self) -> None:
        self.dismiss(None)
