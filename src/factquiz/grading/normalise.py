"""Form normalisation: make two spellings of the same answer compare equal.

Only differences a teacher would never mark wrong are removed here: case, accents, punctuation,
quotes, possessives, hyphens versus spaces, digit-group separators, a leading article and leading
titles ("Mr", "Gen", "Rear Adm."). Meaning is never touched, so this is safe in strict mode too.
"""

from __future__ import annotations

import re
import unicodedata

#: Letters that Unicode does not decompose into a base letter plus an accent.
_FOLD = str.maketrans(
    {
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "ł": "l",
        "ħ": "h",
        "ı": "i",
        "ŧ": "t",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
    }
)

_APOSTROPHES = re.compile(r"[\u2018\u2019\u201b\u02bc\u02bb`\u00b4\u2032]")
_POSSESSIVE = re.compile(r"(?<=\w)'s\b|(?<=s)'(?!\w)")
_QUOTES = re.compile(r"['\"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u2033]")
#: "7,000", "7 000" (also no-break and thin spaces): digit groups written with a separator.
_DIGIT_GROUP = re.compile(r"(?<=\d)[,\u00a0\u202f\u2009 ](?=\d{3}(?!\d))")
#: "11th" -> "11": ordinal suffixes are form, not meaning.
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b")
#: Anything that is not a letter or digit becomes a space; a dot survives only inside a number.
_SEPARATORS = re.compile(r"(?:[^\w.]|_|(?<!\d)\.|\.(?!\d))+")
_ALNUM = re.compile(r"[^\W_]")
_DIGITS = re.compile(r"\d+(?:\.\d+)?")

ARTICLES = frozenset({"the", "a", "an"})

#: Titles, ranks and honorifics dropped from the front of a name ("Rear Adm.", "Haji", "Mr").
TITLES = frozenset(
    """
    mr mrs ms miss mx messrs dr doctor prof professor sir dame lord lady rev reverend
    gen general lt lieut lieutenant col colonel maj major capt captain cmdr cdr commander
    adm admiral rear vice brig brigadier sgt sergeant cpl corporal marshal field
    president pres prime minister premier chancellor secretary senator sen governor gov mayor
    king queen prince princess emperor empress sultan emir amir sheikh shaikh sheik
    mullah mawlawi maulvi haji hajji imam ayatollah chief
    """.split()  # noqa: SIM905 (a word list reads best as words)
)


def fold(text: str) -> str:
    """Case and accents away: "Dostúm" and "DOSTUM" both become "dostum"."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return unicodedata.normalize("NFKD", text.translate(_FOLD).casefold())


def normalise(text: str) -> str:
    """The canonical form used for every comparison; idempotent by design."""
    text = fold(text)
    text = _APOSTROPHES.sub("'", text)
    text = _POSSESSIVE.sub("", text)
    text = _QUOTES.sub("", text)
    text = _DIGIT_GROUP.sub("", text)
    text = _ORDINAL.sub("", text)
    # Separators can bring digit groups together ("¼00" -> "1 400"): join those too.
    tokens = _DIGIT_GROUP.sub("", _SEPARATORS.sub(" ", text)).split()
    # Drop a leading article and leading titles, but never the whole answer.
    while len(tokens) > 1 and (tokens[0] in ARTICLES or tokens[0] in TITLES):
        tokens.pop(0)
    return " ".join(tokens)


def squash(normalised: str) -> str:
    """Spaces out, so "Mazar e Sharif", "Mazar-e-Sharif" and "MazarESharif" share one key."""
    return normalised.replace(" ", "")


def key(text: str) -> str:
    """The lookup key of an answer: normalised, then squashed."""
    return squash(normalise(text))


def is_blank(text: str) -> bool:
    """Nothing to grade: empty, white space, or no letter or digit at all."""
    return _ALNUM.search(text) is None


def digits_of(normalised: str) -> tuple[str, ...]:
    """The numbers inside a text answer ("Route 66"); they must match exactly, never by typo."""
    return tuple(_DIGITS.findall(normalised))


def letters(normalised: str) -> int:
    """How long an answer is for typo purposes: its letters and digits, not its spaces."""
    return len(squash(normalised))
