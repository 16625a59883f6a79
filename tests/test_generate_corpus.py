"""Corpus-level rules on hand-made extraction output: merging, conflicts, aliases, ranking."""

from __future__ import annotations

import pytest

from factquiz import pack as packs
from factquiz.generate import build_pack
from factquiz.generate.checks import problems
from test_generate_helpers import cand, doc, extraction, mentions

S1_MUHAQIQ = ("Mr Haji Mohammad Muhaqiq said the alliance had thrown 7,000 to 8,000 soldiers "
              "into the battle.")
S3_MOHAQIK = "Some 7,000 to 8,000 soldiers were thrown into the battle, Mohammed Mohaqik said."
S1_DOSTAM = "The Uzbek warlord, Mr Abdul Rashid Dostam, backed the claim of the Northern Alliance."
S2_DOSTUM = "Rashid Dostum backed the claim of the Northern Alliance, officials in Kabul said."
S1_ATTACK = ("Officials said the attacks on New York on September 11th killed more than 5,000 "
             "people.")
S2_ATTACK = "The September 11th attacks on New York killed about 4,500 people, officials said."

DOCS = [doc("s1", "Afghan opposition claims Mazar-e-Sharif", S1_MUHAQIQ, S1_DOSTAM, S1_ATTACK),
        doc("s2", "Opposition forces take Mazar-e-Sharif", S2_DOSTUM, S2_ATTACK),
        doc("s3", "Taliban admit loss of Mazar-e-Sharif", S3_MOHAQIK)]

PEOPLE = (mentions("s1", "PERSON", "Mr Haji Mohammad Muhaqiq", "Mr Abdul Rashid Dostam",
                   "Mr Atta Mohammad", "Mr Mohammad Ashraf Nadeem", "Mr Dostam")
          + mentions("s2", "PERSON", "Rashid Dostum", "Dostum", "Rear Adm. Mark Fitzgerald")
          + mentions("s3", "PERSON", "Mohammed Mohaqik", "Karim Khalili", "Saeed Zaher Wasik"))
PLACES = (mentions("s1", "GPE", "Mazar-e-Sharif", "Uzbekistan", "Kabul", "New York")
          + mentions("s2", "GPE", "Kunduz", "Islamabad") + mentions("s3", "GPE", "Aybak"))


def soldiers(doc_id: str, sentence: str, index: int, speaker: str) -> object:
    return cand("how-many", f"How many soldiers were thrown into the battle, according to "
                f"{speaker}?", "7,000 to 8,000", "NUMBER", doc_id, sentence, index,
                counted="soldier", predicate="throw", value=(7000.0, 8000.0), quality=0.8,
                speaker=speaker)


def corpus_candidates() -> list:
    return [
        soldiers("s1", S1_MUHAQIQ, 0, "Mr Muhaqiq"),
        soldiers("s3", S3_MOHAQIK, 0, "Mohammed Mohaqik"),
        cand("who", "Who backed the claim of the Northern Alliance?", "Mr Abdul Rashid Dostam",
             "PERSON", "s1", S1_DOSTAM, 1, quality=0.7),
        cand("who",
             "Who backed the claim of the Northern Alliance, according to officials in Kabul?",
             "Rashid Dostum", "PERSON", "s2", S2_DOSTUM, 0, quality=0.6),
        cand("how-many", "How many people did the September 11th attacks on New York kill?",
             "more than 5,000", "NUMBER", "s1", S1_ATTACK, 2, counted="people",
             predicate="kill", value=(5000.0, 5000.0), hedge="more than", quality=0.7),
        cand("how-many", "How many people did the September 11th attacks on New York kill?",
             "about 4,500", "NUMBER", "s2", S2_ATTACK, 1, counted="people", predicate="kill",
             value=(4500.0, 4500.0), hedge="about", quality=0.6),
    ]


