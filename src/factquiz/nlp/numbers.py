"""What a number phrase in an article means: its value range and its hedge.

"7,000 to 8,000" -> (7000, 8000); "about 4,000" -> (4000, 4000) hedged "about";
"two million" -> (2e6, 2e6). Plain string work on the answer span spaCy found.
"""

from __future__ import annotations

import re

from text_to_num import text2num

#: Hedges kept with a number, longest first so "at least" wins over "least".
HEDGES: tuple[str, ...] = (
    "more than",
    "less than",
    "fewer than",
    "at least",
    "at most",
    "up to",
    "nearly",
    "almost",
    "about",
    "around",
    "approximately",
    "roughly",
    "some",
    "over",
    "under",
    "an estimated",
    "estimated",
    "just over",
    "just under",
    "as many as",
    "close to",
    "well over",
    "well under",
    "in excess of",
    "perhaps",
    "possibly",
    "reportedly",
)
_SCALES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "m": 1e6,
    "bn": 1e9,
    "k": 1e3,
}
_RANGE = re.compile(r"\s+(?:to|-|–|and)\s+|(?<=\d)\s*[-–]\s*(?=\d)")
_NUMBER = re.compile(
    r"^(\d[\d,]*(?:\.\d+)?)\s*(hundred|thousand|million|billion|trillion|m|bn|k)?$"
)


def split_hedge(text: str) -> tuple[str | None, str]:
    """('about', '4,000') from 'about 4,000'; (None, text) when there is no hedge."""
    lowered = text.lower()
    for hedge in sorted(HEDGES, key=len, reverse=True):
        if lowered.startswith(hedge + " "):
            return hedge, text[len(hedge) + 1 :].strip()
    return None, text.strip()


def parse_number(text: str) -> float | None:
    """One number written in digits, words, or both ("1.5 million"); None if it is not one."""
    text = text.strip().lower().replace("\u2009", "")
    match = _NUMBER.match(text)
    if match:
        value = float(match.group(1).replace(",", ""))
        return value * _SCALES.get(match.group(2) or "", 1)
    words = text.replace("-", " ").split()
    if not words:
        return None
    scale = 1.0
    if len(words) > 1 and words[-1] in _SCALES and re.fullmatch(r"\d[\d,]*(\.\d+)?", words[0]):
        return float(words[0].replace(",", "")) * _SCALES[words[-1]]
    if words[0] in ("a", "an") and len(words) > 1:
        words = ["one", *words[1:]]
    try:
        return float(text2num(" ".join(words), "en")) * scale
    except (ValueError, TypeError):
        return None


#: Units around an amount ("US$", "£", "dollars", "%", "per cent"): not part of its value.
_UNIT = re.compile(
    r"(?:\b[A-Z]{1,2})?[$£€¥]\s*|\s*(?:%|\bper\s*cent\b|\bpercent\b|"
    r"\b(?:dollars?|pounds?|euros?|yen)\b)",
    re.IGNORECASE,
)


def strip_units(text: str) -> str:
    """'$1.2 billion' -> '1.2 billion', '12 per cent' -> '12': the number of an amount."""
    return " ".join(_UNIT.sub(" ", text).split())


def parse_value(text: str) -> tuple[tuple[float, float] | None, str | None]:
    """Value range and hedge of a number phrase: ((7000.0, 8000.0), None) for "7,000 to 8,000";
    amounts read as their number ("$1.2bn" -> 1.2e9, "5%" -> 5)."""
    hedge, rest = split_hedge(strip_units(text))
    parts = _RANGE.split(rest, maxsplit=1)
    if len(parts) == 2:
        low, high = parse_number(parts[0]), parse_number(parts[1])
        if low is not None and high is not None:
            # "7 to 8 million": the scale written once applies to both ends.
            if high >= 1000 and low < high / 1000:
                low *= high / (parse_number(parts[1].split()[0]) or 1)
            return (low, high), hedge
        return None, hedge
    value = parse_number(rest)
    return ((value, value) if value is not None else None), hedge
