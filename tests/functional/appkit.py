"""Helpers for the app's Pilot tests: small articles of our own with hand-built analyses.

The analyses are built from the text by naming each entity's surface forms, so every offset
is the text's own; they go into the app through its documented ``analyses=`` seam.
"""

from __future__ import annotations

import re
from datetime import date

from newsview.models.document import Analysis, Article, Entity, Event, Mention, Timex
from newsview.models.text import sentence_spans
from newsview.tui.app import NewsviewApp

WIDE = (160, 45)
NARROW = (80, 24)

STORY = (
    "Maria Lopez met John Smith in Paris on 3 May 2024. Lopez said the French team would "
    "visit Berlin.\n"
    "A year later, Smith returned to Paris. The Acme Corporation paid for the trip.\n"
    "Lopez spoke again in June 2023 about Paris.\n"
)

STORY_ENTITIES = [
    ("maria-lopez", "Maria Lopez", "PERSON", ["Maria Lopez", "Lopez"], []),
    ("john-smith", "John Smith", "PERSON", ["John Smith", "Smith"], []),
    ("paris", "Paris", "GPE", ["Paris"], []),
    ("france", "France", "GPE", [], ["French"]),
    ("berlin", "Berlin", "GPE", ["Berlin"], []),
    ("acme", "Acme Corporation", "ORG", ["Acme Corporation"], []),
]
STORY_TIMEXES = [("3 May 2024", "2024-05-03"), ("A year later", "2025"), ("June 2023", "2023-06")]


def occurrences(text: str, form: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"\b" + re.escape(form) + r"\b", text)]


def build_analysis(
    text: str,
    entities: list[tuple[str, str, str, list[str], list[str]]],
    timexes: list[tuple[str, str | None]],
) -> Analysis:
    """An Analysis whose mentions are every occurrence of the given forms (longest first, no
    overlaps) and whose chronology has one event per time expression, ordered by value."""
    taken: list[tuple[int, int]] = []
    built = []
    forms = sorted(
        ((form, i, kind) for i, e in enumerate(entities) for kind, fs in (("name", e[3]),
         ("demonym", e[4])) for form in fs),
        key=lambda f: -len(f[0]),
    )
    found: dict[int, list[Mention]] = {i: [] for i in range(len(entities))}
    for form, i, kind in forms:
        for start, end in occurrences(text, form):
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            found[i].append(Mention(start, end, text[start:end], kind))
    for i, (eid, name, etype, _, _) in enumerate(entities):
        built.append(Entity(eid, name, etype, tuple(sorted(found[i], key=lambda m: m.start))))
    sentences = tuple(sentence_spans(text))
    timex_objects = []
    for phrase, value in timexes:
        start, end = occurrences(text, phrase)[0]
        timex_objects.append(Timex(start, end, phrase, "DATE", value))
    timex_objects.sort(key=lambda t: t.start)
    events = []
    for number, timex in enumerate(timex_objects):
        sentence = next(s for s in sentences if s.start <= timex.start < s.end)
        involved = tuple(
            e.id for e in built if any(sentence.start <= m.start < sentence.end for m in e.mentions)
        )
        events.append(
            Event(timex.value, number, sentence.start, sentence.end,
                  text[sentence.start:sentence.end], involved)
        )
    events.sort(key=lambda e: (e.value or "9999", e.start))
    return Analysis(sentences, tuple(built), tuple(timex_objects), tuple(events))


def story_article(**overrides) -> Article:
    fields = dict(
        id="story", path="/tmp/story.txt", text=STORY, title="A story of our own",
        published=date(2024, 5, 4), published_from="metadata",
    )
    fields.update(overrides)
    return Article(**fields)


def story_analysis(text: str = STORY) -> Analysis:
    return build_analysis(text, STORY_ENTITIES, STORY_TIMEXES)


def span_of(text: str, form: str, nth: int = 0) -> tuple[int, int]:
    return occurrences(text, form)[nth]


def option_texts(option_list) -> list[str]:
    """The plain text of each row of an OptionList."""
    return [str(option_list.get_option_at_index(i).prompt) for i in range(option_list.option_count)]





def story_app(**overrides) -> NewsviewApp:
    return NewsviewApp(articles=[story_article(**overrides)], analyses=[story_analysis()])


async def settle(pilot) -> None:
    """Wait until the app's workers are done and the screen has caught up."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def screen_text(app) -> str:
    """The screen as drawn, one line per row."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())
