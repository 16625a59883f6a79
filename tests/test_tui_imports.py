"""The play path must stay light: running the game never imports spaCy (0.7 s to import)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"

SCRIPT = textwrap.dedent("""
    import asyncio, sys
    from pathlib import Path
    from factquiz.tui.app import FactquizApp

    async def main(pack, home):
        app = FactquizApp(Path(pack), data_dir=Path(home), shuffle=False)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("enter")
            await pilot.pause()
            await pilot.press(*"Marta Ellison", "enter")
            await pilot.pause()
            assert app.screen.quiz.records, "no answer was graded"
        print("spacy" in sys.modules, "textual" in sys.modules)

    asyncio.run(main(sys.argv[1], sys.argv[2]))
""")


def test_playing_a_question_does_not_import_spacy(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(FIXTURES / "tui_lakes.yaml"), str(tmp_path)],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True"]
