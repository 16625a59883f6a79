"""Lemmas computed when first asked for, not for every token of every paragraph.

spaCy's rule lemmatizer is Python code run on each token: about a fifteenth of the whole
pipeline's time on the BBC corpus, while the fact extractor reads the lemmas of a few words
per sentence (verbs, counted nouns). `load_model` keeps the lemmatizer loaded but disabled,
and `lemma` asks it for one token at a time, with the same rules, tables and cache, so every
lemma read is the one the component would have written.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

#: The disabled lemmatizer of the model loaded last (one model per process in practice).
_lemmatizer: Any = None


def use(lemmatizer: Any) -> None:
    """Lemmatise with this component (`load_model` calls it)."""
    global _lemmatizer
    _lemmatizer = lemmatizer


def lemma(token: Token) -> str:
    """The token's lemma, set on the token the first time it is asked for.

    A token that already has one keeps it: the attribute ruler sets a few ("got" -> "get"),
    and a pipeline that ran its lemmatizer has set them all (as the component itself skips
    tokens with a lemma).
    """
    if token.lemma == 0 and _lemmatizer is not None:
        token.lemma_ = _lemmatizer.lemmatize(token)[0]
    return token.lemma_
