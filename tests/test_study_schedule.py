"""Verdict -> FSRS rating, as the learner meets it: a fail never counts as a (Hard) success."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from fsrs import Card, Rating
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factquiz.model import Verdict
from factquiz.study.schedule import Schedule, outcome_of, rating_for
from factquiz.study.store import DB_NAME, Store
from test_study_helpers import CLOSE, EXACT, WRONG, FakeClock


@pytest.mark.parametrize(("verdict", "flags", "outcome", "rating"), [
    (EXACT, {}, "exact", Rating.Good),
    (CLOSE, {}, "close", Rating.Hard),
    (WRONG, {}, "wrong", Rating.Again),
    (WRONG, {"skipped": True}, "skipped", Rating.Again),
    (EXACT, {"revealed": True}, "revealed", Rating.Again),
    (CLOSE, {"revealed": True}, "revealed", Rating.Again),
    (EXACT, {"skipped": True}, "skipped", Rating.Again),
])
def test_each_verdict_kind_maps_to_its_rating(verdict: Verdict, flags: dict, outcome: str,
                                              rating: Rating) -> None:
    assert outcome_of(verdict, **flags) == outcome
    assert rating_for(verdict, **flags) == rating


@given(correct=st.booleans(), exact=st.booleans(), skipped=st.booleans(),
       revealed=st.booleans())
def test_a_fail_is_never_hard_and_easy_is_never_automatic(correct: bool, exact: bool,
                                                          skipped: bool, revealed: bool) -> None:
    verdict = Verdict(correct=correct, exact=exact and correct, expected="x")
    rating = rating_for(verdict, skipped=skipped, revealed=revealed)
    assert rating != Rating.Easy
    failed = not correct or skipped or revealed
    assert (rating == Rating.Again) == failed
    if rating == Rating.Hard:
        assert verdict.close and not failed


def stored_ratings(tmp_path: Path) -> list[tuple[str, int]]:
    conn = sqlite3.connect(tmp_path / DB_NAME)
    try:
        return conn.execute("SELECT outcome, rating FROM answers ORDER BY id").fetchall()
    finally:
        conn.close()


def test_store_records_the_rating_it_scheduled_with(tmp_path: Path) -> None:
    with Store.open(tmp_path, clock=FakeClock(), fuzz=False) as store:
        sid = store.start_session("p", "practice")
        store.record_answer(sid, "p", "a", "Kabul", EXACT, 1, "practice")
        store.record_answer(sid, "p", "b", "Kabl", CLOSE, 1, "practice")
        store.record_answer(sid, "p", "c", "Herat", WRONG, 1, "practice")
        store.record_answer(sid, "p", "d", "", WRONG, 1, "practice", skipped=True)
        store.record_answer(sid, "p", "e", "", CLOSE, 1, "practice", revealed=True)
    assert stored_ratings(tmp_path) == [("exact", 3), ("close", 2), ("wrong", 1),
                                        ("skipped", 1), ("revealed", 1)]


def card_of(tmp_path: Path, qid: str) -> Card:
    conn = sqlite3.connect(tmp_path / DB_NAME)
    try:
        (text,) = conn.execute("SELECT card FROM cards WHERE question_id = ?", (qid,)).fetchone()
    finally:
        conn.close()
    return Card.from_json(text)


def test_easy_replaces_the_automatic_rating_instead_of_adding_a_review(tmp_path: Path) -> None:
    clock = FakeClock()
    with Store.open(tmp_path, clock=clock, fuzz=False) as store:
        sid = store.start_session("p", "practice")
        store.record_answer(sid, "p", "a", "Kabul", EXACT, 1, "practice")
        clock.advance(seconds=30)
        assert store.mark_easy("p", "a") is True
        assert store.mark_easy("p", "a") is False  # twice is still one Easy review
    answered_at = FakeClock().now
    expected = Schedule(fuzz=False).review(Schedule.new_card(1, answered_at), Rating.Easy,
                                           answered_at)
    card = card_of(tmp_path, "a")
    assert card.due == expected.due and card.stability == expected.stability
    assert card.last_review == answered_at
    assert stored_ratings(tmp_path) == [("exact", int(Rating.Easy))]
    # Easy from the first review graduates the card: it is not due again for days.
    assert (card.due - answered_at).days >= 1


def test_easy_is_refused_after_a_wrong_skipped_or_revealed_answer(tmp_path: Path) -> None:
    with Store.open(tmp_path, clock=FakeClock(), fuzz=False) as store:
        sid = store.start_session("p", "practice")
        store.record_answer(sid, "p", "a", "Herat", WRONG, 1, "practice")
        store.record_answer(sid, "p", "b", "", EXACT, 1, "practice", skipped=True)
        store.record_answer(sid, "p", "c", "", EXACT, 1, "practice", revealed=True)
        before = {q: card_of(tmp_path, q).to_dict() for q in "abc"}
        assert not any(store.mark_easy("p", q) for q in "abc")
        assert store.mark_easy("p", "never-answered") is False
    assert {q: card_of(tmp_path, q).to_dict() for q in "abc"} == before
    assert [r for _, r in stored_ratings(tmp_path)] == [1, 1, 1]


def test_close_answers_grow_the_interval_less_than_exact_ones(tmp_path: Path) -> None:
    clock = FakeClock()
    with Store.open(tmp_path, clock=clock, fuzz=False) as store:
        sid = store.start_session("p", "practice")
        for _ in range(4):  # same days, same schedule; only the verdict differs
            store.record_answer(sid, "p", "exact", "Kabul", EXACT, 1, "practice")
            store.record_answer(sid, "p", "close", "Kabl", CLOSE, 1, "practice")
            clock.advance(days=3)
    exact_card, close_card = card_of(tmp_path, "exact"), card_of(tmp_path, "close")
    assert exact_card.due > close_card.due
    assert exact_card.stability > close_card.stability


OUTCOME_VERDICTS = {"exact": (EXACT, {}), "close": (CLOSE, {}), "wrong": (WRONG, {}),
                    "skipped": (WRONG, {"skipped": True}), "revealed": (EXACT, {"revealed": True})}


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(history=st.lists(st.tuples(st.sampled_from(sorted(OUTCOME_VERDICTS)),
                                  st.floats(min_value=0.01, max_value=40)),
                        min_size=1, max_size=12))
def test_any_history_brings_a_failed_question_back_within_a_day(
        tmp_path_factory: pytest.TempPathFactory, history: list[tuple[str, float]]) -> None:
    """Whatever came before, a fail makes the question due again within a day."""
    clock = FakeClock()
    with Store.open(tmp_path_factory.mktemp("h"), clock=clock, fuzz=False) as store:
        for outcome, gap_days in history:
            verdict, flags = OUTCOME_VERDICTS[outcome]
            store.record_answer(None, "p", "q", "typed", verdict, 1.0, "review", **flags)
            (card,) = store.card_rows(["p"])
            assert card.due > clock.now  # never due in the past right after an answer
            if outcome in ("wrong", "skipped", "revealed"):
                assert card.due - clock.now <= timedelta(days=1)
            clock.advance(days=gap_days)
        assert [h["outcome"] for h in store.history("p", "q")] == [o for o, _ in history]
