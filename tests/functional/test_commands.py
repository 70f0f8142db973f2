"""The command palette provider, driven with Pilot through Textual's own palette."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.command import CommandList, CommandPalette
from textual.widgets import Static

from newsview.models.document import Entity, Mention
from newsview.tui.commands import NewsviewCommands

TEXT = "José Jerí habló. Luego Jerí y [@click=app.quit] y Andrés Manuel López Obrador."
HOSTILE = "[@click=app.quit]"


def mention(form: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(form, start + 1)
    return Mention(start, start + len(form), form)


ENTITIES = (
    Entity("jeri", "José Jerí", "PERSON", (mention("José Jerí"), mention("Jerí", 1))),
    Entity("hostile", HOSTILE, "ORG", (mention(HOSTILE),)),
    Entity("amlo", "Andrés Manuel López Obrador", "PERSON",
           (mention("Andrés Manuel López Obrador"),)),
)
OTHER = (Entity("jeri", "José Jerí", "PERSON", (Mention(0, 9, "José Jerí"),)),)


class PaletteHost(App[None]):
    """Stands in for the newsview app: gives actions and entities, records what was chosen."""

    COMMANDS = App.COMMANDS | {NewsviewCommands}

    def __init__(self, articles=(("one", "[b]Uno[/b]", ENTITIES),)) -> None:
        super().__init__()
        self.articles = articles
        self.selected: list[tuple[str, str]] = []
        self.ran: list[str] = []

    def compose(self) -> ComposeResult:
        yield Static("article")

    def palette_actions(self):
        return [
            ("Next mention", "n: jump to the next mention", lambda: self.ran.append("next")),
            ("Show [bold]keys[/]", "?: every [@click=app.quit]key", lambda: self.ran.append("k")),
        ]

    def palette_entities(self):
        return self.articles

    def select_entity(self, article_id: str, entity_id: str) -> None:
        self.selected.append((article_id, entity_id))


class BindingsOnlyHost(App[None]):
    """An app without ``palette_actions``: its bindings become the commands."""

    COMMANDS = {NewsviewCommands}
    BINDINGS = [
        Binding("1", "toggle('People')", "Toggle People"),
        Binding("x", "toggle('hidden')", ""),  # no description: not offered
    ]

    def __init__(self) -> None:
        super().__init__()
        self.toggled: list[str] = []

    def compose(self) -> ComposeResult:
        yield Static("article")

    def action_toggle(self, name: str) -> None:
        self.toggled.append(name)


async def open_palette(pilot, query: str) -> list[str]:
    """Open the palette, type ``query``; the hits' lines as plain text."""
    await pilot.press("ctrl+p")
    await pilot.pause()
    assert CommandPalette.is_open(pilot.app)
    await pilot.press(*query)
    return await palette_lines(pilot)


async def palette_lines(pilot) -> list[str]:
    for _ in range(20):
        await pilot.pause(0.05)
        await pilot.app.workers.wait_for_complete()
        options = pilot.app.screen.query_one(CommandList).options
        if options:
            break
    return [option.prompt.plain for option in options]


def drawn(pilot) -> str:
    command_list = pilot.app.screen.query_one(CommandList)
    return "\n".join(command_list.render_line(y).text for y in range(command_list.size.height))


async def test_accent_blind_entity_jump():
    app = PaletteHost()
    async with app.run_test(size=(100, 30)) as pilot:
        lines = await open_palette(pilot, "jeri")
        assert lines[0].startswith("Go to José Jerí  (person, 2 mentions)")
        prompt = app.screen.query_one(CommandList).get_option_at_index(0).prompt
        marked = [prompt.plain[a:b] for a, b, style in prompt.spans if style != "bold"]
        assert "Jerí" in marked  # the matched word is highlighted
        await pilot.press("enter")
        await pilot.pause()
        if CommandPalette.is_open(app):  # the first Enter may only highlight
            await pilot.press("enter")
            await pilot.pause()
        assert app.selected == [("one", "jeri")]
        assert app.is_running


async def test_words_of_a_long_name_find_it():
    app = PaletteHost()
    async with app.run_test(size=(100, 30)) as pilot:
        lines = await open_palette(pilot, "lopez obrador")
        assert any(line.startswith("Go to Andrés Manuel López Obrador") for line in lines)


async def test_actions_are_offered_and_run():
    app = PaletteHost()
    async with app.run_test(size=(100, 30)) as pilot:
        lines = await open_palette(pilot, "next mention")
        assert lines[0] == "Next mention\nn: jump to the next mention"
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.ran == ["next"]


async def test_discovery_lists_the_actions_with_help():
    app = PaletteHost()
    async with app.run_test(size=(100, 30)) as pilot:
        lines = await open_palette(pilot, "")
        assert "Next mention\nn: jump to the next mention" in lines
        assert "Show [bold]keys[/]\n?: every [@click=app.quit]key" in lines


async def test_hostile_names_labels_and_titles_show_literally_and_run_nothing():
    app = PaletteHost(articles=(("one", "[b]Uno[/b]", ENTITIES), ("two", "Dos", OTHER)))
    async with app.run_test(size=(110, 30)) as pilot:
        lines = await open_palette(pilot, "click app quit")
        hostile = [line for line in lines if HOSTILE in line]
        assert hostile and hostile[0].startswith(f"Go to {HOSTILE}  (organisation, 1 mention)")
        assert HOSTILE in drawn(pilot)
        await pilot.press("escape")
        await pilot.pause()
        lines = await open_palette(pilot, "jose jeri")
        assert "in [b]Uno[/b]" in "\n".join(lines)  # the article title, as written
        assert "[b]Uno[/b]" in drawn(pilot)
        # Click the hostile entity's row: it selects the entity and quits nothing.
        for _ in "jose jeri":
            await pilot.press("backspace")
        lines = await open_palette_query(pilot, "click app quit")
        row = next(i for i, line in enumerate(lines) if HOSTILE in line)
        await pilot.click(CommandList, offset=(10, 1 + 2 * row))  # below the blank top edge
        await pilot.pause()
        assert app.is_running
        assert app.selected == [("one", "hostile")]


async def open_palette_query(pilot, query: str) -> list[str]:
    await pilot.press(*query)
    return await palette_lines(pilot)


async def test_without_palette_actions_the_bindings_are_offered():
    app = BindingsOnlyHost()
    async with app.run_test(size=(100, 30)) as pilot:
        lines = await open_palette(pilot, "toggle")
        assert lines == ["Toggle People\n1"]
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.toggled == ["People"]


async def test_an_index_kept_by_the_app_is_searched_instead():
    from newsview.models.search import SearchIndex

    app = PaletteHost(articles=(("one", "Uno", ()),))  # the kept index alone knows the names
    app.search_index = SearchIndex({"one": TEXT}, {"one": ENTITIES})
    async with app.run_test(size=(100, 30)) as pilot:
        lines = await open_palette(pilot, "obrador")
        assert any(line.startswith("Go to Andrés Manuel López Obrador") for line in lines)
