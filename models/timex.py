"""Time expressions (TIMEX3 / TimeML conventions) and their normalised values.

One scan with a single regex (a prefix trie of the words an expression can start with, or a
digit) finds where a candidate may start; the first word picks the pattern families that can
start with it, each is tried anchored (``match``) and the longest reading that is a time
expression wins; the scan resumes after it. Every pattern is a sequence of bounded pieces (no
nested unbounded repetition) and every look around the match is a bounded window, so the work
is linear on any input. Values are resolved left to right: deictic expressions ("yesterday",
"last week", "Monday") against the publication date and the tense of their clause, anaphoric
ones ("the same day", "the following year", "the morning") against the most recently
mentioned date of at least their granularity.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from newsview.models.document import Span, Timex
from newsview.models.vocab import MONTHS as _MONTHS
from newsview.models.vocab import WEEKDAYS as _WEEKDAYS

# --- vocabulary --------------------------------------------------------------------------------

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "a hundred": 100, "a dozen": 12, "dozen": 12,
    "a couple of": 2, "couple of": 2, "a couple": 2, "half a": 0.5, "half an": 0.5,
}  # fmt: skip
_VAGUE_NUMBERS = frozenset(
    "several|a few|few|many|some|a number of|dozens of|hundreds of|numerous|multiple|"
    "the past few|a couple of|countless|a good few|a further few".split("|")
)
_UNITS = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "fortnight": "2W",
    "month": "M", "year": "Y", "decade": "10Y", "century": "100Y", "centurie": "100Y",
    "quarter": "Q", "weekend": "WE",
}  # fmt: skip
_CLOCK_UNITS = frozenset({"second", "minute", "hour"})
_PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI",
    "overnight": "NI",
}  # fmt: skip
_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    "final": 4, "last": 4,
}  # fmt: skip
_DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip
_CENTURY_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21,
}  # fmt: skip
_ZONES = {
    "utc": "Z", "gmt": "Z", "z": "Z", "est": "-05", "edt": "-04", "cst": "-06", "cdt": "-05",
    "mst": "-07", "mdt": "-06", "pst": "-08", "pdt": "-07", "cet": "+01", "cest": "+02",
    "bst": "+01", "jst": "+09",
}  # fmt: skip
_SETS = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
    "annual": "P1Y", "hourly": "PT1H", "nightly": "P1D", "quarterly": "P3M",
    "biannual": "P6M", "biennial": "P2Y",
}  # fmt: skip
_REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "presently": "PRESENT_REF", "at present": "PRESENT_REF",
    "these days": "PRESENT_REF", "recently": "PAST_REF", "more recently": "PAST_REF",
    "most recently": "PAST_REF", "very recently": "PAST_REF", "only recently": "PAST_REF",
    "lately": "PAST_REF", "the past": "PAST_REF", "the future": "FUTURE_REF",
    "recent years": "PAST_REF", "recent months": "PAST_REF", "recent weeks": "PAST_REF",
    "recent days": "PAST_REF", "the near future": "FUTURE_REF",
    "the foreseeable future": "FUTURE_REF", "the coming years": "FUTURE_REF",
    "the coming months": "FUTURE_REF", "the coming weeks": "FUTURE_REF",
    "the coming days": "FUTURE_REF", "the years ahead": "FUTURE_REF",
    "coming years": "FUTURE_REF", "coming months": "FUTURE_REF", "coming weeks": "FUTURE_REF",
    "coming days": "FUTURE_REF",
}  # fmt: skip


def _alt(words: object) -> str:
    """An alternation of words, longest first so that "Sept" wins over "Sep"."""
    return "|".join(sorted((re.escape(str(w)) for w in words), key=len, reverse=True))


# --- patterns ----------------------------------------------------------------------------------

_GAP = r"[ \t\u00a0\u2009\u202f]"
_S = r"(?:" + _GAP + r"{1,3}|[ \t\u00a0]{0,2}\n[ \t\u00a0]{0,2})"  # one gap between words
_MONTH = (
    "(?:" + _alt(w.capitalize() for w in _MONTHS) + "|" + _alt(w.upper() for w in _MONTHS) + ")"
)
_WEEKDAY = "(?:" + _alt(w.capitalize() for w in _WEEKDAYS) + ")"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)(?![\d])"
_NUM_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four"
    r"|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|hundred"
    r"|a dozen|dozen|a couple of|a couple|couple of|half an?|an?)"
)
_NUMBER = (
    r"(?:\d{1,3}(?:,\d{3}){0,2}(?:\.\d{1,2})?|(?i:" + _NUM_WORD + "|" + _alt(_VAGUE_NUMBERS) + r"))"
    r"(?:\s(?i:and a half))?"
)
_UNIT = (
    r"(?i:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|century"
    r"|centuries|quarters?)"
)
_APPROX = (
    r"(?i:about|almost|nearly|over|more than|less than|fewer than|around|roughly|approximately"
    r"|at least|at most|up to|some|just over|just under|well over)"
)
_POD = r"(?i:morning|afternoon|evening|night)"
_TIME_MOD = (
    r"(?i:early|late|mid|the end of|the start of|the beginning of|the middle of|the rest of"
    r"|the turn of|the first half of|the second half of)"
)

_FAMILIES: dict[str, str] = {
    # Weekday, November 3, 2025 | 3 November 2025 | November 2025 | November | Nov. 4
    "md": (
        r"(?:(?:the" + _S + r")?(?P<md_podpre>" + _POD + r")" + _S + r"of" + _S + r")?"
        r"(?:(?P<md_wd>" + _WEEKDAY + r")\.?,?" + _S + r")?"
        r"(?:(?P<md_mod>" + _TIME_MOD + r")[\s-]{1,2})?"
        r"(?:(?P<md_det>(?i:this|last|next|the coming|coming|past))" + _S + ")?"
        r"(?:(?P<md_m1>" + _MONTH + r")\.?" + _S + r"(?P<md_d1>" + _DAY + r")"
        r"|(?:the" + _S + r")?(?P<md_d2>" + _DAY + r")" + _S + r"(?:of" + _S + r")?(?P<md_m2>"
        + _MONTH + r")\.?"
        r"|(?P<md_m3>" + _MONTH + r")\b\.?)"
        r"(?:(?:,[ \t]{0,2}|" + _S + r")(?:of" + _S + r")?(?P<md_y>" + _YEAR + r")"
        r"|,?" + _S + r"(?:of" + _S + r")?(?P<md_rel>this|last|next)" + _S + r"year)?"
        r"(?:" + _S + r"(?P<md_pod>" + _POD + r"))?"
    ),
    "iso": (
        r"(?P<iso_y>" + _YEAR + r")-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>0[1-9]|[12]\d|3[01])"
        r"(?:T(?P<iso_h>[01]\d|2[0-3]):(?P<iso_min>[0-5]\d)(?::[0-5]\d)?(?P<iso_z>Z)?)?(?![\d-])"
    ),
    "slash": r"(?<![\d/.])(?P<sl_a>\d{1,2})/(?P<sl_b>\d{1,2})/(?P<sl_y>\d{4}|\d\d)(?![\d/])",
    "dots": r"(?<![\d.])(?P<dt_d>\d{1,2})\.(?P<dt_m>\d{1,2})\.(?P<dt_y>\d{4})(?![\d.])",
    "range": (
        r"(?<![\d$£€.,-])(?P<rg_a>" + _YEAR + r")[ \t]?[-\u2013\u2014/][ \t]?"
        r"(?P<rg_b>\d{4}|\d\d)"
        r"(?![\d%-])"
    ),
    "year": (
        r"(?:(?P<yr_the>(?i:the))" + _S + r")?(?:(?P<yr_mod>" + _TIME_MOD + r")[\s-]{1,2})?"
        r"(?:(?P<yr_season>(?i:spring|summer|autumn|fall|winter))" + _S + r"(?:of" + _S + r")?)?"
        r"(?:(?P<yr_fy>(?i:fiscal|financial)(?:" + _S + r"(?i:year))?)" + _S + r")?"
        r"(?<![\d$£€#.,])(?P<yr>" + _YEAR + r")(?P<yr_s>['\u2019]?s\b)?"
    ),
    "fy": r"\bFY[ \t]?(?P<fy_y>" + _YEAR + r"|\d\d)(?!\d)",
    "decade": (
        r"(?:(?i:the)" + _S + r")?(?:(?P<dc_mod>(?i:early|late|mid))[\s-]{1,2})?"
        r"(?:['\u2019](?P<dc_short>\d)0s|(?P<dc_word>(?i:twenties|thirties|forties|fifties|sixties"
        r"|seventies|eighties|nineties))\b)"
    ),
    "century": (
        r"(?:(?i:the)" + _S + r")?(?:(?P<ct_mod>(?i:early|late|mid))[\s-]{1,2})?"
        r"(?P<ct_n>\d{1,2}(?:st|nd|rd|th)|(?i:" + _alt(_CENTURY_WORDS) + r"))[\s-](?i:century)\b"
    ),
    "quarter": (
        r"(?:(?i:the)" + _S + r")?(?P<q_ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th|final"
        r"|last))[\s-](?:(?i:fiscal|financial)" + _S + r")?(?i:quarter)\b"
        r"(?:" + _S + r"(?:of" + _S + r")?(?:(?i:fiscal)" + _S + r")?(?P<q_y>" + _YEAR + r")"
        r"|" + _S + r"of" + _S + r"(?P<q_rel>this|last|next|the|that)" + _S + r"(?:fiscal" + _S
        + r")?year)?"
        r"|\bQ(?P<q_n>[1-4])(?:" + _S + r"(?P<q_y2>" + _YEAR + r")|[ '](?P<q_yy>\d\d))?(?![\d])"
        r"|(?P<q_y3>" + _YEAR + r")[ \t]Q(?P<q_n3>[1-4])\b"
    ),
    "half": (
        r"(?:(?i:the)" + _S + r")?(?P<h_ord>(?i:first|second|1st|2nd))" + _S + r"(?i:half)"
        + _S + r"of" + _S + r"(?:(?P<h_y>" + _YEAR + r")|(?P<h_rel>the|this|last|next|that)" + _S
        + r"year)"
    ),
    "deictic": (
        r"(?:(?P<dx_pre>(?i:the day before|the day after))" + _S + r")?"
        r"(?P<dx>(?i:today|tonight|tomorrow|yesterday))\b"
        r"(?:" + _S + r"(?P<dx_pod>(?i:morning|afternoon|evening|night)))?"
    ),
    # this/last/next week, the following year, the same day, that morning, the year before ...
    "rel": (
        r"(?:(?P<rl_pre>(?i:earlier|later|early|late|mid|the (?:very )?(?:end|start|beginning) of"
        r"|the middle of|the rest of|the turn of|the first half of|the second half of))[\s-]{1,2})?"
        r"(?P<rl_det>(?i:this past|this|last|next|past|coming|the coming|the past|the last"
        r"|the previous|the following|the next|the same|that same|the preceding|that|the|a))" + _S +
        r"(?P<rl_unit>(?i:week|weekend|month|(?:fiscal |financial )?year|quarter|decade|century"
        r"|morning|afternoon|evening|night|day|summer|winter|spring|autumn|fall))\b"
        r"(?:" + _S + r"(?P<rl_post>(?i:before|after|earlier|later)))?"
    ),
    "weekday": (
        r"(?:(?P<wd_mod>(?i:last|next|this|coming|past|previous|following|every|each|early"
        r"|late))" + _S + r")?"
        r"(?P<wd>(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?P<wd_s>s)?\b"
        r"(?:" + _S + r"(?P<wd_pod>" + _POD + r"))?"
    ),
    "dur": (
        r"(?:(?P<du_the>(?i:the|these|those|its|their|his|her|our|my))" + _S + r")?"
        r"(?:(?P<du_dir>(?i:past|last|next|coming|previous|following|first|final|remaining"
        r"|preceding|other))" + _S + r")?"
        r"(?:(?P<du_approx>" + _APPROX + r")" + _S + r")?"
        r"(?P<du_num>" + _NUMBER + r"|\[" + _NUMBER + r"\])(?P<du_sep>[ \t\u00a0-]{1,2})"
        r"(?P<du_unit>" + _UNIT + r")\b"
        r"(?P<du_long>-long)?(?!-old|[ \t]old\b)"
        r"(?:" + _S + r"(?P<du_rel>(?i:ago|earlier|later|from now|hence)))?"
    ),
    "vague": (
        r"(?:(?P<vg_the>(?i:the))" + _S + r")?"
        r"(?P<vg_unit>(?i:years|decades|months|weeks|days|hours|centuries))\b(?P<vg_long>-long)?"
        r"(?:" + _S + r"(?P<vg_rel>(?i:ago|later|earlier)\b))?"
    ),
    "set": (
        r"(?P<st_word>(?i:" + _alt(_SETS) + r"))\b"
        r"|(?P<st_q>(?i:every|each|per))" + _S + r"(?:(?P<st_other>other)" + _S + r")?"
        r"(?:(?P<st_num>" + _NUMBER + r")" + _S + r")?"
        r"(?:(?P<st_unit>" + _UNIT + r")\b|(?P<st_wd>(?:Monday|Tuesday|Wednesday|Thursday|Friday"
        r"|Saturday|Sunday))|(?P<st_pod>" + _POD + r"))"
    ),
    "clock": (
        r"(?<![\d:.,])(?P<ck_h>[01]?\d|2[0-3])(?:(?P<ck_sep>[:.])(?P<ck_m>[0-5]\d)"
        r"(?::(?P<ck_s>[0-5]\d))?)?"
        r"(?:" + _GAP + r"?(?P<ck_ap>[aApP]\.?[mM]\.?(?![\w])))?"
        r"(?:" + _GAP + r"?\(?(?P<ck_zone>UTC|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|CET|CEST|BST|JST"
        r"|ET|PT|CT|MT|Z)\b(?:[ \t]?(?P<ck_off>[+-][ \t]?\d{1,2})(?::?\d\d)?)?\)?)?(?![\d:])"
        r"|(?P<ck_word>(?i:noon|midnight|midday))\b"
        r"|(?<![\d:.,])(?P<ck_mil>[01]\d|2[0-3])(?P<ck_mil_m>[0-5]\d)" + _GAP
        + r"(?P<ck_mil_zone>GMT|UTC)\b"
    ),
    "holiday": (
        r"(?P<hd>(?:Christmas|New Year['\u2019]s|Valentine['\u2019]s|Boxing|May|Labou?r"
        r"|Armistice|Remembrance|Veterans['\u2019]?|Memorial|Independence)" + _S + r"(?:Day|Eve)"
        r"|Christmas|Halloween|Thanksgiving(?:" + _S + r"Day)?|Easter(?:" + _S + r"(?:Sunday"
        r"|Monday))?|Good" + _S + r"Friday)\b(?:,?" + _S + r"(?P<hd_y>" + _YEAR + r"))?"
    ),
    "ref": (
        r"(?P<rf>(?i:right now|now|currently|nowadays|presently|at present|these days"
        r"|(?:more |most |very |only )?recently|lately|the (?:near |foreseeable )?future|the past"
        r"|recent (?:years|months|weeks|days)"
        r"|(?:the )?coming (?:years|months|weeks|days)|the years ahead))\b"
    ),
}

# Where a candidate may start: the union of the families, each reduced to a cheap first word.
# The words a family's expressions can start with ("#" stands for a digit).
_ORDINAL_WORDS = ("second", "third", "fourth", "1st", "2nd", "3rd", "4th", *_CENTURY_WORDS)
_DIRECTION_WORDS = ("previous", "following", "first", "final", "remaining", "preceding", "other")
_APPROX_WORDS = (
    "about", "almost", "nearly", "over", "more", "less", "fewer", "around", "roughly",
    "approximately", "at", "up", "some", "just", "well",
)  # fmt: skip
_NUMBER_STARTS = (
    *(w.split()[0] for w in _NUMBER_WORDS), *(w.split()[0] for w in _VAGUE_NUMBERS), "twenty",
)  # fmt: skip
_DEICTIC_WORDS = ("this", "last", "next", "past", "coming")
_MODIFIER_WORDS = ("early", "late", "mid")
_FIRST_WORDS: dict[str, tuple[str, ...]] = {
    "md": ("#", *_MONTHS, *_WEEKDAYS, "the", *_MODIFIER_WORDS, *_DEICTIC_WORDS),
    "iso": ("#",),
    "slash": ("#",),
    "dots": ("#",),
    "range": ("#",),
    "year": ("#", "the", *_MODIFIER_WORDS, "fiscal", "financial", *_SEASONS),
    "fy": ("fy",),
    "decade": ("'", "the", *_MODIFIER_WORDS, *_DECADE_WORDS),
    "century": ("#", "the", *_MODIFIER_WORDS, *_CENTURY_WORDS, "twenty"),
    "quarter": ("#", "the", "q", "first", "final", "last", *_ORDINAL_WORDS),
    "half": ("the", "first", "second", "1st", "2nd"),
    "deictic": ("the", "today", "tonight", "tomorrow", "yesterday"),
    "rel": ("the", "that", "a", "earlier", "later", *_MODIFIER_WORDS, *_DEICTIC_WORDS),
    "weekday": (
        *_WEEKDAYS, *_DEICTIC_WORDS, *_MODIFIER_WORDS, "previous", "following", "every", "each",
    ),
    "dur": (
        "#", "[", "the", "these", "those", "its", "their", "his", "her", "our", "my",
        *_DEICTIC_WORDS, *_DIRECTION_WORDS, *_APPROX_WORDS, *_NUMBER_STARTS,
    ),
    "vague": ("the", "years", "decades", "months", "weeks", "days", "hours", "centuries"),
    "set": (*_SETS, "every", "each", "per"),
    "clock": ("#", "noon", "midnight", "midday"),
    "holiday": (
        "christmas", "new", "valentine's", "valentine\u2019s", "boxing", "may", "labor", "labour",
        "armistice", "remembrance", "veterans", "veterans'", "veterans\u2019", "memorial",
        "independence", "halloween", "thanksgiving", "easter", "good",
    ),
    "ref": (
        "right", "now", "currently", "nowadays", "presently", "at", "these", "more", "most",
        "very", "only", "recently", "lately", "the", "recent", "coming",
    ),
}  # fmt: skip


def _word_trie(words: object) -> str:
    """A regex alternation of words factored by common prefixes, which ``re`` scans fast."""
    trie: dict = {}
    for word in words:  # type: ignore[attr-defined]
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return emit(trie)


_START_WORDS = sorted(
    {w.split()[0] for ws in _FIRST_WORDS.values() for w in ws} - {"#", "'", "["}
)
_START = re.compile(
    r"(?<![\w'\u2019])(?:\d|(?i:" + _word_trie(_START_WORDS) + r")(?![A-Za-z])|['\u2019](?=\d0s)"
    r"|\[(?=\w{1,12}\]))"
)


@cache
def _family(name: str) -> re.Pattern[str]:
    """One family's pattern, compiled on first use so that importing the engine stays cheap."""
    return re.compile(_FAMILIES[name])


