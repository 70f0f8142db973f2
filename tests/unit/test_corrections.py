"""The user's corrections as constraints on the engine's reading: merge, split, retype, rename,
drop, add and note; scope by article identity; "not applied" when a target is gone; the
exchange format; and across a collection."""

from __future__ import annotations

import json
from datetime import date

import pytest

from newsview.models.analysis import analyse
from newsview.models.collection import Collection
from newsview.models.corrections import (
    SPLIT_OFF,
    Add,
    Drop,
    Merge,
    Note,
    Rename,
    Retype,
    Split,
    apply_corrections,
    apply_with_report,
    dumps,
    from_record,
    occurrences,
    parse_jsonl,
    to_record,
    verdict,
)
from newsview.models.document import Article, text_hash

GIBRALTAR = ("Gibraltar held a vote on Monday. People on the Rock voted to stay British, "
             "said Peter Caruana.")
WASHINGTON = ("George Washington crossed the river on Monday. Washington then wrote to "
              "Congress. Washington was tired.")
TORY = "Tory voters were angry, said Michael Howard. He saw The Phantom Menace twice, said Mr Howard."
NASTY = ("Labour called the Conservatives the Nasty Party on Monday. The Nasty Party label "
         "stuck, said Tony Blair. Nasty Party? asked Blair.")
DAY = date(2005, 3, 1)


def by_name(analysis, name):
    return next(e for e in analysis.entities if e.name == name)


def names(analysis):
    return [e.name for e in analysis.entities]


def offsets_hold(analysis, text):
    for entity in analysis.entities:
        for m in entity.mentions:
            assert text[m.start:m.end] == m.text


def test_merge_makes_one_entity_named_as_the_first_name():
    raw = analyse(GIBRALTAR, DAY)
    assert {"Gibraltar", "Rock"} <= set(names(raw))
    fixed = analyse(GIBRALTAR, DAY, corrections=[Merge(names=("Gibraltar", "Rock"))])
    assert "Rock" not in names(fixed)
    gibraltar = by_name(fixed, "Gibraltar")
    assert [m.text for m in gibraltar.mentions] == ["Gibraltar", "Rock"]
    assert gibraltar.corrected == ("merge",)
    assert gibraltar.type == "GPE"
    offsets_hold(fixed, GIBRALTAR)


def test_merge_into_a_target_this_article_lacks_takes_its_name():
    text = "People on the Rock voted on Monday."
    fixed = analyse(text, DAY, corrections=[Merge(names=("Gibraltar", "Rock"))])
    assert "Gibraltar" in names(fixed) and "Rock" not in names(fixed)


def test_merge_is_explained():
    fixed = analyse(GIBRALTAR, DAY, explain=True, corrections=[Merge(names=("Gibraltar", "Rock"))])
    links = by_name(fixed, "Gibraltar").why.links
    assert ("Rock", "Gibraltar", "merged by a correction into") in links


def test_chronology_follows_the_corrected_entities():
    fixed = analyse(GIBRALTAR, DAY, corrections=[Drop(name="Gibraltar")])
    assert all("gibraltar" not in event.entities for event in fixed.chronology)
    raw = analyse(GIBRALTAR, DAY)
    assert any("gibraltar" in event.entities for event in raw.chronology)


def test_a_correction_keeps_the_chronologys_dates():
    text = "Gibraltar is currently quiet. People on the Rock voted on Monday."
    raw = analyse(text, DAY)
    fixed = analyse(text, DAY, corrections=[Merge(names=("Gibraltar", "Rock"))])
    assert [(e.value, e.inferred) for e in fixed.chronology] == [
        (e.value, e.inferred) for e in raw.chronology] == [("2005-02-28", False), ("2005-03-01", True)]
    assert [e.entities for e in fixed.chronology] == [("gibraltar",), ("gibraltar",)]


def test_split_takes_the_variant_out_and_keeps_it_apart():
    fixed = analyse(WASHINGTON, DAY, corrections=[Split(name="George Washington",
                                                        variant="Washington")])
    person = by_name(fixed, "George Washington")
    assert [m.text for m in person.mentions] == ["George Washington"]
    apart = by_name(fixed, "Washington")
    assert [m.text for m in apart.mentions] == ["Washington", "Washington"]
    assert apart.corrected == (SPLIT_OFF,) and person.corrected == ("split",)
    assert apart.id != person.id
    offsets_hold(fixed, WASHINGTON)


