"""How forgiving grading is for one question: its policy, typo budget and numeric tolerance."""

from __future__ import annotations

from factquiz.model import GRADING_POLICIES, Pack, Question, Tolerance

STRICT, NORMAL, LENIENT = GRADING_POLICIES


def policy_of(question: Question, pack: Pack) -> str:
    """The question's own `grading`, else the pack's; unknown values fall back to normal."""
    policy = question.grading or pack.settings.grading or NORMAL
    return policy if policy in GRADING_POLICIES else NORMAL


def tolerance_of(question: Question, pack: Pack) -> Tolerance | None:
    """The question's own `tolerance`, else the pack's; None or zero means exact."""
    tolerance = question.tolerance if question.tolerance is not None else pack.settings.tolerance
    if tolerance is None or tolerance.amount <= 0:
        return None
    return tolerance


def max_edits(length: int, policy: str) -> int:
    """Typos forgiven in an answer of `length` letters: none up to 3, one up to 8, two beyond.

    Lenient adds one, but never to answers of 1-3 letters, where one edit turns "UN" into "US".
    """
    if policy == STRICT or length <= 3:
        return 0
    edits = 1 if length <= 8 else 2
    return edits + 1 if policy == LENIENT else edits


def allowed_difference(tolerance: Tolerance | None, value: float) -> float:
    """How far a typed number may be from `value` under `tolerance`."""
    if tolerance is None:
        return 0.0
    if tolerance.percent:
        return abs(value) * tolerance.amount / 100.0
    return tolerance.amount
