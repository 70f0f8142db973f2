"""Corrections in the app, driven with Pilot: every key (M S T R D A ; : u ctrl+r), the scope
chosen in the dialog, undo and redo across a restart, notes, the picker, the ✎ mark, the
status line, and a store that cannot be used."""

from __future__ import annotations

from appkit import (
    STORY,
    WIDE,
    option_texts,
    screen_text,
    settle,
    story_analysis,
    story_article,
)
from textual.widgets import Input

from newsview.tui.app import NewsviewApp
from newsview.tui.widgets.corrections import CorrectionDialog, NotesScreen
from newsview.tui.widgets.help import HelpScreen


def app_on(store, articles=None, analyses=None) -> NewsviewApp:
    articles = articles or [story_article()]
    analyses = analyses or [story_analysis() for _ in articles]
    return NewsviewApp(articles=articles, analyses=analyses, store_path=str(store))


def two_articles():
    second_text = "John Smith went to Berlin with Maria Lopez on 3 May 2024. Smith was late.\n"
    from appkit import STORY_ENTITIES, build_analysis

    second = story_article(id="second", path="/tmp/second.txt", text=second_text,
                           title="Another story")
    return ([story_article(), second],
            [story_analysis(), build_analysis(second_text, STORY_ENTITIES,
                                              [("3 May 2024", "2024-05-03")])])


def names(app, article_id=None) -> list[str]:
    state = app.state
    index = state.indexes[state.current if article_id is None else article_id]
    return [e.name for e in index.analysis.entities]


def entity(app, name):
    return next(e for e in app.state.index.analysis.entities if e.name == name)


async def select(pilot, name: str) -> None:
    app = pilot.app
    app.post_message(__import__("newsview.tui.messages", fromlist=["EntitySelected"])
                     .EntitySelected(entity(app, name).id, 0))
    await pilot.pause()
    assert app.state.entity is not None and app.state.entity.name == name


async def answer(pilot, *keys: str, typed: str | None = None) -> None:
    """In the open correction dialog: type (replacing the input), press keys, then Enter."""
    assert isinstance(pilot.app.screen, CorrectionDialog)
    if typed is not None:
        pilot.app.screen.query_one(Input).value = typed
        await pilot.pause()
    await pilot.press(*keys, "enter")
    await settle(pilot)


def status(app) -> str:
    return str(app.status.render())


async def test_merge_with_the_picker_into_another_entity(tmp_path):
    app = app_on(tmp_path / "s.sqlite3")
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await select(pilot, "John Smith")
        await pilot.press("M")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, CorrectionDialog)
        assert "John Smith" not in dialog.values  # not into itself
        await answer(pilot, typed="lopes")  # fuzzy, as /
        assert "John Smith" not in names(app)
        merged = entity(app, "Maria Lopez")
        assert len(merged.mentions) == 5 and merged.corrected == ("merge",)
        assert app.state.entity is not None and app.state.entity.name == "Maria Lopez"
        assert " Maria Lopez  ✎ 5" in option_texts(app.entity_list)
        assert "Merged John Smith into Maria Lopez: 2 mentions in 1 article (this article)" \
            in status(app)


async def test_the_picker_is_fuzzy_and_accent_blind(tmp_path):
    app = app_on(tmp_path / "s.sqlite3")
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await select(pilot, "Berlin")
        await pilot.press("M")
        await pilot.pause()
        await pilot.press(*"acme corp")
        await pilot.pause()
        assert app.screen.values[0] == "Acme Corporation"
        app.screen.query_one(Input).value = "PÁRIS"
        await pilot.pause()
        assert app.screen.values[0] == "Paris"
        await pilot.press("escape")
        await pilot.pause()
        assert "Berlin" in names(app)  # Escape: nothing changed


