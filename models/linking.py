"""Linking name variants: which candidate mentions name the same real-world entity.

Mentions are first grouped by their folded form (accent- and case-blind; a country's aliases
and nationality words share one key). Groups then join fuller ones through rules that look only
where a match is possible (indexes by surname, first name, initial, acronym letters, first
word), so the cost stays near-linear:

- people: a surname, a particle or multi-word surname, a middle name used alone, or an initial
  with the surname, to the one person so named; a bare surname shared by two people goes to
  the one named nearby, else to the one the article has been about; a first name to the one
  person who has it;
- organisations: an acronym to its expansion (in brackets or by its letters, IE6 ~ Internet
  Explorer 6); a short form to its long form (Ford ~ Ford Motor Company, Northrop ~
  Northrop Grumman, Home Office ~ United Kingdom Home Office, Scientology ~ Church of
  Scientology); "European" to a named European Union;
- products: a model code or the name without its maker to the full product name (A380 ~
  Airbus A380, 787 ~ Boeing 787 Dreamliner, Dreamliner ~ 787 Dreamliner, Chrome ~ Google
  Chrome);
- near-spellings (rapidfuzz), compared only within one blocking key (initials, first letters).

Two groups whose full names surely differ in type are never joined, whatever rule asks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsview.models.document import Entity, EntityWhy, Mention
from newsview.models.evidence import cues
from newsview.models.lexicon import Lexicon, phrase_key
from newsview.models.text import fold_word
from newsview.models.vocab import (
    CLUB_SHORT_NAMES,
    CLUB_SUFFIXES,
    CONNECTOR_WORDS,
    EAST_ASIAN_FAMILY_NAMES,
    INDEX_WORDS,
    LEGAL_FORMS,
    ORG_QUALIFIERS,
    STORM_WORDS,
    SURNAME_PARTICLES,
    name_slug,
)

if TYPE_CHECKING:
    from newsview.models.names import NameModel


@dataclass(slots=True)
class Candidate:
    """One mention before linking, with the evidence for its type."""

    start: int
    end: int
    text: str
    words: tuple[str, ...]  # folded words of the name
    connectors: tuple[str, ...]  # between consecutive words: "", "of", "de", "&", ...
    kind: str  # "name" | "demonym"
    type: str
    strength: int  # how sure the type is (higher wins for the whole entity)
    place: str | None = None  # canonical place (countries, gazetteer places, demonyms)
    abbreviates: int | None = None  # index of the candidate a bracketed acronym follows
    scores: tuple[float, ...] | None = None  # the fitted model's score for each label
    evidence: tuple[str, ...] = ()  # the evidence behind ``scores`` (kept only to explain)


class DisjointSets:
    """Union-find over indexes 0, 1, 2, ... (path halving). Joining keeps the smaller index
    as the root: the older member, whose name and id a group keeps. The per-article linking
    and the collection's linking across articles both group with it."""

    __slots__ = ("parent",)

    def __init__(self, size: int = 0) -> None:
        self.parent = list(range(size))

    def add(self) -> int:
        """A new set of its own; its index."""
        index = len(self.parent)
        self.parent.append(index)
        return index

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join_roots(self, a: int, b: int) -> tuple[int, int]:
        """Join two roots: (the root kept, the one joined under it)."""
        root, child = min(a, b), max(a, b)
        self.parent[child] = root
        return root, child


class _Groups(DisjointSets):
    """Union-find over mention indexes that never joins two groups whose full names are
    surely of different types: a bare "Ford" may join Henry Ford or the Ford Motor Company,
    never both."""

    __slots__ = ("reasons", "sure_type")

    def __init__(self, cands: list[Candidate], record: bool = False) -> None:
        super().__init__(len(cands))
        self.reasons: list[tuple[int, int, str]] | None = [] if record else None
        self.sure_type: list[str | None] = [
            c.type if c.kind == "name" and len(c.words) > 1 and c.strength >= 2 else None
            for c in cands
        ]

    def union(self, i: int, j: int, reason: str = "", same_name: bool = False) -> None:
        """Join ``j`` to ``i`` (``reason``: how ``j``'s name relates to ``i``'s, to explain).
        ``same_name``: the two are written alike, one name in one article whatever the
        context typed each ("the Southern Poverty Law Center, a group" and "the Southern
        Poverty Law Center's report")."""
        a, b = self.find(i), self.find(j)
        if a == b:
            return
        type_a, type_b = self.sure_type[a], self.sure_type[b]
        if type_a and type_b and type_a != type_b and not same_name:
            return
        if self.reasons is not None and reason:
            self.reasons.append((i, j, reason))
        root, _ = self.join_roots(a, b)
        self.sure_type[root] = type_a or type_b




def _exact_key(cand: Candidate, lex: Lexicon) -> str:
    if cand.kind == "demonym" and cand.place is not None:
        region = lex.places.get(phrase_key(cand.place))
        if region is not None and not region.is_country and region.type == "GPE":
            # "Chechen" is a mention of Chechnya (a region, not a continent: "European" may be
            # the European Union's), whose name has the key of any other name
            return "name:" + phrase_key(cand.place).replace(".", "")
    if cand.place is not None and (cand.kind == "demonym" or cand.strength >= 5):
        return "place:" + fold_word(cand.place)
    if cand.kind == "name" and (cand.type not in ("GPE", "LOC") or cand.text.isupper()):
        # A country's name read as a team or a government here, or in a headline's capitals
        # ("BEAT ITALY"), is the same name as the country itself there: one entity, typed by
        # all its mentions (a state of the same name is read in a sentence, "Atlanta, Georgia").
        country = lex.places.get(" ".join(cand.words))
        if country is not None and country.is_country:
            return "place:" + fold_word(country.name)
    # the connectors count: "DAR ES SALAAM" (capitals: "ES" a word) is "Dar es Salaam"
    words, connectors = cand.words, cand.connectors
    if len(connectors) == len(words) - 1 and not any(connectors):  # most names: words alone
        return "name:" + " ".join(words).replace(".", "")
    parts = [words[0]]
    for connector, word in zip(connectors, words[1:], strict=False):
        if connector:
            parts.append(connector)
        parts.append(word)
    return "name:" + " ".join(parts).replace(".", "")