def build(candidates: list | None = None, **kwargs: object):
    result = build_pack(DOCS, extraction(candidates or corpus_candidates(), PEOPLE + PLACES),
                        title="Test pack", **kwargs)
    return result.pack


def by_answer(pack, answer: str):
    matches = [q for q in pack.questions if q.answer == answer]
    assert len(matches) == 1, [q.answer for q in pack.questions]
    return matches[0]


def test_same_fact_from_two_sources_is_one_question_citing_both() -> None:
    pack = build()
    question = by_answer(pack, "7,000 to 8,000")
    assert [(c.source, c.sentence) for c in question.citations] == [
        ("s1", S1_MUHAQIQ), ("s3", S3_MOHAQIK)]


def test_aliases_of_the_answer_are_accepted() -> None:
    pack = build()
    question = by_answer(pack, "Mr Abdul Rashid Dostam")
    assert [c.source for c in question.citations] == ["s1", "s2"]
    assert set(question.accept) == {"Dostam", "Dostum", "Rashid Dostum"}
    assert "Abdul Rashid Dostam" not in question.accept  # the answer itself, minus its title


def test_different_figures_for_one_count_are_a_conflict_naming_the_source() -> None:
    pack = build()
    conflicted = [q for q in pack.questions if q.conflict is not None]
    assert len(conflicted) == 1
    question = conflicted[0]
    assert question.answer == "more than 5,000"
    assert question.prompt.startswith(
        'According to the report "Afghan opposition claims Mazar-e-Sharif", how many people')
    values = [(v.value, v.source) for v in question.conflict.values]
    assert values == [("more than 5,000", "s1"), ("about 4,500", "s2")]
    assert "more than 5,000" in question.conflict.note and "about 4,500" in question.conflict.note
    assert not any("4,500" in d for d in question.distractors)
    assert all(q.answer != "about 4,500" for q in pack.questions)


def test_a_speaker_names_the_source_of_a_conflicting_figure() -> None:
    candidates = corpus_candidates()
    candidates[4].speaker = "Mr Bush"
    pack = build(candidates)
    question = next(q for q in pack.questions if q.conflict is not None)
    assert question.prompt.startswith("According to Mr Bush, how many people")


def test_same_noun_and_verb_in_unrelated_stories_is_no_conflict() -> None:
    s1 = "A storm in Florida killed 12 people on Monday, the governor said."
    s2 = "The earthquake near Tokyo killed 30 people, Japanese officials said."
    docs = [doc("s1", "Storm", s1), doc("s2", "Quake", s2)]
    candidates = [
        cand("how-many", "How many people did a storm in Florida kill?", "12", "NUMBER", "s1",
             s1, counted="people", predicate="kill", value=(12.0, 12.0)),
        cand("how-many", "How many people did the earthquake near Tokyo kill?", "30", "NUMBER",
             "s2", s2, counted="people", predicate="kill", value=(30.0, 30.0)),
    ]
    pack = build_pack(docs, extraction(candidates, []), title="t").pack
    assert len(pack.questions) == 2
    assert all(q.conflict is None for q in pack.questions)


def test_near_duplicates_within_one_article_are_merged() -> None:
    s_a = "Mr Dostam told CNN his forces had entered the city of Mazar-e-Sharif."
    s_b = "Mr Dostam said his forces had entered the city of Mazar-e-Sharif on Friday."
    candidates = [
        cand("where", "Where had Mr Dostam's forces entered, according to Mr Dostam?",
             "Mazar-e-Sharif", "PLACE", "s1", s_a, 3, quality=0.6),
        cand("where", "Where had Mr Dostam's forces entered?", "Mazar-e-Sharif", "PLACE",
             "s1", s_b, 4, quality=0.7),
    ]
    pack = build(candidates)
    assert len(pack.questions) == 1
    assert pack.questions[0].sentence == s_b  # the better of the two stays


