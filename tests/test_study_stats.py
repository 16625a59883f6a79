"""What `factquiz stats` and the game's stats screen tell the learner, on a known history."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from rich.console import Console

from factquiz.study.commands import render_stats
from factquiz.study.stats import compute_stats, sparkline, stats_to_dict, streaks
from factquiz.study.store import Store
from test_study_helpers import CLOSE, EXACT, WRONG, FakeClock, make_pack


@pytest.fixture(autouse=True)
def utc_days(monkeypatch: pytest.MonkeyPatch) -> None:
    """Days are local days; pin the zone so the expected dates hold on any machine."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def history(tmp_path: Path):
    """Three study days (Feb 27, 28, Mar 1) then today, Mar 2 2026, noon."""
    clock = FakeClock()
    clock.advance(days=-3)
    who, where = make_pack("who", 4, kind="who"), make_pack("where", 3, kind="where")
    store = Store.open(tmp_path, clock=clock, fuzz=False)
    sid = store.start_session("who", "practice")
    store.record_answer(sid, "who", "who-q0", "a", EXACT, 1, "practice")
    store.record_answer(sid, "who", "who-q1", "b", WRONG, 1, "practice")
    store.end_session(sid, 150, 1, 2)
    clock.advance(days=1)
    sid = store.start_session("where", "practice")
    store.record_answer(sid, "where", "where-q0", "c", CLOSE, 1, "practice")
    store.record_answer(sid, "where", "where-q1", "d", WRONG, 1, "practice", skipped=True)
    store.record_answer(sid, "where", "where-q9", "gone", EXACT, 1, "practice")  # removed later
    store.end_session(sid, 90, 1, 3)
    clock.advance(days=1)
    sid = store.start_session("who", "missed")
    store.record_answer(sid, "who", "who-q1", "b", EXACT, 1, "missed")
    store.record_answer(sid, "old-pack", "x1", "z", WRONG, 1, "practice")  # pack deleted since
    clock.advance(days=1)
    yield store, clock, [who, where]
    store.close()


def test_pack_accuracy_mastery_and_due(history) -> None:
    store, clock, packs = history
    stats = compute_stats(store, packs, now=clock.now)
    by_key = {p.key: p for p in stats.packs}
    who, where, old = by_key["who"], by_key["where"], by_key["old-pack"]
    assert (who.questions, who.seen, who.answers, who.correct) == (4, 2, 3, 2)
    assert who.accuracy == pytest.approx(2 / 3)
    assert who.best_score == 150 and where.best_score == 90
    # where-q9 was answered but is no longer in the pack: history kept, not counted or due
    assert (where.questions, where.seen, where.answers, where.correct) == (3, 2, 2, 1)
    assert where.removed == 1
    assert not old.present and old.answers == 1 and old.due_now == 0
    # every answered current question is due again by now (short first intervals)
    assert who.due_now == 2 and where.due_now == 2
    assert stats.due_now == 4
    assert who.mastered == 0 and who.mastery == 0.0


def test_accuracy_by_kind_uses_the_packs_kinds(history) -> None:
    store, clock, packs = history
    kinds = {k.kind: k for k in compute_stats(store, packs, now=clock.now).kinds}
    assert set(kinds) == {"who", "where"}  # removed and unknown questions have no kind
    assert (kinds["who"].answers, kinds["who"].correct, kinds["who"].label) == (3, 2, "WHO")
    assert (kinds["where"].answers, kinds["where"].correct) == (2, 1)


def test_streak_activity_and_totals(history) -> None:
    store, clock, packs = history
    stats = compute_stats(store, packs, now=clock.now, weeks=2)
    assert (stats.streak_days, stats.longest_streak, stats.studied_today) == (3, 3, False)
    assert (stats.total_answers, stats.total_correct) == (7, 4)
    assert len(stats.activity) == 14 and stats.activity[-1].day == date(2026, 3, 2)
    recent = [(a.day.day, a.answers, a.correct) for a in stats.activity[-4:]]
    assert recent == [(27, 2, 1), (28, 3, 2), (1, 2, 1), (2, 0, 0)]
    # studying today extends the streak
    store.record_answer(None, "who", "who-q2", "e", EXACT, 1, "review")
    after = compute_stats(store, packs, now=clock.now)
    assert (after.streak_days, after.studied_today) == (4, True)


def test_forecast_puts_overdue_reviews_on_today(history) -> None:
    store, clock, packs = history
    stats = compute_stats(store, packs, now=clock.now)
    assert [d.day for d in stats.due_next_7_days][:2] == [date(2026, 3, 2), date(2026, 3, 3)]
    assert stats.due_next_7_days[0].count == 4
    assert sum(d.count for d in stats.due_next_7_days[1:]) == 0


