"""Events a sentence dates without a verb: "the founding of the colony of New South Wales in
1788", "after the defeat of the Khwarezmian Empire in 1220", and events dated by their own
name: "the Warsaw Uprising of 1944".

Each `EventDate` is the event's noun phrase without its date, and the date;
`facts.when._when_of_event` asks it as "When was the defeat of the Khwarezmian Empire?". Only an
event the sentence states as having happened is asked: a noun that names an event (not "the
capital of Poland in 1596"), with "the" and a named "of" (the event of something the reader
can look up), never a planned or expected one, and never inside someone's claim.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from factquiz.nlp.clauses import according_to, quoted_tokens
from factquiz.nlp.context import entity_of
from factquiz.nlp.lemmas import lemma as lemma_of
from factquiz.nlp.realise import phrase
from factquiz.nlp.vocabulary import SPEECH_VERBS

#: Nouns that name something that happens once, on a date.
DATED_EVENT_NOUNS = frozenset(
    """founding foundation defeat assassination abolition loss signing capture death birth
    seizure election invasion opening closure launch release arrest murder independence
    creation establishment completion destruction collapse fall takeover merger
    announcement publication discovery introduction execution coronation inauguration
    resignation dissolution unification occupation liberation reunification partition
    annexation surrender siege sinking bombing massacre""".split()  # noqa: SIM905
)
#: Adjectives that make an event one not yet (or not surely) happened.
UNREAL = frozenset(
    """planned proposed expected possible potential likely future intended threatened
    rumoured rumored mooted alleged scheduled imminent delayed""".split()  # noqa: SIM905
)
#: Labels of a name an event may be "of".
NAMED = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "WORK_OF_ART", "LAW"})


@dataclass
class EventDate:
    """'the defeat of the Khwarezmian Empire' happened 'in 1220' (tokens of the sentence)."""

    noun: Token
    phrase: list[Token]
    date: Span


#: Last words of a named event: "the Warsaw Uprising of 1944", "the Congress of Vienna".
NAMED_EVENT_WORDS = frozenset(
    """war wars uprising revolution congress battle rising rebellion revolt crisis
    massacre siege coup earthquake famine""".split()  # noqa: SIM905
)


def event_dates(sent: Span, specific: Callable[[Span], bool]) -> list[EventDate]:
    """Every dated event the sentence states; `specific` says whether a date entity is one a
    student can learn (see `facts.when._specific_date`)."""
    nouns = [t for t in sent if t.pos_ == "NOUN" and lemma_of(t).lower() in DATED_EVENT_NOUNS]
    event_names = [t for t in sent if t.tag_ in ("NNP", "NNPS")
                   and t.lower_ in NAMED_EVENT_WORDS and t.dep_ != "compound"]
    if not (nouns or event_names) or _reports_speech(sent):
        return []  # most sentences name no event: one pass over them, nothing more
    quoted = quoted_tokens(sent)
    found = [event for name in event_names if name.i not in quoted
             for event in [_named_event(name, specific)] if event is not None]
    for noun in nouns:
        if noun.i in quoted or not _with_the(noun):
            continue  # "a defeat of ...", "its founding": which one, whose?
        if any(c.dep_ in ("amod", "compound") and c.lower_ in UNREAL for c in noun.children):
            continue  # "the planned sale of Rover in 2005"
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            continue  # "the anniversary of the death of X in 1990": the date is another's
        named = _of_object(noun)
        dated = _date_of(noun, specific) or _date_of(named, specific) if named else None
        if dated is None:
            continue
        prep, date = dated
        skip = frozenset(t.i for t in prep.subtree)
        if not any((t.ent_type_ in NAMED or t.tag_ in ("NNP", "NNPS")) and t.i not in skip
                   for t in named.subtree):
            continue  # "the founding of the firm": of what, by name?
        if _wished_for(noun):
            continue  # "calling for the establishment of a state in 2005": not (yet) real
        event = _event_without_its_date(noun, prep, date)
        if event is not None:
            found.append(event)
    return found


def _of_object(noun: Token) -> Token | None:
    """What an event is "of": "Vienna" of "the Congress of Vienna"."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of else None


def _with_the(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _event_without_its_date(noun: Token, prep: Token, date: Span) -> EventDate | None:
    """The event's noun phrase without the phrase that dates it ("in 1220"), opening with
    "the" as the question will; None when the date cannot be cut out cleanly."""
    skip = frozenset(t.i for t in prep.subtree)
    tokens = phrase(noun, skip)
    if any(t.i in skip for t in tokens) or tokens[0].lower_ != "the":
        return None
    return EventDate(noun, tokens, date)


def _named_event(name: Token, specific: Callable[[Span], bool]) -> EventDate | None:
    """'the Polish-Bolshevik War of 1920', 'the Warsaw Uprising of 1944': an event's own name
    dated by "of" (or "in") a year hung on it; asked as "When was the Warsaw Uprising?"."""
    if not _with_the(name):
        return None
    place = _of_object(name)
    # "the Congress of Vienna of 1815": the parser may hang the year on Vienna.
    dated = _date_of(name, specific, ("of", "in")) or (
        _date_of(place, specific, ("of",)) if place is not None else None)
    if dated is None or _wished_for(name):
        return None
    return _event_without_its_date(name, *dated)


#: Verbs whose object is an event wished, feared or awaited, not one that happened.
UNREAL_VERBS = frozenset(
    """call demand plan propose seek urge want oppose await expect fear hope push discuss
    consider block prevent delay postpone threaten predict welcome""".split()  # noqa: SIM905
)


def _wished_for(noun: Token) -> bool:
    """'calling for the establishment of X', 'fears the closure of Y': the verb governing
    the event's noun (directly or through a preposition) makes it unreal."""
    head = noun.head
    if head.dep_ == "prep" or head.pos_ == "ADP":
        head = head.head
    return head.pos_ in ("VERB", "AUX") and lemma_of(head).lower() in UNREAL_VERBS


def _reports_speech(sent: Span) -> bool:
    """A sentence with a speech verb or an "according to" may date an event inside someone's
    claim."""
    return any(t.pos_ == "VERB" and lemma_of(t) in SPEECH_VERBS for t in sent) or (
        according_to(sent) is not None)


def _date_of(token: Token, specific: Callable[[Span], bool],
             prepositions: tuple[str, ...] = ("in", "on")) -> tuple[Token, Span] | None:
    """The 'in 1220' or 'on 10 February 1763' hung on the event or on what it is of."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in prepositions:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.ent_type_ != "DATE":
            continue
        ent = entity_of(obj)
        if ent is None or ent.root != obj or not specific(ent):
            continue
        if any(t.i >= ent.end for t in prep.subtree):
            continue  # "in 1776 and 1783": more than the date
        return prep, ent
    return None
