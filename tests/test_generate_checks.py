"""The automatic checks every generated question must pass."""

from __future__ import annotations

import pytest

from factquiz.generate.checks import passes, problems
from factquiz.model import Citation, Question

SENTENCE = "Mr Dostam told CNN his forces had entered the city and killed 90 Taliban."


def q(prompt: str, answer: str, kind: str = "who", sentence: str = SENTENCE,
      accept: list[str] | None = None) -> Question:
    return Question(id="q1", kind=kind, prompt=prompt, answer=answer, accept=accept or [],
                    citations=[Citation("s1", sentence)])


def test_a_good_question_passes() -> None:
    assert problems(q("How many Taliban had Mr Dostam's forces killed, according to Mr Dostam?",
                      "90", kind="how-many")) == []


@pytest.mark.parametrize("question, reason", [
    (q("Who told CNN his forces had entered the city?", "Mr Dostum"), "not in its source"),
    (q("Who told CNN that Mr Dostam's forces had entered the city?", "Mr Dostam"),
     "appears in the prompt"),
    (q("Who told CNN his forces had entered the city?", "Dostam", accept=["CNN"]),
     "appears in the prompt"),
    (q("Who told CNN his forces had entered the city", "Mr Dostam"), 'end with "?"'),
    (q("Who had entered the city?", "his forces"), "pronoun"),
    (q("Who had entered the city?", "he", sentence="He had entered the city."), "pronoun"),
    (q("How many Taliban had the forces killed, according to he?", "90", kind="how-many"),
     "bare pronoun"),
    (q("How many Taliban had the forces killed, did they say?", "90", kind="how-many"),
     "bare pronoun"),
    (q("How many of the 90 Taliban had the forces killed?", "90", kind="how-many"),
     "appears in the prompt"),
    (q("Who " + "really " * 30 + "told CNN?", "Mr Dostam"), "longer than 30 words"),
    (q("When had the auditors approved the accounts?", "early 2001 and", kind="when",
       sentence="The auditors approved the accounts in early 2001 and 2002."), "cut off"),
    (q("Who is presented annually to the best athletes?", "Lagos Awards - named",
       sentence="The Lagos Awards - named after a runner - are presented annually to the best "
                "athletes."), "cut off"),
    (q("Which organisation cited the death of Ada Obi?", "Institute", kind="what-org",
       sentence="The Lagos Film Institute cited the death of Ada Obi."), "piece of a longer"),
    (q("When did part of an alliance agree?", "2000", kind="when",
       sentence="Kano Motors may sell its car unit to Lagos Motors, part of an alliance agreed in "
                "2000."), "parser read"),
    (q("Which organisation always has?", "Phillips", kind="what-org",
       sentence="But then Phillips always has."), "stops on a word"),
    (q("Who also means that episodes can be downloaded quickly?",
       "More people with fast broadband connections in the UK",
       sentence="More people with fast broadband connections in the UK also means that "
                "episodes can be downloaded quickly."), "answer longer than 6 words"),
    (q("Who did Arab News quote as saying?", "Prince Saud",
       sentence="Arab News quoted Prince Saud as saying so."), "before saying what was said"),
    (q("When will Holmes be aware that time is running out?", "34", kind="when",
       sentence="At 34, Holmes will be aware that time is running out."), "bare number"),
    (q("Who defended the film?", "Mr Dostam", sentence="Mr Dostam defended the film."),
     "is not named"),
    (q("When was the 31-year-old Scot suspended?", "1998", kind="when",
       sentence="The 31-year-old Scot was suspended in 1998."), "is not named"),
    (q("Where did the Leeds star return 12 months later?", "to Paris", kind="where",
       sentence="The Leeds star returned to Paris 12 months later."), "is not named"),
    (q("Who did the Dutch-based firm sponsor in 2008?", "Team Orange",
       sentence="The Dutch-based firm sponsored Team Orange in 2008."), "is not named"),
    (q("When will the Italian liqueur maker buy the shares?", "Monday", kind="when",
       sentence="The Italian liqueur maker will buy the shares on Monday."), "is not named"),
    (q("Which organisation opened the fair in May?", "Trade Expo (TE", kind="what-org",
       sentence="The Trade Expo (TE) opened the fair in May."), "bracket"),
    (q("How much does the Kano MSP earn from the law firm Obi Eze?", "£30,000",
       kind="how-many", sentence="The Kano MSP earns £30,000 from the law firm Obi Eze."),
     "is not named"),
    (q("Who led the West Kano company?", "Ada Obi",
       sentence="The West Kano company, led by Ada Obi, said so."), "is not named"),
    (q("Who did the AAA indoor and outdoor champion beat by 0.90 seconds?", "Ada Obi",
       sentence="The AAA indoor and outdoor champion beat Ada Obi by 0.90 seconds."),
     "is not named"),
    (q("When will the Cardinal ask the congregation to pray?", "Friday", kind="when",
       sentence="The Cardinal will ask the congregation to pray on Friday."), "is not named"),
    (q("Who made the claims in a US television programme?", "Ada Obi",
       sentence="Ada Obi made the claims in a US television programme."), "is not named"),
    (q("Who won silver in the 100m?", "Ada Obi",
       sentence="Ada Obi won silver in the 100m."), "without its event"),
    (q("Who missed out on the world record by 1.45secs?", "Ada Obi",
       sentence="Ada Obi missed out on the world record by 1.45secs."), "without its event"),
    (q("Who won the race in 21.07 secs?", "Ada Obi",
       sentence="Ada Obi won the race in 21.07 secs."), "is not named"),
    (q("Who will face Olympic champion Ama Mensah and world champion Kofi Boateng?", "Ada Obi",
       sentence="Ada Obi will face Olympic champion Ama Mensah and world champion Kofi "
                "Boateng."), "without its event"),
    (q("Who will be facing stiff competition from Ghanaian Kofi Boateng?", "Ada Obi",
       sentence="Ada Obi will be facing stiff competition from Ghanaian Kofi Boateng."),
     "without its event"),
    (q("Which organisation released the film in the US?", "Kano Pictures", kind="what-org",
       sentence="Kano Pictures released the film in the US."), "is not named"),
    (q("Who is the director of the Committee?", "Ada Obi",
       sentence="Ada Obi, director of the Committee, said so."), "is not named"),
    (q("Who was tipped for the role?", "Ada Obi",
       sentence="Ada Obi was tipped for the role."), "is not named"),
    (q("Where did Kano Air open offices?", "in Kano, Lagos, Abuja and Jos", kind="where",
       sentence="Kano Air opened offices in Kano, Lagos, Abuja and Jos."), "list of three"),
    # Which ban? Named in an earlier sentence.
    (q("When did the EU pledge to work towards lifting the ban?", "December", kind="when",
       sentence="In December, the EU pledged to work towards lifting the ban."), "is not named"),
    # Which figures? The article said so in an earlier sentence.
    (q("When were the figures made public by Ucas?", "Thursday", kind="when",
       sentence="The figures were made public on Thursday by Ucas."), "is not named"),
    (q("Who was tipped for the role alongside Ama Mensah?", "Ada Obi",
       sentence="Ada Obi was tipped for the role alongside Ama Mensah."), "is not named"),
    (q("Who questioned the manner of the Ghanaian's win in Accra?", "Ada Obi",
       sentence="Ada Obi questioned the manner of the Ghanaian's win in Accra."),
     "is not named"),
    (q("When was the Olympic 800m and 1500m champion's time inside the mark?", "March",
       kind="when", sentence="In March the Olympic 800m and 1500m champion's time was "
                             "inside the mark."), "is not named"),
    (q("Where will Ada Obi have have treatment?", "in Accra", kind="where",
       sentence="Ada Obi will have now have treatment in Accra."), "word doubled"),
    (q("When will much of the collection be sold?", "June", kind="when",
       sentence="Much of the collection will be sold in June."), "is not named"),
    (q("Who will Ada Obi be facing stiff competition from?", "Kofi Boateng",
       sentence="Ada Obi will be facing stiff competition from Kofi Boateng."),
     "without its event"),
    (q("When was one of Lagos's best-known businessmen arrested?", "Monday", kind="when",
       sentence="One of Lagos's best-known businessmen was arrested on Monday."),
     "is not named"),
    (q("Where has Kano Games sold more than 800,000 units?", "in Ghana", kind="where",
       sentence="Kano Games has sold more than 800,000 units in Ghana."), "is not named"),
    (q("Where did Ada Obi sign the deal on Tuesday?", "in Accra", kind="where",
       sentence="Ada Obi signed the deal in Accra on Tuesday."), "is not named"),
    (q("Where has The Kano Story been?", "at the Lagos Playhouse", kind="where",
       sentence="The Kano Story has been at the Lagos Playhouse since May."), "stops on a word"),
    (q("When did both companies make a profit?", "2003", kind="when",
       sentence="Both companies made a profit in 2003."), "is not named"),
    (q("Who will produce the $100m movie?", "Kano Pictures",
       sentence="The $100m movie will be produced by Kano Pictures."), "is not named"),
    (q("Who is the favourite ahead of the big race?", "Ada Obi",
       sentence="Ada Obi is the favourite ahead of the big race."), "is not named"),
    (q("Where will the SUVs be built?", "in Ghana", kind="where",
       sentence="The SUVs will be built in Ghana."), "is not named"),
    (q("Who did the part-time maths teacher beat by 40 metres?", "Ada Obi",
       sentence="The part-time maths teacher beat Ada Obi by 40 metres."), "is not named"),
    (q("Where will the European cross country bronze medallist go?", "to Oslo", kind="where",
       sentence="The European cross country bronze medallist will go to Oslo."), "not named"),
    (q("Where did Ms Ray win?", "in 7:39.89", kind="where",
       sentence="Ms Ray won in 7:39.89."), "names no place"),
    (q("When did Mr Dostam say?", "Friday", sentence="Mr Dostam said so on Friday."),
     "before saying what was said"),
    (q("When did the record stand?", "eight minutes", kind="when",
       sentence="The record stands at eight minutes."), "duration"),
    (q("When did the forces take prisoners?", "past four days", kind="when",
       sentence="The forces took prisoners in the past four days."), "duration"),
    # The corpus stage's own wording of an organisation question whose answer is a person.
    (q("Who was named a Kano Festival ambassador?", "Ada Obi",
       sentence="Later at a dinner, Ada Obi was named a Kano Festival ambassador."),
     "one of many"),
])
def test_bad_questions_fail_with_a_reason(question: Question, reason: str) -> None:
    found = problems(question)
    assert any(reason in p for p in found), found
    assert not passes(question)