def test_questions_failing_the_automatic_checks_are_dropped() -> None:
    sentence = "He said the alliance had entered Kabul."
    candidates = [
        cand("who", "Who said the alliance had entered Kabul?", "He", "PERSON", "s1", sentence),
        cand("where", "Where had the alliance entered, according to he?", "Kabul", "PLACE",
             "s1", sentence),
        cand("where", "Where had the alliance entered Kabul?", "Kabul", "PLACE", "s1", sentence),
        cand("where", "Where had the alliance entered", "Kabul", "PLACE", "s1", sentence),
    ]
    result = build_pack(DOCS, extraction(candidates, PLACES), title="t")
    assert result.pack.questions == []
    assert result.stats.rejected == 4


def test_a_question_whose_prompt_names_an_alias_of_the_answer_is_dropped() -> None:
    sentence = "Mr Dostam said Rashid Dostum's men had taken the airport."
    candidates = [cand("who", "Who said Rashid Dostum's men had taken the airport?",
                       "Mr Dostam", "PERSON", "s1", sentence)]
    pack = build(candidates)
    assert pack.questions == []


def test_every_emitted_question_passes_the_checks_and_has_three_distractors() -> None:
    pack = build()
    assert len(pack.questions) == 3  # soldiers (two sources), Dostam (two), the death toll
    for question in pack.questions:
        assert problems(question) == []
        assert len(question.distractors) == 3, question
        assert question.answer not in question.distractors
        assert not set(question.accept) & set(question.distractors)


def test_sources_use_document_ids_titles_and_file_names() -> None:
    pack = build()
    assert [(s.id, s.title, s.file) for s in pack.sources] == [
        ("s1", "Afghan opposition claims Mazar-e-Sharif", "s1.txt"),
        ("s2", "Opposition forces take Mazar-e-Sharif", "s2.txt"),
        ("s3", "Taliban admit loss of Mazar-e-Sharif", "s3.txt"),
    ]


def test_same_input_gives_the_same_yaml_byte_for_byte() -> None:
    first = packs.dumps(build())
    second = packs.dumps(build(list(reversed(corpus_candidates()))))
    assert first == second
    reloaded = packs.loads(first)
    assert [q.id for q in reloaded.questions] == [q.id for q in build().questions]


def test_max_questions_spreads_across_kinds_and_documents() -> None:
    sentences = {d: [f"Commander {name} of {d} took the town of {town} on Friday."
                     for name, town in pairs]
                 for d, pairs in {
                     "s1": [("Alpha", "Balkh"), ("Bravo", "Herat"), ("Charlie", "Kunduz")],
                     "s2": [("Delta", "Taloqan"), ("Echo", "Bamiyan"), ("Foxtrot", "Ghazni")],
                 }.items()}
    docs = [doc(d, f"Report {d}", *ss) for d, ss in sentences.items()]
    candidates = []
    found = []
    for d, ss in sentences.items():
        for i, s in enumerate(ss):
            name = s.split()[1]
            town = s.split("town of ")[1].split(" on")[0]
            quality = 0.9 if d == "s1" else 0.5
            candidates.append(cand("who", f"Who took the town of {town} on Friday?",
                                   f"Commander {name}", "PERSON", d, s, i, quality=quality))
            candidates.append(cand("where", f"Where did Commander {name} take a town?",
                                   town, "PLACE", d, s, i, quality=quality - 0.1))
            found += mentions(d, "PERSON", f"Commander {name}") + mentions(d, "GPE", town)
    everything = build_pack(docs, extraction(candidates, found), title="t").pack
    assert len(everything.questions) == 12
    best = build_pack(docs, extraction(candidates, found), title="t", max_questions=4).pack
    kinds = sorted(q.kind for q in best.questions)
    sources = sorted(q.source_id for q in best.questions)
    assert kinds == ["where", "where", "who", "who"]
    assert sources == ["s1", "s1", "s2", "s2"]
    # Within a kind and document, the better question wins.
    s1_who = [q for q in best.questions if q.source_id == "s1" and q.kind == "who"]
    assert s1_who and all(q.score >= 0.8 for q in s1_who)


