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
    ("4.464 million", 1, ["2.232 million", "8.928 million", "6.696 million"]),
    ("3.2%", 1, ["1.6%", "6.4%", "4.8%"]),
    ("at least 22", 2, ["at least 44", "at least 33", "at least 66"]),
    ("100,000 or so", 1, ["50,000 or so", "200,000 or so", "150,000 or so"]),
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
    ("1337", 1, ["1336", "1338", "1339"]),  # a medieval year is a year too
    ("Friday", 0, ["Saturday", "Sunday", "Monday"]),
    ("the late 1990s", 1, ["the late 1980s", "the late 2000s", "the late 2010s"]),
    ("September 11th", 1, ["September 10th", "September 12th", "September 17th"]),
    # A range of days moves whole, by weeks, and stays in its month.
    ("14-16 March", 1, ["7-9 March", "21-23 March", "28-30 March"]),
    ("4-6 March", 2, ["11-13 March", "18-20 March", "25-27 March"]),
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
    ("Interactive Entertainment committee", "ORG", False),  # a description, not a name
    ("Russian government", "ORG", True),  # a body named by its country
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


# Teacher-reported wrong options, one cause each. The corpus below labels names the way the
# small model does: mostly right, sometimes wrong; the options must follow the majority.
_ARTICLES = [
    "Santa Claus visited the children. Santa Claus left presents. He flew over Lapland.",
    "The budget was cut. Ministers set the budget in March. The Budget was late. "
    "Staff need skills. New skills were taught. The groups met and other groups left. "
    "The government published a white paper on the plan.",
    "Lib Dem leader Charles Kennedy spoke. Lib Dem members cheered in Cardiff.",
    "Troops moved toward the US embassy. Officials in the US and in France agreed. "
    "The US said it would act. The Netherlands agreed; the Netherlands and Belgium signed.",
]


def _mention_list(rows: list[tuple[str, str, str]]) -> list:
    from factquiz.generate.candidate import Mention

    return [Mention(text, label, doc, i) for i, (text, label, doc) in enumerate(rows)]


def _each_question(index: EntityIndex, answer: str, answer_type: str, *, kind: str = "who",
                   doc_id: str = "d", prompt: str = "Who?") -> list[list[str]]:
    """The options of twelve questions with this answer: the question id picks among the
    closest candidates, so a rule must hold whichever it picks."""
    return [distractors_for(
        question_id=f"q{i}", kind=kind, answer=answer, answer_type=answer_type, accepted=[],
        answer_entity=index.find(answer, answer_type), doc_id=doc_id, context=[prompt],
        index=index, corpus_date_texts=[]) for i in range(12)]


def _evidence_index(rows: list[tuple[str, str, str]]) -> EntityIndex:
    from factquiz.generate.aliases import LABEL_TYPES
    from factquiz.generate.evidence import NameEvidence

    mentions = _mention_list(rows)
    index = EntityIndex.build([(m.text, LABEL_TYPES[m.label], m.doc_id) for m in mentions
                               if m.label in LABEL_TYPES])
    index.evidence = NameEvidence.build(_ARTICLES, mentions)
    return index


_ROWS = [
    # "Santa Claus": a person five times, a place once.
    *[("Santa Claus", "PERSON", "d1")] * 5, ("Santa Claus", "GPE", "d1"),
    ("Lapland", "GPE", "d1"), ("Cardiff", "GPE", "d1"), ("Paris", "GPE", "d1"),
    ("Rome", "GPE", "d1"), ("Kabul", "GPE", "d1"),
    # Common nouns the model took for organisations, and real organisations.
    ("Budget", "ORG", "d1"), ("Skills", "ORG", "d1"), ("White Paper", "ORG", "d1"),
    ("Groups", "ORG", "d1"), ("Home Office", "ORG", "d1"), ("Treasury", "ORG", "d1"),
    ("Labour", "ORG", "d1"), ("Unison", "ORG", "d1"), ("BBC", "ORG", "d1"),
    # A party adjective the model once called a person, beside real people.
    *[("Lib Dem", "NORP", "d1")] * 3, ("Lib Dem", "PERSON", "d1"),
    ("Charles Kennedy", "PERSON", "d1"), ("Michael Howard", "PERSON", "d1"),
    ("Gordon Brown", "PERSON", "d1"), ("Tony Blair", "PERSON", "d1"),
    ("US", "GPE", "d1"), ("US", "GPE", "d1"), ("France", "GPE", "d1"),
    *[("Netherlands", "GPE", "d1")] * 4,
    # The European Commission and its initials, which must never be offered against it.
    ("European Commission", "ORG", "d2"), ("EC", "ORG", "d2"), ("Lufthansa", "ORG", "d2"),
    ("Ryanair", "ORG", "d2"), ("easyJet", "ORG", "d2"),
]


@pytest.mark.parametrize("answer, answer_type, wrong", [
    ("Kabul", "PLACE", {"Santa Claus"}),  # a person offered as a place
    ("Unison", "ORG", {"Budget", "Skills", "White Paper", "Groups"}),  # common nouns
    ("Charles Kennedy", "PERSON", {"Lib Dem"}),  # a party adjective offered as a person
])
def test_options_are_the_kind_of_thing_the_corpus_mostly_says_they_are(
        answer: str, answer_type: str, wrong: set[str]) -> None:
    index = _evidence_index(_ROWS)
    for i in range(12):  # whatever the question id picks
        options = distractors_for(
            question_id=f"q{i}", kind="who", answer=answer, answer_type=answer_type,
            accepted=[], answer_entity=index.find(answer, answer_type), doc_id="d1",
            context=["Who?"], index=index, corpus_date_texts=[])
        assert len(options) == 3, options
        assert not wrong & set(options), options


