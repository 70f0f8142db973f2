"""Entity mentions: capitalised runs cut into names, typed from word lists, then linked.

Only capitalised tokens are looked at (one C-level regex scan finds them), so the cost follows
the number of names, not the number of words; runs are capped at twelve tokens, which keeps
every later step linear. A run of capitalised tokens, joined by spaces or by the connectors
names use ("of", "de", "&", "al-"), is cut into candidates: titles ("President") and leading
determiners fall away, a nationality word before a title or a person's name becomes a demonym
mention of its country, and a capitalised common word at a sentence start, after an opening
quote or in a headline is not a name unless the article capitalises it inside a sentence too.

Each candidate carries a type and a strength of evidence: a country or a title (strongest),
word lists (organisation, place, event words; given names; towns), then the words around it
(a noun before it: "the pianist X", "web browser X"; an apposition, "who", "said", "the
village of", "north of", "shares of", "unveiled the new X", "X airport"), then a default.
Whole-text evidence follows: names listed together share a type, a short title-case quotation
is one work's title, a model number named once ("Boeing 787") marks its bare uses, a
company's name with other words is its product, countries that play in a match report are
teams. Linking (``linking.py``) types each entity as a whole from its fullest names.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import islice

from newsview.models.document import Entity, Span, Timex
from newsview.models.lexicon import Lexicon, lexicon, phrase_key
from newsview.models.linking import Candidate, build_entities
from newsview.models.text import fold_word

_UPPER = "".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper())
_LETTER_OR_DIGIT = r"[^\W_]"
# Abbreviations whose full stop belongs to the token ("Inc.", "Mr.").
_DOTTED = frozenset(
    """inc corp co ltd mr mrs ms dr st jr sr gen lt col sen rep gov prof rev mt ft bros capt sgt
    adm maj brig cmdr cpl pvt messrs mme mlle ave blvd rd no""".split()
)
_PARTICLES = frozenset(
    "de del della der den di da das do dos du la le van von ter ten bin ibn al el y zu af".split()
)
# Particles of surnames, not articles ("Der Spiegel", "Le Monde" are newspapers).
_NOBLE_PARTICLES = frozenset("de del della di da du dos van von ter ten bin ibn".split())
_ARTICLES = frozenset("der die das le la les el il lo los al".split())  # "Der Spiegel"
_DETERMINERS = frozenset("the a an".split())
_VERB_ENDINGS = ("ed", "ing", "ly")
_CLUB_PREFIXES = frozenset("fc afc cf sc team".split())  # "FC Basel", "Team Estonia"
# Place words that are also common surnames: after a given name they end a person's name.
_SURNAME_LIKE_PLACE_WORDS = frozenset(
    """marsh woods wood brook brooks heath glen moor ridge peak hill hills field fields cove
    lane street way bay ford house hall castle fort park rivers lake""".split()
)
# Title words that are also everyday adjectives or nouns: they mark a role only before a name
# that looks like a person's ("Senior Bowl" and "General Motors" keep theirs).
_WEAK_TITLES = frozenset(
    """senior junior former acting interim deputy vice chief general major private officer
    agent executive director manager leader speaker chair coach principal count lady lord
    father saint justice judge chairman captain commander marshal dean professor""".split()
)
# Closed-class words that start sentences (the dictionary also lists some as names: "In").
_FUNCTION_WORDS = frozenset(
    """a an the this that these those there here in on at to for of by with from as into onto
    upon about above after before below between during since until while when where why how
    what which who whom whose if unless though although because so but and or nor yet also
    then thus hence therefore however meanwhile moreover furthermore nevertheless instead
    still even just only not no yes all some any many much most more few each every both
    either neither other another such one two three four five six seven eight nine ten he she
    it we they i you his her its our their my your him them us me who's it's that's there's
    let lets according despite following among amid against without within across along
    around behind beyond near over under through throughout toward towards via per unlike
    like once now today tonight yesterday tomorrow later earlier soon again already
    recently currently previously finally first second third last next new old former
    current other several is are was were be been being has have had do does did will would
    shall should can could may might must born""".split()
)
# Capitalised words that are never names on their own.
_NEVER_ALONE = frozenset(
    """i i'm i'd i've i'll ok mon tue wed thu fri sat sun monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec am pm a.m. p.m. tv he she it we they
    his her its our their you your mr mrs ms dr usd eur gbp jpy cny rmb aud cad chf inr
    vip lcd usb gps ghz mhz kb tb pdf html http www url faq atm gdp ceo cfo coo cto c.e.o pc dvd
    cd hd mph rpm km kg cm million billion trillion ep lp dj""".split()
)
# Plural nouns whose possessive sits inside names: "Korean People's Army", "Children's Hospital".
_GROUP_POSSESSORS = frozenset(
    "people children women men workers veterans farmers citizens nations peoples writers".split()
)
_POSSESSED_UNITS = frozenset("brigade division regiment battalion corps limited".split())
# Heads that keep "X of Y" / "X for Y" together as one name.
_OF_HEADS_EXTRA = frozenset(
    """republic kingdom state states city university bank house department ministry secretary
    commonwealth federation union church army chamber museum institute center centre school
    college office bureau council court board commission committee agency academy society
    association league party duke duchess archbishop bishop prince princess king queen isle
    isles gulf bay sea cape strait straits mount lake river battle siege treaty act order
    united people's peoples""".split()
)


@cache
def _pattern(source: str) -> re.Pattern[str]:
    """Patterns compile on first use, so importing the engine stays cheap."""
    return re.compile(source)


@lru_cache(maxsize=1)
def _token_pattern() -> re.Pattern[str]:
    upper = f"[{_UPPER}]"
    dotted = rf"(?:{upper}\.){{2,}}"  # U.S., J.R.R.
    article = r"(?:al|el|ad|as|ash|at|az|ar|an|ad-d|bin|ibn|abu|abd)[-\u2019'](?=[A-Z])"
    word = (
        rf"(?:{article}|[a-z](?={upper}))?"  # "al-Assad", "iPhone"
        rf"{upper}(?:{_LETTER_OR_DIGIT}|[-\u2019'&](?={upper}|\d))*+"
    )
    number = r"\d+(?:[-.]?[A-Za-z\d]+)*+"
    return re.compile(rf"(?<![^\W_$#.,])(?:{dotted}|{word}|{number})")


@dataclass(slots=True)
class _Token:
    start: int
    end: int
    text: str
    key: str  # folded, without a final full stop
    number: bool = False  # a model number ("747"): joins a name, never starts one


@dataclass(slots=True)
class _Run:
    tokens: list[_Token]
    gaps: list[str]  # folded connector between token i and i+1 ("", "of", "of the", "de", "&")
    uncertain: str  # "" | "start" (sentence start) | "headline" | "caps"


_WORD_PREFIXES = frozenset("pre post anti non co ex mid self multi semi sub super inter".split())
# Longer capitalised runs are headlines or lists, not one name; the cap keeps every later step
# linear in the length of the text.
_MAX_RUN = 12
_LOWER_PART = r"-([a-z\u00df-\u00ff]+)\b(?!-)"
_GAP = (r"(?:['\u2019]s)?[ \u00a0]+(?:(of the|of|for the|for|&|[a-z]{1,4})[ \u00a0]+)?")


def _tokens(text: str, timexes: Sequence[Timex], lex: Lexicon) -> list[_Token]:
    spans = sorted((t.start, t.end) for t in timexes)
    tokens: list[_Token] = []
    k = 0
    n = len(text)
    common = lex.common_words
    for match in _token_pattern().finditer(text):
        start, end = match.span()
        word = match.group()
        after = text[end] if end < n else ""
        if after == "." and ((len(word) == 1 and word.isalpha()) or word.lower() in _DOTTED):
            if word in ("No", "Nos"):
                continue  # "No. 1": a number sign
            end += 1
            word += "."
        elif after == "$":
            continue  # "US$40": a currency
        elif after == "-" and word.lower() in _WORD_PREFIXES:
            continue  # "Pre-orders", "Co-founder", "Anti-war": a prefix, not a name
        elif after == "-" and not word[0].isdigit():
            suffix = _pattern(_LOWER_PART).match(text, end)
            if suffix is not None and (
                fold_word(suffix.group(1)) not in common
                or (len(suffix.group(1)) <= 5 and len(word) <= 5 and word.istitle()
                    and fold_word(word) not in common)  # "Cheuk-ting", "Pik-wan"
            ):
                end = suffix.end()  # "Chi-wai", but not "EADS-led" or "Mexican-born"
                word = text[start:end]
        elif after == ":" and word.lower() in common:
            continue  # "Image:", "Source:": a label, not a name
        while k < len(spans) and spans[k][1] <= start:
            k += 1
        if k < len(spans) and spans[k][0] < end:
            continue  # part of a time expression
        tokens.append(_Token(start, end, word, fold_word(word.rstrip(".")), word[0].isdigit()))
    return tokens


