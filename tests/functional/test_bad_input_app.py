"""Issue 5, the app's side: bad files and hostile text opened in the app, through the reader
and the real engine, then read back from what the screen draws.

What must hold for every input: the app still runs on its main screen (no action was run, no
dialog opened), nothing drawn holds an escape or control character (they are shown as
symbols), markup is drawn as typed, the layout keeps its rows, a file that could not be read is
named in the visible list of problems, and every good file still opens.

The big inputs are written once for the module (``big_inputs``), not per test.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from appkit import option_texts
from textual import events
from textual.screen import ModalScreen

from newsview.models.document import Article
from newsview.models.reading import DEFAULT_MAX_ARTICLE_BYTES
from newsview.tui.app import NewsviewApp

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/: the bad-file maker
from bad_inputs import HOSTILE_NAME, HOSTILE_TEXT, write_bad_inputs  # noqa: E402

WIDE = (160, 45)
NARROW = (80, 24)
# Nothing the terminal would act on may be drawn: escapes, C0/C1 controls, bidi overrides.
FORBIDDEN = {chr(c) for c in range(0x20)} | {chr(c) for c in range(0x7F, 0xA0)} | {
    chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))
}


# -- reading the screen back ------------------------------------------------------------------


def screen_lines(app) -> list[str]:
    return [strip.text for strip in app.screen._compositor.render_strips()]


def assert_safe_screen(app, size: tuple[int, int]) -> None:
    """Still running on the main screen, nothing forbidden drawn, no link or click drawn from
    the text, every row as wide as the terminal, header on top and status and keys at the
    bottom."""
    assert app.is_running
    assert not isinstance(app.screen, ModalScreen), f"unexpected screen {app.screen!r}"
    strips = list(app.screen._compositor.render_strips())
    width, height = size
    assert len(strips) == height
    for row, strip in enumerate(strips):
        drawn = strip.text
        assert not FORBIDDEN & set(drawn), f"row {row} draws a control: {drawn!r}"
        assert strip.cell_length == width, f"row {row} is {strip.cell_length} cells"
        for segment in strip:
            style = segment.style
            if style is None:
                continue
            assert not style.link, f"row {row}: a link drawn over {segment.text!r}"
            assert "@click" not in repr(style.meta or {}) or _is_app_chrome(app, row)
    header = app.query_one("#header")
    assert header.region.y == 0 and header.region.height == 1
    assert app.query_one("#keys").region.y == height - 1
    assert app.query_one("#status").region.y == height - 2
    main = app.query_one("#main").region
    assert main.height >= 5 and main.width == width
    assert app.article_view.region.width >= 20


def _is_app_chrome(app, row: int) -> bool:
    # The key bar is the only place the app itself draws clickable keys.
    return app.query_one("#keys").region.y == row


async def settle(pilot, timeout: float = 60.0) -> None:
    """Until reading and every analysis are done and the screen has caught up; fails if that
    takes past ``timeout`` (a deadline for a hang, not a speed check: benchmarks time it)."""
    app = pilot.app
    deadline = time.monotonic() + timeout
    done = False
    while not done and time.monotonic() < deadline:
        # (shielded: giving up on the wait must not cancel the app's workers)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(
                asyncio.shield(app.workers.wait_for_complete()), deadline - time.monotonic()
            )
        await pilot.pause()
        done = not app.workers and app._reading_done and all(
            a.id in app.state.indexes or a.id in app.state.unanalysed for a in app.state.articles
        )
        if not done:
            await pilot.pause(0.05)
    assert done, f"reading and analysis not done after {timeout:g} s"
    await pilot.pause()
    await pilot.pause()


async def visit_every_article(pilot, size) -> list[str]:
    """Press ] through every article, checking the screen each time; the headers seen."""
    app = pilot.app
    headers = []
    for _ in range(len(app.state.articles)):
        assert_safe_screen(app, size)
        headers.append(screen_lines(app)[0])
        await pilot.press("right_square_bracket")
        await pilot.pause()
    return headers


async def click_across_the_text(pilot) -> None:
    """Click across the first rows of the article: a mention selects, nothing runs."""
    view = pilot.app.article_view
    content = view.content_region
    for row in range(min(2, content.height)):
        for column in range(row, content.width, 7):
            await pilot.click("#article", offset=(content.x - view.region.x + column,
                                                  content.y - view.region.y + row))
    await pilot.pause()


# -- inputs made once ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad") / "bad"
    return folder, write_bad_inputs(folder)


@pytest.fixture(scope="module")
def big_inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("big")
    words = "Maria Lopez met the mayor of Lima on 3 May 2024 and [bold]spoke[/] \x1b[31m. "
    one_line = folder / "one-line.txt"
    one_line.write_text((words * (2**20 // len(words) + 1))[: 2**20], encoding="utf-8")
    short_lines = folder / "short-lines.txt"
    short_lines.write_text(
        "".join(f"Line {n} [/] in Lima.\n" for n in range(100_000)), encoding="utf-8"
    )
    too_big = folder / "too-big.txt"
    block = "Nothing to see in Lima today, said Maria Lopez [b]calmly[/b].\n"
    too_big.write_text(block * (DEFAULT_MAX_ARTICLE_BYTES // len(block) + 2000), encoding="utf-8")
    return {"one_line": one_line, "short_lines": short_lines, "too_big": too_big}


# -- the generated bad files --------------------------------------------------------------------


async def test_bad_folder_lists_each_failure_and_opens_every_good_file(bad_folder):
    folder, cases = bad_folder
    app = NewsviewApp(paths=[str(folder)])
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert_safe_screen(app, WIDE)
        expected_articles = sum(case.articles for case in cases)
        # Files with the same text are shown once, the others named in its header ("also in").
        duplicates = sum(len(found) for found in app.state.duplicates.values())
        assert duplicates and len(app.state.articles) + duplicates == expected_articles
        # Every file that failed is named, with its reason, in the problems banner.
        banner = app.query_one("#problems")
        assert banner.display and banner.region.height >= 1
        failed = [case for case in cases if case.problem]
        drawn = "\n".join(screen_lines(app))
        # The count and the key that lists them all come first: the banner is cut at 3 lines.
        assert f"p: list all · {len(failed)} files could not be read: " in drawn
        await pilot.press("p")
        await pilot.pause()
        listed = "\n".join(screen_lines(app))
        for case in failed:
            assert case.name in listed, f"{case.name} not listed"
            assert case.problem in listed, f"{case.problem!r} not said"
        # The decoder's reason reads as a sentence ("starting at line 1", not "at at line 1").
        rows = "\n".join(option_texts(app.screen.query_one("#problems-list")))
        assert "Unterminated string starting at line 1 column 10" in rows
        assert " at at " not in rows
        await pilot.press("escape")
        await pilot.pause()
        # Every good file opens: its text drawn, its title (the file name) in the header.
        headers = "\n".join(await visit_every_article(pilot, WIDE))
        for case in cases:
            if case.articles and not case.problem:
                shown = case.name.replace("\x1b", "␛").replace("\x07", "␇")
                assert shown in headers, f"{case.name!r} never shown"
        assert app.state.current == app.state.articles[0].id  # wrapped round


async def test_a_failed_file_is_listed_in_full_even_after_many(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("The mayor of Lima spoke.\n", encoding="utf-8")
    paths = [str(tmp_path / f"missing-{n}-[bold]x[@click=app.quit]\x1b[2J.txt") for n in range(12)]
    paths.append(str(good))
    app = NewsviewApp(paths=paths)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        assert_safe_screen(app, NARROW)
        assert "12 files could not be read" in "\n".join(screen_lines(app))
        assert app.article_view.visible_text()[0] == "The mayor of Lima spoke."
        await pilot.press("p")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ModalScreen)
        await pilot.press("end")  # scroll to the last: all twelve are there
        await pilot.pause()
        rows = option_texts(screen.query_one("#problems-list"))
        assert len(rows) == 12 and all("no such file" in row.lower() for row in rows)
        # The last one is on screen, wrapped to the dialog, markup and escape as typed.
        seen = "".join(line.strip(" │") for line in screen_lines(app)).replace(" ", "")
        assert "missing-11-[bold]x[@click=app.quit]␛[2J.txt" in seen
        await pilot.press("escape")
        await pilot.pause()
        assert_safe_screen(app, NARROW)


# -- hostile text ---------------------------------------------------------------------------------


HOSTILE_TITLE = "[@click=app.quit]T[/] \x1b]0;owned\x07 [link=https://example.org]l[/link]"


def hostile_articles() -> list[Article]:
    text = (
        "Maria Lopez wrote from Lima on 3 May 2024. " + HOSTILE_TEXT
        + "Jose\u0301 Jeri\u0301 met [bold]Ana[/] in Bogota\u0301 on 4 May 2024.\n"
        + "Zero\u200bwidth\u200djoin, family \U0001f468\u200d\U0001f469\u200d\U0001f467, "
        + "Arabic \u0645\u0631\u062d\u0628\u0627 and Hebrew \u05e9\u05dc\u05d5\u05dd said Lopez.\n"
    )
    return [
        Article("[red]id\x1b[2J", "/tmp/[bold]x[/]\x1b[31m\x9b.txt", text, HOSTILE_TITLE,
                date(2024, 5, 5), "metadata"),
        Article("plain", "/tmp/plain.txt", "Lopez came back to Lima.\n", None, None, None),
    ]


@pytest.mark.parametrize("size", [WIDE, NARROW])
async def test_hostile_text_title_and_id_are_drawn_literally_and_run_nothing(size):
    app = NewsviewApp(articles=hostile_articles())
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        assert_safe_screen(app, size)
        drawn = "\n".join(screen_lines(app))
        # Header: the title as typed, escapes as symbols.
        assert "[@click=app.quit]T[/] ␛]0;owned␇ [link=https://example.org]l[/link]" in (
            screen_lines(app)[0]
        ) or size == NARROW  # cut with an ellipsis at 80 columns
        assert screen_lines(app)[0].startswith(" [@click=app.quit]T[/]")
        # Article pane: every line drawn as in the text, markup visible as typed.
        text_lines = app.article_view.visible_text()
        assert all(line in drawn for line in text_lines if line.isascii())
        joined = " ".join(text_lines)
        for literal in ("[bold]Lima[/]", "[@click=app.quit]quit[/]", "[link=https://example.org]",
                        "␛[31mred␛[0m", "␛]0;title␇", "[bold]Ana[/]"):
            assert literal in joined, literal
        # The entities the engine found are listed; the engine saw the hostile text too.
        rows = option_texts(app.entity_list)
        assert any("Lopez" in row for row in rows)
        assert app.state.index is not None
        if size == WIDE:  # the article list shows the hostile title as typed
            assert option_texts(app.article_list)[0].strip().endswith(
                "[@click=app.quit]T[/] ␛]0;owned␇ [link=https://example.org]l[/link]"
            ) or "[@click=app.quit]T[/]" in option_texts(app.article_list)[0]
        await click_across_the_text(pilot)
        for column in range(1, min(size[0], 100), 9):  # the header, where the title is, too
            await pilot.click("#header", offset=(column, 0))
        await pilot.pause()
        assert_safe_screen(app, size)
        # Every entity selected in turn: the status says its name, still drawn safely.
        for _ in range(len(rows)):
            await pilot.press("down")
            await pilot.pause()
            assert_safe_screen(app, size)
        await pilot.press("n", "n", "c", "down", "down", "t", "G", "g")
        await pilot.pause()
        assert_safe_screen(app, size)


async def test_hostile_names_in_the_palette_and_search_are_drawn_literally():
    app = NewsviewApp(articles=hostile_articles())
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"lopez")
        await pilot.pause(0.4)
        hits = "".join(screen_lines(app))
        assert "Lopez" in hits and "in [@click=app.quit]T[/] ␛]0;owned␇ [link=" in hits
        assert not FORBIDDEN & set(hits)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press(*"bold")
        await pilot.pause(0.4)
        found = "".join(screen_lines(app))
        assert "[bold]Lima[/]" in found or "[bold]Ana[/]" in found
        assert not FORBIDDEN & set(found)
        await pilot.press("escape")
        await pilot.pause()
        assert_safe_screen(app, WIDE)


async def test_hostile_file_and_record_from_disk(bad_folder):
    folder, _ = bad_folder
    paths = [str(folder / HOSTILE_NAME), str(folder / "hostile-record.jsonl"),
             str(folder / "hostile-text.txt")]
    app = NewsviewApp(paths=paths)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        # The record and hostile-text.txt hold the same text: shown once, "also in" the other.
        assert len(app.state.articles) == 2
        headers = await visit_every_article(pilot, WIDE)
        assert "[bold]x[@click=app.quit]␛[31m evil␇.txt" in headers[0]
        assert "[@click=app.quit]T␛]0;x␇" in headers[1] and "also in: hostile-text.txt" in headers[1]
        rows = [app.article_list.row_text(n) for n in range(2)]
        assert any("[@click=app.quit]T␛]0;x␇" in row for row in rows)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert "Markup [bold]Lima[/] and [@click=app.quit]quit[/]" in " ".join(
            app.article_view.visible_text()
        )
        assert_safe_screen(app, WIDE)


async def test_a_notification_with_a_hostile_file_name_is_drawn_literally(tmp_path):
    app = NewsviewApp(articles=hostile_articles()[:1])
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        target = tmp_path / "[bold]out[@click=app.quit]\x1b[31m.json"
        app._exported(app._write_export(str(target), "json", False, False))
        await pilot.pause(0.2)
        toasts = "".join(screen_lines(app))
        assert "[bold]out[@click=app.quit]␛[31m.json" in toasts
        assert not FORBIDDEN & set(toasts)
        assert json.loads(target.read_text(encoding="utf-8"))  # the export itself is whole
        assert app.is_running


# -- big inputs -------------------------------------------------------------------------------


async def scroll_end_and_back(pilot) -> None:
    view = pilot.app.article_view
    view.focus()
    await pilot.press("G")
    await until(pilot, lambda: view.scroll_offset.y == view.max_scroll_y > 0)  # it may animate
    await pilot.press("g")
    await until(pilot, lambda: view.scroll_offset.y == 0)


async def until(pilot, condition, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        await pilot.pause(0.02)
    assert condition()


async def test_a_single_line_of_one_megabyte(big_inputs):
    app = NewsviewApp(paths=[str(big_inputs["one_line"])])
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert app.article_view.line_count > 1000  # wrapped to the pane
        assert app.article_view.visible_text()[0].startswith("Maria Lopez met the mayor of Lima")
        assert "[bold]spoke[/] ␛[31m" in " ".join(app.article_view.visible_text())
        assert app.state.index is not None
        assert_safe_screen(app, WIDE)
        await scroll_end_and_back(pilot)
        assert_safe_screen(app, WIDE)


async def test_a_hundred_thousand_short_lines(big_inputs):
    app = NewsviewApp(paths=[str(big_inputs["short_lines"])])
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        view = app.article_view
        assert view.line_count == 100_001
        assert view.visible_text()[:2] == ["Line 0 [/] in Lima.", "Line 1 [/] in Lima."]
        assert_safe_screen(app, NARROW)
        await scroll_end_and_back(pilot)
        assert_safe_screen(app, NARROW)


async def test_a_text_over_the_size_limit_opens_as_text_only_with_a_notice(big_inputs):
    app = NewsviewApp(paths=[str(big_inputs["too_big"])])
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert app.state.index is None  # not analysed
        assert app.article_view.visible_text()[0] == (
            "Nothing to see in Lima today, said Maria Lopez [b]calmly[/b]."
        )
        assert "too large to analyse" in app.status.message.lower()
        drawn = "\n".join(screen_lines(app))
        assert "too large to analyse" in drawn.lower()
        assert_safe_screen(app, WIDE)
        await scroll_end_and_back(pilot)


# -- many articles ------------------------------------------------------------------------------


NAMES = ["Maria Lopez", "John Smith", "Aiko Tanaka", "Pavel Novak", "Rosa Diaz", "Omar Farouk"]
PLACES = ["Paris", "Lima", "Oslo", "Quito", "Dakar", "Hanoi"]


@pytest.fixture(scope="module")
def many_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("many")
    for n in range(2000):
        name, place = NAMES[n % 6], PLACES[n // 6 % 6]
        (folder / f"article-{n:04}.txt").write_text(
            f"{name} arrived in {place} on {n % 28 + 1} May 2024. {NAMES[(n + 1) % 6]} said "
            f"the visit to {place} went well. Later {name.split()[1]} left. (Report {n}.)\n"
            # (Numbered: articles with the same text would be shown once.)
            # Enough text (700,000 characters in all) that analysis goes to worker processes.
            + "The council met again the following week and the talks went on for hours. " * 3
            + "\n",
            encoding="utf-8",
        )
    (folder / "zz-broken.json").write_text('{"text": ', encoding="utf-8")
    return folder


async def test_two_thousand_articles_keep_keys_answered_with_progress_shown(many_folder):
    app = NewsviewApp(paths=[str(many_folder)])
    async with app.run_test(size=WIDE) as pilot:
        for _ in range(400):
            await pilot.pause(0.05)
            if app.state.index is not None and app.entity_list.option_count > 2:
                break
        assert app.state.index is not None
        app.entity_list.focus()
        answered_while_analysing = 0
        progress_seen = False
        while len(app.state.indexes) < 2000 and answered_while_analysing < 200:
            bars = app.query("#progress")
            progress_seen |= bool(bars) and bars.first().display and bars.first().region.height > 0
            # A key as the terminal sends it, until the cursor has moved (not until the app is
            # idle, which pilot.press waits for: that is the end of the analysis). How long
            # each takes is benchmarks/bench_tui.py's "many articles" figure, not a test's.
            before = app.entity_list.highlighted
            key = "j" if answered_while_analysing % 8 < 4 else "k"
            app.post_message(events.Key(key, key))
            deadline = time.monotonic() + 5
            while app.entity_list.highlighted == before and time.monotonic() < deadline:
                await asyncio.sleep(0.002)
            assert app.entity_list.highlighted != before, "a key went unanswered for 5 s"
            if len(app.state.indexes) < 2000:  # the cursor moved before the analysis ended
                answered_while_analysing += 1
            await asyncio.sleep(0.03)
        assert progress_seen, "no progress bar while analysing"
        assert answered_while_analysing >= 5, (
            f"only {answered_while_analysing} keys answered before the analysis ended"
        )
        await settle(pilot, timeout=120)
        assert len(app.state.indexes) == 2000
        assert not app.query_one("#progress").display
        assert "1 file could not be read" in "\n".join(screen_lines(app))
        assert "zz-broken.json" in "\n".join(screen_lines(app))
        assert_safe_screen(app, WIDE)
