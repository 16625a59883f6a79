"""Clauses never asked at all: verbs cut from their prefix or left to a later verb, a
country read as a subject, background dated from today, and claims in a first-person voice."""

from __future__ import annotations

from spacy.tokens import Span, Token

from factquiz.nlp.clauses import Clause, quoted_tokens
from factquiz.nlp.context import entity_of
from factquiz.nlp.facts.common import PLACE_LABELS
from factquiz.nlp.realise import deictic_time
from factquiz.nlp.vocabulary import FIRST_PERSON_PRONOUNS


def _verb_cut_from_its_prefix(verb: Token) -> bool:
    """"Mr Campbell then e-mailed Mr McFadyen": the tokenizer splits "e-mailed" and the
    parser hangs "e-" elsewhere, so the question would read "Who mailed Mr McFadyen?"."""
    if verb.i < 2:
        return False
    hyphen, prefix = verb.doc[verb.i - 1], verb.doc[verb.i - 2]
    return (hyphen.text == "-" and not hyphen.whitespace_ and not prefix.whitespace_
            and hyphen.head != verb and prefix.head != verb)


def _object_left_to_a_later_verb(verb: Token) -> bool:
    """"Genghis besieged, captured, and sacked the Jin capital": the first verbs of a comma
    list share the last one's object, so alone they would ask "When did Genghis besiege?"."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ",":
        return False
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for c in verb.children):
        return False
    listed = [c for c in verb.children if c.dep_ in ("conj", "advcl") and c.i > verb.i
              and c.tag_ in ("VBD", "VBN", "VBZ", "VBP")]
    return bool(listed) and any(c.dep_ == "dobj" for c in listed[-1].children) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in listed[-1].children)


def _subject_inside_an_opening_attribution(clause: Clause) -> bool:
    """"According to the works of the historian Rashid Hamadani, the Mongols killed ...": the
    parser may take the source's name for the subject (and "the Mongols" for its
    apposition); a subject before the comma that closes an opening "According to" is one of
    its words, never who did it."""
    subject = clause.subject
    if subject is None:
        return False
    sent = subject.sent
    if sent[0].lower_ != "according" or len(sent) < 3 or sent[1].lower_ != "to":
        return False
    comma = next((t.i for t in sent if t.text == ","), None)
    return comma is None or subject.i < comma


def _country_of_the_place_before(clause: Clause) -> bool:
    """"their service to Bergen and Stavanger, Norway was terminated": a place written after
    a place and a comma says where that one is; the parse took it for the subject."""
    subject = clause.subject
    if subject is None or subject.ent_type_ not in PLACE_LABELS or subject.i < 2:
        return False
    named = entity_of(subject)
    start = named.start if named is not None else subject.i
    comma, before = subject.doc[start - 1], subject.doc[start - 2]
    return comma.text == "," and before.ent_type_ in PLACE_LABELS


def _first_person(sent: Span) -> set[int]:
    """Where a sentence speaks in somebody's own voice ("I", "we", "our") outside quotation
    marks: a columnist's view, or a speaker's words whose quotation opened earlier. A
    capitalised "We" inside a sentence is a title ("Are We There Yet?"), not a voice."""
    quoted = quoted_tokens(sent)
    return {
        t.i for t in sent
        if t.lower_ in FIRST_PERSON_PRONOUNS and t.tag_ in ("PRP", "PRP$") and t.text != "US"
        and t.i not in quoted and not t.ent_type_
        and not (t.i > sent.start and t.text[:1].isupper() and t.lower_ != "i")
        and not (t.lower_ == "i" and (t.dep_ in _NO_PLACE_FOR_I or _numbered_i(t)))
    }


#: Words a Roman numeral follows: "grade I", "Part I", "World War I", "Richard I".
_NUMBERED = frozenset({"grade", "class", "part", "type", "phase", "war", "division", "league",
                       "stage", "tier", "category", "volume", "chapter", "book", "act"})


def _numbered_i(token: Token) -> bool:
    """'either grade I or II listed': an "I" after a word that takes a numeral, or listed
    with "II", is the numeral, however the parser hung it."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return (before is not None and before.lower_ in _NUMBERED) or any(
        t.text in ("II", "III", "IV") for t in token.doc[token.i + 1 : token.i + 3])


#: Where "I" cannot be the pronoun, which would be "me": "was listed grade I" is a numeral.
_NO_PLACE_FOR_I = frozenset({"dobj", "pobj", "compound", "nummod", "appos", "npadvmod"})


def _in_voice(clause: Clause, first_person: set[int]) -> bool:
    """The clause is the voice's own claim: anything in its sentence, except a relative or
    participle clause about a name that holds no first person itself ("the only person who
    backed my plan was Ada Obi, who has won the race six times")."""
    if not first_person or clause.speaker is not None:
        return False
    if clause.relative or clause.participle:
        return any(t.i in first_person for t in clause.verb.subtree)
    return True


def _background_dated_from_today(clause: Clause) -> bool:
    """'..., who controlled Mazar-e-Sharif until the Taliban captured the city three years
    ago': an event told as background, dated only from the article's day; without that date
    "Which organisation captured Mazar-e-Sharif?" reads as the article's own event."""
    return clause.verb.dep_ == "advcl" and any(deictic_time(c) for c in clause.verb.children)
