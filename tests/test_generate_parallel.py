"""Extraction across processes: fair shares, document order kept, failures reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from factquiz.generate.candidate import Candidate, ExtractionResult
from factquiz.generate.parallel import merge, split_by_words
from factquiz.ingest import Document


def _doc(doc_id: str, words: int) -> Document:
    return Document(id=doc_id, title=doc_id, path=f"{doc_id}.txt",
                    paragraphs=[" ".join(["word"] * words)])


def test_shares_are_contiguous_and_balanced_by_words() -> None:
    docs = [_doc("s1", 900), _doc("s2", 100), _doc("s3", 100), _doc("s4", 100),
            _doc("s5", 600)]
    shares = split_by_words(docs, 2)
    assert [[d.id for d in share] for share in shares] == [["s1"], ["s2", "s3", "s4", "s5"]]
    assert [d for share in shares for d in share] == docs


def test_never_more_shares_than_documents_and_none_empty() -> None:
    assert [len(s) for s in split_by_words([_doc("s1", 10)], 2)] == [1]
    assert split_by_words([_doc(f"s{i}", 5) for i in range(5)], 1) == [
        [_doc(f"s{i}", 5) for i in range(5)]]


def test_merged_results_keep_share_order_and_add_counts() -> None:
    def part(doc_id: str, sentences: int) -> ExtractionResult:
        c = Candidate(kind="who", prompt="Who?", answer="X", answer_type="PERSON",
                      doc_id=doc_id, sentence="X.", sentence_index=0)
        return ExtractionResult(candidates=[c], sentences=sentences, words=10 * sentences)

    merged = merge([part("s1", 3), part("s2", 4)])
    assert [c.doc_id for c in merged.candidates] == ["s1", "s2"]
    assert (merged.sentences, merged.words) == (7, 70)


@pytest.mark.nlp
def test_two_processes_find_exactly_what_one_finds() -> None:
    seeds = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/seeds is not present")
    from factquiz.generate.parallel import extract_parallel, fork_available
    from factquiz.ingest import load_documents
    from factquiz.nlp import load_model

    if not fork_available():
        pytest.skip("no fork on this platform")
    documents = load_documents(sorted(seeds.glob("*.txt")))
    nlp = load_model()
    finished: list[str] = []
    one = extract_parallel(documents, nlp, 1)
    two = extract_parallel(documents, nlp, 2, on_document=lambda d: finished.append(d.id))
    assert two.candidates == one.candidates
    assert two.mentions == one.mentions
    assert (two.sentences, two.words) == (one.sentences, one.words)
    assert sorted(finished) == ["s1", "s2", "s3"]


def _fake_extract(documents, nlp, on_document):
    """Stands in for spaCy: one candidate per document; a document titled BOOM fails."""
    result = ExtractionResult()
    for doc in documents:
        if doc.title == "BOOM":
            raise ValueError("parse went wrong")
        result.candidates.append(Candidate(
            kind="who", prompt="Who?", answer="X", answer_type="PERSON", doc_id=doc.id,
            sentence="X.", sentence_index=0))
        result.sentences += 1
        if on_document is not None:
            on_document(doc)
    return result


def test_forked_workers_return_results_in_order_and_report_progress(monkeypatch) -> None:
    from factquiz.generate import parallel

    if not parallel.fork_available():
        pytest.skip("no fork on this platform")
    monkeypatch.setattr(parallel, "_extract", _fake_extract)
    docs = [_doc(f"s{i}", 50) for i in range(1, 7)]
    finished: list[str] = []
    result = parallel.extract_parallel(docs, None, 3, on_document=lambda d: finished.append(d.id))
    assert [c.doc_id for c in result.candidates] == [d.id for d in docs]
    assert result.sentences == 6
    assert sorted(finished) == sorted(d.id for d in docs)


def test_a_slowed_process_takes_fewer_chunks(monkeypatch) -> None:
    """Chunks go to whichever process is free: a worker the machine slows does not hold
    the whole run back with a fixed half of the corpus."""
    import os
    import time

    from factquiz.generate import parallel

    if not parallel.fork_available():
        pytest.skip("no fork on this platform")
    parent = os.getpid()

    def extract_noting_who(documents, nlp, on_document):
        if os.getpid() != parent:
            time.sleep(0.5)  # a worker on a busy core
        result = _fake_extract(documents, nlp, on_document)
        for c in result.candidates:
            c.prompt = "parent" if os.getpid() == parent else "worker"
        return result

    monkeypatch.setattr(parallel, "_extract", extract_noting_who)
    docs = [_doc(f"s{i}", 50) for i in range(1, 17)]
    result = parallel.extract_parallel(docs, None, 2)
    assert [c.doc_id for c in result.candidates] == [d.id for d in docs]
    by = [c.prompt for c in result.candidates]
    assert by.count("parent") > by.count("worker")


def test_a_failing_worker_is_an_error_not_a_hang(monkeypatch) -> None:
    from factquiz.errors import FactquizError
    from factquiz.generate import parallel

    if not parallel.fork_available():
        pytest.skip("no fork on this platform")
    monkeypatch.setattr(parallel, "_extract", _fake_extract)
    docs = [_doc("s1", 50), _doc("s2", 50)]
    docs[1].title = "BOOM"
    with pytest.raises(FactquizError, match="parse went wrong"):
        parallel.extract_parallel(docs, None, 2)


def test_importing_the_generator_does_not_import_spacy() -> None:
    import subprocess
    import sys

    code = ("import sys, factquiz.generate, factquiz.generate.parallel; "
            "print('spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"
