"""Properties that must hold for any pack: right answers are right, other answers are not."""

from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from factquiz.grading import Grader, normalise
from factquiz.grading.common import is_common
from factquiz.grading.numbers import format_number
from factquiz.grading.variants import core
from factquiz.model import KINDS, Pack, Question, Settings, Tolerance, Verdict

LETTERS = "abcdefghijklmnopqrstuvwxyzáéíóúüñçøł"
word = st.text(alphabet=LETTERS, min_size=2, max_size=10).map(str.capitalize)
name = st.lists(word, min_size=1, max_size=3).map(" ".join)
policy = st.sampled_from(["strict", "normal", "lenient"])


def key(text: str) -> str:
    """Names that are the same entity to the grader share this key (place words dropped)."""
    return core(normalise(text), "where").replace(" ", "")


#: Words around a name that grading must see through: titles, prepositions, place nouns.
decorated = st.tuples(
    st.sampled_from(["", "", "in ", "the city of ", "Mr ", "General ", "the "]),
    name,
    st.sampled_from(["", "", " province", "'s"]),
).map("".join)


@st.composite
def near_name(draw, base: str) -> str:
    """A different name one or two edits from `base`, or sharing its first or last word."""
    words = base.split()
    choice = draw(st.integers(0, 3))
    if choice == 0 and len(words) > 1:
        return " ".join([words[0], draw(word)])
    if choice == 1:
        return " ".join([draw(word), words[-1]])
    chars = list(base)
    for _ in range(draw(st.integers(1, 2))):
        position = draw(st.integers(0, len(chars) - 1))
        chars[position] = draw(st.sampled_from(LETTERS))
    return "".join(chars)


@st.composite
def names_with_neighbours(draw, size: int) -> list[str]:
    """Distinct names, many of them near misses of each other: the hard case for fairness."""
    names: list[str] = []
    while len(names) < size:
        if names and draw(st.booleans()):
            candidate = draw(near_name(draw(st.sampled_from(names))))
        else:
            candidate = draw(decorated)
        if key(candidate) and key(candidate) not in {key(n) for n in names}:
            names.append(candidate)
    return names


@st.composite
def text_packs(draw) -> Pack:
    """Packs of who/where/what-org questions whose names are all spelled differently."""
    count = draw(st.integers(min_value=2, max_value=6))
    names = draw(names_with_neighbours(count * 3))
    questions = []
    for i in range(count):
        answer, alias, distractor = names[i * 3 : i * 3 + 3]
        kind = draw(st.sampled_from(["who", "where", "what-org"]))
        accept = [alias] if draw(st.booleans()) else []
        questions.append(
            Question(
                id=f"q{i}",
                kind=kind,
                prompt="?",
                answer=answer,
                accept=accept,
                distractors=[distractor],
                grading=draw(st.none() | policy),
            )
        )
    return Pack(title="p", questions=questions, settings=Settings(grading=draw(policy)))


@st.composite
def number_packs(draw) -> Pack:
    """how-many questions with values and ranges that do not overlap."""
    values = sorted(draw(st.lists(st.integers(0, 10**9), min_size=4, max_size=12, unique=True)))
    answers: list[str] = []
    position = 0
    while position < len(values):
        if position + 1 < len(values) and draw(st.booleans()):
            low, high = values[position], values[position + 1]
            answers.append(f"{format_number(low)} to {format_number(high)}")
            position += 2
        else:
            text = format_number(values[position])
            answers.append(draw(st.sampled_from([text, text.replace(",", ""), f"about {text}"])))
            position += 1
    questions = [
        Question(id=f"n{i}", kind="how-many", prompt="?", answer=answer)
        for i, answer in enumerate(answers)
    ]
    tolerance = draw(
        st.none()
        | st.builds(Tolerance, st.integers(1, 10**8))
        | st.builds(Tolerance, st.integers(1, 60), st.just(True))
    )
    return Pack(title="p", questions=questions, settings=Settings(tolerance=tolerance))


def check_pack(pack: Pack) -> None:
    grader = Grader(pack)
    for question in pack.questions:
        for right in (question.answer, *question.accept):
            verdict = grader.grade(question, right)
            assert verdict.correct and verdict.exact, (question, right, verdict)
        for other in pack.questions:
            if other is question or other.kind != question.kind:
                continue
            verdict = grader.grade(question, other.answer)
            assert not verdict.correct, (question, other.answer, verdict)
        for distractor in question.distractors:
            assert not grader.grade(question, distractor).correct, (question, distractor)


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example])
@given(text_packs())
def test_text_answers_right_and_others_wrong(pack: Pack) -> None:
    check_pack(pack)


@given(number_packs())
def test_number_answers_right_and_others_wrong(pack: Pack) -> None:
    check_pack(pack)


@given(st.text(min_size=1), st.sampled_from(KINDS), st.lists(st.text(min_size=1), max_size=3))
def test_any_answer_and_accept_entry_is_exact(answer: str, kind: str, accept: list[str]) -> None:
    question = Question(id="q", kind=kind, prompt="?", answer=answer, accept=accept)
    grader = Grader(Pack(title="p", questions=[question]))
    for right in (answer, *accept):
        assume(not grader.is_blank(right))
        verdict = grader.grade(question, right)
        assert verdict.correct and verdict.exact, (right, verdict)


@given(st.text())
def test_normalisation_is_idempotent(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once


@given(st.text() | st.text(min_size=5000, max_size=10_000), st.sampled_from(KINDS))
def test_grading_never_raises(typed: str, kind: str) -> None:
    answers = {"how-many": "7,000 to 8,000", "when": "September 11th"}
    question = Question(
        id="q",
        kind=kind,
        prompt="?",
        answer=answers.get(kind, "Abdul Rashid Dostum"),
        accept=["Dostum"],
        distractors=["Atta Mohammad"],
    )
    grader = Grader(Pack(title="p", questions=[question]))
    verdict = grader.grade(question, typed)
    assert isinstance(verdict, Verdict)
    assert isinstance(verdict.note, str) and verdict.note
    if grader.is_blank(typed):
        assert not verdict.correct


@st.composite
def one_edit(draw, text: str) -> str:
    """`text` with one substitution, insertion, deletion or swap of neighbouring letters."""
    position = draw(st.integers(0, len(text) - 1))
    letter = draw(st.sampled_from("abcdefghijklmnopqrstuvwxyz"))
    edit = draw(st.sampled_from(["substitute", "insert", "delete", "swap"]))
    if edit == "substitute":
        return text[:position] + letter + text[position + 1 :]
    if edit == "insert":
        return text[:position] + letter + text[position:]
    if edit == "delete":
        return text[:position] + text[position + 1 :]
    position = min(position, len(text) - 2)
    return text[:position] + text[position + 1] + text[position] + text[position + 2 :]


@given(st.data(), st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=4, max_size=14))
def test_one_typo_in_a_long_enough_answer_is_accepted(data, answer: str) -> None:
    typed = data.draw(one_edit(answer))
    assume(not is_common(normalise(typed)))
    question = Question(id="q", kind="where", prompt="?", answer=answer.capitalize())
    verdict = Grader(Pack(title="p", questions=[question])).grade(question, typed)
    assert verdict.correct, (answer, typed, verdict)
    assert verdict.exact == (typed == answer)