async def test_scope_every_article_applies_to_the_others_too(tmp_path):
    articles, analyses = two_articles()
    app = app_on(tmp_path / "s.sqlite3", articles, analyses)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await select(pilot, "Berlin")
        await pilot.press("T")
        await pilot.pause()
        assert "Applies to: this article only" in screen_text(app)
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert "Applies to: every article, present and future" in screen_text(app)
        await answer(pilot, typed="org")
        assert entity(app, "Berlin").type == "ORG"
        second = app.state.indexes["second"].analysis
        assert next(e for e in second.entities if e.name == "Berlin").type == "ORG"
        assert "2 articles" in status(app)


async def test_scope_this_article_leaves_the_others(tmp_path):
    articles, analyses = two_articles()
    app = app_on(tmp_path / "s.sqlite3", articles, analyses)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await select(pilot, "Berlin")
        await pilot.press("D")
        await pilot.pause()
        await answer(pilot)
        assert "Berlin" not in names(app)
        assert "Berlin" in names(app, "second")
        assert "Dropped Berlin: not an entity: 1 mention in 1 article (this article)" \
            in status(app)


async def test_split_the_current_mentions_variant(tmp_path):
    app = app_on(tmp_path / "s.sqlite3")
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await select(pilot, "Maria Lopez")
        await pilot.press("n")  # the second mention: "Lopez"
        await pilot.pause()
        await pilot.press("S")
        await pilot.pause()
        await answer(pilot)
        assert [m.text for m in entity(app, "Maria Lopez").mentions] == ["Maria Lopez"]
        assert [m.text for m in entity(app, "Lopez").mentions] == ["Lopez", "Lopez"]
        assert app.state.entity.name == "Lopez"


async def test_rename_and_retype_picker(tmp_path):
    app = app_on(tmp_path / "s.sqlite3")
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await select(pilot, "Acme Corporation")
        await pilot.press("R")
        await pilot.pause()
        await answer(pilot, typed="Acme")
        assert "Acme" in names(app) and "Acme Corporation" not in names(app)
        await pilot.press("T")
        await pilot.pause()
        assert [row for row in app.screen.values] == ["PERSON", "ORG", "GPE", "NORP", "OTHER"]
        await answer(pilot, "down", "down", "down")  # Groups
        assert entity(app, "Acme").type == "NORP"
        assert "Retyped Acme as Groups" in status(app)


async def test_add_the_found_text_every_occurrence(tmp_path):
    app = app_on(tmp_path / "s.sqlite3")
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        app.state.found = (STORY.index("the trip"), STORY.index("the trip") + len("the trip"))
        await pilot.press("A")
        await pilot.pause()
        assert app.screen.values[:2] == ["new:PERSON", "new:ORG"]
        await answer(pilot, "down")  # a new organisation
        added = entity(app, "the trip")
        assert added.type == "ORG" and added.corrected == ("add",)
        text = app.state.article.text
        assert all(text[m.start:m.end] == "the trip" for m in added.mentions)


async def test_add_as_a_mention_of_an_existing_entity(tmp_path):
    app = app_on(tmp_path / "s.sqlite3")
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        start = STORY.index("team")
        app.state.found = (start, start + 4)
        await pilot.press("A")
        await pilot.pause()
        await answer(pilot, typed="berlin")
        assert [m.text for m in entity(app, "Berlin").mentions] == ["team", "Berlin"]


async def test_undo_and_redo_also_after_a_restart(tmp_path):
    store = tmp_path / "s.sqlite3"
    app = app_on(store)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await select(pilot, "Berlin")
        await pilot.press("D")
        await pilot.pause()
        await answer(pilot)
        await select(pilot, "Paris")
        await pilot.press("D")
        await pilot.pause()
        await answer(pilot)
        assert "Paris" not in names(app) and "Berlin" not in names(app)
        await pilot.press("u")
        await settle(pilot)
        assert "Paris" in names(app) and "Berlin" not in names(app)
        assert "Undone: drop Paris" in status(app)
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert "Paris" not in names(app)
        await pilot.press("u")
        await settle(pilot)
    again = app_on(store)  # a restart: the same store
    async with again.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert "Berlin" not in names(again) and "Paris" in names(again)
        await pilot.press("u")
        await settle(pilot)
        assert "Berlin" in names(again)
        assert names(again) == [e.name for e in story_analysis().entities]
        await pilot.press("u")
        await settle(pilot)
        assert "Nothing to undo." in status(again)
        await pilot.press("ctrl+r", "ctrl+r")
        await settle(pilot)
        assert "Berlin" not in names(again) and "Paris" not in names(again)