def _acronyms(cand: Candidate) -> set[str]:
    """Letter strings an acronym of this name could have: KSC, MFA, MOFA."""
    content = [w for w in cand.words if w not in CONNECTOR_WORDS]
    if len(content) < 2:
        return set()
    if content[-1].isdigit() and len(content) >= 3:
        # "IE6" for "Internet Explorer 6": the initials keep the version number.
        return {"".join(w[0] for w in content[:-1]) + content[-1]}
    letters = {"".join(w[0] for w in content)}
    # "UKHSA" for "UK Health Security Agency": initials written so give all their letters
    spelled = cand.text.split()
    if len(spelled) == len(cand.words) and 2 <= len(spelled[0]) <= 3 and spelled[0].isupper() and spelled[0].isalpha():
        letters.add(cand.words[0] + "".join(w[0] for w in content[1:]))
    every = [w for w in cand.words if w not in ("the", "&")]
    letters.add("".join(w[0] for w in every))
    capitals = "".join(ch for ch in cand.text if ch.isupper())
    if len(capitals) > len(cand.words) and len(capitals) >= 3 and not cand.text.isupper():
        letters.add(capitals.lower())  # "PSP" for "PlayStation Portable": the capitals inside words too
    if "of" in cand.connectors or "of the" in cand.connectors:
        # "BOJ", "DoJ", "BoE": the Bank of Japan, the Department of Justice, the Bank of England
        letters.add(cand.words[0][0] + "".join(
            ("o" if connector in ("of", "of the") else "") + word[0]
            for connector, word in zip(cand.connectors, cand.words[1:], strict=False)
            if word not in CONNECTOR_WORDS))
    if "and" in cand.connectors:
        # "EMTALA": the Emergency Medical Treatment and Labor Act
        letters.add(cand.words[0][0] + "".join(
            ("a" if connector == "and" else "") + word[0]
            for connector, word in zip(cand.connectors, cand.words[1:], strict=False)
            if word not in CONNECTOR_WORDS))
    return letters


def _is_person(group: list[int], cands: list[Candidate]) -> bool:
    best = max(group, key=lambda i: (cands[i].strength, len(cands[i].words)))
    return cands[best].type == "PERSON"


def build_entities(text: str, cands: list[Candidate], lex: Lexicon,
                   model: NameModel | None = None) -> list[Entity]:
    """Link candidates into entities, type each entity as a whole, name it by its fullest form.

    With ``model`` (the weights the candidates were scored with), each entity explains itself:
    the evidence for its type and how each of its name forms joined it.
    """
    if not cands:
        return []
    groups = _Groups(cands, record=model is not None)
    by_key: dict[str, int] = {}
    units: dict[int, list[int]] = {}  # first mention of a folded form -> all its mentions
    for i, cand in enumerate(cands):
        root = by_key.setdefault(_exact_key(cand, lex), i)
        units.setdefault(root, []).append(i)
    # A bare surname shared by two people is resolved mention by mention, so its mentions
    # must not be grouped before that.
    split = _link_people(text, cands, units, groups, lex)
    for root, members in units.items():
        if root not in split:
            for i in members[1:]:
                groups.union(root, i, _same_name_reason(cands[root], cands[i]), same_name=True)
    _link_written_together(cands, units, groups)
    _link_acronyms(cands, units, groups)
    _link_org_short_forms(text, cands, units, groups, lex)
    _link_near_spellings(cands, units, groups)
    _link_continents_adjective(cands, groups, lex)
    return _entities(text, cands, groups, model)


def _same_name_reason(first: Candidate, other: Candidate) -> str:
    """How a mention with the same folded key relates to the first one so written."""
    if first.text == other.text:
        return ""
    if other.kind == "demonym" and first.kind != "demonym":
        return "nationality word of"
    if first.kind == "demonym" and other.kind != "demonym":
        return "country of the nationality word"
    if fold_word(first.text) == fold_word(other.text):
        if first.text.lower() == other.text.lower():
            return "same name in other capitals"
        return "same name without accents"
    if first.place is not None and first.place == other.place:
        return "another name of"
    return "same name"


def _link_written_together(cands: list[Candidate], units: dict[int, list[int]],
                           groups: _Groups) -> None:
    """"TimeWarner" ~ "Time Warner", "Wal-Mart" ~ "WalMart": one name with and without the
    spaces or hyphens between its words."""
    spaced: dict[str, int] = {}
    for root, members in units.items():
        cand = cands[members[0]]
        if cand.kind == "name" and len(cand.words) > 1 and not any(cand.connectors):
            joined = "".join(cand.words)
            if len(joined) >= 6:
                spaced.setdefault(joined, root)
    if not spaced:
        return
    for root, members in units.items():
        cand = cands[members[0]]
        if cand.kind == "name" and len(cand.words) == 1:
            target = spaced.get(cand.words[0].replace("-", ""))
            if target is not None:
                groups.union(target, root, "same name written together")


