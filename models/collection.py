"""Many articles as one collection: entities linked across articles, and one timeline.

How the app uses it::

    collection = Collection()                       # or Collection(pairs)
    collection.add(article, analysis)               # as each analysis lands; same id: replaced
    collection.entities() -> tuple[CollectionEntity, ...]   # first appearance order
    collection.entity_of(article_id, entity_id) -> CollectionEntity | None
    collection.entity(collection_id) -> CollectionEntity | None  # retired ids still resolve
    collection.timeline() -> tuple[TimelineEvent, ...]      # every article's events, by time
    collection.merge(id_a, id_b) / collection.split(id, members)  # corrections, ids kept

An article's entities are linked across articles with the rules used inside one article:

- equal names: the canonical names, and variants as full as them, compared accent- and
  case-blind ("José Jerí" = "Jose Jeri"); a country's aliases and nationality words name it
  ("U.S." = "United States"; a "Peruvian" article's Peru is every other article's Peru);
- a shorter form (a surname, a multi-word or particle surname, an acronym, an organisation's
  short name) goes to the one fuller name that offers it anywhere in the collection, and stays
  on its own while two do (two Smiths): so adding an article can undo such a link, never an
  equal-name one;
- types must agree: people with people, places (GPE, LOC) with places, organisations and other
  names together, groups (NORP) with groups; a lone word typed only by default (an unknown
  "Castillo" taken for an organisation) may still be a person's surname.

Cost: every link is found through a dictionary of folded keys (names, surnames, acronym
letters), never by comparing pairs, so adding an article costs its own entities and a view
(``entities()``) costs one pass over all of them. Ids come from the canonical name when an
entity first appears and then stay: an entity that absorbs another keeps the older id (the
absorbed id still resolves through ``entity``), one split off gets a new id.

Pure: no global state, no textual, no rich; the word lists come from ``lexicon``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from newsview.models.chronology import calendar_interval
from newsview.models.document import Analysis, Article, Entity, Event
from newsview.models.lexicon import Lexicon, lexicon, phrase_key
from newsview.models.text import fold_word

MemberKey = tuple[str, str]  # (article id, entity id in that article)

_FAMILY = {"PERSON": "person", "GPE": "place", "LOC": "place", "ORG": "org", "OTHER": "org",
           "NORP": "norp"}
_WORD = re.compile(r"\w+")
_CONNECTORS = frozenset("of the for and de del la van von der da di du y".split())
_PARTICLES = frozenset("de del della di da du van von der le la al el bin ibn".split())


@dataclass(frozen=True, slots=True)
class CollectionEntity:
    """One entity across articles: the article entities it groups, in article order."""

    id: str
    name: str
    type: str
    members: tuple[MemberKey, ...]  # (article id, entity id)
    article_count: int
    mention_count: int  # every mention in every article, demonyms included
    variants: tuple[str, ...]  # distinct name forms, in order of first appearance

    @property
    def article_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(article_id for article_id, _ in self.members))


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """One chronology event of one article, on the collection's timeline."""

    article_id: str
    event: Event
    index: int  # the event's position in its article's chronology

    @property
    def value(self) -> str | None:
        return self.event.value


@dataclass(slots=True)
class _Member:
    key: MemberKey
    entity: Entity
    article_order: int
    position: int  # the entity's index in its article
    family: str
    words: int  # words in the canonical name
    keys: tuple[str, ...]  # equal-name keys (family-qualified)
    lookups: tuple[str, ...]  # keys under which a fuller name may offer this one's name
    offers: tuple[str, ...]  # keys this name offers to shorter forms
    pin: str | None = None  # set by ``split``: links only within its pin


@dataclass(slots=True)
class _Slot:
    article: Article
    analysis: Analysis | None
    order: int
    members: list[int] = field(default_factory=list)


@dataclass(slots=True)
class _View:
    entities: tuple[CollectionEntity, ...]
    by_id: dict[str, CollectionEntity]
    by_member: dict[MemberKey, CollectionEntity]