def test_an_acronym_of_the_answer_is_never_an_option() -> None:
    index = _evidence_index(_ROWS)
    for i in range(12):
        options = distractors_for(
            question_id=f"q{i}", kind="what-org", answer="European Commission",
            answer_type="ORG", accepted=[], answer_entity=index.find("European Commission", "ORG"),
            doc_id="d2", context=["Which organisation is facing two legal challenges?"],
            index=index, corpus_date_texts=[])
        assert "EC" not in options and len(options) == 3, options


@pytest.mark.parametrize("name, common", [
    ("Budget", True), ("Skills", True), ("Groups", True), ("White Paper", True),
    ("Labour", False), ("Home Office", False), ("Santa Claus", False), ("Treasury", False),
])
def test_common_nouns_are_told_from_names_by_how_the_articles_write_them(
        name: str, common: bool) -> None:
    from factquiz.generate.evidence import NameEvidence

    evidence = NameEvidence.build([*_ARTICLES, "Labour won. The Treasury and the Home Office "
                                   "agreed with Labour and the Treasury."], [])
    assert evidence.is_common_noun(name) is common


def test_a_where_option_keeps_the_the_its_articles_give_it() -> None:
    index = _evidence_index(_ROWS)
    seen: set[str] = set()
    for i in range(12):
        seen |= set(distractors_for(
            question_id=f"q{i}", kind="where", answer="toward Kabul", answer_type="PLACE",
            accepted=[], answer_entity=index.find("Kabul", "PLACE"), doc_id="d1",
            context=["Where did troops move?"], index=index, corpus_date_texts=[]))
    assert "toward the US" in seen and "toward US" not in seen
    assert "toward the Netherlands" in seen and "toward Netherlands" not in seen
    assert "toward France" in seen


def test_an_organisation_option_takes_the_answers_article() -> None:
    index = EntityIndex.build([("UK Film Council", "ORG", "d"), ("the Digital Screen Network",
                                                                 "ORG", "d"),
                               ("Arts Council", "ORG", "d"), ("Film London", "ORG", "d")])
    options = distractors_for(
        question_id="q1", kind="what-org", answer="UK Film Council", answer_type="ORG",
        accepted=[], answer_entity=index.find("UK Film Council", "ORG"), doc_id="d",
        context=["Which organisation awarded a contract?"], index=index, corpus_date_texts=[])
    assert sorted(options) == ["Arts Council", "Digital Screen Network", "Film London"]


def test_a_person_option_is_someone_the_articles_name_again_not_a_group_word() -> None:
    rows = [("Ken Macdonald", "PERSON", "d"), ("Mr Macdonald", "PERSON", "d"),
            *[(n, "PERSON", "d") for n in ("Michael Howard", "Mr Howard", "Tony Blair", "Blair",
                                            "Charles Clarke", "Mr Clarke")],
            # Once-named "people" the model made of a film, a club, a party and a descriptor.
            ("Y Tu Mama Tambien", "PERSON", "d"), ("Morpeth Harrier", "PERSON", "d"),
            *[("Lib Dems", "PERSON", "d")] * 4, ("Lib Dem", "NORP", "d"), ("Lib Dem", "NORP", "d"),
            ("Tory Lord", "PERSON", "d"), ("Tory", "NORP", "d"), ("Tory", "NORP", "d")]
    index = _evidence_index(rows)
    for i in range(12):
        options = distractors_for(
            question_id=f"q{i}", kind="who", answer="Ken Macdonald", answer_type="PERSON",
            accepted=["Macdonald"], answer_entity=index.find("Ken Macdonald", "PERSON"),
            doc_id="d", context=["Who says only 11 householders were prosecuted?"], index=index,
            corpus_date_texts=[])
        assert sorted(options) == ["Charles Clarke", "Michael Howard", "Tony Blair"], options


def test_organisation_options_are_no_fragment_alias_or_person() -> None:
    from factquiz.generate.evidence import NameEvidence

    text = ("The Department for Trade and Industry (DTI) said so. The Trade and Industry "
            "Secretary agreed. Rory Bremner joked. The EOC, the BBC and Unison met Labour. "
            "Rory Bremner said Mr Bremner was fine. Marco Rossi and Luca Verdi spoke.")
    rows = [("Department for Trade and Industry", "ORG", "d"), ("the Trade and Industry", "ORG",
                                                                "d"),
            ("Rory Bremner", "ORG", "d"), ("Rory Bremner", "PERSON", "d"),
            ("Rory Bremner", "PERSON", "d"), ("Mr Bremner", "PERSON", "d"),
            ("EOC", "ORG", "d"), ("BBC", "ORG", "d"), ("Unison", "ORG", "d"),
            ("Labour", "ORG", "d")]
    mentions = _mention_list(rows)
    from factquiz.generate.aliases import LABEL_TYPES

    index = EntityIndex.build([(m.text, LABEL_TYPES[m.label], m.doc_id) for m in mentions])
    index.evidence = NameEvidence.build([text], mentions)
    assert not index.evidence.is_fragment("Luca Verdi")  # a list is no longer name
    for i in range(12):
        options = distractors_for(
            question_id=f"q{i}", kind="what-org", answer="Department for Trade and Industry",
            answer_type="ORG", accepted=["DTI"],
            answer_entity=index.find("Department for Trade and Industry", "ORG"), doc_id="d",
            context=["Which organisation said so?"], index=index, corpus_date_texts=[])
        assert len(options) == 3 and set(options) <= {"BBC", "EOC", "Labour", "Unison"}, options