def test_retype_and_explanation():
    fixed = analyse(TORY, DAY, explain=True,
                    corrections=[Retype(name="Phantom Menace", type="OTHER")])
    entity = by_name(fixed, "Phantom Menace")
    assert entity.type == "OTHER" and entity.corrected == ("retype",)
    assert entity.why.type[0][0] == "retyped Organisations -> Other by a correction"


def test_retyping_a_nationality_word_takes_it_apart_from_its_country():
    raw = analyse(TORY, DAY)
    party = next(e for e in raw.entities if any(m.text == "Tory" for m in e.mentions))
    assert party.name == "Conservative Party" and party.mentions[0].form == "demonym"
    fixed = analyse(TORY, DAY, corrections=[Retype(name="Tory", type="NORP")])
    tory = by_name(fixed, "Tory")
    assert tory.type == "NORP" and [m.text for m in tory.mentions] == ["Tory"]
    assert tory.mentions[0].form == "name" and tory.corrected == ("retype",)
    assert "Conservative Party" not in names(fixed)  # it had no other mention here


def test_rename_changes_the_displayed_name_only():
    fixed = analyse(GIBRALTAR, DAY, corrections=[Rename(name="Rock", to="The Rock")])
    entity = by_name(fixed, "The Rock")
    assert [m.text for m in entity.mentions] == ["Rock"] and entity.corrected == ("rename",)


def test_rename_to_an_existing_name_is_a_merge():
    fixed = analyse(GIBRALTAR, DAY, corrections=[Rename(name="Rock", to="Gibraltar")])
    assert names(fixed).count("Gibraltar") == 1 and "Rock" not in names(fixed)
    assert len(by_name(fixed, "Gibraltar").mentions) == 2


def test_drop_removes_the_entity():
    fixed = analyse(TORY, DAY, corrections=[Drop(name="phantom menace")])  # case-blind
    assert "Phantom Menace" not in names(fixed)


ZONE = ("The Green Zone was shelled on Monday. Green Zone Smith fled, said Tony Blair. "
        "Green Zone? asked Blair.")


def test_add_marks_every_occurrence_and_unifies_the_engines_readings():
    raw = analyse(ZONE, DAY)
    # the engine reads one of three inside a person's name ("Green Zone Smith")
    assert names(raw).count("Green Zone") == 1 and "Green Zone Smith" in names(raw)
    fixed = analyse(ZONE, DAY, corrections=[Add(text="Green Zone", type="LOC")])
    zones = [e for e in fixed.entities if e.name == "Green Zone"]
    assert len(zones) == 1
    assert len(zones[0].mentions) == 3 and zones[0].type == "LOC"
    assert zones[0].corrected == ("add",)
    offsets_hold(fixed, ZONE)


def test_add_a_new_entity_and_to_an_existing_one():
    text = "The green belt grew on Monday, said Tony Blair. The green belt is big."
    fixed = analyse(text, DAY, corrections=[Add(text="green belt", type="LOC")])
    belt = by_name(fixed, "green belt")
    assert belt.type == "LOC" and len(belt.mentions) == 2
    joined = analyse(text, DAY, corrections=[Add(text="green belt", entity="Tony Blair")])
    assert len(by_name(joined, "Tony Blair").mentions) == 3
    offsets_hold(joined, text)


def test_occurrences_are_whole_words():
    assert occurrences("Rock, Rocky, rock Rock.", "Rock") == [(0, 4), (18, 22)]


def test_corrections_apply_in_order_and_a_raw_analysis_plus_corrections_is_the_same():
    corrections = [Merge(names=("Gibraltar", "Rock")), Retype(name="Gibraltar", type="LOC")]
    raw = analyse(GIBRALTAR, DAY)
    assert apply_corrections(raw, GIBRALTAR, corrections) == analyse(
        GIBRALTAR, DAY, corrections=corrections)
    assert by_name(analyse(GIBRALTAR, DAY, corrections=corrections), "Gibraltar").type == "LOC"
    assert analyse(GIBRALTAR, DAY) == raw  # the raw reading is untouched


