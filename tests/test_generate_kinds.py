"""What kind of thing a name is, read from the corpus's own wording: questions and options."""

from __future__ import annotations

import pytest

from factquiz.generate import build_pack
from factquiz.generate.aliases import EntityIndex
from factquiz.generate.distractors import distractors_for
from factquiz.generate.kinds import KindEvidence
from factquiz.generate.names import display_without_honorifics
from test_generate_helpers import cand, doc, extraction, mentions

RANCH = "Inspectors in the north have seized Finca Lomas, a sheep ranch owned by Agrovale."
FILM = ("The Lantern, a film about a lighthouse keeper, took $9m in three days. Critics "
        "praised the drama The Lantern, starring Ada Moss.")
PROGRAM = ("Most users swap files with the program FileBolt. FileBolt networks were hit. "
           "The firm said FileBolt technology was not at fault.")
RUNNER = ("Ireland's Declan Rourke won the 3,000m at the Boston Games. Rourke, who beat the "
          "champion last month, was delighted.")
DIRECTOR = "The prize went to Winter Fields, directed by Paul-Henri Mercier."
VOTE = ("MPs voted 301-220 in favour of the Bill. One Labour MP abstained. The MPs left at "
        "midnight.")
WIRE = ("Newsline said profits fell. The Newsline agency has 2,000 staff. Analysts said the "
        "Newsline results were weak.")
DOCS = [doc("k1", "Ranch", RANCH), doc("k2", "Film", FILM), doc("k3", "Program", PROGRAM),
        doc("k4", "Race", RUNNER), doc("k5", "Prize", DIRECTOR), doc("k6", "Vote", VOTE),
        doc("k7", "Wire", WIRE)]
MENTIONS = (mentions("k1", "ORG", "Finca Lomas", "Agrovale")
            + mentions("k2", "ORG", "The Lantern", "The Lantern")
            + mentions("k3", "ORG", "FileBolt", "FileBolt", "FileBolt")
            + mentions("k4", "ORG", "Declan Rourke", "Rourke")
            + mentions("k5", "ORG", "Paul-Henri Mercier")
            + mentions("k6", "ORG", "MPs", "MPs")
            + mentions("k7", "ORG", "Newsline", "Newsline", "Newsline"))


def _asked(candidate):
    questions = build_pack(DOCS, extraction([candidate], MENTIONS), title="t").pack.questions
    return [(q.kind, q.prompt) for q in questions]


@pytest.mark.parametrize("candidate", [
    # A ranch, a film and a program are not organisations, whatever the model labelled them.
    cand("what-org", "Which organisation have inspectors in the north seized?", "Finca Lomas",
         "ORG", "k1", RANCH),
    cand("what-org", "Which organisation took $9m in three days?", "The Lantern", "ORG", "k2",
         FILM.split(". ")[0] + "."),
    cand("what-org", "Which organisation do most users swap files with?", "FileBolt", "ORG",
         "k3", PROGRAM.split(". ")[0] + "."),
])
def test_things_are_not_asked_as_organisations(candidate) -> None:
    assert _asked(candidate) == []


@pytest.mark.parametrize("candidate, expected", [
    # "Rourke, who beat ...": only people are written so.
    (cand("what-org", "Which organisation won the 3,000m at the Boston Games?", "Declan Rourke",
          "ORG", "k4",
          RUNNER.split(". ")[0] + "."),
     ("who", "Who won the 3,000m at the Boston Games?")),
    # "directed by X": a person.
    (cand("what-org", "Which organisation directed Winter Fields?", "Paul-Henri Mercier", "ORG",
          "k5", DIRECTOR),
     ("who", "Who directed Winter Fields?")),
    # "MPs": one of them is "an MP", so a group of people.
    (cand("what-org", "Which organisation voted 301-220 in favour of the Bill?", "MPs", "ORG",
          "k6", VOTE.split(". ")[0] + "."),
     ("who", "Who voted 301-220 in favour of the Bill?")),
    # "Newsline": an agency the articles write as a body stays an organisation.
    (cand("what-org", "Which organisation said profits fell?", "Newsline", "ORG", "k7",
          WIRE.split(". ")[0] + "."),
     ("what-org", "Which organisation said profits fell?")),
])
def test_people_and_groups_asked_as_organisations_are_asked_with_who(candidate,
                                                                     expected) -> None:
    assert _asked(candidate) == [expected]


