"""The progress store as the game and `factquiz study` use it, with a fake clock."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from fsrs import Rating, State

from factquiz.errors import InputError
from factquiz.study import store as store_module
from factquiz.study.store import DB_NAME, SCHEMA_VERSION, Store, StoreError
from test_study_helpers import CLOSE, EXACT, WRONG, FakeClock, make_pack


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(tmp_path: Path, clock: FakeClock):
    with Store.open(tmp_path, clock=clock, fuzz=False) as opened:
        yield opened


def raw(path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def test_answer_is_recorded_with_every_field(store: Store, clock: FakeClock,
                                             tmp_path: Path) -> None:
    sid = store.start_session("afghan", "practice")
    store.record_answer(sid, "afghan", "q1", "Kabull", CLOSE, 4.25, "practice")
    rows = raw(tmp_path / DB_NAME,
               "SELECT session_id, pack_key, question_id, typed, outcome, correct, exact, seconds,"
               " answered_at, mode, rating, expected, note FROM answers")
    assert rows == [(sid, "afghan", "q1", "Kabull", "close", 1, 0, 4.25,
                     "2026-03-02T12:00:00.000000+00:00", "practice", int(Rating.Hard), "Kabul",
                     "one letter off")]


def test_session_has_start_end_and_score(store: Store, clock: FakeClock, tmp_path: Path) -> None:
    sid = store.start_session("afghan", "exam")
    clock.advance(minutes=3)
    store.end_session(sid, score=250, correct=5, total=6)
    rows = raw(tmp_path / DB_NAME,
               "SELECT pack_key, mode, started_at, ended_at, score, correct, total FROM sessions")
    assert rows == [("afghan", "exam", "2026-03-02T12:00:00.000000+00:00",
                     "2026-03-02T12:03:00.000000+00:00", 250, 5, 6)]


def test_best_score_ignores_unfinished_sessions(store: Store) -> None:
    assert store.best_score("afghan") is None
    for score in (120, 300, 90):
        store.end_session(store.start_session("afghan", "practice"), score, 1, 2)
    store.start_session("afghan", "practice")  # abandoned, no score
    assert store.best_score("afghan") == 300
    assert store.best_score("other") is None


def test_missed_last_time_is_the_latest_session_only(store: Store) -> None:
    first = store.start_session("afghan", "practice")
    store.record_answer(first, "afghan", "q1", "x", WRONG, 1, "practice")
    store.record_answer(first, "afghan", "q2", "", WRONG, 1, "practice", skipped=True)
    store.end_session(first, 0, 0, 2)
    assert store.missed_last_time("afghan") == {"q1", "q2"}

    second = store.start_session("afghan", "missed")
    store.record_answer(second, "afghan", "q1", "Kabul", EXACT, 1, "missed")
    store.record_answer(second, "afghan", "q3", "Kabul", EXACT, 1, "missed", revealed=True)
    store.record_answer(second, "afghan", "q4", "Kabl", CLOSE, 1, "missed")
    assert store.missed_last_time("afghan") == {"q3"}
    store.start_session("afghan", "practice")  # just opened: does not wipe the list
    assert store.missed_last_time("afghan") == {"q3"}
    assert store.missed_last_time("never-played") == set()


def test_each_answer_reviews_the_card_once(store: Store, clock: FakeClock,
                                           tmp_path: Path) -> None:
    sid = store.start_session("afghan", "practice")
    store.record_answer(sid, "afghan", "q1", "Kabul", EXACT, 1, "practice")
    (card_json, due, state) = raw(tmp_path / DB_NAME,
                                  "SELECT card, due, state FROM cards")[0]
    card = json.loads(card_json)
    assert card["last_review"].startswith("2026-03-02T12:00:00")
    assert state == card["state"] == int(State.Learning)
    assert due > "2026-03-02T12:00:00.000000+00:00"  # Good moves it on to the next step


def test_due_questions_reviews_first_then_new_up_to_the_limit(store: Store,
                                                                clock: FakeClock) -> None:
    pack = make_pack("p", 10)
    sid = store.start_session("p", "practice")
    store.record_answer(sid, "p", "p-q3", "x", WRONG, 1, "practice")
    store.record_answer(sid, "p", "p-q1", "x", EXACT, 1, "practice")
    # Nothing is due the same second it was answered; two questions were started today.
    assert store.due_questions([pack], new_limit=5) == [
        ("p", "p-q0"), ("p", "p-q2"), ("p", "p-q4")]
    clock.advance(hours=2)  # past both learning steps; the failed one has been due longer
    assert store.due_questions([pack], new_limit=3) == [
        ("p", "p-q3"), ("p", "p-q1"), ("p", "p-q0")]


def test_new_limit_counts_today_across_packs_and_resets_next_day(store: Store,
                                                                 clock: FakeClock) -> None:
    a, b = make_pack("a", 5), make_pack("b", 5)
    sid = store.start_session("a", "review")
    for item in store.due_questions([a, b], new_limit=4):
        store.record_answer(sid, *item, "Kabul", EXACT, 1, "review")
    clock.advance(minutes=1)
    due = store.due_questions([a, b], new_limit=4)
    assert [q for _, q in due] == []  # limit used up, and the reviews are not due yet
    clock.advance(days=1)
    due = store.due_questions([a, b], new_limit=4)
    reviews, new = due[:4], due[4:]
    assert {q for _, q in reviews} == {"a-q0", "a-q1", "a-q2", "a-q3"}
    assert new == [("a", "a-q4"), ("b", "b-q0"), ("b", "b-q1"), ("b", "b-q2")]


def test_daily_limit_comes_from_settings_json(store: Store, tmp_path: Path) -> None:
    pack = make_pack("p", 30)
    assert len(store.due_questions([pack])) == 20  # default new_per_day
    (tmp_path / "settings.json").write_text('{"theme": "nord", "new_per_day": 7}')
    assert len(store.due_questions([pack])) == 7
    (tmp_path / "settings.json").write_text('{"new_per_day": "lots"}')
    with pytest.raises(InputError, match=r"settings\.json: new_per_day must be a whole number"):
        store.due_questions([pack])


def test_removed_question_keeps_history_and_is_not_scheduled(store: Store,
                                                             clock: FakeClock) -> None:
    old = make_pack("p", 3)
    sid = store.start_session("p", "practice")
    for q in old.questions:
        store.record_answer(sid, "p", q.id, "x", WRONG, 1, "practice")
    clock.advance(days=2)
    edited = make_pack("p", 2)  # p-q2 was deleted by the teacher
    assert store.due_questions([edited], new_limit=0) == [("p", "p-q0"), ("p", "p-q1")]
    assert [h["outcome"] for h in store.history("p", "p-q2")] == ["wrong"]
    assert store.due_questions([make_pack("p", 3)], new_limit=0)[-1] == ("p", "p-q2")


def test_typed_text_is_capped_and_nan_time_is_zero(store: Store, tmp_path: Path) -> None:
    sid = store.start_session("p", "practice")
    store.record_answer(sid, "p", "q", "x" * 50_000, WRONG, float("nan"), "practice")
    (typed_len, seconds) = raw(tmp_path / DB_NAME, "SELECT length(typed), seconds FROM answers")[0]
    assert typed_len == store_module.MAX_TYPED and seconds == 0.0


def test_store_uses_factquiz_home(isolated_data_home: Path) -> None:
    with Store.open() as opened:
        assert opened.path == isolated_data_home / DB_NAME
    assert (isolated_data_home / DB_NAME).is_file()


def test_durability_settings(store: Store, tmp_path: Path) -> None:
    conn = store._conn
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert conn.execute("PRAGMA synchronous").fetchone() == (1,)  # NORMAL, see docs/study.md
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    assert conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)


def test_unwritable_data_folder_is_a_one_line_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError) as caught:
        Store.open(blocker / "sub")
    assert "cannot create the data folder" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_reopening_keeps_progress(tmp_path: Path, clock: FakeClock) -> None:
    with Store.open(tmp_path, clock=clock) as first:
        sid = first.start_session("p", "practice")
        first.record_answer(sid, "p", "p-q0", "x", WRONG, 1, "practice")
        first.end_session(sid, 10, 0, 1)
    clock.advance(hours=1)
    with Store.open(tmp_path, clock=clock) as second:
        assert second.best_score("p") == 10
        assert second.missed_last_time("p") == {"p-q0"}
        assert second.due_questions([make_pack("p", 1)], new_limit=0) == [("p", "p-q0")]


def test_a_finished_session_is_in_the_main_file_not_only_the_wal(tmp_path: Path) -> None:
    """end_session checkpoints: what a power cut could take from the WAL is already on disk."""
    snapshot = tmp_path / "snapshot"
    snapshot.mkdir()
    with Store.open(tmp_path / "data") as store:
        sid = store.start_session("p", "practice")
        store.record_answer(sid, "p", "q", "Kabul", EXACT, 1, "practice")
        store.end_session(sid, 77, 1, 1)
        # the main file alone, as if the WAL had been lost
        (snapshot / DB_NAME).write_bytes((tmp_path / "data" / DB_NAME).read_bytes())
    assert raw(snapshot / DB_NAME, "SELECT score FROM sessions") == [(77,)]
    assert raw(snapshot / DB_NAME, "SELECT typed FROM answers") == [("Kabul",)]


def test_next_due_says_when_to_come_back(store: Store, clock: FakeClock) -> None:
    pack = make_pack("p", 3)
    assert store.next_due([pack]) is None
    store.record_answer(None, "p", "p-q1", "x", EXACT, 1, "practice")
    store.record_answer(None, "p", "p-q2", "x", WRONG, 1, "practice")
    store.record_answer(None, "p", "gone", "x", WRONG, 1, "practice")  # not in the pack
    assert store.next_due([pack]) == clock.now + timedelta(minutes=1)  # the failed one
    assert store.next_due([make_pack("p", 2)]) == clock.now + timedelta(minutes=10)


def test_the_study_package_never_imports_spacy_or_textual() -> None:
    import subprocess
    import sys

    code = ("import sys, factquiz.study.store, factquiz.study.stats, factquiz.study.commands; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'textual')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"
