"""Answers read in their article: list members, bare given names, things asked with who."""

from __future__ import annotations

import pytest

from factquiz.generate import build_pack
from test_generate_helpers import cand, doc, extraction, mentions

RELAY = ("The captain and team-mates Ada Brennick, Tom Vesely and Luca Morandi were given "
         "medals at the gala.")
SOLO = "Ada Brennick won the indoor 60m title in Ghent on Sunday."
GIVEN = "Marta will open the new library in Ghent on Friday."
FULL = "Marta Olsen, the city's mayor, praised the architects."
CROWD = "Fewer pupils in Belgium are learning the violin."
BOOK = "In 2003 Ms Olsen published the bestselling Quiet Harbours."
FIRM = "Torvald Brewing is betting on the Chinese beer market."
LAGER = "Torvald Brewing agreed to buy a 20% stake in a Shanghai brewer."
SPRINT = "Belgian Ada Brennick beat the field in Ghent."

EXPO = "The Harbour Trade Expo takes place in Ghent in May."
HELD = "The Lantern Prize will be held in Ghent on Friday."
COMEDY = "Comedy Quiet Harbours topped the box office in Belgium."
STUDIO = ("Norland Pictures, home of the hit Quiet Harbours, is expected to top the Belgian "
          "box office again.")
ACRONYM = "WRAP comes into force in August, said Ms Olsen."

DANE_WON = "The Dane won the Oslo mile in 3:58, and later the Dane said she was tired."
DANE_BEAT = "The Dane beat Mia Lund in Oslo."
DANE_ALSO = "Dane Ilse Norup also runs in Ghent on Sunday, as does Mia Lund."
DANE_NAMED = "Dane Ilse Norup won the Ghent mile."

CIDER = "Brede Saronne is betting on the Danish cider market."
CIDER_BUY = "Brede Saronne agreed to buy 30% of Aarhus Most."
HOLT = "Nina Holt is betting on the Danish cider market too, Ms Holt's adviser said."

PAID = "Jugnot made 4.2m Euros last year, and 2,000 Euros went to charity, 300 Euros to him."
TOOL = "The FTP tool was developed by Norland Labs in 1990."
PARTY = ("The Greens believe the council should ban cars, and the Greens will vote on Monday, "
         "Ms Holt said.")

SWIM = ("Swimmer Ola Berg set a record in Ghent; the swimmer had beaten another swimmer "
        "there, and a third swimmer, Chancellor Mia Lund, watched.")

DOCS = [doc("a1", "Medals for the relay team", RELAY, SOLO, SPRINT),
        doc("a7", "Swimming", SWIM),
        doc("a6", "Money, tools, parties", PAID, TOOL, PARTY),
        doc("a5", "Cider", CIDER, CIDER_BUY, HOLT),
        doc("a4", "Oslo mile", DANE_WON, DANE_BEAT, DANE_ALSO, DANE_NAMED),
        doc("a2", "A new library", GIVEN, FULL, CROWD, BOOK, COMEDY),
        doc("a3", "Brewers look east", FIRM, LAGER, EXPO, HELD, STUDIO, ACRONYM)]
MENTIONS = (mentions("a1", "PERSON", "Ada Brennick", "Tom Vesely", "Luca Morandi", "Ada Brennick")
            + mentions("a1", "NORP", "Belgian")
            + mentions("a2", "PERSON", "Marta", "Marta Olsen", "Ms Olsen", "Quiet Harbours")
            + mentions("a2", "WORK_OF_ART", "Quiet Harbours", "Quiet Harbours")
            + mentions("a2", "GPE", "Ghent", "Belgium")
            + mentions("a3", "ORG", "Torvald Brewing", "Torvald Brewing")
            + mentions("a3", "PERSON", "Torvald Brewing", "WRAP")
            + mentions("a3", "ORG", "Norland Pictures", "Norland Pictures", "Harbour Trade Expo")
            + mentions("a5", "PERSON", "Brede Saronne", "Nina Holt", "Holt")
            + mentions("a6", "PERSON", "Euros", "Euros", "Greens", "Greens", "Jugnot")
            + mentions("a6", "ORG", "FTP", "Norland Labs")
            + mentions("a7", "PERSON", "Swimmer Ola Berg", "Chancellor Mia Lund")
            + mentions("a5", "ORG", "Brede Saronne", "Nina Holt", "Aarhus Most")
            + mentions("a4", "PERSON", "Mia Lund", "Dane Ilse Norup", "Mia Lund",
                       "Dane Ilse Norup", "Dane"))


