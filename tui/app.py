"""The newsview app: article, entities and chronology panes over what the engine found.

The app owns one ``AppState``; panes send messages (``messages.py``), the app updates the state
and tells the panes to redraw from it. Analysis never runs on the UI thread: when the app is
run on paths, the first article is analysed in a forked child while Textual starts; otherwise
the article on screen goes to a thread worker; many articles go to the scheduler
(``analysis_runner.py``: the cache first, then a process pool in small chunks, the one on
screen first).
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import os
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from concurrent.futures import wait as wait_futures
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen, Screen
from textual.widget import Widget
from textual.widgets import ProgressBar, Static

from newsview.models.document import Analysis, Article, Entity
from newsview.models.fetch import FetchOptions
from newsview.tui.analysis_runner import LockOffer, Scheduler
from newsview.tui.collector import IdleCollector
from newsview.tui.correcting import CorrectionKeeper
from newsview.tui.correction_actions import CORRECTION_BINDINGS, CorrectionActions
from newsview.tui.first_article import checksum, start_first_analysis, stop_first_analysis
from newsview.tui.messages import (
    AnalysisReady,
    ArticleChosen,
    ArticlesRead,
    EntitySelected,
    EventSelected,
    GroupSelected,
    MentionFocused,
)
from newsview.tui.state import (
    GROUP_NAMES,
    MENTION,
    TIMEX,
    AppState,
    context_line,
    entity_status,
    readable_date,
    shorten,
    timex_status,
)
from newsview.tui.widgets.article_list import ArticleList
from newsview.tui.widgets.article_view import ArticleView
from newsview.tui.widgets.chronology import Chronology
from newsview.tui.widgets.entity_list import EntityList
from newsview.tui.widgets.mentions import MentionsList
from newsview.tui.widgets.status import HeaderLine, KeyBar, StatusLine, one_line

if TYPE_CHECKING:
    from newsview.models.cache import AnalysisCache
    from newsview.models.collection import Collection
    from newsview.tui.widgets.search import SearchResult

# Panes in tab order; the article list takes part only when several articles are open.
PANES = ("articles", "entities", "mentions", "article", "chronology")
READ_BATCH_SECONDS = 0.1
FIRST_ARTICLE_WAIT_SECONDS = 0.06  # at mount, for the child's first article (see on_mount)
PANE_TITLES = {
    "articles": "Articles (a) · entity count",
    "entities": "Entities (l)",
    "mentions": "Mentions (m) · Enter: go to",
    "article": "Text (t)",
    "chronology": "Chronology (c)",
}


def _palette_provider() -> type:
    # Imported when the palette first opens: it pulls in the fuzzy matcher, not needed to start.
    from newsview.tui.commands import NewsviewCommands

    return NewsviewCommands


class MainScreen(Screen):
    """The panes' screen; ``ctrl+c`` copies the mouse selection and says so (Textual's own
    binding copies without a word)."""

    BINDINGS = [
        Binding("ctrl+c,super+c", "app.copy_selected_text", "Copy the selected text", show=False),
    ]


class NewsviewApp(CorrectionActions, App):
    """Explore articles: who is named, where every mention is, and what happened when."""

    CSS_PATH = Path(__file__).with_name("newsview.tcss")  # absolute: subclasses elsewhere work
    TITLE = "newsview"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]
    COMMANDS = App.COMMANDS | {_palette_provider}

    BINDINGS = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark", "help", "Show every key"),
        Binding("slash", "search", "Search entities and text"),
        Binding("n", "next_mention", "Next mention of the selected entity"),
        Binding("N", "previous_mention", "Previous mention"),
        Binding("e", "toggle_event_filter", "Chronology: only the selected entity's events"),
        Binding("m", "toggle_mentions", "Mentions list of the selected entity (concordance)"),
        Binding("x", "export", "Export entities, mentions and chronology (CSV or JSON)"),
        Binding("y", "copy", "Copy the current sentence, or the selected entity's mentions"),
        Binding("d", "set_date", "Set the article's publication date"),
        Binding("p", "problems", "List every file that could not be read"),
        Binding("w", "why", "Why: the evidence for the selected entity or time expression"),
        Binding("s", "toggle_scope", "Entities and chronology: this article or all open ones"),
        Binding("b", "browse", "Article browser: every open article as a table, sorted and filtered"),
        Binding("v", "timeline", "Timeline of all open articles, every sentence in full"),
        Binding("o", "cooccurrence", "Who appears with the selected entity (shared articles)"),
        Binding("P", "pin", "Pin the selected entity: the browser then lists articles naming both"),
        Binding("left_square_bracket", "previous_article", "Previous article"),
        Binding("right_square_bracket", "next_article", "Next article"),
        *CORRECTION_BINDINGS,
        Binding("tab", "next_pane", "Next pane", show=False, priority=True),
        Binding("shift+tab", "previous_pane", "Previous pane", show=False, priority=True),
        Binding("l", "focus_pane('entities')", "Go to the entity list", show=False),
        Binding("t", "focus_pane('article')", "Go to the text", show=False),
        Binding("c", "focus_pane('chronology')", "Go to the chronology", show=False),
        Binding("a", "focus_pane('articles')", "Go to the article list", show=False),
        Binding("escape", "clear_selection", "Clear the selection", show=False),
        *(
            Binding(str(key), f"toggle_group('{name}')", f"Show/hide {name}", show=False)
            for key, name in enumerate(GROUP_NAMES, start=1)
        ),
    ]

    def __init__(
        self,
        paths: Sequence[str] = (),
        default_date: date | None = None,
        articles: Sequence[Article] | None = None,
        *,
        analyses: Sequence[Analysis] | None = None,
        first_analysis: Future | None = None,
        stdin_data: bytes | None = None,
        fetch_options: FetchOptions | None = None,
        store_path: str | None = None,
        cache: AnalysisCache | None = None,
        cache_note: str | None = None,
    ) -> None:
        """Open ``paths`` (read in a worker), or ``articles`` given directly.

        ``analyses`` (parallel to ``articles``) is a seam for tests and tools that already hold
        the engine's results: those articles are not analysed again. ``first_analysis`` is a
        ``first_article.start_first_analysis`` future started earlier (by the command line, before it
        imported Textual), else the app starts one when it runs. ``stdin_data`` is what was
        piped in, read before the app started (the path ``-`` opens it); ``fetch_options``
        limit the fetching of web addresses. ``store_path``: the corrections store (None:
        the one in the user's data directory). ``cache``: analyses remembered across runs (the
        command line opens the user's; none by default); ``cache_note``: why it is not used.
        """
        super().__init__()
        self.paths = list(paths)
        self.default_date = default_date
        self.stdin_data = stdin_data
        self.fetch_options = fetch_options
        self.state = AppState()
        self._given_articles = list(articles) if articles is not None else None
        self._given_analyses = list(analyses) if analyses is not None else []
        self._analysed_count = 0
        self._analysis_total = 0
        self._scheduler = Scheduler(self._deliver_analysis, cache)
        self._scheduler_started = False
        self._cache_note = cache_note
        self._queued_up_to = 0  # articles before this one were queued (or analysed)
        self._current_started = False
        self._first_analysis: Future | None = first_analysis
        self._first_started_early = first_analysis is not None
        self._first_child = first_analysis  # kept to end the child if the app closes first
        # (path, id, length, checksum) of the first article shown as the child read it, until
        # the reader's own copy of it arrives.
        self._adopted_first: tuple[str, str, int, int] | None = None
        self._reading_done = False
        self._article_rows_dirty = False
        self._redated: set[str] = set()  # ids of articles re-analysed for a date the user set
        self._collector = IdleCollector()
        self.corrections = CorrectionKeeper(store_path)
        # Inputs to read that may hold many articles: laid out for many from the first frame.
        self._many_expected = (self._given_articles is None and bool(self.paths)
                               and not self._one_article_expected())

    async def run_async(self, *args, **kwargs):  # type: ignore[override]
        """Run the app (``run()`` comes here too); with paths to read, the first article's
        analysis starts at once in a child process."""
        if self.paths and self._given_articles is None and self._first_analysis is None:
            self._first_analysis = start_first_analysis(
                self.paths, self.default_date, self.stdin_data, self.fetch_options
            )
            self._first_child = self._first_analysis
        return await super().run_async(*args, **kwargs)

    # -- layout -----------------------------------------------------------------------------

    def get_default_screen(self) -> Screen:
        return MainScreen(id="_default")

    def compose(self) -> ComposeResult:
        state = self.state
        yield HeaderLine(state, id="header")
        yield Static(Content(""), id="problems", markup=False)
        with Horizontal(id="main"):
            with Vertical(id="side"):
                yield ArticleList(state, id="articles")
                yield EntityList(state, id="entities")
                yield MentionsList(state, id="mentions")
            yield ArticleView(state, id="article")
            yield Chronology(state, id="chronology")
        if self._many_expected:
            # Its line is there from the first frame: shown when thousands of articles start
            # to arrive, it would lay the whole screen out again under the first keys.
            yield ProgressBar(total=1, id="progress", show_eta=False)
        yield StatusLine(id="status")
        yield KeyBar(id="keys")

    @property
    def article_view(self) -> ArticleView:
        return self.query_one("#article", ArticleView)

    @property
    def entity_list(self) -> EntityList:
        return self.query_one("#entities", EntityList)

    @property
    def mentions(self) -> MentionsList:
        return self.query_one("#mentions", MentionsList)

    @property
    def chronology(self) -> Chronology:
        return self.query_one("#chronology", Chronology)

    @property
    def article_list(self) -> ArticleList:
        return self.query_one("#articles", ArticleList)

    @property
    def status(self) -> StatusLine:
        return self.query_one("#status", StatusLine)

    def on_mount(self) -> None:
        for pane_id, title in PANE_TITLES.items():
            self.query_one(f"#{pane_id}").border_title = title
        # Textual hides the screen's toast rack (an inline style) just after the first frames,
        # a layout of the whole screen under the first keys; hidden so now, that is no change.
        for rack in self.screen.query("#textual-toastrack"):
            rack.display = bool(self._notifications)
        self.show_current_article()
        self.entity_list.focus()
        self.set_interval(0.25, self._flush_redraws)
        self._collector.start()
        self.set_interval(0.25, self._collector.tick)
        self.call_after_refresh(self.open_corrections)
        if self._cache_note:
            self.notify(self._cache_note, severity="warning", markup=False)
        if self._given_articles is not None:
            self._add_articles(self._given_articles, [])
            for article, analysis in zip(self._given_articles, self._given_analyses, strict=False):
                self.state.set_analysis(article.id, self.corrections.corrected(article, analysis))
            self._reading_done = True
            self._after_articles_added(first=True)
            self._start_analysis()
        else:
            future = self._first_analysis
            ready = future is not None and future.done()
            if not ready:  # the reader may be what the first frame shows: it starts now
                self._start_reading()
            if self._many_expected:
                self.screen.set_class(True, "-many")  # styled so before the first frame
                # The article list at its full height from the first frame: growing with
                # the rows as they arrive, it laid the screen out again at each turn.
                self.article_list.hold_full_height(True)
            if future is not None:
                # A child started before Textual (by the command line) may be about to finish:
                # worth a short wait, as the first frame is then the populated screen, not
                # "Reading…" followed by the text and then the panes.
                if self._first_started_early and not ready:
                    wait_futures([future], timeout=FIRST_ARTICLE_WAIT_SECONDS)
                if future.done():
                    self._adopt_first_article(future)
                else:
                    self._await_first_article(future)
            if ready:
                # The child's article is the first frame, the reader's is not needed for it:
                # the reader starts after that frame, not beside it (its thread's imports and
                # reading took the interpreter's lock from the first frame's layout).
                self.call_after_refresh(self._start_reading)

    def _start_reading(self) -> None:
        """The reader's thread, and the scheduler's threads (see ``Scheduler.prepare``)."""
        self._read_paths()
        self._scheduler.prepare()

    def on_unmount(self) -> None:
        stop_first_analysis(self._first_child)
        self._scheduler.close()
        self._collector.stop()
        self.corrections.close()

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.InputEvent):
            self._collector.input_seen()
        await super().on_event(event)

    # -- reading ----------------------------------------------------------------------------

    @work(thread=True, group="read", exit_on_error=False)
    def _read_paths(self) -> None:
        from newsview.models.reading import ReadProblem, is_text_only, iter_articles

        articles: list[Article] = []
        problems: list[str] = []
        duplicates: list[tuple[str, Article]] = []
        last = time.monotonic()
        first = True
        text_only: list[str] = []
        seen: dict[str, str] = {}  # text hash -> id of the article shown for that text
        try:
            items = iter_articles(
                self.paths, self.default_date, self.stdin_data, fetch_options=self.fetch_options
            )
            offer = LockOffer()  # parsing thousands of records would hold up every key
            for item in items:
                offer()
                if isinstance(item, ReadProblem):
                    problems.append(str(item))
                elif (kept := seen.setdefault(item.text_hash, item.id)) != item.id:
                    duplicates.append((kept, item))  # the same text: shown once
                else:
                    if is_text_only(item):
                        text_only.append(item.id)
                    articles.append(item)
                # The first article goes out at once (its text shows while the rest are read).
                if first and articles or time.monotonic() - last > READ_BATCH_SECONDS:
                    self.post_message(ArticlesRead(articles, problems, text_only=text_only,
                                                   duplicates=duplicates))
                    articles, problems, text_only, duplicates = [], [], [], []
                    last = time.monotonic()
                    first = False
        except Exception as error:  # the reader should not raise; if it does, keep what we have
            problems.append(f"reading stopped: {type(error).__name__}: {error}")
        self.post_message(ArticlesRead(articles, problems, done=True, text_only=text_only,
                                       duplicates=duplicates))

    def on_articles_read(self, message: ArticlesRead) -> None:
        if not self.is_running:
            return  # the reader finished as the app closed: no screen is left to show it on
        if self._adopted_first is not None and message.articles:
            self._drop_adopted_copy(message)
        first = not self.state.articles
        for article_id in message.text_only:
            self.state.unanalysed[article_id] = "too large to analyse: shown as text only"
        self._add_articles(message.articles, message.problems)
        for kept, duplicate in message.duplicates:
            self.state.duplicates.setdefault(kept, []).append(duplicate)
        self._reading_done = message.done
        self._after_articles_added(first=first and bool(self.state.articles))
        if message.done or message.articles:
            self._start_analysis()

    @work(group="first", exit_on_error=False)
    async def _await_first_article(self, future: Future) -> None:
        with contextlib.suppress(Exception):  # a failed child is handled where it is used
            await asyncio.wrap_future(future)
        self._adopt_first_article(future)

    def _adopt_first_article(self, future: Future) -> None:
        """Show the first article as the child read and analysed it when that comes before
        the reader's copy: the populated screen then waits for neither the reader nor a
        second frame."""
        if self.state.articles or self._first_analysis is not future:
            return  # the reader came first: _take_first_analysis uses the analysis
        try:
            result = future.result()
        except Exception:  # the child failed: the reader's copy is analysed here
            return
        if result is None:
            return
        length, digest, analysis, article = result
        self._first_analysis = None
        self._adopted_first = (article.path, article.id, length, digest)
        self._current_started = True
        self._analysis_total += 1
        self._queued_up_to = 1
        self._add_articles([article], [])
        self._after_articles_added(first=True)
        self.post_message(AnalysisReady(article.id, analysis, article.published))

    def _drop_adopted_copy(self, message: ArticlesRead) -> None:
        """The reader's first article is the one already shown: drop the copy, or, if the
        file changed between the two readings, show and analyse the reader's."""
        adopted, self._adopted_first = self._adopted_first, None
        article = message.articles.pop(0)
        if (article.path, article.id, len(article.text), checksum(article.text)) == adopted:
            return
        state = self.state
        was_current = state.current == state.articles[0].id
        state.replace_article(0, article)
        self._queued_up_to = 0
        self._current_started = False
        if was_current:
            state.clear_selection()
            self.show_current_article()

    def _add_articles(self, articles: Sequence[Article], problems: Sequence[str]) -> None:
        self.state.add_articles(articles)
        self.state.problems.extend(problems)

    def _after_articles_added(self, first: bool) -> None:
        state = self.state
        # While inputs that may hold many articles are read, the layout for many stays: its
        # styles are applied to every pane again at each switch (~50 ms), which between the
        # first article and the second would hold up the first key.
        many = len(state.articles) > 1 or self._many_expected and not self._reading_done
        self.screen.set_class(many, "-many")
        if self._reading_done:
            self.article_list.hold_full_height(False)  # a few rows: as tall as they are
        self.article_list.show()
        self._show_problems()
        if first or not state.articles:
            self.show_current_article()
        else:
            self.query_one("#header", HeaderLine).show()

    def _show_problems(self) -> None:
        problems = self.state.problems
        widget = self.query_one("#problems", Static)
        if widget.display != bool(problems):  # set again, the same, it lays the screen out
            widget.display = bool(problems)
        if problems:
            noun = "file" if len(problems) == 1 else "files"
            # The count and the key first: the banner shows three lines at most.
            shown = "; ".join(one_line(problem) for problem in problems[:3])
            more = "; …" if len(problems) > 3 else ""
            summary = f"{len(problems)} {noun} could not be read: {shown}{more}"
            widget.update(Content(f"p: list all · {summary}"))

    # -- analysis ---------------------------------------------------------------------------

    def _start_analysis(self) -> None:
        """Queue the articles read since the last call: the one on screen goes to a thread
        at once, the others to the scheduler (the cache, then a process pool)."""
        state = self.state
        jobs = []
        for position in range(self._queued_up_to, len(state.articles)):
            article = state.articles[position]
            if article.id in state.indexes or article.id in state.unanalysed:
                continue
            self._analysis_total += 1
            if article.id == state.current and not self._current_started:
                self._current_started = True
                if position == 0 and self._first_analysis is not None:
                    self._take_first_analysis(article)
                else:
                    self._analyse_in_thread(article)
            else:
                jobs.append((article.id, article.text, article.published))
        self._queued_up_to = len(state.articles)
        scheduler = self._scheduler
        scheduler.queue(jobs)
        if self._reading_done:
            scheduler.finish_reading()
        if (jobs or self._reading_done) and not self._scheduler_started:
            self._scheduler_started = True
            self._run_scheduler()
        self._show_progress()

    @work(group="analysis", exit_on_error=False)
    async def _run_scheduler(self) -> None:
        try:
            await self._scheduler.run()
        finally:
            self._scheduler_started = False

    def _deliver_analysis(self, article_id: str, analysis: Analysis | str,
                          published: date | None) -> None:
        # Called by the scheduler on the event loop, a slice at a time: handled at once, not
        # queued as a message (thousands of queued messages would hold up a key behind them).
        self.on_analysis_ready(AnalysisReady(article_id, analysis, published))

    @work(group="analysis", exit_on_error=False)
    async def _take_first_analysis(self, article: Article) -> None:
        """Use the child process's analysis of the first article if it read the same text."""
        future, self._first_analysis = self._first_analysis, None
        text = article.text
        published = article.published  # the date the child read with
        try:
            result = await asyncio.wrap_future(future) if future is not None else None
        except Exception:  # the child failed: analyse here instead
            result = None
        if result is not None and result[:2] == (len(text), checksum(text)):
            self.post_message(AnalysisReady(article.id, result[2], published))
        else:
            self._analyse_in_thread(article)

    @work(thread=True, group="analysis", exit_on_error=False)
    def _analyse_in_thread(self, article: Article) -> None:
        for key, analysis in self._scheduler.analyse_now((article.id, article.text, article.published)):
            self.post_message(AnalysisReady(key, analysis, article.published))

    def on_analysis_ready(self, message: AnalysisReady) -> None:
        state = self.state
        article_id = message.article_id
        article = state.article_by_id(article_id)
        if article is None:
            return
        self._analysed_count += 1
        if message.published != article.published:
            # Read with a date the user has since changed (``d`` while it ran): the analysis
            # for the new date is on its way and must not be overwritten by this late one.
            self._progress_dirty = True
            return
        cache = self._scheduler.cache
        if cache is not None and cache.error and not self._cache_note:
            self._cache_note = cache.error  # said once
            self.notify(cache.error, severity="warning", markup=False)
        if isinstance(message.analysis, Analysis):
            state.set_analysis(article_id, self.corrections.corrected(article, message.analysis))
        else:
            state.unanalysed[article_id] = f"analysis failed: {message.analysis}"
        self._article_rows_dirty = True
        # Redrawn by the timer: a frame per analysis would keep Textual's frame clock busy,
        # and a key pressed meanwhile would wait up to two frame intervals for its own.
        self._progress_dirty = True
        if self._analysed_count >= self._analysis_total:
            self._flush_redraws()  # the last one: no need to wait for the timer
        if state.scope == "all":
            self._scope_dirty = True  # the lists of all articles grow: redrawn by the timer
        if article_id == state.current:
            self.refresh_panes()
            if article_id in self._redated:
                published = article.published
                when = readable_date(published.isoformat()) if published else "no date"
                self.show_status(f"Every date re-resolved against {when}.")
        self._redated.discard(article_id)
        # The analysis and its indexes live as long as the app: keep them out of the
        # collector's full passes, which otherwise stall a key press every second or so.
        gc.freeze()

    def _one_article_expected(self) -> bool:
        """A single file of a kind that holds one article (the progress bar will not show)."""
        return len(self.paths) == 1 and Path(self.paths[0]).suffix.lower() in (
            ".txt", ".md", ".html", ".htm")

    def _show_progress(self) -> None:
        total = self._analysis_total
        # While many may still be read, the bar stays up: analyses from the cache catch up with
        # the reader at every batch, and hidden then shown again it laid the screen out twice.
        busy = (total > 1 and self._analysed_count < total
                or self._many_expected and not self._reading_done)
        bars = self.query("#progress")
        if not bars:
            if not busy:
                return
            # Mounted only when several articles are analysed: one article starts faster.
            self.mount(ProgressBar(id="progress", show_eta=False), before="#status")
            self.call_after_refresh(self._show_progress)
            return
        bar = bars.first(ProgressBar)
        if bar.display != busy:  # set again, the same, it lays the screen out
            bar.display = busy
        if busy:
            done = self._analysed_count
            if not self._reading_done:  # more may come: the bar is never full until they have
                done = min(done, total - 1)
            bar.update(total=max(total, 1), progress=max(done, 0))

    _scope_dirty = False
    _scope_shown = 0.0
    _progress_dirty = False

    def _flush_redraws(self) -> None:
        """What arriving analyses changed, redrawn at the timer's pace rather than per analysis."""
        if self._progress_dirty:
            self._progress_dirty = False
            self._show_progress()
        # The all-articles lists are rebuilt whole: at most every 2 s while analyses land.
        if self._scope_dirty and time.monotonic() - self._scope_shown > 2.0:
            self._scope_dirty = False
            self._scope_shown = time.monotonic()
            self.entity_list.show()
            self.chronology.show()
        if self._article_rows_dirty and len(self.state.articles) > 1:
            self._article_rows_dirty = False
            self.article_list.counts_changed()

    # -- drawing ----------------------------------------------------------------------------

    def show_current_article(self) -> None:
        """The current article changed: every pane starts over."""
        self.query_one("#header", HeaderLine).show()
        self.article_view.show_article()
        if not self.state.articles:
            problems = self.state.problems
            if not self._reading_done:
                notice = ["Reading…"]
            else:
                notice = ["No article could be opened."] if problems else ["No articles found."]
            self.article_view.show_notice(notice + problems)
        self.article_list.follow_current()
        self.refresh_panes()

    def refresh_panes(self) -> None:
        """The state changed: the lists, the marks and the status redraw from it."""
        self.entity_list.show()
        self.mentions.show()
        self.chronology.show()
        self.article_view.marks_changed()
        self.show_status()

    def show_status(self, message: str | None = None) -> None:
        state = self.state
        if message is None:
            entity = state.entity
            article = state.article
            if entity is not None:
                message = entity_status(entity, state.mention) + self.note_words(entity)
            elif state.scope == "all" and state.group is not None:
                message = state.group_status(state.group) + " (not in this article)"
            elif article is None:
                message = "Reading…" if not self._reading_done else "No article open."
            elif state.index is None:
                message = state.pending_note.capitalize()
            else:
                message = "Move in the entity list to select; n/N: mentions; /: search; ?: keys"
                if article.warnings:
                    message = "; ".join(article.warnings)
        self.status.say(message)

    # -- messages from the panes ------------------------------------------------------------

    def handle_choice(self, message: Message) -> None:
        """Act on a pane's message at once (see ``messages.choose``)."""
        handlers = {
            EntitySelected: self._entity_selected,
            EventSelected: self._event_selected,
            ArticleChosen: self._article_chosen,
            MentionFocused: self._mention_focused,
            GroupSelected: self._group_selected,
        }
        handler = handlers.get(type(message))
        if handler is not None:
            handler(message)
        else:
            self.post_message(message)

    @on(EntitySelected)
    def _entity_selected(self, message: EntitySelected) -> None:
        state = self.state
        if message.article_id is not None and message.article_id != state.current:
            self.go_to_article(message.article_id)
        entity = state.select_entity(message.entity_id, message.mention or 0)
        if entity is None:
            return
        self.entity_list.follow_selection()
        self.mentions.show()
        self.chronology.selection_changed()
        self.article_view.marks_changed()
        span = state.current_mention_span()
        if span is not None:
            # A first mention already on screen leaves the text still (less to redraw).
            self.article_view.scroll_to_offset(span[0], stay_if_visible=True)
        self.show_status()

    @on(GroupSelected)
    def _group_selected(self, message: GroupSelected) -> None:
        state = self.state
        group = state.select_group(message.group_id)
        if group is None:
            return
        self.entity_list.follow_selection()
        self.mentions.show()
        self.chronology.selection_changed()
        self.article_list.refresh()  # marks the articles naming it
        self.article_view.marks_changed()
        span = state.current_mention_span()
        if span is not None:
            # A first mention already on screen leaves the text still (less to redraw).
            self.article_view.scroll_to_offset(span[0], stay_if_visible=True)
        self.show_status(state.group_status(group))

    @on(MentionFocused)
    def _mention_focused(self, message: MentionFocused) -> None:
        mark = self.state.mark_at(message.offset)
        if mark is None:
            return
        if mark.kind == MENTION:
            self._entity_selected(EntitySelected(str(mark.ref), mark.number))
        elif mark.kind == TIMEX:
            index = self.state.index
            if index is not None:
                self.show_status(timex_status(index.analysis.timexes[int(mark.ref)]))

    @on(EventSelected)
    def _event_selected(self, message: EventSelected) -> None:
        state = self.state
        if message.article_id is not None and message.article_id != state.current:
            self.go_to_article(message.article_id)
            state.event = message.event
            self.chronology.follow_event()
        state.event = message.event
        event = state.selected_event
        if event is None:
            return
        self.article_view.marks_changed()
        self.article_view.scroll_to_offset(event.start)
        timex = state.event_timex(event)
        if timex is not None:
            self.show_status(timex_status(timex))

    @on(ArticleChosen)
    def _article_chosen(self, message: ArticleChosen) -> None:
        self.go_to_article(message.article_id)

    def go_to_article(self, article_id: str) -> None:
        if self.state.go_to_article(article_id):
            self.show_current_article()
            self._scheduler.prefer(article_id)

    # -- actions ----------------------------------------------------------------------------

    def _step_mention(self, step: int) -> None:
        state = self.state
        row = state.step_group_mention(step)
        if row is not None:  # across all articles: on to the next article naming it
            if row.article != state.current:
                self.go_to_article(row.article)
            state.select_entity(row.entity_id, row.number)
            self.entity_list.follow_selection()
            self.chronology.selection_changed()
        if row is None:
            offset = state.step_mention(step)
        else:
            span = state.current_mention_span()
            offset = span[0] if span is not None else None
        if offset is None:
            self.show_status("Select an entity first: n and N move between its mentions.")
            return
        self.article_view.marks_changed()
        self.article_view.scroll_to_offset(offset)
        self.mentions.follow_current()
        self.show_status()

    def action_next_mention(self) -> None:
        self._step_mention(+1)

    def action_previous_mention(self) -> None:
        self._step_mention(-1)

    def action_toggle_event_filter(self) -> None:
        state = self.state
        entity = state.entity or (state.group if state.scope == "all" else None)
        if entity is None:
            state.only_selected_events = False
            self.show_status("Select an entity first: e shows only its events.")
            return
        state.only_selected_events = not state.only_selected_events
        self.chronology.show()
        self.show_status(
            f"Chronology: only events involving {entity.name}"
            if state.only_selected_events
            else "Chronology: all events"
        )

    def action_toggle_group(self, name: str) -> None:
        state = self.state
        state.toggle_group(name)
        self.refresh_panes()
        hidden = name in state.hidden_groups
        self.show_status(f"{name}: {'hidden' if hidden else 'shown'}")

    def action_next_article(self) -> None:
        self._step_article(+1)

    def action_previous_article(self) -> None:
        self._step_article(-1)

    def _step_article(self, step: int) -> None:
        target = self.state.article_after(step) if len(self.state.articles) > 1 else None
        if target is None:
            self.show_status("Only one article is open.")
            return
        self.go_to_article(target)

    def action_clear_selection(self) -> None:
        self.state.clear_selection()
        self.state.selected_group = None
        self.article_list.refresh()
        self.refresh_panes()

    def _panes(self) -> list[Widget]:
        names = [p for p in PANES if p != "articles" or len(self.state.articles) > 1]
        if not self.screen.has_class("-mentions"):
            names.remove("mentions")
        return [self.query_one(f"#{name}") for name in names]

    def action_focus_pane(self, name: str) -> None:
        if name == "articles" and len(self.state.articles) < 2:
            self.show_status("Only one article is open.")
            return
        self._focus(self.query_one(f"#{name}"))

    def _focus(self, pane: Widget) -> None:
        # In the narrow layout the chronology (across the bottom) grows while focused.
        showing = self.screen.has_class("-chronology")
        wanted = pane.id == "chronology"
        self.screen.set_class(wanted, "-chronology")
        if showing == wanted:
            pane.focus()
        else:  # the pane is displayed once the stylesheet has been applied again
            self.call_after_refresh(pane.focus)

    def _cycle_pane(self, step: int) -> None:
        if isinstance(self.screen, ModalScreen):
            if step > 0:
                self.screen.focus_next()
            else:
                self.screen.focus_previous()
            return
        panes = self._panes()
        focused = self.focused
        position = next(
            (i for i, pane in enumerate(panes) if focused is pane or pane in getattr(
                focused, "ancestors", ()
            )),
            -1,
        )
        self._focus(panes[(position + step) % len(panes)])

    def action_next_pane(self) -> None:
        self._cycle_pane(+1)

    def action_previous_pane(self) -> None:
        self._cycle_pane(-1)

    def action_search(self) -> None:
        from newsview.tui.widgets.search import SearchScreen

        state = self.state
        texts: dict[str, str] = {}
        entities: dict[str, Sequence[Entity]] = {}
        titles: dict[str, str] = {}
        for article in state.articles:
            texts[article.id] = article.text
            titles[article.id] = article.display_title
            index = state.indexes.get(article.id)
            entities[article.id] = index.analysis.entities if index else ()
        self.push_screen(SearchScreen(texts, entities, titles=titles), self._search_done)

    def _search_done(self, result: SearchResult | None) -> None:
        if result is None:
            return
        state = self.state
        if state.article_by_id(result.article_id) is None:
            return
        self.go_to_article(result.article_id)
        if result.entity_id is not None:
            mention = state.mention_starting_at(result.entity_id, result.start)
            self.post_message(EntitySelected(result.entity_id, mention))
        else:
            state.found = (result.start, result.end)
            self.article_view.marks_changed()
            self.article_view.scroll_to_offset(result.start)
            article = state.article
            found = article.text[result.start : result.end] if article else ""
            self.show_status(f"Found “{found}” (Esc clears the mark)")
        self._focus(self.article_view)

    # -- mentions, export, copy, date, scope ------------------------------------------------

    def action_toggle_scope(self) -> None:
        state = self.state
        if not self._linked_first(self.action_toggle_scope, state.scope != "all"):
            return  # thousands of articles: linked in a thread, then the scope switches
        scope = "article" if state.scope == "all" else "all"
        if scope == "all":
            self.show_status("Linking the entities of every open article…")
        state.set_scope(scope)
        self.refresh_panes()
        self.article_list.refresh()
        self.entity_list.border_title = (
            "Entities, all articles (s)" if scope == "all" else PANE_TITLES["entities"]
        )
        self.chronology.border_title = (
            "Chronology of all articles (c)" if scope == "all" else PANE_TITLES["chronology"]
        )
        waiting = len(state.articles) - len(state.indexes) - len(state.unanalysed)
        note = f" ({waiting} still being analysed)" if waiting > 0 and scope == "all" else ""
        count = len(state.articles)
        if scope == "article":
            self.show_status("Entities and chronology of this article; s: all open articles")
        elif count == 1:
            self.show_status("Only one article is open: its entities and chronology are all there are; s: back")
        else:
            self.show_status(f"Entities and chronology of all {count} open articles{note}; s: this article only")

    def action_toggle_mentions(self) -> None:
        """Show the mentions list and go to it; from inside it, hide it."""
        screen = self.screen
        mentions = self.mentions
        if screen.has_class("-mentions") and self.focused is mentions:
            screen.remove_class("-mentions")
            self._focus(self.entity_list)
            return
        screen.add_class("-mentions")
        self._focus(mentions)  # shown once the stylesheet applies; it then builds its rows
        if self.state.entity is None:
            self.show_status("Select an entity: its mentions are listed here.")

    def action_copy_selected_text(self) -> None:
        text = self.screen.get_selected_text()
        if not text:
            self.show_status("Nothing selected: drag over the text to select it (y copies the current sentence)")
            return
        self.copy_to_clipboard(text)
        self.show_status(f"Copied the selected text ({len(text)} characters) by OSC 52")

    def action_copy(self) -> None:
        """Copy, by OSC 52, the sentence in hand (from the text or the chronology) or the
        selected entity's mentions (from elsewhere, or when there is no sentence in hand)."""
        state = self.state
        article = state.article
        if article is None:
            self.show_status("Nothing to copy: no article open.")
            return
        selected_text = self.screen.get_selected_text()
        if selected_text:  # text selected with the mouse comes first
            self.copy_to_clipboard(selected_text)
            self.show_status(f"Copied the selected text ({len(selected_text)} characters) by OSC 52")
            return
        in_text = self.focused is self.article_view or self.focused is self.chronology
        entity = state.entity
        event = state.selected_event
        if self.focused is self.chronology and event is not None:
            sentence: tuple[int, int] | None = (event.start, event.end)  # the row under the cursor
        else:
            sentence = state.current_sentence()
        if sentence is None and in_text and state.index is not None:
            sentence = state.current_sentence(self.article_view.top_offset)
        group = state.group if state.scope == "all" else None
        name = group.name if group is not None else entity.name if entity is not None else None
        if name is not None and (not in_text or sentence is None):
            rows = state.mention_rows()
            many = len({row.article for row in rows}) > 1
            lines = [name]
            for row in rows:  # one a line: (article title,) the variant, its context
                source = state.article_by_id(row.article) or article
                before, mention, after = context_line(source.text, row.start, row.end, 40)
                place = f"{source.display_title}\t" if many else ""
                lines.append(f"{place}{mention}\t{before}{mention}{after[:80]}")
            text = "\n".join(lines)
            what = f"{len(lines) - 1} mentions of {name}"
        elif sentence is not None:
            quoted = " ".join(article.text[sentence[0] : sentence[1]].split())
            text = f"{quoted}\n— {state.citation(article)}"
            what = f"the sentence “{shorten(quoted, 40)}” with its citation"
        else:
            self.show_status("Nothing to copy: select an entity or an event first.")
            return
        self.copy_to_clipboard(text)
        self.show_status(
            f"Copied {what} by OSC 52 (a terminal without it copies nothing: select with the mouse)"
        )

    def action_set_date(self) -> None:
        from newsview.tui.widgets.dialogs import DateScreen

        article = self.state.article
        if article is None:
            self.show_status("No article open.")
            return
        self.push_screen(DateScreen(article.display_title, article.published), self._date_set)

    def _date_set(self, day: date | None) -> None:
        state = self.state
        if day is None:
            return
        article_id = state.current
        article = state.set_publication_date(article_id, day) if article_id is not None else None
        if article is None:
            return
        self.query_one("#header", HeaderLine).show()
        if article.id in state.unanalysed:
            self.show_status("Date set; this article is shown as text only, nothing to resolve.")
            return
        # Relative dates resolve against the publication date: the engine reads it again.
        # A queued job still holds the old date: its late result is dropped when it lands.
        self._redated.add(article.id)
        self._analysis_total += 1
        self._analyse_in_thread(article)
        self.show_status(f"Publication date set to {readable_date(day.isoformat())}: re-reading the dates…")

    def action_export(self) -> None:
        from newsview.tui.widgets.dialogs import ExportScreen

        state = self.state
        article = state.article
        if article is None:
            self.show_status("No article open to export.")
            return
        stem = "".join(c if c.isalnum() or c in "-_." else "-" for c in article.id)[:60]
        many = len(state.articles)
        all_articles = getattr(state, "scope", "article") == "all"
        suggested = f"newsview-{'articles' if all_articles and many > 1 else stem}.json"
        self.push_screen(
            ExportScreen(suggested, self._write_export, many, all_articles), self._exported
        )

    def _write_export(self, path: str, fmt: str, all_articles: bool, overwrite: bool) -> str:
        from newsview.models.export import WRITERS
        from newsview.tui.widgets.dialogs import format_words

        state = self.state
        chosen = state.articles if all_articles else [state.article] if state.article else []
        pairs = [
            (a, state.indexes[a.id].analysis if a.id in state.indexes else None) for a in chosen
        ]
        waiting = sum(1 for a in chosen if a.id not in state.indexes and a.id not in state.unanalysed)
        with open(path, "w" if overwrite else "x", encoding="utf-8", newline="") as stream:
            count = WRITERS[fmt](pairs, stream)
        noun = "article" if count == 1 else "articles"
        note = f" ({waiting} still being analysed, written without entities)" if waiting else ""
        return f"Exported {count} {noun} as {format_words(fmt, path)} to {os.path.abspath(path)}{note}"

    def _exported(self, summary: str | None) -> None:
        if summary:
            self.show_status(summary)
            self.notify(one_line(summary), markup=False)

    # -- the command palette's questions (see commands.py) ----------------------------------

    def palette_actions(self) -> list[tuple[str, str, object]]:
        actions = [
            ("Next mention", "n: jump to the next mention of the selected entity",
             self.action_next_mention),
            ("Previous mention", "N: jump to the previous mention", self.action_previous_mention),
            ("Only the selected entity's events", "e: toggle the chronology filter",
             self.action_toggle_event_filter),
            ("Next article", "]: show the next article", self.action_next_article),
            ("Previous article", "[: show the previous article", self.action_previous_article),
            ("Search", "/: search entities and text", self.action_search),
            ("Mentions list", "m: every mention of the selected entity with its context",
             self.action_toggle_mentions),
            ("Export", "x: entities, mentions and chronology to CSV or JSON", self.action_export),
            ("Copy", "y: the current sentence, or the selected entity's mentions",
             self.action_copy),
            ("Set the publication date", "d: relative dates re-resolve at once",
             self.action_set_date),
            ("This article / all articles", "s: the scope of the entity list and chronology",
             self.action_toggle_scope),
            ("Article browser", "b: every open article as a table; sort, filter by words or "
             "entity", self.action_browse),
            ("Timeline view", "v: all open articles' events by day, month or year, in full",
             self.action_timeline),
            ("Who appears with whom", "o: the entities sharing most articles with the selected "
             "one", self.action_cooccurrence),
            ("Pin the selected entity", "P: the browser's entity filter then needs both",
             self.action_pin),
            ("Files that could not be read", "p: list every problem met while reading",
             self.action_problems),
            ("Keys", "?: every key", self.action_help),
            ("Clear selection", "escape", self.action_clear_selection),
            ("Focus entities", "l", lambda: self.action_focus_pane("entities")),
            ("Focus text", "t", lambda: self.action_focus_pane("article")),
            ("Focus chronology", "c", lambda: self.action_focus_pane("chronology")),
            ("Focus article list", "a", lambda: self.action_focus_pane("articles")),
            ("Quit", "q", self.action_quit),
            *self.correction_palette(),
        ]
        for key, name in enumerate(GROUP_NAMES, start=1):
            actions.append(
                (f"Show/hide {name}", f"{key}: toggle {name} in the list and the text",
                 lambda name=name: self.action_toggle_group(name))
            )
        return actions

    def palette_entities(self) -> list[tuple[str, str | None, Sequence[Entity]]]:
        state = self.state
        return [
            (article.id, article.display_title, analysis.entities)
            for article, analysis in state.analysed_pairs()
        ]

    def select_entity(self, article_id: str, entity_id: str) -> None:
        if self.state.article_by_id(article_id) is None:
            return
        self.go_to_article(article_id)
        self.post_message(EntitySelected(entity_id, 0))

    def action_problems(self) -> None:
        from newsview.tui.widgets.problems import ProblemsScreen

        if not self.state.problems:
            self.show_status("Every file was read: no problems to list.")
            return
        self.push_screen(ProblemsScreen(self.state.problems))

    def action_why(self) -> None:
        """Explain the chronology row in hand (its time expression), else the selected entity,
        else the first time expression of the sentence in hand."""
        state = self.state
        article, index = state.article, state.index
        if article is None or index is None:
            self.show_status("Nothing to explain yet: the article is being read.")
            return
        event = state.selected_event
        timex = None
        if event is not None and (self.focused is self.chronology or state.entity is None):
            timex = state.event_timex(event)
        entity = state.entity if timex is None else None
        if timex is None and entity is None:
            sentence = state.current_sentence(self.article_view.top_offset)
            timex = next((t for t in index.analysis.timexes if sentence is not None
                          and sentence[0] <= t.start < sentence[1]), None)
        if timex is None and entity is None:
            self.show_status("Select an entity or a chronology row: w says why it was read so.")
            return
        self.show_status("Weighing the evidence…")
        self._explain(article, entity.id if entity else None, (timex.start, timex.end) if timex else None)

    @work(thread=True, group="why", exclusive=True, exit_on_error=False)
    def _explain(self, article: Article, entity_id: str | None,
                 span: tuple[int, int] | None) -> None:
        # The analysis is a pure function of text and date: read again with its reasons, it
        # gives the same entities, with the same ids, as the one on screen.
        from newsview.models.analysis import analyse
        from newsview.tui.widgets.why import WhyScreen, entity_why_lines, timex_why_lines

        analysis = analyse(article.text, article.published, explain=True,
                           corrections=self.corrections.active, article_id=article.id)
        if entity_id is not None:
            entity = next((e for e in analysis.entities if e.id == entity_id), None)
            if entity is None:
                self.call_from_thread(self.show_status, "That entity changed: read it again.")
                return
            screen = WhyScreen(f"Why {entity.name}", entity_why_lines(entity))
        else:
            timex = next((t for t in analysis.timexes if (t.start, t.end) == span), None)
            if timex is None:
                self.call_from_thread(self.show_status, "That date changed: read it again.")
                return
            screen = WhyScreen(f"Why {timex.text}", timex_why_lines(timex))
        self.call_from_thread(self.push_screen, screen)
        self.call_from_thread(self.show_status)

    # -- the corpus views: browser, timeline, co-occurrence ----------------------------------

    LINK_IN_THREAD = 200  # analysed articles above which linking them runs off the UI thread

    def _linked_first(self, action: Callable[[], None], needed: bool = True) -> bool:
        """True when ``action`` can run now; else link every analysed article's entities in
        a thread (seconds for thousands) and run ``action`` when that is done."""
        state = self.state
        if not needed or state.collection is not None or len(state.indexes) < self.LINK_IN_THREAD:
            return True
        self.show_status(f"Linking the entities of {len(state.indexes):,} articles…")
        self._link_in_thread(state.analysed_pairs(), action)
        return False

    @work(thread=True, group="link", exclusive=True, exit_on_error=False)
    def _link_in_thread(self, pairs: list, action: Callable[[], None]) -> None:
        from newsview.models.collection import Collection

        collection = Collection(pairs)
        collection.entities()  # the linking itself, here rather than at first use
        self.call_from_thread(self._linked, collection, action)

    def _linked(self, collection: Collection, action: Callable[[], None]) -> None:
        state = self.state
        if state.collection is None:
            for article, analysis in state.analysed_pairs():  # analysed meanwhile
                if article.id not in collection:
                    collection.add(article, analysis)
            state.collection = collection
        self.show_status()
        action()

    def _has_selection(self) -> bool:
        state = self.state
        return state.selected is not None or (state.scope == "all" and bool(state.selected_group))

    def _selected_across(self) -> tuple[str, str] | None:
        """(collection entity id, name) of the selected entity, linked across articles."""
        from newsview.tui.browse import selected_entity

        state = self.state
        if not self._has_selection():
            return None  # nothing selected: no need to link every article's entities
        entity = selected_entity(state)
        return (entity.id, entity.name) if entity is not None else None

    def action_pin(self) -> None:
        if not self._linked_first(self.action_pin, self._has_selection()):
            return
        selected = self._selected_across()
        if selected is None:
            self.show_status("Select an entity first: P pins it for the article browser's filter.")
            return
        if self.state.pinned == selected:
            self.state.pinned = None
            self.show_status(f"Unpinned {selected[1]}.")
            return
        self.state.pinned = selected
        self.show_status(f"Pinned {selected[1]}: select another entity, then b and e list the "
                         "articles naming both.")

    def action_browse(self) -> None:
        from newsview.tui.widgets.article_table import ArticlesScreen

        if not self.state.articles:
            self.show_status("No articles open yet.")
            return
        if not self._linked_first(self.action_browse, self._has_selection()):
            return
        self.push_screen(ArticlesScreen(self.state, self._selected_across(), self.state.pinned),
                         self._browsed)

    def _browsed(self, article_id: str | None) -> None:
        if article_id is None:
            return
        self.go_to_article(article_id)
        self._focus(self.article_view)

    def action_timeline(self) -> None:
        from newsview.tui.widgets.timeline_view import TimelineScreen

        if not self.state.indexes:
            self.show_status("Nothing analysed yet: the timeline fills as articles are analysed.")
            return
        if not self._linked_first(self.action_timeline):
            return
        self.push_screen(TimelineScreen(self.state, self._selected_across()), self._timeline_done)

    def _timeline_done(self, chosen: tuple[str, int] | None) -> None:
        if chosen is None:
            return
        article_id, event = chosen
        self._event_selected(EventSelected(event, article_id))
        self._focus(self.article_view)

    def action_cooccurrence(self) -> None:
        from newsview.tui.widgets.cooccurrence import CooccurrenceScreen

        if not self._linked_first(self.action_cooccurrence, self._has_selection()):
            return
        selected = self._selected_across()
        if selected is None:
            self.show_status("Select an entity first: o lists who appears with it.")
            return
        self.push_screen(CooccurrenceScreen(self.state, selected), self._cooccurrence_done)

    def _cooccurrence_done(self, entity_id: str | None) -> None:
        if entity_id is None:
            return
        state = self.state
        if state.scope != "all":
            self.action_toggle_scope()
        self.post_message(GroupSelected(entity_id))

    def action_help(self) -> None:
        from newsview.tui.widgets.help import HelpScreen

        self.push_screen(HelpScreen())

    def save_sample_screenshot(self, path: str | Path) -> str:
        """Save an SVG of the screen as it is now (used for the README's screenshot)."""
        target = Path(path)
        return self.save_screenshot(filename=target.name, path=str(target.parent))
