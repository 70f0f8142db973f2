"""Where names can be: capitalised tokens, joined into runs, and the spans a run can be cut into.

Only capitalised tokens (and numbers that may belong to a model's name) are looked at, found by
one C-level regex scan, so the cost follows the number of names, not the number of words. A run
is a sequence of such tokens joined by spaces or by the connectors names use ("of", "de", "&",
"al-", a possessive "People's"); runs are capped at twelve tokens, which keeps every later step
linear. Nothing here decides what is a name: ``spans`` lists the cuts a run allows, and the
fitted model (``names.py``) chooses among them from the evidence (``evidence.py``).

The text's own habits are gathered once (``TextContext``): which lines are headlines, where
sentences start, which words the article capitalises where a capital means a name.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from newsview.models.document import Span, Timex
from newsview.models.lexicon import Lexicon
from newsview.models.text import fold_word
from newsview.models.vocab import (
    COMPANY_ENDS,
    COMPOUND_SUFFIXES,
    DETERMINERS,
    EAST_ASIAN_FAMILY_NAMES,
    PARTICLES,
    SURNAMES_LIKE_PARTICLES,
)

_UPPER = "".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper())
_LETTER_OR_DIGIT = r"[^\W_]"
# Abbreviations whose full stop belongs to the token ("Inc.", "Mr.").
_DOTTED = frozenset(
    """inc corp co ltd mr mrs ms dr st jr sr gen lt col sen rep gov prof rev mt ft bros capt sgt
    adm maj brig cmdr cpl pvt messrs mme mlle ave blvd rd no""".split()
)
# the characters after a token that can make ``find_tokens`` drop or extend it
_MAY_CHANGE_A_TOKEN = frozenset(".$-:")
_WORD_PREFIXES = frozenset("pre post anti non co ex mid self multi semi sub super inter".split())
# Longer capitalised runs are headlines or lists, not one name; the cap keeps every later step
# linear in the length of the text.
MAX_RUN = 12
# The longest span a run is cut into (longer names are titles of works, kept by other means).
MAX_SPAN = 8
# Prepositions, conjunctions and pronouns: capitalised inside a sentence they mark a missing
# full stop ("... Elizabeth Quat In the New Territories"), not part of a name.
BREAKERS = frozenset(
    """in on at to for of by with from as into onto upon the a an and or but nor if when while
    after before since until during this that these those he she it we they his her its their
    our i you there here where why how what which who whom whose""".split()
)
# Words that never start or end a name, wherever they stand (a sentence's first "The").
_NEVER_AT_EDGE = BREAKERS | frozenset(
    """is are was were be been has have had do does did will would can could may might must
    shall should not no yes so also then however meanwhile therefore thus hence moreover
    furthermore nevertheless nonetheless instead still even just only although though because
    unless whether whereas yet both either neither each every some any such many much several
    me my mine your yours us our ours him them let lets please here there later earlier soon
    again already recently currently previously finally now once afterwards""".split()
) - {"may"}  # "May" is a month, a surname and a modal verb: the evidence decides
# Plural nouns whose possessive sits inside names: "Korean People's Army", "Children's Hospital".
_GROUP_POSSESSORS = frozenset(
    "people children women men workers veterans farmers citizens nations peoples writers".split()
)
_POSSESSED_UNITS = frozenset("brigade division regiment battalion corps limited".split())
_LOWER_PART = r"-([a-z\u00df-\u00ff]+)\b(?!-)"
_GAP = r"(?:['\u2019]s)?[ \u00a0]+(?:(of the|of|for the|for|&|[a-z]{1,4})[ \u00a0]+)?"
_SCORE_AFTER = r" ?[\u2013-] ?\d"
_MODEL_LEAD = r"\d{3}(?:-\d+[a-z]{0,3})?"  # "787", "777-200lr"
_WORD_BEFORE = r"[a-z] $"
MODEL_NUMBER = r"\d{3,}(?:-\d+)?[a-z]{0,3}"
_LIST_MARKER_BEFORE = r"(?:^|\s)\(?(?:[a-z]|\d{1,2})\) $"
_QUOTE_OR_DASH_BEFORE = r"[\"\u201c]$|[)\w] (?:\u2014|\u2013|--?) $"  # a quote; a dateline's dash
# words that label what follows a colon even after a name ("Ahmed Mohamed Image: ...", a
# caption's credit), where another everyday word is a speaker's surname ("Dora Smith: ...")
_LABELS = frozenset("""image images photo photos picture pictures video audio source sources credit
    credits caption note notes update updated watch read listen more related see tip tips fax tel
    phone email""".split())
# a speaker's label opening a line of an interview or a transcript: "Q: ", "Amaka Obi: "
_SPEAKER_LABEL = r"[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}: "
_QUOTES_AND_DASHES = frozenset("\"\u201c\u2014\u2013-")
_OPENERS = set(" \t\"'\u201c\u2018([-\u2014\u2013*\u2022")
_MINOR_WORDS = frozenset("a an the of in on at to for and or but by with from as vs via into".split())
# a whole word of a-z letters: its first letter is found first (the look behind it, tried at
# every character when it leads, cost a fifth more)
_LOWER_WORD = r"[a-z](?<![^\W\d_][a-z])[a-z]*+(?![^\W\d_])"


@cache
def pattern(source: str) -> re.Pattern[str]:
    """Patterns compile on first use, so importing the engine stays cheap."""
    return re.compile(source)


@lru_cache(maxsize=1)
def _token_pattern() -> re.Pattern[str]:
    upper = f"[{_UPPER}]"
    dotted = rf"(?:{upper}\.){{2,}}"  # U.S., J.R.R.
    word = rf"{upper}(?:{_LETTER_OR_DIGIT}|[-\u2019'&](?={upper}|\d))*+"
    number = r"\d+(?:[-.]?[A-Za-z\d]+)*+"
    article = r"(?:al|el|ad|as|ash|at|az|ar|an|ad-d|bin|ibn|abu|abd)[-\u2019'](?=[A-Z])"
    # "al-Assad", "iPhone": a word led by lower-case letters, tried last (no other kind of
    # token starts with one) and only where its letters end at a hyphen, an apostrophe or a
    # capital: most lower-case words fail that one look instead of the articles one by one
    led = rf"(?=[a-z]++[-\u2019'{_UPPER}])(?:{article}|[a-z](?={upper})){word}"
    return re.compile(rf"(?<![^\W_$#.,])(?:{dotted}|{word}|{number}|{led})")


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    key: str  # folded, without a final full stop
    number: bool = False  # starts with a digit: joins a name ("Boeing 747"), rarely starts one


@dataclass(slots=True)
class Run:
    tokens: list[Token]
    gaps: list[str]  # folded connector between token i and i+1 ("", "of", "of the", "de", "&")
    position: str = ""  # "" (inside a sentence) | "start" | "headline" | "caps"


@dataclass(slots=True)
class TextContext:
    """What the whole text says about its own capitals, gathered once."""

    text: str
    lex: Lexicon
    sentence_starts: list[int]
    headline_lines: dict[int, str]  # line start -> "headline" | "caps"
    line_starts: list[int]
    certain: set[str] = field(default_factory=set)  # words capitalised where capitals mean a name
    certain_pairs: set[tuple[str, str]] = field(default_factory=set)  # ("new", "zealand")
    surnames: set[str] = field(default_factory=set)  # last words of "Given Surname" names
    # words of longer names inside sentences -> where each such name starts
    name_parts: dict[str, set[int]] = field(default_factory=dict)
    repeated_starts: set[str] = field(default_factory=set)  # common words that start sentences
    _lower_case: set[str] | None = None

    def lower_case_words(self) -> set[str]:
        """Every word the text writes in lower case (one linear scan, on first use)."""
        if self._lower_case is None:
            self._lower_case = set(pattern(_LOWER_WORD).findall(self.text))
        return self._lower_case


# Words before the social network X ("posted on X.", "said via X."): its letter is no initial.
BEFORE_THE_PLATFORM = (" on ", " via ", " On ", " Via ")
# Another platform after "on", then "and" or "or", before the letter X: "posted on TikTok and X"
_PLATFORMS_LISTED_BEFORE = r"\b(?i:on|via) [A-Z][\w-]+(?:, [A-Z][\w-]+)*,? (?:and|or) $"


def after_a_platforms_word(text: str, start: int) -> bool:
    """Whether the letter X at ``start`` follows "on" or "via", or another platform listed after
    them ("posted on X", "on TikTok and X"): the social network, no initial."""
    return text.endswith(BEFORE_THE_PLATFORM, 0, start) or (
        pattern(_PLATFORMS_LISTED_BEFORE).search(text, max(0, start - 40), start) is not None)


def find_tokens(text: str, timexes: Sequence[Timex], lex: Lexicon) -> list[Token]:
    """Capitalised words, dotted acronyms and numbers, outside time expressions."""
    spans = sorted((t.start, t.end) for t in timexes)
    n_spans = len(spans)
    tokens: list[Token] = []
    append = tokens.append  # this loop runs once per capitalised word: names bound locally
    k = 0
    n = len(text)
    common = lex.common_words
    for match in _token_pattern().finditer(text):
        start, end = match.span()
        word = match.group()
        after = text[end] if end < n else ""
        if after not in _MAY_CHANGE_A_TOKEN:
            pass  # most words: none of the cases below
        elif after == "." and word == "X" and after_a_platforms_word(text, start):
            pass  # "thanked him on X. NASA said": the platform ends the sentence, no initial
        elif after == "." and ((len(word) == 1 and word.isalpha()) or word.lower() in _DOTTED):
            if word in ("No", "Nos"):
                continue  # "No. 1": a number sign
            end += 1
            word += "."
        elif after == "$":
            continue  # "US$40": a currency
        elif after == "-" and word.lower() in _WORD_PREFIXES:
            continue  # "Pre-orders", "Co-founder", "Anti-war": a prefix, not a name
        elif after == "-" and not word[0].isdigit():
            suffix = pattern(_LOWER_PART).match(text, end)
            if suffix is not None and (
                fold_word(suffix.group(1)) not in common
                or (len(suffix.group(1)) <= 5 and len(word) <= 5 and word.istitle()
                    and suffix.group(1) not in COMPOUND_SUFFIXES
                    and (fold_word(word) not in common  # "Cheuk-ting", "Pik-wan"
                         or _after_a_family_name(text, start, tokens)))  # "Chiang Wan-an"
            ):
                end = suffix.end()  # "Chi-wai", but not "EADS-led" or "Mexican-born"
                word = text[start:end]
        elif after == ":" and word.lower() in common and (
            word.lower() in _LABELS or not _ends_a_speakers_label(text, start, end)
        ):
            continue  # "Image:", "Source:": a label, not a name ("Dora Smith:" is a speaker)
        while k < n_spans and spans[k][1] <= start:
            k += 1
        if k < n_spans and spans[k][0] < end:
            continue  # part of a time expression
        append(Token(start, end, word, fold_word(word.rstrip(".")), word[0].isdigit()))
    return tokens


def _ends_a_speakers_label(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start`` ends a speaker's name of two words or more opening a line
    of an interview or a transcript ("Dora Smith: Well, ...")."""
    line = text.rfind("\n", 0, start) + 1
    return line < start and start - line <= 50 and pattern(_SPEAKER_LABEL).fullmatch(text, line, end + 2) is not None


