"""One round of play, without any widgets: which questions, in what order, what was answered,
how it was graded and scored, and how long it took.

Screens only display a `Quiz` and forward keys to it, so every rule of play is testable without
a terminal, and the clock is injected so Exam timing can be faked in tests.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from factquiz.model import KINDS, Pack, Question, Verdict
from factquiz.pack import pack_key
from factquiz.scoring import Award, Outcome, Rules, Tally

Clock = Callable[[], float]

#: Modes in the order the mode screen lists them: (key, title, one-line description).
MODES: tuple[tuple[str, str, str], ...] = (
    ("practice", "Practice", "Type each answer; see the verdict and the source after each."),
    ("choice", "Multiple choice", "Pick one of four answers with keys 1-4."),
    ("exam", "Exam", "A time limit per question; results only at the end."),
    ("missed", "Missed last time", "Only the questions you got wrong last time."),
    ("review", "Review due",
     "What spaced repetition says is due today: questions to review, and new ones to learn."),
)
MODE_TITLES = {key: title for key, title, _ in MODES}

#: Typed answers longer than this are cut off by the input box.
MAX_ANSWER_LENGTH = 200


class GraderLike(Protocol):
    def grade(self, question: Question, typed: str) -> Verdict: ...
    def is_blank(self, typed: str) -> bool: ...


def default_grader(pack: Pack) -> GraderLike:
    """The grading engineer's `Grader`: the only place answers are judged."""
    from factquiz.grading import Grader

    return Grader(pack)


@dataclass(frozen=True)
class QuizItem:
    """A question together with the pack it belongs to (Review due mixes packs)."""

    pack: Pack
    question: Question

    @property
    def pack_key(self) -> str:
        return pack_key(self.pack)


@dataclass(frozen=True)
class AnswerRecord:
    item: QuizItem
    typed: str
    outcome: Outcome
    verdict: Verdict
    award: Award
    seconds: float
    hinted: bool = False

    @property
    def correct(self) -> bool:
        return self.outcome.counts_as_correct


@dataclass(frozen=True)
class KindResult:
    kind: str
    correct: int
    total: int


@dataclass(frozen=True)
class Summary:
    score: int
    correct: int
    total: int
    seconds: float
    best_streak: int
    by_kind: tuple[KindResult, ...]
    records: tuple[AnswerRecord, ...]

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    @property
    def missed(self) -> list[QuizItem]:
        return [r.item for r in self.records if not r.correct]


def choices_for(pack: Pack, question: Question, count: int = 4) -> list[str]:
    """The answer and up to `count - 1` wrong choices, in a stable order per question."""
    return choices_with_right(pack, question, count)[0]


def choices_with_right(pack: Pack, question: Question, count: int = 4
                       ) -> tuple[list[str], str]:
    """The choices, and which of them is right (see `right_choice`).

    The pack's own distractors come first; when a question has too few, answers to other
    questions of the same kind fill in, never one the grader would accept. Answers of another
    kind never do: a place among the options of a who-question gives the answer away, so a
    question with few options of its kind shows fewer choices.
    """
    right = {question.answer.casefold(), *(a.casefold() for a in question.accept)}
    wrong: list[str] = []

    def offer(candidates: Iterable[str]) -> None:
        for text in candidates:
            key = text.casefold()
            if len(wrong) < count - 1 and key not in right and key not in {w.casefold()
                                                                           for w in wrong}:
                wrong.append(text)

    offer(question.distractors)
    others = [q for q in pack.questions if q.id != question.id]
    offer(q.answer for q in others if q.kind == question.kind)
    right = right_choice(question, wrong)
    options = [right, *wrong]
    random.Random(question.id).shuffle(options)
    return options, right


def right_choice(question: Question, wrong: Sequence[str]) -> str:
    """The answer written the way the wrong choices are, so its shape does not give it away.

    Among full names ("Victor Conte", "Kelli White"), a bare surname or a title stands out:
    "Jones" is shown as the accepted "Marion Jones", "Mr Blunkett" as "David Blunkett",
    "President Megawati Sukarnoputri" as "Megawati Sukarnoputri". The grader accepts each
    as exactly right. Other kinds, and options that are surnames too, keep the answer.
    """
    from factquiz.grading.grader import display_form  # the grader's own reading of titles

    answer = question.answer
    if question.kind != "who" or not wrong or any(len(w.split()) < 2 for w in wrong):
        return answer
    if any(display_form(w) != w for w in wrong):
        return answer  # the wrong choices carry titles too
    shown = display_form(answer)
    if len(shown.split()) >= 2:
        return shown
    surname = shown.casefold()
    fuller = [a for a in question.accept if len(display_form(a).split()) >= 2
              and display_form(a) == a and a.split()[-1].casefold() == surname]
    return fuller[0] if fuller else answer