def _pack(*candidates):
    return build_pack(DOCS, extraction(list(candidates), MENTIONS), title="t").pack


@pytest.mark.parametrize("candidate", [
    # One of three given medals: the other two would be right as well.
    cand("who", "Who were given medals at the gala?", "Tom Vesely", "PERSON", "a1", RELAY, 0),
    cand("who", "Who were given medals at the gala?", "Luca Morandi", "PERSON", "a1", RELAY, 0),
    # A bare given name names nobody a student can know.
    cand("who", "Who will open the new library in Ghent on Friday?", "Marta", "PERSON", "a2",
         GIVEN, 0),
    # "Fewer pupils" is how many, not who.
    cand("who", "Who are learning the violin?", "Fewer pupils in Belgium", "GROUP", "a2", CROWD,
         2),
    # A book the model once called a person.
    cand("who", "Who did Ms Olsen publish in 2003?", "Quiet Harbours", "PERSON", "a2", BOOK, 3),
    # Events and works do nothing: "takes place", "be held", "Comedy ...".
    cand("what-org", "Which organisation takes place in Ghent in May?", "Harbour Trade Expo",
         "ORG", "a3", EXPO, 2),
    cand("what-org", "Which organisation will be held in Ghent on Friday?", "Lantern Prize",
         "ORG", "a3", HELD, 3),
    cand("who", "Who topped the box office in Belgium?", "Comedy Quiet Harbours", "PERSON",
         "a2", COMEDY, 4),
    # "..., as does Mia Lund": she runs too, a second right answer.
    cand("who", "Who also runs in Ghent on Sunday?", "Dane Ilse Norup", "PERSON", "a4",
         DANE_ALSO, 2),
    # "the Dane" is a description the article named earlier.
    cand("who", "Who did the Dane beat in Oslo?", "Mia Lund", "PERSON", "a4", DANE_BEAT, 1),
    # Money counted ("4.2m Euros") is nobody; a tool "was developed by" someone.
    cand("who", "Who did Jugnot make last year?", "Euros", "PERSON", "a6", PAID, 0),
    cand("what-org", "Which organisation was developed by Norland Labs in 1990?", "FTP", "ORG",
         "a6", TOOL, 1),
    # A name in capitals the corpus never calls an organisation is no person either.
    cand("who", "Who comes into force in August, according to Ms Olsen?", "WRAP", "PERSON",
         "a3", ACRONYM, 5),
])
def test_questions_without_one_nameable_answer_are_dropped(candidate) -> None:
    assert _pack(candidate).questions == []


def test_a_listed_person_is_still_asked_where_she_stands_alone() -> None:
    solo = cand("who", "Who won the indoor 60m title in Ghent on Sunday?", "Ada Brennick",
                "PERSON", "a1", SOLO, 1)
    assert [q.answer for q in _pack(solo).questions] == ["Ada Brennick"]


def test_an_organisation_asked_with_who_asks_which_organisation() -> None:
    firm = cand("who", "Who is betting on the Chinese beer market?", "Torvald Brewing", "PERSON",
                "a3", FIRM, 0)
    [question] = _pack(firm).questions
    assert (question.kind, question.prompt) == (
        "what-org", "Which organisation is betting on the Chinese beer market?")


def test_a_nationality_before_a_name_is_not_part_of_the_answer() -> None:
    sprint = cand("who", "Who beat the field in Ghent?", "Belgian Ada Brennick", "PERSON", "a1",
                  SPRINT, 2)
    [question] = _pack(sprint).questions
    assert question.answer == "Ada Brennick"


def test_an_organisation_read_as_a_group_of_people_asks_which_organisation() -> None:
    studio = cand("who", "Who is expected to top the Belgian box office again?", "Norland Pictures",
                  "GROUP", "a3", STUDIO, 4)
    [question] = _pack(studio).questions
    assert (question.kind, question.prompt) == (
        "what-org", "Which organisation is expected to top the Belgian box office again?")


def test_a_description_before_a_name_is_not_part_of_the_answer() -> None:
    named = cand("who", "Who won the Ghent mile?", "Dane Ilse Norup", "PERSON", "a4",
                 DANE_NAMED, 3)
    [question] = _pack(named).questions
    assert question.answer == "Ilse Norup"


@pytest.mark.parametrize("answer, sentence, kind", [
    # Once a person, once a company, never "Mr Saronne": an organisation.
    ("Brede Saronne", CIDER, "what-org"),
    # The same tie, but the articles write "Ms Holt": a person.
    ("Nina Holt", HOLT, "who"),
])
def test_a_tie_between_person_and_organisation_goes_to_the_person_only_with_a_title(
        answer: str, sentence: str, kind: str) -> None:
    betting = cand("who", "Who is betting on the Danish cider market?", answer, "PERSON", "a5",
                   sentence, 0)
    [question] = _pack(betting).questions
    assert question.kind == kind