def test_a_question_known_for_weeks_is_mastered(tmp_path: Path) -> None:
    clock = FakeClock()
    pack = make_pack("p", 2)
    with Store.open(tmp_path, clock=clock, fuzz=False) as store:
        for _ in range(7):  # right every time it comes due
            store.record_answer(None, "p", "p-q0", "a", EXACT, 1, "review")
            (_, due, *_rest), = [(c.question_id, c.due) for c in store.card_rows(["p"])]
            clock.now = max(due, clock.now)
        stats = compute_stats(store, [pack], now=clock.now)
    (p,) = stats.packs
    assert (p.learned, p.mastered, p.mastery) == (1, 1, 0.5)


def test_streaks_tolerate_a_day_not_yet_studied() -> None:
    days = [date(2026, 1, d) for d in (1, 2, 3, 5, 6)]
    assert streaks(days, today=date(2026, 1, 7)) == (2, 3)  # yesterday still counts
    assert streaks(days, today=date(2026, 1, 8)) == (0, 3)
    assert streaks([], today=date(2026, 1, 8)) == (0, 0)


def test_sparkline_scales_to_the_busiest_day() -> None:
    assert sparkline([0, 1, 4, 8]) == "·▂▅█"
    assert sparkline([0, 0]) == "··"


def test_json_is_plain_and_complete(history) -> None:
    store, clock, packs = history
    data = json.loads(json.dumps(stats_to_dict(compute_stats(store, packs, now=clock.now))))
    assert data["streak_days"] == 3
    assert data["generated_at"] == "2026-03-02T12:00:00+00:00"
    assert data["packs"][0]["key"] == "who" and data["packs"][0]["accuracy"] == 0.6667
    assert data["due_next_7_days"][0] == {"day": "2026-03-02", "count": 4}
    assert {k["kind"] for k in data["kinds"]} == {"who", "where"}


def test_table_shows_pack_titles_literally(tmp_path: Path) -> None:
    pack = make_pack("m", 1, title="[bold]Sneaky[/bold] [link=http://x]pack")
    with Store.open(tmp_path, clock=FakeClock()) as store:
        store.record_answer(None, "m", "m-q0", "a", EXACT, 1, "practice")
        stats = compute_stats(store, [pack])
    out = io.StringIO()
    render_stats(stats, Console(file=out, width=140, color_system=None))
    text = out.getvalue()
    assert "[bold]Sneaky[/bold] [link=http://x]pack" in text
    assert "streak 1 day (best 1)" in text and "1 answer, 100% right" in text
    assert "Reviews due, next 7 days" in text and "Activity, last 4 weeks" in text


PACK = """\
format: factquiz/1
id: stats-pack
title: Rivers
sources:
  - {id: s1, title: Invented}
questions:
  - id: r1
    kind: where
    prompt: Where does the Blue River rise?
    answer: Tamsa
    source: {id: s1, sentence: The Blue River rises at Tamsa.}
  - id: r2
    kind: how-many
    prompt: How many bridges cross the Blue River?
    answer: "12"
    source: {id: s1, sentence: "Twelve bridges, 12 in all, cross the Blue River."}
"""


def test_stats_json_from_the_command_line(tmp_path: Path) -> None:
    (tmp_path / "packs").mkdir()
    (tmp_path / "packs" / "rivers.yaml").write_text(PACK, encoding="utf-8")
    with Store.open(tmp_path) as store:
        sid = store.start_session("stats-pack", "practice")
        store.record_answer(sid, "stats-pack", "r1", "Tamsa", EXACT, 2.0, "practice")
        store.record_answer(sid, "stats-pack", "r2", "11", WRONG, 3.0, "practice")
        store.end_session(sid, 100, 1, 2)
    env = {**os.environ, "TZ": "UTC"}
    done = subprocess.run([sys.executable, "-m", "factquiz", "stats", "--json", "--data-dir",
                           str(tmp_path)], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    (pack,) = [p for p in data["packs"] if p["key"] == "stats-pack"]
    assert (pack["title"], pack["questions"], pack["seen"], pack["answers"], pack["correct"],
            pack["accuracy"], pack["best_score"], pack["present"]) == (
            "Rivers", 2, 2, 2, 1, 0.5, 100, True)
    kinds = {k["kind"]: k["accuracy"] for k in data["kinds"]}
    assert kinds == {"where": 1.0, "how-many": 0.0}
    assert data["streak_days"] == 1 and data["studied_today"] is True
    assert data["activity"][-1]["answers"] == 2
    assert len(data["due_next_7_days"]) == 7


def test_stats_table_from_the_command_line(tmp_path: Path) -> None:
    (tmp_path / "packs").mkdir()
    (tmp_path / "packs" / "rivers.yaml").write_text(PACK, encoding="utf-8")
    (tmp_path / "packs" / "broken.yaml").write_text("format: factquiz/1\ntitle: [\n")
    done = subprocess.run([sys.executable, "-m", "factquiz", "stats", "--data-dir",
                           str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Rivers" in done.stdout and "No answers recorded yet" in done.stdout
    assert "broken.yaml" in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr
