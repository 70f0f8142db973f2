"""Who appears with whom: entities of a collection that share articles and sentences.

Built on ``Collection`` (entities linked across articles): two collection entities co-occur
in an article when both have a mention in it, and in a sentence when both have a mention in
the same sentence. Counts are of articles and of sentences, never of mentions, so one long
article that repeats two names does not outweigh many articles that name both once.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import combinations

from newsview.models.collection import Collection, CollectionEntity
from newsview.models.document import Analysis, Entity


@dataclass(frozen=True, slots=True)
class Companion:
    """An entity seen with the chosen one: in how many articles and sentences."""

    entity: CollectionEntity
    articles: int
    sentences: int


def _sentence_numbers(analysis: Analysis, entity: Entity) -> set[int]:
    starts = [s.start for s in analysis.sentences]
    return {bisect_right(starts, m.start) - 1 for m in entity.mentions}


def _article_groups(collection: Collection, article_id: str
                    ) -> Iterator[tuple[CollectionEntity, set[int]]]:
    """Each collection entity named in the article, with the sentences naming it there."""
    analysis = collection.analysis(article_id)
    if analysis is None:
        return
    seen: dict[str, tuple[CollectionEntity, set[int]]] = {}
    for entity in analysis.entities:
        group = collection.entity_of(article_id, entity.id)
        if group is None:
            continue
        sentences = _sentence_numbers(analysis, entity)
        if group.id in seen:
            seen[group.id][1].update(sentences)
        else:
            seen[group.id] = (group, sentences)
    yield from seen.values()


def companions(collection: Collection, entity_id: str, limit: int = 100) -> list[Companion]:
    """The entities sharing most articles with ``entity_id`` (then most sentences), ranked."""
    chosen = collection.entity(entity_id)
    if chosen is None:
        return []
    articles: Counter[str] = Counter()
    sentences: Counter[str] = Counter()
    groups: dict[str, CollectionEntity] = {}
    for article_id in chosen.article_ids:
        present = list(_article_groups(collection, article_id))
        own = next((s for g, s in present if g.id == entity_id), set())
        for group, where in present:
            if group.id == entity_id:
                continue
            groups[group.id] = group
            articles[group.id] += 1
            sentences[group.id] += len(where & own)
    ranked = sorted(groups, key=lambda gid: (-articles[gid], -sentences[gid], groups[gid].name))
    return [Companion(groups[gid], articles[gid], sentences[gid]) for gid in ranked[:limit]]


def cooccurrence_graph(collection: Collection
                       ) -> tuple[list[CollectionEntity], dict[tuple[str, str], tuple[int, int]]]:
    """Every collection entity, and per pair of entity ids (in id order) that share an
    article: (shared articles, shared sentences)."""
    edges: dict[tuple[str, str], tuple[int, int]] = {}
    for article_id in collection.article_ids:
        present = sorted(_article_groups(collection, article_id), key=lambda p: p[0].id)
        for (first, first_at), (second, second_at) in combinations(present, 2):
            key = (first.id, second.id)
            shared_articles, shared_sentences = edges.get(key, (0, 0))
            edges[key] = (shared_articles + 1, shared_sentences + len(first_at & second_at))
    return list(collection.entities()), edges
