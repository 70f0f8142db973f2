"""A corpus, not one sitting (issue 12): analyses remembered across runs, the scheduler."""

from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path

from appkit import NARROW, WIDE, screen_text, settle

from newsview.models.analysis import analyse
from newsview.models.cache import AnalysisCache
from newsview.models.document import Article
from newsview.tui.app import NewsviewApp

DATA = Path(__file__).parent.parent / "data"


def sample_articles(count: int = 6) -> list[Article]:
    records = [json.loads(line) for line in (DATA / "fit-sample.jsonl").read_text().splitlines()]
    articles = []
    for n in range(count):
        record = records[n % len(records)]
        text = f"{record['text']}\nReported by Anna Berg in Oslo on day {n}.\n"
        articles.append(Article(f"a{n}", f"/tmp/a{n}.txt", text, f"Story {n}",
                                date.fromisoformat(record["dct"]), "metadata"))
    return articles


async def wait_analysed(pilot, count: int) -> None:
    for _ in range(400):
        if len(pilot.app.state.indexes) == count:
            break
        await pilot.pause(0.02)
    await settle(pilot)


async def wait_rows(pilot, app, count: int) -> None:
    """Until the article list holds ``count`` rows (added a batch a turn), or a second."""
    for _ in range(50):
        await pilot.pause(0.02)
        if app.article_list.option_count == count:
            break


async def test_reopened_articles_are_analysed_at_once_from_the_cache(tmp_path, monkeypatch):
    import newsview.tui.analysis_runner as runner

    articles = sample_articles()
    cache_path = tmp_path / "cache.sqlite3"
    app = NewsviewApp(articles=articles, cache=AnalysisCache(cache_path))
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot, len(articles))
    first = {aid: index.analysis for aid, index in app.state.indexes.items()}
    assert first == {a.id: analyse(a.text, a.published) for a in articles}

    def no_engine(jobs, explain=False):
        raise AssertionError(f"analysed again: {[key for key, _, _ in jobs]}")

    monkeypatch.setattr(runner, "analyse_batch", no_engine)
    again = NewsviewApp(articles=articles, cache=AnalysisCache(cache_path))
    async with again.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot, len(articles))
        assert {aid: index.analysis for aid, index in again.state.indexes.items()} == first
        assert not again.state.unanalysed


async def test_a_warm_start_builds_an_analysis_only_when_read_and_shows_what_a_cold_one_does(
        tmp_path):
    from newsview.models.cache import CachedAnalysis

    articles = sample_articles(24)
    cache_path = tmp_path / "cache.sqlite3"
    screens = []
    for run in ("cold", "warm"):
        app = NewsviewApp(articles=articles, cache=AnalysisCache(cache_path))
        async with app.run_test(size=WIDE) as pilot:
            await wait_analysed(pilot, len(articles))
            if run == "warm":  # only the articles drawn were read (their entities counted in
                # the article list's rows); the others wait, unbuilt
                waiting = [aid for aid, index in app.state.indexes.items()
                           if type(index.analysis) is CachedAnalysis]
                assert len(waiting) >= len(articles) - 10
            shown = [screen_text(app)]
            await pilot.press("s")  # every article's entities, linked across articles
            await settle(pilot)
            shown.append(screen_text(app))
            await pilot.press("right_square_bracket", "right_square_bracket")
            await settle(pilot)
            shown.append(screen_text(app))
            screens.append(shown)
    assert "Anna Berg" in screens[0][1]
    assert screens[1] == screens[0]


async def test_a_cache_that_fails_while_the_app_runs_is_said_once_and_the_articles_still_open(tmp_path):
    articles = sample_articles(4)
    cache = AnalysisCache(tmp_path / "cache.sqlite3")
    cache._db.close()  # type: ignore[union-attr]  # the database goes away under the cache
    app = NewsviewApp(articles=articles, cache=cache)
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot, len(articles))
        assert len(app.state.indexes) == 4
        notes = [n.message for n in app._notifications]
        assert sum("analysis cache" in note for note in notes) == 1


# -- sources kept, duplicates ------------------------------------------------------------------


