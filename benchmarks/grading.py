"""How long `Grader.grade` takes on a 500-question pack with a realistic mix of typed answers.

Prints the median and p99 time per call, the one-off `Grader(pack)` cost, and, as a baseline
measured in the same run, the naive check a first version would do (casefold, then one
rapidfuzz ratio against the answer): absolute times drift on shared machines, ratios hold.
Target: median at most 100 microseconds. It also prints how often each kind of typed answer is
accepted, by factquiz and by that baseline: right answers always, small typos mostly, another
answer of the pack never.

    .venv/bin/python benchmarks/grading.py [--questions 500] [--rounds 5]
"""

from __future__ import annotations

import argparse
import random
import statistics
import string
import time

from rapidfuzz import fuzz

from factquiz.grading import Grader
from factquiz.model import Conflict, ConflictValue, Pack, Question, Settings

SYLLABLES = ["ka", "bul", "ma", "zar", "sha", "rif", "dos", "tum", "mu", "ha", "qiq", "ay", "bak"]


def made_up_name(rng: random.Random, words: int) -> str:
    return " ".join(
        "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()
        for _ in range(words)
    )


def typo(rng: random.Random, text: str) -> str:
    position = rng.randrange(len(text))
    return text[:position] + rng.choice(string.ascii_lowercase) + text[position + 1 :]


def build_pack(size: int, rng: random.Random) -> Pack:
    """A pack shaped like a generated one: people, places, organisations, numbers, dates."""
    questions = []
    for i in range(size):
        kind = ("who", "where", "what-org", "how-many", "when")[i % 5]
        if kind == "how-many":
            low = rng.randint(10, 100_000)
            answer = f"{low:,}" if rng.random() < 0.7 else f"{low:,} to {low + 1000:,}"
            distractors = [f"{rng.randint(10, 100_000):,}" for _ in range(3)]
            accept: list[str] = []
        elif kind == "when":
            answer = f"{rng.choice(['March', 'November', 'September'])} {rng.randint(1, 28)}th"
            distractors, accept = [], []
        else:
            answer = made_up_name(rng, 3 if kind == "who" else rng.randint(1, 2))
            accept = [answer.split()[-1]] if kind == "where" and rng.random() < 0.3 else []
            distractors = [made_up_name(rng, 2) for _ in range(3)]
        conflict = None
        if kind == "how-many" and rng.random() < 0.1:
            conflict = Conflict("disagree", (ConflictValue(answer, "s1"), ConflictValue("1", "s2")))
        questions.append(
            Question(
                id=f"q{i:04d}",
                kind=kind,
                prompt="?",
                answer=answer,
                accept=accept,
                distractors=distractors,
                conflict=conflict,
            )
        )
    return Pack(title="benchmark", questions=questions, settings=Settings(grading="normal"))


def typed_answers(pack: Pack, rng: random.Random) -> list[tuple[Question, str]]:
    """For each question: the answer, a typo, a surname, another answer, and nonsense."""
    pairs = []
    answers = [q.answer for q in pack.questions]
    for question in pack.questions:
        pairs.append((question, question.answer.upper()))
        pairs.append((question, typo(rng, question.answer)))
        pairs.append((question, question.answer.split()[-1]))
        pairs.append((question, rng.choice(answers)))
        pairs.append((question, rng.choice(["I don't know", "seven thousand", "the city", "x"])))
    rng.shuffle(pairs)
    return pairs


def acceptance(check, pack: Pack, rng: random.Random) -> dict[str, float]:
    """Share of typed answers accepted, by what was typed: right answers should all pass,
    answers with one typo mostly (not short ones, not numbers), other answers never."""
    answers = list(pack.questions)
    counts: dict[str, list[int]] = {}
    for question in pack.questions:
        other = rng.choice(answers)
        while other.answer == question.answer:
            other = rng.choice(answers)
        cases = {
            "the answer, shouted": question.answer.upper(),
            "one typo (names and places)": typo(rng, question.answer)
            if question.kind in ("who", "where", "what-org")
            else None,
            "another answer of the pack": other.answer,
        }
        for label, typed in cases.items():
            if typed is None:
                continue
            tally = counts.setdefault(label, [0, 0])
            tally[0] += bool(check(question, typed))
            tally[1] += 1
    return {label: hits / total for label, (hits, total) in counts.items()}


def time_calls(call, pairs, rounds: int) -> list[float]:
    """Microseconds per call, one sample per (question, typed) pair and round."""
    samples = []
    for _ in range(rounds):
        for question, typed in pairs:
            start = time.perf_counter_ns()
            call(question, typed)
            samples.append((time.perf_counter_ns() - start) / 1000)
    return samples


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(4)
    pack = build_pack(args.questions, rng)
    pairs = typed_answers(pack, rng)

    start = time.perf_counter()
    grader = Grader(pack)
    setup_ms = (time.perf_counter() - start) * 1000

    def naive(question: Question, typed: str) -> bool:
        return fuzz.ratio(typed.casefold().strip(), question.answer.casefold()) >= 85

    time_calls(grader.grade, pairs[:200], 1)  # warm up caches
    graded = time_calls(grader.grade, pairs, args.rounds)
    baseline = time_calls(naive, pairs, args.rounds)
    median, p99 = statistics.median(graded), percentile(graded, 0.99)
    base_median = statistics.median(baseline)
    verdict = "OK" if median <= 100 else "TOO SLOW"
    print(f"pack: {len(pack.questions)} questions, {len(pairs)} typed answers x {args.rounds}")
    print(f"Grader(pack): {setup_ms:.1f} ms once")
    print(f"grade: median {median:.1f} us, p99 {p99:.1f} us  (target median <= 100 us: {verdict})")
    print(f"baseline (casefold + one fuzz.ratio): median {base_median:.2f} us")
    print(f"ratio grade / baseline (median): {median / base_median:.1f}x")
    ours = acceptance(lambda q, typed: grader.grade(q, typed).correct, pack, random.Random(7))
    theirs = acceptance(naive, pack, random.Random(7))
    for label, share in ours.items():
        print(f"accepted, {label}: {share:.1%} (baseline {theirs[label]:.1%})")


if __name__ == "__main__":
    main()