async def test_two_app_instances_on_one_store_both_save(tmp_path):
    store = tmp_path / "s.sqlite3"
    first, second = app_on(store), app_on(store)
    async with first.run_test(size=WIDE) as one, second.run_test(size=WIDE) as two:
        await settle(one)
        await settle(two)
        await select(one, "Berlin")
        await one.press("D")
        await one.pause()
        await answer(one)
        await select(two, "Paris")
        await two.press("D")
        await two.pause()
        await answer(two)
        assert "Berlin" not in names(second)  # the other's correction came in
    from newsview.tui.store import open_store

    assert [c.name for c in open_store(store).active()] == ["Berlin", "Paris"]


async def test_notes_on_an_entity_and_a_sentence_shown_and_listed(tmp_path):
    app = app_on(tmp_path / "s.sqlite3")
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await select(pilot, "Paris")
        await pilot.press("semicolon")
        await pilot.pause()
        await answer(pilot, typed="check the hotel bills")
        assert "Note saved on Paris" in status(app)
        assert names(app) == [e.name for e in story_analysis().entities]  # nothing else changed
        await select(pilot, "Berlin")
        await select(pilot, "Paris")
        assert "note: check the hotel bills" in status(app)
        await pilot.press("escape")  # no entity: the note goes on the sentence in hand
        await pilot.pause()
        app.article_view.focus()
        await pilot.press("semicolon")
        await pilot.pause()
        assert isinstance(app.screen, CorrectionDialog)
        assert not app.screen.query("#correction-scope")  # a sentence is this article's
        await answer(pilot, typed="first sentence")
        await select(pilot, "John Smith")  # its first mention is in the noted sentence
        assert "note: first sentence" in status(app)
        await pilot.press("colon")
        await pilot.pause()
        assert isinstance(app.screen, NotesScreen)
        shown = screen_text(app)
        assert "Paris (story): check the hotel bills" in shown
        assert "Maria Lopez met John Smith" in shown and "first sentence" in shown


async def test_the_keys_are_in_help_and_the_palette(tmp_path):
    app = app_on(tmp_path / "s.sqlite3")
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        shown = screen_text(app)
        for words in ("Merge the selected entity", "Split the current mention", "Retype",
                      "Rename", "Drop the selected", "Add the selected text", "Undo the last",
                      "Redo", "Note on the selected"):
            assert words in shown, words
        await pilot.press("escape")
        palette = [name for name, _, _ in app.palette_actions()]
        for name in ("Merge", "Split", "Retype", "Rename", "Drop", "Add a mention", "Note",
                     "Notes", "Undo correction", "Redo correction"):
            assert name in palette


async def test_a_store_that_cannot_be_used_turns_corrections_off_and_opens_the_articles(tmp_path):
    broken = tmp_path / "broken.sqlite3"
    broken.write_text("not a database at all")
    app = app_on(broken)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert "Maria Lopez" in names(app)  # the article is open
        assert "Corrections are off until restart" in screen_text(app)
        await select(pilot, "Berlin")
        await pilot.press("D")
        await pilot.pause()
        assert not isinstance(app.screen, CorrectionDialog)
        assert "Corrections are off" in status(app)
    assert broken.read_text() == "not a database at all"


async def test_nothing_selected_says_what_to_do(tmp_path):
    app = app_on(tmp_path / "s.sqlite3")
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("escape", "M")
        await pilot.pause()
        assert "Select an entity first" in status(app)
        await pilot.press("A")
        await pilot.pause()
        assert "Select the words first" in status(app)


