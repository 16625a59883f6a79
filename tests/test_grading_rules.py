"""Every rule of fair answer checking, each with an accepted and a rejected neighbour."""

from __future__ import annotations

import subprocess
import sys

import pytest

from factquiz.grading import Grader
from factquiz.model import Conflict, ConflictValue, Pack, Question, Settings


def question(qid: str, kind: str, answer: str, accept=(), distractors=(), **extra) -> Question:
    return Question(
        id=qid,
        kind=kind,
        prompt=f"Question {qid}?",
        answer=answer,
        accept=list(accept),
        distractors=list(distractors),
        **extra,
    )


QUESTIONS = [
    question(
        "dostum",
        "who",
        "Abdul Rashid Dostum",
        distractors=["Atta Mohammad", "Mohammad Ashraf Nadeem"],
    ),
    question("muhaqiq", "who", "Haji Mohammad Muhaqiq", accept=["Mohammed Mohaqik"]),
    question("bush", "who", "President George W. Bush"),
    question("mazar", "where", "Mazar-e-Sharif", accept=["Mazar"]),
    question("kabul", "where", "Kabul", distractors=["Kandahar", "Herat"]),
    question("hairatan", "where", "Hairatan"),
    question("taliban", "what-org", "the Taliban"),
    question("alliance", "what-org", "Northern Alliance"),
    question("un", "what-org", "UN"),
    question("towns", "where", "Shibarghan, Aybak and Maimana"),
    question("forces", "who", "Opposition forces"),
    question("attack", "when", "September 11th"),
    question("year", "when", "2001"),
    question("route", "where", "Route 66"),
    question("hq", "where", "in the southern city of Kandahar"),
    question("retreat", "where", "toward Samangan province"),
    question("bridge", "where", "at the Pul-e-Imam Bukhri bridge"),
    question("strike", "when", "late Friday"),
    question("quiet", "when", "Thursday"),
    question("election", "when", "1996"),
]
PACK = Pack(title="Rules", questions=QUESTIONS)
GRADER = Grader(PACK)
BY_ID = {q.id: q for q in QUESTIONS}


def grade(qid: str, typed: str, grader: Grader = GRADER):
    return grader.grade(BY_ID[qid], typed)


