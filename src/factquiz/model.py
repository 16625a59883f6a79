"""Plain data shared by both pipelines: what a pack holds and what grading returns.

Nothing here imports spaCy, Textual or YAML, so every layer can use it cheaply.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

FORMAT_TAG = "factquiz/1"

#: Question kinds, in the order the game shows them.
KINDS: tuple[str, ...] = ("who", "where", "how-many", "when", "what-org")

#: Badge text the game shows for each kind.
KIND_LABELS: dict[str, str] = {
    "who": "WHO",
    "where": "WHERE",
    "how-many": "HOW MANY",
    "when": "WHEN",
    "what-org": "WHAT ORGANISATION",
}

GRADING_POLICIES: tuple[str, ...] = ("strict", "normal", "lenient")


@dataclass(frozen=True)
class Tolerance:
    """How far a typed number may be from the answer and still count (approximate facts)."""

    amount: float
    percent: bool = False

    def __str__(self) -> str:
        value = f"{self.amount:g}"
        return f"{value}%" if self.percent else value


@dataclass(frozen=True)
class Citation:
    """Where a question comes from: a source id and the sentence, verbatim."""

    source: str
    sentence: str


@dataclass(frozen=True)
class ConflictValue:
    value: str
    source: str


@dataclass(frozen=True)
class Conflict:
    """Sources disagree on this fact; the question names the source it follows."""

    note: str
    values: tuple[ConflictValue, ...] = ()


@dataclass
class Question:
    id: str
    kind: str
    prompt: str
    answer: str
    accept: list[str] = field(default_factory=list)
    distractors: list[str] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    grading: str | None = None
    tolerance: Tolerance | None = None
    conflict: Conflict | None = None
    #: Generator's quality estimate in [0, 1]; informational for authors.
    score: float | None = None
    #: 1-based line of this question in its YAML file, when loaded from one (not saved).
    line: int | None = field(default=None, compare=False)

    @property
    def sentence(self) -> str:
        """The first cited sentence, which the game shows as feedback."""
        return self.citations[0].sentence if self.citations else ""

    @property
    def source_id(self) -> str:
        return self.citations[0].source if self.citations else ""


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    file: str = ""


@dataclass
class Settings:
    """Per-pack knobs a teacher may set; defaults are what the game does without them."""

    grading: str = "normal"
    tolerance: Tolerance | None = None
    streaks: bool = True
    speed_bonus: bool = True
    #: Seconds per question in Exam mode.
    time_limit: int = 30


@dataclass
class Pack:
    title: str
    description: str = ""
    sources: list[Source] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    settings: Settings = field(default_factory=Settings)
    #: Stable identity for progress tracking; defaults to the file name stem.
    id: str = ""
    format: str = FORMAT_TAG
    #: The file this pack was loaded from, if any (not saved).
    path: str | None = field(default=None, compare=False)

    def source(self, source_id: str) -> Source | None:
        for src in self.sources:
            if src.id == source_id:
                return src
        return None

    def kind_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for q in self.questions:
            counts[q.kind] = counts.get(q.kind, 0) + 1
        return counts


@dataclass(frozen=True)
class Verdict:
    """The grader's answer to one typed answer."""

    correct: bool
    #: True only when no tolerance (typo, alias, rounding) was needed.
    exact: bool
    #: The answer to show the student.
    expected: str
    #: A short reason the student reads.
    note: str = ""

    @property
    def close(self) -> bool:
        """Accepted, but only thanks to some tolerance."""
        return self.correct and not self.exact


def _id_text(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"\s+", " ", text).strip()


def question_id(kind: str, sentence: str, answer: str) -> str:
    """A stable id from what a question is about, so regenerating a pack keeps progress."""
    digest = hashlib.sha1(
        f"{kind}\n{_id_text(sentence)}\n{_id_text(answer)}".encode()
    ).hexdigest()
    return f"q{digest[:10]}"
