"""Pack and article text made safe to show: literal (no markup), control characters visible.

Packs are written by people and generators; a prompt may contain `[bold]`, `[link=...]` or a raw
escape sequence. All of it must reach the student as the characters it is, never as styling or
terminal commands, so every widget that shows pack text builds it through these helpers.
"""

from __future__ import annotations

import re

from rich.text import Text

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible(text: str) -> str:
    """Replace control characters (ESC, BEL...) with a printable `\\xNN` form."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def literal(text: str, style: str = "") -> Text:
    """Pack text as a Rich `Text`: shown character for character, never parsed as markup."""
    return Text(visible(text), style=style)


def highlight_answer(sentence: str, answers: list[str], style: str = "bold reverse") -> Text:
    """The source sentence with the first answer form found in it highlighted (case-insensitive).

    Tries the longest forms first so "Haji Mohammad Muhaqiq" wins over "Muhaqiq".
    """
    text = literal(sentence)
    plain = text.plain.casefold()
    for answer in sorted({a for a in answers if a.strip()}, key=len, reverse=True):
        needle = visible(answer).casefold()
        start = plain.find(needle)
        if start >= 0:
            text.stylize(style, start, start + len(needle))
            break
    return text