def select_items(packs: Sequence[Pack], *, ids: set[tuple[str, str]] | None = None,
                 count: int | None = None, shuffle: bool = False,
                 rng: random.Random | None = None) -> list[QuizItem]:
    """The questions to play: all of them, or only `(pack_key, question_id)` pairs in `ids`,
    optionally shuffled, then cut to `count`.

    Questions asked of one source sentence give each other away ("Where are the ministers
    meeting on Thursday?", "When are the ministers meeting in Brussels?"), so, as flashcard
    apps keep sibling cards apart, a shuffled round asks one question of every sentence
    before a second of any, and a round cut to `count` keeps one per sentence first (in the
    pack's order, when not shuffled).
    """
    items = [QuizItem(p, q) for p in packs for q in p.questions
             if ids is None or (pack_key(p), q.id) in ids]
    if shuffle:
        (rng or random.Random()).shuffle(items)
        items = _siblings_later(items)
    if count is not None and count > 0 and count < len(items):
        kept = {id(item) for item in _siblings_later(items)[:count]}
        items = [item for item in items if id(item) in kept]
    return items


def review_items(packs: Sequence[Pack], due: Sequence[tuple[str, str]]) -> list[QuizItem]:
    """The due `(pack_key, question_id)` pairs in the order given (most overdue first), a
    second question of one sentence after every sentence's first, as in any round."""
    order = {pair: n for n, pair in enumerate(due)}
    items = select_items(packs, ids=set(due))
    items.sort(key=lambda item: order[(item.pack_key, item.question.id)])
    return _siblings_later(items)


def _sibling_key(item: QuizItem) -> tuple[str, str]:
    """Questions citing the same first sentence of one pack are siblings."""
    citations = item.question.citations
    sentence = citations[0].sentence.casefold() if citations else f"\0{item.question.id}"
    return item.pack_key, sentence


def _siblings_later(items: list[QuizItem]) -> list[QuizItem]:
    """The first question of each sentence, in order, then the second of each, and so on."""
    seen: dict[tuple[str, str], int] = {}
    ranks = []
    for item in items:
        key = _sibling_key(item)
        ranks.append(seen.get(key, 0))
        seen[key] = ranks[-1] + 1
    order = sorted(range(len(items)), key=lambda n: ranks[n])
    return [items[n] for n in order]


#: Notes worth keeping when a picked option is wrong: the other source's figure.
_CHOICE_NOTES = frozenset({"not quite: that is what another source says"})


