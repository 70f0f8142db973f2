"""The user's corrections to the engine's entities, and how they are applied: pure.

A correction names what it changes by stable identity, never by position, so it outlives a
re-analysis, a newer engine and the article opened from another folder:

- the article by the SHA-256 of its text (``Article.text_hash``), with its id as a hint for
  corrections imported without a hash; ``scope="all"`` applies to every article, present and
  future (a rule);
- the entity by its names, compared by the one name key (``vocab.name_key``: accent-, case-
  and spacing-blind): an entity is matched when its name or any of its mentions has the key.

``apply_corrections(analysis, text, corrections)`` takes the engine's own reading of one text
and the corrections, in the order they were made, and returns the corrected reading; the raw
analysis is never changed, so a cache of raw analyses stays valid and undoing a correction is
applying one fewer. Each correction acts as a constraint on the linked entities: a merge is a
must-link (every variant of every named entity follows), a split a cannot-link (the variant's
mentions leave and stay apart), a retype fixes the type, a drop removes the entity, an add
makes every occurrence of a text a mention. ``apply_with_report`` also says, for each
correction, whether it found its target here ("not applied" otherwise, never dropped silently).

The exchange format is JSON Lines, one correction a line (``parse_jsonl``, ``to_record``)::

    {"action": "merge", "names": ["Time Warner", "TimeWarner"], "scope": "all"}
    {"action": "retype", "name": "Tory", "type": "NORP", "scope": "all"}
    {"action": "drop", "name": "Merry Christmas", "scope": "all"}
    {"action": "add", "text": "Nasty Party", "type": "ORG", "scope": "all"}
    {"action": "rename", "name": "Rock", "to": "Gibraltar", "scope": "all"}
    {"action": "split", "name": "Washington", "variant": "Washington", "scope": "<article id>"}
    {"action": "note", "name": "Tory", "note": "party members, not a person", "scope": "all"}

Pure: no textual, no rich, no sqlite.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from newsview.models.chronology import with_entities
from newsview.models.document import Analysis, Entity, EntityWhy, Mention, text_hash
from newsview.models.text import fold_word
from newsview.models.vocab import ENTITY_TYPES, name_key

ALL = "all"
# The mark of an entity a split made (the entity it left is marked "split"): the collection
# keeps it apart from the names it was split from.
SPLIT_OFF = "split off"
ACTIONS = ("merge", "split", "retype", "rename", "drop", "add", "note")
# The types a reader picks from, in the app's words.
TYPE_CHOICES = (("People", "PERSON"), ("Organisations", "ORG"), ("Places", "GPE"),
                ("Groups", "NORP"), ("Other", "OTHER"))


class CorrectionError(ValueError):
    """A correction record that cannot be read (the message is one line)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Correction:
    """What every correction has: where it applies.

    ``scope``: ``"all"`` (every article, present and future) or an article's id.
    ``article``: the text hash of that article (its identity; the id is then only a hint).
    """

    scope: str = ALL
    article: str | None = None

    action = ""

    @property
    def everywhere(self) -> bool:
        return self.scope == ALL

    def covers(self, article_id: str | None, article_hash: str) -> bool:
        """Whether this correction applies to the article with this id and text hash."""
        if self.everywhere:
            return True
        if self.article is not None:
            return self.article == article_hash
        return article_id is not None and self.scope == article_id


@dataclass(frozen=True, slots=True, kw_only=True)
class Merge(Correction):
    """The entities named ``names`` are one; it is shown under the first name."""

    names: tuple[str, ...]
    action = "merge"


@dataclass(frozen=True, slots=True, kw_only=True)
class Split(Correction):
    """The mentions written as ``variant`` leave the entity ``name`` for one of their own."""

    name: str
    variant: str
    action = "split"


@dataclass(frozen=True, slots=True, kw_only=True)
class Retype(Correction):
    name: str
    type: str
    action = "retype"


@dataclass(frozen=True, slots=True, kw_only=True)
class Rename(Correction):
    """The entity's displayed name; with another entity's name it is a merge into it."""

    name: str
    to: str
    action = "rename"


@dataclass(frozen=True, slots=True, kw_only=True)
class Drop(Correction):
    """Not an entity: its mentions are no longer marked."""

    name: str
    action = "drop"


