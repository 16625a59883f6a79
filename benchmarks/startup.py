"""Start-up time of `factquiz play PACK` to the first question on screen, against a bare Textual
app that shows one Label, measured in the same run (ratio target: at most 1.5x).

Both programs run in a pseudo-terminal and exit right after their first screen is painted:
factquiz via FACTQUIZ_STARTUP_PROBE (which also reports whether spaCy was imported), the
baseline via `call_after_refresh(exit)`. Wall time from spawn to exit, median of N runs,
interleaved so machine noise hits both alike.

    .venv/bin/python benchmarks/startup.py [PACK] [--runs N]
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

BARE_APP = """
from textual.app import App
from textual.widgets import Label

class Bare(App):
    def compose(self):
        yield Label("What is the capital of France?")

    def on_mount(self):
        self.call_after_refresh(self.exit)

Bare().run()
print("bare-done")
"""


def factquiz_command(pack: Path) -> list[str]:
    script = REPO / ".venv" / "bin" / "factquiz"
    if script.exists():
        return [str(script), "play", str(pack)]
    return [sys.executable, "-m", "factquiz.cli", "play", str(pack)]


def run_in_pty(command: list[str], env: dict[str, str], size=(100, 30)) -> tuple[float, str]:
    """Run `command` on a fresh pseudo-terminal; return (seconds to exit, everything printed)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
    chunks: list[bytes] = []

    def drain() -> None:
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:
                return
            if not data:
                return
            chunks.append(data)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    start = time.perf_counter()
    process = subprocess.Popen(command, stdin=slave, stdout=slave, stderr=slave, env=env,
                               cwd=REPO, start_new_session=True)
    try:
        process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    elapsed = time.perf_counter() - start
    os.close(slave)
    reader.join(timeout=2)
    os.close(master)
    return elapsed, b"".join(chunks).decode("utf-8", "replace")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_pack = REPO / "quizzes" / "mazar-e-sharif.yaml"
    if not default_pack.exists():
        default_pack = REPO / "tests" / "fixtures" / "tui_lakes.yaml"
    parser.add_argument("pack", nargs="?", type=Path, default=default_pack)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    home = tempfile.mkdtemp(prefix="factquiz-bench-")
    env = dict(os.environ, TERM="xterm-256color", FACTQUIZ_HOME=home,
               FACTQUIZ_STARTUP_PROBE="1")
    env.pop("TEXTUAL", None)
    game_cmd = factquiz_command(args.pack.resolve())
    bare_cmd = [sys.executable, "-c", BARE_APP]

    # One warm-up each, so both read their files from the page cache.
    _, output = run_in_pty(game_cmd, env)
    if "first-question" not in output:
        print("factquiz did not reach the first question; output was:\n" + output[-2000:])
        return 1
    spacy_loaded = "spacy-loaded=True" in output
    run_in_pty(bare_cmd, env)

    game, bare = [], []
    for _ in range(args.runs):
        game.append(run_in_pty(game_cmd, env)[0])
        bare.append(run_in_pty(bare_cmd, env)[0])

    game_med, bare_med = statistics.median(game), statistics.median(bare)
    print(f"pack: {args.pack}")
    print(f"command: {' '.join(game_cmd[:2])} ...  runs: {args.runs}")
    print(f"bare Textual app (one Label):  median {bare_med:.3f} s  "
          f"(min {min(bare):.3f}, max {max(bare):.3f})")
    print(f"factquiz play -> 1st question: median {game_med:.3f} s  "
          f"(min {min(game):.3f}, max {max(game):.3f})")
    ratio = game_med / bare_med
    print(f"ratio: {ratio:.2f}x  (target <= 1.50x)  {'OK' if ratio <= 1.5 else 'OVER'}")
    print(f"spaCy imported on the play path: {'YES (bad)' if spacy_loaded else 'no'}")
    return 0 if ratio <= 1.5 and not spacy_loaded else 1


if __name__ == "__main__":
    raise SystemExit(main())
