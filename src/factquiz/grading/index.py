"""Every answer a pack knows, grouped into entities, so grading can refuse another answer.

An entity is one thing the pack names: a question's answer together with its `accept` entries,
a distractor, or one item of a list answer. Entities that share a spelling are merged, so two
questions about Dostum point at the same entity. The index also knows which surnames belong to
exactly one person and every numeric value in the pack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein, Levenshtein

from factquiz.grading import variants
from factquiz.grading.common import is_common
from factquiz.grading.normalise import digits_of, normalise, squash
from factquiz.grading.numbers import Quantity, parse_quantity
from factquiz.model import Pack, Question

#: What the note calls an entity of each kind: "that is another place in this quiz".
KIND_NOUNS = {
    "who": "person",
    "where": "place",
    "what-org": "organisation",
    "when": "date",
    "how-many": "number",
}

_LIST_SPLIT = re.compile(r"\s*(?:[,;&]|\band\b)\s*", re.IGNORECASE)


def list_items(answer: str, kind: str) -> list[str]:
    """The items of a list answer ("Shibarghan, Aybak and Maimana"), or [] for a single answer.

    Dates and numbers are never lists: "September 11, 2001" and "7,000" are one answer.
    """
    if kind in ("when", "how-many"):
        return []
    items = [item for item in _LIST_SPLIT.split(answer) if normalise(item)]
    return items if len(items) >= 2 else []


def display_surname(form: str) -> str:
    """The last word of a name as the pack spells it: "Abdul Rashid Dostum's" -> "Dostum"."""
    words = re.findall(r"[^\W_]+(?:[-'’][^\W_]+)*", form)
    return words[-1] if words else form


_SMALL_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "de", "al", "el"})


def initials(text: str) -> str:
    """ "United Nations" -> "UN", "North Atlantic Treaty Organization" -> "NATO"; else "".

    Only names of two or more capitalised words (small words like "of" aside) have initials.
    """
    words = [w for w in re.findall(r"[^\W\d_]+", text) if w.casefold() not in _SMALL_WORDS]
    if len(words) < 2 or not all(w[0].isupper() for w in words):
        return ""
    return "".join(w[0].upper() for w in words)


def _spelling_of(token: str, entity: Entity) -> str:
    """How the pack spells one normalised word of an entity's name ("muhaqiq" -> "Muhaqiq")."""
    for text in entity.texts:
        for word in re.findall(r"[^\W_]+(?:[-'’][^\W_]+)*", text):
            if squash(normalise(word)) == token:
                return re.sub(r"['’]s$", "", word)
    return display_surname(entity.display)


@dataclass
class Entity:
    id: int
    kind: str
    display: str
    keys: set[str] = field(default_factory=set)
    #: Normalised (spaced) forms, for surnames.
    forms: set[str] = field(default_factory=set)
    #: The pack's own spellings, for notes and initials.
    texts: list[str] = field(default_factory=list)

    @property
    def noun(self) -> str:
        if self.kind == "who" and not any(" " in form for form in self.forms):
            return "name"
        return KIND_NOUNS.get(self.kind, "answer")


@dataclass(frozen=True)
class NumericValue:
    quantity: Quantity
    question_id: str
    #: "answer", "accept", "distractor" or "conflict".
    role: str
    text: str


