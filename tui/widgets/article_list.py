"""The article list: every open article with its title, date and entity count."""

from __future__ import annotations

from textual.binding import Binding
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from newsview.tui.messages import ArticleChosen
from newsview.tui.state import AppState
from newsview.tui.widgets.status import one_line

ARTICLE_PREFIX = "article:"


def article_row(state: AppState, number: int) -> Content:
    article = state.articles[number]
    index = state.indexes.get(number)
    date = article.published.strftime("%-d %b %Y") if article.published else "no date"
    count = f"{len(index.analysis.entities)} entities" if index else "analysing…"
    return Content.assemble(one_line(article.display_title), "  ", (f"{date} · {count}", "dim"))


class ArticleList(OptionList):
    """Moving the cursor opens the article under it."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]

    def __init__(self, state: AppState, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.state = state

    def show(self) -> None:
        """Rebuild every row (articles added)."""
        state = self.state
        options = [
            Option(article_row(state, n), id=f"{ARTICLE_PREFIX}{n}")
            for n in range(len(state.articles))
        ]
        if not options:
            options.append(Option(Content("no articles"), disabled=True))
        self.set_options(options)
        self.follow_current()

    def update_row(self, number: int) -> None:
        """Redraw one article's row (its analysis arrived)."""
        if number < self.option_count:
            self.replace_option_prompt_at_index(number, article_row(self.state, number))

    def follow_current(self) -> None:
        if self.state.articles and self.highlighted != self.state.current:
            self.highlighted = self.state.current

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        option_id = event.option.id or ""
        if option_id.startswith(ARTICLE_PREFIX):
            self.post_message(ArticleChosen(int(option_id[len(ARTICLE_PREFIX) :])))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
