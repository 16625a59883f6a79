"""Which articles of a corpus are about similar things, for choosing distractors nearby.

A question about a wine deal should offer other business people as wrong answers, not the
Prime Minister because he is the most mentioned person in the corpus. Articles are compared
by the distinctive words they share (cosine over word sets, very common words ignored).
"""

from __future__ import annotations

import math
import re
from collections import Counter

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
    limit = max(2, int(MAX_DOCUMENT_SHARE * len(documents)))
    postings: dict[str, list[str]] = {}
    for doc in documents:
        for word in sorted(vocabularies[doc.id]):
            if 2 <= frequency[word] <= limit:
                postings.setdefault(word, []).append(doc.id)
    sizes = {doc_id: max(1, sum(1 for w in words if 2 <= frequency[w] <= limit))
             for doc_id, words in vocabularies.items()}
    shared: dict[str, Counter[str]] = {doc.id: Counter() for doc in documents}
    for ids in postings.values():
        for a in ids:
            for b in ids:
                if a != b:
                    shared[a][b] += 1
    result: dict[str, list[str]] = {}
    order = {doc.id: i for i, doc in enumerate(documents)}
    for doc_id, counts in shared.items():
        ranked = sorted(counts, key=lambda other: (
            -counts[other] / math.sqrt(sizes[doc_id] * sizes[other]), order[other]))
        result[doc_id] = ranked[:NEIGHBOURS]
    return result
