"""What every builder shares: the draft a builder yields, the vocabulary of labels and
heads it reads, and the clean-up of a question's pieces (asides, commas, back-pointers)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from factquiz.nlp.clauses import Clause, inside_quotes
from factquiz.nlp.entity_fixes import FACILITY_NOUNS, PERSON_NOUNS
from factquiz.nlp.lemmas import lemma as lemma_of
from factquiz.nlp.realise import (
    DASHES,
    NAME_LABELS,
    Piece,
    Question,
    Unaskable,
    ask_other,
    named_at_start,
)

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

#: Last words of names the model calls people that are events, works or firms.
NOT_PERSON_HEADS = frozenset(
    """plc ltd inc corp group""".split()  # noqa: SIM905
) | frozenset(
    """awards award festival championships championship cup games prize show film movie
    series album tour trophy open marathon act treaty bill accord agreement protocol
    directive charter constitution declaration""".split()  # noqa: SIM905
)  # "the EC Treaty", "the National Highway Designation Act": a law, no organisation

#: ... of which the events and works are no organisation either.
EVENT_HEADS = NOT_PERSON_HEADS - {"plc", "ltd", "inc", "corp", "group"}

#: Last words of events the model may call places: "in the Bupa Great Ireland Run".
EVENT_LAST_WORDS = EVENT_HEADS | frozenset(
    """run race rally relay meeting prix gala concert ceremony summit conference
    parade""".split()  # noqa: SIM905
)

#: Verbs only people do: their subject is a person whatever the model labelled it.
PERSON_VERBS = frozenset({"bear", "die", "marry", "divorce", "retire", "graduate", "star", "live"})

#: Verbs whose passive only an institution undergoes: "Harvard was founded in 1636" is no
#: person, whatever the model labelled it.
FOUNDED_VERBS = frozenset({"found", "establish", "incorporate", "headquarter", "charter"})

#: Verbs whose passive only a building or monument undergoes: "the Warsaw Uprising Monument
#: was erected in 1989" asks no "Who", whatever the model labelled the name.
BUILT_VERBS = frozenset(
    {"erect", "build", "construct", "demolish", "unveil", "rebuild", "renovate", "refurbish"})

#: Last words of a named building or grounds: "Stanford University", "SAP Center".
VENUE_NOUNS = frozenset(FACILITY_NOUNS) | frozenset(
    """museum center centre college school library hall park theatre theater church
    cathedral monastery arena field hotel gallery abbey castle temple""".split()  # noqa: SIM905
)

#: Verbs that state a relation, not an event: a date near them is not when they happened.
#: Nouns for what a person is ("one of the first employees"): a copula may ask who.
ROLE_NOUNS = PERSON_NOUNS | frozenset(
    """person man woman employee member winner founder head chief leader minister president
    director chairman manager coach player captain champion spokesman spokeswoman author
    actor actress singer star boss owner officer executive editor presenter son daughter
    father mother wife husband brother sister""".split()  # noqa: SIM905
)

#: People named by what they do: "the American sprinter" is somebody the article named.
REFERRING_PEOPLE = ROLE_NOUNS | frozenset(
    """winner sprinter runner athlete driver victim suspect defendant judge model
    striker midfielder defender goalkeeper""".split()  # noqa: SIM905
)

#: Objects that are events or situations: "opposed the war in Iraq" did not happen in Iraq.
EVENT_NOUNS = frozenset(
    """war conflict crisis election elections attack attacks invasion fighting battle campaign
    violence market economy industry situation problem problems policy talks trade
    occupation presence role""".split()  # noqa: SIM905
)

STATIVE_VERBS = frozenset(
    {
        "have",
        "include",
        "contain",
        "comprise",
        "consist",
        "involve",
        "feature",
        "mean",
        "represent",
        "cost",
        "own",
        "belong",
        "resemble",
        "equal",
        "remain",
        "seem",
        "know",
    }
)

DURATION_UNITS = frozenset(
    {
        "second",
        "seconds",
        "minute",
        "minutes",
        "hour",
        "hours",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "decade",
        "decades",
        "quarter",
        "quarters",
        "century",
        "centuries",
        "sec",
        "secs",
        "min",
        "mins",
        "hr",
        "hrs",
    }
)

NUMBER_LABELS = frozenset({"CARDINAL", "QUANTITY"})

NOT_COUNTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"})

KIND_BASE = {"who": 0.6, "what-org": 0.5, "where": 0.55, "how-many": 0.6, "when": 0.5}


@dataclass
class Draft:
    """A question before pronoun resolution and checks."""

    kind: str
    answer: Span
    answer_type: str
    question: Question
    #: Key of the answer entity: a pronoun bound to it may stay ("Who told CNN his ...").
    answer_key: str | None = None
    counted: str | None = None
    features: dict[str, float] | None = None


def _span(tokens: list[Token]) -> Span | None:
    """The contiguous span from the first token up to the first gap."""
    if not tokens:
        return None
    tokens = sorted(tokens, key=lambda t: t.i)
    end = tokens[0].i
    for t in tokens[1:]:
        if t.i != end + 1:
            break
        end = t.i
    doc = tokens[0].doc
    while end > tokens[0].i and doc[end].is_punct:
        end -= 1
    return doc[tokens[0].i : end + 1]


def _strip_determiner(span: Span) -> Span:
    start = span.start
    while (
        start < span.end - 1
        and span.doc[start].dep_ in ("det", "predet")
        and span.doc[start].lower_ in ("the", "a", "an")
    ):
        start += 1
    return span.doc[start : span.end]


def _ask(clause: Clause, wh: list[Piece], remove: set[int], simple_past: bool = False) -> Question:
    """`ask_other`, refused when a spaced dash stays in the question: 'made the London
    gallery - which houses ... - the UK's most visited museum' is an aside the parser
    hung on the wrong word, and the question would keep half of it."""
    question = ask_other(clause, wh, remove, simple_past=simple_past)
    if any(p.token is not None and _spaced_dash(p.token) for p in question.pieces):
        raise Unaskable("a dash aside left in the question")
    if _dangling_aside(question.pieces):
        raise Unaskable("an aside kept without the comma or dash that set it off")
    return question


#: Adverbs on the asked verb that point back at what the article said before ("also",
#: "instead"): the reader of one question has not seen it, and the fact stands without them.
BACK_POINTING_ADVERBS = frozenset({"also", "instead", "likewise", "similarly", "meanwhile"})


def _without_back_pointers(clause: Clause, pieces: list[Piece]) -> list[Piece]:
    """"Who also edits a newspaper in northern Iran?", "Who instead hailed Labour's
    achievement ...?": the question reads whole without the adverb that points back."""
    return [p for p in pieces
            if not (p.token is not None and not p.replaced
                    and p.token.lower_ in BACK_POINTING_ADVERBS
                    and p.token.dep_ == "advmod" and p.token.head == clause.verb)]


