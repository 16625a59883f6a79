"""Nothing lost: a process SIGKILLed mid-session keeps every answer it had already given.

Three drivers: the store used directly the way the game calls it (fast, many kill points); the
real Textual app, headless (`App.run_test`), answering until it is killed; and `factquiz play`
itself in a real terminal (tmux), killed with SIGKILL as a student's terminal might be.
"""

from __future__ import annotations

import os
import shlex
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
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


class Terminal:
    """The game in a real terminal (a private tmux server), driven by keys, read from the screen."""

    def __init__(self, command: str) -> None:
        self.socket = f"factquiz-kill-{os.getpid()}"
        self.tmux(["new-session", "-d", "-s", "game", "-x", "100", "-y", "30", command])

    def tmux(self, args: list[str]) -> str:
        return subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True,
                              text=True, check=True, timeout=30).stdout

    def keys(self, *keys: str) -> None:
        self.tmux(["send-keys", "-t", "game", *keys])

    def screen(self) -> str:
        return self.tmux(["capture-pane", "-p", "-t", "game"])

    def wait_for(self, text: str, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.screen():
            if time.monotonic() > deadline:
                pytest.fail(f"never saw {text!r} on screen:\n{self.screen()}")
            time.sleep(0.05)

    def next_question(self, shown: str) -> None:
        """Enter moves on; under load an Enter sent the instant the verdict is drawn was seen
        to be dropped (the game's focus moves a moment later), so press again if needed."""
        for _ in range(3):
            self.keys("Enter")
            deadline = time.monotonic() + 3
            while time.monotonic() < deadline:
                if shown not in self.screen():
                    return
                time.sleep(0.05)
        pytest.fail(f"Enter did not move on from {shown!r}:\n{self.screen()}")

    def pid(self) -> int:
        return int(self.tmux(["list-panes", "-t", "game", "-F", "#{pane_pid}"]).strip())

    def close(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True,
                       timeout=30)


@pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux")
def test_factquiz_play_killed_in_a_terminal_keeps_every_answer(tmp_path: Path) -> None:
    """`factquiz play` as a student runs it; kill -9 while the next answer is being saved."""
    data = tmp_path / "data"
    pack = tmp_path / "killpack.yaml"
    write_pack(pack, 30)
    term = Terminal(f"exec {shlex.quote(sys.executable)} -m factquiz play "
                    f"{shlex.quote(str(pack))} --data-dir {shlex.quote(str(data))}")
    try:
        term.wait_for("Practice")
        term.keys("Enter")  # the first mode: Practice
        confirmed = []
        for n in range(5):
            term.wait_for("Type your answer")
            term.keys(f"guess{n}", "Enter")
            term.wait_for(f"You answered: guess{n}")  # the verdict is on screen
            confirmed.append(f"guess{n}")
            term.next_question(f"You answered: guess{n}")
        term.wait_for("Type your answer")
        pid = term.pid()
        term.keys("guess5", "Enter")
        os.kill(pid, signal.SIGKILL)  # while the sixth answer is being graded and saved
    finally:
        term.close()
    assert_all_kept(data, confirmed)
