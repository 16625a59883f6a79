"""Pack files: what teachers write by hand must load, and every mistake must be named precisely."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factquiz import pack as packs
from factquiz.errors import InputError, PackError
from factquiz.model import Citation, Pack, Question, Settings, Source, Tolerance

GOOD = """\
format: factquiz/1
title: Test pack
description: Two questions.
settings:
  grading: strict
  tolerance: 5%
  streaks: false
sources:
  - id: s1
    title: First report
    file: one.txt
  - id: s2
    title: Second report
questions:
  - id: q1
    kind: who
    prompt: Who led the attack?
    answer: Atta Mohammad
    accept: [Atta]
    distractors: [Dostum, Muhaqiq, Nadeem]
    source: {id: s1, sentence: "Atta Mohammad led the attack."}
  - id: q2
    kind: how-many
    prompt: How many soldiers were in the battle?
    answer: 7,000 to 8,000
    tolerance: 100
    grading: lenient
    source:
      - id: s1
        sentence: "7,000 to 8,000 soldiers were in the battle."
      - id: s2
        sentence: "Some 7,000 to 8,000 soldiers fought."
    conflict:
      note: The reports agree on the range but not the wording.
      values:
        - {value: "7,000 to 8,000", source: s1}
        - {value: "about 8,000", source: s2}