def _dispatch() -> dict[str, tuple[str, ...]]:
    """For each first word, the families whose expressions can start with it."""
    by_word: dict[str, list[str]] = {}
    for family, words in _FIRST_WORDS.items():
        for word in words:
            listed = by_word.setdefault(word.split()[0], [])
            if family not in listed:
                listed.append(family)
    return {word: tuple(families) for word, families in by_word.items()}


_DISPATCH = _dispatch()

_PREPOSITION_BEFORE = re.compile(
    r"(?i:\b(?:in|on|since|until|till|by|before|after|during|from|through|to|of|early|late|mid"
    r"|last|next|this|each|every|between|and|or|around|throughout|as of|for|into|at)[\s-]{1,2})$"
)
_COUNT_BEFORE = re.compile(
    r"(?i:(?:[$£€¥#]|\bno\.|\bnumber|\babout|\bnearly|\bthan|\bapproximately|\baround|\bsome"
    r"|\balmost|\bonly|\btop|\bthe first|\bA|\bPage|\bpage|\bp\.)[ \t]{0,2})$"
)
_NOT_PLURAL = (
    "(?:was|has|this|thus|its|his|hers|ours|yours|theirs|yes|unless|across|always|perhaps"
    "|towards|afterwards|besides|whereas|news|various|does|goes|says|sees|makes|marks|remains"
    "|seems|looks|becomes|comes|gets|means|shows|brings|takes|gives|sets|was|alps|olympics)"
)
# a determiner or a preposition of time before "2008 results" makes it a year, not a count
_DETERMINER_BEFORE = re.compile(
    r"(?i:\b(?:the|its|their|his|her|our|this|that|in|since|until|during|before|after"
    r"|throughout)|['\u2019]s)[ \t]$"
)
_PLURAL_AFTER = re.compile(
    r"[ \t\u00a0]{1,2}(?:(?!" + _NOT_PLURAL + r"\b)[a-z]{2,}(?<!s|u|i)s\b(?![-'])"
    r"|(?:percent|per cent"
    r"|km|kg|mph|feet|people|men|women|children|staff|units|sq)\b)|%"
)
_FUTURE = re.compile(
    r"(?i:\b(?:will|won't|shall|'ll|going to|is to|are to|set to|scheduled|expected|plans?|planned"
    r"|due|upcoming|next|would|coming|intends?|hopes?)\b)"
)
_PAST = re.compile(
    r"(?i:\b(?:was|were|had|did|ago|last|said|told|earlier|began|came|went|took|made|gave|held"
    r"|won|lost|met|left|saw|became|got|fell|rose|hit|spent|sold|bought|paid|led|ran|wrote"
    r"|\w{2,}ed)\b)"
)
_NEAR_DAYS = 14
_LOOKBACK = 40  # mentions searched back for an anaphor's anchor
_FRAME_OPENING = re.compile(r"[\"'\u201c(]?(?:(?i:in|during|by|throughout|on)[ \t]{1,2})?")
# a range whose second end carries the year: "29 September - 1 October 2006", "May to June 2020"
_YEAR_AHEAD = re.compile(
    r"[ \t]{0,2}(?:[-\u2013\u2014]|to|through|until|and)[ \t]{1,2}(?:\d{1,2}(?:st|nd|rd|th)?[ \t]"
    r")?" + _MONTH + r"\.?(?:[ \t]\d{1,2}(?:st|nd|rd|th)?)?,?[ \t](" + _YEAR + ")"
)
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|from|to|near|outside|inside)[ \t]{1,2}$")
_SIGNAL_WORDS = frozenset(
    "on by until till since from and or at before after during the this last next late early"
    " every each".split()
)
_CLOCK_SIGNAL_BEFORE = re.compile(r"(?i:\b(?:at|by|until|from|to|after|before|around|about))\s$")
_POD_SIGNAL_BEFORE = re.compile(
    r"(?i:\b(?:in|during|through|throughout|into|by|until|till|since|for|of|at|on|across|that"
    r"|from|before|after)[ \t]{1,2})$"
)
_SPAN_SIGNAL_BEFORE = re.compile(r"(?i:\b(?:over|for|within|throughout)[ \t]{1,2})$")
_PERIOD_SIGNAL_BEFORE = re.compile(
    r"(?i:\b(?:for|during|earlier in|later in|over|throughout)[ \t]{1,2})$"
)
_UNIT_COMPLEMENT_AFTER = re.compile(
    r"(?i:[ \t\u00a0]{1,2}(?:of|when|that|in|before|after|to|ahead)\b|-|['\u2019]s\b)"
)
_NEXT_CLAUSE = re.compile(r";|\s(?:and|but|while|whereas)\s")
_YEAR_STEPS = {"this": 0, "last": -1, "next": 1}
_PASSIVE_BEFORE = re.compile(r"\b(?:be|to|will|would)[ \t]$")
_SET_BEFORE = re.compile(r"(?i:(?:\d|\bonce|\btwice|\bthrice|\btimes|%)[ \t]{0,2})$")
_NOW_DISCOURSE_AFTER = re.compile(r"(?:-|[ \t]+that\b|[ \t]+and[ \t]+(?:again|then)\b|,)")


