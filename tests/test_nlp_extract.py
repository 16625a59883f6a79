"""The extraction API and the hard guarantees on whole articles."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from factquiz.ingest import load_documents

pytestmark = pytest.mark.nlp

ARTICLES = Path(__file__).parent / "fixtures" / "articles"


@pytest.fixture(scope="module")
def result(nlp):
    from factquiz.nlp import extract

    return extract(load_documents([ARTICLES]), nlp)


def test_every_candidate_meets_the_hard_guarantees(result) -> None:
    from factquiz.generate.checks import answer_in_sentence
    from factquiz.nlp.checks import violations

    assert result.failed_sentences == 0
    assert len(result.candidates) >= 8
    for candidate in result.candidates:
        assert violations(candidate) == [], candidate
        # A verbatim span, case aside: "About 120 firefighters ..." is asked "about 120".
        assert answer_in_sentence(candidate.answer, candidate.sentence), candidate
        assert candidate.prompt.endswith("?")
        assert len(candidate.prompt.split()) <= 30
        assert 0.0 <= candidate.quality <= 1.0


def test_articles_give_every_main_kind(result) -> None:
    kinds = {c.kind for c in result.candidates}
    assert {"who", "how-many", "when"} <= kinds


def test_mentions_cover_people_and_places(result) -> None:
    texts = {(m.text, m.label) for m in result.mentions}
    assert ("Piet Vos", "PERSON") in texts
    assert any(
        m.text.startswith("Kol-e-Rasht") and m.label in ("LOC", "FAC", "GPE")
        for m in result.mentions
    )
    assert {m.doc_id for m in result.mentions} == {"s1", "s2"}


def test_sentence_indices_count_from_document_start(result) -> None:
    first_doc = [c for c in result.candidates if c.doc_id == "s1"]
    indices = [c.sentence_index for c in first_doc]
    assert indices == sorted(indices)
    assert max(indices) >= 5  # later paragraphs are not numbered from zero again


def test_counts_sentences_and_words(result) -> None:
    documents = load_documents([ARTICLES])
    assert result.words == sum(d.word_count for d in documents)
    assert result.sentences == 18  # 10 in the harbour article, 8 in the mountain one


def test_progress_callback_once_per_document_in_order(nlp) -> None:
    from factquiz.nlp import extract

    documents = load_documents([ARTICLES])
    seen = []
    extract(documents, nlp, on_document=lambda d: seen.append(d.id))
    assert seen == [d.id for d in documents]


def test_two_processes_give_the_same_result(nlp, result) -> None:
    from factquiz.nlp import extract

    parallel = extract(load_documents([ARTICLES]), nlp, n_process=2, batch_size=4)
    assert parallel.candidates == result.candidates
    assert parallel.mentions == result.mentions


def test_play_path_does_not_import_nlp() -> None:
    """Loading packs, grading and generation helpers must not pull in spaCy."""
    code = (
        "import sys, importlib\n"
        "for name in ('factquiz', 'factquiz.pack', 'factquiz.grading', 'factquiz.model',"
        " 'factquiz.scoring', 'factquiz.study', 'factquiz.tui.app', 'factquiz.cli',"
        " 'factquiz.generate', 'factquiz.generate.candidate'):\n"
        "    try:\n"
        "        importlib.import_module(name)\n"
        "    except ModuleNotFoundError:\n"
        "        pass\n"
        "bad = [m for m in sys.modules if m == 'spacy' or m.startswith('factquiz.nlp')]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == ""


def test_nlp_imports_spacy_only_when_asked() -> None:
    code = "import sys, factquiz.nlp; print('spacy' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "True"


def test_a_mention_says_whether_it_opens_its_sentence(nlp) -> None:
    from factquiz.ingest import parse_document
    from factquiz.nlp import extract

    text = "Kano Report\n\nPiet Vos met the press in Lagos. Later, \"Piet Vos\" spoke to Ada Eze."
    found = extract([parse_document(text, doc_id="s1")], nlp).mentions
    flags = {(m.text, m.sentence_index, m.opens_sentence) for m in found}
    assert ("Piet Vos", 0, True) in flags  # first word: its capital says nothing
    assert ("Lagos", 0, False) in flags
    assert ("Ada Eze", 1, False) in flags