def _index(rows: list[tuple[str, str]], text: str) -> EntityIndex:
    from factquiz.generate.candidate import Mention

    index = EntityIndex.build([(name, kind, "d") for name, kind in rows])
    labels = {"ORG": "ORG", "PERSON": "PERSON"}
    index.kinds = KindEvidence.build(
        [text], [Mention(name, labels[kind], "d", i) for i, (name, kind) in enumerate(rows)])
    return index


def _offered(index: EntityIndex, answer: str, answer_type: str, kind: str,
             prompt: str) -> list[list[str]]:
    """The options of twelve questions with this answer (the order varies with the id)."""
    return [distractors_for(question_id=f"q{i}", kind=kind, answer=answer,
                            answer_type=answer_type, accepted=[],
                            answer_entity=index.find(answer, answer_type), doc_id="d",
                            context=[prompt], index=index, corpus_date_texts=[])
            for i in range(12)]


def test_software_is_no_organisation_option() -> None:
    text = ("Telecast, Videoline, Skyreach and Norcom met. Most pirates used the program "
            "Zipshare. Zipshare networks grew. Telecast said so. Videoline said so. "
            "Skyreach said so. Norcom said so.")
    names = ["Telecast", "Videoline", "Skyreach", "Norcom", "Zipshare"]
    index = _index([(n, "ORG") for n in names for _ in range(2)], text)
    for options in _offered(index, "Telecast", "ORG", "what-org",
                            "Which organisation said so?"):
        assert sorted(options) == ["Norcom", "Skyreach", "Videoline"], options


def test_a_company_people_work_at_is_no_option_among_people() -> None:
    text = ("Ann Kerr, Bo Lind, Cy Moss and Dee Nash spoke. Tom Hale, director of product at "
            "Find Fast, agreed. Find Fast said so. Ann Kerr left. Bo Lind left. Cy Moss left. "
            "Dee Nash left.")
    rows = [(n, "PERSON") for n in ("Ann Kerr", "Bo Lind", "Cy Moss", "Dee Nash", "Find Fast")
            for _ in range(2)]
    index = _index(rows, text)
    for options in _offered(index, "Ann Kerr", "PERSON", "who",
                            "Who spoke?"):
        assert "Find Fast" not in options and len(options) == 3, options


@pytest.mark.parametrize("text, name, person", [
    ("Later, Danish supermodel Ana Vestergaard was named an ambassador.", "Ana Vestergaard",
     True),
    ("Meanwhile, design engineer Taro Nishida will be given an award.", "Taro Nishida", True),
    ("Japanese carmaker Kano Motors cut jobs.", "Kano Motors", False),
    ("A woman is suing Hewlett Packard over an injury.", "Hewlett Packard", False),
])
def test_a_role_noun_before_a_name_makes_a_person(text: str, name: str, person: bool) -> None:
    assert KindEvidence.build([text], []).is_person_by_context(name) is person


@pytest.mark.parametrize("text, name, person", [
    ("Jochi died in 1226, during his father's lifetime.", "Jochi", True),
    ("Later, Temuge's father fell ill.", "Temuge", True),
    # A role word between makes "his" the role holder's; a body's "its" outvotes a "his".
    ("The Courier's correspondent said his visa was refused.", "Courier", False),
    ("Labour set out its plans. It won the Labour seat in 2001 after his defeat.", "Labour",
     False),
])
def test_a_name_followed_by_its_own_his_or_father_is_a_person(text: str, name: str,
                                                              person: bool) -> None:
    assert KindEvidence.build([text], []).is_person_by_context(name) is person


