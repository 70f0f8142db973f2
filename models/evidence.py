"""The evidence for every way a run of capitalised words can be read as names.

For each span a run allows (``candidates.spans``) this module lists named pieces of evidence:
its words and their shape, word lists it is in (given names, surnames, places, organisation
words, titles, nationality words), the words around it ("said", "who", "the pianist", "based
in"), where it stands (a sentence's start, a headline) and what the rest of the article says
(the same word capitalised inside a sentence, or written in lower case). Evidence is only named
here; how much each piece counts for each type is fitted on annotated text (``names.py``,
``data/fit_names.py``). ``describe`` turns a piece into words a reader follows.

Keys are short strings "kind:value". Context evidence is computed once per run edge and shared
by every span that starts or ends there, so the cost follows the number of runs. The words of
the cues are data (``data/name_cues.tsv``), and so are the context patterns that need more than
a word (``data/name_patterns.tsv``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from newsview.models.candidates import Run, TextContext, can_be_a_word_name, pattern, spans
from newsview.models.lexicon import Lexicon, lexicon, phrase_key
from newsview.models.text import fold_word
from newsview.models.vocab import FOREIGN_ARTICLES, SURNAME_PARTICLES

_WORD = r"[^\W\d_][\w'\u2019-]*"
_NEXT_WORDS = r"[ \u00a0]+(" + _WORD + r")(?:[ \u00a0]+(" + _WORD + r"))?"
_WHO_AFTER = (
    r",? (?:who|whose)\b|, (?:\d{1,3}|aged \d{1,3}),"
    r"| \((?:born|b\.) |,? \((?:c\. )?\d{3,4}\s*[-\u2013]\s*\d{3,4}\)"
)
_SPEECH_PERSON_AFTER = r",? (?:said|says|told \w+|added|explained|wrote|argued|insisted) (?:that )?(?:he|she|his|her)\b"
_SPEECH_ITS_AFTER = r",? (?:said|says|announced|reported|added|expects|expected) (?:that )?(?:its|it)\b"
_CLAUSE_END = r"\s*(?:[,.;:)]|$|and\b|or\b)"
_ORG_AFTER = (
    r"['\u2019]s? (?:board|shares|stock|shareholders|stockholders|subsidiary|subsidiaries"
    r"|headquarters|chief executive|ceo|cfo|chairman|executives|employees|workforce"
    r"|market share|share price|stake|profits?|revenues?|sales)\b| (?:shares|stock|shareholders)\b"
)
_LANGUAGE_VERBS = (
    "in speak speaks spoke spoken speaking into learn learning learned taught teach fluent"
    " translated"
).split()
_LANGUAGE_BEFORE = r"\b(?:" + "|".join(_LANGUAGE_VERBS) + ") $"
# what the text just before a name ends with when _LANGUAGE_BEFORE may match (a cheap test)
_LANGUAGE_BEFORE_ENDS = tuple(w + end for w in _LANGUAGE_VERBS for end in (" ", " \n"))
_REGION_AFTER = r", ([A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)?)"
_TEAM_SCORE_AFTER = r" \d{1,2}(?: ?[\u2013-] ?\d{1,2})?\b(?! ?%)"
_INITIAL = re.compile(r"^[A-Z]\.$")
_CAMEL = re.compile(r"(?!(?:Ma?c|D[aeiu]|L[ae]|Van|Von)[A-Z])[A-Za-z]*[a-z][A-Z]")
_SYLLABLE_PAIR = re.compile(r"^[A-Z][a-z]{1,4}-[A-Za-z][a-z]{1,4}$")


@lru_cache(maxsize=1)
def cues() -> dict[tuple[str, str], frozenset[str]]:
    """(cue, type) -> its words, from ``data/name_cues.tsv``."""
    from importlib import resources

    table: dict[tuple[str, str], frozenset[str]] = {}
    text = resources.files("newsview.models.data").joinpath("name_cues.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            cue, kind, words = line.split("\t")
            table[(cue, kind)] = frozenset(words.split())
    return table


Cue = tuple[str, frozenset[str], "re.Pattern[str]"]


@lru_cache(maxsize=1)
def context_patterns() -> tuple[tuple[Cue, ...], tuple[Cue, ...]]:
    """(before, after): each cue's name, the words next to a name it may end (or start) on,
    and its pattern, from ``data/name_patterns.tsv``."""
    from importlib import resources

    sides: dict[str, list[Cue]] = {"before": [], "after": []}
    text = resources.files("newsview.models.data").joinpath("name_patterns.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            side, cue, words, source = line.split("\t")
            sides[side].append((cue, frozenset(words.split()), re.compile(source)))
    return tuple(sides["before"]), tuple(sides["after"])


CueByWord = dict[str, tuple[tuple[str, "re.Pattern[str]"], ...]]


@lru_cache(maxsize=1)
def _cues_by_word() -> tuple[CueByWord, CueByWord]:
    """``context_patterns`` indexed by the word next to the name: each word's cues in the
    file's order, so a run looks only at the cues its neighbour may end (or start)."""
    sides = []
    for side in context_patterns():
        table: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
        for cue, words, regex in side:
            for word in words:
                table.setdefault(word, []).append((cue, regex))
        sides.append({word: tuple(found) for word, found in table.items()})
    return sides[0], sides[1]