def test_stats_count_documents_and_questions_by_kind() -> None:
    result = build_pack(DOCS, extraction(corpus_candidates(), PEOPLE + PLACES), title="t")
    assert result.stats.documents == 3
    assert result.stats.questions == 3
    assert result.stats.by_kind == {"who": 1, "how-many": 2}
    assert "3 documents" in result.stats.summary()


def test_a_person_the_model_read_as_an_organisation_is_asked_with_who() -> None:
    sentence = "Dostum claimed the alliance suffered 28 dead."
    docs = [doc("s2", "Opposition forces take Mazar-e-Sharif", "Rashid Dostum spoke.", sentence)]
    found = (mentions("s2", "PERSON", "Rashid Dostum") + mentions("s2", "ORG", "Dostum")
             + mentions("s2", "PERSON", "Karim Khalili", "Atta Mohammad", "Wali Masood"))
    candidates = [cand("what-org", "Which organisation claimed the alliance suffered 28 dead?",
                       "Dostum", "ORG", "s2", sentence, 1)]
    pack = build_pack(docs, extraction(candidates, found), title="t").pack
    [question] = pack.questions
    assert (question.kind, question.prompt) == ("who", "Who claimed the alliance suffered 28 dead?")
    assert question.accept == ["Rashid Dostum"]
    assert sorted(question.distractors) == ["Atta Mohammad", "Karim Khalili", "Wali Masood"]


def test_a_place_is_never_asked_as_an_organisation() -> None:
    sentence = "Uzbekistan is 45 miles to the north."
    docs = [doc("s3", "Report", sentence)]
    found = mentions("s3", "GPE", "Uzbekistan", "Uzbekistan") + mentions("s3", "ORG", "Uzbekistan")
    candidates = [cand("what-org", "Which organisation is 45 miles to the north?", "Uzbekistan",
                       "ORG", "s3", sentence)]
    assert build_pack(docs, extraction(candidates, found), title="t").pack.questions == []


def test_distractors_come_from_articles_on_the_same_topic() -> None:
    wine = "Illva Saronno has agreed to buy a third of the Changyu winery."
    docs = [
        doc("s1", "Wine deal", wine),
        doc("s2", "Winery merger", "Executives Marco Rossi, Anna Bianchi and Luca Verdi "
            "negotiated the winery merger and the vineyard shares."),
        doc("s3", "Election", "Tony Blair, Gordon Brown and John Prescott campaigned."),
        doc("s4", "Election again", "Tony Blair and Gordon Brown campaigned with Charles "
            "Kennedy and Michael Howard for the election."),
        doc("s5", "Winery results", "The winery and vineyard reported results."),
    ]
    found = (mentions("s2", "PERSON", "Marco Rossi", "Anna Bianchi", "Luca Verdi")
             + mentions("s3", "PERSON", "Tony Blair", "Gordon Brown", "John Prescott")
             + mentions("s4", "PERSON", "Tony Blair", "Gordon Brown", "Charles Kennedy",
                        "Michael Howard"))
    candidates = [cand("who", "Who has agreed to buy a third of the Changyu winery?",
                       "Illva Saronno", "PERSON", "s1", wine)]
    [question] = build_pack(docs, extraction(candidates, found), title="t").pack.questions
    assert sorted(question.distractors) == ["Anna Bianchi", "Luca Verdi", "Marco Rossi"]


