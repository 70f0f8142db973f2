"""The sample article against its hand-made gold, exactly: every span, grouping, type, value and
the chronology's order. The substituted copy (names swapped, dates shifted; see
data/make_substituted.py) must come out exactly as right, so nothing may know the sample."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from newsview.models.analysis import analyse

DATA = Path(__file__).parent / "data"
GOLDS = ["seed-article", "seed-substituted"]


def load(name: str) -> tuple[dict, str, date]:
    gold = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    record = json.loads((DATA / f"{name}.input.jsonl").read_text(encoding="utf-8"))
    return gold, record["text"], date.fromisoformat(record["dct"])


def expected_entities(gold: dict) -> set[tuple[str, frozenset]]:
    demonyms: dict[str, list] = {}
    for dem in gold["demonyms"]:
        demonyms.setdefault(dem["links_to"], []).extend(dem["mentions"])
    out = set()
    for ent in gold["entities"]:
        mentions = {(s, e, t, "name") for s, e, t in ent["mentions"]}
        mentions |= {(s, e, t, "demonym") for s, e, t in demonyms.get(ent["name"], [])}
        out.add((ent["type"], frozenset(mentions)))
    return out


@pytest.mark.parametrize("name", GOLDS)
def test_entities_mentions_and_grouping_are_exact(name: str) -> None:
    gold, text, dct = load(name)
    analysis = analyse(text, dct)
    found = {
        (e.type, frozenset((m.start, m.end, m.text, m.form) for m in e.mentions))
        for e in analysis.entities
    }
    assert found == expected_entities(gold)


@pytest.mark.parametrize("name", GOLDS)
def test_canonical_names_are_the_fullest_forms(name: str) -> None:
    gold, text, dct = load(name)
    names = {e.name for e in analyse(text, dct).entities}
    assert names == {ent["name"] for ent in gold["entities"]}


@pytest.mark.parametrize("name", GOLDS)
def test_time_expressions_are_exact(name: str) -> None:
    gold, text, dct = load(name)
    found = [(t.start, t.end, t.text, t.type, t.value) for t in analyse(text, dct).timexes]
    assert found == [(t["start"], t["end"], t["text"], t["type"], t["value"]) for t in gold["timexes"]]


@pytest.mark.parametrize("name", GOLDS)
def test_chronology_is_exact_and_in_order(name: str) -> None:
    gold, text, dct = load(name)
    analysis = analyse(text, dct)
    found = [(ev.value, ev.timex, ev.start, ev.end) for ev in analysis.chronology]
    expected = [
        (ev["value"], ev["timex"], ev["sentence_start"], ev["sentence_end"]) for ev in gold["chronology"]
    ]
    assert found == expected
    for ev in analysis.chronology:
        assert text[ev.start : ev.end] == ev.sentence
        inside = {e.id for e in analysis.entities for m in e.mentions if ev.start <= m.start < ev.end}
        assert set(ev.entities) == inside