def test_a_party_the_model_once_called_a_person_is_still_an_option() -> None:
    # "Labour" nine times an organisation, once a person: a party. "RFID", written before
    # "tags", is a thing the model labelled an organisation.
    texts = ["Labour and the Tories and the Liberal Democrats clashed. " * 3
             + "Labour won. Labour lost. Labour MPs met. Tory MPs and Liberal Democrat MPs "
             "agreed. Labour said no. "
             "Shops use RFID tags. RFID tags grow. RFID tags worry people. "
             + "Nokia and Sony sell phones. " * 3]
    rows = [*[("Labour", "ORG", "d")] * 9, ("Labour", "PERSON", "d"),
            *[("Tories", "NORP", "d")] * 3, *[("Liberal Democrats", "NORP", "d")] * 3,
            *[("RFID", "ORG", "d")] * 3, *[("Nokia", "ORG", "d")] * 3,
            *[("Sony", "ORG", "d")] * 3]
    assert _small_corpus_options(texts, rows, "Tories", "GROUP") == {
        "Labour", "Liberal Democrats"}
    assert _small_corpus_options(texts, rows, "Nokia", "ORG") == {"Sony"}  # no party either


def test_a_place_inside_a_longer_name_does_not_take_its_the() -> None:
    from factquiz.generate.evidence import NameEvidence

    evidence = NameEvidence.build(["He won the Sheffield Hallam seat. Sheffield voted. The "
                                   "Hague and the Netherlands agreed."],
                                  _mention_list([("Sheffield", "GPE", "d"),
                                                 ("Netherlands", "GPE", "d")]))
    assert not evidence.takes_the("Sheffield")
    assert evidence.takes_the("Netherlands")


def test_a_common_noun_group_is_offered_groups_of_its_own_noun_first() -> None:
    # Authorities nearby, fans in other articles: "Who voted X best film?" wants fans.
    index = EntityIndex.build([("Young Kano film fans", "GROUP", "d"),
                               ("Greek authorities", "GROUP", "d"),
                               ("Albanian authorities", "GROUP", "d"),
                               ("Dutch authorities", "GROUP", "d"),
                               ("Leeds football fans", "GROUP", "e"),
                               ("Derby football fans", "GROUP", "f")])
    for i in range(12):
        options = distractors_for(
            question_id=f"q{i}", kind="who", answer="Young Kano film fans", answer_type="GROUP",
            accepted=[], answer_entity=index.find("Young Kano film fans", "GROUP"), doc_id="d",
            context=["Who voted Lagos Nights best film?"], index=index, corpus_date_texts=[])
        assert {"Leeds football fans", "Derby football fans"} <= set(options), options
        assert len(options) == 3, options


def test_a_party_is_never_offered_against_its_everyday_name() -> None:
    index = EntityIndex.build([("Tories", "GROUP", "d"), ("Conservatives", "GROUP", "d"),
                               ("Liberal Democrats", "GROUP", "d"), ("Lib Dems", "GROUP", "d"),
                               ("Greens", "GROUP", "d"), ("Nationalists", "GROUP", "d"),
                               ("Unionists", "GROUP", "d")])
    for i in range(12):
        options = distractors_for(
            question_id=f"q{i}", kind="who", answer="Tories", answer_type="GROUP", accepted=[],
            answer_entity=index.find("Tories", "GROUP"), doc_id="d",
            context=["Who has promised £4bn in tax cuts?"], index=index, corpus_date_texts=[])
        assert "Conservatives" not in options and len(options) == 3, options
        assert not {"Lib Dems", "Liberal Democrats"} <= set(options), options


@pytest.mark.parametrize("answer, kind, rows, wrong", [
    ("USADA", "ORG", [("Balco boss Victor Conte", "ORG"), ("Victor Conte", "PERSON")],
     "Balco boss Victor Conte"),
    ("WorldCom", "ORG", [("Gazprom and Rosneft", "ORG"), ("Gazprom", "ORG"), ("Rosneft", "ORG")],
     "Gazprom and Rosneft"),
    ("Jason Gardener", "PERSON", [("Welshman Jimmy Watkins", "PERSON"), ("Mr Watkins", "PERSON")],
     "Welshman Jimmy Watkins"),
    ("Jason Gardener", "PERSON", [("Scot Kathy Butler", "PERSON"), ("Ms Butler", "PERSON")],
     "Scot Kathy Butler"),
])
def test_an_option_is_one_name_without_a_description(answer: str, kind: str,
                                                     rows: list[tuple[str, str]],
                                                     wrong: str) -> None:
    others = {"ORG": ["Verizon", "Deutsche Bank", "ABC", "Associated Press"],
              "PERSON": ["Kelly Holmes", "Mr Holmes", "Chris Lambert", "Mr Lambert",
                         "Mark Lewis-Francis", "Mr Lewis-Francis"]}[kind]
    label = "ORG" if kind == "ORG" else "PERSON"
    table = [(answer, label, "d"), *((t, lab, "d") for t, lab in rows),
             *((o, label, "d") for o in others)]
    index = _evidence_index(table)
    seen: set[str] = set()
    for i in range(12):
        seen |= set(distractors_for(
            question_id=f"q{i}", kind="who", answer=answer, answer_type=kind, accepted=[],
            answer_entity=index.find(answer, kind), doc_id="d", context=["Who?"], index=index,
            corpus_date_texts=[]))
    assert wrong not in seen and len(seen) >= 3, seen


