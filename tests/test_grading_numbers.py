"""Numbers: digits, words, suffixes, ranges, hedges, tolerance, and never a typo on a digit."""

from __future__ import annotations

import pytest

from factquiz.grading import Grader, parse_quantity
from factquiz.model import Conflict, ConflictValue, Pack, Question, Settings, Tolerance


def question(qid: str, answer: str, **extra) -> Question:
    return Question(id=qid, kind="how-many", prompt=f"How many {qid}?", answer=answer, **extra)


@pytest.mark.parametrize(
    ("text", "low", "high", "hedge"),
    [
        ("7000", 7000, 7000, ""),
        ("7,000", 7000, 7000, ""),
        ("7 000", 7000, 7000, ""),
        ("7\u202f000", 7000, 7000, ""),
        ("seven thousand", 7000, 7000, ""),
        ("five hundred", 500, 500, ""),
        ("twenty-one", 21, 21, ""),
        ("one hundred and twenty", 120, 120, ""),
        ("a hundred", 100, 100, ""),
        ("7k", 7000, 7000, ""),
        ("7 thousand", 7000, 7000, ""),
        ("2.5 million", 2_500_000, 2_500_000, ""),
        ("2.5m", 2_500_000, 2_500_000, ""),
        ("1bn", 1e9, 1e9, ""),
        ("7,000-8,000", 7000, 8000, ""),
        ("7,000\u20138,000", 7000, 8000, ""),
        ("7000 to 8000", 7000, 8000, ""),
        ("7k-8k", 7000, 8000, ""),
        ("between 7,000 and 8,000", 7000, 8000, ""),
        ("7,000 and 8,000", 7000, 8000, ""),
        ("seven to eight thousand", 7000, 8000, ""),  # the scale is written once
        ("2 to 3 million", 2e6, 3e6, ""),
        ("7 to 8,000", 7, 8000, ""),  # digits say what they mean
        ("about 4,000", 4000, 4000, "about"),
        ("perhaps 40,000", 40_000, 40_000, "perhaps"),
        ("well over 300", 300, 300, "well over"),
        ("more than 5,000", 5000, 5000, "more than"),
        ("some 7,000 to 8,000 soldiers", 7000, 8000, "some"),
        ("200,000 people", 200_000, 200_000, ""),
    ],
)
def test_parse_quantity(text: str, low: float, high: float, hedge: str) -> None:
    quantity = parse_quantity(text)
    assert quantity is not None
    assert (quantity.low, quantity.high, quantity.hedge) == (low, high, hedge)


@pytest.mark.parametrize(
    "text",
    ["", "Kabul", "dozens", "thousands", "7,000 soldiers and 50 tanks", "5 and a half", "1" * 500],
)
def test_not_a_quantity(text: str) -> None:
    assert parse_quantity(text) is None


RANGE = question("soldiers", "7,000 to 8,000")
SINGLE = question("dead", "600")
HEDGED = question("prisoners", "about 4,000")
BIG = question("refugees", "2.5 million")
CONFLICT = question(
    "toll",
    "5,000",
    conflict=Conflict(
        "The sources disagree.", (ConflictValue("5,000", "s1"), ConflictValue("4,500", "s2"))
    ),
)
PACK = Pack(title="Numbers", questions=[RANGE, SINGLE, HEDGED, BIG, CONFLICT])
GRADER = Grader(PACK)

CASES = [
    # Digits with or without separators, words, suffixes.
    (SINGLE, "600", True, True, "correct"),
    (SINGLE, "six hundred", True, True, "correct"),
    (SINGLE, "600 dead", True, True, "correct"),
    (SINGLE, "500", False, False, "wrong: 500 is not 600"),
    (SINGLE, "601", False, False, "wrong: 601 is not 600"),
    (SINGLE, "6000", False, False, "wrong"),
    (SINGLE, "six", False, False, "wrong"),
    (SINGLE, "lots", False, False, "the answer is a number"),
    (BIG, "2,500,000", True, True, "correct"),
    (BIG, "2.5m", True, True, "correct"),
    (BIG, "two and a half million", False, False, "wrong"),
    (BIG, "2.4 million", False, False, "wrong"),
    # Ranges: the range itself in any form, or a value inside it.
    (RANGE, "7000-8000", True, True, "correct"),
    (RANGE, "7k to 8k", True, True, "correct"),
    (RANGE, "seven thousand to eight thousand", True, True, "correct"),
    (RANGE, "seven to eight thousand", True, True, "correct"),
    (RANGE, "7,500", True, False, "within the range 7,000 to 8,000"),
    (RANGE, "7000", True, False, "within the range"),
    (RANGE, "8,001", False, False, "wrong: 8,001 is not 7,000 to 8,000"),
    (RANGE, "6,000 to 8,000", False, False, "wrong"),
    # Hedged answers accept the number itself.
    (HEDGED, "4000", True, True, "correct"),
    (HEDGED, "about 4,000", True, True, "correct"),
    (HEDGED, "around four thousand", True, True, "correct"),
    (HEDGED, "perhaps 4,000", True, True, "correct"),
    (HEDGED, "4,100", False, False, "wrong"),
    # A single answer is not a range that contains it.
    (SINGLE, "500 to 700", False, False, "one number"),
    # Sources that disagree: the other source's figure is named as such.
    (CONFLICT, "5000", True, True, "correct"),
    (CONFLICT, "4,500", False, False, "4,500 is what another source says"),
]


