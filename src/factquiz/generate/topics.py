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
from itertools import combinations

from factquiz.ingest import Document

#: Words in more than this share of the articles say nothing about topic.
MAX_DOCUMENT_SHARE = 0.1
NEIGHBOURS = 20
_WORD = re.compile(r"[a-z][a-z'-]{3,}")


def _vocabulary(document: Document) -> set[str]:
    return set(_WORD.findall(document.text.casefold()))


def neighbours(documents: list[Document]) -> dict[str, list[str]]:
    """For each document id, up to 20 other document ids, most similar first."""
    if len(documents) < 2:
        return {}
    vocabularies = {doc.id: _vocabulary(doc) for doc in documents}
    frequency = Counter(word for words in vocabularies.values() for word in words)
    total = len(documents)
    # Small corpora keep every shared word; large ones skip the common ones (cost is df^2).
    limit = max(5, int(MAX_DOCUMENT_SHARE * total))
    weight = {w: math.log(total / n) for w, n in frequency.items() if 2 <= n <= limit}
    postings: dict[str, list[str]] = {}
    for doc in documents:
        for word in sorted(vocabularies[doc.id]):
            if weight.get(word, 0.0) > 0:
                postings.setdefault(word, []).append(doc.id)
    norms = {doc_id: math.sqrt(sum(weight.get(w, 0.0) ** 2 for w in words)) or 1.0
             for doc_id, words in vocabularies.items()}
    shared: dict[str, Counter[str]] = {doc.id: Counter() for doc in documents}
    for word, ids in postings.items():
        w2 = weight[word] ** 2
        for a, b in combinations(ids, 2):
            shared[a][b] += w2
            shared[b][a] += w2
    result: dict[str, list[str]] = {}
    order = {doc.id: i for i, doc in enumerate(documents)}
    for doc_id, sums in shared.items():
        ranked = sorted(sums, key=lambda other: (
            -sums[other] / (norms[doc_id] * norms[other]), order[other]))
        result[doc_id] = ranked[:NEIGHBOURS]
    return result
