"""The short, kind notes a student reads under each verdict, built in one place."""

from __future__ import annotations

from factquiz.model import Verdict

_COUNT_WORDS = ("no", "one", "two", "three", "four", "five")


def _letters_off(edits: int) -> str:
    count = _COUNT_WORDS[edits] if edits < len(_COUNT_WORDS) else str(edits)
    return f"{count} letter{'s' if edits != 1 else ''} off"


def right(expected: str) -> Verdict:
    return Verdict(True, True, expected, "correct")


def close(expected: str, note: str) -> Verdict:
    return Verdict(True, False, expected, f"accepted: {note}")


def typo(expected: str, edits: int, spelling: str, short: str = "") -> Verdict:
    """ "accepted: one letter off (Dostum)": close, and shows the right spelling."""
    prefix = f"{short}, " if short else ""
    return close(expected, f"{prefix}{_letters_off(edits)} ({spelling})")


def wrong(expected: str, note: str = "wrong") -> Verdict:
    return Verdict(False, False, expected, note)


def not_quite(expected: str, reason: str) -> Verdict:
    return Verdict(False, False, expected, f"not quite: {reason}")


def blank(expected: str) -> Verdict:
    return Verdict(False, False, expected, "no answer given")