class Collection:
    """Articles and their analyses, with entities linked across them and one timeline."""

    def __init__(self, pairs: Iterable[tuple[Article, Analysis | None]] = (),
                 lex: Lexicon | None = None) -> None:
        self._lex = lex
        self._slots: dict[str, _Slot] = {}
        self._next_order = 0
        self._members: list[_Member] = []
        self._parent: list[int] = []
        self._key_owner: dict[str, int] = {}
        self._offers: dict[str, list[int]] = {}
        self._origin: dict[MemberKey, str] = {}  # the id a member's group had when it joined
        self._first_holder: dict[str, MemberKey] = {}  # id -> the member it was first given to
        self._taken: set[str] = set()
        self._merges: list[tuple[MemberKey, MemberKey]] = []
        self._pins: dict[MemberKey, str] = {}
        self._timeline: list[tuple[tuple, TimelineEvent]] = []
        self._timeline_sorted = True
        self._splits = 0
        self._view: _View | None = None
        for article, analysis in pairs:
            self.add(article, analysis)

    # ------------------------------------------------------------------------- articles

    def add(self, article: Article, analysis: Analysis | None) -> None:
        """Add an article (``analysis`` None: shown as text only); an article already here under
        the same id is replaced (a new date, a new analysis), keeping its place and its ids."""
        self._view = None
        if article.id in self._slots:
            slot = self._slots[article.id]
            slot.article, slot.analysis = article, analysis
            self._rebuild()
            return
        slot = _Slot(article, analysis, self._next_order)
        self._next_order += 1
        self._slots[article.id] = slot
        self._index_article(slot)
        self._apply_merges({article.id})

    def remove(self, article_id: str) -> bool:
        """Forget an article; False when there was none so named."""
        if self._slots.pop(article_id, None) is None:
            return False
        self._view = None
        self._rebuild()
        return True

    def __len__(self) -> int:
        return len(self._slots)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._slots

    @property
    def article_ids(self) -> tuple[str, ...]:
        return tuple(self._slots)

    def article(self, article_id: str) -> Article | None:
        slot = self._slots.get(article_id)
        return slot.article if slot else None

    def analysis(self, article_id: str) -> Analysis | None:
        slot = self._slots.get(article_id)
        return slot.analysis if slot else None

    # ------------------------------------------------------------------------- entities

    def entities(self) -> tuple[CollectionEntity, ...]:
        """Every collection entity, in order of first appearance (article order, then the
        entity's order in its article)."""
        return self._current_view().entities

    def entity(self, entity_id: str) -> CollectionEntity | None:
        """The entity with this id, or the one that has since absorbed the entity first given it."""
        view = self._current_view()
        found = view.by_id.get(entity_id)
        if found is None and entity_id in self._first_holder:
            found = view.by_member.get(self._first_holder[entity_id])
        return found

    def entity_of(self, article_id: str, entity_id: str) -> CollectionEntity | None:
        """The collection entity an article's entity belongs to."""
        return self._current_view().by_member.get((article_id, entity_id))

    def merge(self, first_id: str, second_id: str) -> str | None:
        """Join two collection entities (a correction that outlives later additions); returns
        the id of the result (the older of the two), None if either is unknown."""
        first, second = self.entity(first_id), self.entity(second_id)
        if first is None or second is None:
            return None
        if first.id != second.id:
            self._merges.append((first.members[0], second.members[0]))
            self._union(self._index_of(first.members[0]), self._index_of(second.members[0]))
            self._view = None
        merged = self.entity(first.id)
        return merged.id if merged else None

    def split(self, entity_id: str, members: Iterable[MemberKey]) -> str | None:
        """Take ``members`` out of an entity into a new one of their own, which no automatic
        link will join again; returns its id (None if nothing was taken out)."""
        entity = self.entity(entity_id)
        if entity is None:
            return None
        chosen = [m for m in dict.fromkeys(members) if m in set(entity.members)]
        if not chosen or len(chosen) == len(entity.members):
            return None
        self._splits += 1
        pin = f"split{self._splits}"
        new_id = self._claim(_slug(self._member(chosen[0]).entity.name), chosen[0])
        for key in chosen:
            self._pins[key] = pin
            self._origin[key] = new_id
        self._merges = [pair for pair in self._merges if not (set(pair) & set(chosen))]
        self._merges += [(chosen[0], other) for other in chosen[1:]]
        self._rebuild()
        return new_id

    # ------------------------------------------------------------------------- timeline

    def timeline(self) -> tuple[TimelineEvent, ...]:
        """Every article's chronology events on one timeline: by the start of the interval each
        names, the longer first when two start together (as in one article's chronology),
        then in article order and each article's own order; undated events last."""
        if not self._timeline_sorted:
            # each article's events arrive as one sorted run: the sort merges runs in about
            # linear time
            self._timeline.sort(key=lambda pair: pair[0])
            self._timeline_sorted = True
        return tuple(event for _, event in self._timeline)

    # ------------------------------------------------------------------------- building

    def _lexicon(self) -> Lexicon:
        if self._lex is None:
            self._lex = lexicon()
        return self._lex

    def _rebuild(self) -> None:
        """Index every article again in its order (after a removal, a replacement or a split);
        members keep the ids they were given."""
        self._view = None
        self._members, self._parent = [], []
        self._key_owner, self._offers, self._timeline = {}, {}, []
        present = {(a, e) for a, slot in self._slots.items() if slot.analysis
                   for e in (ent.id for ent in slot.analysis.entities)}
        self._merges = [pair for pair in self._merges if pair[0] in present and pair[1] in present]
        for slot in self._slots.values():
            slot.members = []
            self._index_article(slot)
        self._apply_merges(None)

    def _index_article(self, slot: _Slot) -> None:
        if slot.analysis is None:
            return
        lex = self._lexicon()
        article_id = slot.article.id
        for position, entity in enumerate(slot.analysis.entities):
            key = (article_id, entity.id)
            member = _describe(entity, key, slot.order, position, lex, self._pins.get(key))
            index = len(self._members)
            self._members.append(member)
            self._parent.append(index)
            slot.members.append(index)
            for name_key in member.keys:
                owner = self._key_owner.setdefault(name_key, index)
                if owner != index:
                    self._union(owner, index)
            for offer in member.offers:
                self._offers.setdefault(offer, []).append(index)
            if key not in self._origin:
                root = self._find(index)
                self._origin[key] = (
                    self._origin[self._members[root].key] if root != index
                    else self._claim(_slug(entity.name), key)
                )
        for position, event in enumerate(slot.analysis.chronology):
            item = TimelineEvent(article_id, event, position)
            self._timeline.append((_time_key(event, slot.order, position), item))
            self._timeline_sorted = False

    def _apply_merges(self, article_ids: set[str] | None) -> None:
        for first, second in self._merges:
            if article_ids is None or first[0] in article_ids or second[0] in article_ids:
                a, b = self._index_of(first), self._index_of(second)
                if a is not None and b is not None:
                    self._union(a, b)

    def _index_of(self, key: MemberKey) -> int | None:
        slot = self._slots.get(key[0])
        if slot is None:
            return None
        for index in slot.members:
            if self._members[index].key == key:
                return index
        return None

    def _member(self, key: MemberKey) -> _Member:
        index = self._index_of(key)
        assert index is not None
        return self._members[index]

    def _claim(self, wanted: str, holder: MemberKey | None = None) -> str:
        """A new id, never given before: the slug, else the slug with -2, -3 ..."""
        candidate, number = wanted, 1
        while candidate in self._taken:
            number += 1
            candidate = f"{wanted}-{number}"
        self._taken.add(candidate)
        if holder is not None:
            self._first_holder[candidate] = holder
        return candidate

    def _find(self, i: int) -> int:
        parent = self._parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def _union(self, i: int | None, j: int | None) -> None:
        if i is None or j is None:
            return
        a, b = self._find(i), self._find(j)
        if a != b:  # the older member stays the root, so the group keeps the older id
            self._parent[max(a, b)] = min(a, b)

    # ------------------------------------------------------------------------- the view

    def _current_view(self) -> _View:
        if self._view is None:
            self._view = self._build_view()
        return self._view

    def _build_view(self) -> _View:
        members = self._members
        groups: dict[int, list[int]] = {}
        for index in range(len(members)):
            groups.setdefault(self._find(index), []).append(index)
        words = {root: max(members[i].words for i in group) for root, group in groups.items()}
        attached = self._attachments(groups, words)
        clusters: dict[int, list[int]] = {}
        for root in groups:
            target = root
            seen = {root}
            while target in attached and attached[target] not in seen:
                target = attached[target]
                seen.add(target)
            clusters.setdefault(target, []).append(root)
        entities: list[CollectionEntity] = []
        by_member: dict[MemberKey, CollectionEntity] = {}
        used: set[str] = set()
        ordered = sorted(clusters.items(),
                         key=lambda item: min(_place(members[r]) for r in item[1]))
        for target, roots in ordered:
            indexes = sorted((i for r in roots for i in groups[r]), key=lambda i: _place(members[i]))
            entity = self._entity(self._group_id(target, used), [members[i] for i in indexes])
            entities.append(entity)
            for i in indexes:
                by_member[members[i].key] = entity
        return _View(tuple(entities), {e.id: e for e in entities}, by_member)

    def _attachments(self, groups: dict[int, list[int]], words: dict[int, int]) -> dict[int, int]:
        """For each group that is a shorter form, the one fuller group that offers its name."""
        members = self._members
        offer_roots: dict[str, set[int]] = {}
        attached: dict[int, int] = {}
        for root, group in groups.items():
            if any(members[i].pin for i in group):
                continue
            lookups = {k for i in group for k in members[i].lookups}
            targets: set[int] = set()
            for lookup in lookups:
                if lookup not in offer_roots:
                    offer_roots[lookup] = {self._find(i) for i in self._offers.get(lookup, ())}
                targets |= offer_roots[lookup]
            targets.discard(root)
            targets = {t for t in targets if words[t] > words[root]}
            if len(targets) == 1:
                attached[root] = targets.pop()
        return attached

    def _group_id(self, root: int, used: set[str]) -> str:
        """The id of the group rooted at ``root``: the one its oldest member was given; a
        second group claiming the same id (after a split) gets a new one, kept from then on."""
        key = self._members[root].key
        wanted = self._origin[key]
        if wanted in used:
            wanted = self._claim(_slug(self._members[root].entity.name))
            self._origin[key] = wanted
        used.add(wanted)
        return wanted

    def _entity(self, entity_id: str, members: list[_Member]) -> CollectionEntity:
        best = max(members, key=lambda m: (
            m.words, m.entity.name != m.entity.name.upper(), len(m.entity.name),
            sum(not c.isascii() for c in m.entity.name),  # "José Jerí" over "Jose Jeri"
            -m.article_order, -m.position))
        fullest = [m for m in members if m.words == best.words]
        votes: dict[str, int] = {}
        for m in fullest:
            votes[m.entity.type] = votes.get(m.entity.type, 0) + len(m.entity.mentions)
        type_ = max(votes, key=lambda t: (votes[t], t == fullest[0].entity.type))
        variants: dict[str, None] = {}
        for m in members:
            for variant in m.entity.variants:
                variants.setdefault(variant, None)
        keys = tuple(m.key for m in members)
        return CollectionEntity(
            id=entity_id,
            name=best.entity.name,
            type=type_,
            members=keys,
            article_count=len({article_id for article_id, _ in keys}),
            mention_count=sum(len(m.entity.mentions) for m in members),
            variants=tuple(variants),
        )


