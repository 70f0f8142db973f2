"""Start-up: the first article as the forked child read and analysed it is shown before the
app's own reader delivers it, never twice, and never when the file changed in between."""

from __future__ import annotations

import os
import time
from concurrent.futures import CancelledError
from datetime import date

import pytest
from appkit import option_texts

from newsview.models.analysis import analyse
from newsview.tui.app import NewsviewApp
from newsview.tui.first_article import start_first_analysis

FIRST = "Maria Lopez met John Smith in Paris on 3 May 2024. Lopez left.\n"
SECOND = "Aiko Tanaka flew to Oslo on 4 May 2024.\n"
DAY = date(2024, 5, 4)


def started(paths: list[str]):
    future = start_first_analysis(paths, DAY)
    if future is None:
        pytest.skip("forking is not safe here (threads running)")
    future.result(timeout=60)  # done before the app starts: it must take the child's article
    return future


async def settle(pilot) -> None:
    for _ in range(200):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        app = pilot.app
        if app._reading_done and len(app.state.indexes) == len(app.state.articles):
            break
        await pilot.pause(0.02)


async def test_the_childs_first_article_is_shown_and_the_readers_copy_dropped(tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(FIRST, encoding="utf-8")
    second.write_text(SECOND, encoding="utf-8")
    paths = [str(first), str(second)]
    future = started(paths)
    app = NewsviewApp(paths=paths, default_date=DAY, first_analysis=future)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        state = app.state
        assert [a.text for a in state.articles] == [FIRST, SECOND]  # not three
        assert state.articles[0] is future.result()[3]  # the child's, shown first
        assert state.indexes[state.articles[0].id].analysis == analyse(FIRST, DAY)
        assert state.indexes[state.articles[1].id].analysis == analyse(SECOND, DAY)
        assert app.article_view.visible_text()[0] == FIRST.strip()
        assert not app.query("#progress") or not app.query_one("#progress").display


async def test_a_file_changed_between_the_two_readings_shows_the_readers_text(tmp_path):
    first = tmp_path / "a.txt"
    first.write_text(FIRST, encoding="utf-8")
    future = started([str(first)])
    changed = "Rosa Diaz opened the Quito office on 5 May 2024.\n"
    first.write_text(changed, encoding="utf-8")  # after the child read it
    app = NewsviewApp(paths=[str(first)], default_date=DAY, first_analysis=future)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        state = app.state
        assert [a.text for a in state.articles] == [changed]
        assert state.indexes[state.articles[0].id].analysis == analyse(changed, DAY)
        assert app.article_view.visible_text()[0] == changed.strip()
        rows = option_texts(app.entity_list)
        assert any("Rosa Diaz" in row for row in rows)
        assert not any("Lopez" in row for row in rows)


async def test_closing_the_app_ends_a_first_analysis_still_at_work(tmp_path):
    from newsview.tui.first_article import ChildFailed

    path = tmp_path / "long.txt"
    path.write_text(FIRST * 20_000, encoding="utf-8")  # seconds of analysis
    future = start_first_analysis([str(path)], DAY)
    if future is None:
        pytest.skip("forking is not safe here (threads running)")
    app = NewsviewApp(paths=[str(path)], default_date=DAY, first_analysis=future)
    pid = future.child_pid
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        assert app.state.index is None and not future.done()  # still analysing
    # Ended with the app, not left to run for seconds: its result never comes.
    with pytest.raises((ChildFailed, CancelledError)):
        future.result(timeout=30)
    for _ in range(100):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.05)
    else:
        pytest.fail("the child is still there")


async def test_with_the_childs_article_ready_the_reader_starts_after_the_first_frame(
        tmp_path, monkeypatch):
    # The first frame shows the child's article populated; the reader (a thread: its imports
    # and reading would take the interpreter's lock from that frame's layout) starts after it.
    import newsview.models.reading as reading

    first = tmp_path / "a.txt"
    first.write_text(FIRST, encoding="utf-8")
    future = started([str(first)])
    frames_when_read: list[int] = []
    real = reading.iter_articles

    def counted(*args, **kwargs):
        frames_when_read.append(len(app.frames))
        return real(*args, **kwargs)

    monkeypatch.setattr(reading, "iter_articles", counted)

    class Recorder(NewsviewApp):
        frames: list[bool] = []

        def _display(self, screen, renderable) -> None:
            super()._display(screen, renderable)
            self.frames.append(self.state.index is not None and self.entity_list.option_count > 0)

    app = Recorder(paths=[str(first)], default_date=DAY, first_analysis=future)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        assert [a.text for a in app.state.articles] == [FIRST]  # read once the reader ran
    assert app.frames[0]  # the first frame is the populated screen
    assert frames_when_read and frames_when_read[0] >= 1