# A small corpus of invented reports for the option-kind rules: towns, countries, a runner
# the model once called a place, ethnic groups it called organisations, a car maker's brands
# and models, and groups of people named by a common noun.
_KIND_TEXTS = [
    "The Dutch government said Rotterdam and Utrecht would host the talks. Delegates flew in "
    "from Norway and arrived in Utrecht on Monday. Norway's government agreed. The Norwegian "
    "minister spoke in Rotterdam. Sweden's prime minister stayed in Sweden. A Swedish "
    "official flew to Leiden. Envoys from Velaria and Norway met in Utrecht, and Sweden and "
    "Velaria signed. Greenwood is near Rotterdam; the Greek delegation flew in from Greenwood. "
    "Islamic scholars met at the embassy in Islamadan, Velaria, and in Islamadan, Norway. "
    "The stars of the comedy Long Lanes flew in from Rotterdam; in Long Lanes, a hit in "
    "Norway, they play Utrecht students. Storms hit northern Velaria; in northern Velaria "
    "roads closed. Tourists in Westmark, a region, and in Westmark towns saw rain, as in "
    "Lorne province and Lorne province's towns. A flaw in "
    "Tern programs hit Tern users and Tern software.",
    "Champion Kebede won easily. Kebede beat the field in Leiden. The race in Groningen was "
    "later. Later the Leiden Concert Hall staged a gala, and the Groningen Stadium hosted a "
    "fan day.",
    "Velmar recalled 12,400 Orvik Tundras, Orvik Plains and Lumen Coasts. The Orvik Plains "
    "sold well. Velmar said Kestrel Motors and Halden Autos would follow. "
    "Tarvans and Koshis fought Norvan troops; Tarvan fighters and Koshi elders met Sardic "
    "police. A Royal Guard and a Royal Guard officer met Kestrel Motors. Ministers from "
    "Brellia met. Brellian finance ministers and Sardic health "
    "officials agreed. Sardic officials said Norvan troops withdrew.",
]
_KIND_ROWS = [
    *[(n, "GPE", "k1") for n in ("Rotterdam", "Utrecht", "Utrecht", "Norway", "Norway",
                                   "Rotterdam", "Sweden", "Sweden", "Leiden")],
    ("Dutch", "NORP", "k1"), ("Norwegian", "NORP", "k1"), ("Swedish", "NORP", "k1"),
    ("Velaria", "GPE", "k1"), ("Velaria", "GPE", "k1"), ("Greenwood", "GPE", "k1"),
    ("Greenwood", "GPE", "k1"), ("Islamadan", "GPE", "k1"), ("Islamadan", "GPE", "k1"),
    ("Islamic", "NORP", "k1"), ("Long Lanes", "GPE", "k1"), ("Long Lanes", "GPE", "k1"),
    ("northern Velaria", "GPE", "k1"), ("northern Velaria", "GPE", "k1"),
    ("Westmark", "LOC", "k1"), ("Westmark", "LOC", "k1"), ("Tern", "GPE", "k1"),
    ("Lorne province", "GPE", "k1"), ("Lorne province", "GPE", "k1"),
    ("Tern", "GPE", "k1"), ("Tern", "GPE", "k1"),
    ("Greek", "NORP", "k1"),
    ("Kebede", "GPE", "k2"), ("Kebede", "GPE", "k2"), ("Leiden", "GPE", "k2"),
    ("Groningen", "GPE", "k2"), ("Groningen", "GPE", "k2"),
    ("the Leiden Concert Hall", "FAC", "k2"), ("the Groningen Stadium", "FAC", "k2"),
    ("Velmar", "ORG", "k3"), ("Velmar", "ORG", "k3"), ("Orvik Tundras", "ORG", "k3"),
    ("Royal Guard", "ORG", "k3"), ("Royal Guard", "ORG", "k3"),
    ("Orvik", "ORG", "k3"), ("Orvik", "ORG", "k3"), ("Kestrel Motors", "ORG", "k3"),
    ("Halden Autos", "ORG", "k3"), ("Tarvans", "ORG", "k3"), ("Koshis", "ORG", "k3"),
    ("Tarvan", "NORP", "k3"), ("Koshi", "NORP", "k3"), ("Sardic", "NORP", "k3"),
    ("Sardic", "NORP", "k3"), ("Norvan", "NORP", "k3"), ("Brellia", "GPE", "k3"),
    ("Brellian", "NORP", "k3"),
]


def _kind_options(answer: str, answer_type: str, doc_id: str) -> set[str]:
    from factquiz.generate.kinds import KindEvidence

    index = _kind_index()
    index.kinds = KindEvidence.build(_KIND_TEXTS, _mention_list(_KIND_ROWS))
    seen: set[str] = set()
    for i in range(12):
        seen |= set(distractors_for(
            question_id=f"q{i}", kind="who", answer=answer, answer_type=answer_type,
            accepted=[], answer_entity=index.find(answer, answer_type), doc_id=doc_id,
            context=["Who?"], index=index, corpus_date_texts=[]))
    return seen


def _kind_index() -> EntityIndex:
    from factquiz.generate.aliases import LABEL_TYPES
    from factquiz.generate.evidence import NameEvidence
    from factquiz.generate.kinds import group_phrases

    mentions = _mention_list(_KIND_ROWS)
    names = [(m.text, LABEL_TYPES[m.label], m.doc_id) for m in mentions]
    known = frozenset(m.text for m in mentions if m.label in ("NORP", "ORG", "GPE"))
    heads = frozenset({"troops", "ministers", "fighters"})
    names += [("Norvan troops", "GROUP", "k3")]
    names += [(p, "GROUP", "k3") for p in group_phrases(_KIND_TEXTS[2], heads, known)]
    index = EntityIndex.build(names)
    index.evidence = NameEvidence.build(_KIND_TEXTS, mentions)
    return index