def _link_continents_adjective(cands: list[Candidate], groups: _Groups, lex: Lexicon) -> None:
    """Where the article names the European Union, "European" is the Union's adjective; else
    a continent's adjective is the continent's, where the article names it ("European gamers
    will have to wait" and "the launch in Europe"). Not by the names' key: an article naming
    both the Union and the continent keeps them apart."""
    adjectives = [i for i, c in enumerate(cands) if c.kind == "demonym" and c.place is not None]
    union = next((i for i, c in enumerate(cands) if c.words == ("european", "union")), None)
    if union is not None:
        for i in adjectives:
            if cands[i].place == "Europe":
                groups.union(union, i, "adjective of")
        return
    named: dict[tuple[str, ...], int] = {}
    for i, cand in enumerate(cands):
        if cand.kind == "name" and cand.type == "LOC" and not any(cand.connectors):
            named.setdefault(cand.words, i)
    for i in adjectives:
        key = phrase_key(cands[i].place)
        continent, region = named.get(tuple(key.split())), lex.places.get(key)
        if continent is not None and region is not None and not region.is_country and region.type == "LOC":
            groups.union(continent, i, "nationality word of")


def _multiword_units(cands: list[Candidate], units: dict[int, list[int]]) -> list[int]:
    return [root for root, members in units.items() if len(cands[members[0]].words) > 1]


def _country_short_name(cand: Candidate) -> bool:
    """"US", "UK", "U.S.": a place's own short name, sure enough to stand for the place."""
    return cand.place is not None and cand.strength >= 5


def person_initials(words: tuple[str, ...]) -> str:
    """A person's initials, as an interview's turns write them: "mq" for "Marisol Quevedo"."""
    return "".join(word[0] for word in words)


def _link_acronyms(cands: list[Candidate], units: dict[int, list[int]], groups: _Groups) -> None:
    by_letters: dict[str, list[int]] = {}
    by_initials: dict[str, list[int]] = {}  # people: "MQ" for a speaker named "Marisol Quevedo"
    for root in _multiword_units(cands, units):
        cand = cands[units[root][0]]
        if cand.kind != "name":
            continue
        if cand.type == "PERSON":
            by_initials.setdefault(person_initials(cand.words), []).append(root)
            continue
        for letters in _acronyms(cand):
            by_letters.setdefault(letters, []).append(root)
    for root, members in units.items():
        cand = cands[members[0]]
        if len(cand.words) != 1 or cand.kind != "name":
            continue
        bracket = next((cands[i].abbreviates for i in members if cands[i].abbreviates is not None), None)
        if bracket is not None:
            # "John McCain (R-AZ)": a party, not a short form; "Tiger Woods (U.S.)": a
            # country's own short name says where the name before it is from
            if cands[bracket].type != "PERSON" and not _country_short_name(cand):
                groups.union(bracket, root, "acronym in brackets after")
            continue
        letters = cand.words[0].replace(".", "").replace("&", "")
        if not _written_as_an_acronym(cand.text) or len(letters) < 2:
            continue
        if _country_short_name(cand):
            continue  # "US", "UK": a country's own short name, whatever else its letters spell
        if cand.type == "PERSON":
            people = by_initials.get(letters, [])
            if len({groups.find(t) for t in people}) == 1:
                groups.union(people[0], root, "initials of")
                continue
            if people:
                continue
        targets = by_letters.get(letters, [])
        if len({groups.find(t) for t in targets}) == 1:
            groups.union(targets[0], root, "acronym of")


def _written_as_an_acronym(text: str) -> bool:
    """Capitals ("BOJ", "U.N.", "AT&T"), or capitals with the small "o" of an "of" between
    them ("BoE", "DoJ")."""
    letters = text.replace(".", "").replace("&", "")
    return letters.isupper() or (
        len(letters) <= 5 and letters.isalpha() and letters[0].isupper() and letters[-1].isupper()
        and letters.replace("o", "").isupper() and len(letters.replace("o", "")) >= 2)


def _one_word_companies(cands: list[Candidate], units: dict[int, list[int]]) -> set[str]:
    """The one-word names some mention of which reads as an organisation ("Google")."""
    return {
        cands[members[0]].words[0] for members in units.values()
        if len(cands[members[0]].words) == 1 and cands[members[0]].kind == "name"
        and max(cands[i].strength for i in members) >= 1
        and any(cands[i].type == "ORG" for i in members)
    }




