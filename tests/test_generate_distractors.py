"""Multiple-choice options: same type, never right, deterministic."""

from __future__ import annotations

import pytest

from factquiz.generate.aliases import EntityIndex
from factquiz.generate.dates import date_distractors
from factquiz.generate.distractors import answer_position, distractors_for
from factquiz.generate.numbers import number_distractors, numbers_in


@pytest.mark.parametrize("answer, below, expected", [
    ("7,000 to 8,000", 1, ["3,500 to 4,000", "14,000 to 16,000", "10,000 to 12,000"]),
    ("about 4,000", 0, ["about 8,000", "about 6,000", "about 12,000"]),
    ("six", 2, ["five", "four", "seven"]),
    ("200,000", 3, ["100,000", "150,000", "50,000"]),
    ("Hundreds", 0, ["Scores", "Thousands", "Dozens"]),
])
def test_numbers_keep_the_answers_format(answer: str, below: int, expected: list[str]) -> None:
    assert number_distractors(answer, below=below) == expected


def test_number_distractors_never_equal_or_overlap_a_right_answer() -> None:
    options = number_distractors("5,000", below=3, exclude=["2,500", "about 3,800"])
    assert len(options) == 3
    for option in options:
        assert numbers_in(option) not in ([5000.0], [2500.0], [3800.0])
    ranged = number_distractors("7,000 to 8,000", below=0, exclude=["7,500"])
    assert all(numbers_in(o)[0] > 8000 or numbers_in(o)[1] < 7000 for o in ranged)


@pytest.mark.parametrize("answer, below, expected", [
    ("Oct. 7", 1, ["Oct. 6", "Oct. 8", "Oct. 13"]),
    ("1998", 2, ["1997", "1996", "1999"]),
    ("Friday", 0, ["Saturday", "Sunday", "Monday"]),
    ("the late 1990s", 1, ["the late 1980s", "the late 2000s", "the late 2010s"]),
    ("September 11th", 1, ["September 10th", "September 12th", "September 17th"]),
])
def test_dates_move_in_their_own_unit(answer: str, below: int, expected: list[str]) -> None:
    assert date_distractors(answer, below=below) == expected


def _index() -> EntityIndex:
    names = [(n, "PERSON", "s1") for n in (
        "Mr Abdul Rashid Dostam", "Dostum", "Mr Atta Mohammad", "Mr Mohammad Ashraf Nadeem",
        "Pervez Musharraf", "President Bush", "Karim Khalili")]
    names += [(n, "PERSON", "s2") for n in ("Rear Adm. Mark Fitzgerald", "Saeed Zaher Wasik")]
    names += [(n, "PLACE", "s1") for n in ("Mazar-e-Sharif", "Kabul", "Uzbekistan", "Aybak")]
    return EntityIndex.build(names)


def _who(answer: str, sentence: str, qid: str = "q0123456789") -> list[str]:
    index = _index()
    entity = index.find(answer, "PERSON")
    accepted = [f for f in entity.forms() if f != "Abdul Rashid Dostam"] if entity else []
    return distractors_for(question_id=qid, kind="who", answer=answer, answer_type="PERSON",
                           accepted=accepted, answer_entity=entity, doc_id="s1",
                           context=["Who urged the alliance to wait?", sentence], index=index,
                           corpus_date_texts=[])


def test_who_distractors_are_other_people_never_an_alias_or_a_co_answer() -> None:
    sentence = ("President Bush and Pakistani President Pervez Musharraf urged Mr Abdul Rashid "
                "Dostam to wait.")
    options = _who("Mr Abdul Rashid Dostam", sentence)
    assert len(options) == 3
    people = {"Atta Mohammad", "Mohammad Ashraf Nadeem", "Karim Khalili", "Mark Fitzgerald",
              "Saeed Zaher Wasik"}
    assert set(options) <= people
    # Never the answer under another spelling, never someone the sentence also names.
    assert not {"Dostum", "Abdul Rashid Dostam", "Pervez Musharraf", "Bush"} & set(options)


