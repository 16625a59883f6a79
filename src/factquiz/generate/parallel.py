"""Extraction on several cores with one copy of the model in memory.

spaCy's own `nlp.pipe(n_process=2)` starts two fresh workers that each hold the model while
the parent holds a third, idle copy: about 670 MB for the 400 BBC articles. Here the parent
loads the model once and forks: the children share the model's weights with it page for page
(copy-on-write), every process takes the next small contiguous chunk of the articles until
none are left (a process the machine slows takes fewer), the children send back plain
results, and the chunks are put back in document order. A child that dies is reported as
an error, never waited for forever.
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
#: Chunks of the corpus per process, taken in turn: halves fixed in advance finished up to
#: 5 s apart on a shared machine; small chunks keep both cores busy to the end.
CHUNKS_PER_PROCESS = 8


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


def _take(counter: Any) -> int:
    """The next chunk nobody has taken yet (the counter is shared by every process)."""
    with counter.get_lock():
        index = counter.value
        counter.value = index + 1
    return index


def _child(chunks: list[list[Document]], counter: Any, nlp: Any, channel: Connection) -> None:
    """Runs in a forked process: take chunks until none are left, sending each result."""
    try:
        while (index := _take(counter)) < len(chunks):
            positions = {id(doc): i for i, doc in enumerate(chunks[index])}
            result = _extract(chunks[index], nlp, lambda doc, index=index, positions=positions:
                              channel.send(("done", (index, positions[id(doc)]))))
            channel.send(("chunk", (index, result)))
        channel.send(("end", None))
    except BaseException as exc:  # the parent must hear of any failure, not wait for it
        channel.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        channel.close()


class _Listener(threading.Thread):
    """Relays a child's progress to `on_document` and keeps the chunks it finished."""

    def __init__(self, channel: Connection, chunks: list[list[Document]],
                 results: dict[int, ExtractionResult],
                 on_document: Callable[[Document], object] | None) -> None:
        super().__init__(daemon=True)
        self.channel = channel
        self.chunks = chunks
        self.results = results
        self.on_document = on_document
        self.error: str | None = None

    def run(self) -> None:
        try:
            while True:
                kind, payload = self.channel.recv()
                if kind == "done":
                    if self.on_document is not None:
                        index, position = payload
                        self.on_document(self.chunks[index][position])
                elif kind == "chunk":
                    index, result = payload
                    self.results[index] = result
                elif kind == "end":
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
    chunks = split_by_words(documents, processes * CHUNKS_PER_PROCESS)
    processes = min(processes, len(chunks))
    if processes < 2 or not fork_available():
        from factquiz.nlp import extract

        return extract(documents, nlp=nlp, n_process=processes, batch_size=BATCH_SIZE,
                       on_document=on_document)
    from factquiz.nlp.extract import warm_up

    warm_up()
    # Objects alive now are never collected in the children: the collector must not write
    # to their headers there, or every page it touches stops being shared with this process.
    gc.freeze()
    try:
        results = _fork_and_extract(chunks, processes, nlp, on_document)
    finally:
        gc.unfreeze()
    return merge(results)


def _fork_and_extract(chunks: list[list[Document]], processes: int, nlp: Any,
                      on_document: Callable[[Document], object] | None
                      ) -> list[ExtractionResult]:
    """Every process, this one included, takes the next chunk until none are left, so a
    process slowed by the machine takes fewer; results come back in chunk order."""
    context = multiprocessing.get_context("fork")
    counter = context.Value("i", 0)
    results: dict[int, ExtractionResult] = {}
    workers = []
    for _ in range(processes - 1):
        receiver, sender = context.Pipe(duplex=False)
        process = context.Process(target=_child, args=(chunks, counter, nlp, sender),
                                  daemon=True)
        process.start()
        sender.close()
        listener = _Listener(receiver, chunks, results, on_document)
        listener.start()
        workers.append((process, listener))
    try:
        while (index := _take(counter)) < len(chunks):
            results[index] = _extract(chunks[index], nlp, on_document)
    except BaseException as exc:
        for process, _ in workers:
            process.terminate()
        if isinstance(exc, Exception):
            raise FactquizError(f"fact extraction failed: {type(exc).__name__}: {exc}"
                                ) from exc
        raise
    for process, listener in workers:
        listener.join()
        process.join()
        if listener.error is not None:
            raise FactquizError(f"fact extraction failed in a worker process: {listener.error}")
    if len(results) != len(chunks):
        raise FactquizError("fact extraction failed: a worker process lost its share")
    return [results[i] for i in range(len(chunks))]