def test_a_death_toll_told_two_ways_is_still_one_fact_in_conflict() -> None:
    s1 = ("Mr Bush tried to reassure Americans about his campaign to punish those blamed for "
          "the September 11th attacks, which left 5,000 dead.")
    s2 = ("Bush launched the air assault after the Taliban refused to surrender the alleged "
          "architect of the Sept. 11 terrorist attacks that killed 4,500 people.")
    docs = [doc("s1", "Afghan opposition claims Mazar-e-Sharif", s1),
            doc("s2", "Opposition forces take Mazar-e-Sharif", s2)]
    candidates = [
        cand("how-many", "How many dead did the September 11th attacks leave?", "5,000",
             "NUMBER", "s1", s1, counted="dead", predicate="leave", value=(5000.0, 5000.0)),
        cand("how-many", "How many people did the Sept. 11 terrorist attacks kill?", "4,500",
             "NUMBER", "s2", s2, counted="people", predicate="kill", value=(4500.0, 4500.0)),
    ]
    [question] = build_pack(docs, extraction(candidates, []), title="t").pack.questions
    assert question.answer == "5,000"
    assert [(v.value, v.source) for v in question.conflict.values] == [
        ("5,000", "s1"), ("4,500", "s2")]
    assert question.prompt == ('According to the report "Afghan opposition claims '
                               'Mazar-e-Sharif", how many dead did the September 11th attacks '
                               'leave?')


def test_an_organisation_asked_as_a_person_is_asked_as_an_organisation() -> None:
    sentence = "BAA is also offering to buy noise-hit properties."
    docs = [doc("s1", "Airport", sentence)]
    found = mentions("s1", "ORG", "BAA", "Heathrow Airport Holdings", "Gatwick Trust", "NATS")
    candidates = [cand("who", "Who is also offering to buy noise-hit properties?", "BAA",
                       "PERSON", "s1", sentence)]
    [question] = build_pack(docs, extraction(candidates, found), title="t").pack.questions
    assert question.kind == "what-org"
    assert question.prompt == "Which organisation is also offering to buy noise-hit properties?"
    assert sorted(question.distractors) == ["Gatwick Trust", "Heathrow Airport Holdings", "NATS"]


def test_the_pack_does_not_depend_on_python_hash_seeds() -> None:
    import os
    import subprocess
    import sys
    from pathlib import Path

    here = Path(__file__).resolve().parent
    code = ("from test_generate_corpus import build; from factquiz import pack; "
            "print(pack.dumps(build()))")
    outputs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed,
               "PYTHONPATH": os.pathsep.join([str(here), os.environ.get("PYTHONPATH", "")])}
        run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             env=env, check=True)
        outputs.add(run.stdout)
    assert len(outputs) == 1


def test_citations_follow_the_order_of_the_documents() -> None:
    sentence = "Kabul fell to the alliance on Tuesday, officials said."
    docs = [doc(f"s{i}", f"Report {i}", sentence) for i in (1, 2, 10)]
    candidates = [cand("when", "When did Kabul fall to the alliance?", "Tuesday", "DATE", d.id,
                       sentence, quality=0.9 if d.id == "s2" else 0.5) for d in docs]
    [question] = build_pack(docs, extraction(candidates, []), title="t").pack.questions
    assert [c.source for c in question.citations] == ["s2", "s1", "s10"]


def test_a_conflict_prompt_stays_short_enough_to_keep() -> None:
    title = "A very long headline about the battle for the northern city and what followed it"
    s1 = "Officials in Kabul said the attacks on the northern city of Kunduz killed 300 people."
    s2 = "Officials in Kabul said the attacks on the northern city of Kunduz killed 120 people."
    prompt = ("How many people did the attacks on the northern city of Kunduz kill, "
              "according to officials in Kabul?")
    docs = [doc("s1", title, s1), doc("s2", "Second", s2)]
    candidates = [cand("how-many", prompt, "300", "NUMBER", "s1", s1, counted="people",
                       predicate="kill", value=(300.0, 300.0), quality=0.9),
                  cand("how-many", prompt, "120", "NUMBER", "s2", s2, counted="people",
                       predicate="kill", value=(120.0, 120.0))]
    [question] = build_pack(docs, extraction(candidates, []), title="t").pack.questions
    assert question.conflict is not None and question.prompt == prompt  # already attributed
    candidates[0].prompt = candidates[1].prompt = (
        "How many people did the attacks on the northern city of Kunduz kill?")
    [question] = build_pack(docs, extraction(candidates, []), title="t").pack.questions
    assert question.prompt == ("According to one report, how many people did the attacks on "
                               "the northern city of Kunduz kill?")
    assert title in question.conflict.note


