"""Whole-text passes over the mentions the names of each run gave: what only the whole text
shows, read before the mentions are linked (``entities`` runs them in order).

A lower-case repeat of a name ("Mexican embassy" after "Mexican Embassy"), a quoted title or a
title after the kind of work it is, a bare model number, a state's abbreviation after a town,
a town that plays as its club, a name before "-winning", a list's common type, the US state a
town is placed in, a country's name inside another's, and the acronym in brackets after a name.
Also the small helpers the conventions share to type a mention firmly (``firmly``,
``relabelled``, ``only_scores``) and to spell its folded name (``spelled``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache

from newsview.models.candidates import MODEL_NUMBER, Run, Token, pattern
from newsview.models.document import Timex
from newsview.models.evidence import context_patterns, cues
from newsview.models.lexicon import Lexicon, phrase_key
from newsview.models.linking import Candidate, person_initials
from newsview.models.names import LABELS, NORP, ORG, OTHER, PERSON, PLACE, Scores
from newsview.models.regexprefix import word_trie
from newsview.models.text import alone_on_its_line, fold_word, opens_a_line
from newsview.models.vocab import (
    CLUB_HEADS,
    CLUB_SHORT_NAMES,
    CLUB_SUFFIXES,
    CLUB_WORDS,
    COMPANY_CLOSING_WORDS,
    DERIVED_WORK_WORDS,
    FIRM_ROLES,
    LEGAL_FORMS,
    NAME_NUMBERS,
    TEAM_ROLES,
    WORK_WORDS,
    WORK_WORDS_AFTER_DETERMINER,
)


def folded_spelling(words: tuple[str, ...], connectors: tuple[str, ...]) -> str:
    """The folded name with its connectors: "ministry of foreign affairs"."""
    if len(connectors) == len(words) - 1 and not any(connectors):  # most names: words alone
        return " ".join(words)
    parts = [words[0]]
    for connector, word in zip(connectors, words[1:], strict=False):
        if connector:
            parts.append(connector)
        parts.append(word)
    return " ".join(parts)



def model_numbers(runs: list[Run], candidates: list[Candidate]) -> list[Candidate]:
    """"Boeing 787" named once makes a bare "787" (or "787s") elsewhere the same model."""
    models = {
        word for c in candidates if len(c.words) > 1 and c.type == "OTHER" for word in c.words[1:]
        if pattern(MODEL_NUMBER).fullmatch(word) and not (len(word) == 4 and word.isdigit())
    }  # "Windows 7", "Euro 2008", "Maine 2-foot" make no model of every 7, 2008 or 2-foot
    if not models:
        return []
    taken = {(c.start, c.end) for c in candidates}
    found: list[Candidate] = []
    for run in runs:
        for token in run.tokens:
            if not token.number or (token.start, token.end) in taken:
                continue
            key = token.key if token.key in models else token.key[:-1]  # "787s" is the 787
            if key in models and (key == token.key or token.key.endswith("s")):
                found.append(Candidate(token.start, token.end, token.text, (token.key,), (),
                                       "name", "OTHER", 3, None, scores=only_scores(OTHER)))
    return found


def region_abbreviations(text: str, runs: list[Run], candidates: list[Candidate],
                          lex: Lexicon) -> list[Candidate]:
    """"Memphis, Tenn.", "Boston, Mass.": a state's or province's abbreviation right after a
    town and a comma is that region (a convention, whatever the weights read in "Tenn")."""
    found: list[Candidate] = []
    for run in runs:
        token = run.tokens[0]
        region = lex.region_abbreviations.get(token.key) if len(run.tokens) == 1 else None
        if region is None or not _AFTER_A_TOWN.search(text, max(0, token.start - 40), token.start):
            continue
        words = tuple(phrase_key(region).split())
        found.append(Candidate(token.start, token.end, token.text, words, ("",) * (len(words) - 1),
                               "name", "GPE", 4, region, scores=only_scores(PLACE),
                               evidence=("region_abbreviation",)))
    if not found:
        return candidates
    taken = {(c.start, c.end) for c in found}
    # the name just before ", Tenn." is a town ("INDEPENDENCE, Mo.", whatever else it reads as)
    towns_end = {c.start - 2 for c in found if text[c.start - 2 : c.start] == ", "}
    return [_as_town(c) if c.end in towns_end and _may_be_a_town(c, lex) else c
            for c in candidates if (c.start, c.end) not in taken] + found


def _may_be_a_town(candidate: Candidate, lex: Lexicon) -> bool:
    """Not a place already, and not a person named with a given name ("Rick Ware, Mo.")."""
    return candidate.type not in ("GPE", "LOC") and not (
        candidate.type == "PERSON" and len(candidate.words) > 1
        and candidate.words[0] in lex.first_names
    )


def awards(text: str, candidates: list[Candidate], explain: bool = False) -> list[Candidate]:
    """"Oscar-winning", "Bafta-nominated": a name before these is an award (a convention),
    and so is an award's nickname that is also a given name, alone after a determiner ("won the
    Oscar", "her second Tony"), and every mention of it in the article."""
    awards = {c.words for c in candidates if c.kind == "name" and text.startswith(_AWARDED, c.end)}
    # "won the Oscar for best actress", "takes top Oscar", "her second Tony": an award's
    # nickname that is also a given name, alone after a determiner, is the award
    awards.update(c.words for c in candidates if c.kind == "name" and len(c.words) == 1
                  and c.words[0] in _AWARDS_NAMED_LIKE_PEOPLE
                  and pattern(_A_DETERMINER_OF_AN_AWARD_BEFORE).search(text, max(0, c.start - 12), c.start))
    return every_mention(candidates, awards, OTHER, explain and "award")


_AWARDED = ("-winning", "-nominated", "-award-winning")
_AWARDS_NAMED_LIKE_PEOPLE = frozenset("oscar oscars tony tonys olivier oliviers emmy emmys edgar hugo".split())
_A_DETERMINER_OF_AN_AWARD_BEFORE = (
    r"\b(?:the|an?|her|his|their|its|top|first|second|third|another|best|two|three|four|five)[ \t]$")


def every_mention(candidates: list[Candidate], names: set[tuple[str, ...]], label: int,
                  convention: str | bool) -> list[Candidate]:
    """Every name mention whose words are one of ``names``, firmly of ``label``: a convention
    that reads one mention ("Oscar-winning", "OpenAI's chief executive") speaks for all."""
    if not names:
        return candidates
    return [firmly(c, label, convention) if c.kind == "name" and c.words in names else c
            for c in candidates]


def companies_by_their_officers(text: str, candidates: list[Candidate],
                                explain: bool = False) -> list[Candidate]:
    """"OpenAI's chief executive", "Splunk's shareholders": a name in the possessive before a
    chief executive, shareholders, a subsidiary or a headquarters of its own is an
    organisation's (a convention; a person may own shares or a stake, not have shareholders),
    and so is a name after words only a company's follows ("shares of", "analysts at") with
    the names listed after it ("analysts at Jefferies and Bernstein"), and every mention of
    them in the article, however their letters read."""
    after, before = pattern(_COMPANYS_OWN_AFTER), pattern(_ONLY_A_COMPANY_BEFORE)
    companies: set[tuple[str, ...]] = set()
    listed = False  # the name before was one only a company's stands in: "analysts at X and Y"
    for k, c in enumerate(candidates):
        if c.kind != "name":
            listed = False
            continue
        own = before.search(text, max(0, c.start - 24), c.start) is not None
        if c.type != "ORG" and c.place is None and (own or listed or after.match(text, c.end)):
            companies.add(c.words)
        following = candidates[k + 1] if k + 1 < len(candidates) else None
        listed = (own or listed) and following is not None and (
            text[c.end : following.start] in (" and ", ", ", ", and "))
    return every_mention(candidates, companies, ORG, explain and "company_officers")


# What only a company has, after its name's possessive, or what only a company is, after it.
_COMPANYS_OWN_AFTER = (
    r"(?:['\u2019]s (?:chief executive|chief financial officer|chief operating officer|ceo|cfo|coo"
    r"|shareholders|stockholders|subsidiary|subsidiaries|headquarters|workforce|share price"
    r"|market value|board of directors|closing price|stock price|market capitali[sz]ation"
    r"|net profit|operating profit|pre-?tax profit)"
    r"|, (?:a|the) maker of|, which makes)\b"
)
# What only a company's name follows ("Shares of Splunk jumped", "a stake in Arbon").
_ONLY_A_COMPANY_BEFORE = (
    r"\b(?i:shares (?:of|in)|stake in|takeover of|merger with|acquisition of"
    r"|(?:analysts?|economists?|strategists?) (?:at|with)) $"
)


def nicknamed_people(text: str, candidates: list[Candidate], lex: Lexicon,
                     explain: bool = False) -> list[Candidate]:
    """'Ramesh "Sunny" Balwani', 'Harold "Junior" Theriault': a given name (or a name read as a
    person's), a nickname of a word or two in double quotes, and a name right after are one
    person's name (a convention, as GUM and WikiGold annotate it), not a person, a work and
    another person. Its words are the given names and the surname, so "Balwani" alone links
    to it."""
    if '"' not in text and "\u201c" not in text:
        return candidates
    out: list[Candidate] = []
    k = 0
    while k < len(candidates):
        first = candidates[k]
        quoted = pattern(_NICKNAME_AFTER).match(text, first.end) if first.kind == "name" else None
        last = None
        if quoted is not None and (first.type == "PERSON" or first.words[0] in lex.first_names):
            after = k + 1
            while after < len(candidates) and candidates[after].end <= quoted.end():
                after += 1  # the nickname's own readings
            if after < len(candidates) and candidates[after].start == quoted.end() and (
                candidates[after].kind == "name" and candidates[after].type != "NORP"
            ):
                last = candidates[after]
        if last is None:
            out.append(first)
            k += 1
            continue
        out.append(Candidate(first.start, last.end, text[first.start : last.end],
                             (*first.words, *last.words), (*first.connectors, "", *last.connectors),
                             "name", "PERSON", 5, scores=only_scores(PERSON, 9.0),
                             evidence=("nickname",) if explain else ()))
        k = after + 1
    return out


_NICKNAME_AFTER = r' ["\u201c][A-Z][\w.\'-]*(?: [A-Z][\w.\'-]*)?["\u201d] (?=[A-Z])'


def datelines(text: str, candidates: list[Candidate], lex: Lexicon,
              explain: bool = False) -> list[Candidate]:
    """"AL-AIN, United Arab Emirates 1996-12-06", "WASHINGTON (AP) -": a name in capitals
    opening a line, before its date or its agency, is the place the story was filed from (a
    convention), and stays apart from a club of its name ("NEW YORK 1996-12-06" over a
    results line's "NEW YORK 98 Boston 90")."""
    out = list(candidates)
    after = pattern(_DATELINE_AFTER)
    club_names: Counter[tuple[str, ...]] | None = None  # counted at the first dateline: most have none
    for i, cand in enumerate(out):
        if cand.kind == "name" and cand.text.isupper() and (
            opens_a_line(text, cand.start) or _after_a_datelines_slash(text, cand.start)
        ) and after.match(text, cand.end):
            if club_names is None:
                club_names = Counter(c.words for c in candidates if c.type == "ORG" and c.strength >= 3)
            known = lex.places.get(" ".join(cand.words))
            club = club_names[cand.words] - (cand.type == "ORG")  # another mention, a club's
            if known is not None and club > 0:  # the gazetteer's place, kept apart from the club
                out[i] = replace(firmly(cand, PLACE, explain and "dateline"), place=known.name,
                                 strength=5)
            elif cand.type not in ("GPE", "LOC"):
                out[i] = firmly(cand, PLACE, explain and "dateline")
    return out


def digest_papers(text: str, runs: list[Run], candidates: list[Candidate],
                  explain: bool = False) -> list[Candidate]:
    """"PRESS DIGEST - Egypt - Aug 26": under such a headline, a line holding only a name in
    capitals ("AL-AHRAM", "AL-WAFD") is the newspaper whose stories follow (a convention)."""
    if pattern(_DIGEST_HEADLINE).match(text) is None:
        return candidates
    papers = {(run.tokens[0].start, run.tokens[-1].end) for run in runs
              if alone_on_its_line(text, run.tokens[0].start, run.tokens[-1].end)
              and pattern(_PAPER_NAME).fullmatch(text, run.tokens[0].start, run.tokens[-1].end)}
    if not papers:
        return candidates
    out = [firmly(c, ORG, explain and "digest_paper") if (c.start, c.end) in papers else c
           for c in candidates]
    occupied = Occupied(out)
    missed = [run_candidate(text, run, ORG, explain and "digest_paper") for run in runs
              if (run.tokens[0].start, run.tokens[-1].end) in papers and not occupied.run(run)]
    return sorted([*out, *missed], key=lambda c: c.start) if missed else out


_DIGEST_HEADLINE = r"\s*(?:PRESS|NEWS) DIGEST\b"
# a newspaper's name in capitals ("AL-AHRAM", "BUSINESS RECORDER")
_PAPER_NAME = r"[A-Z][A-Z'&.-]*(?: [A-Z][A-Z'&.-]*){0,3}"


def _after_a_datelines_slash(text: str, start: int) -> bool:
    """"GAZA/CAIRO, Aug 10 (Reuters)": a place in capitals after another's slash, both opening
    the line."""
    line = text.rfind("\n", 0, start) + 1
    return text[start - 1 : start] == "/" and pattern(_DATELINE_PLACES_BEFORE).fullmatch(text, line, start) is not None


_DATELINE_PLACES_BEFORE = r"(?:[A-Z][A-Z .'-]*/)+"
# What follows a dateline's place: other places after slashes, its country or state, then its
# date or its agency
_DATELINE_AFTER = (
    r"(?:/[A-Z][A-Z .'-]*)*(?:, [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3})?,? (?:\d{4}-\d\d-\d\d\b"
    r"|\([A-Z][\w ]{1,20}\) ?[-\u2013\u2014]"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b)"
)


