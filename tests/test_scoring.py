"""Scoring rules: what a student sees added to their score after each answer."""

from __future__ import annotations

from factquiz.model import Settings, Verdict
from factquiz.scoring import Award, Outcome, Rules, Tally, award, rules_text, streak_bonus


def test_right_earns_base_and_close_earns_half() -> None:
    assert award(Outcome.RIGHT, streak=1).total == 100
    assert award(Outcome.CLOSE, streak=1).total == 50


def test_wrong_skipped_and_timed_out_earn_nothing_even_with_a_streak() -> None:
    for outcome in (Outcome.WRONG, Outcome.SKIPPED, Outcome.TIMEOUT):
        assert award(outcome, streak=5, seconds=0.1, time_limit=30).total == 0


def test_outcome_follows_the_graders_verdict() -> None:
    assert Outcome.from_verdict(Verdict(True, True, "x")) is Outcome.RIGHT
    assert Outcome.from_verdict(Verdict(True, False, "x")) is Outcome.CLOSE
    assert Outcome.from_verdict(Verdict(False, False, "x")) is Outcome.WRONG


def test_streak_bonus_grows_from_the_second_answer_and_is_capped() -> None:
    assert [streak_bonus(n) for n in range(1, 9)] == [0, 10, 20, 30, 40, 50, 50, 50]


def test_pack_settings_turn_streaks_and_speed_bonus_off() -> None:
    rules = Rules.for_settings(Settings(streaks=False, speed_bonus=False))
    points = award(Outcome.RIGHT, streak=6, seconds=1, time_limit=30, rules=rules)
    assert points == Award(base=100)


def test_speed_bonus_only_with_a_time_limit_and_shrinks_with_time_taken() -> None:
    assert award(Outcome.RIGHT, streak=1, seconds=1).speed_bonus == 0  # not Exam
    fast = award(Outcome.RIGHT, streak=1, seconds=0, time_limit=30).speed_bonus
    half = award(Outcome.RIGHT, streak=1, seconds=15, time_limit=30).speed_bonus
    late = award(Outcome.RIGHT, streak=1, seconds=40, time_limit=30).speed_bonus
    assert (fast, half, late) == (50, 25, 0)


def test_hint_costs_points_but_never_makes_an_answer_negative() -> None:
    assert award(Outcome.RIGHT, streak=1, hinted=True).total == 50
    assert award(Outcome.CLOSE, streak=1, hinted=True).total == 0
    assert award(Outcome.WRONG, streak=1, hinted=True).total == 0


def test_tally_keeps_score_streak_and_best_streak() -> None:
    tally = Tally()
    for outcome in (Outcome.RIGHT, Outcome.CLOSE, Outcome.RIGHT, Outcome.SKIPPED, Outcome.RIGHT):
        tally.add(outcome)
    # 100, 50+10, 100+20, 0 (streak broken), 100
    assert tally.score == 380
    assert tally.streak == 1
    assert tally.best_streak == 3


def test_award_describes_where_points_came_from() -> None:
    assert Award(base=100).describe() == "+100"
    hinted = Award(base=100, streak_bonus=20, hint_cost=50)
    assert hinted.describe() == "+70 (100 + 20 streak - 50 hint)"


def test_rules_text_states_the_numbers_and_the_pack_switches() -> None:
    text = rules_text(Rules(streaks=False))
    assert "100 points" in text and "50" in text
    assert "streak bonuses turned off" in text
