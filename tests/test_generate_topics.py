"""Topic neighbours: distractors come from articles about similar things."""

from __future__ import annotations

from factquiz.generate.topics import NEIGHBOURS, neighbours
from factquiz.ingest import Document


def _doc(doc_id: str, text: str) -> Document:
    return Document(id=doc_id, title=doc_id, path=f"{doc_id}.txt", paragraphs=[text])


# Filler articles, so that words in most of them ("said", "year") are ignored as common.
FILLER = [_doc(f"filler{n}", f"The minister said this year that topic{n}x mattered "
                             f"to everyone around subject{n}y and matter{n}z.")
          for n in range(40)]


def test_articles_sharing_rare_words_are_nearest() -> None:
    wine = _doc("wine", "The vineyard sold its merlot harvest to a winery in Bordeaux.")
    vintage = _doc("vintage", "A winery bought the merlot grapes from another vineyard.")
    match = _doc("match", "The striker scored twice as the goalkeeper let in a penalty.")
    result = neighbours([wine, match, vintage, *FILLER])
    assert result["wine"][0] == "vintage"
    assert result["vintage"][0] == "wine"
    assert "match" not in result["wine"]  # shares only common words with it


def test_ties_keep_document_order() -> None:
    docs = [_doc(f"w{n}", f"A vineyard merlot winery story, {n}.") for n in range(4)]
    result = neighbours([*docs, *FILLER])
    # every wine article is as close to w3 as the others: the earliest come first
    assert result["w3"] == ["w0", "w1", "w2"]
    assert result["w0"] == ["w1", "w2", "w3"]


def test_at_most_twenty_neighbours() -> None:
    many = [_doc(f"f{n}", f"Unrelated report{n}a about item{n}b.") for n in range(300)]
    docs = [_doc(f"w{n}", f"A vineyard merlot winery story, {n}.") for n in range(NEIGHBOURS + 5)]
    result = neighbours([*docs, *many])
    assert result["w0"] == [f"w{n}" for n in range(1, NEIGHBOURS + 1)]


def test_one_article_has_no_neighbours_and_the_result_is_repeatable() -> None:
    assert neighbours([FILLER[0]]) == {}
    docs = [*FILLER, _doc("a", "merlot winery"), _doc("b", "merlot vineyard")]
    assert neighbours(docs) == neighbours(list(docs))