@pytest.mark.parametrize("answer, answer_type, doc_id, expected", [
    # A town: other towns, not a country, a region ("Westmark", "Lorne province"), a
    # building, a film ("Long
    # Lanes"), a brand written before nouns ("Tern programs") or a runner the model called a
    # place ("Greenwood" is no country for sharing its first letters with "Greek").
    ("in Utrecht", "PLACE", "k1", {"in Rotterdam", "in Leiden", "in Greenwood", "in Islamadan"}),
    ("in Groningen", "PLACE", "k2", {"in Rotterdam", "in Leiden", "in Greenwood", "in Utrecht",
                                     "in Islamadan"}),
    # A country: other countries only, by name ("northern Velaria" is a region described;
    # "Velaria" is listed twice with countries; "Islamadan,
    # Velaria" is a town in it, and "Islamic" no nationality formed on "Islamadan").
    ("in Sweden", "PLACE", "k1", {"in Norway", "in Brellia", "in Velaria"}),
    # An organisation: no ethnic group, no car line, no brand written only before its models,
    # no kind of person ("a Royal Guard").
    ("Velmar", "ORG", "k3", {"Kestrel Motors", "Halden Autos"}),
    # A group named by a common noun: groups of people, never an adjective, never the same
    # name with another noun ("Norvan fighters" would be right too).
    ("Norvan troops", "GROUP", "k3", {"Brellian finance ministers", "Tarvan fighters"}),
])
def test_options_are_of_the_answers_kind_and_scale(answer: str, answer_type: str, doc_id: str,
                                                   expected: set[str]) -> None:
    seen = _kind_options(answer, answer_type, doc_id)
    assert seen <= expected and len(seen) >= min(3, len(expected)), seen


def test_a_capitalised_the_is_dropped_like_a_small_one() -> None:
    index = EntityIndex.build([("Taliban", "ORG", "d"), ("The Associated Press", "ORG", "d"),
                               ("the Red Cross", "ORG", "d"), ("Oxfam", "ORG", "d")])
    options = distractors_for(
        question_id="q1", kind="what-org", answer="Taliban", answer_type="ORG", accepted=[],
        answer_entity=index.find("Taliban", "ORG"), doc_id="d",
        context=["Which organisation refused?"], index=index, corpus_date_texts=[])
    assert sorted(options) == ["Associated Press", "Oxfam", "Red Cross"]


def test_an_event_is_no_organisation_option() -> None:
    index = EntityIndex.build([(n, "ORG", "d") for n in (
        "BBC Sport", "Oslo Marathon", "European Indoor Championships", "UK Athletics",
        "Reuters", "Sky News")])
    for options in _each_question(index, "BBC Sport", "ORG", kind="what-org",
                                  prompt="Which organisation examines the race?"):
        assert sorted(options) == ["Reuters", "Sky News", "UK Athletics"], options


@pytest.mark.parametrize("name, takes", [
    ("Netherlands", True),  # "in the Netherlands.", "the Netherlands and Belgium"
    ("Venice", False),  # "the Venice winner", "the Venice Film Festival": a modifier
])
def test_a_place_takes_the_only_where_the_articles_write_it_alone(name: str,
                                                                   takes: bool) -> None:
    from factquiz.generate.kinds import KindEvidence

    texts = ["Trade with the Netherlands and Belgium rose. Exports to the Netherlands grew. "
             "The Venice winner flew to Venice. Venice was cold. The Venice Film Festival "
             "opened."]
    assert KindEvidence.build(texts, []).takes_the(name) is takes


def test_a_person_the_model_called_an_organisation_is_no_organisation_option() -> None:
    from factquiz.generate.kinds import KindEvidence

    rows = [(n, "ORG", "d") for n in ("NHTSA", "Ulf Carlsson", "General Motors", "Ford",
                                      "Toyota", "Honda")]
    rows += [("Ulf Berg", "PERSON", "d"), ("Ulf Lind", "PERSON", "d")]
    mentions = _mention_list(rows)
    index = EntityIndex.build([(t, "ORG" if lab == "ORG" else "PERSON", d)
                               for t, lab, d in rows])
    index.kinds = KindEvidence.build(["NHTSA, Ulf Carlsson, General Motors, Ford, Toyota and "
                                      "Honda met. Ulf Berg and Ulf Lind spoke."], mentions)
    for options in _each_question(index, "NHTSA", "ORG", kind="what-org",
                                  prompt="Which organisation said so?"):
        assert "Ulf Carlsson" not in options and len(options) == 3, options


def test_a_piece_of_a_longer_name_or_a_possessive_is_no_organisation_option() -> None:
    from factquiz.generate.kinds import KindEvidence

    names = ("World Bank", "Information Age", "Oxfam", "Ford's Racing Team", "Unicef",
             "Save the Children")
    rows = [(n, "ORG", "d") for n in names]
    index = EntityIndex.build([(n, "ORG", "d") for n in names])
    index.kinds = KindEvidence.build(
        ["The World Summit on the Information Age met; the World Bank, Oxfam, Unicef and Save "
         "the Children spoke, and Ford's Racing Team left."], _mention_list(rows))
    for options in _each_question(index, "World Bank", "ORG", kind="what-org",
                                  prompt="Which organisation questioned it?"):
        assert sorted(options) == ["Oxfam", "Save the Children", "Unicef"], options


