"""The progress store: every answer, every session and every FSRS card, in one SQLite file.

Durability choices (see docs/study.md for the measurements):

* WAL journal, so a reader (a second game window, `factquiz stats`) never blocks a writer.
* `synchronous=NORMAL`: a commit is in the WAL file before `record_answer` returns, so a killed
  or crashed process loses nothing (tested with SIGKILL), and the file can never be corrupted.
  Only a power cut or OS crash could drop the latest answers, so `end_session` checkpoints,
  which fsyncs: a finished session is safe even from that. FULL (an fsync per answer) measured
  p99 3-13 ms on this shared disk, at the disk's mercy; NORMAL stays under 1 ms.
* Every write is one short `BEGIN IMMEDIATE` transaction: it takes the write lock up front, so two
  processes queue on `busy_timeout` instead of failing with a lock-upgrade deadlock.
* `PRAGMA application_id` marks the file as ours and `PRAGMA user_version` is the schema version;
  a file that is not ours or is damaged is moved aside with a timestamped name, never overwritten.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from fsrs import Rating

from factquiz.errors import FactquizError
from factquiz.model import Pack, Verdict
from factquiz.paths import data_dir as default_data_dir
from factquiz.study.schedule import (
    RATING_FOR_OUTCOME,
    Schedule,
    card_from_json,
    outcome_of,
    utc,
)
from factquiz.study.settings import load_settings

DB_NAME = "progress.sqlite3"
#: "FQZ1": marks a progress database as factquiz's (PRAGMA application_id).
APPLICATION_ID = 0x46515A31
SCHEMA_VERSION = 2
BUSY_TIMEOUT_MS = 5000
#: Longer typed answers are cut: the game caps input anyway, the store must not grow without end.
MAX_TYPED = 2000
SQLITE_HEADER = b"SQLite format 3\x00"
#: Primary result codes that mean "this file is damaged or is not a database".
_CORRUPT_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB

#: Version 1: what the first release wrote. Kept verbatim so the v1 -> v2 migration stays tested.
SCHEMA_V1 = """
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    pack_key TEXT NOT NULL,
    mode TEXT NOT NULL,
    started_at TEXT NOT NULL,
    ended_at TEXT,
    score INTEGER,
    correct INTEGER,
    total INTEGER
);
CREATE TABLE answers (
    id INTEGER PRIMARY KEY,
    session_id INTEGER REFERENCES sessions(id),
    pack_key TEXT NOT NULL,
    question_id TEXT NOT NULL,
    typed TEXT NOT NULL,
    outcome TEXT NOT NULL,
    correct INTEGER NOT NULL,
    exact INTEGER NOT NULL,
    seconds REAL NOT NULL,
    answered_at TEXT NOT NULL,
    mode TEXT NOT NULL
);
CREATE INDEX answers_by_question ON answers(pack_key, question_id);
CREATE TABLE cards (
    pack_key TEXT NOT NULL,
    question_id TEXT NOT NULL,
    card TEXT NOT NULL,
    due TEXT NOT NULL,
    PRIMARY KEY (pack_key, question_id)
) WITHOUT ROWID;
"""

#: Version 2: the rating given and the grader's words on each answer; on each card the state and
#: stability (stats without parsing JSON), running answer counts (stats without scanning every
#: answer), when it was first studied (the daily new-card limit), and the card before its latest
#: review (so "easy" replaces the automatic rating rather than adding a second review); and a
#: tally of answers per local day (streaks and the activity chart without scanning answers).
MIGRATE_V1_TO_V2 = """
ALTER TABLE answers ADD COLUMN rating INTEGER;
ALTER TABLE answers ADD COLUMN expected TEXT NOT NULL DEFAULT '';
ALTER TABLE answers ADD COLUMN note TEXT NOT NULL DEFAULT '';
UPDATE answers SET rating = CASE outcome WHEN 'exact' THEN 3 WHEN 'close' THEN 2 ELSE 1 END;
ALTER TABLE cards ADD COLUMN state INTEGER;
ALTER TABLE cards ADD COLUMN stability REAL;
ALTER TABLE cards ADD COLUMN introduced_at TEXT;
ALTER TABLE cards ADD COLUMN last_answer_id INTEGER;
ALTER TABLE cards ADD COLUMN before TEXT;
ALTER TABLE cards ADD COLUMN answers INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cards ADD COLUMN correct INTEGER NOT NULL DEFAULT 0;
UPDATE cards SET
    state = json_extract(card, '$.state'),
    stability = json_extract(card, '$.stability'),
    introduced_at = (SELECT min(a.answered_at) FROM answers a
                     WHERE a.pack_key = cards.pack_key AND a.question_id = cards.question_id),
    last_answer_id = (SELECT max(a.id) FROM answers a
                      WHERE a.pack_key = cards.pack_key AND a.question_id = cards.question_id),
    answers = (SELECT count(*) FROM answers a
               WHERE a.pack_key = cards.pack_key AND a.question_id = cards.question_id),
    correct = (SELECT count(*) FROM answers a WHERE a.correct = 1
               AND a.pack_key = cards.pack_key AND a.question_id = cards.question_id);
