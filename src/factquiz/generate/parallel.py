"""Extraction on several cores with one copy of the model in memory.

spaCy's own `nlp.pipe(n_process=2)` starts two fresh workers that each hold the model while
the parent holds a third, idle copy: about 670 MB for the 400 BBC articles. Here the parent
loads the model once and forks: the children share the model's weights with it page for page
(copy-on-write), each process reads a contiguous share of the articles, the children send
back plain results. A child that dies is reported as an error, never waited for forever.
"""

from __future__ import annotations

import gc
import multiprocessing
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from factquiz.errors import FactquizError
from factquiz.generate.candidate import ExtractionResult
from factquiz.ingest import Document

#: Paragraphs per batch: 16 parses as fast as 64 here and peaks about 80 MB lower.
BATCH_SIZE = 16


def fork_available() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def split_by_words(documents: list[Document], parts: int) -> list[list[Document]]:
    """Contiguous shares of about equal word counts, in document order, none empty."""
    parts = max(1, min(parts, len(documents)))
    total = sum(max(1, d.word_count) for d in documents)
    shares: list[list[Document]] = [[] for _ in range(parts)]
    done = 0
    for doc in documents:
        # The share a document falls in follows how much text came before it.
        index = min(parts - 1, done * parts // total)
        shares[index].append(doc)
        done += max(1, doc.word_count)
    return [share for share in shares if share]


def _extract(documents: list[Document], nlp: Any,
             on_document: Callable[[Document], object] | None) -> ExtractionResult:
    from factquiz.nlp import extract

    return extract(documents, nlp=nlp, n_process=1, batch_size=BATCH_SIZE,
                   on_document=on_document)


def _child(documents: list[Document], nlp: Any, channel: Connection) -> None:
    """Runs in a forked process: report each finished document, then the whole result."""
    try:
        positions = {id(doc): i for i, doc in enumerate(documents)}
        result = _extract(documents, nlp, lambda doc: channel.send(("done", positions[id(doc)])))
        channel.send(("result", result))
    except BaseException as exc:  # the parent must hear of any failure, not wait for it
        channel.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        channel.close()


class _Listener(threading.Thread):
    """Relays a child's progress to `on_document` and keeps its result."""

    def __init__(self, channel: Connection, documents: list[Document],
                 on_document: Callable[[Document], object] | None) -> None:
        super().__init__(daemon=True)
        self.channel = channel
        self.documents = documents
        self.on_document = on_document
        self.result: ExtractionResult | None = None
        self.error: str | None = None

    def run(self) -> None:
        try:
            while True:
                kind, payload = self.channel.recv()
                if kind == "done":
                    if self.on_document is not None:
                        self.on_document(self.documents[payload])
                elif kind == "result":
                    self.result = payload
                    return
                else:
                    self.error = payload
                    return
        except EOFError:
            self.error = "a worker process ended without sending its results"


def merge(results: list[ExtractionResult]) -> ExtractionResult:
    merged = ExtractionResult()
    for part in results:
        merged.candidates.extend(part.candidates)
        merged.mentions.extend(part.mentions)
        merged.sentences += part.sentences
        merged.words += part.words
        merged.failed_sentences += part.failed_sentences
    return merged


def extract_parallel(documents: list[Document], nlp: Any, processes: int,
                     on_document: Callable[[Document], object] | None = None
                     ) -> ExtractionResult:
    """Extraction over `processes` processes (this one included), results in document order."""
    shares = split_by_words(documents, processes)
    if len(shares) < 2 or not fork_available():
        from factquiz.nlp import extract

        return extract(documents, nlp=nlp, n_process=processes, batch_size=BATCH_SIZE,
                       on_document=on_document)
    from factquiz.nlp.extract import warm_up

    warm_up()
    # Objects alive now are never collected in the children: the collector must not write
    # to their headers there, or every page it touches stops being shared with this process.
    gc.freeze()
    try:
        results = _fork_and_extract(shares, nlp, on_document)
    finally:
        gc.unfreeze()
    return merge(results)


def _fork_and_extract(shares: list[list[Document]], nlp: Any,
                      on_document: Callable[[Document], object] | None
                      ) -> list[ExtractionResult]:
    """The first share here, each other share in a forked child; results in share order."""
    context = multiprocessing.get_context("fork")
    workers = []
    for share in shares[1:]:
        receiver, sender = context.Pipe(duplex=False)
        process = context.Process(target=_child, args=(share, nlp, sender), daemon=True)
        process.start()
        sender.close()
        listener = _Listener(receiver, share, on_document)
        listener.start()
        workers.append((process, listener))
    try:
        results = [_extract(shares[0], nlp, on_document)]
    except BaseException:
        for process, _ in workers:
            process.terminate()
        raise
    for process, listener in workers:
        listener.join()
        process.join()
        if listener.result is None:
            raise FactquizError(f"fact extraction failed in a worker process: {listener.error}")
        results.append(listener.result)
    return results
