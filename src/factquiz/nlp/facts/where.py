"""Where questions: places in locative phrases, venues and places inside places."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from factquiz.nlp.clauses import Clause
from factquiz.nlp.context import entity_key, entity_of
from factquiz.nlp.entity_fixes import FACILITY_NOUNS, GEOGRAPHIC_NOUNS, PLACE_NOUNS
from factquiz.nlp.facts.common import (
    EVENT_LAST_WORDS,
    EVENT_NOUNS,
    PLACE_LABELS,
    VENUE_NOUNS,
    Draft,
    _ask,
    _span,
)
from factquiz.nlp.facts.when import _one_past_event
from factquiz.nlp.lemmas import lemma as lemma_of
from factquiz.nlp.realise import Piece, phrase
from factquiz.nlp.vocabulary import DIRECTIONAL_PREPOSITIONS, LOCATIVE_PREPOSITIONS, MOTION_VERBS


def _name_the_model_misread(obj: Token, ent: Span | None, preposition: str,
                            prepositions: tuple[str, ...]) -> bool:
    """A capitalised name after a locative preposition that the model gave no label, or
    called a person, an organisation or a facility: it may still be a place."""
    if preposition not in prepositions or obj.tag_ != "NNP":
        return False
    return ent is None or (ent.label_ in ("ORG", "PERSON", "FAC") and ent.root == obj)


def _named_venue(obj: Token, ent: Span | None, preposition: str) -> bool:
    """'in Victory Square', 'in Pusey Library', 'near the Kalka River': a capitalised name
    ending in a word for a building or a feature of the land is a place, whatever label
    (none, PERSON, ORG) the model gave it."""
    if not _name_the_model_misread(obj, ent, preposition,
                                   ("at", "in", "near", "outside", "inside")):
        return False
    if ent is None and any(
        c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC") for c in obj.children
    ):
        return True  # "at the Santa Clara Marriott": a named building in a named town
    if obj.lower_ not in VENUE_NOUNS and obj.lower_ not in GEOGRAPHIC_NOUNS:
        return False
    return any(c.dep_ == "compound" and c.tag_ == "NNP" for c in obj.children)


def _within_a_named_place(obj: Token, ent: Span | None, preposition: str) -> Token | None:
    """'defeated at Sainte Foy in Quebec': a name the model misread, followed by "in" and a
    town or country, is a place there; the "in" phrase (which this returns) stays in the
    answer, so the question names no second place."""
    if not _name_the_model_misread(obj, ent, preposition, ("at", "in", "near")):
        return None
    return next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "in"
                 and c.i == obj.i + 1 and any(g.dep_ == "pobj" and g.ent_type_ == "GPE"
                                              for g in c.children)), None)


def _where(clause: Clause) -> Iterator[Draft]:
    verb = clause.verb
    # "built a church in Paris": the place may hang on the object rather than the verb.
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if clause.subject is not None and clause.subject.dep_ == "expl":
        # "there was a riot at Buckland Valley in 1857": the place of what there was
        objects += [c for c in verb.children if c.dep_ == "attr"]
    own = [c for c in verb.children if c.dep_ == "prep"]
    # "continues to live in Los Angeles": the place of what the subject goes on to do.
    own += [p for x in _infinitive_complements(verb) for p in x.children if p.dep_ == "prep"]
    hung = [
        p
        for o in objects
        if lemma_of(o).lower() not in EVENT_NOUNS
        for p in o.children
        if p.dep_ == "prep" and p.i > o.i
    ]
    # "held on February 1, 2016 at SAP Center": the place hung on the date.
    hung += [
        p
        for c in own
        for o in c.children
        if o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME")
        for p in o.children
        if p.dep_ == "prep" and p.i > o.i
    ]
    for prep in own + hung:
        if prep.dep_ != "prep" or (prep in hung and prep.lower_ not in ("in", "at", "near")):
            continue
        if prep in hung and any(c.dep_ == "conj" for c in prep.head.children):
            continue  # "enrolls 5,000 students in the College and 15,000 overall": one's
        if prep in hung and prep.i > 0 and prep.doc[prep.i - 1].text == ",":
            continue  # "a rise in X and, in Ireland, only a fall": the next clause's place
        word = prep.lower_
        if word not in LOCATIVE_PREPOSITIONS and not (
            word in DIRECTIONAL_PREPOSITIONS and lemma_of(verb) in MOTION_VERBS
        ):
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        ent = entity_of(obj)
        place_head = (
            ent is not None
            and ent.label_ in PLACE_LABELS
            and (ent.root == obj or obj.lower_ in FACILITY_NOUNS)
        )
        # "practised at Stanford University", "held at SAP Center": a named venue is a
        # place even when the model calls it an organisation.
        venue = (
            ent is not None
            and ent.label_ == "ORG"
            and ent.root == obj
            and obj.lower_ in VENUE_NOUNS
            and word in ("at", "in", "near", "outside", "inside")
        )
        venue = venue or _named_venue(obj, ent, word)
        place_head = place_head or venue
        within = None if place_head else _within_a_named_place(obj, ent, word)
        if within is not None:
            place_head = venue = True  # "at Sainte Foy in Quebec": a place in a place
        if not place_head:
            # "near the summit of Mount Kenya", "on the outskirts of Kabul"
            place_head = any(
                c.dep_ == "prep"
                and c.lower_ == "of"
                and any(
                    g.dep_ == "pobj" and g.ent_type_ in PLACE_LABELS and entity_of(g).root == g
                    for g in c.children
                )
                for c in obj.children
            )
        if not place_head and obj.lower_ in PLACE_NOUNS:
            # "in the northern city of Mazar-e-Sharif"
            place_head = any(t.ent_type_ in PLACE_LABELS for t in phrase(obj))
        if not place_head or (_event_name(ent) and word != "at"):
            continue  # "take part in the Great Ireland Run": an event ("at the Games" is where)
        if (word == "at" and ent is not None and ent.label_ == "GPE" and len(ent) == 1
                and obj.left_edge == obj):
            continue  # "joined on stage at Berlin": the city's festival, not the city
        # The place itself, without what follows it ("on the southern edge of the city").
        trailing = {
            t.i
            for c in obj.children
            if c.dep_ in ("prep", "acl", "relcl") and c.i > obj.i and c.lower_ != "of"
            and c != within
            for t in c.subtree
        }
        kept = [prep, *phrase(obj, frozenset(trailing))]
        answer = _span(kept)
        if (
            answer is None
            or len(answer) < len(kept)
            or not (venue or any(t.ent_type_ in PLACE_LABELS for t in answer))
        ):
            continue
        following = answer.doc[answer.end] if answer.end < len(answer.doc) else None
        if following is not None and following.is_title and following.pos_ in ("ADP", "DET"):
            continue  # "at the View" of "the View From Great Edinburgh Cross Country"
        question = _ask(clause, [Piece("Where")], {t.i for t in prep.subtree},
                        simple_past=_one_past_event(clause))
        key = entity_key(ent) if ent is not None else None
        yield Draft("where", answer, "PLACE", question, answer_key=key)


def _infinitive_complements(verb: Token) -> list[Token]:
    """'continues to live', 'plans to open': the infinitive the verb governs, whose own
    subject is the clause's."""
    return [x for x in verb.children
            if x.dep_ == "xcomp" and x.i > verb.i and x.tag_ == "VB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)]


def _event_name(ent: Span | None) -> bool:
    return ent is not None and ent[-1].lower_ in EVENT_LAST_WORDS