async def test_a_rule_links_across_articles_in_the_all_articles_scope(tmp_path):
    articles, analyses = two_articles()
    app = app_on(tmp_path / "s.sqlite3", articles, analyses)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await select(pilot, "Berlin")
        await pilot.press("M")
        await pilot.pause()
        await pilot.press("ctrl+o")
        await answer(pilot, typed="paris")
        assert "Merged Berlin into Paris: 2 mentions in 2 articles" in status(app)
        await pilot.press("s")
        await settle(pilot)
        rows = option_texts(app.entity_list)
        paris = [row for row in rows if row.startswith(" Paris")]
        assert paris == [" Paris  ✎ 2 art. · 5"]  # Paris 3 + Berlin 1 here, Berlin 1 there
        assert not any(row.startswith(" Berlin") for row in rows)
        await pilot.press("u")  # undone in the all-articles scope: linked again as before
        await settle(pilot)
        rows = option_texts(app.entity_list)
        assert " Berlin  2 art. · 2" in rows and " Paris  2 art. · 3" in rows
        assert not any("✎" in row for row in rows)


async def test_the_corrections_list_says_what_applied_and_what_did_not(tmp_path):
    from newsview.models.corrections import Drop
    from newsview.models.document import text_hash
    from newsview.tui.store import open_store
    from newsview.tui.widgets.corrections import CorrectionsScreen

    store = open_store(tmp_path / "s.sqlite3")
    store.add(Drop(name="Berlin"))
    store.add(Drop(name="Nobody Here"))
    # made on this article when its text was another: not applied, and said so
    store.add(Drop(name="Paris", scope="story", article=text_hash("an older text")))
    store.close()
    app = app_on(tmp_path / "s.sqlite3")
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert "Berlin" not in names(app) and "Paris" in names(app)  # applied when opened
        await pilot.press("C")
        await pilot.pause()
        assert isinstance(app.screen, CorrectionsScreen)
        shown = screen_text(app)
        assert "drop Berlin: not an entity (every article) — applied: 1 mention in 1 article" in shown
        assert "drop Nobody Here: not an entity (every article) — not applied: no entity" in shown
        assert "— not applied: the article's text has changed since" in shown


async def test_why_says_what_a_correction_did(tmp_path):
    from newsview.models.corrections import Merge
    from newsview.models.document import Article
    from newsview.tui.store import open_store
    from newsview.tui.widgets.why import WhyScreen

    text = ("Gibraltar held a vote on Monday. People on the Rock voted to stay British, said "
            "Peter Caruana.\n")
    store = open_store(tmp_path / "s.sqlite3")
    store.add(Merge(names=("Gibraltar", "Rock")))
    store.close()
    article = Article("gib", "/tmp/gib.txt", text, title="Gibraltar votes")
    app = NewsviewApp(articles=[article], store_path=str(tmp_path / "s.sqlite3"))  # the engine
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await select(pilot, "Gibraltar")
        assert [m.text for m in entity(app, "Gibraltar").mentions] == ["Gibraltar", "Rock"]
        await pilot.press("w")
        await settle(pilot)
        assert isinstance(app.screen, WhyScreen)
        assert "Rock: merged by a correction into Gibraltar" in screen_text(app)


async def test_add_the_text_selected_with_the_mouse(tmp_path):
    app = app_on(tmp_path / "s.sqlite3")
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        view = app.article_view
        left = view.content_region.x - view.region.x
        top = view.content_region.y - view.region.y
        start = STORY.index("met John")
        await pilot.mouse_down(view, offset=(left + start, top))
        await pilot.hover(view, offset=(left + start + 2, top))
        await pilot.mouse_up(view, offset=(left + start + 2, top))
        await pilot.pause()
        assert app.screen.get_selected_text() == "met"
        await pilot.press("A")
        await pilot.pause()
        assert "Add “met”, every occurrence" in screen_text(app)
        await answer(pilot, "down", "down", "down", "down")  # a new entity: Other
        added = entity(app, "met")
        assert added.type == "OTHER" and [(m.start, m.end) for m in added.mentions] == [
            (start, start + 3)]