"""


def write(tmp_path: Path, text: str | bytes, name: str = "pack.yaml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def problems_of(tmp_path: Path, text: str) -> list[str]:
    with pytest.raises(PackError) as info:
        packs.load(write(tmp_path, text))
    return info.value.problems


def test_loads_every_documented_field(tmp_path: Path) -> None:
    pack = packs.load(write(tmp_path, GOOD))
    assert pack.title == "Test pack"
    assert pack.settings.grading == "strict"
    assert pack.settings.tolerance == Tolerance(5, percent=True)
    assert pack.settings.streaks is False
    assert pack.source("s1").file == "one.txt"
    q1, q2 = pack.questions
    assert (q1.kind, q1.answer, q1.accept) == ("who", "Atta Mohammad", ["Atta"])
    assert q1.distractors == ["Dostum", "Muhaqiq", "Nadeem"]
    assert q1.citations == [Citation("s1", "Atta Mohammad led the attack.")]
    assert q1.line == 15
    assert [c.source for c in q2.citations] == ["s1", "s2"]
    assert q2.tolerance == Tolerance(100)
    assert q2.grading == "lenient"
    assert q2.conflict is not None and len(q2.conflict.values) == 2
    assert packs.pack_key(pack) == "pack"


def test_save_then_load_round_trips(tmp_path: Path) -> None:
    pack = packs.load(write(tmp_path, GOOD))
    out = tmp_path / "copy.yaml"
    packs.save(pack, out)
    again = packs.load(out)
    assert again.questions == pack.questions
    assert again.settings == pack.settings
    assert again.sources == pack.sources
    # Short lists stay on one line, as a person would write them.
    assert "accept: [Atta]" in out.read_text()


def test_save_keeps_markup_and_unicode_literal(tmp_path: Path) -> None:
    question = Question(id="q1", kind="who", prompt="Who wrote [bold]this[/bold]?",
                        answer="Dostúm",
                        citations=[Citation("s1", "Dostúm wrote [link=x]it[/link].")])
    pack = Pack(title="Odd: text # here", sources=[Source("s1", "A")], questions=[question])
    path = tmp_path / "odd.yaml"
    packs.save(pack, path)
    loaded = packs.load(path)
    assert loaded.title == "Odd: text # here"
    assert loaded.questions[0].prompt == "Who wrote [bold]this[/bold]?"
    assert loaded.questions[0].answer == "Dostúm"


def test_save_is_atomic_and_leaves_no_temp_file_on_failure(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, GOOD)
    before = path.read_text()
    pack = packs.load(path)

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(InputError, match="No space left"):
        packs.save(pack, path)
    assert path.read_text() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.yaml"]


def test_save_into_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    pack = packs.load(write(tmp_path, GOOD))
    with pytest.raises(InputError, match="does not exist"):
        packs.save(pack, tmp_path / "nope" / "pack.yaml")


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (("    accept: [Atta]\n", "    acept: [Atta]\n"),
         "pack.yaml:19: question q1: unknown key 'acept'"),
        (("    answer: Atta Mohammad\n", ""),
         "pack.yaml:15: question q1: missing required key 'answer'"),
        (("kind: who", "kind: whom"), "pack.yaml:16: question q1: kind must be one of"),
        (("    answer: Atta Mohammad\n", "    answer: yes\n"),
         "pack.yaml:18: question q1: 'answer' must be text, not a yes/no value"),
        (("    accept: [Atta]\n", "    accept: Atta\n"),
         "pack.yaml:19: question q1: 'accept' must be a list of text"),
        (("id: q2", "id: q1"), "pack.yaml:22: question q1: duplicate id (first used on line 15)"),
        (("{id: s1, sentence", "{id: s9, sentence"),
         "pack.yaml:21: question q1: source 's9' is not listed in 'sources'"),
        (("format: factquiz/1", "format: factquiz/9"), "pack.yaml:1: format must be 'factquiz/1'"),
        (("title: Test pack\n", ""), "pack.yaml:1: missing required key 'title'"),
        (("grading: strict", "grading: harsh"), "pack.yaml:5: grading must be one of"),
        (("tolerance: 5%", "tolerance: lots"), "pack.yaml:6: tolerance 'lots' is not a number"),
        (("distractors: [Dostum,", "distractors: [Atta,"),
         "pack.yaml:20: question q1: distractor 'Atta' is also a right answer"),
        (("title: Second report\n", "title: Second report\n    title: Again\n"),
         "pack.yaml:14: duplicate key 'title' (first on line 13)"),
    ],
)
def test_each_mistake_is_named_with_file_line_and_question(tmp_path: Path, edit: tuple[str, str],
                                                           expected: str) -> None:
    old, new = edit
    assert old in GOOD
    problems = problems_of(tmp_path, GOOD.replace(old, new, 1))
    assert any(p.endswith(expected) or expected in p for p in problems), problems
    assert all(p.startswith(str(tmp_path / "pack.yaml") + ":") for p in problems)


def test_all_problems_are_reported_at_once(tmp_path: Path) -> None:
    text = GOOD.replace("kind: who", "kind: whom")
    text = text.replace("    accept: [Atta]", "    acept: [Atta]")
    problems = problems_of(tmp_path, text)
    assert len(problems) == 2


def test_malformed_yaml_names_the_line(tmp_path: Path) -> None:
    problems = problems_of(tmp_path, "format: factquiz/1\ntitle: [unclosed\nsources: []\n")
    assert len(problems) == 1
    assert problems[0].startswith(f"{tmp_path / 'pack.yaml'}:")
    assert "malformed YAML" in problems[0]


def test_yaml_tags_are_refused_not_executed(tmp_path: Path) -> None:
    problems = problems_of(tmp_path, "!!python/object/apply:os.system ['echo hi']\n")
    assert "malformed YAML" in problems[0]


def test_a_list_at_top_level_is_explained(tmp_path: Path) -> None:
    problems = problems_of(tmp_path, "- one\n- two\n")
    assert "a pack must be a mapping" in problems[0]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "file is empty"),
        (b"   \n\n", "file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        ("title: café\n".encode("latin-1"), "not valid UTF-8"),
    ],
)
def test_unreadable_files_are_input_errors(tmp_path: Path, content: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        packs.load(write(tmp_path, content))


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        packs.load(tmp_path / "absent.yaml")
    with pytest.raises(InputError, match="is a folder"):
        packs.load(tmp_path)


def test_validate_returns_problems_instead_of_raising(tmp_path: Path) -> None:
    assert packs.validate(write(tmp_path, GOOD)) == []
    assert packs.validate(tmp_path / "absent.yaml") == [f"{tmp_path / 'absent.yaml'}: no such file"]


def test_numbers_written_bare_become_text(tmp_path: Path) -> None:
    pack = packs.load(write(tmp_path, GOOD.replace("answer: Atta Mohammad", "answer: 2001")))
    assert pack.questions[0].answer == "2001"


def test_settings_default_when_absent(tmp_path: Path) -> None:
    text = GOOD.split("settings:")[0] + "sources:" + GOOD.split("sources:")[1]
    assert packs.load(write(tmp_path, text)).settings == Settings()