async def test_y_on_a_sentence_copies_it_with_a_citation_line():
    from appkit import story_analysis, story_article
    from test_work_features import capture_driver, osc52_payloads

    article = story_article(source="The Daily Example", url="https://example.org/story",
                            author="Jo Reporter")
    app = NewsviewApp(articles=[article], analyses=[story_analysis()])
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        written = capture_driver(app)
        await pilot.press("down", "n", "t", "y")
        await pilot.pause()
        assert osc52_payloads(written) == [
            "Lopez said the French team would visit Berlin.\n"
            "— A story of our own. By Jo Reporter. The Daily Example, 4 May 2024. "
            "https://example.org/story"
        ]
        assert "with its citation" in app.status.message
        header = app.query_one("#header").render().plain
        assert "The Daily Example" in header and "by Jo Reporter" in header


async def test_articles_with_the_same_text_are_shown_once_with_where_else_they_are(tmp_path):
    text = "Maria Lopez met John Smith in Paris on 3 May 2024.\n"
    records = [
        {"id": "wire", "text": text, "source": "Wire", "title": "Lopez meets Smith"},
        {"id": "other", "text": "A different story about Berlin.\n", "source": "Other"},
        {"id": "copy", "text": text, "source": "Reprint", "title": "Lopez meets Smith again"},
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    app = NewsviewApp(paths=[str(path)])
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot, 2)
        assert [a.id for a in app.state.articles] == ["wire", "other"]
        assert app.article_list.option_count == 2
        header = app.query_one("#header").render().plain
        assert "also in: Reprint (copy)" in header


# -- the article browser -----------------------------------------------------------------------

PEOPLE = [
    ("maria-lopez", "Maria Lopez", "PERSON", ["Maria Lopez", "Lopez"], []),
    ("john-smith", "John Smith", "PERSON", ["John Smith", "Smith"], []),
    ("paris", "Paris", "GPE", ["Paris"], []),
    ("berlin", "Berlin", "GPE", ["Berlin"], []),
]
TRIO = [
    ("alpha", "Maria Lopez met John Smith in Paris on 3 May 2024. Lopez flew home.\n",
     "Zebra talks in Paris", date(2024, 5, 4), "Wire", [("3 May 2024", "2024-05-03")]),
    ("beta", "Maria Lopez visited Berlin on 4 June 2024.\n", "Berlin visit", date(2024, 6, 5),
     "Courier", [("4 June 2024", "2024-06-04")]),
    ("gamma", "John Smith and Maria Lopez spoke in Berlin on 5 July 2024. Smith left.\n",
     "A Berlin meeting", date(2024, 7, 6), "Agency", [("5 July 2024", "2024-07-05")]),
]


def trio_app(order: tuple[str, ...] = ("alpha", "beta", "gamma"), **kwargs) -> NewsviewApp:
    """The three articles, read in ``order`` (by id)."""
    from appkit import build_analysis

    articles, analyses = [], []
    for aid, text, title, published, source, timexes in sorted(TRIO, key=lambda t: order.index(t[0])):
        articles.append(Article(aid, f"/tmp/{aid}.txt", text, title, published, "metadata",
                                source=source))
        present = [e for e in PEOPLE if any(form in text for form in e[3])]
        analyses.append(build_analysis(text, present, timexes))
    return NewsviewApp(articles=articles, analyses=analyses, **kwargs)


async def select(pilot, entity_id: str, article_id: str | None = None) -> None:
    from newsview.tui.messages import EntitySelected

    pilot.app.post_message(EntitySelected(entity_id, 0, article_id))
    await pilot.pause()


def browser_ids(app) -> list[str]:
    return list(app.screen.grid.rows)


async def test_the_browser_sorts_by_any_column_and_again_in_reverse():
    app = trio_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await pilot.pause()
        assert browser_ids(app) == ["alpha", "beta", "gamma"]  # by date
        await pilot.press("1")  # title
        assert browser_ids(app) == ["gamma", "beta", "alpha"]
        await pilot.press("1")  # title, reversed
        assert browser_ids(app) == ["alpha", "beta", "gamma"]
        await pilot.press("3")  # source: Agency, Courier, Wire
        assert browser_ids(app) == ["gamma", "beta", "alpha"]
        await pilot.press("4")  # entity count, most first
        assert browser_ids(app) == ["alpha", "gamma", "beta"]
        await pilot.pause()
        drawn = screen_text(app)
        assert "4:entities▼" in drawn and "Zebra talks in Paris" in drawn and "Courier" in drawn