def scoreboard_players(text: str, runs: list[Run], candidates: list[Candidate],
                       explain: bool = False) -> list[Candidate]:
    """A scoreboard's names are players (a convention): after a dismissal's letters ("c Astle
    b Harris", "st Germon", "lbw b Doull"), before a bowler's figures ("Vaughan 9-1-55-1"),
    opening a line before how the batsman was out ("Wasim Akram b Harris 4"), and a scorer
    with the minutes of the goals ("3 (Luc Nilis 12, 55, Wim Jonk 70)"), a batsman's runs or a
    bowler's figures in an innings' bracket ("277-7 (Saeed Anwar 104; Dion Nash 3-45)"), a tally
    or a minute on a line of scorers ("Penalties: Jenkins 4", "Scorers: Kazuyoshi Miura 80"); the sentence's
    match words would make a one-word name a club."""
    out = list(candidates)
    before, figures = pattern(_DISMISSED_BY), pattern(_BOWLING_FIGURES)
    batting, scorer, minutes = pattern(_OUT_HOW), pattern(SCORER_BEFORE), pattern(_MINUTES)
    for i, cand in enumerate(out):
        if cand.kind == "name" and cand.type != "PERSON" and (
            before.search(text, max(0, cand.start - 8), cand.start)
            or figures.match(text, cand.end)
            or opens_a_line(text, cand.start) and batting.match(text, cand.end)
            or scorer.search(text, max(0, cand.start - 8), cand.start) and minutes.match(text, cand.end)
            or len(cand.words) > 1 and (cand.strength < 3 or _INITIAL_OPENING.match(cand.text) is not None)
            and _in_an_innings_bracket(text, cand.start, cand.end)  # "(J. Morris 91, M. Saggers 4-53)"
            or len(cand.words) > 1 and cand.place is None and _on_a_leaderboard(text, cand.start, cand.end)
            or pattern(_A_SCORERS_COUNT).match(text, cand.end) and scorers_line(text, cand.start)
        ):
            out[i] = firmly(cand, PERSON, explain and "scoreboard_player")
    # a batsman the weights left out ("M. Atherton b Waqar Younis 31": an initial that is an
    # everyday word opening a line; "(Saeed Anwar 104, Wasim Akram 52 not out)")
    innings = [name for name in (_without_a_last_number(run) for run in runs)
               if len(name.tokens) > 1
               and _in_an_innings_bracket(text, name.tokens[0].start, name.tokens[-1].end)]
    if innings:  # a weak reading glued to the runs ("Wasim Akram 52" a product) gives way
        spans = {(name.tokens[0].start, name.tokens[-1].end) for name in innings}
        out = [c for c in out if c.type == "PERSON" or c.strength >= 3 or not any(
            start <= c.start < end for start, end in spans)]
    occupied = Occupied(out)
    # and a fielder or bowler the weights left out after a dismissal's letters ("c Hussain b
    # Cork": "Hussain" alone read as no name)
    missed = [run_candidate(text, run, PERSON, explain and "scoreboard_player") for run in runs
              if (opens_a_line(text, run.tokens[0].start) and batting.match(text, run.tokens[-1].end)
                  or _a_fielder(text, run, before, batting))
              and not occupied.run(run)]
    missed += [run_candidate(text, name, PERSON, explain and "scoreboard_player") for name in innings
               if not occupied.run(name)]
    return sorted([*out, *missed], key=lambda c: c.start) if missed else out


def _a_fielder(text: str, run: Run, dismissed_by: re.Pattern[str], out_how: re.Pattern[str]) -> bool:
    """Whether a run of one or two words stands after a dismissal's letters and before another's
    or the batsman's runs, on a scoreboard's line ("c Hussain b Cork 40")."""
    start, end = run.tokens[0].start, run.tokens[-1].end
    return len(run.tokens) <= 2 and dismissed_by.search(text, max(0, start - 8), start) is not None and (
        out_how.match(text, end) is not None or pattern(_RUNS_AT_THE_LINES_END).match(text, end) is not None)


_RUNS_AT_THE_LINES_END = r" \d{1,3}[ \t]*(?:\n|$)"


def _without_a_last_number(run: Run) -> Run:
    """The run without a number ending it ("Wasim Akram 52": a batsman's runs)."""
    if len(run.tokens) > 1 and run.tokens[-1].number:
        return Run(run.tokens[:-1], run.gaps[:-1], run.position)
    return run


def _in_an_innings_bracket(text: str, start: int, end: int) -> bool:
    """Whether a name stands in an innings' bracket before a batsman's runs or a bowler's figures."""
    return (pattern(_INNINGS_FIGURES).match(text, end) is not None
            and pattern(_INNINGS_BEFORE).search(text, max(0, start - 80), start) is not None)


def run_candidate(text: str, run: Run, label: int, convention: str | bool) -> Candidate:
    """A whole run as one name a convention reads where the weights read none."""
    start, end = run.tokens[0].start, run.tokens[-1].end
    return Candidate(start, end, text[start:end], tuple(t.key for t in run.tokens),
                     tuple(run.gaps), "name", label_type(label), 3, None,
                     scores=only_scores(label), evidence=(convention,) if convention else ())


class Occupied:
    """Which stretches of the text the candidates hold, asked in O(log n) (a convention that
    adds names where the weights read none asks once per run: a table of thousands of rows
    must not compare every row with every name)."""

    __slots__ = ("candidates", "starts", "reach")

    def __init__(self, candidates: Sequence[Candidate]) -> None:
        # the index is built at the first question: most conventions ask none (no run of
        # theirs in the article), and sorting every candidate cost them more than the rest
        self.candidates = list(candidates)  # (a copy: the caller's list may change after)
        self.starts: list[int] = []
        self.reach: list[int] = []  # the furthest end of the candidates up to each one

    def _index(self) -> None:
        spans = sorted((c.start, c.end) for c in self.candidates)
        self.starts = [start for start, _ in spans]
        furthest = -1
        for _, end in spans:
            furthest = max(furthest, end)
            self.reach.append(furthest)
        self.candidates = []

    def overlaps(self, start: int, end: int) -> bool:
        if self.candidates:
            self._index()
        k = bisect_left(self.starts, end) - 1  # the last candidate starting before ``end``
        return k >= 0 and self.reach[k] > start

    def run(self, run: Run) -> bool:
        return self.overlaps(run.tokens[0].start, run.tokens[-1].end)


_INITIAL_OPENING = re.compile(r"(?:[A-Z]\.){1,3} ?[A-Z]")
_DISMISSED_BY = r"(?:^|[\s(])(?:c|b|st|lbw b|c & b) $"
_OUT_HOW = r" (?:c|b|st|lbw|run out|not out|retired hurt)\b"
# A golf leaderboard's line: a score opening it ("207 Tiger Woods (U.S.), Colin Montgomerie"),
# and the player's country in brackets, a comma or the line's end after the name.
_SCORE_OPENING_A_LINE = r"[ \t]*(?:\d{2,3}|[-+]\d{1,2})[ \t]+"
_AFTER_A_PLAYER = r"(?: \([A-Z][\w. ]{1,30}\)|,|[ \t]*(?:\n|$))"


def _on_a_leaderboard(text: str, start: int, end: int) -> bool:
    """Whether a name is a player's on a leaderboard's line: after its score, or after a
    player before it on the line ("205 Ernie Els (South Africa), Frank Nobilo (New Zealand)")."""
    if pattern(_AFTER_A_PLAYER).match(text, end) is None:
        return False
    line = text.rfind("\n", 0, start) + 1
    score = pattern(_SCORE_OPENING_A_LINE).match(text, line, start)
    return score is not None and (score.end() == start or text.endswith(("), ", ", "), line, start))


# "Scorers: ...", "Penalties: ...", "Tries: ...": a label opening a line of scorers and tallies
_SCORERS_LABEL = r"[ \t]*(?i:(?:goal)?scorers?|goals|tries|try|conversions?|cons|penalt(?:y|ies)|pens|drop[- ]goals?)[ \t]*:"
# a tally or a minute ends a scorer's entry: "Jenkins 4.", "Miura 80, ", "Okano 75)"
SCORERS_COUNT_AFTER = r"(?: (?:pen|penalty|og|o\.g\.))?[ \t]*(?:[,.;)]|\n|$)"
_A_SCORERS_COUNT = r" \d{1,3}" + SCORERS_COUNT_AFTER


def scorers_line(text: str, position: int) -> bool:
    """Whether the line holding ``position`` opens with a scorer's label before it."""
    return pattern(_SCORERS_LABEL).match(text, text.rfind("\n", 0, position) + 1, position) is not None


# "(Luc Nilis 12, 55, Wim Jonk 70)": a scorer after the score's bracket or another's minute,
# then the minutes, then another scorer or the bracket's end
SCORER_BEFORE = r"\d \($|\d(?: (?:pen|penalty|og))?, $"
# a goal's minute may say how it was scored: "Wright 75 penalty", "Adams 12 og"
_HOW_SCORED = r"(?: (?:pen|penalty|og|o\.g\.|own goal))?"
MINUTES_AFTER = _HOW_SCORED + r"(?:, \d{1,3}" + _HOW_SCORED + r")*(?:\)|, [A-Z])"
_MINUTES = r" \d{1,3}" + MINUTES_AFTER
_BOWLING_FIGURES = r" \d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}\b"
# "Pakistan 277-7 in 50 overs (Saeed Anwar 104, Wasim Akram 52 not out; Dion Nash 3-45)": an
# innings' bracket after its total, each batsman's runs or bowler's wickets and runs
_INNINGS_BEFORE = r"\d{2,3}(?:-\d{1,2})?(?: in [\d.]+ overs)? \((?:[^()\n]*[,;] )?$"
_INNINGS_FIGURES = r" (?:\d{1,3}\*?(?: not out)?|\d{1,2}-\d{1,3})(?=[,;)])"


def party_tags(text: str, candidates: list[Candidate], lex: Lexicon,
               explain: bool = False) -> list[Candidate]:
    """"Sen. Jesse Helms, R-N.C.,", "John McCain (R-AZ)": a legislator's party and state after
    the name name the state's party (a convention: an organisation, as MEANTIME annotates it),
    one mention whole ("D-Day" names no state, and stays what it is)."""
    if "-" not in text:
        return candidates
    tags: list[Candidate] = []
    occupied: Occupied | None = None
    for found in pattern(_TAG_OPENING).finditer(text):
        tag = party_tag_at(text, found.end(), lex)
        if tag is None:
            continue
        start, end = tag.span()
        occupied = occupied or Occupied(candidates)
        if not occupied.overlaps(start, end):
            evidence = ("party_tag",) if explain else ()
            tags.append(Candidate(start, end, tag.group(), (fold_word(tag.group()),), (), "name",
                                  "ORG", 3, None, scores=only_scores(ORG), evidence=evidence))
    return sorted([*candidates, *tags], key=lambda c: c.start) if tags else candidates


def party_tag_at(text: str, start: int, lex: Lexicon) -> re.Match[str] | None:
    """The party and state tag at ``start`` ("R-N.C.", "D-Calif.", "R-AZ") right after ", " or
    "(", if its state is one: a postal code or an abbreviation the region list knows."""
    if not (text[max(0, start - 2) : start] == ", " or text[start - 1 : start] == "("):
        return None
    tag = pattern(_PARTY_TAG).match(text, start)
    if tag is None:
        return None
    state = tag["state"]
    known = len(state) == 2 or state.lower().rstrip(".") in lex.region_abbreviations
    return tag if known else None


_TAG_OPENING = r"(?:, |\()(?=[RDI]-[A-Z])"
_PARTY_TAG = r"[RDI]-(?P<state>[A-Z]{2}\b|[A-Z]\.[A-Z]\.|[A-Z][a-z]{1,5}\.)"


def headline_echoes(text: str, runs: list[Run], candidates: list[Candidate],
                    explain: bool = False) -> list[Candidate]:
    """"CLINTON SIGNS WELFARE BILL", "NETANYAHU MEETS ARAFAT": a word of a headline in
    capitals that the article's sentences write as a name, or as a person's surname, is that
    name (capitals alone say nothing about a headline's words; the article's sentences do).
    Lines in title case are left to the weights: an e-mail's "Team" or "Fax" is no echo."""
    heads = [run for run in runs if run.position in ("headline", "caps")
             and run.tokens[0].text.isupper()]
    if not heads:
        return candidates
    known: dict[tuple[str, ...], Candidate] = {}
    # the sentences' names, capitals or not ("TISCO shares rose"): not the headlines' own
    in_heads = {t.start for run in heads for t in run.tokens}
    for c in candidates:
        if c.kind != "name" or c.start in in_heads:
            continue
        known.setdefault(c.words, c)
        if c.type == "PERSON" and len(c.words) > 1:
            known.setdefault(c.words[-1:], c)
    occupied = Occupied(candidates)
    echoes: list[Candidate] = []
    for run in heads:
        tokens, i = run.tokens, 0
        while i < len(tokens):
            for j in range(min(len(tokens), i + 4), i, -1):
                name = known.get(tuple(t.key for t in tokens[i:j]))
                start, end = tokens[i].start, tokens[j - 1].end
                if name is not None and not occupied.overlaps(start, end):
                    evidence = (*name.evidence, "headline_echo") if explain else ()
                    echoes.append(replace(name, start=start, end=end, text=text[start:end],
                                          words=tuple(t.key for t in tokens[i:j]),
                                          connectors=tuple(run.gaps[i : j - 1]),
                                          strength=min(name.strength, 2), abbreviates=None,
                                          evidence=evidence))
                    i = j - 1
                    break
            i += 1
    return sorted([*candidates, *echoes], key=lambda c: c.start) if echoes else candidates


def works_with_years(text: str, runs: list[Run], candidates: list[Candidate], lex: Lexicon,
                     explain: bool = False) -> list[Candidate]:
    """"Her books include Harbour Lights (1997)", "his films Jaws (1975) and Duel (1971)": a
    capitalised name inside a sentence with one year in brackets after it is a work (a
    convention), though its words read as a place ("Harbour") or as no name at all ("Jaws").
    A person's dates are a span ("Lincoln (1809-1865)"), and a place the gazetteer knows or
    a person's name stays what it is."""
    if "(" not in text:
        return candidates
    year = pattern(_YEAR_IN_BRACKETS)
    by_span = {(c.start, c.end): k for k, c in enumerate(candidates)}
    out = list(candidates)
    occupied = Occupied(candidates)
    added: list[Candidate] = []
    for r, run in enumerate(runs):
        start, end = run.tokens[0].start, run.tokens[-1].end
        if not year.match(text, end):
            continue
        opening = _title_opening_run(text, runs, r)
        if opening is not None and not _an_institutions_words(opening, run, lex):
            # "published as Stillness in Motion (1989)", "Death in Venice (1912)": one title
            added.append(_work_from(text, opening.tokens[0].start, end, ("work_year",) if explain else ()))
            continue
        if run.position:
            continue
        k = by_span.get((start, end))
        if k is not None:
            cand = out[k]
            # (a work the weights read already is made firm: "Things Fall Apart was published
            # by Heinemann" elsewhere must not make it a company)
            if cand.type != "PERSON" and " ".join(cand.words) not in lex.places and not (
                cand.words[0] in lex.org_heads or cand.words[-1] in lex.org_words  # "Bank of England (1694)"
            ):
                out[k] = firmly(cand, OTHER, explain and "work_year")
        elif not occupied.run(run):
            added.append(run_candidate(text, run, OTHER, explain and "work_year"))
    return _with_overlaps_replaced(out, added) if added else out


def _title_opening_run(text: str, runs: list[Run], r: int) -> Run | None:
    """The run a title with a year after it opens with, where a title's small word joins it to
    the run before the year ("Stillness" in "Stillness in Motion (1989)"), or None."""
    if not r:
        return None
    before = runs[r - 1]
    between = text[before.tokens[-1].end : runs[r].tokens[0].start]
    if len(between) > 10 or not pattern(_TITLE_SMALL_WORDS).fullmatch(between):
        return None
    return before


