"""Search over open articles: entities by name (fuzzy, accent- and case-blind) and text (literal).

How the app uses it::

    index = SearchIndex(texts_by_article, entities_by_article)   # once per set of open articles
    index.set_article(article_id, text, entities)                 # add/replace one as it arrives
    index.entities("lopez obrador", limit=20) -> list[EntityHit]  # best first
    index.text("jeri", limit=50) -> list[TextHit]                 # article order, text order

``search_entities`` and ``search_text`` do the same in one call (building throw-away indexes);
keep a ``SearchIndex`` (or ``EntityIndex`` / ``TextIndex``) when searching as the user types, so
names and texts are folded once. Texts are folded lazily, on the first text search.

Entities are matched on their canonical name and every form the text used (demonyms too:
"peruvian" finds Peru). Ranking: an exact name or variant first, then a name that starts with
the query, then names whose words start with the query's words ("lopez obrador" -> "Andrés
Manuel López Obrador"), then fuzzy matches of words ("shienbaum" -> "Sheinbaum"); within a tier
by score, then mention count, then article order and first appearance. Text hits give offsets into the
original text (``text[hit.start:hit.end]`` is what matched, accents and case as written) and a
one-line snippet around them.

Pure: no textual, no rich.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from newsview.models.document import Entity
from newsview.models.text import Folded, fold, fold_word, visible_controls

EXACT, PREFIX, WORDS, FUZZY = "exact", "prefix", "words", "fuzzy"
_TIER_RANK = {EXACT: 3, PREFIX: 2, WORDS: 1, FUZZY: 0}

# A word typed with a slip ("shienbaum", "bolaurte") still finds the name; shorter words must
# match as written, or nearly every short word would match something.
FUZZY_MIN_WORD = 4
FUZZY_CUTOFF = 75.0

_WORD = re.compile(r"\w+")
# Characters that would break a one-line snippet; replaced one-for-one by a space.
_LINE_BREAKS = str.maketrans({c: " " for c in "\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"})


@dataclass(frozen=True, slots=True)
class EntityHit:
    """An entity whose name or one of its variants matches the query."""

    article_id: str
    entity: Entity
    matched: str  # the name or variant that matched best, as written
    kind: str  # EXACT, PREFIX, WORDS or FUZZY
    score: float  # 0..100, comparable within one kind
    start: int  # the first mention written as ``matched`` (else the first mention)
    end: int

    @property
    def entity_id(self) -> str:
        return self.entity.id


@dataclass(frozen=True, slots=True)
class TextHit:
    """A literal (accent- and case-blind) match in an article's text."""

    article_id: str
    start: int  # offsets into the original text: text[start:end] is what matched
    end: int
    snippet: str  # one line of the original text around the match, "…" where it was cut
    snippet_start: int  # where the match sits in ``snippet``
    snippet_end: int


def search_key(name: str) -> str:
    """The folded words of a name, one space apart: "Jean-Luc  Mélenchon" -> "jean luc melenchon".

    Unlike the engine's name key (``vocab.name_key``, which compares names: "U.S." = "US"),
    a full stop splits words here, as a reader types them: "app.quit" is found by "app quit"."""
    return " ".join(_WORD.findall(fold_word(name)))


def word_match_spans(name: str, query: str) -> list[tuple[int, int]]:
    """Where the query's words begin words of ``name`` (accent- and case-blind), as spans of
    ``name``, for highlighting a hit: ("José Jerí", "jeri") -> [(5, 9)]."""
    query_words = search_key(query).split()
    if not query_words:
        return []
    folded = fold(name)
    spans: list[tuple[int, int]] = []
    for word in _WORD.finditer(folded.text):
        for query_word in query_words:
            if word.group().startswith(query_word):
                start, end = folded.to_source(word.start(), word.start() + len(query_word))
                spans.append((start, max(end, start + 1)))
                break
    return spans


