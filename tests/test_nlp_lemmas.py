"""Lemmas are computed on demand, and are the ones spaCy's lemmatizer would have written."""

from __future__ import annotations

import spacy

from factquiz.nlp.lemmas import lemma

TEXT = (
    "Northern alliance forces got into the city on Friday, and the Taliban were seen fleeing. "
    "Commanders said 500 fighters had been killed; the spokesmen added that women were spared. "
    "He has gone to the bridges, which were captured by the opposition's best-known generals."
)


def test_the_pipeline_does_not_lemmatise_every_token(nlp) -> None:
    assert "lemmatizer" not in nlp.pipe_names
    doc = nlp("The soldiers were fleeing.")
    assert doc[1].lemma_ == ""  # nothing was computed yet
    assert lemma(doc[1]) == "soldier"
    assert doc[1].lemma_ == "soldier"  # and it is kept on the token


def test_each_lemma_is_the_lemmatizers_own(nlp) -> None:
    lazy = nlp(TEXT)
    eager = nlp.get_pipe("lemmatizer")(nlp(TEXT))
    assert [lemma(t) for t in lazy] == [t.lemma_ for t in eager]
    assert [lemma(t) for t in lazy if t.text in ("got", "fleeing", "generals")] == [
        "get", "flee", "general"]


def test_a_lemma_already_set_is_kept() -> None:
    doc = spacy.blank("en")("geese")
    doc[0].lemma_ = "goose"
    assert lemma(doc[0]) == "goose"
