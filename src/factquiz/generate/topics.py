"""Which articles of a corpus are about similar things, for choosing distractors nearby.

A question about a wine deal should offer other business people as wrong answers, not the
Prime Minister because he is the most mentioned person in the corpus. Articles are compared
by the distinctive words they share: a cosine over word sets, each word weighted by how rare
it is in the corpus (inverse document frequency); words in most articles are ignored.
"""

from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np

from factquiz.ingest import Document

#: Words in more than this share of the articles say nothing about topic.
MAX_DOCUMENT_SHARE = 0.1
NEIGHBOURS = 20
_WORD = re.compile(r"[a-z][a-z'-]{3,}")
#: Words per block of the article-word matrix: bounds memory on large corpora.
_BLOCK = 4096
#: Similarities are compared at this many decimals, so the order does not hang on how the
#: matrix library happened to sum (the same input must give the same pack on any machine).
_DECIMALS = 9


def _vocabulary(document: Document) -> set[str]:
    return set(_WORD.findall(document.text.casefold()))


def neighbours(documents: list[Document]) -> dict[str, list[str]]:
    """For each document id, up to 20 other document ids, most similar first.

    Ties go to the earlier document; an article sharing no weighted word is no neighbour.
    """
    if len(documents) < 2:
        return {}
    vocabularies = [_vocabulary(doc) for doc in documents]
    frequency = Counter(word for words in vocabularies for word in words)
    total = len(documents)
    # Small corpora keep every shared word; large ones skip the common ones.
    limit = max(5, int(MAX_DOCUMENT_SHARE * total))
    weighted = sorted(w for w, n in frequency.items() if 2 <= n <= limit)
    column = {w: j for j, w in enumerate(weighted)}
    weight = np.array([math.log(total / frequency[w]) for w in weighted])
    # Where each article has a weighted word: (row, column) pairs of the article-word matrix.
    pairs = [(row, column[w]) for row, words in enumerate(vocabularies) for w in words
             if w in column]
    rows = np.array([r for r, _ in pairs], dtype=np.intp)
    cols = np.array([c for _, c in pairs], dtype=np.intp)
    # Shared weight of every pair of articles: the matrix times its transpose, by blocks of
    # words so that memory stays bounded on large corpora.
    shared = np.zeros((total, total))
    for start in range(0, len(weighted), _BLOCK):
        width = min(_BLOCK, len(weighted) - start)
        inside = (cols >= start) & (cols < start + width)
        block = np.zeros((total, width))
        block[rows[inside], cols[inside] - start] = weight[cols[inside]]
        shared += block @ block.T
    # An article's own weight is its squared norm.
    norms = np.sqrt(np.diag(shared)).copy()
    norms[norms == 0] = 1.0
    similarity = np.round(shared / np.outer(norms, norms), _DECIMALS)
    np.fill_diagonal(similarity, 0.0)
    result: dict[str, list[str]] = {}
    for row, doc in enumerate(documents):
        # Stable sort on the negated score: equal scores keep document order.
        ranked = np.argsort(-similarity[row], kind="stable")
        result[doc.id] = [documents[i].id for i in ranked[:NEIGHBOURS]
                          if similarity[row, i] > 0]
    return result
