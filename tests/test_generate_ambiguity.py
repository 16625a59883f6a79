"""Questions the corpus answers two ways are not asked: no student is marked wrong for a
name another report gives."""

from __future__ import annotations

from factquiz.generate import build_pack
from test_generate_helpers import cand, doc, extraction, mentions

KHALILI = ('"This morning the city is quiet," said Karim Khalili, spokesman for the Shiite '
           "Muslim faction of the opposition.")
WASIK = ('"Our soldiers are trying to take them alive," said Saeed Zaher Wasik, a spokesman '
         "for the Shiite Muslim faction of the opposition Northern Alliance.")
ABDULLAH = ("In Dushanbe, Tajikistan, the Northern Alliance's foreign minister, Abdullah, said "
            "the Taliban had left 20 tanks behind.")
SPOKESMAN = "Who is the spokesman for the Shiite Muslim faction of the opposition?"


def prompts(documents, candidates, found) -> list[str]:
    pack = build_pack(documents, extraction(candidates, found), title="t").pack
    return [q.prompt for q in pack.questions]


def spokesman() -> object:
    return cand("who", SPOKESMAN, "Karim Khalili", "PERSON", "a", KHALILI, quality=0.8)


def test_a_role_another_report_gives_to_someone_else_is_not_asked() -> None:
    # "a spokesman for the faction" says the faction has several: "the spokesman" has no
    # single answer, and the student who answers Wasik is right too.
    people = mentions("a", "PERSON", "Karim Khalili") + mentions("b", "PERSON", "Saeed Zaher Wasik")
    documents = [doc("a", "A", KHALILI), doc("b", "B", WASIK)]
    assert SPOKESMAN not in prompts(documents, [spokesman()], people)
    # ... while the report alone has one spokesman and keeps its question.
    assert prompts(documents[:1], [spokesman()], people[:1]) == [SPOKESMAN]


def test_the_holders_own_other_names_are_no_second_holder() -> None:
    again = "Mr Khalili, spokesman for the Shiite Muslim faction of the opposition, said so."
    people = mentions("a", "PERSON", "Karim Khalili") + mentions("b", "PERSON", "Mr Khalili")
    documents = [doc("a", "A", KHALILI), doc("b", "B", again)]
    assert prompts(documents, [spokesman()], people) == [SPOKESMAN]


def test_a_former_holder_is_no_second_answer() -> None:
    former = "Ali Reza, the former spokesman for the Shiite Muslim faction of the opposition."
    people = mentions("a", "PERSON", "Karim Khalili") + mentions("b", "PERSON", "Ali Reza")
    documents = [doc("a", "A", KHALILI), doc("b", "B", former)]
    assert prompts(documents, [spokesman()], people) == [SPOKESMAN]


def test_a_place_the_model_once_read_as_a_person_holds_no_role() -> None:
    # "Tajikistan, the Northern Alliance's foreign minister, Abdullah": the model labelled
    # Tajikistan a person once; a country is nobody's foreign minister.
    asked = cand("who", "Who is the Northern Alliance's foreign minister?", "Abdullah",
                 "PERSON", "a", ABDULLAH, quality=0.8)
    found = (mentions("a", "PERSON", "Abdullah", "Tajikistan") + mentions("a", "GPE", "Dushanbe"))
    assert prompts([doc("a", "A", ABDULLAH)], [asked], found) == [
        "Who is the Northern Alliance's foreign minister?"]


def test_one_prompt_with_two_answers_is_asked_neither_way() -> None:
    blunkett = "Home Secretary David Blunkett defended the Asylum Bill on Monday."
    clarke = "The new Home Secretary, Charles Clarke, defended the Asylum Bill."
    candidates = [
        cand("who", "Who is the Home Secretary?", "David Blunkett", "PERSON", "a", blunkett),
        cand("who", "Who is the new Home Secretary?", "Charles Clarke", "PERSON", "b", clarke),
        cand("who", "Who defended the Asylum Bill on Monday?", "David Blunkett", "PERSON", "a",
             blunkett),
    ]
    people = mentions("a", "PERSON", "David Blunkett") + mentions("b", "PERSON", "Charles Clarke")
    documents = [doc("a", "A", blunkett), doc("b", "B", clarke)]
    assert prompts(documents, candidates, people) == ["Who defended the Asylum Bill on Monday?"]


def test_one_place_asked_twice_with_two_answers_is_asked_neither_way() -> None:
    london = "Small Island is set in post-war London."
    england = "The novel Small Island is set in post-war England."
    candidates = [
        cand("where", "Where is Small Island set?", "in post-war London", "PLACE", "a", london),
        cand("where", "Where is Small Island set?", "in post-war England", "PLACE", "b",
             england),
    ]
    found = mentions("a", "GPE", "London") + mentions("b", "GPE", "England")
    documents = [doc("a", "A", london), doc("b", "B", england)]
    assert prompts(documents, candidates, found) == []
