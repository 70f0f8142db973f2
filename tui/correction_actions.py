"""The app's correction keys: M merge, S split, T retype, R rename, D drop, A add, ; note,
: notes, u undo, ctrl+r redo. A mixin of ``NewsviewApp`` (its bindings are
``CORRECTION_BINDINGS``, listed in the app's own so `?` shows them): each key opens a
``CorrectionDialog``, the answer becomes a correction, ``CorrectionKeeper`` saves it and
corrects every article, and ``corrections_changed`` redraws every pane through one path.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.binding import Binding

from newsview.models.vocab import name_key
from newsview.tui.correcting import Change, CorrectionKeeper, scope_of

if TYPE_CHECKING:
    from newsview.models.corrections import Correction
    from newsview.models.document import Entity
    from newsview.tui.app import NewsviewApp
    from newsview.tui.widgets.corrections import Choice

CORRECTION_BINDINGS = [
    Binding("M", "correct('merge')", "Merge the selected entity into another (picker)"),
    Binding("S", "correct('split')", "Split the current mention's variant out of its entity"),
    Binding("T", "correct('retype')", "Retype the selected entity (picker)"),
    Binding("R", "correct('rename')", "Rename the selected entity"),
    Binding("D", "correct('drop')", "Drop the selected entity: not an entity"),
    Binding("A", "correct('add')", "Add the selected text as a mention (every occurrence)"),
    Binding("semicolon", "correct('note')", "Note on the selected entity or the sentence"),
    Binding("colon", "list_notes", "List every note"),
    Binding("C", "list_corrections", "List every correction: applied, or not and why"),
    Binding("u", "undo_correction", "Undo the last correction"),
    Binding("ctrl+r", "redo_correction", "Redo the correction undone last"),
]

PALETTE = [
    ("Merge", "M: the selected entity into another, chosen by name", "merge"),
    ("Split", "S: the current mention's variant out of its entity", "split"),
    ("Retype", "T: People, Organisations, Places, Groups or Other", "retype"),
    ("Rename", "R: the selected entity's displayed name", "rename"),
    ("Drop", "D: the selected entity is not an entity", "drop"),
    ("Add a mention", "A: the selected (or found) text, every occurrence", "add"),
    ("Note", ";: a note on the selected entity or the sentence in hand", "note"),
]


class CorrectionActions:
    """Mixed into ``NewsviewApp``: the correction keys and the one redraw after a change."""

    corrections: CorrectionKeeper

    # ------------------------------------------------------------------------- set-up

    def open_corrections(self: NewsviewApp) -> None:
        """Open the store (after the first frame: start-up does not wait for it); a store
        that cannot be used turns corrections off and is said, the articles stay open."""
        keeper = self.corrections
        if keeper.open():
            if keeper.active:
                keeper.reapply(self.state)
                self.corrections_changed(None)
        else:
            self.state.problems.append(keeper.problem or "")
            self._show_problems()
            self.show_status(keeper.problem)

    def correction_palette(self: NewsviewApp) -> list[tuple[str, str, Callable[[], None]]]:
        actions: list[tuple[str, str, Callable[[], None]]] = [
            (name, help, lambda kind=kind: self.action_correct(kind))
            for name, help, kind in PALETTE
        ]
        actions += [
            ("Notes", ": every note, on entities and sentences", self.action_list_notes),
            ("Corrections", "C: every correction, applied or not and why",
             self.action_list_corrections),
            ("Undo correction", "u: take back the last correction", self.action_undo_correction),
            ("Redo correction", "ctrl+r: bring back the correction undone last",
             self.action_redo_correction),
        ]
        return actions

    def note_words(self: NewsviewApp, entity: Entity) -> str:
        """" — note: …" for the status line of an entity with notes, or whose current mention is
    in a sentence with one."""
        if not self.corrections.enabled:
            return ""
        state = self.state
        notes = self.corrections.notes_on(entity, state.article)
        span = state.current_sentence()
        if span is not None and state.article is not None:  # and on the mention's sentence
            sentence = state.article.text[span[0]:span[1]]
            notes += self.corrections.notes_in(sentence, state.article)
        return "".join(f" — note: {note}" for note in notes)

    # ------------------------------------------------------------------------- actions

    def action_correct(self: NewsviewApp, kind: str) -> None:
        keeper = self.corrections
        if not keeper.enabled:
            self.show_status(keeper.problem or "Corrections are off.")
            return
        if self.state.index is None:
            self.show_status("Wait for the article's analysis: corrections act on its entities.")
            return
        getattr(self, f"_ask_{kind}")()

    def action_undo_correction(self: NewsviewApp) -> None:
        self.corrections_changed(self.corrections.undo(self.state))

    def action_redo_correction(self: NewsviewApp) -> None:
        self.corrections_changed(self.corrections.redo(self.state))

    def action_list_corrections(self: NewsviewApp) -> None:
        from newsview.tui.widgets.corrections import CorrectionsScreen

        if not self.corrections.enabled:
            self.show_status(self.corrections.problem or "Corrections are off.")
            return
        self.push_screen(CorrectionsScreen(self.corrections.report()))

    def action_list_notes(self: NewsviewApp) -> None:
        from newsview.models.corrections import short
        from newsview.tui.widgets.corrections import NotesScreen

        lines = []
        for note in self.corrections.notes():
            on = note.name or f"“{short(note.sentence or '', 60)}”"
            where = "every article" if note.everywhere else note.scope
            lines.append(f"{on} ({where}): {note.note}")
        self.push_screen(NotesScreen(lines))

    # ------------------------------------------------------------------------- dialogs

    def _selected_name(self: NewsviewApp) -> str | None:
        state = self.state
        if state.entity is not None:
            return state.entity.name
        group = state.group if state.scope == "all" else None
        return group.name if group is not None else None

    def _need_entity(self: NewsviewApp) -> str | None:
        name = self._selected_name()
        if name is None:
            self.show_status("Select an entity first (in the list, the text or with /).")
        return name

    def _dialog(self: NewsviewApp, title: str, help: str, make: Callable[[Choice], Correction | None],
                **options) -> None:
        from newsview.tui.widgets.corrections import CorrectionDialog

        options.setdefault("everywhere", self.state.scope == "all")

        def answered(choice: Choice | None) -> None:
            if choice is None:
                return
            correction = make(choice)
            if correction is not None:
                self.corrections_changed(self.corrections.make(correction, self.state))

        self.push_screen(CorrectionDialog(title, help=help, **options), answered)

    def _scope(self: NewsviewApp, choice: Choice) -> dict:
        return scope_of(self.state.article, choice.everywhere)

    def _ask_merge(self: NewsviewApp) -> None:
        from newsview.models.corrections import Merge
        from newsview.tui.widgets.corrections import entity_choices

        name = self._need_entity()
        if name is None:
            return
        by_article = {
            article.id: analysis.entities for article, analysis in self.state.analysed_pairs()
        }
        self._dialog(
            f"Merge {name} into…",
            "Type to find the entity it is (as /) · ↑↓ choose · Enter: merge · Esc: cancel",
            lambda c: Merge(names=(c.value or c.typed, name), **self._scope(c)),
            choices=entity_choices(by_article, exclude=name), placeholder="the other entity",
        )

    def _ask_split(self: NewsviewApp) -> None:
        from newsview.models.corrections import Split
        from newsview.tui.widgets.corrections import fixed_choices

        state = self.state
        entity, span = state.entity, state.current_mention_span()
        if entity is None or span is None:
            self.show_status("Select an entity and move to the mention to split off (n/N).")
            return
        variant = state.article.text[span[0]:span[1]] if state.article else ""
        if all(name_key(m.text) == name_key(variant) for m in entity.mentions):
            self.show_status(f"Every mention of {entity.name} is written “{variant}”: "
                             "nothing to split off.")
            return
        count = sum(1 for m in entity.mentions if name_key(m.text) == name_key(variant))
        self._dialog(
            f"Split “{variant}” out of {entity.name}",
            "Enter: split · Esc: cancel",
            lambda c: Split(name=entity.name, variant=variant, **self._scope(c)),
            choices=fixed_choices([("split", f"Its {count} mention(s) as “{variant}” become an "
                                             "entity of their own")]),
        )

    def _ask_retype(self: NewsviewApp) -> None:
        from newsview.models.corrections import Retype
        from newsview.tui.widgets.corrections import type_choices

        name = self._need_entity()
        if name is None:
            return
        current = self.state.entity.type if self.state.entity is not None else None
        self._dialog(
            f"Retype {name} as…",
            "↑↓ or type to choose · Enter: retype · Esc: cancel",
            lambda c: Retype(name=name, type=c.value or "OTHER", **self._scope(c)),
            choices=type_choices(current), placeholder="People, Organisations, Places…",
        )

    def _ask_rename(self: NewsviewApp) -> None:
        from newsview.models.corrections import Rename

        name = self._need_entity()
        if name is None:
            return

        def make(choice: Choice) -> Correction | None:
            if choice.typed == name:
                return None
            return Rename(name=name, to=choice.typed, **self._scope(choice))

        self._dialog(
            f"Rename {name}",
            "The name shown for it; another entity's name merges the two · Enter · Esc",
            make, initial=name, free_text=True,
        )

    def _ask_drop(self: NewsviewApp) -> None:
        from newsview.models.corrections import Drop
        from newsview.tui.widgets.corrections import fixed_choices

        name = self._need_entity()
        if name is None:
            return
        self._dialog(
            f"Drop {name}",
            "Enter: drop · Esc: cancel",
            lambda c: Drop(name=name, **self._scope(c)),
            choices=fixed_choices([("drop", f"{name} is not an entity: its marks disappear")]),
        )

    def _ask_add(self: NewsviewApp) -> None:
        from newsview.models.corrections import Add, short
        from newsview.tui.widgets.corrections import entity_choices

        text = self._text_to_add()
        if text is None:
            self.show_status("Select the words first: drag over them with the mouse, or find "
                             "them with / (a text match) and press A.")
            return
        state = self.state
        existing = entity_choices({state.article.id: state.index.analysis.entities})

        def rows(query: str):
            from textual.content import Content

            from newsview.models.corrections import TYPE_CHOICES

            new = [(f"new:{code}", Content.assemble("a new entity: ", (word, "bold")))
                   for word, code in TYPE_CHOICES]
            found = [(f"entity:{value}", Content.assemble("a mention of ", label))
                     for value, label in existing(query)]
            return found + new if query.strip() else new + found  # typed: a name first

        def make(choice: Choice) -> Correction | None:
            value = choice.value or ""
            scope = self._scope(choice)
            if value.startswith("entity:"):
                return Add(text=text, entity=value[len("entity:"):], **scope)
            return Add(text=text, type=value[len("new:"):] or "OTHER", **scope)

        self._dialog(
            f"Add “{short(text, 40)}”, every occurrence, as…",
            "↑↓ choose a type or type to find an entity · Enter: add · Esc: cancel",
            make, choices=rows, placeholder="an existing entity's name",
        )

    def _text_to_add(self: NewsviewApp) -> str | None:
        selected = (self.screen.get_selected_text() or "").strip()
        if selected and "\n" not in selected:
            return selected
        found = self.state.found
        article = self.state.article
        if found is not None and article is not None:
            return article.text[found[0]:found[1]].strip() or None
        return None

    def _ask_note(self: NewsviewApp) -> None:
        from newsview.models.corrections import Note, short

        state = self.state
        name = self._selected_name()
        article = state.article
        sentence = None
        if name is None and article is not None:
            span = state.current_sentence(self.article_view.top_offset)
            sentence = article.text[span[0]:span[1]].strip() if span else None
        if name is None and not sentence:
            self.show_status("Select an entity, or move to a sentence, to note something on it.")
            return
        on = name or f"“{short(sentence or '', 40)}”"

        def make(choice: Choice) -> Correction | None:
            if not choice.typed:
                return None
            if sentence is not None:  # a sentence belongs to its article
                return Note(note=choice.typed, sentence=sentence,
                            **scope_of(article, everywhere=False))
            return Note(note=choice.typed, name=name, **self._scope(choice))

        self._dialog(f"Note on {on}", "Enter: save the note · Esc: cancel", make,
                     free_text=True, scoped=sentence is None, placeholder="why it matters")

    # ------------------------------------------------------------------------- redrawing

    def corrections_changed(self: NewsviewApp, change: Change | None) -> None:
        """The one path after a correction, an undo or a redo: the selection follows the
        entity it made, and every pane redraws from the state."""
        state = self.state
        if change is not None and change.select and state.index is not None:
            key = name_key(change.select)
            entities = state.index.analysis.entities
            chosen = next((e for e in entities if name_key(e.name) == key), None) or next(
                (e for e in entities if any(name_key(m.text) == key for m in e.mentions)), None)
            if chosen is not None:
                state.select_entity(chosen.id, 0)
        elif state.entity is None:
            state.selected, state.mention = None, None
        if state.scope == "all" and state.entity is not None:
            group = state.group_of_selected()
            state.selected_group = group.id if group is not None else None
        self.refresh_panes()
        self.article_list.refresh()
        if len(state.articles) > 1:
            self.article_list.counts_changed()
        if change is not None:
            self.show_status(change.words)