def _after_a_family_name(text: str, start: int, tokens: list[Token]) -> bool:
    """Whether the word at ``start`` follows an East Asian family name ("Chiang Wan-an"): its
    hyphenated syllables are a given name, though "wan" and "an" are English words."""
    return bool(tokens) and tokens[-1].key in EAST_ASIAN_FAMILY_NAMES and text[tokens[-1].end : start] == " "


def find_runs(text: str, tokens: list[Token], lex: Lexicon, sentence_starts: set[int]) -> list[Run]:
    """Tokens joined into runs that may hold one or more names; a closed-class word opening a
    run ("The", "In" at a sentence's start) is left out, as no name starts with it."""
    runs = []
    for run in _joined_runs(text, tokens, lex, sentence_starts):
        k = 0
        while k < len(run.tokens) - 1 and _never_starts(run.tokens[k]):
            k += 1
        if k:
            run = Run(run.tokens[k:], run.gaps[k:])
        runs.append(run)
    return runs


def _never_starts(token: Token) -> bool:
    return (token.key == "the" or token.key in _NEVER_AT_EDGE) and not token.number and not (
        len(token.text) > 1 and token.text.isupper()
    )


def _joined_runs(text: str, tokens: list[Token], lex: Lexicon,
                 sentence_starts: set[int]) -> list[Run]:
    runs: list[Run] = []
    current: Run | None = None
    for token in tokens:
        if current is not None:
            previous = current.tokens[-1]
            if token.number:
                if (
                    text[previous.end : token.start] == " " and not previous.number
                    and not pattern(_SCORE_AFTER).match(text, token.end)
                ):  # "Norway 2 – 1 Chile": a score, not a model number
                    current.tokens.append(token)
                    current.gaps.append("")
                    continue
            elif (
                token.start not in sentence_starts
                and len(current.tokens) < MAX_RUN
                and not is_breaker(token)
                and (not previous.number or (len(current.tokens) > 1 and len(previous.key) > 2)
                     or _leads_model(text, previous, token, lex))  # "China 0 Uzbekistan 2"
            ):
                gap = _join_gap(text, previous, token, lex)
                if gap is not None:
                    current.tokens.append(token)
                    current.gaps.append(gap)
                    continue
            if not current.tokens[0].number or len(current.tokens) > 1:
                runs.append(current)
            current = None
        if not token.number or pattern(MODEL_NUMBER).fullmatch(token.key):
            current = Run([token], [])  # a model number may lead: "the 787 Dreamliner"
    if current is not None and (not current.tokens[0].number or len(current.tokens) > 1):
        runs.append(current)
    return runs


