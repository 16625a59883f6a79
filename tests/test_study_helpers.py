"""Small builders shared by the study tests (no tests here): a settable clock, packs, verdicts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from factquiz.model import Citation, Pack, Question, Verdict

EXACT = Verdict(correct=True, exact=True, expected="Kabul")
CLOSE = Verdict(correct=True, exact=False, expected="Kabul", note="one letter off")
WRONG = Verdict(correct=False, exact=False, expected="Kabul", note="not the answer")


class FakeClock:
    """A clock the test moves by hand; the store calls it for every timestamp."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 3, 2, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


def make_pack(key: str, n: int, kind: str = "who", title: str | None = None,
              start: int = 0) -> Pack:
    questions = [
        Question(id=f"{key}-q{i}", kind=kind, prompt=f"Who did thing {i}?", answer=f"Person {i}",
                 citations=[Citation("s1", f"Person {i} did thing {i}.")])
        for i in range(start, start + n)
    ]
    return Pack(title=title or f"Pack {key}", id=key, questions=questions)