def test_two_options_are_never_one_group_under_two_names() -> None:
    index = EntityIndex.build([(n, "GROUP", "d") for n in (
        "Visa staff", "EU ministers", "European Union finance ministers", "Cabinet ministers",
        "Tory councillors")])
    for options in _each_question(index, "Visa staff", "GROUP", kind="who",
                                  prompt="Who rules on visas?"):
        assert not {"EU ministers", "European Union finance ministers"} <= set(options), options
        assert len(options) == 3, options


def test_an_organisation_named_once_is_an_option_only_if_its_words_say_so() -> None:
    names = [("Kano Oil", "ORG", "d1"), ("Kano Oil", "ORG", "d1"), ("Lagos Gas", "ORG", "d1"),
             ("Lagos Gas", "ORG", "d2"), ("Grade C", "ORG", "d1"),
             ("Bolshevik Russia", "ORG", "d1"), ("Menatep Group", "ORG", "d1"),
             ("Ogilvy & Mather", "ORG", "d1")]
    index = EntityIndex.build(names)
    for options in _each_question(index, "Kano Oil", "ORG", kind="what-org",
                                  doc_id="d1", prompt="Which organisation bought the field?"):
        assert set(options) == {"Lagos Gas", "Menatep Group", "Ogilvy & Mather"}, options


def _small_corpus_options(texts: list[str], rows: list[tuple[str, str, str]], answer: str,
                          answer_type: str) -> set[str]:
    from factquiz.generate.aliases import LABEL_TYPES
    from factquiz.generate.evidence import NameEvidence
    from factquiz.generate.kinds import KindEvidence

    mentions = _mention_list(rows)
    index = EntityIndex.build([(m.text, LABEL_TYPES[m.label], m.doc_id) for m in mentions])
    index.evidence = NameEvidence.build(texts, mentions)
    index.kinds = KindEvidence.build(texts, mentions)
    return {o for options in _each_question(index, answer, answer_type) for o in options}


# Towns and countries the articles never tell apart: no "Afghan", no "Peru's government".
_PLACES = ["Mr Hale was schooled in Sheffield. Fans in Rochdale and in Leeds cheered. Troops "
           "stayed in Afghanistan. Talks in Peru and in Chile failed. Buses in Sheffield ran; "
           "rain in Rochdale, in Leeds, in Afghanistan, in Peru and in Chile."]
_PLACE_ROWS = [(n, "GPE", "d") for n in ("Sheffield", "Rochdale", "Leeds", "Afghanistan",
                                         "Peru", "Chile") for _ in range(3)]


def test_a_country_the_corpus_cannot_tell_from_a_town_is_known_to_be_one() -> None:
    assert _small_corpus_options(_PLACES, _PLACE_ROWS, "in Sheffield", "PLACE") == {
        "in Rochdale", "in Leeds"}
    assert _small_corpus_options(_PLACES, _PLACE_ROWS, "in Afghanistan", "PLACE") == {
        "in Peru", "in Chile"}


def test_a_county_is_no_town_and_a_town_no_county() -> None:
    # The model labels "Lancashire" and "Kent" GPE, like the towns; ISO 3166-2 knows Kent
    # for a county, and "-shire" says it of Lancashire.
    texts = [_PLACES[0] + " Rain fell in Lancashire and in Kent; farms in Lancashire and "
             "in Kent flooded."]
    rows = [*_PLACE_ROWS, *[(n, "GPE", "d") for n in ("Lancashire", "Kent") for _ in range(3)]]
    assert _small_corpus_options(texts, rows, "in Sheffield", "PLACE") == {
        "in Rochdale", "in Leeds"}
    assert _small_corpus_options(texts, rows, "in Lancashire", "PLACE") == {"in Kent"}


def test_a_party_is_offered_parties_under_any_of_their_names() -> None:
    # "Lib Dems" is never written before a party word, "Liberal Democrats" is; the Tories
    # are named mostly as "Tory", an adjective, and offered as "Tories".
    texts = ["The Lib Dems believe it. Liberal Democrats MPs agreed. Tory MPs and Tory peers "
             "disagreed; the Tories said no, as did the Tory leader. Roman Catholics and "
             "Scottish ministers and Cabinet ministers met."]
    rows = [("Lib Dems", "NORP", "d"), ("Liberal Democrats", "NORP", "d"),
            *[("Tory", "NORP", "d")] * 3, ("Tories", "NORP", "d"),
            ("Roman Catholics", "NORP", "d")]
    options = _small_corpus_options(texts, rows, "Lib Dems", "GROUP")
    assert options == {"Tories"}


def test_an_events_adjective_and_a_plural_possessive_are_no_organisations() -> None:
    # "Athens Olympic 100m silver medallist"; "Schools' Factual (primary)", an award category.
    index = EntityIndex.build([(n, "ORG", "d") for n in (
        "WorldCom", "Athens Olympic", "Schools' Factual", "Verizon", "Deutsche Bank",
        "Morgan Stanley")])
    prompt = "Which organisation emerged from bankruptcy protection?"
    for options in _each_question(index, "WorldCom", "ORG", kind="what-org", prompt=prompt):
        assert sorted(options) == ["Deutsche Bank", "Morgan Stanley", "Verizon"], options