async def test_the_browser_filters_by_typed_words_and_enter_opens_the_article():
    app = trio_app()
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await pilot.press("b", "slash", *"berlin", "enter")
        await pilot.pause()
        assert browser_ids(app) == ["beta", "gamma"]
        assert "Articles: 2 of 3" in screen_text(app)
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.state.article.id == "gamma" and type(app.screen).__name__ == "MainScreen"


async def test_an_article_chosen_in_a_sorted_browser_is_the_one_on_its_row():
    app = trio_app(order=("beta", "alpha", "gamma"))
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("b", "1")  # by title: gamma, beta, alpha; read beta, alpha, gamma
        await pilot.pause()
        assert browser_ids(app) == ["gamma", "beta", "alpha"]
        await pilot.press("end", "enter")  # the last row: alpha, read second
        await pilot.pause()
        assert app.state.current == "alpha" and app.state.article.title == "Zebra talks in Paris"
        assert app.article_list.highlighted == 1  # the list draws reading order
        assert "Zebra talks in Paris" in screen_text(app).splitlines()[0]
        assert "2/3" in screen_text(app).splitlines()[0]
        await pilot.press("right_square_bracket")  # the next in the list, not in the table
        await pilot.pause()
        assert app.state.current == "gamma"
        await pilot.press("b", "4", "enter")  # most entities first: alpha
        await pilot.pause()
        assert app.state.current == "alpha"


async def test_an_event_chosen_in_the_timeline_opens_its_own_article_whatever_the_order_read():
    app = trio_app(order=("gamma", "beta", "alpha"))
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("v")
        await pilot.pause()
        body = app.screen.body
        assert [row.article for row in body.rows if row.event is not None] == [
            "alpha", "beta", "gamma"]  # time order, not reading order
        await pilot.press("down", "enter")  # from alpha's event (headings are passed over) to beta's
        await pilot.pause()
        assert app.state.current == "beta"
        assert app.state.selected_event is not None
        assert app.state.selected_event.sentence.startswith("Maria Lopez visited Berlin")
        assert app.article_view.highlighted("sentence") == [(0, len(TRIO[1][1].rstrip()))]


async def test_the_browser_lists_the_articles_naming_the_selected_entity_then_both():
    app = trio_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await select(pilot, "john-smith")
        await pilot.press("b", "e")
        await pilot.pause()
        assert browser_ids(app) == ["alpha", "gamma"]
        assert "naming John Smith" in screen_text(app)
        await pilot.press("e")  # off again
        assert browser_ids(app) == ["alpha", "beta", "gamma"]
        await pilot.press("escape")
        await pilot.press("P")  # pin John Smith
        await pilot.pause()
        assert "Pinned John Smith" in app.status.message
        await pilot.press("right_square_bracket")  # to beta, which names Berlin
        await pilot.pause()
        await select(pilot, "berlin")
        await pilot.press("b", "e")
        await pilot.pause()
        assert browser_ids(app) == ["gamma"]  # naming both Berlin and John Smith
        assert "naming Berlin and John Smith" in screen_text(app)


async def test_the_browser_draws_only_the_rows_on_screen_of_twenty_thousand():
    from newsview.tui.widgets.article_table import ArticleGrid

    articles = [Article(f"n{n}", f"/tmp/n{n}.txt", f"Story number {n}.\n", f"Story {n:05}",
                        date(2020, 1, 1), "metadata") for n in range(20_000)]
    drawn: list[int] = []
    real = ArticleGrid.render_line

    def counting(self, y):
        drawn.append(y)
        return real(self, y)

    app = NewsviewApp(articles=articles, analyses=[])
    async with app.run_test(size=NARROW) as pilot:
        ArticleGrid.render_line = counting  # type: ignore[method-assign]
        try:
            await pilot.press("b")
            await pilot.pause()
            await pilot.press("end")
            await pilot.pause()
            assert len(app.screen.grid.rows) == 20_000
            assert "Story 19999" in screen_text(app)
            assert drawn and max(drawn) < 24
        finally:
            ArticleGrid.render_line = real  # type: ignore[method-assign]


# -- the timeline view, the chart, who appears with whom ---------------------------------------

LONG = ("On 3 May 2024 Maria Lopez told the committee in Paris that the budget for the new "
        "bridge across the river had doubled since the first estimate and would double again.")


