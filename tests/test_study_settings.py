"""settings.json, as a learner edits it by hand: defaults, other keys kept, one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from factquiz.errors import InputError
from factquiz.study.settings import DEFAULT_NEW_PER_DAY, load_settings


def test_missing_or_empty_file_means_defaults(tmp_path: Path) -> None:
    assert load_settings(tmp_path).new_per_day == DEFAULT_NEW_PER_DAY == 20
    (tmp_path / "settings.json").write_text("")
    assert load_settings(tmp_path).new_per_day == 20


def test_the_games_keys_do_not_disturb_study(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text('{"theme": "gruvbox", "new_per_day": 0}')
    assert load_settings(tmp_path).new_per_day == 0


@pytest.mark.parametrize(("text", "message"), [
    ('{"new_per_day": -3}', "new_per_day must be a whole number of at least 0, got -3"),
    ('{"new_per_day": 2.5}', "new_per_day must be a whole number"),
    ('{"new_per_day": true}', "new_per_day must be a whole number"),
    ('{\n  "new_per_day": 5,\n}', ":3: not valid JSON"),
    ("[20]", "expected a JSON object"),
])
def test_bad_values_are_one_line_errors_naming_the_file(tmp_path: Path, text: str,
                                                        message: str) -> None:
    (tmp_path / "settings.json").write_text(text)
    with pytest.raises(InputError) as caught:
        load_settings(tmp_path)
    assert str(caught.value).startswith(str(tmp_path / "settings.json"))
    assert message in str(caught.value) and "\n" not in str(caught.value)