_SCORE_AFTER = r" ?[\u2013-] ?\d"


def _runs(text: str, tokens: list[_Token], lex: Lexicon, sentence_starts: set[int]) -> list[_Run]:
    runs: list[_Run] = []
    current: _Run | None = None
    for token in tokens:
        if current is not None:
            previous = current.tokens[-1]
            if token.number:
                if (
                    text[previous.end : token.start] == " " and not previous.number
                    and not _pattern(_SCORE_AFTER).match(text, token.end)
                ):  # "Norway 2 – 1 Chile": a score, not a model number
                    current.tokens.append(token)
                    current.gaps.append("")
                    continue
            elif (
                token.start not in sentence_starts
                and len(current.tokens) < _MAX_RUN
                and not _is_function_word(token)
                and (not previous.number or len(current.tokens) > 1
                     or _leads_model(text, previous, token, lex))
            ):
                gap = _join_gap(text, previous, token, lex)
                if gap is not None:
                    current.tokens.append(token)
                    current.gaps.append(gap)
                    continue
            if not current.tokens[0].number or len(current.tokens) > 1:
                runs.append(current)
            current = None
        if not token.number or _pattern(_MODEL_NUMBER).fullmatch(token.key):
            current = _Run([token], [], "")  # a model number may lead: "the 787 Dreamliner"
    if current is not None and (not current.tokens[0].number or len(current.tokens) > 1):
        runs.append(current)
    return runs


def _leads_model(text: str, number: _Token, token: _Token, lex: Lexicon) -> bool:
    """"787 Dreamliner" is a model's name; "300 Marines", "150 Democrats" are counts."""
    if text[number.end : token.start] != " " or not _pattern(_MODEL_LEAD).fullmatch(number.key):
        return False
    if not _pattern(_WORD_BEFORE).search(text, max(0, number.start - 2), number.start):
        return False  # "28,000 Andy Warhol", "$400 Million", "(150px": not after a word
    key = token.key
    if token.text.isupper() or key.endswith("s") or key in lex.first_names:
        return False  # "549 NHL", "100 Polaroids", "500 Andy ...": counts
    return not (key in lex.group_nouns or key in lex.demonyms or key in lex.common_words
                or key in lex.norp_adjectives or key in lex.places)


# Prepositions, conjunctions and pronouns: capitalised inside a sentence they mark a missing
# full stop ("... Elizabeth Quat In the New Territories"), not part of a name.
_BREAKERS = frozenset(
    """in on at to for of by with from as into onto upon the a an and or but nor if when while
    after before since until during this that these those he she it we they his her its their
    our i you there here where why how what which who whom whose""".split()
)


def _is_function_word(token: _Token) -> bool:
    """"In", "For" inside a sentence: never part of a name ("IT" and "May" can be)."""
    return token.key in _BREAKERS and not (len(token.text) > 1 and token.text.isupper())


_COMPANY_ENDS = frozenset("inc corp ltd plc llc co".split())


def _join_gap(text: str, previous: _Token, token: _Token, lex: Lexicon) -> str | None:
    """The connector between two capitalised tokens if they belong to one name, else None."""
    if token.start - previous.end > 12:
        return None
    if previous.key in _COMPANY_ENDS and previous.text[-1] == "." and token.key not in _COMPANY_ENDS:
        return None  # "Apple Inc. Steve Jobs": nothing follows a company's legal form
    match = _pattern(_GAP).fullmatch(text, previous.end, token.start)
    if match is None:
        return None
    connector = match.group(1) or ""
    if text[previous.end] in "'\u2019":
        # "Korean People's Army" holds together; "Malaysia's Prime Minister" does not;
        # "Howe's Brigade", "Sayler's Creek", "America's Cup" are names of their own.
        if connector:
            return None
        if previous.key in _GROUP_POSSESSORS:
            return ""
        place = lex.places.get(previous.key)
        if (place is None or not place.is_country) and previous.key not in lex.demonyms and (
            token.key in lex.loc_words or token.key in lex.other_words
            or token.key in _POSSESSED_UNITS
        ):
            return ""
        return None
    if not connector:
        return ""
    if connector in ("of", "of the"):
        return connector
    if connector in ("for", "for the"):
        return connector if previous.key in lex.org_heads or previous.key in _OF_HEADS_EXTRA else None
    if connector == "&" or connector in _PARTICLES:
        return connector
    return None


@dataclass(slots=True)
class _Context:
    text: str
    lex: Lexicon
    sentence_starts: list[int]
    headline_lines: dict[int, str]  # line start -> "headline" | "caps"
    line_starts: list[int]
    certain: set[str]  # token keys capitalised where capitals mean a name
    certain_pairs: set[tuple[str, str]]  # adjacent token keys seen so: ("new", "zealand")
    surnames: set[str]  # last words of "Given Surname" names written mid-sentence: "may"
    alone: set[str] = field(default_factory=set)  # words that begin a name mid-sentence


_LIST_MARKER_BEFORE = r"(?:^|\s)\(?(?:[a-z]|\d{1,2})\) $"
_QUOTE_OR_COLON_BEFORE = r"[\"\u201c]$|[)\w] (?:\u2014|\u2013|--?) $"  # a quote; a dateline's dash
_OPENERS = set(" \t\"'\u201c\u2018([-\u2014\u2013*\u2022")
_MINOR_WORDS = frozenset("a an the of in on at to for and or but by with from as vs via into".split())


def _line_starts(text: str) -> list[int]:
    starts = [0]
    find = text.find
    i = find("\n")
    while i != -1:
        starts.append(i + 1)
        i = find("\n", i + 1)
    return starts


def _headline_kind(line: str) -> str:
    """"caps" for an all-capitals line, "headline" for a title-case one, else ""."""
    if len(line) > 200:
        return ""
    words = [w for w in line.split() if w[:1].isalpha()]
    if len(words) < 3:
        # A short line without a full stop, every word capitalised, is a heading or a
        # caption ("Election Results"): its common words are not names either.
        short_heading = words and not line.rstrip().endswith((".", "!", "?", ":", ","))
        return "headline" if short_heading and all(w[0].isupper() for w in words) else ""
    letters = [c for c in line if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) >= 0.8 * len(letters):
        return "caps"
    content = [w for w in words if w.lower() not in _MINOR_WORDS]
    if len(content) >= 3 and sum(w[0].isupper() for w in content) >= 0.85 * len(content):
        return "headline" if not line.rstrip().endswith(".") or len(words) < 12 else ""
    return ""


def _context(text: str, sentences: Sequence[Span], lex: Lexicon) -> _Context:
    line_starts = _line_starts(text)
    headline_lines: dict[int, str] = {}
    for i, start in enumerate(line_starts):
        end = line_starts[i + 1] - 1 if i + 1 < len(line_starts) else len(text)
        if end - start <= 200:
            kind = _headline_kind(text[start:end])
            if kind:
                headline_lines[start] = kind
    return _Context(text, lex, [s.start for s in sentences], headline_lines, line_starts, set(),
                    set(), set())


def _uncertainty(ctx: _Context, position: int) -> str:
    line = ctx.line_starts[bisect_right(ctx.line_starts, position) - 1]
    kind = ctx.headline_lines.get(line, "")
    if kind:
        return kind
    i = bisect_right(ctx.sentence_starts, position) - 1
    start = ctx.sentence_starts[i] if i >= 0 else 0
    start = max(start, line)
    text = ctx.text
    if position - start <= 6 and all(c in _OPENERS for c in text[start:position]):
        return "start"
    if _pattern(_LIST_MARKER_BEFORE).search(text, max(line, position - 6), position):
        return "start"  # "a) Leaving ...", "2. Refusing ...": a list item starts like a sentence
    if _pattern(_QUOTE_OR_COLON_BEFORE).search(text, max(start, position - 6), position):
        return "start"  # a quoted sentence starts with a capital
    return ""


