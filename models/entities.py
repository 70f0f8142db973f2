"""Entity mentions: runs of capitalised words read as names by the fitted model, then linked.

The steps, each in its own module: ``candidates`` finds the runs of capitalised words and the
spans each may be cut into; ``evidence`` names what speaks for each reading of a span;
``names`` holds the fitted weights and picks the best segmentation of every run (where names
start and end, which words are no name, each name's type). This module cuts the runs by
newsview's conventions before the weights read them, reads each run and turns the chosen
spans into mentions by the conventions of one run (titles, initials, particles, legal forms,
...); ``mentions`` adds and retypes what only the whole text shows (a lower-case repeat of a
name, a work's title, a club, a list's type); ``linking`` groups the mentions into entities
and types each entity from the evidence of all its mentions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache

from newsview.models.candidates import (
    MAX_RUN,
    NUMBER_AFTER,
    Run,
    TextContext,
    Token,
    after_a_platforms_word,
    pattern,
    position_of,
    read_runs,
)
from newsview.models.document import Entity, Span, Timex
from newsview.models.evidence import (
    RunEvidence,
    TextEvidence,
    WordEvidence,
    cues,
    kind_before_table,
    title_ends_at,
    title_last_words,
    words_before,
)
from newsview.models.lexicon import Lexicon, lexicon, phrase_key
from newsview.models.linking import Candidate, build_entities
from newsview.models.mentions import (
    MINUTES_AFTER,
    SCORER_BEFORE,
    SCORERS_COUNT_AFTER,
    Occupied,
    awards,
    celestial_bodies,
    club_short_names,
    clubs,
    companies_by_their_officers,
    company_short_names,
    countries_in_brackets,
    cued_titles,
    datelines,
    digest_papers,
    extend_lowercase,
    firmly,
    folded_spelling,
    games_adjectives,
    headline_echoes,
    home_towns,
    i_products,
    kinds_listed,
    known_by_its_s,
    known_names_with_i,
    label_type,
    languages_spoken,
    listed_works,
    lists_agreed,
    mark_bracket_acronyms,
    markets_of_places,
    model_numbers,
    names_with_their_s,
    nicknamed_people,
    organisations_in_apposition,
    party_tag_at,
    party_tags,
    people_by_their_verbs,
    people_who_met,
    places_after_the,
    places_with_their_article,
    possessive_titles,
    possessors_of_people,
    quoted_titles,
    read_country_cores,
    read_homonyms,
    region_abbreviations,
    relabelled,
    run_candidate,
    scoreboard_players,
    scorers_line,
    settlements_named,
    speakers,
    starring_works,
    titled_appositions,
    titles_after_the,
    without_acronyms_of_terms,
    without_overlaps,
    works_of_people,
    works_with_their_article,
    works_with_years,
)
from newsview.models.names import (
    LABELS,
    NORP,
    ORG,
    OTHER,
    PERSON,
    PLACE,
    NameModel,
    Scores,
    best_segmentation,
    shipped_model,
)
from newsview.models.text import alone_on_its_line, fold_word, opens_a_line
from newsview.models.vocab import (
    CHANNEL_WORDS,
    CLUB_HEADS,
    CLUB_WORDS,
    COMPANY_ENDS,
    CONTEST_WORDS,
    COUNT_NOUNS,
    EAST_ASIAN_FAMILY_NAMES,
    EVENT_HEADS,
    EVENT_OPENERS,
    FOREIGN_ARTICLES,
    FOREIGN_OF,
    FOREIGN_ORG_HEADS,
    GIVEN_NAME_TITLES,
    GROUP_HEADS,
    GROUP_OF_NOUNS,
    INDEFINITE_PRONOUNS,
    INDEX_WORDS,
    INTERJECTIONS,
    LAW_WORDS,
    LEGAL_FORMS,
    MEMBERSHIP_NOUNS,
    NAME_NUMBERS,
    NATIONALITY_PREFIXES,
    NEWSROOM_WORDS,
    NO_TEAM_PLURALS,
    OPENING_IMPERATIVES,
    OPENING_PARTICIPLES,
    PARTNERS_WORDS,
    PARTY_PLURALS,
    PATRONYMICS,
    PEOPLE_PLURALS,
    POLICE_RANKS,
    POLICE_RANKS_WITH_ANOTHER,
    POST_NOMINALS,
    SHORT_FAMILY_NAMES,
    STATE_WORDS,
    STORM_WORDS,
    SURNAME_PARTICLES,
    SURNAMES_OF_EVENTS,
    TOPIC_HEADS,
    WEEKDAYS,
)


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
    evidence = TextEvidence(ctx, surname_particles=True)
    candidates: list[Candidate] = []
    for run in runs:
        candidates.extend(_read_run(run, evidence, model, ctx, explain))
    candidates.extend(_surnames_of_people(runs, candidates, evidence, model, ctx, explain))
    candidates = _people_named_by_surname(runs, candidates, evidence, model, ctx, explain)
    candidates.extend(model_numbers(runs, candidates))
    candidates = region_abbreviations(text, runs, candidates, lex)
    candidates.sort(key=lambda c: c.start)
    candidates = known_names_with_i(text, candidates, lex)
    candidates = quoted_titles(text, extend_lowercase(text, candidates))
    candidates = starring_works(text, cued_titles(text, candidates, ctx.lower_case_words()), explain)
    candidates = possessive_titles(text, candidates, lex, ctx.headline_lines, ctx.line_starts, explain)
    candidates = without_overlaps(candidates, timexes)
    candidates = nicknamed_people(text, candidates, lex, explain)
    candidates = companies_by_their_officers(text, candidates, explain)
    candidates = headline_echoes(text, runs, candidates, explain)
    candidates = listed_works(text, works_with_years(text, runs, candidates, lex, explain), explain)
    read_homonyms(text, candidates, lex)
    candidates = clubs(text, runs, candidates, lex, ctx.sentence_starts, explain)
    candidates = club_short_names(text, runs, candidates, explain)
    candidates = company_short_names(text, runs, candidates, ctx.lex, explain)
    candidates = _organisations_named_by_their_kind(text, candidates, explain)
    candidates = _crafts_named_by_their_noun(text, runs, candidates, explain)
    candidates = awards(text, candidates, explain)
    candidates = countries_in_brackets(text, candidates, lex, explain)
    candidates = markets_of_places(text, candidates, lex, explain)
    candidates = places_after_the(text, candidates, lex, explain)
    candidates = celestial_bodies(text, runs, candidates, explain)
    candidates = games_adjectives(text, candidates, explain)
    candidates = works_of_people(text, candidates, lex, explain)
    candidates = languages_spoken(text, candidates, lex, explain)
    candidates = settlements_named(text, candidates, lex, explain)
    candidates = places_with_their_article(text, candidates, lex, explain)
    candidates = works_with_their_article(text, candidates, explain)
    candidates = possessors_of_people(text, candidates, lex, explain)
    candidates = home_towns(text, candidates, lex, explain)
    candidates = titled_appositions(text, candidates, lex, explain)
    candidates = people_who_met(text, runs, candidates, lex, ctx.sentence_starts, explain)
    candidates = people_by_their_verbs(text, candidates, lex, explain)
    candidates = titles_after_the(text, candidates, lex, explain)
    candidates = i_products(candidates, explain)
    candidates = organisations_in_apposition(text, candidates, explain)
    candidates = scoreboard_players(text, runs, candidates, explain)
    candidates = datelines(text, candidates, lex, explain)
    candidates = digest_papers(text, runs, candidates, explain)
    candidates = speakers(text, candidates, lex, explain)
    candidates = party_tags(text, candidates, lex, explain)
    candidates = lists_agreed(text, candidates)
    candidates = kinds_listed(text, candidates, explain)
    candidates = names_with_their_s(text, candidates, lex)
    candidates = without_acronyms_of_terms(text, candidates)
    read_country_cores(candidates, lex)
    mark_bracket_acronyms(text, candidates, lex)
    return build_entities(text, candidates, lex, model=model if explain else None)


def _runs_by_convention(runs: list[Run], ctx: TextContext) -> list[Run]:
    """The runs as newsview's conventions cut them before the weights read them (the weights
    are fitted on the runs as every text has them): a plural everyday word opening a
    sentence before "of" ("Results of ...") and a member's or fellow's title ("a Fellow of the
    Royal Society") leave the name after it, and so does a participle opening a sentence
    ("Born Gittel Kaimowitz in Kovno", "Named Ana Vela's deputy"); a legislator's party
    and state ("R-N.C.", read whole later), a sport heading a wire story, a sentence's
    opening adverb, a plural of initials ("MPs", "CDs", alone or ending a run: "Windows
    PCs"), a weekday in capitals, the letter of "X-ray", an interjection of speech ("Mhm.",
    "Aww,") and an initialism of a thing
    ("GDP", "a bonus CD") are dropped; "York-based" ends a name at "York"; a team's score, a
    table's numbers or a scorer's minutes leave the name; and a headline is cut at its
    everyday words."""
    out: list[Run] = []
    if "Will " in ctx.text:
        runs = [_with_will(run, ctx) for run in runs]
    if "'" in ctx.text or "\u2019" in ctx.text:
        runs = [_with_an_ending_after_an_apostrophe(run, ctx.text) for run in runs]
        if "'S" in ctx.text or "\u2019S" in ctx.text:
            runs = [piece for run in runs for piece in _cut_at_a_possessive_in_capitals(run)]
    if pattern(_PARTICLE_BETWEEN_HYPHENS).search(ctx.text):
        runs = _joined_at_a_particle_between_hyphens(runs, ctx.text)
    tag_end = -2
    for run in _runs_joined(runs, ctx):
        if _party_tag(run, ctx) or run.tokens[0].start == tag_end + 1:
            tag_end = run.tokens[-1].end  # "R-N" and then "C." of "R-N.C."
            continue
        if run.position == "start" and len(run.tokens) > 1 and run.gaps[0] == "of" and (
            _plural_opening_word(run.tokens[0], ctx)
        ):
            run = Run(run.tokens[1:], run.gaps[1:], "")
        elif len(run.tokens) > 1 and run.gaps[0] in ("of", "of the") and (
            run.tokens[0].key in MEMBERSHIP_NOUNS
        ):
            run = Run(run.tokens[1:], run.gaps[1:], "")  # "a Fellow of the Royal Society"
        elif run.position == "start" and len(run.tokens) > 1 and not run.gaps[0] and (
            run.tokens[0].key in OPENING_PARTICIPLES or run.tokens[0].key in OPENING_IMPERATIVES
        ):
            # "Born Gittel Kaimowitz in Kovno", "Describe Einstein's view of gravity"
            run = Run(run.tokens[1:], run.gaps[1:], "start")
        run = _without_ranks_and_post_nominals(run, ctx.lex)
        if not run.tokens:
            continue
        if len(run.tokens) > 1 and not run.gaps[-1] and _plural_acronym(run.tokens[-1]):
            run = Run(run.tokens[:-1], run.gaps[:-1], run.position)  # "Windows PCs", "Labour MPs"
        if _sentence_adverb(run, ctx) or (len(run.tokens) == 1 and _plural_acronym(run.tokens[0])) or (
            _plural_noun_opening(run, ctx)
        ) or (
            _sport_heading(run, ctx.text)
        ) or (
            _everyday_heading(run, ctx) or _a_numbered_sections_heading(run, ctx)
            or _a_parts_number_heading(run, ctx)
        ) or (
            _day_in_capitals(run) or _letter_before_a_hyphen(run, ctx.text)
        ) or (len(run.tokens) == 1 and (_no_name_word(run.tokens[0]) or _shouted(run, ctx)
                                        or _overtime_mark(run.tokens[0], ctx.text)
                                        or _a_degrees_scale(run.tokens[0], ctx.text)
                                        or _a_unit_after_a_number(run.tokens[0], ctx.text)
                                        or _a_sentence_of_one_everyday_word(run, ctx)
                                        or _table_heading(run.tokens[0], ctx))):
            continue
        for piece in _scores_cut(_attributes_cut(run), ctx.text):
            piece = _without_a_number_ending_no_name(piece, ctx)
            # (a headline's piece is read so again: "WALES BEAT ITALY 31-22 IN CARDIFF")
            out.extend(p if p is piece else _without_a_number_ending_no_name(p, ctx)
                       for p in _headline_pieces(piece, ctx)
                       if not _lower_case_in_the_sentences(p, ctx) and not _everyday_in_capitals(p, ctx))
    return out


def _without_a_number_ending_no_name(run: Run, ctx: TextContext) -> Run:
    """The run without a number ending it that is no part of a name: a team's score, a
    table's numbers, a scorer's minutes, a count or a time ("Boeing 747" keeps its number)."""
    last = run.tokens[-1]
    if len(run.tokens) > 1 and last.number and (
        _in_score_line(ctx.text, run.tokens[0].start, last)
        or pattern(_SCORE_TOKEN).fullmatch(last.text)
        or pattern(_ANOTHER_NUMBER).match(ctx.text, last.end)
        or _ends_a_table_row(ctx.text, last)
        or _scorers_around(ctx.text, run)
        or _a_count_after(ctx.text, last)
        or _a_count_in_a_list_of_counts(ctx.text, run, ctx.lex)
        or _a_time_after(ctx.text, last)
        or _a_scorers_count(ctx.text, run)
    ):
        return Run(run.tokens[:-1], run.gaps[:-1], run.position)
    return run


def _a_scorers_count(text: str, run: Run) -> bool:
    """"Penalties: Jenkins 4.", "Scorers: Masayuki Okano 75, Kazuyoshi Miura 80": on a line a
    scorer's label opens, a small number ending a name before a comma, a full stop or the
    line's end is the player's tally or minute, no part of the name."""
    number = run.tokens[-1]
    return number.text.isdigit() and len(number.text) <= 3 and (
        pattern(SCORERS_COUNT_AFTER).match(text, number.end) is not None) and (
        scorers_line(text, run.tokens[0].start))


# An apostrophe and a short lower-case ending that no English contraction has: "Ndung'u",
# "Ng'ang'a", "Hawai'i" (not "Kenya's", "I'll", "Y'all", "I'ma").
_ENDING_AFTER_AN_APOSTROPHE = r"(?:[\u2019'](?=[a-z]{1,3}\b)(?!(?:s|d|m|t|re|ve|ll|all|em|ma)\b)[a-z]{1,3})+"


def _with_an_ending_after_an_apostrophe(run: Run, text: str) -> Run:
    """The run with its last word's ending after an apostrophe, which the tokens leave out
    ("Finance Minister Njuguna Ndung'u said": not "Njuguna Ndung"). A convention on the runs:
    the weights are fitted on the tokens as they are."""
    last = run.tokens[-1]
    if text[last.end : last.end + 1] not in ("'", "\u2019") or last.number:
        return run
    ending = pattern(_ENDING_AFTER_AN_APOSTROPHE).match(text, last.end)
    if ending is None:
        return run
    word = text[last.start : ending.end()]
    whole = Token(last.start, ending.end(), word, fold_word(word), False)
    return Run([*run.tokens[:-1], whole], run.gaps, run.position)


def _cut_at_a_possessive_in_capitals(run: Run) -> list[Run]:
    """"GHANA'S RAWLINGS WINS", "INDIA'S TISCO": a word in capitals ending in "'S" is the
    name's possessive, which ends the name (the tokens keep the letters after an apostrophe
    in capitals together, as in "O'SULLIVAN"; a convention on the runs, as the weights are
    fitted on the tokens as they are)."""
    pieces: list[Run] = []
    start = 0
    for k, token in enumerate(run.tokens):
        if len(token.text) > 3 and token.text[-2:] in ("'S", "\u2019S") and token.text[-3].isupper():
            bare = token.text[:-2]
            cut = Token(token.start, token.end - 2, bare, fold_word(bare), token.number)
            pieces.append(Run([*run.tokens[start:k], cut], run.gaps[start:k], run.position))
            start = k + 1
    if not pieces:
        return [run]
    if start < len(run.tokens):
        pieces.append(Run(run.tokens[start:], run.gaps[start:], run.position))
    return pieces


# A lower-case particle between hyphens inside a name: "Inzamam-ul-Haq", "Mujib-ur-Rahman".
_PARTICLE_BETWEEN_HYPHENS = r"[a-z]-[a-z]{1,3}-[A-Z]"


def _joined_at_a_particle_between_hyphens(runs: list[Run], text: str) -> list[Run]:
    """"Inzamam-ul-Haq", "Zia-ul-Haq": a capitalised word, a particle between hyphens and a
    capitalised word are one word of a name, which the tokens leave as two runs (a convention
    on the runs: the weights are fitted on the tokens as they are)."""
    out: list[Run] = []
    for run in runs:
        if out:
            last, first = out[-1].tokens[-1], run.tokens[0]
            # (the pattern spans the last letter before and the first capital after: "m-ul-H")
            if not last.number and not first.number and pattern(_PARTICLE_BETWEEN_HYPHENS).fullmatch(
                text, last.end - 1, first.start + 1
            ) is not None:
                word = text[last.start : first.end]
                whole = Token(last.start, first.end, word, fold_word(word), False)
                previous = out[-1]
                out[-1] = Run([*previous.tokens[:-1], whole, *run.tokens[1:]],
                              [*previous.gaps, *run.gaps], previous.position)
                continue
        out.append(run)
    return out


def _institutions_head(words: Sequence[str], gaps: Sequence[str], lex: Lexicon) -> int | None:
    """Where the institution's word before "of" or "for" stands in a name that opens with it
    or with words joined to it ("Department of Trade", "Royal Netherlands Academy of Arts"),
    or None."""
    head = next((k for k, gap in enumerate(gaps) if gap), None)
    if head is None or gaps[head] not in ("of", "for", "for the") or words[head] not in lex.org_heads:
        return None
    return head


def _an_institution_named_after_someone(run: Run, keys: list[str], chosen: list[tuple[int, int, int]],
                                       at: dict[tuple[int, int], int], scores: list[Scores],
                                       lex: Lexicon) -> list[tuple[int, int, int]]:
    """"the Andy Warhol Foundation for the Visual Arts", "the John F. Kennedy Center for the
    Performing Arts", "Harvard School of Public Health": words without connectors, an
    institution's word, "of" or "for" and a few words are one institution (a convention) where
    the whole reads best as an organisation or as a person (a name with a person's inside),
    however much better its pieces read ("Andrew Mellon" and words left out)."""
    n = len(keys)
    head = _institutions_head(keys, run.gaps, lex)
    if head is None or head < 1 or any(run.gaps[head + 1 :]) or n - head - 1 > 3 or (0, n) not in at:
        return chosen
    if run.position == "start" and keys[0] in _RIVALS_WORDS:
        return chosen  # "Rival Steel Authority of India said": the company, without "Rival"
    whole = scores[at[(0, n)]]
    if (head + 1, n) in at and _a_persons_name(run, head + 1, n, scores[at[(head + 1, n)]], lex):
        return chosen
    return [(0, n, ORG)] if whole.index(max(whole)) in (PERSON, ORG) else chosen


def _fields_of_an_institution(previous: Run, run: Run, lex: Lexicon) -> bool:
    """"Department of Trade and Industry", "Organisation for Security and Cooperation", "Royal
    Netherlands Academy of Arts and Sciences": an institution's name "of" or "for" a field, and
    one or two everyday words after "and", is one name (not "the Ministry of Defence and NATO")."""
    head = _institutions_head([t.key for t in previous.tokens], previous.gaps, lex)
    return (head is not None and not any(previous.gaps[head + 1 :])
            and len(run.tokens) <= 2 and not any(run.gaps) and all(
                t.key in lex.common_words and t.text[1:].islower() and t.key not in lex.places
                and t.key not in lex.known_orgs for t in run.tokens))


def _fields_and_an_organisations_word(tokens: Sequence[Token], gaps: Sequence[str],
                                      lex: Lexicon) -> bool:
    """"the US Securities and Exchange Commission", "the Food and Drug Administration",
    "the Irish Food and Drug Authority": everyday words (after a country's short name or a
    nationality's word, perhaps), "and", and everyday words ending in an organisation's word
    are one name, not "US Securities" and "Exchange Commission"."""
    return _fields_and_a_closing_word(tokens, gaps, lex, lex.org_words, 2)


def _fields_and_a_laws_word(tokens: Sequence[Token], gaps: Sequence[str], lex: Lexicon) -> bool:
    """"the Water Resources and Development Act", "the Emergency Medical Treatment and Labor
    Act": one law, not an organisation and a law."""
    return _fields_and_a_closing_word(tokens, gaps, lex, LAW_WORDS, 3)


def _fields_and_a_closing_word(tokens: Sequence[Token], gaps: Sequence[str], lex: Lexicon,
                               closing: frozenset[str], most_fields: int) -> bool:
    """Everyday words (``most_fields`` at most), "and", everyday words ending in one of
    ``closing`` (and perhaps "of" a place after it): one name."""
    gaps = list(gaps)
    if len(gaps) > 1 and gaps[-1] in ("of", "of the") and "and" in gaps[:-1] and (
        tokens[-1].key in lex.places
    ):
        # "the Securities and Exchange Board of India": the country is the name's too (not
        # "the United Nations and Council of Europe conventions": two names)
        named = " ".join(t.key for t in tokens[: gaps.index("and") + 1])
        if named in lex.known_orgs or named in lex.places:
            return False
        tokens, gaps = tokens[:-1], gaps[:-1]
    parts = _parts_around_one_and(tokens, gaps)
    if parts is None:
        return False
    fields, rest = parts
    if _country_short(fields[0], lex) or fields[0].key in lex.demonyms and (
        fields[-1].key not in closing  # "American Airlines and Southwest Airlines": two
    ):
        fields = fields[1:]
    return (0 < len(fields) <= most_fields and len(rest) <= 3 and rest[-1].key in closing
            and all(_everyday_field(t, lex) for t in (*fields, *rest)))


def _parts_around_one_and(tokens: Sequence[Token], gaps: Sequence[str]) -> tuple[list[Token], list[Token]] | None:
    """The tokens before and after the one "and" of a run whose other connectors are all
    empty; None for any other run."""
    if list(gaps).count("and") != 1 or any(gap not in ("", "and") for gap in gaps):
        return None
    cut = list(gaps).index("and") + 1
    return list(tokens[:cut]), list(tokens[cut:])


# The last words of a local authority's or a police force's name after its places.
_LOCAL_BODIES = frozenset(("council", "police", "constabulary"))
# Words that may stand between the places and that last word ("Brighton and Hove City Council").
_LOCAL_BODY_KINDS = frozenset(("city", "county", "borough", "district", "metropolitan", "regional"))


def _places_and_a_local_body(tokens: Sequence[Token], gaps: Sequence[str], lex: Lexicon) -> bool:
    """"Argyll and Bute Council", "Devon and Cornwall Police", "Brighton and Hove City Council":
    a place (or a word no dictionary lists), "and", another, and a council's or a police
    force's word are one organisation, not a place and "Bute Council"."""
    parts = _parts_around_one_and(tokens, gaps)
    if parts is None or tokens[-1].key not in _LOCAL_BODIES:
        return False
    places = [parts[0], parts[1][:-1]]
    if not all(0 < len(part) <= 2 for part in places):
        return False
    named = [*places[0], places[1][0]]
    return all(not t.number and t.text[:1].isupper() and (t.key in lex.places or t.key not in lex.common_words)
               for t in named) and all(t.key in _LOCAL_BODY_KINDS for t in places[1][1:])


def _country_short(token: Token, lex: Lexicon) -> bool:
    """A country's short name in capitals: "US", "U.K."."""
    place = lex.places.get(token.key.replace(".", ""))
    return token.text.replace(".", "").isupper() and place is not None and place.is_country


def _everyday_field(token: Token, lex: Lexicon) -> bool:
    key = token.key
    return (key in lex.common_words and token.text[1:].islower() and key not in lex.places
            and key not in lex.titles and key not in lex.known_orgs and key not in lex.first_names)


def _institution_of_fields(words: Sequence[str], connectors: Sequence[str], lex: Lexicon) -> bool:
    """"Office of Science and Technology Policy": an institution's word, "of" or "for", and
    fields joined by "and" (as ``_runs_joined`` joins them) name an organisation; so do an
    organisation's word "of" two places ("Green Party of England and Wales")."""
    head = _institutions_head(words, connectors, lex)
    if head is not None and "and" in connectors[head + 1 :]:
        return True  # "Office of Science and ...", "Royal Netherlands Academy of Arts and Sciences"
    return (len(words) > 3 and connectors[-1] == "and" and connectors[-2] in ("of", "of the")
            and words[-3] in lex.org_words and words[-2] in lex.places and words[-1] in lex.places)


def _places_of_an_institution(previous: Run, run: Run, lex: Lexicon) -> bool:
    """"Green Party of England and Wales": an organisation's word "of" a country or region,
    then "and" and another of the same kind, is one name (not "the Bank of England and
    Barclays", nor "the Bank of England and London")."""
    gaps = previous.gaps
    if len(previous.tokens) < 2 or gaps[-1] not in ("of", "of the") or any(gaps[:-1]):
        return False
    if previous.tokens[-2].key not in lex.org_words or len(run.tokens) != 1 or any(run.gaps):
        return False
    first, second = lex.places.get(previous.tokens[-1].key), lex.places.get(run.tokens[0].key)
    return (first is not None and second is not None and first.type == second.type
            and first.is_country == second.is_country)


def _region_of_an_institution(previous: Run, run: Run, lex: Lexicon) -> bool:
    """A continent or a country "in" which an institution of two fields works ends its name
    ("... for Security and Cooperation in Europe"; not "the Ministry of Defence in London")."""
    place = lex.places.get(run.tokens[0].key) if len(run.tokens) == 1 else None
    return (place is not None and (place.is_country or place.type == "LOC")
            and previous.tokens[0].key in lex.org_heads and previous.gaps[0] in ("of", "for", "for the")
            and "and" in previous.gaps)


_JOINING_WORDS = r" ([a-z]{1,4})(?: ([a-z]{1,4}))? "


def _runs_joined(runs: list[Run], ctx: TextContext) -> list[Run]:
    """Runs that are one name the candidates could not join: a company's name with a
    possessive inside ("Shoney's Inc.", "Moody's Investors Service Inc."), an organisation's
    with a plural's possessive inside ("Otago Girls' High School"), a name with "and"
    inside whose acronym the text writes ("Immigration and Naturalization Service" beside
    "INS"), a name with "in", "for", "on" or "at" inside whose acronym follows it in brackets
    ("Interactive Media in Retail Group (IMRG)"), a place the gazetteer spells with lower-case words ("Dar es Salaam", "Trinidad
    and Tobago"), an organisation named for its aim ("Committee to Protect Journalists") and
    a body or an accord for its subject ("Council on Foreign Relations")."""
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
            if between in _POSSESSIVES and _a_patrons_possessive(previous, run, lex):
                # "King's College Hospital", "St Thomas' Hospital", "Guy's Hospital": one name
                out[-1] = Run([*previous.tokens, *run.tokens], [*previous.gaps, "", *run.gaps],
                              previous.position)
                continue
            if between in (" d'", " d\u2019") and len(previous.tokens) + len(run.tokens) <= MAX_RUN:
                # "Côte d'Ivoire", "Giro d'Italia", "Valéry Giscard d'Estaing": the elided "de"
                # opens the next word of one name (as the gazetteer spells it)
                first = run.tokens[0]
                elided = Token(first.start - 2, first.end, text[first.start - 2 : first.end], "d'" + first.key)
                out[-1] = Run([*previous.tokens, elided, *run.tokens[1:]], [*previous.gaps, "", *run.gaps],
                              previous.position)
                continue
            if between in ("' ", "\u2019 ") and _everyday_plural(previous.tokens[-1].key, lex) and (
                run.tokens[0].key in lex.org_words or run.tokens[-1].key in lex.org_words
                or run.tokens[0].key in _PRIZES  # "the Commonwealth Writers' Prize for Best First Book"
                or len(run.tokens) == 1 and run.tokens[0].key in EVENT_HEADS  # "the Breeders' Cup"
            ):
                # "Otago Girls' High School", "the Writers' Guild": a plural's possessive
                # inside an organisation's name ends no name
                out[-1] = Run([*previous.tokens, *run.tokens], [*previous.gaps, "", *run.gaps],
                              previous.position)
                continue
            if between == " and " and (_acronym_in_text(text, [*previous.tokens, *run.tokens],
                                                         len(previous.tokens))
                                       or _acronym_in_brackets_after(text, [*previous.tokens, *run.tokens])
                                       or _fields_of_an_institution(previous, run, lex)
                                       or _fields_and_an_organisations_word(
                                           [*previous.tokens, *run.tokens],
                                           [*previous.gaps, "and", *run.gaps], lex)
                                       or _fields_and_a_laws_word(
                                           [*previous.tokens, *run.tokens],
                                           [*previous.gaps, "and", *run.gaps], lex)
                                       or _places_and_a_local_body(
                                           [*previous.tokens, *run.tokens],
                                           [*previous.gaps, "and", *run.gaps], lex)):
                # "Securities and Exchange Commission" where the text also writes "SEC"
                out[-1] = Run([*previous.tokens, *run.tokens], [*previous.gaps, "and", *run.gaps],
                              previous.position)
                continue
            if between in (" in ", " for ", " on ", " at ") and _acronym_in_brackets_after(
                text, [*previous.tokens, *run.tokens]
            ) and len(previous.tokens) + len(run.tokens) <= MAX_RUN:
                # "the Interactive Media in Retail Group (IMRG)": its initials say it is one
                out[-1] = Run([*previous.tokens, *run.tokens],
                              [*previous.gaps, between.strip(), *run.gaps], previous.position)
                continue
            if between == " and " and _places_of_an_institution(previous, run, lex):
                # "Green Party of England and Wales", "Law Society of Scotland and Ireland"
                out[-1] = Run([*previous.tokens, *run.tokens], [*previous.gaps, "and", *run.gaps],
                              previous.position)
                continue
            if between == " and " and len(run.tokens) == 1 and run.tokens[0].key in PARTNERS_WORDS and (
                len(previous.tokens) < MAX_RUN
            ):
                # "Robert Stephenson and Company", "Barclay and Co.": one firm
                out[-1] = Run([*previous.tokens, *run.tokens], [*previous.gaps, "and", *run.gaps],
                              previous.position)
                continue
            if between == " in " and _region_of_an_institution(previous, run, lex):
                # "Organisation for Security and Cooperation in Europe"
                out[-1] = Run([*previous.tokens, *run.tokens], [*previous.gaps, "in", *run.gaps],
                              previous.position)
                continue
            words = pattern(_JOINING_WORDS).fullmatch(between) if len(between) <= 11 else None
            if words is not None and len(previous.tokens) + len(run.tokens) <= MAX_RUN:
                first, second = words.groups()
                connector = f"{first} {second}" if second else first
                if first in _name_words(lex, "place_inner_words") and " ".join(
                    [*[t.key for t in previous.tokens], connector, *[t.key for t in run.tokens]]
                ) in lex.places or _particles_of_a_surname(words.groups(), run) or (
                    connector == "to" and previous.tokens[-1].key in _AIMING_ORG_HEADS
                ) or (
                    # "the UN Convention on Refugees", "the Council on Foreign Relations"
                    connector in ("on", "on the") and previous.tokens[-1].key in TOPIC_HEADS
                ) or (connector in ("in", "for") and previous.tokens[-1].key in _PRIZES and all(
                    t.key in lex.common_words and not t.text.isupper() for t in run.tokens
                )):  # "Nobel Prize in Physics", not "Pulitzer Prize for NSA reporting"
                    out[-1] = Run([*previous.tokens, *run.tokens],
                                  [*previous.gaps, connector, *run.gaps], previous.position)
                    continue
        out.append(run)
    return out


_POSSESSIVES = frozenset(["'s ", "\u2019s ", "' ", "\u2019 "])
# Who an institution or a place is named for, in the possessive: "King's College", "Queen's
# University", "the Prince's Trust"; a saint or a given name: "St Thomas' Hospital", "Guy's".
_PATRONS = frozenset("king queen prince princess duke duchess".split())
_SAINTS = frozenset("st st. saint".split())


def _a_patrons_possessive(previous: Run, run: Run, lex: Lexicon) -> bool:
    """Whether a possessive run names the patron of the institution or the place the next run
    names ("King's" + "College Hospital", "St John's" + "College"), not its owner ("Britain's
    National Health Service", "Google's Android team")."""
    keys = [t.key for t in run.tokens]
    if len(keys) == 2 and keys[0] in lex.org_heads and keys[1] in lex.places:
        keys = keys[:1]  # "King's College London": the institution's word before its town
    last = keys[-1]
    if len(keys) > 2 or not (last in lex.org_words or last in lex.loc_words) or last in lex.places:
        return False
    patron = [t.key for t in previous.tokens]
    return (len(patron) == 1 and (patron[0] in _PATRONS or patron[0] in lex.first_names)) or (
        len(patron) == 2 and patron[0] in _SAINTS and not previous.gaps[0]
    )


def _joined_at_a_patrons_possessive(run: Run, text: str) -> bool:
    """Whether ``_runs_joined`` joined the run at a patron's possessive ("King's College",
    "St John's College"): after its first word, or after a saint's name."""
    tokens = run.tokens
    at = 2 if tokens[0].key in _SAINTS and len(tokens) > 2 and not run.gaps[0] else 1
    return text[tokens[at - 1].end : tokens[at].start] in _POSSESSIVES


def _joined_at_a_plurals_possessive(run: Run, text: str, lex: Lexicon) -> bool:
    """Whether ``_runs_joined`` joined the run after an everyday plural's possessive inside it
    ("Otago Girls' High School", "Leeds Magistrates' Court")."""
    tokens = run.tokens
    return any(text[a.end : b.start] in ("' ", "\u2019 ") and _everyday_plural(a.key, lex)
               for a, b in zip(tokens, tokens[1:], strict=False))


def _everyday_plural(key: str, lex: Lexicon) -> bool:
    """"girls", "farmers": an everyday word's plural (not "Beatles", whose possessive before
    "Apple Corps" ends a name)."""
    return key.endswith("s") and (key in lex.common_words or key[:-1] in lex.common_words)


# A player's role in lower case right before a name of two words: the player ("substitute
# Divock Origi", "striker Igor Shkvyrin"); the plurals and "driver" (a team's: "Williams
# driver Damon Hill" reads the team first) left out.
_PLAYERS_ROLES = frozenset("""substitute striker midfielder defender goalkeeper keeper winger
    forward quarterback pitcher batsman bowler wicketkeeper captain playmaker centre-back
    full-back fly-half scrum-half flanker""".split())
# Races named for the land they cross: "the Tour of Spain", "the Tour of Flanders".
_RACES_OF_A_PLACE = frozenset(["tour"])
# Prizes named for their field: "Nobel Prize in Physics", "Award for Best Actress".
_PRIZES = frozenset("prize prizes award awards medal".split())
_EVENT_OR_PRIZE_HEADS = EVENT_HEADS | _PRIZES
# Titles' words that are common surnames too ("Stephen King", "John Major", "Stephanie Pope"),
# not "Justice" or "Mayor", which end other names ("the George Floyd Justice in Policing Act")
_TITLES_THAT_ARE_SURNAMES = frozenset(
    "king pope major bishop dean marshal marshall judge abbott prior knight duke earl baron "
    "sheriff chancellor provost deacon sergeant page squire".split())
# A party's politics before its name and "party" ("the ruling Morena party": no town Morena).
_POLITICS_BEFORE = (
    r"\b(?i:ruling|opposition|governing|nationalist|far-right|far-left|right-wing|left-wing"
    r"|centrist|populist|leftist|rightist|conservative|liberal|socialist|communist|islamist) $"
)
# A peer's titles, which with "of" and a place name one person ("the Duchess of Cambridge", as
# the Broad Twitter Corpus has it); a monarch's ("the King of Spain") keep the title apart.
_NOBLE_TITLES = frozenset(
    "prince princess duke duchess earl countess marquess marchioness viscount viscountess".split())
# Everyday words that open a sentence before a company's (or a rival's) name, no word of it:
# "Rival SK Hynix reports on Thursday", "Embattled Boeing said".
_RIVALS_WORDS = frozenset(
    "rival rivals struggling embattled troubled beleaguered ailing loss-making cash-strapped".split())
# The prefixes of a ship's name: "USS Hopper", "HMS Belfast", "RMS Titanic", "MV Sewol" (not
# "MS" or "SS", which name other things too).
_SHIP_PREFIXES = frozenset("uss hms hmas hmcs hmnzs rms usns mv".split())
# Organisations named for their aim: "Committee to Protect Journalists", "Campaign to Protect
# Rural England".
_AIMING_ORG_HEADS = frozenset("committee campaign coalition alliance movement fund foundation".split())


def _a_partys_name_by_its_noun(text: str, candidate: Candidate) -> bool:
    """Whether a name stands between a party's politics and "party" ("the ruling Morena
    party", "the opposition Morena parties"): a party's, though a town has that name too."""
    return text.startswith((" party", " parties"), candidate.end) and (
        pattern(_POLITICS_BEFORE).search(text, max(0, candidate.start - 16), candidate.start) is not None)


def _a_medal_of(words: tuple[str, ...], connectors: tuple[str, ...]) -> bool:
    """"the Presidential Medal of Freedom", "the Medal of Honor": a prize's word and "of"."""
    return any(word in _PRIZES and connector in ("of", "of the")
               for word, connector in zip(words[:-1], connectors, strict=False))


def _particles_of_a_surname(words: tuple[str | None, ...], run: Run) -> bool:
    """Whether two particles open the one-word surname after them ("Nikolaus van der Pas",
    "Rafael van der Vaart"); one particle ("Louis van Gaal") the runs already hold."""
    return (len(run.tokens) == 1 and words[1] is not None
            and all(w in SURNAME_PARTICLES for w in words))


def _acronym_in_text(text: str, tokens: list[Token], and_at: int | None = None) -> bool:
    """Whether the text writes the initials of these words (three or more) as a word, with
    or without the A of an "and" before token ``and_at`` ("EMTALA": the Emergency Medical
    Treatment and Labor Act)."""
    if len(tokens) < 3 or not all(t.text[:1].isupper() for t in tokens):
        return False
    letters = "".join(t.text[0] for t in tokens)
    spellings = [letters] if and_at is None else [letters, letters[:and_at] + "A" + letters[and_at:]]
    # a C-level test first (most pairs joined by "and" have none); then re's own bounded
    # cache, not pattern()'s: the initials differ from text to text
    return any(spelled in text and re.search(r"\b" + re.escape(spelled) + r"\b", text) is not None
               for spelled in spellings)


def _a_time_after(text: str, number: Token) -> bool:
    """"Laurent Jalabert (France) ONCE 1:05": a number opening a race's time is no part of
    the name before it (not "Terminal 2: arrivals", a label)."""
    return text.startswith(":", number.end) and text[number.end + 1 : number.end + 2].isdigit()


def _a_count_after(text: str, number: Token) -> bool:
    """"Alphand 180 points", "Kowalczyk 2,310 votes": a number before a noun it counts is a
    tally, no part of the name before it."""
    return _next_word_in(text, number.end, COUNT_NOUNS)


def _a_count_in_a_list_of_counts(text: str, run: Run, lex: Lexicon) -> bool:
    """"Lara made 44 and Shivnarine Chanderpaul 69": a number ending a name listed right after
    another count and "and" is that name's count too (the verb left out), no part of the name;
    not after an everyday word ("Flight 574 and Garuda Indonesia Flight 200")."""
    number, start = run.tokens[-1], run.tokens[0].start
    return number.text.isdigit() and len(number.text) <= 4 and run.tokens[-2].key not in lex.common_words and (
        pattern(_A_COUNT_LISTED_BEFORE).search(text, max(0, start - 12), start) is not None)


_A_COUNT_LISTED_BEFORE = r"\d and $"


def _acronym_in_brackets_after(text: str, tokens: list[Token]) -> bool:
    """Whether the words are followed by their acronym in brackets, one inner word's initial
    left out or not: "London International Financial Futures and Options Exchange (LIFFE)",
    or a company's closing word: "European Aeronautic Defence and Space Company (EADS)"."""
    match = pattern(_BRACKETED_ACRONYM).match(text, tokens[-1].end)
    if match is None or len(tokens) < 3 or not all(t.text[:1].isupper() for t in tokens):
        return False
    # "Co" may give the acronym both its letters: "Tata Iron and Steel Co Ltd (TISCO)"
    letters = [t.text.upper() if t.key == "co" else t.text[0] for t in tokens]
    acronym = match.group(1)
    return "".join(letters) == acronym or any(
        "".join(letters[:k] + letters[k + 1 :]) == acronym for k in range(1, len(letters) - 1)
    ) or (tokens[-1].key in _CLOSING_WORDS_AN_ACRONYM_LEAVES_OUT and "".join(letters[:-1]) == acronym)


_BRACKETED_ACRONYM = r" \(([A-Z]{3,8})\)"
_CLOSING_WORDS_AN_ACRONYM_LEAVES_OUT = COMPANY_ENDS | frozenset("company corporation group".split())


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


def _plural_acronym(token: Token) -> bool:
    """"MPs", "CEOs", "CDs", "NGOs": the plural of initials is a kind of thing, no name."""
    text = token.text
    return len(text) >= 3 and text.endswith("s") and text[:-1].isupper() and text[:-1].isalpha()


_SPEAKER_BEFORE = r"(?m)^[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)?: $"


def _after_a_speaker(text: str, start: int) -> bool:
    """Whether a word opens a speaker's turn in an interview ("Smith: Honestly, ...")."""
    return text.startswith(": ", start - 2) and (
        pattern(_SPEAKER_BEFORE).search(text, max(0, start - 40), start) is not None
    )


_TABLE_HEADING_AFTER = r"(?: \([a-z][^\n]*\))?:[ \t]*\n"
_LOWER_CASE_HEADING_AFTER = r"(?: [a-z]+){0,3}[ \t]*(?:\n|$)"


def _table_heading(token: Token, ctx: TextContext) -> bool:
    """"Standings (tabulated under played, won, ...):", "Results:": an everyday word opening a
    line before a colon that ends it heads a table, no name (nor where the text capitalises
    it nowhere else); so does one before a few lower-case words that end the line, "Division
    one" over a division's results (no given name, surname, place or organisation), and one
    before a number that ends the line (a bracket between), a row's label: "Total 208"."""
    if not opens_a_line(ctx.text, token.start) or token.key not in ctx.lex.common_words or (
        token.key in ctx.certain
    ):
        return False
    if pattern(_TABLE_HEADING_AFTER).match(ctx.text, token.end) is not None:
        return True
    if pattern(_ROW_LABEL_AFTER).match(ctx.text, token.end) is not None:
        return True  # "Total (for five wickets, 50 overs) 208", "Extras 7": a row's label
    return pattern(_LOWER_CASE_HEADING_AFTER).match(ctx.text, token.end) is not None and (
        _loose_in_a_headline(token, ctx))


_ROW_LABEL_AFTER = r"(?: \([^()\n]{1,60}\))? \d[\d,.]*[ \t]*(?:\n|$)"


def _overtime_mark(token: Token, text: str) -> bool:
    """"Houston 110 SEATTLE 104 (OT)": an overtime's or a shoot-out's mark in brackets after a
    score names nothing."""
    return token.text in ("OT", "2OT", "3OT", "SO") and text[token.start - 1 : token.start] == "(" and (
        text[max(0, token.start - 3) : token.start - 1].rstrip()[-1:].isdigit())


def _a_degrees_scale(token: Token, text: str) -> bool:
    """"35°C", "95 °F": the scale after a degree sign names nothing (no place C)."""
    return token.text in ("C", "F", "K") and text[max(0, token.start - 2) : token.start].rstrip().endswith("\u00b0")


# Symbols of units written with capitals, after a number ("a 4 GB model", "500 MW", "2 GHz").
_UNIT_SYMBOLS = frozenset("""KB MB GB TB PB Kb Mb Gb Tb KW kW MW GW TW kWh MWh GWh TWh Hz kHz KHz MHz GHz THz
    Mbps Gbps MPH KPH""".split())


def _a_unit_after_a_number(token: Token, text: str) -> bool:
    """"a 4 GB model", "500 MW of power": a unit's symbol after a number names nothing."""
    return token.text in _UNIT_SYMBOLS and text[max(0, token.start - 2) : token.start].rstrip()[-1:].isdigit()


def _letter_before_a_hyphen(run: Run, text: str) -> bool:
    """"X-ray", "T-shirt", "U-turn": a capital letter before a hyphen and a word names nothing;
    nor does a letter of a pair written with a slash ("Google I/O", "the P/E ratio")."""
    token = run.tokens[0]
    if len(run.tokens) != 1 or len(token.text) != 1:
        return False
    before, after = text[max(0, token.start - 2) : token.start], text[token.end : token.end + 2]
    return (after[:1] == "-" and after[1:].islower() or after[:1] == "/" and after[1:].isupper()
            or before[1:] == "/" and before[:1].isupper())


def _with_will(run: Run, ctx: TextContext) -> Run:
    """"Will Smith said", "He met Will Young": "Will" right before a name is a given name, but
    the runs never open with the modal verb, so it is put back here, for the weights to read
    with the name after it; not where a sentence asks ("Will Labour win?")."""
    first = run.tokens[0]
    at = first.start - 5
    if at < 0 or not ctx.text.startswith("Will ", at) or (at and ctx.text[at - 1].isalnum()):
        return run
    position = position_of(ctx, at)
    if position != "" and pattern(r"[^.!?\n]*\?").match(ctx.text, first.end, first.end + 400):
        return run  # "Will Smith win?": the modal verb of a question (looked for nearby only)
    return Run([Token(at, at + 4, "Will", "will"), *run.tokens], ["", *run.gaps], position)


def _sentence_adverb(run: Run, ctx: TextContext) -> bool:
    """"Incidentally, ...", "Ultimately the ...", "Indeed, ...": an everyday word opening a
    sentence (or a speaker's turn: "Smith: Honestly, ...") is an adverb, no name, if it ends
    in -ly and the article never capitalises it inside a sentence, or if a comma follows it
    and the article neither capitalises it inside a sentence nor opens other sentences with
    it. A given name, a place or a common surname stays ("Kelly,", "Italy,", "Brown,")."""
    token = run.tokens[0]
    key, lex = token.key, ctx.lex
    if len(run.tokens) != 1 or key not in lex.common_words:
        return False
    if run.position != "start" and not _after_a_speaker(ctx.text, token.start):
        return False
    if key in lex.first_names or key in lex.places or lex.surname_ranks.get(key, _RARE) < _RARE:
        return False
    comma = ctx.text.startswith(",", token.end)
    if key.endswith("ly"):
        return comma or key not in ctx.certain
    if key in _ORDINAL_OPENERS:
        return comma  # "First, the precedent supports us. Second, ...": however often
    return comma and key not in ctx.certain and key not in ctx.repeated_starts


# Words that count the points of an argument, opening its sentences ("First, ...", "Next, ...")
_ORDINAL_OPENERS = frozenset("first second third fourth fifth next finally".split())


def _scores_cut(runs: list[Run], text: str) -> list[Run]:
    """"Utah 111 LA LAKERS 102": a team's score inside a run of a results line parts the two
    teams' names (the score that ends a run is left to the caller)."""
    out: list[Run] = []
    for run in runs:
        start = 0
        tokens = run.tokens
        for k in range(1, len(tokens) - 1):
            if tokens[k].number and k > start and _in_score_line(text, tokens[start].start, tokens[k]):
                out.append(Run(tokens[start:k], run.gaps[start : k - 1], run.position))
                start = k + 1
        out.append(run if start == 0 else Run(tokens[start:], run.gaps[start:], run.position))
    return out


def _party_tag(run: Run, ctx: TextContext) -> bool:
    """"R-N.C.", "(D-Calif.)": a legislator's party and state, read whole as the party (see
    ``mentions.party_tags``), not as the names its pieces would make."""
    token = run.tokens[0]
    return len(run.tokens) == 1 and token.text[:2] in ("R-", "D-", "I-") and (
        party_tag_at(ctx.text, token.start, ctx.lex) is not None)


def _plural_opening_word(token: Token, ctx: TextContext) -> bool:
    """"Results of National Basketball Association games", "Shares of Commerzbank fell": a
    plural everyday word opening a sentence before "of", which the article never capitalises
    inside a sentence, is no part of the name after "of" ("Friends of the Earth" written so
    inside a sentence stays whole)."""
    key, lex = token.key, ctx.lex
    return key.endswith("s") and key in lex.common_words and key not in ctx.certain and (
        key not in lex.org_heads and key not in lex.loc_heads and key not in lex.titles
        and key not in lex.places and key not in lex.first_names)


def _plural_noun_opening(run: Run, ctx: TextContext) -> bool:
    """"Protesters said", "Researchers at the clinic found": a plural everyday word alone
    opening a sentence before a lower-case word, which the article never capitalises inside
    a sentence and no list knows as a group's, a party's or an organisation's word, is the
    noun it is (the weights, reading a sentence's first word before "said", made
    organisations of "Organisers" and "Protesters")."""
    if run.position != "start" or len(run.tokens) != 1:
        return False
    token, lex = run.tokens[0], ctx.lex
    if not _plural_opening_word(token, ctx) or not pattern(_LOWER_WORD_AFTER).match(ctx.text, token.end):
        return False
    key = token.key
    return not (key in lex.group_nouns or key in lex.demonyms or key in lex.norp_adjectives
                or key in lex.parties or key in lex.party_adjectives or key in lex.known_orgs
                or key in lex.org_words or key in lex.other_names)


_LOWER_WORD_AFTER = r" [a-z]"
_SCORE_BEFORE = r"(?<![\d.,])\d{1,3} $"
# the other team's score and its scorers with their minutes in brackets, just before a name
_SCORE_AND_SCORERS_BEFORE = r"(?<![\d.,])\d{1,2} \([A-Z][^()\n]*\d\b[^()\n]*\) $"
_SCORE_AND_TEAM_AFTER = r" [A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,3} \d{1,3}(?!\d|[.,:]\d| ?%)"


def _sport_heading(run: Run, text: str) -> bool:
    """"RUGBY UNION - AUSTRALIA BEAT ITALY", "ATHLETICS - ...", "PRESS DIGEST - Egypt": a sport
    or a desk's rubric opening a line before a dash heads a wire story's section, no name."""
    start = run.tokens[0].start
    if not (opens_a_line(text, start) and text.startswith((" - ", " \u2013 ", " \u2014 "), run.tokens[-1].end)):
        return False
    heading = "_".join(t.key for t in run.tokens)
    return heading in cues()[("sport_heading", "-")] or heading in cues()[("wire_rubric", "-")]


def _no_name_word(token: Token) -> bool:
    """An interjection of speech ("Mhm.", "Aww,"), a pronoun for someone unnamed ("Nobody"),
    an everyday plural for people ("Women's 1,500 metres") or an initialism of a thing ("a bonus CD", "GDP grew"), written as such (capitals;
    "PhD", "MP3"): no name alone."""
    if token.key in INTERJECTIONS or token.key in INDEFINITE_PRONOUNS or token.key in PEOPLE_PLURALS:
        return True
    # (the shape first: most one-word names are written "Smith", which ends the test at once)
    return not token.text.istitle() and (
        token.text[0].isupper() and token.text[-1].isupper() or token.text[-1].isdigit()
    ) and token.key in cues()[("thing_initialism", "-")]


def _shouted(run: Run, ctx: TextContext) -> bool:
    """"the rest are VERY dishonest", "the SERVERS crashed": an everyday word in capitals
    inside a sentence written in lower case is emphasis, no name (not an organisation's
    initials, a place, a word on a line in capitals, or one the article writes in brackets:
    "the Steel Authority of India Ltd (SAIL) ... SAIL said" spells its name)."""
    token, lex = run.tokens[0], ctx.lex
    return run.position in ("", "start") and len(token.text) > 3 and token.text.isupper() and (
        token.key in lex.common_words and token.key not in lex.known_orgs
        and token.key not in lex.places) and f"({token.text})" not in ctx.text


# "Leeds beat Hull 3-0", "the House 328-101", "Cork 11-2-35-1": a score, a vote's tally or a
# bowler's figures written as one token is no part of the name before it; a model's variant
# ("Boeing 747-400") goes on in hundreds
_SCORE_TOKEN = r"\d{1,3}(?:[-\u2013](?!\d00\b)\d{1,3})+"
# "Liverpool 17 10 4 3", "NEW YORK 74 58 .561": a number followed by another is a table's
# row, no part of the name that heads it
_ANOTHER_NUMBER = r" \.?\d"


def _in_score_line(text: str, run_start: int, number: Token) -> bool:
    """"China 0 Uzbekistan 2": a small number between two names each next to a small number
    is a team's score in a line of results, no part of the name before it."""
    if len(number.text) > 3:
        return False
    before = pattern(_SCORE_BEFORE).search(text, max(0, run_start - 5), run_start)
    if before is not None and (len(before.group()) <= 3 and len(number.text) <= 2
                               or pattern(_LINE_END).match(text, number.end)):
        return True  # three figures each side only on a row of its own: "Chicago 103 DETROIT 97"
    if len(number.text) <= 2 and text.endswith(") ", 0, run_start) and pattern(_SCORE_AND_SCORERS_BEFORE).search(
        text, max(0, run_start - 160), run_start
    ):
        return True  # "Feyenoord 2 (Larsson 23, Van Gastel 71 pen) Roda JC 0"
    return pattern(_SCORE_AND_TEAM_AFTER).match(text, number.end) is not None


def _scorers_around(text: str, run: Run) -> bool:
    """"PSV Eindhoven 3 (Luc Nilis 12, 55, Wim Jonk 70)": a team's score before its scorers
    in brackets, and the minutes after a player's name, are no part of the names."""
    number = run.tokens[-1]
    if len(number.text) > 3:
        return False
    if pattern(_SCORERS_AFTER).match(text, number.end):
        return True
    start = run.tokens[0].start
    return pattern(SCORER_BEFORE).search(text, max(0, start - 8), start) is not None and (
        pattern(MINUTES_AFTER).match(text, number.end) is not None)


# "3 (Luc Nilis 12", "3 (Ronald de Boer 12": a score, then its scorers in brackets, each with
# a minute (a particle may stand inside a scorer's name)
_SCORERS_AFTER = r" \([A-Z][\w'.-]*(?: (?:[a-z]{1,3} )?[A-Z][\w'.-]*){0,3} \d{1,3}\b"


def _ends_a_table_row(text: str, number: Token) -> bool:
    """"Zahoor Elahi b Cairns 86" over "Ijaz Ahmad c Spearman b Vaughan 59": a small number
    ending its line, beside a line that ends in one too, is a column of a table, no part of
    the name before it (a headline's "Windows 95" stands above a dateline or a sentence)."""
    if len(number.text) > 3 or not pattern(_LINE_END).match(text, number.end):
        return False
    start = text.rfind("\n", 0, number.start)
    end = text.find("\n", number.end)
    before = pattern(_ROW_END).search(text, max(0, start - 80), start) if start > 0 else None
    after = pattern(_ROW_END).search(text, end + 1, end + 160) if end >= 0 else None
    return before is not None or after is not None


# a line's end, after an overtime's or a shoot-out's mark if any ("SEATTLE 104 (OT)")
_LINE_END = r"[ \t]*(?:\((?:\d?OT|SO)\)[ \t]*)?(?:\n|$)"
# a line ending in a small number (a score, a count), the next line break just after it
_ROW_END = r"[^\d\n.,:-]\d{1,3}[ \t]*(?:\n|$)"


# A capitalised run this long on a headline's line may hold more than one name ("Microsoft Buys
# Skype"); shorter ones ("John Smith" on a line of its own) are left whole unless the article
# writes one of its two words as a name in a sentence and the other never ("LEEDS WIN").
_HEADLINE_RUN = 3
# A headline's prepositions, loose whatever the word lists say of them ("IN" is Indiana's
# code and a surname): "DORNEY IN BRANDT" is two names
_HEADLINE_LINKS = frozenset("in at on to for by with from into after over against v vs".split())
# Surnames this common ("Smith", "Young") are kept in a headline's names; rarer ones that are
# everyday words ("Buys", "Warns") are not.
_RARE = 2000


def _without_ranks_and_post_nominals(run: Run, lex: Lexicon) -> Run:
    """"Det Ch Insp Claire Smith" is Claire Smith and "Guy Kearl KC" Guy Kearl: a police rank
    written short opening a run, and an honour's or a seat's letters ending a person's name,
    are no part of a name (a run of ranks alone is none)."""
    tokens, gaps = run.tokens, run.gaps
    start = 0
    while start < len(tokens) and not any(gaps[start : start + 1]) and _a_rank(
        tokens, start, lex
    ):
        start += 1
    end = len(tokens)
    while end - start >= 3 and tokens[end - 1].key in POST_NOMINALS and not any(
        gaps[start : end - 1]
    ) and any(t.key in lex.first_names for t in tokens[start : end - 2]):
        end -= 1
    if start == 0 and end == len(tokens):
        return run
    return Run(tokens[start:end], gaps[start : end - 1], run.position if start == 0 else "")


def _a_rank(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Token k is a police rank: one that names nothing else ("Insp"), or one that does
    ("DC", "PC") beside another rank or before a given name ("DC Amy Ford")."""
    key = tokens[k].key
    if key in POLICE_RANKS:
        return True
    if key not in POLICE_RANKS_WITH_ANOTHER:
        return False
    following = tokens[k + 1].key if k + 1 < len(tokens) else ""
    return (k > 0 and tokens[k - 1].key in POLICE_RANKS) or following in POLICE_RANKS or (
        following in lex.first_names)


def _lower_case_in_the_sentences(run: Run, ctx: TextContext) -> bool:
    """"HILL TAKES POLE IN PORTUGAL" over "took pole position": a word of a headline that the
    article's sentences write in lower case and never capitalise is that everyday word, no
    name (not "Pole" of Poland); a place's name stays a name."""
    if len(run.tokens) != 1 or run.position not in ("headline", "caps"):
        return False
    key = run.tokens[0].key
    return key in ctx.lower_case_words() and key not in ctx.certain and (
        key in ctx.lex.common_words and key not in ctx.lex.places)


def _everyday_in_capitals(run: Run, ctx: TextContext) -> bool:
    """"SOCCER - DUTCH FIRST DIVISION RESULTS": an everyday word standing alone in a line of
    capitals, which an article of lower-case sentences never capitalises inside one (no given
    name, surname, place or organisation the lists know), names nothing; nor do such words
    together ("OIL HITS SIX-YEAR HIGH, GOLD STEADY, COFFEE FIRM"), where only the last may not
    be a common surname ("WHITE HOUSE" stays, as does a nationality's or a place's word)."""
    if run.position != "caps" or len(ctx.lower_case_words()) < _SENTENCES_WORDS:
        return False
    *firsts, last = run.tokens
    lex = ctx.lex
    return _loose_in_a_headline(last, ctx) and all(
        _loose_in_a_headline(token, ctx, surname_too=False) and token.key not in lex.demonyms
        and token.key not in lex.norp_adjectives for token in firsts
    ) and (not firsts or _spelled(run, 0, len(run.tokens)) not in lex.places)


# Lower-case words an article's sentences hold at least, to tell its headline's capitals apart.
_SENTENCES_WORDS = 5


def _an_unknown_word_opening_a_sentence_before_its_verb(run: Run, ctx: TextContext) -> bool:
    """"Sheinbaum won Mexico's presidential election", "Verstappen won the Dutch Grand Prix": a
    word no list knows (no everyday word, given name or place), written with one capital, opening
    a sentence before a lower-case word is a name, a person's or an organisation's as the weights
    lean, though they read no name (its capital says nothing there)."""
    token = run.tokens[0]
    lex = ctx.lex
    if run.position != "start" or token.number or len(token.text) < 4 or not token.text[1:].islower() or (
        token.key[-1:] == "s" or token.key in lex.common_words or token.key in lex.places
        or token.key in lex.first_names or token.key in lex.demonyms or token.key in lex.norp_adjectives
        or token.key in ctx.lower_case_words()
    ):
        return False  # ("Policymakers", "Islamic terrorism": a plural or an adjective)
    verb = pattern(r" ([a-z]+) ").match(ctx.text, token.end)
    return verb is not None and (verb.group(1) in _VERBS_AFTER_A_NAME or (
        verb.group(1).endswith("ed") and len(verb.group(1)) > 4))


# verbs that follow a subject's name: "Sheinbaum won", "Netflix lost", "Verstappen has"
_VERBS_AFTER_A_NAME = frozenset("""said says won wins lost loses told tells has had is was will would
    met meets made makes took takes gave gives led leads beat beats became becomes left leaves ran
    runs went goes came comes spoke speaks wrote writes sold sells bought buys""".split())


def _a_tournaments_group(run: Run) -> bool:
    """"Group C", "Pool B", "Group Two": a group of a tournament, by its letter or number word."""
    tokens = run.tokens
    return len(tokens) == 2 and tokens[0].key in ("group", "pool") and not run.gaps[0] and (
        len(tokens[1].text) == 1 or tokens[1].key in NAME_NUMBERS)


def _everyday_heading(run: Run, ctx: TextContext) -> bool:
    """"Election Results" on a line of its own: a heading of everyday words the article never
    capitalises inside a sentence (no given name, surname or place among them) names nothing."""
    if run.position != "headline" or len(run.tokens) < 2 or not opens_a_line(ctx.text, run.tokens[0].start):
        return False
    last, lex = run.tokens[-1].key, ctx.lex
    if _a_tournaments_group(run):
        return False  # "Group Two" heading a table of results
    if ctx.text[run.tokens[-1].end : run.tokens[-1].end + 1] not in ("\n", "") or (
        last in lex.org_words or last in lex.loc_words or last in lex.gpe_words or last in lex.other_words
    ):
        return False  # "Abbot Academy" heading a letter: an institution's name
    return all(_loose_in_a_headline(t, ctx) for t in run.tokens)


def _a_numbered_sections_heading(run: Run, ctx: TextContext) -> bool:
    """"1 Introduction", "2.3 Related work", "IV. Results": everyday words on a line of their
    own after a section's number name nothing."""
    start, end = run.tokens[0].start, run.tokens[-1].end
    line = ctx.text.rfind("\n", 0, start) + 1
    numbered = pattern(_SECTIONS_NUMBER).fullmatch(ctx.text, line, start) is not None
    return numbered and ctx.text[end : end + 1] in ("\n", "") and all(
        _loose_in_a_headline(t, ctx) for t in run.tokens)


_SECTIONS_NUMBER = r"[ \t]*(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[IVX]{1,4}\.)[ \t]+"
_PARTS_OF_A_TEXT = frozenset("part step section stage phase".split())


def _a_parts_number_heading(run: Run, ctx: TextContext) -> bool:
    """"Part 1: Choosing a pot", "Step 3" opening a line: a part of the text by its number,
    no name."""
    tokens = run.tokens
    return len(tokens) == 2 and tokens[0].key in _PARTS_OF_A_TEXT and tokens[1].number and not run.gaps[0] and (
        opens_a_line(ctx.text, tokens[0].start) and ctx.text[tokens[1].end : tokens[1].end + 1] in (":", "\n", ""))


def _a_sentence_of_one_everyday_word(run: Run, ctx: TextContext) -> bool:
    """"TA: Rest.", "Everyone.": a sentence of one everyday word the article never capitalises
    inside a sentence (no given name, surname or place) names nothing."""
    token = run.tokens[0]
    return run.position == "start" and ctx.text[token.end : token.end + 1] in (".", "!", "?") and (
        _loose_in_a_headline(token, ctx))


def _loose_in_a_headline(token: Token, ctx: TextContext, surname_too: bool = True) -> bool:
    """An everyday word the article never capitalises inside a sentence, no given name, place
    or organisation the lists know, nor (``surname_too``) a common surname."""
    lex = ctx.lex
    return token.key in lex.common_words and token.key not in ctx.certain and not token.number and (
        token.key not in lex.first_names and token.key not in lex.places and token.key not in lex.known_orgs
        and (not surname_too or lex.surname_ranks.get(token.key, _RARE) >= _RARE))


def _headline_pieces(run: Run, ctx: TextContext) -> list[Run]:
    """A run of a headline cut where its capitals mean nothing: in "Blair Defends Iraq War
    Record" every word is capitalised, so an everyday word the article never capitalises
    inside a sentence stands alone ("Defends", "Record"), unless the article writes it with
    its neighbour as a name ("White House") or it names a contest after a nationality word
    ("FRENCH OPEN"), and so does a preposition ("DORNEY IN BRANDT")."""
    if run.position not in ("headline", "caps") or len(run.tokens) < 2:
        return [run]
    if pattern(NUMBER_AFTER).match(ctx.text, run.tokens[-1].end):
        return [run]  # a row of a table or of results: "Manchester United 4 2 2 0 8 3 8"
    if run.tokens[-1].key in NEWSROOM_WORDS:
        return [run]  # an agency's sign-off: "-- New York Commodities Desk"
    lex, certain, pairs = ctx.lex, ctx.certain, ctx.certain_pairs
    tokens, gaps = run.tokens, run.gaps
    loose = [t.key in _HEADLINE_LINKS or t.key in lex.common_words and t.key not in certain
             and not t.number and t.key not in lex.first_names
             and lex.surname_ranks.get(t.key, _RARE) >= _RARE and t.key not in lex.places
             for t in tokens]
    if len(tokens) < _HEADLINE_RUN and not (
        loose[0] != loose[1] and (tokens[0].key in certain or tokens[1].key in certain)
        and not _a_heading_of_two_everyday_words(run, loose, ctx)
    ):
        return [run]  # "LEEDS WIN" is cut where the article writes "Leeds" in a sentence
    held = _places_inside(run, lex)
    pieces: list[Run] = []
    start = 0
    for k in range(1, len(tokens)):
        joined = (tokens[k - 1].key, tokens[k].key) in pairs or k in held or (
            not gaps[k - 1] and _contest((tokens[k - 1].key, tokens[k].key), lex))  # "FRENCH OPEN"
        if (loose[k - 1] or loose[k]) and not joined:
            pieces.append(Run(tokens[start:k], gaps[start : k - 1], run.position))
            start = k
    pieces.append(Run(tokens[start:], gaps[start:], run.position))
    return pieces


def _a_heading_of_two_everyday_words(run: Run, loose: list[bool], ctx: TextContext) -> bool:
    """"National League" on a line of its own over a table of results: two everyday words
    heading a section, one name, though the article capitalises one of them elsewhere."""
    kept = run.tokens[1] if loose[0] else run.tokens[0]
    return kept.key in ctx.lex.common_words and alone_on_its_line(ctx.text, run.tokens[0].start, run.tokens[-1].end)


def _places_inside(run: Run, lex: Lexicon) -> set[int]:
    """The token positions k where a place the gazetteer names in two words or more goes on
    across the boundary before token k ("United Arab Emirates" in a dateline's capitals)."""
    keys = tuple(t.key for t in run.tokens)
    held: set[int] = set()
    for i in range(len(keys) - 1):
        for j in range(min(len(keys), i + _LONGEST_PLACE), i + 1, -1):
            if folded_spelling(keys[i:j], tuple(run.gaps[i : j - 1])) in lex.places:
                held.update(range(i + 1, j))
                break
    return held


def _read_run(run: Run, evidence: TextEvidence, model: NameModel, ctx: TextContext,
              explain: bool) -> list[Candidate]:
    if len(run.tokens) == 1:
        word = evidence.word_evidence(run)
        return _read_word(run, word, model, ctx, explain) if word is not None else []
    found = evidence.run_spans(run)
    if found is None or run.tokens[-1].key in title_last_words(ctx.lex.titles) and (
        _spelled(run, 0, len(run.tokens)) in ctx.lex.titles
    ):
        return []  # (a title alone names no one: "the former Chief Operating Officer, ...")
    found = _without_false_people(run, found, ctx.lex)
    if run.tokens[-1].number:
        found = _without_a_percentage_ending_a_name(run, found, ctx.text)
    if len(run.tokens) > 3 and not any(run.gaps):
        found = _without_names_across_an_officers_title(run, found, ctx.lex)
    elif len(run.tokens) > 2 and run.gaps[0] in ("of", "of the") and run.tokens[0].key in ctx.lex.titles:
        found = _without_names_across_a_chamber(run, found, ctx.lex)
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
    chosen = _known_organisations_kept(run, options, chosen, ctx)
    keys = [t.key for t in run.tokens]
    at = {option: k for k, option in enumerate(options)}
    if not _name_words(ctx.lex, "parties").isdisjoint(keys):
        chosen.extend(_parties_left_out(run, options, chosen, ctx.lex))
        chosen = _parties_whole(run, options, chosen, ctx.lex)
        whole = _spelled(run, 0, n)
        if n > 1 and keys[-1] in ctx.lex.party_adjectives and (n - 1, n) in at and (0, n - 1) in at and (
            _spelled(run, 0, n - 1) in ctx.lex.places
        ) and whole not in ctx.lex.party_adjectives and whole not in ctx.lex.parties:  # "Liberal Democrat"
            # "Jesse Helms, a North Carolina Republican": the state and the party's member
            chosen = [(0, n - 1, PLACE), (n - 1, n, ORG)]
    if n > 1 and keys[-1] in PARTY_PLURALS and not run.gaps[-1] and (n - 2, n) in at and (
        keys[-2] in ctx.lex.norp_adjectives or keys[-2] in ctx.lex.demonyms
    ):
        # "the opposition Christian Democrats", "the Spanish Socialists": a party, not a
        # faith's or a nation's word and a party's (or no) name
        chosen = _whole(chosen, n - 2, n, ORG)
    if not STORM_WORDS.isdisjoint(keys):
        chosen = _storms(run, options, chosen, ctx.lex)
    if not _name_words(ctx.lex, "countries").isdisjoint(keys):
        chosen = _countries_whole(run, options, chosen, ctx.lex, at, scores)
    if n > 1 and not CONTEST_WORDS.isdisjoint(keys):
        chosen = _contests_whole(run, options, chosen, ctx.lex)
    if any(label == PLACE and i > 0 for i, _, label in chosen):
        chosen = _places_whole(run, options, chosen, ctx.lex)
    if any(gap in _OF_GAPS for gap in run.gaps):
        chosen = _organisations_of_places(run, chosen, at, scores, ctx.lex)
    if n > 2 and run.gaps[0] in ("of", "of the") and keys[0] in ctx.lex.titles:
        chosen = _after_a_title_of(run, at, chosen, scores, ctx.lex)
    if not GIVEN_NAME_TITLES.isdisjoint(keys[:-1]):
        chosen = _given_name_titles(run, chosen, at, ctx.lex)
    if n > 2 and (0, n) in at and "and" in run.gaps and _fields_and_an_organisations_word(
        run.tokens, run.gaps, ctx.lex
    ):
        chosen = _whole(chosen, 0, n, ORG)  # as _runs_joined joined it: "Securities and Exchange ..."
    elif n > 2 and (0, n) in at and "and" in run.gaps and keys[-1] in _LOCAL_BODIES and (
        _places_and_a_local_body(run.tokens, run.gaps, ctx.lex)
    ):
        chosen = [(0, n, ORG)]  # as _runs_joined joined it: "Argyll and Bute Council"
    elif n > 2 and (0, n) in at and "and" in run.gaps and keys[-1] in LAW_WORDS and (
        _fields_and_a_laws_word(run.tokens, run.gaps, ctx.lex)
    ):
        chosen = _whole(chosen, 0, n, OTHER)  # as _runs_joined joined it: "Water Resources and ..."
    elif n > 2 and (0, n) in at and "and" in run.gaps and _acronym_in_brackets_after(ctx.text, run.tokens):
        whole = scores[at[(0, n)]]
        # as _runs_joined joined it: "Tata Iron and Steel Co Ltd (TISCO)", not "Steel Co Ltd"
        chosen = [(0, n, whole.index(max(whole)))]
    if n > 1 and (0, n) in at and not any(run.gaps) and (
        keys[-1] in ctx.lex.org_words or keys[-1] in ctx.lex.loc_words
        or keys[-1] in ctx.lex.places and keys[-2] in ctx.lex.org_heads
    ) and _joined_at_a_patrons_possessive(run, ctx.text):
        chosen = _whole(chosen, 0, n, ORG)  # as _runs_joined joined it: "King's College Hospital"
    if n == 2 and (1, 2) in at and _nationality_word(keys[0], ctx.lex) and not run.gaps[0] and (
        _unknown_before_an_organisations_noun(run.tokens[1], ctx)
    ):
        # "the ethnic Greek Omonia organisation": the nationality, then the organisation
        chosen = [(0, 1, NORP), (1, 2, ORG)]
    elif n == 2 and (1, 2) in at and not run.gaps[0] and _nationality_word(keys[0], ctx.lex) and (
        keys[1] in ctx.lex.known_orgs and chosen != [(0, 2, ORG)] and _named_alone_too(run, ctx.text)
    ):
        # "The German Bundesbank left its rates unchanged. The Bundesbank said": the
        # nationality, then the body the lists know, as the article names it (read whole, it
        # was an organisation of its own, not the article's "Bundesbank")
        chosen = [(0, 1, NORP), (1, 2, ORG)]
    if n > 1 and keys[-1] in PARTNERS_WORDS and run.gaps[-1] in ("&", "and") and (0, n) in at:
        chosen = _whole(chosen, 0, n, ORG)  # "Henschel & Son", not a person Henschel
    if n > 2 and (0, n) in at and _institution_of_fields(keys, run.gaps, ctx.lex):
        chosen = _whole(chosen, 0, n, ORG)  # as _runs_joined joined it: "Office of Science and ..."
    if 1 < n < 4 and (keys[-1][-1:].isdigit() or keys[-1][:1].isdigit()):
        chosen = _models_whole(run, at, chosen, ctx.lex)
    if n > 1 and ("air" in keys or "aer" in keys[:-1]):
        chosen = _airlines_whole(run, options, chosen, ctx.lex)
    if n > 1 and (not CLUB_HEADS.isdisjoint(keys[:-1]) or keys[-1][-1:] == "s" or keys[0] == "red"
                  or keys[-1] in CLUB_WORDS or keys[-1] in ctx.lex.places):
        chosen = _clubs_whole(run, options, chosen, evidence, ctx.lex)
    if n > 1 and not _EVENT_OR_PRIZE_HEADS.isdisjoint(keys[1:]):
        chosen = _event_heads_joined(run, chosen, at)
    if n > 1 and keys[0] in _RACES_OF_A_PLACE and run.gaps[0] in ("of", "of the") and (0, n) in at:
        chosen = _whole(chosen, 0, n, OTHER)  # "the Tour of Spain", a race, not a tour and Spain
    if n == 2 and _a_tournaments_group(run) and (0, 2) in at:
        chosen = _whole(chosen, 0, 2, ORG)  # "Group C", "Group Two" of a tournament, not "Group"
    if n > 1 and keys[-1] in NEWSROOM_WORDS and (0, n) in at and not any(run.gaps):
        chosen = _whole(chosen, 0, n, ORG)  # "New York Commodities Desk": one office
    if (0, n) in at and any(gap in ("in", "for") and key in _PRIZES
                            for gap, key in zip(run.gaps, keys, strict=False)):
        chosen = _whole(chosen, 0, n, OTHER)  # "the Nobel Prize in Physics": one prize
    if run.position and keys[0] in SHORT_FAMILY_NAMES:
        chosen = _family_name_first(run, chosen, at, scores)
    if n > 2 and any(label == NORP and 0 < i and j < n for i, j, label in chosen):
        chosen = _nationality_inside_a_name(n, chosen, at, scores)
    if n > 1 and (0, 1, NORP) in chosen:
        chosen = _nationality_opening_a_name(run, keys, chosen, at, scores, ctx.lex)
    if n > 2 and (_nationality_word(keys[0], ctx.lex) or _nationality_noun(keys[0], ctx.lex) is not None):
        chosen = _nationality_before_a_person(run, keys, chosen, at, scores, ctx.lex)
    elif n == 2 and not run.gaps[0] and _a_nationality_before_a_surname(run, keys, at, scores, ctx):
        chosen = [(0, 1, NORP), (1, 2, PERSON)]
    if n > 1 and keys[-1] in INDEX_WORDS and (0, n) in at and not any(run.gaps):
        # "the Dow Jones Industrial Average": one index, not "Dow Jones" and words left out
        k = at[(0, n)]
        chosen = _whole(chosen, 0, n, max((ORG, OTHER), key=lambda label: scores[k][label]))
    if n > 1 and keys[-1] in NAME_NUMBERS and chosen:
        chosen = _number_ending_the_name(run, chosen, at)
    if n > 1 and keys[1] in CHANNEL_WORDS and (0, n) in at and not any(run.gaps) and (
        _a_broadcasters_channel(run, ctx.lex)
    ):
        chosen = _whole(chosen, 0, n, ORG)
    if n > 2 and chosen:
        chosen = _middle_initials_whole(run, chosen, at, ctx.lex)
    if n > 1 and chosen and (0, n) in at and not (len(chosen) == 1 and chosen[0][:2] == (0, n)) and any(
        key.startswith("d'") for key in keys[1:]
    ):
        whole = scores[at[(0, n)]]
        chosen = [(0, n, whole.index(max(whole)))]  # "Giro d'Italia": one name, as _runs_joined joined it
    on_a_street = n > 2 and (0, n) in at and not any(run.gaps) and keys[-1] in ctx.lex.org_words and (
        keys[-1] not in ctx.lex.loc_words and not _THOROUGHFARES.isdisjoint(keys[1:-1]))
    if on_a_street:
        chosen = [(0, n, ORG)]  # "Minshull Street Crown Court", "Abbey Road Studios": one name
    paper = n > 2 and (0, n) in at and chosen != [(0, n, ORG)] and not any(run.gaps) and (
        _a_paper_noun_after(ctx.text, run.tokens[0].start, run.tokens[-1].end))
    if paper:
        chosen = [(0, n, ORG)]  # "the Frankfurter Allgemeine Zeitung daily": the paper's whole name
    noble = n > 1 and keys[0] in _NOBLE_TITLES and run.gaps[0] in ("of", "of the") and (0, n) in at and (
        _spelled(run, 1, n) in ctx.lex.places)
    if noble:
        chosen = [(0, n, PERSON)]  # "the Duchess of Cambridge", "the Prince of Wales": a person
    ship = next((k for k in range(n - 1) if keys[k] in _SHIP_PREFIXES and run.tokens[k].text.isupper()
                 and not run.gaps[k] and (k, n) in at), None)
    if ship is not None:
        # "the destroyer USS Hopper", "survivors of the RMS Titanic": a ship
        chosen = [*(c for c in chosen if c[1] <= ship), (ship, n, OTHER)]
    person_of = n > 2 and (0, 2) in at and (2, n) in at and _a_person_of_a_body(run, keys, chosen, ctx.lex)
    if person_of:
        # a town the gazetteer knows ("of Leeds"), else the team, party or paper they are of
        body = PLACE if _spelled(run, 2, n) in ctx.lex.places else ORG
        chosen = [(0, 2, PERSON), (2, n, body)]  # "Remco Evenepoel of Soudal Quick-Step"
    east_asian = n == 2 and _an_east_asian_name(run)
    if east_asian and (0, 2) in at:
        chosen = [(0, 2, PERSON)]  # "Ban Ki-moon said": a family name and a hyphenated given name
    lake = keys[0] in _LAKE_HEADS and not run.gaps[0] and (0, 2) in at
    if lake:
        chosen = [(0, 2, PLACE), *(c for c in chosen if c[0] >= 2)]  # "across Loch Etive"
    if n == 2 and len(chosen) == 1 and chosen[0][2] == PERSON and (0, 2) in at and not run.gaps[0]:
        chosen = _a_persons_other_word_kept(run, keys, chosen, ctx)
    if n > 1 and keys[-1] in _JUNIOR_SENIOR and not run.gaps[-1]:
        chosen = _a_person_of_a_generation(run, keys, chosen, at, ctx.lex)
    if run.position == "start" and chosen in ([(0, n, PERSON)], [(0, n, ORG)]) and (1, n) in at and (
        not run.gaps[0] and _an_opening_word_before_a_known_organisation(run, keys, ctx.lex)
    ):
        chosen = [(1, n, ORG)]  # "Rival Ford has also been hit": the company, not a person
    rival = run.position == "start" and n > 1 and keys[0] in _RIVALS_WORDS and not run.gaps[0] and (
        (1, n) in at and bool(chosen) and chosen[0][0] == 0)
    if rival:
        whole = scores[at[(1, n)]]
        person = keys[1] in ctx.lex.first_names and whole[PERSON] > whole[ORG]
        chosen = [(1, n, PERSON if person else ORG)]  # "Rival SK Hynix is due to report"
    branch = n > 1 and (0, n) in at and not any(run.gaps) and _a_known_organisations_branch(run, keys, ctx.lex)
    if branch:
        chosen = [(0, n, ORG)]  # "Amnesty International Kenya": the organisation's branch
    national_body = 1 < n < 4 and (0, n) in at and not any(run.gaps) and _a_countrys_body(run, keys, ctx.lex)
    if national_body:
        chosen = [(0, n, ORG)]  # "Police Scotland", "Sport England": a country's body
    if n > 2 and chosen and chosen[0][0] > 1 and keys[0] not in ctx.lex.common_words:
        chosen = _an_organisation_before_its_officer(run, keys, chosen, at, scores, ctx.lex)
    if n > 2 and chosen != [(0, n, ORG)] and any(run.gaps):
        chosen = _an_institution_named_after_someone(run, keys, chosen, at, scores, ctx.lex)
    if keys[0] in _SAINTS and not run.gaps[0] and chosen and chosen[0][0] == 1 and (0, chosen[0][1]) in at:
        # "St Pauli 0 Hamburg 2": the saint's word opens the name, not "Pauli" alone
        j = chosen[0][1]
        whole = scores[at[(0, j)]]
        chosen = _whole(chosen, 0, j, whole.index(max(whole)))
    if chosen and "speech_after" in found.right and max(j for _, j, _ in chosen) < n:
        chosen = _speaker_whole(n, chosen, at, scores, left)
    if chosen and _organisations_only_word(keys[-1], ctx.lex) and max(j for _, j, _ in chosen) < n:
        chosen = _organisations_word_kept(run, chosen, at, found, score_words, ctx.lex)
    craft_last = keys[-1] in cues()[("craft_noun_after", "-")]  # (a name it ends is the craft's)
    if chosen and craft_last:
        chosen = _crafts_word_kept(run, chosen, at)
    if chosen and keys[-1] in _STREET_WORDS and n > 1 and not run.gaps[-1]:
        chosen = [(i, j, PLACE if j == n and j - i > 1 else label) for i, j, label in chosen]
    if chosen and keys[-1] in ctx.lex.loc_words and run.position != "headline" and (
        max(j for _, j, _ in chosen) == n - 1 and not run.gaps[-1]
    ):
        chosen = _places_word_kept(run, chosen, at, scores)
    if chosen and run.position in ("", "start"):
        chosen = _name_not_cut_before_its_last_words(run, keys, chosen, at, ctx.lex)
    if not chosen:
        return []
    if any(label == PERSON and j - i > 1 for i, j, label in chosen):
        chosen = _no_person_ending_in_a_bodys_word(chosen, at, scores, keys, ctx)
    read = _by_convention(run, chosen, at, scores, ctx)
    people_end = {j for _, j, label, _, _ in read if label == PERSON}
    candidates = []
    for i, j, label, k, conventions in read:
        features = (*found.features(found.spans[k]), *conventions) if explain else ()
        candidate = _candidate(run, i, j, label, scores[k], features, ctx)
        if "legal_form" in conventions:
            candidate = firmly(candidate, ORG)  # explained by linking (a legal form)
        elif i == 0 and j == n and n > 1 and not any(run.gaps) and _joined_at_a_patrons_possessive(run, ctx.text):
            head = keys[-2] if keys[-1] in ctx.lex.places and keys[-2] in ctx.lex.org_heads else keys[-1]
            named = ORG if head in ctx.lex.org_words and head not in ctx.lex.loc_words else PLACE
            if keys[-1] in EVENT_HEADS and _joined_at_a_plurals_possessive(run, ctx.text, ctx.lex):
                candidate = firmly(candidate, OTHER, explain and "event")  # "the Breeders' Cup"
            else:
                candidate = firmly(candidate, named, explain and "patron")  # "King's College"
        elif person_of:
            candidate = firmly(candidate, label, explain and "person_of")  # "Remco Evenepoel of Soudal"
        elif i > 1 and run.gaps[i - 1] in _OF_GAPS and keys[i - 1] in ctx.lex.org_words and (
            _best_is_not(candidate, PERSON) and _a_persons_name(run, i, j, scores[k], ctx.lex)
        ):
            candidate = firmly(candidate, PERSON, explain and "institutions_person")  # "Party of Chandrababu Naidu"
        elif label == PLACE and i in people_end and run.gaps[i - 1] in ("of", "of the") and (
            _best_is_not(candidate, PLACE) and _a_country(run, i, j, ctx.lex)
        ):
            candidate = firmly(candidate, PLACE, explain and "persons_country")  # "Iga Swiatek of Poland"
        elif label == PLACE and j - i == 2 and not run.gaps[i] and candidate.place is None and (
            ctx.text.startswith(("'s ", "\u2019s "), candidate.end)
            and _a_given_name_and_a_surname(keys[i], keys[i + 1], ctx.lex)
        ):
            # "starred in Stanley Kubrick's film": a given name that is a town's too, and a
            # surname, in the possessive are a person, whatever "in" before them says
            candidate = firmly(candidate, PERSON, explain and "given_name_and_surname")
        elif label == PLACE and _a_partys_name_by_its_noun(ctx.text, candidate):
            candidate = firmly(candidate, ORG, explain and "party")  # "the ruling Morena party"
        elif noble:
            candidate = firmly(candidate, PERSON, explain and "noble_title")  # "the Duke of Sussex"
        elif paper:
            candidate = firmly(candidate, ORG, explain and "newspaper")  # "the Frankfurter Allgemeine Zeitung daily"
        elif rival and label == ORG:
            candidate = firmly(candidate, ORG, explain and "rivals_word")  # "Rival SK Hynix"
        elif i == ship:
            candidate = firmly(candidate, OTHER, explain and "ship")
        elif label != OTHER and _a_medal_of(candidate.words, candidate.connectors):
            candidate = firmly(candidate, OTHER, explain and "prize")  # "the Presidential Medal of Freedom"
        elif on_a_street:
            candidate = firmly(candidate, ORG, explain and "street_institution")  # "Abbey Road Studios"
        elif national_body:
            candidate = firmly(candidate, ORG, explain and "national_body")  # "Police Scotland"
        elif branch and (i, j) == (0, n):
            candidate = firmly(candidate, ORG, explain and "known_organisation")  # "Oxfam India"
        elif east_asian and (i, j, label) == (0, 2, PERSON):
            candidate = firmly(candidate, PERSON, explain and "east_asian_name")  # "Ban Ki-moon"
        elif lake and (i, j) == (0, 2):
            # "Loch Etive", "Lough Neagh": a natural place, not a polity
            candidate = replace(firmly(candidate, PLACE, explain and "lake"), type="LOC")
        elif i == 0 and j == n > 2 and not any(run.gaps) and keys[-1] in ctx.lex.org_words and (
            _joined_at_a_plurals_possessive(run, ctx.text, ctx.lex)
        ):
            candidate = firmly(candidate, ORG, explain and "plurals_possessive")  # "Leeds Magistrates' Court"
        elif j - i >= 3 and keys[j - 2] in ctx.lex.org_heads and keys[j - 1] in ctx.lex.places and (
            not run.gaps[j - 2] and _best_is_not(candidate, ORG)
        ):
            candidate = firmly(candidate, ORG, explain and "institutions_town")  # "Trinity College Dublin"
        elif j - i == 2 and candidate.words[1] in _POLITIES and not candidate.connectors[0] and (
            _best_is_not(candidate, PLACE) and candidate.words[0] not in _FIGURATIVE_REALMS
            and (candidate.words[0] not in ctx.lex.common_words or candidate.words[1] == "empire")
        ):
            candidate = firmly(candidate, PLACE, explain and "polity")  # "the German Empire"
        elif i == 1 and j == n == 2 and label == ORG and _unknown_before_an_organisations_noun(run.tokens[1], ctx):
            candidate = firmly(candidate, ORG, explain and "org_noun_after")  # "Greek Omonia organisation"
        elif j - i > 1 and candidate.words[-1] in PARTNERS_WORDS and candidate.connectors[-1] in ("&", "and"):
            candidate = firmly(candidate, ORG, explain and "partners")  # "Henschel & Son"
        elif label == OTHER and j - i == 2 and candidate.words[0] in STORM_WORDS:
            candidate = firmly(candidate, OTHER, explain and "storm")
        elif j == n and label in (ORG, PLACE, OTHER) and _family_after(ctx.text, candidate.end):
            candidate = firmly(candidate, PERSON, explain and "family")
        elif i == 0 and label != PERSON and _authored_by(ctx.text, candidate.start, scores[k]):
            candidate = firmly(candidate, PERSON, explain and "author")
        elif label == OTHER and _prize_with_field(candidate):
            candidate = firmly(candidate, OTHER, explain and "prize")
        elif label != ORG and j - i > 2 and _institution_of_fields(candidate.words, candidate.connectors, ctx.lex):
            candidate = firmly(candidate, ORG, explain and "institution")  # "Office of Science and ..."
        elif j - i > 2 and (subject_kind := _kind_named_for_its_subject(candidate)) is not None and (
            subject_kind != label
        ):
            # "the UN Convention on Refugees" (an accord), "the Council on Foreign Relations"
            candidate = firmly(candidate, subject_kind, explain and "named_for_its_subject")
        elif "to" in candidate.connectors and label != ORG:
            candidate = firmly(candidate, ORG)  # "Campaign to Protect Rural England"
        elif label == OTHER and _contest(candidate.words, ctx.lex):
            candidate = firmly(candidate, OTHER, explain and "contest")
        elif j - i > 1 and candidate.words[0] in FOREIGN_ORG_HEADS and (
            candidate.connectors[0] in FOREIGN_OF or candidate.words[1].startswith("d'")
        ) and _best_is_not(candidate, ORG):
            candidate = firmly(candidate, ORG, explain and "institution")  # "Musée du Louvre"
        elif not any(candidate.connectors) and _best_is_not(candidate, PLACE) and (
            _place_of_a_nationality(candidate.words, ctx.lex)
        ):
            candidate = firmly(candidate, PLACE, explain and "place_of_nationality")
        elif label != NORP and j - i > 2 and _nationality_inside(candidate, ctx.lex):
            kept = max((ORG, OTHER), key=lambda other: scores[k][other])
            candidate = firmly(candidate, kept, explain and "nationality_inside")
        elif j - i > 1 and _airline(candidate.words, candidate.connectors, ctx.lex) and (
            _best_is_not(candidate, ORG)
        ):
            candidate = firmly(candidate, ORG, explain and "airline")
        elif j - i == 2 and candidate.words[1] == "air" and not candidate.connectors[0] and (
            pattern(_AVIATION_NOUN_AFTER).match(ctx.text, candidate.end) and _best_is_not(candidate, ORG)
        ):
            candidate = firmly(candidate, ORG, explain and "airline")  # "the Lion Air crash"
        elif label != PLACE and j - i == 1 and _county(candidate):
            candidate = firmly(candidate, PLACE, explain and "county")
        elif label == ORG and j - i > 1 and not any(candidate.connectors) and (
            _club_of_a_town(run, i, j, evidence, ctx.lex)
        ):
            candidate = firmly(candidate, ORG, explain and "club")  # "Red Star Belgrade"
        elif label != ORG and j - i > 1 and candidate.words[-1] in CLUB_WORDS:
            candidate = firmly(candidate, ORG, explain and "club")  # "Tottenham Hotspur"
        elif label == PLACE and j - i > 1 and _headed_by_an_organisations_word(candidate, ctx.lex) and (
            _words_read_as_an_organisation(score_words(found.spans[k].lexical))
        ):
            # "taught at Tapton School and I": what stands around a name does not make a
            # place of one whose last word says organisation and whose words read as one
            candidate = firmly(candidate, ORG, explain and "organisations_word")
        elif label == PERSON and j - i > 1 and candidate.strength <= 2 and (
            _spelled(run, i, j) in ctx.lex.known_orgs
        ):
            candidate = firmly(candidate, ORG, explain and "known_organisation")  # "Warner Bros"
        elif i == 0 and j == n and n > 1 and keys[1] in CHANNEL_WORDS and _a_broadcasters_channel(run, ctx.lex):
            candidate = firmly(candidate, ORG, explain and "channel")  # "BBC Radio 4"
        elif j - i > 1 and candidate.words[-1] in NEWSROOM_WORDS:
            candidate = firmly(candidate, ORG, explain and "newsroom")  # "London Newsroom"
        elif j - i > 1 and (candidate.words[-1] in EVENT_HEADS or candidate.words[-1] in _PRIZES) and (
            label != PERSON or candidate.words[-1] not in SURNAMES_OF_EVENTS
        ) and not (candidate.words[-1] in _TOURNAMENT_HEADS and candidate.connectors[-1]):
            candidate = firmly(candidate, OTHER, explain and "event")  # "this year's Brit Awards"
        elif label != OTHER and j - i > 1 and candidate.words[0] in EVENT_OPENERS and (
            candidate.connectors[0] in ("of", "of the")
        ):
            candidate = firmly(candidate, OTHER, explain and "event_of")  # "Battle of Antietam"
        elif label == PLACE and i == 0 and j - i == 2 and candidate.words[0] in ctx.lex.first_names and (
            "noun_before:PERSON" in found.left
        ):
            # "national security adviser Anthony Lake": a person's noun and a given name make
            # a person of a name ending in a place's word
            candidate = firmly(candidate, PERSON, explain and "person_noun_before")
        elif label in (ORG, PLACE) and i == 0 and j - i == 2 == n and candidate.place is None and (
            words_before(ctx.text, candidate.start)[1] in _PLAYERS_ROLES
            and _spelled(run, i, j) not in ctx.lex.known_orgs and keys[-1] not in ctx.lex.org_words
            and keys[-1] not in ctx.lex.loc_words
        ):
            candidate = firmly(candidate, PERSON, explain and "players_role_before")  # "substitute Divock Origi"
        elif label in (ORG, OTHER) and i == 0 and j - i > 1 and scores[k][PERSON] > 0 and (
            words_before(ctx.text, candidate.start)[1] in cues()[("leader_before", "-")]
        ) and _spelled(run, i, j) not in ctx.lex.known_orgs and not _names_a_party(run, i, j, ctx.lex) and (
            candidate.words[-1] not in ctx.lex.org_words
        ):
            # "opposition leader Raila Odinga's party": a person, whatever the word's endings say
            candidate = firmly(candidate, PERSON, explain and "leader_before")
        elif label == PLACE and j == n and j - i > 1 and candidate.place is None and (
            _an_event_noun_after(ctx.text, candidate.end)
        ):
            candidate = firmly(candidate, OTHER, explain and "event")  # "his Farewell Yellow Brick Road tour"
        elif label in (PERSON, PLACE) and j == n and candidate.place is None and (
            _a_craft_noun_after(ctx.text, candidate.end)
        ):
            candidate = firmly(candidate, OTHER, explain and "craft")  # "the Mars Express orbiter"
        elif craft_last and j == n and j - i > 1:
            candidate = firmly(candidate, OTHER, explain and "craft_name")  # "the Hubble Space Telescope"
        elif label in (PERSON, PLACE) and j == n and candidate.place is None and (
            _a_paper_noun_after(ctx.text, candidate.start, candidate.end)
        ):
            candidate = firmly(candidate, ORG, explain and "newspaper")  # "the Yomiuri Shimbun daily"
        elif i == 0 and (before_it := _an_organisation_by_what_stands_before(
            label, found.left, ctx.text, candidate.start, candidate.place is not None
        )):
            candidate = firmly(candidate, ORG, explain and before_it)
        elif label != PERSON and j - i > 2 and _best_is_not(candidate, ORG) and (
            _an_institution_of_something(candidate, ctx.lex)
        ):
            candidate = firmly(candidate, ORG, explain and "institution")  # "Royal Institute of Art"
        elif label != PLACE and j - i > 2 and _state_of_a_country(candidate, ctx.lex):
            candidate = firmly(candidate, PLACE, explain and "state_of_country")
        elif label == PLACE and j - i > 1 and candidate.strength == 5:
            candidate = firmly(candidate, PLACE)  # a country's full name, whatever else it reads as
        elif label == PERSON and j - i > 1 and (
            (not any(candidate.connectors) and _ends_in_org_head(candidate.words, ctx.lex))
            or _opens_with_a_plural_noun(candidate.words[0], ctx.lex)
        ):
            # "Cuba's Communist Party, daily Granma", "Reporters Without Borders": a name
            # ending in "Party" or "Ministry", or opening with a plural noun, names no person
            # (a convention), whatever the words around it say
            other = _best_but_person(scores[k])
            candidate = relabelled(replace(candidate, type=label_type(other, candidate.type)),
                                   other)
        elif label == PERSON and candidate.type == "PERSON" and candidate.scores and (
            candidate.scores.index(max(candidate.scores)) != PERSON
        ):
            # a person by a convention against the scores: "M. Atherton" (initials), not
            # the town; "Xi Jinping" (a family name written first)
            candidate = relabelled(candidate, PERSON)
        elif label != PERSON and scores[k][PERSON] > scores[k][label] and (
            candidate.type != "PERSON" and candidate.scores
            and candidate.scores.index(max(candidate.scores)) == PERSON
        ):
            candidate = relabelled(candidate, label)
        candidates.append(candidate)
    return candidates


def _headed_by_an_organisations_word(candidate: Candidate, lex: Lexicon) -> bool:
    """Whether a name ends in a word that makes it an organisation and no place, and is no
    place the gazetteer knows."""
    return _organisations_only_word(candidate.words[-1], lex) and (
        folded_spelling(candidate.words, candidate.connectors) not in lex.places
    )


def _named_alone_too(run: Run, text: str) -> bool:
    """Whether the run's last word stands in the text without the words before it too."""
    last = run.tokens[-1].text
    return text.count(last) > text.count(text[run.tokens[0].start : run.tokens[-1].end])


def _ends_no_persons_name(keys: list[str], i: int, j: int, ctx: TextContext) -> bool:
    """Whether words i..j end in a word only organisations' names end in ("Foundation",
    "Hospital"), or places' that is no surname ("Airport", "Museum"), or after the surname of
    someone the article names in full, either that is no common surname ("Jimmy Carter" ...
    "the Carter Center"); not "Hall", "Park", "Church", "Brook" ("Kelly Brook")."""
    lex, last = ctx.lex, keys[j - 1]
    rank = lex.surname_ranks.get(last)
    if _organisations_only_word(last, lex):
        return rank is None or rank >= _RARE
    return last in lex.loc_words and (rank is None or rank >= _RARE and keys[i] in ctx.surnames)


def _no_person_ending_in_a_bodys_word(chosen: list[tuple[int, int, int]], at: dict[tuple[int, int], int],
                                      scores: list[Scores], keys: list[str],
                                      ctx: TextContext) -> list[tuple[int, int, int]]:
    """"Jimmy Carter's Carter Center will watch the vote": a name of several words ending in a
    word only bodies' and places' names end in is no person, whatever its first words say (a
    convention: the weights read a given name there); typed by its scores as the best of the
    other types."""
    out = []
    for i, j, label in chosen:
        if label == PERSON and j - i > 1 and _ends_no_persons_name(keys, i, j, ctx):
            s = scores[at[(i, j)]]
            label = max((ORG, PLACE, OTHER), key=lambda other: s[other])
        out.append((i, j, label))
    return out


def _organisations_only_word(key: str, lex: Lexicon) -> bool:
    """"School", "Club", "Corporation": a last word that makes a name an organisation and no
    place (not "City" nor "Centre", which end places' names too)."""
    return (key in lex.org_words and key not in lex.loc_words and key not in lex.gpe_words
            and key not in _PLACES_TOO)


def _number_ending_the_name(run: Run, chosen: list[tuple[int, int, int]],
                            at: dict[tuple[int, int], int]) -> list[tuple[int, int, int]]:
    """"BBC One", "Radio Four", "Air Force One": a capitalised number word right after a name
    ends it, where the weights left it out (a convention: "BBC" and "BBC Two" were one
    channel)."""
    n = len(run.tokens)
    last = max(chosen, key=lambda span: span[1])
    i, j, label = last
    if j != n - 1 or run.gaps[-1] or (i, n) not in at or not run.tokens[-1].text[:1].isupper():
        return chosen
    return [span for span in chosen if span != last] + [(i, n, label)]


def _a_broadcasters_channel(run: Run, lex: Lexicon) -> bool:
    """"BBC Radio 4", "BBC World Service", "CNN International": an organisation the lists know,
    in capitals, then a channel's words, numbers and places only."""
    first = run.tokens[0]
    return first.text.isupper() and first.key in lex.known_orgs and all(
        t.key in CHANNEL_WORDS or t.key in NAME_NUMBERS or t.number or t.key in lex.places
        for t in run.tokens[1:]
    )


def _organisations_word_kept(run: Run, chosen: list[tuple[int, int, int]],
                             at: dict[tuple[int, int], int], found: RunEvidence,
                             score_words: Callable[[tuple[str, ...]], Scores],
                             lex: Lexicon) -> list[tuple[int, int, int]]:
    """"A fire broke out at Pellow School": where the weights read "Pellow" as a place and
    left "School" out, the name the run carries on to a word only organisations end in is
    the organisation, where its own words read best as one (a convention)."""
    i, j, _ = max(chosen, key=lambda span: span[1])
    n = len(run.tokens)
    k = at.get((i, n))
    if k is None or any(run.gaps[j - 1 : n - 1]) or _spelled(run, i, n) in lex.places:
        return chosen
    words = score_words(found.spans[k].lexical)
    if words.index(max(words)) != ORG:
        return chosen
    return _carried_on(chosen, i, j, n, ORG)


def _carried_on(chosen: list[tuple[int, int, int]], i: int, j: int, n: int,
                label: int) -> list[tuple[int, int, int]]:
    """The chosen names with the one over tokens [i, j) carried on to token ``n`` as ``label``."""
    return [span for span in chosen if span[1] != j] + [(i, n, label)]


def _crafts_word_kept(run: Run, chosen: list[tuple[int, int, int]],
                      at: dict[tuple[int, int], int]) -> list[tuple[int, int, int]]:
    """"Nasa's James Webb Space Telescope": where the weights read a person's name and left out
    the words up to a craft's last word ("Telescope", "Rover", "Orbiter"), the name goes on to
    it and is the craft's (as a craft's noun after a name makes it one: "the Kepler spacecraft")."""
    n = len(run.tokens)
    i, j, _ = max(chosen, key=lambda span: span[1])
    if not n - 3 <= j < n or any(run.gaps[j - 1 :]) or (i, n) not in at:
        return chosen
    return _carried_on(chosen, i, j, n, OTHER)


# "Collins Ave", "College Avenue", "Sunset Blvd": the last words of a street's name, which no
# surname or organisation's name ends in ("Street": "Picabo Street"; "Drive", "Lane": Lois Lane)
_STREET_WORDS = frozenset({"ave", "avenue", "blvd", "boulevard", "rd", "road"})
# the words of a street's name an institution on it is named after ("Bow Street Magistrates'
# Court", "Abbey Road Studios")
_THOROUGHFARES = _STREET_WORDS | frozenset({"street", "st", "lane", "square", "place", "row", "hill"})


def _places_word_kept(run: Run, chosen: list[tuple[int, int, int]], at: dict[tuple[int, int], int],
                      scores: list[Scores]) -> list[tuple[int, int, int]]:
    """"Cary Towne Center is a shopping mall": where the weights read the words before a
    place's last word as a person's name and left the word out, the name goes on to it, a
    place or an organisation as the whole reads best, unless it reads best as a person's
    name (a convention: "Center", "Mall", "Stadium" after a name belong to it)."""
    n = len(run.tokens)
    i, j, _ = max(chosen, key=lambda span: span[1])
    k = at.get((i, n))
    if k is None:
        return chosen
    whole = scores[k]
    if whole.index(max(whole)) == PERSON:
        return chosen  # "Marc Lamont Hill": a surname that is a place's word too
    return _carried_on(chosen, i, j, n, PLACE if whole[PLACE] >= whole[ORG] else ORG)


# organisations' last words that end places' or products' names too ("Game Reserve", "Earls
# Court", "Dogger Bank", "Apple TV")
_PLACES_TOO = frozenset({"reserve", "mission", "front", "exchange", "post", "tv", "mobile",
                         "international", "capital", "union", "commonwealth", "court", "bank"})


def _words_read_as_an_organisation(words: Scores) -> bool:
    """Whether a span's own words (without what stands around it) read as an organisation
    rather than a place."""
    return words[ORG] > words[PLACE]


def _prize_with_field(candidate: Candidate) -> bool:
    """"Nobel Prize in Physics", "Award for Best Actress": a prize named with its field."""
    return any(connector in ("in", "for") and word in _PRIZES
               for connector, word in zip(candidate.connectors, candidate.words, strict=False))


def _country_by_its_name(run: Run, lex: Lexicon) -> bool:
    """A country's own name opening a sentence or on a headline is the country (a
    convention), even where it is also an everyday word the text writes nowhere else with a
    capital ("Japan began the defence of their title", "CHINA IN SURPRISE DEFEAT"): the
    weights, fitted on every capitalised everyday word at a sentence's start, drop it."""
    token = run.tokens[0]
    place = lex.places.get(token.key)
    return (run.position != "" and place is not None and place.is_country
            and fold_word(place.name) == token.key and not token.text.islower())


def _a_towns_name_inside_a_sentence(run: Run, lex: Lexicon) -> bool:
    """A town the gazetteer knows, capitalised inside a sentence, is the town where the
    weights read nothing ("said Tokyo would support Peru's approach": what stood around it read
    against every type), unless it is also an everyday word, a given name or a common surname."""
    token = run.tokens[0]
    if run.position or token.text.isupper() or not token.text[:1].isupper():
        return False
    place = lex.places.get(token.key)
    if place is None or place.type != "GPE" or fold_word(place.name) != token.key:
        return False
    rank = lex.surname_ranks.get(token.key)
    return token.key not in lex.common_words and token.key not in lex.first_names and (
        rank is None or rank >= 10_000)


def _known_organisations_kept(run: Run, options: list[tuple[int, int]],
                              chosen: list[tuple[int, int, int]],
                              ctx: TextContext) -> list[tuple[int, int, int]]:
    """An organisation the lists know, inside a run where the weights chose no name over it
    ("The 30-share DAX index", "downgraded by Standard & Poor's": its "'s" is its name's,
    which the run leaves out), is kept (as ``_organisation_by_its_name`` keeps one alone)."""
    lex = ctx.lex
    if all(t.key not in _first_words_of(lex.known_orgs) for t in run.tokens):
        return chosen  # (most runs: no word opens a known organisation's name)
    taken = {k for i, j, _ in chosen for k in range(i, j)}
    kept, changed = list(chosen), False
    for i, j in sorted(options, key=lambda o: o[0] - o[1]):  # the longest first
        spelled = _spelled(run, i, j)
        known = spelled in lex.known_orgs or known_by_its_s(ctx.text, run.tokens[j - 1].end, spelled, lex)
        if not known:
            continue
        if taken.isdisjoint(range(i, j)) and (j - i > 1 or _organisation_by_its_name(run.tokens[i], lex)):
            kept.append((i, j, ORG))
            taken.update(range(i, j))
            changed = True
        elif j - i > 1 and len(inside := [c for c in kept if i <= c[0] and c[1] <= j]) > 1 and all(
            c in inside or c[1] <= i or c[0] >= j for c in kept
        ):
            # the weights cut it in pieces: "the International Committee of the Red Cross"
            kept = [*(c for c in kept if c not in inside), (i, j, ORG)]
            changed = True
    return sorted(kept) if changed else chosen


@lru_cache(maxsize=4)
def _first_words_of(names: frozenset[str]) -> frozenset[str]:
    return frozenset(name.split(" ", 1)[0] for name in names)


def _a_known_organisations_branch(run: Run, keys: list[str], lex: Lexicon) -> bool:
    """Whether the run is an organisation the lists know and a country's name after it, its
    branch there: "Amnesty International Kenya", "Oxfam India", "Save the Children UK"; a known
    company's unit for a continent ("Sony Computer Entertainment Europe"); or a continent's
    name and a body's initials the lists know ("Africa CDC")."""
    place = lex.places.get(keys[-1])
    if place is not None and place.is_country and _spelled(run, 0, len(keys) - 1) in lex.known_orgs:
        return True
    if place is not None and place.type == "LOC" and len(keys) > 2 and keys[0] in lex.known_orgs and all(
        key in lex.common_words for key in keys[1:-1]
    ):
        return True  # "Sony Computer Entertainment Europe": a known company's unit for a continent
    # "Africa CDC": a continent's name, then a body's initials (a country's, "UK RAF", is the
    # country and its body, as MEANTIME annotates it)
    first, last = lex.places.get(keys[0]), run.tokens[-1].text
    return len(keys) == 2 and first is not None and not first.is_country and first.type == "LOC" and (
        last.isupper() and 2 <= len(last) <= 5 and keys[-1] in lex.known_orgs)


def _a_countrys_body(run: Run, keys: list[str], lex: Lexicon) -> bool:
    """Whether the run is one or two everyday nouns and a country's name, the country's body
    for them: "Police Scotland", "Sport England", "Statistics Canada", "Historic Environment
    Scotland" (not a place described: "Mainland China", "Rural Kenya", "Victorian Britain",
    and no name the lists know whole: "Northern Ireland")."""
    place = lex.places.get(keys[-1])
    if place is None or not place.is_country or keys[-1] in lex.common_words or (  # "Shark Island"
        _spelled(run, 0, len(keys)) in lex.places
    ):
        return False
    return not keys[-2].endswith(_ADJECTIVES_ENDINGS) and all(
        key in lex.common_words and key not in lex.place_qualifiers and key not in lex.first_names
        and key not in lex.titles and key not in lex.demonyms and key not in lex.norp_adjectives
        and key not in lex.loc_heads and key not in lex.gpe_words and key not in lex.loc_words
        and key not in FOREIGN_ARTICLES and key not in _PLACE_DESCRIBING_WORDS
        and run.tokens[k].text[1:].islower()
        for k, key in enumerate(keys[:-1]))  # (a town's name may be an everyday word: "Rugby")


# everyday words that describe a country rather than name a body of it ("Mainland China",
# "Corporate America", "Red China", "Like Britain, France ..."); adjectives in -al, -ic, -ian,
# -ous ... ("Rural Kenya", "Victorian Britain") are told by their endings
_PLACE_DESCRIBING_WORDS = frozenset(
    "mainland metro downtown upstate corporate ancient modern medieval middle black white red "
    "green young free independent post pre like unlike today now then as when while if for from "
    "with without after before since until under over across beyond despite including "
    "outside inside within throughout against about all every only even also both "
    "neighbouring neighboring rest whole".split())
_ADJECTIVES_ENDINGS = ("al", "ic", "ian", "ous", "ive", "ful", "ern", "ese", "ish", "less", "ed")


def _an_opening_word_before_a_known_organisation(run: Run, keys: list[str], lex: Lexicon) -> bool:
    """Whether a sentence opens with an everyday word (no title's, given name's or place's)
    before the rest of the run, a known organisation's name, perhaps with an organisation's
    word after it ("Rival Ford", "Struggling Vodafone", "Rivals Honda Motor")."""
    first, n = keys[0], len(keys)
    rest = _spelled(run, 1, n)
    return (first in lex.common_words and first not in lex.first_names and first not in lex.titles
            and first not in lex.places and first not in lex.org_heads and first not in lex.place_qualifiers
            and _spelled(run, 0, n) not in lex.known_orgs
            and (rest in lex.known_orgs or n > 2 and keys[-1] in lex.org_words
                 and _spelled(run, 1, n - 1) in lex.known_orgs))  # "Rivals Honda Motor and ..."


def _an_organisation_before_its_officer(run: Run, keys: list[str], chosen: list[tuple[int, int, int]],
                                        at: dict[tuple[int, int], int], scores: list[Scores],
                                        lex: Lexicon) -> list[tuple[int, int, int]]:
    """"BOJ Governor Yasuo Matsushita": the words before a title that opens the run's first
    name, left out by the weights, are the officer's organisation where they read best as one
    (a convention; the weights weigh the words before a title as no name)."""
    end = chosen[0][0]
    if any(run.gaps[:end]):
        return chosen
    t = _title_start(run, end, lex)
    if t is None or (0, t) not in at:
        return chosen
    read = scores[at[(0, t)]]
    return [(0, t, ORG), *chosen] if read.index(max(read)) == ORG else chosen


def _title_start(run: Run, end: int, lex: Lexicon) -> int | None:
    """Where a title ending before token ``end`` starts, after the run's first token ("Prime"
    of "UK Prime Minister Tony Blair"), or None."""
    return next((k for k in range(1, end) if _spelled(run, k, end) in lex.titles), None)


def _organisation_by_its_name(token: Token, lex: Lexicon) -> bool:
    """An organisation the word lists know by a name no dictionary writes in lower case is
    that organisation wherever it stands (a convention): "Commerzbank rose 1.20 marks", which
    the weights, reading a sentence's unknown first word, drop."""
    return (token.key in lex.known_orgs and token.key not in lex.common_words
            and not token.text.islower())


def _surnames_of_people(runs: list[Run], read: list[Candidate], evidence: TextEvidence,
                        model: NameModel, ctx: TextContext, explain: bool) -> list[Candidate]:
    """"Analysts praised Jobs" after "Steve Jobs": inside a sentence, a word the weights left
    out that ends a person's name read in full after a given name (no everyday word: not
    "Loan Payment") is that person, though it is an everyday word too (a convention; a title,
    or a word ending names of places, organisations or works, is none); so is a word no
    dictionary holds that the article reads firmly as a person alone. Opening a sentence it
    is the person where a person's verb or an apposition follows ("Jobs resigned", "Jobs,
    aged 55,"; not "Jobs were cut")."""
    lex = ctx.lex
    surnames = {c.words[-1] for c in read if c.type == "PERSON" and len(c.words) > 1
                and c.strength >= 3 and c.words[-2] in lex.first_names
                and c.words[-2] not in lex.common_words and not _ends_a_kind_of_name(c.words[-1], lex)}
    # and a surname read firmly alone that is no everyday word ("Ms. Goldsmith", "Einstein's view")
    surnames.update(c.words[0] for c in read if c.type == "PERSON" and len(c.words) == 1
                    and c.strength >= 3 and c.words[0] not in lex.common_words
                    and not _ends_a_kind_of_name(c.words[0], lex))
    if not surnames:
        return []
    taken = Occupied(read)
    found: list[Candidate] = []
    for run in runs:
        token = run.tokens[0]
        if len(run.tokens) == 1 and token.key in surnames and (
            not run.position or run.position == "start" and _a_persons_verb_after(ctx.text, token.end)
        ) and not taken.overlaps(token.start, token.end):
            word = evidence.word_evidence(run)
            if word is not None:
                found.extend(_read_word(run, word, model, ctx, explain, surname_of_a_person=True))
    return found


# What follows a person's surname opening a sentence, and not a plural noun's: an apposition,
# a verb in the singular or the past ("Jobs, aged 55,", "Jobs says", "Jobs resigned").
_PERSONS_VERB_AFTER = r", (?:aged|born|who|whose|the|a|an)\b| (?:said|says|told|was|is|has|[a-z]{2,}ed)\b"


def _a_persons_verb_after(text: str, end: int) -> bool:
    return pattern(_PERSONS_VERB_AFTER).match(text, end) is not None


def _people_named_by_surname(runs: list[Run], read: list[Candidate], evidence: TextEvidence,
                             model: NameModel, ctx: TextContext,
                             explain: bool) -> list[Candidate]:
    """"Tiger Woods shot a 66 ... Woods said": two words whose second the article uses alone
    for a person, read firmly (strength 3 or more), are that person's full name (alone, or read
    apart from what follows a connector: "Raila Odinga of the Orange Democratic Movement"),
    though the weights read everyday words there, or a place ("Woods") or a company (a convention: news
    names a person in full, then by surname). The first word is no title, nationality, place
    or organisation's word, and where a capital may only open a sentence or a headline, the
    article capitalises it inside a sentence too, or it is a given name."""
    surnames = {c.words[0] for c in read
                if c.type == "PERSON" and len(c.words) == 1 and c.strength >= 3}
    # and the surname of one named in full by three words or more ("Albert Chinualumogu
    # Achebe" under the heading "Chinua Achebe")
    surnames.update(c.words[-1] for c in read if c.type == "PERSON" and len(c.words) > 2
                    and not any(c.connectors) and c.strength >= 3)
    if not surnames:
        return read
    people = {(c.start, c.end) for c in read if c.type == "PERSON"}
    read_at = {(c.start, c.end) for c in read}
    replaced: list[Candidate] = []
    for run in runs:
        tokens = run.tokens
        if len(tokens) < 2 or run.gaps[0] or tokens[1].key not in surnames:
            continue
        if len(tokens) > 2 and not (run.gaps[1] and (tokens[0].start, tokens[1].end) in read_at):
            continue  # "Raila Odinga of the Orange Democratic Movement", read apart at "of"
        if (tokens[0].start, tokens[1].end) in people or not _may_be_a_given_name(run, ctx):
            continue
        found = evidence.run_spans(run)
        span = next((sp for sp in found.spans if (sp.i, sp.j) == (0, 2)), None) if found else None
        if span is None:
            continue
        scores = model.add(model.add(model.score_words(span.lexical), model.score(span.context)),
                           model.add(model.score(found.left), model.score(found.right)))
        features = tuple(found.features(span)) if explain else ()
        candidate = _candidate(run, 0, 2, PERSON, scores, features, ctx)
        replaced.append(firmly(candidate, PERSON, explain and "full_name_of_surname"))
    if not replaced:
        return read
    taken = Occupied(replaced)
    return [*(c for c in read if not taken.overlaps(c.start, c.end)), *replaced]


def _may_be_a_given_name(run: Run, ctx: TextContext) -> bool:
    """Whether the first of a run's two words may be a given name before the second."""
    lex, first = ctx.lex, run.tokens[0].key
    if (first in lex.titles or _nationality_word(first, lex) or first in lex.places
            or first in lex.org_words or first in lex.loc_words or first in lex.other_names
            or first in ctx.lower_case_words()):
        return False
    # (or a heading of the name alone: "Chinua Achebe" over his biography)
    return not run.position or first in lex.first_names or first in ctx.certain or (
        alone_on_its_line(ctx.text, run.tokens[0].start, run.tokens[-1].end))


def _ends_a_kind_of_name(key: str, lex: Lexicon) -> bool:
    """A title or a word that ends names of places, organisations and works ("Chair",
    "Avenue", "Agreement"): no surname, whatever the weights read before it."""
    return (key in lex.titles or key in lex.loc_words or key in lex.org_words
            or key in lex.other_words or key in lex.gpe_words)


def _an_unknown_word_in_a_country(token: Token, ctx: TextContext) -> bool:
    """"devastating Carriacou in Grenada": a word no list knows (no given name, surname,
    everyday word or place) right before "in" and a country's name is a place in it, not the
    person the weights read (unless the text names it inside a longer name)."""
    key, lex = token.key, ctx.lex
    if key in lex.first_names or key in lex.surname_ranks or key in lex.common_words or key in lex.places or (
        key in ctx.surnames or key in ctx.name_parts  # "Volodymyr Zelensky ... Zelensky in Ukraine"
    ):
        return False
    match = pattern(_IN_A_COUNTRY_AFTER).match(ctx.text, token.end)
    place = lex.places.get(fold_word(match.group(1))) if match is not None else None
    return place is not None and place.is_country


_IN_A_COUNTRY_AFTER = r" in ([A-Z][\w-]+(?: [A-Z][\w-]+)?)\b"


def _an_everyday_plural_opening_a_sentence(token: Token, ctx: TextContext) -> bool:
    """"Airlines including United and Southwest have said ...": an everyday word's plural
    opening a sentence, written in capitals nowhere inside one, is the everyday word (not a
    people's, a party's, a team's or an organisation's name the lists know, or a surname:
    "Democrats", "Rangers", "Sanders"; a sentence about a match keeps its sides)."""
    key, lex = token.key, ctx.lex
    return _everyday_plural(key, lex) and key not in ctx.certain and token.text[1:].islower() and (
        key not in lex.group_nouns and key not in lex.demonyms and key not in lex.parties
        and key not in lex.known_orgs and key not in lex.places and key not in lex.other_names
        and key not in lex.surname_ranks and key not in cues()[("team_nickname", "-")])


def _a_party_adjective_before_an_everyday_noun(token: Token, ctx: TextContext) -> bool:
    """"Conservative estimates put it at 300", "Liberal arts colleges": a party's adjective
    that is an everyday word too (not "Tory"; nor "Labour", its name too) opening a sentence
    before a lower-case word that is no party member's noun ("Conservative MPs") is the
    everyday adjective."""
    lex = ctx.lex
    if token.key not in lex.party_adjectives or token.key in lex.parties or (
        token.key not in lex.common_words  # "Tory marginals": no everyday word
    ):
        return False
    after = pattern(_NEXT_HYPHENATED_WORD).match(ctx.text, token.end)
    if after is None or not after.group(1).islower():
        return False
    members = cues()[("party_modified", "-")]
    # "Conservative co-chairman Liam Fox": a title's word inside a compound is a title still
    return not any(part in members or part in lex.titles for part in fold_word(after.group(1)).split("-"))


_NEXT_HYPHENATED_WORD = r"[ \u00a0]+([^\W\d_]+(?:-[^\W\d_]+)*)"


def _read_word(run: Run, found: WordEvidence, model: NameModel, ctx: TextContext,
               explain: bool, surname_of_a_person: bool = False) -> list[Candidate]:
    """``_read_run`` of a run of one word (most runs): a name if any type scores above 0 (the
    best segmentation of one span), or if it is a party's name, a country's own name or an
    organisation's the lists know (a convention); the conventions a one-word name may meet after that ("the Jaffe family")."""
    if run.position and _a_party_adjective_before_an_everyday_noun(run.tokens[0], ctx):
        return []
    if run.position == "start" and "sport_sentence" not in found[2] and (
        _an_everyday_plural_opening_a_sentence(run.tokens[0], ctx)
    ):
        return []
    lexical, context, before, after = found
    score = model.score
    w, c = model.score_words(lexical), score(context)
    left, right = score(before), score(after)
    # summed in the order the spans of longer runs are, for the same floating-point totals
    scores: Scores = (w[0] + c[0] + left[0] + right[0], w[1] + c[1] + left[1] + right[1],
                      w[2] + c[2] + left[2] + right[2], w[3] + c[3] + left[3] + right[3],
                      w[4] + c[4] + left[4] + right[4])
    top = max(scores)
    if run.tokens[0].text == "X" and after_a_platforms_word(ctx.text, run.tokens[0].start):
        # "posted on X": the social network, however its one letter reads
        return [firmly(_candidate(run, 0, 1, ORG, scores, (*lexical, *context, *before, *after)
                                  if explain else (), ctx), ORG, explain and "platform")]
    if top > 0:
        label = scores.index(top)
    elif run.tokens[0].key in ctx.lex.parties or run.tokens[0].key in ctx.lex.party_adjectives:
        label = ORG  # as _parties_left_out reads a party's name the weights left out
    elif _country_by_its_name(run, ctx.lex) or _a_towns_name_inside_a_sentence(run, ctx.lex):
        label = PLACE
    elif _organisation_by_its_name(run.tokens[0], ctx.lex) or known_by_its_s(
        ctx.text, run.tokens[0].end, run.tokens[0].key, ctx.lex
    ):
        label = ORG  # "Moody's agreed": a name the lists know, however weakly its words read
    elif surname_of_a_person or _a_leaders_time(run, ctx):
        label = PERSON
    elif noun_around := _an_organisations_noun_around_an_unknown_word(run, ctx):
        # "the Russian state bank Sberbank", "An Omonia spokesman said": its own letters say nothing
        return [firmly(_candidate(run, 0, 1, ORG, scores, (*lexical, *context, *before, *after)
                                  if explain else (), ctx), ORG, explain and noun_around)]
    elif _an_unknown_word_opening_a_sentence_before_its_verb(run, ctx):
        label = PERSON if scores[PERSON] >= scores[ORG] else ORG  # "Sheinbaum won Mexico's election"
    else:
        return []
    features = (*lexical, *context, *before, *after) if explain else ()  # as RunEvidence.features
    if explain and surname_of_a_person and top <= 0:
        features = (*features, "surname_named_in_full")
    candidate = _candidate(run, 0, 1, label, scores, features, ctx)
    if label in (ORG, PLACE, OTHER) and _family_after(ctx.text, candidate.end):
        candidate = firmly(candidate, PERSON, explain and "family")
    elif label != PERSON and _authored_by(ctx.text, candidate.start, scores):
        candidate = firmly(candidate, PERSON, explain and "author")
    elif label != ORG and _a_team_by_its_plural(run, ctx, found):
        candidate = firmly(candidate, ORG, explain and "club")  # "The Bulls, who lost ..."
    elif label != ORG and pattern(_TEAM_MATE_AFTER).match(ctx.text, candidate.end):
        candidate = firmly(candidate, ORG, explain and "club")  # "Williams team mate Villeneuve"
    elif (label != PERSON or top <= 0) and _a_leaders_time(run, ctx):
        candidate = firmly(candidate, PERSON, explain and "leaders_time")  # "the Abacha years"
    elif label != PLACE and _county(candidate):
        candidate = firmly(candidate, PLACE, explain and "county")
    elif label == PLACE and _a_partys_name_by_its_noun(ctx.text, candidate):
        candidate = firmly(candidate, ORG, explain and "party")  # "the ruling Morena party"
    elif label == PERSON and candidate.strength <= 3 and _an_unknown_word_in_a_country(run.tokens[0], ctx):
        candidate = firmly(candidate, PLACE, explain and "place_in_country")  # "Carriacou in Grenada"
    elif label != PLACE and candidate.words[0] in ctx.lex.places and _the_town_of_an_institution(ctx, candidate.start):
        candidate = firmly(candidate, PLACE, explain and "institutions_town")  # "Balliol College, Oxford"
    elif label == PERSON and (_names_a_thing(candidate.words[0], ctx.lex) or _a_given_name_naming_a_thing(
        ctx.text, candidate, ctx.lex
    )):
        candidate = firmly(candidate, OTHER, explain and "thing_name")
    elif label != ORG and known_by_its_s(ctx.text, candidate.end, candidate.words[0], ctx.lex):
        candidate = firmly(candidate, ORG, explain and "name_with_s")  # "Moody's said"
    elif label in (PERSON, PLACE) and candidate.place is None and _a_craft_noun_after(ctx.text, candidate.end):
        candidate = firmly(candidate, OTHER, explain and "craft")  # "NASA's Kepler spacecraft"
    elif label == PERSON and pattern(_BRAND_AFTER).match(ctx.text, candidate.end):
        candidate = firmly(candidate, ORG, explain and "brand")  # "the Lexus brand"
    elif label in (PERSON, PLACE) and candidate.place is None and _a_paper_noun_after(
        ctx.text, candidate.start, candidate.end
    ):
        candidate = firmly(candidate, ORG, explain and "newspaper")  # "the Handelsblatt daily"
    elif before_it := _an_organisation_by_what_stands_before(label, before, ctx.text, candidate.start,
                                                             candidate.place is not None):
        candidate = firmly(candidate, ORG, explain and before_it)  # "the band Keane"
    elif label != OTHER and pattern(_MODELS_IN_THE_PLURAL).fullmatch(candidate.text):
        candidate = firmly(candidate, OTHER, explain and "models")  # "ordered 24 A320s", "F-16s"
    elif label == PLACE and candidate.place is None and candidate.words[0] in ctx.lex.known_orgs:
        candidate = firmly(candidate, ORG, explain and "known_organisation")  # "in the Knesset on Monday"
    elif (label == PLACE and candidate.place is None or label == ORG and _unknown_organisation(
        candidate.words[0], ctx.lex
    )) and _an_event_noun_after(ctx.text, candidate.end):
        candidate = firmly(candidate, OTHER, explain and "event")  # "at the Macworld conference"
    elif label != PERSON and scores[PERSON] > scores[label] and (
        candidate.type != "PERSON" and candidate.scores
        and candidate.scores.index(max(candidate.scores)) == PERSON
    ):
        candidate = relabelled(candidate, label)
    return [candidate]


# A brand's noun after a name read as a person's: "the Lexus brand", "its Lumora brands".
_BRAND_AFTER = r" brands?\b"
_EVENT_NOUN_AFTER = r" (?:conference|summit|festival|expo|convention|exhibition|fair|tour)\b"
# a model's code in the plural: a letter or two, digits (a variant after a hyphen), "s"
_MODELS_IN_THE_PLURAL = r"[A-Z]{1,2}-?\d{2,4}(?:-\d{1,3}[A-Z]{0,2})?s"


def _the_town_of_an_institution(ctx: TextContext, start: int) -> bool:
    """"St John's College, Oxford", "Trinity College, Dublin": a town the gazetteer knows after
    an institution's name and a comma is the institution's town, however like a surname its
    word reads."""
    before = ctx.text[max(0, start - 30) : start]
    found = pattern(_INSTITUTION_BEFORE_A_COMMA).search(before)
    return found is not None and fold_word(found.group(1)) in ctx.lex.org_words


_INSTITUTION_BEFORE_A_COMMA = r"\b([A-Z][a-z]+), $"


def _an_event_noun_after(text: str, end: int) -> bool:
    """"the Macworld conference", "the Sundance festival": a name the gazetteer does not know
    before a gathering's noun names the gathering, not a place ("the Davos summit" is held
    at a place the gazetteer knows), nor an organisation the lists do not know (an
    organisation they know, or a party, holds it: "the NATO summit", "the Labour
    conference")."""
    return pattern(_EVENT_NOUN_AFTER).match(text, end) is not None


def _a_craft_noun_after(text: str, end: int) -> bool:
    """Whether a noun for a craft follows, or its plural: "the Kepler spacecraft", "a Trident
    missile", "20 Starlink satellites"."""
    match = pattern(_NEXT_LOWER_WORD).match(text, end)
    if match is None:
        return False
    return _a_noun_or_its_plural(match.group(1), cues()[("craft_noun_after", "-")])


def _a_noun_or_its_plural(word: str, nouns: frozenset[str]) -> bool:
    return word in nouns or word[-1:] == "s" and word[:-1] in nouns


def _next_word_in(text: str, end: int, words: frozenset[str]) -> bool:
    """Whether the lower-case word right after ``end`` is one of ``words``."""
    match = pattern(_NEXT_LOWER_WORD).match(text, end)
    return match is not None and match.group(1) in words


def _after_the(text: str, start: int) -> bool:
    """Whether the word "the" (or "The") stands right before ``start``."""
    return text.endswith(("the ", "The "), 0, start) and not text[start - 5 : start - 4].isalnum()


_NEXT_LOWER_WORD = r" ([a-z]+)\b"
# "Williams team mate Jacques Villeneuve": the name before it is the team's
_TEAM_MATE_AFTER = r" team[- ]?mates?\b"


def _organisations_named_by_their_kind(text: str, candidates: list[Candidate],
                                       explain: bool) -> list[Candidate]:
    """"the Italian dairy group Parmalat" ... "Parmalat collapsed": a name a noun for an
    organisation stands right before (or a team's "team mate" after: "Williams team mate
    Jacques Villeneuve" ... "after Williams dropped him") is the organisation wherever the
    article names it so (a convention, as a club's other mentions follow it), not a person by
    its other mentions' words."""
    named = {c.words for c in candidates if c.kind == "name" and c.type == "ORG" and len(c.words) == 1
             and (_an_organisations_kind_before(text, c.start, fitted=True)
                  or pattern(_TEAM_MATE_AFTER).match(text, c.end) is not None)}
    if not named:
        return candidates
    return [firmly(c, ORG, explain and "org_noun_before") if c.kind == "name" and c.type != "ORG"
            and c.words in named else c for c in candidates]


def _crafts_named_by_their_noun(text: str, runs: list[Run], candidates: list[Candidate],
                                explain: bool) -> list[Candidate]:
    """"NASA's Juno spacecraft" ... "Juno will orbit the planet": a name a craft's noun follows
    is the craft wherever the article names it (a convention, as for organisations named by
    their kind), not a person by its other mentions' words; and so is one the weights read as
    no name after "the", an owner's possessive or a count ("India's Chandrayaan-1 spacecraft",
    "launched 20 Starlink satellites")."""
    occupied = Occupied(candidates)
    missed = [run_candidate(text, run, OTHER, explain and "craft") for run in runs
              if (_after_the_an_owner_or_a_count(text, run.tokens[0].start)
                  and _a_craft_noun_after(text, run.tokens[-1].end)
                  or _a_models_designation(text, run.tokens[0].start, run.tokens[-1].end))
              and not occupied.run(run)]
    if missed:
        candidates = sorted([*candidates, *missed], key=lambda c: c.start)
    designations = {c.words for c in candidates if c.kind == "name" and _a_models_designation(text, c.start, c.end)}
    if designations:  # "makes the C-17 military transport": the model, not a company
        candidates = [firmly(c, OTHER, explain and "craft") if c.kind == "name" and c.type != "OTHER"
                      and c.words in designations else c for c in candidates]
    named = {c.words for c in candidates if c.kind == "name" and c.type == "OTHER" and c.place is None
             and _a_craft_noun_after(text, c.end)}
    if not named:
        return candidates
    return [firmly(c, OTHER, explain and "craft") if c.kind == "name" and c.type in ("PERSON", "GPE", "LOC")
            and c.words in named else c for c in candidates]


def _after_the_an_owner_or_a_count(text: str, start: int) -> bool:
    """"the Juno ...", "India's Chandrayaan-1 ...", "20 Starlink ...": what may stand before a craft."""
    return text.endswith(("the ", "'s ", "\u2019s "), 0, start) or (
        pattern(r"\d $").search(text, max(0, start - 2), start) is not None)


_DESIGNATION = r"[A-Z][A-Za-z]{0,2}-\d{1,4}[A-Za-z]{0,2}"
# up to three words after a designation, before a model's noun: adjectives, "and" and more
# designations ("the C-17 military transport", "its MD-11 and MD-80 airliners")
_WORDS_TO_A_MODELS_NOUN = r"(?:[ \t](?:[a-z][a-z-]*|" + _DESIGNATION + r")){1,4}\b"


def _a_models_designation(text: str, start: int, end: int) -> bool:
    """Letters, a hyphen and a number ("C-17", "MD-80", "Su-27") a model's noun follows within
    three words: a model of aircraft, vehicle or weapon, not a company or a place."""
    if not pattern(_DESIGNATION).fullmatch(text, start, end):
        return False
    match = pattern(_WORDS_TO_A_MODELS_NOUN).match(text, end)
    if match is None:
        return False
    nouns = cues()[("designation_noun_after", "-")]
    return any(_a_noun_or_its_plural(word, nouns) for word in match.group().split())


def _an_organisation_by_what_stands_before(label: int, left: Sequence[str], text: str,
                                           start: int, known_place: bool = False) -> str | None:
    """The convention that makes an organisation of a name read otherwise by what stands
    right before it, if one does: a noun for an organisation ("the accounting firm Arthur
    Andersen", "the airline Emirates", "the dairy group Parmalat") or words only an
    organisation's name follows ("analysts at Piper Jaffray", "a strategist at B. Riley
    Wealth": a person or a place no list knows). ``left``: the evidence before the name;
    ``known_place``: the name is a place the gazetteer knows ("head of Europe")."""
    if label in (PERSON, PLACE, OTHER) and (
        "noun_before:ORG" in left and _on_the_line_of_the_word_before(text, start)
        or _an_organisations_kind_before(text, start)
    ):
        return "org_noun_before"
    if (label == PERSON or label == PLACE and not known_place) and "organisation_before" in left and (
        _where_only_an_organisation_stands(text, start)
    ):
        return "only_an_organisation_before"  # (not "head of Europe")
    if label == PERSON and pattern(_A_WORKPLACE_BEFORE).search(text, max(0, start - 24), start) is not None:
        return "workplace_before"  # "an auditor from Grant Thornton", "researchers at Stanford"
    return None


def _an_organisations_kind_before(text: str, start: int, fitted: bool = False) -> bool:
    """Whether a noun for a kind of organisation the fitted nouns lack stands right before the
    name: "the dairy group Parmalat", "the militant group Hamas", "the oil giant BP" (or any
    such noun, ``fitted``: "the band Keane")."""
    _, word, _ = words_before(text, start)
    if not word or not _on_the_line_of_the_word_before(text, start):
        return False
    return word in cues()[("org_kind_before", "-")] or fitted and kind_before_table().get(word) == "ORG"


def _on_the_line_of_the_word_before(text: str, start: int) -> bool:
    """Whether no line break stands between ``start`` and the word before it: a headline's
    last word is no noun for the dateline's city ("..., DOLLAR FIRM" then "LONDON 1996-10-22")."""
    before = text[max(0, start - 40) : start]
    return "\n" not in before[len(before.rstrip()) :]


def _an_organisations_noun_around_an_unknown_word(run: Run, ctx: TextContext) -> str | None:
    """The convention that makes an organisation of a one-word run its letters read as no name,
    if one does: a noun for its kind before it ("org_noun_before") or a noun only an
    organisation's name modifies after it ("org_noun_after")."""
    if _an_unknown_word_after_an_organisations_kind(run, ctx):
        return "org_noun_before"
    if not run.position and _unknown_before_an_organisations_noun(run.tokens[0], ctx):
        return "org_noun_after"
    return None


def _unknown_before_an_organisations_noun(token: Token, ctx: TextContext) -> bool:
    """A capitalised word that no list knows (no everyday word, given name, surname, place or
    nationality) right before a noun only an organisation's name modifies: "An Omonia
    spokesman said", "the Omonia organisation"."""
    lex = ctx.lex
    if token.text.isupper() or token.key in lex.common_words or token.key in lex.first_names:
        return False
    if token.key in lex.surname_ranks or token.key in lex.places or token.key in lex.demonyms:
        return False
    return _next_word_in(ctx.text, token.end, _ORGANISATIONS_NOUNS)


_ORGANISATIONS_NOUNS = frozenset(
    "spokesman spokeswoman spokesperson organisation organization movement".split())


def _an_unknown_word_after_an_organisations_kind(run: Run, ctx: TextContext) -> bool:
    """A capitalised word inside a sentence, no everyday word, right after a noun for a kind of
    organisation written in lower case: "the Russian state bank Sberbank", "the oil firm
    Surgutneftegas" (not "the Bank Holiday" nor "the bank. Monday")."""
    token = run.tokens[0]
    if run.position or token.key in ctx.lex.common_words or token.text.isupper():
        return False
    if not _an_organisations_kind_before(ctx.text, token.start, fitted=True):
        return False
    before = ctx.text[max(0, token.start - 40) : token.start].rstrip()
    return before[-1:].islower()


def _a_paper_noun_after(text: str, start: int, end: int) -> bool:
    """Whether "the" stands before the name and a noun for a newspaper after it: "the
    Handelsblatt daily", "the Izvestia newspaper" (not "Tokyo daily life": no "the")."""
    return _after_the(text, start) and _next_word_in(text, end, cues()[("paper_noun_after", "-")])


def _unknown_organisation(key: str, lex: Lexicon) -> bool:
    """A word no list knows as an organisation's, a party's or a place's name."""
    return not (key in lex.known_orgs or key in lex.parties or key in lex.party_adjectives
                or key in lex.places)


_ACCORD_HEADS = frozenset("convention treaty agreement declaration protocol conference summit".split())


def _kind_named_for_its_subject(candidate: Candidate) -> int | None:
    """The label of a name whose head comes before "on" and its subject: an accord's or a
    meeting's ("Convention on Refugees", "Conference on Disarmament") OTHER, a body's ("Council
    on Foreign Relations") ORG; None where no such head stands before "on"."""
    if "on" not in candidate.connectors and "on the" not in candidate.connectors:
        return None
    for k, connector in enumerate(candidate.connectors):
        if connector in ("on", "on the"):
            head = candidate.words[k]
            if head in TOPIC_HEADS:
                return OTHER if head in _ACCORD_HEADS else ORG
    return None


def _a_team_by_its_plural(run: Run, ctx: TextContext, found: WordEvidence) -> bool:
    """"The Bulls, who lost only once last season": a team's own plural after "the", alone, in
    a sentence about a match, is the team (a convention: "the Saints" of a church's story
    stays what the weights read)."""
    token = run.tokens[0]
    return (token.key in cues()[("team_nickname", "-")] and "sport_sentence" in found[2]
            and _after_the(ctx.text, token.start))


def _a_leaders_time(run: Run, ctx: TextContext) -> bool:
    """"the Thatcher era", "the Abacha years", "the Mugabe regime": a one-word name inside a
    sentence between "the" and a noun for a leader's time in power is the leader's (a
    convention), unless the lists know it as another kind of name ("the Labour government",
    "the Vichy regime", "the Soviet era") or it reads as an adjective ("the Victorian era")."""
    token = run.tokens[0]
    key, text = token.key, ctx.text
    if run.position or not _after_the(text, token.start) or not _next_word_in(
        text, token.end, cues()[("leaders_time", "-")]
    ):
        return False
    lex = ctx.lex
    return not (key in lex.places or key in lex.known_orgs or key in lex.parties or key in lex.party_adjectives
                or key in lex.demonyms or key in lex.norp_adjectives or key in lex.other_names or key in lex.group_nouns
                or key.endswith(("ian", "ean", "ic", "ist", "ese")) or not key.isalpha())


def _names_a_thing(key: str, lex: Lexicon) -> bool:
    """A holiday's, a faith's, a language's or an event's name the lists know ("Christmas",
    "Ramadan", "Arabic") names no one alone unless it is a given name too
    ("Oscar", "Emmy"): "Christmas came early" was a person (a convention)."""
    return key in lex.other_names and key not in lex.first_names


def _a_given_name_naming_a_thing(text: str, candidate: Candidate, lex: Lexicon) -> bool:
    """An award's or a holiday's name that is a given name too ("Oscar", "Emmy") names the
    thing after a determiner or before a noun of its season: "The Oscar nominations were
    announced", "won an Emmy" (not "Oscar said so")."""
    key = candidate.words[0]
    if key not in lex.other_names or key not in lex.first_names:
        return False
    _, word, _ = words_before(text, candidate.start)
    return word in _DETERMINERS_OF_A_THING or _next_word_in(text, candidate.end, _AWARD_SEASON_NOUNS)


_DETERMINERS_OF_A_THING = frozenset("the a an this that his her their its every".split())
_AWARD_SEASON_NOUNS = frozenset(
    "nomination nominations nominee nominees winner winners win wins ceremony night race hopes "
    "statuette glory contender contenders campaign season voters".split())


def _names_a_doctrine(key: str) -> bool:
    """A word in "-ology" or "-ism" ("Scientology", "Marxism") is a belief's, a movement's or
    a field's name, never a person's (a convention: no given name or surname ends so). One in
    "-ology" that acts is its movement's body; whether one in "-ism" is the body or the
    belief is left to the weights."""
    return len(key) > 6 and key.endswith(("ology", "ism")) and key.isalpha()


def _county(candidate: Candidate) -> bool:
    """"Renfrewshire", "Aberdeenshire": a one-word name ending in "-shire" is a county (a
    convention; a county that plays is its club, read after this)."""
    word = candidate.words[0]
    return len(candidate.words) == 1 and len(word) > 6 and word.endswith("shire")


def _without_false_people(run: Run, found: RunEvidence, lex: Lexicon) -> RunEvidence:
    """The spans without those newsview never reads as one name (a convention): an adjective
    made from a name does not start a person's, nor names anyone alone ("Blairite Alan
    Milburn" names Alan Milburn),
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
            greeted.add(i)  # "Blairite" alone names no one either
        elif following in lex.other_names and key in lex.common_words:
            starts.add(i)
            greeted.update((i, i + 1))  # "Merry" alone is no name there either
        elif following in PATRONYMICS and i + 2 < found.n and not gaps[i + 1]:
            starts.add(i + 1)
            ends.add(i + 1)
    if not starts:
        return found
    kept = [span for span in found.spans
            if (span.j == span.i + 1 or span.i not in starts) and span.j not in ends
            and not (span.i in greeted and span.j == span.i + 1)]
    return RunEvidence(found.n, found.left, found.right, kept)


def _without_a_percentage_ending_a_name(run: Run, found: RunEvidence, text: str) -> RunEvidence:
    """"gave Rawlings 57.2 percent of the vote": a number of per cent ends no name (a
    convention; "Boeing 747" does)."""
    last = run.tokens[-1]
    if _PERCENT_AFTER.match(text, last.end) is None:
        return found
    return RunEvidence(found.n, found.left, found.right, [span for span in found.spans if span.j < found.n])


_PERCENT_AFTER = re.compile(r"[ \t]?(?:%|(?i:percent|per cent|pct)\b)")


def _without_names_across_an_officers_title(run: Run, found: RunEvidence, lex: Lexicon) -> RunEvidence:
    """"NTT Chief Executive Junichiro Miyazu": no name runs across a title between other
    words and a given name or a word no dictionary writes in lower case (the organisation,
    the office and the officer), a convention."""
    keys = [t.key for t in run.tokens]
    crossed: list[tuple[int, int]] = []  # (title's start, given name's position)
    for m in range(2, found.n):
        if (keys[m] in lex.first_names or keys[m] not in lex.common_words) and (
            keys[m] not in _GENERATION_MARKS  # "Martin Luther King Jr.": "King" is his surname
        ) and title_ends_at(run, m, lex.titles):
            start = _title_start(run, m, lex)
            if start is not None:
                crossed.append((start, m))
    return _without_spans_across(found, crossed)


def _without_spans_across(found: RunEvidence, crossed: list[tuple[int, int]]) -> RunEvidence:
    """The spans but those running from before token k to after token m, for each (k, m)."""
    if not crossed:
        return found
    kept = [span for span in found.spans if not any(span.i < k and span.j > m for k, m in crossed)]
    return RunEvidence(found.n, found.left, found.right, kept)


# Chambers an officer's title names ("Speaker of the House", "President of the Senate").
_CHAMBERS = frozenset("house senate congress parliament assembly commons lords council".split())


def _without_names_across_a_chamber(run: Run, found: RunEvidence, lex: Lexicon) -> RunEvidence:
    """"Speaker of the House Nancy Pelosi": after a title "of" a chamber, no name runs from the
    chamber into the given name after it (the office, then the officer)."""
    keys = [t.key for t in run.tokens]
    return _without_spans_across(found, [(m, m) for m in range(2, found.n) if keys[m - 1] in _CHAMBERS
                                         and keys[m] in lex.first_names and not run.gaps[m - 1]])


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
        chosen = _people_of_places(run, chosen, at, scores, ctx.lex)
        chosen = _companies_of_towns(run, chosen, at, ctx)
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
        elif j - i == 3 and _middle_initial(run, i, ctx.lex) and (
            label != PERSON or not _reads_as_person(scores[k])
        ):
            label, conventions = PERSON, ("initials",)  # "sung by Orvald K. Trusk"
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
            if end > j and whole is not None and _reads_as_person(scores[whole]):
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
        ) and not any(a == j and b > j + 1 for a, b in taken) and _reads_as_person(scores[whole]):
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
        elif j - i >= 3 and keys[i] in _HONORIFICS and not run.gaps[i] and (i + 1, j) in at and (
            (keys[i + 1] in lex.first_names or not any(run.gaps[i:j]))
            and not any(_ends_a_kind_of_name(key, lex) or key in lex.places for key in keys[i + 1 : j])
        ):
            # "the Rev. Alasdair Dunmore" read whole as a place: an honorific opening a name
            # is no part of it, and a given name and a surname after it are a person's
            i, label = i + 1, PERSON
        if label == PERSON and j - i >= 3:
            cut = next(((k, k + t) for k in range(i + 1, j - 1) for t in (2, 1)
                        if k + t < j and " ".join(keys[k : k + t]) in lex.titles
                        and not any(run.gaps[k - 1 : k + t]) and (k + t, j) in at
                        # "Martin Luther King Jr.": before a generation's mark a title's word is
                        # the surname
                        and keys[k + t] not in _GENERATION_MARKS), None)
        if cut is None:
            out.append((i, j, label))
            continue
        before = at.get((i, cut[0]))
        if before is not None and max(scores[before]) > 0:
            out.append((i, cut[0], scores[before].index(max(scores[before]))))
        out.append((cut[1], j, PERSON))
    return out


# The marks of a generation after a surname ("Jr.", "III"), folded without their full stop.
_GENERATION_MARKS = frozenset("jr sr ii iii iv".split())


def _a_persons_other_word_kept(run: Run, keys: list[str], chosen: list[tuple[int, int, int]],
                               ctx: TextContext) -> list[tuple[int, int, int]]:
    """"On Sunday Novak Djokovic won": two capitalised words, one read as a person's name and
    the other left out, are one person's name where the word left out is no everyday word,
    title, place or organisation's word (names no list knows: "Djokovic" alone reads as no
    name); a word before the person only inside a sentence (a sentence opens with others),
    and none after the surname of a full name the text writes ("a Warhol Polaroid")."""
    lex = ctx.lex
    i, j, _ = chosen[0]
    other = 1 if (i, j) == (0, 1) and keys[0] not in ctx.surnames else (
        0 if (i, j) == (1, 2) and not run.position else None)
    if other is None:
        return chosen
    key, token = keys[other], run.tokens[other]
    if token.number or not token.text[:1].isupper() or token.text.isupper() or key in lex.common_words or (
        key in lex.titles or key in lex.places or key in lex.demonyms or key in lex.org_words
        or key in lex.loc_words or key in lex.known_orgs
    ):
        return chosen
    return [(0, 2, PERSON)]


def _a_person_of_a_body(run: Run, keys: list[str], chosen: list[tuple[int, int, int]],
                        lex: Lexicon) -> bool:
    """"Remco Evenepoel of Soudal Quick-Step finished third", "Michael Tien of NPP": two
    capitalised words no list knows (no everyday, organisation's, title's or place's word),
    "of" and a name are a person and the team, party or paper they are of, where the weights
    read one organisation across the "of" (as "Bank of England" is) or nothing after it."""
    if run.gaps[0] or run.gaps[1] not in ("of", "of the") or not (
        any(i == 0 and j > 2 and label != PERSON for i, j, label in chosen) or chosen == [(0, 2, PERSON)]
    ):
        return False
    for token in run.tokens[:2]:
        key, text = token.key, token.text
        if not (text[:1].isupper() and text[1:2].islower()) or key in lex.common_words or (
            key in lex.org_words or key in lex.org_heads or key in lex.titles or key in lex.places
            or key in lex.demonyms or key in lex.norp_adjectives
        ):
            return False
    return _spelled(run, 0, 2) not in lex.known_orgs


def _an_east_asian_name(run: Run) -> bool:
    """Whether the run is a Chinese or Korean family name the vocabulary knows and a given
    name of two syllables joined by a hyphen, as news romanises them ("Ban Ki-moon")."""
    first, given = run.tokens
    return first.key in EAST_ASIAN_FAMILY_NAMES and not run.gaps[0] and (
        pattern(_HYPHENATED_GIVEN_NAME).fullmatch(given.text) is not None)


_HYPHENATED_GIVEN_NAME = r"[A-Z][a-z]{1,5}-[a-z]{1,6}"
# Events' words that end a tournament's name right after a word of it ("the Greater Milwaukee
# Open", "the Dubai Desert Classic"), not after "of" ("the School of Open").
_TOURNAMENT_HEADS = frozenset(("open", "classic", "invitational"))
# Scottish and Irish words for a lake opening its name ("Loch Etive", "Lough Neagh"): a place,
# however the name after it reads (the word lists hold "Lake", not these).
_LAKE_HEADS = frozenset(("loch", "lough"))
# The marks of a generation that only a person's name ends in ("World War II" is a war).
_JUNIOR_SENIOR = frozenset(("jr", "sr"))


def _a_person_of_a_generation(run: Run, keys: list[str], chosen: list[tuple[int, int, int]],
                              at: dict[tuple[int, int], int], lex: Lexicon) -> list[tuple[int, int, int]]:
    """"Robert Downey Jr. won", "Martin Luther King Jr.": a person's name ends in "Jr." or
    "Sr.", with the given names and initials before the surname (not an everyday word or a
    title opening the run: "Actor Robert Downey Jr.")."""
    n = len(keys)
    i = n - 2
    while i > 0 and not run.gaps[i - 1] and keys[i - 1] not in lex.titles and (
        keys[i - 1] in lex.first_names or keys[i - 1] not in lex.common_words
        or len(keys[i - 1]) == 1  # an initial: "William C. Walbrecher Jr."
    ):
        i -= 1
    if (i, n) not in at or any(a <= i and b == n and label == PERSON for a, b, label in chosen):
        return chosen
    return [*(c for c in chosen if c[1] <= i), (i, n, PERSON)]


# A realm's word after its people's or its ruler's name: "the German Empire", "the Ottoman
# Empire", "the Abbasid Caliphate" name a state, not an event or a work (a kingdom after an
# everyday word, "the Animal Kingdom", is left to the weights).
_POLITIES = frozenset("empire kingdom caliphate sultanate khanate emirate".split())
# Everyday words before "Empire" that make no state of it ("the Evil Empire", "a media empire").
_FIGURATIVE_REALMS = frozenset("evil galactic media business retail property new old".split())

# Honorifics only a person's name follows (not "St." nor "Prince": "St. Louis", "Prince Edward
# Island"), folded without their full stop.
_HONORIFICS = frozenset("mr mrs ms dr rev reverend prof professor".split())


def _title_phrase(keys: list[str], lex: Lexicon) -> bool:
    """A title or its plural ending a name: "Chairman", "Prime Minister", "MPs"."""
    return " ".join(keys) in lex.titles or _plural_title(keys[-1], lex) and (
        " ".join(keys[:-1] + [keys[-1][:-1]]) in lex.titles)


def _names_a_party(run: Run, i: int, j: int, lex: Lexicon) -> bool:
    spelled = _spelled(run, i, j)
    return spelled in lex.parties or spelled in lex.party_adjectives


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
    title_ends = title_last_words(lex.titles)
    for c, (i, j, label) in enumerate(chosen):
        last = keys[j - 1]
        if last not in title_ends and not (last[-1:] == "s" and last[:-1] in title_ends) or (
            label == ORG and last in cues()[("team_nickname", "-")] and _spelled(run, i, j - 1) in lex.places
        ):
            # most names end in no title's word (or its plural); "the Kansas City Chiefs" a team's
            out.append((i, j, label))
            continue
        following = chosen[c + 1] if c + 1 < len(chosen) else None
        before_a_person = following is not None and following[0] == j and following[2] == PERSON
        if 1 < j - i < 4 and label == PERSON and last in _TITLES_THAT_ARE_SURNAMES and not any(run.gaps[i : j - 1]) and all(
            key in lex.first_names and key not in lex.titles and (j - i == 3 or key not in lex.places)
            for key in keys[i : j - 1]
        ) and j == len(keys):  # (the run's end: "George Floyd Justice in Policing Act" is a law)
            # "Stephen King", "Martin Luther King", "John Major": a surname ("Houston Mayor
            # John Whitmire" is a town's office before a person)
            out.append((i, j, label))
            continue
        cut = next((k for k in (j - 2, j - 1) if k > i and _title_phrase(keys[k:j], lex)
                    and not any(run.gaps[k - 1 : j - 1])), None)
        if cut is not None:
            k = at.get((i, cut))
            if k is not None and max(scores[k]) > 0:
                i, j, label = i, cut, scores[k].index(max(scores[k]))
            elif k is not None and _names_a_party(run, i, cut, lex):
                j, label = cut, ORG  # "Tory MPs", "Syriza MPs": the party's members
            elif before_a_person:
                continue
        out.append((i, j, label))
    return out


def _people_of_places(run: Run, chosen: list[tuple[int, int, int]],
                      at: dict[tuple[int, int], int], scores: list[Scores],
                      lex: Lexicon) -> list[tuple[int, int, int]]:
    """"James C. Kopp of St. Albans", "Tanya Chan of the Civic Party": a person's name joined
    by "of" to another name is two names (a convention), where both halves read as names on
    their own evidence (or the second is a place, party or organisation the lists know, or
    initials: "Ann Chiang of DAB") and the first as a person, whatever the whole read as
    ("Maria Lopez of Oxford" an organisation); the second is no person, though the weights cut
    them apart, and is kept where they left it out ("Ann Chiang" "of" "DAB")."""
    out: list[tuple[int, int, int]] = []
    for i, j, label in sorted(chosen):
        if out and out[-1][1] == i and out[-1][2] == PERSON and run.gaps[i - 1] in ("of", "of the"):
            country = _a_country(run, i, j, lex)
            if label == PERSON or country:
                # the weights cut them apart already: "Peter Smith" "of" "Oxford", "Jasmine
                # Paolini" "of" "Italy" (a country, whatever a score after it made of it)
                out.append((i, j, PLACE if country else _best_but_person(scores[at[(i, j)]])))
                continue
        cut = next((k for k in range(i + 1, j) if run.gaps[k - 1] in ("of", "of the")), None)
        if cut is not None:
            person, other = at.get((i, cut)), at.get((cut, j))
            country = _a_country(run, cut, j, lex)
            if person is not None and other is not None and (
                max(scores[other]) > 0 or _known_or_initials(run, cut, j, lex)
            ) and (_reads_as_person(scores[person]) or country and _a_persons_name(
                run, i, cut, scores[person], lex
            )):
                out.append((i, cut, PERSON))
                # a person "of" a person is no reading: the second name is the best of the rest
                out.append((cut, j, PLACE if country else _best_but_person(scores[other])))
                continue
        out.append((i, j, label))
        n = len(run.tokens)
        if label == PERSON and j < n and run.gaps[j - 1] in ("of", "of the") and not any(
            start == j for start, _, _ in chosen
        ):
            # "Ann Chiang" "of" "DAB", the initials left out by the weights
            end = next((k for k in range(n, j, -1) if (j, k) in at
                        and _known_or_initials(run, j, k, lex)), None)
            if end is not None:
                out.append((j, end, _best_but_person(scores[at[(j, end)]])))
    return out


def _name_not_cut_before_its_last_words(run: Run, keys: list[str], chosen: list[tuple[int, int, int]],
                                        at: dict[tuple[int, int], int],
                                        lex: Lexicon) -> list[tuple[int, int, int]]:
    """"Eternal Sunshine of the Spotless Mind": a name read across a connector does not stop
    short of its run's end where the words left out are joined to it by spaces alone (a
    convention) and are no title's, number's or place's ("the Bank of England Governor"); nor
    does an institution's or a place's word before "of" and everyday words ("the Great Hall of
    the People")."""
    i, j, label = max(chosen, key=lambda c: c[1])
    n = len(keys)
    if j == n or (i, n) not in at or any(
        key in lex.titles or key in lex.places or run.tokens[k].number for k, key in enumerate(keys[j:], j)
    ):
        return chosen
    cut_short = i < j - 1 and any(run.gaps[i : j - 1]) and not any(run.gaps[j - 1 :])
    # "the Great Hall of the People": an institution's or a place's word, "of" and everyday words
    cut_at_of = run.gaps[j - 1] in ("of", "of the") and not any(run.gaps[j:]) and (
        keys[j - 1] in lex.org_words or keys[j - 1] in lex.loc_words) and all(
        key in lex.common_words for key in keys[j:])
    if not (cut_short or cut_at_of):
        return chosen
    return [c for c in chosen if c[1] <= i] + [(i, n, label)]


def _a_given_name_and_a_surname(first: str, last: str, lex: Lexicon) -> bool:
    """Whether two words are a given name and a surname (or a word no list knows), and the
    second no place's, organisation's or everyday word ("Stanley Kubrick", "Florence
    Nightingale"; not "Stanley Park", "Victoria Falls", "Orlando Magic")."""
    return first in lex.first_names and last not in lex.places and last not in lex.loc_words and (
        last not in lex.gpe_words and last not in lex.org_words and last not in lex.titles
    ) and (last in lex.surname_ranks or last not in lex.common_words and last not in lex.first_names)


def _a_country(run: Run, i: int, j: int, lex: Lexicon) -> bool:
    place = lex.places.get(_spelled(run, i, j))
    return place is not None and place.is_country


def _companies_of_towns(run: Run, chosen: list[tuple[int, int, int]], at: dict[tuple[int, int], int],
                        ctx: TextContext) -> list[tuple[int, int, int]]:
    """"Standard Federal Bancorporation of Troy, Michigan": a company's name ending in a word of
    its kind, "of" and a town the gazetteer knows that a state or a country follows is the
    company and its town (a wire's way of saying where a company is; "Bank of America" has no
    state after it)."""
    out: list[tuple[int, int, int]] = []
    for i, j, label in chosen:
        cut = next((k for k in range(i + 1, j) if run.gaps[k - 1] == "of"
                    and run.tokens[k - 1].key in _COMPANY_KINDS), None)
        if label != PERSON and cut is not None and j == len(run.tokens) and (i, cut) in at and (cut, j) in at and (
            _spelled(run, cut, j) in ctx.lex.places and _a_region_after(ctx, run.tokens[j - 1].end)
        ):
            out.extend([(i, cut, ORG), (cut, j, PLACE)])
            continue
        out.append((i, j, label))
    return out


# Words that end a company's name before "of" and its town: "Bancorporation of Troy".
_COMPANY_KINDS = LEGAL_FORMS | frozenset("corporation company bancorp bancorporation incorporated".split())


def _a_region_after(ctx: TextContext, end: int) -> bool:
    """Whether ", " and a state, a region or a country the gazetteer knows follow."""
    found = pattern(_A_PLACE_AFTER_A_COMMA).match(ctx.text, end)
    if found is None:
        return False
    key = phrase_key(found.group(1).rstrip("."))
    return key in ctx.lex.places or key in ctx.lex.region_abbreviations  # "Troy, Mich."


_A_PLACE_AFTER_A_COMMA = r", ([A-Z][\w.]*(?: [A-Z][\w.]*)?)"


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


def _middle_initial(run: Run, i: int, lex: Lexicon) -> bool:
    """"Orvald K. Trusk", "George W. Bush": a word, one initial and a word, joined by no
    connector, name a person (a convention), unless the lists know the name or its last word
    ends places' or organisations' names ("Lake X. Basin" is none)."""
    first, initial, last = run.tokens[i : i + 3]
    return (not any(run.gaps[i : i + 2]) and _INITIAL.fullmatch(initial.text) is not None
            and _INITIAL.fullmatch(first.text) is None and first.text[1:].islower()
            and not _ends_a_kind_of_name(last.key, lex) and not _known_or_initials(run, i, i + 3, lex)
            and initial.text not in _COMPASS_INITIALS)


def _speaker_whole(n: int, chosen: list[tuple[int, int, int]], at: dict[tuple[int, int], int],
                   scores: list[Scores], left: Scores) -> list[tuple[int, int, int]]:
    """"After the film Osric Delane said little": the words right before "said" are the
    speaker's name, not a cut-off work ("Osric") and a word left out; the whole run is one
    person's name where its words and the verb after it read as one (a convention: what
    stands before the run, "the film", named the word the weights cut off, not the speaker)."""
    k = at.get((0, n))
    if k is None or len(chosen) != 1 or chosen[0][0] != 0:
        return chosen
    if not _reads_as_person(tuple(s - b for s, b in zip(scores[k], left, strict=True))):
        return chosen
    return [(0, n, PERSON)]


def _middle_initials_whole(run: Run, chosen: list[tuple[int, int, int]],
                           at: dict[tuple[int, int], int], lex: Lexicon) -> list[tuple[int, int, int]]:
    """A word, one initial and a word (``_middle_initial``) are one name however the weights
    cut them ("Orvald" alone and "K. Trusk"), where they read any of it as a name."""
    for i in range(len(run.tokens) - 2):
        inside = [(a, b) for a, b, _ in chosen if a < i + 3 and i < b]
        if inside and (i, i + 3) in at and (i, i + 3) not in inside and all(
            i <= a and b <= i + 3 for a, b in inside
        ) and _middle_initial(run, i, lex):
            chosen = _whole(chosen, i, i + 3, PERSON)
    return chosen


_INITIAL = re.compile(r"[A-Z]\.")
_COMPASS_INITIALS = frozenset({"N.", "S.", "E.", "W."})


def _known_or_initials(run: Run, i: int, j: int, lex: Lexicon) -> bool:
    """Tokens i..j name a place, a party or an organisation the lists know, or are initials
    ("FTU", "DAB"): a name whatever the weights read around it."""
    spelled = _spelled(run, i, j)
    if spelled in lex.places or spelled in lex.parties or spelled in lex.known_orgs:
        return True
    text = run.tokens[i].text
    return j == i + 1 and len(text) >= 2 and text.isupper() and text.isalpha()


def _reads_as_person(scores: Scores) -> bool:
    """Whether a span reads as a person's name on its own evidence: best as a person, and
    above no name at all."""
    return scores[PERSON] > 0 and scores.index(max(scores)) == PERSON


def _best_but_person(scores: Scores) -> int:
    """The best label but a person's (where a convention rules a person out)."""
    return max((label for label in range(len(scores)) if label != PERSON),
               key=lambda label: scores[label])


def _person_without(end: int, i: int, at: dict[tuple[int, int], int], scores: list[Scores]) -> bool:
    """Whether tokens ``i`` to ``end`` read, on their own evidence, as a person's name."""
    k = at.get((i, end))
    return k is not None and _reads_as_person(scores[k])


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
        if _names_a_party(run, i, j, lex):
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


def _after_a_title_of(run: Run, at: dict[tuple[int, int], int], chosen: list[tuple[int, int, int]],
                      scores: list[Scores], lex: Lexicon) -> list[tuple[int, int, int]]:
    """"Secretary of State Madeleine Albright": a title joined by "of" opening the run is no
    name (the weights read "State" in it), and the rest is read on its own evidence where the
    weights read no name after it (a convention)."""
    for k in range(len(run.tokens) - 1, 1, -1):
        if _spelled(run, 0, k) in lex.titles and (k, len(run.tokens)) in at:
            if any(i >= k for i, _, _ in chosen):
                return [(i, j, label) for i, j, label in chosen if i >= k]  # the rest read already
            rest = scores[at[(k, len(run.tokens))]]
            best = max(rest)
            return [(k, len(run.tokens), rest.index(best))] if best > 0 else chosen
    return chosen


def _spelled(run: Run, i: int, j: int) -> str:
    """Tokens i..j of a run as the word lists spell names ("communist party of china")."""
    return folded_spelling(tuple(t.key for t in run.tokens[i:j]), tuple(run.gaps[i : j - 1]))


def _parties_whole(run: Run, options: list[tuple[int, int]], chosen: list[tuple[int, int, int]],
                   lex: Lexicon) -> list[tuple[int, int, int]]:
    """A political party's full name is kept whole (a convention): "the Communist Party of
    China" is the party, not "Communist Party" and China; "Christian Democrat leader" its
    member's word, not a faith's word and the Democrats'."""
    for i, j in options:
        if j - i > 1 and _names_a_party(run, i, j, lex):
            chosen = _whole(chosen, i, j, ORG)
    return chosen


def _state_of_a_country(candidate: Candidate, lex: Lexicon) -> bool:
    """"The Democratic Republic of Congo", "the Kingdom of Bahrain": a kind of state "of" a
    country names that country, a place ("Democratic" made the first an organisation)."""
    words, connectors = candidate.words, candidate.connectors
    for k in range(1, len(words)):
        if connectors[k - 1] in ("of", "of the") and words[k - 1] in STATE_WORDS:
            known = lex.places.get(folded_spelling(words[k:], connectors[k:]))
            return known is not None and known.is_country
    return False


def _countries_whole(run: Run, options: list[tuple[int, int]], chosen: list[tuple[int, int, int]],
                     lex: Lexicon, at: dict[tuple[int, int], int],
                     scores: list[Scores]) -> list[tuple[int, int, int]]:
    """A country's full name, or its nationality word of two words, is kept whole (a
    convention): "United Arab Emirates" is the country, not the nationality word "Arab"
    inside it; "South African" is no "African"; and a person named right after it is no
    part of it ("Ambassador to the United States Hamdullah Mohib")."""
    chosen = _people_after_countries(run, chosen, lex, at, scores)
    for i, j in options:
        if j - i < 2:
            continue
        spelled = _spelled(run, i, j)
        known = lex.places.get(spelled)
        if known is not None and known.is_country:
            label = PLACE
        elif spelled in lex.demonyms and lex.places.get(phrase_key(lex.demonyms[spelled])):
            label = NORP  # "South African provincial side" opening a sentence
        else:
            continue
        chosen = _whole(chosen, i, j, label)
    return chosen


def _organisations_of_places(run: Run, chosen: list[tuple[int, int, int]],
                             at: dict[tuple[int, int], int], scores: list[Scores],
                             lex: Lexicon) -> list[tuple[int, int, int]]:
    """"National Bank of Greece", "Serum Institute of India", "Université de Montréal": an
    organisation's name ending in an organisation's word, then "of" (or its word in the
    name's language) and a place, is one name (a convention), where the weights cut the
    place off, or cut a place of several words short ("University of Santiago de
    Compostela")."""
    chosen = sorted(chosen)
    out: list[tuple[int, int, int]] = []
    for i, j, label in chosen:
        if out and label == PLACE and out[-1][1] == i and (out[-1][0], j) in at and (
            _an_institution_of(run, i, out[-1][2], lex)
        ):
            if _a_persons_name(run, i, j, scores[at[(i, j)]], lex):
                out.append((i, j, PERSON))  # "the Telugu Desam Party of Chandrababu Naidu"
            else:
                out[-1] = (out[-1][0], j, ORG)
            continue
        if out and i < out[-1][1]:
            continue  # a word of the place the name before it now holds whole
        if label == PLACE and i > 0 and (i - 1, j) in at and (not out or out[-1][1] < i) and (
            _an_institution_of(run, i, ORG, lex) and run.tokens[i - 1].key not in lex.gpe_words
        ):
            # "Banco do Brasil" opening a sentence: the weights left the head out
            out.append((i - 1, j, ORG))
            continue
        if label == ORG:
            j = _with_the_whole_place(run, i, j, chosen, at, lex)
        out.append((i, j, label))
    return out


_OF_GAPS = frozenset({"of", "of the"}) | FOREIGN_OF


def _a_persons_name(run: Run, i: int, j: int, scores: Scores, lex: Lexicon) -> bool:
    """Whether tokens i..j are a name no gazetteer knows that the weights read as a person's
    (whatever reads better) and that ends in a surname, no everyday word: "the Telugu Desam
    Party of Chandrababu Naidu" (the party's leader, not a place in its name), "Iga Swiatek of
    Poland" (Iga is a town in Japan too)."""
    last = run.tokens[j - 1].key
    return j - i > 1 and scores[PERSON] > 0 and last in lex.surname_ranks and (
        last not in lex.common_words and _spelled(run, i, j) not in lex.places)


def _an_institution_of(run: Run, i: int, label: int, lex: Lexicon) -> bool:
    """Whether the name before token i (read as ``label``) is an institution "of" what
    follows: "National Bank of", "Université de" (whatever the weights read that one as)."""
    head, gap = run.tokens[i - 1].key, run.gaps[i - 1]
    return (label == ORG and gap in ("of", "of the") and head in lex.org_words
            or gap in FOREIGN_OF and head in FOREIGN_ORG_HEADS)


def _with_the_whole_place(run: Run, i: int, j: int, chosen: list[tuple[int, int, int]],
                          at: dict[tuple[int, int], int], lex: Lexicon) -> int:
    """Where an organisation's name (tokens i..j) ends in "of" and the start of a place the
    gazetteer names in more words, the end of that place."""
    for p in range(j - 1, i, -1):
        if run.gaps[p - 1] in ("of", "of the"):
            for end in range(len(run.tokens), j, -1):
                # the words of the place may be read as names of their own ("Compostela"
                # a person): they go, but not a name running on past the place's end
                if (i, end) in at and not any(j <= a < end < b for a, b, _ in chosen) and (
                    _spelled(run, p, end) in lex.places
                ):
                    return end
            break
    return j


def _places_whole(run: Run, options: list[tuple[int, int]], chosen: list[tuple[int, int, int]],
                  lex: Lexicon) -> list[tuple[int, int, int]]:
    """A place the gazetteer names in several words is read whole where the weights kept
    only its end and left the words before it out, or cut it into places (a convention):
    "NEW YORK 14 5" opening a row of a table is New York, not York after an everyday word;
    "Viana do Castelo" one town, not Viana and Castelo."""
    for a, b, label in list(chosen):
        if label != PLACE or a == 0:
            continue
        for i, j in options:
            if j == b and i < a and not any(
                x < a and y > i and not (label_x == PLACE and i <= x)
                for x, y, label_x in chosen if (x, y) != (a, b)
            ) and _spelled(run, i, j) in lex.places:
                chosen = _whole(chosen, i, j, PLACE)
                break
    return chosen


def _given_name_titles(run: Run, chosen: list[tuple[int, int, int]],
                       at: dict[tuple[int, int], int], lex: Lexicon) -> list[tuple[int, int, int]]:
    """"founded by Dean Kamen", "Earl Warren ruled": a title news writes mostly as a given
    name (vocab.GIVEN_NAME_TITLES) left out before a person's surname is the person's given
    name (a convention: the fit reads it as a title, as annotators do "Dean" of a faculty).
    Before a given name it stays a title ("Earl Charles")."""
    keys = [t.key for t in run.tokens]
    taken = {k for a, b, _ in chosen for k in range(a, b)}
    out = []
    for i, j, label in chosen:
        if label == PERSON and i > 0 and keys[i - 1] in GIVEN_NAME_TITLES and (
            i - 1 not in taken and (i - 1, j) in at and keys[i] not in lex.first_names
        ):
            i -= 1
        out.append((i, j, label))
    return out


def _people_after_countries(run: Run, chosen: list[tuple[int, int, int]], lex: Lexicon,
                            at: dict[tuple[int, int], int],
                            scores: list[Scores]) -> list[tuple[int, int, int]]:
    """A name read whole with a country's full name before it, parted where the rest reads
    as a person's name on its own evidence ("the United States Hamdullah Mohib", whether read
    as one person or one organisation; not "United States Navy")."""
    out = []
    for a, b, label in chosen:
        cut = _country_ends(run, a, b, at, lex) if label != PLACE and b - a >= 3 else None
        rest = at.get((cut, b)) if cut is not None else None
        if rest is not None and _reads_as_person(scores[rest]):
            out.extend([(a, cut, PLACE), (cut, b, PERSON)])
        else:
            out.append((a, b, label))
    return out


def _country_ends(run: Run, a: int, b: int, at: dict[tuple[int, int], int],
                  lex: Lexicon) -> int | None:
    """Where a country's full name opening tokens a..b ends, if one does before b - 1."""
    keys = [t.key for t in run.tokens]
    for j in range(b - 1, a + 1, -1):
        country = lex.places.get(" ".join(keys[a:j]))
        if country is not None and country.is_country and (a, j) in at and not run.gaps[j - 1]:
            return j
    return None


def _whole(chosen: list[tuple[int, int, int]], i: int, j: int,
           label: int) -> list[tuple[int, int, int]]:
    """The chosen names with tokens i..j one name of ``label`` in place of the names it
    overlaps, unless a longer chosen name already holds it."""
    if any(a <= i and j <= b and (a, b) != (i, j) for a, b, _ in chosen):
        return chosen
    return [*((a, b, kept) for a, b, kept in chosen if b <= i or a >= j), (i, j, label)]


_FAMILY_AFTER = r" (?:famil(?:y|ies)|clan)\b"
# "works by Yeats", "a play by Shakespeare", "painted by Vermeer": the maker of a work of art
_AUTHORED_BY = (r"\b(?:works?|plays?|novels?|poems?|poetry|paintings?|sculptures?|essays?|memoirs?"
                r"|stories|story|operas?|symphon(?:y|ies)|sonnets?|written|painted|composed|sculpted"
                r"|penned|authored|directed) by $")


def _authored_by(text: str, start: int, scores: Scores) -> bool:
    """Whether a name that reads as a person among its readings (its score for a person above
    0) follows a work's "by": the work's maker is a person (a convention: "works by Yeats" read
    as an organisation)."""
    return scores[PERSON] > 0 and text.endswith(" by ", 0, start) and (
        pattern(_AUTHORED_BY).search(text, max(0, start - 24), start) is not None)


def _where_only_an_organisation_stands(text: str, start: int) -> bool:
    """Whether the name follows words that only an organisation's name follows, whatever the
    name's own words say: "analysts at Piper Jaffray", "shares in Walter Hale", "a stake in
    Morgan Grenfell", "Matthias Müller, head of Porsche" (not "joined Smith in calling for",
    which the fitted cue reads too)."""
    return pattern(_ONLY_AN_ORGANISATION_BEFORE).search(text, max(0, start - 24), start) is not None


_ONLY_AN_ORGANISATION_BEFORE = (
    r"\b(?:(?i:analysts?|economists?|strategists?|dealers?|traders?|brokers?) (?:at|with)"
    r"|shares (?:of|in)|stake in|merger with|takeover of|subsidiary of"
    r"|(?:head|ceo|chief executive|chairman|boss|founder|co-founder) of) $"
)


# people by their work, then where they work: a name read as a person's after it is their
# employer ("an auditor from Grant Thornton"); a place stays a place ("a lawyer from Texas")
_A_WORKPLACE_BEFORE = (
    r"\b(?i:auditors?|accountants?|lawyers?|solicitors?|consultants?|advis[eo]rs?|engineers?"
    r"|researchers?|scientists?|executives?|officials?|representatives?|staff|employees?|workers)"
    r" (?:from|at) $"
)


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


def _nationality_inside_a_name(n: int, chosen: list[tuple[int, int, int]],
                               at: dict[tuple[int, int], int],
                               scores: list[Scores]) -> list[tuple[int, int, int]]:
    """"Royal Dutch Shell", "the Royal Canadian Mounted Police": a nationality word between
    capitalised words that are no names alone is part of one organisation's (or work's) name
    (a convention: the weights read "Dutch" alone and left "Royal" and "Shell" out)."""
    taken = [False] * n
    for i, j, _ in chosen:
        taken[i:j] = [True] * (j - i)
    for i, j, label in list(chosen):
        if label != NORP or i == 0 or j == n or taken[i - 1] or taken[j]:
            continue
        a, b = i - 1, j + 1
        while a > 0 and not taken[a - 1] and (a - 1, b) in at:
            a -= 1
        while b < n and not taken[b] and (a, b + 1) in at:
            b += 1
        k = at.get((a, b))
        if k is not None and max(scores[k]) > 0:
            best = max((ORG, OTHER), key=lambda label: scores[k][label])
            chosen = _whole(chosen, a, b, best)
    return chosen


def _nationality_opening_a_name(run: Run, keys: list[str], chosen: list[tuple[int, int, int]],
                                at: dict[tuple[int, int], int], scores: list[Scores],
                                lex: Lexicon) -> list[tuple[int, int, int]]:
    """"The Dutch East Indies", "the British Museum": a nationality word before two or more
    capitalised words the weights read as no name of their own, or one that ends names
    ("Museum", "Times"), is the first word of one name (a convention, as for
    a nationality word inside a name), typed by that name's scores, or a place where the words
    after it name one the gazetteer knows; never before a title ("British Prime Minister Tony
    Blair")."""
    if any(i == 1 for i, _, _ in chosen) or run.gaps[0]:
        return chosen
    j = 1
    while j < len(keys) and not any(a <= j < b for a, b, _ in chosen) and not run.gaps[j - 1] and (
            keys[j] not in lex.titles):
        j += 1
    k = at.get((0, j))
    if j < 2 or j == 2 and not (_ends_a_kind_of_name(keys[1], lex) or _place_of_a_nationality(
        tuple(keys[:2]), lex)) or k is None or (
        j < len(keys) and not any(a == j for a, _, _ in chosen)
    ):
        return chosen  # one word after it opens a name only if it ends names: "British Museum"
    if _place_of_a_nationality(tuple(keys[:j]), lex):
        return _whole(chosen, 0, j, PLACE)  # "British Honduras": the British part of a place
    best = max((ORG, PLACE, OTHER), key=lambda label: scores[k][label])
    if scores[k][best] <= 0:
        return chosen
    return _whole(chosen, 0, j, best)


def _an_institution_of_something(candidate: Candidate, lex: Lexicon) -> bool:
    """"the Royal Institute of Art", "the Court of Appeal": an institution's word before "of"
    inside a name makes it an organisation's, unless the gazetteer knows it as a place."""
    words, connectors = candidate.words, candidate.connectors
    return any(gap in ("of", "of the") and words[k] in lex.org_heads
               and not (k and words[k - 1] in lex.place_qualifiers)  # "the South Bank of the Thames"
               for k, gap in enumerate(connectors)) and (
        folded_spelling(words, connectors) not in lex.places)


def _best_is_not(candidate: Candidate, label: int) -> bool:
    """Whether the candidate's scores, which type its entity, read it as another type."""
    return not candidate.scores or candidate.scores.index(max(candidate.scores)) != label


def _place_of_a_nationality(words: tuple[str, ...], lex: Lexicon) -> bool:
    """"The Dutch East Indies", "Portuguese East Africa": a nationality word before a place
    the gazetteer knows (a region, a country, or of two words or more) names a place (a colony,
    a region), whatever its letters say, as does one the gazetteer knows whole ("Soviet Union")
    (a convention)."""
    if len(words) < 2 or not _nationality_word(words[0], lex):
        return False
    if " ".join(words) in lex.places:
        return True  # "Soviet Union"
    place = lex.places.get(" ".join(words[1:]))  # not a town's name alone: "European Union"
    return place is not None and (len(words) > 2 or place.is_country or place.type == "LOC")


def _nationality_before_a_person(run: Run, keys: list[str], chosen: list[tuple[int, int, int]],
                                 at: dict[tuple[int, int], int], scores: list[Scores],
                                 lex: Lexicon) -> list[tuple[int, int, int]]:
    """"with American Mark O'Meara a stroke back", "Russian Yevgeny Kafelnikov lost to
    Dutchman Richard Krajicek": a nationality word before a person's name is the person's
    nationality, not part of the name, nor the first word of an organisation's name, and does
    not leave the person out (a convention: the weights read "American Mark O'Meara" as one
    company, or "American" alone, the capitals after it counting against a name of their
    own). Unless the weights read a person there already, the words after it read best as a
    person's name alone; a word that ends organisations' or places' names ends no person's
    ("British Rose Society")."""
    if run.gaps[0] or (0, 1) not in at or keys[0] in lex.first_names:
        return chosen  # ("Finn Christian Jagge" is a skier's name, "Dane Thomas Bjorn" left so)
    opening = next(((i, j, label) for i, j, label in chosen if i == 0), None)
    if opening is None:
        return chosen
    _, j, label = opening
    n = len(keys)
    if opening == (0, 1, NORP) and not any(i == 1 for i, _, _ in chosen):
        j = max(b for a, b in at if a == 1)  # the person left out
    elif label == PERSON and 1 < j < n and len(chosen) == 1 and (1, n) in at and not any(run.gaps):
        whole = scores[at[(1, n)]]
        if whole[PERSON] == max(whole):
            j = n  # "Dutchman Richard Krajicek": the reading stopped short of the surname
    person = at.get((1, j))
    if (person is None or j < 3 or any(run.gaps[: j - 1]) or _ends_a_kind_of_name(keys[j - 1], lex)
            or label != PERSON and scores[person][PERSON] < max(scores[person])):
        return chosen
    others = [(a, b, kept) for a, b, kept in chosen if b <= 0 or a >= j]
    return sorted([*others, (0, 1, NORP), (1, j, PERSON)])


def _a_nationality_before_a_surname(run: Run, keys: list[str], at: dict[tuple[int, int], int],
                                    scores: list[Scores], ctx: TextContext) -> bool:
    """"Swede Enqvist, the defending champion" after "Thomas Enqvist": a nationality word (no
    given name: "Dane Cook") before a word the article writes in a longer name elsewhere,
    which reads best as a person, is the person's nationality, not part of the name."""
    lex = ctx.lex
    if (0, 1) not in at or (1, 2) not in at or keys[0] in lex.first_names or not (
        _nationality_word(keys[0], lex) or _nationality_noun(keys[0], lex) is not None
    ):
        return False
    surname = scores[at[(1, 2)]]
    if surname[PERSON] < max(surname) or keys[1] in lex.common_words or _spelled(run, 0, 2) in lex.places:
        return False  # ("Argentine State", "Saudi Arabia")
    return keys[1] in ctx.surnames or keys[1] in lex.surname_ranks and bool(
        ctx.name_parts.get(keys[1], set()) - {run.tokens[0].start})


def _nationality_noun(key: str, lex: Lexicon) -> str | None:
    """The nationality word of a noun for its people ("Dutchman", "Frenchwomen": "dutch",
    "french"), or None."""
    for ending in ("woman", "women", "man", "men"):
        if key.endswith(ending) and key[: -len(ending)] in lex.demonyms:
            return key[: -len(ending)]
    return None


def _nationality_inside(candidate: Candidate, lex: Lexicon) -> bool:
    words = candidate.words
    return not any(candidate.connectors) and words[-1] not in STATE_WORDS and any(
        word in lex.demonyms for word in words[1:-1])  # ("the South African Republic": a state)


def _airlines_whole(run: Run, options: list[tuple[int, int]], chosen: list[tuple[int, int, int]],
                    lex: Lexicon) -> list[tuple[int, int, int]]:
    """"Air Berlin" opening a sentence is the airline, not Berlin (a convention)."""
    for i, j in options:
        if j - i > 1 and _airline(tuple(t.key for t in run.tokens[i:j]), tuple(run.gaps[i : j - 1]), lex):
            chosen = _whole(chosen, i, j, ORG)
    return chosen


def _clubs_whole(run: Run, options: list[tuple[int, int]], chosen: list[tuple[int, int, int]],
                 evidence: TextEvidence, lex: Lexicon) -> list[tuple[int, int, int]]:
    """A club named for its town is one organisation, whatever the weights make of its
    words (a convention): "Dynamo Kiev", "Red Star Belgrade" (a club's word before the town),
    "the Chicago Bulls", "the New York Yankees" (a town and a plural; an everyday plural,
    "the Boston Giants", only in a sentence about a match), "Plymouth Argyle" (a town and a
    club's word)."""
    for i, j in sorted(options, key=lambda o: o[0] - o[1]):  # the longest first
        if j - i > 1 and not any(run.gaps[i : j - 1]) and _club_of_a_town(run, i, j, evidence, lex):
            return _whole(chosen, i, j, ORG)
    return chosen


def _club_of_a_town(run: Run, i: int, j: int, evidence: TextEvidence, lex: Lexicon) -> bool:
    keys = [t.key for t in run.tokens[i:j]]
    return (_club_word_and_town(keys, lex) or _town_and_teams_plural(run, i, keys, evidence, lex)
            or _club_and_its_town(run, i, j, evidence, lex))


def _club_and_its_town(run: Run, i: int, j: int, evidence: TextEvidence, lex: Lexicon) -> bool:
    """"Ajax Amsterdam", "Grasshoppers Zurich", "PSV Eindhoven": a club's own name, then its
    town, is the club (Dutch and Swiss news write them so), not a person and not the
    club and the town: the words before the town are an organisation the lists know, or
    an acronym in a sentence about a match or before a score."""
    town = lex.places.get(run.tokens[j - 1].key)
    if town is None or town.type != "GPE" or town.is_country or j - i > 3:
        return False
    name = " ".join(t.key for t in run.tokens[i : j - 1])
    first = run.tokens[i].text
    if name in lex.known_orgs and not first.isupper():
        return lex.places.get(name) is None
    # an acronym ("the FBI Boston office", "IBM Paris") only where a match is spoken of
    return (j - i == 2 and 2 <= len(first) <= 4 and first.isalpha() and first.isupper()
            and name not in lex.places and (evidence.in_sport_sentence(run.tokens[i].start)
                                            or pattern(_SCORE_AFTER).match(evidence.text, run.tokens[-1].end)
                                            is not None))


_SCORE_AFTER = r" \d{1,2}\b(?! ?%)"


def _club_word_and_town(keys: list[str], lex: Lexicon) -> bool:
    """"Dynamo Kiev", "Red Star Belgrade", "AC Milan" (a club's words, then a town);
    "Plymouth Argyle" (a town, then a club's word)."""
    if keys[-1] in CLUB_WORDS:
        place = lex.places.get(" ".join(keys[:-1]))
        return place is not None and not place.is_country
    town = lex.places.get(keys[-1])
    return town is not None and town.type == "GPE" and not town.is_country and (
        all(key in CLUB_HEADS for key in keys[:-1]) or keys[:-1] == ["red", "star"]
    ) and keys[0] not in lex.first_names


def _town_and_teams_plural(run: Run, i: int, keys: list[str], evidence: TextEvidence,
                           lex: Lexicon) -> bool:
    """"the Chicago Bulls", "the Boston Red Sox": a town, then a team's plural, which is an
    everyday noun's ("Bulls": only in a match's sentence) or a word of its own ("Yankees"), no
    surname ("Miri Forbes"), no given name's ("Peters") and no word of another kind of name
    ("the Oslo Accords", "Gaza Residents", "Texas Democrats")."""
    last = keys[-1]
    if run.position == "headline" or len(last) < 4 or last[-1] != "s" or (
        last.endswith(("as", "is", "os", "us", "ss", "times"))
    ) or keys[0] in lex.first_names or "st" in keys or "saint" in keys or (
        last in NO_TEAM_PLURALS or last in lex.org_words or last in lex.loc_words or last in lex.other_words
        or last in lex.group_nouns or last in lex.parties or last in lex.party_adjectives
        or last in lex.demonyms or last in lex.gpe_words
    ):
        return False
    for k in range(len(keys) - 1, 0, -1):  # the town before one or two words
        place = lex.places.get(" ".join(keys[:k]))
        if place is not None:
            break
    else:
        return False
    if place.type != "GPE" or place.is_country or len(keys) - k > 2 or " ".join(keys) in lex.known_orgs or (
        " ".join(keys[:k]) in lex.common_words
    ):
        return False
    if last in lex.common_words:  # "Bulls", "Jobs", "Events"
        return last in cues()[("team_nickname", "-")] or evidence.in_sport_sentence(run.tokens[i].start)
    stems = (last[:-1], last[:-2], last[:-3] + "y") if last.endswith("ies") else (
        (last[:-1], last[:-2]) if last.endswith("es") else (last[:-1],))
    return last.isalpha() and last not in lex.surname_ranks and not any(stem in lex.first_names for stem in stems)


_MODEL_CODE = r"[A-Z]{1,3}-?\d{2,4}[A-Za-z]{0,3}"  # "QX820", "A380", "F-16", "MD-11"
_MODEL_DIGITS = r"\d{3}(?:-\d{1,3}[A-Za-z]{0,3})?"  # "747", "737-800", "777-200LR"


def _models_whole(run: Run, at: dict[tuple[int, int], int], chosen: list[tuple[int, int, int]],
                  lex: Lexicon) -> list[tuple[int, int, int]]:
    """A maker's name and a model's code are one product (a convention): "the Velmar QX820",
    "Airbus A380", "Boeing 737-800" (three figures only after a company the lists know: not
    "Terminal 5", "Route 66"); never a place's name ("Paris 2024")."""
    n, last = len(run.tokens), run.tokens[-1].text
    if (0, n) not in at or any(run.gaps) or run.tokens[0].key in lex.places:
        return chosen
    if pattern(_MODEL_CODE).fullmatch(last) or pattern(_MODEL_DIGITS).fullmatch(last) and (
        _spelled(run, 0, n - 1) in lex.known_orgs
    ):
        return _whole(chosen, 0, n, OTHER)
    return chosen


# what an airline's name stands before: "the Lion Air crash", "a Lion Air flight"
_AVIATION_NOUN_AFTER = r" (?:crash|flight|flights|jet|jets|plane|planes|airliner|aircraft|pilots?|passengers|crew)\b"


def _airline(words: tuple[str, ...], connectors: tuple[str, ...], lex: Lexicon) -> bool:
    """"Air Berlin", "Air New Zealand": "Air" before a place's name names an airline, and
    after a place's or a nationality's ("Gulf Air", "Korean Air"); Irish "Aer" before any
    name does ("Aer Lingus", "Aer Arann")."""
    if connectors[0]:
        return False
    if len(words) == 2 and words[1] == "air" and (words[0] in lex.places or words[0] in lex.demonyms):
        return True
    return words[0] == "aer" or words[0] == "air" and folded_spelling(words[1:], connectors[1:]) in lex.places


def _event_heads_joined(run: Run, chosen: list[tuple[int, int, int]],
                        at: dict[tuple[int, int], int]) -> list[tuple[int, int, int]]:
    """A name the weights read without the event's or the prize's word right after it takes it
    ("the Brit Awards" read as "Brit", "the Man Booker International Prize" without "Prize"):
    the event's or the prize's name (typed so by the candidate convention)."""
    out = []
    for i, j, label in sorted(chosen):
        if j < len(run.tokens) and not run.gaps[j - 1] and run.tokens[j].key in _EVENT_OR_PRIZE_HEADS and (
            (i, j + 1) in at and not any(a == j for a, _, _ in chosen)
        ):
            j, label = j + 1, OTHER
        out.append((i, j, label))
    return out


_NAME_WORDS: dict[tuple[int, str], frozenset[str]] = {}
_LONGEST_PLACE = 6  # words: "Saint Vincent and the Grenadines" is one name


def _name_words(lex: Lexicon, kind: str) -> frozenset[str]:
    """Every word of the lexicon's parties' names and adjectives (``"parties"``) or of its
    countries' names of two words or more (``"countries"``): a run holding none of them names
    none of these, so the conventions that keep such names whole look only at runs that do.
    ``"place_inner_words"``: every word inside a place's name of three words or more (two
    runs with none of them between make no place: "Obama met Merkel")."""
    key = (id(lex), kind)
    words = _NAME_WORDS.get(key)
    if words is None:
        if kind == "place_inner_words":
            words = _NAME_WORDS[key] = frozenset(
                w for name in lex.places for w in name.split(" ")[1:-1])
            return words
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
    spelled = folded_spelling(words, connectors)
    kind, type_, place = "name", LABELS[label], None
    if (label in (PERSON, PLACE) and _nationality_word(spelled, lex)) or (
        (label == PERSON or label in (ORG, OTHER) and "-" in spelled) and _nationality_compound(spelled, lex)
    ) or (label == OTHER and spelled in lex.group_nouns and _nationality_word(spelled, lex)):
        # "Kuwaiti ports", "thousands of Americans", "the Muslims of the town": a nationality's
        # or a people's word is no person, no place and no thing but the group (and a mention
        # of its country), a convention; read as a language ("in English") or an organisation
        # it stays so
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
        # a nationality's word, or its noun for its people ("Dutchman"), is a mention of its country
        nationality = spelled if spelled in lex.demonyms else _nationality_noun(spelled, lex)
        if nationality is not None:
            kind, place = "demonym", lex.demonyms[nationality]
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
    if label == PERSON and len(words) == 1 and _names_a_doctrine(words[0]):
        # "Scientology" names no one: a movement's body ("Scientology says"), or a belief
        label = ORG if words[0].endswith("ology") or scores[ORG] >= scores[OTHER] else OTHER
        firm = max(scores) + 1.0
        type_, scores = LABELS[label], tuple(firm if k == label else v for k, v in enumerate(scores))  # type: ignore[assignment]
        features = (*features, "doctrine")
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


_NEXT_WORD = r"[ \u00a0]+([^\W\d_]+)"


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
    """"Cuban Americans", "Irish-Americans", "Anglo-Dutch": nationality words (or their
    combining forms: "Anglo-", "Sino-") joined name a group, never a person or an
    organisation (written apart and read as a work or a place they are left so: corpora
    differ on "Cuban Americans"; joined by a hyphen they are a group's word whatever the
    weights say)."""
    if " " not in spelled and "-" not in spelled:
        return False
    *firsts, last = spelled.replace("-", " ").split()
    # a combining form only before a hyphen: "Anglo American" is a company
    prefixes = NATIONALITY_PREFIXES if " " not in spelled else frozenset()

    def nationality(part: str) -> bool:
        return part in lex.demonyms or part in lex.group_nouns

    return bool(firsts) and nationality(last) and all(
        nationality(part) or part in prefixes for part in firsts)


def _is_loc(words: tuple[str, ...], lex: Lexicon) -> bool:
    """Continents, seas, mountains, buildings: a place that is no political unit."""
    last_two = " ".join(words[-2:])
    return (words[-1] in lex.loc_words or last_two in lex.loc_words
            or (len(words) > 1 and words[0] in lex.loc_heads))


# ----------------------------------------------------------------------------- whole-text passes



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
