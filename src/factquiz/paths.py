"""Where factquiz keeps things: the user's data folder, their packs, and the bundled packs."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "factquiz"


def data_dir(override: str | Path | None = None) -> Path:
    """The folder for progress and settings: --data-dir, else $FACTQUIZ_HOME, else platformdirs."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get("FACTQUIZ_HOME")
    if env:
        return Path(env).expanduser()
    return user_data_path(APP_NAME, appauthor=False)


def user_pack_dir(override: str | Path | None = None) -> Path:
    """Where a user keeps their own packs; the picker lists them beside the bundled ones."""
    return data_dir(override) / "packs"


def bundled_pack_dir() -> Path:
    """The `quizzes/` folder of the checkout (editable installs) or the installed copy."""
    repo_quizzes = Path(__file__).resolve().parents[2] / "quizzes"
    if repo_quizzes.is_dir():
        return repo_quizzes
    return Path(__file__).resolve().parent / "quizzes"


def discover_packs(data_override: str | Path | None = None) -> list[Path]:
    """Every pack file the picker should offer: bundled first, then the user's, sorted by name."""
    found: list[Path] = []
    for folder in (bundled_pack_dir(), user_pack_dir(data_override)):
        if folder.is_dir():
            found.extend(sorted(p for p in folder.iterdir()
                                if p.suffix in (".yaml", ".yml") and p.is_file()))
    return found