def _an_institutions_words(opening: Run, last: Run, lex: Lexicon) -> bool:
    """"the University of Texas (1883)", "the Bank of England (1694)": an institution's word
    opens or ends it, so the year is its founding, not a work's."""
    return opening.tokens[0].key in lex.org_heads or last.tokens[-1].key in lex.org_words or (
        opening.tokens[-1].key in lex.org_words)


_TITLE_SMALL_WORDS = r" (?:in|of|on|for|to|at|from|with|and|under|over)(?: the| a| an)? "


def _work_from(text: str, begin: int, end: int, evidence: tuple[str, ...]) -> Candidate:
    """A work's title a convention found at ``begin:end``, whatever candidates its words made."""
    title = text[begin:end]
    words = tuple(fold_word(w) for w in title.split())
    return Candidate(begin, end, title, words, ("",) * (len(words) - 1), "name", "OTHER", 3, None,
                     scores=only_scores(OTHER), evidence=evidence)


def _with_overlaps_replaced(candidates: list[Candidate], found: list[Candidate]) -> list[Candidate]:
    """``candidates`` without those ``found`` overlaps, and ``found``, in text order."""
    taken = [(c.start, c.end) for c in found]
    kept = [c for c in candidates if not any(a < c.end and c.start < b for a, b in taken)]
    return sorted([*kept, *found], key=lambda c: c.start)


_YEAR_IN_BRACKETS = r" \((?:1[5-9]|20)\d\d\)"


def listed_works(text: str, candidates: list[Candidate], explain: bool = False) -> list[Candidate]:
    """A biography's list of works, a title and its year in brackets a line, two lines or more
    ("The Rain Before Harmattan (2003)", "Letters to Chinua (essays, 2016)"): each title is
    one work (a convention), whatever its words read as alone ("Harmattan" a person)."""
    if ")\n" not in text and not text.endswith(")"):
        return candidates
    lines = list(pattern(_WORK_LINE).finditer(text))
    # two such lines in a row make a list: each of them is listed
    adjacent = {k for k in range(1, len(lines)) if lines[k - 1].end() + 1 == lines[k].start()}
    listed = [m for k, m in enumerate(lines) if k in adjacent or k + 1 in adjacent]
    if not listed:
        return candidates
    evidence = ("work_year",) if explain else ()
    return _with_overlaps_replaced(candidates, [_work_from(text, *match.span("title"), evidence)
                                                for match in listed])


_WORK_LINE = (
    r"(?m)^(?:(?:The|A|An) )?(?P<title>[A-Z0-9][\w'\u2019-]*(?: (?:[a-z]{1,4}|[A-Z0-9][\w'\u2019-]*))*)"
    r" \((?:[a-z]+, )?(?:1[5-9]|20)\d\d\)[ \t]*$"
)


def speakers(text: str, candidates: list[Candidate], lex: Lexicon,
             explain: bool = False) -> list[Candidate]:
    """"Priya Raman: I grew up in Easton", "Wikinews: Why did you stand?": a name opening
    lines before a colon and the words spoken, two turns or more, is a speaker, a person or
    an organisation, whichever its evidence says more (a convention: the colon after it made
    it a work's title). A place before a colon heads a report ("Tokyo: Shares rose"). The
    surname of a person named in full opening two turns or more is that person, though the
    weights read none there ("Berry: About twenty years now." after "Siân Berry")."""
    if ": " not in text:
        return candidates
    turn = pattern(_TURN_AFTER)
    candidates = _speakers_by_surname(text, candidates, turn, explain)
    turns = [k for k, c in enumerate(candidates) if c.kind == "name"
             and opens_a_line(text, c.start) and turn.match(text, c.end)]
    counts = Counter(candidates[k].words for k in turns)
    people = _people_by_initials(candidates)
    said: dict[tuple[str, ...], list[float]] = {}  # a speaker's evidence over all its turns
    for k in turns:
        scores = candidates[k].scores or only_scores(PERSON)
        total = said.setdefault(candidates[k].words, [0.0, 0.0])
        total[0] += scores[PERSON]
        total[1] += scores[ORG]
    out = list(candidates)
    for k in turns:
        cand = out[k]
        if counts[cand.words] >= 2 and cand.words[0] in people and len(cand.words) == 1 and (
            cand.text.isupper()
        ):
            # "MQ: We bought it ..." after "Marisol Quevedo": the speaker named by initials
            out[k] = firmly(cand, PERSON, explain and "speaker_initials")
            continue
        if counts[cand.words] < 2 or cand.type in ("PERSON", "ORG") or (
            " ".join(cand.words) in lex.places
        ):
            continue
        person, organisation = said[cand.words]
        out[k] = firmly(cand, PERSON if person >= organisation else ORG, explain and "speaker")
    return out


_TURN_AFTER = r": [A-Z\"\u201c][a-z']*[ ,.!?]"


def _speakers_by_surname(text: str, candidates: list[Candidate], turn: re.Pattern[str],
                         explain: bool) -> list[Candidate]:
    """The words opening two turns or more that are the last word of a person named in full,
    read as that person, though no run holds them (an everyday word before a colon is a label
    to the reader of runs: "Berry:" as "Source:")."""
    surnames = {c.words[-1] for c in candidates if c.type == "PERSON" and len(c.words) > 1 and c.kind == "name"}
    if not surnames:
        return candidates
    labels = [Token(m.start(1), m.end(1), m.group(1), fold_word(m.group(1)))
              for m in pattern(_ONE_WORD_OPENING_A_LINE).finditer(text)
              if fold_word(m.group(1)) in surnames and turn.match(text, m.end(1))]
    counts = Counter(token.key for token in labels)
    occupied = Occupied(candidates)
    missed = [run_candidate(text, Run((token,), (), "start"), PERSON, explain and "speaker") for token in labels
              if counts[token.key] >= 2 and not occupied.overlaps(token.start, token.end)]
    return sorted([*candidates, *missed], key=lambda c: c.start) if missed else candidates


_ONE_WORD_OPENING_A_LINE = r"(?m)^([A-Z][\w'\u2019-]+)(?=:)"


def _people_by_initials(candidates: list[Candidate]) -> set[str]:
    """The initials ("mq") of the people named in full ("Marisol Quevedo")."""
    return {person_initials(c.words) for c in candidates
            if c.type == "PERSON" and 1 < len(c.words) <= 3 and c.kind == "name"}


def celestial_bodies(text: str, runs: list[Run], candidates: list[Candidate],
                     explain: bool = False) -> list[Candidate]:
    """"water ice on the Moon", "The Moon's south pole", "orbiting the Earth": the Moon, the Sun
    or the Earth after "the" is the body in the sky, a place (a convention, as GUM annotates
    "Earth"), and so is every other mention of it alone in the article ("on Moon's surface"),
    not a person named Moon; "The Sun" written so inside a sentence is the paper, and "the Sun
    Road" a longer name."""
    bodies = {c.words for c in candidates if c.kind == "name" and c.words in _CELESTIAL_BODIES
              and _a_celestial_bodys_article(text, c.start, c.end)}
    occupied = Occupied(candidates)
    missed = [replace(run_candidate(text, run, PLACE, explain and "celestial_body"), type="LOC") for run in runs
              if len(run.tokens) == 1 and (run.tokens[0].key,) in _CELESTIAL_BODIES
              and _a_celestial_bodys_article(text, run.tokens[0].start, run.tokens[0].end)
              and not occupied.run(run)]
    bodies.update(c.words for c in missed)
    if not bodies:
        return candidates
    out = [replace(firmly(c, PLACE, explain and "celestial_body"), type="LOC", place=None)
           if c.kind == "name" and c.words in bodies and c.type != "LOC"
           and not pattern(_CAPITALISED_AFTER).match(text, c.end) else c
           for c in [*candidates, *missed]]
    return sorted(out, key=lambda c: c.start) if missed else out


def _a_celestial_bodys_article(text: str, start: int, end: int) -> bool:
    """Whether "the" stands before the name (or "The" opening a sentence) and no capitalised
    word after it."""
    article = text[max(0, start - 4) : start]
    at_start = article == "The " and (start == 4 or text[start - 6 : start - 4] in (". ", "\n\n")
                                      or text[start - 5 : start - 4] == "\n")
    return (article == "the " or at_start) and not pattern(_CAPITALISED_AFTER).match(text, end)


_CELESTIAL_BODIES = frozenset({("moon",), ("sun",), ("earth",)})
_CAPITALISED_AFTER = r" [A-Z]"


def games_adjectives(text: str, candidates: list[Candidate], explain: bool = False) -> list[Candidate]:
    """"the Olympic stadium", "Olympic champions Michael Johnson and Donovan Bailey": the Games'
    adjective before an everyday word is the event's (a convention, as WikiGold annotates it),
    neither a place nor an organisation; "an Indigenous leader", "Aboriginal land": a people's
    adjective is the group's."""
    out = list(candidates)
    for i, c in enumerate(out):
        label = _ADJECTIVES_BEFORE_A_NOUN.get(c.words) if c.kind == "name" else None
        if label is not None and label_type(label) != c.type and pattern(_LOWER_CASE_WORD_AFTER).match(text, c.end):
            out[i] = firmly(c, label, explain and ("games_adjective" if label == OTHER else "peoples_adjective"))
    return out


_ADJECTIVES_BEFORE_A_NOUN = {("olympic",): OTHER, ("paralympic",): OTHER, ("indigenous",): NORP,
                             ("aboriginal",): NORP}
_LOWER_CASE_WORD_AFTER = r" [a-z]"


def places_after_the(text: str, candidates: list[Candidate], lex: Lexicon,
                     explain: bool = False) -> list[Candidate]:
    """"illegal deforestation in the Amazon": a name the lists know both as a company's and as
    a place's is the place after "the" (a convention: a company is named without it), unless
    a word only a company has follows ("the Amazon founder")."""
    out = list(candidates)
    for i, cand in enumerate(out):
        if cand.kind != "name" or cand.type != "ORG" or not text.endswith("the ", 0, cand.start):
            continue
        name = " ".join(cand.words)
        place = lex.places.get(name)
        if place is None or name not in lex.known_orgs or pattern(_CAPITALISED_AFTER).match(text, cand.end):
            continue
        after = pattern(r" ([a-z]+)").match(text, cand.end)
        if after is not None and (after.group(1) in cues()[("org_modified", "-")] or after.group(1) in FIRM_ROLES):
            continue  # "the Amazon founder", "the Amazon shares": the company
        out[i] = replace(firmly(cand, PLACE, explain and "place_after_the"), type=place.type, place=place.name)
    return out


def markets_of_places(text: str, candidates: list[Candidate], lex: Lexicon,
                      explain: bool = False) -> list[Candidate]:
    """"Tokyo stocks ended lower", "London shares closed higher": a town's or a country's name
    before a market's noun is where the market is (a convention of market reports), unless the
    lists know the name as a company's ("Toyota shares", "Nokia shares") or a convention read it
    firmly."""
    out = list(candidates)
    for i, cand in enumerate(out):
        if cand.kind != "name" or cand.type != "ORG" or cand.strength >= 3:
            continue
        name = " ".join(cand.words)
        if name not in lex.places or name in lex.known_orgs or pattern(_MARKET_AFTER).match(text, cand.end) is None:
            continue
        out[i] = firmly(cand, PLACE, explain and "market_place")
    return out


_MARKET_AFTER = r" (?:stocks|shares|bonds|equities|bourses?|stock market|share prices)\b"


def countries_in_brackets(text: str, candidates: list[Candidate], lex: Lexicon,
                          explain: bool = False) -> list[Candidate]:
    """"Jonas Bjorkman (Sweden) beat ...", "Vijay Singh (Fiji) 68 67": a country in brackets
    right after a person's name is where the person is from, a place (a convention), though
    the sentence is about a match and a country that plays reads as its team."""
    out = list(candidates)
    for i in range(1, len(out)):
        cand, before = out[i], out[i - 1]
        if cand.kind != "name" or cand.type in ("GPE", "LOC") or before.type != "PERSON":
            continue
        known = lex.places.get(" ".join(cand.words))
        if known is not None and known.is_country and text[before.end : cand.start] == " (" and (
            text.startswith(")", cand.end)
        ):
            out[i] = firmly(cand, PLACE, explain and "home_in_brackets")
    return out


_ORG_APPOSITIVE = re.compile(
    r", (?:the|an?|[A-Z][\w&.-]*['\u2019]s) (?:[A-Za-z][a-z-]* ){0,3}(?:alliance|agency|charity|"
    r"company|firm|group|organi[sz]ation|union|coalition|movement|association|foundation|"
    r"broadcaster|newspaper|airline|carrier|retailer|carmaker|manufacturer|bank|network|"
    r"watchdog|regulator|unit|subsidiary|division|insurer|lender|publisher|conglomerate)"
    r"(?=[,.;]| (?:that|which|based|whose)\b)")