class Quiz:
    """The state of one round: the current question, its timer, the answers so far."""

    def __init__(self, items: Sequence[QuizItem], mode: str, *, clock: Clock = time.monotonic,
                 grader_for: Callable[[Pack], GraderLike] = default_grader) -> None:
        if not items:
            raise ValueError("a quiz needs at least one question")
        self.items = list(items)
        self.mode = mode
        self.clock = clock
        self._grader_for = grader_for
        self._graders: dict[int, GraderLike] = {}
        self.records: list[AnswerRecord] = []
        self.index = 0
        self.tally = Tally()
        self.hinted = False
        self.removed_choices: set[str] = set()
        self.started_at = clock()
        self.question_started_at = self.started_at
        self.finished_at: float | None = None

    # -- where we are -------------------------------------------------------------------------
    @property
    def current(self) -> QuizItem:
        return self.items[min(self.index, len(self.items) - 1)]

    @property
    def total(self) -> int:
        return len(self.items)

    @property
    def answered_current(self) -> bool:
        return len(self.records) > self.index

    @property
    def finished(self) -> bool:
        return self.index >= len(self.items)

    @property
    def last(self) -> AnswerRecord | None:
        return self.records[-1] if self.records else None

    @property
    def is_exam(self) -> bool:
        return self.mode == "exam"

    @property
    def is_choice(self) -> bool:
        return self.mode == "choice"

    def time_limit(self) -> float | None:
        """Seconds allowed for the current question: only in Exam, from its pack's settings."""
        return float(self.current.pack.settings.time_limit) if self.is_exam else None

    def elapsed(self) -> float:
        return max(0.0, self.clock() - self.question_started_at)

    def remaining(self) -> float | None:
        limit = self.time_limit()
        return None if limit is None else max(0.0, limit - self.elapsed())

    def choices(self) -> list[str]:
        item = self.current
        return choices_for(item.pack, item.question)

    # -- answering ----------------------------------------------------------------------------
    def grader(self, pack: Pack) -> GraderLike:
        key = id(pack)
        if key not in self._graders:
            self._graders[key] = self._grader_for(pack)
        return self._graders[key]

    def is_blank(self, typed: str) -> bool:
        return self.grader(self.current.pack).is_blank(typed)

    def answer(self, typed: str) -> AnswerRecord:
        """Grade `typed` for the current question. Blank answers are the caller's to refuse."""
        item = self.current
        typed = typed[:MAX_ANSWER_LENGTH]
        verdict = self.grader(item.pack).grade(item.question, typed)
        if self.is_choice and not verdict.correct and verdict.note not in _CHOICE_NOTES:
            # A typed answer can be "not quite: that is another place in this quiz"; a picked
            # option is simply wrong, and "not quite" would suggest it was nearly right.
            verdict = Verdict(False, False, verdict.expected, "wrong")
        return self._record(typed, Outcome.from_verdict(verdict), verdict)

    def skip(self) -> AnswerRecord:
        return self._record("", Outcome.SKIPPED, self._unanswered("Skipped."))

    def time_out(self, typed: str = "") -> AnswerRecord:
        """Time is up: grade what was typed if anything, else count it as unanswered."""
        item = self.current
        if typed.strip() and not self.is_blank(typed):
            verdict = self.grader(item.pack).grade(item.question, typed[:MAX_ANSWER_LENGTH])
            if verdict.correct:
                return self._record(typed, Outcome.from_verdict(verdict), verdict)
        return self._record(typed, Outcome.TIMEOUT, self._unanswered("Time ran out."))

    def _unanswered(self, note: str) -> Verdict:
        return Verdict(correct=False, exact=False, expected=self.current.question.answer,
                       note=note)

    def _record(self, typed: str, outcome: Outcome, verdict: Verdict) -> AnswerRecord:
        if self.answered_current:
            raise RuntimeError("this question has already been answered")
        item = self.current
        seconds = self.elapsed()
        limit = self.time_limit()
        self.tally.rules = Rules.for_settings(item.pack.settings)
        award = self.tally.add(outcome, hinted=self.hinted, seconds=seconds, time_limit=limit)
        record = AnswerRecord(item, typed, outcome, verdict, award, seconds, self.hinted)
        self.records.append(record)
        return record

    def hint(self) -> str:
        """Use a hint on the current question (costs points if then answered right).

        Typed modes: the first letter. Multiple choice: up to two wrong choices are removed (see
        `removed_choices`). Returns the sentence to show.
        """
        question = self.current.question
        self.hinted = True
        if self.is_choice:
            # Two go, but one wrong choice always stays: the hint halves the odds, it does not
            # give the answer away when a question has only two or three choices.
            item = self.current
            choices, right = choices_with_right(item.pack, item.question)
            wrong = [c for c in choices if c != right]
            self.removed_choices = set(wrong[:min(2, len(wrong) - 1)])
            count = len(self.removed_choices)
            if count == 0:
                return "No choice can be removed: there are only two."
            return f"{'Two wrong choices' if count == 2 else 'One wrong choice'} removed."
        answer = question.answer.strip()
        first = next((ch for ch in answer if ch.isalnum()), answer[:1])
        words = len(answer.split())
        return f"The answer starts with “{first}” ({words} word{'s' if words != 1 else ''})."

    def advance(self) -> None:
        """Move to the next question and start its clock."""
        self.index += 1
        self.hinted = False
        self.removed_choices = set()
        self.question_started_at = self.clock()
        if self.finished and self.finished_at is None:
            self.finished_at = self.clock()

    # -- the end ------------------------------------------------------------------------------
    def summary(self) -> Summary:
        end = self.finished_at if self.finished_at is not None else self.clock()
        by_kind = []
        for kind in KINDS:
            rows = [r for r in self.records if r.item.question.kind == kind]
            if rows:
                by_kind.append(KindResult(kind, sum(r.correct for r in rows), len(rows)))
        return Summary(
            score=self.tally.score,
            correct=sum(r.correct for r in self.records),
            total=len(self.records),
            seconds=max(0.0, end - self.started_at),
            best_streak=self.tally.best_streak,
            by_kind=tuple(by_kind),
            records=tuple(self.records),
        )