CREATE TABLE days (
    day TEXT PRIMARY KEY,
    answers INTEGER NOT NULL,
    correct INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO days (day, answers, correct)
    SELECT date(answered_at, 'localtime'), count(*), sum(correct) FROM answers GROUP BY 1;
CREATE INDEX answers_by_time ON answers(answered_at);
CREATE INDEX answers_by_session ON answers(session_id);
CREATE INDEX cards_by_introduction ON cards(introduced_at);
"""

MIGRATIONS: dict[int, str] = {0: SCHEMA_V1, 1: MIGRATE_V1_TO_V2}


class StoreError(FactquizError):
    """The progress database cannot be used at all (not for damage we can recover from)."""


@dataclass(frozen=True)
class CardRow:
    """What stats need to know about one question's schedule."""

    pack_key: str
    question_id: str
    due: datetime
    state: int
    stability: float | None


def pack_key(pack: Pack) -> str:
    """A pack's identity in the store: its `id`, else its file name without the extension."""
    if pack.id:
        return pack.id
    if pack.path:
        return Path(pack.path).stem
    return pack.title


def stamp(moment: datetime) -> str:
    """UTC ISO 8601 with fixed precision, so text order is time order in SQL."""
    return utc(moment).isoformat(timespec="microseconds")


def parse_stamp(text: str) -> datetime:
    return utc(datetime.fromisoformat(text))


def local_day_start(moment: datetime) -> datetime:
    """Midnight of the learner's local day containing `moment`, as UTC: days follow the clock."""
    local = utc(moment).astimezone()
    return local.replace(hour=0, minute=0, second=0, microsecond=0).astimezone(UTC)


def local_day(moment: datetime) -> date:
    """The learner's calendar day at `moment` (the machine's time zone)."""
    return utc(moment).astimezone().date()


def _utc_now() -> datetime:
    return datetime.now(UTC)


class _NotOurs(Exception):
    """The file must be moved aside; the message says why, in a few words."""


class Store:
    """One learner's progress. Open with `Store.open`; every write is committed on return."""

    def __init__(self, conn: sqlite3.Connection, path: Path, *, clock: Callable[[], datetime],
                 schedule: Schedule, notice: str | None, moved_to: Path | None) -> None:
        self._conn = conn
        self.path = path
        self.data_dir = path.parent
        self._clock = clock
        self._schedule = schedule
        self._lock = threading.RLock()
        #: One line for the learner when the old file had to be moved aside, else None.
        self.notice = notice
        #: Where a damaged or foreign file was moved, if it was.
        self.moved_to = moved_to

    # ----- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, data_dir: Path | str | None = None, *,
             clock: Callable[[], datetime] | None = None, fuzz: bool = True,
             synchronous: str = "NORMAL") -> Store:
        """Open (creating or migrating) `progress.sqlite3` in `data_dir` or the default folder.

        A damaged or foreign file is renamed `progress.sqlite3.bad-<UTC time>` and a fresh
        database is started; `store.notice` then holds the message to show.
        """
        if synchronous.upper() not in ("NORMAL", "FULL", "EXTRA", "OFF"):
            raise ValueError(f"synchronous must be NORMAL, FULL, EXTRA or OFF, not {synchronous!r}")
        folder = Path(data_dir) if data_dir is not None else default_data_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{folder}: cannot create the data folder: "
                             f"{exc.strerror or exc}") from None
        path = folder / DB_NAME
        notice: str | None = None
        moved_to: Path | None = None
        try:
            conn = _connect(path, synchronous)
        except _NotOurs:
            # One process at a time decides and moves: two windows opening a bad file together
            # must not move aside the fresh database the other has just started.
            with _recovery_lock(folder):
                try:
                    conn = _connect(path, synchronous)  # already replaced by another window?
                except _NotOurs as why:
                    moved_to = _move_aside(path)
                    notice = (f"{path} {why}; moved it to {moved_to.name} and started a fresh "
                              "progress database")
                    try:
                        conn = _connect(path, synchronous)
                    except _NotOurs as again:
                        raise StoreError(f"{path}: cannot start a fresh database: "
                                         f"{again}") from None
        return cls(conn, path, clock=clock or _utc_now, schedule=Schedule(fuzz=fuzz),
                   notice=notice, moved_to=moved_to)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # ----- transactions --------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One short write transaction, committed to the WAL before the caller goes on."""
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise self._error(exc) from None
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException as exc:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise self._error(exc) from None
                raise

    def _read(self, sql: str, params: Sequence[object] = ()) -> list[tuple]:
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise self._error(exc) from None

    def _error(self, exc: sqlite3.Error) -> StoreError:
        if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
            return StoreError(f"{self.path}: busy for more than {BUSY_TIMEOUT_MS // 1000} s "
                              "(another factquiz is writing); try again")
        if _is_corruption(exc):
            return StoreError(f"{self.path}: damaged ({exc}); it will be moved aside and a "
                              "fresh one started the next time factquiz opens it")
        return StoreError(f"{self.path}: {exc}")

    def now(self) -> datetime:
        return utc(self._clock())

    # ----- sessions and answers (the game) -------------------------------------------------

    def start_session(self, pack_key: str, mode: str) -> int:
        with self._write() as conn:
            cur = conn.execute(
                "INSERT INTO sessions (pack_key, mode, started_at) VALUES (?, ?, ?)",
                (pack_key, mode, stamp(self.now())))
            return int(cur.lastrowid)

    def end_session(self, sid: int, score: int, correct: int, total: int) -> None:
        with self._write() as conn:
            conn.execute(
                "UPDATE sessions SET ended_at = ?, score = ?, correct = ?, total = ? WHERE id = ?",
                (stamp(self.now()), score, correct, total, sid))
        self.checkpoint()

    def checkpoint(self) -> None:
        """Copy the WAL into the database and fsync both: power-cut safety once per session.

        PASSIVE never waits for, or blocks, another window's readers; what it cannot copy now
        is copied by a later checkpoint.
        """
        with self._lock:
            try:
                self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            except sqlite3.Error as exc:
                raise self._error(exc) from None

    def record_answer(self, sid: int | None, pack_key: str, question_id: str, typed: str,
                      verdict: Verdict, seconds: float, mode: str, *, skipped: bool = False,
                      revealed: bool = False) -> None:
        """Record one answer and review its FSRS card, durably, before returning."""
        now = self.now()
        outcome = outcome_of(verdict, skipped=skipped, revealed=revealed)
        rating = RATING_FOR_OUTCOME[outcome]
        seconds = max(0.0, float(seconds)) if seconds == seconds else 0.0  # NaN -> 0
        with self._write() as conn:
            answer_id = conn.execute(
                "INSERT INTO answers (session_id, pack_key, question_id, typed, outcome, correct,"
                " exact, seconds, answered_at, mode, rating, expected, note)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (sid, pack_key, question_id, typed[:MAX_TYPED], outcome,
                 int(outcome in ("exact", "close")), int(outcome == "exact"), seconds,
                 stamp(now), mode, int(rating), verdict.expected, verdict.note),
            ).lastrowid
            row = conn.execute(
                "SELECT card FROM cards WHERE pack_key = ? AND question_id = ?",
                (pack_key, question_id)).fetchone()
            before = card_from_json(row[0]) if row else Schedule.new_card(answer_id, now)
            after = self._schedule.review(before, rating, now)
            conn.execute(
                "INSERT INTO cards (pack_key, question_id, card, due, state, stability,"
                " introduced_at, last_answer_id, before, answers, correct)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"
                " ON CONFLICT (pack_key, question_id) DO UPDATE SET card = excluded.card,"
                " due = excluded.due, state = excluded.state, stability = excluded.stability,"
                " last_answer_id = excluded.last_answer_id, before = excluded.before,"
                " answers = answers + 1, correct = correct + excluded.correct",
                (pack_key, question_id, after.to_json(), stamp(after.due), int(after.state),
                 after.stability, stamp(now), answer_id, before.to_json(),
                 int(outcome in ("exact", "close"))))
            conn.execute(
                "INSERT INTO days (day, answers, correct) VALUES (?, 1, ?) ON CONFLICT (day)"
                " DO UPDATE SET answers = answers + 1, correct = correct + excluded.correct",
                (local_day(now).isoformat(), int(outcome in ("exact", "close"))))

    def mark_easy(self, pack_key: str, question_id: str) -> bool:
        """The learner found a question they just got right easy: re-rate that review Easy.

        The automatic Good/Hard review is replaced (not followed) by an Easy one at the same
        moment. Does nothing, and returns False, unless the latest answer was right.
        """
        with self._write() as conn:
            row = conn.execute(
                "SELECT c.before, a.id, a.outcome, a.rating, a.answered_at FROM cards c"
                " JOIN answers a ON a.id = c.last_answer_id"
                " WHERE c.pack_key = ? AND c.question_id = ?",
                (pack_key, question_id)).fetchone()
            if row is None:
                return False
            before_json, answer_id, outcome, rating, answered_at = row
            if outcome not in ("exact", "close") or rating == int(Rating.Easy) or not before_json:
                return False
            after = self._schedule.review(card_from_json(before_json), Rating.Easy,
                                          parse_stamp(answered_at))
            conn.execute(
                "UPDATE cards SET card = ?, due = ?, state = ?, stability = ?"
                " WHERE pack_key = ? AND question_id = ?",
                (after.to_json(), stamp(after.due), int(after.state), after.stability,
                 pack_key, question_id))
            conn.execute("UPDATE answers SET rating = ? WHERE id = ?",
                         (int(Rating.Easy), answer_id))
            return True

    def best_score(self, pack_key: str, mode: str | None = None) -> int | None:
        sql = "SELECT max(score) FROM sessions WHERE pack_key = ? AND ended_at IS NOT NULL"
        params: list[object] = [pack_key]
        if mode is not None:
            sql += " AND mode = ?"
            params.append(mode)
        (best,) = self._read(sql, params)[0]
        return None if best is None else int(best)

    def missed_last_time(self, pack_key: str) -> set[str]:
        """Questions whose last answer in the pack's latest session (with answers) failed."""
        rows = self._read(
            "SELECT session_id FROM answers WHERE pack_key = ? AND session_id IS NOT NULL"
            " ORDER BY id DESC LIMIT 1", (pack_key,))
        if not rows:
            return set()
        latest = self._read(
            "SELECT question_id, outcome FROM answers WHERE session_id = ? AND pack_key = ?"
            " ORDER BY id", (rows[0][0], pack_key))
        last: dict[str, str] = {}
        for qid, outcome in latest:
            last[qid] = outcome
        return {qid for qid, outcome in last.items() if outcome not in ("exact", "close")}

    # ----- scheduling ----------------------------------------------------------------------

    def due_questions(self, packs: list[Pack], now: datetime | None = None,
                      new_limit: int | None = None) -> list[tuple[str, str]]:
        """What to study now: questions due for review (most overdue first), then new ones.

        Only questions still in a pack are offered, so a removed question keeps its history
        but is no longer scheduled. New questions are limited per local day across all packs
        (`new_limit`, else `new_per_day` from settings.json) counting those already started
        today, in any mode.
        """
        now = utc(now) if now is not None else self.now()
        order: dict[tuple[str, str], int] = {}
        for pack in packs:
            key = pack_key(pack)
            for question in pack.questions:
                order.setdefault((key, question.id), len(order))
        keys = sorted({key for key, _ in order})
        cards = self._cards_for(keys, columns="due")
        due: list[tuple[str, int, tuple[str, str]]] = []
        fresh: list[tuple[str, str]] = []
        now_text = stamp(now)
        for item, position in order.items():
            row = cards.get(item)
            if row is None:
                fresh.append(item)
            elif row[0] <= now_text:
                due.append((row[0], position, item))
        due.sort()
        if new_limit is None:
            new_limit = load_settings(self.data_dir).new_per_day
        remaining = max(0, new_limit - self.new_started_on(now))
        return [item for _, _, item in due] + fresh[:remaining]

    def next_due(self, packs: list[Pack]) -> datetime | None:
        """When the earliest review among the packs' current questions falls due (for "nothing
        is due now; next review in 3 hours"); None when nothing was ever answered."""
        wanted = {(pack_key(p), q.id) for p in packs for q in p.questions}
        cards = self._cards_for(sorted({key for key, _ in wanted}), columns="due")
        dues = [row[0] for item, row in cards.items() if item in wanted]
        return parse_stamp(min(dues)) if dues else None

    def new_started_on(self, now: datetime) -> int:
        """How many questions were studied for the first time on `now`'s local day."""
        start = local_day_start(now)
        end = local_day_start(start + timedelta(hours=36))  # next local midnight, DST or not
        (count,) = self._read(
            "SELECT count(*) FROM cards WHERE introduced_at >= ? AND introduced_at < ?",
            (stamp(start), stamp(end)))[0]
        return int(count)

    def _cards_for(self, keys: Sequence[str], columns: str) -> dict[tuple[str, str], tuple]:
        found: dict[tuple[str, str], tuple] = {}
        for start in range(0, len(keys), 500):
            chunk = list(keys[start:start + 500])
            marks = ",".join("?" * len(chunk))
            for row in self._read(
                    f"SELECT pack_key, question_id, {columns} FROM cards"
                    f" WHERE pack_key IN ({marks})", chunk):
                found[(row[0], row[1])] = row[2:]
        return found

    # ----- what stats read -----------------------------------------------------------------

    def card_rows(self, keys: Sequence[str]) -> list[CardRow]:
        rows = self._cards_for(sorted(set(keys)), columns="due, state, stability")
        return [CardRow(k, q, parse_stamp(due), int(state or 0), stability)
                for (k, q), (due, state, stability) in rows.items()]

    def answer_totals(self) -> dict[tuple[str, str], tuple[int, int]]:
        """(answers, right answers) for every question ever answered (kept on its card)."""
        return {(k, q): (int(n), int(ok)) for k, q, n, ok in self._read(
            "SELECT pack_key, question_id, answers, correct FROM cards")}

    def answers_per_day(self, since: date) -> dict[str, tuple[int, int]]:
        """Local day (YYYY-MM-DD, the learner's day when they answered) -> (answers, right)."""
        return {day: (int(n), int(ok)) for day, n, ok in self._read(
            "SELECT day, answers, correct FROM days WHERE day >= ?", (since.isoformat(),))}

    def active_days(self) -> list[str]:
        """Every local day with at least one answer, oldest first."""
        return [day for (day,) in self._read("SELECT day FROM days ORDER BY day")]

    def best_scores(self) -> dict[str, int]:
        return {k: int(s) for k, s in self._read(
            "SELECT pack_key, max(score) FROM sessions WHERE ended_at IS NOT NULL"
            " AND score IS NOT NULL GROUP BY pack_key")}

    def history(self, pack_key: str, question_id: str) -> list[dict[str, object]]:
        """Every answer to one question, oldest first (for tests, stats and curious learners)."""
        names = ("session_id", "typed", "outcome", "rating", "seconds", "answered_at", "mode")
        rows = self._read(
            f"SELECT {', '.join(names)} FROM answers WHERE pack_key = ? AND question_id = ?"
            " ORDER BY id", (pack_key, question_id))
        return [dict(zip(names, row, strict=True)) for row in rows]


