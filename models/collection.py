"""Many articles as one collection: entities linked across articles, and one timeline.

How the app uses it::

    collection = Collection()                       # or Collection(pairs)
    collection.add(article, analysis)               # as each analysis lands; same id: replaced
    collection.entities() -> tuple[CollectionEntity, ...]   # first appearance order
    collection.entity_of(article_id, entity_id) -> CollectionEntity | None
    collection.entity(collection_id) -> CollectionEntity | None  # retired ids still resolve
    collection.mentions(collection_id) -> tuple[tuple[str, Mention], ...]  # across articles
    collection.timeline() -> tuple[TimelineEvent, ...]      # every article's events, by time
    collection.merge(id_a, id_b) / collection.split(id, members)  # corrections, ids kept

An article's entities are linked across articles with the rules used inside one article:

- equal names: the canonical names, and variants as full as them, compared accent- and
  case-blind ("José Jerí" = "Jose Jeri"); a country's aliases and nationality words name it
  ("U.S." = "United States"; a "Peruvian" article's Peru is every other article's Peru);
- a shorter form (a surname, a multi-word or particle surname; an acronym or short name an
  article used for an organisation, unless a common word) goes to the one fuller name that
  offers it anywhere in the collection, and stays on its own while two do (two Smiths): so
  adding an article can undo such a link, never an equal-name one;
- types must agree: people with people, places (GPE, LOC) with places, organisations and other
  names together, groups (NORP) with groups; a lone word typed only by default (an unknown
  "Castillo" taken for an organisation) may still be the surname of a person named in full
  with a known first name.

Cost: every link is found through a dictionary of folded keys (names, surnames, short forms),
never by comparing pairs, so adding an article costs about its own entities, and looking
(``entities()``, ``timeline()``) recomputes only the entities the additions touched: asking
after every one of 2,000 articles costs about what asking once does. A new date for an article
whose entities stay the same moves its events only; any other replacement, a removal or a split
re-indexes everything (about 0.4 s for 2,000 articles).

Ids come from the canonical name when an entity first appears and then stay: an entity that
absorbs another keeps the older id (the absorbed id still resolves through ``entity``), one
split off gets a new id.

Pure: no global state, no textual, no rich; the word lists come from ``lexicon``.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from newsview.models.chronology import calendar_interval
from newsview.models.corrections import SPLIT_OFF
from newsview.models.document import Analysis, Article, Entity, Event, Mention
from newsview.models.lexicon import Lexicon, lexicon, phrase_key
from newsview.models.linking import DisjointSets, surname_keys
from newsview.models.vocab import SURNAME_PARTICLES, name_key, name_slug

MemberKey = tuple[str, str]  # (article id, entity id in that article)

_FAMILY = {"PERSON": "person", "GPE": "place", "LOC": "place", "ORG": "org", "OTHER": "org",
           "NORP": "norp"}


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


class Collection:
    """Articles and their analyses, with entities linked across them and one timeline."""

    def __init__(self, pairs: Iterable[tuple[Article, Analysis | None]] = (),
                 lex: Lexicon | None = None) -> None:
        self._lex = lex
        self._slots: dict[str, _Slot] = {}
        self._next_order = 0
        self._origin: dict[MemberKey, str] = {}  # the id a member's group had when it joined
        self._first_holder: dict[str, MemberKey] = {}  # id -> the member it was first given to
        self._taken: set[str] = set()
        self._merges: list[tuple[MemberKey, MemberKey]] = []
        self._pins: dict[MemberKey, str] = {}
        self._splits = 0
        self._reset()
        for article, analysis in pairs:
            self.add(article, analysis)

    def _reset(self) -> None:
        """Empty every index (the articles, ids and corrections stay)."""
        self._members: list[_Member] = []
        self._sets = DisjointSets()  # over member indexes, as the per-article linking groups
        self._index_of_key: dict[MemberKey, int] = {}
        self._key_owner: dict[str, int] = {}
        # per group (keyed by its root): members, longest name, and the keys it offers/looks up
        self._group: dict[int, list[int]] = {}
        self._words: dict[int, int] = {}
        self._offers_of: dict[int, set[str]] = {}
        self._lookups_of: dict[int, set[str]] = {}
        self._pinned: set[int] = set()
        self._offer_roots: dict[str, set[int]] = {}
        self._lookup_roots: dict[str, set[int]] = {}
        # shorter forms attached to fuller groups, and the displayed clusters
        self._attached: dict[int, int] = {}
        self._attached_from: dict[int, set[int]] = {}
        self._cluster_of: dict[int, int] = {}
        self._cluster_roots: dict[int, set[int]] = {}
        self._dirty: set[int] = set()
        self._retired: set[int] = set()
        self._entity_of_final: dict[int, CollectionEntity] = {}
        self._final_of_id: dict[str, int] = {}
        self._order: list[tuple[tuple[int, int], int]] = []  # (first place, final), sorted
        self._place_of_final: dict[int, tuple[int, int]] = {}
        self._entities: tuple[CollectionEntity, ...] | None = ()
        self._timeline: list[tuple[tuple, TimelineEvent]] = []
        self._timeline_sorted = False

    # ------------------------------------------------------------------------- articles

    def add(self, article: Article, analysis: Analysis | None) -> None:
        """Add an article (``analysis`` None: shown as text only); an article already here under
        the same id is replaced (a new date, a new analysis), keeping its place and its ids."""
        if article.id in self._slots:
            slot = self._slots[article.id]
            same_entities = (slot.analysis is not None and analysis is not None
                             and slot.analysis.entities == analysis.entities)
            slot.article, slot.analysis = article, analysis
            if same_entities:  # a new date moves the events only: no relinking
                self._timeline = [row for row in self._timeline if row[1].article_id != article.id]
                self._index_events(slot)
            else:
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
        entity's order in its article). Only what the last additions changed is recomputed."""
        self._refresh()
        if self._entities is None:
            self._entities = tuple(self._entity_of_final[final] for _, final in self._order)
        return self._entities

    def entity(self, entity_id: str) -> CollectionEntity | None:
        """The entity with this id, or the one that has since absorbed the entity first given it."""
        self._refresh()
        final = self._final_of_id.get(entity_id)
        if final is not None:
            return self._entity_of_final[final]
        holder = self._first_holder.get(entity_id)
        return self.entity_of(*holder) if holder else None

    def entity_of(self, article_id: str, entity_id: str) -> CollectionEntity | None:
        """The collection entity an article's entity belongs to."""
        self._refresh()
        index = self._index_of_key.get((article_id, entity_id))
        if index is None:
            return None
        return self._entity_of_final.get(self._cluster_of.get(self._find(index), -1))

    def article_entities(self, entity_id: str) -> tuple[tuple[str, Entity], ...]:
        """The article entities a collection entity groups, as (article id, entity), in
        article order."""
        entity = self.entity(entity_id)
        if entity is None:
            return ()
        members = self._members
        return tuple((key[0], members[self._index_of_key[key]].entity) for key in entity.members)

    def mentions(self, entity_id: str) -> tuple[tuple[str, Mention], ...]:
        """Every mention of a collection entity, as (article id, mention): articles in order,
        each article's mentions in text order (a concordance across articles)."""
        found: list[tuple[str, Mention]] = []
        for article_id, entity in self.article_entities(entity_id):
            found.extend((article_id, mention) for mention in entity.mentions)
        return tuple(found)

    def merge(self, first_id: str, second_id: str) -> str | None:
        """Join two collection entities (a correction that outlives later additions); returns
        the id of the result (the older of the two), None if either is unknown."""
        first, second = self.entity(first_id), self.entity(second_id)
        if first is None or second is None:
            return None
        if first.id != second.id:
            # the groups the two entities are shown under: their shorter forms follow them
            a, b = self._final_of_id[first.id], self._final_of_id[second.id]
            self._merges.append((self._members[a].key, self._members[b].key))
            self._union(a, b)
        merged = self.entity_of(*first.members[0])
        return merged.id if merged else None

    def split(self, entity_id: str, members: Iterable[MemberKey]) -> str | None:
        """Take ``members`` out of an entity into a new one of their own, which no automatic
        link will join again; returns its id (None if nothing was taken out)."""
        entity = self.entity(entity_id)
        if entity is None:
            return None
        inside = set(entity.members)
        chosen = [m for m in dict.fromkeys(members) if m in inside]
        if not chosen or len(chosen) == len(entity.members):
            return None
        self._splits += 1
        pin = f"split{self._splits}"
        name = self._members[self._index_of_key[chosen[0]]].entity.name
        new_id = self._claim(name_slug(name), chosen[0])
        staying = [m for m in entity.members if m not in set(chosen)]
        for key in chosen:
            self._pins[key] = pin
            old_id = self._origin[key]
            if self._first_holder.get(old_id) == key:  # the old id stays with the rest
                heir = next((m for m in staying if self._origin[m] == old_id), staying[0])
                self._first_holder[old_id] = heir
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
            self._timeline.sort(key=_row_key)
            self._timeline_sorted = True
        return tuple(event for _, event in self._timeline)

    # ------------------------------------------------------------------------- indexing

    def _lexicon(self) -> Lexicon:
        if self._lex is None:
            self._lex = lexicon()
        return self._lex

    def _rebuild(self) -> None:
        """Index every article again in its order (after a removal, a replacement or a split);
        members keep the ids they were given."""
        self._reset()
        present = {(article_id, entity.id) for article_id, slot in self._slots.items()
                   if slot.analysis for entity in slot.analysis.entities}
        self._merges = [pair for pair in self._merges if pair[0] in present and pair[1] in present]
        for slot in self._slots.values():
            self._index_article(slot)
        self._apply_merges(None)

    def _index_article(self, slot: _Slot) -> None:
        if slot.analysis is None:
            return
        lex = self._lexicon()
        article_id = slot.article.id
        for position, entity in enumerate(slot.analysis.entities):
            key = (article_id, entity.id)
            index = self._add_member(_describe(entity, key, slot.order, position, lex,
                                               self._pins.get(key)))
            if key not in self._origin:
                root = self._find(index)
                self._origin[key] = (
                    self._origin[self._members[root].key] if root != index
                    else self._claim(name_slug(entity.name), key)
                )
        self._index_events(slot)

    def _index_events(self, slot: _Slot) -> None:
        assert slot.analysis is not None
        article_id = slot.article.id
        for position, event in enumerate(slot.analysis.chronology):
            row = (_time_key(event, slot.order, position), TimelineEvent(article_id, event, position))
            if self._timeline_sorted:
                bisect.insort(self._timeline, row, key=_row_key)  # one article after a look
            else:
                self._timeline.append(row)  # many before a look: sorted once, on demand

    def _add_member(self, member: _Member) -> int:
        index = self._sets.add()
        self._members.append(member)
        self._index_of_key[member.key] = index
        self._group[index] = [index]
        self._words[index] = member.words
        self._offers_of[index] = set(member.offers)
        self._lookups_of[index] = set(member.lookups)
        if member.pin:
            self._pinned.add(index)
        for key in member.offers:
            self._offer_roots.setdefault(key, set()).add(index)
        for key in member.lookups:
            self._lookup_roots.setdefault(key, set()).add(index)
        self._dirty.add(index)
        self._touch_dependents(member.offers)
        for key in member.keys:
            owner = self._key_owner.setdefault(key, index)
            if owner != index:
                self._union(owner, index)
        return index

    def _touch_dependents(self, offers: Iterable[str]) -> None:
        """Groups that look up one of these keys must decide their attachment again."""
        for key in offers:
            self._dirty |= self._lookup_roots.get(key, set())

    def _apply_merges(self, article_ids: set[str] | None) -> None:
        for first, second in self._merges:
            if article_ids is None or first[0] in article_ids or second[0] in article_ids:
                a, b = self._index_of_key.get(first), self._index_of_key.get(second)
                if a is not None and b is not None:
                    self._union(a, b)

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
        return self._sets.find(i)

    def _union(self, i: int, j: int) -> None:
        a, b = self._find(i), self._find(j)
        if a == b:
            return
        root, other = self._sets.join_roots(a, b)  # the older member stays root: the older id
        kept, moved = self._group[root], self._group.pop(other)
        if len(kept) < len(moved):
            kept, moved = moved, kept
        kept.extend(moved)
        self._group[root] = kept
        self._words[root] = max(self._words[root], self._words.pop(other))
        for own, by_key in ((self._offers_of, self._offer_roots),
                            (self._lookups_of, self._lookup_roots)):
            moving = own.pop(other)
            for key in moving:
                roots = by_key[key]
                roots.discard(other)
                roots.add(root)
            own[root] |= moving
        if other in self._pinned:
            self._pinned.discard(other)
            self._pinned.add(root)
        self._retired.add(other)
        self._dirty.add(root)
        self._touch_dependents(self._offers_of[root])

    # ------------------------------------------------------------------------- the view

    def _refresh(self) -> None:
        """Bring the displayed entities up to date with what changed since the last look."""
        if not self._dirty and not self._retired:
            return
        self._entities = None
        affected: set[int] = set()
        for old in self._retired:
            affected.add(old)
            self._set_attachment(old, None)
            self._dirty |= self._attached_from.pop(old, set())
        dirty = {self._find(root) for root in self._dirty}
        self._dirty, self._retired = set(), set()
        for root in dirty:
            self._set_attachment(root, self._decide(root))
            affected.add(root)
        stack = list(affected)
        while stack:  # shorter forms attached to an affected group move with it
            for source in self._attached_from.get(stack.pop(), ()):
                if source not in affected:
                    affected.add(source)
                    stack.append(source)
        changed: set[int] = set()
        for root in affected:
            final = self._cluster_of.pop(root, None)
            if final is not None:
                self._cluster_roots[final].discard(root)
                changed.add(final)
        for root in affected:
            if self._sets.parent[root] == root:
                final = self._final(root)
                self._cluster_of[root] = final
                self._cluster_roots.setdefault(final, set()).add(root)
                changed.add(final)
        gone = sorted(f for f in changed if not self._cluster_roots.get(f))
        for final in gone:
            self._drop_entity(final)
            self._cluster_roots.pop(final, None)
        for final in sorted(changed.difference(gone)):
            self._drop_entity(final)
        for final in sorted(changed.difference(gone)):
            self._build_entity(final)

    def _set_attachment(self, root: int, target: int | None) -> None:
        old = self._attached.get(root)
        if old == target:
            return
        if old is not None:
            self._attached_from.get(old, set()).discard(root)
            del self._attached[root]
        if target is not None:
            self._attached[root] = target
            self._attached_from.setdefault(target, set()).add(root)

    def _decide(self, root: int) -> int | None:
        """The one fuller group that offers this group's name, if exactly one does."""
        if root in self._pinned:
            return None
        words = self._words
        found: set[int] = set()
        for key in self._lookups_of[root]:
            for target in self._offer_roots.get(key, ()):
                if target != root and words[target] > words[root]:
                    found.add(target)
                    if len(found) > 1:
                        return None
        if not found:
            return None
        target = found.pop()
        # A frequent name is never swallowed by a rare fuller one: "Christmas" in fifty
        # articles is not the "Merry Christmas" of one, nor "Tory" a "London Tory".
        if 3 * self._article_count(target) < self._article_count(root):
            return None
        return target

    def _article_count(self, root: int) -> int:
        return len({self._members[i].key[0] for i in self._group[root]})

    def _final(self, root: int) -> int:
        seen = {root}
        while root in self._attached and self._attached[root] not in seen:
            root = self._attached[root]
            seen.add(root)
        return root

    def _drop_entity(self, final: int) -> None:
        entity = self._entity_of_final.pop(final, None)
        if entity is None:
            return
        if self._final_of_id.get(entity.id) == final:
            del self._final_of_id[entity.id]
        place = self._place_of_final.pop(final)
        at = bisect.bisect_left(self._order, (place, final))
        del self._order[at]

    def _build_entity(self, final: int) -> None:
        members = self._members
        indexes = sorted((i for root in self._cluster_roots[final] for i in self._group[root]),
                         key=lambda i: (members[i].article_order, members[i].position))
        key = members[final].key
        entity_id = self._origin[key]
        if entity_id in self._final_of_id:  # two groups with one id (after a split): a new one
            entity_id = self._claim(name_slug(members[final].entity.name))
            self._origin[key] = entity_id
        entity = _collection_entity(entity_id, [members[i] for i in indexes])
        self._entity_of_final[final] = entity
        self._final_of_id[entity_id] = final
        first = members[indexes[0]]
        place = (first.article_order, first.position)
        self._place_of_final[final] = place
        bisect.insort(self._order, (place, final))


