"""The app's state names articles by their id: analyses, the selection and the rows follow the
article whatever its place in the list, and places serve only the lists that draw them."""

from __future__ import annotations

from datetime import date

from newsview.models.document import Analysis, Article, Entity, Mention, Span
from newsview.tui.state import AppState

TEXTS = {
    "zeta": "Maria Lopez spoke.\n",
    "alpha": "John Smith and Maria Lopez met. Lopez left.\n",
    "mid": "Nobody of note.\n",
}


def analysis_of(text: str) -> Analysis:
    """Every occurrence of the two names as an entity, one sentence."""
    entities = []
    for eid, forms in (("maria-lopez", ("Maria Lopez", "Lopez")), ("john-smith", ("John Smith",))):
        mentions, taken = [], []
        for form in forms:
            start = text.find(form)
            while start >= 0:
                if not any(s <= start < e for s, e in taken):
                    mentions.append(Mention(start, start + len(form), form))
                    taken.append((start, start + len(form)))
                start = text.find(form, start + 1)
        if mentions:
            entities.append(Entity(eid, forms[0], "PERSON", tuple(sorted(mentions, key=lambda m: m.start))))
    return Analysis((Span(0, len(text)),), tuple(entities), (), ())


def opened() -> AppState:
    state = AppState()
    state.add_articles(Article(aid, f"/tmp/{aid}.txt", text, aid.title(), date(2024, 5, 1))
                       for aid, text in TEXTS.items())
    return state


def test_the_first_article_read_is_current_and_analyses_land_on_their_own_article() -> None:
    state = opened()
    assert state.current == "zeta" and state.article is not None and state.article.id == "zeta"
    for aid in ("mid", "alpha", "zeta"):  # as a pool would bring them: not in reading order
        state.set_analysis(aid, analysis_of(TEXTS[aid]))
    assert {aid: len(index.analysis.entities) for aid, index in state.indexes.items()} == {
        "mid": 0, "alpha": 2, "zeta": 1}
    assert [a.id for a, _ in state.analysed_pairs()] == ["zeta", "alpha", "mid"]  # reading order


def test_going_to_an_article_by_id_and_stepping_in_the_lists_order() -> None:
    state = opened()
    assert state.go_to_article("alpha") and state.current == "alpha"
    assert not state.go_to_article("alpha")  # already there
    assert not state.go_to_article("nowhere") and state.current == "alpha"
    assert state.position("alpha") == 1
    assert state.article_after(+1) == "mid" and state.article_after(-1) == "zeta"
    state.go_to_article("mid")
    assert state.article_after(+1) == "zeta"  # wraps round


def test_mentions_across_articles_name_their_article_and_n_goes_on_in_the_lists_order() -> None:
    state = opened()
    for aid, text in TEXTS.items():
        state.set_analysis(aid, analysis_of(text))
    state.set_scope("all")
    group = state.collection.entity_of("zeta", "maria-lopez")
    assert group is not None
    state.select_group(group.id)
    rows = state.mention_rows()
    assert [(row.article, row.text) for row in rows] == [
        ("zeta", "Maria Lopez"), ("alpha", "Maria Lopez"), ("alpha", "Lopez")]
    state.select_entity("maria-lopez", 0)  # her only mention in zeta
    following = state.step_group_mention(+1)
    assert following is not None and (following.article, following.number) == ("alpha", 0)


def test_a_date_set_and_a_replaced_article_keep_to_the_id() -> None:
    state = opened()
    state.set_analysis("zeta", analysis_of(TEXTS["zeta"]))
    changed = state.set_publication_date("alpha", date(2020, 1, 2))
    assert changed is not None and state.article_by_id("alpha") is changed
    assert state.articles[1] is changed and changed.published_from == "user"
    again = Article("zeta-2", "/tmp/zeta.txt", "Rosa Diaz spoke.\n")
    state.replace_article(0, again)  # the file read again, under another id
    assert state.current == "zeta-2" and state.article is again
    assert "zeta" not in state.indexes and state.article_by_id("zeta") is None
    assert state.position("zeta-2") == 0


def test_an_id_already_open_is_not_opened_twice() -> None:
    state = opened()
    state.add_articles([Article("alpha", "/tmp/other.txt", "Other text.\n")])
    assert [a.id for a in state.articles] == ["zeta", "alpha", "mid"]
    assert state.article_by_id("alpha").text == TEXTS["alpha"]