def test_an_acronym_of_an_event_is_no_organisation() -> None:
    # "the Game Developers Conference (GDC)": the acronym joins the event's name.
    index = EntityIndex.build([(n, "ORG", "d") for n in (
        "Sony", "GDC", "GDC", "the Game Developers Conference", "Nintendo", "Sega", "EA")])
    assert "the Game Developers Conference" in index.find("GDC", "ORG").names
    prompt = "Which organisation dominated the console market?"
    for options in _each_question(index, "Sony", "ORG", kind="what-org", prompt=prompt):
        assert sorted(options) == ["EA", "Nintendo", "Sega"], options


def test_a_body_the_model_calls_a_place_is_no_place_option() -> None:
    # "Bafta", labelled a place five times, is never written after "in": only "the Bafta
    # experts", "chair of Bafta's committee", "chairman of the Bafta games awards".
    texts = ["The film was the choice of the Bafta experts. Grant Dean, chair of Bafta's "
             "committee, and the chairman of the Bafta games awards, spoke in Leeds. Fans in "
             "Rochdale and in Sheffield cheered; the Bafta for best game went to Leeds. "
             "Rain fell in Rochdale, in Sheffield and in Leeds."]
    rows = [(n, "GPE", "d") for n in ("Bafta", "Leeds", "Rochdale", "Sheffield")
            for _ in range(5)]
    assert _small_corpus_options(texts, rows, "in Leeds", "PLACE") == {"in Rochdale",
                                                                       "in Sheffield"}


def test_a_people_is_offered_peoples_even_from_further_off() -> None:
    # Groups named by a common noun sit in the answer's own article; peoples elsewhere.
    rows = [("Muslims", "GROUP", "d")]
    rows += [(f"{word} {noun}", "GROUP", "d") for word in ("Cabinet", "Scottish", "Welsh")
             for noun in ("ministers", "officials", "fans")]
    rows += [(n, "GROUP", "e") for n in ("Christians", "Palestinians", "Catholics")]
    index = EntityIndex.build(rows)
    seen = {o for options in _each_question(index, "Muslims", "GROUP",
                                            prompt="Who was urged not to vote?")
            for o in options}
    assert seen == {"Christians", "Palestinians", "Catholics"}


def test_options_follow_evidence_set_after_a_first_question() -> None:
    # Verdicts are remembered per index; new corpus evidence must not meet stale ones.
    from factquiz.generate.kinds import KindEvidence

    index = EntityIndex.build([(n, "PLACE", "d") for n in (
        "Leeds", "Rochdale", "Sheffield", "Sideways", "York")])

    def options() -> set[str]:
        return {o for i in range(12) for o in distractors_for(
            question_id=f"q{i}", kind="where", answer="in Leeds", answer_type="PLACE",
            accepted=[], answer_entity=index.find("Leeds", "PLACE"), doc_id="d",
            context=["Where?"], index=index, corpus_date_texts=[])}

    assert "in Sideways" in options()  # with no evidence, "Sideways" could be a town
    index.kinds = KindEvidence.build(
        ["The film Sideways, starring Paul Giamatti, opened. Fans in Rochdale, in Sheffield, "
         "in York and in Leeds saw the film Sideways."], [])
    assert "in Sideways" not in options()


def test_a_place_inside_the_answer_or_holding_it_is_no_option() -> None:
    # By ISO 3166 England and Wales lie in the United Kingdom: "in England" would be right
    # too. France and Spain are other countries.
    texts = ["Talks in the United Kingdom ended. Fans in England, in Wales, in France and in "
             "Spain cheered; rain fell in the United Kingdom, in England, in Wales, in France "
             "and in Spain. The governments of England, Wales, France and Spain met, and "
             "England's government, Wales's government, France's government and Spain's "
             "government agreed, as did the United Kingdom's government."]
    rows = [(n, "GPE", "d") for n in ("United Kingdom", "England", "Wales", "France", "Spain")
            for _ in range(3)]
    assert _small_corpus_options(texts, rows, "in the United Kingdom", "PLACE") == {
        "in France", "in Spain"}


def test_a_date_or_number_named_in_the_question_is_no_option() -> None:
    # "with the final scheduled for Saturday": Saturday is a day the question itself names.
    index = EntityIndex.build([])
    prompt = "When does the qualifying round take place, with the final on Saturday?"
    for i in range(12):
        options = distractors_for(
            question_id=f"q{i}", kind="when", answer="Friday", answer_type="DATE",
            accepted=[], answer_entity=None, doc_id="d", context=[prompt], index=index,
            corpus_date_texts=[])
        assert len(options) == 3 and "Saturday" not in options, options
        options = distractors_for(
            question_id=f"q{i}", kind="how-many", answer="two", answer_type="NUMBER",
            accepted=[], answer_entity=None, doc_id="d",
            context=["How many of its four producers were picked?"], index=index,
            corpus_date_texts=[])
        assert len(options) == 3 and "four" not in options, options


def test_a_prefixed_adjective_or_a_town_set_in_a_province_is_no_organisation() -> None:
    # The model labels "anti-Taliban" (forces) and "Aybak" (in "Aybak in Samangan province")
    # organisations; neither is one.
    texts = ["Anti-Taliban forces advanced. The Kano Press and the Lagos Times and Reuters "
             "reported it. " * 3 + "They took Aybak in Samangan province. Aybak fell."]
    rows = [*[(n, "ORG", "d") for n in ("Anti-Taliban", "Kano Press", "Lagos Times", "Reuters",
                                         "Aybak") for _ in range(3)]]
    assert _small_corpus_options(texts, rows, "Kano Press", "ORG") == {"Lagos Times", "Reuters"}


