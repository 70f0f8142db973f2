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
