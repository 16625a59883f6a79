"""Clause sources beyond the main verb: relative clauses, participles, appositions.

Each row is a sentence written for these tests and the exact question and answer a teacher
would keep; rows of `ABSENT` assert that a clause whose noun is unclear yields no question.
"""

from __future__ import annotations

import pytest

from factquiz.generate.candidate import Candidate
from factquiz.ingest import Document

pytestmark = pytest.mark.nlp


def ask(nlp, paragraph: str) -> list[Candidate]:
    from factquiz.nlp import extract

    document = Document(id="t1", title="test", path="t.txt", paragraphs=[paragraph])
    return extract([document], nlp).candidates


QUESTIONS = [
    pytest.param(
        "Police blamed the Kano riots that destroyed 300 homes in the old city.",
        "how-many",
        "How many homes did the Kano riots destroy in the old city?",
        "300",
        id="restrictive-relative-on-named-noun",
    ),
    pytest.param(
        "The minister praised the Lagos Marathon, which attracted 20,000 runners in 2019.",
        "how-many",
        "How many runners did the Lagos Marathon attract in 2019?",
        "20,000",
        id="aside-relative-on-a-name",
    ),
    pytest.param(
        "The 2012 Abuja floods, which left 300 dead, were the worst in a decade.",
        "how-many",
        "How many people did the 2012 Abuja floods leave dead?",
        "300",
        id="left-n-dead",
    ),
    pytest.param(
        "The Kano riots, which left 30 people dead, shocked Nigeria.",
        "how-many",
        "How many people did the Kano riots leave dead?",
        "30",
        id="left-n-people-dead",
    ),
    pytest.param(
        "The club honoured coach Ada Eze, who won 30 games, and captain Tunde Ola, who scored "
        "12 goals.",
        "how-many",
        "How many games did Ada Eze win?",
        "30",
        id="relative-on-first-of-two-conjoined-names",
    ),
    pytest.param(
        "The club honoured coach Ada Eze, who won 30 games, and captain Tunde Ola, who scored "
        "12 goals.",
        "how-many",
        "How many goals did captain Tunde Ola score?",
        "12",
        id="relative-on-second-of-two-conjoined-names",
    ),
    pytest.param(
        "The Oba Library, founded in 1816, is home to two million books.",
        "when",
        "When was the Oba Library founded?",
        "1816",
        id="participle-of-an-event-takes-was",
    ),
    pytest.param(
        "The Kano Pillars, founded in 1990, play in Kano.",
        "when",
        "When were the Kano Pillars founded?",
        "1990",
        id="participle-after-a-plural-team-name",
    ),
    pytest.param(
        "Amina Bello, born in Kano, is a singer.",
        "where",
        "Where was Amina Bello born?",
        "in Kano",
        id="born-in",
    ),
    pytest.param(
        "Dangote Cement, headquartered in Lagos, employs 20,000 people.",
        "where",
        "Where is Dangote Cement headquartered?",
        "in Lagos",
        id="participle-of-a-state-takes-is",
    ),
    pytest.param(
        "The Eko Bridge, built by Julius Berger in 1975, crosses the lagoon.",
        "who",
        "Who built the Eko Bridge in 1975?",
        "Julius Berger",
        id="participle-with-agent",
    ),
    pytest.param(
        "Amina Bello, the mayor of Kano, opened the bridge.",
        "who",
        "Who is the mayor of Kano?",
        "Amina Bello",
        id="apposition-role-with-of",
    ),
    pytest.param(
        "Kano Pillars coach Ada Eze praised the fans.",
        "who",
        "Who is the Kano Pillars coach?",
        "Ada Eze",
        id="title-before-name-with-organisation",
    ),
    pytest.param(
        "Lagos State's governor, Ada Eze, opened the bridge.",
        "who",
        "Who is Lagos State's governor?",
        "Ada Eze",
        id="role-first-with-named-owner",
    ),
    pytest.param(
        "Turkish premier Recep Demir had to accept the terms.",
        "who",
        "Who is the Turkish premier?",
        "Recep Demir",
        id="national-role-with-nationality",
    ),
    pytest.param(
        "In 1961, Tunde Ola, the chairman of Kano Pillars, opened the new stadium.",
        "who",
        "Who was the chairman of Kano Pillars?",
        "Tunde Ola",
        id="role-told-in-a-dated-past",
    ),
    pytest.param(
        "The minister replaced the then Home Secretary Ada Eze.",
        "who",
        "Who was the Home Secretary?",
        "Ada Eze",
        id="then-makes-the-role-past",
    ),
    pytest.param(
        "Ada Eze, Chairman of Kano Pillars, opened the fair.",
        "who",
        "Who is the Chairman of Kano Pillars?",
        "Ada Eze",
        id="capitalised-role-in-apposition",
    ),
    pytest.param(
        "New Home Secretary Ada Eze visited the Kano prison.",
        "who",
        "Who is the new Home Secretary?",
        "Ada Eze",
        id="sentence-initial-new-is-lowered",
    ),
    pytest.param(
        "The first Kano President was Ada Eze (1695-1696).",
        "who",
        "Who was the first Kano President?",
        "Ada Eze",
        id="copula-role-with-dates-in-brackets",
    ),
    pytest.param(
        "The head of the Kano council is the Emir of Kano, currently Ada Eze.",
        "who",
        "Who is the Emir of Kano?",
        "Ada Eze",
        id="role-first-then-currently-name",
    ),
    pytest.param(
        "Ada Eze was named player of the match, recording five saves and two assists.",
        "how-many",
        "How many saves did Ada Eze record?",
        "five",
        id="participle-after-clause-takes-its-tense",
    ),
    pytest.param(
        "The Kano Pillars beat Enyimba in the final, scoring three goals and forcing seven "
        "corners.",
        "how-many",
        "How many corners did the Kano Pillars force?",
        "seven",
        id="conjoined-participles-share-the-tense",
    ),
    pytest.param(
        "After Ada Eze was elected mayor in 1999, the city built a new bridge.",
        "when",
        "When was Ada Eze elected mayor?",
        "1999",
        id="leading-after-clause",
    ),
    pytest.param(
        "Although three bridges were planned in Kano, only two were completed.",
        "how-many",
        "How many bridges were planned in Kano?",
        "three",
        id="leading-although-clause",
    ),
    pytest.param(
        "The club suffered a setback when Ada Eze lost the final in Lagos.",
        "where",
        "Where did Ada Eze lose the final?",
        "in Lagos",
        id="when-parsed-as-adverb",
    ),
    pytest.param(
        "Tamara Eze was a famous painter born in Warsaw.",
        "where",
        "Where was Tamara Eze born?",
        "in Warsaw",
        id="participle-on-predicate-noun-tells-of-the-subject",
    ),
    pytest.param(
        "The Kano Trust is the charity which runs 12 libraries in Lagos.",
        "what-org",
        "Which organisation runs 12 libraries in Lagos?",
        "Kano Trust",
        id="relative-on-predicate-noun-tells-of-the-subject",
    ),
    pytest.param(
        "Tony Okafor founded the Lagos Trust and overwintered in Zaria in 1995.",
        "where",
        "Where did Tony Okafor overwinter in 1995?",
        "in Zaria",
        id="conjoined-past-tagged-as-participle",
    ),
]


