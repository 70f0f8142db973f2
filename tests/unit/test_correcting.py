"""The app's keeper of corrections, without the app: analyses landing after the store opened
are corrected and reported like the others."""

from __future__ import annotations

from datetime import date

from newsview.models.analysis import analyse
from newsview.models.corrections import Drop, Merge
from newsview.models.document import Article
from newsview.tui.correcting import CorrectionKeeper
from newsview.tui.state import AppState
from newsview.tui.store import open_store

FIRST = "Gibraltar held a vote on Monday. People on the Rock voted, said Peter Caruana.\n"
SECOND = "The Rock was windy on Tuesday, said Fabian Picardo.\n"


def test_analyses_that_land_later_are_corrected_and_reported(tmp_path):
    store = open_store(tmp_path / "s.sqlite3")
    store.add(Merge(names=("Gibraltar", "Rock")))
    store.add(Drop(name="Nobody Here"))
    store.close()
    keeper = CorrectionKeeper(str(tmp_path / "s.sqlite3"))
    assert keeper.open() and keeper.enabled
    state = AppState()
    articles = [Article("one", "one.txt", FIRST), Article("two", "two.txt", SECOND)]
    state.add_articles(articles)
    for article in articles:  # as AnalysisReady messages would bring them
        raw = analyse(article.text, date(2024, 1, 1))
        state.set_analysis(article.id, keeper.corrected(article, raw))
    assert [e.name for e in state.indexes["two"].analysis.entities if "Rock" in e.variants] == [
        "Gibraltar"]
    report = keeper.report()
    assert report[0].endswith("— applied: 2 mentions in 2 articles")
    assert report[1].endswith("— not applied: no entity named 'Nobody Here' here")


def test_undo_shows_the_engines_own_reading_again(tmp_path):
    keeper = CorrectionKeeper(str(tmp_path / "s.sqlite3"))
    keeper.open()
    state = AppState()
    article = Article("one", "one.txt", FIRST)
    state.add_articles([article])
    raw = analyse(FIRST, date(2024, 1, 1))
    state.set_analysis("one", keeper.corrected(article, raw))
    change = keeper.make(Drop(name="Rock"), state)
    assert change.words == "Dropped Rock: not an entity: 1 mention in 1 article"
    assert "Rock" not in [e.name for e in state.indexes["one"].analysis.entities]
    assert keeper.undo(state).words == "Undone: drop Rock: not an entity (every article)"
    assert state.indexes["one"].analysis is raw


def test_a_store_that_cannot_be_opened_turns_corrections_off(tmp_path):
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"\x00garbage" * 100)
    keeper = CorrectionKeeper(str(broken))
    assert not keeper.open() and not keeper.enabled
    assert keeper.problem.startswith("Corrections are off until restart: ")
    assert "\n" not in keeper.problem
    assert keeper.make(Drop(name="Rock"), AppState()).words == keeper.problem


# The app applies a new correction to what each article shows, and takes back the last one only
# where it changed something: always the same as applying every correction in force to the
# engine's own reading.

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from newsview.models.corrections import (  # noqa: E402
    Add,
    Rename,
    Retype,
    Split,
    apply_corrections,
)

TEXTS = [FIRST, SECOND, "George Washington crossed the river. Washington wrote to Congress.\n"]
RAW = [analyse(text, date(2024, 1, 1)) for text in TEXTS]
POOL = [
    Merge(names=("Gibraltar", "Rock")), Rename(name="Rock", to="The Rock"),
    Retype(name="Rock", type="LOC"), Drop(name="Peter Caruana"), Drop(name="Congress"),
    Split(name="George Washington", variant="Washington"), Add(text="river", type="LOC"),
    Add(text="Washington", entity="Congress"), Drop(name="Rock", scope="a1"),
]
STEPS = st.lists(st.one_of(st.sampled_from(POOL), st.sampled_from(["undo", "redo"])),
                 max_size=10)


@settings(max_examples=25)
@given(STEPS)
def test_step_by_step_is_the_same_as_all_at_once(tmp_path_factory, steps):
    keeper = CorrectionKeeper(str(tmp_path_factory.mktemp("store") / "s.sqlite3"))
    keeper.open()
    state = AppState()
    articles = [Article(f"a{n}", f"a{n}.txt", text) for n, text in enumerate(TEXTS)]
    state.add_articles(articles)
    for number, article in enumerate(articles):
        state.set_analysis(article.id, keeper.corrected(article, RAW[number]))
    state.set_scope("all")
    for step in steps:
        if step == "undo":
            keeper.undo(state)
        elif step == "redo":
            keeper.redo(state)
        else:
            keeper.make(step, state)
        for number, article in enumerate(articles):
            expected = apply_corrections(RAW[number], article.text, keeper.active,
                                         article_id=article.id)
            assert state.indexes[article.id].analysis == expected
    keeper.close()
