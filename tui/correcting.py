"""The app's corrections: the store, the engine's own analyses, and the corrected ones shown.

How the app uses it::

    keeper = CorrectionKeeper(store_path)       # None: the default store
    keeper.open()                                # a store that cannot be used: keeper.problem
    state.set_analysis(article.id, keeper.corrected(article, raw_analysis))  # as they land
    summary = keeper.make(correction, state)     # saved (one transaction), every article
                                                 # corrected again; the words for the status
    keeper.undo(state) / keeper.redo(state)

The engine's own analysis of each article is kept (``raw``); what the panes show is always
``apply_corrections(raw, text, active corrections)``, so undoing is showing one fewer, and a
correction made in another instance on the same store is taken in at the next change.
Textual-free: the app decides how to redraw (``NewsviewApp.corrections_changed``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from newsview.models.vocab import name_key

if TYPE_CHECKING:
    from newsview.models.corrections import Correction, Note, Outcome
    from newsview.models.document import Analysis, Article, Entity

# newsview.models.corrections is imported when first needed (a correction made, or stored ones
# to apply): the app's start-up does not wait for it.


class Change(NamedTuple):
    """What a correction (or its undo) did, for the status line and the selection."""

    words: str  # "Merged TimeWarner into Time Warner: 14 mentions in 9 articles"
    select: str | None = None  # the name of the entity to select afterwards


class CorrectionKeeper:
    """The corrections store of one app, and the raw analyses the corrections apply to."""

    def __init__(self, store_path: str | None = None) -> None:
        self.store_path = store_path
        self.store = None  # a newsview.tui.store.Store once open
        self.problem: str | None = None  # why corrections are off (until restart)
        self.active: list[Correction] = []
        self.raw: dict[str, Analysis] = {}  # article id -> the engine's own reading
        # per analysed article (by id), what the active corrections did to it
        self.outcomes: dict[str, tuple[Outcome, ...]] = {}

    # ------------------------------------------------------------------------- the store

    def open(self) -> bool:
        """Open the store; False (with ``problem`` set) when it cannot be used."""
        from newsview.tui.store import StoreError, open_store

        try:
            self.store = open_store(self.store_path)
            self.active = self.store.active()
        except StoreError as error:
            self._off(error)
            return False
        return True

    @property
    def enabled(self) -> bool:
        return self.store is not None and self.problem is None

    def _off(self, error: Exception) -> None:
        self.problem = f"Corrections are off until restart: {error}"
        if self.store is not None:
            self.store.close()
        self.store = None

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None

    # ------------------------------------------------------------------------- applying

    def corrected(self, article: Article, analysis: Analysis) -> Analysis:
        """Keep ``analysis`` as the engine's own reading of ``article``; the corrected
        reading to show."""
        self.raw[article.id] = analysis
        if not self.active:
            self.outcomes.pop(article.id, None)
            return analysis
        from newsview.models.corrections import apply_with_report

        corrected, self.outcomes[article.id] = apply_with_report(analysis, article.text, self.active,
                                                             article_id=article.id)
        return corrected

    def reapply(self, state) -> list[Outcome]:
        """Show every analysed article with the active corrections; the outcomes."""
        from newsview.models.corrections import apply_with_report

        outcomes: list[Outcome] = []
        self.outcomes = {}
        linked = state.collection is not None
        state.collection = None  # linked again across articles from the new readings, once
        for article, raw in self._raw_in_order(state):
            analysis, found = apply_with_report(raw, article.text, self.active,
                                                article_id=article.id)
            outcomes.extend(found)
            self.outcomes[article.id] = found
            index = state.indexes.get(article.id)
            # unchanged articles are the very analysis shown (apply returns it as it is):
            # compared by identity, as a deep comparison of thousands would cost seconds
            if index is None or index.analysis is not analysis:
                state.set_analysis(article.id, analysis)
        if linked or state.scope == "all":
            state.ensure_collection()
        return outcomes

    def _raw_in_order(self, state) -> list[tuple[Article, Analysis]]:
        """(article, the engine's reading) of each open article read, in the list's order."""
        raw = self.raw
        return [(article, raw[article.id]) for article in state.articles if article.id in raw]

    def _apply_last(self, state, correction: Correction) -> list[Outcome]:
        """The correction just added at the end of the active ones: applied to what each
        article shows (the same as applying them all again to the engine's reading, as
        corrections apply in order); only the articles it changes are indexed again."""
        from newsview.models.corrections import apply_with_report

        outcomes: list[Outcome] = []
        changed: list[tuple[str, Analysis]] = []
        for article, _ in self._raw_in_order(state):
            index = state.indexes.get(article.id)
            if index is None:
                continue
            analysis, found = apply_with_report(index.analysis, article.text, [correction],
                                                article_id=article.id)
            outcomes.extend(found)
            self.outcomes[article.id] = self.outcomes.get(article.id, ()) + found
            if analysis is not index.analysis:
                changed.append((article.id, analysis))
        self._show(state, changed)
        return outcomes

    def _take_back_last(self, state, correction: Correction) -> None:
        """The last correction undone: only the articles it changed are read again from the
        engine's reading (where it did nothing, what is shown is already right)."""
        from newsview.models.corrections import apply_with_report

        changed: list[tuple[str, Analysis]] = []
        for article, raw in self._raw_in_order(state):
            found = self.outcomes.get(article.id, ())
            if not any(o.applied and o.correction == correction for o in found):
                self.outcomes[article.id] = tuple(o for o in found if o.correction != correction)
                continue
            analysis, self.outcomes[article.id] = apply_with_report(
                raw, article.text, self.active, article_id=article.id)
            changed.append((article.id, analysis))
        self._show(state, changed)

    def _show(self, state, changed: list[tuple[str, Analysis]]) -> None:
        if not changed:
            return
        linked = state.collection is not None
        state.collection = None  # linked again once, not once per article
        for article_id, analysis in changed:
            state.set_analysis(article_id, analysis)
        if linked or state.scope == "all":
            state.ensure_collection()

    def make(self, correction: Correction, state) -> Change:
        """Save ``correction`` (one transaction) and show every article with it."""
        if not self.enabled:
            return Change(self.problem or "Corrections are off.")
        from newsview.tui.store import StoreError

        before = self.active
        try:
            self.store.add(correction)
            self.active = self.store.active()  # another instance's corrections come in too
        except StoreError as error:
            self._off(error)
            return Change(self.problem or "")
        if self.active == [*before, correction] and correction not in before:
            outcomes = self._apply_last(state, correction)
        else:
            outcomes = [o for o in self.reapply(state) if o.correction == correction]
        return Change(_summary(correction, outcomes), _select_after(correction))

    def undo(self, state) -> Change:
        return self._step(state, undo=True)

    def redo(self, state) -> Change:
        return self._step(state, undo=False)

    def _step(self, state, *, undo: bool) -> Change:
        if not self.enabled:
            return Change(self.problem or "Corrections are off.")
        from newsview.tui.store import StoreError

        before = self.active
        try:
            correction = self.store.undo() if undo else self.store.redo()
            self.active = self.store.active()
        except StoreError as error:
            self._off(error)
            return Change(self.problem or "")
        if correction is None:
            return Change("Nothing to undo." if undo else "Nothing to redo.")
        from newsview.models.corrections import describe

        if undo and before == [*self.active, correction] and correction not in self.active:
            self._take_back_last(state, correction)
        elif not undo and self.active == [*before, correction] and correction not in before:
            self._apply_last(state, correction)
        else:  # another instance changed the store meanwhile: everything read again
            self.reapply(state)
        verb = "Undone" if undo else "Redone"
        name = None if undo else _select_after(correction)
        return Change(f"{verb}: {describe(correction)}", name)

    def report(self) -> list[str]:
        """Every correction in force, with what it did to the open articles (as of the last
        change): "applied: 14 mentions in 9 articles", or "not applied: ..." and why."""
        from newsview.models.corrections import describe, verdict

        outcomes = [o for found in self.outcomes.values() for o in found]
        return [f"{describe(c)} — {verdict(c, outcomes)}" for c in self.active]

    # ------------------------------------------------------------------------- notes

    def notes(self) -> list[Note]:
        return [c for c in self.active if c.action == "note"]  # type: ignore[misc]

    def notes_on(self, entity: Entity, article: Article | None) -> list[str]:
        """The notes on this entity (by any of its names) that cover this article."""
        keys = {name_key(entity.name)} | {name_key(m.text) for m in entity.mentions}
        found = []
        for note in self.notes():
            if note.name is None or name_key(note.name) not in keys:
                continue
            if article is not None and not note.covers(article.id, article.text_hash):
                continue
            found.append(note.note)
        return found

    def notes_in(self, sentence: str, article: Article) -> list[str]:
        """The notes on this sentence of this article."""
        return [n.note for n in self.notes() if n.sentence is not None
                and n.sentence.strip() == sentence.strip()
                and n.covers(article.id, article.text_hash)]


def scope_of(article: Article | None, everywhere: bool) -> dict[str, str | None]:
    """The scope fields of a correction made on ``article``: every article, or this one (by
    its text hash, with its id as the hint)."""
    if everywhere or article is None:
        return {"scope": "all", "article": None}
    return {"scope": article.id, "article": article.text_hash}


def _select_after(correction: Correction) -> str | None:
    from newsview.models.corrections import Add, Merge, Note, Rename, Retype, Split

    match correction:
        case Merge(names=names):
            return names[0]
        case Rename(to=to):
            return to
        case Split(variant=variant):
            return variant
        case Retype(name=name):
            return name
        case Add(text=text, entity=entity):
            return entity or text
        case Note(name=name):
            return name
    return None


def _summary(correction: Correction, outcomes: Sequence[Outcome]) -> str:
    """"Merged TimeWarner into Time Warner: 14 mentions in 9 articles"."""
    from newsview.models.corrections import counted, short

    applied = [o for o in outcomes if o.applied]
    where = "" if correction.everywhere else " (this article)"
    if correction.action == "note":
        on = correction.name or f"“{short(correction.sentence or '', 40)}”"
        return f"Note saved on {on}{where}: {short(correction.note, 60)}"
    done = _done_words(correction)
    if not applied:
        reasons = sorted({o.detail for o in outcomes if o.detail})
        why = reasons[0] if reasons else "nothing in its scope is open"
        return f"Saved, but nothing changed yet: {why} ({done}{where})"
    if not any(o.mentions for o in applied):
        return f"{done[:1].upper()}{done[1:]}: already so{where}"
    return f"{done[:1].upper()}{done[1:]}: {counted(applied)}{where}"


def _done_words(correction: Correction) -> str:
    from newsview.models.corrections import (
        Add,
        Drop,
        Merge,
        Rename,
        Retype,
        Split,
        describe,
        type_label,
    )

    match correction:
        case Merge(names=names):
            return f"merged {', '.join(names[1:])} into {names[0]}"
        case Split(name=name, variant=variant):
            return f"split {variant} out of {name}"
        case Retype(name=name, type=type_):
            return f"retyped {name} as {type_label(type_)}"
        case Rename(name=name, to=to):
            return f"renamed {name} to {to}"
        case Drop(name=name):
            return f"dropped {name}: not an entity"
        case Add(text=text, entity=entity, type=type_):
            return (f"added “{text}” to {entity}" if entity
                    else f"added “{text}” as {type_label(type_ or 'OTHER')}")
    return describe(correction)
