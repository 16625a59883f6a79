"""Points for answers: base points, half for close answers, a capped streak bonus, an Exam speed
bonus, and a cost for hints.

Pure functions and one small running tally, so the rules are unit-tested apart from the game and
documented once (the help screen renders `RULES_TEXT`, and `docs/playing.md` repeats it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from factquiz.model import Settings, Verdict


class Outcome(Enum):
    """How one question ended, as far as scoring cares."""

    RIGHT = "right"
    CLOSE = "close"
    WRONG = "wrong"
    SKIPPED = "skipped"
    TIMEOUT = "timeout"

    @property
    def counts_as_correct(self) -> bool:
        return self in (Outcome.RIGHT, Outcome.CLOSE)

    @classmethod
    def from_verdict(cls, verdict: Verdict) -> Outcome:
        if not verdict.correct:
            return cls.WRONG
        return cls.CLOSE if verdict.close else cls.RIGHT


@dataclass(frozen=True)
class Rules:
    """The scoring constants; one place to change them."""

    base: int = 100
    #: Fraction of `base` a close answer (typo, alias, rounding) earns.
    close_factor: float = 0.5
    #: Bonus per correct answer in a row beyond the first ...
    streak_step: int = 10
    #: ... never more than this per question.
    streak_cap: int = 50
    #: Exam only: up to this many points for answering fast (linear in the time left).
    speed_max: int = 50
    #: Points taken off a right answer when a hint was used (never below zero).
    hint_cost: int = 50
    #: Whether the pack turned these on (pack `settings.streaks`, `settings.speed_bonus`).
    streaks: bool = True
    speed_bonus: bool = True

    @classmethod
    def for_settings(cls, settings: Settings) -> Rules:
        return cls(streaks=settings.streaks, speed_bonus=settings.speed_bonus)


DEFAULT_RULES = Rules()


@dataclass(frozen=True)
class Award:
    """Points for one answer, itemised so the game can say where they came from."""

    base: int = 0
    streak_bonus: int = 0
    speed_bonus: int = 0
    hint_cost: int = 0

    @property
    def total(self) -> int:
        return max(0, self.base + self.streak_bonus + self.speed_bonus - self.hint_cost)

    def describe(self) -> str:
        """'+130 (100 + 30 streak)': the line shown under a verdict."""
        parts = [str(self.base)]
        if self.streak_bonus:
            parts.append(f"{self.streak_bonus} streak")
        if self.speed_bonus:
            parts.append(f"{self.speed_bonus} speed")
        text = " + ".join(parts)
        if self.hint_cost:
            text += f" - {self.hint_cost} hint"
        return f"+{self.total} ({text})" if len(parts) > 1 or self.hint_cost else f"+{self.total}"


def streak_bonus(streak: int, rules: Rules = DEFAULT_RULES) -> int:
    """Bonus for the `streak`-th correct answer in a row (the first earns none), capped."""
    if not rules.streaks or streak <= 1:
        return 0
    return min(rules.streak_cap, rules.streak_step * (streak - 1))


def speed_bonus(seconds: float | None, time_limit: float | None,
                rules: Rules = DEFAULT_RULES) -> int:
    """Exam only: the share of the time limit left, times `speed_max`, rounded down."""
    if not rules.speed_bonus or seconds is None or not time_limit or time_limit <= 0:
        return 0
    left = max(0.0, time_limit - max(0.0, seconds)) / time_limit
    return int(rules.speed_max * left)


def award(outcome: Outcome, *, streak: int, hinted: bool = False, seconds: float | None = None,
          time_limit: float | None = None, rules: Rules = DEFAULT_RULES) -> Award:
    """Points for one answer.

    `streak` is the run of correct answers including this one (so 1 for a first right answer);
    `time_limit` is given only in Exam mode, where it enables the speed bonus.
    """
    if not outcome.counts_as_correct:
        return Award()
    base = rules.base if outcome is Outcome.RIGHT else int(rules.base * rules.close_factor)
    speed = speed_bonus(seconds, time_limit, rules) if time_limit else 0
    return Award(base=base, streak_bonus=streak_bonus(streak, rules), speed_bonus=speed,
                 hint_cost=rules.hint_cost if hinted else 0)


@dataclass
class Tally:
    """The running score of one quiz: total, current streak, best streak."""

    rules: Rules = field(default_factory=Rules)
    score: int = 0
    streak: int = 0
    best_streak: int = 0

    def add(self, outcome: Outcome, *, hinted: bool = False, seconds: float | None = None,
            time_limit: float | None = None) -> Award:
        """Score one answer and move the streak: a correct answer extends it, anything else
        (wrong, skipped, timed out) breaks it."""
        self.streak = self.streak + 1 if outcome.counts_as_correct else 0
        self.best_streak = max(self.best_streak, self.streak)
        points = award(outcome, streak=self.streak, hinted=hinted, seconds=seconds,
                       time_limit=time_limit, rules=self.rules)
        self.score += points.total
        return points


def rules_text(rules: Rules = DEFAULT_RULES) -> str:
    """The scoring rules in plain words, for the help screen."""
    close = int(rules.base * rules.close_factor)
    lines = [
        f"Right answer: {rules.base} points. Close answer (a typo, alias or rounding the grader "
        f"forgave): {close}.",
        f"Streak: each right answer in a row after the first adds {rules.streak_step} more, "
        f"up to +{rules.streak_cap} per question. Wrong, skipped or timed-out answers reset it.",
        f"Exam speed bonus: up to +{rules.speed_max} for answering with time to spare.",
        f"Hint (first letter, or two wrong choices removed): -{rules.hint_cost} from that "
        "question's points, never below zero.",
        "Teachers can turn streaks and the speed bonus off in a pack's settings.",
    ]
    if not rules.streaks:
        lines.append("This pack has streak bonuses turned off.")
    if not rules.speed_bonus:
        lines.append("This pack has the speed bonus turned off.")
    return "\n".join(lines)