# --- values ------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    type: str
    value: str | None
    # the calendar value as (granularity, date) for anaphora: "Y", "M", "W", "D"
    anchor: tuple[str, date] | None = None


class _Resolver:
    """Resolves one text's expressions in order, remembering the dates mentioned so far."""

    def __init__(self, text: str, sentences: Sequence[Span], dct: date | None) -> None:
        self.text = text
        self.dct = dct
        self.sentence_starts = [s.start for s in sentences]
        self.sentence_ends = [s.end for s in sentences]
        self.history: list[tuple[str, date, int]] = []  # (granularity, date, offset), in order

    # -- context ----------------------------------------------------------------------------

    def _sentence_bounds(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        if i < 0 or pos >= self.sentence_ends[i]:
            return max(0, pos - 150), min(len(self.text), pos + 150)
        return self.sentence_starts[i], self.sentence_ends[i]

    def tense(self, start: int, end: int) -> str:
        """"future", "past" or "" from the verb markers nearest to the expression."""
        s_start, s_end = self._sentence_bounds(start)
        lo, hi = max(s_start, start - 120), min(s_end, end + 80)
        clause_end = _NEXT_CLAUSE.search(self.text, end, hi)
        if clause_end is not None:  # "filed on June 1 and will emerge": the verb before rules
            hi = clause_end.start()
        best, best_dist = "", 10**9
        for kind, pattern in (("future", _FUTURE), ("past", _PAST)):
            for m in pattern.finditer(self.text, lo, hi):
                if start <= m.start() < end:
                    continue
                if kind == "past" and _PASSIVE_BEFORE.search(
                    self.text, max(0, m.start() - 8), m.start()
                ):
                    continue  # "is to be held": a participle, not a past tense
                dist = start - m.end() if m.end() <= start else (m.start() - end) * 1.5
                if dist < best_dist:
                    best, best_dist = kind, dist
        return best

    def reference(self, granularity: str, fallback: bool = True) -> date | None:
        """The most recently mentioned date of at least ``granularity``, else the DCT.

        Only the last few mentions are searched, so that a text of thousands of dates stays
        linear; an anchor further back than that is no anchor a reader would follow either."""
        accept = {"Y": "YMWD", "M": "MD", "W": "WD", "D": "D"}[granularity]
        for gran, d, _ in self.history[: -_LOOKBACK - 1 : -1]:
            if gran in accept:
                return d
        return self.dct if fallback else None

    def remember(self, found: _Found) -> None:
        if found.anchor is not None:
            self.history.append((*found.anchor, found.start))

    def coarser_than(self, granularity: str, reference: date | None) -> str | None:
        """When the last date mentioned is vaguer than ``granularity`` and of another year than
        ``reference`` ("In 1998 ... the following month"), that date as an X form of the
        granularity ("1998-XX"); else None, and the reference stands."""
        if not self.history:
            return None
        gran, d, _ = self.history[-1]
        accept = {"M": "MD", "W": "WD", "D": "D"}[granularity]
        if gran in accept or gran not in "YM":
            return None
        if reference is not None and reference.year == d.year:
            return None
        if granularity == "W":
            return f"{d.year:04d}-WXX"
        month = f"{d.month:02d}" if gran == "M" else "XX"
        return f"{d.year:04d}-XX" if granularity == "M" else f"{d.year:04d}-{month}-XX"

    def narrative_anchor(self) -> tuple[str, date, int] | None:
        """The last date mentioned, unless it is the publication date itself (a dateline): what
        "a year earlier" or "two weeks later" count from, at that date's precision."""
        if not self.history:
            return None
        latest = self.history[-1]
        if not latest[0] or (latest[0] == "D" and latest[1] == self.dct):
            return None
        return latest

    def year_in_sentence(self, pos: int) -> int | None:
        """The year of a date opening the sentence that holds ``pos`` ("In 2019, ...")."""
        if not self.history:
            return None
        gran, d, at = self.history[-1]
        if gran not in "YMD" or at >= pos:
            return None
        s_start, _ = self._sentence_bounds(pos)
        if at < s_start or not _FRAME_OPENING.fullmatch(self.text, s_start, at):
            return None
        return d.year  # "In 2019, ... on March 3 ...": the year frames its sentence


def _day(d: date) -> str:
    return d.isoformat()


def _month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _add_months(d: date, n: int) -> date:
    total = d.year * 12 + d.month - 1 + n
    return date(total // 12, total % 12 + 1, 1)


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _number(text: str) -> float | None:
    """The value of a number as written ("25", "two and a half", "twenty-five"); None if vague."""
    t = " ".join(text.lower().replace("-", " ").strip("[]").split())  # "[Ten]": an editor's
    half = 0.0
    if t.endswith(" and a half"):
        t, half = t[: -len(" and a half")], 0.5
    if t in _VAGUE_NUMBERS:
        return None
    if t in _NUMBER_WORDS:
        return _NUMBER_WORDS[t] + half
    parts = t.split()
    if len(parts) == 2 and parts[0] in _NUMBER_WORDS and parts[1] in _NUMBER_WORDS:
        return _NUMBER_WORDS[parts[0]] + _NUMBER_WORDS[parts[1]] + half
    try:
        return float(t.replace(",", "")) + half
    except ValueError:
        return None


def _fmt_number(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def _duration(n: float | None, unit: str) -> str:
    """TIMEX3 duration value: P25Y, PT3H, PXD, P10Y for a decade."""
    u = unit.lower().rstrip("s")
    code = _UNITS.get(u, "Y")
    clock = "T" if u in _CLOCK_UNITS else ""
    if n is None:
        base = code[-1] if code[0].isdigit() else code
        return f"P{clock}X{base}"
    if code[0].isdigit():  # decade, century, fortnight
        mult = int(code[:-1])
        return f"P{clock}{_fmt_number(n * mult)}{code[-1]}"
    return f"P{clock}{_fmt_number(n)}{code}"


def _shift(d: date, unit: str, n: int) -> tuple[str, str, date] | None:
    """The calendar value ``n`` units from ``d``: (value, granularity, anchor date)."""
    try:
        if unit == "day":
            x = d + timedelta(days=n)
            return _day(x), "D", x
        if unit == "week":
            x = d + timedelta(weeks=n)
            return _week(x), "W", x
        if unit == "weekend":
            x = d + timedelta(weeks=n)
            return _week(x) + "-WE", "W", x
        if unit == "month":
            x = _add_months(d, n)
            return _month(x.year, x.month), "M", x
        if unit == "quarter":
            q0 = (d.month - 1) // 3 + n
            y = d.year + q0 // 4
            return f"{y:04d}-Q{q0 % 4 + 1}", "Y", date(y, (q0 % 4) * 3 + 1, 1)
        if unit == "year":
            x = date(d.year + n, 1, 1)
            return f"{x.year:04d}", "Y", x
        if unit == "decade":
            y = d.year + 10 * n
            return f"{y // 10:03d}", "", date(y, 1, 1)
        if unit == "century":
            y = d.year + 100 * n
            return f"{y // 100:02d}", "", date(y, 1, 1)
        if unit in _SEASONS:
            return f"{d.year + n:04d}-{_SEASONS[unit]}", "", date(d.year + n, 1, 1)
    except (ValueError, OverflowError):
        return None
    return None


_CALENDAR_UNITS = frozenset({"day", "week", "month", "year"})


def _move(d: date, unit: str, n: int) -> date | None:
    """``d`` moved by ``n`` days, weeks, months or years (a 31st becomes the month's last day)."""
    try:
        if unit == "day":
            return d + timedelta(days=n)
        if unit == "week":
            return d + timedelta(weeks=n)
        months = n * (12 if unit == "year" else 1)
        first = _add_months(d, months)
        last_day = (_add_months(first, 1) - timedelta(days=1)).day
        return first.replace(day=min(d.day, last_day))
    except (ValueError, OverflowError):
        return None



def _at_granularity(d: date, granularity: str) -> str:
    if granularity == "Y":
        return f"{d.year:04d}"
    if granularity == "M":
        return _month(d.year, d.month)
    if granularity == "W":
        return _week(d)
    return _day(d)


_X_FORMS = {
    "day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
    "quarter": "XXXX-QX", "year": "XXXX", "decade": "XXX", "century": "XX",
}  # fmt: skip


class _Values:
    """One method per pattern family: the match -> _Found (or None when it is no timex)."""

    def __init__(self, resolver: _Resolver) -> None:
        self.r = resolver
        self.text = resolver.text

    # -- helpers ---------------------------------------------------------------------------

    def _before(self, pos: int, width: int = 30) -> str:
        return self.text[max(0, pos - width) : pos]

    def _at_sentence_start(self, pos: int) -> bool:
        before = self._before(pos, 4).rstrip(" \t\"'\u201c(")
        return before == "" or before[-1] in ".!?\n:"

    def _year_for(self, month: int, day: int | None, start: int, end: int) -> int | None:
        """The year of a month (and day) written without one, from the DCT and the tense."""
        dct = self.r.dct
        narrated = self.r.year_in_sentence(start)
        if narrated is not None and (dct is None or narrated != dct.year):
            return narrated  # "In 2019 the plant closed, and on March 3 it was sold"
        following = _YEAR_AHEAD.match(self.text, end)
        if following is not None:
            return int(following.group(1))  # "29 September - 1 October 2006"
        if dct is None:
            return None
        if day is None:
            if month == dct.month:
                return dct.year
            tense = self.r.tense(start, end)
            if tense == "past" and month > dct.month:
                return dct.year - 1
            if tense == "future" and month < dct.month:
                return dct.year + 1
            return dct.year
        same_year = _safe_date(dct.year, month, day) or _safe_date(dct.year, month, 28)
        if same_year is None:
            return dct.year
        return self._year_of_day(same_year, start, end)

    def _year_of_day(self, same_year: date, start: int, end: int) -> int:
        """The year of a day given without one: the publication year, unless the tense puts
        the day in the year before or after (a day close to the publication date never is)."""
        dct = self.r.dct
        assert dct is not None
        gap = (same_year - dct).days
        if abs(gap) <= _NEAR_DAYS:  # a few days either side: the tense cannot mean a year off
            return dct.year
        tense = self.r.tense(start, end)
        if tense == "past" and gap > 0:
            return dct.year - 1
        if tense == "future" and gap < 0:
            return dct.year + 1
        return dct.year

    def _weekday_date(self, weekday: int, mod: str, start: int, end: int) -> date | None:
        dct = self.r.dct
        if dct is None:
            return None
        back = (dct.weekday() - weekday) % 7
        ahead = (weekday - dct.weekday()) % 7
        if mod in ("last", "past", "previous"):
            return dct - timedelta(days=back or 7)
        if mod in ("next", "coming", "following"):
            return dct + timedelta(days=ahead or 7)
        if back == 0:
            return dct
        if self.r.tense(start, end) == "future":
            return dct + timedelta(days=ahead)
        return dct - timedelta(days=back)

    # -- families --------------------------------------------------------------------------

    def md(self, m: re.Match[str]) -> _Found | None:
        g = m.groupdict()
        month_word = g["md_m1"] or g["md_m2"] or g["md_m3"]
        month = _MONTHS.get(month_word.lower().rstrip("."))
        if month is None:
            return None
        day_text = g["md_d1"] or g["md_d2"]
        day = int(re.sub(r"\D", "", day_text)) if day_text else None
        year = int(g["md_y"]) if g["md_y"] else None
        start, end = m.start(), m.end()
        bare = day is None and year is None and not g["md_rel"] and not g["md_det"]
        if bare and not g["md_mod"]:
            if not self._bare_month_ok(month_word, start, end):
                return None
        elif g["md_m3"] and day is None and year is None and month_word.lower() in _ABBREVIATED:
            return None
        rel = g["md_rel"]
        if rel and day is not None and g["md_pod"] is None:
            day_end = m.end("md_d1") if g["md_d1"] else m.end("md_m2")
            if not re.search(r"\bof\b", self.text[day_end : m.start("md_rel")]):
                # "March 11 this year": the day, then "this year" on its own
                end, rel = day_end, None
        if rel and self.r.dct is not None:
            year = self.r.dct.year + _YEAR_STEPS[rel.lower()]
        det = (g["md_det"] or "").lower()
        if year is None and det and self.r.dct is not None:
            dct = self.r.dct
            if det == "this":
                year = dct.year
            elif det in ("last", "past"):
                year = dct.year if month < dct.month else dct.year - 1
            else:
                year = dct.year if month > dct.month else dct.year + 1
        if year is None:
            year = self._year_for(month, day, start, end)
        pod = g["md_pod"] or g["md_podpre"]
        if pod and day is None and g["md_podpre"]:
            return None
        if pod and day is None:  # "November morning": keep only the month
            end = m.start("md_pod")
            end = len(self.text[:end].rstrip())
            pod = None
        typ = "TIME" if pod else "DATE"
        if year is None:
            value = f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "")
            suffix = f"T{_PARTS_OF_DAY[pod.lower()]}" if pod else ""
            return _Found(start, end, typ, value + suffix)
        if day is not None:
            d = _safe_date(year, month, day)
            if d is None:  # "February 30": the valid coarser value
                return _Found(start, end, "DATE", _month(year, month), ("M", date(year, month, 1)))
            value = _day(d) + (f"T{_PARTS_OF_DAY[pod.lower()]}" if pod else "")
            return _Found(start, end, typ, value, ("D", d))
        return _Found(start, end, "DATE", _month(year, month), ("M", date(year, month, 1)))

    def _bare_month_ok(self, word: str, start: int, end: int) -> bool:
        lower = word.lower().rstrip(".")
        if lower in _ABBREVIATED or word.endswith("."):
            return False
        if _PREPOSITION_BEFORE.search(self._before(start, 16)):
            return True
        if lower in _NAME_MONTHS:  # May the surname or modal verb, March the verb, June ...
            return False
        after = self.text[end : end + 3]
        return not (len(after) > 1 and after[0] == " " and after[1].isupper())

    def iso(self, m: re.Match[str]) -> _Found | None:
        d = _safe_date(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
        if d is None:
            y, mo = int(m["iso_y"]), int(m["iso_m"])
            return _Found(m.start(), m.end(), "DATE", _month(y, mo), ("M", date(y, mo, 1)))
        if m["iso_h"]:
            value = f"{_day(d)}T{m['iso_h']}:{m['iso_min']}" + (m["iso_z"] or "")
            return _Found(m.start(), m.end(), "TIME", value, ("D", d))
        return _Found(m.start(), m.end(), "DATE", _day(d), ("D", d))

    def slash(self, m: re.Match[str]) -> _Found | None:
        a, b, y = int(m["sl_a"]), int(m["sl_b"]), int(m["sl_y"])
        if len(m["sl_y"]) == 2:
            y += 2000 if y < 50 else 1900
        if a > 12 and b <= 12:  # day/month/year
            a, b = b, a
        d = _safe_date(y, a, b)
        if d is None or not 1500 <= y <= 2099:
            return None
        return _Found(m.start(), m.end(), "DATE", _day(d), ("D", d))

    def dots(self, m: re.Match[str]) -> _Found | None:
        d = _safe_date(int(m["dt_y"]), int(m["dt_m"]), int(m["dt_d"]))
        if d is None:
            return None
        return _Found(m.start(), m.end(), "DATE", _day(d), ("D", d))

    def range(self, m: re.Match[str]) -> list[_Found] | None:
        a = int(m["rg_a"])
        b_text = m["rg_b"]
        b = int(b_text) if len(b_text) == 4 else a // 100 * 100 + int(b_text)
        if not a < b <= a + 100:
            return None
        if _COUNT_BEFORE.search(self._before(m.start(), 16)):
            return None
        sa, ea = m.start("rg_a"), m.end("rg_a")
        sb, eb = m.start("rg_b"), m.end("rg_b")
        return [
            _Found(sa, ea, "DATE", f"{a:04d}", ("Y", date(a, 1, 1))),
            _Found(sb, eb, "DATE", f"{b:04d}", ("Y", date(b, 1, 1))),
        ]

    def year(self, m: re.Match[str]) -> _Found | None:
        y = int(m["yr"])
        start, end = m.start(), m.end()
        if m["yr_s"]:  # the 1990s -> 199
            if y % 10:
                return None
            return _Found(start, end, "DATE", f"{y // 10:03d}", ("", date(y, 1, 1)))
        if m["yr_fy"]:
            return _Found(start, end, "DATE", f"FY{y:04d}", ("Y", date(y, 1, 1)))
        if m["yr_season"]:
            season = _SEASONS[m["yr_season"].lower()]
            return _Found(start, end, "DATE", f"{y:04d}-{season}", ("Y", date(y, 1, 1)))
        mod = (m["yr_mod"] or "").lower()
        if not mod and not m["yr_the"]:
            if _COUNT_BEFORE.search(self._before(m.start("yr"), 16)):
                return None
            if _PLURAL_AFTER.match(self.text, m.end("yr")) and not _DETERMINER_BEFORE.search(
                self.text, max(0, m.start("yr") - 8), m.start("yr")
            ):
                return None
        if m["yr_the"] and not mod:
            return None  # "the 2008 Olympics": read again from the year, which may open a range
        if "half" in mod:
            h = "H1" if "first" in mod else "H2"
            return _Found(start, end, "DATE", f"{y:04d}-{h}", ("Y", date(y, 1, 1)))
        return _Found(start, end, "DATE", f"{y:04d}", ("Y", date(y, 1, 1)))

    def fy(self, m: re.Match[str]) -> _Found | None:
        t = m["fy_y"]
        y = int(t) if len(t) == 4 else 2000 + int(t)
        return _Found(m.start(), m.end(), "DATE", f"FY{y:04d}", ("Y", date(y, 1, 1)))

    def decade(self, m: re.Match[str]) -> _Found | None:
        if m["dc_short"]:
            digit = int(m["dc_short"])
            century = 19 if digit >= 3 else 20
            value = f"{century}{digit}"
        else:
            if not m.group(0).lower().startswith("the"):
                return None
            value = f"19{_DECADE_WORDS[m['dc_word'].lower()]}"
        return _Found(m.start(), m.end(), "DATE", value, ("", date(int(value) * 10, 1, 1)))

    def century(self, m: re.Match[str]) -> _Found | None:
        n_text = m["ct_n"].lower()
        n = _CENTURY_WORDS.get(n_text)
        if n is None:
            n = int(re.sub(r"\D", "", n_text))
        if not 1 <= n <= 22:
            return None
        return _Found(m.start(), m.end(), "DATE", f"{n - 1:02d}")

    def quarter(self, m: re.Match[str]) -> _Found | None:
        g = m.groupdict()
        dct = self.r.dct
        if g["q_n"] or g["q_n3"]:
            q = int(g["q_n"] or g["q_n3"])
            y_text = g["q_y2"] or g["q_y3"] or g["q_yy"]
            if y_text is None:
                y = dct.year if dct else None
            else:
                y = int(y_text) if len(y_text) == 4 else 2000 + int(y_text)
        else:
            ord_word = g["q_ord"].lower()
            q = _ORDINALS[ord_word]
            y = int(g["q_y"]) if g["q_y"] else None
            rel = (g["q_rel"] or "").lower()
            if rel in _YEAR_STEPS and dct is not None:
                y = dct.year + _YEAR_STEPS[rel]
            if y is None and ord_word in ("last", "final") and dct is not None:
                shifted = _shift(dct, "quarter", -1)
                if shifted:
                    return _Found(m.start(), m.end(), "DATE", shifted[0], ("Y", shifted[2]))
            if y is None:
                ref = self.r.reference("Y")
                if ref is not None:
                    y = ref.year
                    if dct is not None and ref == dct:
                        current = (dct.month - 1) // 3 + 1
                        tense = self.r.tense(m.start(), m.end())
                        if q > current and tense == "past":
                            y -= 1
                        elif q < current and tense == "future":
                            y += 1
        if y is None:
            return _Found(m.start(), m.end(), "DATE", f"XXXX-Q{q}")
        return _Found(m.start(), m.end(), "DATE", f"{y:04d}-Q{q}", ("Y", date(y, 1, 1)))

    def half(self, m: re.Match[str]) -> _Found | None:
        h = "H1" if m["h_ord"].lower() in ("first", "1st") else "H2"
        rel = (m["h_rel"] or "").lower()
        if m["h_y"]:
            y = int(m["h_y"])
        elif rel in _YEAR_STEPS and self.r.dct is not None:
            y = self.r.dct.year + _YEAR_STEPS[rel]
        else:
            ref = self.r.reference("Y")
            if ref is None:
                return _Found(m.start(), m.end(), "DATE", f"XXXX-{h}")
            y = ref.year
        return _Found(m.start(), m.end(), "DATE", f"{y:04d}-{h}", ("Y", date(y, 1, 1)))

    def deictic(self, m: re.Match[str]) -> _Found | None:
        word = m["dx"].lower()
        offset = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}[word]
        pre = (m["dx_pre"] or "").lower()
        offset += -1 if pre.endswith("before") else 1 if pre.endswith("after") else 0
        pod = _PARTS_OF_DAY.get((m["dx_pod"] or "").lower())
        if word == "tonight":
            pod = "NI"
        dct = self.r.dct
        typ = "TIME" if pod else "DATE"
        if dct is None:
            value = "PRESENT_REF" if offset == 0 and not pod else "XXXX-XX-XX"
            return _Found(m.start(), m.end(), typ, value + (f"T{pod}" if pod and offset else ""))
        d = dct + timedelta(days=offset)
        return _Found(m.start(), m.end(), typ, _day(d) + (f"T{pod}" if pod else ""), ("D", d))

    def rel(self, m: re.Match[str]) -> _Found | list[_Found] | None:
        det = " ".join(m["rl_det"].lower().split()).replace("that same", "the same")
        unit = " ".join(m["rl_unit"].lower().split())
        fiscal = unit.endswith(" year")  # "the financial year": a fiscal year, FY + its year
        if fiscal:
            unit = "year"
        pre = " ".join((m["rl_pre"] or "").lower().replace(" very ", " ").split())
        post = (m["rl_post"] or "").lower()
        start, end = m.start(), m.end()
        pod = _PARTS_OF_DAY.get(unit)
        if unit == "fall" and det in ("the", "a", "that"):
            return None
        if det == "a":
            if not post:
                return None
            latest = self.r.narrative_anchor()
            if latest is not None and unit in _CALENDAR_UNITS and not pre:
                # "a year earlier": the last date moved by a year, as precise as it was
                moved = _move(latest[1], unit, -1 if post in ("before", "earlier") else 1)
                if moved is None:
                    return None
                gran = latest[0]
                return _Found(start, end, "DATE", _at_granularity(moved, gran), (gran, moved))
            det = "the"
        if pre == "the end of" and det == "the" and unit == "day" and re.search(
            r"(?i:\bat)[ \t]$", self._before(start, 4)
        ):
            return None  # "at the end of the day": the idiom
        if det == "the" and not post and not pre and not pod:
            if unit in _SEASONS:
                return self._the_season(start, end, unit)
            if unit == "weekend":
                return self._the_weekend(start, end)
            if unit in ("day", "week", "month", "year") and self._period_of_reference(start, end):
                post = "same"  # "shares fell 3% for the week": the week of the reference
            else:
                return None  # "the year", "the week" alone say nothing
        if det == "the past" and not pre and unit not in _SEASONS and not pod:
            return _Found(start, end, "DURATION", _duration(1, unit))
        if (
            det in ("the next", "the coming", "the last", "the following")
            and not pre and not post and not pod and unit not in ("quarter", *_SEASONS)
            and _SPAN_SIGNAL_BEFORE.search(self._before(start, 12))
        ):  # "over the next decade": a stretch of time, not a date
            return _Found(start, end, "DURATION", _duration(1, unit))
        if det == "this past":
            det = "last"
        deictic = det in ("this", "last", "next", "past", "coming", "the coming", "the last")
        step = 0
        if det in ("last", "past", "the last", "the previous", "the preceding"):
            step = -1
        elif det in ("next", "coming", "the coming", "the following", "the next"):
            step = 1
        if post in ("before", "earlier"):
            step -= 1
        elif post in ("after", "later"):
            step += 1
        if pod:  # this morning, the morning, that night, the next morning, last night
            if det == "the" and not pre and not post and not _POD_SIGNAL_BEFORE.search(
                self._before(start, 12)
            ):
                return None  # "lights up the night": no time without a signal
            if det == "last" and unit == "night":
                step = -1
            base = self.r.dct if deictic or det == "this" else self.r.reference("D")
            if not (deictic or det == "this"):
                vaguer = self.r.coarser_than("D", base)
                if vaguer is not None:  # "In 1998 ... the next morning": a morning of 1998
                    return _Found(start, end, "TIME", f"{vaguer}T{pod}")
            if base is None:
                return _Found(start, end, "TIME", f"XXXX-XX-XXT{pod}")
            d = base + timedelta(days=step if det not in ("this",) else 0)
            return _Found(start, end, "TIME", f"{_day(d)}T{pod}", ("D", d))
        granularity = {"day": "D", "week": "W", "weekend": "W", "month": "M"}.get(unit, "Y")
        base = self.r.dct if deictic else self.r.reference(granularity)
        if not deictic and granularity != "Y" and not fiscal:
            vaguer = self.r.coarser_than(granularity, base)
            if vaguer is not None:  # "In 1998 ... the following month": a month of 1998
                return _Found(start, end, "DATE", vaguer)
        if fiscal and det == "the":
            base = self.r.dct or base  # "the financial year": the current one, in news
        if unit in _SEASONS and det == "the":
            base = self.r.reference("Y")
        if base is None:
            return _Found(start, end, "DATE", _X_FORMS.get(unit, "XXXX"))
        shifted = _shift(base, unit, step)
        if shifted is None:
            return None
        value, gran, anchor = shifted
        if fiscal:
            value = "FY" + value
        if pre in ("the first half of", "the second half of"):
            if unit != "year":
                return _Found(start, end, "DATE", value, (gran, anchor) if gran else None)
            value += "-H1" if "first" in pre else "-H2"
        return _Found(start, end, "DATE", value, (gran, anchor) if gran else None)

    def _period_of_reference(self, start: int, end: int) -> bool:
        """"for the week", "earlier in the day": a bare unit standing for the current one."""
        if not _PERIOD_SIGNAL_BEFORE.search(self._before(start, 16)):
            return False
        after = self.text[end : end + 12]
        return not _UNIT_COMPLEMENT_AFTER.match(after)

    def _the_season(self, start: int, end: int, season: str) -> _Found:
        """"the spring": of the year last mentioned, else the nearest one the tense allows."""
        code = _SEASONS[season]
        last = self.r.reference("Y", fallback=False)
        dct = self.r.dct
        if dct is not None and (last is None or last.year == dct.year):
            first_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
            tense = self.r.tense(start, end)
            year = dct.year
            if tense == "future" and first_month + 2 < dct.month:
                year += 1
            elif tense == "past" and first_month > dct.month:
                year -= 1
            return _Found(start, end, "DATE", f"{year:04d}-{code}")
        if last is not None:
            return _Found(start, end, "DATE", f"{last.year:04d}-{code}")
        return _Found(start, end, "DATE", f"XXXX-{code}")

    def _the_weekend(self, start: int, end: int) -> _Found:
        """"over the weekend": the one just past, or the coming one in future tense."""
        dct = self.r.dct
        if dct is None:
            return _Found(start, end, "DATE", "XXXX-WXX-WE")
        if dct.weekday() >= 5:
            week = dct
        elif self.r.tense(start, end) == "future":
            week = dct
        else:
            week = dct - timedelta(weeks=1)
        return _Found(start, end, "DATE", _week(week) + "-WE", ("W", week))

    def _named_day(self, start: int) -> bool:
        """Whether a capitalised word runs into the weekday ("Black Monday"), other than a
        sentence's first word or a plural ("Questions Wednesday" is a date)."""
        word = re.search(r"([A-Za-z]+)[ \t]{1,2}$", self._before(start, 24))
        if word is None or not word.group(1)[0].isupper() or word.group(1).endswith("s"):
            return False
        if word.group(1).lower() in _SIGNAL_WORDS:  # "... 2015 On Tuesday": a lost line break
            return False
        word_start = start - len(word.group(0))
        if _PLACE_PREPOSITION_BEFORE.search(self._before(word_start, 8)):
            return False  # "met in London Monday": a place, then the date
        return not self._at_sentence_start(word_start)

    def weekday(self, m: re.Match[str]) -> _Found | None:
        mod = (m["wd_mod"] or "").lower()
        weekday = _WEEKDAYS[m["wd"].lower()]
        start, end = m.start(), m.end()
        if m["wd_s"] or mod in ("every", "each"):
            return _Found(start, end, "SET", f"XXXX-WXX-{weekday + 1}")
        if not mod and self._named_day(start):
            return None  # "Black Monday", "Super Tuesday": part of a name
        pod = _PARTS_OF_DAY.get((m["wd_pod"] or "").lower())
        d = self._weekday_date(weekday, mod, start, end)
        typ = "TIME" if pod else "DATE"
        suffix = f"T{pod}" if pod else ""
        if d is None:
            return _Found(start, end, typ, f"XXXX-WXX-{weekday + 1}{suffix}")
        return _Found(start, end, typ, _day(d) + suffix, ("D", d))

    def dur(self, m: re.Match[str]) -> _Found | None:
        unit = m["du_unit"].lower()
        num_text = m["du_num"]
        n = _number(num_text)
        start, end = m.start(), m.end()
        rel = (m["du_rel"] or "").lower()
        the = (m["du_the"] or "").lower()
        if num_text.lower() in ("a", "an") and unit == "second":
            return None  # "a second A380": the ordinal
        if unit.startswith("quarter") and re.match(r"[ \t]+of\b", self.text[end : end + 5]):
            return None  # "a quarter of citizens": a fraction
        if num_text.lower() in ("a", "an") and not rel and not the:
            if _SET_BEFORE.search(self._before(start, 10)):
                return _Found(start, end, "SET", _duration(1, unit))
        if "," in num_text or (n is not None and n > 1000):
            return None  # "10,000 hours of video": a quantity, not a stretch of time
        if m["du_the"] and "-" in m["du_sep"] and not m["du_dir"]:
            start = m.start("du_num")  # "the 27-year contract": the determiner is the noun's
        if rel in ("ago", "from now", "hence", "earlier", "later"):
            sign = -1 if rel in ("ago", "earlier") else 1
            base = self.r.dct if rel in ("ago", "from now", "hence") else None
            u = unit.rstrip("s")
            if u == "centurie":
                u = "century"
            if n is None or u in _CLOCK_UNITS or n != int(n):
                return _Found(start, end, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
            latest = self.r.narrative_anchor()
            if base is None and latest is not None and u in _CALENDAR_UNITS:
                # "a year earlier", "two weeks later": from the last date, as precise as it was
                moved = _move(latest[1], u, sign * int(n))
                if moved is None:
                    return None
                gran = latest[0]
                return _Found(start, end, "DATE", _at_granularity(moved, gran), (gran, moved))
            base = base or self.r.dct
            shifted = _shift(base, u, sign * int(n)) if base is not None else None
            if shifted is None:
                return None
            value, gran, anchor = shifted
            return _Found(start, end, "DATE", value, (gran, anchor) if gran else None)
        return _Found(start, end, "DURATION", _duration(n, unit))

    def vague(self, m: re.Match[str]) -> _Found | None:
        before = self._before(m.start(), 12).lower()
        if m["vg_long"]:
            return _Found(m.start(), m.end(), "DURATION", _duration(None, m["vg_unit"]))
        if m["vg_rel"] and not m["vg_the"]:  # "decades ago", "years later"
            rel = m["vg_rel"].lower()
            value = "FUTURE_REF" if rel == "later" else "PAST_REF"
            return _Found(m.start(), m.end(), "DATE", value)
        if not re.search(r"\b(?:for|over|in|within)\s{1,2}$", before):
            return None
        if m["vg_the"] and not before.rstrip().endswith("over"):
            return None
        return _Found(m.start(), m.end(), "DURATION", _duration(None, m["vg_unit"]))

    def set(self, m: re.Match[str]) -> _Found | None:
        if m["st_word"]:
            word = m["st_word"]
            if word[0].isupper() and not self._at_sentence_start(m.start()):
                return None  # "China Daily", "Publishers Weekly": part of a name
            return _Found(m.start(), m.end(), "SET", _SETS[word.lower()])
        if m["st_wd"]:
            weekday = _WEEKDAYS[m["st_wd"].lower()]
            return _Found(m.start(), m.end(), "SET", f"XXXX-WXX-{weekday + 1}")
        if m["st_pod"]:
            return _Found(m.start(), m.end(), "SET", f"TXX{_PARTS_OF_DAY[m['st_pod'].lower()]}")
        n = _number(m["st_num"]) if m["st_num"] else 1.0
        if n is None:
            n = 1.0
        if m["st_other"]:
            n *= 2
        return _Found(m.start(), m.end(), "SET", _duration(n, m["st_unit"]))

    def clock(self, m: re.Match[str]) -> _Found | None:
        if m["ck_mil"]:  # "0730 GMT"
            return self._time(m.start(), m.end(), f"{m['ck_mil']}:{m['ck_mil_m']}", "Z")
        if m["ck_word"]:
            word = m["ck_word"].lower()
            hm = "24:00" if word == "midnight" else "12:00"
            return self._time(m.start(), m.end(), hm, "")
        if m["ck_m"] is None and m["ck_ap"] is None:
            return None
        if m["ck_sep"] == "." and m["ck_ap"] is None:
            return None  # "4.15" is a number unless "am"/"pm" follows
        hour = int(m["ck_h"])
        ap = (m["ck_ap"] or "").lower().replace(".", "")
        if ap:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if ap == "pm" else 0)
        elif m["ck_zone"] is None and len(m["ck_h"]) == 1 and not self._clock_context(m.start()):
            return None  # "3:1", "2:30" without a zone or a signal
        hm = f"{hour:02d}:{m['ck_m'] or '00'}"
        zone = ""
        if m["ck_zone"]:
            zone = _ZONES.get(m["ck_zone"].lower(), "")
            if m["ck_off"]:
                zone = ""
        end = m.end()
        if self.text[m.start() : end].count("(") != self.text[m.start() : end].count(")"):
            end = len(self.text[m.start() : end].rstrip("()")) + m.start()
        return self._time(m.start(), end, hm, zone)

    def _clock_context(self, pos: int) -> bool:
        return bool(_CLOCK_SIGNAL_BEFORE.search(self._before(pos, 10)))

    def _time(self, start: int, end: int, hm: str, zone: str) -> _Found:
        base = self.r.reference("D")
        if base is None:
            return _Found(start, end, "TIME", f"XXXX-XX-XXT{hm}{zone}")
        return _Found(start, end, "TIME", f"{_day(base)}T{hm}{zone}", ("D", base))

    def holiday(self, m: re.Match[str]) -> _Found | None:
        name = " ".join(m["hd"].lower().replace("\u2019", "'").split())
        start, end = m.start(), m.end()
        needs_signal = name.startswith(("may ", "good ")) or " " not in name
        if needs_signal and not _PREPOSITION_BEFORE.search(self._before(start, 16)):
            return None  # "Christmas sales", "the Easter holidays": a season, not a day
        year = int(m["hd_y"]) if m["hd_y"] else None
        month_day = _fixed_holiday(name)
        if month_day is None:  # moveable feasts need their year first
            dct = self.r.dct
            if year is None and dct is None:
                return _Found(start, end, "DATE", "XXXX-XX-XX")
            d = _moveable_holiday(name, year or dct.year)  # type: ignore[union-attr]
            if d is not None and year is None:
                d = _moveable_holiday(name, self._year_of_day(d, start, end))
            if d is None:
                return None
            return _Found(start, end, "DATE", _day(d), ("D", d))
        month, day = month_day
        if year is None:
            year = self._year_for(month, day, start, end)
        if year is None:
            return _Found(start, end, "DATE", f"XXXX-{month:02d}-{day:02d}")
        d = date(year, month, day)
        return _Found(start, end, "DATE", _day(d), ("D", d))

    def ref(self, m: re.Match[str]) -> _Found | None:
        word = " ".join(m["rf"].lower().split())
        if word in ("now", "right now"):
            after = self.text[m.end() : m.end() + 12]
            if _NOW_DISCOURSE_AFTER.match(after) and (
                not after.startswith(",") or self._at_sentence_start(m.start())
            ):
                return None
        if word == "the past":
            after = self.text[m.end() : m.end() + 4]
            if after[:1] not in ("", ",", ".", ";", ":", ")", " ") or (
                after.startswith(" ") and after[1:2].isalnum() and not after[1:].startswith("and")
            ):
                return None
        if word.startswith("the ") and re.match(r"[ \t]+of\b", self.text[m.end() : m.end() + 5]):
            return None  # "the future of the plant" is no time
        value = _REFS.get(word)
        if value is None:
            return None
        start = m.start()
        return _Found(start, m.end(), "DATE", value)


_FIXED_HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "valentine's day": (2, 14),
    "boxing day": (12, 26), "may day": (5, 1), "halloween": (10, 31),
    "armistice day": (11, 11), "remembrance day": (11, 11), "veterans day": (11, 11),
    "veterans' day": (11, 11), "independence day": (7, 4),
}  # fmt: skip


def _fixed_holiday(name: str) -> tuple[int, int] | None:
    return _FIXED_HOLIDAYS.get(name)


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month = (h + leap - 7 * m + 114) // 31
    day = (h + leap - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def _moveable_holiday(name: str, year: int) -> date | None:
    if name.startswith("easter"):
        offset = 1 if name.endswith("monday") else 0
        return _easter(year) + timedelta(days=offset)
    if name == "good friday":
        return _easter(year) - timedelta(days=2)
    if name.startswith("thanksgiving"):  # the fourth Thursday of November (US)
        first = date(year, 11, 1)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    if name.startswith(("labor", "labour")):  # the first Monday of September (US)
        first = date(year, 9, 1)
        return first + timedelta(days=(0 - first.weekday()) % 7)
    if name.startswith("memorial"):  # the last Monday of May (US)
        last = date(year, 5, 31)
        return last - timedelta(days=last.weekday())
    return None


_ABBREVIATED = frozenset(w for w in _MONTHS if len(w) <= 4 and w not in ("may", "june", "july"))
_NAME_MONTHS = frozenset({"may", "march", "april", "june", "august"})



def _candidates(text: str) -> Generator[tuple[int, list[tuple[str, re.Match[str]]]], int, None]:
    """At each place a candidate starts: the families that match there, longest first."""
    pos = 0
    while True:
        s = _START.search(text, pos)
        if s is None:
            return
        at = s.start()
        first = s.group(0)
        key = "#" if first[0].isdigit() else "'" if first in "'\u2019" else first.lower()
        # "[" opens an editor's bracketed number: "[Ten] years ago"
        found = []
        for name in _DISPATCH.get(key, ()):
            m = _family(name).match(text, at)
            if m is not None and m.end() > at:
                found.append((name, m))
        if len(found) > 1:
            found.sort(key=lambda item: -item[1].end())
        pos = yield at, found
        if pos is None or pos <= at:
            pos = at + 1


_KEEPS_ITS_DOT = re.compile(
    r"(?:[ap]\.m|\b(?:" + "|".join(w.capitalize() for w in _ABBREVIATED | {"sept"}) + r"))\.$"
)


def _trim(text: str, found: _Found) -> _Found | None:
    """Trailing punctuation and space never belong to an expression."""
    end = found.end
    while end > found.start and text[end - 1] in " \t\n,.(":
        if text[end - 1] == "." and _KEEPS_ITS_DOT.search(text, found.start, end):
            break
        end -= 1
    start = found.start
    while start < end and text[start].isspace():
        start += 1
    if start >= end:
        return None
    found.start, found.end = start, end
    return found


def find_timexes(text: str, sentences: Sequence[Span], published: date | None, *,
                 explain: bool = False) -> list[Timex]:
    """Every time expression of ``text`` in order, with its TIMEX3 type and value."""
    if not isinstance(text, str) or not text:
        return []
    resolver = _Resolver(text, sentences, published)
    values = _Values(resolver)
    out: list[Timex] = []
    last_end = 0
    scan = _candidates(text)
    step = next(scan, None)
    while step is not None:
        at, matches = step
        resume = at + 1
        for family, match in matches:
            for found in _evaluate(values, family, match):
                found = _trim(text, found)
                if found is None or found.start < last_end:
                    continue
                resolver.remember(found)
                out.append(
                    Timex(found.start, found.end, text[found.start : found.end], found.type,
                          found.value)
                )
                last_end = resume = found.end
            if resume > at + 1:
                break
        try:
            step = scan.send(resume)
        except StopIteration:
            step = None
    return out


def _evaluate(values: _Values, family: str, match: re.Match[str]) -> list[_Found]:
    """The expressions one family reads in a match; none when the words are no timex."""
    try:
        result = getattr(values, family)(match)
    except (ValueError, OverflowError, KeyError, TypeError, AttributeError, IndexError):
        return []
    if result is None:
        return []
    found = result if isinstance(result, list) else [result]
    return [f for f in found if not _inside_a_name(values.text, f)]


_COMMON_WORD = re.compile(
    r"\s(?:Seconds?|Minutes?|Hours?|Days?|Weeks?|Months?|Years?|Decades?|Century|Centuries"
    r"|Morning|Afternoon|Evening|Night|Weekend|Quarter)\b"
)


def _inside_a_name(text: str, found: _Found) -> bool:
    """"30 Seconds to Mars", "Saturday Night Live": a capitalised unit after a number, or
    followed by another capitalised word, belongs to a name in running text (a headline in
    title case is not running text)."""
    if _COMMON_WORD.search(text, found.start, found.end) is None:
        return False
    next_word = re.match(r"[ \t]+(\w)", text[found.end : found.end + 4])
    if not (next_word and next_word.group(1).isupper()) and not text[found.start].isdigit():
        return False  # "Last Year, ...", "on Saturday Night as ...": careless capitals
    window_start = max(0, found.start - 150)
    line_start = max(window_start, text.rfind("\n", window_start, found.start) + 1)
    window_end = min(len(text), found.end + 150)
    line_end = text.find("\n", found.end, window_end)
    line = text[line_start : line_end if line_end >= 0 else window_end]
    words = re.findall(r"[A-Za-z]{4,}", line)
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised * 2 < len(words)  # running text: most longer words are lower case


# --- the publication date written in the text ---------------------------------------------------

_FULL_DATE = re.compile(
    r"(?:" + _WEEKDAY + r"\.?,?" + _S + r")?(?:(?P<m1>" + _MONTH + r")\.?" + _S + r"(?P<d1>"
    + _DAY + r"),?" + _S + r"(?P<y1>" + _YEAR + r")|(?P<d2>" + _DAY + r")" + _S + r"(?P<m2>"
    + _MONTH + r")\.?,?" + _S + r"(?P<y2>" + _YEAR + r")|(?P<y3>" + _YEAR
    + r")-(?P<m3>0[1-9]|1[0-2])-(?P<d3>0[1-9]|[12]\d|3[01])(?!\d))"
)
_DATELINE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Za-z .'\u2019-]{1,40}(?:,[ \t]*[A-Z][A-Za-z .]{1,20})?,?[ \t]+"
    r"(?P<m>" + _MONTH + r")\.?[ \t]+(?P<d>" + _DAY + r")(?:,?[ \t]+(?P<y>" + _YEAR + r"))?"
    r"[ \t]*(?:\([A-Za-z .&-]{1,30}\))?[ \t]*[-\u2013\u2014:]"
)
_ANY_YEAR = re.compile(r"(?<![\d$])(?:19[5-9]\d|20\d\d)(?!\d)")


def date_from_text(text: str) -> date | None:
    """The publication date the text gives itself: a dateline ("LIMA, Nov 4 (Reuters) -"), a
    line holding only a date ("Thursday, February 23, 2006") near the start, or a full date in
    the opening sentence (not a birth date in brackets); None otherwise."""
    if not isinstance(text, str) or not text:
        return None
    head = text[:400]
    dateline = _DATELINE.search(head)
    if dateline is not None:
        month = _MONTHS.get(dateline["m"].lower())
        day = int(re.sub(r"\D", "", dateline["d"]))
        if dateline["y"]:
            year = int(dateline["y"])
        else:  # Reuters-style datelines leave the year out: the first one the text names
            found_year = _ANY_YEAR.search(text, 0, 5000)
            if found_year is None:
                return None
            year = int(found_year.group(0))
        if month:
            return _safe_date(year, month, day)
    lines = [line for line in head.split("\n")[:6] if line.strip()]
    for line in lines:
        full = _FULL_DATE.fullmatch(line.strip(" \t.,"))
        if full is not None:
            return _full_date(full)
    for line in lines[:2]:
        opening = _OPENING_SENTENCE.match(line.strip())
        sentence = opening.group(0) if opening else line
        for full in _FULL_DATE.finditer(sentence):
            before = sentence[: full.start()]
            if before.count("(") > before.count(")"):
                continue  # in brackets: a life span, a side note
            if not _BIRTH_BEFORE.search(sentence, max(0, full.start() - 12), full.start()):
                return _full_date(full)
        if opening is not None:  # the first line was a sentence, not a title
            break
    return None


_OPENING_SENTENCE = re.compile(r"[^\n]*?[.!?](?=\s+[\"'\u201c(]?[A-Z])")
_BIRTH_BEFORE = re.compile(r"(?:\(|\b(?:born|died|b\.|d\.)[ \t]{1,2})(?:c\.[ \t]?)?$")


def _full_date(full: re.Match[str]) -> date | None:
    if full["y3"]:
        return _safe_date(int(full["y3"]), int(full["m3"]), int(full["d3"]))
    month = _MONTHS.get((full["m1"] or full["m2"]).lower())
    day = int(re.sub(r"\D", "", full["d1"] or full["d2"]))
    year = int(full["y1"] or full["y2"])
    return _safe_date(year, month, day) if month else None