def is_breaker(token: Token) -> bool:
    """"In", "For" inside a sentence: never part of a name ("IT" and "May" can be)."""
    return token.key in BREAKERS and not (len(token.text) > 1 and token.text.isupper())


def _leads_model(text: str, number: Token, token: Token, lex: Lexicon) -> bool:
    """"787 Dreamliner" is a model's name; "300 Marines", "150 Democrats" are counts."""
    if text[number.end : token.start] != " " or not pattern(_MODEL_LEAD).fullmatch(number.key):
        return False
    if not pattern(_WORD_BEFORE).search(text, max(0, number.start - 2), number.start):
        return False  # "28,000 Andy Warhol", "$400 Million", "(150px": not after a word
    key = token.key
    if token.text.isupper() or key.endswith("s") or key in lex.first_names:
        return False  # "549 NHL", "100 Polaroids", "500 Andy ...": counts
    return not (key in lex.group_nouns or key in lex.demonyms or key in lex.common_words
                or key in lex.norp_adjectives or key in lex.places)


def _join_gap(text: str, previous: Token, token: Token, lex: Lexicon) -> str | None:
    """The connector between two capitalised tokens if they may belong to one name, else None."""
    if token.start - previous.end > 12:
        return None
    if previous.key in COMPANY_ENDS and previous.text[-1] == "." and token.key not in COMPANY_ENDS:
        return None  # "Apple Inc. Steve Jobs": nothing follows a company's legal form
    match = pattern(_GAP).fullmatch(text, previous.end, token.start)
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
    if not connector or connector in ("of", "of the", "&") or connector in PARTICLES:
        return connector
    if connector in ("for", "for the"):
        return connector if previous.key in lex.org_heads else None
    return None