def _collection_entity(entity_id: str, members: list[_Member]) -> CollectionEntity:
    """One displayed entity: named by its most frequent full form, typed by the evidence of
    every article (each article's type counted by its mentions, full names twice)."""
    forms: dict[str, list[int]] = {}  # name form -> [mentions, words, first article, place]
    for m in members:
        for mention in m.entity.mentions:
            if mention.form == "name":
                seen = forms.setdefault(mention.text, [0, len(name_key(mention.text).split()),
                                                       m.article_order, m.position])
                seen[0] += 1
    most = max((words for _, words, _, _ in forms.values()), default=0)
    full = {form: v for form, v in forms.items() if v[1] >= min(2, most)}
    name = max(full, key=lambda form: (
        full[form][0], full[form][1], form != form.upper(), len(form),
        sum(not c.isascii() for c in form),  # "José Jerí" over "Jose Jeri"
        -full[form][2], -full[form][3])) if full else members[0].entity.name
    named = next((m for m in members if {"merge", "rename"} & set(m.entity.corrected)), None)
    if named is not None:  # the name a correction gave wins over the most frequent one
        name = named.entity.name
    best = next((m for m in members if m.entity.name == name), members[0])
    votes: dict[str, int] = {}
    for m in members:
        weight = 2 if m.words > 1 else 1
        votes[m.entity.type] = votes.get(m.entity.type, 0) + weight * len(m.entity.mentions)
    type_ = max(votes, key=lambda t: (votes[t], t == best.entity.type))
    retyped = next((m for m in members if "retype" in m.entity.corrected), None)
    if retyped is not None:  # the type a correction gave wins over the articles' votes
        type_ = retyped.entity.type
    variants: dict[str, None] = {}
    for m in members:
        for variant in m.entity.variants:
            variants.setdefault(variant, None)
    keys = tuple(m.key for m in members)
    return CollectionEntity(
        id=entity_id,
        name=name,
        type=type_,
        members=keys,
        article_count=len({article_id for article_id, _ in keys}),
        mention_count=sum(len(m.entity.mentions) for m in members),
        variants=tuple(variants),
    )


