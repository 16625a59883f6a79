"""Documents -> ExtractionResult: parse every paragraph once and read its facts.

Paragraphs go through `nlp.pipe` as (text, (document, paragraph)) tuples in batches of 64
(the default of 1000 peaks at 720 MB). The per-sentence work runs inside the pipeline as the
last component, `factquiz_facts`, so with `n_process=2` it runs on both cores alongside the
parse; results travel back as plain data in `doc.user_data`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict

from spacy.language import Language
from spacy.tokens import Doc

from factquiz.generate.candidate import Candidate, ExtractionResult, Mention
from factquiz.ingest import Document
from factquiz.nlp.context import NAMED_LABELS, ParagraphContext
from factquiz.nlp.facts import sentence_candidates

COMPONENT = "factquiz_facts"
_KEY = "factquiz_facts"


def paragraph_facts(doc: Doc) -> dict:
    """Candidates and mentions of one paragraph, as msgpack-friendly plain data.

    Sentence indices are relative to the paragraph and doc ids are left blank; `extract`
    fills both in once it knows where the paragraph sits in its document.
    """
    ctx = ParagraphContext(doc)
    candidates = []
    mentions = []
    failures = 0
    for index, sent in enumerate(doc.sents):
        try:
            found = sentence_candidates(sent, ctx, "", index)
        except Exception:
            # A parse no rule foresaw must cost one sentence, never the run: an exception in
            # a worker process would stall `nlp.pipe`. Counted, so tests can insist on zero.
            failures += 1
            found = []
        candidates.extend(asdict(candidate) for candidate in found)
        for ent in sent.ents:
            if ent.label_ in NAMED_LABELS:
                opens = all(t.is_punct for t in sent[: ent.start - sent.start])
                mentions.append([ent.text, ent.label_, index, opens])
    # Per-Doc caches are not results: they must not travel back from worker processes.
    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith("factquiz_")]:
        del doc.user_data[key]
    return {
        "candidates": candidates,
        "mentions": mentions,
        "sentences": sum(1 for _ in doc.sents),
        "words": len(doc.text.split()),
        "failures": failures,
    }


class FactsComponent:
    """Pipeline component: read this paragraph's facts where it was parsed.

    With `ship_facts_only`, it hands on an empty Doc carrying only the facts: `extract`
    needs nothing else, and with several processes the parse need not be serialised in a
    worker and rebuilt in the main process. `extract` adds it that way for one run only,
    so the caller's pipeline still returns full Docs afterwards.
    """

    def __init__(self, ship_facts_only: bool) -> None:
        self.ship_facts_only = ship_facts_only

    def __call__(self, doc: Doc) -> Doc:
        facts = paragraph_facts(doc)
        if self.ship_facts_only:
            context = doc._context  # what `nlp.pipe(..., as_tuples=True)` pairs it with
            doc = Doc(doc.vocab, words=[])
            doc._context = context
        doc.user_data[_KEY] = facts
        return doc


@Language.factory(COMPONENT, default_config={"ship_facts_only": False})
def make_facts_component(nlp: Language, name: str, ship_facts_only: bool) -> FactsComponent:
    return FactsComponent(ship_facts_only)


def warm_up() -> None:
    """Load every lazily loaded table before worker processes fork.

    lemminflect reads about 50 MB of inflection and lemma tables on first use; loaded in the
    parent, forked workers share those pages with it instead of each reading its own copy.
    So do pycountry's ISO 3166 tables (half a second to read), which "the country" needs
    in extraction and the corpus stage needs after it.
    """
    from lemminflect import getInflection, getLemma

    from factquiz.generate.kinds import a_country, no_country

    getInflection("go", tag="VBD")
    getLemma("went", upos="VERB")
    a_country("Iraq")
    no_country("Baghdad")


def _candidate(data: dict, doc_id: str, offset: int) -> Candidate:
    data = dict(data)
    if data.get("value") is not None:
        data["value"] = tuple(data["value"])
    data["doc_id"] = doc_id
    data["sentence_index"] += offset
    return Candidate(**data)


def extract(
    documents: list[Document],
    nlp: Language | None = None,
    *,
    n_process: int = 1,
    batch_size: int = 64,
    on_document: Callable[[Document], None] | None = None,
) -> ExtractionResult:
    """Facts and candidate questions of every document, in document and sentence order."""
    if nlp is None:
        from factquiz.nlp.model import load_model

        nlp = load_model()
    # The per-sentence work joins the pipeline for this run, so worker processes do it too.
    added = COMPONENT not in nlp.pipe_names
    if added:
        nlp.add_pipe(COMPONENT, last=True, config={"ship_facts_only": True})
    try:
        return _run(documents, nlp, n_process, batch_size, on_document)
    finally:
        if added:
            nlp.remove_pipe(COMPONENT)


def _run(
    documents: list[Document],
    nlp: Language,
    n_process: int,
    batch_size: int,
    on_document: Callable[[Document], None] | None,
) -> ExtractionResult:
    in_pipeline = COMPONENT in nlp.pipe_names
    result = ExtractionResult()
    items = (
        (paragraph, index)
        for index, document in enumerate(documents)
        for paragraph in document.paragraphs
    )
    remaining = [len(d.paragraphs) for d in documents]
    offsets = [0] * len(documents)
    # Documents with no paragraphs are finished before any parsing starts.
    for index, document in enumerate(documents):
        if remaining[index] == 0 and on_document is not None:
            on_document(document)
    for doc, index in nlp.pipe(items, as_tuples=True, batch_size=batch_size, n_process=n_process):
        facts = doc.user_data.get(_KEY) if in_pipeline else None
        if facts is None:
            facts = paragraph_facts(doc)
        document = documents[index]
        offset = offsets[index]
        for data in facts["candidates"]:
            result.candidates.append(_candidate(data, document.id, offset))
        for text, label, sentence, opens in facts["mentions"]:
            result.mentions.append(Mention(text, label, document.id, sentence + offset, opens))
        offsets[index] += facts["sentences"]
        result.sentences += facts["sentences"]
        result.words += facts["words"]
        result.failed_sentences += facts.get("failures", 0)
        remaining[index] -= 1
        if remaining[index] == 0 and on_document is not None:
            on_document(document)
    return result
