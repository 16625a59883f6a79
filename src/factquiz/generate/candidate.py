"""What fact extraction hands to the corpus-level generator: one candidate question per fact.

This is the contract between `factquiz.nlp` (spaCy, per sentence) and `factquiz.generate`
(aliases, conflicts, distractors, ranking across all documents). Plain data, no spaCy objects,
so the corpus stage can be tested without loading a model.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Answer types, used to pick distractors of the same type and to group aliases.
ANSWER_TYPES: tuple[str, ...] = ("PERSON", "GROUP", "PLACE", "ORG", "NUMBER", "DATE")


@dataclass
class Candidate:
    """One question as extracted from one sentence, before corpus-level merging and ranking."""

    kind: str  # one of factquiz.model.KINDS
    prompt: str  # a full English question ending with "?"
    answer: str  # verbatim span of `sentence` (hedges such as "about" kept)
    answer_type: str  # one of ANSWER_TYPES
    doc_id: str
    sentence: str  # the source sentence, verbatim
    sentence_index: int  # position of the sentence in its document, for stable ordering
    #: Who made the claim, when the sentence attributes it ("according to X", "X said").
    speaker: str | None = None
    #: For how-many: the counted noun, lemmatised ("soldier").
    counted: str | None = None
    #: Lemma of the governing verb ("kill", "throw"): with `counted`, identifies the fact.
    predicate: str | None = None
    #: For numbers: the (low, high) value the answer denotes; equal for a single number.
    value: tuple[float, float] | None = None
    #: Hedge word kept with a number ("about", "at least", "more than"), if any.
    hedge: str | None = None
    #: Extraction-time quality estimate in [0, 1]; the ranker may refine it.
    quality: float = 0.5
    #: Named features behind `quality`, for the ranker and for debugging.
    features: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Mention:
    """One named-entity occurrence in the corpus; aliases and distractors come from these."""

    text: str
    label: str  # spaCy label after fixes: PERSON, NORP, ORG, GPE, LOC, FAC, DATE, ...
    doc_id: str
    sentence_index: int
    #: The name is its sentence's first word, where a capital says nothing ("Athletics fans
    #: endured ..." is no organisation called Athletics).
    opens_sentence: bool = False


@dataclass
class ExtractionResult:
    candidates: list[Candidate] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    sentences: int = 0
    words: int = 0
    #: Sentences the extractor could not read (an unforeseen parse); should stay 0.
    failed_sentences: int = 0
