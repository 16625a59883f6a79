"""Spaced repetition with FSRS: how a graded answer becomes a rating, and a rating a new due date.

factquiz grades for the learner, so the rating is derived from the verdict rather than asked for:
an exact answer is Good, one accepted only thanks to tolerance is Hard, anything that failed
(wrong, skipped, revealed) is Again. Easy is only ever given when the learner asks for it after a
right answer (`Store.mark_easy`). A fail is never rated Hard: Hard still counts as a success in
FSRS and would grow the interval of something the learner did not know.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fsrs import Card, Rating, Scheduler, State

from factquiz.model import Verdict

#: Anki's convention: a card whose stability reaches three weeks is "mature", i.e. mastered.
MATURE_DAYS = 21.0

#: How an answer ended, as stored in the `answers.outcome` column.
OUTCOMES: tuple[str, ...] = ("exact", "close", "wrong", "skipped", "revealed")

#: The FSRS rating for each outcome.
RATING_FOR_OUTCOME: dict[str, Rating] = {
    "exact": Rating.Good,
    "close": Rating.Hard,
    "wrong": Rating.Again,
    "skipped": Rating.Again,
    "revealed": Rating.Again,
}


def outcome_of(verdict: Verdict, *, skipped: bool = False, revealed: bool = False) -> str:
    """Classify one answer. Skipping or revealing wins over whatever the grader said."""
    if skipped:
        return "skipped"
    if revealed:
        return "revealed"
    if not verdict.correct:
        return "wrong"
    return "exact" if verdict.exact else "close"


def rating_for(verdict: Verdict, *, skipped: bool = False, revealed: bool = False) -> Rating:
    """The rating factquiz gives on the learner's behalf (never Easy, never Hard for a fail)."""
    return RATING_FOR_OUTCOME[outcome_of(verdict, skipped=skipped, revealed=revealed)]


def utc(moment: datetime) -> datetime:
    """fsrs insists on aware UTC datetimes; naive ones are taken to be UTC already."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


class Schedule:
    """A thin, deterministic-when-asked wrapper around `fsrs.Scheduler`."""

    def __init__(self, *, fuzz: bool = True, desired_retention: float = 0.9) -> None:
        self.scheduler = Scheduler(desired_retention=desired_retention, enable_fuzzing=fuzz)

    @staticmethod
    def new_card(card_id: int, now: datetime) -> Card:
        # An explicit card_id: fsrs otherwise sleeps 1 ms to make a unique one.
        return Card(card_id=card_id, due=utc(now))

    def review(self, card: Card, rating: Rating, when: datetime) -> Card:
        reviewed, _log = self.scheduler.review_card(card, rating, review_datetime=utc(when))
        return reviewed


def card_to_json(card: Card) -> str:
    return card.to_json()


def card_from_json(text: str) -> Card:
    return Card.from_json(text)


def is_mature(card: Card) -> bool:
    return card.state == State.Review and (card.stability or 0.0) >= MATURE_DAYS


def days(n: float) -> timedelta:
    return timedelta(days=n)
