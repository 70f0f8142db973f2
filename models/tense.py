"""The tense of the clause around a time expression, which says which way an underspecified
date lies ("talks begin on Wednesday": the coming one; "in October, Mr Straw agreed": the
last one).

This follows HeidelTime's reading (``ContextAnalyzer.getLastTense``): the verb group nearest
before the expression in its sentence decides, else the first one after it; a present
perfect ("has agreed") is past, "since" reads as past. HeidelTime takes the tense from
part-of-speech tags; newsview has none, so the verb groups are read from words
(``data/time_words.tsv``): auxiliaries and modals, "be" + "to"/"due"/"set to", present verbs
that look ahead ("plans to"), irregular past forms and participles, regular "-ed" forms, and
present verbs of scheduled events ("the talks begin").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsview.models.timewords import TimeWords, time_words
from newsview.models.vocab import MONTHS

PAST, PRESENT, FUTURE = "past", "present", "future"
SCHEDULED = "scheduled"  # a present tense of a scheduled event: "the talks begin Monday"

# A word, not the letters glued to a number ("9am" holds no verb "am", "3rd" no "rd").
_WORD = re.compile(r"(?<![0-9])[A-Za-z]+(?:['\u2019][A-Za-z]+)?|['\u2019][a-z]+|[;:]")
_WINDOW = 160  # characters read either side: a verb further away is in another clause
# words that may stand inside a verb group: "has not yet agreed", "will also be held"
_INSIDE_GROUP = frozenset(
    "not n't also already just still yet never ever now then recently reportedly be been being"
    " finally formally officially only again soon even".split()
)
_DETERMINERS = frozenset(
    "the a an this that these those its their his her our my your each every no some any"
    " first last next new".split()
)
_BE_PRESENT = frozenset({"is", "are", "am", "'re", "\u2019re", "isn't", "aren't"})
_HAVE = frozenset({"has", "have", "had", "hasn't", "haven't", "hadn't", "'s", "'ve", "'d"})


@dataclass(frozen=True, slots=True)
class Tense:
    """``kind``: "past", "present", "scheduled" (a present of a scheduled event), "future" or
    "" (no verb found); ``cue``: the words that said so ("will begin", "has agreed")."""

    kind: str
    cue: str = ""

    @property
    def looks_ahead(self) -> bool:
        """Future or present (HeidelTime's PRESENTFUTURE: "the summit is in April")."""
        return self.kind in (FUTURE, PRESENT, SCHEDULED)

    @property
    def schedules(self) -> bool:
        """Future, or a present of a scheduled event ("the talks begin Wednesday"): what moves
        a bare weekday ahead (a present "is" or "has" does not: "Friday's close is lower")."""
        return self.kind in (FUTURE, SCHEDULED)


NO_TENSE = Tense("")


def clause_tense(text: str, start: int, end: int, lo: int, hi: int) -> Tense:
    """The tense of the expression at ``text[start:end]`` in the sentence ``text[lo:hi]``."""
    words = time_words()
    before = [(m.group(0), m.start()) for m in _WORD.finditer(text, max(lo, start - _WINDOW), start)]
    found = _nearest_before(before, words)
    if found is not None:
        return found
    after = [(m.group(0), m.start()) for m in _WORD.finditer(text, end, min(hi, end + _WINDOW))]
    return _first_after(after, words) or NO_TENSE


def _lower(word: str) -> str:
    return word.lower().replace("\u2019", "'")


def _is_past_form(word: str, words: TimeWords) -> bool:
    lower = _lower(word)
    if lower in words.past_forms:
        return True
    return (
        word.islower() and len(lower) > 3 and lower.endswith("ed") and lower not in words.not_past
    )


def _is_adjective_place(tokens: list[tuple[str, int]], i: int) -> bool:
    """Whether the word at ``i`` stands where a verb cannot: after a determiner or "to" ("the
    expected rise", "according to unconfirmed reports": adjectives, not past verbs), adverbs
    between them aside ("a still unspecified date", "the recently announced plan")."""
    j = i - 1
    while j > 0 and _is_adverb_before_adjective(_lower(tokens[j][0])):
        j -= 1
    return j >= 0 and j < i and _lower(tokens[j][0]) in _BEFORE_AN_ADJECTIVE


def _is_adverb_before_adjective(lower: str) -> bool:
    return lower in _DEGREE_ADVERBS or (len(lower) > 4 and lower.endswith("ly"))


# adverbs that stand between a determiner and a participle used as an adjective
_DEGREE_ADVERBS = frozenset("still already just well much long more most less so very".split())


# determiners that never stand before a verb ("that" does: "the shootings that injured")
_BEFORE_AN_ADJECTIVE = frozenset(
    "the a an its their his her our my your each every no some any these those to".split()
)


def _is_participle(word: str, words: TimeWords) -> bool:
    return _is_past_form(word, words) or _lower(word) in words.participles


def _phrase(tokens: list[tuple[str, int]], i: int, size: int) -> str:
    return " ".join(_lower(w) for w, _ in tokens[i : i + size])


def _looks_ahead_after_be(tokens: list[tuple[str, int]], i: int, words: TimeWords) -> str:
    """After a present "be" at ``i``: "to", "due", "set to", "going to", ... or ""."""
    for size in (2, 1):
        phrase = _phrase(tokens, i + 1, size)
        if phrase in words.future_after_be:
            return phrase
    return ""


def _auxiliary_tense(tokens: list[tuple[str, int]], i: int, words: TimeWords) -> Tense | int | None:
    """The tense a participle at ``i`` takes from the auxiliary before it; the index of a "to"
    before it ("is to be held": the verb before "to" decides); None when it has none."""
    j = i - 1
    while j >= 0 and _lower(tokens[j][0]) in _INSIDE_GROUP:
        j -= 1
    if j < 0:
        return None
    aux = _lower(tokens[j][0])
    group = " ".join(w for w, _ in tokens[j : i + 1])
    if aux in words.tense_future:
        return Tense(FUTURE, group)
    if aux in _HAVE:
        return Tense(PAST, group)  # "has agreed", "had left": a present perfect is past too
    if aux in words.tense_past:
        return Tense(PAST, group)
    if aux in _BE_PRESENT:
        if _looks_ahead_after_be(tokens, j, words):
            return Tense(FUTURE, group)
        return Tense(PRESENT, group)
    if aux in words.tense_present:  # "can be seen", "must be held"
        return Tense(PRESENT, group)
    if aux == "to":
        if "be" in (_lower(w) for w, _ in tokens[j + 1 : i]):
            return Tense(FUTURE, group)  # "to be published in November": still to come
        return j
    return None


_SUBJECT_PRONOUNS = frozenset("they we i you he she it who which that".split())


def _after_subject(tokens: list[tuple[str, int]], i: int) -> bool:
    """Whether the present verb at ``i`` follows its subject ("the talks begin", "Obama
    travels", "they meet") rather than being a noun ("the vote", "his address", "end of")."""
    following = _lower(tokens[i + 1][0]) if i + 1 < len(tokens) else ""
    if following in ("of", "'s"):
        return False
    if i == 0:
        return False
    previous = tokens[i - 1][0]
    lower = _lower(previous)
    if lower in _SUBJECT_PRONOUNS:
        return True
    if lower in _DETERMINERS or lower == "to":
        return False
    third_person = _lower(tokens[i][0]).endswith("s")
    if third_person or previous[:1].isupper():
        # "Obama travels", "Ford holds"; "the Tories meet", "... and Time Warner begin"; a
        # sentence's first word ("Talks begin") is capitalised whatever it is
        return previous[:1].isupper()
    return lower.endswith("s") and not lower.endswith("ss")  # "talks begin"


def _arranged(tokens: list[tuple[str, int]], i: int) -> bool:
    """Whether an intention verb at ``i`` says an arrangement ("was scheduled", "planned for",
    "due") rather than the act of arranging ("agreed in April")."""
    following = _lower(tokens[i + 1][0]) if i + 1 < len(tokens) else ""
    previous = _lower(tokens[i - 1][0]) if i else ""
    if following == "to":  # "agreed to meet", not "agreed to the plan"
        verb = tokens[i + 2][0] if i + 2 < len(tokens) else ""
        return verb.islower() and _lower(verb) not in _DETERMINERS
    return following == "for" or previous in _BE_FORMS


def _pluperfect(tokens: list[tuple[str, int]], i: int) -> bool:
    """"had been scheduled", "had planned": an arrangement already past when the story is
    told (the offer "had been scheduled to expire at midnight Friday", then was extended)."""
    return i >= 1 and (_lower(tokens[i - 1][0]) == "had" or (
        i >= 2 and _lower(tokens[i - 1][0]) == "been" and _lower(tokens[i - 2][0]) == "had"))


_BE_FORMS = frozenset("is are am was were be been being 're".split())


def _ahead_to(tokens: list[tuple[str, int]], i: int, words: TimeWords) -> str:
    """The words before a "to" at ``i`` when they point ahead: "set to", "plans to",
    "planned to", "is due to"; "" otherwise ("had been scheduled to": arranged in the past)."""
    if i and _lower(tokens[i - 1][0]) in words.arrangements and _pluperfect(tokens, i - 1):
        return ""
    for size in (2, 1):
        if i - size < 0:
            continue
        phrase = _phrase(tokens, i - size, size + 1)
        if phrase in words.future_after_be:
            return " ".join(w for w, _ in tokens[i - size : i + 1])
    previous = _lower(tokens[i - 1][0]) if i else ""
    if previous in words.future_verbs or previous in words.arrangements or (
        previous in words.intentions and _arranged(tokens, i - 1)
    ):
        return f"{tokens[i - 1][0]} to"
    return ""


def _modal_tense(tokens: list[tuple[str, int]], i: int) -> Tense:
    """A modal at ``i`` looks ahead, but not with a perfect after it: "would have been held
    on Monday", "should have left in May" speak of a time already past."""
    group = " ".join(w for w, _ in tokens[i : i + 3])
    following = [_lower(w) for w, _ in tokens[i + 1 : i + 4]]
    while following and following[0] in _INSIDE_GROUP:  # "would not have"
        following.pop(0)
    if following[:1] == ["have"] or following[:1] == ["'ve"]:
        return Tense(PAST, group)
    return Tense(FUTURE, " ".join(w for w, _ in tokens[i : i + 2]))


def _a_month(word: str) -> bool:
    """"in May and June": a capitalised month's name is no verb ("may", "march")."""
    return word[:1].isupper() and word.lower() in MONTHS


def _nearest_before(tokens: list[tuple[str, int]], words: TimeWords) -> Tense | None:
    i = len(tokens) - 1
    while i >= 0:
        word = tokens[i][0]
        lower = _lower(word)
        previous = _lower(tokens[i - 1][0]) if i else ""
        i -= 1
        if _a_month(word):
            continue
        if lower in (";", ":"):
            return None  # another clause: its verbs say nothing about this one
        if lower in words.reporting:
            continue
        if lower in words.tense_future:
            return _modal_tense(tokens, i + 1)
        if lower in _BE_PRESENT:
            ahead = _looks_ahead_after_be(tokens, i + 1, words)
            return Tense(FUTURE, f"{word} {ahead}") if ahead else Tense(PRESENT, word)
        if lower in words.tense_past:
            return Tense(PAST, word)
        if lower in words.tense_present:
            return Tense(PRESENT, word)
        if lower == "to":
            ahead = _ahead_to(tokens, i + 1, words)
            if ahead:
                return Tense(FUTURE, ahead)
            continue
        if lower in words.planned_adjectives and previous in _DETERMINERS:
            return Tense("", word)  # "a planned attack on Nov. 14" (see time_words.tsv)
        if word.islower() and (
            lower in words.arrangements and previous not in _DETERMINERS  # not "its record high"
            or lower in words.intentions and _arranged(tokens, i + 1)
        ):
            if _pluperfect(tokens, i + 1):
                return Tense(PAST, " ".join(w for w, _ in tokens[i - 1 : i + 2]))
            return Tense(FUTURE, word)  # "planned a rally on Saturday", "agreed to meet Friday"
        if _is_participle(word, words) and not _is_adjective_place(tokens, i + 1):
            by_auxiliary = _auxiliary_tense(tokens, i + 1, words)
            if isinstance(by_auxiliary, Tense):
                return by_auxiliary
            if isinstance(by_auxiliary, int):
                i = by_auxiliary
                continue
            if previous == "to" or previous in words.tense_future:
                continue  # "to be named": read from the verb before
            if _is_past_form(word, words):
                return Tense(PAST, word)
            continue
        if lower in words.present_events and word.islower() and _after_subject(tokens, i + 1):
            return Tense(SCHEDULED, word)
    return None


def _first_after(tokens: list[tuple[str, int]], words: TimeWords) -> Tense | None:
    for i, (word, _) in enumerate(tokens):
        lower = _lower(word)
        if _a_month(word):
            continue
        if lower in (";", ":"):
            return None
        if lower in words.reporting:
            continue
        if lower in words.tense_future:
            return _modal_tense(tokens, i)
        if lower in _BE_PRESENT:
            ahead = _looks_ahead_after_be(tokens, i, words)
            return Tense(FUTURE, f"{word} {ahead}") if ahead else Tense(PRESENT, word)
        if lower in _HAVE and i + 1 < len(tokens):
            nxt = i + 1
            while nxt < len(tokens) and _lower(tokens[nxt][0]) in _INSIDE_GROUP:
                nxt += 1
            if nxt < len(tokens) and _is_participle(tokens[nxt][0], words):
                return Tense(PAST, " ".join(w for w, _ in tokens[i : nxt + 1]))
        if lower in words.tense_past:
            return Tense(PAST, word)
        if lower in words.tense_present:
            return Tense(PRESENT, word)
        # an arranging verb after the expression says when it was arranged, not for when:
        # "Clinton Saturday vowed to hunt them down", "On Friday, the government planned to pay"
        if _is_past_form(word, words) and not _is_adjective_place(tokens, i):
            return Tense(PAST, word)
    return None
