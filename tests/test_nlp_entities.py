"""Entity fixes: names the small English model splits or mislabels."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.nlp


def entities(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in nlp(text).ents]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops entered Mazar-e-Sharif at dawn.", ("Mazar-e-Sharif", "GPE")),
        ("The convoy left Pul-e-Kumri yesterday.", ("Pul-e-Kumri", "GPE")),
        ("They reached Sar-i-Pul before noon.", ("Sar-i-Pul", "GPE")),
        ("The ferry docked at Southend-on-Sea.", ("Southend-on-Sea", "GPE")),
        (
            "Fighting broke out at the Pul-e-Imam Bukhri bridge.",
            ("Pul-e-Imam Bukhri bridge", "FAC"),
        ),
    ],
)
def test_hyphenated_places_are_one_entity(nlp, text: str, expected: tuple[str, str]) -> None:
    assert expected in entities(nlp, text)


def test_hyphenated_name_is_one_token(nlp) -> None:
    doc = nlp("Opposition forces captured Mazar-e-Sharif, the largest northern city.")
    assert "Mazar-e-Sharif" in [t.text for t in doc]


def test_title_makes_a_person(nlp) -> None:
    doc = nlp("The attack was led by warlord Dostum, whose forces control the north.")
    assert ("Dostum", "PERSON") in [(e.text, e.label_) for e in doc.ents]


def test_name_after_mr_is_a_person_even_when_the_model_misses_it(nlp) -> None:
    labels = dict(entities(nlp, "Mr Kowalczyk Brzeski arrived late."))
    assert labels.get("Kowalczyk Brzeski") == "PERSON"


@pytest.mark.parametrize(
    ("text", "name"),
    [("According to Rashid al-Din, the Khan sent for his sons.", "Rashid al-Din"),
     ("Abu Musab al-Zarqawi was killed in Iraq.", "Abu Musab al-Zarqawi"),
     ("The dynasty was governed by Shah Ala ad-Din Muhammad.", "Shah Ala ad-Din Muhammad")],
)
def test_an_al_surname_is_part_of_the_persons_name(nlp, text: str, name: str) -> None:
    # The ruler reads "al-Din" as a place; after a person's name it is the rest of it.
    assert (name, "PERSON") in entities(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Ada Eze was suspended by the US Anti-Doping Agency in June.",
      ("US Anti-Doping Agency", "ORG")),
     # Not after a phrase that ends with the country: "in the US, Kano Motors ...".
     ("In the US, Kano Motors sells more cars.", ("US", "GPE"))],
)
def test_the_country_before_an_organisations_name_is_part_of_it(
        nlp, text: str, expected: tuple[str, str]) -> None:
    assert expected in entities(nlp, text)


def test_words_before_mountains_are_a_location(nlp) -> None:
    assert ("Hindu Kush", "LOC") in entities(
        nlp, "The supply route runs north of the Hindu Kush mountains."
    )


def test_town_of_x_is_a_place(nlp) -> None:
    doc = nlp("Fighters withdrew to the town of Aybak overnight.")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Aybak") in ("GPE", "LOC")


def test_missing_model_is_a_one_line_error() -> None:
    from factquiz.errors import FactquizError
    from factquiz.nlp import load_model

    with pytest.raises(FactquizError) as info:
        load_model("no_such_model_xyz")
    assert "no_such_model_xyz" in str(info.value)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # Works: the object of "publish", a work noun or adjective beside the name.
        ("In 2001 Mr Hallam published the bestselling Counting Rivers.", "Counting Rivers",
         "WORK_OF_ART"),
        ("Crime thriller Silver Lantern opened in Paris on Friday.", "Silver Lantern",
         "WORK_OF_ART"),
        # Companies: a company noun beside the name, a stake bought by the subject.
        ("The tablet was made by Korean electronics giant Hanbit.", "Hanbit", "ORG"),
        ("Spain's Corvera Lucas has agreed to buy 40% of Tianlu, a Chinese brewer.",
         "Corvera Lucas", "ORG"),
        # People stay people: an author before a work noun, a film-maker.
        ("Slater is starring in the Tennessee Williams drama next month.", "Williams", "PERSON"),
        ("Mexican film-maker Alfonso Cuaron directed the third film.", "Alfonso Cuaron",
         "PERSON"),
    ],
)
def test_works_and_companies_are_told_from_people_by_their_context(
    nlp, text: str, name: str, label: str
) -> None:
    assert dict(entities(nlp, text)).get(name) == label


def test_a_genre_word_opening_a_sentence_leaves_the_work_its_own_name(nlp) -> None:
    found = entities(nlp, "Comedy Meet The Okafors topped the box office in North America.")
    assert any(text.startswith("Meet The") and label == "WORK_OF_ART" for text, label in found)
    assert not any(text.startswith("Comedy") for text, _ in found)


def test_a_capitalised_plural_opening_a_sentence_is_no_name(nlp) -> None:
    # The model reads "Viruses" as an organisation; the text writes "virus" in lower case.
    text = ("Viruses were confirmed as human pathogens in 1901, with the discovery of the"
            " yellow fever virus by Walter Reed.")
    assert entities(nlp, text) == [("1901", "DATE"), ("Walter Reed", "PERSON")]


def test_a_name_opening_a_sentence_keeps_its_label(nlp) -> None:
    # The tagger calls "Slater" a common noun here: the tag alone is no evidence.
    assert ("Slater", "PERSON") in entities(
        nlp, "Slater won rave reviews for his performance in London's West End.")


def test_a_quotation_mark_is_no_part_of_a_name(nlp) -> None:
    # The model reads 'The "Sahel Council' as one organisation; the quote opens a phrase.
    text = 'The "Sahel Council" (rather than the Council) is made up of Sahel prime ministers.'
    assert ("Sahel Council", "ORG") in entities(nlp, text)
    assert not any('"' in name for name, _ in entities(nlp, text))


def test_a_bracket_is_no_part_of_a_name(nlp) -> None:
    # The model reads 'The University of Lagos (' as the name when the bracket opens aliases.
    text = "The University of Lagos (Unilag, or UL) is a public research university in Lagos."
    assert ("The University of Lagos", "ORG") in entities(nlp, text)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # A plural name straight after "the" is a team or a band, whatever the model guessed.
        # (A "person" so read becomes a group of people, a "product" an organisation.)
        ("The Panthers finished the regular season with a 15–1 record.", "Panthers", "NORP"),
        ("The Broncos defeated the Pittsburgh Steelers in the divisional round.",
         "Broncos", "ORG"),
        # A counted plural is things ("two ... Saturn Vs"); a name before a noun is no team.
        ("The two unused Saturn Vs became museum exhibits.", "Saturn Vs", "PRODUCT"),
        ("The Williams sisters won the doubles.", "Williams", "PERSON"),
        # "the" before a description, not before the name, makes no group.
        ("Fans expected to see the new-look Kelly Holmes tearing up the track again.",
         "Kelly Holmes", "PERSON"),
    ],
)
def test_a_plural_name_after_the_is_a_group(nlp, text: str, name: str, label: str) -> None:
    assert (name, label) in entities(nlp, text)


def test_a_score_is_no_part_of_the_name_before_it(nlp) -> None:
    found = entities(nlp, "The Panthers defeated the Arizona Cardinals 49–15 in the final.")
    assert ("the Arizona Cardinals", "ORG") in found
    assert not any("49–15" in text for text, _ in found)


def test_a_name_ending_in_of_runs_on_into_the_organisation_after_it(nlp) -> None:
    found = entities(nlp, "The Board of Trustees of the University of Chicago met in March.")
    assert ("The Board of Trustees of the University of Chicago", "ORG") in found


def test_what_has_a_population_is_a_place(nlp) -> None:
    found = entities(nlp, "Jacksonville had a population of 821,784 in the 2010 census.")
    assert ("Jacksonville", "GPE") in found