# ----------------------------------------------------------------------------- keys


def name_key(name: str) -> str:
    """Folded words of a name, one space apart, full stops dropped inside words:
    "José  Jerí" -> "jose jeri", "U.S." -> "us", "al-Assad" -> "al assad"."""
    words = _WORD.findall(fold_word(name).replace(".", ""))
    return " ".join(words) if words else fold_word(name).strip()


def _describe(entity: Entity, key: MemberKey, order: int, position: int, lex: Lexicon,
              pin: str | None) -> _Member:
    family = _FAMILY.get(entity.type, "org")
    canonical = name_key(entity.name)
    words = canonical.split()
    count = len(words)
    keys = {canonical}
    shorter: list[str] = []
    for variant in entity.variants:
        variant_key = name_key(variant)
        if len(variant_key.split()) >= count:
            keys.add(variant_key)
        elif variant_key:
            shorter.append(variant_key)
    qualified = {f"{family}:{k}" for k in keys if k}
    if family == "place":
        qualified |= _country_keys(entity, lex)
    lookups = {f"{family}:{canonical}"}
    if count == 1 and entity.type in ("ORG", "OTHER") and canonical not in lex.known_orgs:
        lookups.add(f"person:{canonical}")  # a lone word typed by default may be a surname
    if count == 1 and entity.name.isupper() and 2 <= len(canonical) <= 8:
        lookups.add(f"{family}:acronym:{canonical}")
    offers: set[str] = set()
    if count >= 2:
        if family == "person":
            offers |= {f"person:{k}" for k in _surname_keys(words)}
            offers |= {f"person:{k}" for k in shorter if canonical.endswith(" " + k)}
        else:
            offers |= {f"{family}:{k}" for k in shorter}
            offers |= {f"{family}:acronym:{letters}" for letters in _acronyms(words)}
    if pin is not None:  # a split-off entity links only within itself
        qualified = {f"{pin}|{k}" for k in qualified}
        lookups = set()
    return _Member(key, entity, order, position, family, count, tuple(sorted(qualified)),
                   tuple(sorted(lookups)), tuple(sorted(offers)), pin)