def _alternation(words: frozenset[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _cue_patterns() -> dict[str, re.Pattern[str]]:
    table = cues()
    speech = _alternation(table[("speech", "-")])
    settlement = _alternation(table[("settlement", "-")])
    kinds = "|".join(
        f"(?P<{kind}>{_alternation(words)})" for (cue, kind), words in table.items()
        if cue == "described"
    )
    return {
        "speech_after": re.compile(rf",? (?:{speech})\b"),
        "settlement_before": re.compile(rf"\b(?:{settlement}) of $"),
        "settlement_after": re.compile(rf",? (?:is|was) (?:a|an|the) (?:\w+ ){{0,3}}?(?:{settlement})\b"),
        "described": re.compile(
            r",? (?:(?:is|was|are|were) (?:a|an|the)|(?:a|an|the)) (?:[\w'-]+ ){0,4}?(?:"
            + kinds + r")\b(?!['\u2019])"
        ),
        "place_noun_after": re.compile(rf" (?:{_alternation(table[('place_noun_after', '-')])})\b"),
    }


@lru_cache(maxsize=1)
def kind_before_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for (cue, kind), words in cues().items():
        if cue == "kind_before":
            for noun in words:
                table[noun] = kind
                table[noun + ("es" if noun.endswith(("s", "sh", "ch")) else "s")] = kind
    return table


@lru_cache(maxsize=1 << 14)  # a name's words recur in every span of its run and in every text
def shape(word: str) -> str:
    """The word's shape: capitals X, lower-case x, digits d, runs squeezed ("McDonald" XxXx)."""
    out: list[str] = []
    for ch in word:
        if ch.isupper():
            c = "X"
        elif ch.islower():
            c = "x"
        elif ch.isdigit():
            c = "d"
        else:
            c = ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:6]


@dataclass(slots=True)
class SpanEvidence:
    """One way to read tokens [i, j) of a run as a name, and what speaks for it."""

    i: int
    j: int
    lexical: tuple[str, ...]  # what its own words say (the same wherever they stand)
    context: list[str]  # what the words next to it inside the run and the text say


@dataclass(slots=True)
class RunEvidence:
    """The spans of one run; evidence before and after the run counts for the spans that
    start or end with it."""

    n: int
    left: list[str]
    right: list[str]
    spans: list[SpanEvidence]

    def features(self, span: SpanEvidence) -> list[str]:
        """All the evidence of one span."""
        found = [*span.lexical, *span.context]
        if span.i == 0:
            found.extend(self.left)
        if span.j == self.n:
            found.extend(self.right)
        return found


# (its words' evidence, its context, the evidence before it, after it): ``RunEvidence.features``
# of its one span is their concatenation in this order
WordEvidence = tuple[tuple[str, ...], list[str], list[str], list[str]]


def _plays(lexical: tuple[str, ...]) -> bool:
    """"Chelsea beat Leeds 2-1", "Brazil scored twice": in a sentence about a match, a place
    that plays is a team."""
    return "country" in lexical or "place:GPE" in lexical


class TextEvidence:
    """The evidence for the spans of one text's runs."""

    def __init__(self, ctx: TextContext, surname_particles: bool = False) -> None:
        self.ctx = ctx
        self.surname_particles = surname_particles  # see candidates.spans (run time only)
        self.text = ctx.text
        self.lex: Lexicon = ctx.lex
        self.patterns = _cue_patterns()
        self.kind_before = kind_before_table()
        table = cues()
        self.speech = table[("speech", "-")]
        self.place_nouns = table[("place_noun_after", "-")]
        self.org_modified = table[("org_modified", "-")]
        self._sport_sentences: set[int] | None = None
        self.before_cues, self.after_cues = _cues_by_word()
        self.place_modified = table[("place_modified", "-")]

    # -- one run ----------------------------------------------------------------------------

    def run_spans(self, run: Run) -> RunEvidence | None:
        """Every span the run allows, with its evidence (None when the run allows none)."""
        tokens = run.tokens
        n = len(tokens)
        if n == 1:
            return self._word_spans(run)
        options = spans(run, self.surname_particles)
        if not options:
            return None
        keys = [t.key for t in tokens]
        texts = tuple(t.text for t in tokens)
        gaps = tuple(run.gaps)
        facts = [self._token_facts(key) for key in keys]
        titled = [False] * n  # whether a title ends before token i, looked up once per start
        for i in {i for i, _ in options}:
            titled[i] = i > 0 and self._title_ends_at(run, i)
        found: list[SpanEvidence] = []
        for i, j in options:
            lexical = _lexical(texts[i] if j == i + 1 else (texts[i:j], gaps[i : j - 1]))
            context = self._inner(run, keys, facts, i, j)
            if i > 0:
                context.append("in_run_before:" + _word_class(keys[i - 1]))
                if titled[i]:
                    # "President Ana Vela" names her; "President of Peru" names his country
                    context.append("title_before" if not gaps[i - 1] else "title_of_before")
                if facts[i - 1][1]:
                    context.append("demonym_before")
            if j < n:
                context.append("in_run_after:" + _word_class(keys[j]))
                if facts[j][2]:
                    context.append("title_after")
            found.append(SpanEvidence(i, j, lexical, context))
        return RunEvidence(n, self._left_in_match(run, found), self._right(run), found)

    def _word_spans(self, run: Run) -> RunEvidence | None:
        """``run_spans`` of a run of one word (most runs): its one span, if it may be a name."""
        found = self.word_evidence(run)
        if found is None:
            return None
        lexical, context, left, right = found
        return RunEvidence(1, left, right, [SpanEvidence(0, 1, lexical, context)])

    def word_evidence(self, run: Run) -> WordEvidence | None:
        """The evidence of a run of one word (most runs) if it may be a name, as the one span
        of ``run_spans`` has it, without the objects (the hottest path of name reading)."""
        token = run.tokens[0]
        if token.number or not can_be_a_word_name(token, run):
            return None
        lexical = _lexical(token.text)
        context = self._inner(run, [token.key], [self._token_facts(token.key)], 0, 1)
        left = self._left(run)
        if self.in_sport_sentence(run.tokens[0].start):
            left.append("sport_sentence")
            if _plays(lexical):
                context.append("place_in_sport_sentence")
        return lexical, context, left, self._right(run)

    def _left_in_match(self, run: Run, found: list[SpanEvidence]) -> list[str]:
        """``_left``, and in a sentence about a match, the evidence that it is one."""
        left = self._left(run)
        if self.in_sport_sentence(run.tokens[0].start):
            left.append("sport_sentence")
            for span in found:
                if _plays(span.lexical):
                    span.context.append("place_in_sport_sentence")
        return left

    def in_sport_sentence(self, position: int) -> bool:
        """Whether the sentence holding ``position`` speaks of a match (its words, once)."""
        if self._sport_sentences is None:
            starts = self.ctx.sentence_starts
            words = cues()[("sport", "-")]
            found: set[int] = set()
            # most articles name no match, as the text's lower-case words (which the other
            # evidence reads too) show without a word-by-word pass
            lower = self.ctx.lower_case_words()
            words_alone, hyphenated = _sport_word_parts()
            if not lower.isdisjoint(words_alone) or any(
                lower.issuperset(parts) for parts in hyphenated
            ):
                for match in _LOWER_WORDS.finditer(self.text):
                    if match.group() in words:
                        found.add(bisect_right(starts, match.start()) - 1)
            self._sport_sentences = found
        if not self._sport_sentences:
            return False
        return bisect_right(self.ctx.sentence_starts, position) - 1 in self._sport_sentences

    def _token_facts(self, key: str) -> tuple[bool, bool, bool]:
        """(common word, nationality word, title word) for one token."""
        lex = self.lex
        return (key in lex.common_words, key in lex.demonyms or key in lex.norp_adjectives,
                key in lex.titles)

    def _title_ends_at(self, run: Run, i: int) -> bool:
        return title_ends_at(run, i, self.lex.titles)

    # -- inside the span --------------------------------------------------------------------

    def _inner(self, run: Run, keys: list[str], facts: list[tuple[bool, bool, bool]], i: int,
               j: int) -> list[str]:
        features: list[str] = []
        n = j - i
        first = keys[i]
        # what the rest of the text says about these words
        ctx = self.ctx
        uncertain = run.position if i == 0 else ""
        if uncertain:
            features.append("position:" + uncertain)
            if facts[i][0]:
                features.append(f"position:{uncertain}+common_first")
            else:
                features.append(f"position:{uncertain}+rare_first")
            if first in self.lex.first_names:
                features.append(f"position:{uncertain}+given_name")
            if first in ctx.certain:
                features.append("capitalised_inside_a_sentence_elsewhere")
            elif facts[i][0]:
                features.append(f"position:{uncertain}+common_first+nowhere_else_capitalised")
            if n > 1 and (first, keys[i + 1]) in ctx.certain_pairs:
                features.append("pair_capitalised_elsewhere")
            if first in ctx.repeated_starts:
                features.append("repeated_sentence_start")
        elif i > 0:
            # what stands before it in the run: a connector ("Leaders of X"), a capitalised
            # everyday word opening the sentence ("Critics X"), or a word of the same name
            if run.gaps[i - 1]:
                features.append("inside_run:after_connector")
            elif i == 1 and run.position and facts[0][0]:
                features.append("inside_run:after_opening_word")
            else:
                features.append("inside_run")
        if n == 1:
            if first in ctx.surnames:
                features.append("surname_in_text")
            elif _held_elsewhere(ctx.name_parts.get(first, _NOWHERE), run.tokens[0].start):
                features.append("part_of_a_longer_name_elsewhere")
            if facts[i][0] and first in ctx.lower_case_words():
                features.append("written_lower_case_elsewhere")
        return features

    # -- around the run ---------------------------------------------------------------------

    def _left(self, run: Run) -> list[str]:
        """Evidence before the run's first token (for spans that start there)."""
        text = self.text
        start = run.tokens[0].start
        features: list[str] = []
        w2, w1, char = words_before(text, start)
        if w1:
            features.append("previous_word:" + w1)
            if w2:
                features.append("previous_words:" + w2 + " " + w1)
            kind = self.kind_before.get(w1)
            if kind is not None:
                features.append("noun_before:" + kind)
            if w1 == "based" or w1.endswith("-based"):
                features.append("based_before")
        else:
            features.append("previous_char:" + char)
        lo = max(0, start - 40)
        # each cue ends in one of a few words: look for it only after one of them
        for cue, regex in self.before_cues.get(w1, ()):
            if regex.search(text, lo, start):
                features.append(cue)
        if w1 == "of" and self.patterns["settlement_before"].search(text, lo, start):
            features.append("settlement_before")
        return features

    def _right(self, run: Run) -> list[str]:
        """Evidence after the run's last token (for spans that end there)."""
        text = self.text
        end = run.tokens[-1].end
        hi = min(len(text), end + 80)
        features: list[str] = []
        match = pattern(_NEXT_WORDS).match(text, end, hi)
        if match is not None:
            w1 = match.group(1).lower()
            features.append("next_word:" + w1)
            if match.group(2):
                features.append("next_words:" + w1 + " " + match.group(2).lower())
        else:
            w1 = ""
            after = text[end : end + 2]
            char = after[:1]
            if char in "'\u2019" and after[1:2] in ("s", ""):
                char = "'s"
            elif char and (char.isspace() or not char.isprintable()):
                char = " "  # a line break or a separator: one kind of evidence, one line
            features.append("next_char:" + (char or "$"))
        head = text[end : end + 2]
        verb = w1
        if head == ", ":
            comma = pattern(_NEXT_WORDS).match(text, end + 1, hi)
            verb = comma.group(1).lower() if comma is not None else ""
        if (verb in ("who", "whose", "aged") or head in (" (", ", ")) and pattern(_WHO_AFTER).match(text, end, hi):
            features.append("who_after")
        if verb in self.speech:
            features.append("speech_after")
            if pattern(_SPEECH_PERSON_AFTER).match(text, end, hi):
                features.append("said_he_or_she")
            if pattern(_SPEECH_ITS_AFTER).match(text, end, hi):
                features.append("said_it")
        if verb in _DESCRIBED_FIRST:
            described = self.patterns["described"].match(text, end, hi)
            if described is not None:
                features.append("described_as:" + (described.lastgroup or ""))
            if verb in ("is", "was") and self.patterns["settlement_after"].match(text, end, hi):
                features.append("settlement_after")
        if w1 in self.place_nouns:
            features.append("place_noun_after")
        if w1 in self.org_modified:
            features.append("organisation_noun_after")  # "a Quorin spokesman", "Boeing shares"
        elif w1 in self.place_modified:
            features.append("place_modifier_after")  # "Lima residents", "London police"
        if (head[:1] in "'\u2019" or w1 in ("shares", "stock", "shareholders")) and pattern(
            _ORG_AFTER
        ).match(text, end, hi):
            features.append("organisation_after")
        for cue, regex in self.after_cues.get(w1, ()):
            if regex.match(text, end, hi):
                features.append(cue)
        if head[:1] == " " and head[1:2].isdigit() and pattern(_TEAM_SCORE_AFTER).match(text, end, hi):
            features.append("number_after")
        if head == ", ":
            region = pattern(_REGION_AFTER).match(text, end, hi)
            if region is not None:
                place = self.lex.places.get(phrase_key(region.group(1)))
                if place is not None and place.type == "GPE":
                    features.append("region_after")
        start = run.tokens[0].start
        if text.endswith(_LANGUAGE_BEFORE_ENDS, 0, start) and pattern(
            _LANGUAGE_BEFORE
        ).search(text, max(0, start - 12), start) and pattern(
            _CLAUSE_END
        ).match(text, end, hi):
            features.append("language_use")
        return features


def title_ends_at(run: Run, i: int, titles: frozenset[str]) -> bool:
    """Whether the run's tokens just before ``i`` form a title ("Prime Minister", "Mr.",
    "Secretary of State") or its plural ("Presidents")."""
    tokens, gaps = run.tokens, run.gaps
    if i == 0:
        return False
    last, ends = tokens[i - 1].key, title_last_words(titles)
    if last not in ends and last + "." not in ends and not (last[-1:] == "s" and last[:-1] in ends):
        return False  # the word before ``i`` ends no title (most words): no phrase to spell
    for k in range(max(0, i - 3), i):
        parts = [tokens[k].key]
        for m in range(k + 1, i):
            if gaps[m - 1]:
                parts.append(gaps[m - 1])
            parts.append(tokens[m].key)
        phrase = " ".join(parts)
        if phrase in titles or phrase + "." in titles or (
            # "Presidents Leonid Kuchma ... and Boris Yeltsin": a title's plural before names
            phrase[-1:] == "s" and phrase[:-1] in titles
        ):
            return True
    return False


_NOWHERE: frozenset[int] = frozenset()


@lru_cache(maxsize=4)
def title_last_words(titles: frozenset[str]) -> frozenset[str]:
    """The last word of every title ("minister" of "prime minister", "mr." of "mr."): a word
    that is none of them (nor the plural of one) ends no title."""
    return frozenset(title.rsplit(" ", 1)[-1] for title in titles)


@lru_cache(maxsize=1)
def _sport_word_parts() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """The words of a match's cues, split once for every article's test of whether it may
    speak of a match: the words of one part (one C-level test of them all), and the parts of
    the hyphenated ("extra-time": "extra", "time")."""
    words = cues()[("sport", "-")]
    return (frozenset(w for w in words if "-" not in w),
            tuple(tuple(w.split("-")) for w in words if "-" in w))


_LOWER_WORDS = re.compile(r"\b[a-z][a-z-]+\b")


def _held_elsewhere(starts: set[int] | frozenset[int], here: int) -> bool:
    """Whether a longer name other than the one starting at ``here`` holds the word."""
    return len(starts) > 1 or (len(starts) == 1 and here not in starts)


_DESCRIBED_FIRST = frozenset("a an the is was are were".split())


def _word_class(key: str) -> str:
    """A word as context evidence: numbers as their number of digits ("12" -> "#2"), so a
    score's "0" and "2" are one piece of evidence, not two memorised words."""
    if key[:1].isdigit():
        return "#" + str(min(sum(ch.isdigit() for ch in key), 4))
    return key


_QUOTES = frozenset('"\u201d\u201c')


def words_before(text: str, start: int) -> tuple[str, str, str]:
    """(the word before that, the word before ``start``, else the character before it),
    lower-cased; words only when nothing but white space separates them from ``start``."""
    before = text[max(0, start - 40) : start]
    stripped = before.rstrip()
    if not stripped:
        return "", "", "^" if start == len(before) else " "
    last = stripped[-1]
    if not last.isprintable():
        last = " "  # a separator that is no white space to str.rstrip
    if len(stripped) == len(before) or not (last.isalnum() or last in "'\u2019-"):
        if last in _QUOTES and len(stripped) > 1 and stripped[-2] in ".!?,":
            return "", "", stripped[-2]  # 'he said." Shares ...': a quote closed, no title opened
        return "", "", last
    parts = stripped.rsplit(None, 2)
    w1 = parts[-1]
    k = 0 if w1.isalnum() else len(w1)  # a plain word is whole; else find where it starts
    while k > 0 and (w1[k - 1].isalnum() or w1[k - 1] in "'\u2019-"):
        k -= 1
    if k:  # '"pianist': the word is what follows the quote
        w1 = w1[k:]
        parts = [w1]
    if not w1[0].isalpha():
        return "", "", "#"  # a number
    w2 = parts[-2] if len(parts) > 1 else ""
    if w2 and not (w2.isalpha() or w2.replace("-", "").replace("'", "").isalnum()) or (
        w2 and not w2[0].isalpha()
    ):
        w2 = ""
    return w2.lower(), w1.lower(), ""


# Evidence that decides by convention rather than by fitted weight (explained as such).
CONVENTIONS = frozenset({"party", "quoted_title", "initials", "region_abbreviation",
                         "nationality_word", "patronymic", "legal_form", "storm",
                         "club", "award", "contest", "family", "work_title", "prize",
                         "state_of_country", "author", "event", "event_of", "airline",
                         "surname_named_in_full", "possessor", "home_town",
                         "i_product", "team_role", "org_apposition",
                         "nationality_inside", "home_in_brackets",
                         "dateline", "digest_paper", "scoreboard_player", "party_tag",
                         "headline_echo", "work_year", "speaker",
                         "county", "institution", "leader_of_country", "thing_name", "doctrine",
                         "place_of_nationality", "speaker_initials", "person_noun_before",
                         "full_name_of_surname", "title_after_the", "newsroom",
                         "known_organisation", "organisations_word", "org_noun_before",
                         "craft", "name_with_s", "newspaper", "channel", "leaders_time",
                         "named_for_its_subject", "possessive_title", "only_an_organisation_before",
                         "kind_listed", "partners", "patron", "plurals_possessive", "leader_before", "nickname",
                         "platform", "lake", "east_asian_name", "company_officers",
                         "brand", "person_of", "institutions_person", "national_body",
                         "street_institution", "workplace_before", "persons_country",
                         "given_name_and_surname", "ship", "rivals_word", "noble_title",
                         "place_in_country", "titled_apposition", "market_place", "players_role_before",
                         "club_short_name", "company_short_name", "work_article",
                         "celestial_body", "games_adjective", "peoples_adjective", "persons_work",
                         "language", "place_article", "settlement_of", "place_after_the", "met",
                         "persons_verb",
                         "institutions_town", "polity",
                         "org_noun_after", "models", "craft_name"})
_KINDS = {"PERSON": "a person", "ORG": "an organisation", "OTHER": "a work or product",
          "PLACE": "a place"}
_FIXED = {
    "bias": "how often names are of this type",
    "country": "a country's name",
    "place:GPE": "a town, city or region in the gazetteer",
    "place:LOC": "a continent, sea or other place in the gazetteer",
    "place_common_word": "a place's name that is also an everyday word",
    "country_first": "starts with a country's name",
    "place_first": "starts with a place's name",
    "demonym": "a nationality word",
    "demonym_first": "starts with a nationality word",
    "group_noun": "names a people, a faith or a party's members",
    "religion_or_party_word": "a faith's or a party's adjective",
    "other_name": "a holiday, language, faith or similar name",
    "known_org": "a well-known organisation, company or news outlet",
    "given_name": "starts with a given name",
    "given_name_alone": "a given name alone",
    "surname:top1k": "ends in a common surname",
    "surname:top10k": "ends in a surname",
    "surname:rare": "ends in a rare surname",
    "title_first": "starts with a title",
    "title_last": "ends in a title ('Foreign Minister')",
    "org_word_last": "ends in an organisation word",
    "org_head_first": "starts with an organisation word ('University of')",
    "loc_word_last": "ends in a place word ('River', 'Airport')",
    "loc_head_first": "starts with a place word ('Mount', 'Lake')",
    "gpe_word_last": "ends in 'County', 'Province' or similar",
    "other_word_last": "ends in an event's or a work's word",
    "other_head_first": "starts with an event's or a work's word",
    "place_qualifier_first": "starts with 'North', 'New' or similar",
    "all_common_words": "every word is an everyday word",
    "common_first": "starts with an everyday word",
    "common_last": "ends in an everyday word",
    "particle_first": "starts with a surname particle ('De', 'Van')",
    "article_first": "starts with a foreign article ('Le', 'Der')",
    "has_number": "holds a number",
    "has_initial": "holds an initial",
    "acronym": "an acronym",
    "camel_case": "a capital inside the word ('iPhone')",
    "syllable_pair": "a hyphenated two-syllable given name",
    "position:start": "at the start of a sentence",
    "position:headline": "in a headline",
    "position:caps": "in a line of capitals",
    "capitalised_inside_a_sentence_elsewhere": "capitalised inside a sentence elsewhere",
    "pair_capitalised_elsewhere": "written so inside a sentence elsewhere",
    "repeated_sentence_start": "starts several sentences, never in lower case",
    "inside_run": "after other capitalised words",
    "inside_run:after_connector": "after a capitalised word and a connector ('of', 'de')",
    "inside_run:after_opening_word": "after a capitalised everyday word opening the sentence",
    "surname_in_text": "the surname of someone named in full",
    "part_of_a_longer_name_elsewhere": "part of a longer name elsewhere in the text",
    "written_lower_case_elsewhere": "written in lower case elsewhere",
    "title_before": "after a title",
    "title_of_before": "after a title and 'of' ('President of')",
    "demonym_before": "after a nationality word",
    "title_after": "before a title",
    "based_before": "after '-based'",
    "where_before": "after 'north of', 'born in' or similar",
    "settlement_before": "after 'the town of' or similar",
    "plays_for_before": "after 'played for' or similar",
    "launched_before": "after 'launched' or similar",
    "organisation_before": "after 'shares of', 'chief executive of', 'analysts at' or similar",
    "who_after": "'who' after it",
    "speech_after": "'said' or similar after it",
    "said_he_or_she": "'said he' or 'said she' after it",
    "said_it": "'said it' after it",
    "settlement_after": "'is a town' or similar after it",
    "place_noun_after": "'airport', 'river' or similar after it",
    "organisation_after": "'shares', 'board' or similar after it",
    "sport_sentence": "in a sentence about a match ('beat', 'scored', 'striker')",
    "place_in_sport_sentence": "a place's name in a sentence about a match (a team)",
    "organisation_noun_after": "'spokesman', 'shares', 'staff' or similar after it",
    "place_modifier_after": "'residents', 'police', 'mayor' or similar after it",
    "launched_after": "'was launched' or similar after it",
    "number_after": "a number after it",
    "region_after": "a state or country after it ('Irving, Texas')",
    "language_use": "used as a language ('in English')",
    "quoted_title": "a title-case quotation",
    "initials": "initials before a person's name belong to it",
    "nationality_word": "a nationality's word ('Kuwaiti', 'Americans') is the group",
    "region_abbreviation": "a state's or province's abbreviation after a town ('Memphis, Tenn.')",
    "party": "a political party's name or its members' adjective",
    "award": "a name before '-winning' or '-nominated' is an award's",
    "club": "a town's name that plays ('Leeds beat Hull', 'Leeds manager') is its club",
    "storm": "a storm's name ('Hurricane', 'Typhoon') is an event",
    "prize": "a prize's name with its field ('Nobel Prize in Physics') or its cause ('Medal of Freedom')",
    "state_of_country": "a kind of state of a country ('Republic of ...') is that country",
    "work_title": "a title after the kind of work it is ('the film ...', 'his novel ...')",
    "family": "a name before 'family' or 'clan' names people",
    "author": "the maker of a work ('works by ...', 'a play by ...', 'painted by ...') is a person",
    "contest": "a nationality word before 'Cup', 'Games', 'Championship' names a contest",
    "airline": "'Air' before a place's name, or 'Aer' before any, names an airline ('Air Berlin', 'Aer Lingus')",
    "home_in_brackets": "a country in brackets after a person's name is where the person is from",
    "dateline": "a name in capitals opening a line before its date or agency is where the story was filed",
    "digest_paper": "a line holding only a name in capitals under a press digest's headline ('AL-AHRAM') is the newspaper",
    "work_year": "a name inside a sentence with one year in brackets after it is a work ('Jaws (1975)')",
    "county": "a name ending in '-shire' is a county ('Renfrewshire')",
    "full_name_of_surname": "a name whose last word the article uses alone for a person ('Tiger Woods' ... 'Woods said')",
    "title_after_the": "a name after 'The' capitalised inside a sentence is a paper's, band's, work's or firm's title ('in The Lancet')",
    "newsroom": "a town's name before 'Newsroom', 'Desk' or 'Bureau' is the agency's office there ('London Newsroom')",
    "known_organisation": "an organisation the word lists know by this name, read weakly as a person",
    "thing_name": "a holiday's, faith's, language's or event's name ('Christmas', 'Ramadan') names no one alone",
    "name_with_s": "an organisation the lists know by a name ending in 's ('Moody's', 'Sainsbury's')",
    "possessive_title": "a name in the possessive before one capitalised everyday or number word, named nowhere else in the article, is a work's title ('Schindler's List', 'Ocean's Twelve')",
    "named_for_its_subject": "a body or an accord named for its subject after 'on' ('the Council on Foreign Relations' an organisation, 'the Convention on Refugees' an accord)",
    "leaders_time": "a name between 'the' and a noun for a time in power ('the Thatcher era', 'the Mugabe regime') is the leader's",
    "channel": "a broadcaster's initials before a channel's words ('BBC Radio 4', 'CNN International') name one organisation",
    "newspaper": "a name between 'the' and a noun for a newspaper ('the Handelsblatt daily', 'the Izvestia newspaper') is the paper's",
    "craft": "a name before a noun for a craft ('the Kepler spacecraft', 'a Trident missile') is the craft's",
    "craft_name": "a name ending in a craft's word ('the James Webb Space Telescope', 'the Mars Reconnaissance Orbiter') is the craft's",
    "models": "a model's code in the plural ('ordered 24 A320s') names the model",
    "org_noun_before": "a name right after a noun for an organisation ('the accounting firm Arthur Andersen', 'the band Keane', 'the airline Emirates') is the organisation's, whatever its words say",
    "kind_listed": "a name listed after a plural noun for its kind and 'such as', 'like' or 'including' ('towns such as Oldham and Bradford') is of that kind",
    "only_an_organisation_before": "a name after words only an organisation's follows ('analysts at', 'shares in', 'a stake in', 'a takeover of') is the organisation's, whatever its words say",
    "organisations_word": "a name ending in a word only organisations end in ('School', 'Club') is an organisation, whatever stands around it",
    "doctrine": "a word in '-ology' or '-ism' ('Scientology', 'Marxism') names a belief or a field, no one",
    "place_of_nationality": "a nationality word before a known place ('Portuguese East Africa') names a place",
    "speaker_initials": "a speaker's initials opening the turns of an interview ('MQ:') after the name in full",
    "person_noun_before": "a given name after a noun for a person ('adviser Anthony Lake') is a person's, whatever word ends it",
    "speaker": "a name opening a line before a colon and the words spoken is the speaker",
    "headline_echo": "a headline's word in capitals that the article's sentences write as this name",
    "party_tag": "a legislator's party and state after the name ('R-N.C.') is the state's party",
    "scoreboard_player": "a name in a scoreboard (a dismissal 'c ... b ...', bowling figures, a scorer's minutes) is a player's",
    "nationality_inside": "a nationality word inside a name ('Royal Dutch Shell') names no people",
    "event": "a name ending in 'Awards', 'Festival', 'Cup', 'Prize', 'Medal' or similar, or one no gazetteer knows before 'conference' or 'festival', is an event or a prize",
    "event_of": "a name opening with 'Battle of', 'Siege of', 'Treaty of' or similar is an event",
    "home_town": "a name after a person's name and ', of' is where the person lives ('Darren Hollis, of Beeston,')",
    "i_product": "a name written as a lower-case 'i' before a capital ('iTunes', 'iMac') is a product",
    "team_role": "a name before a player's or a firm's role and a person's full name is the team or the firm ('Williams driver Damon Hill', 'Parmalat founder Calisto Tanzi')",
    "org_apposition": "a name followed by ', the' and an organisation's kind ('Gavi, the vaccine alliance') is that organisation",
    "possessor": "a name whose possessive stands before a person's full name is the person's team, company or country ('Ferrari's Michael Schumacher')",
    "surname_named_in_full": "the surname of someone the article names in full, or alone beyond doubt ('Theresa May' ... 'May')",
    "institution": "an institution's name 'of' or 'for' two fields ('Department of Trade and Industry'), or in another language ('Musée du Louvre'), is an organisation's",
    "leader_of_country": "a name whose possessive stands before a country's name is the person who leads it ('Mussolini's Italy')",
    "legal_form": "a name ends in a company's legal form",
    "partners": "a name ends in '& Son', 'and Company', '& Co.' ('Henschel & Son'): a firm's",
    "institutions_town": "a town after an institution's name and a comma ('Balliol College, Oxford') is its town; one ending its name ('Trinity College Dublin') is the institution's",
    "polity": "a people's or a ruler's name before 'Empire', 'Kingdom', 'Caliphate' or the like ('the German Empire') names a state",
    "org_noun_after": "a word no list knows before 'spokesman', 'organisation' or 'movement' ('an Omonia spokesman') names an organisation",
    "patron": "a name opens with its patron's possessive ('King's College', 'St Thomas' Hospital'): one name",
    "nickname": "a given name, a nickname in quotes and a surname ('Harold \"Junior\" Theriault'): one person",
    "east_asian_name": "a Chinese or Korean family name and a hyphenated given name ('Ban Ki-moon'): a person",
    "company_officers": "it has a chief executive, shareholders or a subsidiary ('OpenAI's chief executive'): an organisation",
    "brand": "'brand' after it ('the Lexus brand'): a company's brand, no person",
    "person_of": "two words no list knows, 'of' and a name ('Remco Evenepoel of Soudal Quick-Step'): a person and the team, party or paper they are of",
    "institutions_person": "a name ending in a surname after an institution's 'of' ('the Telugu Desam Party of Chandrababu Naidu'): a person, not a place in its name",
    "national_body": "one or two everyday nouns and a country's name ('Police Scotland', 'Sport England'): the country's body for them",
    "street_institution": "a street's name and an organisation's word ('Bow Street Magistrates' Court', 'Abbey Road Studios'): the institution named after the street",
    "workplace_before": "a name read as a person's after people's work and 'from' or 'at' ('an auditor from', 'researchers at'): their employer",
    "persons_country": "a country after a person's name and 'of' ('Iga Swiatek of Poland'): the person's country, whatever a score after it says",
    "given_name_and_surname": "a given name (that is a town's too) and a surname ('Stanley Kubrick', 'Florence Nightingale'): a person, whatever 'in' before them says",
    "ship": "it opens with a ship's prefix ('USS Hopper', 'HMS Belfast', 'RMS Titanic'): a ship",
    "rivals_word": "a sentence opens with 'Rival', 'Embattled' or the like before it ('Rival SK Hynix'): the word is left out, the name a company's",
    "noble_title": "a peer's title, 'of' and a place ('the Duchess of Cambridge', 'the Prince of Wales'): one person",
    "place_in_country": "a word no list knows right before 'in' and a country's name ('Carriacou in Grenada'): a place in it",
    "titled_apposition": "a name set off by commas after a determiner, an office's title and what it is of ('the governor of Sindh province, Kamaluddin Azfar,', 'an Indigenous leader, Raoni Metuktire,'): the office holder",
    "work_article": "a work's title takes 'The', 'A' or 'No' written with a capital inside a sentence before it",
    "club_short_name": "a club's last word alone ('United' after 'Manchester United') is the club",
    "company_short_name": ("a company's first word alone ('Continental' after 'Continental Airlines')"
                           " is the company"),
    "market_place": "a town's or a country's name before 'stocks', 'shares' or 'bourse' ('Tokyo stocks ended lower'): where the market is",
    "players_role_before": "a name of two words right after a player's role in lower case ('substitute Divock Origi'): the player",
    "celestial_body": "the Moon, the Sun or the Earth after 'the' ('water ice on the Moon'): the body in the sky, a place",
    "games_adjective": "'Olympic' or 'Paralympic' before an everyday word ('the Olympic stadium'): the Games' adjective, an event's",
    "persons_work": "everyday words joined by 'of' or 'and' after a person's possessive ('Joseph Conrad's Heart of Darkness'): the person's work",
    "language": "a nationality's word after 'speaks', 'studied', 'taught' or 'translated into' ('She speaks French and German'): the language",
    "place_article": "a place whose name holds its article ('in The Hague'): the article is the name's",
    "settlement_of": "a name after 'the resort of', 'the community of' or the like ('the seaside resort of Mati'): that place",
    "place_after_the": "a name the lists know as a company's and a place's, after 'the' ('deforestation in the Amazon'): the place",
    "peoples_adjective": "'Indigenous' or 'Aboriginal' before an everyday word ('an Indigenous leader'): the people's adjective, a group",
    "met": "two names joined by 'met', 'spoke with' or 'shook hands with' ('Zelensky met Biden'): people",
    "persons_verb": "a one-word name no list knows before 'visited', 'arrived', 'resigned', 'died' or the like ('Kishida visited Seoul'): a person",
    "lake": "it opens with Loch or Lough ('Loch Etive', 'Lough Neagh'): a lake",
    "platform": "the letter X after 'on' or 'via' ('posted on X'): the social network",
    "leader_before": "a leader's word in lower case right before it ('opposition leader'): a person",
    "plurals_possessive": "an everyday plural's possessive inside a name ending in an organisation's word ('Leeds Magistrates' Court', 'Otago Girls' High School'): one organisation",
    "patronymic": "'bin' or 'ibn' ('son of') inside it names a person",
}
_TEMPLATES = {
    "name": "the name '{}' itself",
    "len": "a name of {} words",
    "first": "starts with '{}'",
    "last": "ends in '{}'",
    "shape": "written '{}' (X capital, x lower case, d digit)",
    "suffix": "ends in '-{}'",
    "suffix2": "ends in '-{}'",
    "prefix": "starts with '{}-'",
    "connector": "joined by '{}'",
    "in_run_before": "after '{}'",
    "in_run_after": "before '{}'",
    "previous_word": "after '{}'",
    "previous_words": "after '{}'",
    "previous_char": "after '{}'",
    "next_word": "before '{}'",
    "next_words": "before '{}'",
    "next_char": "before '{}'",
}


def describe(feature: str) -> str:
    """A piece of evidence in words a reader follows: "'said it' after it", "ends in 'group'"."""
    fixed = _FIXED.get(feature)
    if fixed is not None:
        return fixed
    kind, _, value = feature.partition(":")
    if kind == "len" and value == "1":
        return "a name of one word"
    if kind == "len" and value == "4":
        return "a name of four words or more"
    if kind in ("noun_before", "described_as"):
        noun = _KINDS.get(value, value.lower())
        return f"after a noun for {noun}" if kind == "noun_before" else f"described as {noun}"
    if kind == "position" and "+" in value:
        where, what = value.split("+", 1)
        place = {"start": "a sentence's start", "headline": "a headline",
                 "caps": "a line of capitals"}.get(where, where)
        thing = {"common_first": "an everyday word", "given_name": "a given name",
                 "rare_first": "a word no dictionary lists in lower case",
                 "common_first+nowhere_else_capitalised":
                 "an everyday word capitalised nowhere else"}.get(what, what)
        return f"{thing} at {place}"
    if kind == "previous_char" and value == "^":
        return "at the start of the text"
    if kind == "next_char" and value == "$":
        return "at the end of the text"
    template = _TEMPLATES.get(kind)
    return template.format(value) if template else feature


_LEXICAL: dict[object, tuple[str, ...]] = {}


def _lexical(key: str | tuple[tuple[str, ...], tuple[str, ...]]) -> tuple[str, ...]:
    """The evidence a span's own words give (a token's text, or the texts and connectors of
    several), whatever text they stand in: remembered, as names recur."""
    found = _LEXICAL.get(key)
    if found is None:
        if len(_LEXICAL) > 100_000:
            _LEXICAL.clear()
        texts, gaps = ((key,), ()) if isinstance(key, str) else key
        words = tuple([fold_word(t.rstrip(".")) for t in texts])
        numbers = tuple([t[0].isdigit() for t in texts])
        found = _LEXICAL[key] = _words_evidence(texts, words, gaps, numbers)
    return found


def _words_evidence(texts: tuple[str, ...], words: tuple[str, ...], gaps: tuple[str, ...],
                    numbers: tuple[bool, ...]) -> tuple[str, ...]:
    """The evidence a span's own words give, whatever text it stands in (cached: names recur,
    and the word lists are the process's one lexicon). Each list is looked up once: this runs
    for every span of a name not met before, most spans of a new article's names."""
    lex = lexicon()
    n = len(words)
    if any(gaps):
        parts = [words[0]]
        for gap, word in zip(gaps, words[1:], strict=False):
            if gap:
                parts.append(gap)
            parts.append(word)
        name = " ".join(parts)
    else:
        name = " ".join(words)
    first, last = words[0], words[-1]
    first_text = texts[0]
    common_words, titles = lex.common_words, lex.titles
    place = lex.places.get(name)
    if place is None and "." in name:
        place = lex.places.get(name.replace(".", ""))
    is_demonym = name in lex.demonyms
    features = ["bias", f"len:{min(n, 4)}"]
    add = features.append
    # A place or a nationality the word lists know is not remembered by name: what one
    # corpus did with "Korea" (a football team) must not decide every Korea.
    if place is None and not is_demonym:
        add("name:" + name)
        if n > 1:
            add("first:" + first)
            add("last:" + last)
    add("shape:" + " ".join([shape(t) for t in texts[:4]]))
    if last.isalpha() and len(last) >= 4:
        add("suffix:" + last[-3:])
        add("suffix2:" + last[-2:])
    if first.isalpha() and len(first) >= 4:
        add("prefix:" + first[:3])
    for gap in gaps:
        if gap:
            add("connector:" + gap)
    # word lists
    first_common = first in common_words
    if place is not None:
        if place.is_country:
            add("country")
        else:
            add("place:" + place.type)
            if n == 1 and first_common:
                add("place_common_word")
    elif n > 1:
        lead = lex.places.get(first)
        if lead is None and n > 2:
            lead = lex.places.get(" ".join(words[:2]))
        if lead is not None:
            # "Perth Glory", "Brussels Stock Exchange": a place's name opening a longer one
            add("country_first" if lead.is_country else "place_first")
    if is_demonym:
        add("demonym")
    elif n > 1 and first in lex.demonyms:
        add("demonym_first")
    if name in lex.group_nouns:
        add("group_noun")
    if name in lex.norp_adjectives:
        add("religion_or_party_word")
    if name in lex.other_names:
        add("other_name")
    if name in lex.known_orgs or "." in name and name.replace(".", "") in lex.known_orgs:
        add("known_org")  # "U.N." as "UN"
    given = first in lex.first_names
    if given:
        add("given_name" if n > 1 else "given_name_alone")
    rank = lex.surname_ranks.get(last)
    if rank is not None and (n > 1 or not given):
        add("surname:" + ("top1k" if rank < 1000 else "top10k" if rank < 10000 else "rare"))
    if first in titles:
        add("title_first")
    if n > 1 and last in titles or (n > 2 and " ".join(words[-2:]) in titles):
        add("title_last")
    if last in lex.org_words or (n > 1 and " ".join(words[-2:]) in lex.org_words):
        add("org_word_last")
    if n > 1:
        if first in lex.org_heads:
            add("org_head_first")
        if last in lex.loc_words:
            add("loc_word_last")
        if first in lex.loc_heads:
            add("loc_head_first")
        if last in lex.gpe_words:
            add("gpe_word_last")
        if last in lex.other_words:
            add("other_word_last")
        if first in lex.other_heads:
            add("other_head_first")
        if first in lex.place_qualifiers:
            add("place_qualifier_first")
    commons = first_common if n == 1 else sum([w in common_words for w in words])
    if commons == n:
        add("all_common_words")
    elif first_common:
        add("common_first")
    if n > 1 and commons < n and last in common_words:
        add("common_last")
    if first in FOREIGN_ARTICLES and n > 1:
        add("article_first")  # "Le Monde", "Der Spiegel" (and "Le Pen")
    elif first in SURNAME_PARTICLES and first_text[0].isupper():
        add("particle_first")
    if any(numbers):
        add("has_number")
    if n > 1 and any(_INITIAL.match(t) for t in texts[:-1]):
        add("has_initial")
    if n == 1 and len(first_text) > 1 and first_text.replace(".", "").replace("&", "").isupper():
        add("acronym")
    if _CAMEL.match(first_text) or first_text[:1].islower():
        add("camel_case")
    if n > 1 and any(_SYLLABLE_PAIR.match(t) for t in texts):
        add("syllable_pair")
    return tuple(features)
