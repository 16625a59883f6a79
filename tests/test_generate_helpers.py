"""Hand-made extraction output for corpus-stage tests: no spaCy needed."""

from __future__ import annotations

from factquiz.generate.candidate import Candidate, ExtractionResult, Mention
from factquiz.ingest import Document


def doc(doc_id: str, title: str, *sentences: str) -> Document:
    return Document(id=doc_id, title=title, path=f"/articles/{doc_id}.txt",
                    paragraphs=list(sentences))


def cand(kind: str, prompt: str, answer: str, answer_type: str, doc_id: str, sentence: str,
         index: int = 0, **extra: object) -> Candidate:
    assert answer in sentence, "test candidates must take the answer from the sentence"
    return Candidate(kind=kind, prompt=prompt, answer=answer, answer_type=answer_type,
                     doc_id=doc_id, sentence=sentence, sentence_index=index, **extra)


def mentions(doc_id: str, label: str, *names: str) -> list[Mention]:
    return [Mention(text=n, label=label, doc_id=doc_id, sentence_index=i)
            for i, n in enumerate(names)]


def extraction(candidates: list[Candidate], found: list[Mention]) -> ExtractionResult:
    words = sum(len(c.sentence.split()) for c in candidates)
    return ExtractionResult(candidates=candidates, mentions=found, sentences=len(candidates),
                            words=words)
