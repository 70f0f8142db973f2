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
