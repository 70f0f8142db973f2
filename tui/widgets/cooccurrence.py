"""Who appears with whom (`o`): the entities sharing most articles (then sentences) with the
selected one across the open articles, ranked, with counts; Enter selects one."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from newsview.models.cooccurrence import Companion, companions
from newsview.tui.state import GROUP_OF_TYPE, AppState
from newsview.tui.widgets.status import one_line


def companion_row(companion: Companion) -> str:
    articles = f"{companion.articles} article{'' if companion.articles == 1 else 's'}"
    sentences = f"{companion.sentences} sentence{'' if companion.sentences == 1 else 's'}"
    group = GROUP_OF_TYPE.get(companion.entity.type, "Other")
    return f"{companion.articles:>5}  {one_line(companion.entity.name)} ({group}) — {articles}, {sentences} together"


class CooccurrenceScreen(ModalScreen[str | None]):
    """The ranked companions of one entity; dismissed with the collection entity id chosen."""

    DEFAULT_CSS = """
    CooccurrenceScreen { align: center middle; }
    CooccurrenceScreen > Vertical {
        width: 90%; max-width: 120; height: 80%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    CooccurrenceScreen OptionList { height: 1fr; border: none; }
    CooccurrenceScreen .dialog-help { color: $text-muted; height: 1; }
    """

    BINDINGS = [Binding("escape,o,q", "close", "Close")]

    def __init__(self, state: AppState, selected: tuple[str, str]) -> None:
        super().__init__()
        self.state = state
        self.selected = selected
        self.companions = companions(state.ensure_collection(), selected[0])

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = f"Who appears with {one_line(self.selected[1])}"
            rows = [Option(Content(companion_row(c)), id=c.entity.id) for c in self.companions]
            if not rows:
                rows = [Option(Content("No other entity shares an article with it."), disabled=True)]
            yield OptionList(*rows, id="companions")
            yield Static(Content("Ranked by shared articles, then sentences · Enter: select · "
                                 "Esc: back"), classes="dialog-help", markup=False)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_close(self) -> None:
        self.dismiss(None)
