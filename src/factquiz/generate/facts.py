"""The same fact across documents: merge repeats, flag disagreements.

Candidates are grouped by what they ask about. Two candidates are one fact when they have the
same answer entity (or the same number) and prompts that say the same thing; from different
documents they become one question citing both. Two how-many candidates from different
documents that count the same noun under the same verb, about the same event, with different
figures, are a conflict: one question that names its source, with both figures noted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from factquiz.generate.aliases import Entity, EntityIndex
from factquiz.generate.candidate import Candidate
from factquiz.generate.names import FUNCTION_WORDS, fold

#: Prompts at least this similar (token set ratio) ask the same thing.
SAME_PROMPT = 80
#: Within one document, prompts this similar with the same answer are near-duplicates.
NEAR_DUPLICATE = 85


@dataclass
class Fact:
    """One future question: its best candidate, the same fact from other documents, conflicts."""

    primary: Candidate
    entity: Entity | None = None
    #: The same fact, one candidate per other document (citations after the primary).
    supporting: list[Candidate] = field(default_factory=list)
    #: Same counted noun and verb, another figure, another document.
    conflicting: list[Candidate] = field(default_factory=list)

    @property
    def candidates(self) -> list[Candidate]:
        return [self.primary, *self.supporting]


#: Counted nouns that already say "dead": "left 5,000 dead" counts what "killed 5,000 people" does.
_DEATH_NOUNS = frozenset({"dead", "death", "fatality", "casualty", "victim", "life"})
_DEATH_VERBS = frozenset({"kill", "die", "perish", "claim", "leave", "cause"})
_PEOPLE_NOUNS = frozenset({"people", "person"})


def fact_key(candidate: Candidate) -> tuple[str, str] | None:
    """What a how-many candidate counts, as (noun, verb), with death tolls made comparable."""
    counted, predicate = candidate.counted, candidate.predicate
    if not counted or not predicate:
        return None
    counted, predicate = counted.casefold(), predicate.casefold()
    if counted in _DEATH_NOUNS and predicate in _DEATH_VERBS:
        return ("people", "kill")
    if counted in _PEOPLE_NOUNS and predicate in ("kill", "die"):
        return ("people", "kill")
    if predicate == "die":
        return (counted, "kill")
    return (counted, predicate)


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
#: "Sept." and "September" are one word for comparing sentences.
_MONTH_FORMS = {m: m[:3] for m in _MONTHS} | {m[:3]: m[:3] for m in _MONTHS} | {"sept": "sep"}


def content_words(text: str) -> set[str]:
    words = re.findall(r"[a-z][a-z'-]+", fold(text))
    return {_MONTH_FORMS.get(w, w) for w in words if w not in FUNCTION_WORDS and len(w) > 2}


def values_overlap(a: Candidate, b: Candidate) -> bool:
    if a.value is None or b.value is None:
        return fold(a.answer) == fold(b.answer)
    return not (a.value[1] < b.value[0] or b.value[1] < a.value[0])


def same_event(a: Candidate, b: Candidate) -> bool:
    """Two sentences about the same event: they share content words beyond the counted noun.

    Guards conflicts in a corpus of unrelated articles ("killed 30 people" in one story and
    "killed 12 people" in another are not a disagreement).
    """
    ignore = content_words(f"{a.counted or ''} {a.predicate or ''} {a.answer} {b.answer}")
    shared = (content_words(a.sentence) & content_words(b.sentence)) - ignore
    return len(shared) >= 3 and bool(shared & (_names_in(a.sentence) | _names_in(b.sentence)))


def _names_in(sentence: str) -> set[str]:
    """Capitalised words after the first: the proper names a sentence mentions."""
    tokens = re.findall(r"[\w'-]+", sentence)[1:]
    return {fold(t) for t in tokens if t[:1].isupper()}


def _rank_key(candidate: Candidate, doc_order: dict[str, int]) -> tuple:
    return (-candidate.quality, doc_order.get(candidate.doc_id, 0), candidate.sentence_index,
            candidate.prompt, candidate.answer)


def answer_key(candidate: Candidate, index: EntityIndex) -> tuple[str, str]:
    """What the answer stands for: a number or date as written, else its entity (or its
    folded text when the index knows none)."""
    if candidate.answer_type in ("NUMBER", "DATE"):
        return (candidate.answer_type, fold(candidate.answer))
    entity = index.find(candidate.answer, candidate.answer_type, candidate.doc_id)
    return (candidate.answer_type, f"entity:{id(entity)}" if entity else fold(candidate.answer))


def group_facts(candidates: list[Candidate], index: EntityIndex, doc_order: dict[str, int]
                ) -> list[Fact]:
    """Merge repeats of one fact and attach conflicting figures; deterministic order."""
    ordered = sorted(candidates, key=lambda c: _rank_key(c, doc_order))
    facts: list[Fact] = []
    by_answer: dict[tuple[str, str, str], list[Fact]] = {}
    by_count: dict[tuple[str, str], list[Fact]] = {}
    for candidate in ordered:
        key = (candidate.kind, *answer_key(candidate, index))
        merged = False
        for fact in by_answer.get(key, []):
            similarity = max(fuzz.token_set_ratio(fold(candidate.prompt), fold(c.prompt))
                             for c in fact.candidates)
            same_doc = any(c.doc_id == candidate.doc_id for c in fact.candidates)
            if same_doc and similarity >= NEAR_DUPLICATE:
                merged = True  # a near-duplicate from the same article: the better one stays
                break
            if not same_doc and similarity >= SAME_PROMPT:
                fact.supporting.append(candidate)
                merged = True
                break
            if (not same_doc and candidate.kind == "how-many" and fact_key(candidate)
                    and fact_key(candidate) == fact_key(fact.primary)
                    and same_event(candidate, fact.primary)):
                fact.supporting.append(candidate)
                merged = True
                break
        if merged:
            continue
        fact = Fact(candidate, entity=None if candidate.answer_type in ("NUMBER", "DATE")
                    else index.find(candidate.answer, candidate.answer_type, candidate.doc_id))
        # A different figure for the same count from another article: a conflict, not a fact.
        conflict_with = None
        key_counted = fact_key(candidate) if candidate.kind == "how-many" else None
        if key_counted:
            for other in by_count.get(key_counted, []):
                p = other.primary
                if (all(c.doc_id != candidate.doc_id for c in other.candidates)
                        and not values_overlap(p, candidate) and same_event(p, candidate)):
                    conflict_with = other
                    break
        if conflict_with is not None:
            conflict_with.conflicting.append(candidate)
            continue
        facts.append(fact)
        by_answer.setdefault(key, []).append(fact)
        if key_counted:
            by_count.setdefault(key_counted, []).append(fact)
    return facts