# (question, typed, correct, exact, words the note must contain)
CASES = [
    # Form: case, accents, punctuation, hyphens and spaces, articles, titles, possessives, quotes.
    ("dostum", "abdul rashid dostum", True, True, "correct"),
    ("dostum", "ABDUL RASHID DOSTÚM", True, True, "correct"),
    ("dostum", "Abdul-Rashid Dostum's", True, True, "correct"),
    ("dostum", '  "Abdul Rashid Dostum"  ', True, True, "correct"),
    ("dostum", "Gen. Abdul Rashid Dostum", True, True, "correct"),
    ("dostum", "Rear Adm. Abdul Rashid Dostum", True, True, "correct"),
    ("mazar", "Mazar e Sharif", True, True, "correct"),
    ("mazar", "MazarESharif", True, True, "correct"),
    ("mazar", "mazar-e-sharif.", True, True, "correct"),
    ("taliban", "Taliban", True, True, "correct"),
    ("taliban", "the Taliban's", True, True, "correct"),
    ("bush", "George W Bush", True, True, "correct"),
    # ... but form never reaches meaning.
    ("mazar", "Sharif", False, False, "wrong"),
    ("taliban", "the", False, False, "wrong"),
    # Names: unique surnames, the accept list, short forms the pack lists.
    ("dostum", "Dostum", True, False, "surname"),
    ("dostum", "Mr Dostum", True, False, "surname"),
    ("muhaqiq", "Muhaqiq", True, False, "surname"),
    ("muhaqiq", "Mohammed Mohaqik", True, True, "correct"),
    ("muhaqiq", "Mohaqik", True, False, "surname"),
    ("bush", "Bush", True, False, "surname"),
    ("dostum", "Abdul Dostum", True, False, "first name and surname"),
    ("dostum", "Rashid Dostum", True, False, "part of the name"),
    ("dostum", "Atta Dostum", False, False, "wrong"),
    ("mazar", "Mazar", True, True, "correct"),
    ("hairatan", "Hairat", False, False, "more than a small typo"),
    # A first name shared by several people is nobody in particular.
    ("muhaqiq", "Mohammad", False, False, "more than one person"),
    ("dostum", "Abdul", False, False, "wrong"),
    # Another answer of the pack is never accepted.
    ("dostum", "Nadeem", False, False, "another person in this quiz"),
    ("dostum", "Atta Mohammad", False, False, "another person in this quiz"),
    ("kabul", "Kandahar", False, False, "another place in this quiz"),
    ("kabul", "Herat", False, False, "another place in this quiz"),
    ("kabul", "Mazar", False, False, "another place in this quiz"),
    ("hairatan", "Herat", False, False, "another place in this quiz"),
    ("kabul", "Herta", False, False, "wrong"),
    # Typos grow with length: none for 1-3 letters, one for 4-8, two beyond.
    ("kabul", "Kabol", True, False, "one letter off (Kabul)"),
    ("kabul", "Kbaul", True, False, "one letter off (Kabul)"),
    ("kabul", "Kabool", False, False, "close, but more than a small typo"),
    ("dostum", "Abdul Rashid Dostam", True, False, "one letter off (Abdul Rashid Dostum)"),
    ("dostum", "Abdul Rashed Dostam", True, False, "two letters off"),
    ("dostum", "Abdool Rashid Dostam", False, False, "close, but more than a small typo"),
    ("dostum", "Abdool Raheem Dustam", False, False, "wrong"),
    ("dostum", "Dostm", True, False, "surname, one letter off (Dostum)"),
    ("hairatan", "Hairatn", True, False, "one letter off (Hairatan)"),
    ("hairatan", "Hiratn", False, False, "close, but more than a small typo"),
    ("hairatan", "Hrtn", False, False, "wrong"),
    ("un", "UN", True, True, "correct"),
    ("un", "US", False, False, "wrong"),
    # Common words never stand for an answer.
    ("forces", "forces", False, False, "wrong"),
    ("forces", "Opposition forces", True, True, "correct"),
    ("alliance", "alliance", False, False, "wrong"),
    ("alliance", "the northern alliance", True, True, "correct"),
    ("mazar", "the city", False, False, "wrong"),
    # Lists: any order, "and", commas, semicolons; partial lists say how many.
    ("towns", "Maimana, Shibarghan and Aybak", True, True, "correct"),
    ("towns", "aybak; maimana; shibarghan", True, True, "correct"),
    ("towns", "Aybak Maimana Shibarghan", True, True, "correct"),
    ("towns", "Aybak, Maimana and Shibargan", True, False, "all 3"),
    ("towns", "Aybak and Maimana", False, False, "2 of 3 right"),
    ("towns", "Aybak, Maimana and Kabul", False, False, "2 of 3 right, and 1"),
    ("towns", "Kabul", False, False, "another place"),
    # Dates in another order or with a short month name.
    ("attack", "11 September", True, True, "correct"),
    ("attack", "Sept 11", True, True, "correct"),
    ("attack", "on the 11th of September", True, True, "correct"),
    ("attack", "September 12th", False, False, "wrong"),
    ("attack", "the eleventh of September", True, True, "correct"),
    ("attack", "the twelfth of September", False, False, "wrong"),
    ("year", "two thousand and one", True, True, "correct"),
    ("year", "two thousand and two", False, False, "wrong"),
    # Place answers written as phrases: the place name is what counts.
    ("hq", "Kandahar", True, True, "correct"),
    ("hq", "the city of Kandahar", True, True, "correct"),
    ("hq", "Kandhar", True, False, "one letter off (Kandahar)"),
    ("hq", "Kabul", False, False, "another place in this quiz"),
    ("kabul", "in the city of Kandahar", False, False, "another place in this quiz"),
    ("retreat", "Samangan", True, True, "correct"),
    ("retreat", "Samangan province", True, True, "correct"),
    ("retreat", "province", False, False, "wrong"),
    ("bridge", "Pul-e-Imam Bukhri", True, True, "correct"),
    ("bridge", "the bridge", False, False, "wrong"),
    ("strike", "Friday", True, True, "correct"),
    ("strike", "Thursday", False, False, "another date in this quiz"),
    # Digits inside text answers are never typo-corrected.
    ("year", "2001", True, True, "correct"),
    ("year", "in 2001", True, True, "correct"),
    ("kabul", "in Kabul", True, True, "correct"),
    ("kabul", "near Kabul", False, False, "wrong"),
    ("year", "2002", False, False, "wrong"),
    ("election", "nineteen ninety-six", True, True, "correct"),
    ("election", "nineteen ninety-seven", False, False, "wrong"),
    ("route", "route 66", True, True, "correct"),
    ("route", "Route 67", False, False, "wrong"),
]


