"""Read a typed or written quantity: "7,000", "7 000", "seven thousand", "7k", "2.5 million",
ranges ("7,000-8,000", "7000 to 8000", "between 7,000 and 8,000") and hedges ("about 4,000").

No library reads all of these: digits, separators, suffixes and ranges are parsed here, and runs
of number words are handed to text2num (word2number is avoided: it reads "7 thousand" as 1000).
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

from text_to_num import text2num

_SCALES: dict[str, float] = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "million": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "billion": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "hundred": 1e2,
    "dozen": 12.0,
    "thousands": 1e3,
    "millions": 1e6,
}

_NUMBER_WORDS = frozenset(
    """
    zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
    ninety hundred thousand million billion trillion
    """.split()  # noqa: SIM905 (a word list reads best as words)
)

#: Words before a number that make it approximate or a bound; the number itself still counts.
_HEDGES: tuple[tuple[str, ...], ...] = tuple(
    tuple(h.split())
    for h in (
        "more than",
        "fewer than",
        "less than",
        "greater than",
        "at least",
        "at most",
        "up to",
        "as many as",
        "as few as",
        "close to",
        "an estimated",
        "in excess of",
        "upwards of",
        "estimated",
        "about",
        "around",
        "approximately",
        "approx",
        "roughly",
        "some",
        "nearly",
        "almost",
        "over",
        "under",
        "circa",
        "perhaps",
        "possibly",
        "reportedly",
        "well",
        "ca",
        "c",
        "just",
        "only",
        "~",
        ">",
        "<",
        "=",
    )
)

_TOKEN = re.compile(r"\d+(?:\.\d+)?|[^\W\d_]+|[~<>=\-]")
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_DIGIT_GROUP = re.compile(r"(?<=\d)[,\u00a0\u202f\u2009 ](?=\d{3}(?!\d))")
#: Words that change a number we do not read further ("5 and a half"): such text is not parsed.
_FRACTIONS = frozenset({"half", "halves", "quarter", "quarters", "third", "thirds", "point"})
_RANGE_WORDS = frozenset({"-", "to", "and", "or"})
#: Longest typed text worth reading as a number; anything longer is not a number.
MAX_NUMBER_TEXT = 120


@dataclass(frozen=True)
class Quantity:
    """A number or a closed range of numbers; `hedge` keeps "about", "more than" ..."""

    low: float
    high: float
    hedge: str = ""
    #: What the number counts when it is an amount: a currency ("USD", "GBP", ...) or "%".
    unit: str = ""

    @property
    def is_range(self) -> bool:
        return self.low != self.high

    def distance(self, value: float) -> float:
        """How far a value lies outside this quantity (0 inside a range)."""
        if value < self.low:
            return self.low - value
        if value > self.high:
            return value - self.high
        return 0.0

    def __str__(self) -> str:
        if self.is_range:
            return f"{format_number(self.low)} to {format_number(self.high)}"
        return format_number(self.low)


def format_number(value: float) -> str:
    """7000.0 -> "7,000"; 2.5 -> "2.5"."""
    value = float(value)
    if value.is_integer() and abs(value) < 1e18:
        return f"{int(value):,}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")


#: Currency signs and names, and the ways to write percent: an amount's unit.
_CURRENCY_SIGNS = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY"}
_UNIT_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "usd": "USD",
    "pound": "GBP",
    "pounds": "GBP",
    "gbp": "GBP",
    "sterling": "GBP",
    "euro": "EUR",
    "euros": "EUR",
    "eur": "EUR",
    "yen": "JPY",
    "jpy": "JPY",
    "percent": "%",
    "pc": "%",
}
_UNIT = re.compile(
    r"(?P<sign>[$£€¥])|(?P<percent>%|\bper\s?cent\b)|(?P<word>\b(?:"
    + "|".join(_UNIT_WORDS)
    + r")\b)",
    re.IGNORECASE,
)


_DOLLAR_PREFIX = re.compile(r"\b(?:US|U\.S\.|A|C|NZ|HK)\s?\$", re.IGNORECASE)


def unit_of(text: str) -> str:
    """'$1.2bn' -> 'USD', '1.2 billion dollars' -> 'USD', '12 per cent' -> '%', '7,000' -> ''.

    The first unit written wins; "US$" and "A$" are both dollars here (the number is what
    a student is asked to recall, the currency only has to be the right kind)."""
    match = _UNIT.search(text)
    if match is None:
        return ""
    if match.group("sign"):
        return _CURRENCY_SIGNS[match.group("sign")]
    if match.group("percent"):
        return "%"
    return _UNIT_WORDS[match.group("word").lower()]


def _tokens(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _DASHES.sub("-", text)
    text = _DIGIT_GROUP.sub("", text)
    return _TOKEN.findall(text)


def _digits_number(tokens: list[str], pos: int) -> tuple[float, int] | None:
    try:
        value = float(tokens[pos])
    except ValueError:
        return None
    pos += 1
    previous_scale = math.inf
    while pos < len(tokens) and tokens[pos] in _SCALES and _SCALES[tokens[pos]] < previous_scale:
        previous_scale = _SCALES[tokens[pos]]
        value *= previous_scale
        pos += 1
    return value, pos


def _words_number(tokens: list[str], pos: int) -> tuple[float, int] | None:
    words: list[str] = []
    end = pos
    if tokens[pos] in ("a", "an") and pos + 1 < len(tokens) and tokens[pos + 1] in _SCALES:
        words.append("one")
        end = pos + 1
    while end < len(tokens):
        tok = tokens[end]
        if tok in _NUMBER_WORDS:
            words.append(tok)
        elif tok == "and" and words and end + 1 < len(tokens) and tokens[end + 1] in _NUMBER_WORDS:
            if words[-1] not in ("hundred", "thousand", "million", "billion", "trillion"):
                break
            words.append(tok)
        elif tok == "-" and words and end + 1 < len(tokens) and tokens[end + 1] in _NUMBER_WORDS:
            pass  # "twenty-one": a hyphen inside number words, not a range
        else:
            break
        end += 1
    if not words or (words == ["one"] and end == pos + 1 and tokens[pos] in ("a", "an")):
        return None
    try:
        value = float(text2num(" ".join(words), "en"))
    except ValueError:
        return None
    return value, end


def _number(tokens: list[str], pos: int) -> tuple[float, int] | None:
    if pos >= len(tokens):
        return None
    if tokens[pos][0].isdigit():
        return _digits_number(tokens, pos)
    return _words_number(tokens, pos)


def _hedge(tokens: list[str], pos: int) -> tuple[str, int]:
    found: list[str] = []
    progress = True
    while progress:
        progress = False
        for hedge in _HEDGES:
            if tuple(tokens[pos : pos + len(hedge)]) == hedge:
                found.append(" ".join(hedge))
                pos += len(hedge)
                progress = True
                break
    return " ".join(found), pos


def _shared_scale(low_tokens: list[str], high_tokens: list[str], low: float, high: float) -> float:
    """'seven to eight thousand' is 7,000 to 8,000: a range's scale words, written once after
    its second number, scale the first too, when the first has none of its own and the result
    still lies below the second ("7 to 8,000" in digits stays as written)."""
    if any(t in _SCALES for t in low_tokens):
        return 1.0
    scale = 1.0
    for token in reversed(high_tokens):
        if token not in _SCALES:
            break
        scale *= _SCALES[token]
    return scale if scale > 1 and low * scale <= high else 1.0


def parse_quantity(text: str) -> Quantity | None:
    """The quantity a text states, or None when it is not (only) a number.

    Trailing words are allowed ("7,000 soldiers"); a second number that is not a range is not
    ("7,000 soldiers and 50 tanks" is None): such an answer is not one quantity.
    """
    if len(text) > MAX_NUMBER_TEXT:
        return None
    text = _DOLLAR_PREFIX.sub("$", text)  # "US$1.2bn": the letters name the dollar
    tokens = _tokens(text)
    hedge, pos = _hedge(tokens, 0)
    between = pos < len(tokens) and tokens[pos] in ("between", "from")
    if between:
        pos += 1
    first_start = pos
    first = _number(tokens, pos)
    if first is None:
        return None
    low, pos = first
    high = low
    # "7,000 and 8,000" is a range; "7,000 soldiers and 50 tanks" is not one number (see below).
    if pos < len(tokens) and tokens[pos] in _RANGE_WORDS:
        start = pos + 1
        second = _number(tokens, start)
        if second is not None:
            high, pos = second
            low *= _shared_scale(tokens[first_start:start - 1], tokens[start:pos], low, high)
            if high < low:
                low, high = high, low
    if any(tok[0].isdigit() or tok in _NUMBER_WORDS or tok in _FRACTIONS for tok in tokens[pos:]):
        return None
    if not (math.isfinite(low) and math.isfinite(high)):
        return None
    return Quantity(low, high, hedge, unit_of(text))