@pytest.mark.parametrize(("sentence", "kind", "prompt", "answer"), QUESTIONS)
def test_question(nlp, sentence: str, kind: str, prompt: str, answer: str) -> None:
    found = [(c.kind, c.prompt, c.answer) for c in ask(nlp, sentence)]
    assert (kind, prompt, answer) in found, found


ABSENT = [
    pytest.param(
        # "which" cannot point at the journalist: the memoir describes the floods.
        "The film is based on a memoir by the journalist Amina Bello, which describes the "
        "12 floods that hit Lagos in 2010.",
        "Amina Bello",
        id="which-never-points-at-a-person",
    ),
    pytest.param(
        # The capital or Ghana may have the buses: the aside's noun is unclear.
        "The report praised the capital of Ghana, which has 3,000 buses.",
        "3,000",
        id="aside-after-two-nouns-is-ambiguous",
    ),
    pytest.param(
        # "a firm" is any firm: a restrictive clause on an indefinite noun is no fact to ask.
        "The bridge was built by a firm that employed 500 workers in Accra.",
        "500",
        id="restrictive-relative-on-indefinite-noun",
    ),
    pytest.param(
        # "Which organisation was founded in 1816?": the library is the topic, not the answer.
        "The Oba Library, founded in 1816, is home to two million books.",
        "Oba Library",
        id="participle-never-asks-its-noun",
    ),
    pytest.param(
        # The capital or Ghana was founded in 1877? The participle's noun is unclear.
        "The report praised the capital of Ghana, founded in 1877.",
        "1877",
        id="participle-after-two-nouns-is-ambiguous",
    ),
    pytest.param(
        "Ada Eze, a nurse from Kano, won the prize.",
        "Ada Eze",
        id="role-from-a-place-is-one-of-many",
    ),
    pytest.param(
        # The remake stars Ada Eze; the participle describes the film, not what it did.
        "The only other new film was a remake, starring Ada Eze.",
        "Ada Eze",
        id="participle-after-a-copula-describes",
    ),
    pytest.param(
        "Only Ada Eze has run faster, setting the record of 10.2 seconds in 1995.",
        "1995",
        id="participle-after-only-subject",
    ),
    pytest.param(
        "If the council approves 300 homes in Kano, the city will grow.",
        "300",
        id="leading-condition-is-no-fact",
    ),
    pytest.param(
        # "Which organisation still owned Rover?" would lose the year the clause leans on.
        "In 1999, when Dangote still owned Kano Mills, the factory employed many people.",
        "Dangote",
        id="leading-clause-after-a-date-is-an-aside",
    ),
    pytest.param(
        # A film, whatever the model labels it: "Which organisation focuses on ...?" is wrong.
        "Kano Nights, which focuses on a family in Lagos, won the prize.",
        "Kano Nights",
        id="relative-of-a-work-asks-no-organisation",
    ),
    pytest.param(
        # The book claims both: it did not marry anyone.
        "The Kano Chronicle claims the emir was not crowned, but married Amina Bello.",
        "Amina Bello",
        id="verb-after-a-claim-continues-the-claim",
    ),
]