async def test_the_timeline_view_at_80x24_shows_a_long_sentence_in_full_grouped_by_day():
    from appkit import build_analysis

    text = LONG + "\nSomething happened at some point, Lopez said.\n"
    article = Article("long", "/tmp/long.txt", text, "The bridge", date(2024, 5, 4), "metadata")
    analysis = build_analysis(text, PEOPLE[:1] + PEOPLE[2:3], [("3 May 2024", "2024-05-03")])
    app = NewsviewApp(articles=[article], analyses=[analysis])
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await pilot.press("v")
        await pilot.pause()
        drawn = screen_text(app)
        flat = " ".join(drawn.split())
        assert LONG in flat  # every word of the sentence, wrapped over lines, none cut
        assert "3 May 2024" in drawn and "The bridge" in drawn
        assert all(len(line) <= 80 for line in drawn.splitlines())
        await pilot.press("enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "MainScreen"
        assert app.state.selected_event is not None
        assert app.state.selected_event.sentence == LONG


async def test_the_timeline_view_groups_by_month_and_year_and_e_keeps_the_entitys_events():
    app = trio_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await select(pilot, "berlin", None)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        await select(pilot, "berlin")
        await pilot.press("v")
        await pilot.pause()
        body = app.screen.body
        headings = [row.heading for row in body.rows if row.event is None]
        assert headings == ["2024-05-03", "2024-06-04", "2024-07-05"]
        await pilot.press("g")
        assert [row.heading for row in body.rows if row.event is None] == ["2024-05", "2024-06", "2024-07"]
        await pilot.press("g")
        assert [row.heading for row in body.rows if row.event is None] == ["2024"]
        await pilot.press("e")  # only the events naming Berlin: beta's and gamma's
        events = [row.article for row in body.rows if row.event is not None]
        assert events == ["beta", "gamma"]
        assert "naming Berlin" in screen_text(app)


async def test_undated_events_come_last_folded_and_enter_unfolds_them():
    from appkit import build_analysis

    text = "Maria Lopez spoke on 3 May 2024.\nLopez will speak again one day soon.\n"
    article = Article("u", "/tmp/u.txt", text, "Undated", date(2024, 5, 4), "metadata")
    analysis = build_analysis(text, PEOPLE[:1], [("3 May 2024", "2024-05-03"), ("one day", None)])
    app = NewsviewApp(articles=[article], analyses=[analysis])
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await pilot.press("v")
        await pilot.pause()
        body = app.screen.body
        assert body.rows[-1].heading.startswith("▸ date unknown: 1 event ")
        assert "will speak again" not in screen_text(app)
        await pilot.press("end", "enter")
        await pilot.pause()
        assert "Lopez will speak again one day soon." in " ".join(screen_text(app).split())


async def test_the_chart_counts_the_selected_entitys_mentions_per_month_or_week():
    app = trio_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await select(pilot, "maria-lopez")
        await pilot.press("v")
        await pilot.pause()
        from textual.widgets import Sparkline

        chart = app.screen.query_one(Sparkline)
        # Maria Lopez: twice in alpha (May), once in beta (June), once in gamma (July).
        assert list(chart.data) == [2, 1, 1]
        assert "Mentions of Maria Lopez per month, May 2024 – Jul 2024 (most: 2)" in screen_text(app)
        # w: per week (from each Monday), and back
        await pilot.press("w")
        await pilot.pause()
        assert list(chart.data) == [2, 0, 0, 0, 0, 1, 0, 0, 0, 1]
        assert "per week, 29 Apr 2024 – 1 Jul 2024 (most: 2)" in screen_text(app)
        await pilot.press("w")
        await pilot.pause()
        assert list(chart.data) == [2, 1, 1]


async def test_who_appears_with_whom_ranks_by_shared_articles_and_enter_selects_one():
    app = trio_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await select(pilot, "maria-lopez")
        await pilot.press("o")
        await pilot.pause()
        rows = [(c.entity.name, c.articles, c.sentences) for c in app.screen.companions]
        assert rows == [("Berlin", 2, 2), ("John Smith", 2, 2), ("Paris", 1, 1)]  # ties: by name
        drawn = screen_text(app)
        assert "John Smith (People) — 2 articles, 2 sentences together" in drawn
        await pilot.press("down", "enter")  # John Smith
        await pilot.pause()
        assert app.state.scope == "all" and app.state.group is not None
        assert app.state.group.name == "John Smith"


async def test_with_many_articles_the_linking_runs_in_a_thread_and_the_view_opens_after(monkeypatch):
    import threading

    from newsview.models import collection as collection_module

    monkeypatch.setattr(NewsviewApp, "LINK_IN_THREAD", 2)
    built_in: list[str] = []
    real_init = collection_module.Collection.__init__

    def init(self, *args, **kwargs):
        built_in.append(threading.current_thread().name)
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(collection_module.Collection, "__init__", init)
    app = trio_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert app.state.collection is None
        await pilot.press("v")
        await settle(pilot)
        assert built_in and threading.main_thread().name not in built_in
        assert app.state.collection is not None and len(app.state.collection) == 3
        assert type(app.screen).__name__ == "TimelineScreen"


async def test_records_without_a_title_are_named_by_their_first_line_not_their_file(tmp_path):
    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join(json.dumps({"id": f"w{n}", "text": f"Headline number {n}\n\nBody {n}.\n"})
                              for n in range(3)) + "\n", encoding="utf-8")
    app = NewsviewApp(paths=[str(path)])
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot, 3)
        assert "Headline number 1" in app.article_list.row_text(1)
        assert "wire.jsonl" not in app.article_list.row_text(1)
        assert app.query_one("#header").render().plain.startswith("Headline number 0")