def find_entities(text: str, sentences: Sequence[Span], timexes: Sequence[Timex], *,
                  explain: bool = False) -> list[Entity]:
    """Entities named in ``text``, in order of first mention, each with every mention."""
    if not text:
        return []
    lex = lexicon()
    tokens = _tokens(text, timexes, lex)
    if not tokens:
        return []
    ctx = _context(text, sentences, lex)
    runs = _runs(text, tokens, lex, set(ctx.sentence_starts))
    for run in runs:
        run.uncertain = _uncertainty(ctx, run.tokens[0].start)
        if run.uncertain in ("", "start"):
            _learn_capitals(run, ctx)
    _learn_repeated_starts(text, runs, ctx)
    candidates: list[Candidate] = []
    # Sentence text first: a name kept there ("Apple Inc" at a sentence start) tells how to
    # read the same word in a title-case or all-capitals headline.
    for run in runs:
        if run.uncertain in ("", "start"):
            for piece in _cut_uncertain(run, ctx):
                if len(piece.tokens) > 1:
                    ctx.certain.add(piece.tokens[0].key)
                _split(piece, ctx, candidates)
    for run in runs:
        if run.uncertain not in ("", "start"):
            for piece in _cut_uncertain(run, ctx):
                _split(piece, ctx, candidates)
    candidates.extend(_model_numbers(tokens, candidates))
    candidates.sort(key=lambda c: c.start)
    candidates = _quoted_titles(text, _extend_lowercase(text, candidates))
    candidates = _without_overlaps(candidates, timexes)
    _read_homonyms(text, candidates, lex)
    _read_country_cores(candidates, lex)
    _type_from_lists(text, candidates)
    _type_products(candidates)
    _read_national_teams(text, candidates)
    _mark_bracket_acronyms(text, candidates)
    return build_entities(text, candidates, lex)


def _learn_capitals(run: _Run, ctx: _Context) -> None:
    """Remember the words this article capitalises where a capital means a name (inside a
    sentence), to read the same words at sentence starts and in headlines."""
    skip_first = run.uncertain == "start"
    tokens = run.tokens
    for token in tokens[1:] if skip_first else tokens:
        ctx.certain.add(token.key)
    for k in range(2 if skip_first else 1, len(tokens)):
        if not run.gaps[k - 1]:
            ctx.certain_pairs.add((tokens[k - 1].key, tokens[k].key))
    if not skip_first and (len(tokens) == 1 or not run.gaps[0]):
        ctx.alone.add(tokens[0].key)
    if len(tokens) >= 2 and tokens[-2].key in ctx.lex.first_names:
        ctx.surnames.add(tokens[-1].key)


_NUMBER_AFTER = r" \d"  # a number or a year read as a date: "Line 12", "Line 1999"


def _learn_repeated_starts(text: str, runs: list[_Run], ctx: _Context) -> None:
    """A common word that starts several sentences and headlines capitalised but is never
    written in lower case ("Apple launches ...", "Apple said ...") is a name. A word followed
    by a number ("Line 1 ...", "Step 2 ...") numbers the lines instead: it counts only when
    the article capitalises it inside a sentence too."""
    counts: dict[str, int] = {}
    for run in runs:
        if run.uncertain and not _pattern(_NUMBER_AFTER).match(text, run.tokens[0].end):
            key = run.tokens[0].key
            if key in ctx.lex.common_words and key not in ctx.certain and key.isalpha():
                counts[key] = counts.get(key, 0) + 1
    repeated = [
        key for key, count in counts.items()
        if count >= 2
        and key not in _FUNCTION_WORDS
        and key not in _NEVER_ALONE
        and key not in ctx.lex.titles
        and not key.endswith(_VERB_ENDINGS)
    ]
    if not repeated:
        return
    lower_case = set(_pattern(_LOWER_WORD).findall(text))  # one linear scan, only when needed
    ctx.certain.update(key for key in repeated if key not in lower_case)


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


_MODEL_LEAD = r"\d{3}(?:-\d+[a-z]{0,3})?"  # "787", "777-200lr"
_WORD_BEFORE = r"[a-z] $"
_MODEL_NUMBER = r"\d{3,}(?:-\d+)?[a-z]{0,3}"


def _model_numbers(tokens: list[_Token], candidates: list[Candidate]) -> list[Candidate]:
    """"Boeing 787" named once makes a bare "787" (or "787s") elsewhere the same model."""
    models = {
        word for c in candidates if len(c.words) > 1 for word in c.words[1:]
        if _pattern(_MODEL_NUMBER).fullmatch(word) and not (len(word) == 4 and word.isdigit())
    }  # "Windows 7", "Euro 2008", "Maine 2-foot" make no model of every 7, 2008 or 2-foot
    if not models:
        return []
    found: list[Candidate] = []
    for token in tokens:
        if not token.number:
            continue
        key = token.key if token.key in models else token.key[:-1]  # "787s" is the 787
        if key in models and (key == token.key or token.key.endswith("s")):
            # The plural names aircraft of the model, not the model: it keeps its own words.
            found.append(Candidate(token.start, token.end, token.text, (token.key,), (), "name",
                                   "OTHER", 3, None))
    return found


_QUOTED = r"[\"\u201c]([A-Z0-9][^\"\u201c\u201d\n]{0,78}?)[\"\u201d]"
_TITLE_MINOR = _MINOR_WORDS | frozenset("is it its it's up nor so yet".split())


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
    for match in _pattern(_QUOTED).finditer(text):
        inner_start, inner_end = match.span(1)
        inside_from = bisect_right(starts, inner_start - 1)
        inside_to = inside_from
        while inside_to < len(candidates) and candidates[inside_to].end <= inner_end:
            inside_to += 1
        if inside_to == inside_from or not _is_title_case(match.group(1)):
            continue
        inside = candidates[inside_from:inside_to]
        if len(inside) == 1 and inside[0].strength >= 4 and inside[0].start == inner_start:
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
                                "name", "OTHER", 3, None))
        k = inside_to
    result.extend(candidates[k:])
    return result


_SCORE = r"\d{1,2} ?[\u2013-] ?\d{1,2}"
_SPORT_WORDS = (
    r"\b(?:goals?|match|scored|penalty|coach|striker|goalkeeper|tournament|innings|wickets?"
    r"|touchdowns?|half-time|halftime|semi-finals?|quarter-finals?|kick-off|referee)\b"
)
_TEAM_AFTER = (
    rf"(?:['\u2019]s? (?:goalkeeper|coach|captain|striker|defender|midfielder|manager|squad"
    rf"|players?|attempt|fans|lead|victory|win|defeat|keeper)"
    rf"| (?:{_SCORE}|defeated|beat|faced|drew|lost|won|winning|scored|conceded|equalised"
    rf"|equalized|qualified|had (?:better|greater|higher|more) (?:ball )?possession"
    rf"|started the (?:match|game)|opened the scoring|in the lead|into the lead))"
)
_TEAM_BEFORE = (
    rf"(?:defeated|beat|faced|versus|vs\.?|lost(?: {_SCORE})? to|drew with|scored for|lead for"
    rf"|goal for|awarded|debutants?|{_SCORE}|put) $"
)


def _read_national_teams(text: str, candidates: list[Candidate]) -> None:
    """In a match report, "Sweden faced South Korea", "Belgium 3 – 0 Panama": countries that
    play are their national teams, organisations (from two such uses of one country on)."""
    countries = [c for c in candidates if c.kind == "name" and c.strength == 5 and c.place]
    if len(countries) < 2 or not _pattern(_SCORE).search(text):
        return
    sport_words = _pattern(_SPORT_WORDS).finditer(text)
    if sum(1 for _ in islice(sport_words, 3)) < 3:
        return
    plays: dict[str, int] = {}
    for c in countries:
        if _pattern(_TEAM_AFTER).match(text, c.end, c.end + 50) or _pattern(_TEAM_BEFORE).search(
            text, max(0, c.start - 30), c.start
        ):
            plays[c.place] = plays.get(c.place, 0) + 1
    teams = {place for place, count in plays.items() if count >= 2}
    for c in countries:
        if c.place in teams:
            c.type, c.strength = "ORG", 6


