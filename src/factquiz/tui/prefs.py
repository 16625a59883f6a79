"""The player's remembered choices (the theme), in a small JSON file in the data folder."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

FILE_NAME = "settings.json"


def load(data_dir: Path) -> dict[str, Any]:
    """The saved preferences; an unreadable or odd file counts as none saved."""
    try:
        data = json.loads((data_dir / FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save(data_dir: Path, **changes: Any) -> bool:
    """Merge `changes` into the file, written atomically. False when the folder is unwritable."""
    data = load(data_dir) | changes
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=data_dir, prefix=".settings-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=2)
        os.replace(tmp, data_dir / FILE_NAME)
    except OSError:
        return False
    return True
