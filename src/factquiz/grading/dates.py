"""Dates written in another order or with short month names are the same date.

"September 11th", "11 September", "Sept 11" and "on 11 Sept." share one key, so a student is
not marked wrong for writing dates the way their country does. Digits still have to match.
"""

from __future__ import annotations

import re

from text_to_num import alpha2digit

_MONTHS = {
    "jan": "january",
    "feb": "february",
    "mar": "march",
    "apr": "april",
    "jun": "june",
    "jul": "july",
    "aug": "august",
    "sep": "september",
    "sept": "september",
    "oct": "october",
    "nov": "november",
    "dec": "december",
}

#: Little words around a date that change nothing: "in November", "on the 11th of September".
_FILLER = frozenset({"in", "on", "the", "of", "at", "during", "late", "early", "mid"})


def date_key(normalised: str) -> str:
    """An order-free key of a normalised date: month names spelled out, fillers dropped."""
    tokens = [_MONTHS.get(token, token) for token in normalised.split()]
    kept = [token for token in tokens if token not in _FILLER] or tokens
    return " ".join(sorted(kept))


#: "19 96" as text2num writes "nineteen ninety-six": a year said in two halves.
_SPOKEN_YEAR = re.compile(r"\b(1\d|20) (\d\d)\b")


def digits_in_words(text: str) -> str:
    """Dates said in words, as digits: "the eleventh of September" -> "the 11th of September",
    "two thousand and one" -> "2001", "nineteen ninety-six" -> "1996"."""
    return _SPOKEN_YEAR.sub(r"\1\2", alpha2digit(text, "en"))