def _type_products(candidates: list[Candidate]) -> None:
    """"Google Chrome", "Toyota Prius": a company's name followed by words that make no
    organisation is one of its products, where the article names the company alone too."""
    products = {c.words[-1] for c in candidates if c.kind == "name" and c.type == "OTHER"
                and c.strength >= 2}
    # "Internet Explorer" beside "Internet Explorer 6": the versioned product's family.
    families = {c.words[:-1] for c in candidates if c.kind == "name" and c.type == "OTHER"
                and len(c.words) > 2 and c.words[-1][:1].isdigit()}
    for c in candidates:
        if c.kind == "name" and c.strength <= 1 and c.words in families:
            c.type, c.strength = "OTHER", 2
    for c in candidates:
        # "Dreamliners" after "787 Dreamliner", "iPhones" after "iPhone": a product's plural.
        if c.kind == "name" and len(c.words) == 1 and c.strength <= 1 and c.words[0][:-1] in products \
                and c.words[0].endswith("s"):
            c.type, c.strength = "OTHER", 2
    companies: dict[str, int] = {}
    for c in candidates:
        if c.kind == "name" and len(c.words) == 1 and c.type == "ORG":
            companies[c.words[0]] = companies.get(c.words[0], 0) + max(1, c.strength)
    if not companies:
        return
    for c in candidates:
        if (
            c.kind == "name" and len(c.words) > 1 and c.strength <= 1 and c.type == "ORG"
            and not any(c.connectors) and companies.get(c.words[0], 0) >= 2
            and not c.text.split(" ", 1)[0].isupper()  # "LA Weekly", "DJ AM": acronyms mislead
        ):
            c.type, c.strength = "OTHER", 2


_LIST_GAP = r"(?:,|,? and|,? or) "


def _type_from_lists(text: str, candidates: list[Candidate]) -> None:
    """Names listed together are of one kind: in "Zeus, Hera and Poseidon" or "Lougou and
    Tougana", a name with no evidence of its own takes the type its listed neighbours agree on."""
    gap = _pattern(_LIST_GAP)
    counts: dict[str, int] = {}
    for c in candidates:
        key = " ".join(c.words)
        counts[key] = counts.get(key, 0) + 1
    i = 0
    n = len(candidates)
    while i < n:
        j = i
        last = None
        while j + 1 < n:
            joint = gap.fullmatch(text, candidates[j].end, candidates[j + 1].start)
            if joint is None or (last is not None and last.group() != ", "):
                break  # nothing follows the "and" of a list
            last = joint
            j += 1
        # "A and B" or "A, B and C"; "A, B" alone is as often an apposition or a dateline.
        if j > i and last is not None and last.group() != ", ":
            members = [c for c in candidates[i : j + 1] if c.kind == "name"]
            sure = {c.type for c in members if c.strength >= 2 and c.type != "NORP"}
            shaped = [c.type for c in members if c.strength == 1 and c.type != "ORG"]
            if not sure and len(shaped) >= 2 and set(shaped) == {"PERSON"}:
                sure = {"PERSON"}  # "A Bcd, E Fgh and Dries Mertens": names shaped like people
            if len(sure) == 1:
                kind = sure.pop()
                for c in members:
                    # "from Google and Mohamed was invited": two names around an "and" may
                    # belong to two clauses, so a pair only types a name the text gives once.
                    if c.strength <= 1 and (j - i >= 2 or counts[" ".join(c.words)] == 1):
                        c.type, c.strength = kind, 2
        i = j + 1


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
        if c.kind != "name" or len(c.words) != 1 or c.place is not None or c.strength >= 4:
            continue
        named = countries.get(c.words[0])
        if (
            named is not None and len(named) == 1 and c.words[0] not in lex.places
            and c.words[0] not in lex.common_words  # "the Republic" is no Czech Republic
        ):
            c.place = next(iter(named))
            c.type, c.strength = "GPE", 5


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


def _known(key: str, ctx: _Context) -> bool:
    """Whether a capitalised word where capitals say little is still a name: written so
    elsewhere, a country or nationality, or a place that is not also an everyday word."""
    lex = ctx.lex
    if key in ctx.certain or key in lex.demonyms:
        return True
    place = lex.places.get(key)
    return place is not None and (place.is_country or key not in lex.common_words)


def _cut_uncertain(run: _Run, ctx: _Context) -> list[_Run]:
    """Drop capitalised common words where a capital does not mean a name."""
    if not run.uncertain:
        return [run]
    lex = ctx.lex
    if run.uncertain == "start":
        tokens, gaps = run.tokens, run.gaps
        i = 0
        while i < len(tokens):
            key = tokens[i].key
            if len(key) > 1 and tokens[i].text.isupper():
                break  # "US", "NATO": an acronym, not a capitalised common word
            if key in _PARTICLES and i + 1 < len(tokens) and gaps[i] == "":
                break  # "De Zela said": a particle surname
            if i + 1 < len(tokens) and not gaps[i] and (
                (key, tokens[i + 1].key) in ctx.certain_pairs
                or _match_phrase(tokens, gaps, i, lex.places, 3) > 1
            ):
                break  # "New Zealand", written so elsewhere or a known place
            if key in ctx.surnames and (i + 1 == len(tokens) or gaps[i]):
                break  # "May said", after "Theresa May" elsewhere
            if key in _DETERMINERS or key in _NEVER_ALONE or key in _FUNCTION_WORDS:
                i += 1
                continue
            if key in lex.first_names and i + 1 < len(tokens) and gaps[i] == "":
                break  # "Maria Lopez said": a first name before a surname
            if key in lex.common_words and key.endswith(_VERB_ENDINGS) and not (
                key in lex.places or key in lex.first_names
            ):
                i += 1  # "Played in ...", "Inactivated on ...": a verb, however written elsewhere
                continue
            if i + 1 == len(tokens) and _generic_alone(key, ctx):
                i += 1  # "University exhibits ...", "Police arrested ...": a common noun
                continue
            if _known(key, ctx) or key not in lex.common_words:
                break
            if i + 1 < len(tokens) and gaps[i] == "" and _is_org_tail(tokens[i + 1].key, lex):
                break  # "Security Council": a common word starting a name
            i += 1
        if i >= len(tokens):
            return []
        return [_Run(tokens[i:], gaps[i:], "start")]
    pieces: list[_Run] = []
    current: _Run | None = None
    for i, token in enumerate(run.tokens):
        keep = _known(token.key, ctx) or (
            run.uncertain == "headline" and token.key not in lex.common_words
        )
        if run.uncertain == "caps" and not keep and token.key in ctx.lex.first_names:
            keep = True
        if keep and token.key not in _NEVER_ALONE and token.key not in _FUNCTION_WORDS:
            if current is not None and i > 0 and run.tokens[i - 1] is current.tokens[-1]:
                current.tokens.append(token)
                current.gaps.append(run.gaps[i - 1])
            else:
                current = _Run([token], [], run.uncertain)
                pieces.append(current)
        else:
            current = None
    return pieces


def _generic_alone(key: str, ctx: _Context) -> bool:
    """A generic word of names ("University", "Police") alone at a sentence start is a name
    only if the article begins a name with it mid-sentence too."""
    lex = ctx.lex
    return (
        key in lex.common_words and key not in ctx.alone and key not in lex.demonyms
        and (key in lex.org_words or key in lex.org_heads or key in lex.loc_words
             or key in lex.other_words or key in lex.gpe_words)
    )


def _is_org_tail(key: str, lex: Lexicon) -> bool:
    return key in lex.org_words or key in lex.loc_words or key in lex.other_words


def _match_phrase(tokens: list[_Token], gaps: list[str], i: int, table: frozenset[str] | dict,
                  max_words: int = 4) -> int:
    """The number of tokens from ``i`` that form a phrase of ``table`` (longest first), or 0."""
    for n in range(min(max_words, len(tokens) - i), 0, -1):
        parts = [tokens[i].key]
        for j in range(i + 1, i + n):
            if gaps[j - 1]:
                parts.append(gaps[j - 1])
            parts.append(tokens[j].key)
        key = " ".join(parts)
        if key in table:
            return n
        if "." in tokens[i + n - 1].text and key + "." in table:
            return n
    return 0


