"""TIMEX3 values read once: what a value names, the interval it covers, and how a reader says it.

The chronology orders events by ``TimeValue.interval`` and the app shows ``TimeValue.words``;
both come from the one ``parse_value`` here, so a value the chronology can place is never shown
raw, and a value shown in words is placed where those words say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from newsview.models.vocab import (
    MONTH_ABBREVIATIONS,
    PART_OF_DAY_WORDS,
    REFERENCE_WORDS,
    SEASON_WORDS,
    WEEKDAY_NAMES,
)

# Where a part of day and a season lie, for ordering: hours of the day, months of the year
# (a month past 12 runs into the next year: winter is December to February).
_PART_OF_DAY_HOURS = {
    "MO": (6, 12), "MI": (11, 13), "AF": (12, 18), "EV": (18, 22), "NI": (20, 30), "DT": (9, 17),
}  # fmt: skip
_SEASON_MONTHS = {"SP": (3, 6), "SU": (6, 9), "FA": (9, 12), "WI": (12, 15)}

_CALENDAR = re.compile(
    r"(?P<y>\d{4}|XXXX)(?:-(?:"
    r"(?P<m>\d\d|XX)(?:-(?P<d>\d\d|XX))?"
    r"|W(?P<w>\d\d|XX)(?:-(?P<we>WE)|-(?P<wd>[1-7]))?"
    r"|Q(?P<q>[1-4X])|H(?P<half>[12])|(?P<season>SP|SU|FA|AU|WI)))?"
    r"(?:T(?:(?P<pod>MO|MI|AF|EV|NI|DT)"
    r"|(?P<h>\d\d)(?::(?P<mi>\d\d)(?::(?P<s>\d\d)(?:\.\d+)?)?)?(?P<zone>Z|[+-]\d\d(?::?\d\d)?)?))?$"
)
_COARSE = re.compile(r"(?P<decade>\d{3})$|(?P<century>\d\d)$|FY(?P<fy>\d{4})$")
_DURATION = re.compile(r"P(?:(?P<date>(?:[\dX.]+[YMWDEC])+)|(?P<we>[\dX.]*WE))?(?:T(?P<time>(?:[\dX.]+[HMS])+))?$")
_DURATION_PART = re.compile(r"([\dX.]+)([A-Z])")
_DATE_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "E": "decade", "C": "century"}
_TIME_UNITS = {"H": "hour", "M": "minute", "S": "second"}


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 101st, 111th."""
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


@dataclass(frozen=True, slots=True)
class TimeValue:
    """A TIMEX3 value taken apart. ``kind`` is one of: day, month, year, week, weekend,
    weekday (a weekday of an unknown week), quarter, half, season, fiscal_year, decade,
    century, reference (PRESENT_REF, PAST_REF, FUTURE_REF), duration. Fields a value leaves
    unknown (its X parts) are None."""

    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    week: int | None = None
    weekday: int | None = None  # 0 Monday .. 6 Sunday
    part: int | None = None  # the quarter, the half
    season: str | None = None  # SP, SU, FA, WI
    part_of_day: str | None = None  # MO, MI, AF, EV, NI, DT
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    zone: str | None = None  # "Z", "+02:00", ...
    words: str = ""

    def interval(self) -> tuple[datetime, datetime] | None:
        """The stretch of the calendar this value names, or None when it names no single one
        (an unknown year, a reference, a duration)."""
        try:
            return _interval(self)
        except (ValueError, OverflowError):
            return None


def calendar_interval(value: str | None) -> tuple[datetime, datetime] | None:
    """The interval a TIMEX3 calendar value names, or None for X forms, references, durations."""
    parsed = parse_value(value)
    return parsed.interval() if parsed is not None else None


def value_words(value: str | None) -> str:
    """A TIMEX3 value as a reader says it: "3 Nov 2025", "Q3 2025", "fiscal 2021", "20th
    century"; "date unknown" for none; the value itself when it is no TIMEX3 value."""
    if not value:
        return "date unknown"
    parsed = parse_value(value)
    return parsed.words if parsed is not None else value


