"""Plausible wrong numbers in the answer's own format, for how-many multiple choice.

"7,000 to 8,000" -> "3,500 to 4,000", "14,000 to 16,000"; "about 4,000" -> "about 2,000";
"six" -> "four"; "hundreds" -> "dozens", "thousands". Every number in the answer is scaled by
the same factor, so ranges stay ranges and hedges stay hedges; rounding keeps the answer's
precision (7,000 gives thousands, 22 gives units).
"""

from __future__ import annotations

import re

_SMALL_WORDS = (  # noqa: SIM905
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
).split()
_TENS_WORDS = {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
               "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12}
WORD_VALUES: dict[str, int] = {w: i for i, w in enumerate(_SMALL_WORDS)} | _TENS_WORDS

#: Vague quantities, smallest first.
VAGUE = ("a handful", "dozens", "scores", "hundreds", "thousands", "tens of thousands",
         "hundreds of thousands", "millions")

_NUMBER_RE = re.compile(
    # "£280m", "$1.2bn": a scale letter may follow the digits of an amount.
    r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?=(?:m|bn|tn|k)?(?!\w))"
    r"|(?<![\w])(" + "|".join(sorted(WORD_VALUES, key=len, reverse=True)) + r")(?![\w])",
    re.IGNORECASE,
)

_LOWER_BOUND = re.compile(r"^\s*(?:at least|more than|over|upwards of|in excess of|"
                          r"no fewer than|no less than|above|beyond)\b", re.IGNORECASE)
_UPPER_BOUND = re.compile(r"^\s*(?:at most|fewer than|less than|under|up to|no more than|"
                          r"below|as many as)\b", re.IGNORECASE)

LOWER_FACTORS = (0.5, 0.75, 0.25)
HIGHER_FACTORS = (2.0, 1.5, 3.0)


def numbers_in(text: str) -> list[float]:
    """The values written in an answer, digits or words, in order."""
    values = []
    for match in _NUMBER_RE.finditer(text):
        if match.group(3):
            values.append(float(WORD_VALUES[match.group(3).casefold()]))
        else:
            values.append(float(match.group(1).replace(",", "") + (match.group(2) or "")))
    return values


def _precision(match: re.Match[str]) -> int:
    """The rounding unit the original shows: 7,000 -> 1000, 22 -> 1, 90 -> 10."""
    if match.group(3) or match.group(2):
        return 1
    digits = match.group(1).replace(",", "")
    zeros = len(digits) - len(digits.rstrip("0"))
    if zeros == len(digits):
        return 1
    return 10 ** min(zeros, len(digits) - 1)


def _format_like(value: float, match: re.Match[str]) -> str:
    if match.group(3):
        word = match.group(3)
        if value <= 20 and float(value).is_integer():
            text = _SMALL_WORDS[int(value)]
            return text.capitalize() if word[0].isupper() else text
        return f"{round(value):,}"
    if match.group(2):
        places = len(match.group(2)) - 1
        return f"{value:.{places}f}"
    if "," in match.group(1) or (value >= 10_000):
        return f"{round(value):,}"
    return str(round(value))


def _scaled(answer: str, factor: float, offset: int) -> str | None:
    """The answer with every number scaled by `factor` (or shifted by `offset` when small)."""
    matches = list(_NUMBER_RE.finditer(answer))
    if not matches:
        return None
    pieces = []
    last = 0
    for match in matches:
        original = numbers_in(match.group(0))[0]
        if original < 10 and not match.group(2):
            value = original + offset
        elif match.group(2):
            # "4.464 million" halves to "2.232 million", not "2.000 million".
            value = round(original * factor, len(match.group(2)) - 1)
        else:
            target = original * factor
            # Two significant figures at least, so 7,000 to 8,000 halves to 3,500 to 4,000.
            unit = min(_precision(match), max(1, 10 ** (len(str(int(target))) - 2)))
            value = max(unit, round(target / unit) * unit)
        if value <= 0:
            return None
        pieces.append(answer[last:match.start()])
        pieces.append(_format_like(value, match))
        last = match.end()
    pieces.append(answer[last:])
    text = "".join(pieces)
    values = numbers_in(text)
    if len(values) > 1 and len(set(values)) < len(values):
        return None
    return text


def _vague_alternatives(answer: str) -> list[str] | None:
    folded = answer.strip().casefold()
    for index, word in enumerate(VAGUE):
        if folded == word:
            order = sorted(range(len(VAGUE)), key=lambda i: (abs(i - index), i))
            options = [VAGUE[i] for i in order if i != index]
            if answer[:1].isupper():
                options = [o[:1].upper() + o[1:] for o in options]
            return options
    return None


def number_distractors(answer: str, *, below: int, exclude: list[str] = (), count: int = 3
                       ) -> list[str]:
    """`count` wrong numbers, `below` of them smaller than the answer (fewer if impossible).

    `exclude` holds other answers that are right (aliases, a conflicting source's figure):
    no distractor may equal or overlap them.
    """
    vague = _vague_alternatives(answer)
    if vague is not None:
        return vague[:count]
    answer_values = numbers_in(answer)
    if not answer_values:
        return []
    forbidden = [numbers_in(x) for x in [answer, *exclude]]
    forbidden_ranges = [(min(v), max(v)) for v in forbidden if v]

    def ok(option: str, chosen: list[str]) -> bool:
        values = numbers_in(option)
        if not values or option in chosen:
            return False
        low, high = min(values), max(values)
        if "%" in option and high > 100 and answer_values and max(answer_values) <= 100:
            return False  # "180%" of the junk mail: a share cannot pass the whole
        return all(high < f_low or low > f_high for f_low, f_high in forbidden_ranges) and all(
            numbers_in(option) != numbers_in(other) for other in chosen)

    lower = [_scaled(answer, f, -o) for f, o in zip(LOWER_FACTORS, (1, 2, 3), strict=True)]
    higher = [_scaled(answer, f, o) for f, o in zip(HIGHER_FACTORS, (1, 2, 3), strict=True)]
    lower_ok = [x for x in lower if x is not None]
    higher_ok = [x for x in higher if x is not None]
    # "At least 22" makes "at least 11" true as well: bounds only get wrong on one side.
    if _LOWER_BOUND.match(answer):
        lower_ok = []
    elif _UPPER_BOUND.match(answer):
        higher_ok = []
    chosen: list[str] = []
    for option in lower_ok[:below]:
        if ok(option, chosen):
            chosen.append(option)
    for option in higher_ok + lower_ok:
        if len(chosen) >= count:
            break
        if ok(option, chosen):
            chosen.append(option)
    return chosen[:count]
