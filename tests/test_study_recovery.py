"""A damaged or foreign progress file: a clear message, the file moved aside, a fresh start."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from factquiz.study.store import DB_NAME, SCHEMA_VERSION, Store, StoreError
from test_study_helpers import EXACT, WRONG


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def moved_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.startswith(f"{DB_NAME}.bad-"))


def assert_fresh_and_working(store: Store) -> None:
    sid = store.start_session("p", "practice")
    store.record_answer(sid, "p", "q", "Kabul", EXACT, 1, "practice")
    assert [h["outcome"] for h in store.history("p", "q")] == ["exact"]
    assert store.best_score("old") is None


def test_a_text_file_is_moved_aside_with_a_timestamp(tmp_path: Path) -> None:
    db = tmp_path / DB_NAME
    db.write_text("my shopping list\n" * 100)
    (tmp_path / f"{DB_NAME}-wal").write_text("not ours either")
    before = digest(db)
    with Store.open(tmp_path) as store:
        moved = [m for m in moved_files(tmp_path) if not m.name.endswith("-wal")]
        assert [m.name for m in moved] == [store.moved_to.name]
        # its journal goes with it: a stale WAL must never be replayed into the fresh file
        assert Path(f"{moved[0]}-wal").read_text() == "not ours either"
        assert digest(moved[0]) == before  # kept byte for byte, never overwritten
        assert store.notice is not None and "\n" not in store.notice
        assert str(db) in store.notice and "is not an SQLite database" in store.notice
        assert moved[0].name in store.notice
        assert_fresh_and_working(store)


def test_a_foreign_sqlite_database_is_left_untouched(tmp_path: Path) -> None:
    db = tmp_path / DB_NAME
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Ada', '555')")
    conn.commit()
    conn.close()
    before = digest(db)
    with Store.open(tmp_path) as store:
        assert "is not a factquiz progress database" in (store.notice or "")
        (moved,) = moved_files(tmp_path)
        assert digest(moved) == before  # not even switched to WAL mode
        assert_fresh_and_working(store)
    conn = sqlite3.connect(moved)
    assert conn.execute("SELECT * FROM contacts").fetchall() == [("Ada", "555")]
    conn.close()


def damage_schema_page(db: Path) -> None:
    """Overwrite the table of contents (page 1 after its header) with noise."""
    data = bytearray(db.read_bytes())
    data[100:1100] = bytes((i * 37 + 11) % 256 for i in range(1000))
    db.write_bytes(bytes(data))


def test_a_damaged_progress_database_is_moved_aside(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        sid = store.start_session("old", "practice")
        store.record_answer(sid, "old", "q", "x", WRONG, 1, "practice")
        store.end_session(sid, 10, 0, 1)
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damage_schema_page(tmp_path / DB_NAME)
    damaged = digest(tmp_path / DB_NAME)
    with Store.open(tmp_path) as store:
        assert "is damaged" in (store.notice or "")
        assert digest(store.moved_to) == damaged
        assert_fresh_and_working(store)
    conn = sqlite3.connect(tmp_path / DB_NAME)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


def test_damage_deep_inside_the_file_is_found_when_opening(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        sid = store.start_session("old", "practice")
        for n in range(400):
            store.record_answer(sid, "old", f"q{n}", "some typed answer " * 5, WRONG, 1,
                                "practice")
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db = tmp_path / DB_NAME
    data = bytearray(db.read_bytes())
    page = 4096
    assert len(data) > 20 * page
    middle = (len(data) // page // 2) * page
    data[middle:middle + page] = bytes((i * 53 + 7) % 256 for i in range(page))
    db.write_bytes(bytes(data))
    with Store.open(tmp_path) as store:
        assert "is damaged" in (store.notice or "")
        assert_fresh_and_working(store)


def test_two_bad_files_in_one_second_get_distinct_names(tmp_path: Path) -> None:
    for text in ("first junk", "second junk"):
        (tmp_path / DB_NAME).write_text(text)
        Store.open(tmp_path).close()
    moved = moved_files(tmp_path)
    assert sorted(m.read_text() for m in moved) == ["first junk", "second junk"]


def test_a_database_from_a_newer_factquiz_is_refused_and_kept(tmp_path: Path) -> None:
    Store.open(tmp_path).close()
    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = digest(tmp_path / DB_NAME)
    with pytest.raises(StoreError, match="newer factquiz") as caught:
        Store.open(tmp_path)
    assert "\n" not in str(caught.value)
    assert moved_files(tmp_path) == [] and digest(tmp_path / DB_NAME) == before


def test_stats_command_reports_the_recovery_in_one_line(tmp_path: Path) -> None:
    (tmp_path / DB_NAME).write_text("garbage")
    done = subprocess.run([sys.executable, "-m", "factquiz", "stats", "--json",
                           "--data-dir", str(tmp_path)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "moved it to progress.sqlite3.bad-" in lines[0]
    assert "Traceback" not in done.stderr