class PackIndex:
    """Answers, accepted spellings, distractors and numbers of one pack, ready for lookups."""

    def __init__(self, pack: Pack) -> None:
        self.entities: list[Entity] = []
        self._owner: dict[str, int] = {}
        for question in pack.questions:
            self._add_question(question)
        self.surnames: dict[str, tuple[int, str]] = {}
        self.shared_tokens: dict[str, set[int]] = {}
        self._index_surnames()
        self.initials: dict[str, tuple[int, str]] = {}
        self._index_initials()
        self._surnames_by_entity: dict[int, list[tuple[str, str]]] = {}
        for k, (entity, display) in self.surnames.items():
            self._surnames_by_entity.setdefault(entity, []).append((k, display))
        #: Every key by length: a key within d edits differs in length by at most d.
        self._by_length: dict[int, list[str]] = {}
        for k in dict.fromkeys([*self._owner, *self.surnames, *self.initials]):
            self._by_length.setdefault(len(k), []).append(k)
        self.values: list[NumericValue] = [
            value for question in pack.questions for value in _numeric_values(question)
        ]

    # -- building -------------------------------------------------------------------------

    def _add_question(self, question: Question) -> None:
        self.add_entity([question.answer, *question.accept], question.kind)
        for distractor in question.distractors:
            self.add_entity([distractor], question.kind)
        for item in list_items(question.answer, question.kind):
            self.add_entity([item], question.kind)

    def add_entity(self, texts: list[str], kind: str) -> int | None:
        """Add one entity named by `texts`, merging with any entity that shares a spelling."""
        forms = {form for text in texts for form in variants.forms(normalise(text), kind)}
        forms.discard("")
        if not forms:
            return None
        keys = {squash(form) for form in forms}
        owners = sorted({self._owner[k] for k in keys if k in self._owner})
        if owners:
            target = self.entities[owners[0]]
            for other_id in owners[1:]:
                other = self.entities[other_id]
                target.keys |= other.keys
                target.forms |= other.forms
                target.texts += other.texts
                for k in other.keys:
                    self._owner[k] = target.id
                other.keys, other.forms = set(), set()
        else:
            target = Entity(len(self.entities), kind, texts[0])
            self.entities.append(target)
        target.keys |= keys
        target.forms |= forms
        target.texts += [text for text in texts if text not in target.texts]
        for form in forms:
            self._owner[squash(form)] = target.id
        return target.id

    def _index_surnames(self) -> None:
        people = [e for e in self.entities if e.kind == "who" and e.forms]
        owners: dict[str, set[int]] = {}
        for entity in people:
            for form in entity.forms:
                for token in form.split():
                    owners.setdefault(token, set()).add(entity.id)
        for entity in people:
            for form in entity.forms:
                tokens = form.split()
                if len(tokens) < 2:
                    continue
                last = tokens[-1]
                if len(last) < 2 or last.isdigit() or is_common(last):
                    continue
                if owners[last] == {entity.id} and self._owner.get(last, entity.id) == entity.id:
                    self.surnames[last] = (entity.id, _spelling_of(last, entity))
                elif len(owners[last]) > 1:
                    self.shared_tokens[last] = owners[last]

    def _index_initials(self) -> None:
        """ "UN" for United Nations: organisations whose initials no other entity shares."""
        found: dict[str, set[tuple[int, str]]] = {}
        for entity in self.entities:
            if entity.kind != "what-org":
                continue
            for text in entity.texts:
                letters = initials(text)
                if letters:
                    found.setdefault(letters.casefold(), set()).add((entity.id, letters))
        for k, owners in found.items():
            if len({entity for entity, _ in owners}) == 1 and k not in self._owner:
                self.initials[k] = min(owners)

    def initials_of(self, entity: int | None) -> list[tuple[str, str]]:
        """(key, display) of the initials an organisation may be typed as."""
        return [(k, shown) for k, (owner, shown) in self.initials.items() if owner == entity]

    # -- lookups --------------------------------------------------------------------------

    def owner(self, k: str) -> int | None:
        """The entity spelled exactly `k` (a key), counting unique surnames."""
        if k in self._owner:
            return self._owner[k]
        short = self.surnames.get(k) or self.initials.get(k)
        return short[0] if short else None

    def spelling(self, normalised: str, entity: int) -> str:
        """A normalised name written word by word as the pack spells it ("abdul dostum")."""
        return " ".join(_spelling_of(word, self.entities[entity]) for word in normalised.split())

    def surnames_of(self, entity: int | None) -> list[tuple[str, str]]:
        """(key, display) of the unique surnames of one entity."""
        return self._surnames_by_entity.get(entity, []) if entity is not None else []

    def entity_of(self, text: str, kind: str = "") -> int | None:
        normalised = normalise(text)
        found = self.owner(squash(normalised))
        return found if found is not None else self.owner(squash(variants.core(normalised, kind)))

    def nearest_other(self, k: str, max_distance: int, exclude: int | None) -> Entity | None:
        """Another entity spelled within `max_distance` edits of `k`, if any (closest first).

        Plain Levenshtein (bit-parallel, fast) with twice the budget finds every candidate,
        since a transposition costs it two edits; Damerau-Levenshtein then decides.
        """
        digits = digits_of(k)
        best: tuple[int, Entity] | None = None
        candidates = [
            choice
            for length in range(len(k) - max_distance, len(k) + max_distance + 1)
            for choice, _, _ in process.extract(
                k,
                self._by_length.get(length, ()),
                scorer=Levenshtein.distance,
                score_cutoff=2 * max_distance,
                limit=None,
            )
        ]
        for choice in candidates:
            owner = self.owner(choice)
            if owner is None or owner == exclude or digits_of(choice) != digits:
                continue
            distance = DamerauLevenshtein.distance(k, choice, score_cutoff=max_distance)
            if distance <= max_distance and (best is None or distance < best[0]):
                best = (distance, self.entities[owner])
        return best[1] if best else None


def _numeric_values(question: Question) -> list[NumericValue]:
    if question.kind != "how-many":
        return []
    texts = [(question.answer, "answer")]
    texts += [(text, "accept") for text in question.accept]
    texts += [(text, "distractor") for text in question.distractors]
    if question.conflict is not None:
        texts += [(value.value, "conflict") for value in question.conflict.values]
    values = []
    for text, role in texts:
        quantity = parse_quantity(text)
        if quantity is not None:
            values.append(NumericValue(quantity, question.id, role, text))
    return values
