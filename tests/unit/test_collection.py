"""A collection of articles: entities linked across articles with the rules used inside one,
stable ids through additions and corrections, and one timeline of every article's events."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from workcount import assert_near_linear, calls, hang_guard

from newsview.models.analysis import analyse
from newsview.models.chronology import calendar_interval
from newsview.models.collection import Collection, name_key
from newsview.models.document import Analysis, Article, Entity, Event, Mention


def entity(name: str, type_: str, *forms: str, demonyms: tuple[str, ...] = ()) -> Entity:
    """An article entity whose mentions are ``name`` and ``forms`` (and demonym mentions)."""
    mentions = [Mention(0, len(name), name)]
    mentions += [Mention(0, len(form), form) for form in forms]
    mentions += [Mention(0, len(word), word, "demonym") for word in demonyms]
    if not forms and not demonyms:
        mentions = mentions[:1]
    return Entity(name_key(name).replace(" ", "-"), name, type_, tuple(mentions))


def demonym_only(country: str, word: str) -> Entity:
    return Entity(name_key(country).replace(" ", "-"), country, "GPE",
                  (Mention(0, len(word), word, "demonym"),))


def article(article_id: str, *entities: Entity, events: tuple[Event, ...] = ()) -> tuple[Article, Analysis]:
    unique: list[Entity] = []
    for one in entities:  # ids are unique within an article, as analyse makes them
        taken = {e.id for e in unique}
        if one.id in taken:
            one = Entity(f"{one.id}-{len(unique) + 1}", one.name, one.type, one.mentions)
        unique.append(one)
    return Article(article_id, f"{article_id}.txt", "text"), Analysis((), tuple(unique), (), events)


def names(collection: Collection) -> list[tuple[str, int]]:
    return [(e.name, e.article_count) for e in collection.entities()]


# ----------------------------------------------------------------------------- linking


def test_equal_names_link_accent_and_case_blind() -> None:
    collection = Collection([
        article("a", entity("Jose Jeri", "PERSON")),
        article("b", entity("José Jerí", "PERSON", "Jerí")),
        article("c", entity("JOSE JERI", "PERSON")),
    ])
    (jeri,) = collection.entities()
    assert jeri.id == "jose-jeri" and jeri.name == "José Jerí"
    assert jeri.members == (("a", "jose-jeri"), ("b", "jose-jeri"), ("c", "jose-jeri"))
    assert (jeri.article_count, jeri.mention_count) == (3, 4)
    assert jeri.variants == ("Jose Jeri", "José Jerí", "Jerí", "JOSE JERI")
    assert jeri.article_ids == ("a", "b", "c")


def test_a_surname_goes_to_the_one_full_name_in_the_collection() -> None:
    collection = Collection([
        article("a", entity("Sheinbaum", "PERSON")),
        article("b", entity("Claudia Sheinbaum", "PERSON", "Sheinbaum")),
    ])
    (person,) = collection.entities()
    assert (person.name, person.type, person.article_count) == ("Claudia Sheinbaum", "PERSON", 2)
    assert collection.entity_of("a", "sheinbaum") is person


def test_mentions_across_articles_in_article_then_text_order() -> None:
    first = Entity("ana-ruiz", "Ana Ruiz", "PERSON", (Mention(4, 12, "Ana Ruiz"), Mention(30, 34, "Ruiz")))
    second = Entity("ruiz", "Ruiz", "PERSON", (Mention(0, 4, "Ruiz"),))
    collection = Collection([article("a", first), article("b", second)])
    assert collection.mentions("ana-ruiz") == (
        ("a", first.mentions[0]), ("a", first.mentions[1]), ("b", second.mentions[0]))
    assert collection.article_entities("ruiz") == (("a", first), ("b", second))
    assert collection.mentions("nobody") == ()


def test_a_surname_two_people_share_stays_apart_and_a_later_article_can_undo_a_link() -> None:
    collection = Collection([
        article("a", entity("Smith", "PERSON")),
        article("b", entity("John Smith", "PERSON")),
    ])
    assert names(collection) == [("John Smith", 2)]
    collection.add(*article("c", entity("Jane Smith", "PERSON")))
    assert names(collection) == [("Smith", 1), ("John Smith", 1), ("Jane Smith", 1)]
    assert collection.entity("smith").members == (("a", "smith"),)  # its first id, back again


def test_multi_word_and_particle_surnames() -> None:
    collection = Collection([
        article("a", entity("Andrés Manuel López Obrador", "PERSON"), entity("Hugo de Zela", "PERSON")),
        article("b", entity("Lopez Obrador", "PERSON"), entity("De Zela", "PERSON")),
    ])
    assert names(collection) == [("Andrés Manuel López Obrador", 2), ("Hugo de Zela", 2)]


def test_a_lone_word_typed_by_default_may_be_a_surname_but_a_known_agency_is_not() -> None:
    collection = Collection([
        article("a", entity("Pedro Castillo", "PERSON"), entity("Anna Reuters", "PERSON")),
        article("b", entity("Castillo", "ORG"), entity("Reuters", "ORG")),
    ])
    assert names(collection) == [("Pedro Castillo", 2), ("Anna Reuters", 1), ("Reuters", 1)]
    assert collection.entity_of("b", "castillo").type == "PERSON"


def test_a_lone_default_typed_word_only_joins_a_name_shaped_like_a_person() -> None:
    collection = Collection([
        article("a", entity("Shop Floor", "PERSON"), entity("Island", "GPE")),
        article("b", entity("Floor", "ORG"), entity("Iceland", "GPE")),
    ])
    assert names(collection) == [("Shop Floor", 1), ("Island", 1), ("Floor", 1), ("Iceland", 1)]


def test_types_must_agree() -> None:
    collection = Collection([
        article("a", entity("Jordan", "GPE"), entity("Washington", "GPE")),
        article("b", entity("Jordan", "PERSON"), entity("George Washington", "PERSON")),
        article("c", entity("Jordan", "LOC")),
    ])
    assert names(collection) == [("Jordan", 2), ("Washington", 1), ("Jordan", 1), ("George Washington", 1)]
    assert [e.id for e in collection.entities()] == ["jordan", "washington", "jordan-2", "george-washington"]


def test_demonyms_and_aliases_follow_their_countries() -> None:
    collection = Collection([
        article("a", demonym_only("Peru", "Peruvian"), entity("United States", "GPE", "U.S.")),
        article("b", entity("Peru", "GPE", demonyms=("Peruvian",)), entity("U.S.", "GPE")),
        article("c", demonym_only("United States", "American"), entity("America", "GPE")),
    ])
    assert names(collection) == [("Peru", 2), ("United States", 3)]


def test_mexico_never_swallows_new_mexico() -> None:
    collection = Collection([
        article("a", entity("New Mexico", "GPE")),
        article("b", entity("Mexico", "GPE", demonyms=("Mexican",))),
    ])
    assert names(collection) == [("New Mexico", 1), ("Mexico", 1)]


def test_acronyms_and_short_forms_an_article_used_for_an_organisation() -> None:
    collection = Collection([
        article("a", entity("Secretaría de Relaciones Exteriores", "ORG", "SRE"),
                entity("Ford Motor Company", "ORG", "Ford")),
        article("b", entity("SRE", "ORG"), entity("Ford", "ORG")),
        article("c", entity("Ford", "ORG")),
    ])
    assert names(collection) == [("Secretaría de Relaciones Exteriores", 2), ("Ford Motor Company", 3)]


def test_acronym_letters_alone_or_a_common_word_do_not_link_across_articles() -> None:
    collection = Collection([
        article("a", entity("Ohio Senate", "ORG"), entity("Church of Scientology", "ORG", "Church")),
        article("b", entity("OS", "ORG"), entity("Church", "ORG")),
    ])
    assert names(collection) == [("Ohio Senate", 1), ("Church of Scientology", 1), ("OS", 1), ("Church", 1)]


def test_an_acronym_two_names_were_shortened_to_stays_apart() -> None:
    collection = Collection([
        article("a", entity("Senate Rules Executive", "ORG", "SRE")),
        article("b", entity("Secretaría de Relaciones Exteriores", "ORG", "SRE")),
        article("c", entity("SRE", "ORG")),
    ])
    assert ("SRE", 1) in names(collection)


def test_text_only_articles_are_held_without_entities() -> None:
    collection = Collection([(Article("big", "big.txt", "x"), None)])
    assert len(collection) == 1 and "big" in collection
    assert collection.entities() == () and collection.timeline() == ()


# ----------------------------------------------------------------------------- ids and corrections


def test_ids_stay_as_articles_arrive_and_absorbed_ids_still_resolve() -> None:
    collection = Collection([article("a", entity("Sheinbaum", "PERSON"), entity("Lima", "GPE"))])
    assert [e.id for e in collection.entities()] == ["sheinbaum", "lima"]
    collection.add(*article("b", entity("Claudia Sheinbaum", "PERSON"), entity("Lima", "GPE")))
    assert [e.id for e in collection.entities()] == ["claudia-sheinbaum", "lima"]
    assert collection.entity("sheinbaum").id == "claudia-sheinbaum"
    assert collection.entity("nobody") is None


def test_ids_are_unique_even_for_equal_names_of_different_types() -> None:
    collection = Collection([
        article("a", entity("Georgia", "GPE")),
        article("b", entity("Georgia", "PERSON")),
        article("c", entity("Georgia", "ORG")),
    ])
    assert [e.id for e in collection.entities()] == ["georgia", "georgia-2", "georgia-3"]


def test_split_takes_members_out_for_good_and_merge_joins_for_good() -> None:
    collection = Collection([
        article("a", entity("Ana Torres", "PERSON")),
        article("b", entity("Ana Torres", "PERSON")),
    ])
    new_id = collection.split("ana-torres", [("b", "ana-torres")])
    assert new_id == "ana-torres-2"
    assert [(e.id, e.members) for e in collection.entities()] == [
        ("ana-torres", (("a", "ana-torres"),)), ("ana-torres-2", (("b", "ana-torres"),))]
    collection.add(*article("c", entity("Ana Torres", "PERSON")))
    assert collection.entity("ana-torres").article_ids == ("a", "c")
    assert collection.entity("ana-torres-2").article_ids == ("b",)

    merged = collection.merge("ana-torres-2", "ana-torres")
    assert merged == "ana-torres" and len(collection.entities()) == 1
    collection.add(*article("d", entity("Lima", "GPE")))
    assert collection.entity("ana-torres").article_ids == ("a", "b", "c")


def test_merge_across_types_and_unknown_ids() -> None:
    collection = Collection([article("a", entity("Apple", "ORG")), article("b", entity("Apple", "OTHER"))])
    assert len(collection.entities()) == 1  # organisations and other names may agree
    collection.add(*article("c", entity("Big Apple", "GPE")))
    assert collection.merge("apple", "big-apple") == "apple"
    assert collection.merge("apple", "missing") is None
    assert collection.split("apple", [("zz", "q")]) is None


def test_a_new_date_moves_an_articles_events_and_keeps_its_entities() -> None:
    lima = entity("Lima", "GPE")
    collection = Collection([
        article("a", lima, events=(event("2024-05-01", "Then in a."),)),
        article("b", entity("Quito", "GPE"), events=(event("2024-06-01", "Then in b."),)),
    ])
    before = collection.entities()
    assert [row.article_id for row in collection.timeline()] == ["a", "b"]
    collection.add(*article("a", lima, events=(event("2024-07-01", "Then in a."),)))
    assert collection.entities() == before
    assert [(row.article_id, row.value) for row in collection.timeline()] == [
        ("b", "2024-06-01"), ("a", "2024-07-01")]


def test_replacing_an_article_keeps_its_place_and_ids() -> None:
    collection = Collection([
        article("a", entity("Lima", "GPE")),
        article("b", entity("Quito", "GPE"), entity("Lima", "GPE")),
    ])
    collection.add(*article("a", entity("Lima", "GPE"), entity("Bogotá", "GPE")))
    assert [e.id for e in collection.entities()] == ["lima", "bogota", "quito"]
    assert collection.article_ids == ("a", "b")
    assert collection.remove("a") and not collection.remove("a")
    assert [e.id for e in collection.entities()] == ["quito", "lima"]


# ----------------------------------------------------------------------------- timeline


def event(value: str | None, sentence: str, timex: int = 0) -> Event:
    return Event(value, timex, 0, len(sentence), sentence, ())


def test_one_timeline_across_articles_ordered_like_a_chronology() -> None:
    collection = Collection([
        article("a", events=(event("2024-03", "March in a."), event("2024-03-05", "Fifth in a."),
                              event(None, "Undated in a."))),
        article("b", events=(event("2024", "Year in b."), event("2024-03-05", "Fifth in b."),
                              event("2024-03-05TMO", "Morning in b."))),
    ])
    rows = [(e.article_id, e.event.sentence) for e in collection.timeline()]
    assert rows == [
        ("b", "Year in b."), ("a", "March in a."), ("a", "Fifth in a."), ("b", "Fifth in b."),
        ("b", "Morning in b."), ("a", "Undated in a."),
    ]
    collection.add(*article("c", events=(event("2023-12-31", "Eve in c."),)))
    assert collection.timeline()[0].article_id == "c"
    assert collection.timeline()[0].value == "2023-12-31"


def test_analysed_articles_end_to_end() -> None:
    texts = {
        "one": "President Marta Quiroga met Peruvian officials in Lima on Monday, November 3.",
        "two": "Quiroga returned to Lima on Tuesday. Peru's foreign ministry said nothing.",
    }
    collection = Collection()
    for article_id, text in texts.items():
        collection.add(Article(article_id, "", text), analyse(text, date(2025, 11, 4)))
    linked = {e.name: e.article_count for e in collection.entities()}
    assert linked["Marta Quiroga"] == 2 and linked["Lima"] == 2 and linked["Peru"] == 2
    values = [e.value for e in collection.timeline()]
    assert values[:2] == ["2025-11-03", "2025-11-04"]
    for row in collection.timeline():
        own = collection.analysis(row.article_id).chronology
        assert own[row.index] is row.event


def test_many_articles_sharing_a_surname_cost_near_linear_work() -> None:
    def articles(count: int) -> list:
        return [article(f"a{i}", entity(f"Person{i} Garcia", "PERSON"), entity("Garcia", "PERSON"),
                        entity(f"Town{i}", "GPE")) for i in range(count)]

    def work(count: int) -> dict[str, int]:
        pairs = articles(count)
        return {"calls": calls(lambda: Collection(pairs).entities())}

    # Calls, not seconds (those: benchmarks/pathological.py): all pairs would be 16x.
    with hang_guard():
        assert_near_linear(work, 500)
    entities = Collection(articles(2000)).entities()
    assert len(entities) == 2000 * 2 + 1  # the bare Garcia names none of them in particular


# ----------------------------------------------------------------------------- incremental = fresh

_POOL = [
    ("Claudia Sheinbaum", "PERSON"), ("Sheinbaum", "PERSON"), ("Sheinbaum", "ORG"),
    ("John Smith", "PERSON"), ("Jane Smith", "PERSON"), ("Smith", "PERSON"), ("J. Smith", "PERSON"),
    ("Hugo de Zela", "PERSON"), ("De Zela", "PERSON"), ("Ana María de Zela", "PERSON"),
    ("Ford Motor Company", "ORG"), ("Ford", "ORG"), ("Henry Ford", "PERSON"),
    ("Secretaría de Relaciones Exteriores", "ORG"), ("SRE", "ORG"), ("Senate Rules Executive", "ORG"),
    ("Peru", "GPE"), ("PERU", "GPE"), ("Lima", "GPE"), ("Lima", "ORG"), ("New Mexico", "GPE"),
    ("Mexico", "GPE"), ("United States", "GPE"), ("U.S.", "GPE"), ("José Jerí", "PERSON"),
    ("Jose Jeri", "PERSON"), ("Jerí", "PERSON"), ("Andrés Manuel López Obrador", "PERSON"),
    ("López Obrador", "PERSON"), ("Obrador", "PERSON"),
]


_VALUES = ["2024", "2024-03", "2024-03-05", None, "2024-W10", "2023-12-31T10:00", "2024-03-05TMO"]


def _snapshot(collection: Collection) -> list[tuple]:
    return [(e.id, e.name, e.type, e.members, e.mention_count) for e in collection.entities()]


@given(
    articles=st.lists(st.lists(st.sampled_from(range(len(_POOL))), min_size=1, max_size=5,
                               unique=True), min_size=1, max_size=12),
    looks=st.lists(st.booleans(), min_size=12, max_size=12),
    corrections=st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30), st.booleans()), max_size=3),
)
@settings(max_examples=150, deadline=None)
def test_entities_after_each_addition_equal_a_fresh_build(articles, looks, corrections) -> None:
    pairs = [
        article(f"a{n}", *(entity(*_POOL[i]) for i in chosen),
                events=tuple(event(_VALUES[(i + n) % len(_VALUES)], f"{n}/{i}") for i in chosen))
        for n, chosen in enumerate(articles)
    ]
    growing = Collection()
    for (art, analysis), look in zip(pairs, looks, strict=False):
        growing.add(art, analysis)
        if look:
            growing.entities()
            growing.timeline()
    fresh = Collection(pairs)
    assert _snapshot(growing) == _snapshot(fresh)
    assert growing.timeline() == fresh.timeline()
    keys = [(calendar_interval(e.value) or (datetime.max,))[0] for e in fresh.timeline()]
    assert keys == sorted(keys)
    for collection in (growing, fresh):
        seen = [m for e in collection.entities() for m in e.members]
        assert len(seen) == len(set(seen)) == sum(len(p[1].entities) for p in pairs)
        assert len({e.id for e in collection.entities()}) == len(collection.entities())
        for e in collection.entities():
            for member in e.members:
                assert collection.entity_of(*member) is e and collection.entity(e.id) is e
    for first, second, split in corrections:
        entities = growing.entities()
        a, b = entities[first % len(entities)], entities[second % len(entities)]
        if split and len(a.members) > 1:
            new_id = growing.split(a.id, a.members[:1])
            assert growing.entity(new_id).members == a.members[:1]
        elif not split:
            merged = growing.merge(a.id, b.id)
            assert set(a.members) | set(b.members) <= set(growing.entity(merged).members)
        ids = [e.id for e in growing.entities()]
        assert len(ids) == len(set(ids))
        assert sorted(m for e in growing.entities() for m in e.members) == sorted(
            m for e in entities for m in e.members)


# ----------------------------------------------------------------------------- engine v2: the collection decides


def test_a_frequent_name_is_never_swallowed_by_a_rare_fuller_one() -> None:
    pairs = [article(f"x{i}", entity("Christmas", "OTHER")) for i in range(6)]
    pairs.append(article("one-off", entity("Merry Christmas", "OTHER")))
    collection = Collection(pairs)
    assert sorted(names(collection)) == [("Christmas", 6), ("Merry Christmas", 1)]
    # a surname named about as often as the full name still joins it
    collection = Collection([
        article("a", entity("Tony Blair", "PERSON", "Blair")),
        article("b", entity("Blair", "PERSON")),
        article("c", entity("Blair", "PERSON")),
    ])
    assert names(collection) == [("Tony Blair", 3)]


def test_an_entity_is_named_by_its_most_frequent_full_form() -> None:
    collection = Collection([
        article("a", entity("Time Warner Inc", "ORG")),
        article("b", entity("Time Warner", "ORG", "Time Warner")),
        article("c", entity("Time Warner", "ORG")),
        article("d", entity("Time Warner Inc", "ORG", "Time Warner")),
    ])
    [only] = collection.entities()
    assert (only.name, only.article_count) == ("Time Warner", 4)


def test_the_type_is_the_collections_not_the_first_articles() -> None:
    collection = Collection([
        article("first", entity("Quorin Vale", "ORG")),
        article("b", entity("Quorin Vale", "PERSON", "Vale")),
        article("c", entity("Quorin Vale", "PERSON")),
    ])
    [only] = collection.entities()
    assert only.type == "PERSON"
