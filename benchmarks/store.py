"""Progress store timings: recording one answer (p99), and opening a big store to find due work.

Targets (issue 6): record_answer p99 <= 10 ms with the durability settings used (WAL,
synchronous=NORMAL, a checkpoint at the end of each session; FULL is timed too, for comparison);
opening a store holding 100,000 answers and computing due questions < 200 ms.
Each figure is printed beside a baseline measured in the same run, on the same disk:
a bare sqlite3 INSERT + COMMIT with the same pragmas, and a bare connect + count(*).

    .venv/bin/python benchmarks/store.py [--answers 100000] [--records 2000]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from factquiz.model import Pack, Question, Verdict
from factquiz.study.stats import compute_stats
from factquiz.study.store import DB_NAME, Store

VERDICTS = [Verdict(True, True, "A"), Verdict(True, True, "A"), Verdict(True, False, "A"),
            Verdict(False, False, "A")]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def describe(name: str, ms: list[float]) -> str:
    return (f"{name:<40} p50 {percentile(ms, 50):6.3f} ms  p95 {percentile(ms, 95):6.3f} ms  "
            f"p99 {percentile(ms, 99):6.3f} ms  max {max(ms):6.3f} ms")


def time_record_answer(folder: Path, synchronous: str, records: int
                       ) -> tuple[list[float], list[float]]:
    """Times of each record_answer, and of each end_session (with its checkpoint)."""
    rng = random.Random(7)
    store = Store.open(folder, synchronous=synchronous)
    sid = store.start_session("bench", "practice")
    times, ends = [], []
    for n in range(records):
        qid = f"q{rng.randrange(300)}"
        started = time.perf_counter()
        store.record_answer(sid, "bench", qid, f"typed {n}", rng.choice(VERDICTS), 3.2,
                            "practice")
        times.append((time.perf_counter() - started) * 1000)
        if n % 20 == 19:  # a 20-question quiz ends
            started = time.perf_counter()
            store.end_session(sid, 100, 10, 20)
            ends.append((time.perf_counter() - started) * 1000)
            sid = store.start_session("bench", "practice")
    store.close()
    return times, ends


def time_bare_insert(folder: Path, synchronous: str, records: int) -> list[float]:
    conn = sqlite3.connect(folder / "bare.sqlite3", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(f"PRAGMA synchronous = {synchronous}")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, qid TEXT, typed TEXT, at TEXT)")
    times = []
    for n in range(records):
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t (qid, typed, at) VALUES (?, ?, ?)",
                     (f"q{n % 300}", f"typed {n}", datetime.now(UTC).isoformat()))
        conn.execute("COMMIT")
        times.append((time.perf_counter() - started) * 1000)
    conn.close()
    return times


def make_packs(n_packs: int, per_pack: int) -> list[Pack]:
    return [Pack(title=f"Pack {p}", id=f"pack{p}", questions=[
        Question(id=f"p{p}q{i}", kind=("who", "where", "how-many", "when")[i % 4],
                 prompt="Who?", answer="A") for i in range(per_pack)]) for p in range(n_packs)]


def fill(folder: Path, packs: list[Pack], answers: int) -> None:
    """Record `answers` answers through the store itself over 90 simulated days."""
    now = datetime.now(UTC) - timedelta(days=90)
    step = timedelta(days=90) / answers
    clock_now = [now]
    store = Store.open(folder, clock=lambda: clock_now[0], synchronous="OFF")
    rng = random.Random(11)
    items = [(pack.id, q.id) for pack in packs for q in pack.questions]
    sid = store.start_session("bench", "practice")
    for n in range(answers):
        key, qid = items[rng.randrange(len(items))]
        clock_now[0] = now + step * n
        store.record_answer(sid, key, qid, "typed", rng.choice(VERDICTS), 4.0, "practice")
        if n % 500 == 499:
            store.end_session(sid, rng.randrange(500), 10, 20)
            sid = store.start_session(key, "practice")
    store.close()


OPEN_AND_DUE = """
import sys, time
started = time.perf_counter()
from factquiz.study.store import Store
from factquiz.model import Pack, Question
n_packs, per_pack = int(sys.argv[2]), int(sys.argv[3])
packs = [Pack(title="t", id=f"pack{p}", questions=[Question(id=f"p{p}q{i}", kind="who",
         prompt="?", answer="A") for i in range(per_pack)]) for p in range(n_packs)]
