"""The `/` search: a modal screen over the open articles' entities and texts.

How the app uses it::

    from newsview.tui.widgets.search import SearchResult, SearchScreen

    def action_search(self) -> None:
        screen = SearchScreen(
            texts={article.id: article.text for article in articles},
            entities={article.id: analysis.entities for ...},
            titles={article.id: article.display_title for article in articles},
        )  # or SearchScreen(index=a_cached_SearchIndex, titles=...) to fold texts only once
        self.push_screen(screen, self._on_search_result)

    def _on_search_result(self, result: SearchResult | None) -> None:
        if result is None:
            return  # Escape: nothing changes
        # show result.article_id; select result.entity_id when it is not None; scroll to and
        # mark result.start..result.end; focus the article pane

As the user types, the list shows matching entities (fuzzy, accent-blind; best first), then
literal matches in the texts with a line of context. Up/Down/PageUp/PageDown move in the list
while the input keeps focus; Enter (or a click on a row) dismisses with that row's
``SearchResult``; Escape dismisses with ``None``. Every key typed goes into the input: the
app's bindings for printable keys (`q`, `n`, `1`, `[`, `?` ...) do not fire while it is open.

Every string shown (names, titles, snippets, the query) goes in as ``Content``, never markup.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from newsview.models.document import Entity
from newsview.models.search import EntityHit, SearchIndex, TextHit, word_match_spans
from newsview.models.text import visible_controls
from newsview.tui.widgets.status import one_line

PER_ARTICLE = 5  # text matches listed per article when several are open
TITLE_WIDTH = 30  # article titles in result rows are cut to this
DEFAULT_CONTEXT = 40
MIN_CONTEXT = 12
TYPE_LABELS = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "NORP": "group",
    "OTHER": "other",
}


@dataclass(frozen=True, slots=True)
class SearchResult:
    """What the user chose: an article, the entity (None for a text match) and a span of its
    text to jump to (the entity's first mention written as the matched name, or the match)."""

    article_id: str
    entity_id: str | None
    start: int
    end: int


class SearchResults(OptionList, can_focus=False):
    """The result list; never focused, so every key goes to the input."""


class SearchScreen(ModalScreen["SearchResult | None"]):
    """Search entities and text of the open articles; dismisses with a ``SearchResult`` or None."""

    DEFAULT_CSS = """
    SearchScreen {
        align: center middle;
    }
    SearchScreen > #search-dialog {
        width: 90%;
        max-width: 110;
        height: 80%;
        border: round $primary;
        background: $surface;
        padding: 0 1;
    }
    SearchScreen #search-input {
        margin-bottom: 0;
    }
    SearchScreen #search-summary {
        color: $text-muted;
        height: 1;
    }
    SearchScreen #search-results {
        height: 1fr;
        border: none;
    }
    """

    BINDINGS = [
        Binding("escape", "cancel", "Close search"),
        Binding("down", "move('cursor_down')", "Next result", show=False),
        Binding("up", "move('cursor_up')", "Previous result", show=False),
        Binding("pagedown", "move('page_down')", "Next page", show=False),
        Binding("pageup", "move('page_up')", "Previous page", show=False),
    ]

    def __init__(
        self,
        texts: Mapping[str, str] | None = None,
        entities: Mapping[str, Sequence[Entity]] | None = None,
        *,
        titles: Mapping[str, str] | None = None,
        index: SearchIndex | None = None,
        query: str = "",
        entity_limit: int = 20,
        text_limit: int = 50,
    ) -> None:
        super().__init__()
        self._index = index if index is not None else SearchIndex(texts or {}, entities or {})
        self._titles = dict(titles or {})
        self._article_count = len(texts) if texts is not None else len(self._titles)
        self._initial_query = query
        self._entity_limit = entity_limit
        self._text_limit = text_limit
        self._choices: list[SearchResult | None] = []  # one per option, None for headers
        self._query = query

    def compose(self) -> ComposeResult:
        with Vertical(id="search-dialog") as dialog:
            dialog.border_title = "Search"
            yield Input(
                self._initial_query,
                placeholder="Search names and text…",
                id="search-input",
                select_on_focus=False,
            )
            yield Static(Content(""), id="search-summary", markup=False)
            yield SearchResults(id="search-results", markup=False)

    def on_mount(self) -> None:
        self.query_one("#search-input", Input).focus()
        # After the first layout, so text matches get as much context as one line holds.
        self.call_after_refresh(self.show_results, self._initial_query)

    @property
    def results(self) -> list[SearchResult]:
        """The results now listed, in order (for tests and for the app)."""
        return [choice for choice in self._choices if choice is not None]

    @property
    def highlighted_result(self) -> SearchResult | None:
        highlighted = self.query_one(SearchResults).highlighted
        if highlighted is None or highlighted >= len(self._choices):
            return None
        return self._choices[highlighted]

    @on(Input.Changed, "#search-input")
    def _query_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.show_results(event.value)

    def show_results(self, query: str) -> None:
        """Run the search and fill the list: entities first, then text matches."""
        self._query = query
        entity_hits = self._index.entities(query, self._entity_limit) if query.strip() else []
        # With several articles, a few matches from each rather than all from the first ones.
        per_article = PER_ARTICLE if self._article_count > 1 else None
        text_hits = (
            self._index.text(
                query, self._text_limit, self._context_for(query), per_article=per_article
            )
            if query.strip()
            else []
        )
        options: list[Option] = []
        self._choices = []
        if entity_hits:
            self._add(options, None, _header(f"Names ({len(entity_hits)})"))
            for hit in entity_hits:
                choice = SearchResult(hit.article_id, hit.entity_id, hit.start, hit.end)
                self._add(options, choice, self._entity_prompt(hit))
        if text_hits:
            more = "+" if _capped(text_hits, self._text_limit, per_article) else ""
            self._add(options, None, _header(f"Text ({len(text_hits)}{more})"))
            for hit in text_hits:
                self._add(options, SearchResult(hit.article_id, None, hit.start, hit.end),
                          self._text_prompt(hit))
        results = self.query_one(SearchResults)
        results.set_options(options)
        first = next((i for i, choice in enumerate(self._choices) if choice is not None), None)
        results.highlighted = first
        self.query_one("#search-summary", Static).update(self._summary(query, first is not None))

    def _context_for(self, query: str) -> int:
        """Characters of context either side of a text match so its row fits on one line."""
        width = self.query_one(SearchResults).scrollable_content_region.width
        if width <= 0:  # not laid out yet
            return DEFAULT_CONTEXT
        titles = 0
        if self._article_count > 1:
            titles = max((len(t) for t in self._titles.values()), default=0)
            titles = min(titles, TITLE_WIDTH) + 2
        room = width - titles - len(query.strip()) - 4  # the cut marks and the gutter
        return max(MIN_CONTEXT, room // 2)

    def on_resize(self) -> None:
        chosen = self.highlighted_result
        self.show_results(self._query)
        if chosen in self._choices:  # keep the row the user had moved to
            self.query_one(SearchResults).highlighted = self._choices.index(chosen)

    def _add(self, options: list[Option], choice: SearchResult | None, prompt: Content) -> None:
        options.append(Option(prompt, disabled=choice is None))
        self._choices.append(choice)

    def _summary(self, query: str, found: bool) -> Content:
        scope = "this article" if self._article_count <= 1 else f"{self._article_count} articles"
        if not query.strip():
            return Content(f"Type a name or words to find in {scope}.")
        if not found:
            return Content.assemble("No matches for “", one_line(query), f"” in {scope}.")
        return Content("Enter: go to the result · ↑↓: choose · Esc: close")

    def _title_of(self, article_id: str) -> str | None:
        if self._article_count <= 1:
            return None
        title = one_line(self._titles.get(article_id, article_id))  # untrusted: controls shown
        return title if len(title) <= TITLE_WIDTH else title[: TITLE_WIDTH - 1] + "…"

    def _entity_prompt(self, hit: EntityHit) -> Content:
        entity = hit.entity
        parts: list[Content | str | tuple[str, str]] = [
            _marked(entity.name, self._query, "bold"),
            "  ",
            (TYPE_LABELS.get(entity.type, entity.type.lower()), "italic"),
            f" · {len(entity.mentions)} mention{'s' if len(entity.mentions) != 1 else ''}",
        ]
        if hit.matched != entity.name:
            parts += [" · as “", _marked(hit.matched, self._query), "”"]
        title = self._title_of(hit.article_id)
        if title is not None:
            parts += [" · ", (title, "dim")]
        return Content.assemble(*parts)

    def _text_prompt(self, hit: TextHit) -> Content:
        snippet = Content(visible_controls(hit.snippet)).stylize(
            "bold reverse", hit.snippet_start, hit.snippet_end
        )
        title = self._title_of(hit.article_id)
        if title is None:
            return snippet
        return Content.assemble((title, "dim"), ": ", snippet)

    def action_move(self, action: str) -> None:
        getattr(self.query_one(SearchResults), f"action_{action}")()

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Input.Submitted, "#search-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        choice = self.highlighted_result
        if choice is not None:
            self.dismiss(choice)

    @on(OptionList.OptionSelected, "#search-results")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        choice = self._choices[event.option_index]
        if choice is not None:
            self.dismiss(choice)


def _capped(hits: list[TextHit], limit: int, per_article: int | None) -> bool:
    """Whether the list may be missing matches (the search stopped at a cap)."""
    if len(hits) >= limit:
        return True
    if per_article is None:
        return False
    counts: dict[str, int] = {}
    for hit in hits:
        counts[hit.article_id] = counts.get(hit.article_id, 0) + 1
    return any(count >= per_article for count in counts.values())


def _marked(name: str, query: str, style: str = "") -> Content:
    """``name`` as plain text, the words the query matched underlined."""
    shown = visible_controls(name)  # one for one: the match spans still fit
    content = Content.styled(shown, style) if style else Content(shown)
    for start, end in word_match_spans(name, query):
        content = content.stylize("underline", start, end)
    return content


def _header(label: str) -> Content:
    return Content.styled(label, "bold underline")
