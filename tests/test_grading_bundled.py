"""The bundled pack, as a student meets it: every right answer is right, nothing else is."""

from __future__ import annotations

from pathlib import Path

import pytest

from factquiz.grading import Grader

BUNDLED = Path(__file__).resolve().parent.parent / "quizzes" / "mazar-e-sharif.yaml"


@pytest.fixture(scope="module")
def bundled():
    if not BUNDLED.exists():
        pytest.skip("quizzes/mazar-e-sharif.yaml is not there yet")
    from factquiz.pack import load

    pack = load(BUNDLED)
    return pack, Grader(pack)


def test_answers_and_accept_entries_are_exact(bundled) -> None:
    pack, grader = bundled
    for question in pack.questions:
        for right in (question.answer, *question.accept):
            verdict = grader.grade(question, right)
            assert verdict.correct and verdict.exact, (question.id, right, verdict)


def test_distractors_are_never_accepted(bundled) -> None:
    pack, grader = bundled
    for question in pack.questions:
        for distractor in question.distractors:
            assert not grader.grade(question, distractor).correct, (question.id, distractor)


def test_other_answers_are_never_accepted(bundled) -> None:
    pack, grader = bundled
    for question in pack.questions:
        own = grader.index.entity_of(question.answer, question.kind)
        for other in pack.questions:
            if other.kind != question.kind:
                continue
            if grader.index.entity_of(other.answer, other.kind) == own:
                continue  # the same person or place asked about twice
            verdict = grader.grade(question, other.answer)
            if verdict.correct:
                assert "within the range" in verdict.note, (question.id, other.answer, verdict)


def test_typed_variants_of_answers(bundled) -> None:
    pack, grader = bundled
    for question in pack.questions:
        assert grader.grade(question, question.answer.upper()).exact
        assert grader.grade(question, f"  {question.answer}.  ").exact