class EntityIndex:
    """Every entity's canonical name and variants, folded once, with an index of their words.

    Articles can be added as their analyses arrive (``set_article``); article order (the last
    tiebreak of the ranking) is the order they were first added in.
    """

    def __init__(self, entities_by_article: Mapping[str, Sequence[Entity]] | None = None) -> None:
        self._articles: dict[str, Sequence[Entity]] = {}
        self._clear()
        for article_id, entities in (entities_by_article or {}).items():
            self.set_article(article_id, entities)

    def _clear(self) -> None:
        # One slot per (article, entity); the slot number is also the article-order tiebreak.
        self._slots: list[tuple[str, Entity]] = []
        self._keys: list[str] = []  # distinct folded names
        self._key_ids: dict[str, int] = {}  # folded name -> its number
        self._key_ids_of_names: dict[str, int] = {}  # name as written -> its folded name's number
        self._owners: list[list[tuple[int, str]]] = []  # per key: (slot, name as written)
        self._words: dict[str, set[int]] = {}  # folded word -> keys holding it
        self._vocabulary: list[str] | None = None  # the words sorted, for prefix look-ups
        self._stale = False  # an article was replaced: rebuild before the next search

    def set_article(self, article_id: str, entities: Sequence[Entity]) -> None:
        """Add an article's entities, or replace them if the article is already indexed."""
        replacing = article_id in self._articles
        self._articles[article_id] = tuple(entities)
        if replacing:
            self._stale = True
        elif not self._stale:
            self._add(article_id, self._articles[article_id])

    def _add(self, article_id: str, entities: Sequence[Entity]) -> None:
        key_ids = self._key_ids_of_names
        for entity in entities:
            slot = len(self._slots)
            self._slots.append((article_id, entity))
            for name in _names_of(entity):
                key_id = key_ids.get(name)
                if key_id is None:  # names recur across articles: fold each one once
                    key_id = key_ids[name] = self._key_id(search_key(name))
                if key_id >= 0:
                    self._owners[key_id].append((slot, name))

    def _key_id(self, key: str) -> int:
        """The number of a folded name, registered on first sight; -1 for a name with no word."""
        if not key:
            return -1
        key_id = self._key_ids.get(key)
        if key_id is None:
            key_id = self._key_ids[key] = len(self._keys)
            self._keys.append(key)
            self._owners.append([])
            for word in key.split():
                self._words.setdefault(word, set()).add(key_id)
            self._vocabulary = None
        return key_id

    def _ready(self) -> list[str]:
        """Rebuild what a replacement made stale; the sorted vocabulary."""
        if self._stale:
            self._clear()
            for article_id, entities in self._articles.items():
                self._add(article_id, entities)
        if self._vocabulary is None:
            self._vocabulary = sorted(self._words)
        return self._vocabulary

    def __len__(self) -> int:
        self._ready()
        return len(self._slots)

    def search(self, query: str, limit: int = 20) -> list[EntityHit]:
        """The entities matching ``query``, best first, at most ``limit``."""
        query_key = search_key(query)
        if not query_key or limit <= 0:
            return []
        vocabulary = self._ready()
        word_scores = [self._matching_words(word, vocabulary) for word in query_key.split()]
        best: dict[int, tuple[int, float, str]] = {}  # slot -> (tier rank, score, name)
        for key_id in self._candidates(word_scores):
            kind, score = self._score(query_key, self._keys[key_id], word_scores)
            rank = _TIER_RANK[kind]
            for slot, name in self._owners[key_id]:
                previous = best.get(slot)
                if previous is None or (rank, score) > previous[:2]:
                    best[slot] = (rank, score, name)
        ordered = sorted(best.items(), key=lambda item: self._sort_key(*item))
        return [self._hit(slot, rank, score, name) for slot, (rank, score, name) in ordered[:limit]]

    @staticmethod
    def _matching_words(query_word: str, vocabulary: list[str]) -> dict[str, tuple[float, bool]]:
        """Vocabulary words matching one query word: word -> (score, matched as a prefix)."""
        matches: dict[str, tuple[float, bool]] = {}
        position = bisect_left(vocabulary, query_word)
        while position < len(vocabulary) and vocabulary[position].startswith(query_word):
            word = vocabulary[position]
            # A complete word scores 100; a word begun scores by how much of it was typed.
            matches[word] = (80.0 + 20.0 * len(query_word) / len(word), True)
            position += 1
        if len(query_word) >= FUZZY_MIN_WORD:
            # Imported on first use: the app starts without paying for it.
            from rapidfuzz import fuzz, process

            for word, score, _ in process.extract(
                query_word,
                vocabulary,
                scorer=fuzz.ratio,
                processor=None,
                score_cutoff=FUZZY_CUTOFF,
                limit=None,
            ):
                matches.setdefault(word, (float(score), False))
        return matches

    def _candidates(self, word_scores: list[dict[str, tuple[float, bool]]]) -> set[int]:
        """Names holding a match for every query word."""
        candidates: set[int] | None = None
        for matches in sorted(word_scores, key=len):
            holding: set[int] = set()
            for word in matches:
                holding |= self._words[word]
            candidates = holding if candidates is None else candidates & holding
            if not candidates:
                return set()
        return candidates or set()

    @staticmethod
    def _score(
        query_key: str, key: str, word_scores: list[dict[str, tuple[float, bool]]]
    ) -> tuple[str, float]:
        if key == query_key:
            return EXACT, 100.0
        key_words = key.split()
        total = 0.0
        all_typed = True  # every query word begins a word of the name (no slip)
        for matches in word_scores:
            score, typed = max(
                (matches[word] for word in key_words if word in matches),
                default=(0.0, False),
            )
            total += score
            all_typed = all_typed and typed
        score = total / len(word_scores)
        if key.startswith(query_key):
            return PREFIX, 100.0 * len(query_key) / len(key)
        return (WORDS if all_typed else FUZZY), score

    def _sort_key(self, slot: int, ranked: tuple[int, float, str]) -> tuple[int, float, int, int, int]:
        rank, score, _ = ranked
        entity = self._slots[slot][1]
        first = entity.mentions[0].start if entity.mentions else 0
        return (-rank, -score, -len(entity.mentions), slot, first)

    def _hit(self, slot: int, rank: int, score: float, name: str) -> EntityHit:
        article_id, entity = self._slots[slot]
        kind = next(kind for kind, value in _TIER_RANK.items() if value == rank)
        start, end = _first_mention_as(entity, name)
        return EntityHit(article_id, entity, name, kind, round(score, 2), start, end)