def spans(run: Run, surname_particles: bool = False) -> list[tuple[int, int]]:
    """The token spans [i, j) of a run that may be one name.

    A name never starts or ends with a closed-class word ("The", "In", "Is"), never ends with a
    particle ("de"), never starts with a count ("300 Marines") and is never numbers alone;
    with ``surname_particles`` (a run-time convention the fitted examples do not hold), a
    capitalised particle that is also a surname may end the run's name ("Tarun Das").
    """
    tokens = run.tokens
    n = len(tokens)
    if n == 1:
        return [(0, 1)] if not tokens[0].number and can_be_a_word_name(tokens[0], run) else []
    can_start = [_can_start(tokens[i], i, run) for i in range(n)]
    can_end = [_can_end(tokens[j]) for j in range(n)]
    last = tokens[-1]
    if surname_particles and last.key in SURNAMES_LIKE_PARTICLES and not run.gaps[-1] and last.text[1:].islower():
        can_end[-1] = True  # "Tarun Das", "Nguyen Van Le": a surname ends the run
    found: list[tuple[int, int]] = []
    for i in range(n):
        if not can_start[i]:
            continue
        words = 0
        for j in range(i, min(n, i + MAX_SPAN)):
            if not tokens[j].number:
                words += 1
            if can_end[j] and words:
                found.append((i, j + 1))
    return found


def can_be_a_word_name(token: Token, run: Run) -> bool:
    """Whether a word that is no number may be a name of one word in its run."""
    return _can_start(token, 0, run) and _can_end(token)


def _can_start(token: Token, index: int, run: Run) -> bool:
    if token.number:
        return pattern(MODEL_NUMBER).fullmatch(token.key) is not None and index == 0
    if token.key in DETERMINERS:
        # "their album A Beautiful Lie": inside a sentence a capital indefinite article opens
        # a title; "The" never opens a name (names are given without their article)
        return token.key != "the" and not run.position
    if token.key in PARTICLES:
        return True  # "De Souza", "Van Gaal"
    if token.key == "will" and index == 0:
        # "Will Smith": put back before a name at run time (find_runs leaves the modal verb
        # out of a run's start), a given name opens the name; "Will" alone never is one
        return True
    return token.key not in _NEVER_AT_EDGE or (len(token.text) > 1 and token.text.isupper())


