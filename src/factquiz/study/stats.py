"""How the learner is doing, as plain dataclasses: shared by `factquiz stats` and the game.

Everything is computed from the store plus the packs as they are now, so a question's kind and
whether it is still scheduled come from its pack, while its history comes from the store.
Days are the learner's local calendar days.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta

from factquiz.model import KIND_LABELS, KINDS, Pack
from factquiz.study.schedule import MATURE_DAYS, utc
from factquiz.study.store import Store, local_day, pack_key

#: The fsrs `State.Review` value: the card has left the learning steps.
REVIEW_STATE = 2
SPARK_BLOCKS = "▁▂▃▄▅▆▇█"
SPARK_EMPTY = "·"


@dataclass(frozen=True)
class PackStats:
    key: str
    title: str
    #: Questions in the pack now (0 for a pack that is gone but has history).
    questions: int
    #: Of those, answered at least once.
    seen: int
    answers: int
    correct: int
    #: correct / answers over the pack's current questions; None before any answer.
    accuracy: float | None
    #: Questions past FSRS's learning steps.
    learned: int
    #: Questions whose memory stability reached three weeks (Anki's "mature").
    mastered: int
    #: mastered / questions.
    mastery: float
    due_now: int
    best_score: int | None
    #: Questions no longer in the pack whose history is kept (and no longer scheduled).
    removed: int = 0
    #: False when no pack file with this key was found.
    present: bool = True


@dataclass(frozen=True)
class KindStats:
    kind: str
    label: str
    answers: int
    correct: int
    accuracy: float | None


@dataclass(frozen=True)
class DayCount:
    day: date
    count: int


@dataclass(frozen=True)
class DayActivity:
    day: date
    answers: int
    correct: int


@dataclass(frozen=True)
class StudyStats:
    generated_at: datetime
    packs: list[PackStats]
    kinds: list[KindStats]
    #: Consecutive days with at least one answer, up to today (or yesterday, if not yet today).
    streak_days: int
    longest_streak: int
    studied_today: bool
    total_answers: int
    total_correct: int
    accuracy: float | None
    #: Reviews due now (overdue included), across present packs.
    due_now: int
    #: Reviews falling due on each of the next 7 days; day 0 is today and includes overdue ones.
    due_next_7_days: list[DayCount] = field(default_factory=list)
    #: Answers per day for the last weeks, oldest first, ending today.
    activity: list[DayActivity] = field(default_factory=list)


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def compute_stats(store: Store, packs: list[Pack], now: datetime | None = None,
                  weeks: int = 4) -> StudyStats:
    """Every figure the stats table and screen show, in one pass over the store."""
    now = utc(now) if now is not None else store.now()
    today = local_day(now)
    totals = store.answer_totals()
    best = store.best_scores()

    kinds_of: dict[tuple[str, str], str] = {}
    by_pack: dict[str, Pack] = {}
    for pack in packs:
        key = pack_key(pack)
        by_pack.setdefault(key, pack)
        for question in pack.questions:
            kinds_of.setdefault((key, question.id), question.kind)

    cards = {(c.pack_key, c.question_id): c for c in store.card_rows(list(by_pack))}
    forecast = [0] * 7
    pack_stats: list[PackStats] = []
    for key, pack in by_pack.items():
        qids = list(dict.fromkeys(q.id for q in pack.questions))
        answered = [totals[(key, q)] for q in qids if (key, q) in totals]
        answers = sum(n for n, _ in answered)
        correct = sum(ok for _, ok in answered)
        learned = mastered = due_now = 0
        for qid in qids:
            card = cards.get((key, qid))
            if card is None:
                continue
            if card.state == REVIEW_STATE:
                learned += 1
                mastered += (card.stability or 0.0) >= MATURE_DAYS
            if card.due <= now:
                due_now += 1
            offset = (max(card.due, now).astimezone().date() - today).days
            if 0 <= offset < 7:
                forecast[offset] += 1
        current = set(qids)
        removed = sum(1 for k, q in totals if k == key and q not in current)
        pack_stats.append(PackStats(
            key=key, title=pack.title, questions=len(qids), seen=len(answered), answers=answers,
            correct=correct, accuracy=_ratio(correct, answers), learned=learned,
            mastered=mastered, mastery=_ratio(mastered, len(qids)) or 0.0, due_now=due_now,
            best_score=best.get(key), removed=removed))

    gone: dict[str, list[tuple[int, int]]] = {}
    for (key, _qid), counts in totals.items():
        if key not in by_pack:
            gone.setdefault(key, []).append(counts)
    for key, counts in sorted(gone.items()):
        answers = sum(n for n, _ in counts)
        correct = sum(ok for _, ok in counts)
        pack_stats.append(PackStats(
            key=key, title=key, questions=0, seen=0, answers=answers, correct=correct,
            accuracy=_ratio(correct, answers), learned=0, mastered=0, mastery=0.0, due_now=0,
            best_score=best.get(key), removed=len(counts), present=False))

    kind_totals: dict[str, list[int]] = {}
    for item, (n, ok) in totals.items():
        kind = kinds_of.get(item)
        if kind is not None:
            sums = kind_totals.setdefault(kind, [0, 0])
            sums[0] += n
            sums[1] += ok
    ordered = [k for k in KINDS if k in kind_totals] + sorted(set(kind_totals) - set(KINDS))
    kinds = [KindStats(kind=k, label=KIND_LABELS.get(k, k.upper()), answers=kind_totals[k][0],
                       correct=kind_totals[k][1],
                       accuracy=_ratio(kind_totals[k][1], kind_totals[k][0]))
             for k in ordered]

    days = [date.fromisoformat(d) for d in store.active_days()]
    streak, longest = streaks(days, today)
    first = today - timedelta(days=weeks * 7 - 1)
    per_day = store.answers_per_day(first)
    activity = []
    for offset in range(weeks * 7):
        day = first + timedelta(days=offset)
        n, ok = per_day.get(day.isoformat(), (0, 0))
        activity.append(DayActivity(day=day, answers=n, correct=ok))

    total_answers = sum(n for n, _ in totals.values())
    total_correct = sum(ok for _, ok in totals.values())
    return StudyStats(
        generated_at=now, packs=pack_stats, kinds=kinds, streak_days=streak,
        longest_streak=longest, studied_today=bool(days) and days[-1] == today,
        total_answers=total_answers, total_correct=total_correct,
        accuracy=_ratio(total_correct, total_answers),
        due_now=sum(p.due_now for p in pack_stats),
        due_next_7_days=[DayCount(today + timedelta(days=i), forecast[i]) for i in range(7)],
        activity=activity)


def streaks(days: list[date], today: date) -> tuple[int, int]:
    """(current, longest) runs of consecutive study days; the current run may end yesterday."""
    longest = run = 0
    previous: date | None = None
    for day in sorted(set(days)):
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        longest = max(longest, run)
        previous = day
    if previous is None or (today - previous).days > 1:
        return 0, longest
    return run, longest


def sparkline(values: list[int]) -> str:
    """One character per value: a dot for nothing, else a block scaled to the largest value."""
    top = max(values, default=0)
    last = len(SPARK_BLOCKS) - 1
    return "".join(SPARK_BLOCKS[max(0, round(v / top * last))] if v > 0 else SPARK_EMPTY
                   for v in values)


def stats_to_dict(stats: StudyStats) -> dict:
    """JSON-ready: dates as ISO strings, ratios rounded to 4 places."""

    def clean(value: object) -> object:
        if isinstance(value, datetime | date):
            return value.isoformat()
        if isinstance(value, float):
            return round(value, 4)
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items()}
        if isinstance(value, list):
            return [clean(v) for v in value]
        return value

    data = clean(asdict(stats))
    assert isinstance(data, dict)
    return data