def test_a_nationality_is_no_answer_to_who() -> None:
    s1 = "The Briton, made a dame in the New Year Honours, won the public vote."
    s2 = "The Tories dismissed Labour's pay plan as desperate."
    docs = [doc("s1", "Honours", s1, s2)]
    found = mentions("s1", "NORP", "Briton", "Tories")
    candidates = [cand("who", "Who won the public vote?", "Briton", "GROUP", "s1", s1),
                  cand("who", "Who dismissed Labour's pay plan as desperate?", "Tories", "GROUP",
                       "s1", s2, 1)]
    pack = build_pack(docs, extraction(candidates, found), title="t").pack
    assert [q.answer for q in pack.questions] == ["Tories"]


def test_a_person_named_after_a_year_is_still_asked_about() -> None:
    """"In 1750 Ada Eze explored ...": a year is no clock time, so the name is no time zone
    (as "GMT" is after "1200")."""
    sentence = "In 1750 Ada Eze explored the Kano territory and opened talks at Logstown."
    docs = [doc("s1", "Explorers", sentence)]
    candidates = [cand("who", "Who explored the Kano territory in 1750?", "Ada Eze", "PERSON",
                       "s1", sentence)]
    found = mentions("s1", "PERSON", "Ada Eze")
    pack = build_pack(docs, extraction(candidates, found), title="t").pack
    assert [q.answer for q in pack.questions] == ["Ada Eze"]


def test_a_person_described_with_the_is_not_named() -> None:
    sentence = "The Briton, made a dame in the New Year Honours, won the public vote."
    docs = [doc("s1", "Honours", sentence)]
    candidates = [cand("who", "Who won the public vote?", "Briton", "PERSON", "s1", sentence)]
    found = mentions("s1", "PERSON", "Briton")
    assert build_pack(docs, extraction(candidates, found), title="t").pack.questions == []


@pytest.mark.parametrize("prompt, sentence, expected", [
    ("When did sky first scoop Oscar rights from the BBC?",
     "Sky first scooped Oscar rights from the BBC in 1999.",
     "When did Sky first scoop Oscar rights from the BBC?"),
    ("Who is expected to rule, according to mPs?", "MPs said staff are expected to rule.",
     "Who is expected to rule, according to MPs?"),
    # Not only the sentence's first word; "iPod" stays as written.
    ("Who rules every 11 minutes, according to mPs?",
     "Visa staff rule every 11 minutes, MPs say of the iPod age.",
     "Who rules every 11 minutes, according to MPs?"),
    ("Who sold the iPod, according to mPs?", "Apple sold the iPod, MPs said.",
     "Who sold the iPod, according to MPs?"),
    ("How many people did the attacks kill?", "The attacks killed 30 people.",
     "How many people did the attacks kill?"),
    ("Who rules, according to officials?", "Officials said he rules.",
     "Who rules, according to officials?"),
])
def test_a_name_that_began_its_sentence_keeps_its_capital(prompt: str, sentence: str,
                                                          expected: str) -> None:
    from factquiz.generate.pipeline import restore_case

    assert restore_case(prompt, sentence, frozenset({"Sky", "BBC", "Oscar"})) == expected


