"""The `?` help screen, driven with Pilot on a small host app with panes of its own."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import OptionList, Static

from newsview.tui.widgets.help import HelpScreen


class Pane(Static, can_focus=True):
    BINDINGS = [
        Binding("n", "noop", "Next mention"),
        Binding("N", "noop", "Previous mention", show=False),
        Binding("j", "noop", "Down", show=False),
        Binding("down", "noop", "Down", show=False),
    ]

    def action_noop(self) -> None:
        pass


class Lister(OptionList):
    BINDINGS = [Binding("j", "noop", "Down"), Binding("k", "noop", "Up")]

    def action_noop(self) -> None:
        pass


class HelpHost(App[None]):
    BINDINGS = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark", "help", "Keys"),
        Binding("1", "toggle('People')", "Toggle People", show=False),
        Binding("x", "toggle('x')", "[bold]Export[/] [@click=app.quit]now"),
        Binding("z", "toggle('z')"),  # no description: not listed
    ]

    def __init__(self) -> None:
        super().__init__()
        self.toggled: list[str] = []

    def compose(self) -> ComposeResult:
        yield Pane("article", id="article")
        yield OptionList("a", "b", id="entity-list")  # Textual's own hidden bindings: left out
        yield Lister("x", id="chronology")
        yield Lister("y", id="article_list")

    def action_toggle(self, name: str) -> None:
        self.toggled.append(name)

    def action_help(self) -> None:
        self.push_screen(HelpScreen())


def help_text(screen: HelpScreen) -> str:
    return "\n".join(str(static.render()) for static in screen.query(".help-section"))


def drawn(app: App) -> str:
    """The whole screen as text, line by line, as the terminal would show it."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def open_help(pilot) -> HelpScreen:
    await pilot.press("question_mark")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, HelpScreen)
    return screen


async def test_lists_every_described_binding_of_the_app_and_its_panes():
    app = HelpHost()
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await open_help(pilot)
        titles = [section.title for section in screen.sections]
        assert titles == ["Everywhere", "Article", "Chronology, Article list"]
        everywhere = dict((" ".join(keys), d) for keys, d in screen.sections[0].rows)
        assert everywhere["^q q"] == "Quit"  # keys doing the same share a line
        assert everywhere["?"] == "Keys"
        assert everywhere["1"] == "Toggle People"  # hidden from the footer, still listed
        assert everywhere["^p"] == "Palette"
        assert "z" not in everywhere
        article = [(" ".join(keys), d) for keys, d in screen.sections[1].rows]
        assert article == [("n", "Next mention"), ("N", "Previous mention"), ("j ↓", "Down")]
        # OptionList's own (hidden) ↓ and ↑ join the pane's j and k; its other keys stay out.
        assert screen.sections[2].rows == [(["j", "↓"], "Down"), (["k", "↑"], "Up")]
        text = help_text(screen)
        assert "Toggle People" in text and "Next mention" in text


async def test_a_binding_added_at_run_time_shows():
    app = HelpHost()
    async with app.run_test(size=(100, 40)) as pilot:
        app.bind("d", "toggle('date')", description="Set the date")
        screen = await open_help(pilot)
        assert "Set the date" in help_text(screen)


async def test_descriptions_are_shown_literally():
    app = HelpHost()
    async with app.run_test(size=(100, 40)) as pilot:
        screen = await open_help(pilot)
        assert "[bold]Export[/] [@click=app.quit]now" in help_text(screen)
        assert "[bold]Export[/] [@click=app.quit]now" in drawn(app)
        await pilot.click(".help-section", offset=(5, 5))
        await pilot.pause()
        assert app.is_running and app.screen is screen


async def test_escape_question_mark_and_q_close_it_without_quitting():
    app = HelpHost()
    async with app.run_test(size=(100, 40)) as pilot:
        for key in ("escape", "question_mark", "q"):
            screen = await open_help(pilot)
            await pilot.press(key)
            await pilot.pause()
            assert app.screen is not screen
            assert app.is_running
        await pilot.press("1")
        assert app.toggled == ["People"]  # the app's keys work again once it is closed


async def test_help_scrolls_when_the_terminal_is_small():
    app = HelpHost()
    async with app.run_test(size=(60, 12)) as pilot:
        screen = await open_help(pilot)
        scroll = screen.query_one("#help-keys")
        assert scroll.has_focus
        assert scroll.max_scroll_y > 0
        await pilot.press("pagedown")
        await pilot.pause()
        assert scroll.scroll_y > 0


def test_the_key_bar_names_the_corpus_views_where_there_is_room():
    from newsview.tui.widgets.status import key_bar_content

    wide, narrow = key_bar_content(200).plain, key_bar_content(80).plain
    assert " b browse " in wide and " v timeline " in wide
    assert " b browse " not in narrow and " q quit " in narrow and " ? keys " in narrow