@pytest.mark.parametrize("text, name, thing", [
    ("Inspectors seized Finca Lomas, a sheep ranch owned by Agrovale.", "Finca Lomas", True),
    ("Analysts praised Norcom, a cable company based in Leeds.", "Norcom", False),
    ("Its new ClipGuard technology will stop copying.", "ClipGuard", True),
    ("Norcom said profits rose.", "Norcom", False),
    ("She tested positive for the steroid KTX. KTX use is banned.", "KTX", True),
    ("Sales of Zbox consoles rose. The Zbox 2 is due in May.", "Zbox", True),
    ("Readers use WebSip aggregators. WebSip feeds grew. WebSip is popular.", "WebSip", True),
    ("Norcom said WebSip feeds grew.", "Norcom", False),
    ("The 1984 release of the Zbox made Norcom famous.", "Zbox", True),
    # An acronym its article spells out in lower case is a common noun, unless an article
    # spells it in capitals as a body; chance runs of small words do not count.
    ("India allowed 100% foreign direct investment in telecoms. Unions said allowing FDI "
     "was wrong.", "FDI", True),
    ("The Environmental Protection Agency (EPA) set rules for external power adapters. The "
     "EPA said so.", "EPA", False),
    ("The BBC reported that tickets were sold by bar code.", "BBC", False),
    ("The 1984 release of the Zbox made Norcom famous.", "Norcom", False),
    ("Buyers pay more for the Cooper Z which costs up to £17,730. A used Cooper Z is dear.",
     "Cooper Z", True),
    ("Norcom, which cost its owners dearly, was sold.", "Norcom", False),
])
def test_a_thing_is_told_from_a_body_by_what_the_articles_call_it(text: str, name: str,
                                                                  thing: bool) -> None:
    assert KindEvidence.build([text], []).is_thing(name) is thing


def test_an_acronym_with_an_ampersand_is_never_offered_against_its_full_name() -> None:
    names = ["S&P", "Standard & Poor", "Moody's", "Fitch Ratings", "Kano Bank", "Lagos Bank"]
    index = EntityIndex.build([(n, "ORG", "d") for n in names for _ in range(2)])
    for options in _offered(index, "S&P", "ORG", "what-org",
                            "Which organisation lifted the rating?"):
        assert "Standard & Poor" not in options and options, options


def test_a_film_is_no_where_answer() -> None:
    sentence = "Ada Moss made her acting debut in 1950 in Night Train starring Tom Hale."
    debut = cand("where", "Where did Ada Moss make her acting debut in 1950?", "in Night Train",
                 "PLACE", "f1", sentence)
    docs = [doc("f1", "Debut", sentence)]
    found = mentions("f1", "GPE", "Night Train") + mentions("f1", "PERSON", "Ada Moss", "Tom Hale")
    assert build_pack(docs, extraction([debut], found), title="t").pack.questions == []


def test_a_title_is_no_organisation_option() -> None:
    names = ["Duchy of Kano", "Prince of Kano", "Bishop", "Kano Bank", "Lagos Bank",
             "Abuja Bank"]
    index = EntityIndex.build([(n, "ORG", "d") for n in names for _ in range(2)])
    for options in _offered(index, "Duchy of Kano", "ORG", "what-org",
                            "Which organisation pays the Emir?"):
        assert "Prince of Kano" not in options and "Bishop" not in options and options, options


def test_a_building_is_no_organisation_option() -> None:
    names = ["Kano Film Guild", "Lagos Theatre", "Abuja Actors Union", "Benin Critics Circle",
             "Jos Screen Society"]
    index = EntityIndex.build([(n, "ORG", "d") for n in names for _ in range(2)])
    for options in _offered(index, "Kano Film Guild", "ORG", "what-org",
                            "Which organisation represents actors?"):
        assert "Lagos Theatre" not in options and options, options