@lru_cache(maxsize=4096)
def parse_value(value: str | None) -> TimeValue | None:
    """The TIMEX3 value taken apart, or None when it is not one this parser knows."""
    if not value:
        return None
    if value in REFERENCE_WORDS:
        return TimeValue("reference", words=REFERENCE_WORDS[value])
    coarse = _COARSE.match(value)
    if coarse:
        return _coarse(coarse)
    if value.startswith("P"):
        return _duration(value)
    calendar = _CALENDAR.match(value)
    if calendar is None:
        return None
    try:
        return _calendar(calendar)
    except ValueError:
        return None


def _coarse(m: re.Match[str]) -> TimeValue:
    if m["decade"]:
        first = int(m["decade"]) * 10
        return TimeValue("decade", year=first, words=f"{first}s")
    if m["century"]:
        number = int(m["century"]) + 1
        return TimeValue("century", year=int(m["century"]) * 100, words=f"{ordinal(number)} century")
    year = int(m["fy"])
    return TimeValue("fiscal_year", year=year, words=f"fiscal {year}")


def _number(text: str | None) -> int | None:
    return None if text is None or "X" in text else int(text)


def _calendar(m: re.Match[str]) -> TimeValue | None:
    year = _number(m["y"])
    if year is not None and year < 1:
        return None
    clock = _clock(m)
    if m["m"] is not None:
        month, day = _number(m["m"]), _number(m["d"])
        if month is not None and not 1 <= month <= 12:
            return None
        if day is not None:
            date(year or 2000, month or 1, day)  # a day that does not exist raises ValueError
        kind = "month" if m["d"] is None else "day"
        fields = dict(year=year, month=month, day=day, **clock)
        return TimeValue(kind, **fields, words=_day_words(year, month, day, m["d"] is not None, clock))
    if m["w"] is not None:
        week, weekday = _number(m["w"]), _number(m["wd"])
        if week is not None:
            date.fromisocalendar(year or 2004, week, 1)  # a week that does not exist raises
        weekday = weekday - 1 if weekday is not None else None
        if m["we"]:
            return TimeValue("weekend", year=year, week=week, **clock,
                             words=_with_clock(_week_words("weekend", year, week), clock))
        if weekday is not None:
            name = WEEKDAY_NAMES[weekday]
            words = name if week is None else f"{name} of {_week_words('week', year, week)}"
            return TimeValue("weekday", year=year, week=week, weekday=weekday, **clock,
                             words=_with_clock(words, clock))
        return TimeValue("week", year=year, week=week, words=_week_words("week", year, week))
    if m["q"] is not None:
        quarter = _number(m["q"])
        words = _join(f"Q{quarter}" if quarter else "a quarter", year)
        return TimeValue("quarter", year=year, part=quarter, words=words)
    if m["half"] is not None:
        half = int(m["half"])
        return TimeValue("half", year=year, part=half,
                         words=_join("first half" if half == 1 else "second half", year))
    if m["season"] is not None:
        season = "FA" if m["season"] == "AU" else m["season"]
        return TimeValue("season", year=year, season=season, words=_join(SEASON_WORDS[season], year))
    if year is None:
        return TimeValue("year", words=_with_clock("date unknown", clock) if clock else "date unknown")
    return TimeValue("year", year=year, words=str(year))


def _clock(m: re.Match[str]) -> dict:
    if m["pod"]:
        return {"part_of_day": m["pod"]}
    if m["h"] is None:
        return {}
    return {"hour": int(m["h"]), "minute": int(m["mi"] or 0),
            "second": int(m["s"]) if m["s"] else None, "zone": m["zone"]}


def _with_clock(words: str, clock: dict) -> str:
    if "part_of_day" in clock:
        return f"{words} {PART_OF_DAY_WORDS[clock['part_of_day']]}"
    if "hour" in clock:
        zone = clock["zone"]
        shown = " UTC" if zone == "Z" else f" {zone}" if zone else ""
        return f"{words} {clock['hour']:02d}:{clock['minute']:02d}{shown}"
    return words


def _join(words: str, year: int | None) -> str:
    return words if year is None else f"{words} {year}"


