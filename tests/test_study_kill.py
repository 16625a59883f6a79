"""Nothing lost: a process SIGKILLed mid-session keeps every answer it had already given.

Two drivers: the store used directly the way the game calls it (fast, many kill points), and
the real Textual app, headless, answering questions until it is killed.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from factquiz.study.store import DB_NAME, Store

STORE_DRIVER = textwrap.dedent("""
    import sys
    from factquiz.model import Verdict
    from factquiz.study.store import Store

    store = Store.open(sys.argv[1])
    sid = store.start_session("kill", "practice")
    verdicts = [Verdict(True, True, "A"), Verdict(True, False, "A"), Verdict(False, False, "A")]
    n = 0
    while True:
        typed = f"answer-{n}"
        store.record_answer(sid, "kill", f"q{n % 7}", typed, verdicts[n % 3], 1.5, "practice",
                            skipped=n % 11 == 0)
        print(typed, flush=True)  # the game shows the next question only now
        n += 1
""")

APP_DRIVER = textwrap.dedent("""
    import asyncio, sys
    from pathlib import Path
    from factquiz.tui.app import FactquizApp

    async def main() -> None:
        app = FactquizApp(Path(sys.argv[2]), data_dir=Path(sys.argv[1]), start_mode="practice",
                          shuffle=False)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            n = 0
            while True:
                right = n % 2 == 0
                typed = f"Oasis {n}" if right else f"guess{n}"
                keys = [*"Oasis", "space", *str(n)] if right else list(typed)
                await pilot.press(*keys, "enter")
                await pilot.pause()
                assert app.screen.query_one("#feedback").display, "no feedback shown"
                print(typed, flush=True)  # the learner has seen the verdict
                await pilot.press("enter")
                await pilot.pause()
                n += 1

    asyncio.run(main())
""")


def run_until_killed(script: str, args: list[str], answers: int) -> list[str]:
    """Start the driver, read `answers` confirmations, SIGKILL it; return what it confirmed."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    confirmed: list[str] = []
    try:
        assert proc.stdout is not None
        while len(confirmed) < answers:
            line = proc.stdout.readline()
            if not line:
                pytest.fail(f"driver stopped early: {proc.stderr.read() if proc.stderr else ''}")
            confirmed.append(line.strip())
        os.kill(proc.pid, signal.SIGKILL)  # mid-session: it is already writing the next one
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    return confirmed


def assert_all_kept(data_dir: Path, confirmed: list[str]) -> None:
    conn = sqlite3.connect(data_dir / DB_NAME)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        typed = [t for (t,) in conn.execute("SELECT typed FROM answers ORDER BY id")]
        cards = conn.execute("SELECT count(*) FROM cards").fetchone()[0]
    finally:
        conn.close()
    # Every confirmed answer is there, in order. The driver may have given a few more before
    # the signal landed (we stop reading at `confirmed`); those are whole, not half-written.
    assert typed[:len(confirmed)] == confirmed
    assert len(set(typed)) == len(typed)
    assert cards >= 1
    with Store.open(data_dir) as store:
        assert store.notice is None  # opens cleanly: nothing moved aside


@pytest.mark.parametrize("answers", [1, 17, 60])
def test_store_killed_mid_session_keeps_every_answer(tmp_path: Path, answers: int) -> None:
    confirmed = run_until_killed(STORE_DRIVER, [str(tmp_path)], answers)
    assert_all_kept(tmp_path, confirmed)


PACK_HEAD = """\
format: factquiz/1
id: killpack
title: Kill test
sources:
  - {id: s1, title: Invented facts}
questions:
"""


def write_pack(path: Path, n: int) -> None:
    lines = [PACK_HEAD]
    for i in range(n):
        lines.append(f"""\
  - id: k{i}
    kind: where
    prompt: Where did caravan number {i} stop?
    answer: Oasis {i}
    source: {{id: s1, sentence: Caravan number {i} stopped at Oasis {i}.}}
""")
    path.write_text("".join(lines), encoding="utf-8")


def test_real_app_killed_mid_session_keeps_every_answer(tmp_path: Path) -> None:
    pytest.importorskip("factquiz.tui.app")
    data = tmp_path / "data"
    pack = tmp_path / "killpack.yaml"
    write_pack(pack, 30)
    confirmed = run_until_killed(APP_DRIVER, [str(data), str(pack)], answers=6)
    assert_all_kept(data, confirmed)
    conn = sqlite3.connect(data / DB_NAME)
    rows = conn.execute("SELECT pack_key, question_id, outcome, mode FROM answers ORDER BY id"
                        ).fetchall()
    conn.close()
    assert rows[:6] == [("killpack", f"k{i}", "wrong" if i % 2 else "exact", "practice")
                        for i in range(6)]