def names_with_their_s(text: str, candidates: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """"Standard & Poor's", "McDonald's", "Moody's": the mention of an organisation the lists
    know by a name ending in 's holds the 's, which its run left out as a possessive's (so the
    entity is named as the organisation is)."""
    out = []
    for c in candidates:
        if c.kind == "name" and known_by_its_s(text, c.end, folded_spelling(c.words, c.connectors), lex):
            c = replace(c, end=c.end + 2, text=text[c.start : c.end + 2])
        out.append(c)
    return out


def known_by_its_s(text: str, end: int, spelled: str, lex: Lexicon) -> bool:
    """Whether the name ``spelled`` (folded), ending at ``end`` before an 's, is an
    organisation the lists know by the name with its 's ("Moody's", "Standard & Poor's")."""
    return text.startswith(("'s", "\u2019s"), end) and spelled + "'s" in lex.known_orgs


def organisations_in_apposition(text: str, candidates: list[Candidate],
                                explain: bool = False) -> list[Candidate]:
    """"Gavi, the vaccine alliance, said ...", "Delphi, GM's former parts unit, filed ...": a
    name of one or two words followed by a comma and a noun phrase whose head is an
    organisation's kind ("the vaccine alliance", "a British charity", "GM's former parts
    unit"), closed by a comma or a full stop, is that
    organisation (a convention); a place the gazetteer knows stays one ("in Cleveland, the
    company said")."""
    return [firmly(c, ORG, explain and "org_apposition")
            if c.type != "ORG" and (c.type not in ("GPE", "LOC") or c.place is None)
            and c.kind == "name" and len(c.words) <= 2
            and text.startswith(", ", c.end) and _ORG_APPOSITIVE.match(text, c.end) else c
            for c in candidates]


_I_PRODUCT = re.compile(r"i(?:[A-Z][a-z]+|OS)(?![\w-])")  # not "iWeatherNews", "iQv9N81a"


def i_products(candidates: list[Candidate], explain: bool = False) -> list[Candidate]:
    """"iTunes", "iMac", "iPhone": a name written as a lower-case "i" before a capital names a
    product (a convention), though the words after it ("the iTunes store") read as a
    company's."""
    return [firmly(c, OTHER, explain and "i_product")
            if c.text[:1] == "i" and c.kind == "name" and c.type != "OTHER" and _I_PRODUCT.match(c.text)
            else c
            for c in candidates]


_CAPITAL_THE_BEFORE = r"(?<=[^\s.!?:;\"\u201c()\[\]])[ \t]The[ \t]$"


def titles_after_the(text: str, candidates: list[Candidate], lex: Lexicon,
                     explain: bool = False) -> list[Candidate]:
    """"published in The Lancet", "a fan of The Kills": a name after "The" written with its
    capital inside a sentence is a paper's, a band's, a work's or a firm's title, no person's
    and no place's (a convention), unless the gazetteer knows the place with its article
    ("The Hague", "The Gambia"). Its own scores choose between organisation and work."""
    out = []
    for c in candidates:
        if c.kind == "name" and c.scores and text[max(0, c.start - 4) : c.start] == "The " and (
            pattern(_CAPITAL_THE_BEFORE).search(text, max(0, c.start - 6), c.start)
        ):
            if phrase_key("the " + c.text) in lex.places:
                if c.type not in ("GPE", "LOC"):
                    c = firmly(c, PLACE)  # "flew to The Hague": the gazetteer's place
            elif c.type in ("PERSON", "GPE", "LOC") and c.place is None:
                c = firmly(c, max((ORG, OTHER), key=lambda label: c.scores[label]),
                           explain and "title_after_the")
        out.append(c)
    return out


_AGE_AND_OF = r", \d{1,3}, of "


def home_towns(text: str, candidates: list[Candidate], lex: Lexicon,
               explain: bool = False) -> list[Candidate]:
    """"Darren Hollis, of Beeston, stabbed ...", "Kieran Doyle, 27, of Harehills,": a name
    between ", of " (or an age and "of") after a person's name and a comma or a full stop is
    where the person lives (a convention of court and police news), a place of one or two
    words, unless its words or the weights read it firmly as an organisation ("Jane Ellis, of
    Acme Ltd."); so is a town after that street ("Tom Reid, of Leeds Road, Bradford,")."""
    out = list(candidates)
    home = -1  # the last name read as a home here: a town may follow its street
    for i in range(1, len(out)):
        cand, before = out[i], out[i - 1]
        between = text[before.end : cand.start]
        if not (before.type == "PERSON" and (between == ", of " or pattern(_AGE_AND_OF).fullmatch(between))
                or home == i - 1 and between == ", "):
            continue  # ("Kieran Doyle, 27, of Harehills,": the age between)
        if cand.kind != "name" or text[cand.end : cand.end + 1] not in (",", "."):
            continue
        home = i  # "Tom Reid, of Leeds Road, Bradford,"
        last = cand.words[-1]
        if cand.type in ("GPE", "LOC") or last in lex.org_words or last in LEGAL_FORMS or (
            " ".join(cand.words) in lex.known_orgs or len(cand.words) > 2
            or cand.type == "ORG" and cand.strength > 2
        ):
            continue  # (an employer read firmly: "Dr. Slepian, of Buffalo Gyn Womanservices,")
        out[i] = firmly(cand, PLACE, explain and "home_town")
    return out


def people_by_their_verbs(text: str, candidates: list[Candidate], lex: Lexicon,
                          explain: bool = False) -> list[Candidate]:
    """"Kishida visited Seoul", "Biden arrived in Kyiv": a one-word name no list knows, right
    before a verb only a person does, is a person (a convention), though the weights read an
    organisation or a place ("Nvidia said" and "Tesla told" stay open: companies speak)."""
    out = list(candidates)
    for i, cand in enumerate(out):
        if cand.kind != "name" or cand.type == "PERSON" or len(cand.words) != 1 or cand.place is not None:
            continue
        word = cand.words[0]
        if word in lex.places or word in lex.known_orgs or word in lex.demonyms or word in lex.common_words:
            continue
        if pattern(_PERSONS_VERB_AFTER).match(text, cand.end) is not None:
            out[i] = firmly(cand, PERSON, explain and "persons_verb")
    return out


_PERSONS_VERB_AFTER = (r" (?:visited|visits|flew|arrived|resigned|died|married|smiled|laughed|wept|shrugged"
                       r"|was born|was sworn in|was elected|was re-elected)\b")


def people_who_met(text: str, runs: list[Run], candidates: list[Candidate], lex: Lexicon,
                   sentence_starts: Sequence[int], explain: bool = False) -> list[Candidate]:
    """"Zelensky met Biden at the White House": two names a verb of meeting joins ("met",
    "spoke with", "shook hands with") are people (a convention), though the weights read one
    as nothing or an organisation, unless the lists know either as a place, an organisation or
    a nationality's word ("Britain met France") or the sentence speaks of a match ("Leeds met
    Hull in the final")."""
    if pattern(_MEETING).search(text) is None:
        return candidates

    def may_be_people(words: tuple[str, ...], start: int, end: int) -> bool:
        name = " ".join(words)
        return len(words) <= 3 and _meets_a_name(text, start, end) and name not in lex.places and (
            name not in lex.known_orgs and name not in lex.demonyms and words[-1] not in lex.org_words
            and not _in_a_match_sentence(text, sentence_starts, start))

    out = [firmly(c, PERSON, explain and "met") if c.kind == "name" and c.type != "PERSON" and c.place is None
           and may_be_people(c.words, c.start, c.end) else c for c in candidates]
    occupied = Occupied(out)
    missed = [run_candidate(text, run, PERSON, explain and "met") for run in runs
              if not occupied.run(run) and not any(t.number for t in run.tokens)
              and (not run.position or not any(t.key in lex.common_words for t in run.tokens))
              and may_be_people(tuple(t.key for t in run.tokens), run.tokens[0].start, run.tokens[-1].end)]
    return sorted([*out, *missed], key=lambda c: c.start) if missed else out


_MEETING = (r" (?:met|meets|met with|meets with|spoke(?: by (?:tele)?phone)? with|talked with|held talks with"
            r"|phoned|telephoned|hugged|shook hands with) ")
# "Scholz and Macron met in Berlin": two names, "and", then the verb
_MET_TOGETHER = r" (?:met|held talks|talked|spoke)\b"


def _meets_a_name(text: str, start: int, end: int) -> bool:
    """Whether a verb of meeting joins the name at ``start``..``end`` to a capitalised name:
    "Zelensky met Biden", "... met Zelensky", "Scholz and Macron met"."""
    if pattern(_MEETING + r"(?:President |Prime Minister |Chancellor |King |Queen )?[A-Z][a-z]").match(text, end):
        return True  # the one who meets
    if pattern(r"[a-z]" + _MEETING + "$").search(text, max(0, start - 40), start):
        return True  # the one met
    if pattern(r" and [A-Z][a-z]+(?: [A-Z][a-z]+)?" + _MET_TOGETHER).match(text, end):
        return True  # the first of two who met
    return pattern(r"[a-z] and $").search(text, max(0, start - 6), start) is not None and (
        pattern(_MET_TOGETHER).match(text, end) is not None)  # the second


def titled_appositions(text: str, candidates: list[Candidate], lex: Lexicon,
                       explain: bool = False) -> list[Candidate]:
    """"dismissed the governor of southern Sindh province, Kamaluddin Azfar, on Monday",
    "accompanied by an Indigenous leader, Raoni Metuktire,": a name of two or three words set
    off by commas after a determiner, an office's title and what it is of, is the office
    holder (a convention), unless the lists know it as a place or an organisation or its last
    word is an organisation's."""
    out = list(candidates)
    for i, cand in enumerate(out):
        if cand.kind != "name" or cand.type == "PERSON" or not 2 <= len(cand.words) <= 3 or any(cand.connectors):
            continue
        if text[cand.end : cand.end + 1] != "," or not text.endswith(", ", 0, cand.start):
            continue
        title = pattern(_TITLE_OF_BEFORE).search(text, max(0, cand.start - 90), cand.start)
        if title is None or fold_word(title.group(1)) not in lex.titles:
            continue
        name, last = " ".join(cand.words), cand.words[-1]
        if cand.place is not None or name in lex.places or name in lex.known_orgs or (
            last in lex.org_words or last in lex.loc_words or last in LEGAL_FORMS
        ):
            continue
        out[i] = firmly(cand, PERSON, explain and "titled_apposition")
    return out


# "the governor of southern Sindh province, ", "the chief executive, ": the office before a
# name set off by commas
_TITLE_OF_BEFORE = (r"\b(?:[Tt]he|an?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir) (?:[A-Z][\w-]+ )?((?:[a-z]+ )?[a-z]+)"
                    r"(?: of (?:the )?[\w'\u2019 -]{1,50}?)?, $")


def possessors_of_people(text: str, candidates: list[Candidate], lex: Lexicon,
                         explain: bool = False) -> list[Candidate]:
    """"Ferrari's Michael Schumacher", "Benetton's Jean Alesi", "Williams driver Damon Hill",
    "Parmalat founder Calisto Tanzi": a one-word name whose possessive, or a player's or a
    firm's role in lower case, stands right before a person's full name is the team, company
    or country the person belongs to (a convention), though the weights read it as a
    person's: a place if the gazetteer names it, else an organisation."""
    out = list(candidates)
    for i in range(len(out) - 1):
        cand, person = out[i], out[i + 1]
        if cand.type != "PERSON" and cand.kind == "name" and len(cand.words) == 1 and (
            _leader_of_a_country(text, cand, person, lex)
        ):
            out[i] = firmly(cand, PERSON, explain and "leader_of_country")  # "Mussolini's Italy"
            continue
        if cand.type == "ORG" and cand.kind == "name" and _a_countrys_player_after(text, cand, lex) and (
            person.start == cand.end + 3 and _a_full_name(person, lex)
        ):
            # "beat Sweden's Thomas Johansson": a country, read as its side in a match's sentence
            out[i] = firmly(cand, PLACE, explain and "possessor")
            continue
        if cand.type != "PERSON" or cand.kind != "name" or len(cand.words) != 1 or not cand.scores:
            continue
        between = text[cand.end : person.start]
        possessive = between in ("'s ", "\u2019s ")
        role = not possessive and between[:1] == " " == between[-1:] and (
            between.strip() in TEAM_ROLES or between.strip() in FIRM_ROLES)
        if (possessive and cand.words[0] not in lex.first_names or role) and _a_full_name(person, lex):
            label = PLACE if cand.words[0] in lex.places else ORG
            out[i] = firmly(cand, label, explain and ("possessor" if possessive else "team_role"))
    return out


def _a_full_name(person: Candidate, lex: Lexicon) -> bool:
    """Whether a name is a person's, in full, after a given name."""
    return person.type == "PERSON" and len(person.words) > 1 and person.words[0] in lex.first_names


def _leader_of_a_country(text: str, cand: Candidate, country: Candidate, lex: Lexicon) -> bool:
    """"Mussolini's Italy", "Putin's Russia", "Ramaphosa's ANC": a one-word name no list knows,
    in the possessive right before a country's or a party's name, is the person who leads it."""
    place = country.place and lex.places.get(phrase_key(country.place))
    party = country.kind == "name" and " ".join(country.words) in lex.parties
    return (text[cand.end : country.start] in ("'s ", "\u2019s ") and (bool(place) and place.is_country or party)
            and cand.words[0] not in lex.places and cand.words[0] not in lex.known_orgs
            and cand.words[0] not in lex.demonyms and cand.text[:1].isupper() and not cand.text.isupper())


def clubs(text: str, runs: list[Run], candidates: list[Candidate], lex: Lexicon,
          sentence_starts: Sequence[int], explain: bool = False) -> list[Candidate]:
    """A town's name that plays is a club's (a convention): "Leeds manager Kevin Blackwell",
    "Leeds beat Sheffield", "lost to Chelsea", "signed for Bristol", "Hull 0 Fenwick 2".
    A country plays as its national side only in a sentence about a match ("Sweden beat South
    Korea in the World Cup"; "we beat China in trade" is the country): the side is an
    organisation, as GUM and this project's hand-annotated BBC sport have it (CoNLL-2003 and
    WikiGold keep the country's name a place). A name the weights read as a club already is
    looked at too: its other mentions follow it ("Leeds win at Bolton" over "Leeds beat Bolton
    2-0")."""
    patterns = _club_patterns()
    clubs: list[Candidate] = []
    people_end = {c.end for c in candidates if c.type == "PERSON"}
    # the last words of full names: "Jenkins 4" in a list of penalties is Neil Jenkins's
    surnames = {c.words[-1] for c in candidates if len(c.words) > 1 and c.type == "PERSON"}
    in_results: set[tuple[str, ...]] = set()  # names read as teams of a results line
    for c in candidates:
        if c.kind != "name" or c.start - 4 in people_end and text.startswith(" of ", c.start - 4):
            continue  # "Iga Swiatek of Poland beat ...": the player's country, not its side
        if not _may_be_a_club(text, sentence_starts, c, lex) and not _a_countrys_side_in_a_table(text, c, patterns, lex):
            if (c.type == "OTHER" or c.type == "PERSON" and (len(c.words) > 1 or c.words[0] not in surnames)) and (
                (c.words[0] not in lex.first_names or c.words[-1] in lex.places  # "Willem II Tilburg"
                 or c.words[0] in lex.places and c.words[-1] in lex.common_words)  # "Bradford Bulls"
                and _in_results_at(text, c.start, c.end, patterns)
            ):
                clubs.append(c)  # "Hapoel Haifa 3 Maccabi Tel Aviv 1": a team, no person or work
                in_results.add(c.words)
            elif c.type in ("OTHER", "PERSON") and _a_players_club_in_brackets(text, sentence_starts, c, lex):
                clubs.append(c)  # "Will Carling (Harlequins)"
            continue
        after = patterns["after"].match(text, c.end)
        before = patterns["before"].search(text, max(0, c.start - 30), c.start) or (
            patterns["plays_for"].search(text, max(0, c.start - 40), c.start))
        if before is not None and (before.group()[-2:-1].isdigit() or c.type == "ORG"):
            # a results line, or a club the weights read already ("defeated Belgrano's
            # column" is no match): its own score after it
            before = patterns["own_score"].match(text, c.end)
        if after is not None or before is not None or _in_results_at(text, c.start, c.end, patterns) or (
            _a_players_club_in_brackets(
            text, sentence_starts, c, lex
        )) or _joined_in_a_match_sentence(text, sentence_starts, c) or (
            _in_a_match_to_come(text, sentence_starts, c, patterns)
        ):
            clubs.append(c)
    clubs.extend(_sides_beside_a_side(text, sentence_starts, candidates, clubs, lex))
    # a team of a results line the weights left out ("Port Vale 2 Reading 0")
    occupied = Occupied(candidates)
    missed = [run_candidate(text, run, ORG, explain and "club") for run in runs
              if _in_results(text, run, patterns)
              and (run.tokens[0].key not in lex.first_names or run.tokens[0].key in lex.places)
              and not occupied.run(run)]
    if missed:
        candidates = sorted([*candidates, *missed], key=lambda c: c.start)
    if not clubs:
        return _club_towns_possessive(text, candidates, lex, explain)
    names = {" ".join(c.words) for c in clubs}
    teams = {id(c) for c in clubs}  # read as teams in a results line though no town
    # every mention of a club's name in the article is the club's, and so is the club's town
    # with a club's word after it ("Arsenal 2 Derby 2 ... against Derby County")
    candidates = [firmly(c, ORG, explain and "club") if c.kind == "name" and (
        " ".join(c.words) in names and (id(c) in teams or c.words in in_results
                                        or _may_be_a_club(text, sentence_starts, c, lex, playing=True))
        or len(c.words) == 2 and c.words[0] in names and c.words[1] in CLUB_SUFFIXES and c.type != "ORG"
    ) else c for c in candidates]
    if len(names) > 1:
        candidates = [_as_a_club(c, explain) if _a_players_club(text, c, lex) else c for c in candidates]
    return _club_towns_possessive(text, candidates, lex, explain)


def _a_countrys_side_in_a_table(text: str, candidate: Candidate, patterns: dict[str, re.Pattern[str]],
                                lex: Lexicon) -> bool:
    """"Scotland 1 (McGinlay 40) Sweden 0", "Austria 4 3 1 0 7 2 10": a country in a results
    line or a row of standings is its side, though no word of sport stands in the line."""
    known = lex.places.get(" ".join(candidate.words))
    return known is not None and known.is_country and (
        _in_results_at(text, candidate.start, candidate.end, patterns)
        or pattern(_STANDINGS_ROW_AFTER).match(text, candidate.end) is not None)


# a row of standings after a side's name: "Austria 4 3 1 0 7 2 10"
_STANDINGS_ROW_AFTER = r"(?: \.?\d{1,3}){4,}[ \t]*(?:\n|$)"


def _as_a_club(candidate: Candidate, explain: bool) -> Candidate:
    """The name read as a club (an organisation, no longer the town it names)."""
    return replace(firmly(candidate, ORG, explain and "club"), place=None)


def _a_players_club(text: str, candidate: Candidate, lex: Lexicon) -> bool:
    """In an article where clubs play, a place's name that stands for a player's club (a
    convention, as "Ferrari's Michael Schumacher" is his team): a town in the possessive
    before a person's full name ("Klopp's side will now turn to Southampton's Romeo Lavia"),
    or a town (or a name ending in one) after a transfer's verb and "from" or "to" ("signed
    Christopher Nkunku from RB Leipzig and Nicolas Jackson from Villarreal")."""
    if candidate.kind != "name" or candidate.type == "ORG":
        return False
    place = lex.places.get(candidate.words[0]) if len(candidate.words) == 1 else None
    if place is not None and place.is_country:
        return False  # (a country's possessive has its own reading: "Spain's Carlos Moya")
    one_place = len(candidate.words) == 1 and candidate.type in ("GPE", "LOC")
    if one_place and place is not None and pattern(_POSSESSIVE_BEFORE_A_FULL_NAME).match(text, candidate.end):
        return True
    return (one_place or _ends_in_a_town(candidate.words, lex)) and (
        pattern(_TRANSFER_BEFORE).search(text, max(0, candidate.start - 100), candidate.start) is not None)


# a transfer's verb, then up to a few words (the player) in its clause, then "from" or "to"
_TRANSFER_BEFORE = (r"\b(?:signed|signs|signing|joined|joins|joining|bought|buys|sold|sells|loaned|"
                    r"recruited)\b[^.;:!?]{0,80} (?:from|to) $")
_POSSESSIVE_BEFORE_A_FULL_NAME = r"['\u2019]s [A-Z][a-z]+(?:-[A-Z][a-z]+)? [A-Z][a-z]"


def _in_a_match_to_come(text: str, sentence_starts: Sequence[int], candidate: Candidate,
                        patterns: dict[str, re.Pattern[str]]) -> bool:
    """"Chelsea face Barcelona in the Champions League": a side of a match to come (a verb of
    one between two names), in a sentence about a match."""
    return (patterns["to_come"].search(text, max(0, candidate.start - 10), candidate.start) is not None
            or patterns["to_come_after"].match(text, candidate.end) is not None) and (
        _in_a_match_sentence(text, sentence_starts, candidate.start))


def _a_countrys_player_after(text: str, candidate: Candidate, lex: Lexicon) -> bool:
    """Whether a country's name stands in the possessive before a capitalised name."""
    place = lex.places.get(" ".join(candidate.words))
    return place is not None and place.is_country and pattern(_POSSESSIVE_BEFORE_A_NAME).match(
        text, candidate.end) is not None


_POSSESSIVE_BEFORE_A_NAME = r"['\u2019]s [A-Z]"


def _sides_beside_a_side(text: str, sentence_starts: Sequence[int], candidates: list[Candidate],
                         sides: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """"Japan began the defence of their title with a win against Syria": a country in the
    sentence of a country playing as its side plays too (one side of a match is never a place
    and the other a team), unless it is where the match is played or whom it is for ("in
    Spain", "at", "for", "of")."""
    playing = {bisect_right(sentence_starts, c.start) for c in sides
               if (place := lex.places.get(" ".join(c.words))) is not None and place.is_country}
    if not playing:
        return []
    ids = {id(c) for c in sides}
    return [c for c in candidates
            if id(c) not in ids and c.kind == "name" and c.type in ("GPE", "LOC", "ORG")
            and bisect_right(sentence_starts, c.start) in playing
            and (place := lex.places.get(" ".join(c.words))) is not None and place.is_country
            and pattern(_VENUE_BEFORE).search(text, max(0, c.start - 6), c.start) is None]


_VENUE_BEFORE = r"\b(?:in|at|to|from|for|of|near) (?:the )?$"


def _a_players_club_in_brackets(text: str, sentence_starts: Sequence[int], candidate: Candidate,
                                lex: Lexicon) -> bool:
    """"Squad: Tim Stimpson (Newcastle), Phil de Glanville (Bath, captain)": a town in brackets
    right after a player's name, in a sentence about a match, is his club. A country there is
    his country ("1. Svetlana Masterkova (Russia) 4:01.23", a place as CoNLL-2003 has it)."""
    start = candidate.start
    if text[start - 2 : start] != " (" or text[candidate.end : candidate.end + 1] not in (")", ","):
        return False
    key = " ".join(candidate.words)
    known = lex.places.get(key) or lex.places.get(key.replace(".", ""))  # "(U.S.)"
    if known is not None and known.is_country:
        return False
    return pattern(_PLAYER_BEFORE_BRACKET).search(text, max(0, start - 30), start - 2) is not None and (
        _in_a_match_sentence(text, sentence_starts, start)
    )


def _joined_in_a_match_sentence(text: str, sentence_starts: Sequence[int], candidate: Candidate) -> bool:
    """"before joining Ferencvaros in 1992, where he won two league titles": a town a player
    joins, in a sentence about sport, is a club (a town joined elsewhere is the town)."""
    return pattern(_JOINED_BEFORE).search(text, max(0, candidate.start - 10), candidate.start) is not None and (
        _in_a_match_sentence(text, sentence_starts, candidate.start))


_JOINED_BEFORE = r"\bjoin(?:s|ed|ing)? $"
_PLAYER_BEFORE_BRACKET = r"\b[A-Z][a-z]+(?:[-'\u2019][A-Z]?[a-z]+)? [A-Z][a-z]+(?:[-'\u2019][A-Z]?[a-z]+)*$"


# A short name news also gives a place's part or a body ("the City", "the County"): not after "the".
_CLUB_SHORT_NAMES_OF_PLACES = frozenset("city county".split())


def club_short_names(text: str, runs: list[Run], candidates: list[Candidate],
                     explain: bool = False) -> list[Candidate]:
    """"Ronaldo gave United the lead" after "Manchester United": a club's last word alone is
    the club, where the article names one club so ending (two Cities, none)."""
    tails: dict[str, list[Candidate]] = {}
    for c in candidates:
        if c.type == "ORG" and c.kind == "name" and len(c.words) == 2 and not c.connectors[0] and (
            c.words[1] in CLUB_SHORT_NAMES
        ):
            tails.setdefault(c.words[1], []).append(c)
    tails = {tail: clubs for tail, clubs in tails.items() if len({c.words for c in clubs}) == 1}
    if not tails:
        return candidates
    first_at = {tail: min(c.start for c in clubs) for tail, clubs in tails.items()}

    def a_short_name(key: str, start: int) -> bool:
        return key in tails and start > first_at[key] and text[start : start + 1].isupper() and not (
            key in _CLUB_SHORT_NAMES_OF_PLACES and text[max(0, start - 4) : start].lower() == "the ")

    return _short_names_marked(text, runs, candidates, a_short_name, explain and "club_short_name")


def _short_names_marked(text: str, runs: list[Run], candidates: list[Candidate],
                        a_short_name: Callable[[str, int], bool], convention: str | bool) -> list[Candidate]:
    """Every one-word name (by its key and start) ``a_short_name`` accepts made an
    organisation by ``convention``, those the weights read as none added."""
    out = [firmly(c, ORG, convention)
           if c.kind == "name" and len(c.words) == 1 and c.type != "ORG" and a_short_name(c.words[0], c.start)
           else c for c in candidates]
    occupied = Occupied(out)
    missed = [run_candidate(text, run, ORG, convention) for run in runs
              if len(run.tokens) == 1 and a_short_name(run.tokens[0].key, run.tokens[0].start)
              and not occupied.run(run)]
    return sorted([*out, *missed], key=lambda c: c.start) if missed else out


def company_short_names(text: str, runs: list[Run], candidates: list[Candidate], lex: Lexicon,
                        explain: bool = False) -> list[Candidate]:
    """"Continental shareholders will receive ..." after "Continental Airlines": the first word
    of a company's name closed by a company's word (Airlines, Corporation, Group, a legal form)
    is the company, capitalised after its first mention, where the article names one company
    so opening (an everyday word the weights read as none: "Continental", "Delta")."""
    heads: dict[str, set[tuple[str, ...]]] = {}
    first_at: dict[str, int] = {}
    for c in candidates:
        if c.type == "ORG" and c.kind == "name" and len(c.words) > 1 and not any(c.connectors) and (
            _closed_by_a_companys_word(c.words)
        ) and _may_name_a_company(c.words[0], lex) and _every_word_capitalised(c.text):
            heads.setdefault(c.words[0], set()).add(c.words)
            first_at[c.words[0]] = min(first_at.get(c.words[0], c.start), c.start)
    heads = {head: names for head, names in heads.items() if len(names) == 1}
    # a word standing alone twice before the name is a word of its own ("the Borrower" of a
    # contract before "Borrower Equity Interest"; a headline's "Continental" is once)
    alone_before = Counter(run.tokens[0].key for run in runs if len(run.tokens) == 1
                           and run.tokens[0].key in heads and run.tokens[0].start < first_at[run.tokens[0].key])
    heads = {head: names for head, names in heads.items() if alone_before[head] < 2}
    if not heads:
        return candidates

    def a_short_name(key: str, start: int) -> bool:
        return key in heads and start > first_at[key] and text[start : start + 1].isupper()

    return _short_names_marked(text, runs, candidates, a_short_name, explain and "company_short_name")


def _every_word_capitalised(name: str) -> bool:
    """"Continental Airlines", not "Borrower and Bank" (a contract's parties) nor a line of
    capitals ("SILICON VALLEY BANK", where every word is capitalised whatever it is)."""
    return not name.isupper() and all(word[:1].isupper() for word in name.split())


def _closed_by_a_companys_word(words: tuple[str, ...]) -> bool:
    last = words[-1].rstrip(".")
    return last in COMPANY_CLOSING_WORDS or last in LEGAL_FORMS or words[-2:] == ("air", "lines")


def _may_name_a_company(word: str, lex: Lexicon) -> bool:
    """Whether a word alone may stand for a company: no given name, place, nationality or
    title, which name something else alone ("British Airways": "British" is no airline)."""
    return len(word) > 2 and word.isalpha() and word not in lex.first_names and word not in lex.places and (
        word not in lex.demonyms and word not in lex.norp_adjectives and word not in lex.titles)


def _club_towns_possessive(text: str, candidates: list[Candidate], lex: Lexicon,
                           explain: bool) -> list[Candidate]:
    """"Dortmund's Karl-Heinz Riedle" after "Borussia Dortmund": the town of a club the
    article names, in the possessive, is the club (a convention)."""
    towns = {c.words[-1] for c in candidates if c.type == "ORG" and len(c.words) > 1
             and not any(c.connectors) and c.words[-1] in lex.places
             and not lex.places[c.words[-1]].is_country}  # "Oxfam India" names no club
    # "Tottenham's Mauricio Pochettino" after "Tottenham Hotspur": a town and a club's word
    towns.update(c.words[0] for c in candidates if c.type == "ORG" and len(c.words) == 2
                 and not c.connectors[0] and c.words[1] in CLUB_WORDS and c.words[0] in lex.places
                 and not lex.places[c.words[0]].is_country)
    if not towns:
        return candidates
    return [_as_a_club(c, explain) if len(c.words) == 1 and c.kind == "name"
            and c.type != "ORG" and c.words[0] in towns and text[c.end : c.end + 3] in ("'s ", "\u2019s ")
            else c for c in candidates]


def _in_results(text: str, run: Run, patterns: dict[str, re.Pattern[str]]) -> bool:
    """A run is a team of a results line: "Port Vale 2 Reading 0" read from either team."""
    return _in_results_at(text, run.tokens[0].start, run.tokens[-1].end, patterns)


def _in_results_at(text: str, start: int, end: int, patterns: dict[str, re.Pattern[str]]) -> bool:
    """``_in_results`` of the text from ``start`` to ``end``."""
    if not (text.startswith(" ", end) and text[end + 1 : end + 2].isdigit()):
        return False  # either reading needs a score right after the run: most runs have none
    return patterns["results"].match(text, end) is not None or (
        # (a side's scorers in brackets may stand between: "Ajax 3 (De Boer 12, ...) Twente 0")
        patterns["team_and_score_before"].search(text, max(0, start - 200), start) is not None
        and patterns["own_score"].match(text, end) is not None
        and pattern(_RESULT_ENDS).match(text, end) is not None)


# the second team's score ends the result: the line's end, a comma or a bracket after it
_RESULT_ENDS = r" \d{1,3}(?: ?$| ?\n|,| \(|\.(?: |$))"


def _may_be_a_club(text: str, sentence_starts: Sequence[int], candidate: Candidate, lex: Lexicon,
                   playing: bool = False) -> bool:
    """A town's name read as a place, or a one-word name the gazetteer knows as a town (read
    as a person: "Bolton", "Chelsea"), or a longer name ending in a town's that is no place
    and opens with no given name ("Borussia Dortmund", "Bayer Leverkusen"); a country's in a
    sentence about a match (its national side: "Sweden beat South Korea in the World Cup"),
    or anywhere once its side has played in the article (``playing``)."""
    placed = candidate.type in ("GPE", "LOC")
    if not placed and len(candidate.words) > 1:
        return candidate.type != "ORG" and _ends_in_a_town(candidate.words, lex)
    known = lex.places.get(" ".join(candidate.words))
    if known is not None and known.is_country:
        # a country's side: a country "beat" in a trade deal or a war is the country
        return playing or _in_a_match_sentence(text, sentence_starts, candidate.start)
    if placed:
        return True
    return known is not None and len(candidate.words) == 1 and candidate.type != "NORP"


def _in_a_match_sentence(text: str, sentence_starts: Sequence[int], position: int) -> bool:
    """Whether the sentence holding ``position`` (of the text's sentences, by their starts)
    speaks of a match: a word of sport other than a verb of winning ("goal", "cup", "striker",
    "rugby"; "beat" alone is a trade deal's too), or a score ("beat Italy 56-13")."""
    k = bisect_right(sentence_starts, position)
    start = sentence_starts[k - 1] if k else 0
    end = sentence_starts[k] if k < len(sentence_starts) else len(text)
    return _match_words().search(text, start, end) is not None


@lru_cache(maxsize=1)
def _match_words() -> re.Pattern[str]:
    table = cues()
    words = (set(table[("sport", "-")]) - set(table[("match_verb", "-")])) | set(table[("match_word", "-")])
    words |= {sport.replace("_", " ") for sport in table[("sport_heading", "-")]}
    score = r"(?<![\d.:/-])\d{1,3} ?[-\u2013] ?\d{1,3}(?![\d.:/-])"  # no date's "12-06"
    # as a prefix tree: a sentence is searched at every letter, and a plain alternation of a
    # hundred words tries each of them there (three times slower)
    return re.compile(rf"\b(?:{word_trie(words)})\b|{score}", re.IGNORECASE)


# a match's score told with its verb: "drew 0-0 with", "were held 1-1 at home by"
_MATCH_SCORE = r"\d{1,2} ?[-\u2013] ?\d{1,2}"


def _ends_in_a_town(words: tuple[str, ...], lex: Lexicon) -> bool:
    """"Borussia Dortmund", "Atletico Madrid": a name of two or three words ending in a
    town's (no country's), itself no place, its first word no given name and its last no
    surname unless a club's word opens it."""
    if len(words) > 3 or " ".join(words) in lex.places:
        return False
    if words[0] not in CLUB_HEADS and (words[0] in lex.first_names or words[-1] in lex.surname_ranks):
        return False  # "Mitchell Roberts", "Walker Evans": a person whose surname is a town's
    town = lex.places.get(words[-1])
    return town is not None and not town.is_country and town.type == "GPE"


@lru_cache(maxsize=1)
def _club_patterns() -> dict[str, re.Pattern[str]]:
    table = cues()
    roles = "|".join(sorted(table[("team_role_after", "-")], key=len, reverse=True))
    verbs = "|".join(sorted(table[("match_verb", "-")], key=len, reverse=True))
    nouns = "|".join(sorted(table[("match_noun", "-")], key=len, reverse=True))
    standing = "|".join(sorted(table[("team_standing", "-")], key=len, reverse=True))
    to_come = "|".join(sorted(table[("match_verb_to_come", "-")], key=len, reverse=True))
    name = r"[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,3}"
    score = r"\d{1,3}(?!\d|[.,:]\d| ?%)"  # a basketball score has three digits
    # a side's scorers in brackets after its score: "Ajax 3 (De Boer 12, Kluivert 55) Twente 0"
    scorers = r"(?: \([^()\n]{1,160}\))?"
    return {
        # "Leeds manager", "Leeds beat Hull", "beat hosts Hull", "lost to Hull", "Hull 0 Fenwick
        # Rovers 2", a row of standings
        "after": re.compile(
            rf" (?:{roles})\b|(?: (?:{verbs})(?: {_MATCH_SCORE})?(?: with)?"
            rf"| lost(?: {_MATCH_SCORE})? (?:to|at)) (?:[a-z]+ )?[A-Z]| (?:were|was) held {_MATCH_SCORE}\b"
            # an innings' total, the toss: "England were 152 for five", "Kent were all out for 210"
            # an innings' total before its batsmen: "Durham 326 (J. Morris 91", "Essex 101-2 (N. Hussain"
            r"| \d{2,3}(?:-\d{1,2}| for \d{1,2})?(?: dec)?(?: in [\d.]+ overs)? \((?:[A-Z]\. ?)*[A-Z][\w'-]+"
            r"(?: [A-Z][\w'-]+)? \d{1,3}\b"
            r"| (?:v|vs\.?) [A-Z]"  # "Somerset v Leicestershire" (not a case's "Kitzmiller v. Dover")
            r"| (?:were|was|are|is) (?:all out for \d{1,3}|\d{1,3}(?:-\d{1,2}| for (?:\d{1,2}|one|two|three"
            r"|four|five|six|seven|eight|nine)| all out)\b)| (?:won|lost) the toss\b"
            rf"| {score} {name} {score}"
            r"|,? (?:(?:is|are|were|was) )?(?:a|an|the) (?:[\w'\u2019-]+ ){0,2}(?:side|team|club)\b(?!['\u2019])"
            rf"|(?: [a-z]+)? their (?:{standing})\b"
            # a row of standings: "BALTIMORE 70 63 .526 4 1/2", "Hull 17 10 4 3 30 16 34"
            r"|(?: \.?\d{1,3}){3}(?: [\d./-]+)*[ \t]*(?:\n|$)"
        ),
        # "beat Hull", "drew with Hull", "Hull 0 Fenwick Rovers 2" read from the second team
        "before": re.compile(
            rf"\b(?:{verbs}|drew(?: {_MATCH_SCORE})? with|lost(?: {_MATCH_SCORE})? (?:to|at)|v|vs\.?"
            # "drew 1-1 at Bolton", "won 2-0 at Chelsea": the side played away (not "won at Wimbledon")
            rf"|(?:drew|won) {_MATCH_SCORE} at"
            rf"|held(?: {_MATCH_SCORE})?(?: at home| away)? by|beaten by) $"
            rf"|\b(?:{nouns}) (?:over|against|to|by|with) (?:[a-z]+ )?$"
            rf"|[A-Z][\w'.-]* {score} $"
        ),
        "to_come": re.compile(rf"\b(?:{to_come}) $"),
        "to_come_after": re.compile(rf" (?:{to_come}) [A-Z]"),
        "own_score": re.compile(rf" {score}"),
        "team_and_score_before": re.compile(rf"[A-Z][\w'.-]* {score}{scorers} $"),
        # "played for Hull", "signed with Coburg": the evidence's own pattern, one home for it
        "plays_for": next(p for cue, _, p in context_patterns()[0] if cue == "plays_for_before"),
        # a results line read from its first team: "Hapoel Haifa 3 Maccabi Tel Aviv 1"
        "results": re.compile(rf" {score}{scorers} {name} {score}(?: ?$|\n| \(|\.(?: |$))", re.MULTILINE),
    }


def label_type(label: int, current: str = "") -> str:
    """The entity type a label gives a mention: a place keeps its kind (a town or region GPE,
    a sea or mountain LOC), else is a GPE; the other labels are their types."""
    if label == PLACE:
        return current if current in ("GPE", "LOC") else "GPE"
    return LABELS[label]


def firmly(candidate: Candidate, label: int, convention: str | bool = False) -> Candidate:
    """A name a convention types ("Lorvane S.A." a company, "Hurricane Hugo" an event),
    whatever its words say: its score for that type above the rest, as sure as a
    well-evidenced name (strength 3)."""
    scores = candidate.scores or only_scores(label)
    firm = max(scores) + 3.0
    evidence = candidate.evidence
    if convention and convention not in evidence:
        evidence = (*evidence, convention)  # explained as the convention it is
    type_ = label_type(label, candidate.type)
    return replace(candidate, type=type_, strength=max(candidate.strength, 3),
                   scores=tuple(firm if k == label else v for k, v in enumerate(scores)),
                   evidence=evidence)


_LIST_SEPARATORS = frozenset({", ", " and ", ", and ", " or ", ", or "})


def kinds_listed(text: str, candidates: list[Candidate], explain: bool = False) -> list[Candidate]:
    """"towns such as Oldham and Bradford", "companies like Velmora, Quill and Arbon": the
    names listed right after a plural noun for their kind and "such as", "like" or
    "including" are of that kind (a convention), however one of them reads alone ("Bradford"
    a person). The nouns are kind_before's and kind_listed's (places)."""
    kinds = _listed_kinds()
    starts = [c.start for c in candidates]
    out = list(candidates)
    for match in _kinds_listed_matches(text):
        label = kinds.get(match.group(1).lower())
        if match.group(2) == "of" and label != PLACE:
            continue  # "the villages of Accumoli and Pescara", not "the companies of the group"
        k = bisect_left(starts, match.end())
        if label is None or k == len(out) or out[k].start != match.end():
            continue
        while True:
            c = out[k]
            if c.kind == "name" and LABELS.index(c.type if c.type in LABELS else "PLACE") != label:
                out[k] = firmly(c, label, explain and "kind_listed")
            if k + 1 == len(out) or text[c.end : out[k + 1].start] not in _LIST_SEPARATORS or (
                text.startswith(("'s", "\u2019s"), c.end)
            ):
                break
            k += 1
    return out


_KIND_LISTED = r"\b([A-Za-z][a-z]+) (such as|like|including) "
# "the nearby villages of Accumoli and Pescara del Tronto": places of a kind named after "of"
_PLACES_OF_A_KIND = r"\b[Tt]he (?:[a-z]+ )?([a-z]+) (of) (?=[A-Z])"


def _kinds_listed_matches(text: str) -> list[re.Match[str]]:
    """Where a plural noun for a kind and "such as", "like", "including" (or, for places,
    "of") stand before a list of names."""
    found = []
    if " such as " in text or " like " in text or " including " in text:
        found.extend(pattern(_KIND_LISTED).finditer(text))
    if "s of " in text:
        found.extend(pattern(_PLACES_OF_A_KIND).finditer(text))
    return sorted(found, key=lambda match: match.start())


@lru_cache(maxsize=1)
def _listed_kinds() -> dict[str, int]:
    """The plurals of kind_before's and kind_listed's nouns, each with its label."""
    kinds: dict[str, int] = {}
    for (cue, kind), nouns in cues().items():
        if cue in ("kind_before", "kind_listed") and kind in LABELS:
            for noun in nouns:
                kinds[_plural(noun)] = LABELS.index(kind)
    return kinds


def _plural(noun: str) -> str:
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"  # "company", "city"
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


def lists_agreed(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A name in a list of three or more whose other names are all of one type takes that
    type where its own evidence is weak (a convention): "Bear Stearns, Morgan Stanley and
    Oppenheimer" are three firms, not two firms and a person. Weak: its best reading leads
    its second by less than 5 (strength 2 or less; less than 9 where every other name of the
    list leads by 5 or more), and the list's type reads less than 5 below its best ("lost
    customers to Arcor, Vodafone and Telefonica": Arcor a place, a work, then a firm). Two
    names joined by "and" or "or" agree too (``_a_pair_agreed``)."""
    out = list(candidates)
    start = 0
    while start < len(out):
        end = start + 1
        while end < len(out) and text[out[end - 1].end : out[end].start] in _LIST_SEPARATORS:
            end += 1
        if end - start >= 3 and not text.startswith(("'s", "\u2019s"), out[end - 1].end):
            _agree(out, start, end)  # "..., FTU's Alice Mak": a possessive ends no list
        elif end - start == 2 and text[out[start].end : out[start + 1].start] in (" and ", " or "):
            _a_pair_of_places(out, start)
            if not (start and text[out[start - 1].end : out[start].start] == " of "):
                _a_pair_agreed(out, start)  # "Gary Chan of DAB and Eunice Yung": no pair
        start = end
    return out


def _agree(candidates: list[Candidate], start: int, end: int) -> None:
    members = candidates[start:end]
    if any(c.kind != "name" or not c.scores for c in members):
        return
    labels = [c.scores.index(max(c.scores)) for c in members]  # type: ignore[union-attr]
    # one member read otherwise than all the rest, who agree (counted once: a list of
    # thousands of names is read in linear time)
    counts = Counter(labels)
    if len(counts) != 2:
        return
    (first, first_count), (second, second_count) = counts.items()
    if first_count != 1 and second_count != 1:
        return
    label, wanted = (first, second) if first_count == 1 else (second, first)
    odd = labels.index(label)
    scores = members[odd].scores
    # where every other member is read firmly, a reading of middling strength gives way too
    weak = 3 if all(m.strength >= 3 for k, m in enumerate(members) if k != odd) else 2
    if members[odd].strength <= weak and wanted != NORP and scores is not None and (
        max(scores) - scores[wanted] < 5
    ):
        type_ = label_type(wanted, members[odd].type)
        candidates[start + odd] = relabelled(replace(members[odd], type=type_), wanted)


def _a_pair_agreed(candidates: list[Candidate], start: int) -> None:
    """"parts of Pinjar and Gnangara": two names joined by "and" or "or" are mostly of one
    type, so where one is read weakly (or both are) the pair's summed evidence decides the
    type of a member it leads by less than 5; two firm readings stand."""
    pair = candidates[start : start + 2]
    if any(c.kind != "name" or not c.scores for c in pair) or pair[0].type == pair[1].type or (
        all(c.strength >= 3 for c in pair)
    ):
        return
    total = [a + b for a, b in zip(pair[0].scores, pair[1].scores, strict=True)]  # type: ignore[arg-type]
    wanted = total.index(max(total))
    if wanted == NORP:
        return
    for k, member in enumerate(pair):
        scores = member.scores
        if member.strength <= 2 and scores.index(max(scores)) != wanted and (  # type: ignore[union-attr]
            max(scores) - scores[wanted] < 5  # type: ignore[index,type-var]
        ):
            candidates[start + k] = relabelled(replace(member, type=label_type(wanted, member.type)), wanted)


def _a_pair_of_places(candidates: list[Candidate], start: int) -> None:
    """"residents in Williamstown and Lamington": a name paired with a place the gazetteer
    knows, itself unknown to it and read weakly as another type with a place second, is a
    place too."""
    pair = candidates[start : start + 2]
    known = [c.type in ("GPE", "LOC") and c.place is not None and c.strength >= 3 for c in pair]
    if known.count(True) != 1 or any(c.kind != "name" or not c.scores for c in pair):
        return
    odd = known.index(False)
    other = pair[odd]
    if other.place is None and other.strength <= 2 and other.type not in ("GPE", "LOC") and (
        sorted(other.scores)[-2] == other.scores[PLACE]  # type: ignore[index]
    ):
        candidates[start + odd] = relabelled(replace(other, type="GPE"), PLACE)


def relabelled(candidate: Candidate, label: int) -> Candidate:
    """A name a convention reads as another type than its scores say ("Oxford" after "Peter
    Smith of" no person, "M. Atherton" no town): its scores say so too, as the entity's type
    is read from its mentions' scores."""
    scores = candidate.scores
    top = max(scores) + 0.5
    return replace(candidate, scores=tuple(top if k == label else v for k, v in enumerate(scores)))


def _as_town(candidate: Candidate) -> Candidate:
    return replace(candidate, type="GPE", kind="name", place=None, strength=4,
                   scores=only_scores(PLACE), evidence=(*candidate.evidence, "region_abbreviation"))


_AFTER_A_TOWN = re.compile(r"[A-Z][\w.'-]*, $")


def only_scores(label: int, weight: float = 3.0) -> Scores:
    return tuple(weight if k == label else 0.0 for k in range(len(LABELS)))  # type: ignore[return-value]


_ROMAN_ONE = re.compile(r" I(?![\w'\u2019-])")


def known_names_with_i(text: str, candidates: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """"World War I": a known name ending in the numeral I, which no name may end in
    elsewhere (the pronoun), keeps it."""
    out = []
    for cand in candidates:
        if text.startswith(" I", cand.end) and _ROMAN_ONE.match(text, cand.end) and (
            cand.kind == "name" and " ".join(cand.words) + " i" in lex.other_names
        ):
            end = cand.end + 2
            cand = replace(firmly(cand, OTHER), end=end, text=text[cand.start : end],
                           words=(*cand.words, "i"), connectors=(*cand.connectors, ""))
        out.append(cand)
    return out


def extend_lowercase(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """"Mexican embassy" after "Mexican Embassy": a lower-case form of a name is a mention."""
    multi = {folded_spelling(c.words, c.connectors): c for c in candidates
             if len(c.words) > 1 and c.kind == "name"}
    if not multi:
        return candidates
    prefixes: set[str] = set()
    for key in multi:
        words = key.split(" ")
        for n in range(1, len(words)):
            prefixes.add(" ".join(words[:n]))
    result: list[Candidate] = []
    limit = len(text)
    for index, cand in enumerate(candidates):
        key = folded_spelling(cand.words, cand.connectors)
        if key in prefixes:
            next_start = candidates[index + 1].start if index + 1 < len(candidates) else limit
            extended = _try_extend(text, cand, key, multi, prefixes, next_start)
            if extended is not None:
                result.append(extended)
                continue
        result.append(cand)
    return result


_NEXT_WORD = r"[ \u00a0]+([^\W\d_]+)"


def _try_extend(text: str, cand: Candidate, key: str, multi: dict[str, Candidate],
                prefixes: set[str], next_start: int) -> Candidate | None:
    end = cand.end
    for _ in range(6):
        match = pattern(_NEXT_WORD).match(text, end)
        if match is None or match.end() > next_start:
            return None
        key = f"{key} {fold_word(match.group(1))}"
        end = match.end()
        model = multi.get(key)
        if model is not None:
            # The same name in lower case: it takes the capitalised form's words, so it links.
            return Candidate(cand.start, end, text[cand.start : end], model.words,
                             model.connectors, "name", model.type, model.strength, model.place,
                             scores=model.scores)
        if key not in prefixes:
            return None
    return None


_QUOTED = r"[\"\u201c]([A-Z0-9][^\"\u201c\u201d\n]{0,78}?)[\"\u201d]"
_TITLE_MINOR = frozenset(
    "a an the of in on at to for and or but by with from as vs via into is it its it's up nor so yet"
    .split()
)


def _is_title_case(inner: str) -> bool:
    words = inner.split()
    if not 2 <= len(words) <= 8 or inner.rstrip().endswith(","):
        return False
    for word in words[1:]:
        letters = word.strip("\"'()[].,;:!?-\u2019")
        if letters and letters[0].islower() and letters.lower() not in _TITLE_MINOR:
            return False  # "Cool clock, Ahmed.": speech, not a title
    return True


# "Schindler's List", "Ocean's Twelve": one or two capitalised words, a possessive, and one
# capitalised word after which no capitalised word follows
_POSSESSIVE_TITLE = (r"(?<![\w'\u2019.-])([A-Z][\w-]+(?: [A-Z][\w-]+)?)(['\u2019]s) ([A-Z][a-z]+)\b"
                     r"(?![\w'\u2019-]| [A-Z0-9]|-| [a-z]{1,4} [A-Z])")


def _named_but_in_possessive_titles(text: str, owner: str) -> bool:
    """Whether the text names ``owner`` other than in the possessive before a capitalised word
    ("Ocean's Twelve" and "Ocean's Eleven" leave "Ocean" named nowhere else)."""
    return re.search(r"(?<!\w)" + re.escape(owner) + r"(?!\w|['\u2019]s [A-Z])", text) is not None


def places_with_their_article(text: str, candidates: list[Candidate], lex: Lexicon,
                              explain: bool = False) -> list[Candidate]:
    """"in The Hague", "The Hague is": a place whose name holds its article, written with a
    capital, takes it, where the name without it is no place ("the Netherlands" stays
    "Netherlands")."""
    out = list(candidates)
    for i, cand in enumerate(out):
        if cand.kind != "name" or not text.endswith("The ", 0, cand.start):
            continue
        name = " ".join(cand.words)
        place = lex.places.get("the " + name)
        if place is None or name in lex.places:
            continue
        start = cand.start - 4
        out[i] = replace(firmly(cand, PLACE, explain and "place_article"), start=start,
                         text=text[start : cand.end], words=("the", *cand.words),
                         connectors=("", *cand.connectors), place=place.name)
    return out


_TITLES_OPENING_WORDS = ("The ", "A ", "An ", "No ")


def works_with_their_article(text: str, candidates: list[Candidate], explain: bool = False) -> list[Candidate]:
    """"has beaten The Aviator to the prize", "followed by No Longer at Ease (1960)": a work's
    title takes the article or "No" written with a capital inside a sentence before it. Its
    words stay without it, so that "The Aviator won" at a sentence's start (where a capital says
    nothing) links to it."""
    out = list(candidates)
    for i, cand in enumerate(out):
        if cand.kind != "name" or cand.type != "OTHER" or len(cand.words[0].rstrip(".")) == 1:
            continue  # (not "A" before "E. Scheele": an initial)
        opening = next((w for w in _TITLES_OPENING_WORDS if text.endswith(w, 0, cand.start)), None)
        if opening is None:
            continue
        start = cand.start - len(opening)
        before = text[max(0, start - 2) : start]
        if len(before) < 2 or before[1] != " " or not (before[0].isalnum() or before[0] in ",;"):
            continue  # at a sentence's start, or after a quotation mark or a bracket
        out[i] = replace(cand, start=start, text=text[start : cand.end],
                         evidence=(*cand.evidence, "work_article") if explain else cand.evidence)
    return out


def settlements_named(text: str, candidates: list[Candidate], lex: Lexicon,
                      explain: bool = False) -> list[Candidate]:
    """"the seaside resort of Mati", "in the community of Beauregard": a name of one or two
    words after a noun for a place people live in and "of" is that place (a convention, beside
    the fitted "the town of"), unless its words are an organisation's."""
    out = list(candidates)
    for i, cand in enumerate(out):
        if cand.kind != "name" or cand.type in ("GPE", "LOC") or len(cand.words) > 2 or not text.endswith(
            " of ", 0, cand.start
        ):
            continue
        if cand.words[-1] in lex.org_words or pattern(_SETTLEMENT_OF_BEFORE).search(
            text, max(0, cand.start - 48), cand.start
        ) is None:
            continue
        out[i] = firmly(cand, PLACE, explain and "settlement_of")
    return out


# nouns for a place people live in that the fitted "the town of" does not hold
_SETTLEMENT_OF_BEFORE = (r"\b[Tt]he (?:[a-z-]+ ){0,2}(?:community|resort|enclave|settlement|neighbou?rhood"
                         r"|kibbutz|oasis|commune|locality) of $")


def languages_spoken(text: str, candidates: list[Candidate], lex: Lexicon,
                     explain: bool = False) -> list[Candidate]:
    """"She speaks French and German", "he studied English, history and theology", "e-mails
    written in German and English": a nationality's word (or a language the lists know) after
    a verb of speaking, studying, teaching, translating or writing, or listed after one, is
    the language (a convention), neither the country nor its people."""
    out = list(candidates)
    for i, cand in enumerate(out):
        if cand.kind not in ("name", "demonym") or len(cand.words) != 1 or cand.type == "OTHER":
            continue
        word = cand.words[0]
        if word not in lex.demonyms and word not in lex.other_names:
            continue
        if pattern(_LANGUAGE_VERB_BEFORE).search(text, max(0, cand.start - 60), cand.start) is not None and (
            pattern(_NO_NOUN_AFTER).match(text, cand.end) is not None  # not "studied Russian politics"
        ) and pattern(_ONE_OF_ADJECTIVES_BEFORE_A_NOUN).match(text, cand.end) is None:
            out[i] = replace(firmly(cand, OTHER, explain and "language"), place=None, kind="name")
    return out


# words after a language that say no noun follows it ("in English this month", "spoke Greek only")
_NO_NOUN_WORDS = ("and|or|at|in|for|with|to|from|as|but|when|while|by|only|this|last|next|a|an|the|too"
                  "|instead|again")
_NO_NOUN_AFTER = (r"(?:[,.;:!?)\"\u201d]|[ \t]*$|[ \t]*\n| (?:" + _NO_NOUN_WORDS
                  + r"|fluently|well|badly|since|because)\b)")
# "in Kuwaiti or Iraqi ports", "studied Russian and Chinese history": the next nationality word
# of a list has a noun after it, so the list is of adjectives
_ONE_OF_ADJECTIVES_BEFORE_A_NOUN = r" (?:and|or) [A-Z][a-z]+ (?!(?:" + _NO_NOUN_WORDS + r")\b)[a-z]"
# a verb of a language, then perhaps other languages listed before this one
_LANGUAGE_VERB_BEFORE = (r"\b(?:speaks?|spoke|spoken|speaking|stud(?:y|ies|ied|ying)|taught|teach(?:es|ing)?"
                         r"|learn(?:s|ed|t|ing)?|translated into|fluent in|dubbed into"
                         r"|(?<![A-Za-z])in)"  # "published in English", "appeared in Arabic in 2015"
                         r" (?:(?:fluent|good|perfect|broken|basic|native) )?(?:[A-Z][a-z]+(?:, | and | or ))*$")


def works_of_people(text: str, candidates: list[Candidate], lex: Lexicon,
                    explain: bool = False) -> list[Candidate]:
    """"Joseph Conrad's Heart of Darkness", "Tolstoy's War and Peace": everyday words joined by
    "of" or "and", right after a person's name in the possessive, are the person's work (a
    convention), unless a word of them is a title's, an organisation's or a place's ("Bush's
    Defense and State Departments", "Blair's Chancellor of the Exchequer")."""
    out = list(candidates)
    for i in range(1, len(out)):
        owner, cand = out[i - 1], out[i]
        if cand.kind != "name" or cand.type == "OTHER" or owner.type != "PERSON" or len(cand.words) < 2:
            continue
        if text[owner.end : cand.start] not in ("'s ", "\u2019s ", "' ", "\u2019 "):
            continue
        if not any(cand.connectors) or any(gap not in ("", "of", "of the", "and") for gap in cand.connectors):
            continue
        if all(w in lex.common_words and w not in lex.titles and w not in lex.org_words
               and w not in lex.loc_words and w not in lex.gpe_words and w not in lex.org_heads
               and w not in lex.places for w in cand.words):
            out[i] = firmly(cand, OTHER, explain and "persons_work")
    return out


def possessive_titles(text: str, candidates: list[Candidate], lex: Lexicon, line_kinds: dict[int, str],
                      line_starts: Sequence[int], explain: bool = False) -> list[Candidate]:
    """"Schindler's List", "Ocean's Twelve", "Occam's Razor": a name in the possessive
    before one everyday word or number word written with a capital, inside a sentence, is a
    work's title (a convention), not a person and a word left over ("Schindler" and "List"),
    where the article names the possessor nowhere but in such titles (not "Spielberg's Jaws"
    after "Steven Spielberg"; "Ocean's Twelve" and "Ocean's Eleven" both), is no person named
    in full ("Gustav Machatý's Ecstasy" is his film) and the word is no title's,
    organisation's, party's or place's ("Blair's Cabinet", "David Cameron's Conservatives",
    "Saint Mary's Lake"). The title written so anywhere else, a headline's too, is the work."""
    if "'s " not in text and "\u2019s " not in text:
        return candidates
    found = []
    for match in pattern(_POSSESSIVE_TITLE).finditer(text):
        owner, word = match.group(1), match.group(3).lower()
        line = line_starts[bisect_right(line_starts, match.start()) - 1]
        if line_kinds.get(line) or not (word in lex.common_words or word in NAME_NUMBERS):
            continue
        owner_key = phrase_key(owner)
        if (word in lex.titles or word in lex.org_words or word in lex.places or word in lex.known_orgs
                or word in lex.loc_words or word in lex.gpe_words or word in lex.parties
                or word in lex.group_nouns or " " in owner and owner_key.split()[0] in lex.first_names
                or word in lex.first_names or owner_key in lex.places or owner_key in lex.known_orgs
                or owner_key in lex.demonyms or owner_key in lex.parties
                or known_by_its_s(text, match.start(2), owner_key, lex)
                or _named_but_in_possessive_titles(text, owner)):
            continue
        found.append(match)
    if not found:
        return candidates
    out = list(candidates)
    spans = {match.span(): match.group(2) for match in found}
    for title, mark in {match.group(): match.group(2) for match in found}.items():
        # the same title in a headline ("Ocean's Twelve tops US box office")
        for echo in re.finditer(re.escape(title) + r"\b", text):
            spans.setdefault(echo.span(), mark)
    for (begin, end), mark in sorted(spans.items()):
        inside = [c for c in out if c.start < end and begin < c.end]
        if any(c.start < begin or c.end > end for c in inside):
            continue  # a longer name holds part of it
        title = text[begin:end]
        words = tuple(fold_word(w) for w in title.replace(mark, " ").split())
        out = [c for c in out if not (c.start < end and begin < c.end)]
        out.append(Candidate(begin, end, title, words, ("",) * (len(words) - 1), "name", "OTHER", 3, None,
                             scores=only_scores(OTHER), evidence=("possessive_title",) if explain else ()))
    out.sort(key=lambda c: c.start)
    return out


def quoted_titles(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """"A Beautiful Lie", "Time to Wake Up": a short title-case quotation holding a name, or
    of three words or more, is one title (a work's), whatever its pieces look like alone."""
    if not candidates or ('"' not in text and "\u201c" not in text):
        return candidates
    starts = [c.start for c in candidates]
    result: list[Candidate] = []
    k = 0
    for match in pattern(_QUOTED).finditer(text):
        inner_start, inner_end = match.span(1)
        inside_from = bisect_right(starts, inner_start - 1)
        inside_to = inside_from
        while inside_to < len(candidates) and candidates[inside_to].end <= inner_end:
            inside_to += 1
        if not _is_title_case(match.group(1)) or inside_to == inside_from and not (
            match.group(1)[:1].isupper() and len(match.group(1).split()) >= 3
        ):
            continue  # a title of three words or more is one though no name is read inside
        inside = candidates[inside_from:inside_to]
        if len(inside) == 1 and inside[0].start == inner_start and (
            inside[0].end >= inner_end - 1 or inside[0].type != "OTHER"
        ):
            continue  # "Doctors Without Borders" quoted is still the organisation
        begin, end = inner_start, inner_end
        while end > begin and text[end - 1] in ",.;: ":
            end -= 1
        if text.startswith("The ", begin) and end - begin > 4:
            begin += 4  # names are given without their article, as elsewhere
        title = text[begin:end]
        words = tuple(fold_word(w) for w in title.split())
        result.extend(candidates[k:inside_from])
        result.append(Candidate(begin, end, title, words, ("",) * (len(words) - 1),
                                "name", "OTHER", 3, None, scores=only_scores(OTHER),
                                evidence=("quoted_title",)))
        k = inside_to
    result.extend(candidates[k:])
    return result


# A kind of work before its title (vocab.WORK_WORDS): the title runs over capitalised words
# and the small words between them; an article opening it is left out, as from every name.
_TITLE_WORD = r"[A-Z0-9][\w'\u2019\-]*(?:[.:!?][\w'\u2019\-]+)*"
_CUED_TITLE = (
    r"(?:(?:" + "|".join(sorted(WORK_WORDS)) + r")s?"
    r"|(?:" + "|".join(sorted(DERIVED_WORK_WORDS)) + r")s?(?: (?:of|to)(?: the)?)?"
    r"|(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|hit|new|latest|debut|solo|TV|television|stage|radio|music"
    r"|talk|\d{4}) (?:" + "|".join(sorted(WORK_WORDS_AFTER_DETERMINER)) + r")),? "
    r"(" + _TITLE_WORD + r"(?:(?: (?:of|the|a|an|and|in|on|to|for|at|with|from|&))* "
    + _TITLE_WORD + r")*)"
)
# The same after a character no word goes on through: ``re`` skips to the next such character
# at C speed, where a pattern opening with a look behind is tried at every character.
_CUED_TITLE_AFTER = r"[^\w-]" + _CUED_TITLE


def _cued_title_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_CUED_TITLE`` in order, each at the text's start or after a character
    that is no letter, digit, underscore or hyphen (group 1: the title)."""
    match = pattern(_CUED_TITLE).match(text) or pattern(_CUED_TITLE_AFTER).search(text)
    while match is not None:
        yield match
        # from the match's last character: the next may open right after it (after a "'")
        match = pattern(_CUED_TITLE_AFTER).search(text, match.end() - 1)


_WORK_WORD_FORMS = frozenset(
    form for word in WORK_WORDS | WORK_WORDS_AFTER_DETERMINER | DERIVED_WORK_WORDS
    for form in (word, word + "s")
)


def cued_titles(text: str, candidates: list[Candidate], lower: set[str]) -> list[Candidate]:
    """A title after the kind of work it names is one work (a convention): "the film
    Schindler's List" is not a person and a list, "the film The Phantom Menace" no company.
    A person's name alone after the word is left as it is ("the film Spielberg made").
    ``lower``: the text's lower-case words (most articles name no kind of work)."""
    if not candidates or _WORK_WORD_FORMS.isdisjoint(lower):
        return candidates
    found: list[Candidate] = []
    for match in _cued_title_matches(text):
        begin, end = match.span(1)
        while end > begin and text[end - 1] in ".:!?,'\u2019":
            end -= 1  # the sentence's full stop, not the title's
        set_apart = text[begin - 2 : begin] == ", " and text[end : end + 1] in (",", ")")
        if text.startswith(("The ", "A ", "An "), begin) and text.find(" ", begin) < end:
            begin = text.index(" ", begin) + 1  # names are given without their article
            set_apart = True  # "the novel A Song for Onitsha": an article opens the title
        year = pattern(_A_YEARS_POSSESSIVE).match(text, begin, end)
        if year is not None:
            begin = year.end()  # "the sequel to 2001's Ocean's Eleven": the year's is no title's
        inside = [c for c in candidates if c.start < end and begin < c.end]
        if not set_apart:
            # "Her second novel, A Song for Onitsha, set ...": commas set a title apart whole
            end = _title_end(text, begin, end, inside)
        title = text[begin:end]
        inside = [c for c in inside if c.start < end]
        if (not inside and " " not in title) or title == "I" or title.startswith("I "):
            continue  # one capitalised word no name holds ("the film Friday"), or "I"
        if len(inside) == 1 and inside[0].start == begin and inside[0].end == end and (
            inside[0].type == "OTHER" or inside[0].type == "PERSON" and not (
                pattern(_WHAT_A_WORK_DOES_AFTER).match(text, end))
        ):
            continue  # a person's name ("After the film Osric Delane said"), or a title read
        found.append(_work_from(text, begin, end, ("work_title",)))
    if not found:
        return candidates
    taken = [(c.start, c.end) for c in found]
    titles = {c.words for c in found}
    kept = [c if c.words not in titles else firmly(c, OTHER, "work_title")
            for c in candidates if not any(a < c.end and c.start < b for a, b in taken)]
    return sorted([*kept, *found], key=lambda c: c.start)


_A_YEARS_POSSESSIVE = r"\d{4}['\u2019]s "


# What a work does that a person named after its kind does not: "British film Vera Drake
# received three nominations" (but "the film Michael Caine plays", "Osric Delane said").
_WHAT_A_WORK_DOES_AFTER = (
    r" (?:received|receives|won|wins|earned|earns|grossed|grosses|topped|tops|opened|opens"
    r"|premiered|premieres|debuted|remained|remains|leads|led)\b"
)


def starring_works(text: str, candidates: list[Candidate], explain: bool = False) -> list[Candidate]:
    """"Finding Neverland, starring Johnny Depp", "The Zone of Interest, directed by Jonathan
    Glazer": a name right before "starring" or ", directed by" and a name is a work's (a
    convention), not an organisation's or a person's ("Tom Hanks, starring as a spy" stars
    himself; "directed by Sam Raimi, starring Tobey Maguire" is the director); so is a name
    read as a person's before "star" and a person's full name ("Barbie star Ryan Gosling":
    no person is a star of another; "Chelsea star" is the club's, read as one). Every mention
    of the work is the work's."""
    if "starring " not in text and "directed by " not in text and " star " not in text:
        return candidates
    works: set[tuple[str, ...]] = set()
    for k, c in enumerate(candidates):
        if c.kind != "name" or c.type == "OTHER" or text.endswith(" by ", 0, c.start):
            continue
        following = candidates[k + 1] if k + 1 < len(candidates) else None
        if pattern(_STARRING_AFTER).match(text, c.end) or c.type == "PERSON" and following is not None and (
            following.type == "PERSON" and len(following.words) > 1
            and text[c.end : following.start] == " star "
        ):
            works.add(c.words)
    # every mention of the work is the work's ("Barbie's eight nominations")
    return every_mention(candidates, works, OTHER, explain and "work_title")


_STARRING_AFTER = r"(?:,? starring|, (?:written and )?directed by) [A-Z]"


_SENTENCE_WORDS_IN_TITLES = (" with ", " at ", " in ", " on ", " from ", " to ", " for ")


def _title_end(text: str, begin: int, end: int, inside: list[Candidate]) -> int:
    """Where a title ends: before a preposition that leads to a name of two words or more or
    to a person or town the engine is sure of ("the film Schindler's List with Bear
    Stearns"), not inside "Gone with the Wind" or "Dances with Wolves"."""
    for cand in inside:
        if cand.start > begin and cand.type != "OTHER" and (
            len(cand.words) >= 2 or (cand.strength >= 3 and cand.type in ("PERSON", "GPE"))
        ):
            before = text[max(begin, cand.start - 6) : cand.start]
            for word in _SENTENCE_WORDS_IN_TITLES:
                if before.endswith(word):
                    return cand.start - len(word)
    return end


def without_overlaps(candidates: list[Candidate], timexes: Sequence[Timex]) -> list[Candidate]:
    """Candidates in text order with none overlapping another or a time expression."""
    spans = sorted((t.start, t.end) for t in timexes)
    kept: list[Candidate] = []
    k = 0
    for cand in candidates:
        while k < len(spans) and spans[k][1] <= cand.start:
            k += 1
        if k < len(spans) and spans[k][0] < cand.end:
            continue
        if kept and kept[-1].end > cand.start:
            continue
        kept.append(cand)
    return kept


def read_homonyms(text: str, candidates: list[Candidate], lex: Lexicon) -> None:
    """"Atlanta, Georgia": an article that places a town of the US in Georgia means the US
    state by every bare "Georgia"; the state is then its own entity, apart from the country
    that "Georgian" names."""
    meant: set[str] = set()
    for previous, cand in zip(candidates, candidates[1:], strict=False):
        key = " ".join(cand.words)
        code = lex.homonyms.get(key)
        if code is None or cand.kind != "name" or text[previous.end : cand.start].strip() != ",":
            continue
        town = lex.places.get(" ".join(previous.words))
        if town is not None and town.country_code == code:
            meant.add(key)
    if not meant:
        return  # most articles place no town in a homonym
    for cand in candidates:
        if cand.kind == "name" and " ".join(cand.words) in meant:
            cand.type, cand.strength, cand.place = "GPE", 3, None


def read_country_cores(candidates: list[Candidate], lex: Lexicon) -> None:
    """"Korea" after "South Korea": a bare last word of the one country so named is that
    country (with "North Korea" named too, it stays apart)."""
    countries: dict[str, set[str]] = {}
    for c in candidates:
        if c.kind == "name" and c.place and c.strength >= 5 and len(c.words) > 1:
            countries.setdefault(c.words[-1], set()).add(c.place)
    if not countries:
        return
    for c in candidates:
        if c.kind != "name" or len(c.words) != 1 or c.place is not None:
            continue
        named = countries.get(c.words[0])
        if (
            named is not None and len(named) == 1 and c.words[0] not in lex.places
            and c.words[0] not in lex.common_words  # "the Republic" is no Czech Republic
        ):
            c.place = next(iter(named))
            c.type, c.strength = "GPE", 5


def _initials_hold(words: tuple[str, ...], acronym: str) -> bool:
    """Whether an acronym's letters are, in order, the first letters of some of the name's
    words, each word giving one or more (EPA in the United States Environmental Protection
    Agency, NASA in the National Super Alliance)."""
    return _spelled_by_prefixes(acronym.replace(".", "").replace("&", "").lower(), [w for w in words if w])


def _spelled_by_prefixes(letters: str, words: list[str]) -> bool:
    if not letters:
        return True
    for k, word in enumerate(words):
        n = 0
        while n < len(word) and n < len(letters) and word[n] == letters[n]:
            n += 1
            if _spelled_by_prefixes(letters[n:], words[k + 1 :]):
                return True
    return False


def without_acronyms_of_terms(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """"global sea surface salinity (SSS)", "compact fluorescent light (CFL)": an acronym a
    text brackets after lower-case words whose first letters spell it abbreviates a term, no
    name, there and wherever else it stands (a convention; a name is written with capitals:
    "the International Monetary Fund (IMF)")."""
    if "(" not in text:
        return candidates
    terms = set()
    for match in pattern(_BRACKETED_ACRONYM_OF_A_TERM).finditer(text):  # the brackets first: few
        words = pattern(_LOWER_CASE_WORDS_BEFORE).search(text, max(0, match.start() - 80), match.start())
        if words is not None and _initials_of_lower_case_words(words.group(), match.group(1)):
            terms.add(match.group(1))
    if not terms:
        return candidates
    return [c for c in candidates if c.text not in terms and c.text.rstrip("s") not in terms]


_BRACKETED_ACRONYM_OF_A_TERM = r"(?<=[a-z] )\(([A-Z][A-Za-z]{1,6})s?\)"
_LOWER_CASE_WORDS_BEFORE = r"(?:(?<=[^\w-])|^)(?:[a-z][a-z-]* ){1,6}$"
_SMALL_WORDS_OF_TERMS = frozenset("of and the for in on to a an".split())


def _initials_of_lower_case_words(words: str, acronym: str) -> bool:
    """Whether the capitals of ``acronym`` are the first letters of the words (or of their
    hyphenated parts) that end ``words``, small words skipped ("compact light-emitting diode"
    for LED)."""
    letters = [ch.lower() for ch in acronym if ch.isupper()]
    spelled = len(letters)
    parts = [part for word in words.split() for part in word.split("-") if part]
    while letters and parts:
        part = parts.pop()
        if part[0] == letters[-1]:
            letters.pop()
        elif part not in _SMALL_WORDS_OF_TERMS:
            return False
    return not letters and spelled > 1


def _a_short_form_of(cand: Candidate, organisation: Candidate, lex: Lexicon) -> bool:
    """"the Electoral Service (Servel)", "the Ghana Cocoa Board (Cocobod)": one word in
    brackets after an organisation's name of several words, led by the first letter of one
    of them, is its short form (not a place or a person's name the lists know)."""
    word = cand.words[0]
    return organisation.type == "ORG" and len(organisation.words) > 1 and cand.type != "PERSON" and (
        any(w[:1] == word[:1] for w in organisation.words)) and word not in lex.places and (
        word not in lex.first_names)


def mark_bracket_acronyms(text: str, candidates: list[Candidate], lex: Lexicon) -> None:
    """"Ministry of Foreign Affairs (SRE)", "the Electoral Service (Servel)": the bracketed
    acronym (or an organisation's short form) abbreviates the name before
    (a one-word place has none, and a news agency names itself: "(AP)" after a dateline)."""
    for i in range(1, len(candidates)):
        cand = candidates[i]
        if len(cand.words) != 1:
            continue
        previous = candidates[i - 1]
        if not cand.text.replace(".", "").isupper() and not _a_short_form_of(cand, previous, lex):
            continue
        if cand.words[0] in lex.known_orgs and not _initials_hold(previous.words, cand.words[0]):
            # "CAGUAS, Puerto Rico (AP)": the agency, not the island's acronym ("the United
            # States Environmental Protection Agency (EPA)" is its own)
            continue
        if previous.type in ("GPE", "LOC") and " " not in previous.text:
            continue  # "BUFFALO, N.Y. (AP)", "LONDON (Reuters)": a dateline's agency
        before = text[previous.end : cand.start]
        if before.strip() == "(" and text[cand.end : cand.end + 1] == ")":
            cand.abbreviates = i - 1