def _link_org_short_forms(text: str, cands: list[Candidate], units: dict[int, list[int]],
                          groups: _Groups, lex: Lexicon) -> None:
    """"Ford" ~ "Ford Motor Company": a prefix whose remaining words are organisation words."""
    by_prefix: dict[str, list[int]] = {}
    by_part: dict[str, set[int]] = {}  # "church", "scientology" of "Church of Scientology"
    storms: dict[str, int] = {}  # "rita" of "Hurricane Rita"
    waters: dict[str, int] = {}  # "ouse" of "River Ouse", "hudson" of "Hudson River"
    companies: set[str] | None = None  # gathered at the first product's name of two words
    clubs_by_tail: dict[str, set[tuple[str, ...]]] = {}  # "united": the clubs so ending
    one_word_clubs: set[str] | None = None  # gathered at the first name ending in a place
    for root in _multiword_units(cands, units):
        # The best-evidenced mention speaks for the form ("based X" beats a bare "the X").
        cand = max((cands[i] for i in units[root]), key=lambda c: c.strength)
        if cand.kind == "name" and cand.type in ("LOC", "GPE") and len(cand.words) == 2 and (
            not cand.connectors[0] and "river" in cand.words
        ):
            # "the Ouse" ~ "River Ouse", "the Hudson" ~ "Hudson River"
            waters.setdefault(cand.words[1] if cand.words[0] == "river" else cand.words[0], root)
        if cand.kind != "name" or cand.type not in ("ORG", "OTHER", "LOC") and (
            cand.words[-1] not in LEGAL_FORMS  # "Orkem S.A.", a company whatever it read as
        ):
            continue
        words = cand.words
        if len(words) == 2 and cand.connectors[0] in ("of", "of the") and words[0] in lex.org_heads:
            # "Church of Scientology" ~ "the Church" ~ "Scientology" (not "Bank of America" ~
            # "America": a place is never the short form).
            by_part.setdefault(words[0], set()).add(root)
            if words[1] not in lex.places and words[1] not in lex.demonyms:
                by_part.setdefault(words[1], set()).add(root)
        if cand.type == "ORG" and len(words) == 2 and not cand.connectors[0] and (
            words[0] in ORG_QUALIFIERS
        ):
            by_prefix.setdefault(words[1], []).append(root)  # "State Duma" ~ "the Duma"
        lead = _place_lead(words, lex)
        if lead and (len(words) - lead >= 2 or words[-1] in lex.org_heads):
            # "United Kingdom Home Office" ~ "Home Office", "European Commission" ~ "the
            # Commission", "Israeli Army" ~ "the Army".
            by_prefix.setdefault(" ".join(words[lead:]), []).append(root)
        if (
            cand.type == "ORG" and cand.strength >= 3 and len(words) == 2 and not cand.connectors[0]
            and words[0] not in lex.common_words and words[0] not in lex.first_names
            and words[0] not in lex.places and words[0] not in lex.demonyms
        ):
            # "Northrop" ~ "Northrop Grumman": a company's distinctive first word.
            by_prefix.setdefault(words[0], []).append(root)
        if cand.type == "ORG" and len(words) in (2, 3) and not any(cand.connectors) and (
            words[-1] in lex.places and words[0] not in lex.places
        ):
            if one_word_clubs is None:
                one_word_clubs = {c.words[0] for c in cands if c.kind == "name" and c.type == "ORG"
                                  and len(c.words) == 1}
            if len(words) == 2 and words[0] in one_word_clubs:
                # "Inter" ~ "Inter Milan": its short name is its first word, and "Milan" alone
                # is another club (AC Milan), not its short form
                by_prefix.setdefault(words[0], []).append(root)
            else:
                by_prefix.setdefault(words[-1], []).append(root)  # "Dortmund's" ~ "Borussia Dortmund"
        if cand.type == "ORG" and len(words) == 2 and not cand.connectors[0] and (
            words[1] in CLUB_SUFFIXES or words[1] in cues()[("team_nickname", "-")]
        ) and words[0] in lex.places:
            by_prefix.setdefault(words[0], []).append(root)  # "Leicester" ~ "Leicester City", "Bradford Bulls"
        if cand.type == "ORG" and len(words) == 2 and not cand.connectors[0] and words[1] in CLUB_SHORT_NAMES:
            clubs_by_tail.setdefault(words[1], set()).add(words)  # "United" ~ "Manchester United"
            by_prefix.setdefault(words[1], []).append(root)
        if cand.type in ("ORG", "OTHER") and len(words) > 2 and not cand.connectors[0] and (
            words[0] in lex.known_orgs and cand.text[: cand.text.find(" ")].isupper()
        ):
            by_prefix.setdefault(" ".join(words[1:]), []).append(root)  # "Champions League" ~ "UEFA Champions League"
        if cand.type == "OTHER" and words[0][:1].isdigit() and not cand.connectors[0]:
            by_prefix.setdefault(" ".join(words[1:]), []).append(root)  # "Dreamliner"
        if cand.type == "OTHER" and len(words) > 1 and words[-1] in _AWARDS_PLURAL and not any(cand.connectors) and (
            len(words) > 2 or words[0] not in lex.first_names and words[0] not in lex.surname_ranks
        ):
            # "a Golden Globe" ~ "the Golden Globe Awards", "a Grammy" ~ "the Grammy Awards"
            # (not "Tony" ~ "the Tony Awards", nor "Nobel" ~ "the Nobel Prizes": people too)
            by_prefix.setdefault(" ".join(words[:-1]), []).append(root)
        if cand.type in ("ORG", "OTHER") and words[-1] in INDEX_WORDS and not any(cand.connectors):
            # "Dow Jones" ~ "the Dow Jones Industrial Average", "Nasdaq" ~ "Nasdaq Composite Index"
            for n in range(len(words) - 1, 0, -1):
                if words[n] not in _AN_INDEXS_WORDS:
                    break
                by_prefix.setdefault(" ".join(words[:n]), []).append(root)
        if cand.type == "OTHER" and len(words) == 2 and words[0] in STORM_WORDS:
            storms.setdefault(words[1], root)  # "Rita" ~ "Hurricane Rita", a given name or not
        if cand.type == "OTHER" and len(words) == 2 and not cand.connectors[0]:
            if companies is None:
                companies = _one_word_companies(cands, units)
            if words[0] in companies:
                by_prefix.setdefault(words[1], []).append(root)  # "Chrome" ~ "Google Chrome"
        if cand.type == "OTHER":
            for word in words[1:]:
                if any(ch.isdigit() for ch in word) and len(word) >= 3:
                    # "787" ~ "Boeing 787 Dreamliner", "A380" ~ "Airbus A380"
                    by_prefix.setdefault(word, []).append(root)
        if words[-1] not in lex.org_words and words[-1] not in LEGAL_FORMS or words[-1] in _BODIES_OF_THEIR_OWN:
            continue
        for n in range(len(words) - 1, 0, -1):
            # "Ford Motor Company", "Boeing Commercial Airplanes", "Orkem S.A.": the short
            # form drops generic words up to an organisation word or legal form at the end.
            word = words[n]
            generic = word in lex.org_words or word in lex.common_words or word in LEGAL_FORMS
            if not generic or cand.connectors[n - 1] != "":
                break
            by_prefix.setdefault(" ".join(words[:n]), []).append(root)
    for tail, names in clubs_by_tail.items():
        if len(names) > 1:  # "City" with Manchester City and Leicester City named: neither
            by_prefix[tail] = [t for t in by_prefix[tail] if cands[t].words[1:] != (tail,)]
    if not by_prefix and not by_part and not storms and not waters:
        return
    for root, members in units.items():
        cand = cands[members[0]]
        water = waters.get(cand.words[0]) if len(cand.words) == 1 and cand.kind == "name" else None
        if water is not None and cand.type != "PERSON" and groups.find(water) != groups.find(root) and any(
            text[cands[i].start - 4 : cands[i].start].lower() == "the " for i in members
        ):
            # a town's or a state's name too, after "the": "the Hudson" (not "in Arkansas")
            groups.union(water, root, "short form of")
            continue
        if cand.kind != "name" or cand.place is not None and cand.type != "ORG" or cand.strength >= 5:
            continue  # a town read as its club ("Leicester won") may shorten the club's name
        storm = storms.get(cand.words[0]) if len(cand.words) == 1 else None
        if storm is not None and groups.find(storm) != groups.find(root):
            groups.union(storm, root, "short form of")
            continue
        if cand.words[0] in lex.first_names and (len(cand.words) == 1 or cand.type == "PERSON") and not (
            cand.type == "ORG" and cand.words[0] in lex.places  # "Bradford" read as the Bradford Bulls
        ):
            continue  # "Andy Warhol" is not short for "Andy Warhol Foundation", nor "Andy"
        if cand.type == "PERSON" and len(cand.words) > 1 and cand.strength >= 3:
            continue
        key = " ".join(cand.words)
        parts = by_part.get(key, set())
        if len(cand.words) == 1 and len(parts) == 1 and not by_prefix.get(key):
            groups.union(next(iter(parts)), root, "short form of")
            continue
        targets = by_prefix.get(key, [])
        if targets and all(cands[i].type in ("GPE", "LOC") for i in members):
            # "in Hawick" is the town, not "Hawick Rugby Club" (a misread "Northrop" is still
            # short for "Northrop Grumman")
            targets = [t for t in targets if cands[t].words[-1] not in _BODIES_OF_A_PLACE]
        roots = {groups.find(t) for t in targets}
        if not roots or groups.find(root) in roots:
            continue
        if len(roots) == 1:
            groups.union(targets[0], root, "short form of")
        else:
            # "Apple" with both "Apple Inc." and "Apple Corps" named: the one the article
            # names most (the first, on a tie).
            best = max(targets, key=lambda t: (len(units[t]), -cands[t].start))
            groups.union(best, root, "short form of (the one named most)")