# ----------------------------------------------------------------------------- keys


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
    if count >= 2 and family != "norp":
        # A full name is one entity whatever one article typed it as ("Time Warner" a
        # person here, a company there): the collection's evidence decides its type.
        qualified.add(f"full:{canonical}")
    if family == "place":
        qualified |= _country_keys(entity, lex)
    lookups = {f"{family}:{canonical}"}
    if count == 1 and entity.type in ("ORG", "OTHER") and canonical not in lex.known_orgs:
        # a lone word typed by default may be the surname of someone named in full
        lookups.add(f"named-person:{canonical}")
    offers: set[str] = set()
    if count >= 2:
        if family == "person":
            surnames = set(surname_keys(*_name_parts(words)))
            surnames |= {k for k in shorter if canonical.endswith(" " + k)}
            offers |= {f"person:{k}" for k in surnames}
            if words[0] in lex.first_names:  # a name shaped like a person's, not a guess
                offers |= {f"named-person:{k}" for k in surnames}
        else:
            # Short forms the articles themselves used ("Boeing", "MIT"), not a generic word
            # ("the Church", "North"); acronym letters alone ("AFP", "OS") are too loose.
            offers |= {f"{family}:{k}" for k in shorter if not _generic(k, lex)}
    if "merge" in entity.corrected or "rename" in entity.corrected:
        # a name the user gave: the same name in any article is this entity, whatever type
        qualified.add(f"corrected:{canonical}")
    if pin is None and SPLIT_OFF in entity.corrected:
        # split off by a correction: kept apart from the names it left, here and elsewhere
        pin = f"split:{family}:{canonical}"
    if pin is not None:  # a split-off entity links only within itself, by hand
        qualified = {f"{pin}|{k}" for k in qualified}
        lookups, offers = set(), set()
    return _Member(key, entity, order, position, family, count, tuple(sorted(qualified)),
                   tuple(sorted(lookups)), tuple(sorted(offers)), pin)


