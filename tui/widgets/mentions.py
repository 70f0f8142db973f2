"""The mentions pane: a concordance of the selected entity, one mention a row, in text order.

Each row shows the words before the mention (cut so that every mention starts in the same
column), the mention itself as written (the variant used) and the words after it; with more
than one article in play, the row starts with its article's title. Enter (or a click) jumps
to the mention: the article scrolls to it and it becomes the current mention.

Rows are rebuilt only while the pane is shown: a hidden pane costs nothing per key.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from newsview.tui.messages import EntitySelected, choose
from newsview.tui.state import AppState, MentionRow, context_line
from newsview.tui.widgets.pane_list import PaneList
from newsview.tui.widgets.status import one_line

MENTION_PREFIX = "mention:"
TITLE_CELLS = 16  # the article title, when rows come from several articles


class MentionsList(PaneList):
    """Every mention of the selected entity with a line of context; Enter jumps to it."""

    BINDINGS = [
        Binding("enter", "select", "Jump to the mention", show=False),
    ]

    def __init__(self, state: AppState, *, id: str | None = None) -> None:
        super().__init__(state, id=id)
        self.rows: list[MentionRow] = []
        self._stale = True
        self._shown_for: tuple | None = None

    def show(self) -> None:
        """Rebuild the rows from the state when shown, else remember to do it when it is."""
        if not self.display:
            self._stale = True
            return
        self._stale = False
        state = self.state
        rows = state.mention_rows()
        # A new analysis (a date set with d) or more analysed articles rebuild the rows too.
        key = (state.current, state.selected, state.selected_group, len(rows), id(state.index),
               len(state.indexes))
        if key == self._shown_for and self.option_count:
            self.follow_current()
            return
        self._shown_for = key
        self.rows = rows
        self.border_title = Content(self._title(len(rows)))  # Content: names are not markup
        options: list[Option] = []
        if not rows:
            message = "select an entity to list its mentions"
            if state.index is None:
                message = state.pending_note if state.article is not None else "no article open"
            options.append(Option(Content(message), disabled=True))
        many = len({row.article for row in rows}) > 1
        width = self.scrollable_content_region.width or 40
        title_cells = TITLE_CELLS if many and width > 2 * TITLE_CELLS else 0
        left = max(6, (width - title_cells) // 3)
        for number, row in enumerate(rows):
            article = state.article_by_id(row.article)
            if article is None:
                continue
            before, mention, after = context_line(article.text, row.start, row.end, left)
            parts: list = []
            if title_cells:
                title = one_line(article.display_title)
                if len(title) > title_cells - 1:
                    title = title[: title_cells - 2] + "…"
                parts.append((title.ljust(title_cells), "dim"))
            style = "bold reverse" if row.form == "name" else "bold underline reverse"
            parts += [before.rjust(left), (mention, style), after]
            options.append(Option(Content.assemble(*parts), id=f"{MENTION_PREFIX}{number}"))
        self.set_options(options)
        self.follow_current()

    def _title(self, count: int) -> str:
        state = self.state
        group = state.group if state.scope == "all" else None
        entity = group or state.entity
        if entity is None or not count:
            return "Mentions (m) · Enter: go to"
        name = one_line(entity.name)
        if len(name) > 24:
            name = name[:23] + "…"
        return f"{name}: {count} mention{'' if count == 1 else 's'} (m)"

    def on_show(self) -> None:
        if self._stale:
            self.call_after_refresh(self.show)  # once laid out: the width decides the context

    def on_resize(self) -> None:
        if self.display and self.rows:
            self._shown_for = None
            self.show()

    def follow_current(self) -> None:
        """Put the cursor on the state's current mention."""
        state = self.state
        for position, row in enumerate(self.rows):
            if row.article == state.current and row.entity_id == state.selected and (
                row.number == state.mention
            ):
                if self.highlighted != position:
                    self.highlighted = position
                return

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()  # moving reads the list; Enter jumps

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id or ""
        if not option_id.startswith(MENTION_PREFIX):
            return
        row = self.rows[int(option_id[len(MENTION_PREFIX) :])]
        choose(self, EntitySelected(row.entity_id, row.number, article_id=row.article))
