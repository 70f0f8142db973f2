"""The word knowledge of the time engine, read from ``data/time_words.tsv`` on first use.

The file is one row a word (kind, word, value, note), the way HeidelTime keeps its rule
resources as data; ``data/SOURCES.md`` says where it comes from. Reading it costs about a
millisecond, on the first analysis, not at import.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

KINDS = frozenset(
    "number vague_number approximately unit part_of_day season part_ordinal decade_word"
    " century_word zone set reference holiday quantity_after currency_before clock_after"
    " tense_future future_after_be future_verb tense_present tense_past present_event"
    " reporting past_form participle not_past intention arrangement day_name game_word"
    " delivery_after".split()
)


@dataclass(frozen=True, slots=True)
class Holiday:
    rule: str  # "12-25", "easter+1", "11-thu-4", "05-mon-last"
    needs_signal: bool  # only a date after a preposition ("on Christmas", not "Christmas sales")


@dataclass(frozen=True, slots=True)
class TimeWords:
    numbers: dict[str, float]
    vague_numbers: frozenset[str]
    approximations: tuple[str, ...]
    units: dict[str, str]  # "decade" -> "10Y"
    parts_of_day: dict[str, str]  # "morning" -> "MO"
    seasons: dict[str, str]
    part_ordinals: dict[str, int]  # quarters and halves: "third" -> 3
    decade_words: dict[str, int]
    century_words: dict[str, int]
    zones: dict[str, str]  # "gmt" -> "Z"; "" where the zone has no fixed offset
    sets: dict[str, str]  # "weekly" -> "P1W"
    references: dict[str, str]  # "recently" -> "PAST_REF"
    holidays: dict[str, Holiday]
    quantity_after: frozenset[str]
    currency_before: frozenset[str]
    clock_after: frozenset[str]
    tense_future: frozenset[str]
    future_after_be: frozenset[str]
    future_verbs: frozenset[str]
    tense_present: frozenset[str]
    tense_past: frozenset[str]
    present_events: frozenset[str]
    reporting: frozenset[str]
    past_forms: frozenset[str]
    participles: frozenset[str]
    not_past: frozenset[str]
    intentions: frozenset[str]  # "agreed", "expected": ahead before "to" + verb, or passive
    arrangements: frozenset[str]  # "planned", "scheduled": point ahead even in the past
    planned_adjectives: frozenset[str]  # "a planned attack": no tense of its own
    day_names: frozenset[str]  # "black", "super": a weekday after them is a named day
    adverb_sets: frozenset[str]  # "quarterly": a repeat as an adverb, not before a noun
    game_words: frozenset[str]  # "touchdown", "scored": a quarter of a game, not of a year
    delivery_words: frozenset[str]  # "crude", "copper": a month before them is a delivery's


def _rows(text: str) -> dict[str, list[list[str]]]:
    by_kind: dict[str, list[list[str]]] = {kind: [] for kind in KINDS}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if cells[0] not in by_kind:
            raise ValueError(f"time_words.tsv line {number}: unknown kind {cells[0]!r}")
        by_kind[cells[0]].append(cells[1:])
    return by_kind


@cache
def time_words() -> TimeWords:
    """The time engine's words, read once per process."""
    from importlib import resources  # imported on first use: the engine's import stays cheap

    text = resources.files("newsview.models.data").joinpath("time_words.tsv").read_text("utf-8")
    return parse_time_words(text)


def parse_time_words(text: str) -> TimeWords:
    """``TimeWords`` from the text of a time words file (a bad row raises ValueError)."""
    rows = _rows(text)

    def words(kind: str) -> frozenset[str]:
        return frozenset(row[0] for row in rows[kind])

    def mapping(kind: str) -> dict[str, str]:
        return {row[0]: row[1] if len(row) > 1 else "" for row in rows[kind]}

    return TimeWords(
        numbers={word: float(value) for word, value in mapping("number").items()},
        vague_numbers=words("vague_number"),
        approximations=tuple(row[0] for row in rows["approximately"]),
        units=mapping("unit"),
        parts_of_day=mapping("part_of_day"),
        seasons=mapping("season"),
        part_ordinals={word: int(value) for word, value in mapping("part_ordinal").items()},
        decade_words={word: int(value) for word, value in mapping("decade_word").items()},
        century_words={word: int(value) for word, value in mapping("century_word").items()},
        zones=mapping("zone"),
        sets=mapping("set"),
        references=mapping("reference"),
        holidays={
            row[0]: Holiday(row[1], len(row) > 2 and row[2] == "signal") for row in rows["holiday"]
        },
        quantity_after=words("quantity_after"),
        currency_before=words("currency_before"),
        clock_after=words("clock_after"),
        tense_future=words("tense_future"),
        future_after_be=words("future_after_be"),
        future_verbs=words("future_verb"),
        tense_present=words("tense_present"),
        tense_past=words("tense_past"),
        present_events=words("present_event"),
        reporting=words("reporting"),
        past_forms=words("past_form"),
        participles=words("participle"),
        not_past=words("not_past"),
        intentions=words("intention"),
        arrangements=words("arrangement"),
        planned_adjectives=frozenset(row[0] for row in rows["arrangement"] if row[2:3] == ["adjective"]),
        day_names=words("day_name"),
        adverb_sets=frozenset(row[0] for row in rows["set"] if row[2:3] == ["adverb"]),
        game_words=words("game_word"),
        delivery_words=words("delivery_after"),
    )