def test_scope_by_article_hash_then_by_id_hint():
    digest = text_hash(GIBRALTAR)
    mine = Drop(name="Rock", scope="a1", article=digest)
    assert "Rock" not in names(analyse(GIBRALTAR, DAY, corrections=[mine]))
    # the same text under another id (another folder): the hash decides
    assert "Rock" not in names(analyse(GIBRALTAR, DAY, corrections=[mine], article_id="zz"))
    other = Drop(name="Rock", scope="a1", article="0" * 64)
    assert "Rock" in names(analyse(GIBRALTAR, DAY, corrections=[other]))
    hinted = Drop(name="Rock", scope="a1")  # imported without a hash: the id decides
    assert "Rock" not in names(analyse(GIBRALTAR, DAY, corrections=[hinted], article_id="a1"))
    assert "Rock" in names(analyse(GIBRALTAR, DAY, corrections=[hinted], article_id="a2"))


def test_a_correction_that_finds_no_target_is_reported_not_applied():
    raw = analyse(GIBRALTAR, DAY)
    gone = Drop(name="Nobody Atall")
    changed = Drop(name="Rock", scope="a1", article="0" * 64)
    fixed, outcomes = apply_with_report(raw, GIBRALTAR, [gone, changed], article_id="a1")
    assert fixed == raw
    assert [(o.applied, o.detail) for o in outcomes] == [
        (False, "no entity named 'Nobody Atall' here"),
        (False, "the article's text has changed since")]
    assert verdict(gone, outcomes) == "not applied: no entity named 'Nobody Atall' here"
    assert verdict(changed, outcomes) == "not applied: the article's text has changed since"
    assert verdict(Drop(name="Rock"), outcomes) == "not applied: no article in its scope"
    _, applied = apply_with_report(raw, GIBRALTAR, [Drop(name="Rock")])
    assert verdict(Drop(name="Rock"), applied) == "applied: 1 mention in 1 article"


def test_notes_change_nothing_and_report_their_target():
    raw = analyse(GIBRALTAR, DAY)
    on_entity = Note(note="check the vote", name="Gibraltar")
    on_sentence = Note(note="quote", sentence="Gibraltar held a vote on Monday.")
    lost = Note(note="x", sentence="No such sentence.")
    fixed, outcomes = apply_with_report(raw, GIBRALTAR, [on_entity, on_sentence, lost])
    assert fixed == raw
    assert [o.applied for o in outcomes] == [True, True, False]


# ----------------------------------------------------------------------------- exchange


@pytest.mark.parametrize("line", [
    '{"action": "merge", "names": ["Time Warner", "TimeWarner"], "scope": "all"}',
    '{"action": "retype", "name": "Tory", "type": "NORP", "scope": "all"}',
    '{"action": "drop", "name": "Phantom Menace", "scope": "all"}',
    '{"action": "add", "text": "Nasty Party", "type": "ORG", "scope": "all"}',
    '{"action": "rename", "name": "Rock", "to": "Gibraltar", "scope": "all"}',
    '{"action": "split", "name": "Washington", "variant": "Washington", "scope": "bbc-001"}',
    '{"action": "note", "name": "Tory", "note": "party members", "scope": "all"}',
])
def test_the_documented_shapes_round_trip(line):
    correction = from_record(json.loads(line))
    assert to_record(correction) == json.loads(line)
    assert from_record(json.loads(dumps(correction))) == correction


def test_a_file_with_errors_names_each_bad_line():
    text = "\n".join([
        '{"action": "drop", "name": "Rock", "scope": "all"}',
        '{"action": "mege", "names": ["a", "b"]}',
        "",
        '{"action": "retype", "name": "Tory", "type": "PARTY"}',
        "not json",
        '{"action": "merge", "names": ["only one"]}',
    ])
    found, errors = parse_jsonl(text)
    assert len(found) == 1
    assert len(errors) == 4
    assert errors[0].startswith("line 2: unknown action 'mege'")
    assert errors[1].startswith("line 4: retype: unknown type 'PARTY'")
    assert errors[2].startswith("line 5: not JSON")
    assert errors[3].startswith("line 6: merge: 'names'")
    assert all("\n" not in e for e in errors)