@pytest.mark.parametrize(("sentence", "answer"), ABSENT)
def test_no_question(nlp, sentence: str, answer: str) -> None:
    found = [(c.kind, c.prompt, c.answer) for c in ask(nlp, sentence)]
    assert all(a != answer for _, _, a in found), found


NO_ROLE = [
    pytest.param(
        # "Who is the Nigerian singer?": one of many; a nationality does not pin a role.
        "Nigerian singer Amina Bello visited Accra on Monday.",
        id="nationality-and-common-role",
    ),
    pytest.param("Ada Eze, a player, scored twice in Kano.", id="bare-role-could-be-anyone"),
    pytest.param("President Ada Eze visited Kano on Monday.", id="title-of-nothing-named"),
    pytest.param(
        # One of many members: "Who is a member of the Kano council?" has other answers.
        "Ada Eze, a member of the Kano council, spoke on Monday.",
        id="indefinite-role-is-one-of-many",
    ),
    pytest.param(
        "Ada Eze, the party's Treasury spokesman, spoke on Monday.",
        id="role-of-an-unnamed-owner",
    ),
    pytest.param(
        "Tom Ola, the former dean of the Law School at the University of Lagos and Ada Eze, "
        "spoke on Monday.",
        id="role-with-a-second-person-listed",
    ),
]


@pytest.mark.parametrize("sentence", NO_ROLE)
def test_no_role_question(nlp, sentence: str) -> None:
    found = [c.prompt for c in ask(nlp, sentence)]
    assert not any(p.startswith(("Who is", "Who was")) for p in found), found


QUOTED_ROLES = [
    pytest.param(
        '"We are pleased," said Ada Eze, managing director of Kano Motors.',
        "Who is the managing director of Kano Motors?",
        "Ada Eze",
        id="role-of-a-speaker-after-a-quote",
    ),
    pytest.param(
        'Kano Motors chief executive John Adams said: "The fans were wonderful."',
        "Who is the Kano Motors chief executive?",
        "John Adams",
        id="chief-executive-before-the-name",
    ),
    pytest.param(
        '"Prices will rise," said Lagos Bank chief economist Amina Bello.',
        "Who is the Lagos Bank chief economist?",
        "Amina Bello",
        id="chief-makes-a-shared-role-one",
    ),
    pytest.param(
        "Prices fell, said Amina Bello, the top trade official in Ghana.",
        "Who is the top trade official in Ghana?",
        "Amina Bello",
        id="top-makes-a-shared-role-one",
    ),
    pytest.param(
        "Kwame Mensah, the Ghanaian warlord who ruled Tamale until the army took the town in "
        "1999, said in Accra that the rebels had fled.",
        "Who was the Ghanaian warlord who ruled Tamale?",
        "Kwame Mensah",
        id="role-keeps-its-own-clause-short-of-a-trailing-one",
    ),
    pytest.param(
        "Ada Eze, creator of the Kano Festival, opened the show on Friday.",
        "Who is the creator of the Kano Festival?",
        "Ada Eze",
        id="creator-of-a-named-thing-is-one-person",
    ),
]


@pytest.mark.parametrize(("sentence", "prompt", "answer"), QUOTED_ROLES)
def test_roles_in_sentences_with_quotes(nlp, sentence: str, prompt: str, answer: str) -> None:
    found = [(c.prompt, c.answer) for c in ask(nlp, sentence) if c.kind == "who"]
    assert (prompt, answer) in found


NO_QUOTED_ROLE = [
    pytest.param(
        '"Our chairman, Ada Eze, is a fine leader of Kano Motors," said the union.',
        id="role-inside-the-quote-is-the-speaker's",
    ),
    pytest.param(
        '"Sales are weak," said Ada Eze, economist at Lagos Bank.',
        id="economist-at-a-bank-is-one-of-many",
    ),
    pytest.param(
        'Home Office minister John Adams said: "We will act."',
        id="a-ministry-has-several-ministers",
    ),
    pytest.param(
        "The plan is good, Tunde Ola, founder of Nigerian farming group the Kano Growers "
        "Trust said.",
        id="role-cut-before-its-own-apposition",
    ),
]


@pytest.mark.parametrize("sentence", NO_QUOTED_ROLE)
def test_no_role_question_from_quotes_or_shared_roles(nlp, sentence: str) -> None:
    found = [c.prompt for c in ask(nlp, sentence)]
    assert not any(p.startswith(("Who is", "Who was")) for p in found), found