def test_a_company_asked_with_who_is_asked_as_an_organisation() -> None:
    sentence = "Kano Search acquired Zuma Labs in 2003."
    bought = cand("who", "Who did Kano Search acquire in 2003?", "Zuma Labs", "PERSON", "g1",
                  sentence)
    docs = [doc("g1", "Deal", sentence)]
    found = mentions("g1", "ORG", "Kano Search") + mentions("g1", "PERSON", "Zuma Labs")
    [question] = build_pack(docs, extraction([bought], found), title="t").pack.questions
    assert (question.kind, question.prompt) == (
        "what-org", "Which organisation did Kano Search acquire in 2003?")


@pytest.mark.parametrize(("name", "plain"), [
    ("General Motors", "General Motors"),  # a title before an organisation word: a company
    ("General Tomas Vela", "Tomas Vela"),
    ("Mr Vela", "Vela"),
])
def test_a_title_is_dropped_only_from_a_person(name: str, plain: str) -> None:
    assert display_without_honorifics(name) == plain


@pytest.mark.parametrize("text, not_a_body", [
    # "LX" of "LX-QT technology": a piece of a hyphenated word.
    ("Telecast, Videoline, Skyreach and Norcom met. Norcom deploys LX-QT technology.", "LX"),
    # "GMT" of "at 1200 GMT": a time zone.
    ("Trading closed at 1200 GMT. The vote is at 1430 GMT on Friday.", "GMT"),
    # "Kano" of "the Kano factory": a company's site, a town.
    ("Jobs will go at the Kano factory. Students in Kano cheered.", "Kano"),
    # "Bank" of "the Bank of Kano": a piece of a longer name.
    ("The Bank said rates would rise.", "Bank"),
])
def test_a_word_that_names_no_body_is_no_organisation_option(text: str, not_a_body: str
                                                               ) -> None:
    text += " Telecast said so. Videoline said so. Skyreach said so. Norcom said so."
    names = ["Telecast", "Videoline", "Skyreach", "Norcom", not_a_body]
    index = _index([(n, "ORG") for n in names for _ in range(2)], text)
    for options in _offered(index, "Telecast", "ORG", "what-org",
                            "Which organisation said so?"):
        assert sorted(options) == ["Norcom", "Skyreach", "Videoline"], options


@pytest.mark.parametrize("text, name, event", [
    ("She will run at next month's Nordic Indoors. Ada won at the Nordic Indoors.",
     "Nordic Indoors", True),
    ("Ticket sales for Saturday's Lakeside Open, which starts at noon, rose.", "Lakeside Open",
     True),
    ("Last year's Norcom results were weak. Norcom said so.", "Norcom", False),
    ("Norcom said profits rose.", "Norcom", False),
    # Only ever "at" it: a show or venue ("at CES"); once "at" and once acting: a firm.
    ("The phone was launched at Gadgetex. Norcom showed chips at Gadgetex. But at Gadgetex, "
     "prices fell.", "Gadgetex", True),
    ("She works at Norcom. Norcom said profits rose.", "Norcom", False),
    ("She works at Norcom.", "Norcom", False),
])
def test_a_name_owned_by_a_time_or_only_visited_is_an_event(text: str, name: str,
                                                             event: bool) -> None:
    assert KindEvidence.build([text], []).is_event(name) is event


BOOK = ("The Kano Letters has been translated into 12 languages. Film rights went to Ada "
        "Moss, who will adapt The Kano Letters for Lagos Studios.")
GAME = "Road Rage 2 topped the Kano games chart in May. Sales of Road Rage 2 doubled."


@pytest.mark.parametrize("candidate, text, names", [
    # A capital "The" inside a sentence is a title's; no person's name takes one.
    (cand("who", "Who has been translated into 12 languages?", "Kano Letters", "PERSON", "b1",
          BOOK.split(". ")[0] + "."), BOOK, ("Kano Letters", "Ada Moss")),
    # A name ending in a number is a sequel or a game.
    (cand("who", "Who topped the Kano games chart in May?", "Road Rage 2", "PERSON", "b1",
          GAME.split(". ")[0] + "."), GAME, ("Road Rage 2",)),
])
def test_a_work_is_not_asked_with_who(candidate, text: str, names: tuple[str, ...]) -> None:
    found = mentions("b1", "PERSON", *names)
    questions = build_pack([doc("b1", "Book", text)], extraction([candidate], found),
                           title="t").pack.questions
    assert questions == []