def test_distractors_are_deterministic_but_vary_between_questions() -> None:
    sentence = "Mr Abdul Rashid Dostam said his forces entered the city."
    first = _who("Mr Abdul Rashid Dostam", sentence, "q0000000001")
    assert first == _who("Mr Abdul Rashid Dostam", sentence, "q0000000001")
    variants = {tuple(_who("Mr Abdul Rashid Dostam", sentence, f"q00000000{i:02d}"))
                for i in range(20)}
    assert len(variants) > 1


def test_where_distractors_are_places_with_the_answers_preposition() -> None:
    index = _index()
    options = distractors_for(
        question_id="q1", kind="where", answer="in Aybak", answer_type="PLACE", accepted=[],
        answer_entity=index.find("Aybak", "PLACE"), doc_id="s1",
        context=["Where did the alliance advance?", "The alliance advanced in Aybak."],
        index=index, corpus_date_texts=[])
    assert sorted(options) == ["in Kabul", "in Mazar-e-Sharif", "in Uzbekistan"]


def test_the_answer_position_is_spread_over_all_four_places() -> None:
    positions = {answer_position(f"q{i:010x}") for i in range(40)}
    assert positions == {0, 1, 2, 3}


def test_too_small_a_corpus_gives_fewer_options_rather_than_wrong_ones() -> None:
    index = EntityIndex.build([("Kabul", "PLACE", "s1"), ("Kunduz", "PLACE", "s1")])
    options = distractors_for(
        question_id="q1", kind="where", answer="Kabul", answer_type="PLACE", accepted=[],
        answer_entity=index.find("Kabul", "PLACE"), doc_id="s1",
        context=["Where did they go?", "They went to Kabul."], index=index,
        corpus_date_texts=[])
    assert options == ["Kunduz"]


@pytest.mark.parametrize("name, kind, ok", [
    ("Hilary Swank", "PERSON", True),
    ("Usama bin Laden", "PERSON", True),
    ("My Own: The Life of Mary Queen", "PERSON", False),
    ("the Ray Charles", "PERSON", False),
    ("Oscars - the", "ORG", False),
    ("Channel 4", "ORG", True),
    ("Dana Centre", "PERSON", False),
    ("Rear Adm", "ORG", False),
    ("Sweeney Todd and", "ORG", False),
    ("Pontiac Grand Prix", "PERSON", False),
    ("Nomad Digital", "PERSON", False),
    ("the European Championships", "PLACE", False),
    ("the Sawyer Award", "PLACE", False),
    ("Agent 007", "PERSON", False),
    ("the Academy of Motion Picture Arts and Sciences", "ORG", True),
])
def test_only_well_formed_names_become_options(name: str, kind: str, ok: bool) -> None:
    from factquiz.generate.distractors import well_formed

    assert well_formed(name, kind) is ok


@pytest.mark.parametrize("answer, bigger", [("at least 22", True), ("More than 14 million", True),
                                             ("fewer than 300", False), ("up to 40", False)])
def test_a_bound_gets_wrong_options_only_on_its_false_side(answer: str, bigger: bool) -> None:
    value = numbers_in(answer)[0]
    for below in range(4):
        options = number_distractors(answer, below=below)
        assert len(options) == 3
        assert all((numbers_in(o)[0] > value) == bigger for o in options), options


def test_where_answers_with_prepositions_are_places_without_them() -> None:
    index = EntityIndex.build([("in Los Angeles", "PLACE", "s1"), ("In the US", "PLACE", "s1"),
                               ("Los Angeles", "PLACE", "s2"), ("Boston", "PLACE", "s1"),
                               ("Chicago", "PLACE", "s1"), ("Jason Gardener -", "PERSON", "s1")])
    assert index.find("in Los Angeles", "PLACE") is index.find("Los Angeles", "PLACE")
    assert index.find("Jason Gardener", "PERSON").forms() == ["Jason Gardener"]
    options = distractors_for(
        question_id="q1", kind="where", answer="in Los Angeles", answer_type="PLACE",
        accepted=[], answer_entity=index.find("in Los Angeles", "PLACE"), doc_id="s1",
        context=["Where will the ceremony be held?", "It will be held in Los Angeles."],
        index=index, corpus_date_texts=[])
    assert sorted(options) == ["in Boston", "in Chicago", "in the US"]
