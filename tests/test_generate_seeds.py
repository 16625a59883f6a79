"""End to end on the three seed articles: real spaCy, real pack, loadable and checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from factquiz import pack as packs
from factquiz.generate.checks import answer_in_sentence, problems
from factquiz.ingest import load_documents

pytestmark = pytest.mark.nlp

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"


def _generate():
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not present")
    from factquiz.generate import generate_pack

    documents = load_documents(sorted(SEEDS.glob("*.txt")))
    return generate_pack(documents, title="The fall of Mazar-e-Sharif")


@pytest.fixture(scope="module")
def seed_pack():
    return _generate()


def test_every_answer_occurs_in_its_source_sentence(seed_pack) -> None:
    for question in seed_pack.pack.questions:
        assert answer_in_sentence(question.answer, question.sentence), question
        assert problems(question) == [], question


def test_enough_questions_of_the_main_kinds(seed_pack) -> None:
    counts = seed_pack.pack.kind_counts()
    assert len(seed_pack.pack.questions) >= 25
    assert {"who", "where", "how-many"} <= set(counts)
    assert seed_pack.stats.by_kind == {k: n for k, n in counts.items() if n}


def test_the_pack_saves_loads_and_regenerates_identically(seed_pack, tmp_path: Path) -> None:
    path = tmp_path / "seeds.yaml"
    packs.save(seed_pack.pack, path)
    loaded = packs.load(path)
    assert [q.id for q in loaded.questions] == [q.id for q in seed_pack.pack.questions]
    assert [s.file for s in loaded.sources] == [
        "000_a576db6f7835cc15.txt", "001_571f4524a453836e.txt", "002_b14961308f253ab2.txt"]
    assert packs.dumps(_generate().pack) == path.read_text(encoding="utf-8")


def test_the_september_11th_death_tolls_are_one_question_with_a_conflict(seed_pack) -> None:
    """One report says the attacks 'left 5,000 dead', another that they 'killed 4,500 people'
    (in a relative clause): one question naming its source, a note naming both figures."""
    flagged = [q for q in seed_pack.pack.questions if q.conflict is not None]
    tolls = [q for q in flagged if {v.value for v in q.conflict.values} == {"5,000", "4,500"}]
    assert len(tolls) == 1, [(q.prompt, q.conflict) for q in flagged]
    question = tolls[0]
    assert question.kind == "how-many"
    assert "September 11th attacks" in question.prompt or "Sept. 11" in question.prompt
    assert "according to the report" in question.prompt.lower()  # it names its source
    by_file = {s.file: s.id for s in seed_pack.pack.sources}
    assert {v.source for v in question.conflict.values} == {
        by_file["000_a576db6f7835cc15.txt"], by_file["001_571f4524a453836e.txt"]}
    assert "5,000" in question.conflict.note and "4,500" in question.conflict.note
    assert question.answer in ("5,000", "4,500")
    assert question.answer not in [d for d in question.distractors]