# The words a stock index's name ends in that its short form leaves out.
_AN_INDEXS_WORDS = INDEX_WORDS | frozenset("industrial stock share price transportation utility".split())


# Last words of a body named after another ("the Enron Task Force", "the Ford Foundation", "the
# Nobel Prize", "the Arsenal Stadium"): their first words are that other's name, no short form.
_BODIES_OF_THEIR_OWN = frozenset("""force foundation trust fund prize award awards trophy committee
    commission stadium arena""".split())


# Last words of a body named after the place it serves ("Hawick Rugby Club", "Fife Council"):
# the place's name alone, read as a place, is the place, not short for the body.
_BODIES_OF_A_PLACE = frozenset("""club council police constabulary authority hospital university
    college school airport station cathedral""".split())


# The plural after an award's name that the award alone is named without ("a Golden Globe").
_AWARDS_PLURAL = frozenset("awards".split())


def _place_lead(words: tuple[str, ...], lex: Lexicon) -> int:
    """How many leading words name a country or nationality ("united kingdom", "mexican")."""
    for n in (3, 2, 1):
        key = " ".join(words[:n])
        if len(words) > n and (key in lex.demonyms or (key in lex.places and lex.places[key].is_country)):
            return n
    return 0


def _initials(words: tuple[str, ...]) -> str:
    return "".join(w[0] for w in words if w not in CONNECTOR_WORDS)


def _link_near_spellings(cands: list[Candidate], units: dict[int, list[int]],
                         groups: _Groups) -> None:
    """Typos and transliterations, compared only within a blocking key."""
    blocks: dict[tuple[str, int], list[int]] = {}
    for root, members in units.items():
        cand = cands[members[0]]
        if cand.kind != "name" or cand.place is not None:
            continue
        words = cand.words
        if len(words) > 1:
            block = ("i:" + _initials(words), len(words))
        elif len(words[0]) >= 6:
            block = ("w:" + words[0][:2], 1)
        else:
            continue
        blocks.setdefault(block, []).append(root)
    for roots in blocks.values():
        if len(roots) < 2 or len(roots) > 50:
            continue
        # imported when two names are first compared: many articles have no pair to compare,
        # and the app's first article should not wait for the import (~10 ms)
        from rapidfuzz.fuzz import ratio

        for a_index, a in enumerate(roots):
            key_a = " ".join(cands[units[a][0]].words)
            for b in roots[a_index + 1 :]:
                key_b = " ".join(cands[units[b][0]].words)
                if cands[units[a][0]].type != cands[units[b][0]].type and min(
                    cands[units[a][0]].strength, cands[units[b][0]].strength
                ) >= 3:
                    continue
                if ratio(key_a, key_b) >= 88 and _same_surname_or_block(cands, units, a, b) and (
                    not _numbered_apart(cands[units[a][0]].words, cands[units[b][0]].words)
                ):
                    groups.union(a, b, "near spelling of")