@dataclass(frozen=True, slots=True, kw_only=True)
class Add(Correction):
    """Every occurrence of ``text`` is a mention: of ``entity`` (an existing entity's name)
    when given, else of the entity already named so, else of a new entity of ``type``."""

    text: str
    type: str | None = None
    entity: str | None = None
    action = "add"


@dataclass(frozen=True, slots=True, kw_only=True)
class Note(Correction):
    """A reader's note on an entity (``name``) or a sentence (``sentence``: its text)."""

    note: str
    name: str | None = None
    sentence: str | None = None
    action = "note"


AnyCorrection = Merge | Split | Retype | Rename | Drop | Add | Note


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one correction did to one article: ``applied`` False says why not in ``detail``."""

    correction: Correction
    applied: bool
    mentions: int = 0  # the mentions it changed
    detail: str = ""


# ----------------------------------------------------------------------------- exchange


_FIELDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # action -> (required text fields, optional text fields)
    "merge": ((), ()),
    "split": (("name", "variant"), ()),
    "retype": (("name", "type"), ()),
    "rename": (("name", "to"), ()),
    "drop": (("name",), ()),
    "add": (("text",), ("type", "entity")),
    "note": (("note",), ("name", "sentence")),
}
_CLASSES: dict[str, type[Correction]] = {
    "merge": Merge, "split": Split, "retype": Retype, "rename": Rename, "drop": Drop,
    "add": Add, "note": Note,
}


def from_record(record: object) -> Correction:
    """A correction from its exchange record (a dict); CorrectionError says what is wrong."""
    if not isinstance(record, dict):
        raise CorrectionError("not a JSON object")
    action = record.get("action")
    if action not in _CLASSES:
        raise CorrectionError(f"unknown action {action!r} (one of: {', '.join(ACTIONS)})")
    scope = record.get("scope", ALL)
    if not isinstance(scope, str) or not scope.strip():
        raise CorrectionError("'scope' must be \"all\" or an article id")
    article = record.get("article")
    if article is not None and not (isinstance(article, str)
                                    and re.fullmatch(r"[0-9a-f]{64}", article)):
        raise CorrectionError("'article' must be the article text's SHA-256 (64 hex digits)")
    required, optional = _FIELDS[action]
    values: dict[str, object] = {"scope": scope, "article": None if scope == ALL else article}
    for name in required + optional:
        value = record.get(name)
        if value is None:
            if name in required:
                raise CorrectionError(f"{action}: '{name}' is missing")
            continue
        if not isinstance(value, str) or not value.strip():
            raise CorrectionError(f"{action}: '{name}' must be a non-empty string")
        values[name] = value.strip() if name != "note" else value
    if action == "merge":
        names = record.get("names")
        if (not isinstance(names, list) or len(names) < 2
                or not all(isinstance(n, str) and n.strip() for n in names)):
            raise CorrectionError("merge: 'names' must list at least two names")
        values["names"] = tuple(n.strip() for n in names)
    if "type" in values:
        values["type"] = _checked_type(str(values["type"]), action)
    if action == "note" and "name" not in values and "sentence" not in values:
        raise CorrectionError("note: give the 'name' of an entity or a 'sentence'")
    return _CLASSES[action](**values)  # type: ignore[arg-type]


def _checked_type(value: str, action: str) -> str:
    upper = value.strip().upper()
    by_word = {word.upper(): code for word, code in TYPE_CHOICES}
    upper = by_word.get(upper, upper)
    if upper not in ENTITY_TYPES:
        raise CorrectionError(
            f"{action}: unknown type {value!r} (one of: {', '.join(ENTITY_TYPES)})")
    return upper


def to_record(correction: Correction) -> dict:
    """The exchange record of a correction (``from_record`` reads it back unchanged)."""
    record: dict[str, object] = {"action": correction.action}
    for name in ("names", "name", "variant", "type", "to", "text", "entity", "sentence", "note"):
        if hasattr(correction, name):
            value = getattr(correction, name)
            if value is not None:
                record[name] = list(value) if name == "names" else value
    record["scope"] = correction.scope
    if correction.article is not None:
        record["article"] = correction.article
    return record


def dumps(correction: Correction) -> str:
    """One line of the exchange format."""
    return json.dumps(to_record(correction), ensure_ascii=False)


def parse_jsonl(text: str) -> tuple[list[Correction], list[str]]:
    """Every correction of a JSON Lines text, and one error line for each line that cannot be
    read ("line 3: unknown action 'mege' ..."). Blank lines are skipped. A caller imports
    nothing when the errors are not empty."""
    found: list[Correction] = []
    errors: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as error:
            errors.append(f"line {number}: not JSON ({error.args[0].split(':')[0]})")
            continue
        try:
            found.append(from_record(record))
        except CorrectionError as error:
            errors.append(f"line {number}: {error}")
    return found, errors


def describe(correction: Correction) -> str:
    """The correction in a reader's words: "merge TimeWarner into Time Warner (every article)"."""
    where = "every article" if correction.everywhere else f"article {correction.scope}"
    match correction:
        case Merge(names=names):
            what = f"merge {', '.join(names[1:])} into {names[0]}"
        case Split(name=name, variant=variant):
            what = f"split {variant} out of {name}"
        case Retype(name=name, type=type_):
            what = f"retype {name} as {type_label(type_)}"
        case Rename(name=name, to=to):
            what = f"rename {name} to {to}"
        case Drop(name=name):
            what = f"drop {name}: not an entity"
        case Add(text=text, entity=entity, type=type_):
            what = (f"add “{text}” to {entity}" if entity
                    else f"add “{text}” as {type_label(type_ or 'OTHER')}")
        case Note(note=note, name=name, sentence=sentence):
            on = name if name else f"sentence {short(sentence or '', 40)!r}"
            what = f"note on {on}: {note}"
        case _:
            what = correction.action
    return f"{what} ({where})"