def _names_of(entity: Entity) -> list[str]:
    """The canonical name and every distinct way the text wrote it, demonyms included
    ("Peruvian" finds Peru)."""
    return list(dict.fromkeys([entity.name, *[mention.text for mention in entity.mentions]]))


def _first_mention_as(entity: Entity, name: str) -> tuple[int, int]:
    for mention in entity.mentions:
        if mention.text == name:
            return mention.start, mention.end
    if entity.mentions:
        return entity.mentions[0].start, entity.mentions[0].end
    return 0, 0


class TextIndex:
    """Article texts, each folded (accent- and case-blind, with a map back) on first search."""

    def __init__(self, texts_by_article: Mapping[str, str] | None = None) -> None:
        self._texts = dict(texts_by_article or {})
        self._folded: dict[str, Folded] = {}

    def set_article(self, article_id: str, text: str) -> None:
        """Add an article's text, or replace it."""
        self._texts[article_id] = text
        self._folded.pop(article_id, None)

    def folded(self, article_id: str) -> Folded:
        folded = self._folded.get(article_id)
        if folded is None:
            folded = self._folded[article_id] = fast_fold(self._texts[article_id])
        return folded

    def search(
        self, query: str, limit: int = 50, context: int = 40, per_article: int | None = None
    ) -> list[TextHit]:
        """Literal matches of ``query`` (white space matching any white space), in article order
        then text order; at most ``limit`` in all and ``per_article`` in any one article."""
        parts = fold_word(query).split()
        if not parts or limit <= 0:
            return []
        hits: list[TextHit] = []
        for article_id, text in self._texts.items():
            wanted = limit - len(hits)
            if per_article is not None:
                wanted = min(wanted, per_article)
            previous_end = -1
            for folded_start, folded_end in _find(self.folded(article_id).text, parts):
                if wanted <= 0:
                    break
                start, end = self._to_source(article_id, folded_start, folded_end)
                if start < previous_end:  # the same source character again ("ß" for "s", "s")
                    continue
                hits.append(_text_hit(article_id, text, start, end, context))
                previous_end = end
                wanted -= 1
            if len(hits) >= limit:
                break
        return hits

    def _to_source(self, article_id: str, folded_start: int, folded_end: int) -> tuple[int, int]:
        folded = self.folded(article_id)
        start, end = folded.to_source(folded_start, folded_end)
        if folded.origin is not None and end <= folded.origin[folded_end - 1]:
            # The match ends inside one character's expansion ("s" of "ß" -> "ss"): take it whole.
            end = folded.origin[folded_end - 1] + 1
        return start, end