def test_an_event_by_its_head_word_is_not_asked_as_an_organisation() -> None:
    text = "The Harbour Summit for the Digital Economy is meeting in Ghent this week."
    candidate = cand("what-org", "Which organisation is meeting in Ghent?",
                     "Harbour Summit for the Digital Economy", "ORG", "e1", text)
    found = mentions("e1", "ORG", "Harbour Summit for the Digital Economy", "Ghent")
    questions = build_pack([doc("e1", "Summit", text)], extraction([candidate], found),
                           title="t").pack.questions
    assert questions == []


def test_parties_are_offered_against_parties_and_peoples_against_peoples() -> None:
    text = ("The Greens promised tax cuts. A Green MP and Green voters said so. The Reds, "
            "whose manifesto is out, agreed. Two Red MPs and Red voters spoke. Kanuri farmers "
            "and Fulani herders live in the north. Tiv traders arrived.")
    rows = [("Greens", "GROUP"), ("Reds", "GROUP"), ("Kanuris", "GROUP"), ("Fulanis", "GROUP"),
            ("Tivs", "GROUP")]
    index = EntityIndex.build([(name, kind, "d") for name, kind in rows for _ in range(2)])
    index.kinds = KindEvidence.build([text], [])
    for options in _offered(index, "Greens", "GROUP", "who", "Who promised tax cuts?"):
        assert options == ["Reds"], options
    for options in _offered(index, "Kanuris", "GROUP", "who", "Who live in the north?"):
        assert "Reds" not in options and "Greens" not in options and options, options


def test_what_a_body_adopts_as_a_standard_is_no_organisation() -> None:
    text = "The Kano Institute adopted Lagos Wave (LW) as the mobile TV standard for Nigeria."
    thing = cand("what-org", "Which organisation did the Kano Institute adopt as the mobile TV "
                 "standard for Nigeria?", "Lagos Wave", "ORG", "s1", text)
    body = cand("what-org", "Which organisation adopted Lagos Wave as the mobile TV standard "
                "for Nigeria?", "Kano Institute", "ORG", "s1", text)
    found = mentions("s1", "ORG", "Kano Institute", "Lagos Wave")
    questions = build_pack([doc("s1", "Standard", text)], extraction([thing, body], found),
                           title="t").pack.questions
    assert [q.answer for q in questions] == ["Kano Institute"]


def test_the_tail_of_a_name_joined_by_and_is_no_option() -> None:
    # "Commercial Services Union" is what the model kept of "Public and Commercial Services
    # Union"; "Cordiant Communications" after "Ogilvy & Mather and" is a firm of its own.
    text = ("The Public and Commercial Services Union will strike, public services will shut and "
            "the public was told. Unison "
            "and the Fire Brigades Union agreed. Bids came from Ogilvy & Mather and Cordiant "
            "Communications. Unison said so. Amicus said so.")
    names = ["Commercial Services Union", "Unison", "Fire Brigades Union", "Amicus",
             "Cordiant Communications"]
    index = _index([(n, "ORG") for n in names for _ in range(2)], text)
    offered = {o for options in _offered(index, "Unison", "ORG", "what-org",
                                         "Which organisation will ballot its members?")
               for o in options}
    assert "Commercial Services Union" not in offered
    assert {"Fire Brigades Union", "Amicus", "Cordiant Communications"} <= offered