def _phrase_at(tokens: list[_Token], gaps: list[str], i: int, n: int) -> str:
    parts = [tokens[i].key]
    for j in range(i + 1, i + n):
        if gaps[j - 1]:
            parts.append(gaps[j - 1])
        parts.append(tokens[j].key)
    return " ".join(parts)


def _is_country_at(tokens: list[_Token], gaps: list[str], i: int, n: int, lex: Lexicon) -> bool:
    key = _phrase_at(tokens, gaps, i, n)
    place = lex.places.get(key) or lex.places.get(key + ".")
    return place is not None and place.is_country


def _split(run: _Run, ctx: _Context, out: list[Candidate]) -> None:
    """Cut one run into candidates: titles, determiners and nationality words fall away."""
    lex = ctx.lex
    tokens, gaps = run.tokens, run.gaps
    i = 0
    person_cue = False
    while i < len(tokens):
        key = tokens[i].key
        if key in _DETERMINERS:
            if tokens[i].text in ("A", "An") and not run.uncertain and i + 1 < len(tokens):
                break  # "A Beautiful Lie" inside a sentence: a title, kept whole by _emit
            i += 1
            continue
        n_title = _match_phrase(tokens, gaps, i, lex.titles)
        if n_title and _title_applies(tokens, gaps, i + n_title, lex, ctx.surnames):
            i += n_title
            person_cue = True
            if i < len(tokens) and gaps[i - 1] in ("of", "of the"):
                person_cue = False  # "President of Peru": the title's complement
            continue
        n_dem = _match_phrase(tokens, gaps, i, lex.demonyms, 2)
        n_country = 0 if n_dem else _match_phrase(tokens, gaps, i, lex.places, 3)
        if n_country and not _is_country_at(tokens, gaps, i, n_country, lex):
            n_country = 0  # only a country leads a name the way "US President ..." does
        lead = n_dem or n_country
        if lead and (i + lead == len(tokens) or gaps[i + lead - 1] == ""):
            rest = i + lead
            if rest == len(tokens) or _splits_from_rest(tokens, gaps, rest, lex):
                _emit(tokens, gaps, i, rest, ctx, out, demonym=bool(n_dem), person_cue=False)
                i = rest
                continue
        break
    if i >= len(tokens):
        return
    # A title further in: "Apple CEO Steve Jobs", "Ryanair CEO".
    for k in range(i + 1, len(tokens)):
        if gaps[k - 1]:
            continue
        n_title = _match_phrase(tokens, gaps, k, lex.titles)
        if n_title and _title_applies(tokens, gaps, k + n_title, lex, ctx.surnames):
            _emit_with_of(tokens, gaps, i, k, ctx, out, person_cue)
            _split(_Run(tokens[k:], gaps[k:], run.uncertain), ctx, out)
            return
    _emit_with_of(tokens, gaps, i, len(tokens), ctx, out, person_cue)


def _title_applies(tokens: list[_Token], gaps: list[str], rest: int, lex: Lexicon,
                   surnames: frozenset[str] | set[str] = frozenset()) -> bool:
    """A title word names a role only before a person's name (or at the end of a run):
    "Major League Baseball" and "General Motors" keep theirs."""
    if rest >= len(tokens):
        return True
    if gaps[rest - 1] in ("of", "of the"):
        return True
    key = tokens[rest].key
    if key in lex.org_words or key in lex.org_heads or _is_org_tail(tokens[-1].key, lex):
        return False
    if tokens[rest].number:
        return False
    title = tokens[rest - 1].key
    if title in _WEAK_TITLES and key in surnames and rest + 1 == len(tokens):
        return True  # "Professor Burrows" after "John Burrows"
    if title in _WEAK_TITLES and key not in lex.first_names:
        return len(tokens) - rest <= 3 and key not in lex.common_words
    return True


def _splits_from_rest(tokens: list[_Token], gaps: list[str], rest: int, lex: Lexicon) -> bool:
    """After a nationality word or a place: does the rest stand apart (a title, a person)?"""
    n_title = _match_phrase(tokens, gaps, rest, lex.titles)
    if n_title and _title_applies(tokens, gaps, rest + n_title, lex):
        return True
    key = tokens[rest].key
    tail = tokens[-1].key
    if _is_org_tail(tail, lex) or key in lex.org_heads or tokens[-1].number:
        return False
    if key in _DETERMINERS:
        return True
    return key in lex.first_names or len(tokens) - rest >= 2 and tail not in lex.common_words


def _emit_with_of(tokens: list[_Token], gaps: list[str], i: int, j: int, ctx: _Context,
                  out: list[Candidate], person_cue: bool) -> None:
    """Emit tokens[i:j], cut at "of"/particle gaps that do not hold one name together."""
    lex = ctx.lex
    start = i
    for k in range(i, j - 1):
        gap = gaps[k]
        if gap in ("of", "of the"):
            left = tokens[k].key
            head = tokens[start].key
            joined = " ".join(t.key for t in tokens[start : j])
            if (
                left in lex.org_heads or left in lex.loc_heads or left in lex.other_heads
                or left in _OF_HEADS_EXTRA or head in lex.org_heads or head in _OF_HEADS_EXTRA
                or (left in lex.common_words and head not in lex.first_names)
                or joined.replace(" of the ", " ") in lex.places
                or _match_phrase(tokens, gaps, start, lex.titles)
            ):
                continue
            _emit(tokens, gaps, start, k + 1, ctx, out, False, person_cue)
            start = k + 1
            person_cue = False
            while start < j and tokens[start].key in _DETERMINERS:
                start += 1
            n_title = _match_phrase(tokens, gaps, start, lex.titles) if start < j else 0
            if n_title:
                start += n_title
        elif gap not in ("", "&", "for", "for the") and gap not in _PARTICLES:
            _emit(tokens, gaps, start, k + 1, ctx, out, False, person_cue)
            start = k + 1
    if start < j:
        _emit(tokens, gaps, start, j, ctx, out, False, person_cue)


def _emit(tokens: list[_Token], gaps: list[str], i: int, j: int, ctx: _Context,
          out: list[Candidate], demonym: bool, person_cue: bool) -> None:
    # "their album A Beautiful Lie": a capital indefinite article inside a sentence opens a
    # title, which keeps it.
    titled = i + 1 < j and tokens[i].text in ("A", "An") and not _uncertainty(ctx, tokens[i].start)
    while i < j and tokens[i].key in _DETERMINERS and not titled:
        i += 1
    while j > i and tokens[j - 1].key in _PARTICLES and not tokens[j - 1].text.isupper():
        j -= 1
    if i >= j or all(
        t.number or (t.key in _NEVER_ALONE and t.key not in ctx.surnames) for t in tokens[i:j]
    ):
        return  # "2 GHz LCD": numbers and units
    lex = ctx.lex
    words = tuple(t.key for t in tokens[i:j])
    if j - i == 1 and words[0] not in ctx.surnames and (
        words[0] in _NEVER_ALONE or _is_function_word(tokens[i])
        or (words[0] in _FUNCTION_WORDS and not tokens[i].text.isupper())
    ):
        return  # "Many buyers" after a missed full stop
    start, end = tokens[i].start, tokens[j - 1].end
    text = ctx.text[start:end]
    connectors = tuple(gaps[i : j - 1])
    if demonym and _is_language_use(ctx.text, start, end):
        demonym = False  # "forms in English": the language, a name of its own
    cand = _candidate(start, end, text, words, connectors, lex, demonym, person_cue)
    if titled and cand.strength <= 3:
        cand.type, cand.strength = "OTHER", 4
    if cand.kind == "name" and cand.strength <= 4 and cand.type != "GPE" and _in_region(
        ctx.text, cand, lex
    ):
        cand.type, cand.strength = "GPE", 4  # "Mobile, Alabama", "Reading, Pennsylvania"
    if cand.kind == "name" and cand.strength <= 3 and cand.type in ("GPE", "LOC") and _pattern(
        _PLAYS_FOR_BEFORE
    ).search(ctx.text, max(0, start - 40), start):
        cand.type, cand.strength, cand.place = "ORG", 4, None  # "26 games for Lausanne": a club
    if cand.kind == "name" and cand.strength <= 3:
        kind = _kind_before(ctx.text, start)
        if kind == "OTHER" and _speaks(ctx.text, end):
            kind = None  # "after the game X said": works do not speak, so the noun ended a phrase
        if (
            kind is None and cand.type == "PERSON" and cand.strength <= 3 and len(words) > 1
            and not person_cue and _pattern(_THE_BEFORE).search(ctx.text, max(0, start - 4), start)
            and (not _pattern(_LOWER_NEXT).match(ctx.text, end)
                 or _pattern(_ACTS_AFTER).match(ctx.text, end))
        ):
            kind = "ORG"  # "the Houston Chronicle reported": people take no article
        elif kind is None and cand.strength <= 2 and _pattern(_PLACE_NOUN_AFTER).match(ctx.text, end):
            kind = "LOC"  # "Heathrow airport", "the Drava river": a place's own noun follows
        elif kind is None and cand.strength <= 2 and _org_context(ctx.text, start, end):
            kind = "ORG"  # "shares of X", "X's board", "CEO of X": what has them is a company
        elif kind is None and cand.strength <= 2 and cand.type != "PERSON" and not (
            len(words) == 1 and words[0] in lex.first_names
        ) and (
            _pattern(_LAUNCHED_BEFORE).search(ctx.text, max(0, start - 40), start)
            or _pattern(_LAUNCHED_AFTER).match(ctx.text, end)
        ):
            kind = "OTHER"  # "Apple unveils the new X": what is launched is a product
        if kind is not None and kind != cand.type:
            cand.type, cand.strength = kind, 3  # "the pianist X", "web browser X", "the band X"
        elif kind is None and cand.strength <= 1:
            _context_type(ctx.text, cand, lex)
    out.append(cand)


