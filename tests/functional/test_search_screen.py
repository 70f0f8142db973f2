"""The `/` search screen, driven with Pilot on a small host app that has the app's keys."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Input, Static

from newsview.models.document import Entity, Mention
from newsview.tui.widgets.search import SearchResult, SearchResults, SearchScreen

HOSTILE = "[@click=app.quit]"
FIRST = (
    "La ministra Inés Quispe Ñahui visitó Cusco. Quispe habló [bold]fuerte[/] ante "
    + HOSTILE
    + " y luego Inés Quispe Ñahui volvió."
)
SECOND = "Otro día en Cusco, con Tomás Oré."


def mention(text: str, form: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(form, start + 1)
    return Mention(start, start + len(form), form)


ENTITIES = {
    "first": (
        Entity("quispe", "Inés Quispe Ñahui", "PERSON", (
            mention(FIRST, "Inés Quispe Ñahui"), mention(FIRST, "Quispe", 1),
            mention(FIRST, "Inés Quispe Ñahui", 1),
        )),
        Entity("cusco", "Cusco", "GPE", (mention(FIRST, "Cusco"),)),
        Entity("hostile", "[bold]Fuerte[/]", "ORG", (mention(FIRST, "[bold]fuerte[/]"),)),
    ),
    "second": (
        Entity("cusco", "Cusco", "GPE", (mention(SECOND, "Cusco"),)),
        Entity("ore", "Tomás Oré", "PERSON", (mention(SECOND, "Tomás Oré"),)),
    ),
}
TEXTS = {"first": FIRST, "second": SECOND}
TITLES = {"first": "[b]Primera[/b] nota", "second": "Segunda"}


class HostApp(App[None]):
    """Stands in for the newsview app: the same printable keys, bound normally and with
    priority, each leaving a trace when it fires."""

    BINDINGS = [
        Binding("slash", "search", "Search"),
        Binding("q", "mark('q')", "Quit"),
        Binding("n", "mark('n')", "Next mention"),
        Binding("1", "mark('1')", "People"),
        Binding("left_square_bracket", "mark('[')", "Previous article", priority=True),
        Binding("question_mark", "mark('?')", "Keys", priority=True),
    ]

    def __init__(self, texts=TEXTS, entities=ENTITIES, titles=TITLES) -> None:
        super().__init__()
        self.fired: list[str] = []
        self.results: list[SearchResult | None] = []
        self.texts, self.entities, self.titles = texts, entities, titles

    def compose(self) -> ComposeResult:
        yield Static("article pane", id="article")

    def action_mark(self, key: str) -> None:
        self.fired.append(key)

    def action_search(self) -> None:
        screen = SearchScreen(self.texts, self.entities, titles=self.titles)
        self.push_screen(screen, self.results.append)


def option_texts(screen: SearchScreen) -> list[str]:
    return [option.prompt.plain for option in screen.query_one(SearchResults).options]


def rendered(screen: SearchScreen) -> str:
    """The text of the result list as drawn on screen."""
    results = screen.query_one(SearchResults)
    return "\n".join(results.render_line(y).text for y in range(results.size.height))


async def open_search(pilot) -> SearchScreen:
    await pilot.press("slash")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, SearchScreen)
    return screen


async def test_keys_typed_into_the_input_stay_there():
    app = HostApp()
    async with app.run_test() as pilot:
        await pilot.press("n", "question_mark")
        assert app.fired == ["n", "?"]  # the host's keys do fire outside the search
        app.fired.clear()
        screen = await open_search(pilot)
        await pilot.press("q", "n", "1", "left_square_bracket", "question_mark")
        await pilot.pause()
        assert screen.query_one(Input).value == "qn1[?"
        assert app.fired == []
        assert app.screen is screen and app.is_running
        assert app.results == []


async def test_typing_lists_entities_first_then_text_with_context():
    app = HostApp()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_search(pilot)
        await pilot.press(*"cusco")
        await pilot.pause()
        texts = option_texts(screen)
        assert texts[0] == "Names (2)"
        assert texts[1].startswith("Cusco  place · 1 mention")
        assert texts[2].startswith("Cusco  place · 1 mention")
        assert texts[3] == "Text (2)"
        assert "visitó Cusco. Quispe" in texts[4]
        assert texts[5].startswith("Segunda: Otro día en Cusco")
        assert [r.entity_id for r in screen.results] == ["cusco", "cusco", None, None]
        assert "Names (2)" in rendered(screen)


async def test_accent_blind_fuzzy_name_search():
    app = HostApp()
    async with app.run_test() as pilot:
        screen = await open_search(pilot)
        await pilot.press(*"quispe nahui")
        await pilot.pause()
        assert screen.results[0] == SearchResult("first", "quispe", 12, 29)
        prompt = screen.query_one(SearchResults).get_option_at_index(1).prompt
        underlined = [prompt.plain[a:b] for a, b, style in prompt.spans if style == "underline"]
        assert underlined == ["Quispe", "Ñahui"]  # the words the query matched
        screen.query_one(Input).value = "ORE"
        await pilot.pause()
        assert screen.results[0].entity_id == "ore"


async def test_enter_returns_the_highlighted_result():
    app = HostApp()
    async with app.run_test() as pilot:
        screen = await open_search(pilot)
        await pilot.press(*"quispe")
        await pilot.pause()
        first = screen.results[0]
        assert first.entity_id == "quispe"
        await pilot.press("enter")
        await pilot.pause()
        assert app.results == [first]
        assert not isinstance(app.screen, SearchScreen)
        assert app.fired == []


async def test_down_moves_in_the_list_and_enter_takes_that_row():
    app = HostApp()
    async with app.run_test() as pilot:
        screen = await open_search(pilot)
        await pilot.press(*"cusco")
        await pilot.pause()
        await pilot.press("down", "down")  # past the second "Cusco" and over the "Text" header
        assert screen.query_one(Input).has_focus
        expected = SearchResult("first", None, FIRST.index("Cusco"), FIRST.index("Cusco") + 5)
        assert screen.highlighted_result == expected
        await pilot.press("enter")
        await pilot.pause()
        assert app.results == [expected]


async def test_text_match_offsets_point_at_the_original_text():
    app = HostApp()
    async with app.run_test() as pilot:
        screen = await open_search(pilot)
        await pilot.press(*"volvio")
        await pilot.pause()
        (result,) = screen.results
        assert FIRST[result.start : result.end] == "volvió"
        assert result.entity_id is None


async def test_escape_returns_none_and_changes_nothing():
    app = HostApp()
    async with app.run_test() as pilot:
        screen = await open_search(pilot)
        await pilot.press(*"cusco")
        await pilot.press("escape")
        await pilot.pause()
        assert app.results == [None]
        assert app.screen is not screen
        assert app.fired == []


async def test_enter_with_no_match_keeps_the_screen_open():
    app = HostApp()
    async with app.run_test() as pilot:
        screen = await open_search(pilot)
        await pilot.press(*"zzzz", "enter")
        await pilot.pause()
        assert app.screen is screen and app.results == []
        summary = screen.query_one("#search-summary", Static).render()
        assert "No matches for “zzzz”" in str(summary)


async def test_hostile_markup_is_shown_literally_and_runs_nothing():
    app = HostApp()
    async with app.run_test(size=(110, 30)) as pilot:
        screen = await open_search(pilot)
        screen.query_one(Input).value = "[@click=app.quit]"
        await pilot.pause()
        texts = option_texts(screen)
        assert any(HOSTILE in text for text in texts)
        assert HOSTILE in rendered(screen)
        screen.query_one(Input).value = "fuerte"
        await pilot.pause()
        texts = option_texts(screen)
        assert texts[1].startswith("[bold]Fuerte[/]  organisation")
        assert "[b]Primera[/b] nota" in texts[1]
        assert "[bold]fuerte[/]" in texts[3]
        drawn = rendered(screen)
        assert "[bold]Fuerte[/]" in drawn and "[b]Primera[/b]" in drawn
        # Clicking the rows (whose text holds "@click") selects them and quits nothing.
        await pilot.click(SearchResults, offset=(20, 1))
        await pilot.pause()
        assert app.is_running
        hostile = ENTITIES["first"][2].mentions[0]
        assert app.results == [SearchResult("first", "hostile", hostile.start, hostile.end)]


async def test_single_article_shows_no_titles():
    app = HostApp(texts={"first": FIRST}, entities={"first": ENTITIES["first"]}, titles={})
    async with app.run_test() as pilot:
        screen = await open_search(pilot)
        await pilot.press(*"cusco")
        await pilot.pause()
        texts = option_texts(screen)
        assert texts == ["Names (1)", "Cusco  place · 1 mention", "Text (1)", texts[3]]
        assert "Inés Quispe Ñahui visitó Cusco." in texts[3]
        assert "Primera" not in texts[3]  # one article: no titles


async def test_with_many_articles_text_matches_come_from_each():
    texts = {f"a{n}": "Cusco. " * 20 for n in range(4)}
    app = HostApp(texts=texts, entities={}, titles={})
    async with app.run_test() as pilot:
        screen = await open_search(pilot)
        await pilot.press(*"cusco")
        await pilot.pause()
        articles = [result.article_id for result in screen.results]
        assert articles == ["a0"] * 5 + ["a1"] * 5 + ["a2"] * 5 + ["a3"] * 5
        assert option_texts(screen)[0] == "Text (20+)"  # each article has more


async def test_each_text_match_fits_on_one_line():
    text = " ".join(f"palabra{n}" for n in range(400)) + " Cusco " + "fin " * 100
    for size in ((80, 24), (160, 40)):
        app = HostApp(texts={"a": text, "b": text}, entities={}, titles={"a": "Uno", "b": "Dos"})
        async with app.run_test(size=size) as pilot:
            screen = await open_search(pilot)
            await pilot.press(*"cusco")
            await pilot.pause()
            results = screen.query_one(SearchResults)
            width = results.scrollable_content_region.width
            rows = option_texts(screen)[1:]
            assert len(rows) == 2
            assert all(len(row) <= width for row in rows)
            assert all(len(row) >= width - 20 for row in rows)  # and uses the room there is


async def test_rows_refit_when_the_terminal_is_resized():
    text = " ".join(f"palabra{n}" for n in range(400)) + (" Cusco " + "fin " * 100) * 2
    app = HostApp(texts={"a": text}, entities={}, titles={})
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_search(pilot)
        await pilot.press(*"cusco")
        await pilot.pause()
        narrow = option_texts(screen)[1]
        await pilot.press("down")
        chosen = screen.highlighted_result
        assert chosen == screen.results[1]
        await pilot.resize_terminal(160, 40)
        await pilot.pause()
        wide = option_texts(screen)[1]
        assert len(wide) > len(narrow) + 40
        assert screen.query_one(Input).value == "cusco"
        assert screen.highlighted_result == chosen