def test_answer_matching_respects_word_boundaries() -> None:
    assert passes(q("Who led the Bushehr delegation?", "Bush",
                    sentence="Bush led the Bushehr delegation."))
    assert not passes(q("Who told CNN?", "Dost"))


def test_every_further_citation_must_contain_the_answer_or_an_alias() -> None:
    question = q("How many Taliban had Mr Dostam's forces killed, according to Mr Dostam?",
                 "90", kind="how-many")
    question.citations.append(Citation("s2", "Dostum's men killed 90 Taliban fighters."))
    assert passes(question)
    question.citations.append(Citation("s3", "Dostum's men killed many fighters."))
    assert any("cited from s3" in p for p in problems(question))


@pytest.mark.parametrize("answer", ["last year", "Friday", "two years ago", "the late 1990s",
                                    "Oct. 7", "earlier this month"])
def test_points_in_time_are_answers_to_when(answer: str) -> None:
    assert passes(q("When did the alliance take Kabul?", answer, kind="when",
                    sentence=f"The alliance took Kabul {answer}."))


@pytest.mark.parametrize("prompt, answer, sentence", [
    ("How many seats does Victoria have?", "37", "Victoria has 37 seats."),
    ("How many victims did the Black Death claim?", "1.7 million",
     "The Black Death claimed 1.7 million victims."),
    ("How many bombs did witnesses report?", "30", "Witnesses reported 30 bombs."),
    ("When could the High Court rule on what the sanctions could be?", "October",
     "In October the High Court ruled on what the sanctions could be."),
    # Names, not a cut verb: a month, a title, a film.
    ("Where will the Kano exhibition be shown from May?", "at the Tate",
     "The Kano exhibition will be shown at the Tate from May."),
    ("Who is the Nigerian Secretary of State?", "Ada Obi",
     "The Nigerian Secretary of State, Ada Obi, spoke."),
    ("Who was named best new director for his debut Garden State?", "Zach Braff",
     "Zach Braff was named best new director for his debut Garden State."),
])
def test_questions_ending_on_a_verb_they_need_are_kept(prompt: str, answer: str,
                                                       sentence: str) -> None:
    kind = {"When": "when", "Where": "where", "Who": "who"}.get(prompt.split()[0], "how-many")
    assert passes(q(prompt, answer, kind=kind, sentence=sentence))


