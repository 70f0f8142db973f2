"""The analysis cache: an exact round trip, keyed by text, date and engine version, and a
cache that cannot be used never stops anything."""

from __future__ import annotations

import json
import os
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from newsview.models.analysis import analyse
from newsview.models.cache import (
    AnalysisCache,
    CacheUnavailable,
    analysis_from_bytes,
    analysis_to_bytes,
    engine_version,
    open_cache,
)
from newsview.models.document import text_hash

DATA = Path(__file__).parent.parent / "data"


def sample_texts() -> list[tuple[str, date | None]]:
    texts = []
    for line in (DATA / "fit-sample.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        texts.append((record["text"], date.fromisoformat(record["dct"]) if record.get("dct") else None))
    seed = json.loads((DATA / "seed-article.input.jsonl").read_text(encoding="utf-8").splitlines()[0])
    texts.append((seed["text"], None))
    return texts


def test_an_analysis_survives_the_round_trip_exactly() -> None:
    for text, published in sample_texts():
        analysis = analyse(text, published)
        assert analysis.entities and analysis.chronology  # something to round-trip
        data = analysis_to_bytes(analysis)
        assert analysis_from_bytes(data) == analysis
        assert len(data) < len(text)  # compact: smaller than the text it describes


def test_the_cache_gives_back_what_was_put_for_the_same_text_and_date(tmp_path: Path) -> None:
    text, published = sample_texts()[0]
    analysis = analyse(text, published)
    cache = AnalysisCache(tmp_path / "c.sqlite3")
    cache.put(text_hash(text), published, analysis)
    cache.close()
    again = AnalysisCache(tmp_path / "c.sqlite3")  # another run
    assert again.get(text_hash(text), published) == analysis
    assert again.get(text_hash(text), date(1999, 1, 1)) is None  # another date: another reading
    assert again.get(text_hash(text + " "), published) is None


def test_the_cache_is_keyed_by_engine_version(tmp_path: Path) -> None:
    text, published = sample_texts()[0]
    analysis = analyse(text, published)
    old = AnalysisCache(tmp_path / "c.sqlite3", engine="0.0.1+old")
    old.put(text_hash(text), published, analysis)
    new = AnalysisCache(tmp_path / "c.sqlite3", engine="0.0.2+new")
    assert new.get(text_hash(text), published) is None  # a new engine never reads an old analysis
    assert old.get(text_hash(text), published) == analysis


def test_the_engine_version_follows_the_package_and_its_shipped_files() -> None:
    from newsview.models import __version__

    version = engine_version()
    assert version.startswith(__version__ + "+") and engine_version() is version  # computed once
    engine_version.cache_clear()
    import newsview.models.cache as cache_module

    # the files the running engine was loaded from (a clone's or an installed copy's)
    root = Path(cache_module.__file__).resolve().parent / "data"
    weights = root / "name_cues.tsv"
    original = weights.read_bytes()
    try:
        weights.write_bytes(original + b"\n")
        engine_version.cache_clear()
        assert engine_version() != version
    finally:
        weights.write_bytes(original)
        engine_version.cache_clear()
    assert engine_version() == version


def test_a_file_that_is_not_sqlite_is_left_alone_with_a_one_line_reason(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    path.write_bytes(b"not a database at all" * 100)
    cache, note = open_cache(path)
    assert cache is None and note is not None and "\n" not in note and str(path) in note
    assert path.read_bytes() == b"not a database at all" * 100


def test_a_cache_in_a_directory_that_cannot_be_made_says_so(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(CacheUnavailable):
        AnalysisCache(blocker / "sub" / "c.sqlite3")


def test_a_cache_from_a_newer_schema_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version=99")
    db.close()
    cache, note = open_cache(path)
    assert cache is None and "newer" in (note or "")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes read-only files")
def test_a_read_only_cache_switches_off_on_the_first_write_and_reads_as_misses(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    AnalysisCache(path).close()
    for name in os.listdir(tmp_path):
        os.chmod(tmp_path / name, 0o444)
    os.chmod(tmp_path, 0o555)
    try:
        cache, note = open_cache(path)
        if cache is None:  # refused at once: said in one line
            assert note and "\n" not in note
            return
        text, published = sample_texts()[0]
        cache.put(text_hash(text), published, analyse(text, published))
        assert cache.error and "\n" not in cache.error
        assert cache.get(text_hash(text), published) is None
    finally:
        os.chmod(tmp_path, 0o755)


def test_a_damaged_value_reads_as_a_miss(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    text, published = sample_texts()[0]
    cache = AnalysisCache(path)
    cache.put(text_hash(text), published, analyse(text, published))
    db = sqlite3.connect(path)
    db.execute("UPDATE analyses SET data = x'00ff'")
    db.commit()
    db.close()
    assert cache.get(text_hash(text), published) is None and cache.error is None


def test_a_write_that_fails_switches_the_cache_off_and_loses_nothing(tmp_path: Path) -> None:
    text, published = sample_texts()[0]
    analysis = analyse(text, published)
    cache = AnalysisCache(tmp_path / "c.sqlite3")
    cache._db.close()  # type: ignore[union-attr]  # the database goes away under the cache
    cache.put(text_hash(text), published, analysis)
    assert cache.error and "\n" not in cache.error and not cache.usable
    assert cache.get(text_hash(text), published) is None  # a miss: analysed again, nothing lost


# -- the app's scheduler on a warm cache ---------------------------------------------------


def run_scheduler(cache: AnalysisCache, jobs: list) -> list[tuple[str, object]]:
    import asyncio

    from newsview.tui.analysis_runner import Scheduler

    delivered: list[tuple[str, object]] = []

    async def main() -> None:
        scheduler = Scheduler(lambda key, analysis, _: delivered.append((key, analysis)), cache,
                              workers=1)
        scheduler.queue(jobs)
        scheduler.finish_reading()
        await scheduler.run()

    asyncio.run(main())
    return delivered


def test_the_scheduler_gives_every_cached_analysis_over_several_look_ups_and_analyses_none(
        tmp_path: Path, monkeypatch) -> None:
    import newsview.tui.analysis_runner as runner

    texts = sample_texts()
    analyses = [analyse(text, published) for text, published in texts]
    cache = AnalysisCache(tmp_path / "c.sqlite3")
    cache.put_many((text_hash(text), published, analysis)
                   for (text, published), analysis in zip(texts, analyses, strict=True))
    monkeypatch.setattr(runner, "CACHE_BATCH", 2)  # several batches, each looked up ahead
    monkeypatch.setattr(runner, "analyse_batch", lambda jobs, explain=False: pytest.fail(
        f"analysed again: {[key for key, _, _ in jobs]}"))
    jobs = [(f"a{n}", text, published) for n, (text, published) in enumerate(texts)]
    delivered = run_scheduler(cache, jobs)
    assert delivered == [(f"a{n}", analysis) for n, analysis in enumerate(analyses)]


def test_a_damaged_cached_analysis_is_analysed_again_by_the_scheduler(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    (text, published), (other, other_date) = sample_texts()[:2]
    cache = AnalysisCache(path)
    cache.put(text_hash(text), published, analyse(text, published))
    cache.put(text_hash(other), other_date, analyse(other, other_date))
    db = sqlite3.connect(path)
    db.execute("UPDATE analyses SET data = x'00ff' WHERE text_hash = ?", (text_hash(text),))
    db.commit()
    db.close()
    delivered = dict(run_scheduler(cache, [("bad", text, published), ("good", other, other_date)]))
    assert delivered == {"bad": analyse(text, published), "good": analyse(other, other_date)}
    assert AnalysisCache(path).get(text_hash(text), published) == analyse(text, published)


def test_an_analysis_read_lazily_is_the_analysis_in_every_way() -> None:
    import copy
    import dataclasses
    import pickle

    from newsview.models.cache import CachedAnalysis, lazy_analysis_from_bytes
    from newsview.models.document import Analysis

    text, published = sample_texts()[0]
    analysis = analyse(text, published)
    data = analysis_to_bytes(analysis)

    def lazy() -> Analysis:
        read = lazy_analysis_from_bytes(data)
        assert type(read) is CachedAnalysis and isinstance(read, Analysis)  # not built yet
        return read

    assert lazy() == analysis and analysis == lazy()
    assert hash(lazy()) == hash(analysis)
    read = lazy()
    assert read.entities == analysis.entities and type(read) is Analysis  # built on first read
    assert read.chronology == analysis.chronology and read.sentences == analysis.sentences
    for copied in (pickle.loads(pickle.dumps(lazy())), copy.deepcopy(lazy())):
        assert type(copied) is Analysis and copied == analysis
    replaced = dataclasses.replace(lazy(), timexes=())
    assert type(replaced) is Analysis and replaced.entities == analysis.entities
    assert replaced.timexes == ()
    with pytest.raises(dataclasses.FrozenInstanceError):
        lazy().entities = ()  # type: ignore[misc]


def test_a_damaged_value_is_refused_when_read_lazily_not_when_used() -> None:
    from newsview.models.cache import lazy_analysis_from_bytes

    text, published = sample_texts()[0]
    data = analysis_to_bytes(analyse(text, published))
    damaged = data[:-8] + bytes(8)  # zlib's checksum no longer matches
    with pytest.raises(Exception):  # noqa: B017, PT011 - zlib.error, whatever its kind
        lazy_analysis_from_bytes(damaged)
