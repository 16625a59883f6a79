"""Schema versions: a fresh or empty file and a first-release (v1) file all end up at v2."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

from fsrs import Rating

from factquiz.study.schedule import Schedule
from factquiz.study.store import (
    APPLICATION_ID,
    DB_NAME,
    SCHEMA_VERSION,
    Store,
    _migrate,
    stamp,
)
from test_study_helpers import EXACT, FakeClock, make_pack


def shape(path: Path) -> dict[str, list[tuple]]:
    """Every table's columns and every index, to compare two databases' schemas."""
    conn = sqlite3.connect(path)
    try:
        tables = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        found = {t: conn.execute(f"PRAGMA table_info({t})").fetchall() for t in tables}
        found["indexes"] = conn.execute(
            "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            " ORDER BY name").fetchall()
        found["pragmas"] = [conn.execute("PRAGMA user_version").fetchone(),
                            conn.execute("PRAGMA application_id").fetchone()]
        return found
    finally:
        conn.close()


def write_v1(path: Path, clock: FakeClock) -> None:
    """A database exactly as the first schema left it, with a little history in it."""
    conn = sqlite3.connect(path, isolation_level=None)
    _migrate(conn, path, target=1)
    schedule = Schedule(fuzz=False)
    conn.execute("INSERT INTO sessions VALUES (1, 'p', 'practice', ?, ?, 40, 1, 2)",
                 (stamp(clock.now), stamp(clock.now + timedelta(minutes=2))))
    card = Schedule.new_card(1, clock.now)
    for answer_id, (qid, outcome, rating) in enumerate(
            [("p-q0", "exact", Rating.Good), ("p-q1", "close", Rating.Hard),
             ("p-q0", "wrong", Rating.Again)], start=1):
        when = clock.advance(seconds=10)
        conn.execute(
            "INSERT INTO answers VALUES (?, 1, 'p', ?, 'typed', ?, ?, ?, 2.0, ?, 'practice')",
            (answer_id, qid, outcome, int(outcome != "wrong"), int(outcome == "exact"),
             stamp(when)))
        card = schedule.review(Schedule.new_card(answer_id, when), rating, when)
        conn.execute("INSERT OR REPLACE INTO cards VALUES ('p', ?, ?, ?)",
                     (qid, card.to_json(), stamp(card.due)))
    conn.close()


def test_fresh_database_is_created_at_the_current_version(tmp_path: Path) -> None:
    Store.open(tmp_path).close()
    pragmas = shape(tmp_path / DB_NAME)["pragmas"]
    assert pragmas == [(SCHEMA_VERSION,), (APPLICATION_ID,)]


def test_an_empty_file_is_initialised_not_moved_aside(tmp_path: Path) -> None:
    (tmp_path / DB_NAME).touch()
    with Store.open(tmp_path) as store:
        assert store.notice is None
    assert shape(tmp_path / DB_NAME)["pragmas"] == [(SCHEMA_VERSION,), (APPLICATION_ID,)]
    assert [p.name for p in tmp_path.iterdir() if ".bad-" in p.name] == []


def test_migrating_v1_gives_the_same_schema_as_a_fresh_database(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    write_v1(old / DB_NAME, FakeClock())
    assert shape(old / DB_NAME)["pragmas"] == [(1,), (APPLICATION_ID,)]
    Store.open(old).close()
    Store.open(new).close()
    assert shape(old / DB_NAME) == shape(new / DB_NAME)


def test_migrating_v1_keeps_history_and_fills_the_new_columns(tmp_path: Path) -> None:
    clock = FakeClock()
    write_v1(tmp_path / DB_NAME, FakeClock())
    clock.advance(days=1)
    with Store.open(tmp_path, clock=clock, fuzz=False) as store:
        assert store.notice is None
        assert store.best_score("p") == 40
        assert [h["outcome"] for h in store.history("p", "p-q0")] == ["exact", "wrong"]
        assert [h["rating"] for h in store.history("p", "p-q0")] == [3, 1]
        # Cards carried over: both are due a day later, nothing is new any more.
        assert sorted(store.due_questions([make_pack("p", 2)], new_limit=5)) == [
            ("p", "p-q0"), ("p", "p-q1")]
        # and the migrated store takes new answers as usual
        store.record_answer(None, "p", "p-q1", "Kabul", EXACT, 1.0, "review")
    conn = sqlite3.connect(tmp_path / DB_NAME)
    rows = conn.execute("SELECT question_id, state, stability IS NOT NULL, introduced_at,"
                        " last_answer_id FROM cards ORDER BY question_id").fetchall()
    days = conn.execute("SELECT day, answers, correct FROM days").fetchall()
    counts = conn.execute("SELECT question_id, answers, correct FROM cards ORDER BY question_id"
                          ).fetchall()
    conn.close()
    assert days == [("2026-03-02", 3, 2), ("2026-03-03", 1, 1)]  # v1 tallied, then the new one
    assert counts == [("p-q0", 2, 1), ("p-q1", 2, 2)]
    start = FakeClock().now
    assert rows == [
        ("p-q0", 1, 1, stamp(start + timedelta(seconds=10)), 3),
        ("p-q1", rows[1][1], 1, stamp(start + timedelta(seconds=20)), 4),
    ]


def test_new_limit_counts_cards_introduced_before_the_migration(tmp_path: Path) -> None:
    clock = FakeClock()
    write_v1(tmp_path / DB_NAME, FakeClock())
    with Store.open(tmp_path, clock=clock) as store:
        assert store.new_started_on(clock.now) == 2
        assert store.due_questions([make_pack("p", 5)], new_limit=3) == [("p", "p-q2")]
