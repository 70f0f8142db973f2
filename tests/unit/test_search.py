"""Search: entities by name (fuzzy, accent- and case-blind), text by literal folded match."""

from __future__ import annotations

import pytest
from workcount import calls

from newsview.models.document import Entity, Mention
from newsview.models.search import (
    EXACT,
    FUZZY,
    PREFIX,
    WORDS,
    EntityIndex,
    SearchIndex,
    TextIndex,
    fast_fold,
    search_entities,
    search_key,
    search_text,
)
from newsview.models.text import fold, fold_word, visible_controls


def entity_in(text: str, entity_id: str, name: str, kind: str, *forms: str) -> Entity:
    """An entity whose mentions are the first occurrences of ``forms`` in ``text``, in order."""
    mentions = []
    position = 0
    for form in forms:
        start = text.index(form, position)
        mentions.append(Mention(start, start + len(form), form))
        position = start + len(form)
    return Entity(entity_id, name, kind, tuple(mentions))


STORY = (
    "Ayer la presidenta Inés Quispe Ñahui habló con Tomás Ledesma Oré. "
    "Quispe dijo que Ledesma Oré viajará a Cusco. Ledesma Oré aceptó. "
    "Oré ya estuvo en Cusco y en Cuscatlán."
)
ENTITIES = {
    "story": [
        entity_in(STORY, "ledesma", "Tomás Ledesma Oré", "PERSON",
                  "Tomás Ledesma Oré", "Ledesma Oré", "Ledesma Oré", "Oré"),
        entity_in(STORY, "quispe", "Inés Quispe Ñahui", "PERSON", "Inés Quispe Ñahui", "Quispe"),
        entity_in(STORY, "cusco", "Cusco", "GPE", "Cusco", "Cusco"),
        entity_in(STORY, "cuscatlan", "Cuscatlán", "GPE", "Cuscatlán"),
    ]
}


def names(hits) -> list[str]:
    return [hit.entity.name for hit in hits]


# --- entities -------------------------------------------------------------------------------


def test_search_key_folds_accents_case_and_punctuation():
    assert search_key("  Jean-Luc  MÉLENCHON ") == "jean luc melenchon"
    assert search_key("[@click]") == "click"
    assert search_key("¿?") == ""


def test_accent_and_case_blind_on_a_variant():
    hits = search_entities("ORE", ENTITIES)
    assert names(hits)[0] == "Tomás Ledesma Oré"
    assert hits[0].kind == EXACT
    assert hits[0].matched == "Oré"
    assert STORY[hits[0].start : hits[0].end] == "Oré"


def test_query_typed_with_accents_finds_the_name_without():
    entities = {"a": [entity_in("Mr Ore said.", "ore", "Ore", "PERSON", "Ore")]}
    assert names(search_entities("Oré", entities)) == ["Ore"]


def test_surname_words_find_the_full_name():
    hits = search_entities("quispe nahui", ENTITIES)
    assert names(hits) == ["Inés Quispe Ñahui"]
    assert hits[0].kind == WORDS
    assert hits[0].entity_id == "quispe"


def test_words_in_any_order():
    assert names(search_entities("ore tomas", ENTITIES)) == ["Tomás Ledesma Oré"]


def test_ranking_exact_then_prefix_then_words_then_fuzzy():
    text = "Cusco. Cuscoland. Gran Cusco. Cuzco."
    entities = {
        "a": [
            entity_in(text, "fuzzy", "Cuzco", "GPE", "Cuzco"),
            entity_in(text, "words", "Gran Cusco", "ORG", "Gran Cusco"),
            entity_in(text, "prefix", "Cuscoland", "GPE", "Cuscoland"),
            entity_in(text, "exact", "Cusco", "GPE", "Cusco"),
        ]
    }
    hits = search_entities("cusco", entities)
    assert [hit.entity_id for hit in hits] == ["exact", "prefix", "words", "fuzzy"]
    assert [hit.kind for hit in hits] == [EXACT, PREFIX, WORDS, FUZZY]


def test_more_mentions_rank_first_within_a_tier():
    hits = search_entities("cus", ENTITIES)
    assert names(hits) == ["Cusco", "Cuscatlán"]


def test_fuzzy_finds_a_slip_in_a_long_word_only():
    assert names(search_entities("ledsema", ENTITIES)) == ["Tomás Ledesma Oré"]
    assert search_entities("cuz", ENTITIES) == []  # short words must match as typed
    assert search_entities("zzzzzz", ENTITIES) == []


def test_every_query_word_must_match():
    assert search_entities("quispe ledesma", ENTITIES) == []


def test_empty_or_punctuation_query_finds_nothing():
    assert search_entities("", ENTITIES) == []
    assert search_entities("  [ ] ", ENTITIES) == []


def test_limit_caps_entity_hits():
    assert len(search_entities("c", ENTITIES, limit=1)) == 1
    assert search_entities("c", ENTITIES, limit=0) == []


def test_same_entity_in_two_articles_gives_two_hits_in_article_order():
    first, second = "Oré habló.", "Luego Oré."
    entities = {
        "one": [entity_in(first, "ore", "Oré", "PERSON", "Oré")],
        "two": [entity_in(second, "ore", "Oré", "PERSON", "Oré")],
    }
    hits = search_entities("ore", entities)
    assert [(hit.article_id, hit.start, hit.end) for hit in hits] == [("one", 0, 3), ("two", 6, 9)]


def test_index_can_be_reused_and_passed_instead_of_a_mapping():
    index = EntityIndex(ENTITIES)
    assert len(index) == 4
    assert names(search_entities("cusco", index))[0] == "Cusco"
    assert names(index.search("ledesma"))[0] == "Tomás Ledesma Oré"


# --- text -----------------------------------------------------------------------------------


def assert_valid(hits, texts):
    for hit in hits:
        text = texts[hit.article_id]
        assert 0 <= hit.start < hit.end <= len(text)
        # The snippet is the text as written, controls made visible and line breaks spaces.
        shown = visible_controls(text[hit.start : hit.end]).replace("\n", " ").replace("\t", " ")
        assert hit.snippet[hit.snippet_start : hit.snippet_end] == shown
        assert "\n" not in hit.snippet and "\t" not in hit.snippet


def test_text_search_is_accent_and_case_blind_with_original_offsets():
    texts = {"story": STORY}
    hits = search_text("ore", texts)
    assert [STORY[h.start : h.end] for h in hits] == ["Oré"] * 4
    assert_valid(hits, texts)


def test_nfd_accented_text_maps_back_over_the_combining_marks():
    text = "El ministro Ore\u0301 llego\u0301 tarde."
    hits = search_text("oré", {"a": text})
    assert len(hits) == 1
    assert text[hits[0].start : hits[0].end] == "Ore\u0301"
    assert text[hits[0].end :].startswith(" llego")


def test_emoji_and_astral_characters_before_the_match_keep_offsets():
    text = "🎉🇵🇪 𝔸 fiesta en Cusco 🎉"
    hits = search_text("CUSCO", {"a": text})
    assert [text[h.start : h.end] for h in hits] == ["Cusco"]
    assert_valid(hits, {"a": text})


def test_expanding_fold_maps_back_to_whole_characters():
    text = "Die Straße und die Strasse."
    hits = search_text("strasse", {"a": text})
    assert [text[h.start : h.end] for h in hits] == ["Straße", "Strasse"]
    single = search_text("s", {"a": "ß"})
    assert [(h.start, h.end) for h in single] == [(0, 1)]  # one hit, not one per folded "s"


def test_query_words_match_across_any_white_space():
    text = "Ledesma\nOré   viajará"
    hits = search_text("ledesma ore viajara", {"a": text})
    assert [(h.start, h.end) for h in hits] == [(0, len(text))]
    assert hits[0].snippet == "Ledesma Oré   viajará"


def test_snippet_is_one_line_with_cut_marks_and_visible_controls():
    text = "x" * 200 + " before\tthe word Cusco\nand\x1b[31m after " + "y" * 200
    hits = search_text("cusco", {"a": text}, context=30)
    (hit,) = hits
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert "\x1b" not in hit.snippet
    assert len(hit.snippet) <= 5 + 2 * 30 + 2
    assert_valid(hits, {"a": text})


def test_text_hits_in_article_order_then_text_order_and_capped():
    texts = {"one": "Cusco y cusco.", "two": "CUSCO."}
    hits = search_text("cusco", texts)
    assert [(h.article_id, h.start) for h in hits] == [("one", 0), ("one", 8), ("two", 0)]
    assert len(search_text("cusco", texts, limit=2)) == 2
    index = TextIndex(texts)
    assert [h.article_id for h in index.search("cusco", per_article=1)] == ["one", "two"]


def test_literal_search_treats_brackets_and_regex_characters_literally():
    text = "a [bold] b (.*) c"
    assert [text[h.start : h.end] for h in search_text("[bold]", {"a": text})] == ["[bold]"]
    assert [text[h.start : h.end] for h in search_text("(.*) c", {"a": text})] == ["(.*) c"]
    assert search_text("   ", {"a": text}) == []


