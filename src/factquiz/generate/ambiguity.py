"""Questions the corpus itself answers two ways: a quiz must never mark a right answer wrong.

Each sentence can be asked well and the corpus still hold a second right answer:
"Karim Khalili, spokesman for the Shiite Muslim faction" and, later in the same report,
"Saeed Zaher Wasik, a spokesman for the Shiite Muslim faction"; "UK Athletics chief Max
Jones" beside "UK Athletics chief David Moorcroft"; "Who is the Home Secretary?" asked of two
reports written either side of a reshuffle. Numbers have their conflict notes
(`factquiz.generate.facts`); a person, place or date asked twice with two answers has no
single answer to give, so neither question is kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from factquiz.generate.aliases import EntityIndex
from factquiz.generate.candidate import Mention
from factquiz.generate.kinds import KindEvidence, a_country
from factquiz.generate.names import fold, person_tokens
from factquiz.ingest import Document
from factquiz.model import Question

#: "Who is the spokesman for X?", "Who was the UK Athletics chief?": a role with one holder.
_ROLE_QUESTION = re.compile(r"^Who (?:is|was) the (?P<role>.+)\?$")
#: Words that date a role without changing it: "the new Home Secretary" is still the one.
_TIME_WORDS = re.compile(r"\b(?:new|current|present|incoming|then)\s+", re.IGNORECASE)
#: Words before a role that make it another role: "former chief executive", "deputy chief".
_OTHER_ROLE_BEFORE = re.compile(
    r"(?:former|ex-|outgoing|deputy|assistant|vice|shadow|acting|junior|interim)\s*$",
    re.IGNORECASE,
)
_PERSON = frozenset({"PERSON"})
#: A character that would make a found role part of a longer word.
_WORD_EDGE = re.compile(r"[\w-]")
#: How far around a role a holder's name is looked for: "Saeed Zaher Wasik, a spokesman".
_WINDOW = 80


def _prompt_key(question: Question) -> tuple[str, str]:
    return question.kind, fold(_TIME_WORDS.sub("", question.prompt))


def asked_twice(questions: list[Question], answer_of: dict[str, tuple[str, str]]) -> set[str]:
    """Ids of questions whose prompt another question asks with another answer.

    `answer_of` maps a question id to what its answer stands for (`facts.answer_key`); the
    corpus stage has already merged questions whose answers are one entity.
    """
    groups: dict[tuple[str, str], list[Question]] = {}
    for question in questions:
        groups.setdefault(_prompt_key(question), []).append(question)
    ambiguous: set[str] = set()
    for group in groups.values():
        if len({answer_of[q.id] for q in group}) > 1:
            ambiguous.update(q.id for q in group)
    return ambiguous


def role_of(question: Question) -> str | None:
    """The role a who-question asks the holder of, as the article wrote it."""
    match = _ROLE_QUESTION.match(question.prompt)
    if question.kind != "who" or match is None:
        return None
    role = _TIME_WORDS.sub("", match.group("role"))
    return role if len(role.split()) >= 2 else None  # "the chairman" alone is no role here


#: What may stand between a name and the role after it ("Wasik, a spokesman") or before it
#: ("chief Max Jones", "spokesman for Y, Mr X").
_BEFORE_ROLE = re.compile(r"\s*,?\s*(?:(?:a|an|the)\s+)?$")
_AFTER_ROLE = re.compile(r"\s*,?\s*(?:(?:the|Mr|Mrs|Ms|Dr)\.?\s+)?")


def _names_beside(text: str, start: int, end: int, names: Iterable[str]
                  ) -> list[tuple[str, int, int]]:
    """Names written right before a role ("X, a spokesman for") or right after it
    ("chief Max Jones", "spokesman for Y, X,"), with where they stand in the text. Plain
    string tests, not a pattern per name: this runs for every role against every name."""
    window = max(0, start - _WINDOW)
    before = text[window:start]
    before = before[: _BEFORE_ROLE.search(before).start()]
    after_at = end + _AFTER_ROLE.match(text, end).end() - end
    found = []
    for name in names:
        if before.endswith(name) and not _WORD_EDGE.match(before[-len(name) - 1 : -len(name)]):
            at = window + len(before) - len(name)
            found.append((name, at, at + len(name)))
        elif text.startswith(name, after_at) and not _WORD_EDGE.match(
                text[after_at + len(name) : after_at + len(name) + 1]):
            found.append((name, after_at, after_at + len(name)))
    return found


def _overlaps(text: str, start: int, end: int, forms: Iterable[str]) -> bool:
    """Some written form of the answer covers this stretch of text: "the Rt Rev Dr" read as a
    name of its own inside "the Rt Rev Dr Tom Wright"."""
    for form in forms:
        for hit in re.finditer(re.escape(form), text[max(0, start - 60) : end + 60]):
            offset = max(0, start - 60)
            if hit.start() + offset < end and hit.end() + offset > start:
                return True
    return False


def _people_by_document(mentions: list[Mention], kinds: KindEvidence | None
                        ) -> dict[str, set[str]]:
    """Names each article labels PERSON, leaving out those the corpus reads as something else
    at least as often ("Tajikistan", once a person and once a people)."""
    people: dict[str, set[str]] = {}
    for m in mentions:
        if m.label == "PERSON" and (
                kinds is None or (kinds.label_share(m.text, _PERSON) or 0) > 0.5):
            people.setdefault(m.doc_id, set()).add(m.text)
    return people


@dataclass
class RoleHolders:
    """Who else the corpus writes beside a role: built once per corpus, asked per question."""

    documents: list[Document]
    index: EntityIndex
    people: dict[str, set[str]]
    #: Each document's text in lower case, for a case-blind search that keeps offsets.
    lowered: list[str] = field(default_factory=list)

    @classmethod
    def build(cls, documents: list[Document], mentions: list[Mention],
              index: EntityIndex) -> RoleHolders:
        return cls(documents, index, _people_by_document(mentions, index.kinds),
                   [d.text.lower() for d in documents])

    def _hits(self, role: str) -> Iterator[tuple[Document, int, int]]:
        """Whole-phrase occurrences of the role, any case ("Spokesman for the faction")."""
        needle = role.lower()
        for document, text in zip(self.documents, self.lowered, strict=True):
            at = text.find(needle)
            while at >= 0:
                end = at + len(needle)
                if not _WORD_EDGE.match(text[at - 1 : at] if at else "") and not (
                        _WORD_EDGE.match(text[end : end + 1])):
                    yield document, at, end
                at = text.find(needle, at + 1)

    def held_by_another(self, question: Question, role: str, answer_entity: object) -> bool:
        """Another person in the corpus is written with the same role: "a spokesman for the
        faction" names one of several, so "the spokesman" has no single answer."""
        forms = [question.answer, *question.accept]
        surnames = {person_tokens(form)[-1] for form in forms if person_tokens(form)}
        for document, start, end in self._hits(role):
            text = document.text
            if _OTHER_ROLE_BEFORE.search(text[max(0, start - 12) : start]):
                continue
            for name, at, until in _names_beside(text, start, end,
                                                 self.people.get(document.id, ())):
                if person_tokens(name) and person_tokens(name)[-1] in surnames:
                    continue  # "Mr Khalili" for "Karim Khalili"
                if _overlaps(text, at, until, forms):
                    continue
                if a_country(name):
                    continue  # "Tajikistan, the alliance's foreign minister": no person
                entity = self.index.find(name, "PERSON", document.id)
                if entity is not None and entity.type == "PERSON" and entity is not answer_entity:
                    return True
        return False
