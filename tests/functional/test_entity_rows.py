"""A long entity name is cut with an ellipsis so its count stays on the same line, at any width."""

from __future__ import annotations

from appkit import build_analysis, story_article

from newsview.tui.app import NewsviewApp

LONG = "Andrés Manuel López Obrador de la Santísima Trinidad"
TEXT = f"{LONG} spoke in Paris. Later {LONG} left Paris for Lima.\n"
ENTITIES = [
    ("amlo", LONG, "PERSON", [LONG], []),
    ("paris", "Paris", "GPE", ["Paris"], []),
    ("lima", "Lima", "GPE", ["Lima"], []),
]


def screen_lines(app) -> list[str]:
    return [strip.text for strip in app.screen._compositor.render_strips()]


async def check_row_at(size: tuple[int, int]) -> None:
    app = NewsviewApp(articles=[story_article(text=TEXT)],
                      analyses=[build_analysis(TEXT, ENTITIES, [])])
    async with app.run_test(size=size) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        region = app.entity_list.region
        pane = [line[region.x : region.right] for line in screen_lines(app)[region.y : region.bottom]]
        rows = [i for i, line in enumerate(pane) if "Andrés" in line]
        assert rows, pane
        row = pane[rows[0]]
        assert "Andrés Manuel" in row and "…  2" in row  # name, ellipsis and count on one line
        assert pane[rows[0] + 1].strip() not in ("2", "")  # no count left alone below it


async def test_long_name_keeps_its_count_on_its_line_wide() -> None:
    await check_row_at((160, 45))


async def test_long_name_keeps_its_count_on_its_line_narrow() -> None:
    await check_row_at((80, 24))


async def test_rows_that_overflow_the_pane_are_cut_once_for_the_width_beside_its_scrollbar(
        monkeypatch) -> None:
    # The rows are cut for the width they are drawn at from the start: cut for the width the
    # pane had before its scrollbar showed, they were all cut again (and the screen laid out
    # twice) just as the analysis arrived.
    import time

    import newsview.tui.analysis_runner as runner
    from newsview.tui.widgets.entity_list import EntityList

    names = [f"Person Number{n} Longname" for n in range(30)]
    text = " ".join(f"{name} spoke." for name in names) + "\n"
    entities = [(f"p{n}", name, "PERSON", [name], []) for n, name in enumerate(names)]
    widths: list[tuple[int, int]] = []  # (the pane's width inside its border, rows' width)
    real_show = EntityList.show

    def show(self) -> None:
        real_show(self)
        if self.state.index is not None:  # rows of entities, not the one "analysing…" row
            widths.append((self.content_region.width, self._shown_width))

    monkeypatch.setattr(EntityList, "show", show)
    analysis = build_analysis(text, entities, [])

    def analyse_later(jobs, explain=False):  # the engine, done after the first frames
        time.sleep(0.3)
        return [(key, analysis) for key, _, _ in jobs]

    monkeypatch.setattr(runner, "analyse_batch", analyse_later)
    app = NewsviewApp(articles=[story_article(text=text)], cache=None)
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(100):
            await pilot.pause(0.02)
            if app.state.index is not None:
                break
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        assert app.state.index is not None and app.state.index.analysis is analysis
        pane = app.entity_list
        assert pane.show_vertical_scrollbar  # 30 people: more rows than the pane has lines
        final = pane.content_region.width
        # every time the rows were cut at the pane's final size, for the width beside the bar
        cut = [shown for inside, shown in widths if inside == final]
        assert cut == [pane.scrollable_content_region.width]
        region = pane.region
        rows = [line[region.x : region.right] for line in screen_lines(app)[region.y : region.bottom]]
        assert any("Person Number0" in row and row.rstrip("│▁▂▃▄▅▆▇█▊▌ ").endswith("1") for row in rows)


async def test_a_groups_header_keeps_to_one_line_in_a_narrow_pane() -> None:
    from newsview.seeds import seed_paths  # the sample: "Organisations · 9 mentions" is long

    app = NewsviewApp(paths=[str(path) for path in seed_paths()], cache=None)
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(100):
            await pilot.pause(0.02)
            if app.state.index is not None:
                break
        await pilot.pause()
        pane = app.entity_list
        headers = [str(pane.get_option_at_index(k).prompt) for k in range(pane.option_count)
                   if pane.get_option_at_index(k).disabled]
        assert any(header.startswith("Organisations · ") for header in headers)
        # a terminal wraps a longer header onto a second line ("mentions" alone)
        assert all(len(header) <= pane.scrollable_content_region.width for header in headers)