def test_a_plural_name_written_after_the_is_a_group() -> None:
    party = cand("who", "Who believe the council should ban cars?", "Greens", "PERSON", "a6",
                 PARTY, 2)
    from factquiz.generate.kinds import KindEvidence
    from factquiz.generate.pipeline import correct_kinds

    kinds = KindEvidence.build([d.text for d in DOCS], MENTIONS)
    [fixed] = correct_kinds([party], MENTIONS, set(), kinds)
    assert fixed.answer_type == "GROUP"


@pytest.mark.parametrize("answer, expected", [
    ("Swimmer Ola Berg", "Ola Berg"),  # "swimmer" is a word the article writes in lower case
    ("Chancellor Mia Lund", "Chancellor Mia Lund"),  # a title stays, as in the article
])
def test_a_common_noun_before_a_name_is_not_part_of_the_answer(answer: str,
                                                               expected: str) -> None:
    swim = cand("who", "Who set a record in Ghent?", answer, "PERSON", "a7", SWIM, 0)
    [question] = _pack(swim).questions
    assert question.answer == expected


def test_a_person_asked_as_an_organisation_is_asked_with_who() -> None:
    holt = cand("what-org", "Which organisation is betting on the Danish cider market?",
                "Nina Holt", "ORG", "a5", HOLT, 2)
    [question] = _pack(holt).questions
    assert (question.kind, question.prompt) == (
        "who", "Who is betting on the Danish cider market?")


def test_a_given_name_is_one_the_corpus_gives_two_people() -> None:
    from factquiz.generate.kinds import KindEvidence

    found = mentions("d", "PERSON", "Ulf Berg", "Ulf Lind", "Illva Saronne")
    kinds = KindEvidence.build(["Ulf Berg met Ulf Lind and Illva Saronne."], found)
    assert kinds.looks_like_a_person("Ulf Carlsson")
    assert not kinds.looks_like_a_person("Illva Saronne")


def test_a_runner_called_by_surname_is_asked_with_who() -> None:
    sentence = "Kiprono settled for silver behind Ruud at the 2004 Oslo Games."
    # The full names are in another article: the model's "Kiprono" (ORG) here is read as
    # the surname of a person the corpus names in full, with a given name two people share.
    docs = [doc("r1", "Oslo mile", sentence),
            doc("r2", "Bergen mile", "Tomas Kiprono and Tomas Ruud ran in Bergen.")]
    found = (mentions("r2", "PERSON", "Tomas Kiprono", "Tomas Ruud")
             + mentions("r1", "PERSON", "Ruud") + mentions("r1", "ORG", "Kiprono", "Kiprono"))
    silver = cand("what-org",
                  "Which organisation settled for silver behind Ruud at the 2004 Oslo Games?",
                  "Kiprono", "ORG", "r1", sentence, 0)
    [question] = build_pack(docs, extraction([silver], found), title="t").pack.questions
    assert question.prompt == "Who settled for silver behind Ruud at the 2004 Oslo Games?"


def test_a_person_the_articles_also_name_in_a_title_is_still_asked() -> None:
    """'Aviator star Alan Alda': a name once written after a film word stays a person when
    the corpus mostly labels it one; a character 'was originally created by' someone."""
    sentence = '"He was my hero," said film star Ada Brennick, a family friend.'
    docs = [doc("f1", "Film", sentence, "The hit Ada Brennick movie opened; fans of the hit "
                "Ada Brennick show came.")]
    found = mentions("f1", "PERSON", "Ada Brennick", "Ada Brennick", "Ada Brennick")
    quote = cand("who", 'Who said "He was my hero"?', "Ada Brennick", "PERSON", "f1",
                 sentence, 0)
    [question] = build_pack(docs, extraction([quote], found), title="t").pack.questions
    assert question.answer == "Ada Brennick"


def test_a_word_only_ever_inside_a_longer_name_is_no_answer() -> None:
    sentence = "UK Peat operates 15 bogs across Wales."
    docs = [doc("p1", "Peat", "Shares in UK Peat fell.", sentence)]
    found = mentions("p1", "ORG", "Peat", "Peat")
    bogs = cand("what-org", "Which organisation operates 15 bogs across Wales?", "Peat", "ORG",
                "p1", sentence, 1)
    assert build_pack(docs, extraction([bogs], found), title="t").pack.questions == []
