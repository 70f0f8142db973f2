"""The entities pane: entities grouped by type, each with its mention counts.

Group headers are disabled options, so the cursor skips them; moving the cursor selects.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual import events
from textual.content import Content
from textual.geometry import Region
from textual.strip import Strip
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from newsview.tui.messages import EntitySelected, GroupSelected, choose
from newsview.tui.state import GROUP_NAMES, AppState, count_label
from newsview.tui.widgets.pane_list import PaneList, waiting_row

GROUP_PREFIX = "group:"
ENTITY_PREFIX = "entity:"
ACROSS_PREFIX = "across:"  # an entity of all open articles (the all-articles scope)
CORRECTED_MARK = "✎"  # after the name of an entity the user's corrections changed


def fitted_row(name: str, count: str, width: int) -> Content:
    """" name  count" on one line: a name too long for the pane is cut with an ellipsis so its
    count stays beside it rather than wrapping onto a line of its own."""
    room = width - cell_len(count) - 3
    if width > 0 and cell_len(name) > room:
        while name and cell_len(name) > max(room - 1, 1):
            name = name[:-1]
        name = name.rstrip() + "…"
    return Content.assemble(" ", name, "  ", (count, "dim"))


class EntityList(PaneList):
    """Entities of the current article by group, most mentioned first."""

    def __init__(self, state: AppState, *, id: str | None = None) -> None:
        super().__init__(state, id=id)
        self._row_of: dict[str, int] = {}
        self._shown_width = 0

    def on_resize(self, event: events.Resize) -> None:
        if self.row_width != self._shown_width:
            self.show()

    def render_lines(self, crop: Region) -> list[Strip]:
        # Drawn at its laid-out size before its Resize event is handled (the first frames),
        # rows cut for another width would wrap: they are cut again for this one first.
        if self.row_width and self.row_width != self._shown_width:
            self.show()
        return super().render_lines(crop)

    @property
    def row_width(self) -> int:
        return self.scrollable_content_region.width

    def width_for(self, rows: int) -> int:
        """The width ``rows`` rows will be drawn at: the pane's, less its scrollbar's when they
        overflow it. Cut for the width the pane had before its scrollbar showed, every row was
        cut again for the narrower one and the screen laid out a second time, just as the first
        analysis arrived (a frame of 20-30 ms under the first key)."""
        styles = self.styles
        region = self.content_region
        if not region or styles.overflow_y != "auto" or styles.scrollbar_gutter == "stable":
            return self.row_width
        return region.width - (styles.scrollbar_size_vertical if rows > region.height else 0)

    def show(self) -> None:
        """Rebuild the rows from the state, keeping the cursor on the selected entity."""
        state = self.state
        options: list[Option] = []
        self._row_of = {}
        self._shown_width = self.row_width
        if state.scope == "all" and state.articles:
            self._show_all_articles()
            return
        waiting = waiting_row(state)
        if waiting is not None:
            options.append(waiting)
        else:
            groups = state.entity_groups()
            width = self._shown_width = self.width_for(
                len(groups) + sum(len(group.entities) for group in groups))
            if not groups:
                options.append(Option(Content("no entities found"), disabled=True))
            for group in groups:
                key = GROUP_NAMES.index(group.name) + 1
                plural = "" if group.total_mentions == 1 else "s"
                tally = f" · {group.total_mentions} mention{plural}"
                if group.hidden:
                    tally = f" · {group.total_entities} hidden ({key})"
                elif len(group.name) + len(tally) > width:  # "Organisations · 9", not wrapped
                    tally = f" · {group.total_mentions}"
                header = Content.assemble((group.name, "bold"), (tally, "dim"))
                options.append(Option(header, id=GROUP_PREFIX + group.name, disabled=True))
                for entity in group.entities:
                    self._row_of[entity.id] = len(options)
                    count = count_label(entity)
                    if entity.corrected:  # beside the count: a long name is cut, not the mark
                        count = f"{CORRECTED_MARK} {count}"
                    row = fitted_row(entity.name, count, width)
                    options.append(Option(row, id=ENTITY_PREFIX + entity.id))
        self.set_options(options)
        self.follow_selection()

    def _show_all_articles(self) -> None:
        """Entities of every open article, linked across them, with how many articles name
        each."""
        state = self.state
        options: list[Option] = []
        groups = state.group_rows()
        width = self._shown_width = self.width_for(
            len(groups) + sum(len(entities) for _, entities, _, _ in groups))
        if not groups:
            note = "analysing…" if len(state.indexes) < len(state.articles) else "no entities found"
            options.append(Option(Content(note), disabled=True))
        for name, entities, total, hidden in groups:
            key = GROUP_NAMES.index(name) + 1
            tally = f" · {total} in all articles"
            if hidden:
                tally = f" · {total} hidden ({key})"
            elif len(entities) < total:
                tally += f", {len(entities)} listed (/ finds any)"
            if len(name) + len(tally) > width and not hidden:
                tally = f" · {total}"  # one line in a narrow pane, as an entity's row is
            header = Content.assemble((name, "bold"), (tally, "dim"))
            options.append(Option(header, id=GROUP_PREFIX + name, disabled=True))
            for group in entities:
                self._row_of[ACROSS_PREFIX + group.id] = len(options)
                articles = f"{group.article_count} art."
                count = f"{articles} · {group.mention_count}"
                if any(e.corrected for _, e in state.collection.article_entities(group.id)):
                    count = f"{CORRECTED_MARK} {count}"
                row = fitted_row(group.name, count, width)
                options.append(Option(row, id=ACROSS_PREFIX + group.id))
        self.set_options(options)
        self.follow_selection()

    def follow_selection(self) -> None:
        """Put the cursor on the state's selected entity. The state owns the selection; the
        cursor only shows it, so moving it here tells nobody anything (no message back)."""
        state = self.state
        if state.scope == "all":
            row = self._row_of.get(ACROSS_PREFIX + (state.selected_group or "-"))
        else:
            row = self._row_of.get(state.selected or "")
        self.show_row(row)

    def watch_highlighted(self, highlighted: int | None) -> None:
        super().watch_highlighted(highlighted)
        if self.following or highlighted is None or highlighted >= self.option_count:
            return  # the cursor showing the state's selection is no choice of the user's
        option = self.get_option_at_index(highlighted)
        option_id = option.id or ""
        if not option.disabled and option_id.startswith(ENTITY_PREFIX):
            # Handled now, in the same frame as the cursor (see messages.choose).
            choose(self, EntitySelected(option_id[len(ENTITY_PREFIX) :]))
        elif not option.disabled and option_id.startswith(ACROSS_PREFIX):
            choose(self, GroupSelected(option_id[len(ACROSS_PREFIX) :]))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()  # handled in watch_highlighted

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id or ""
        if option_id.startswith(ENTITY_PREFIX):
            choose(self, EntitySelected(option_id[len(ENTITY_PREFIX) :]))