@pytest.mark.parametrize("opens_sentence, expected", [
    (True, "When did athletics fans endure a year of mixed emotions?"),
    (False, "When did Athletics fans endure a year of mixed emotions?"),
])
def test_only_a_name_written_inside_a_sentence_gets_its_capital_back(
        opens_sentence: bool, expected: str) -> None:
    """'Athletics fans endured ...': the model calls the first word an organisation only for
    its capital; a name the articles write with a capital mid-sentence ("on Sky") is one."""
    from factquiz.generate.candidate import Mention

    sentence = "Athletics fans endured a year of mixed emotions in 2004 as Kelly Holmes won."
    docs = [doc("s1", "Athletics review", sentence)]
    found = [Mention("Athletics", "ORG", "s1", 0, opens_sentence),
             Mention("Kelly Holmes", "PERSON", "s1", 0)]
    candidates = [cand("when", "When did athletics fans endure a year of mixed emotions?",
                       "2004", "DATE", "s1", sentence)]
    prompts = [q.prompt for q in build_pack(docs, extraction(candidates, found),
                                            title="t").pack.questions]
    assert prompts == [expected]


def test_an_organisation_question_answered_by_a_person_asks_who() -> None:
    s1 = "Nicola Sturgeon attacked the plan."
    s2 = "Nicola Sturgeon said the plan was wrong, and Nicola Sturgeon voted against it."
    docs = [doc("s1", "Plan", s1, s2)]
    found = (mentions("s1", "PERSON", "Nicola Sturgeon", "Nicola Sturgeon")
             + mentions("s1", "ORG", "Nicola Sturgeon"))
    candidates = [cand("what-org", "Which organisation attacked the Holyrood plan?",
                       "Nicola Sturgeon", "ORG", "s1", s1)]
    [question] = build_pack(docs, extraction(candidates, found), title="t").pack.questions
    assert (question.kind, question.prompt) == ("who", "Who attacked the Holyrood plan?")


def _person_options(title: str, text: str, prompt: str, answer: str, *paragraphs: str,
                    people: tuple[str, ...]) -> list[str]:
    """The options offered for a who-question about `answer`, asked of `text` in an article
    whose other `paragraphs` name `people`."""
    docs = [doc("s1", title, text, *paragraphs)]
    found = mentions("s1", "PERSON", answer, *people)
    candidates = [cand("who", prompt, answer, "PERSON", "s1", text)]
    [question] = build_pack(docs, extraction(candidates, found), title="t").pack.questions
    return question.distractors


#: Six people an article sexes, three women and three men.
_WOMEN_AND_MEN = ("Grace Bello said she was ready. Mary Uche said she was fit.",
                  "Ruth Ige said she ran. Joy Ama said she won. Ify Eke said she lost.",
                  "Tom Ige said he was fit. Joe Oni said he would win. Sam Ojo said he ran.")
_WOMEN_AND_MEN_NAMES = ("Grace Bello", "Mary Uche", "Ruth Ige", "Joy Ama", "Ify Eke",
                        "Tom Ige", "Joe Oni", "Sam Ojo")


def test_her_in_the_question_brings_women_the_articles_call_she_first() -> None:
    text = "Ada Eze faces the biggest test of her career in the Lagos Marathon on Sunday."
    options = _person_options(
        "Marathon", text,
        "Who faces the biggest test of her career in the Lagos Marathon on Sunday?", "Ada Eze",
        "Tom Obi, Sam Okoro and Joe Ade will also run.",
        "Grace Bello said she was ready. Mary Uche said she was fit.",
        "Ruth Ige said she would win.",
        people=("Tom Obi", "Sam Okoro", "Joe Ade", "Grace Bello", "Mary Uche", "Ruth Ige"))
    # The men may be women for all the article says, but "her" would give them away.
    assert sorted(options) == ["Grace Bello", "Mary Uche", "Ruth Ige"]


