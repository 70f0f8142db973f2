"""The first frames after start-up are drawn at the panes' real width: the article's lines are
wrapped for the pane (not cut at its edge: "announced the official sever"), and a long entity
name is cut with an ellipsis, not wrapped onto a second row. Every frame the app draws is
recorded, from the first one."""

from __future__ import annotations

from datetime import date

import pytest
from appkit import NARROW, WIDE, settle

from newsview.models.document import Analysis, Article, Entity, Mention
from newsview.tui.app import NewsviewApp

LONG_NAME = "International Committee of the Red Cross Delegation"
TEXT = (
    f"The {LONG_NAME} announced the official severance of its mission on Monday, after "
    "officials in Lima and Quito said that the talks between the two governments had failed "
    "and that the border would stay closed until further notice.\n"
) * 6


class FrameRecorder(NewsviewApp):
    """The app, keeping the text of every frame it draws."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.frames: list[tuple[list[str], object, object]] = []

    def _display(self, screen, renderable) -> None:
        super()._display(screen, renderable)
        if not self.screen.query("#article"):
            return
        view, entities = self.article_view, self.entity_list
        lines = [strip.text for strip in screen._compositor.render_strips()]
        self.frames.append((lines, view.scrollable_content_region, entities.scrollable_content_region))


def long_name_app() -> FrameRecorder:
    start = TEXT.index(LONG_NAME)
    mentions = tuple(
        Mention(i, i + len(LONG_NAME), LONG_NAME)
        for i in range(start, len(TEXT), len(TEXT) // 6)
    )
    analysis = Analysis((), (Entity("icrc", LONG_NAME, "ORG", mentions),), (), ())
    article = Article("long", "/tmp/long.txt", TEXT, "Long", date(2024, 5, 6), "metadata")
    return FrameRecorder(articles=[article], analyses=[analysis])


@pytest.mark.parametrize("size", [WIDE, NARROW, (200, 60)])
async def test_every_frame_wraps_the_text_and_cuts_names_for_the_panes_width(size) -> None:
    app = long_name_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
    shown = [frame for frame in app.frames if any("severance" in line for line in frame[0])]
    assert shown, "no frame showed the text"
    words = set(TEXT.split())
    for lines, text, entities in shown:
        for line in lines[text.y : text.bottom]:
            drawn = line[text.x : text.right].split()
            # every word drawn in the text pane is whole (a cut one is not a word of the text)
            assert all(word in words for word in drawn), line
        for line in lines[entities.y : entities.bottom]:
            names = line[entities.x : entities.right]
            assert not ("Delegation" in names and "International" not in names), line
