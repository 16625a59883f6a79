"""Errors a user can act on: each carries a one-line message naming the file, line or question."""

from __future__ import annotations


class FactquizError(Exception):
    """Bad input or environment. The CLI prints the message and exits with `exit_code`."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(FactquizError):
    """A file or folder the user named cannot be used."""


class PackError(FactquizError):
    """A pack file is unreadable or breaks the format; `problems` lists every error found."""

    exit_code = 1

    def __init__(self, path: str, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        super().__init__("\n".join(problems))