def _candidate(start: int, end: int, text: str, words: tuple[str, ...],
               connectors: tuple[str, ...], lex: Lexicon, demonym: bool,
               person_cue: bool) -> Candidate:
    key = " ".join(words)
    if not demonym and key in lex.demonyms and len(words) == 1:
        return Candidate(start, end, text, words, connectors, "name", "OTHER", 4, None)
    if demonym:
        place = lex.demonyms.get(key)
        known = lex.places.get(phrase_key(place)) if place else None
        type_ = known.type if known is not None else "GPE"
        return Candidate(start, end, text, words, connectors, "demonym", type_, 9, place)
    type_, strength, place = _type_of(text, words, connectors, lex, person_cue)
    return Candidate(start, end, text, words, connectors, "name", type_, strength, place)


_WHO_AFTER = (
    r",? (?:who|whose)\b|, (?:\d{1,3}|aged \d{1,3}),"
    r"| \((?:born|b\.) |,? \((?:c\. )?\d{3,4}\s*[-\u2013]\s*\d{3,4}\)"
)
# An adjective made from a name ("Slavic", "Victorian", "Socialist") modifying a noun.
_ADJECTIVE_SHAPE = r"[A-Z][a-z]+(?:ian|ic|ist|ish|ese)"
_LOWER_NEXT = r" [a-z]"
_LANGUAGE_BEFORE = (
    r"\b(?:in|speak|speaks|spoke|spoken|speaking|into|learn|learning|learned|taught|teach"
    r"|fluent|translated) $"
)
_SPEECH_AFTER = r",? (?:said|says|told|added|explained|wrote|tweeted|argued|insisted)\b"
_SPEECH_HE_AFTER = (
    r",? (?:said|says|told \w+|added|explained|wrote|argued|insisted) (?:that )?(?:he|she|his|her)\b"
)
_SPEECH_ITS_AFTER = (
    r",? (?:said|says|announced|reported|added|expects|expected) (?:that )?its\b"
)
_PLACE_BEFORE = (r"\b(?:in|near|outside|across) $")
# Words that only a place follows: directions, and being born, living or lying somewhere.
_WHERE_BEFORE = (
    r"\b(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|outskirts)(?:ern)?"
    r" of(?: the)?|(?:born|raised|died|lives|lived|living|located|situated|settled|emigrated"
    r"|headquartered) (?:in|at|near)|(?:near|outside|towards|toward)(?: the)?) $"
)
_CLAUSE_END = (r"\s*(?:[,.;:)]|$|and\b|or\b)")
_SETTLEMENT_WORDS = (
    r"(?:city|town|village|hamlet|municipality|district|county|province|region|state|parish"
    r"|suburb|capital|island|commune|township|borough|port)"
)
_SETTLEMENT_BEFORE = (rf"\b{_SETTLEMENT_WORDS} of $")
_SETTLEMENT_AFTER = (
    rf",? (?:is|was) (?:a|an|the) (?:\w+ ){{0,3}}?{_SETTLEMENT_WORDS}\b"
)
# The noun of an apposition or a definition says what a name is: "Ryanair, the Irish airline",
# "X is a rock band", "Y, a spokesman for ...".
_KIND_NOUNS = {
    "PERSON": """spokesman spokeswoman spokesperson politician footballer player singer actor
        actress writer author journalist lawyer official officer executive chairman chairwoman
        professor scientist artist musician poet novelist painter businessman businesswoman
        activist member student teacher doctor coach analyst economist resident man woman boy
        girl defender midfielder striker goalkeeper pitcher quarterback rapper composer
        entrepreneur founder ceo director diplomat senator lawmaker soldier general candidate
        historian philosopher architect engineer photographer designer""",
    "ORG": """company firm group band party organization organisation agency club team airline
        carrier manufacturer maker bank newspaper broadcaster network retailer supplier
        university school college charity union association publisher label developer giant
        conglomerate consortium subsidiary operator startup insurer lender regulator""",
    "OTHER": """album song single film movie novel book game series show play opera musical poem
        software program programme ship aircraft car vehicle tournament festival award prize
        event treaty law language index ep record franchise magazine version release update
        edition model successor processor chip console camera computer notebook laptop app
        application device smartphone tablet browser jet airliner""",
    "LOC": """river mountain lake airport stadium park building museum bridge island volcano
        valley desert forest beach""",
}


@lru_cache(maxsize=1)
def _kind_pattern() -> re.Pattern[str]:
    alternatives = "|".join(
        f"(?P<{kind}>{'|'.join(sorted(set(nouns.split()), key=len, reverse=True))})"
        for kind, nouns in _KIND_NOUNS.items()
    )
    return re.compile(
        r",? (?:(?:is|was|are|were) (?:a|an|the)|(?:a|an|the)) (?:[\w'-]+ ){0,4}?(?:"
        + alternatives
        + r")\b"
    )


def _described_as(text: str, end: int) -> str | None:
    match = _kind_pattern().match(text, end, end + 70)
    if match is None:
        return None
    return match.lastgroup


# A lower-case noun right before a name says what the name is: "the pianist X", "aircraft
# maker X", "the web browser X", "the village of"-style nouns without the "of". Nouns that
# also describe companies' relations ("rival", "partner", "parent", "leader") are left out.
_KIND_BEFORE_NOUNS = {
    "PERSON": """pianist guitarist drummer bassist keyboardist vocalist singer songwriter rapper
        saxophonist violinist cellist trumpeter percussionist composer conductor actor actress
        comedian dancer filmmaker novelist poet playwright screenwriter journalist reporter
        columnist correspondent photographer painter sculptor artist architect physicist chemist
        biologist mathematician economist historian philosopher professor lecturer researcher
        scientist lawyer attorney prosecutor detective policeman soldier astronaut cyclist
        golfer boxer wrestler footballer striker midfielder defender goalkeeper pitcher
        quarterback coach founder co-founder cofounder chairman chairwoman ceo politician
        lawmaker legislator diplomat spokesman spokeswoman spokesperson activist campaigner
        blogger businessman businesswoman entrepreneur billionaire millionaire candidate
        nominee priest pastor rabbi imam cleric monk surgeon nurse defendant suspect widow
        widower son daughter wife husband brother sister father mother uncle aunt cousin nephew
        niece grandson granddaughter grandfather grandmother girlfriend boyfriend fiancé fiancee
        countryman compatriot teammate colleague successor predecessor aide adviser advisor
        manager owner restaurateur sorcerer""",
    "ORG": """company firm band airline carrier manufacturer maker automaker carmaker planemaker
        chipmaker retailer lender insurer broker newspaper tabloid broadcaster publisher
        conglomerate subsidiary startup regulator charity magazine""",
    "OTHER": """album song film movie novel book game videogame series sitcom opera musical poem
        software program programme app browser ship vessel airliner smartphone phone tablet
        laptop device hurricane typhoon cyclone storm website blog journal operation drug
        vaccine satellite spacecraft rocket""",
}