imported = time.perf_counter()
store = Store.open(sys.argv[1])
due = store.due_questions(packs, new_limit=20)
done = time.perf_counter()
print((done - imported) * 1000, (imported - started) * 1000, len(due))
"""

BARE_OPEN = """
import sqlite3, sys, time
started = time.perf_counter()
conn = sqlite3.connect(sys.argv[1])
conn.execute("SELECT count(*) FROM answers").fetchone()
print((time.perf_counter() - started) * 1000)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=100_000)
    parser.add_argument("--records", type=int, default=2000)
    parser.add_argument("--packs", type=int, default=20)
    parser.add_argument("--per-pack", type=int, default=100)
    args = parser.parse_args()

    print(f"sqlite {sqlite3.sqlite_version}, python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as tmp:
        root = Path(tmp)
        print(f"\n1. record_answer, {args.records} answers, one transaction each "
              "(temporary folder on the project's disk)")
        for sync in ("NORMAL", "FULL"):
            (root / sync).mkdir()
            ours, ends = time_record_answer(root / sync, sync, args.records)
            bare = time_bare_insert(root / sync, sync, args.records)
            print(describe(f"record_answer, synchronous={sync}", ours))
            print(describe("  end_session + checkpoint", ends))
            print(describe(f"bare INSERT+COMMIT, synchronous={sync}", bare))
            print(f"{'':<40} p99 ratio to bare insert: "
                  f"{percentile(ours, 99) / percentile(bare, 99):.2f}x; "
                  f"target p99 <= 10 ms: {'met' if percentile(ours, 99) <= 10 else 'MISSED'}")

        big = root / "big"
        print(f"\n2. a store with {args.answers:,} answers over {args.packs} packs x "
              f"{args.per_pack} questions")
        started = time.perf_counter()
        packs = make_packs(args.packs, args.per_pack)
        fill(big, packs, args.answers)
        print(f"{'filled through Store.record_answer in':<40} {time.perf_counter() - started:.1f} s"
              f"  ({(big / DB_NAME).stat().st_size / 1e6:.1f} MB)")
        opens, bares, imports = [], [], []
        for _ in range(7):
            out = subprocess.run([sys.executable, "-c", OPEN_AND_DUE, str(big), str(args.packs),
                                  str(args.per_pack)], capture_output=True, text=True,
                                 check=True).stdout.split()
            opens.append(float(out[0]))
            imports.append(float(out[1]))
            due_count = int(out[2])
            bares.append(float(subprocess.run(
                [sys.executable, "-c", BARE_OPEN, str(big / DB_NAME)], capture_output=True,
                text=True, check=True).stdout))
        median, bare = statistics.median(opens), statistics.median(bares)
        print(f"{'Store.open + due_questions':<40} median {median:6.1f} ms  min {min(opens):6.1f}"
              f" ms  ({due_count} questions due), fresh process each time")
        print(f"{'(importing the store and fsrs, before)':<40} median "
              f"{statistics.median(imports):6.1f} ms")
        print(f"{'bare connect + count(*)':<40} median {bare:6.1f} ms")
        print(f"{'':<40} ratio {median / bare:.1f}x; target < 200 ms: "
              f"{'met' if median < 200 else 'MISSED'}")
        with Store.open(big) as store:
            started = time.perf_counter()
            compute_stats(store, packs)
            elapsed = (time.perf_counter() - started) * 1000
            print(f"{'compute_stats (factquiz stats)':<40} {elapsed:6.1f} ms")


if __name__ == "__main__":
    main()
