"""Study settings the learner may change: `settings.json` in the data folder.

Only the keys below belong to study; other keys in the same file (the game's theme, for example)
are left alone. A missing file means the defaults.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from factquiz.errors import InputError

SETTINGS_NAME = "settings.json"
DEFAULT_NEW_PER_DAY = 20


@dataclass(frozen=True)
class StudySettings:
    #: How many never-seen questions `factquiz study` introduces per day, across all packs.
    new_per_day: int = DEFAULT_NEW_PER_DAY


def load_settings(data_dir: Path) -> StudySettings:
    """Read the study keys of `settings.json`; a bad value is a one-line error naming the file."""
    path = Path(data_dir) / SETTINGS_NAME
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return StudySettings()
    except OSError as exc:
        raise InputError(f"{path}: cannot read settings: {exc.strerror or exc}") from None
    try:
        data = json.loads(text) if text.strip() else {}
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}:{exc.lineno}: not valid JSON: {exc.msg}") from None
    if not isinstance(data, dict):
        raise InputError(f"{path}: expected a JSON object of settings")
    value = data.get("new_per_day", DEFAULT_NEW_PER_DAY)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InputError(
            f"{path}: new_per_day must be a whole number of at least 0, got {value!r}"
        )
    return StudySettings(new_per_day=value)
