"""Generator quality: questions per 1,000 words, automatic checks, SQuAD answer recall.

    .venv/bin/python benchmarks/quality.py                 # BBC figures and SQuAD recall
    .venv/bin/python benchmarks/quality.py --sample 40     # also print a random sample to judge

Reads ../shared (the BBC corpus and SQuAD dev part 1); prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import string
import sys
import time
from collections import Counter
from pathlib import Path

from factquiz import pack as packs
from factquiz.generate import build_pack
from factquiz.generate.candidate import ExtractionResult
from factquiz.generate.checks import problems
from factquiz.ingest import Document, load_documents, parse_document

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
BBC = SHARED / "corpus" / "bbc"
SQUAD = SHARED / "squad" / "dev-v1.1-part1.json"

SQUAD_KINDS = (("who", ("who ", "whom ", "whose ")), ("where", ("where ",)),
               ("when", ("when ", "what year ")), ("how-many", ("how many ", "how much ")))


def robust_extract(documents: list[Document], n_process: int
                   ) -> tuple[ExtractionResult, list[tuple[str, str]]]:
    """Extraction over all documents; if it raises, again one document at a time, keeping
    what works and naming the documents that crash (so one bug does not void the figures)."""
    from factquiz.generate.parallel import extract_parallel
    from factquiz.nlp import extract, load_model

    nlp = load_model()
    try:
        return extract_parallel(documents, nlp, n_process), []
    except Exception:  # measure the rest, name the documents that crash
        pass
    result, crashed = ExtractionResult(), []
    for doc in documents:
        try:
            one = extract([doc], nlp=nlp)
        except Exception as exc:
            crashed.append((doc.title, f"{type(exc).__name__}: {exc}"))
            continue
        result.candidates += one.candidates
        result.mentions += one.mentions
        result.sentences += one.sentences
        result.words += one.words
        result.failed_sentences += one.failed_sentences
    return result, crashed


def bbc_quality(n_process: int, sample: int, seed: int) -> None:
    documents = load_documents([BBC])
    words = sum(doc.word_count for doc in documents)
    started = time.perf_counter()
    extraction, crashed = robust_extract(documents, n_process)
    result = build_pack(documents, extraction, title="BBC news")
    elapsed = time.perf_counter() - started
    questions = result.pack.questions
    failing = [q for q in questions if problems(q)]
    reloaded = packs.loads(packs.dumps(result.pack))  # the pack must pass the format's checks
    kinds = Counter(q.kind for q in questions)
    stats = result.stats
    print(f"BBC corpus: {len(documents)} articles, {words:,} words, generated in {elapsed:.1f} s")
    for title, error in crashed:
        print(f"  EXTRACTION CRASHED on {title!r}: {error} (no questions from it)")
    if extraction.failed_sentences:
        print(f"  extraction skipped {extraction.failed_sentences} sentences it failed on")
    by_kind = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
    passing = 100 * (len(questions) - len(failing)) / max(1, len(questions))
    print(f"  questions:                 {len(questions)} ({by_kind})")
    print(f"  questions per 1,000 words: {1000 * len(questions) / words:.2f}   (target >= 6)")
    print(f"  passing automatic checks:  {passing:.1f}%"
          f"   (target 100%; {stats.rejected} of {stats.candidates} candidates dropped by them)")
    print(f"  reloaded from YAML:        {len(reloaded.questions)} questions")
    print(f"  with 3 distractors:        {sum(len(q.distractors) == 3 for q in questions)}")
    print(f"  citing several sources:    {sum(len(q.citations) > 1 for q in questions)}")
    print(f"  with a conflict note:      {sum(q.conflict is not None for q in questions)}")
    for q in failing[:10]:
        print(f"  FAILS {q.id}: {problems(q)}: {q.prompt} -> {q.answer}")
    if sample:
        titles = {s.id: s.title for s in result.pack.sources}
        chosen = random.Random(seed).sample(questions, min(sample, len(questions)))
        print(f"\nSample of {len(chosen)} (seed {seed}):")
        for n, q in enumerate(chosen, start=1):
            print(f"{n}. [{q.kind}] {q.prompt}\n   answer: {q.answer}"
                  f"{'  accept: ' + ', '.join(q.accept) if q.accept else ''}\n"
                  f"   distractors: {'; '.join(q.distractors)}\n"
                  f"   source ({titles[q.source_id]}): {q.sentence}")


# SQuAD's own answer normalisation and token F1 (Rajpurkar et al., evaluate-v1.1).
def normalise(text: str) -> str:
    text = text.lower()
    text = "".join(ch for ch in text if ch not in set(string.punctuation))
    text = re.sub(r"\b(a|an|the)\b", " ", text)
    return " ".join(text.split())


def token_f1(prediction: str, gold: str) -> float:
    p, g = normalise(prediction).split(), normalise(gold).split()
    common = Counter(p) & Counter(g)
    same = sum(common.values())
    if not same:
        return 0.0
    precision, recall = same / len(p), same / len(g)
    return 2 * precision * recall / (precision + recall)


def matches(prediction: str, gold: str) -> bool:
    return normalise(prediction) == normalise(gold) or token_f1(prediction, gold) >= 0.8


def squad_kind(question: str) -> str | None:
    text = question.strip().lower()
    for kind, starts in SQUAD_KINDS:
        if text.startswith(starts):
            return kind
    return None


def squad_recall(n_process: int, show_misses: int) -> None:
    data = json.loads(SQUAD.read_text(encoding="utf-8"))["data"]
    paragraphs: list[tuple[Document, list[tuple[str, str, list[str]]]]] = []
    for article in data:
        for p_index, paragraph in enumerate(article["paragraphs"]):
            targets = []
            for qa in paragraph["qas"]:
                kind = squad_kind(qa["question"])
                golds = [a["text"] for a in qa["answers"] if len(a["text"].split()) <= 5]
                if kind and golds:
                    targets.append((kind, qa["question"], golds))
            if targets:
                doc_id = f"p{len(paragraphs) + 1}"
                doc = parse_document(paragraph["context"], path=f"{article['title']}-{p_index}",
                                     doc_id=doc_id)
                doc.paragraphs = [paragraph["context"]]  # no headline: all of it is text
                doc.title = f"{article['title']} {p_index}"
                paragraphs.append((doc, targets))
    by_doc: dict[str, ExtractionResult] = {}
    extraction, crashed = robust_extract([d for d, _ in paragraphs], n_process)
    for c in extraction.candidates:
        by_doc.setdefault(c.doc_id, ExtractionResult()).candidates.append(c)
    for m in extraction.mentions:
        by_doc.setdefault(m.doc_id, ExtractionResult()).mentions.append(m)
    found: Counter[str] = Counter()
    found_same_kind: Counter[str] = Counter()
    #: Found among extraction's candidates before the corpus stage: where recall is lost.
    extracted: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses = []
    for doc, targets in paragraphs:
        result = build_pack([doc], by_doc.get(doc.id, ExtractionResult()), title="squad")
        answers = [(q.kind, a) for q in result.pack.questions for a in [q.answer, *q.accept]]
        raw = [c.answer for c in by_doc.get(doc.id, ExtractionResult()).candidates]
        for kind, question, golds in targets:
            total[kind] += 1
            extracted[kind] += any(matches(a, g) for a in raw for g in golds)
            hits = [k for k, a in answers if any(matches(a, g) for g in golds)]
            if hits:
                found[kind] += 1
                found_same_kind[kind] += kind in hits
            else:
                misses.append((kind, question, golds[0]))
    print(f"SQuAD dev part 1: {sum(total.values())} questions of the four kinds, "
          f"{len(paragraphs)} paragraphs")
    for title, error in crashed:
        print(f"  EXTRACTION CRASHED on paragraph {title!r}: {error} (counted as not found)")
    for kind, _ in SQUAD_KINDS:
        print(f"  {kind:9} recall {100 * found[kind] / max(1, total[kind]):5.1f}%  "
              f"({found[kind]}/{total[kind]}; same kind {found_same_kind[kind]}; "
              f"among raw candidates {extracted[kind]})")
    all_found, all_total = sum(found.values()), sum(total.values())
    print(f"  together  recall {100 * all_found / max(1, all_total):5.1f}%  "
          f"({all_found}/{all_total})   (target >= 50%)")
    for kind, question, gold in random.Random(1).sample(misses, min(show_misses, len(misses))):
        print(f"  missed [{kind}] {question} -> {gold}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=0, help="print N random questions")
    parser.add_argument("--seed", type=int, default=2001)
    parser.add_argument("--n-process", type=int, default=2)
    parser.add_argument("--skip-bbc", action="store_true")
    parser.add_argument("--skip-squad", action="store_true")
    parser.add_argument("--misses", type=int, default=0, help="print N missed SQuAD questions")
    args = parser.parse_args()
    if not SHARED.is_dir():
        print(f"{SHARED} is missing; nothing to measure", file=sys.stderr)
        return 1
    if not args.skip_bbc:
        bbc_quality(args.n_process, args.sample, args.seed)
    if not args.skip_squad:
        squad_recall(args.n_process, args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
