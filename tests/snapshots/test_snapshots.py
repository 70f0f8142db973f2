"""SVG snapshots of the main screen (pytest-textual-snapshot), at 160x45 and 80x24.

The screen shows the bundled sample with an analysis built from its hand annotation
(``tests/data/seed-article.json``), so the pictures change only when the app's look does, not
when the engine improves. Update with ``pytest tests/snapshots --snapshot-update`` and look at
each picture before committing it.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from newsview.models.document import Analysis, Article, Entity, Event, Mention, Timex
from newsview.seeds import seed_paths
from newsview.tui.app import NewsviewApp

GOLD = Path(__file__).parent.parent / "data" / "seed-article.json"


def sample_app() -> NewsviewApp:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    path = next(p for p in seed_paths() if p.name == Path(gold["document"]).name)
    text = path.read_text(encoding="utf-8")
    demonyms = {d["links_to"]: d["mentions"] for d in gold["demonyms"]}
    entities = []
    for number, e in enumerate(gold["entities"]):
        mentions = [Mention(s, t, x) for s, t, x in e["mentions"]]
        mentions += [Mention(s, t, x, "demonym") for s, t, x in demonyms.get(e["name"], [])]
        mentions.sort(key=lambda m: m.start)
        entities.append(Entity(f"e{number}", e["name"], e["type"], tuple(mentions)))
    timexes = tuple(
        Timex(t["start"], t["end"], t["text"], t["type"], t["value"]) for t in gold["timexes"]
    )
    events = []
    for c in gold["chronology"]:
        start, end = c["sentence_start"], c["sentence_end"]
        involved = tuple(
            e.id for e in entities if any(start <= m.start < end for m in e.mentions)
        )
        events.append(Event(c["value"], c["timex"], start, end, text[start:end], involved))
    analysis = Analysis((), tuple(entities), timexes, tuple(events))
    article = Article(
        gold["id"], f"seeds/{path.name}", text, None, date.fromisoformat(gold["dct"]), "text"
    )
    return NewsviewApp(articles=[article], analyses=[analysis])


def test_main_screen_wide(snap_compare):
    # The first person selected, then the next of her mentions: the three highlight levels.
    assert snap_compare(sample_app(), terminal_size=(160, 45), press=["down", "n"])


def test_main_screen_narrow(snap_compare):
    assert snap_compare(sample_app(), terminal_size=(80, 24), press=["down", "n"])


def test_narrow_chronology_with_an_event_marked(snap_compare):
    assert snap_compare(sample_app(), terminal_size=(80, 24), press=["down", "c", "down", "down"])


def test_narrow_mentions_list(snap_compare):
    # The concordance at 80x24: every mention of the first person with its context, the
    # third one chosen (Enter), the text scrolled to it.
    assert snap_compare(
        sample_app(), terminal_size=(80, 24), press=["down", "m", "down", "down", "enter"]
    )