async def test_a_new_order_is_shown_from_its_first_row():
    articles = [Article(f"n{n}", f"/tmp/n{n}.txt", f"Story number {n}.\n", f"Story {n:03}",
                        date(2020, 1, 1 + n % 28), "metadata") for n in range(300)]
    app = NewsviewApp(articles=articles, analyses=[])
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press(*["right_square_bracket"] * 150)  # an article half way down
        await pilot.press("b")
        await pilot.pause()
        assert app.screen.grid.article == "n150"  # the browser opens on the article on screen
        await pilot.press("1")  # by title
        await pilot.pause()
        assert app.screen.grid.cursor == 0 and app.screen.grid.scroll_offset.y == 0
        assert "Story 000" in screen_text(app)


async def test_the_all_articles_scope_links_many_articles_in_a_thread_too(monkeypatch):
    import threading

    from newsview.models import collection as collection_module

    monkeypatch.setattr(NewsviewApp, "LINK_IN_THREAD", 2)
    built_in: list[str] = []
    real_init = collection_module.Collection.__init__

    def init(self, *args, **kwargs):
        built_in.append(threading.current_thread().name)
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(collection_module.Collection, "__init__", init)
    app = trio_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        assert built_in and threading.main_thread().name not in built_in
        assert app.state.scope == "all" and app.state.collection is not None
        assert len(app.state.collection) == 3


async def test_rows_added_to_a_full_article_list_scroll_to_the_last_and_open_it():
    # Rows beyond the first turns are added without laying the screen out again: the list
    # still scrolls to them, draws them, and opens the one the cursor is on.
    articles = [Article(f"n{n}", f"/tmp/n{n}.txt", f"Story number {n}.\n", f"Story {n:03}",
                        date(2020, 1, 1), "metadata") for n in range(700)]
    app = NewsviewApp(articles=articles, analyses=[])
    async with app.run_test(size=NARROW) as pilot:
        await wait_rows(pilot, app, 700)
        assert app.article_list.option_count == 700
        assert app.article_list.outer_size.height == 5  # narrow: at most 5 lines
        await pilot.press("a", "end")
        await pilot.pause()
        assert app.article_list.highlighted == 699 and app.state.current == "n699"
        region = app.article_list.content_region
        drawn = screen_text(app).splitlines()[region.y : region.bottom]
        assert any("Story 699" in line for line in drawn)
        await pilot.press("pageup", "up")
        await pilot.pause()
        assert app.state.current == app.state.articles[app.article_list.highlighted].id
        assert any(f"Story {app.article_list.highlighted:03}" in line
                   for line in screen_text(app).splitlines()[region.y : region.bottom])