@pytest.mark.parametrize(("qid", "typed", "correct", "exact", "note"), CASES)
def test_rule(qid: str, typed: str, correct: bool, exact: bool, note: str) -> None:
    verdict = grade(qid, typed)
    assert (verdict.correct, verdict.exact) == (correct, exact), verdict
    assert note in verdict.note, verdict
    assert verdict.expected == BY_ID[qid].answer


def test_typo_as_close_to_another_answer_is_refused() -> None:
    kunduz = question("a", "where", "Kunduz")
    other = question("b", "where", "Kandoz")
    grader = Grader(Pack(title="p", questions=[kunduz, other]))
    verdict = grader.grade(kunduz, "Kundoz")
    assert not verdict.correct
    assert "closer to another place in this quiz" in verdict.note
    assert grader.grade(kunduz, "Kunduzz").close
    assert grader.grade(other, "Kandozz").close


def test_another_sources_name_is_named_as_such() -> None:
    q = question(
        "c",
        "who",
        "Atta Mohammad",
        conflict=Conflict(
            "Reports differ.",
            (ConflictValue("Atta Mohammad", "s1"), ConflictValue("Mohammad Ustad Atta", "s2")),
        ),
    )
    verdict = Grader(Pack(title="p", questions=[q])).grade(q, "Mohammad Ustad Atta")
    assert not verdict.correct
    assert "another source" in verdict.note


def test_initials_of_organisations_when_no_other_entity_shares_them() -> None:
    un = question("un", "what-org", "United Nations")
    press = question("aip", "what-org", "Afghan Islamic Press")
    alliance = question("na", "what-org", "Northern Alliance")
    army = question("army", "what-org", "National Army")
    grader = Grader(Pack(title="p", questions=[un, press, alliance, army]))
    assert grader.grade(un, "UN").note == "accepted: initials"
    assert grader.grade(un, "U.N.").close
    assert grader.grade(press, "AIP").close
    assert "another organisation" in grader.grade(un, "AIP").note
    assert not grader.grade(alliance, "NA").correct  # National Army has the same initials
    strict = Pack(title="p", questions=[un], settings=Settings(grading="strict"))
    assert not Grader(strict).grade(un, "UN").correct


def test_typo_note_shows_the_spelling_that_was_meant() -> None:
    q = question("m", "who", "Haji Mohammad Muhaqiq", accept=["Mohammed Mohaqik"])
    grader = Grader(Pack(title="p", questions=[q]))
    assert grader.grade(q, "Mohaqk").note == "accepted: surname, one letter off (Mohaqik)"
    assert grader.grade(q, "Muhaqiqq").note == "accepted: surname, one letter off (Muhaqiq)"


def test_list_items_may_be_typed_as_the_pack_names_them_elsewhere() -> None:
    leaders = question("l", "who", "Dostum, Atta and Muhaqiq")
    dostum = question("d", "who", "Abdul Rashid Dostum", accept=["Dostum"])
    muhaqiq = question("m", "who", "Haji Mohammad Muhaqiq", accept=["Muhaqiq"])
    grader = Grader(Pack(title="p", questions=[leaders, dostum, muhaqiq]))
    assert grader.grade(leaders, "Muhaqiq, Atta and Abdul Rashid Dostum").exact
    assert grader.grade(leaders, "Atta, Dostum").note == "not quite: 2 of 3 right"


def test_close_means_accepted_with_tolerance() -> None:
    assert grade("kabul", "Kabol").close
    assert not grade("kabul", "Kabul").close
    assert not grade("kabul", "Kandahar").close


@pytest.mark.parametrize(
    ("policy", "typed", "correct"),
    [
        ("strict", "Hairatan", True),
        ("strict", "HAIRATAN!", True),
        ("strict", "Hairatn", False),
        ("normal", "Hairatn", True),
        ("normal", "Haratn", False),
        ("lenient", "Haratn", True),
        ("lenient", "Hrtn", False),
    ],
)
def test_pack_policy(policy: str, typed: str, correct: bool) -> None:
    pack = Pack(title="p", questions=[question("h", "where", "Hairatan")])
    pack.settings = Settings(grading=policy)
    assert Grader(pack).grade(pack.questions[0], typed).correct is correct