def _country_keys(entity: Entity, lex: Lexicon) -> set[str]:
    """A country under any of its names or nationality words: "U.S.", "American"."""
    keys: set[str] = set()
    for form in (entity.name, *entity.variants):
        place = lex.places.get(phrase_key(form))
        if place is not None and place.is_country:
            keys.add("place:country:" + name_key(place.name))
    for mention in entity.mentions:
        if mention.form == "demonym":
            country = lex.demonyms.get(phrase_key(mention.text))
            if country:
                keys.add("place:country:" + name_key(country))
    return keys


def _surname_keys(words: list[str]) -> list[str]:
    """Forms a person's surname may take alone: "zela", "de zela", "lopez obrador"."""
    keys = [words[-1]]
    if len(words) >= 3:
        keys.append(" ".join(words[-2:]))
        for k in range(1, len(words) - 1):
            if words[k] in _PARTICLES:
                keys.append(" ".join(words[k:]))
                break
    return keys


def _acronyms(words: list[str]) -> set[str]:
    content = [w for w in words if w not in _CONNECTORS]
    if len(content) < 2:
        return set()
    return {"".join(w[0] for w in content), "".join(w[0] for w in words if w != "the")}


def _slug(name: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", fold_word(name))) or "entity"


def _place(member: _Member) -> tuple[int, int]:
    return member.article_order, member.position


_NO_TIME = (datetime.min, timedelta(0))


def _time_key(event: Event, order: int, position: int) -> tuple:
    interval = calendar_interval(event.value)
    if interval is None:
        return (1, *_NO_TIME, order, position)
    return (0, interval[0], interval[0] - interval[1], order, position)


__all__ = ["Collection", "CollectionEntity", "MemberKey", "TimelineEvent", "name_key"]