async def test_every_article_row_is_one_line_however_long_its_title_and_a_click_opens_it():
    # The article list maps rows to lines without measuring them (a row never wraps): a title
    # far wider than the pane is cut on its own line, and the rows below it stay in place.
    long_title = "A very long headline " * 12
    articles = [Article(f"n{n}", f"/tmp/n{n}.txt", f"Story number {n}.\n",
                        long_title if n % 2 else f"Story {n:03}", date(2020, 1, 1), "metadata")
                for n in range(600)]
    app = NewsviewApp(articles=articles, analyses=[])
    async with app.run_test(size=NARROW) as pilot:
        await wait_rows(pilot, app, 600)
        assert app.article_list.virtual_size.height == 600
        region = app.article_list.content_region
        drawn = screen_text(app).splitlines()[region.y : region.bottom]
        assert "Story 000" in drawn[0] and "A very long" in drawn[1]
        assert "Story 002" in drawn[2]
        await pilot.click(app.article_list, offset=(10, 3))  # the border is row 0
        await pilot.pause()
        assert app.state.current == "n2"
        await pilot.press("a", "end")
        await pilot.pause()
        drawn = screen_text(app).splitlines()[region.y : region.bottom]
        assert "A very long" in drawn[-1] and "Story 598" in drawn[-2]


async def test_a_file_that_held_one_article_shows_no_article_list_once_read(tmp_path):
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"id": "only", "text": "Maria Lopez spoke in Paris.\n"}) + "\n",
                    encoding="utf-8")
    app = NewsviewApp(paths=[str(path)])
    async with app.run_test(size=WIDE) as pilot:  # laid out for many while it is read
        await wait_analysed(pilot, 1)
        assert not app.screen.has_class("-many") and not app.article_list.display
        assert "Maria Lopez spoke in Paris." in screen_text(app)
    story = tmp_path / "story.txt"
    story.write_text("Maria Lopez spoke in Paris.\n", encoding="utf-8")
    single = NewsviewApp(paths=[str(story)])
    async with single.run_test(size=WIDE) as pilot:
        assert not single.screen.has_class("-many")  # one article: never laid out for many
        await wait_analysed(pilot, 1)
        assert not single.screen.has_class("-many")