def _day_words(year: int | None, month: int | None, day: int | None, has_day: bool,
               clock: dict) -> str:
    if month is None:
        if year is None:
            base = "" if clock else "date unknown"
        else:
            base = f"a day in {year}" if has_day else f"a month in {year}"
    elif has_day and day is not None:
        base = _join(f"{day} {MONTH_ABBREVIATIONS[month]}", year)
    elif has_day:
        base = _join(f"a day in {MONTH_ABBREVIATIONS[month]}", year)
    else:
        base = _join(MONTH_ABBREVIATIONS[month], year)
    if not base:  # only the clock is known: "14:30", "night"
        return _with_clock("", clock).strip()
    return _with_clock(base, clock)


def _week_words(what: str, year: int | None, week: int | None) -> str:
    if year is None or week is None:
        return f"a {what} in {year}" if year is not None else f"a {what}"
    if what == "weekend":
        saturday = date.fromisocalendar(year, week, 6)
        return f"weekend of {saturday.day} {MONTH_ABBREVIATIONS[saturday.month]} {saturday.year}"
    return f"week {week} {year}"


def _duration(value: str) -> TimeValue | None:
    m = _DURATION.match(value)
    if m is None or not (m["date"] or m["we"] or m["time"]):
        return None
    parts = []
    if m["we"] is not None:
        parts.append(_amount(m["we"][:-2] or "1", "weekend"))
    for amount, unit in _DURATION_PART.findall(m["date"] or ""):
        parts.append(_amount(amount, _DATE_UNITS[unit]))
    for amount, unit in _DURATION_PART.findall(m["time"] or ""):
        parts.append(_amount(amount, _TIME_UNITS[unit]))
    return TimeValue("duration", words=" ".join(parts))


def _amount(amount: str, unit: str) -> str:
    if amount == "X":
        return "centuries" if unit == "century" else f"{unit}s"
    plural = "centuries" if unit == "century" else f"{unit}s"
    return f"{amount} {unit if amount == '1' else plural}"


def _month_start(year: int, month: int) -> datetime:
    """The first instant of a month, months past December rolling into the next years."""
    return datetime(year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


def _interval(v: TimeValue) -> tuple[datetime, datetime] | None:
    year = v.year
    if year is None or v.kind in ("reference", "duration"):
        return None
    if v.kind == "decade":
        return datetime(max(year, 1), 1, 1), datetime(year + 10, 1, 1)
    if v.kind == "century":
        return datetime(max(year, 1), 1, 1), datetime(year + 100, 1, 1)
    if v.kind in ("year", "fiscal_year") or (v.kind == "month" and v.month is None):
        return datetime(year, 1, 1), datetime(year + 1, 1, 1)
    if v.kind in ("week", "weekend", "weekday"):
        if v.week is None:
            return datetime(year, 1, 1), datetime(year + 1, 1, 1)
        monday = datetime.combine(date.fromisocalendar(year, v.week, 1), datetime.min.time())
        if v.kind == "weekend":
            return monday + timedelta(days=5), monday + timedelta(days=7)
        if v.kind == "weekday" and v.weekday is not None:
            day = monday + timedelta(days=v.weekday)
            return _within_day(v, day)
        return monday, monday + timedelta(days=7)
    if v.kind == "quarter":
        if v.part is None:
            return datetime(year, 1, 1), datetime(year + 1, 1, 1)
        return _month_start(year, 3 * v.part - 2), _month_start(year, 3 * v.part + 1)
    if v.kind == "half":
        return _month_start(year, 6 * v.part - 5), _month_start(year, 6 * v.part + 1)  # type: ignore[operator]
    if v.kind == "season":
        first, last = _SEASON_MONTHS[v.season]  # type: ignore[index]
        return _month_start(year, first), _month_start(year, last)
    if v.month is None:
        return datetime(year, 1, 1), datetime(year + 1, 1, 1)
    if v.day is None:
        return _month_start(year, v.month), _month_start(year, v.month + 1)
    return _within_day(v, datetime(year, v.month, v.day))


def _within_day(v: TimeValue, day: datetime) -> tuple[datetime, datetime]:
    if v.part_of_day:
        first, last = _PART_OF_DAY_HOURS[v.part_of_day]
        return day + timedelta(hours=first), day + timedelta(hours=last)
    if v.hour is not None:
        at = day + timedelta(hours=v.hour, minutes=v.minute or 0, seconds=v.second or 0)
        return at, at + (timedelta(seconds=1) if v.second is not None else timedelta(minutes=1))
    return day, day + timedelta(days=1)
