"""The word lists behind entity detection, loaded lazily once per process.

The lists live in ``data/`` (built by ``data/build_lists.py``; sources in ``data/SOURCES.md``).
Everything is keyed by folded text (``text.fold_word``), so lookups are accent- and case-blind.
Loading costs a few tens of milliseconds, so it happens on first use, not at import.

``data/lexicon.marshal.gz`` holds the same lists already folded and split (written by
``data/build_lists.py --prefold`` from the committed lists): loading it skips the splitting and
folding of ~40,000 rows. It is only a cache: when it is missing, unreadable or made by another
marshal format, the lists are read from the TSV files as before.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache
from typing import NamedTuple

from newsview.models.text import fold_word


def phrase_key(text: str) -> str:
    """A folded, space-normalised key for a name or phrase ("U.S." and "US" differ)."""
    return " ".join(fold_word(text).split())


class Place(NamedTuple):  # a tuple: tens of thousands are built at load, ~10x faster than a dataclass
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
    surname_ranks: dict[str, int]  # folded surname -> its rank (0: the most frequent)
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
    parties: dict[str, str]  # folded name of a political party ("tories") -> canonical name
    party_adjectives: dict[str, str]  # folded member adjective ("tory") -> canonical name
    # a state's or province's abbreviation after a town, folded without its last full stop
    # ("tenn", "n.j") -> the region ("Tennessee", "New Jersey")
    region_abbreviations: dict[str, str]


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


PREFOLDED = "lexicon.marshal.gz"
# Bump when the stored shape changes; the marshal version guards the byte format.
PREFOLDED_FORMAT = 2


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lists, loaded on first use and cached for the process."""
    return _lexicon_from_prefolded() or _lexicon_from_lists()


def _prefolded_tag() -> tuple[str, int, int]:
    import marshal

    return ("newsview-lexicon", PREFOLDED_FORMAT, marshal.version)


# Plain word lists need no folding: both paths read them from their own files.
_UNFOLDED = ("first_names", "surname_ranks", "common_words")


def prefolded_bytes(lex: Lexicon) -> bytes:
    """The folded lists as sorted plain data, marshalled and compressed (same lists, same bytes).

    Places are stored as newline-joined columns: one string splits far faster than marshal
    rebuilds tens of thousands of small tuples, and it compresses better. A key that is just
    the lower-cased name (five in six) is stored empty, which keeps the file a third smaller.
    """
    import gzip
    import marshal

    places = sorted(lex.places.items())
    columns: list[object] = [(
        "\n".join("" if key == p.name.lower() else key for key, p in places),
        "\n".join(p.name for _, p in places),
        "\n".join(p.type for _, p in places),
        "".join("1" if p.is_country else "0" for _, p in places),
        "\n".join(p.country_code for _, p in places),
    )]
    for field in fields(Lexicon)[1:]:
        value = getattr(lex, field.name)
        if field.name in _UNFOLDED:
            columns.append(None)
        elif isinstance(value, dict):
            columns.append(tuple(sorted(value.items())))
        else:
            columns.append(tuple(sorted(value)))
    data = marshal.dumps((_prefolded_tag(), tuple(columns)))
    return gzip.compress(data, compresslevel=9, mtime=0)


def _places_from_columns(columns: tuple[str, str, str, str, str]) -> dict[str, Place]:
    keys, names, kinds, countries, codes = columns
    name_list = names.split("\n")
    full_keys = [key or name.lower() for key, name in zip(keys.split("\n"), name_list, strict=True)]
    flags = [flag == "1" for flag in countries]
    rows = zip(name_list, kinds.split("\n"), flags, codes.split("\n"), strict=True)
    return dict(zip(full_keys, map(Place._make, rows), strict=True))


def _lexicon_from_prefolded() -> Lexicon | None:
    import gzip
    import marshal
    import zlib
    from importlib import resources

    try:
        raw = resources.files("newsview.models.data").joinpath(PREFOLDED).read_bytes()
        tag, columns = marshal.loads(gzip.decompress(raw))
        if tag != _prefolded_tag():
            return None
        values: dict[str, object] = {}
        for field, column in zip(fields(Lexicon), columns, strict=True):
            if field.name == "places":
                values["places"] = _places_from_columns(column)
            elif field.name in _UNFOLDED:
                values[field.name] = _word_list(field.name)
            elif field.type.startswith("dict"):
                values[field.name] = dict(column)
            else:
                values[field.name] = frozenset(column)
        return Lexicon(**values)
    except (OSError, EOFError, ValueError, TypeError, LookupError, AttributeError, zlib.error):
        return None  # a missing or foreign cache: the TSV lists are the truth


def _word_list(field_name: str) -> frozenset[str] | dict[str, int]:
    if field_name == "surname_ranks":
        words = _lines("surnames.txt.gz")
        return dict(zip(words, range(len(words)), strict=True))
    name = {"first_names": "first_names.txt", "common_words": "common_words.txt.gz"}[field_name]
    return frozenset(_lines(name))


def _lexicon_from_lists() -> Lexicon:
    """The lexicon read, split and folded from the committed TSV and text lists."""
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
        first_names=_word_list("first_names"),
        surname_ranks=_word_list("surname_ranks"),
        common_words=_word_list("common_words"),
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
        **_parties(),
        region_abbreviations={
            fold_word(abbreviation.removesuffix(".")): region
            for abbreviation, region, _country in _rows("region_abbreviations.tsv")
        },
    )


def _parties() -> dict[str, dict[str, str]]:
    names: dict[str, str] = {}
    adjectives: dict[str, str] = {}
    for canonical, forms, adjective_forms in _rows("parties.tsv"):
        for form in forms.split("|"):
            names[phrase_key(form)] = canonical
        for form in (a for a in adjective_forms.split("|") if a):
            adjectives[phrase_key(form)] = canonical
    return {"parties": names, "party_adjectives": adjectives}