class LayoutRecorder(NewsviewApp):
    """The app, noting at every frame it draws the article list's height, whether the
    progress bar has its line, and how far reading and analysis have got."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.frames: list[dict] = []

    def _display(self, screen, renderable) -> None:
        super()._display(screen, renderable)
        if not self.screen.query("#articles"):
            return
        bars = self.screen.query("#progress")
        self.frames.append({
            "list": self.article_list.outer_size.height,
            "scrollbar": self.article_list.show_vertical_scrollbar,
            "bar": bool(bars) and bars.first().display and bars.first().region.height == 1,
            "percentage": bars.first().percentage if bars else None,
            "read": len(self.state.articles),
            "reading_done": self._reading_done,
            "analysed": len(self.state.indexes),
        })


def collection_file(tmp_path: Path, count: int) -> Path:
    path = tmp_path / "collection.jsonl"
    with path.open("w", encoding="utf-8") as stream:
        for article in sample_articles(count):
            stream.write(json.dumps({"id": article.id, "title": article.title,
                                     "text": article.text, "date": article.published.isoformat()})
                         + "\n")
    return path


async def test_a_collection_is_laid_out_for_many_from_the_first_frame(tmp_path):
    # The article list at its full height and the progress bar on its line before a single
    # article is read: as thousands arrive, neither changes the screen's layout.
    app = LayoutRecorder(paths=[str(collection_file(tmp_path, 12))])
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot, 12)
    first = app.frames[0]
    assert first["list"] == 8 and first["bar"] and first["scrollbar"], first
    while_reading = [frame for frame in app.frames if not frame["reading_done"]]
    assert while_reading and all(f["list"] == 8 and f["bar"] and f["scrollbar"]
                                 for f in while_reading)
    assert app.frames[-1]["list"] == 8 and not app.frames[-1]["bar"]  # all analysed


async def test_a_few_articles_read_leave_the_list_as_tall_as_its_rows(tmp_path):
    app = LayoutRecorder(paths=[str(collection_file(tmp_path, 3))])
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot, 3)
        assert app.article_list.outer_size.height == 3 + 2  # rows and the border
        assert not app.article_list.show_vertical_scrollbar
        assert not app.query_one("#progress").display
    assert app.frames[0]["list"] == 8


async def test_the_progress_bar_stays_up_while_the_reader_is_still_reading(tmp_path, monkeypatch):
    # Analyses catch up with a slow reader between its batches (as the cache's do): the bar
    # stays on its line until everything is read and analysed, not hidden and shown again.
    import newsview.models.reading as reading

    real = reading.iter_articles

    def slow(*args, **kwargs):
        for number, item in enumerate(real(*args, **kwargs)):
            yield item
            if number % 4 == 3:
                time.sleep(0.4)  # in the reader's thread

    monkeypatch.setattr(reading, "iter_articles", slow)
    app = LayoutRecorder(paths=[str(collection_file(tmp_path, 12))])
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot, 12)
    caught_up = [f for f in app.frames if not f["reading_done"] and f["read"]
                 and f["analysed"] == f["read"]]
    assert caught_up, "the analyses never caught up with the reader: the test proves nothing"
    assert all(f["bar"] for f in app.frames if not f["reading_done"])
    # never full while more may come, though every article read so far is analysed
    assert all(f["percentage"] < 1 for f in app.frames if not f["reading_done"])
    assert not app.frames[-1]["bar"]


async def test_an_article_rows_text_is_built_only_when_the_row_is_drawn(monkeypatch):
    # Of 2,000 articles a few rows are on screen: their titles are found (here in the text's
    # first line) when drawn, not for every article as it arrives.
    import newsview.tui.widgets.article_list as article_list

    built: list[str] = []
    real = article_list.headline

    def counted(article):
        built.append(article.id)
        return real(article)

    monkeypatch.setattr(article_list, "headline", counted)
    articles = [Article(f"n{n}", "/tmp/wire.jsonl", f"Headline {n:04}\nStory number {n}.\n",
                        None, date(2020, 1, 1), "metadata") for n in range(2000)]
    app = NewsviewApp(articles=articles, analyses=[])
    async with app.run_test(size=NARROW) as pilot:
        await wait_rows(pilot, app, 2000)
        await settle(pilot)
        assert app.article_list.option_count == 2000
        region = app.article_list.content_region
        drawn = screen_text(app).splitlines()[region.y : region.bottom]
        assert "Headline 0000" in drawn[0] and "Headline 0002" in drawn[2]
        assert len(set(built)) < 20, len(set(built))
        await pilot.press("a", "end")
        await settle(pilot)
        drawn = screen_text(app).splitlines()[region.y : region.bottom]
        assert "Headline 1999" in drawn[-1]
        assert app.article_list.row_text(1999).split()[-4] == "1999"
        assert len(set(built)) < 40, len(set(built))


async def test_the_screen_is_not_laid_out_again_for_an_empty_toast_rack(monkeypatch):
    # Textual hides the toast rack just after the first frames: with nothing to show, that
    # must not lay the screen out again (a frame of 20-70 ms under the first keys).
    from textual.widgets._toast import ToastRack

    relaid: list[str] = []
    real = ToastRack.refresh

    def refresh(self, *regions, layout=False, **kwargs):
        if layout and self.app.screen.is_mounted:
            relaid.append(str(self.styles.display))
        return real(self, *regions, layout=layout, **kwargs)

    monkeypatch.setattr(ToastRack, "refresh", refresh)
    app = NewsviewApp(articles=sample_articles(2), analyses=[])
    async with app.run_test(size=WIDE, notifications=True) as pilot:
        await settle(pilot)
        assert app.screen.query("#textual-toastrack")  # toasts are on
        assert relaid == []
        app.notify("Saved.")  # a toast still shows
        await settle(pilot)
        assert app.screen.query_one("#textual-toastrack").display
        assert "Saved." in screen_text(app)


async def test_articles_arriving_lay_out_neither_the_problems_line_nor_the_progress_bar(
        tmp_path, monkeypatch):
    # Shown or hidden as they already are, they are left alone: set again to the same, each
    # laid the whole screen out as the first articles arrived, under the first keys.
    from textual.widget import Widget

    relaid: list[str] = []
    real = Widget.refresh

    def refresh(self, *regions, layout=False, **kwargs):
        if layout and self.id in ("problems", "progress") and self.app._reading_done is False \
                and self.app.state.articles:
            relaid.append(self.id)
        return real(self, *regions, layout=layout, **kwargs)

    monkeypatch.setattr(Widget, "refresh", refresh)
    app = LayoutRecorder(paths=[str(collection_file(tmp_path, 12))])
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot, 12)
    assert relaid == []
    assert not app.frames[-1]["bar"]  # hidden once all are analysed