@pytest.mark.parametrize("prompt", [
    "Who celebrated the deal with Peugeot?",
    "Who won praise for the role of Ama in Lagos Nights?",
    "Who signed the deal on Kano Island?",
    "Who is one of Lagos's best-known businessmen?",
    "Who directed the film Alexander?",
    "Which organisation is investigating a program that attacks the firm's software?",
    "How many mobiles were sold last year, according to the report?",
    'Who said "The film is a triumph"?',
    "Who hit upon the idea of translating colours into music?",
    "Who is the Leeds star?",
    "Who beat the Leeds star Ann Ray in Paris?",
    "When did the Dutch firm of Elsen open in Paris?",
    "How much does Ada Obi earn from the law firm Obi Eze?",
    "Who was joined by members of the boy band Lagos Five?",
    "Who walked through the star-struck crowds at the Kano festival?",
    "Who won the CFCA best actress award for Vera Drake?",
    "When does the ban on hunting with dogs come into force, according to Defra?",
    "How many volunteers were sent, according to a spokesman for the Harakat Jehadi Islami "
    "militant group?",
])
def test_named_or_attributed_referents_are_fine(prompt: str) -> None:
    assert not any("is not named" in p for p in problems(q(prompt, "X", sentence="X.")))


@pytest.mark.parametrize("prompt, vague", [
    ("When does the tax come into force?", True),
    ("When are the awards held?", True),
    ("Who led from the end of the first lap?", True),
    ("When does the smoking ban come into force in Scotland?", False),
    ("When does the ban on hunting with dogs come into force, according to Defra?", False),
    ('Who said "the ban is wrong"?', False),
    ("How many of the 90 detainees were freed?", False),
])
def test_a_question_must_name_something_it_asks_about(prompt: str, vague: bool) -> None:
    found = problems(q(prompt, "Mr Dostam"))
    assert ("the question names nothing it asks about" in found) is vague, found


def test_a_name_in_capitals_is_no_pronoun() -> None:
    from factquiz.generate.checks import is_pronoun

    assert not is_pronoun("US Federal Communications Commission")
    assert is_pronoun("us")
    assert is_pronoun("his forces")


@pytest.mark.parametrize("prompt", [
    "Who will face Kofi Boateng in the 2005 Lagos Marathon?",
    "Who will take on world 100m champion Kofi Boateng at the Lagos Grand Prix?",
    "Who will face trial in Lagos?",
    "Who will race in the Lagos Marathon?",
])
def test_a_contest_with_its_event_or_no_opponent_passes(prompt: str) -> None:
    assert problems(q(prompt, "Ada Obi", sentence="Ada Obi.")) == []
