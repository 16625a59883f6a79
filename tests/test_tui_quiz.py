"""Rules of play without a terminal: choices, question selection, timing, literal text."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from factquiz.model import Citation, Pack, Question, Settings, Source
from factquiz.pack import load
from factquiz.scoring import Outcome
from factquiz.tui.quiz import Quiz, choices_for, select_items
from factquiz.tui.text import highlight_answer, literal

LAKES = Path(__file__).parent / "fixtures" / "tui_lakes.yaml"


class FakeClock:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


def small_pack() -> Pack:
    def q(qid: str, kind: str, answer: str, **kw) -> Question:
        return Question(qid, kind, f"Question {qid}?", answer,
                        citations=[Citation("s1", f"Sentence with {answer}.")], **kw)

    return Pack(
        title="Small", id="small", sources=[Source("s1", "Source one")],
        settings=Settings(time_limit=10),
        questions=[
            q("a", "who", "Ann Lee", accept=["Ann"], distractors=["Bo Chan"]),
            q("b", "who", "Ann"),  # an accepted form of a: never offered as wrong
            q("c", "who", "Cy Dee"),
            q("d", "where", "Paris"),
            q("e", "where", "Rome"),
        ])


def test_choices_fill_only_from_other_answers_of_the_same_kind() -> None:
    pack = small_pack()
    choices = choices_for(pack, pack.questions[0])
    # "Ann" is an accepted form of the answer; "Paris" would give a who-question away.
    assert sorted(choices) == sorted(["Ann Lee", "Bo Chan", "Cy Dee"])
    assert choices == choices_for(pack, pack.questions[0])  # stable between calls


def test_a_wrong_pick_is_wrong_not_nearly_right() -> None:
    pack = small_pack()
    quiz = Quiz(select_items([pack], ids={("small", "a")}), "choice", clock=FakeClock())
    record = quiz.answer("Cy Dee")  # typed, it would be "another person in this quiz"
    assert not record.correct
    assert record.verdict.note == "wrong"


def test_choice_hint_leaves_one_wrong_choice_when_there_are_three() -> None:
    pack = small_pack()
    quiz = Quiz(select_items([pack], ids={("small", "a")}), "choice", clock=FakeClock())
    assert quiz.hint() == "One wrong choice removed."
    remaining = set(quiz.choices()) - quiz.removed_choices
    assert "Ann Lee" in remaining and len(remaining) == 2


def test_choices_come_from_the_packs_distractors_when_it_has_enough() -> None:
    pack = load(LAKES)
    question = pack.questions[0]
    assert sorted(choices_for(pack, question)) == sorted([question.answer, *question.distractors])


def test_select_items_filters_shuffles_and_counts() -> None:
    pack = small_pack()
    assert [i.question.id for i in select_items([pack], count=2)] == ["a", "b"]
    only = select_items([pack], ids={("small", "d"), ("other", "a")})
    assert [i.question.id for i in only] == ["d"]
    shuffled = select_items([pack], shuffle=True, rng=random.Random(3))
    assert sorted(i.question.id for i in shuffled) == ["a", "b", "c", "d", "e"]
    assert [i.question.id for i in shuffled] != ["a", "b", "c", "d", "e"]


def test_exam_time_out_grades_what_was_typed_if_right() -> None:
    clock = FakeClock()
    pack = load(LAKES)
    quiz = Quiz(select_items([pack]), "exam", clock=clock)
    assert quiz.remaining() == 20
    clock.now += 25
    assert quiz.remaining() == 0
    record = quiz.time_out("Marta Ellison")
    assert record.outcome is Outcome.RIGHT and record.award.speed_bonus == 0
    quiz.advance()
    clock.now += 30
    assert quiz.time_out("the harbour").outcome is Outcome.TIMEOUT


def test_a_question_cannot_be_answered_twice() -> None:
    quiz = Quiz(select_items([load(LAKES)]), "practice", clock=FakeClock())
    quiz.answer("Marta Ellison")
    with pytest.raises(RuntimeError):
        quiz.skip()


def test_choice_hint_removes_two_wrong_choices_never_the_answer() -> None:
    quiz = Quiz(select_items([load(LAKES)]), "choice", clock=FakeClock())
    quiz.hint()
    assert len(quiz.removed_choices) == 2
    assert "Marta Ellison" not in quiz.removed_choices
    assert quiz.removed_choices < set(quiz.choices())


def test_summary_counts_by_kind_and_time() -> None:
    clock = FakeClock()
    quiz = Quiz(select_items([load(LAKES)]), "practice", clock=clock)
    for typed in ("Marta Ellison", "a barn", "340"):
        clock.now += 4
        quiz.answer(typed)
        quiz.advance()
    summary = quiz.summary()
    assert summary.seconds == 12
    assert [(k.kind, k.correct, k.total) for k in summary.by_kind] == [
        ("who", 1, 1), ("where", 0, 1), ("how-many", 1, 1)]
    assert [i.question.id for i in summary.missed] == ["q-shelter"]
    assert summary.accuracy == pytest.approx(2 / 3)


def test_literal_text_shows_markup_and_control_characters_as_typed() -> None:
    text = literal("[bold]x[/bold] \x1b[31m\x07")
    assert text.plain == "[bold]x[/bold] \\x1b[31m\\x07"
    assert not text.spans


def test_highlight_prefers_the_longest_answer_form() -> None:
    text = highlight_answer("Mr Haji Mohammad Muhaqiq said so.", ["Muhaqiq",
                                                                  "haji mohammad muhaqiq"])
    (span,) = text.spans
    assert text.plain[span.start:span.end] == "Haji Mohammad Muhaqiq"


def test_typed_hint_gives_the_first_letter_and_the_word_count() -> None:
    quiz = Quiz(select_items([load(LAKES)]), "practice", clock=FakeClock())
    assert quiz.hint() == "The answer starts with “M” (2 words)."
    assert quiz.hinted


def _who(qid: str, answer: str, accept: list[str], distractors: list[str]) -> Question:
    return Question(qid, "who", f"Question {qid}?", answer, accept=accept,
                    distractors=distractors, citations=[Citation("s1", f"{answer} won.")])


ATHLETES = ["Victor Conte", "Nick Davies", "Kelli White"]


@pytest.mark.parametrize(("answer", "accept", "distractors", "shown"), [
    # a bare surname among full names gives itself away: its accepted full name is shown
    ("Jones", ["Marion Jones"], ATHLETES, "Marion Jones"),
    ("Mr Blunkett", ["David Blunkett"], ["Tony Blair", "Beverley Hughes", "Kimberly Quinn"],
     "David Blunkett"),
    # so does a title no option has
    ("President Megawati Sukarnoputri", [], ["Rod Eddington", "Alan Greenspan", "Jose Leibovich"],
     "Megawati Sukarnoputri"),
    # no full name known, or options that are surnames or titled too: the answer as written
    ("Jones", [], ATHLETES, "Jones"),
    ("Jones", ["Marion Jones"], ["Conte", "Davies", "White"], "Jones"),
    ("Mr Blunkett", ["David Blunkett"], ["Mr Blair", "Ms Hughes", "Mr Howard"], "Mr Blunkett"),
])
def test_the_right_choice_is_written_like_the_wrong_ones(
        answer: str, accept: list[str], distractors: list[str], shown: str) -> None:
    question = _who("a", answer, accept, distractors)
    pack = Pack(title="Shapes", id="shapes", sources=[Source("s1", "Source one")],
                questions=[question])
    choices = choices_for(pack, question)
    assert shown in choices and len(choices) == 4
    quiz = Quiz(select_items([pack]), "choice", clock=FakeClock())
    quiz.hint()
    assert shown not in quiz.removed_choices  # the hint never takes the right choice away
    record = quiz.answer(shown)
    assert record.outcome is Outcome.RIGHT and record.verdict.exact


def sibling_pack() -> Pack:
    """Two questions of one sentence ('Thursday' and 'Brussels'), three of others."""
    meeting = "EU ministers meet in Brussels on Thursday."

    def q(qid: str, kind: str, answer: str, sentence: str) -> Question:
        return Question(qid, kind, f"Question {qid}?", answer,
                        citations=[Citation("s1", sentence)])

    return Pack(
        title="Siblings", id="siblings", sources=[Source("s1", "Source one")],
        questions=[
            q("where", "where", "in Brussels", meeting),
            q("when", "when", "Thursday", meeting),
            q("who", "who", "Ann Lee", "Ann Lee chairs the meeting."),
            q("many", "how-many", "27", "The 27 ministers agreed."),
            q("org", "what-org", "Eurostat", "Eurostat published the figures."),
        ])


def test_a_round_cut_short_asks_one_question_per_sentence_first() -> None:
    picked = [i.question.id for i in select_items([sibling_pack()], count=4)]
    assert picked == ["where", "who", "many", "org"]  # the pack's order, "when" left out


def test_a_shuffled_round_keeps_questions_of_one_sentence_apart() -> None:
    for seed in range(20):
        ids = [i.question.id for i in select_items([sibling_pack()], shuffle=True,
                                                   rng=random.Random(seed))]
        assert sorted(ids) == ["many", "org", "when", "where", "who"]
        # Whichever of the two comes first, the other waits until every sentence was asked.
        assert {ids[-1]} <= {"when", "where"} and {"when", "where"} - {ids[-1]} <= set(ids[:4])


def test_a_whole_round_in_pack_order_is_the_teachers_order() -> None:
    ids = [i.question.id for i in select_items([sibling_pack()])]
    assert ids == ["where", "when", "who", "many", "org"]


def test_review_asks_due_questions_most_overdue_first_and_siblings_after() -> None:
    from factquiz.tui.quiz import review_items

    due = [("siblings", q) for q in ("when", "where", "org", "who")]  # most overdue first
    ids = [i.question.id for i in review_items([sibling_pack()], due)]
    assert ids == ["when", "org", "who", "where"]  # "where" gives "when" away: it waits
