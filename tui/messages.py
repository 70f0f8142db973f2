"""Messages the panes post to the app, which owns the state and tells the other panes to redraw.

Panes hand them to ``choose``: the app handles them at once when it offers a handler
(``App.handle_choice``), else they are posted straight to the app. Posting, and above all
bubbling up through each container, costs turns of the event loop, and a frame drawn in between
shows the cursor moved before the selection follows it (two frames per key instead of one).
"""

from __future__ import annotations

from datetime import date

from textual.dom import DOMNode
from textual.message import Message


def choose(pane: DOMNode, message: Message) -> None:
    """Let the app act on a pane's message now if it can, else post it to the app."""
    handle = getattr(pane.app, "handle_choice", None)
    if callable(handle):
        handle(message)
    else:
        pane.app.post_message(message)


class EntitySelected(Message):
    """The user chose an entity (entity list cursor, a click on a mention, search, palette)."""

    def __init__(
        self, entity_id: str, mention: int | None = None, article_id: str | None = None
    ) -> None:
        super().__init__()
        self.entity_id = entity_id
        # Which of its mentions becomes current; None (the entity list's cursor) keeps the
        # current one when the entity is already selected, else the first.
        self.mention = mention
        self.article_id = article_id  # None: the current article


class GroupSelected(Message):
    """The user chose an entity of all open articles (the entity list's all-articles scope)."""

    def __init__(self, group_id: str) -> None:
        super().__init__()
        self.group_id = group_id


class MentionFocused(Message):
    """A text offset was clicked or searched in the article pane."""

    def __init__(self, offset: int) -> None:
        super().__init__()
        self.offset = offset


class EventSelected(Message):
    """The chronology cursor moved to an event (index into the analysis's chronology)."""

    def __init__(self, event: int, article_id: str | None = None) -> None:
        super().__init__()
        self.event = event
        self.article_id = article_id  # None: the current article


class ArticleChosen(Message):
    """The article list cursor moved to another article."""

    def __init__(self, article_id: str) -> None:
        super().__init__()
        self.article_id = article_id


class ArticlesRead(Message):
    """The reader produced more articles (and maybe problems) while files were being read."""

    def __init__(
        self, articles: list, problems: list[str], done: bool = False, text_only: list[str] = (),
        duplicates: list = (),
    ) -> None:
        super().__init__()
        # (id of the article shown, an article with the same text): listed as "also in".
        self.duplicates = list(duplicates)
        self.articles = articles
        self.problems = problems
        self.done = done
        self.text_only = list(text_only)  # ids of articles too large to analyse


class AnalysisReady(Message):
    """The engine finished one article, read with the publication date ``published``."""

    def __init__(self, article_id: str, analysis: object, published: date | None) -> None:
        super().__init__()
        self.article_id = article_id
        self.analysis = analysis
        self.published = published