def _find(folded_text: str, parts: list[str]) -> Iterator[tuple[int, int]]:
    """Non-overlapping spans of the query in the folded text, lazily (the caller stops early)."""
    if len(parts) == 1:
        needle = parts[0]
        position = folded_text.find(needle)
        while position >= 0:
            yield position, position + len(needle)
            position = folded_text.find(needle, position + len(needle))
        return
    # Words apart: any run of white space between them (a line break in the text included).
    pattern = re.compile(r"\s+".join(re.escape(part) for part in parts))
    for match in pattern.finditer(folded_text):
        yield match.start(), match.end()


def _text_hit(article_id: str, text: str, start: int, end: int, context: int) -> TextHit:
    left = max(0, start - context)
    right = min(len(text), end + context)
    # Start and stop at a word boundary near the edges rather than mid-word.
    if left > 0:
        space = text.find(" ", left, start)
        if 0 <= space < left + context // 3:
            left = space + 1
    if right < len(text):
        space = text.rfind(" ", end, right)
        if space > right - context // 3:
            right = space
    window = visible_controls(text[left:right]).translate(_LINE_BREAKS)
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(text) else ""
    snippet = prefix + window + suffix
    offset = len(prefix) - left
    return TextHit(article_id, start, end, snippet, start + offset, end + offset)


def fast_fold(text: str) -> Folded:
    """The same as ``text.fold`` (a test checks it), much faster on long texts whose every
    character folds to exactly one character: one ``str.translate``, offsets unchanged."""
    if text.isascii():
        return fold(text)
    table: dict[int, str] = {}
    for ch in set(text):
        folded = ch.lower() if ch < "\x80" else fold_word(ch)
        if len(folded) != 1:
            return fold(text)  # a character expands or vanishes: offsets need the full map
        if folded != ch:
            table[ord(ch)] = folded
    return Folded(text.translate(table), None, len(text))


class SearchIndex:
    """Both indexes over the same open articles."""

    def __init__(
        self,
        texts_by_article: Mapping[str, str] | None = None,
        entities_by_article: Mapping[str, Sequence[Entity]] | None = None,
    ) -> None:
        self.entity_index = EntityIndex(entities_by_article)
        self.text_index = TextIndex(texts_by_article)

    def set_article(
        self, article_id: str, text: str, entities: Sequence[Entity] | None = None
    ) -> None:
        """Add or replace an article (its entities too when given), e.g. as analyses arrive."""
        self.text_index.set_article(article_id, text)
        if entities is not None:
            self.entity_index.set_article(article_id, entities)

    def entities(self, query: str, limit: int = 20) -> list[EntityHit]:
        return self.entity_index.search(query, limit)

    def text(
        self, query: str, limit: int = 50, context: int = 40, per_article: int | None = None
    ) -> list[TextHit]:
        return self.text_index.search(query, limit, context, per_article)


def search_entities(
    query: str,
    entities_by_article: Mapping[str, Sequence[Entity]] | EntityIndex,
    limit: int = 20,
) -> list[EntityHit]:
    """Entities whose canonical name or a variant matches ``query``, best first."""
    index = (
        entities_by_article
        if isinstance(entities_by_article, EntityIndex)
        else EntityIndex(entities_by_article)
    )
    return index.search(query, limit)


def search_text(
    query: str,
    articles_texts: Mapping[str, str] | TextIndex,
    limit: int = 50,
    context: int = 40,
) -> list[TextHit]:
    """Literal accent- and case-blind matches of ``query`` in the texts, with snippets."""
    index = articles_texts if isinstance(articles_texts, TextIndex) else TextIndex(articles_texts)
    return index.search(query, limit, context)