def _can_end(token: Token) -> bool:
    if token.key in PARTICLES and not token.text.isupper():
        return False
    return token.key not in _NEVER_AT_EDGE or (len(token.text) > 1 and token.text.isupper())


# ----------------------------------------------------------------------------- the text's habits


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
    if len(words) >= 6 and line.rstrip().endswith((".", "!", "?")):
        return ""  # a sentence ("Tony Blair met George Bush in Washington."), not a headline
    content = [w for w in words if w.lower() not in _MINOR_WORDS]
    if len(content) >= 3 and sum(w[0].isupper() for w in content) >= 0.85 * len(content):
        return "headline"
    return ""


def text_context(text: str, sentences: Sequence[Span], lex: Lexicon) -> TextContext:
    line_starts = _line_starts(text)
    headline_lines: dict[int, str] = {}
    for i, start in enumerate(line_starts):
        end = line_starts[i + 1] - 1 if i + 1 < len(line_starts) else len(text)
        if end - start <= 200:
            kind = _headline_kind(text[start:end])
            if kind:
                headline_lines[start] = kind
    return TextContext(text, lex, [s.start for s in sentences], headline_lines, line_starts)


def position_of(ctx: TextContext, position: int) -> str:
    """Where a word stands, as far as its capital goes: "" inside a sentence (a capital means
    a name), "start" of a sentence, a quotation or a list item, "headline" or "caps" line."""
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
    before = text[max(line, position - 3) : position].rstrip()
    mark = before[-1:] if before else ""
    if mark == ")" and pattern(_LIST_MARKER_BEFORE).search(text, max(line, position - 6), position):
        return "start"  # "a) Leaving ...", "2. Refusing ...": a list item starts like a sentence
    if mark in _QUOTES_AND_DASHES and pattern(_QUOTE_OR_DASH_BEFORE).search(
        text, max(start, position - 6), position
    ):
        return "start"  # a quoted sentence starts with a capital
    if mark == ":" and position - line <= 50 and pattern(_SPEAKER_LABEL).fullmatch(text, line, position):
        return "start"  # "Amaka Obi: Well, my father ...": a speaker's turn starts like a sentence
    return ""


def learn_capitals(run: Run, ctx: TextContext) -> None:
    """Remember the words this article capitalises where a capital means a name (inside a
    sentence), to read the same words at sentence starts and in headlines."""
    skip_first = run.position == "start"
    tokens = run.tokens
    for token in tokens[1:] if skip_first else tokens:
        ctx.certain.add(token.key)
    for k in range(2 if skip_first else 1, len(tokens)):
        if not run.gaps[k - 1]:
            ctx.certain_pairs.add((tokens[k - 1].key, tokens[k].key))
    if len(tokens) >= 2 and tokens[-2].key in ctx.lex.first_names:
        ctx.surnames.add(tokens[-1].key)
    if len(tokens) >= 2:
        for t in tokens[1 if skip_first else 0 :]:
            if not t.number:
                ctx.name_parts.setdefault(t.key, set()).add(tokens[0].start)


NUMBER_AFTER = r" \d"  # a number after a word (a year read as a date too): "Line 12", "Line 1999"


def learn_repeated_starts(text: str, runs: list[Run], ctx: TextContext) -> None:
    """A common word that starts several sentences and headlines capitalised but is never
    written in lower case ("Apple launches ...", "Apple said ...") is likely a name. A word
    followed by a number ("Line 1 ...", "Step 2 ...") numbers lines instead."""
    counts: dict[str, int] = {}
    for run in runs:
        if run.position and not pattern(NUMBER_AFTER).match(text, run.tokens[0].end):
            key = run.tokens[0].key
            if key in ctx.lex.common_words and key not in ctx.certain and key.isalpha():
                counts[key] = counts.get(key, 0) + 1
    repeated = [key for key, count in counts.items() if count >= 2 and key not in BREAKERS]
    if repeated:
        lower_case = ctx.lower_case_words()
        ctx.repeated_starts.update(key for key in repeated if key not in lower_case)


def read_runs(text: str, sentences: Sequence[Span], timexes: Sequence[Timex],
              lex: Lexicon) -> tuple[list[Run], TextContext]:
    """The runs of a text with their positions, and what the text says about its capitals."""
    ctx = text_context(text, sentences, lex)
    tokens = find_tokens(text, timexes, lex)
    runs = find_runs(text, tokens, lex, set(ctx.sentence_starts))
    for run in runs:
        run.position = position_of(ctx, run.tokens[0].start)
        if run.position in ("", "start"):
            learn_capitals(run, ctx)
    learn_repeated_starts(text, runs, ctx)
    return runs, ctx
