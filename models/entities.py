"""Entity mentions: runs of capitalised words read as names by the fitted model, then linked.

The steps, each in its own module: ``candidates`` finds the runs of capitalised words and the
spans each may be cut into; ``evidence`` names what speaks for each reading of a span;
``names`` holds the fitted weights and picks the best segmentation of every run (where names
start and end, which words are no name, each name's type). This module turns the chosen spans
into mentions, adds the mentions only the whole text shows (a lower-case repeat of a name, a
quoted title, a bare model number), and hands them to ``linking``, which groups them into
entities and types each entity from the evidence of all its mentions.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from newsview.models.candidates import (
    MAX_RUN,
    MODEL_NUMBER,
    Run,
    TextContext,
    Token,
    pattern,
    read_runs,
)
from newsview.models.document import Entity, Span, Timex
from newsview.models.evidence import RunEvidence, TextEvidence, cues, title_ends_at
from newsview.models.lexicon import Lexicon, lexicon, phrase_key
from newsview.models.linking import Candidate, build_entities
from newsview.models.names import LABELS, NameModel, Scores, best_segmentation, shipped_model
from newsview.models.text import fold_word
from newsview.models.vocab import (
    CONTEST_WORDS,
    GROUP_HEADS,
    GROUP_OF_NOUNS,
    LEGAL_FORMS,
    PATRONYMICS,
    SHORT_FAMILY_NAMES,
    STORM_WORDS,
    SURNAME_PARTICLES,
    WEEKDAYS,
    WORK_WORDS,
    WORK_WORDS_AFTER_DETERMINER,
)

PERSON, ORG, PLACE, NORP, OTHER = range(5)


def find_entities(text: str, sentences: Sequence[Span], timexes: Sequence[Timex], *,
                  explain: bool = False, model: NameModel | None = None) -> list[Entity]:
    """Entities named in ``text``, in order of first mention, each with every mention.

    ``model``: the fitted weights (the shipped ones by default; benchmarks pass a refit).
    ``explain``: each entity carries the evidence for its type and its links (``Entity.why``).
    """
    if not text:
        return []
    lex = lexicon()
    runs, ctx = read_runs(text, sentences, timexes, lex)
    if not runs:
        return []
    runs = _runs_by_convention(runs, ctx)
    model = model or shipped_model()
    evidence = TextEvidence(ctx)
    candidates: list[Candidate] = []
    for run in runs:
        candidates.extend(_read_run(run, evidence, model, ctx, explain))
    candidates.extend(_model_numbers(runs, candidates))
    candidates = _region_abbreviations(text, runs, candidates, lex)
    candidates.sort(key=lambda c: c.start)
    candidates = _quoted_titles(text, _extend_lowercase(text, candidates))
    candidates = _cued_titles(text, candidates, ctx.lower_case_words())
    candidates = _without_overlaps(candidates, timexes)
    _read_homonyms(text, candidates, lex)
    candidates = _clubs(text, candidates, lex, explain)
    candidates = _awards(text, candidates, explain)
    candidates = _lists_agreed(text, candidates)
    _read_country_cores(candidates, lex)
    _mark_bracket_acronyms(text, candidates, lex)
    return build_entities(text, candidates, lex, model=model if explain else None)


def _runs_by_convention(runs: list[Run], ctx: TextContext) -> list[Run]:
    """The runs as newsview's conventions cut them before the weights read them (the weights
    are fitted on the runs as every text has them): a sentence's opening adverb, a title's
    plural in initials ("MPs") and a weekday in capitals are dropped, "York-based" ends a
    name at "York", a team's score in a line of results leaves its name, and a title-case
    headline is cut at its everyday words."""
    out: list[Run] = []
    for run in _runs_joined(runs, ctx):
        if _sentence_adverb(run, ctx) or _plural_title_acronym(run, ctx.lex) or (
            _day_in_capitals(run)
        ):
            continue
        for piece in _attributes_cut(run):
            last = piece.tokens[-1]
            if len(piece.tokens) > 1 and last.number and _in_score_line(
                ctx.text, piece.tokens[0].start, last
            ):
                piece = Run(piece.tokens[:-1], piece.gaps[:-1], piece.position)
            out.extend(_headline_pieces(piece, ctx))
    return out


_JOINING_WORDS = r" ([a-z]{1,4})(?: ([a-z]{1,4}))? "


def _runs_joined(runs: list[Run], ctx: TextContext) -> list[Run]:
    """Runs that are one name the candidates could not join: a company's name with a
    possessive inside ("Shoney's Inc.", "Moody's Investors Service Inc."), a name with "and"
    inside whose acronym the text writes ("Immigration and Naturalization Service" beside
    "INS"), a place the gazetteer spells with lower-case words ("Dar es Salaam", "Trinidad
    and Tobago") and an organisation named for its aim ("Committee to Protect Journalists")."""
    text, lex = ctx.text, ctx.lex
    out: list[Run] = []
    for run in runs:
        previous = out[-1] if out else None
        if previous is not None:
            end, start = previous.tokens[-1].end, run.tokens[0].start
            between = text[end:start]
            if between in ("'s ", "\u2019s ") and (
                run.tokens[0].key in LEGAL_FORMS or run.tokens[-1].key in LEGAL_FORMS
            ):
                out[-1] = Run([*previous.tokens, *run.tokens], [*previous.gaps, "", *run.gaps],
                              previous.position)
                continue
            if between == " and " and _acronym_in_text(text, [*previous.tokens, *run.tokens]):
                # "Securities and Exchange Commission" where the text also writes "SEC"
                out[-1] = Run([*previous.tokens, *run.tokens], [*previous.gaps, "and", *run.gaps],
                              previous.position)
                continue
            words = pattern(_JOINING_WORDS).fullmatch(between) if len(between) <= 11 else None
            if words is not None and len(previous.tokens) + len(run.tokens) <= MAX_RUN:
                connector = " ".join(w for w in words.groups() if w)
                name = " ".join([*(t.key for t in previous.tokens), connector,
                                 *(t.key for t in run.tokens)])
                if name in lex.places or _particles_of_a_surname(words.groups(), run) or (
                    connector == "to" and previous.tokens[-1].key in _AIMING_ORG_HEADS
                ):
                    out[-1] = Run([*previous.tokens, *run.tokens],
                                  [*previous.gaps, connector, *run.gaps], previous.position)
                    continue
        out.append(run)
    return out


# Organisations named for their aim: "Committee to Protect Journalists", "Campaign to Protect
# Rural England".
_AIMING_ORG_HEADS = frozenset("committee campaign coalition alliance movement fund foundation".split())


def _particles_of_a_surname(words: tuple[str | None, ...], run: Run) -> bool:
    """Whether two particles open the one-word surname after them ("Nikolaus van der Pas",
    "Rafael van der Vaart"); one particle ("Louis van Gaal") the runs already hold."""
    return (len(run.tokens) == 1 and words[1] is not None
            and all(w in SURNAME_PARTICLES for w in words))


def _acronym_in_text(text: str, tokens: list[Token]) -> bool:
    """Whether the text writes the initials of these words (three or more) as a word."""
    if len(tokens) < 3 or not all(t.text[:1].isupper() for t in tokens):
        return False
    letters = "".join(t.text[0] for t in tokens)
    if letters not in text:  # a C-level test first: most pairs joined by "and" have none
        return False
    # re's own bounded cache, not pattern()'s: the initials differ from text to text
    return re.search(r"\b" + re.escape(letters) + r"\b", text) is not None


# Participles that make a name an attribute: "New York-based LIN" names New York and LIN.
_ATTRIBUTIVE = ("-based", "-born", "-led", "-owned", "-run", "-backed", "-made", "-listed",
                "-bound", "-controlled", "-held", "-sponsored", "-registered", "-flagged")


def _attributes_cut(run: Run) -> list[Run]:
    """The run cut after a word like "York-based", the word without its participle."""
    for k, token in enumerate(run.tokens):
        if "-" in token.key and token.key.endswith(_ATTRIBUTIVE):
            head = token.text[: token.text.rindex("-")]
            cut = Token(token.start, token.start + len(head), head, fold_word(head.rstrip(".")))
            pieces = [Run([*run.tokens[:k], cut], run.gaps[:k], run.position)]
            if k + 1 < len(run.tokens):
                pieces.extend(_attributes_cut(Run(run.tokens[k + 1 :], run.gaps[k + 1 :])))
            return pieces
    return [run]


def _day_in_capitals(run: Run) -> bool:
    """"FRIDAY 'S RESULTS": a weekday's full name on a line in capitals names no one."""
    return (len(run.tokens) == 1 and run.position == "caps"
            and run.tokens[0].key in WEEKDAYS and len(run.tokens[0].key) > 3)


def _plural_title_acronym(run: Run, lex: Lexicon) -> bool:
    """"MPs", "MEPs", "CEOs": the plural of a title written in initials names no one."""
    text = run.tokens[0].text
    return (len(run.tokens) == 1 and len(text) >= 3 and text.endswith("s")
            and text[:-1].isupper() and run.tokens[0].key[:-1] in lex.titles)


def _sentence_adverb(run: Run, ctx: TextContext) -> bool:
    """"Incidentally, ...", "Ultimately the ...", "Indeed, ...": an everyday word opening a
    sentence is an adverb, no name, if it ends in -ly and the article never capitalises it
    inside a sentence, or if a comma follows it and the article neither capitalises it inside
    a sentence nor opens other sentences with it. A given name, a place or a common surname
    stays ("Kelly,", "Italy,", "Brown,")."""
    token = run.tokens[0]
    key, lex = token.key, ctx.lex
    if len(run.tokens) != 1 or run.position != "start" or key not in lex.common_words:
        return False
    if key in lex.first_names or key in lex.places or lex.surname_ranks.get(key, _RARE) < _RARE:
        return False
    comma = ctx.text.startswith(",", token.end)
    if key.endswith("ly"):
        return comma or key not in ctx.certain
    return comma and key not in ctx.certain and key not in ctx.repeated_starts


_SCORE_BEFORE = r"(?<![\d.,])\d{1,2} $"
_SCORE_AND_TEAM_AFTER = r" [A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,3} \d{1,2}(?!\d|[.,:]\d| ?%)"


def _in_score_line(text: str, run_start: int, number: Token) -> bool:
    """"China 0 Uzbekistan 2": a small number between two names each next to a small number
    is a team's score in a line of results, no part of the name before it."""
    return len(number.text) <= 2 and (
        pattern(_SCORE_BEFORE).search(text, max(0, run_start - 4), run_start) is not None
        or pattern(_SCORE_AND_TEAM_AFTER).match(text, number.end) is not None
    )


# A capitalised run this long on a headline's line may hold more than one name ("Microsoft Buys
# Skype"); shorter ones ("John Smith" on a line of its own) are left whole.
_HEADLINE_RUN = 3
_NUMBER_AFTER = r" \d"
# Surnames this common ("Smith", "Young") are kept in a headline's names; rarer ones that are
# everyday words ("Buys", "Warns") are not.
_RARE = 2000


def _headline_pieces(run: Run, ctx: TextContext) -> list[Run]:
    """A run of a headline cut where its capitals mean nothing: in "Blair Defends Iraq War
    Record" every word is capitalised, so an everyday word the article never capitalises
    inside a sentence stands alone ("Defends", "Record"), unless the article writes it with
    its neighbour as a name ("White House")."""
    if run.position not in ("headline", "caps") or len(run.tokens) < _HEADLINE_RUN:
        return [run]
    if pattern(_NUMBER_AFTER).match(ctx.text, run.tokens[-1].end):
        return [run]  # a row of a table or of results: "Manchester United 4 2 2 0 8 3 8"
    lex, certain, pairs = ctx.lex, ctx.certain, ctx.certain_pairs
    tokens, gaps = run.tokens, run.gaps
    loose = [t.key in lex.common_words and t.key not in certain and not t.number
             and t.key not in lex.first_names and lex.surname_ranks.get(t.key, _RARE) >= _RARE
             and t.key not in lex.places for t in tokens]
    held = _places_inside(run, lex)
    pieces: list[Run] = []
    start = 0
    for k in range(1, len(tokens)):
        joined = (tokens[k - 1].key, tokens[k].key) in pairs or k in held
        if (loose[k - 1] or loose[k]) and not joined:
            pieces.append(Run(tokens[start:k], gaps[start : k - 1], run.position))
            start = k
    pieces.append(Run(tokens[start:], gaps[start:], run.position))
    return pieces


def _places_inside(run: Run, lex: Lexicon) -> set[int]:
    """The token positions k where a place the gazetteer names in two words or more goes on
    across the boundary before token k ("United Arab Emirates" in a dateline's capitals)."""
    keys = tuple(t.key for t in run.tokens)
    held: set[int] = set()
    for i in range(len(keys) - 1):
        for j in range(min(len(keys), i + _LONGEST_PLACE), i + 1, -1):
            if _spelled(keys[i:j], tuple(run.gaps[i : j - 1])) in lex.places:
                held.update(range(i + 1, j))
                break
    return held


def _read_run(run: Run, evidence: TextEvidence, model: NameModel, ctx: TextContext,
              explain: bool) -> list[Candidate]:
    found = evidence.run_spans(run)
    if found is None:
        return []
    if found.n == 1:
        return _read_word(run, found, model, ctx, explain)
    found = _without_false_people(run, found, ctx.lex)
    if not found.spans:
        return []
    n = found.n
    score, score_words = model.score, model.score_words
    # the evidence around the run counts once for every span that starts or ends with it
    left, right = score(found.left), score(found.right)
    scores: list[Scores] = []
    for span in found.spans:
        w, c = score_words(span.lexical), score(span.context)
        s0, s1, s2, s3, s4 = w[0] + c[0], w[1] + c[1], w[2] + c[2], w[3] + c[3], w[4] + c[4]
        if span.i == 0:
            s0, s1, s2, s3, s4 = s0 + left[0], s1 + left[1], s2 + left[2], s3 + left[3], s4 + left[4]
        if span.j == n:
            s0, s1, s2, s3, s4 = (s0 + right[0], s1 + right[1], s2 + right[2], s3 + right[3],
                                  s4 + right[4])
        scores.append((s0, s1, s2, s3, s4))
    options = [(o.i, o.j) for o in found.spans]
    chosen = best_segmentation(n, options, scores)
    keys = [t.key for t in run.tokens]
    if not _name_words(ctx.lex, "parties").isdisjoint(keys):
        chosen.extend(_parties_left_out(run, options, chosen, ctx.lex))
    if not STORM_WORDS.isdisjoint(keys):
        chosen = _storms(run, options, chosen, ctx.lex)
    if not _name_words(ctx.lex, "countries").isdisjoint(keys):
        chosen = _countries_whole(run, options, chosen, ctx.lex)
    if n > 1 and not CONTEST_WORDS.isdisjoint(keys):
        chosen = _contests_whole(run, options, chosen, ctx.lex)
    at = {option: k for k, option in enumerate(options)}
    if run.position and keys[0] in SHORT_FAMILY_NAMES:
        chosen = _family_name_first(run, chosen, at, scores)
    if not chosen:
        return []
    read = _by_convention(run, chosen, at, scores, ctx)
    candidates = []
    for i, j, label, k, conventions in read:
        features = (*found.features(found.spans[k]), *conventions) if explain else ()
        candidate = _candidate(run, i, j, label, scores[k], features, ctx)
        if "legal_form" in conventions:
            candidate = _firmly(candidate, ORG)  # explained by linking (a legal form)
        elif label == OTHER and j - i == 2 and candidate.words[0] in STORM_WORDS:
            candidate = _firmly(candidate, OTHER, explain and "storm")
        elif j == n and label in (ORG, PLACE, OTHER) and _family_after(ctx.text, candidate.end):
            candidate = _firmly(candidate, PERSON, explain and "family")
        elif "to" in candidate.connectors and label != ORG:
            candidate = _firmly(candidate, ORG)  # "Campaign to Protect Rural England"
        elif label == OTHER and _contest(candidate.words, ctx.lex):
            candidate = _firmly(candidate, OTHER, explain and "contest")
        elif label == PLACE and j - i > 1 and candidate.strength == 5:
            candidate = _firmly(candidate, PLACE)  # a country's full name, whatever else it reads as
        elif label == PERSON and j - i > 1 and (
            (not any(candidate.connectors) and _ends_in_org_head(candidate.words, ctx.lex))
            or _opens_with_a_plural_noun(candidate.words[0], ctx.lex)
        ):
            # "Cuba's Communist Party, daily Granma", "Reporters Without Borders": a name
            # ending in "Party" or "Ministry", or opening with a plural noun, names no person
            # (a convention), whatever the words around it say
            rest = [v if k != PERSON else float("-inf") for k, v in enumerate(scores[k])]
            candidate = _relabelled(replace(candidate, type=LABELS[rest.index(max(rest))]),
                                    rest.index(max(rest)))
        elif label == PERSON and candidate.type == "PERSON" and candidate.scores and (
            candidate.scores.index(max(candidate.scores)) != PERSON
        ):
            # a person by a convention against the scores: "M. Atherton" (initials), not
            # the town; "Xi Jinping" (a family name written first)
            candidate = _relabelled(candidate, PERSON)
        elif label != PERSON and scores[k][PERSON] > scores[k][label] and (
            candidate.type != "PERSON" and candidate.scores
            and candidate.scores.index(max(candidate.scores)) == PERSON
        ):
            candidate = _relabelled(candidate, label)
        candidates.append(candidate)
    return candidates


def _country_by_its_name(run: Run, lex: Lexicon) -> bool:
    """A country's own name opening a sentence or on a headline is the country (a
    convention), even where it is also an everyday word the text writes nowhere else with a
    capital ("Japan began the defence of their title", "CHINA IN SURPRISE DEFEAT"): the
    weights, fitted on every capitalised everyday word at a sentence's start, drop it."""
    token = run.tokens[0]
    place = lex.places.get(token.key)
    return (run.position != "" and place is not None and place.is_country
            and fold_word(place.name) == token.key and not token.text.islower())


def _read_word(run: Run, found: RunEvidence, model: NameModel, ctx: TextContext,
               explain: bool) -> list[Candidate]:
    """``_read_run`` of a run of one word (most runs): a name if any type scores above 0 (the
    best segmentation of one span), or if it is a party's name or a country's own name (a
    convention); the conventions a one-word name may meet after that ("the Jaffe family")."""
    span = found.spans[0]
    score = model.score
    w, c = model.score_words(span.lexical), score(span.context)
    left, right = score(found.left), score(found.right)
    # summed in the order the spans of longer runs are, for the same floating-point totals
    scores: Scores = (w[0] + c[0] + left[0] + right[0], w[1] + c[1] + left[1] + right[1],
                      w[2] + c[2] + left[2] + right[2], w[3] + c[3] + left[3] + right[3],
                      w[4] + c[4] + left[4] + right[4])
    top = max(scores)
    if top > 0:
        label = scores.index(top)
    elif run.tokens[0].key in ctx.lex.parties or run.tokens[0].key in ctx.lex.party_adjectives:
        label = ORG  # as _parties_left_out reads a party's name the weights left out
    elif _country_by_its_name(run, ctx.lex):
        label = PLACE
    else:
        return []
    features = found.features(span) if explain else ()
    candidate = _candidate(run, 0, 1, label, scores, tuple(features), ctx)
    if label in (ORG, PLACE, OTHER) and _family_after(ctx.text, candidate.end):
        candidate = _firmly(candidate, PERSON, explain and "family")
    elif label != PERSON and scores[PERSON] > scores[label] and (
        candidate.type != "PERSON" and candidate.scores
        and candidate.scores.index(max(candidate.scores)) == PERSON
    ):
        candidate = _relabelled(candidate, label)
    return [candidate]


def _without_false_people(run: Run, found: RunEvidence, lex: Lexicon) -> RunEvidence:
    """The spans without those newsview never reads as one name (a convention): an adjective
    made from a name does not start a person's ("Blairite Alan Milburn" names Alan Milburn),
    a greeting before a holiday is no given name ("Merry Christmas"), a patronymic holds
    a name together ("Osama Bin Laden" is one name, not "Osama" and "Bin Laden"), and a group
    opening a sentence is no part of the name it is of ("Residents of New Orleans")."""
    tokens, gaps = run.tokens, run.gaps
    starts: set[int] = set()  # no name of two words or more starts here
    ends: set[int] = set()  # no name ends here
    greeted: set[int] = set()  # a holiday after a greeting: no name of its own either
    if run.position and gaps[0] in ("of", "of the") and tokens[0].key in GROUP_OF_NOUNS:
        starts.add(0)  # "Residents of New Orleans" names New Orleans
    for i in range(found.n - 1):
        if gaps[i]:
            continue
        key, following = tokens[i].key, tokens[i + 1].key
        if key.endswith(("ite", "ites")) and following in lex.first_names:
            starts.add(i)
        elif following in lex.other_names and key in lex.common_words:
            starts.add(i)
            greeted.add(i + 1)
        elif following in PATRONYMICS and i + 2 < found.n and not gaps[i + 1]:
            starts.add(i + 1)
            ends.add(i + 1)
    if not starts:
        return found
    kept = [span for span in found.spans
            if (span.j == span.i + 1 or span.i not in starts) and span.j not in ends
            and not (span.i in greeted and span.j == span.i + 1)]
    return RunEvidence(found.n, found.left, found.right, kept)


def _by_convention(run: Run, chosen: list[tuple[int, int, int]], at: dict[tuple[int, int], int],
                   scores: list[Scores],
                   ctx: TextContext) -> list[tuple[int, int, int, int, tuple[str, ...]]]:
    """The names the weights chose, as newsview's conventions read them: (start, end, label,
    the span whose evidence types it, the conventions that moved it). A title ending a name
    and a person "of" a place are cut; the first digits of a count leave a name; initials
    before a person's name join it."""
    chosen = _surnames_kept(run, chosen, at, scores, ctx.lex)
    if any(run.gaps):
        chosen = _particle_surnames_kept(run, chosen, at, scores)
    chosen = _company_words_joined(run, chosen, at, ctx.lex)
    if any(j - i > 1 for i, j, _ in chosen):
        chosen = _titles_inside_people(run, chosen, at, scores, ctx.lex)
        chosen = _titles_cut_off(run, chosen, at, scores, ctx.lex)
        if any(run.gaps):
            chosen = _people_of_places(run, chosen, at, scores)
    chosen = sorted(chosen)
    read: list[tuple[int, int, int, int, tuple[str, ...]]] = []
    for c, (i, j, label) in enumerate(chosen):
        k = at[(i, j)]
        if run.tokens[j - 1].number and _THOUSANDS.match(ctx.text, run.tokens[j - 1].end):
            # "About 3,000": the first digits of a count are no part of a name
            j = _without_numbers_at_end(run, i, j)
            k2 = at.get((i, j))
            if k2 is None or max(scores[k2]) <= 0:
                continue
            k, label = k2, scores[k2].index(max(scores[k2]))
        if j - i > 2 and run.tokens[j - 1].number and run.tokens[j - 2].key in ctx.lex.surname_ranks and (
            _person_without(j - 1, i, at, scores)
        ):
            # "b Waqar Younis 31", "Masayuki Okano 75": a number after a person's name
            # ending in a surname is a score, never part of the name (a convention)
            j, k, label = j - 1, at[(i, j - 1)], PERSON
        conventions: tuple[str, ...] = ()
        next_start = chosen[c + 1][0] if c + 1 < len(chosen) else None
        if _legal_form_after(run, j, next_start) and (i, j + 1) in at:
            # "Lorvane S.A.", "Volkswagen AG": a legal form ends a company's name
            j, k, label, conventions = j + 1, at[(i, j + 1)], ORG, ("legal_form",)

        free = chosen[c - 1][1] if c else 0
        if label != PERSON and j - i == 1 and _initials_before(run, i, free) < i and (
            run.tokens[i - 1].text not in _COMPASS_INITIALS
        ):
            # "M. Atherton b Waqar Younis": initials make a person of a town's name
            # ("N. Korea", "S. Africa" stay places)
            label = PERSON
        if label == PERSON:
            # an initial before a person's name is part of it ("C. Spearman"), even where the
            # weights read the letter as an everyday word (at a sentence's start)
            first = _initials_before(run, i, free)
            if first < i:
                i, conventions = first, ("initials",)
        read.append((i, j, label, k, conventions))
    return read


def _company_words_joined(run: Run, chosen: list[tuple[int, int, int]],
                          at: dict[tuple[int, int], int], lex: Lexicon) -> list[tuple[int, int, int]]:
    """Organisation words ending in a legal form belong to the name before them (a
    convention): "Jim Pattison Industries Ltd." is one company, not a person and "Industries
    Ltd."."""
    chosen = sorted(chosen)
    out: list[tuple[int, int, int]] = []
    for i, j, label in chosen:
        if out and out[-1][1] == i and label == ORG and not run.gaps[i - 1] and (
            run.tokens[j - 1].key in LEGAL_FORMS
            and all(t.key in lex.org_words or t.key in LEGAL_FORMS for t in run.tokens[i:j])
            and (out[-1][0], j) in at
        ):
            out[-1] = (out[-1][0], j, ORG)
            continue
        out.append((i, j, label))
    return out


def _surnames_kept(run: Run, chosen: list[tuple[int, int, int]], at: dict[tuple[int, int], int],
                   scores: list[Scores], lex: Lexicon) -> list[tuple[int, int, int]]:
    """A person's name ending in a given name keeps the word after it where the weights read
    the two, together, as a person's name ("Madeleine" and "Albright" read apart: a convention)."""
    chosen = sorted(chosen)
    out: list[tuple[int, int, int]] = []
    c = 0
    while c < len(chosen):
        i, j, label = chosen[c]
        following = chosen[c + 1] if c + 1 < len(chosen) else None
        if label == PERSON and j < len(run.tokens) and not run.gaps[j - 1] and (
            run.tokens[j - 1].key in lex.first_names
        ):
            joins = following is not None and following[0] == j and following[2] == PERSON
            free = following is None or following[0] > j
            end = following[1] if joins and following is not None else j + 1 if free else j
            whole = at.get((i, end))
            if end > j and whole is not None and scores[whole][PERSON] > 0 and (
                scores[whole].index(max(scores[whole])) == PERSON
            ):
                out.append((i, end, PERSON))
                c += 2 if joins else 1
                continue
        out.append((i, j, label))
        c += 1
    return out


def _family_name_first(run: Run, chosen: list[tuple[int, int, int]],
                       at: dict[tuple[int, int], int],
                       scores: list[Scores]) -> list[tuple[int, int, int]]:
    """A short family name written first keeps the given name the weights read as a person,
    or as nothing but a person above all else (a convention): "Xi Jinping said" opening a
    sentence gave "Jinping", or no one, as "xi" is also a dictionary word."""
    token = run.tokens[0]
    if not (token.text[:1].isupper() and token.text[1:].islower()) or run.gaps[0]:
        return chosen  # "XI" on a line in capitals: the headline's reading stands
    if not chosen and len(run.tokens) == 2 and (0, 2) in at and (1, 2) in at:
        given = scores[at[(1, 2)]]
        return [(0, 2, PERSON)] if given.index(max(given)) == PERSON else chosen
    return [(0, j, PERSON) if i == 1 and label == PERSON and (0, j) in at else (i, j, label)
            for i, j, label in chosen]


def _particle_surnames_kept(run: Run, chosen: list[tuple[int, int, int]],
                            at: dict[tuple[int, int], int],
                            scores: list[Scores]) -> list[tuple[int, int, int]]:
    """A person's name keeps the particle and the word after it where the weights read the
    whole as a person's name (a convention): "Javier Perez de Cuellar" is one man, not Javier
    Perez and the Spanish town of Cuellar."""
    gaps = run.gaps
    out: list[tuple[int, int, int]] = []
    taken = {(i, j) for i, j, _ in chosen}
    for i, j, label in sorted(chosen):
        if out and out[-1][1] > i:
            continue  # the word a particle gave to the name before
        whole = at.get((i, j + 1))
        if label == PERSON and whole is not None and gaps[j - 1] and all(
            word in SURNAME_PARTICLES for word in gaps[j - 1].split()
        ) and not any(a == j and b > j + 1 for a, b in taken) and scores[whole][PERSON] > 0 and (
            scores[whole].index(max(scores[whole])) == PERSON
        ):
            out.append((i, j + 1, PERSON))
            continue
        out.append((i, j, label))
    return out


def _legal_form_after(run: Run, j: int, next_start: int | None) -> bool:
    """Whether token ``j`` is a company's legal form joined to the name before it and free."""
    return (j < len(run.tokens) and run.tokens[j].key in LEGAL_FORMS and not run.gaps[j - 1]
            and (next_start is None or next_start > j))


def _titles_inside_people(run: Run, chosen: list[tuple[int, int, int]],
                          at: dict[tuple[int, int], int], scores: list[Scores],
                          lex: Lexicon) -> list[tuple[int, int, int]]:
    """A title inside a person's name parts two names (a convention): "Intelogic Chairman
    Asher Edelman" is the company and Asher Edelman; the words before the title take the type
    their own evidence gives, or are no name if nothing speaks for them. A plural title opening
    a person's name of three words or more is no part of it ("Presidents Leonid Kuchma")."""
    keys = [t.key for t in run.tokens]
    out: list[tuple[int, int, int]] = []
    for i, j, label in chosen:
        cut = None
        rest = at.get((i + 1, j))
        if label == PERSON and j - i >= 2 and rest is not None and i and (
            title_ends_at(run, i + 1, lex.titles)
        ):
            # "Secretary of State Madeleine Albright" read from "State": the last word of a
            # title is no part of the name after it
            i += 1
        elif j - i >= 3 and rest is not None and _plural_title(keys[i], lex) and not run.gaps[i] and (
            scores[rest].index(max(scores[rest])) == PERSON
        ):
            # "Presidents Leonid Kuchma": a plural title opening a name is no part of it (the
            # weights know singular titles; the plural is read as a title by convention)
            i, label = i + 1, PERSON
        if label == PERSON and j - i >= 3:
            cut = next(((k, k + t) for k in range(i + 1, j - 1) for t in (2, 1)
                        if k + t < j and " ".join(keys[k : k + t]) in lex.titles
                        and not any(run.gaps[k - 1 : k + t]) and (k + t, j) in at), None)
        if cut is None:
            out.append((i, j, label))
            continue
        before = at.get((i, cut[0]))
        if before is not None and max(scores[before]) > 0:
            out.append((i, cut[0], scores[before].index(max(scores[before]))))
        out.append((cut[1], j, PERSON))
    return out


def _plural_title(key: str, lex: Lexicon) -> bool:
    """A title's plural ("presidents", "senators")."""
    return key.endswith("s") and key[:-1] in lex.titles and key not in lex.titles


def _titles_cut_off(run: Run, chosen: list[tuple[int, int, int]], at: dict[tuple[int, int], int],
                    scores: list[Scores], lex: Lexicon) -> list[tuple[int, int, int]]:
    """A title ending a name belongs to no name: "Kellogg Chairman William LaMothe" is Kellogg
    and William LaMothe, "the Ryanair CEO" names Ryanair (a convention). What is left takes
    the type its own evidence gives; before a person's name it is no name if nothing speaks
    for it, elsewhere the whole is kept then (an office's name: "Lord Chancellor")."""
    chosen = sorted(chosen)
    keys = [t.key for t in run.tokens]
    out: list[tuple[int, int, int]] = []
    for c, (i, j, label) in enumerate(chosen):
        cut = next((k for k in (j - 2, j - 1) if k > i and " ".join(keys[k:j]) in lex.titles
                    and not any(run.gaps[k - 1 : j - 1])), None)
        if cut is not None:
            following = chosen[c + 1] if c + 1 < len(chosen) else None
            before_a_person = following is not None and following[0] == j and following[2] == PERSON
            k = at.get((i, cut))
            if k is not None and max(scores[k]) > 0:
                i, j, label = i, cut, scores[k].index(max(scores[k]))
            elif before_a_person:
                continue
        out.append((i, j, label))
    return out


def _people_of_places(run: Run, chosen: list[tuple[int, int, int]],
                      at: dict[tuple[int, int], int],
                      scores: list[Scores]) -> list[tuple[int, int, int]]:
    """"James C. Kopp of St. Albans", "Tanya Chan of the Civic Party": a person's name joined
    by "of" to another name is two names (a convention), where both halves read as names on
    their own evidence and the first as a person."""
    out: list[tuple[int, int, int]] = []
    for i, j, label in chosen:
        cut = next((k for k in range(i + 1, j) if run.gaps[k - 1] in ("of", "of the")), None)
        if label == PERSON and cut is not None:
            person, other = at.get((i, cut)), at.get((cut, j))
            if person is not None and other is not None and max(scores[other]) > 0 and (
                scores[person].index(max(scores[person])) == PERSON and max(scores[person]) > 0
            ):
                out.append((i, cut, PERSON))
                # a person "of" a person is no reading: the second name is the best of the rest
                rest = [v if label != PERSON else float("-inf")
                        for label, v in enumerate(scores[other])]
                out.append((cut, j, rest.index(max(rest))))
                continue
        out.append((i, j, label))
    return out


_THOUSANDS = re.compile(r",\d{3}")


def _without_numbers_at_end(run: Run, i: int, j: int) -> int:
    while j > i and run.tokens[j - 1].number:
        j -= 1
    return j


def _initials_before(run: Run, i: int, free: int) -> int:
    """Where a person's name starting at token ``i`` starts with the initials just before it
    (no earlier than ``free``): "C." in "C. Spearman", "J. K." in "J. K. Rowling"."""
    tokens, gaps = run.tokens, run.gaps
    while i > free and not gaps[i - 1] and _INITIAL.fullmatch(tokens[i - 1].text):
        i -= 1
    return i


_INITIAL = re.compile(r"[A-Z]\.")
_COMPASS_INITIALS = frozenset({"N.", "S.", "E.", "W."})


def _person_without(end: int, i: int, at: dict[tuple[int, int], int], scores: list[Scores]) -> bool:
    """Whether tokens ``i`` to ``end`` read, on their own evidence, as a person's name."""
    k = at.get((i, end))
    return k is not None and scores[k][PERSON] > 0 and scores[k].index(max(scores[k])) == PERSON


def _parties_left_out(run: Run, options: list[tuple[int, int]], chosen: list[tuple[int, int, int]],
                      lex: Lexicon) -> list[tuple[int, int, int]]:
    """A political party's name the weights left out is a name all the same (a convention:
    "the Tories", "Labour" are the parties), where no chosen name covers its words."""
    taken = [False] * len(run.tokens)
    for i, j, _ in chosen:
        for k in range(i, j):
            taken[k] = True
    found = []
    for i, j in options:
        if any(taken[i:j]):
            continue
        spelled = _spelled(tuple(t.key for t in run.tokens[i:j]), tuple(run.gaps[i : j - 1]))
        if spelled in lex.parties or spelled in lex.party_adjectives:
            found.append((i, j, ORG))
            for k in range(i, j):
                taken[k] = True
    return found


def _storms(run: Run, options: list[tuple[int, int]], chosen: list[tuple[int, int, int]],
            lex: Lexicon) -> list[tuple[int, int, int]]:
    """"Hurricane Hugo", "Typhoon Haiyan": a storm's word and the name after it are one event
    (a convention), whatever the weights read the words as."""
    for k, token in enumerate(run.tokens[:-1]):
        if token.key in STORM_WORDS and not run.gaps[k] and (k, k + 2) in options and not (
            run.tokens[k + 1].key in lex.org_words or run.tokens[k + 1].key in lex.loc_words
        ):  # "the National Hurricane Center" names an organisation
            chosen = [(i, j, label) for i, j, label in chosen if j <= k or i >= k + 2]
            chosen.append((k, k + 2, OTHER))
    return chosen


def _countries_whole(run: Run, options: list[tuple[int, int]], chosen: list[tuple[int, int, int]],
                     lex: Lexicon) -> list[tuple[int, int, int]]:
    """A country's full name, or its nationality word of two words, is kept whole (a
    convention): "United Arab Emirates" is the country, not the nationality word "Arab"
    inside it; "South African" is no "African"."""
    keys = [t.key for t in run.tokens]
    for i, j in options:
        if j - i < 2:
            continue
        spelled = _spelled(tuple(keys[i:j]), tuple(run.gaps[i : j - 1]))
        known = lex.places.get(spelled)
        if known is not None and known.is_country:
            label = PLACE
        elif spelled in lex.demonyms and lex.places.get(phrase_key(lex.demonyms[spelled])):
            label = NORP  # "South African provincial side" opening a sentence
        else:
            continue
        chosen = _whole(chosen, i, j, label)
    return chosen


def _whole(chosen: list[tuple[int, int, int]], i: int, j: int,
           label: int) -> list[tuple[int, int, int]]:
    """The chosen names with tokens i..j one name of ``label`` in place of the names it
    overlaps, unless a longer chosen name already holds it."""
    if any(a <= i and j <= b and (a, b) != (i, j) for a, b, _ in chosen):
        return chosen
    return [*((a, b, kept) for a, b, kept in chosen if b <= i or a >= j), (i, j, label)]


_FAMILY_AFTER = r" (?:famil(?:y|ies)|clan)\b"


def _family_after(text: str, end: int) -> bool:
    """Whether "family" follows a name: "the Jaffe family" names people, not a place."""
    return text.startswith((" fam", " clan"), end) and (
        pattern(_FAMILY_AFTER).match(text, end) is not None
    )


def _contest(words: tuple[str, ...], lex: Lexicon) -> bool:
    """Whether a name of two words is a nationality's or region's contest ("Asian Cup")."""
    return len(words) == 2 and words[1] in CONTEST_WORDS and (
        words[0] in lex.demonyms or words[0] in lex.norp_adjectives
    )


def _contests_whole(run: Run, options: list[tuple[int, int]], chosen: list[tuple[int, int, int]],
                    lex: Lexicon) -> list[tuple[int, int, int]]:
    """A nationality or region word before "Cup", "Games" or "Championship" names one
    contest (a convention): "the Asian Cup" is an event, not the continent and a cup."""
    keys = [t.key for t in run.tokens]
    for i, j in options:
        if j - i == 2 and not run.gaps[i] and _contest((keys[i], keys[i + 1]), lex):
            chosen = _whole(chosen, i, j, OTHER)
    return chosen


_NAME_WORDS: dict[tuple[int, str], frozenset[str]] = {}
_LONGEST_PLACE = 6  # words: "Saint Vincent and the Grenadines" is one name


def _name_words(lex: Lexicon, kind: str) -> frozenset[str]:
    """Every word of the lexicon's parties' names and adjectives (``"parties"``) or of its
    countries' names of two words or more (``"countries"``): a run holding none of them names
    none of these, so the conventions that keep such names whole look only at runs that do."""
    key = (id(lex), kind)
    words = _NAME_WORDS.get(key)
    if words is None:
        if kind == "parties":
            phrases = [*lex.parties, *lex.party_adjectives]
        else:
            phrases = [name for name, place in lex.places.items()
                       if place.is_country and " " in name]
        words = _NAME_WORDS[key] = frozenset(w for phrase in phrases for w in phrase.split())
    return words


def _candidate(run: Run, i: int, j: int, label: int, scores: Scores, features: tuple[str, ...],
               ctx: TextContext) -> Candidate:
    lex = ctx.lex
    tokens: list[Token] = run.tokens[i:j]
    start, end = tokens[0].start, tokens[-1].end
    text = ctx.text[start:end]
    words = tuple([t.key for t in tokens])
    connectors = tuple(run.gaps[i : j - 1])
    spelled = _spelled(words, connectors)
    kind, type_, place = "name", LABELS[label], None
    if (label in (PERSON, PLACE) and _nationality_word(spelled, lex)) or (
        label == PERSON and _nationality_compound(spelled, lex)
    ):
        # "Kuwaiti ports", "thousands of Americans": a nationality's word is no person and no
        # place but the group (and a mention of its country), a convention; read as a
        # language ("in English") or an organisation it stays so
        firm = max(scores) + 1.0
        label, scores = NORP, tuple(firm if k == NORP else v for k, v in enumerate(scores))  # type: ignore[assignment]
        features = (*features, "nationality_word")
        type_ = LABELS[label]
    if label == PLACE:
        known = lex.places.get(spelled) or lex.places.get(spelled.replace(".", ""))
        if known is not None:
            type_, place = known.type, known.name
        else:
            type_ = "LOC" if _is_loc(words, lex) else "GPE"
    elif label == NORP:
        if spelled in lex.demonyms:
            kind, place = "demonym", lex.demonyms[spelled]
            country = lex.places.get(phrase_key(place))
            type_ = country.type if country is not None else "GPE"
        elif spelled in lex.norp_adjectives:
            place = lex.norp_adjectives[spelled]  # "Muslim leaders": the Muslims
        elif spelled in lex.group_nouns:
            place = text
    if label != PERSON and len(words) > 1 and any(w in PATRONYMICS for w in words[:-1]):
        # "Osama Bin Laden", "Bin Laden": a patronymic names a person, a convention
        firm = max(scores) + 1.0
        label, type_, place = PERSON, "PERSON", None
        scores = tuple(firm if k == PERSON else v for k, v in enumerate(scores))  # type: ignore[assignment]
        features = (*features, "patronymic")
    party = lex.parties.get(spelled) or lex.party_adjectives.get(spelled)
    if party is not None:
        kind, type_, place, label, scores = _party(ctx, end, spelled, party, scores)
        features = (*features, "party")
    others = list(scores)
    top = others.pop(label)
    margin = top - max(others)
    strength = 1 + (margin >= 2) + (margin >= 5) + (margin >= 9)
    if party is not None or (label == NORP and place is not None):
        strength = 5  # a party's or a group's forms share the group's key ("Muslim", "Muslims")
    elif place is not None and kind == "name" and label == PLACE:
        known = lex.places.get(phrase_key(place))
        if known is not None and known.is_country:
            strength = 5
    return Candidate(start, end, text, words, connectors, kind, type_, strength, place,
                     scores=scores, evidence=features)


def _party(ctx: TextContext, end: int, spelled: str, party: str,
           scores: Scores) -> tuple[str, str, str, int, Scores]:
    """A political party named as a noun is the party, an organisation ("Labour won", "the
    Tories"); its adjective before a noun or a title is its members', a group word shown as a
    mention of the party ("a Labour MP", "Tory leader")."""
    lex = ctx.lex
    after = pattern(_NEXT_WORD).match(ctx.text, end)
    modifies = after is not None and (
        fold_word(after.group(1)) in cues()[("party_modified", "-")]
        or fold_word(after.group(1)) in lex.titles
    )
    firm = max(scores) + 1.0  # the convention decides, whatever the context says
    as_org: Scores = tuple(firm if k == ORG else v for k, v in enumerate(scores))  # type: ignore[assignment]
    if spelled in lex.party_adjectives and (spelled not in lex.parties or modifies):
        return "demonym", "ORG", party, NORP, as_org
    return "name", "ORG", party, ORG, as_org


def _nationality_word(spelled: str, lex: Lexicon) -> bool:
    """A nationality's adjective or plural ("Kuwaiti", "Americans") that names no place and no
    party ("Liberals" may be a party's name)."""
    return (spelled in lex.demonyms or spelled in lex.group_nouns) and not (
        spelled in lex.places or spelled in lex.parties or spelled in lex.party_adjectives
    )


def _nationality_compound(spelled: str, lex: Lexicon) -> bool:
    """"Cuban Americans", "Irish-Americans": nationality words joined name a group, never a
    person (read as a work or a place they are left so: corpora differ on them)."""
    if " " not in spelled and "-" not in spelled:
        return False
    parts = spelled.replace("-", " ").split()
    return len(parts) > 1 and all(p in lex.demonyms or p in lex.group_nouns for p in parts)


def _spelled(words: tuple[str, ...], connectors: tuple[str, ...]) -> str:
    """The folded name with its connectors: "ministry of foreign affairs"."""
    if len(connectors) == len(words) - 1 and not any(connectors):  # most names: words alone
        return " ".join(words)
    parts = [words[0]]
    for connector, word in zip(connectors, words[1:], strict=False):
        if connector:
            parts.append(connector)
        parts.append(word)
    return " ".join(parts)


def _is_loc(words: tuple[str, ...], lex: Lexicon) -> bool:
    """Continents, seas, mountains, buildings: a place that is no political unit."""
    last_two = " ".join(words[-2:])
    return (words[-1] in lex.loc_words or last_two in lex.loc_words
            or (len(words) > 1 and words[0] in lex.loc_heads))


# ----------------------------------------------------------------------------- whole-text passes


def _model_numbers(runs: list[Run], candidates: list[Candidate]) -> list[Candidate]:
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
                                       "name", "OTHER", 3, None, scores=_only(OTHER)))
    return found