def test_a_news_outlet_is_offered_only_when_no_other_organisation_is() -> None:
    # "told the BBC" makes the BBC a broadcaster: no option for a planemaker while other
    # companies are there, and the first option for another outlet.
    text = ("Airbus overtook Boeing, an analyst told the BBC. Embraer and Bombardier make jets. "
            "Lufthansa flies them. Reuters reported the sale. The Daily Post newspaper agreed.")
    names = ["Airbus", "Boeing", "BBC", "Embraer", "Bombardier", "Lufthansa", "Reuters",
             "Daily Post"]
    index = _index([(n, "ORG") for n in names for _ in range(2)], text)
    planemakers = {o for options in _offered(index, "Airbus", "ORG", "what-org",
                                             "Which organisation overtook Boeing?")
                   for o in options}
    assert planemakers.isdisjoint({"BBC", "Reuters", "Daily Post"}), planemakers
    outlets = _offered(index, "BBC", "ORG", "what-org", "Which organisation won the award?")
    assert all({"Reuters", "Daily Post"} <= set(options) for options in outlets), outlets


def test_a_film_told_by_its_budget_in_two_currencies_is_no_organisation() -> None:
    # "which cost just $7m (£3.5m) to make": the decimal point is no sentence's end.
    text = ("Nightfall, which follows a girl who returns home, took $19.5m in three days. "
            "Nightfall, which cost just $7m (£3.5m) to make, did well.")
    asked = cand("what-org", "Which organisation took $19.5m in three days?", "Nightfall", "ORG",
                 "f1", text.split(". ")[0] + ".")
    found = mentions("f1", "ORG", "Nightfall", "Nightfall")
    assert build_pack([doc("f1", "Box office", text)], extraction([asked], found),
                      title="t").pack.questions == []


def test_a_name_listed_among_people_is_no_organisation_option() -> None:
    # The model labelled "Keanu Reeves" an organisation; the list he stands in is of people.
    # "The Cloud" beside a firm is no person, so the firm stays an organisation.
    text = ("Stars including Cate Blanchett, Leonardo DiCaprio, Keanu Reeves and Richard Gere "
            "will attend. Hotspots offered by firms like BT Openzone and The Cloud are open. "
            "Sundance Channel and Kano Films agreed. Lagos Studios said so. Abuja Pictures too.")
    rows = ([(n, "PERSON") for n in ("Cate Blanchett", "Leonardo DiCaprio", "Richard Gere")
             for _ in range(2)]
            + [(n, "ORG") for n in ("Keanu Reeves", "BT Openzone", "Sundance Channel",
                                    "Kano Films", "Lagos Studios", "Abuja Pictures")
               for _ in range(2)]
            + [("The Cloud", "PERSON")])
    index = _index(rows, text)
    offered = {o for options in _offered(index, "Sundance Channel", "ORG", "what-org",
                                         "Which organisation did Redford start?")
               for o in options}
    assert "Keanu Reeves" not in offered and "BT Openzone" in offered, offered


def test_works_listed_after_films_including_and_prizes_are_no_organisation_options() -> None:
    text = ("Lee made films including Night Fever and Summer Heat. The "
            "Kano Prize went to a novel. The Lagos High Court ruled. "
            "Abuja Council agreed. Benin Bank said so. Jos Radio reported it.")
    names = ["Night Fever", "Summer Heat", "Kano Prize", "Lagos High Court", "Abuja Council",
             "Benin Bank", "Jos Radio"]
    index = _index([(n, "ORG") for n in names for _ in range(2)], text)
    offered = {o for options in _offered(index, "Lagos High Court", "ORG", "what-org",
                                         "Which organisation postponed the launch?")
               for o in options}
    assert offered.isdisjoint({"Night Fever", "Summer Heat", "Kano Prize"}), offered
    assert offered, offered