# ----- opening, identifying, migrating ---------------------------------------------------------


def _connect(path: Path, synchronous: str) -> sqlite3.Connection:
    """Connect, retrying while other windows hold the file during their own start-up.

    Switching a new file to WAL and its first migration take locks for which SQLite does not
    always call the busy handler (it answers "database is locked" at once), so several windows
    opening one file together retry here, within the same busy budget as every other write.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            return _connect_once(path, synchronous)
        except _Busy:
            if time.monotonic() >= deadline:
                raise StoreError(f"{path}: busy for more than {BUSY_TIMEOUT_MS // 1000} s "
                                 "(another factquiz is writing); try again") from None
            time.sleep(0.02)


class _Busy(Exception):
    """Another connection held a lock SQLite would not wait for; try opening again."""


def _connect_once(path: Path, synchronous: str) -> sqlite3.Connection:
    """Connect, identify the file, migrate it; raise `_NotOurs` for a damaged or foreign file."""
    if _looks_foreign(path):
        raise _NotOurs("is not an SQLite database")
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                               check_same_thread=False)
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot open: {exc}") from None
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Identify before writing anything: a foreign file must be left exactly as it was.
        if _identify(conn) == "foreign":
            raise _NotOurs("is not a factquiz progress database")
        # Damage anywhere in the file is found now, not in the middle of a quiz: 40 ms for
        # 100,000 answers (benchmarks/store.py), well inside the 200 ms opening budget.
        problems = [row[0] for row in conn.execute("PRAGMA quick_check(3)")]
        if problems != ["ok"]:
            raise _NotOurs(f"is damaged ({problems[0]})")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute(f"PRAGMA synchronous = {synchronous}")
        conn.execute("PRAGMA foreign_keys = ON")
        _migrate(conn, path)
        return conn
    except _NotOurs:
        conn.close()
        raise
    except sqlite3.Error as exc:
        conn.close()
        if _is_corruption(exc):
            raise _NotOurs(f"is damaged ({exc})") from None
        if isinstance(exc, sqlite3.OperationalError) and (
                "locked" in str(exc) or "busy" in str(exc)):
            raise _Busy() from None
        raise StoreError(f"{path}: {exc}") from None
    except BaseException:
        conn.close()
        raise


def _looks_foreign(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise StoreError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return bool(head) and head != SQLITE_HEADER


def _is_corruption(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return (code & 0xFF) in _CORRUPT_CODES
    text = str(exc)
    return "malformed" in text or "not a database" in text


def _identify(conn: sqlite3.Connection) -> str:
    """'ours', 'empty' or 'foreign', from the application id and whether any table exists.

    Both are read by one statement, so from one snapshot: read one after the other, a window
    could see no id yet and then the tables another window's first migration just committed,
    and take the fresh database for a foreign file.
    """
    app_id, tables = conn.execute(
        "SELECT application_id, (SELECT count(*) FROM sqlite_master)"
        " FROM pragma_application_id").fetchone()
    if app_id == APPLICATION_ID:
        return "ours"
    return "empty" if app_id == 0 and tables == 0 else "foreign"


def _migrate(conn: sqlite3.Connection, path: Path, target: int = SCHEMA_VERSION) -> None:
    """Bring the schema to `target` in one transaction; safe when two processes race to it."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        kind = _identify(conn)  # again, under the write lock: another process may have won
        if kind == "foreign":
            raise _NotOurs("is not a factquiz progress database")
        (version,) = conn.execute("PRAGMA user_version").fetchone()
        if version > SCHEMA_VERSION:
            raise StoreError(f"{path}: written by a newer factquiz (schema {version}, this one "
                             f"knows {SCHEMA_VERSION}); upgrade factquiz to use it")
        while version < target:
            for statement in _statements(MIGRATIONS[version]):
                conn.execute(statement)
            version += 1
            conn.execute(f"PRAGMA user_version = {version}")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _statements(script: str) -> list[str]:
    """Split a migration script; `executescript` would commit our transaction half-way."""
    return [part.strip() for part in script.split(";") if part.strip()]


@contextmanager
def _recovery_lock(folder: Path) -> Iterator[None]:
    """An exclusive advisory lock on a small file beside the database (POSIX; elsewhere none)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    try:
        handle = (folder / f"{DB_NAME}.lock").open("a")
    except OSError as exc:
        raise StoreError(f"{folder}: cannot create a lock file: {exc.strerror or exc}") from None
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _move_aside(path: Path) -> Path:
    """Rename the database (and its WAL and shared-memory files) to a timestamped name."""
    when = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.bad-{when}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.name}.bad-{when}-{n}")
        n += 1
    # The journal files first, the database last: once the database is gone another window may
    # start a fresh one at once, and its new journal must not be taken for the old one.
    for suffix in ("-wal", "-shm", ""):
        source = Path(f"{path}{suffix}")
        try:
            source.rename(f"{target}{suffix}")
        except FileNotFoundError:
            continue  # never existed, or another process moved it first
        except OSError as exc:
            raise StoreError(f"{path}: damaged, and cannot move it aside: "
                             f"{exc.strerror or exc}") from None
    return target