def _region_abbreviations(text: str, runs: list[Run], candidates: list[Candidate],
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
                               "name", "GPE", 4, region, scores=_only(PLACE),
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


def _awards(text: str, candidates: list[Candidate], explain: bool = False) -> list[Candidate]:
    """"Oscar-winning", "Bafta-nominated": a name before these is an award (a convention),
    and so is every mention of it in the article."""
    awards = {" ".join(c.words) for c in candidates
              if c.kind == "name" and text.startswith(_AWARDED, c.end)}
    if not awards:
        return candidates
    return [_firmly(c, OTHER, explain and "award") if c.kind == "name"
            and " ".join(c.words) in awards else c for c in candidates]


_AWARDED = ("-winning", "-nominated", "-award-winning")


def _clubs(text: str, candidates: list[Candidate], lex: Lexicon,
           explain: bool = False) -> list[Candidate]:
    """A town's name that plays is a club's (a convention): "Leeds manager Kevin Blackwell",
    "Leeds beat Sheffield", "lost to Chelsea", "Hull 0 Fenwick 2". Countries are left to the
    weights: their national sides are their countries' names to most annotators."""
    patterns = _club_patterns()
    clubs: list[Candidate] = []
    for c in candidates:
        if c.kind != "name" or c.type == "ORG":
            continue
        if not _may_be_a_club(c, lex):
            if c.type == "PERSON" and len(c.words) > 1 and c.words[0] not in lex.first_names and (
                patterns["results"].match(text, c.end)
            ):
                clubs.append(c)  # "Hapoel Haifa 3 Maccabi Tel Aviv 1": a team, no person
            continue
        after = patterns["after"].match(text, c.end)
        before = patterns["before"].search(text, max(0, c.start - 30), c.start)
        if before is not None and before.group()[-2:-1].isdigit():
            before = patterns["own_score"].match(text, c.end)  # a results line: its own score
        if after is not None or before is not None:
            clubs.append(c)
    if not clubs:
        return candidates
    names = {" ".join(c.words) for c in clubs}
    # every mention of a club's name in the article is the club's
    return [_firmly(c, ORG, explain and "club") if c.kind == "name" and " ".join(c.words) in names
            and (_may_be_a_club(c, lex) or c in clubs) else c for c in candidates]


def _may_be_a_club(candidate: Candidate, lex: Lexicon) -> bool:
    """A town's name read as a place, or a one-word name the gazetteer knows as a town (read
    as a person: "Bolton", "Chelsea"); never a country's."""
    known = lex.places.get(" ".join(candidate.words))
    if known is not None and known.is_country:
        return False
    if candidate.type in ("GPE", "LOC"):
        return True
    return known is not None and len(candidate.words) == 1 and candidate.type != "NORP"


@lru_cache(maxsize=1)
def _club_patterns() -> dict[str, re.Pattern[str]]:
    table = cues()
    roles = "|".join(sorted(table[("team_role_after", "-")], key=len, reverse=True))
    verbs = "|".join(sorted(table[("match_verb", "-")], key=len, reverse=True))
    nouns = "|".join(sorted(table[("match_noun", "-")], key=len, reverse=True))
    standing = "|".join(sorted(table[("team_standing", "-")], key=len, reverse=True))
    name = r"[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,3}"
    score = r"\d{1,2}(?!\d|[.,:]\d| ?%)"
    return {
        # "Leeds manager", "Leeds beat Hull", "lost to Hull", "Hull 0 Fenwick Rovers 2"
        "after": re.compile(
            rf" (?:{roles})\b|(?: (?:{verbs})(?: with)?| lost (?:to|at)) [A-Z]"
            rf"| {score} {name} {score}"
            r"|,? (?:(?:is|are|were|was) )?(?:a|an|the) (?:[\w'\u2019-]+ ){0,2}(?:side|team|club)\b(?!['\u2019])"
            rf"|(?: [a-z]+)? their (?:{standing})\b"
        ),
        # "beat Hull", "drew with Hull", "Hull 0 Fenwick Rovers 2" read from the second team
        "before": re.compile(
            rf"\b(?:{verbs}|drew with|lost to|lost at|v|vs\.?|held by|beaten by) $"
            rf"|\b(?:{nouns}) (?:over|against|to|by|with) $"
            rf"|[A-Z][\w'.-]* {score} $"
        ),
        "own_score": re.compile(rf" {score}"),
        # a results line read from its first team: "Hapoel Haifa 3 Maccabi Tel Aviv 1"
        "results": re.compile(rf" {score} {name} {score}(?: ?$|\n| \()", re.MULTILINE),
    }


def _firmly(candidate: Candidate, label: int, convention: str | bool = False) -> Candidate:
    """A name a convention types ("Lorvane S.A." a company, "Hurricane Hugo" an event),
    whatever its words say: its score for that type above the rest, as sure as a
    well-evidenced name (strength 3)."""
    scores = candidate.scores or _only(label)
    firm = max(scores) + 3.0
    evidence = candidate.evidence
    if convention and convention not in evidence:
        evidence = (*evidence, convention)  # explained as the convention it is
    type_ = candidate.type if label == PLACE and candidate.type in ("GPE", "LOC") else LABELS[label]
    return replace(candidate, type=type_, strength=max(candidate.strength, 3),
                   scores=tuple(firm if k == label else v for k, v in enumerate(scores)),
                   evidence=evidence)


def _opens_with_a_plural_noun(word: str, lex: Lexicon) -> bool:
    """"Reporters", "Doctors", "Friends": a plural everyday noun opens no person's name."""
    return (len(word) > 3 and word.endswith("s") and not word.endswith("ss")
            and word in lex.common_words and word[:-1] in lex.common_words
            and word not in lex.surname_ranks and word not in lex.first_names)


def _ends_in_org_head(words: tuple[str, ...], lex: Lexicon) -> bool:
    """Whether a name ends in an organisation's or a group's head word ("Party", "Ministry",
    "Band") and is no given name and surname ("Charlotte Church", "Margaret Court")."""
    last = words[-1]
    return (last in lex.org_heads or last in GROUP_HEADS) and not (
        len(words) == 2 and words[0] in lex.first_names and last in lex.surname_ranks
    )


_LIST_SEPARATORS = frozenset({", ", " and ", ", and ", " or ", ", or "})


def _lists_agreed(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A name in a list of three or more whose other names are all of one type takes that
    type where its own evidence is weak (a convention): "Bear Stearns, Morgan Stanley and
    Oppenheimer" are three firms, not two firms and a person. Weak: its best reading leads
    its second by less than 5 (strength 2 or less), and the list's type is that second."""
    out = list(candidates)
    start = 0
    while start < len(out):
        end = start + 1
        while end < len(out) and text[out[end - 1].end : out[end].start] in _LIST_SEPARATORS:
            end += 1
        if end - start >= 3 and not text.startswith(("'s", "\u2019s"), out[end - 1].end):
            _agree(out, start, end)  # "..., FTU's Alice Mak": a possessive ends no list
        start = end
    return out


def _agree(candidates: list[Candidate], start: int, end: int) -> None:
    members = candidates[start:end]
    if any(c.kind != "name" or not c.scores for c in members):
        return
    labels = [c.scores.index(max(c.scores)) for c in members]  # type: ignore[union-attr]
    for odd, label in enumerate(labels):
        rest = {other for k, other in enumerate(labels) if k != odd}
        if len(rest) != 1 or label in rest:
            continue
        wanted = rest.pop()
        scores = members[odd].scores
        if members[odd].strength <= 2 and wanted != NORP and scores is not None and (
            sorted(scores)[-2] == scores[wanted]
        ):
            type_ = "GPE" if wanted == PLACE else LABELS[wanted]
            candidates[start + odd] = _relabelled(replace(members[odd], type=type_), wanted)
        return


def _relabelled(candidate: Candidate, label: int) -> Candidate:
    """A name a convention reads as another type than its scores say ("Oxford" after "Peter
    Smith of" no person, "M. Atherton" no town): its scores say so too, as the entity's type
    is read from its mentions' scores."""
    scores = candidate.scores
    top = max(scores) + 0.5
    return replace(candidate, scores=tuple(top if k == label else v for k, v in enumerate(scores)))


def _as_town(candidate: Candidate) -> Candidate:
    return replace(candidate, type="GPE", kind="name", place=None, strength=4,
                   scores=_only(PLACE), evidence=(*candidate.evidence, "region_abbreviation"))


_AFTER_A_TOWN = re.compile(r"[A-Z][\w.'-]*, $")


def _only(label: int, weight: float = 3.0) -> Scores:
    return tuple(weight if k == label else 0.0 for k in range(len(LABELS)))  # type: ignore[return-value]


def _extend_lowercase(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """"Mexican embassy" after "Mexican Embassy": a lower-case form of a name is a mention."""
    multi = {_spelled(c.words, c.connectors): c for c in candidates
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
        key = _spelled(cand.words, cand.connectors)
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


def _quoted_titles(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """"A Beautiful Lie", "Time to Wake Up": a short title-case quotation holding a name is
    one title (a work's), whatever its pieces look like alone."""
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
        if inside_to == inside_from or not _is_title_case(match.group(1)):
            continue
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
                                "name", "OTHER", 3, None, scores=_only(OTHER),
                                evidence=("quoted_title",)))
        k = inside_to
    result.extend(candidates[k:])
    return result


# A kind of work before its title (vocab.WORK_WORDS): the title runs over capitalised words
# and the small words between them; an article opening it is left out, as from every name.
_TITLE_WORD = r"[A-Z0-9][\w'\u2019\-]*(?:[.:!?][\w'\u2019\-]+)*"
_CUED_TITLE = (
    r"(?:(?<![\w-])(?:" + "|".join(sorted(WORK_WORDS)) + r")s?"
    r"|(?<![\w-])(?:the|his|her|their|its|hit|new|latest|debut|TV|television|stage|radio|music"
    r"|talk|\d{4}) (?:" + "|".join(sorted(WORK_WORDS_AFTER_DETERMINER)) + r")),? "
    r"(" + _TITLE_WORD + r"(?:(?: (?:of|the|a|an|and|in|on|to|for|at|with|from|&))* "
    + _TITLE_WORD + r")*)"
)
_WORK_WORD_FORMS = frozenset(
    form for word in WORK_WORDS | WORK_WORDS_AFTER_DETERMINER for form in (word, word + "s")
)


def _cued_titles(text: str, candidates: list[Candidate], lower: set[str]) -> list[Candidate]:
    """A title after the kind of work it names is one work (a convention): "the film
    Schindler's List" is not a person and a list, "the film The Phantom Menace" no company.
    A person's name alone after the word is left as it is ("the film Spielberg made").
    ``lower``: the text's lower-case words (most articles name no kind of work)."""
    if not candidates or _WORK_WORD_FORMS.isdisjoint(lower):
        return candidates
    found: list[Candidate] = []
    for match in pattern(_CUED_TITLE).finditer(text):
        begin, end = match.span(1)
        while end > begin and text[end - 1] in ".:!?,'\u2019":
            end -= 1  # the sentence's full stop, not the title's
        if text.startswith(("The ", "A ", "An "), begin) and text.find(" ", begin) < end:
            begin = text.index(" ", begin) + 1  # names are given without their article
        inside = [c for c in candidates if c.start < end and begin < c.end]
        end = _title_end(text, begin, end, inside)
        title = text[begin:end]
        inside = [c for c in inside if c.start < end]
        if (not inside and " " not in title) or title == "I" or title.startswith("I "):
            continue  # one capitalised word no name holds ("the film Friday"), or "I"
        if len(inside) == 1 and inside[0].start == begin and inside[0].end == end and (
            inside[0].type in ("PERSON", "OTHER")
        ):
            continue
        words = tuple(fold_word(w) for w in title.split())
        found.append(Candidate(begin, end, title, words, ("",) * (len(words) - 1), "name",
                               "OTHER", 3, None, scores=_only(OTHER), evidence=("work_title",)))
    if not found:
        return candidates
    taken = [(c.start, c.end) for c in found]
    titles = {c.words for c in found}
    kept = [c if c.words not in titles else _firmly(c, OTHER, "work_title")
            for c in candidates if not any(a < c.end and c.start < b for a, b in taken)]
    return sorted([*kept, *found], key=lambda c: c.start)


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


def _without_overlaps(candidates: list[Candidate], timexes: Sequence[Timex]) -> list[Candidate]:
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


def _read_homonyms(text: str, candidates: list[Candidate], lex: Lexicon) -> None:
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
    for cand in candidates:
        if cand.kind == "name" and " ".join(cand.words) in meant:
            cand.type, cand.strength, cand.place = "GPE", 3, None


def _read_country_cores(candidates: list[Candidate], lex: Lexicon) -> None:
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


def _mark_bracket_acronyms(text: str, candidates: list[Candidate], lex: Lexicon) -> None:
    """"Ministry of Foreign Affairs (SRE)": the bracketed acronym abbreviates the name before
    (a one-word place has none, and a news agency names itself: "(AP)" after a dateline)."""
    for i in range(1, len(candidates)):
        cand = candidates[i]
        if len(cand.words) != 1 or not cand.text.replace(".", "").isupper():
            continue
        if cand.words[0] in lex.known_orgs:
            continue  # "CAGUAS, Puerto Rico (AP)": the agency, not the island's acronym
        previous = candidates[i - 1]
        if previous.type in ("GPE", "LOC") and " " not in previous.text:
            continue  # "BUFFALO, N.Y. (AP)", "LONDON (Reuters)": a dateline's agency
        before = text[previous.end : cand.start]
        if before.strip() == "(" and text[cand.end : cand.end + 1] == ")":
            cand.abbreviates = i - 1