def test_type_words_are_read_as_codes():
    assert from_record({"action": "retype", "name": "Tory", "type": "Groups"}).type == "NORP"
    assert from_record({"action": "retype", "name": "Tory", "type": "org"}).type == "ORG"


# ----------------------------------------------------------------------------- collection


def corrected_collection(texts, corrections):
    pairs = []
    for number, text in enumerate(texts):
        article = Article(f"a{number}", f"a{number}.txt", text, published=DAY)
        pairs.append((article, analyse(text, DAY, corrections=corrections,
                                       article_id=article.id)))
    return Collection(pairs)


def test_a_merge_rule_holds_across_articles():
    texts = ["Shares in Time Warner rose on Monday, said Tony Blair.",
             "Analysts at TimeWarner were surprised on Tuesday."]
    raw = corrected_collection(texts, [])
    assert {"Time Warner", "TimeWarner"} <= {e.name for e in raw.entities()}
    fixed = corrected_collection(texts, [Merge(names=("Time Warner", "TimeWarner"))])
    company = [e for e in fixed.entities() if "TimeWarner" in e.variants]
    assert len(company) == 1
    assert company[0].name == "Time Warner" and company[0].article_count == 2


def test_a_split_rule_stays_apart_across_articles():
    texts = [WASHINGTON, "Washington was busy on Friday, said George Washington."]
    fixed = corrected_collection(texts, [Split(name="George Washington", variant="Washington")])
    george = [e for e in fixed.entities() if e.name == "George Washington"]
    assert len(george) == 1 and "Washington" not in george[0].variants


def test_a_retype_and_rename_rule_across_articles():
    texts = [GIBRALTAR, "People on the Rock were happy on Friday."]
    fixed = corrected_collection(texts, [Rename(name="Rock", to="The Rock"),
                                         Retype(name="Rock", type="GPE")])
    rock = [e for e in fixed.entities() if "Rock" in e.variants]
    assert len(rock) == 1
    assert (rock[0].name, rock[0].type, rock[0].article_count) == ("The Rock", "GPE", 2)


# ----------------------------------------------------------------------------- properties

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

TEXTS = [GIBRALTAR, WASHINGTON, TORY, NASTY]
RAW = {text: analyse(text, DAY) for text in TEXTS}
POOL = [
    Merge(names=("Gibraltar", "Rock")), Merge(names=("Tony Blair", "Labour")),
    Merge(names=("Nasty Party", "Conservatives", "Labour")),
    Split(name="George Washington", variant="Washington"), Split(name="Maria", variant="x"),
    Retype(name="Tory", type="NORP"), Retype(name="Rock", type="LOC"),
    Rename(name="Rock", to="Gibraltar"), Rename(name="Michael Howard", to="Mr Howard"),
    Rename(name="Washington", to="George Washington"),
    Drop(name="Phantom Menace"), Drop(name="Gibraltar"), Drop(name="Congress"),
    Add(text="Nasty Party", type="ORG"), Add(text="river", entity="George Washington"),
    Add(text="voters", type="NORP"), Add(text="Tory voters", type="NORP"),
    Add(text="Washington", entity="Congress"), Note(note="n", name="Rock"),
]


@given(st.sampled_from(TEXTS), st.lists(st.sampled_from(POOL), max_size=8))
def test_any_corrections_keep_the_analysis_well_formed(text, corrections):
    fixed = apply_corrections(RAW[text], text, corrections)
    ids = [e.id for e in fixed.entities]
    assert len(ids) == len(set(ids))  # ids unique
    spans = []
    for entity in fixed.entities:
        assert entity.mentions  # no entity without a mention
        for m in entity.mentions:
            assert text[m.start:m.end] == m.text  # offsets index the text as read
            spans.append((m.start, m.end))
    spans.sort()
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))  # no overlaps
    firsts = [e.mentions[0].start for e in fixed.entities]
    assert firsts == sorted(firsts)  # in order of first mention, as the engine gives them
    for event in fixed.chronology:
        assert set(event.entities) <= set(ids)
    assert fixed.timexes == RAW[text].timexes and fixed.sentences == RAW[text].sentences