@lru_cache(maxsize=1)
def _kind_before_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for kind, nouns in _KIND_BEFORE_NOUNS.items():
        for noun in nouns.split():
            table[noun] = kind
            table[noun + ("es" if noun.endswith(("s", "sh", "ch")) else "s")] = kind
    return table


_PLAYS_FOR_BEFORE = (
    r"\b(?:(?:games|matches|appearances|goals|debut|played|plays|playing|signed)"
    r" (?:[\w-]+ ){0,2}?(?:for|with)|(?:loaned|on loan) (?:to|from)) (?:the )?$"
)
_LAUNCHED_AFTER = (
    r" (?:was|were|is|are|will be|has been|have been|had been) (?:first )?(?:introduced|unveiled"
    r"|launched|released|shipped|delivered|rolled out)\b"
)
_PLACE_NOUN_AFTER = (
    r" (?:airport|airfield|station|stadium|arena|river|lake|mountains?|island|islands|bridge"
    r"|square|street|avenue|valley|bay|harbou?r|canal|highway)\b"
)
_THE_BEFORE = r"\b[Tt]he $"
_ACTS_AFTER = (
    r" (?:said|says|reported|reports|wrote|writes|noted|notes|added|adds|has|had|is|was|were"
    r"|will|would|published|publishes|announced|announces)\b"
)
_LAUNCHED_BEFORE = (
    r"\b(?:unveil(?:s|ed|ing)?|launch(?:es|ed|ing)?|releas(?:es|ed|ing|e)|introduc(?:es|ed|ing|e)"
    r"|roll(?:s|ed)? out|debut(?:s|ed)?) (?:(?:the|its|their|a|an) )?(?:(?:new|latest|first"
    r"|next|updated|redesigned|long-awaited) )?$"
)
_ORG_AFTER = (
    r"['\u2019]s? (?:board|shares|stock|shareholders|stockholders|subsidiary|subsidiaries"
    r"|headquarters|chief executive|ceo|cfo|chairman|executives|employees|workforce"
    r"|market share|share price|stake)\b| (?:shares|stock|shareholders)\b"
)
_ORG_BEFORE = (
    r"\b(?:shares (?:of|in)|stake in|(?:ceo|chief executive|chairman|founder|co-founder"
    r"|employees?|executives?) (?:of|at)|spokes(?:man|woman|person) (?:for|of)|subsidiary of"
    r"|merger with|acquisition of|takeover of) $"
)


def _org_context(text: str, start: int, end: int) -> bool:
    return bool(_pattern(_ORG_AFTER).match(text, end, end + 22)
                or _pattern(_ORG_BEFORE).search(text, max(0, start - 28), start))


def _speaks(text: str, end: int) -> bool:
    return bool(_pattern(_SPEECH_AFTER).match(text, end, end + 24)
                or _pattern(_WHO_AFTER).match(text, end, end + 16))


def _kind_before(text: str, start: int) -> str | None:
    """The type a lower-case noun (or "X-based") just before ``start`` gives a name."""
    if start < 2 or text[start - 1] != " ":
        return None
    space = text.rfind(" ", max(0, start - 24), start - 1)
    word = text[space + 1 : start - 1]
    if word == "based" or word.endswith("-based"):
        return "ORG"  # "Seattle-based X": what is based somewhere is an organisation
    if not word or not word[0].islower():
        return None
    return _kind_before_table().get(word)


_REGION_AFTER = (r", ([A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)?)")


def _in_region(text: str, cand: Candidate, lex: Lexicon) -> bool:
    """A known town followed by ", <its state or country>"."""
    key = " ".join(cand.words)
    if key not in lex.places:
        return False
    region = _pattern(_REGION_AFTER).match(text, cand.end, cand.end + 40)
    if region is None:
        return False
    place = lex.places.get(phrase_key(region.group(1)))
    return place is not None and place.type == "GPE"


def _is_language_use(text: str, start: int, end: int) -> bool:
    """A nationality word used as a noun after "in", "speak", "into": a language."""
    return bool(
        _pattern(_LANGUAGE_BEFORE).search(text, max(0, start - 12), start)
        and _pattern(_CLAUSE_END).match(text, end, end + 6)
    )


def _context_type(text: str, cand: Candidate, lex: Lexicon) -> None:
    """Weak evidence from the words around a name whose own words say little."""
    start, end = cand.start, cand.end
    if _pattern(_WHO_AFTER).match(text, end, end + 16) and not (
        len(cand.words) == 1 and text[max(0, start - 3) : start] == "of "
    ):
        cand.type, cand.strength = "PERSON", 3
        return
    if _pattern(_SPEECH_ITS_AFTER).match(text, end, end + 30):
        cand.type, cand.strength = "ORG", 3  # "Northrop Grumman said its bid ...": a firm
        return
    if len(cand.words) > 1 and _pattern(_SPEECH_AFTER).match(text, end, end + 24):
        cand.type, cand.strength = "PERSON", 2  # "Dries Mertens said": people speak
        return
    if _pattern(_SPEECH_HE_AFTER).match(text, end, end + 30):
        cand.type, cand.strength = "PERSON", 3  # "Jafari said she ...": a person, not a firm
        return
    if len(cand.words) == 1:
        word = cand.words[0]
        if _pattern(_ADJECTIVE_SHAPE).fullmatch(cand.text) and _pattern(_LOWER_NEXT).match(text, end):
            cand.type, cand.strength = "OTHER", 2  # "the Slavic word", "Victorian leader"
            return
        if cand.text[0].islower() and cand.text[1:2].isupper():
            cand.type, cand.strength = "OTHER", 2  # "iPhone"
            return
        if word in lex.first_names and word not in lex.common_words:
            cand.type, cand.strength = "PERSON", 2
            return
    settlement_before = _pattern(_SETTLEMENT_BEFORE).search(text, max(0, start - 30), start)
    if settlement_before or _pattern(_SETTLEMENT_AFTER).match(text, end, end + 40):
        cand.type, cand.strength = "GPE", 3  # "the village of X", "X is a town in ..."
        return
    described = _described_as(text, end)
    if described is not None:
        cand.type, cand.strength = described, 3  # "X, a British airline", "X is a rock band"
        return
    if len(cand.words) <= 3 and cand.words[0] in _NOBLE_PARTICLES and cand.text[0].isupper():
        cand.type, cand.strength = "PERSON", 2  # "De Trobriand": a particle surname
        return
    if start > 0 and text[start - 1] in "\"\u201c" and text[end : end + 1] in ("\"", "\u201d"):
        cand.type, cand.strength = "OTHER", 2  # a quoted title: "Gloomy Sunday"
        return
    region = _pattern(_REGION_AFTER).match(text, end, end + 40)
    if region is not None:
        place = lex.places.get(phrase_key(region.group(1)))
        if place is not None and place.type == "GPE":
            cand.type, cand.strength = "GPE", 3  # "Irving, Texas"
            return
    if (
        len(cand.words) == 1
        and _pattern(_PLACE_BEFORE).search(text, max(0, start - 10), start)
        and _pattern(_CLAUSE_END).match(text, end, end + 6)
    ):
        cand.type, cand.strength = "GPE", 2  # "born in Atwick."
        return
    if (
        len(cand.words) <= 3 and _pattern(_WHERE_BEFORE).search(text, max(0, start - 32), start)
        and text[end : end + 1] not in ("'", "\u2019")  # "outside Quorin's offices"
    ):
        cand.type, cand.strength = "GPE", 2  # "two miles north of X", "was born in X"


