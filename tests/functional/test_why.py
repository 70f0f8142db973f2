"""`w`: why the engine read the selected entity, or the chronology row's time expression, so."""

from __future__ import annotations

from datetime import date

from appkit import WIDE, screen_text, settle

from newsview.models.document import Article
from newsview.tui.app import NewsviewApp
from newsview.tui.widgets.why import WhyScreen

TEXT = ("Tony Blair met George Bush in Washington on Monday. Later Blair said the Quorin Group "
        "[@click=app.quit] would pay.\n")


def blair_app() -> NewsviewApp:
    article = Article("blair", "/tmp/blair.txt", TEXT, None, date(2005, 3, 1), "metadata")
    return NewsviewApp(articles=[article])


async def test_w_explains_the_selected_entity_with_its_evidence_and_links():
    app = blair_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        app.state.select_entity("tony-blair")
        await pilot.press("w")
        await settle(pilot)
        assert isinstance(app.screen, WhyScreen)
        drawn = screen_text(app)
        assert "Why Tony Blair" in drawn and "Tony Blair: Person" in drawn
        assert "Evidence (fitted weight" in drawn
        assert "Blair: surname of Tony Blair" in drawn
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, WhyScreen)


async def test_w_on_a_chronology_row_explains_its_time_expression():
    app = blair_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await pilot.press("down")
        await settle(pilot)
        assert app.state.selected_event is not None
        await pilot.press("w")
        await settle(pilot)
        drawn = screen_text(app)
        assert "“Monday” → " in drawn and "28 Feb 2005" in drawn
        assert "the Monday before 2005-03-01: past tense ('met')" in drawn


async def test_w_with_nothing_in_hand_says_what_to_select():
    text = "Nobody named anything here, and nothing happened.\n"
    article = Article("plain", "/tmp/plain.txt", text, None, date(2005, 3, 1), "metadata")
    app = NewsviewApp(articles=[article])
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("w")
        await settle(pilot)
        assert not isinstance(app.screen, WhyScreen)
        assert "Select an entity or a chronology row" in screen_text(app)


async def test_a_name_written_as_markup_is_shown_as_written():
    article = Article("markup", "/tmp/m.txt", "Reporters asked [b]Quorin[/b] Group staff.\n",
                      None, date(2005, 3, 1), "metadata")
    app = NewsviewApp(articles=[article])
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        entity = app.state.index.analysis.entities[0]
        app.state.select_entity(entity.id)
        await pilot.press("w")
        await settle(pilot)
        assert isinstance(app.screen, WhyScreen)
        assert f"Why {entity.name}" in screen_text(app)
