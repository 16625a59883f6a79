"""Two game windows at once: both write, nothing is lost, nothing is corrupted."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

from factquiz.study import store as store_module
from factquiz.study.store import DB_NAME, Store
from test_study_helpers import EXACT, WRONG


def check_database(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    return conn


def test_two_connections_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    first, second = Store.open(tmp_path), Store.open(tmp_path)
    errors: list[BaseException] = []

    def play(store: Store, name: str) -> None:
        try:
            sid = store.start_session("shared", name)
            for n in range(150):
                # both windows answer the same questions: the card updates must serialise
                store.record_answer(sid, "shared", f"q{n % 5}", f"{name}-{n}",
                                    EXACT if n % 2 else WRONG, 1.0, name)
            store.end_session(sid, 100, 75, 150)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=play, args=(s, name))
               for s, name in ((first, "one"), (second, "two"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    first.close()
    second.close()
    assert errors == []
    conn = check_database(tmp_path / DB_NAME)
    per_mode = dict(conn.execute("SELECT mode, count(*) FROM answers GROUP BY mode"))
    assert per_mode == {"one": 150, "two": 150}
    # each card was last updated by the last answer to its question, whichever window gave it
    stale = conn.execute(
        "SELECT count(*) FROM cards c WHERE c.last_answer_id != (SELECT max(id) FROM answers a"
        " WHERE a.pack_key = c.pack_key AND a.question_id = c.question_id)").fetchone()[0]
    assert stale == 0
    assert conn.execute("SELECT count(*) FROM sessions WHERE score = 100").fetchone() == (2,)
    conn.close()


WRITER = textwrap.dedent("""
    import sys
    from factquiz.model import Verdict
    from factquiz.study.store import Store

    name = sys.argv[2]
    with Store.open(sys.argv[1]) as store:
        sid = store.start_session("shared", name)
        for n in range(200):
            store.record_answer(sid, "shared", f"q{n % 9}", f"{name}-{n}",
                                Verdict(n % 3 != 0, n % 3 == 1, "A"), 0.5, name)
            if n % 50 == 0:
                store.best_score("shared")  # reads interleave with the other's writes
        store.end_session(sid, 1, 1, 200)
""")


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    Store.open(tmp_path).close()  # both processes then race on an existing file
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path), name],
                              stderr=subprocess.PIPE, text=True)
             for name in ("left", "right")]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    conn = check_database(tmp_path / DB_NAME)
    per_mode = dict(conn.execute("SELECT mode, count(*) FROM answers GROUP BY mode"))
    assert per_mode == {"left": 200, "right": 200}
    assert conn.execute("SELECT count(*) FROM cards").fetchone() == (9,)
    conn.close()


def test_two_processes_creating_the_database_at_once(tmp_path: Path) -> None:
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path), name],
                              stderr=subprocess.PIPE, text=True)
             for name in ("a", "b", "c")]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    assert [p.name for p in tmp_path.iterdir() if ".bad-" in p.name] == []
    conn = check_database(tmp_path / DB_NAME)
    assert conn.execute("SELECT count(*) FROM answers").fetchone() == (600,)
    conn.close()


RACER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from factquiz.model import Verdict
    from factquiz.study.store import Store

    go = Path(sys.argv[3])
    while not go.exists():  # all start opening at the same moment
        time.sleep(0.001)
    with Store.open(sys.argv[1]) as store:
        for n in range(50):
            store.record_answer(None, "shared", f"q{n}", sys.argv[2], Verdict(True, True, "A"),
                                0.5, "practice")
""")


def test_windows_opening_a_bad_file_together_move_it_once(tmp_path: Path) -> None:
    data, go = tmp_path / "data", tmp_path / "go"
    data.mkdir()
    (data / DB_NAME).write_text("not a database at all")
    procs = [subprocess.Popen([sys.executable, "-c", RACER, str(data), name, str(go)],
                              stderr=subprocess.PIPE, text=True)
             for name in ("a", "b", "c", "d")]
    time.sleep(1.5)  # let every process finish importing
    go.touch()
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    moved = [p for p in data.iterdir() if ".bad-" in p.name and not p.name.endswith(("-wal",
                                                                                    "-shm"))]
    assert [p.read_text() for p in moved] == ["not a database at all"]
    conn = check_database(data / DB_NAME)
    # every window wrote into the one fresh database, none into a file moved aside
    assert conn.execute("SELECT count(*) FROM answers").fetchone() == (200,)
    conn.close()


def test_a_fresh_database_another_window_is_migrating_is_not_taken_for_foreign(
        tmp_path: Path) -> None:
    """The race CI once hit: a window checks a new file just as another commits its tables.

    Another connection commits the first migration the moment this one starts its next
    statement while identifying the file; the file must still read as ours or empty.
    """
    path = tmp_path / DB_NAME
    sqlite3.connect(path).close()  # the empty file a first window has just created
    looking, migrating = sqlite3.connect(path, isolation_level=None), sqlite3.connect(
        path, isolation_level=None)
    done: list[str] = []

    def migrate_meanwhile(statement: str) -> None:
        if not done and statement.lstrip().upper().startswith("SELECT"):
            done.append(statement)
            store_module._migrate(migrating, path)

    looking.set_trace_callback(migrate_meanwhile)
    assert store_module._identify(looking) in ("ours", "empty")
    assert done, "the other window never got to migrate"
    looking.close()
    migrating.close()
    with Store.open(tmp_path) as store:
        assert store.notice is None
