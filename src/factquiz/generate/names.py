"""Name normalisation: honorifics, accents, transliteration skeletons.

Cross-document alias matching needs names reduced to what identifies a person ("Mr Haji
Mohammad Muhaqiq" -> given ["mohammad"], surname "muhaqiq") and a spelling-tolerant key for
transliterated names ("Muhaqiq" and "Mohaqik" share the skeleton "mhkk").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Titles and ranks that precede a name but are not part of it (lower case, no dots).
HONORIFICS: frozenset[str] = frozenset(
    """
    mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr father sister brother
    president vice prime minister secretary chancellor premier governor gov senator sen
    representative rep congressman congresswoman mayor judge justice ambassador
    king queen prince princess sheikh shaikh haji hajji mullah maulvi imam ayatollah emir
    bishop archbishop cardinal pope rabbi
    general gen lt lieutenant col colonel maj major capt captain sgt sergeant cpl corporal
    adm admiral rear commodore commander cmdr marshal field brig brigadier
    chief spokesman spokeswoman coach manager chairman chairwoman chief executive
    st saint mp mep uncle aunt auntie
    """.split()  # noqa: SIM905 (a word list reads better as text)
)

#: Words that end an English name but are not the surname.
SUFFIXES: frozenset[str] = frozenset({"jr", "sr", "ii", "iii", "iv", "junior", "senior"})

_WORD_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case-fold and strip accents: the form in which two spellings are compared."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.casefold()


@lru_cache(maxsize=65536)
def words(text: str) -> tuple[str, ...]:
    """Folded word tokens, without a possessive "'s" and without dots ("U.S." -> "us")."""
    text = fold(text).replace(".", "")
    tokens = _WORD_RE.findall(text)
    out = []
    for token in tokens:
        token = re.sub(r"['’]s$", "", token)
        if token:
            out.append(token)
    return tuple(out)


_LEADING_THE = re.compile(r"^(?:the)\s+", re.IGNORECASE)


@lru_cache(maxsize=65536)
def strip_article(text: str) -> str:
    """Drop a leading "the" ("the Taliban" -> "Taliban") for comparing group and place names.

    Cached: the corpus stage compares the same few thousand names hundreds of thousands of
    times."""
    return _LEADING_THE.sub("", text.strip())


def person_tokens(name: str) -> list[str]:
    """The tokens that identify a person: honorifics and suffixes stripped, order kept."""
    tokens = list(words(name))
    while len(tokens) > 1 and tokens[0] in HONORIFICS:
        tokens.pop(0)
    while len(tokens) > 1 and tokens[-1] in SUFFIXES:
        tokens.pop()
    return tokens


_PLACE_PREPOSITION = re.compile(
    r"^(?:in|at|on|near|from|to|into|outside|inside|toward|towards|across|through|around|"
    r"behind|beyond|along|over|under|off|via|within|onto|past|by)\s+", re.IGNORECASE)


def strip_preposition(place: str) -> str:
    """"in the US" -> "the US": where-answers keep their preposition, place names do not."""
    return _PLACE_PREPOSITION.sub("", place.strip())


#: "the southern city of Kandahar": a description of a town before its name.
_PLACE_OF = re.compile(
    r"^(?:the\s+)?(?:[a-z][a-z-]*\s+){0,3}?(?:city|town|village|province|region|district"
    r"|county|port|capital)\s+of\s+(?P<name>[A-Z].*)$")


def place_name(place: str) -> str:
    """"in the southern city of Kandahar" -> "Kandahar": the name a where-answer is another
    name of, when it describes the town before naming it; else the answer without its
    preposition ("on the outskirts of Kabul" is not Kabul)."""
    bare = strip_preposition(place)
    found = _PLACE_OF.match(bare)
    return found.group("name") if found else bare


def strip_possessive(name: str) -> str:
    """"Tony Blair's" -> "Tony Blair"; "Kelly Holmes'" -> "Kelly Holmes"."""
    return re.sub(r"(?:(?<=\w)['’]s|(?<=s)['’])$", "", name.strip())


def display_without_honorifics(name: str) -> str:
    """The name as written minus leading titles: "Mr Haji M. Muhaqiq" -> "M. Muhaqiq"."""
    parts = name.split()
    if len(parts) == 2 and parts[1].casefold() in ORGANISATION_WORDS:
        return name  # "General Motors" is a company, not a general called Motors
    while len(parts) > 1 and parts[0].rstrip(".").casefold() in HONORIFICS:
        parts.pop(0)
    return " ".join(parts)


@lru_cache(maxsize=65536)
def skeleton(token: str) -> str:
    """A transliteration-tolerant key: first letter, then consonants with q=k, c=k, ph=f.

    "muhaqiq" and "mohaqik" -> "mhkk"; "dostam" and "dostum" -> "dstm".
    """
    token = fold(token)
    token = token.replace("ph", "f").replace("ck", "k").replace("q", "k").replace("c", "k")
    token = token.replace("z", "s").replace("y", "i").replace("w", "v")
    if not token:
        return ""
    head, rest = token[0], token[1:]
    consonants = [ch for ch in rest if ch.isalpha() and ch not in "aeiou"]
    collapsed: list[str] = []
    for ch in consonants:
        if not collapsed or collapsed[-1] != ch:
            collapsed.append(ch)
    if head in "aeiou":
        head = "a"
    return head + "".join(collapsed)


def name_key(name: str) -> str:
    """How corpus evidence files a name: folded, without "the" or a possessive, so "the
    Taliban's" and "Taliban" count as one."""
    return fold(strip_article(strip_possessive(" ".join(name.split()))))


#: Function words: no content of their own, so never evidence of what a phrase names.
FUNCTION_WORDS = frozenset(
    """
    a an the of in on at to for from by with and or but as is are was were be been being has
    have had do does did it its this that these those he she they them his her their we our
    you your i me my who whom whose what when where how many much which said says say told
    according about more than least some also after before into over under up out than
    """.split()  # noqa: SIM905 (a word list reads better as text)
)

#: Words that make a name an organisation ("Menatep Group", "Bank of America").
ORGANISATION_WORDS = frozenset({
    "bank", "banks", "group", "association", "university", "college", "council", "committee",
    "agency", "party", "corp", "corporation", "inc", "ltd", "plc", "company", "institute",
    "foundation", "trust", "union", "commission", "ministry", "department", "office",
    "authority", "federation", "league", "board", "society", "network", "channel", "systems",
    "networks", "media", "motor", "motors", "airlines", "airways", "records", "pictures",
    "studios", "entertainment", "technologies", "software", "holdings", "capital", "partners",
    "associates", "managers", "services", "industries", "railways", "communications", "telecom",
    "press", "news", "organisation", "organization", "labs", "laboratories", "laboratory"})

#: Bodies a place or people names with one word before them ("the Russian government", "the
#: Florida legislature"): an organisation, though the model labels only the first word.
INSTITUTION_NOUNS = frozenset(
    """government parliament legislature administration cabinet senate congress assembly
    treasury regulator authorities military army navy""".split()  # noqa: SIM905
)
