"""Screenshots of the picker, a question with feedback and the results, at 80x24 and 120x40.

Deterministic: fixture packs, no shuffle, a clock that never moves, an empty temp data folder.
Update with `pytest tests/test_tui_snapshots.py --snapshot-update` and look at the SVGs.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest_textual_snapshot import SVGImageExtension

from factquiz.tui.app import FactquizApp

FIXTURES = Path(__file__).parent / "fixtures"
LAKES = FIXTURES / "tui_lakes.yaml"
SIZES = [(80, 24), (120, 40)]


class SnapshotsFolder(SVGImageExtension):
    """Keep the SVGs in tests/snapshots/<test file>/ rather than syrupy's __snapshots__."""

    @classmethod
    def dirname(cls, *, test_location) -> str:
        return str(Path(test_location.filepath).parent / "snapshots" / test_location.basename)


@pytest.fixture
def snapshot(snapshot):
    """`snap_compare` asks for its SVG extension; hand it ours with the folder above."""

    class Redirect:
        def use_extension(self, _extension):
            return snapshot.use_extension(SnapshotsFolder)

    return Redirect()


def frozen_app(data_dir: Path, pack: Path | None) -> FactquizApp:
    return FactquizApp(pack, data_dir=data_dir, shuffle=False, clock=lambda: 100.0,
                       pack_paths=[LAKES, FIXTURES / "tui_markup.yaml"])


@pytest.mark.parametrize("size", SIZES)
def test_picker(snap_compare, tmp_path: Path, size) -> None:
    assert snap_compare(frozen_app(tmp_path, None), terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_question_with_feedback(snap_compare, tmp_path: Path, size) -> None:
    keys = ["enter", *"Marta Elison", "enter"]
    assert snap_compare(frozen_app(tmp_path, LAKES), press=keys, terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_multiple_choice_question(snap_compare, tmp_path: Path, size) -> None:
    assert snap_compare(frozen_app(tmp_path, LAKES), press=["down", "enter", "h"],
                        terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_results(snap_compare, tmp_path: Path, size) -> None:
    keys = ["enter", *"Marta Ellison", "enter", "enter", *"the town hall", "enter", "enter",
            "ctrl+s", "enter"]
    assert snap_compare(frozen_app(tmp_path, LAKES), press=keys, terminal_size=size)


def test_mode_screen_at_60x20(snap_compare, tmp_path: Path) -> None:
    assert snap_compare(frozen_app(tmp_path, LAKES), terminal_size=(60, 20))
