"""The command palette (`ctrl+p`): the app's actions, and every entity of the open articles.

How the app uses it::

    from newsview.tui.commands import NewsviewCommands

    class NewsviewApp(App):
        COMMANDS = App.COMMANDS | {NewsviewCommands}

The provider asks the app (duck-typed; each method is optional) for:

``palette_actions() -> Iterable[tuple[str, str, Callable[[], object]]]``
    ``(label, help, callback)`` for each action to offer, e.g.
    ``("Next mention", "n: jump to the next mention", self.action_next_mention)``.
    Without it, the actions come from the key bindings active on the screen the palette was
    opened from (those with a description), run as if their key was pressed.
``palette_entities() -> Iterable[tuple[str, str | None, Sequence[Entity]]]``
    ``(article_id, article_title, entities)`` for each open article; the title is shown when
    more than one article is open. Without it, no entities are offered.
``search_index: SearchIndex`` (an attribute)
    Optional: an index the app keeps up to date (``set_article`` as analyses arrive); when
    present the palette searches it instead of indexing ``palette_entities()`` on each opening.
``select_entity(article_id: str, entity_id: str) -> None``
    Called when an entity is chosen: show that article, select the entity, jump to its first
    mention.

Entities are matched as in `/` search (fuzzy, accent- and case-blind: "jeri" finds "Jerí");
actions with Textual's fuzzy matcher. Every hit and help text is ``Content`` built from plain
strings, never markup: an entity called "[@click=app.quit]" is shown as written and runs
nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import partial
from typing import Any

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import FuzzySearch

from newsview.models.document import Entity
from newsview.models.search import (
    EXACT,
    PREFIX,
    WORDS,
    EntityHit,
    EntityIndex,
    SearchIndex,
    word_match_spans,
)
from newsview.models.text import visible_controls
from newsview.tui.widgets.status import one_line

Action = tuple[str, str, Callable[[], Any]]

ENTITY_LIMIT = 20
TYPE_LABELS = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "NORP": "group",
    "OTHER": "other",
}
# Entity hits rank among the action hits (Textual scores those 0..1) by how they matched.
_KIND_SCORE = {EXACT: 1.0, PREFIX: 0.9, WORDS: 0.8}
# Bindings that make no sense as a palette command (opening the palette from the palette).
_NOT_OFFERED = frozenset({"command_palette", "app.command_palette"})


class NewsviewCommands(Provider):
    """Offers the app's actions and a jump to any entity by name."""

    async def startup(self) -> None:
        self._actions = list(self._collect_actions())
        self._titles: dict[str, str | None] = {}
        entities: dict[str, Sequence[Entity]] = {}
        palette_entities = getattr(self.app, "palette_entities", None)
        if callable(palette_entities):
            for article_id, title, article_entities in palette_entities():
                entities[article_id] = article_entities
                self._titles[article_id] = title
        kept = getattr(self.app, "search_index", None)
        # The app's own index, kept up to date as analyses arrive, saves folding every name
        # each time the palette opens (it matters with thousands of articles).
        self._entities = kept.entity_index if isinstance(kept, SearchIndex) else EntityIndex(entities)

    def _collect_actions(self) -> Iterable[Action]:
        palette_actions = getattr(self.app, "palette_actions", None)
        if callable(palette_actions):
            yield from palette_actions()
            return
        seen: set[str] = set()
        for active in self.screen.active_bindings.values():
            binding = active.binding
            if (
                not active.enabled
                or not binding.description
                or binding.action in seen
                or binding.action in _NOT_OFFERED
            ):
                continue
            seen.add(binding.action)
            key_display = self.app.get_key_display(binding)
            help_text = f"{key_display}: {binding.tooltip}" if binding.tooltip else key_display
            yield (
                binding.description,
                help_text,
                partial(self.app.run_action, binding.action, active.node),
            )

    async def discover(self) -> Hits:
        for label, help_text, callback in self._actions:
            yield DiscoveryHit(Content(label), callback, text=label, help=Content(help_text))

    async def search(self, query: str) -> Hits:
        fuzzy = FuzzySearch()
        for label, help_text, callback in self._actions:
            score, offsets = fuzzy.match(query, label)
            if score > 0:
                yield Hit(
                    score,
                    _highlight(label, offsets, self.match_style),
                    callback,
                    text=label,
                    help=Content(help_text),
                )
        for hit in self._entities.search(query, ENTITY_LIMIT):
            yield self._entity_hit(hit, query)

    def _entity_hit(self, hit: EntityHit, query: str) -> Hit:
        entity = hit.entity
        count = len(entity.mentions)
        details = f"{TYPE_LABELS.get(entity.type, entity.type.lower())}, {count} mention"
        details += "" if count == 1 else "s"
        # Names, variants and titles are untrusted: controls shown as symbols (one for one,
        # so the match spans still fit), never sent to the terminal.
        name = Content.styled(visible_controls(entity.name), "bold")
        for start, end in word_match_spans(entity.name, query):
            name = name.stylize(self.match_style or "reverse", start, end)
        display = Content.assemble("Go to ", name, f"  ({details})")
        help_parts: list[str | tuple[str, str]] = []
        if hit.matched != entity.name:
            help_parts += ["written “", one_line(hit.matched), "” here"]
        title = self._titles.get(hit.article_id)
        if title and len(self._titles) > 1:
            help_parts += ["; " if help_parts else "", "in ", (one_line(title), "italic")]
        help_text = Content.assemble(*help_parts) if help_parts else Content("Select this entity")
        score = _KIND_SCORE.get(hit.kind, 0.5 * hit.score / 100)
        return Hit(
            score,
            display,
            partial(self._select, hit.article_id, entity.id),
            text=f"Go to {entity.name}",
            help=help_text,
        )

    def _select(self, article_id: str, entity_id: str) -> None:
        select_entity = getattr(self.app, "select_entity", None)
        if callable(select_entity):
            select_entity(article_id, entity_id)


def _highlight(label: str, offsets: Sequence[int], style: object) -> Content:
    """The label as plain text with the fuzzy-matched characters styled (Textual's own
    ``Matcher.highlight`` would read the label as markup)."""
    content = Content(label)
    match_style = style if style is not None else "reverse"
    for offset in offsets:
        if offset < len(label) and not label[offset].isspace():
            content = content.stylize(match_style, offset, offset + 1)
    return content
