"""The core of a place answer: what is left once the words that only restate the question go.

Generated answers often keep the phrase around the name ("in the southern city of Kandahar",
"toward Samangan province", "at the Pul-e-Imam Bukhri bridge"); students type the name. Both
sides are reduced to the core, "kandahar", before comparing, so either way of writing it counts
and another question's "in Kandahar" is still recognised as the same place.
"""

from __future__ import annotations

#: Prepositions that only say "where" or "when" again.
PREPOSITIONS = {
    "where": frozenset({"in", "at", "to", "toward", "towards", "into", "from", "inside"}),
    "when": frozenset({"in", "on", "at", "during"}),
}

#: Generic nouns around a place name: "Samangan province", "the city of Kandahar".
PLACE_NOUNS = frozenset(
    """
    province provinces city town village district region county area capital
    bridge river valley pass mountains mountain airport airbase base border
    """.split()  # noqa: SIM905 (a word list reads best as words)
)

#: Words that may stand before the place noun in "the southern city of Kandahar".
_PLACE_DESCRIPTORS = frozenset(
    """
    the a northern southern eastern western central north south east west northeastern
    northwestern southeastern southwestern provincial strategic key nearby besieged
    """.split()  # noqa: SIM905
)
_ARTICLES = frozenset({"the", "a", "an"})


def core(normalised: str, kind: str) -> str:
    """The answer without a leading preposition and, for places, generic place words."""
    tokens = normalised.split()
    prepositions = PREPOSITIONS.get(kind, frozenset())
    if len(tokens) > 1 and tokens[0] in prepositions:
        tokens = tokens[1:]
    if kind != "where":
        return " ".join(tokens)
    while len(tokens) > 1 and tokens[0] in _ARTICLES:
        tokens = tokens[1:]
    if "of" in tokens:
        of = tokens.index("of")
        head = tokens[:of]
        if (
            of + 1 < len(tokens)
            and head
            and head[-1] in PLACE_NOUNS
            and all(t in _PLACE_DESCRIPTORS or t in PLACE_NOUNS for t in head)
        ):
            tokens = tokens[of + 1 :]
    while len(tokens) > 1 and tokens[0] in _ARTICLES:
        tokens = tokens[1:]
    if len(tokens) > 1 and tokens[-1] in PLACE_NOUNS:
        tokens = tokens[:-1]
    return " ".join(tokens)


def forms(normalised: str, kind: str) -> list[str]:
    """The normalised answer and its core, without duplicates (full form first)."""
    reduced = core(normalised, kind)
    return [normalised] if reduced == normalised else [normalised, reduced]


def display(text: str, reduced: str, normalise) -> str:
    """The fewest words of `text` (the pack's own spelling) that make up the core `reduced`."""
    words = text.split()
    for size in range(1, len(words) + 1):
        for start in range(len(words) - size + 1):
            if normalise(" ".join(words[start : start + size])) == reduced:
                return " ".join(words[start : start + size])
    return text.strip()