def _closing_commas(pieces: list[Piece]) -> list[Piece]:
    """"Rank, formerly famous for the Carry On series will expose ...": an aside the question
    keeps with its opening comma keeps its closing one, where more of the question follows
    ("When will Rank, formerly famous for the Carry On series, expose ...?")."""
    kept = {p.token.i: n for n, p in enumerate(pieces) if p.token is not None}
    if not any(p.token is not None and p.token.text == "," for p in pieces):
        return pieces
    out = list(pieces)
    for opening in [p.token for p in pieces if p.token is not None and p.token.text == ","]:
        closing = next((t for t in opening.doc[opening.i + 1:opening.sent.end]
                        if t.text == "," and t.head == opening.head), None)
        if closing is None or closing.i in kept or closing.i - 1 not in kept:
            continue
        at = out.index(pieces[kept[closing.i - 1]]) + 1
        if at < len(out) and out[at].text not in (",", "?", "."):
            out.insert(at, Piece(",", closing))
    return out


def _whole_dash_asides(pieces: list[Piece]) -> list[Piece]:
    """"a season's best of 2.20m - just 3cm short of the standard - to claim the title":
    when the question kept one dash of a pair and lost the other, the aside goes whole
    ("... of 2.20m to claim the title"); an aside holding the wh-phrase cannot go."""
    tokens = [p.token for p in pieces if p.token is not None]
    if not tokens:
        return pieces
    dashes = [t.i for t in tokens[0].sent if _spaced_dash(t)]
    kept = [t.i for t in tokens if _spaced_dash(t)]
    if not kept:
        return _without_closing_dash_aside(pieces, dashes)
    for first, second in zip(dashes[::2], dashes[1::2], strict=False):
        if (first in kept) == (second in kept):
            continue
        if second in kept:
            # "the Liberal Democrats - the party ... - secured": an aside between a subject
            # and its verb that lost its opening dash is a misparse, not a trimmed aside.
            raise Unaskable("half of a dash aside left in the question")
        inside = [p for p in pieces if p.token is not None and first <= p.token.i <= second]
        if any(p.replaced for p in inside) or any(
                p.token is None for p in pieces[pieces.index(inside[0]):
                                                pieces.index(inside[-1]) + 1]):
            raise Unaskable("half of a dash aside left in the question")
        pieces = [p for p in pieces if p not in inside]
    return _without_closing_dash_aside(pieces, dashes)