@pytest.mark.parametrize("text, names, sex", [
    ("Ada Obi is tipped to win for her performance in Kano.", ["Ada Obi", "Obi"], "f"),
    ("Ms Bello said the talks failed. Bello was tired.", ["Bello"], "f"),
    # A surname another person shares is not heard for someone the articles name in full.
    ("Ngozi Okafor ran. Mr Okafor spoke. Mr Okafor left.", ["Ngozi Okafor", "Okafor"], None),
    ("Sir Chidi Okafor opened the bridge.", ["Chidi Okafor"], "m"),
    # Another name stands before the pronoun: "her" is Ada's, not Tunde's.
    ("Tunde Eze praised Ada Obi for her work.", ["Tunde Eze"], None),
    # A surname two people share tells nothing; the full names do.
    ("Jade Okafor won her event. Michael Okafor won his race.", ["Jade Okafor", "Okafor"],
     "f"),
    ("Nobody wrote about Femi Ade.", ["Femi Ade"], None),
    # A race of one sex says so too.
    ("Ada Obi won the women's 60m. Later Ada Obi won the women's 200m.", ["Ada Obi"], "f"),
    ("Femi Ade was second in the men's 1500m.", ["Femi Ade"], "m"),
    # Where the articles are silent, a given name borne almost only by one sex tells;
    # one borne by both ("Kelly", "Chris") does not, and what the articles say comes first.
    ("Nobody wrote about Martin Ade.", ["Martin Ade"], "m"),
    ("Nobody wrote about Paula Ade.", ["Paula Ade", "Ade"], "f"),
    ("Nobody wrote about Kelly Ade or Chris Obi.", ["Kelly Ade"], None),
    ("Nobody wrote about Kelly Ade or Chris Obi.", ["Chris Obi"], None),
    ("Sam Obi won her event. Sam Obi thanked her coach.", ["Sam Obi"], "f"),
])
def test_a_persons_sex_is_what_the_articles_titles_and_pronouns_say(text, names, sex) -> None:
    assert KindEvidence.build([text], []).sex(names) == sex


def test_options_for_her_performance_are_women_where_the_articles_tell() -> None:
    # "for her performance": a man among the options would be wrong at a glance.
    text = ("Ada Obi is tipped to win for her performance. Grace Bello won for her role. "
            "Ngozi Eze thanked her family. Tunde Ade thanked his family. Chidi Okafor won "
            "his first award. Femi Ojo praised his team.")
    names = ["Ada Obi", "Grace Bello", "Ngozi Eze", "Tunde Ade", "Chidi Okafor", "Femi Ojo"]
    index = _index([(n, "PERSON") for n in names for _ in range(2)], text)
    for options in _offered(index, "Ada Obi", "PERSON", "who",
                            "Who is tipped to win for her performance?"):
        assert sorted(options) == ["Grace Bello", "Ngozi Eze"], options
    # Without a pronoun in the prompt, anyone may be offered.
    offered = _offered(index, "Ada Obi", "PERSON", "who", "Who is tipped to win in Lagos?")
    assert any(set(o) & {"Tunde Ade", "Chidi Okafor", "Femi Ojo"} for o in offered)


def test_someone_the_articles_meet_is_no_place_option() -> None:
    """The model calls Santa Claus a place in every mention ("embodied in Santa Claus"); "a
    journey to meet Santa Claus" says he is met, as people are, so he is no town."""
    from factquiz.generate.candidate import Mention

    text = ("The film tells of a boy's journey to meet Santa Claus. The spirit of Christmas is "
            "embodied in Santa Claus. Fans queued in Lagos, in Kano, in Abuja and in Accra.")
    rows = [("Santa Claus", "GPE"), ("Lagos", "GPE"), ("Kano", "GPE"), ("Abuja", "GPE"),
            ("Accra", "GPE")]
    index = EntityIndex.build([(name, "PLACE", "d") for name, _ in rows for _ in range(2)])
    index.kinds = KindEvidence.build(
        [text], [Mention(name, label, "d", i) for i, (name, label) in enumerate(rows)])
    for i in range(12):
        options = distractors_for(question_id=f"q{i}", kind="where", answer="in Lagos",
                                  answer_type="PLACE", accepted=[],
                                  answer_entity=index.find("in Lagos", "PLACE"), doc_id="d",
                                  context=["Where did fans queue?"], index=index,
                                  corpus_date_texts=[])
        assert "in Santa Claus" not in options and len(options) == 3, options