def test_a_womens_event_brings_women_and_a_given_name_tells_sex_by_namesakes() -> None:
    options = _person_options(
        "Record", "Ada Eze smashed the women's world record in Lagos.",
        "Who smashed the women's world record in Lagos?", "Ada Eze",
        "Ada Eze said she was delighted.",
        "Chidi Obi and Ngozi Ige will also run. Grace Bello said she was ready.",
        "Chidi Ade said he was fit. Chidi Uche said he would win.",
        "Ngozi Bala said she was fit. Ngozi Oni said she would win.",
        people=("Chidi Obi", "Ngozi Ige", "Grace Bello", "Chidi Ade", "Chidi Uche",
                "Ngozi Bala", "Ngozi Oni"))
    # "women's" says the answer is a woman; no article calls Chidi Obi or Ngozi Ige anything
    # (nor does the census know their given names), but two other Chidis are "he" and two
    # other Ngozis "she".
    assert not {"Chidi Obi", "Chidi Ade", "Chidi Uche"} & set(options), options
    assert len(options) == 3, options


def test_a_woman_athlete_is_offered_women() -> None:
    # "voted woman athlete of 2004": the award says the answer is a woman, as "her" would.
    options = _person_options(
        "Awards", "Ada Eze has been voted Kano woman athlete of 2004.",
        "Who has been voted Kano woman athlete of 2004?", "Ada Eze",
        "Ada Eze said she was delighted. Tom Obi and Sam Okoro were also honoured.",
        *_WOMEN_AND_MEN,
        people=("Tom Obi", "Sam Okoro", *_WOMEN_AND_MEN_NAMES))
    assert not {"Tom Obi", "Sam Okoro", "Tom Ige", "Joe Oni", "Sam Ojo"} & set(options), options
    assert len(options) == 3, options


def test_a_person_the_question_calls_by_given_name_is_no_option() -> None:
    # "Ossie was my hero": Ossie Davis did not say it of himself, and Mr Okafor is a title.
    text = '"Ossie was my hero," said Tom Obi, according to Mr Okafor.'
    options = _person_options(
        "Tribute", text, 'Who said "Ossie was my hero"?', "Tom Obi",
        "Ossie Eze died on Friday. Chidi Okafor and Grace Bello paid tribute.",
        "Mary Uche and Joe Oni also spoke.",
        people=("Ossie Eze", "Chidi Okafor", "Grace Bello", "Mary Uche", "Joe Oni"))
    assert "Ossie Eze" not in options, options
    assert len(options) == 3, options


def test_best_actress_leaves_out_a_man_whose_given_name_says_so() -> None:
    # No article calls Martin Okafor or Michael Ade "he" (as with Martin Scorsese); their
    # given names tell, and the women are offered. "Chris" could be either: a gap-filler.
    options = _person_options(
        "Awards", "Ada Eze won the Kano best actress award for Lagos Nights.",
        "Who won the Kano best actress award for Lagos Nights?", "Ada Eze",
        "Martin Okafor directed Lagos Nights. Michael Ade produced it.",
        "Grace Bello was nominated. Mary Uche was nominated.",
        "Chris Obi and Ngozi Ige were also nominated.",
        people=("Martin Okafor", "Michael Ade", "Grace Bello", "Mary Uche", "Chris Obi",
                "Ngozi Ige"))
    assert not {"Martin Okafor", "Michael Ade"} & set(options), options
    assert {"Grace Bello", "Mary Uche"} <= set(options), options


def test_the_winner_of_a_mens_race_is_offered_men_though_no_article_says_he() -> None:
    options = _person_options(
        "Race", "Obi came in ahead of Ade and Eze in the men's race.",
        "Who came in ahead of Ade and Eze in the men's race?", "Obi",
        *_WOMEN_AND_MEN, people=_WOMEN_AND_MEN_NAMES)
    assert sorted(options) == ["Joe Oni", "Sam Ojo", "Tom Ige"]


def test_best_actress_brings_women_though_no_article_says_she() -> None:
    options = _person_options(
        "Awards", "Ada Eze won the Kano best actress award for Lagos Nights.",
        "Who won the Kano best actress award for Lagos Nights?", "Ada Eze",
        *_WOMEN_AND_MEN, people=_WOMEN_AND_MEN_NAMES)
    assert not {"Tom Ige", "Joe Oni", "Sam Ojo"} & set(options)
