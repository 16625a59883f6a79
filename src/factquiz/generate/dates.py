"""Nearby wrong dates in the answer's own format, for when-questions' multiple choice.

"Oct. 7" -> "Oct. 4", "Oct. 9"; "1998" -> "1997", "2000"; "Friday" -> "Thursday";
"November 2001" -> "October 2001"; "the late 1990s" -> "the late 1980s". Dates in other shapes
get no invented neighbours; the corpus's own dates of the same shape are used instead.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

WEEKDAYS = list(calendar.day_name)
MONTHS = list(calendar.month_name)[1:]
_MONTH_ABBR = {m[:3].casefold(): i for i, m in enumerate(MONTHS, start=1)}
_MONTH_ABBR["sept"] = 9

_MONTH_TOKEN = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_MONTH_DAY = re.compile(rf"\b({_MONTH_TOKEN})\s+(\d{{1,2}})(st|nd|rd|th)?\b(,?\s+\d{{4}})?")
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(st|nd|rd|th)?\s+({_MONTH_TOKEN})(\s+\d{{4}})?")
_DAY_RANGE_MONTH = re.compile(
    rf"\b(\d{{1,2}})(\s*[-–]\s*)(\d{{1,2}})\s+({_MONTH_TOKEN})(\s+\d{{4}})?")
_MONTH_YEAR = re.compile(rf"\b({_MONTH_TOKEN})\s+(\d{{4}})\b")
_DECADE = re.compile(r"\b(\d{3})0s\b")
#: Four digits in a when-answer are a year, a medieval one too ("1337", "1066").
_YEAR = re.compile(r"\b(1\d\d\d|20\d\d)\b")
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")
_MONTH_ALONE = re.compile(r"\b(" + "|".join(MONTHS) + r")\b")

DAY_SHIFTS_BELOW = (-3, -7, -1)
DAY_SHIFTS_ABOVE = (2, 5, 10)
YEAR_SHIFTS_BELOW = (-1, -3, -2)
YEAR_SHIFTS_ABOVE = (2, 1, 4)


def _month_number(token: str) -> int | None:
    return _MONTH_ABBR.get(token.rstrip(".").casefold()[:4].rstrip("t") if token.casefold()
                           .startswith("sept") else token.rstrip(".").casefold()[:3])


def _month_like(number: int, original: str) -> str:
    name = MONTHS[number - 1]
    if original.endswith("."):
        return ("Sept" if number == 9 else name[:3]) + "."
    if len(original) == 3:
        return name[:3]
    return name


def _shift_day_range(answer: str, weeks: int) -> str | None:
    """"4-6 March" -> "11-13 March": both ends move, by whole weeks, inside their month;
    None when they would leave it."""
    match = _DAY_RANGE_MONTH.search(answer)
    if not match:
        return None
    month = _month_number(match.group(4))
    if month is None:
        return None
    year = int(match.group(5)) if match.group(5) else 2001
    shift = dt.timedelta(weeks=weeks)
    try:
        first = dt.date(year, month, int(match.group(1))) + shift
        last = dt.date(year, month, int(match.group(3))) + shift
    except ValueError:
        return None
    if first.month != month or last.month != month or first.year != year:
        return None
    text = f"{first.day}{match.group(2)}{last.day} {match.group(4)}{match.group(5) or ''}"
    return answer[:match.start()] + text + answer[match.end():]


def _shift_day(answer: str, days: int) -> str | None:
    match = _MONTH_DAY.search(answer)
    if match:
        month = _month_number(match.group(1))
        if month is None:
            return None
        year = int(match.group(4).strip(", ")) if match.group(4) else 2001
        try:
            day = dt.date(year, month, int(match.group(2))) + dt.timedelta(days=days)
        except ValueError:
            return None
        text = f"{_month_like(day.month, match.group(1))} {day.day}"
        text += _ordinal(day.day) if match.group(3) else ""
        if match.group(4):
            text += match.group(4).replace(str(year), str(day.year))
        return answer[:match.start()] + text + answer[match.end():]
    match = _DAY_MONTH.search(answer)
    if match:
        month = _month_number(match.group(3))
        if month is None:
            return None
        year = int(match.group(4)) if match.group(4) else 2001
        try:
            day = dt.date(year, month, int(match.group(1))) + dt.timedelta(days=days)
        except ValueError:
            return None
        text = f"{day.day}{_ordinal(day.day) if match.group(2) else ''} "
        text += _month_like(day.month, match.group(3))
        if match.group(4):
            text += f" {day.year}"
        return answer[:match.start()] + text + answer[match.end():]
    return None


def _ordinal(day: int) -> str:
    if 11 <= day % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _shift(answer: str, step: int) -> str | None:
    """The answer moved `step` units of its own granularity (day, month, year, decade...)."""
    if _DAY_RANGE_MONTH.search(answer):
        return _shift_day_range(answer, step)  # never its last day alone ("4-7 March")
    shifted = _shift_day(answer, step * (3 if abs(step) > 1 else 1))
    if shifted is not None:
        return shifted
    match = _MONTH_YEAR.search(answer)
    if match:
        month = _month_number(match.group(1))
        if month is None:
            return None
        index = (int(match.group(2)) * 12 + month - 1) + step
        year, month0 = divmod(index, 12)
        text = f"{_month_like(month0 + 1, match.group(1))} {year}"
        return answer[:match.start()] + text + answer[match.end():]
    match = _DECADE.search(answer)
    if match:
        decade = int(match.group(1)) + step
        return answer[:match.start()] + f"{decade}0s" + answer[match.end():]
    match = _YEAR.search(answer)
    if match:
        year = int(match.group(1)) + step
        return answer[:match.start()] + str(year) + answer[match.end():]
    match = _WEEKDAY.search(answer)
    if match:
        name = WEEKDAYS[(WEEKDAYS.index(match.group(1)) + step) % 7]
        return answer[:match.start()] + name + answer[match.end():]
    match = _MONTH_ALONE.search(answer)
    if match:
        name = MONTHS[(MONTHS.index(match.group(1)) + step) % 12]
        return answer[:match.start()] + name + answer[match.end():]
    return None


def date_shape(text: str) -> str:
    """A coarse shape for matching corpus dates to an answer: digits -> 9, letters -> a."""
    shape = re.sub(r"\d", "9", text)
    return re.sub(r"[A-Za-z]+", "a", shape)


def date_distractors(answer: str, *, below: int, exclude: list[str] = (), count: int = 3
                     ) -> list[str]:
    """Up to `count` nearby dates, `below` of them earlier, none equal to an excluded one."""
    forbidden = {x.casefold() for x in [answer, *exclude]}
    earlier = [_shift(answer, s) for s in (-1, -2, -3)]
    later = [_shift(answer, s) for s in (1, 2, 3)]
    chosen: list[str] = []
    for option in [*earlier[:below], *later, *earlier]:
        if len(chosen) >= count:
            break
        if option and option.casefold() not in forbidden and option not in chosen:
            chosen.append(option)
    return chosen
