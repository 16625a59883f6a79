"""The game's view of the study store: every call guarded, so a broken or missing store costs
the player their history, never their game.

`Progress.open` uses `factquiz.study.store.Store` when it can; otherwise it keeps going without
one and `problem` says why, which the app shows once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from factquiz.errors import FactquizError
from factquiz.model import Pack, Verdict

#: What a failing store may raise; anything else is a bug and should surface.
_STORE_ERRORS = (sqlite3.Error, OSError, FactquizError, ValueError)


class Progress:
    def __init__(self, store: Any | None, problem: str | None = None) -> None:
        self.store = store
        self.problem = problem

    @classmethod
    def open(cls, data_dir: Path | None) -> Progress:
        try:
            from factquiz.study.store import Store
        except ImportError:
            return cls(None, "Progress is not saved: the study store is not installed.")
        try:
            store = Store.open(data_dir)
        except _STORE_ERRORS as error:
            return cls(None, f"Progress is not saved: {error}")
        # A damaged database was moved aside and a fresh one started: worth telling.
        return cls(store, getattr(store, "notice", None))

    @property
    def available(self) -> bool:
        return self.store is not None

    def _call(self, method: str, *args: Any, default: Any = None, **kwargs: Any) -> Any:
        if self.store is None:
            return default
        try:
            return getattr(self.store, method)(*args, **kwargs)
        except _STORE_ERRORS as error:
            self.problem = f"Progress could not be saved: {error}"
            return default

    def start_session(self, pack_key: str, mode: str) -> int | None:
        return self._call("start_session", pack_key, mode)

    def record_answer(self, session_id: int | None, pack_key: str, question_id: str, typed: str,
                      verdict: Verdict, seconds: float, mode: str, *, skipped: bool = False,
                      revealed: bool = False) -> None:
        if session_id is None:
            return
        self._call("record_answer", session_id, pack_key, question_id, typed, verdict, seconds,
                   mode, skipped=skipped, revealed=revealed)

    def end_session(self, session_id: int | None, score: int, correct: int, total: int) -> None:
        if session_id is not None:
            self._call("end_session", session_id, score, correct, total)

    def best_score(self, pack_key: str) -> int | None:
        return self._call("best_score", pack_key)

    def missed_last_time(self, pack_key: str) -> set[str]:
        return set(self._call("missed_last_time", pack_key, default=set()) or ())

    def mark_easy(self, pack_key: str, question_id: str) -> bool:
        return bool(self._call("mark_easy", pack_key, question_id, default=False))

    def due_questions(self, packs: Sequence[Pack]) -> list[tuple[str, str]]:
        return list(self._call("due_questions", list(packs), default=[]) or [])

    def close(self) -> None:
        self._call("close")