def _without_closing_dash_aside(pieces: list[Piece], dashes: list[int]) -> list[Piece]:
    """"There are 12 museums in Leeds - among others, the Royal Armouries ...": an unpaired
    last dash opens an aside that runs to the end; words of it that close the question go
    ("Where are there 12 museums?", not "... 12 museums among others?")."""
    if len(dashes) % 2 == 0:
        return pieces
    last = dashes[-1]
    cut = len(pieces)
    while cut > 0 and pieces[cut - 1].token is not None and pieces[cut - 1].token.i >= last:
        if pieces[cut - 1].replaced:
            return pieces
        cut -= 1
    if cut == len(pieces) or cut == 0:
        return pieces
    opening = pieces[cut].token.i
    if opening == last:
        opening = pieces[cut + 1].token.i if cut + 1 < len(pieces) else opening
    if opening != last + 1:
        return pieces  # the question kept words far after the dash, not the aside's opening
    return pieces[:cut]


#: Words that open an aside after a comma or dash: "..., including X", "- all of whom ...".
ASIDE_OPENERS = frozenset({"including", "all", "which", "who", "whom", "whose"})


def _dangling_aside(pieces: list[Piece]) -> bool:
    """'attend Sunday's meeting including IAAF chief Lamine Diack': the comma before
    'including' went, so the list reads as part of the meeting's name."""
    kept = {p.token.i for p in pieces if p.token is not None}
    for p in pieces:
        token = p.token
        if token is None or token.lower_ not in ASIDE_OPENERS or token.i == 0:
            continue
        before = token.doc[token.i - 1]
        if (before.text == "," or _spaced_dash(before)) and before.i not in kept:
            return True
    return False


def _spaced_dash(token: Token) -> bool:
    return (
        token.text in DASHES
        and bool(token.whitespace_)
        and token.i > 0
        and bool(token.doc[token.i - 1].whitespace_)
    )


def _governing_verb(token: Token) -> Token | None:
    """The nearest verb above `token`: the clause it belongs to."""
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _is_time_phrase(prep: Token) -> bool:
    """"on Tuesday", "in 2004": a date or time the question may keep before the end."""
    return any(t.ent_type_ in ("DATE", "TIME") for t in prep.subtree)


def _relower(pieces: list[Piece]) -> list[Piece]:
    if pieces and pieces[0].token is not None:
        token = pieces[0].token
        if (
            token.text.istitle()
            and token.tag_ not in ("NNP", "NNPS")
            and token.ent_type_ not in NAME_LABELS
            and not named_at_start(token)
        ):
            pieces[0] = Piece(token.text.lower(), token, replaced=True)
    return pieces


#: A decade: "1960s", "mid-2000s", "late-1990s", "’60s" is too vague to learn.
DECADE = re.compile(r"(?:(?:early|mid|late)-)?\d{3}0s")

#: An ordinal in digits or words, as in "the 17th century", "the nineteenth century".
ORDINAL = re.compile(
    r"\d{1,2}(?:st|nd|rd|th)|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
    r"|eighteenth|nineteenth|twentieth|twenty-first)"
)


def _quoted(token: Token) -> bool:
    """Inside a quotation, counted over the paragraph (a quote may run over several
    sentences, so its sentence alone cannot tell)."""
    return token.i in inside_quotes(token.doc)


#: What films, books and events do: "Boogeyman, which cost $7m", "Arc of Justice, which
#: focuses on ...", "E3, which takes place in May". Their noun is no organisation to ask for.
THING_VERBS = frozenset(
    """cost focus feature star tell follow premiere last describe chart explore
    depict""".split()  # noqa: SIM905
)


#: ... of which these have only things for subjects, in any clause.
THING_ONLY_VERBS = frozenset({"cost", "depict", "premiere"})


def _thing_verb(verb: Token) -> bool:
    if lemma_of(verb) == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    return lemma_of(verb) in THING_VERBS


def _coordinated(head: Token) -> bool:
    """'Bush and Musharraf': a second name joined to this one, so either alone is half the
    answer. An ampersand inside one name ("Tiffany & Co.") joins no second one; "and"
    inside what the model read as one name may ("UK Sport and Sport England")."""
    return any(c.dep_ == "conj" and not _ampersand_in_name(head, c) for c in head.children)


def _ampersand_in_name(head: Token, conj: Token) -> bool:
    return (bool(head.ent_type_) and conj.ent_iob_ == "I" and conj.ent_type_ == head.ent_type_
            and any(c.dep_ == "cc" and c.text == "&" for c in head.children))
