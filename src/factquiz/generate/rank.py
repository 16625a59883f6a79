"""Quality scores, and choosing the best N questions spread across kinds and documents."""

from __future__ import annotations

import re

from factquiz.model import Question

#: A prompt leaning on a pronoun ("his forces") reads less clearly out of its article.
_PRONOUN = re.compile(r"\b(?:he|she|they|it|his|her|their|its|him|them)\b", re.IGNORECASE)

#: Prompts longer than this lose score: long questions are harder to read than to answer.
COMFORTABLE_WORDS = 20


def score(question: Question, base: float) -> float:
    """The extraction estimate, adjusted for what the corpus stage knows; in [0, 1]."""
    value = base
    if len(question.citations) > 1:
        value += 0.1  # two reports agree: a fact worth learning
    if len(question.distractors) < 3:
        value -= 0.1
    if _PRONOUN.search(question.prompt):
        value -= 0.1
    words = len(question.prompt.split())
    if words > COMFORTABLE_WORDS:
        value -= 0.02 * (words - COMFORTABLE_WORDS)
    return round(min(1.0, max(0.0, value)), 2)


def select(questions: list[Question], max_questions: int | None,
           doc_of: dict[str, str]) -> list[Question]:
    """Keep the best `max_questions`, taking kinds and documents in turn.

    Each pick goes to the question whose kind and document have been picked least so far,
    best score first among those, so a pack of 10 from 5 articles is not 10 who-questions
    from the first article.
    """
    if max_questions is None or len(questions) <= max_questions:
        return list(questions)
    remaining = sorted(questions, key=lambda q: (-(q.score or 0.0), q.id))
    kind_picks: dict[str, int] = {}
    doc_picks: dict[str, int] = {}
    chosen: list[Question] = []
    while remaining and len(chosen) < max_questions:
        best = min(
            range(len(remaining)),
            key=lambda i: (
                kind_picks.get(remaining[i].kind, 0) + doc_picks.get(doc_of[remaining[i].id], 0),
                i,
            ),
        )
        pick = remaining.pop(best)
        chosen.append(pick)
        kind_picks[pick.kind] = kind_picks.get(pick.kind, 0) + 1
        doc = doc_of[pick.id]
        doc_picks[doc] = doc_picks.get(doc, 0) + 1
    return chosen
