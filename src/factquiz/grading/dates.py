"""Dates written in another order or with short month names are the same date.

"September 11th", "11 September", "Sept 11" and "on 11 Sept." share one key, so a student is
not marked wrong for writing dates the way their country does. Digits still have to match.
"""

from __future__ import annotations

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