def _country_keys(entity: Entity, lex: Lexicon) -> set[str]:
    """A country under any of its names or nationality words: "U.S.", "American"."""
    keys: set[str] = set()
    for form in (entity.name, *entity.variants):
        key = phrase_key(form)
        place = lex.places.get(key)
        if place is not None and place.is_country and not _generic(key, lex):
            keys.add("place:country:" + name_key(place.name))
    for mention in entity.mentions:
        if mention.form == "demonym":
            country = lex.demonyms.get(phrase_key(mention.text))
            if country:
                keys.add("place:country:" + name_key(country))
    return keys


def _generic(key: str, lex: Lexicon) -> bool:
    """A word that heads or qualifies many names ("church", "island", "north")."""
    return " " not in key and any(key in words for words in (
        lex.org_heads, lex.org_words, lex.loc_heads, lex.loc_words, lex.gpe_words,
        lex.other_heads, lex.other_words, lex.place_qualifiers, lex.titles))


def _name_parts(words: list[str]) -> tuple[list[str], list[str]]:
    """A name's key words as the per-article linking sees a name: its words, and what joins
    each to the next (a surname particle, else ""): "hugo de zela" -> (hugo, zela), (de)."""
    kept: list[str] = []
    connectors: list[str] = []
    gap: list[str] = []
    for word in words:
        if kept and word in SURNAME_PARTICLES:
            gap.append(word)
            continue
        if kept:
            connectors.append(" ".join(gap))
            gap = []
        kept.append(word)
    for word in gap:  # a name ending in a particle ("Ludwig van"): the particle is a word
        connectors.append("")
        kept.append(word)
    return kept, connectors




_NO_TIME = (datetime.min, timedelta(0))


def _row_key(row: tuple[tuple, TimelineEvent]) -> tuple:
    return row[0]


def _time_key(event: Event, order: int, position: int) -> tuple:
    interval = calendar_interval(event.value)
    if interval is None:
        return (1, *_NO_TIME, order, position)
    return (0, interval[0], interval[0] - interval[1], order, position)


__all__ = ["Collection", "CollectionEntity", "MemberKey", "TimelineEvent", "name_key"]
