"""Facts -> questions across a corpus: aliases, merged facts, conflicts, distractors, ranking.

Importing this package never imports spaCy: `generate_pack` imports `factquiz.nlp` when called,
so the play path and the corpus-stage tests stay fast.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from factquiz.generate.pipeline import GenerationResult, GenerationStats, build_pack
from factquiz.ingest import Document

__all__ = ["GenerationResult", "GenerationStats", "build_pack", "generate_pack"]

#: Below this many words one process is faster than starting a second (it reloads the model).
PARALLEL_MIN_WORDS = 30_000


def default_processes(documents: list[Document]) -> int:
    words = sum(doc.word_count for doc in documents)
    if words < PARALLEL_MIN_WORDS:
        return 1
    return max(1, min(2, os.cpu_count() or 1))


def generate_pack(
    documents: list[Document],
    *,
    title: str,
    description: str | None = None,
    max_questions: int | None = None,
    model: str | None = None,
    n_process: int | None = None,
    on_document: Callable[..., object] | None = None,
) -> GenerationResult:
    """Extract facts from `documents` with spaCy and turn them into a ranked pack."""
    from factquiz.generate.parallel import extract_parallel
    from factquiz.nlp import load_model  # spaCy: only when generating

    nlp = load_model(name=model)
    processes = n_process if n_process is not None else default_processes(documents)
    extraction = extract_parallel(documents, nlp, processes, on_document)
    return build_pack(documents, extraction, title=title, description=description,
                      max_questions=max_questions)