def test_strict_tells_a_near_miss_why() -> None:
    q = question("h", "where", "Hairatan")
    pack = Pack(title="p", questions=[q], settings=Settings(grading="strict"))
    verdict = Grader(pack).grade(q, "Hairatn")
    assert not verdict.correct
    assert verdict.note == "not quite: this quiz wants the exact spelling"


def test_strict_refuses_surnames_but_keeps_accept_entries() -> None:
    q = question("m", "who", "Haji Mohammad Muhaqiq", accept=["Mohammed Mohaqik"])
    pack = Pack(title="p", questions=[q], settings=Settings(grading="strict"))
    grader = Grader(pack)
    assert not grader.grade(q, "Muhaqiq").correct
    assert grader.grade(q, "Mohammed Mohaqik").correct


def test_question_policy_overrides_pack() -> None:
    strict = question("s", "where", "Hairatan", grading="strict")
    normal = question("n", "where", "Samangan")
    pack = Pack(title="p", questions=[strict, normal], settings=Settings(grading="lenient"))
    grader = Grader(pack)
    assert not grader.grade(strict, "Hairatn").correct
    assert grader.grade(normal, "Smngan").correct


def test_lenient_never_loosens_short_answers() -> None:
    q = question("u", "what-org", "UN")
    pack = Pack(title="p", questions=[q], settings=Settings(grading="lenient"))
    assert not Grader(pack).grade(q, "US").correct


def test_surname_shared_by_two_people_is_refused() -> None:
    first = question("a", "who", "Ahmad Shah Massoud")
    second = question("b", "who", "Ahmad Wali Massoud")
    grader = Grader(Pack(title="p", questions=[first, second]))
    verdict = grader.grade(first, "Massoud")
    assert not verdict.correct
    assert "more than one person" in verdict.note
    assert grader.grade(first, "Ahmad Shah Massoud").exact


def test_full_name_typed_for_an_answer_with_a_role_in_front() -> None:
    q = question("r", "who", "Defense Secretary Donald H. Rumsfeld")
    grader = Grader(Pack(title="p", questions=[q]))
    assert grader.grade(q, "Donald Rumsfeld").note == "accepted: part of the name"
    assert grader.grade(q, "Secretary Rumsfeld").close
    assert grader.grade(q, "Donald Rumsfled").note == (
        "accepted: part of the name, one letter off (Donald Rumsfeld)"
    )
    assert not grader.grade(q, "Donald Trump").correct
    assert not grader.grade(q, "Donald").correct


def test_surname_rule_is_only_for_people() -> None:
    q = question("p", "where", "Pul-e-Khumri District")
    grader = Grader(Pack(title="p", questions=[q]))
    assert not grader.grade(q, "District").correct
    assert not grader.grade(q, "Khumri").correct


@pytest.mark.parametrize("typed", ["", "   ", "\t\n", "...", "\x00\x01", "🙂"])
def test_blank_answers_are_not_graded(typed: str) -> None:
    assert GRADER.is_blank(typed)
    verdict = grade("kabul", typed)
    assert not verdict.correct
    assert verdict.note == "no answer given"


@pytest.mark.parametrize("typed", ["Kabul", " k ", "0", "7k"])
def test_real_answers_are_not_blank(typed: str) -> None:
    assert not GRADER.is_blank(typed)


def test_question_outside_the_pack_is_still_graded() -> None:
    stray = question("stray", "where", "Bamiyan")
    assert GRADER.grade(stray, "bamiyan").exact
    assert GRADER.grade(stray, "Bamyan").close
    assert "another place" in GRADER.grade(stray, "Kandahar").note


def test_long_and_strange_input_is_wrong_not_an_error() -> None:
    for typed in ["Kabul" * 2000, "\u202e\u200bKabul\u0000", "😀" * 10_000, "Ka\u0301bul"]:
        verdict = grade("kabul", typed)
        assert isinstance(verdict.note, str)
    assert grade("kabul", "Ka\u0301bul").correct


def test_play_path_does_not_import_spacy() -> None:
    code = (
        "import sys, factquiz.grading;"
        "assert 'spacy' not in sys.modules and 'lemminflect' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
