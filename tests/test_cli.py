"""The command line as a user meets it: exit codes, one-line errors, no tracebacks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from factquiz import __version__

GOOD_PACK = """\
format: factquiz/1
title: Tiny
sources:
  - {id: s1, title: One}
questions:
  - id: q1
    kind: where
    prompt: Where did the rebels go?
    answer: Kunduz
    source: {id: s1, sentence: The rebels went to Kunduz.}
"""


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "factquiz", *args], capture_output=True,
                          text=True, cwd=cwd, timeout=120)


def assert_one_line_error(result: subprocess.CompletedProcess[str], code: int, text: str) -> None:
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert text in lines[0]


def test_version_and_help() -> None:
    assert run("--version").stdout.strip() == f"factquiz {__version__}"
    for command in ("generate", "play", "validate", "study", "stats"):
        result = run(command, "--help")
        assert result.returncode == 0
        assert "usage: factquiz " + command in result.stdout


def test_validate_good_and_bad_packs(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(GOOD_PACK)
    bad = tmp_path / "bad.yaml"
    bad.write_text(GOOD_PACK.replace("kind: where", "kind: whereabouts"))
    ok = run("validate", str(good))
    assert ok.returncode == 0
    assert "1 questions" in ok.stdout
    result = run("validate", str(good), str(bad))
    assert_one_line_error(result, 1, f"{bad}:7: question q1: kind must be one of")


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ("missing", "no such file or folder"),
        ("empty", "file is empty"),
        ("binary", "looks like a binary file"),
        ("latin1", "not valid UTF-8"),
        ("empty-folder", "folder has no text files"),
    ],
)
def test_generate_refuses_bad_input_without_writing(tmp_path: Path, setup: str,
                                                    message: str) -> None:
    target = tmp_path / "article.txt"
    if setup == "empty":
        target.write_text("")
    elif setup == "binary":
        target.write_bytes(b"\x00\x01\x02binary")
    elif setup == "latin1":
        target.write_bytes("Café\n\nDéjà vu.".encode("latin-1"))
    elif setup == "empty-folder":
        target = tmp_path / "folder"
        target.mkdir()
    out = tmp_path / "out.yaml"
    result = run("generate", str(target), "-o", str(out))
    assert_one_line_error(result, 2, message)
    assert not out.exists()


def test_generate_refuses_unwritable_output_before_reading(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Title\n\nThe rebels went to Kunduz on Friday.\n")
    result = run("generate", str(article), "-o", str(tmp_path / "no" / "such" / "p.yaml"))
    assert_one_line_error(result, 2, "does not exist")
    result = run("generate", str(article), "-o", str(tmp_path))
    assert_one_line_error(result, 2, "is a folder")


def test_play_with_broken_pack_names_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(GOOD_PACK.replace("    answer: Kunduz\n", ""))
    result = run("play", str(bad))
    assert_one_line_error(result, 2, f"{bad}:6: question q1: missing required key 'answer'")
    result = run("play", str(tmp_path / "absent.yaml"))
    assert_one_line_error(result, 2, "no such file")


def test_the_bundled_pack_is_exactly_what_generate_writes(tmp_path: Path, seeds_dir: Path) -> None:
    """The README's recipe reproduces quizzes/mazar-e-sharif.yaml byte for byte: no hand edits."""
    bundled = Path(__file__).parent.parent / "quizzes" / "mazar-e-sharif.yaml"
    out = tmp_path / "mazar-e-sharif.yaml"
    result = run("generate", *sorted(str(p) for p in seeds_dir.glob("*.txt")), "-o", str(out),
                 "--title", "The fall of Mazar-e-Sharif", "--id", "mazar-e-sharif",
                 "--description", "Three news reports from November 2001 on the capture of "
                 "Mazar-e-Sharif by Afghan opposition forces.")
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8") == bundled.read_text(encoding="utf-8")
