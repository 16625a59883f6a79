"""Number phrases as articles write them -> value ranges and hedges (no model needed)."""

from __future__ import annotations

import pytest

from factquiz.nlp.numbers import parse_value


@pytest.mark.parametrize(
    ("text", "value", "hedge"),
    [
        ("7,000 to 8,000", (7000.0, 8000.0), None),
        ("about 4,000", (4000.0, 4000.0), "about"),
        ("At least 22", (22.0, 22.0), "at least"),
        ("more than 500", (500.0, 500.0), "more than"),
        ("some 300", (300.0, 300.0), "some"),
        ("perhaps 40,000", (40000.0, 40000.0), "perhaps"),
        ("well over 300", (300.0, 300.0), "well over"),
        ("two million", (2e6, 2e6), None),
        ("1.5 million", (1.5e6, 1.5e6), None),
        ("7 to 8 million", (7e6, 8e6), None),
        ("Ninety one", (91.0, 91.0), None),
        ("200,000", (200000.0, 200000.0), None),
    ],
)
def test_parse_value(text: str, value, hedge) -> None:
    assert parse_value(text) == (value, hedge)


def test_words_that_are_not_numbers() -> None:
    assert parse_value("scores")[0] is None