@pytest.mark.parametrize(
    "text",
    ["plain ascii", "José Jerí", "Straße", "Ore\u0301 e\u0301", "ﬁn Ⅻ ½", "🎉 Ñandú", ""],
)
def test_fast_fold_equals_fold(text):
    fast, reference = fast_fold(text), fold(text)
    assert fast.text == reference.text
    for start in range(len(fast.text) + 1):
        for end in range(start, len(fast.text) + 1):
            assert fast.to_source(start, end) == reference.to_source(start, end)


def test_search_index_bundles_both():
    index = SearchIndex({"story": STORY}, ENTITIES)
    assert names(index.entities("ledesma")) == ["Tomás Ledesma Oré"]
    assert len(index.text("cusco")) == 2  # "Cuscatlán" is not a literal match


def test_searching_folded_texts_costs_no_more_calls_for_longer_texts():
    # Texts are folded once, on the first search; after that a search is C-level finding,
    # and one that has its limit stops there: the calls it makes do not grow with the length
    # of the texts (the time over ~280,000 words: benchmarks/pathological.py).
    sentence = "El ministro Tomás Ledesma Oré viajó a Cusco el lunes con la comitiva. "

    def search_calls(sentences: int) -> tuple[int, int]:
        index = TextIndex({f"a{i}": sentence * sentences for i in range(50)})
        index.search("nowhere"), index.search("ledesma ore")  # folds the texts, compiles
        hits: list = []
        missing: list = []
        found = calls(lambda: hits.extend(index.search("ledesma ore", limit=50)))
        not_found = calls(lambda: missing.extend(index.search("nowhere", limit=50)))
        assert len(hits) == 50 and missing == []
        return found, not_found

    assert search_calls(400) == search_calls(100)
    index = TextIndex({f"a{i}": sentence for i in range(50)})
    index.search("nowhere")
    assert calls(lambda: index.search("nowhere"), to=fast_fold) == 0  # folded once


def test_articles_can_be_added_and_replaced_as_analyses_arrive():
    index = SearchIndex()
    assert index.entities("cusco") == [] and index.text("cusco") == []
    index.set_article("one", "Oré habló.")  # text first, entities when analysed
    assert [h.article_id for h in index.text("ore")] == ["one"]
    assert index.entities("ore") == []
    index.set_article("one", "Oré habló.", [entity_in("Oré habló.", "ore", "Oré", "PERSON", "Oré")])
    index.set_article("two", STORY, ENTITIES["story"])
    assert [(h.article_id, h.entity_id) for h in index.entities("ore")] == [
        ("two", "ledesma"),  # both exact; more mentions first
        ("one", "ore"),
    ]
    index.set_article("one", "Nadie habló.", [])  # replaced: its old name is gone
    assert [h.article_id for h in index.entities("ore")] == ["two"]
    assert [h.article_id for h in index.text("ore")] == ["two"] * 4
    assert len(index.entity_index) == 4


def test_word_match_spans_for_highlighting():
    from newsview.models.search import word_match_spans

    name = "Andrés Manuel López Obrador"
    spans = word_match_spans(name, "lopez obra")
    assert [name[a:b] for a, b in spans] == ["López", "Obra"]
    nfd = "Jose\u0301 Jeri\u0301"
    assert [nfd[a:b] for a, b in word_match_spans(nfd, "JERI")] == ["Jeri\u0301"]
    assert word_match_spans(name, "") == [] and word_match_spans(name, "xyz") == []


_PIECES = ["é", "e\u0301", "ß", "ﬁ", "İ", "Ñ", "🎉", " ", "\n", "\t", "a", "S", "[", "]", "\x1b", "\u200b"]


def test_text_hits_are_valid_on_awkward_texts():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    pieces = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)

    @settings(max_examples=300, deadline=None)
    @given(pieces, st.lists(st.sampled_from(_PIECES), min_size=1, max_size=3).map("".join))
    def check(text, query):
        hits = search_text(query, {"a": text}, limit=1000, context=5)
        assert_valid(hits, {"a": text})
        ends = [(h.start, h.end) for h in hits]
        assert all(b[0] >= a[1] for a, b in zip(ends, ends[1:], strict=False))  # in order, apart
        for hit in hits:
            assert fold_word(query).split()[0][:1] in fold(text[hit.start : hit.end]).text
        search_entities(query, ENTITIES)  # never raises

    check()


def test_a_demonym_finds_its_country_at_the_demonym():
    text = "Peru said so. The Peruvian minister agreed."
    peru = Entity("peru", "Peru", "GPE", (
        Mention(0, 4, "Peru"), Mention(18, 26, "Peruvian", form="demonym"),
    ))
    (hit,) = search_entities("peruvian", {"a": [peru]})
    assert (hit.entity_id, hit.kind, hit.matched) == ("peru", EXACT, "Peruvian")
    assert text[hit.start : hit.end] == "Peruvian"