def _type_of(text: str, words: tuple[str, ...], connectors: tuple[str, ...], lex: Lexicon,
             person_cue: bool) -> tuple[str, int, str | None]:
    """(type, strength of the evidence, canonical place name) for one name."""
    key = " ".join(words)
    place = lex.places.get(key) or lex.places.get(fold_word(text.replace(".", "")) if "." in text else "")
    if place is None and any(connectors):
        place = lex.places.get(phrase_key(text))  # "People's Republic of China"
    if place is not None and place.is_country:
        return "GPE", 5, place.name
    if person_cue:
        return "PERSON", 6, None
    if key in lex.group_nouns:
        return "NORP", 5, text  # "Muslims": the group, also named by its adjective
    if key in lex.norp_adjectives:
        return "NORP", 5, lex.norp_adjectives[key]  # "Muslim leaders" -> Muslims
    if key in lex.other_names:
        return "OTHER", 4, None
    if key in lex.known_orgs:
        return "ORG", 4, None
    if text[0].islower() and text[1:2].isupper():
        return "OTHER", 3, None  # "iPod nano": products are written so
    last = words[-1]
    last_two = " ".join(words[-2:]) if len(words) >= 2 else ""
    first = words[0]
    has_of = any(c in ("of", "of the", "for", "for the") for c in connectors)
    first_place = lex.places.get(first)
    given = (
        first in lex.first_names and first not in _ARTICLES  # "Le Monde" is no person
        and not (first_place is not None and first_place.is_country)  # "China Eastern"
    )
    if len(words) > 1 and given and _pattern(_INNER_ACRONYM).search(text):
        return "OTHER", 2, None  # "Mac OS X", "Mac OSX": people's names hold no acronyms
    if has_of and first in lex.other_heads:
        return "OTHER", 4, None
    if has_of and (first in lex.org_heads):
        return "ORG", 4, None
    if has_of and any(
        c in ("of", "of the", "for", "for the") and w in lex.org_heads
        for w, c in zip(words[1:-1], connectors[1:], strict=False)
    ):
        return "ORG", 4, None  # "Joint Council for the Welfare of X", "Royal Society of Y"
    if len(words) > 1 and first in _CLUB_PREFIXES:
        return "ORG", 4, None  # "FC Lausanne"
    if len(words) == 3 and given and not any(connectors) and (
        words[1] not in lex.common_words and last not in lex.org_words
        and last not in lex.other_words and last not in lex.loc_words
        and last not in lex.gpe_words and " ".join(words[:2]) not in lex.places
    ):
        return "PERSON", 4, None  # "Marc Lamont Hill": given name, middle name, surname
    if last_two in lex.loc_words and len(words) > 2 or first in lex.loc_heads and len(words) > 1:
        return "LOC", 4, None
    weak_place = place is not None and len(words) == 1 and key in lex.common_words
    if weak_place:
        place = None  # "Police" is also a town: the weakest evidence, after the word lists
    if place is not None:
        # "Mobile, Alabama": a town before a word list; "Soviet Union" is a whole place's name.
        return place.type, 3, place.name
    if last in lex.org_words or last_two in lex.org_words:
        return "ORG", 4, None
    if place is not None:
        return place.type, 3, place.name
    if len(words) > 1 and last in lex.gpe_words:
        return "GPE", 4, None
    if len(words) == 2 and first in lex.place_qualifiers:
        inner = lex.places.get(last)
        if inner is not None:
            return inner.type, 3, None
    if len(words) >= 2 and last in _COMPASS_AFTER:
        inner = lex.places.get(" ".join(words[:-1]))
        if inner is not None and not inner.is_country:
            return inner.type, 3, None  # "Kowloon West": a district of a known place
    if len(words) > 1 and any(ch.isdigit() for ch in text):
        return "OTHER", 2, None  # "Boeing 747", "Adam Air Flight 574": products, flights
    if len(words) == 2 and given and last in _SURNAME_LIKE_PLACE_WORDS:
        return "PERSON", 4, None  # "Ellen Marsh", "Emma Hill": a given name and a surname
    if len(words) > 1 and (last in lex.loc_words or last_two in lex.loc_words):
        return "LOC", 4, None
    if len(words) > 1 and (last in lex.other_words or last_two in lex.other_words):
        return "OTHER", 4, None
    if len(words) > 1 and given and last not in lex.common_words:
        return "PERSON", 4, None
    if 1 < len(words) <= 4 and _has_initial(text) and not text.isupper():
        return "PERSON", 3, None  # "C. H. Douglas", "Delwyn J. Langejans"
    if len(words) > 1 and len(words) <= 4 and given:
        return "PERSON", 3, None
    if any(ch.isdigit() for ch in text):
        return "OTHER", 2, None
    if 1 < len(words) <= 3 and _pattern(_SYLLABLE_PAIR).search(text) and not any(connectors):
        return "PERSON", 3, None  # "Kwok Wai-keung", "Park Joo-ho": a two-syllable given name
    if len(words) == 1 and text.replace(".", "").replace("&", "").isupper() and len(text) > 1:
        return "ORG", 2, None
    if _pattern(_CAMEL_SOURCE).search(text) and text[0].isupper():
        return "OTHER", 1, None  # "PlayStation VR", "PowerBook": products are written so
    if 1 < len(words) <= 4 and all(c == "" or c in _PARTICLES for c in connectors) and all(
        w not in lex.common_words for w in words
    ) and first not in _ARTICLES:
        return "PERSON", 1, None
    if weak_place:
        town = lex.places[key]
        return town.type, 1, town.name
    return "ORG", 1, None


def _has_initial(text: str) -> bool:
    """A single-letter initial before the last word: "J. Okafor", "Newell H. Beaty"."""
    return bool(_pattern(_INITIAL).search(text))


_COMPASS_AFTER = frozenset("north south east west central".split())
_SYLLABLE_PAIR = r"(?<![\w-])[A-Z][a-z]{1,4}-[A-Za-z][a-z]{1,4}(?![\w-])"
_INNER_ACRONYM = r" (?![IVXLC]+\b)[A-Z]{2,3}\b(?!\.)"  # not "Louis XVI"
_INITIAL = r"(?:^|\s)[A-Z]\.\s+\S"
# An inner capital after a lower-case letter ("PlayStation"), but not a name prefix
# ("McDonald", "DiCaprio", "LaGuardia", "VanDyke").
_CAMEL_SOURCE = r"\b(?!(?:Ma?c|D[aeiu]|L[ae]|Van|Von)[A-Z])[A-Za-z]*[a-z][A-Z]"
_LOWER_WORD = r"(?<![^\W\d_])[a-z]+(?![^\W\d_])"
_NEXT_WORD = (r"[ \u00a0]+([^\W\d_]+)")


def _spelled(cand: Candidate) -> str:
    """The folded name with its connectors: "ministry of foreign affairs"."""
    parts = [cand.words[0]]
    for connector, word in zip(cand.connectors, cand.words[1:], strict=False):
        if connector:
            parts.append(connector)
        parts.append(word)
    return " ".join(parts)


def _extend_lowercase(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """"Mexican embassy" after "Mexican Embassy": a lower-case form of a name is a mention."""
    multi = {_spelled(c): c for c in candidates if len(c.words) > 1 and c.kind == "name"}
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
        key = _spelled(cand)
        if key in prefixes:
            next_start = candidates[index + 1].start if index + 1 < len(candidates) else limit
            extended = _try_extend(text, cand, key, multi, prefixes, next_start)
            if extended is not None:
                result.append(extended)
                continue
        result.append(cand)
    return result


def _try_extend(text: str, cand: Candidate, key: str, multi: dict[str, Candidate],
                prefixes: set[str], next_start: int) -> Candidate | None:
    end = cand.end
    for _ in range(6):
        match = _pattern(_NEXT_WORD).match(text, end)
        if match is None or match.end() > next_start:
            return None
        key = f"{key} {fold_word(match.group(1))}"
        end = match.end()
        model = multi.get(key)
        if model is not None:
            # The same name in lower case: it takes the capitalised form's words, so it links.
            return Candidate(cand.start, end, text[cand.start : end], model.words,
                             model.connectors, "name", model.type, model.strength, model.place)
        if key not in prefixes:
            return None
    return None


def _mark_bracket_acronyms(text: str, candidates: list[Candidate]) -> None:
    """"Ministry of Foreign Affairs (SRE)": the bracketed acronym abbreviates the name before."""
    for i in range(1, len(candidates)):
        cand = candidates[i]
        if len(cand.words) != 1 or not cand.text.replace(".", "").isupper():
            continue
        before = text[candidates[i - 1].end : cand.start]
        if before.strip() == "(" and text[cand.end : cand.end + 1] == ")":
            cand.abbreviates = i - 1