def test_a_province_is_offered_provinces_first() -> None:
    from factquiz.generate.aliases import LABEL_TYPES
    from factquiz.generate.evidence import NameEvidence
    from factquiz.generate.kinds import KindEvidence

    towns = ("Kandahar", "Kabul", "Herat", "Kunduz", "Taloqan", "Bamiyan")
    texts = [("Troops fled toward Samangan province. Others stayed in Jozjan province and in "
              "Faryab province, " + ", ".join(f"in {t}" for t in towns) + ". ") * 3]
    rows = [(n, "GPE", "d") for n in ("Samangan province", "Jozjan province",
                                      "Faryab province", *towns) for _ in range(3)]
    mentions = _mention_list(rows)
    index = EntityIndex.build([(m.text, LABEL_TYPES[m.label], m.doc_id) for m in mentions])
    index.evidence = NameEvidence.build(texts, mentions)
    index.kinds = KindEvidence.build(texts, mentions)
    for options in _each_question(index, "toward Samangan province", "PLACE"):
        assert {"toward Jozjan province", "toward Faryab province"} <= set(options), options


def test_a_party_named_as_an_organisation_is_offered_other_parties_once_each() -> None:
    # "Labour" (an organisation to the model) is offered parties, not the "Treasury"; "the
    # Scottish National Party" says it is one; "the Conservative Party" and the "Tories" are
    # one party, offered once; "a Conservative Party (candidate)" is no name.
    texts = [("Labour MPs and Tory MPs and Liberal Democrat MPs met. The Tories and the "
              "Conservatives agreed. The Treasury and the Home Office and the Cabinet Office "
              "spoke. The Scottish National Party and the Conservative Party and a Conservative "
              "Party candidate spoke. ") * 3]
    rows = [*[(n, "ORG", "d") for n in ("Labour", "Treasury", "Home Office", "Cabinet Office",
                                         "Scottish National Party", "Conservative Party",
                                         "a Conservative Party") for _ in range(3)],
            *[(n, "NORP", "d") for n in ("Tory", "Tories", "Conservatives", "Liberal Democrats")
              for _ in range(3)]]
    from factquiz.generate.aliases import LABEL_TYPES
    from factquiz.generate.evidence import NameEvidence
    from factquiz.generate.kinds import KindEvidence

    mentions = _mention_list(rows)
    index = EntityIndex.build([(m.text, LABEL_TYPES[m.label], m.doc_id) for m in mentions])
    index.evidence = NameEvidence.build(texts, mentions)
    index.kinds = KindEvidence.build(texts, mentions)
    for options in _each_question(index, "Labour", "ORG", kind="what-org",
                                  prompt="Which organisation came to power in 1997?"):
        assert len(options) == 3, options
        assert not {"Treasury", "Home Office", "Cabinet Office"} & set(options), options
        assert "Scottish National Party" in options, options
        assert not {"Tories", "Conservative Party"} <= set(options), options
        assert not any(o.startswith("a ") for o in options), options


def test_options_of_two_letters_are_not_read_inside_other_names() -> None:
    # Options are kept apart by all their names ("Conservative Party" is not offered beside
    # the "Tories", named "Conservative" too); "UN" must not count as inside "European
    # Union", which would drop it beside the EU.
    index = EntityIndex.build([(n, "ORG", "d") for n in (
        "FAO", "EU", "EU", "European Union", "UN", "UN", "IMF", "IMF")])
    assert "European Union" in index.find("EU", "ORG").names
    for options in _each_question(index, "FAO", "ORG", kind="what-org",
                                  prompt="Which organisation urged the WTO to act?"):
        assert sorted(options) == ["EU", "IMF", "UN"], options


def test_a_countrys_government_is_offered_only_other_countries_governments() -> None:
    """The Home Office and the Kremlin are parts or names of a government: a student who
    picks one for "the UK government" or "the Russian government" is right too."""
    index = EntityIndex.build([(n, "ORG", "d") for n in (
        "UK government", "Home Office", "Kremlin", "Russian government", "French government",
        "Medical Foundation")])
    options = distractors_for(
        question_id="q1", kind="what-org", answer="UK government", answer_type="ORG",
        accepted=[], answer_entity=index.find("UK government", "ORG"), doc_id="d",
        context=["Which organisation is planning to return children to Albania?"], index=index,
        corpus_date_texts=[])
    assert sorted(options) == ["French government", "Russian government"]


def test_a_part_named_inside_a_one_word_answer_is_no_option() -> None:
    """'Warner Bros' for "TimeWarner": likely its own part, so no wrong answer to it; a
    two-word rival sharing a word ("World Anti-Doping Agency" for the "US Anti-Doping
    Agency") stays a fair option."""
    rows = [("TimeWarner", "ORG", "d1"), ("Warner Bros", "ORG", "d1"), ("Google", "ORG", "d1"),
            ("Yahoo", "ORG", "d1"), ("Microsoft", "ORG", "d1"), ("SEC", "ORG", "d1"),
            ("US Anti-Doping Agency", "ORG", "d1"), ("World Anti-Doping Agency", "ORG", "d1")]
    index = _evidence_index([*rows, *rows])
    for options in _each_question(index, "TimeWarner", "ORG", kind="what-org",
                                  doc_id="d1", prompt="Which organisation posted a profit?"):
        assert "Warner Bros" not in options and len(options) == 3, options
    offered = {o for options in _each_question(
        index, "US Anti-Doping Agency", "ORG", kind="what-org", doc_id="d1",
        prompt="Which organisation suspended Collins?") for o in options}
    assert "World Anti-Doping Agency" in offered, offered
