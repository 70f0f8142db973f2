"""A corpus, not one sitting (issue 12): analyses remembered across runs, the scheduler."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from appkit import WIDE, settle

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


async def test_reopened_articles_are_analysed_at_once_from_the_cache(tmp_path, monkeypatch):
    import newsview.tui.analysis_runner as runner

    articles = sample_articles()
    cache_path = tmp_path / "cache.sqlite3"
    app = NewsviewApp(articles=articles, cache=AnalysisCache(cache_path))
    async with app.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot, len(articles))
    first = {n: index.analysis for n, index in app.state.indexes.items()}
    assert first == {n: analyse(a.text, a.published) for n, a in enumerate(articles)}

    def no_engine(jobs, explain=False):
        raise AssertionError(f"analysed again: {[key for key, _, _ in jobs]}")

    monkeypatch.setattr(runner, "analyse_batch", no_engine)
    again = NewsviewApp(articles=articles, cache=AnalysisCache(cache_path))
    async with again.run_test(size=WIDE) as pilot:
        await wait_analysed(pilot, len(articles))
        assert {n: index.analysis for n, index in again.state.indexes.items()} == first
        assert not again.state.unanalysed


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