_NUMERAL = re.compile(r"(?:[ivxlc]+|\d+)\.?")


def _numbered_apart(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """"World War I" and "World War II", "Apollo 11" and "Apollo 13": numbered apart, not
    spelled near."""
    return a[-1] != b[-1] and bool(_NUMERAL.fullmatch(a[-1]) or _NUMERAL.fullmatch(b[-1]))


def _same_surname_or_block(cands: list[Candidate], units: dict[int, list[int]], a: int,
                           b: int) -> bool:
    from rapidfuzz.fuzz import ratio

    wa, wb = cands[units[a][0]].words, cands[units[b][0]].words
    if len(wa) == 1:
        return len(wa[0]) >= 6
    if cands[units[a][0]].type == "PERSON":
        # Two people sharing a surname differ in first name: only a near-identical pair links.
        return ratio(wa[-1], wb[-1]) >= 85 and ratio(wa[0], wb[0]) >= 85
    return True


def surname_keys(words: Sequence[str], connectors: Sequence[str]) -> list[str]:
    """Keys a short form of this person's name could take alone: "zela", "de zela",
    "lopez obrador", "assad" (of "al-Assad"). ``words``: the name's folded words;
    ``connectors``: what joins each to the next ("", "de", ...). Used within an article and
    across articles (``collection``), so both link a surname alike."""
    keys = [words[-1]]
    if len(words) == 2 and words[0] in EAST_ASIAN_FAMILY_NAMES and "-" in words[1]:
        keys.append(words[0])  # "Lai" of "Lai Ching-te": the family name written first
    article = _ARTICLE.match(words[-1])
    if article:
        keys.append(words[-1][article.end() :])  # "Assad" for "al-Assad"
    if len(words) >= 3:
        keys.append(" ".join(words[-2:]))
    for k in range(1, len(words) - 1):
        if connectors[k - 1] and connectors[k - 1] not in ("of", "of the", "&"):
            keys.append(connectors[k - 1] + " " + " ".join(words[k:]))
    if len(connectors) and connectors[-1] and connectors[-1] not in ("of", "of the", "&"):
        keys.append(connectors[-1] + " " + words[-1])
    return keys


_ARTICLE = re.compile(r"(?:al|el|ad|as|ash|at|az|ar|an|bin|ibn|abu|abd)[-\u2019']")


def _link_people(text: str, cands: list[Candidate], units: dict[int, list[int]], groups: _Groups,
                 lex: Lexicon) -> set[int]:
    """Surnames and first names to the person they shorten; a bare surname shared by two people
    goes to the one most recently named before it. Returns the units resolved mention by
    mention."""
    by_surname: dict[str, list[int]] = {}
    by_first: dict[str, set[int]] = {}
    by_middle: dict[str, set[int]] = {}  # "Lula" in "Luiz Inácio Lula da Silva"
    by_initial: dict[tuple[str, str], set[int]] = {}  # ("j", "smith") for "J. Smith"
    person_roots: set[int] = set()
    for root, members in units.items():
        cand = cands[members[0]]
        if len(cand.words) < 2 or cand.kind != "name" or not _is_person(members, cands):
            continue
        if cand.words[0] in SURNAME_PARTICLES:
            continue  # "De Zela": a particle surname, a short form itself
        person_roots.add(root)
        for key in surname_keys(cand.words, cand.connectors):
            by_surname.setdefault(key, []).append(root)
        by_first.setdefault(cand.words[0], set()).add(root)
        by_initial.setdefault((cand.words[0][0], cand.words[-1]), set()).add(root)
        for word in cand.words[1:-1]:
            if len(word) > 2:
                by_middle.setdefault(word, set()).add(root)
    split: set[int] = set()
    if not person_roots:
        return split
    for root in person_roots:
        # "J. Smith" ~ "John Smith": an initial and a surname shared by one fuller name.
        words = cands[units[root][0]].words
        if len(words) == 2 and len(words[0].rstrip(".")) == 1:
            fuller = by_initial.get((words[0][0], words[1]), set()) - {root}
            fuller = {r for r in fuller if len(cands[units[r][0]].words[0].rstrip(".")) > 1}
            if len(fuller) == 1:
                groups.union(next(iter(fuller)), root, "initial and surname of")
    # "James Kopp" ~ "James C. Kopp": the same first name and surname, a middle name left out,
    # where only one fuller name has them
    by_first_last: dict[tuple[str, str], set[int]] = {}
    for root in person_roots:
        words = cands[units[root][0]].words
        by_first_last.setdefault((words[0], words[-1]), set()).add(root)
    # "Tomás Echeverría" ~ "Tomás Echeverría Saldaña": a second surname left out (Spanish and
    # Portuguese names carry two), where only one fuller name has the first two words
    by_first_two: dict[tuple[str, str], set[int]] = {}
    for root in person_roots:
        words = cands[units[root][0]].words
        if len(words) == 3 and not any(cands[units[root][0]].connectors):
            by_first_two.setdefault((words[0], words[1]), set()).add(root)
    for root in person_roots:
        words = cands[units[root][0]].words
        if len(words) == 2:
            fuller = {r for r in by_first_last.get((words[0], words[1]), ())
                      if r != root and len(cands[units[r][0]].words) > 2}
            if len(fuller) == 1:
                groups.union(next(iter(fuller)), root, "same name without the middle name")
            elif not fuller and len(longer := by_first_two.get((words[0], words[1]), set())) == 1:
                groups.union(next(iter(longer)), root, "same name without the second surname")
    surname_roots = set()
    timelines: dict[str, tuple[list[int], list[int]]] = {}
    for root, members in units.items():
        cand = cands[members[0]]
        if cand.kind != "name" or (cand.strength >= 5 and not _titled_surname(cand)):
            continue  # a country is nobody's surname; "Professor Burrows" still shortens a name
        key = " ".join(cand.words)
        # A two-word surname ("Pérez Ramos") may itself look like a full name: it still
        # shortens a longer one.
        if not by_surname.get(key) and any(cand.connectors):
            # "Van der Pas" shortens "Nikolaus van der Pas" only with its particles
            key = " ".join(w for pair in zip(("", *cand.connectors), cand.words, strict=True)
                           for w in pair if w)
        targets = [t for t in by_surname.get(key, ()) if t != root]
        if not targets:
            middle = by_middle.get(key, ())
            if len(cand.words) == 1 and len(middle) == 1 and root not in middle:
                surname_roots.add(root)
                groups.union(next(iter(middle)), root, "middle name of")
            continue
        surname_roots.add(root)
        distinct = {groups.find(t) for t in targets}
        if len(distinct) == 1:
            groups.union(targets[0], root, "surname of")
            continue
        if key not in timelines:
            timelines[key] = _timeline(text, targets, units, cands)
        split.add(root)
        for i, target in _resolve_bare_surnames(timelines[key], [cands[i].start for i in members]):
            groups.union(target, members[i], "surname of (the one named nearest before)")
    for root, members in units.items():
        cand = cands[members[0]]
        if root in person_roots or root in surname_roots or cand.kind != "name":
            continue
        if len(cand.words) != 1 or cand.strength >= 5 or cand.place is not None or (
            cand.type == "OTHER" and cand.strength >= 3
        ):
            continue  # (nor an award a convention read: "won a Tony" is not Tony Blair)
        firsts = set(by_first.get(cand.words[0], ()))
        if len(firsts) != 1:
            continue
        target = next(iter(firsts))
        if _person_strength(units[target], cands) >= 3 or (
            cand.words[0] not in lex.common_words and cand.type != "GPE"
        ):
            groups.union(target, root, "first name of")
    return split


def _titled_surname(cand: Candidate) -> bool:
    return cand.type == "PERSON" and cand.place is None and len(cand.words) == 1


Timeline = tuple[list[int], list[int], list[bool]]


def _timeline(text: str, targets: list[int], units: dict[int, list[int]],
              cands: list[Candidate]) -> Timeline:
    """Positions of every mention of the candidate people, sorted, with whose they are and
    whether each is named after "of" (a relative's or an owner's: "the children of Philipp
    Meitner")."""
    pairs = sorted((cands[i].start, root) for root in set(targets) for i in units[root])
    return ([p for p, _ in pairs], [r for _, r in pairs],
            [text.endswith(("of ", "by "), 0, p) for p, _ in pairs])


# A full name this close before a bare surname (in characters, about two sentences) is what
# the surname refers to; further away, the person the text has been about so far is.
_RECENT = 300


def _resolve_bare_surnames(timeline: Timeline, starts: list[int]) -> list[tuple[int, int]]:
    """For each bare surname (by position, in text order): the person it names. The one most
    recently named nearby wins (unless named once, after "of" or "by", while another has been
    named more: "Lise Meitner ... the children of Philipp Meitner ... Meitner studied physics" is
    Lise); otherwise the one mentioned most so far (names and surnames resolved to them); before
    any full name, the first one named."""
    positions, roots, asides = timeline
    counts: dict[int, int] = {}
    leader, leader_count = roots[0], 0
    k = 0
    resolved: list[tuple[int, int]] = []
    for index, at in sorted(enumerate(starts), key=lambda pair: pair[1]):
        while k < len(positions) and positions[k] < at:
            counts[roots[k]] = counts.get(roots[k], 0) + 1
            if counts[roots[k]] >= leader_count:
                leader, leader_count = roots[k], counts[roots[k]]
            k += 1
        if k > 0 and at - positions[k - 1] <= _RECENT and not (
            asides[k - 1] and counts[roots[k - 1]] == 1 and leader != roots[k - 1] and leader_count > 1
        ):
            target = roots[k - 1]
        elif k > 0:
            target = leader
        else:
            target = roots[0]
        counts[target] = counts.get(target, 0) + 1
        if counts[target] >= leader_count:
            leader, leader_count = target, counts[target]
        resolved.append((index, target))
    return resolved


def _person_strength(members: list[int], cands: list[Candidate]) -> int:
    return max(cands[i].strength for i in members if cands[i].type == "PERSON")


_LABEL_OF_TYPE = {"PERSON": 0, "ORG": 1, "GPE": 2, "LOC": 2, "NORP": 3, "OTHER": 4}
_TYPE_OF_LABEL = ("PERSON", "ORG", "GPE", "NORP", "OTHER")


def _pooled(names: list[Candidate]) -> list[float] | None:
    """The sum of the label scores of an entity's name mentions, full names counting twice:
    every mention's evidence counts, so a bare "Castillo" linked to "Pedro Castillo" is typed
    with it."""
    totals: list[float] | None = None
    for c in names:
        if c.scores is None:
            continue
        weight = 2.0 if len(c.words) > 1 else 1.0  # a full name says more than a bare surname
        if totals is None:
            totals = [weight * value for value in c.scores]
        else:
            for k, value in enumerate(c.scores):
                totals[k] += weight * value
    return totals


def _entity_type(names: list[Candidate], first: Candidate, totals: list[float] | None) -> str:
    """One type for the whole entity, from the pooled evidence of its names."""
    if not names:
        return first.type  # a nationality's country, a party's adjective's party
    if _has_legal_form(names):
        return "ORG"  # "Kellogg Co.": however often a bare "Kellogg" reads as a surname
    if any(len(c.words) == 2 and c.words[0] in STORM_WORDS for c in names):
        return "OTHER"  # "Hurricane Rita": however often a bare "Rita" reads as a person
    if any(len(c.words) > 1 and c.words[-1] in _AWARDS_PLURAL and c.type == "OTHER" for c in names):
        return "OTHER"  # "the Golden Globe Awards": however a bare "Golden Globe" reads
    if totals is None:
        return max(names, key=lambda c: (c.strength, len(c.words))).type
    label = max(range(len(totals)), key=totals.__getitem__)
    typed = [c for c in names if _LABEL_OF_TYPE.get(c.type) == label]
    if typed:
        # GPE or LOC, as the fullest place name of the entity says
        return max(typed, key=lambda c: (len(c.words), c.strength)).type
    return _TYPE_OF_LABEL[label]


def _has_legal_form(names: list[Candidate]) -> bool:
    """Whether one of an entity's names ends in a company's legal form ("Co.", "Inc.")."""
    return any(len(c.words) > 1 and c.words[-1] in LEGAL_FORMS for c in names)




def _entities(text: str, cands: list[Candidate], groups: _Groups,
              model: NameModel | None) -> list[Entity]:
    members: dict[int, list[int]] = {}
    for i in range(len(cands)):
        members.setdefault(groups.find(i), []).append(i)
    clusters = sorted(members.values(), key=lambda m: min(cands[i].start for i in m))
    entities: list[Entity] = []
    used: dict[str, int] = {}
    for cluster in clusters:
        cluster.sort(key=lambda i: cands[i].start)
        names = [cands[i] for i in cluster if cands[i].kind == "name"]
        if names:
            canonical = max(
                names,
                key=lambda c: (c.text != c.text.upper(), len(c.words), len(c.text), -c.start),
            ).text
        else:
            canonical = cands[cluster[0]].place or cands[cluster[0]].text
        totals = _pooled(names)
        type_ = _entity_type(names, cands[cluster[0]], totals)
        slug = name_slug(canonical)
        used[slug] = used.get(slug, 0) + 1
        entity_id = slug if used[slug] == 1 else f"{slug}-{used[slug]}"
        while entity_id in used and entity_id != slug:
            used[slug] += 1
            entity_id = f"{slug}-{used[slug]}"
        used.setdefault(entity_id, 1)
        mentions = tuple([
            Mention(cands[i].start, cands[i].end, text[cands[i].start : cands[i].end],
                    "demonym" if cands[i].kind == "demonym" else "name")
            for i in cluster
        ])  # a list first: building a tuple from a generator costs more
        why = None
        if model is not None:
            why = EntityWhy(_type_evidence(names, totals, type_, model),
                            _link_reasons(cluster, cands, groups, canonical))
        entities.append(Entity(entity_id, canonical, type_, mentions, why))
    return entities


def _type_evidence(names: list[Candidate], totals: list[float] | None, type_: str,
                   model: NameModel) -> tuple[tuple[str, float], ...]:
    """The evidence for the entity's type over the next likeliest, summed over its names,
    in words, the strongest first (with the strongest evidence against at the end)."""
    from newsview.models.evidence import CONVENTIONS, describe

    if totals is None or not names:
        return ()
    chosen = _LABEL_OF_TYPE[type_]
    rival = max((k for k in range(len(totals)) if k != chosen), key=totals.__getitem__)
    counted: dict[str, float] = {}
    for c in names:
        for feature in c.evidence:
            weight = model.weight(feature, chosen) - model.weight(feature, rival)
            if weight:
                words = describe(feature)
                counted[words] = counted.get(words, 0.0) + weight
    ranked = sorted(counted.items(), key=lambda item: -item[1])
    strong_for = [(w, round(v, 2)) for w, v in ranked if v >= 0.05][:8]
    strong_against = [(w, round(v, 2)) for w, v in reversed(ranked) if v <= -0.05][:3]
    # conventions newsview keeps whatever the weights say (a party is an organisation)
    rules = list(dict.fromkeys(
        (describe(f) + " (newsview's convention)", 0.0)
        for c in names for f in c.evidence if f in CONVENTIONS
    ))
    legal_form = ("a name ends in a company's legal form (newsview's convention)", 0.0)
    if type_ == "ORG" and _has_legal_form(names) and legal_form not in rules:
        rules.insert(0, legal_form)
    return tuple(rules + strong_for + strong_against)


def _link_reasons(cluster: list[int], cands: list[Candidate], groups: _Groups,
                  canonical: str) -> tuple[tuple[str, str, str], ...]:
    """(name form, the form it was linked to, why) for each form of the entity but the first
    it took: "Jerí" surname of "Jose Jerí"."""
    if groups.reasons is None:
        return ()
    inside = set(cluster)
    reasons: list[tuple[str, str, str]] = []
    seen: set[str] = {canonical}
    for i, j, reason in groups.reasons:
        if j in inside and i in inside:
            variant, target = cands[j].text, cands[i].text
            if variant not in seen and variant != target:
                seen.add(variant)
                reasons.append((variant, target, reason))
    return tuple(reasons)
