"""The word lists behind entity detection, loaded lazily once per process.

The lists live in ``data/`` (built by ``data/build_lists.py``; sources in ``data/SOURCES.md``).
Everything is keyed by folded text (``text.fold_word``), so lookups are accent- and case-blind.
Loading costs a few tens of milliseconds, so it happens on first use, not at import.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsview.models.text import fold_word


def phrase_key(text: str) -> str:
    """A folded, space-normalised key for a name or phrase ("U.S." and "US" differ)."""
    return " ".join(fold_word(text).split())


@dataclass(frozen=True, slots=True)
class Place:
    name: str  # canonical name
    type: str  # GPE or LOC
    is_country: bool
    country_code: str = ""  # ISO code, kept only where a country shares a name with a place


@dataclass(frozen=True, slots=True)
class Lexicon:
    places: dict[str, Place]  # folded name or alias -> the place it names
    homonyms: dict[str, str]  # folded country name -> country of a big place so named ("US")
    demonyms: dict[str, str]  # folded nationality adjective -> canonical place name
    group_nouns: frozenset[str]  # folded plural group nouns: "peruvians", "muslims"
    norp_adjectives: dict[str, str]  # folded adjective -> its group noun: "muslim" -> "Muslims"
    first_names: frozenset[str]
    common_words: frozenset[str]
    titles: frozenset[str]  # folded title phrases ("prime minister", "mr.")
    org_words: frozenset[str]  # folded last words / phrases that make a name an ORG
    org_heads: frozenset[str]
    loc_words: frozenset[str]
    loc_heads: frozenset[str]
    other_words: frozenset[str]
    other_heads: frozenset[str]
    other_names: frozenset[str]  # "internet", "ramadan", "arabic"
    gpe_words: frozenset[str]  # "county", "province"
    known_orgs: frozenset[str]  # news agencies and outlets: "reuters", "xinhua"
    place_qualifiers: frozenset[str]  # "north", "new", "upper"


def _lines(name: str) -> list[str]:
    import gzip  # imported on first use: the engine's import stays cheap
    from importlib import resources

    data = resources.files("newsview.models.data").joinpath(name)
    if name.endswith(".gz"):
        with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
            return handle.read().splitlines()
    return data.read_text(encoding="utf-8").splitlines()


def _rows(name: str) -> list[list[str]]:
    return [line.split("\t") for line in _lines(name) if line and not line.startswith("#")]


def _plural(demonym: str) -> str | None:
    if demonym.endswith(("ese", "ish", "ch", "ss", "sh", "ss", "i")) or " " in demonym:
        return demonym + "s" if demonym.endswith("i") else None
    return demonym + "s"


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lists, loaded on first use and cached for the process."""
    places: dict[str, Place] = {}
    for name, kind, country_code in _rows("places.tsv.gz"):
        places[phrase_key(name)] = Place(name, kind, False, country_code)
    demonyms: dict[str, str] = {}
    group_nouns: set[str] = set()
    for name, _iso, others, adjectives in _rows("countries.tsv"):
        country = Place(name, "GPE", True)
        for alias in [name, *(o for o in others.split("|") if o)]:
            places[phrase_key(alias)] = country
        for adjective in (a for a in adjectives.split("|") if a):
            demonyms.setdefault(phrase_key(adjective), name)
            plural = _plural(adjective)
            if plural:
                group_nouns.add(phrase_key(plural))
    for region, adjectives in _rows("region_demonyms.tsv"):
        for adjective in adjectives.split("|"):
            demonyms.setdefault(phrase_key(adjective), region)
            plural = _plural(adjective)
            if plural:
                group_nouns.add(phrase_key(plural))
    roles: dict[str, set[str]] = {}
    for role, phrase in _rows("name_words.tsv"):
        roles.setdefault(role, set()).add(phrase_key(phrase))
    group_nouns_from_adjectives = {
        phrase_key(p.split(":")[1]) for p in roles.get("norp_adjective", ()) if ":" in p
    }
    group_nouns |= roles["norp_group"] | group_nouns_from_adjectives
    titles = frozenset(roles["title"])
    return Lexicon(
        places=places,
        homonyms={phrase_key(name): code for name, code in _rows("country_homonyms.tsv")},
        demonyms=demonyms,
        group_nouns=frozenset(group_nouns),
        norp_adjectives={
            phrase_key(pair.split(":")[0]): pair.split(":")[1]
            for pair in (line.split("\t")[1] for line in _lines("name_words.tsv")
                         if line.startswith("norp_adjective\t"))
        },
        first_names=frozenset(_lines("first_names.txt")),
        common_words=frozenset(_lines("common_words.txt.gz")),
        titles=titles,
        org_words=frozenset(roles["org_word"]),
        org_heads=frozenset(roles["org_head"]),
        loc_words=frozenset(roles["loc_word"]),
        loc_heads=frozenset(roles["loc_head"]),
        other_words=frozenset(roles["other_word"]),
        other_heads=frozenset(roles["other_head"]),
        other_names=frozenset(roles["other_name"]),
        gpe_words=frozenset(roles["gpe_word"]),
        known_orgs=frozenset(roles["known_org"]),
        place_qualifiers=frozenset(roles["place_qualifier"]),
    )
