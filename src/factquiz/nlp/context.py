"""What a paragraph knows: its named entities in order, for pronoun and "the city" resolution.

A pronoun is resolved only when exactly one entity of the right type precedes it in the
paragraph (counting "Mr Dostam" and "Abdul Rashid Dostam" as one by their last word);
otherwise the caller drops the question rather than guess.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from factquiz.nlp.vocabulary import NAME_TITLES

#: Entity labels that are names of people, groups, organisations and places.
NAMED_LABELS = frozenset({"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC"})
#: The named labels that name one thing, which "it" and "the airport" may stand for.
THING_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC"})
#: Labels the small model gives some personal names; such a subject makes "he" ambiguous.
SUSPECT_PERSON_LABELS = frozenset({"PRODUCT", "WORK_OF_ART"})


def name_span(ent: Span) -> Span:
    """The entity with a title before it kept: "Mr Dostam", "Gen Tommy Franks"."""
    doc = ent.doc
    start = ent.start
    if ent.label_ == "PERSON":
        while (
            start > 0
            and doc[start - 1].lower_.rstrip(".") in NAME_TITLES
            and doc[start - 1].is_title
        ):
            start -= 1
    # "the Taliban" is a name; "the" is not part of it.
    while start < ent.end - 1 and doc[start].lower_ == "the":
        start += 1
    return doc[start : ent.end]


def entity_of(token: Token) -> Span | None:
    """The entity a token belongs to, found from its IOB tags (cheaper than scanning ents)."""
    label = token.ent_type_
    if not label:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=label)


def entity_key(ent: Span) -> str:
    """One key per real-world entity within a paragraph: a person's last name, else the name."""
    words = [t.lower_ for t in ent if t.lower_ != "the" and not t.is_punct]
    if not words:
        return ent.text.lower()
    if (ent.label_ or ent.root.ent_type_) == "PERSON":
        return words[-1].removesuffix("'s")
    return " ".join(words)


def _written_name(ent: Span) -> str:
    """How to name the entity mid-sentence: "the Castellan Shipping Company", "Mr Vos"."""
    span = name_span(ent)
    before = span.start - 1
    if (
        ent.label_ in ("ORG", "NORP", "FAC", "LOC")
        and before >= 0
        and span.doc[before].lower_ == "the"
    ):
        return "the " + span.text
    return span.text


@dataclass(frozen=True)
class Antecedent:
    text: str
    key: str
    label: str
    end: int


#: What a person has that an organisation does not: "Chepkemei's management company".
_PERSONAL_THINGS = frozenset({"management", "manager", "agent", "coach", "wife", "husband",
                              "family", "mother", "father", "son", "daughter", "lawyer",
                              "spokesman", "spokeswoman", "career", "partner", "brother",
                              "sister", "girlfriend", "boyfriend", "trainer"})


def unlabelled_name(token: Token) -> bool:
    """'Wentworth', 'Gasquet': a capitalised proper noun the entity model gave no label."""
    return token.pos_ == "PROPN" and not token.ent_type_ and token.is_title


def _owns_a_persons_thing(owner: Token) -> bool:
    """The possessed noun phrase names something only a person has."""
    return any(t.lower_ in _PERSONAL_THINGS for t in owner.head.subtree if t.i > owner.i)


class ParagraphContext:
    """Named mentions of one paragraph, queried by position."""

    def __init__(self, doc: Doc) -> None:
        self.mentions = [
            Antecedent(_written_name(ent), entity_key(ent), ent.label_, ent.end)
            for ent in doc.ents
            # "Chelsea beat Arsenal" read as one name is no antecedent to write in for "their"
            if ent.label_ in NAMED_LABELS and not any(t.pos_ == "VERB" for t in ent)
        ]
        # Names the model may have mislabelled as a thing ("Musharraf" as PRODUCT) that stand as
        # the subject of a clause: a "he" after one of them may mean that person. So may a
        # one-word "organisation" that owns a person's things ("Chepkemei's management
        # company, said she ...": Chepkemei, not the Radcliffe named before).
        self.suspect_subjects = [
            Antecedent(ent.text, entity_key(ent), ent.label_, ent.end)
            for ent in doc.ents
            if (((ent.label_ in SUSPECT_PERSON_LABELS or (ent.label_ == "ORG" and len(ent) == 1))
                and ent.root.dep_ in ("nsubj", "nsubjpass"))
                or (ent.label_ == "ORG" and len(ent) == 1 and ent.root.dep_ == "poss"
                    and _owns_a_persons_thing(ent.root)))
            and ent.root.pos_ == "PROPN"
        ]
        # A name the model left unlabelled ("Wentworth worked as an assistant to Henry Moore.
        # His reputation grew ..."): "his" may be that subject, not the one labelled person.
        self.suspect_subjects.extend(
            Antecedent(token.text, token.lower_, "", token.i + 1)
            for token in doc
            if token.dep_ in ("nsubj", "nsubjpass") and unlabelled_name(token)
        )

    def resolve(self, position: int, labels: frozenset[str],
                fits: Callable[[str], bool] | None = None) -> Antecedent | None:
        """The one entity of `labels` (and, given `fits`, of that kind: "the country" is no
        city) named before token `position`, or None if not exactly one."""
        prior = self.named_before(position, labels, fits)
        if len({m.key for m in prior}) != 1:
            return None
        if "PERSON" in labels and any(
            m.end <= position and m.key != prior[0].key for m in self.suspect_subjects
        ):
            return None
        return _fullest(prior)

    def named_before(self, position: int, labels: frozenset[str],
                     fits: Callable[[str], bool] | None = None) -> list[Antecedent]:
        """Every mention of `labels` (and, given `fits`, of that kind) ending before token
        `position`, in the paragraph's order."""
        return [m for m in self.mentions if m.end <= position and m.label in labels
                and (fits is None or fits(m.text))]

    def fullest(self, key: str, position: int, labels: frozenset[str]) -> Antecedent | None:
        """The fullest name of entity `key`, labelled one of `labels`, used before token
        `position`."""
        return _fullest([m for m in self.mentions
                         if m.key == key and m.end <= position and m.label in labels])

    def ending_at(self, end: int) -> Antecedent | None:
        """The mention whose name ends just before token `end`, if it is one the paragraph
        keeps."""
        return next((m for m in self.mentions if m.end == end), None)


def _fullest(mentions: list[Antecedent]) -> Antecedent | None:
    """The fullest of these names reads best in a question ("Mr Dostam" over "Dostam")."""
    return max(mentions, key=lambda m: (len(m.text.split()), m.end), default=None)