def type_label(type_: str) -> str:
    for word, code in TYPE_CHOICES:
        if code == type_:
            return word
    return "Places" if type_ == "LOC" else type_


def short(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


# ----------------------------------------------------------------------------- applying


def apply_corrections(analysis: Analysis, text: str, corrections: Iterable[Correction], *,
                      article_id: str | None = None, explain: bool = False) -> Analysis:
    """The engine's reading of ``text`` with the corrections that cover it applied, in order.

    Pure: ``analysis`` (the raw reading) is not changed, and the same inputs give the same
    result. ``explain``: the entities' ``why`` records what each correction did.
    """
    return apply_with_report(analysis, text, corrections, article_id=article_id,
                             explain=explain)[0]


def apply_with_report(analysis: Analysis, text: str, corrections: Iterable[Correction], *,
                      article_id: str | None = None, explain: bool = False,
                      ) -> tuple[Analysis, tuple[Outcome, ...]]:
    """``apply_corrections`` and, for each correction that covers this article (by scope),
    what it did: applied with the number of mentions it changed, or not applied and why."""
    digest = text_hash(text)
    entities = list(analysis.entities)
    outcomes: list[Outcome] = []
    present: set[str] | None = None  # every name key of the entities as they are now
    for correction in corrections:
        if not correction.covers(article_id, digest):
            if (correction.article is not None and article_id is not None
                    and correction.scope == article_id):
                outcomes.append(Outcome(correction, False, 0,
                                        "the article's text has changed since"))
            continue
        targets = _target_keys(correction)
        if targets:  # most rules name nothing in most articles: said without a scan
            if present is None:
                present = {_key(n) for e in entities for n in (e.name, *(m.text for m in e.mentions))}
            if present.isdisjoint(targets):
                outcomes.append(_absent(correction))
                continue
        before = entities
        entities, outcome = _apply_one(correction, entities, text, explain)
        if entities is not before:
            present = None
        outcomes.append(outcome)
    if entities == list(analysis.entities):
        return analysis, tuple(outcomes)
    # in order of first mention, as the engine gives them (an entity with none stays put)
    entities.sort(key=lambda e: (e.mentions[0].start, e.mentions[0].end) if e.mentions
                  else (0, 0))
    chronology = with_entities(analysis.sentences, analysis.chronology, entities)
    corrected = Analysis(analysis.sentences, tuple(entities), analysis.timexes,
                         tuple(chronology))
    return corrected, tuple(outcomes)


def _apply_one(correction: Correction, entities: list[Entity], text: str,
               explain: bool) -> tuple[list[Entity], Outcome]:
    match correction:
        case Merge(names=names):
            return _merge(correction, entities, names, explain)
        case Rename(name=name, to=to):
            return _rename(correction, entities, name, to, explain)
        case Split(name=name, variant=variant):
            return _split(correction, entities, name, variant, explain)
        case Retype(name=name, type=type_):
            return _retype(correction, entities, name, type_, explain)
        case Drop(name=name):
            hit = _named(entities, name)
            if not hit:
                return entities, _missing(correction, name)
            count = sum(len(e.mentions) for e in hit)
            return [e for e in entities if e not in hit], Outcome(correction, True, count)
        case Add():
            return _add(correction, entities, text, explain)
        case Note(name=name):
            # a note changes no entity; it is applied when its entity or sentence is here
            if name is not None and not _named(entities, name):
                return entities, _missing(correction, name)
            if correction.sentence is not None and correction.sentence not in text:
                return entities, Outcome(correction, False, 0, "the sentence is not in the text")
            return entities, Outcome(correction, True, 0)
    return entities, Outcome(correction, False, 0, f"unknown action {correction.action!r}")


_key = lru_cache(maxsize=1 << 16)(name_key)  # names repeat across articles: fold each once


def _target_keys(correction: Correction) -> frozenset[str]:
    """The name keys of the entities a correction needs (at least one must be here)."""
    match correction:
        case Merge(names=names):
            return frozenset(_key(n) for n in names)
        case Split(name=name) | Retype(name=name) | Rename(name=name) | Drop(name=name):
            return frozenset((_key(name),))
        case Add(entity=entity) if entity is not None:
            return frozenset((_key(entity),))
        case Note(name=name) if name is not None:
            return frozenset((_key(name),))
    return frozenset()


def _absent(correction: Correction) -> Outcome:
    match correction:
        case Merge(names=names):
            return Outcome(correction, False, 0, f"none of {', '.join(map(repr, names))} here")
        case Add(entity=entity) if entity is not None:
            return _missing(correction, entity)
    return _missing(correction, getattr(correction, "name", "") or "")


def _missing(correction: Correction, name: str) -> Outcome:
    return Outcome(correction, False, 0, f"no entity named {name!r} here")


def matches(entity: Entity, key: str) -> bool:
    """Whether the entity is named ``key`` (a ``name_key``) by its name or any mention."""
    return _key(entity.name) == key or any(_key(m.text) == key for m in entity.mentions)


def _named(entities: Sequence[Entity], name: str) -> list[Entity]:
    """The entities named ``name`` by their name or a name mention; only when none is, those
    with a nationality word so written ("Tory" names the Conservative Party only then)."""
    key = _key(name)
    if not key:
        return []
    by_name = [e for e in entities if _key(e.name) == key
               or any(m.form == "name" and _key(m.text) == key for m in e.mentions)]
    return by_name or [e for e in entities if matches(e, key)]


def _mark(entity: Entity, action: str, *, links: Sequence[tuple[str, str, str]] = (),
          type_reason: str | None = None, explain: bool = False) -> Entity:
    corrected = entity.corrected + ((action,) if action not in entity.corrected else ())
    why = entity.why
    if explain or why is not None:
        why = why or EntityWhy()
        why = EntityWhy(((type_reason, 0.0),) + why.type if type_reason else why.type,
                        why.links + tuple(links))
    return replace(entity, corrected=corrected, why=why)


def _joined(target: Entity, others: Sequence[Entity], name: str, action: str,
            explain: bool, reason: str) -> Entity:
    """``target`` with every mention of ``others``, shown as ``name``."""
    mentions = sorted({m for e in (target, *others) for m in e.mentions},
                      key=lambda m: (m.start, m.end))
    links = []
    seen = {name}
    for other in others:
        for variant in (other.name, *other.variants):
            if variant not in seen:
                seen.add(variant)
                links.append((variant, name, reason))
    joined = replace(target, name=name, mentions=tuple(mentions))
    for other in others:
        for earlier in other.corrected:
            if earlier not in joined.corrected:
                joined = replace(joined, corrected=joined.corrected + (earlier,))
    return _mark(joined, action, links=links, explain=explain)


def _merge(correction: Correction, entities: list[Entity], names: Sequence[str],
           explain: bool) -> tuple[list[Entity], Outcome]:
    found: list[Entity] = []
    for name in names:
        for entity in _named(entities, name):
            if entity not in found:
                found.append(entity)
    if not found:
        return entities, Outcome(correction, False, 0,
                                 f"none of {', '.join(map(repr, names))} here")
    # the one named first is the target; when this article names only other ones, they
    # still take its name, so the same entity elsewhere is known as one across articles
    target_key = _key(names[0])
    target = next((e for e in found if matches(e, target_key)), found[0])
    others = [e for e in found if e is not target]
    shown = target.name if matches(target, target_key) else names[0]
    if not others and shown == target.name:
        return entities, Outcome(correction, True, 0)  # already one entity here
    joined = _joined(target, others, shown, "merge", explain, "merged by a correction into")
    if shown != target.name:
        joined = _mark(joined, "merge", links=[(target.name, shown, "merged by a correction into")],
                       explain=explain)
    moved = sum(len(e.mentions) for e in others) or len(target.mentions)
    kept = [joined if e is target else e for e in entities if e not in others]
    return kept, Outcome(correction, True, moved)


def _rename(correction: Correction, entities: list[Entity], name: str, to: str,
            explain: bool) -> tuple[list[Entity], Outcome]:
    hit = _named(entities, name)
    if not hit:
        return entities, _missing(correction, name)
    existing = [e for e in _named(entities, to) if e not in hit]
    if existing:  # the name of another entity: a merge into it
        target = existing[0]
        others = hit + existing[1:]
        joined = _joined(target, others, to, "rename", explain, "renamed by a correction to")
        kept = [joined if e is target else e for e in entities if e not in others]
        return kept, Outcome(correction, True, sum(len(e.mentions) for e in others))
    first = hit[0]
    renamed = _joined(first, hit[1:], to, "rename", explain, "renamed by a correction to")
    if explain or renamed.why is not None:
        renamed = _mark(renamed, "rename", links=[(first.name, to, "renamed by a correction to")],
                        explain=explain)
    kept = [renamed if e is first else e for e in entities if e not in hit[1:]]
    return kept, Outcome(correction, True, len(renamed.mentions))


def _split(correction: Correction, entities: list[Entity], name: str, variant: str,
           explain: bool) -> tuple[list[Entity], Outcome]:
    key = _key(variant)
    for entity in _named(entities, name):
        leaving = tuple(m for m in entity.mentions if _key(m.text) == key)
        staying = tuple(m for m in entity.mentions if _key(m.text) != key)
        if not leaving or not staying:
            continue
        new_id = _fresh_id(variant, entities)
        split_off = Entity(new_id, leaving[0].text, entity.type, leaving,
                           corrected=(SPLIT_OFF,))
        if explain:
            split_off = replace(split_off, why=EntityWhy(
                (), ((leaving[0].text, entity.name, "split off by a correction from"),)))
        rest_name = entity.name
        if _key(rest_name) == key:  # the canonical name left: the fullest staying one
            rest_name = max((m.text for m in staying if m.form == "name"), key=len,
                            default=staying[0].text)
        rest = _mark(replace(entity, name=rest_name, mentions=staying), "split", explain=explain)
        index = entities.index(entity)
        return (entities[:index] + [rest, split_off] + entities[index + 1:],
                Outcome(correction, True, len(leaving)))
    return entities, Outcome(correction, False, 0,
                             f"no entity named {name!r} with other mentions than {variant!r}")


def _retype(correction: Correction, entities: list[Entity], name: str, type_: str,
            explain: bool) -> tuple[list[Entity], Outcome]:
    hit = _named(entities, name)
    if not hit:
        return entities, _missing(correction, name)
    key = _key(name)
    if not any(_key(e.name) == key or any(m.form == "name" and _key(m.text) == key
                                              for m in e.mentions) for e in hit):
        # only a nationality word of another entity ("Tory" of the Conservative Party): the
        # word becomes an entity of its own with the type, the other entity keeps its own
        return _word_apart(correction, entities, hit, key, type_, explain)
    reason = f"retyped {type_label(hit[0].type)} -> {type_label(type_)} by a correction"
    changed = {e.id: _mark(replace(e, type=type_), "retype", type_reason=reason, explain=explain)
               for e in hit}
    # counted: the mentions whose type it changed (an entity already so typed is marked only)
    moved = sum(len(e.mentions) for e in hit if e.type != type_)
    return [changed.get(e.id, e) for e in entities], Outcome(correction, True, moved)


def _word_apart(correction: Correction, entities: list[Entity], hit: list[Entity], key: str,
                type_: str, explain: bool) -> tuple[list[Entity], Outcome]:
    moved = sorted((m for e in hit for m in e.mentions if _key(m.text) == key),
                   key=lambda m: (m.start, m.end))
    kept = []
    for entity in entities:
        if entity in hit:
            rest = tuple(m for m in entity.mentions if _key(m.text) != key)
            if rest:
                kept.append(replace(entity, mentions=rest))
        else:
            kept.append(entity)
    word = moved[0].text
    apart = Entity(_fresh_id(word, kept), word, type_,
                   tuple(Mention(m.start, m.end, m.text) for m in moved),
                   corrected=(correction.action,))
    if explain:
        apart = replace(apart, why=EntityWhy(
            ((f"typed {type_label(type_)} by a correction", 0.0),),
            ((word, hit[0].name, "taken apart by a correction from"),)))
    return kept + [apart], Outcome(correction, True, len(moved))


_WORD = re.compile(r"\w")


def occurrences(text: str, phrase: str) -> list[tuple[int, int]]:
    """Every (start, end) of ``phrase`` in ``text`` not inside a longer word."""
    found: list[tuple[int, int]] = []
    if not phrase:
        return found
    start = text.find(phrase)
    while start >= 0:
        end = start + len(phrase)
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        if not (before and _WORD.match(before) and _WORD.match(phrase[0])) and not (
                after and _WORD.match(after) and _WORD.match(phrase[-1])):
            found.append((start, end))
        start = text.find(phrase, start + 1)
    return found


def _add(correction: Add, entities: list[Entity], text: str,
         explain: bool) -> tuple[list[Entity], Outcome]:
    spans = occurrences(text, correction.text)
    if not spans:
        return entities, Outcome(correction, False, 0, f"{correction.text!r} is not in the text")
    wanted = correction.entity or correction.text
    holders = _named(entities, wanted)
    if correction.entity is not None and not holders:
        return entities, _missing(correction, correction.entity)
    new = [Mention(s, e, text[s:e]) for s, e in spans]
    # the user's words win over the engine's mentions they overlap
    trimmed: list[Entity] = []
    for entity in entities:
        kept = tuple(m for m in entity.mentions
                     if not any(m.start < e and s < m.end for s, e in spans))
        if kept == entity.mentions:
            trimmed.append(entity)
        elif kept:
            trimmed.append(replace(entity, mentions=kept))
    holder = next((e for e in trimmed if holders and e.id == holders[0].id), None)
    if holder is not None:
        mentions = tuple(sorted(set(holder.mentions) | set(new), key=lambda m: (m.start, m.end)))
        added = replace(holder, mentions=mentions)
        if correction.entity is None and correction.type and correction.type != holder.type:
            added = replace(added, type=correction.type)
        added = _mark(added, "add", links=[(correction.text, holder.name, "added by a correction to")],
                      explain=explain)
        result = [added if e is holder else e for e in trimmed]
    else:
        added = Entity(_fresh_id(correction.text, trimmed), correction.text,
                       correction.type or "OTHER", tuple(new), corrected=("add",))
        if explain:
            added = replace(added, why=EntityWhy((("added by a correction", 0.0),), ()))
        result = trimmed + [added]
    return result, Outcome(correction, True, len(new))


def _fresh_id(name: str, entities: Sequence[Entity]) -> str:
    slug = "-".join(re.findall(r"[a-z0-9]+", fold_word(name))) or "entity"
    taken = {e.id for e in entities}
    candidate, number = slug, 1
    while candidate in taken:
        number += 1
        candidate = f"{slug}-{number}"
    return candidate


def verdict(correction: Correction, outcomes: Iterable[Outcome]) -> str:
    """What ``correction`` did to the articles whose ``outcomes`` are given, in words:
    "applied: 14 mentions in 9 articles", "applied: nothing needed changing", or "not applied:"
    and why (the reasons the articles gave; "no article in its scope" when none covered it)."""
    found = [o for o in outcomes if o.correction == correction]
    applied = [o for o in found if o.applied]
    if applied:
        if correction.action == "note":
            return "shown"
        return "applied: " + counted(applied)
    reasons = sorted({o.detail for o in found if o.detail})
    return "not applied: " + ("; ".join(reasons) if reasons else "no article in its scope")


def counted(applied: Sequence[Outcome]) -> str:
    """"14 mentions in 9 articles": the mentions changed, and the articles they are in."""
    mentions = sum(o.mentions for o in applied)
    articles = sum(1 for o in applied if o.mentions)
    if not mentions:
        return "nothing needed changing"
    m_noun = "mention" if mentions == 1 else "mentions"
    a_noun = "article" if articles == 1 else "articles"
    return f"{mentions} {m_noun} in {articles} {a_noun}"