@pytest.mark.parametrize(("q", "typed", "correct", "exact", "note"), CASES)
def test_number_rule(q: Question, typed: str, correct: bool, exact: bool, note: str) -> None:
    verdict = GRADER.grade(q, typed)
    assert (verdict.correct, verdict.exact) == (correct, exact), verdict
    assert note in verdict.note, verdict


def tolerant_pack(tolerance: Tolerance, *others: str) -> tuple[Grader, Question]:
    q = question("toll", "5,000")
    rest = [question(f"other{i}", value) for i, value in enumerate(others)]
    pack = Pack(title="t", questions=[q, *rest], settings=Settings(tolerance=tolerance))
    return Grader(pack), q


@pytest.mark.parametrize(
    ("tolerance", "typed", "correct"),
    [
        (Tolerance(100), "5,100", True),
        (Tolerance(100), "4,900", True),
        (Tolerance(100), "5,101", False),
        (Tolerance(5, percent=True), "5,250", True),
        (Tolerance(5, percent=True), "5,251", False),
        (Tolerance(5, percent=True), "4,750", True),
    ],
)
def test_tolerance(tolerance: Tolerance, typed: str, correct: bool) -> None:
    grader, q = tolerant_pack(tolerance)
    verdict = grader.grade(q, typed)
    assert verdict.correct is correct
    if correct:
        assert verdict.close
        assert f"within {tolerance}" in verdict.note


def test_tolerance_never_accepts_another_number_of_the_pack() -> None:
    grader, q = tolerant_pack(Tolerance(10, percent=True), "4,600")
    assert grader.grade(q, "4,800").correct
    for typed in ("4,600", "4,650"):
        verdict = grader.grade(q, typed)
        assert not verdict.correct
        assert "another number in this quiz" in verdict.note


def test_question_tolerance_overrides_pack() -> None:
    exact = question("exact", "5,000", tolerance=Tolerance(0))
    pack = Pack(title="t", questions=[exact], settings=Settings(tolerance=Tolerance(500)))
    assert not Grader(pack).grade(exact, "5,100").correct
    loose = question("loose", "5,000", tolerance=Tolerance(500))
    assert Grader(Pack(title="t", questions=[loose])).grade(loose, "5,100").correct


def test_digits_are_never_typo_corrected_even_when_lenient() -> None:
    q = question("n", "123456789")
    pack = Pack(title="t", questions=[q], settings=Settings(grading="lenient"))
    assert not Grader(pack).grade(q, "123456788").correct
    assert Grader(pack).grade(q, "123,456,789").exact


# Amounts: sums of money and percentages are how-many answers too ("How much ...?").
COST = question("cost", "$1.2 billion")
SHARE = question("share", "12%")
SPEND = question("spend", "about £30m")
AMOUNTS = Grader(Pack(title="Amounts", questions=[COST, SHARE, SPEND]))


@pytest.mark.parametrize(
    ("q", "typed", "correct", "note"),
    [
        (COST, "$1.2 billion", True, "correct"),
        (COST, "$1.2bn", True, "correct"),
        (COST, "1.2 billion dollars", True, "correct"),
        (COST, "$1,200 million", True, "correct"),
        (COST, "US$1.2bn", True, "correct"),
        (COST, "1.2 billion", True, "correct"),
        (COST, "£1.2 billion", False, "the answer is in dollars, not pounds"),
        (COST, "1.2 billion euros", False, "the answer is in dollars, not euros"),
        (COST, "$1.3 billion", False, "wrong"),
        (SHARE, "12%", True, "correct"),
        (SHARE, "12 percent", True, "correct"),
        (SHARE, "12 per cent", True, "correct"),
        (SHARE, "12", True, "correct"),
        (SHARE, "$12", False, "the answer is in percent, not dollars"),
        (SHARE, "13%", False, "wrong"),
        (SPEND, "£30m", True, "correct"),
        (SPEND, "30 million pounds", True, "correct"),
        (SPEND, "$30m", False, "the answer is in pounds, not dollars"),
    ],
)
def test_amounts(q: Question, typed: str, correct: bool, note: str) -> None:
    verdict = AMOUNTS.grade(q, typed)
    assert verdict.correct is correct, verdict
    assert note in verdict.note, verdict


@pytest.mark.parametrize(
    ("text", "unit"),
    [("$5m", "USD"), ("5 million dollars", "USD"), ("£5m", "GBP"), ("€5m", "EUR"),
     ("12 per cent", "%"), ("12%", "%"), ("7,000 soldiers", "")],
)
def test_amount_units(text: str, unit: str) -> None:
    quantity = parse_quantity(text)
    assert quantity is not None and quantity.unit == unit
