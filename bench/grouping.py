"""Grouping benchmark: our pipeline against the shared reference (datasketch MinHash LSH).

Generate the corpus first (it lands in ./bench-data):
    python /work/shared/bench/gen_corpus.py -n 10000
then:
    python bench/grouping.py -n 10000            # ours, then the reference in a subprocess
    python bench/grouping.py -n 10000 --no-ref   # ours only

Prints wall time (excluding corpus loading), peak memory and B-cubed / pairwise quality against
the generator's event ids for both, and the ratios.
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing as mp
import resource
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path("/work/shared/bench")
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import RESULTS_DIR, cluster_metrics, corpus_dir, load_truth, peak_rss_mb  # noqa: E402

from reader.engine import grouping  # noqa: E402
from reader.engine.models import Article  # noqa: E402


def load(n: int) -> tuple[list[Article], list[int]]:
    """The generated corpus as Articles (sentences not split: grouping does not need them) and truth."""
    cd = corpus_dir(n)
    arts = []
    with open(cd / "articles.jsonl", "rb") as f:
        for line in f:
            d = json.loads(line)
            arts.append(Article(id=d["id"], source=d["url"], url=d["url"], outlet=d["outlet"], title=d["title"],
                                published=d["published"], author=None, text=d["text"], fetched=""))
    truth = load_truth(cd)
    return arts, [truth[a.id] for a in arts]


_TEXTS: list[str] = []


def _fingerprint_slice(bounds: tuple[int, int]) -> tuple[list, float]:
    return grouping.fingerprints(_TEXTS[bounds[0] : bounds[1]]), peak_rss_mb()


def fingerprint_all(texts: list[str], workers: int) -> tuple[list, float]:
    """Fingerprints of all texts, in ``workers`` forked processes (they inherit the texts, no copying),
    and the largest worker's peak RSS."""
    if workers <= 1:
        return grouping.fingerprints(texts), 0.0
    _TEXTS[:] = texts
    step = 5000
    bounds = [(i, min(i + step, len(texts))) for i in range(0, len(texts), step)]
    with mp.get_context("fork").Pool(workers) as pool:
        parts = pool.map(_fingerprint_slice, bounds)
    _TEXTS.clear()
    return [fp for part, _ in parts for fp in part], max(peak for _, peak in parts)


def ours(n: int, workers: int = 1) -> dict:
    """Run our batch grouping and score it."""
    t0 = time.perf_counter()
    arts, truth = load(n)
    t_load = time.perf_counter() - t0
    t1, c1, k1 = time.perf_counter(), time.process_time(), _children_cpu()
    fps, worker_peak = fingerprint_all([a.text for a in arts], workers)
    t2 = time.perf_counter()
    clusters = grouping.group_articles(arts, fps)
    t3, c3 = time.perf_counter(), time.process_time()
    label = {}
    for k, c in enumerate(clusters):
        for aid in c:
            label[aid] = k
    pred = [label[a.id] for a in arts]
    return {"load_s": round(t_load, 2), "fingerprint_s": round(t2 - t1, 2), "group_s": round(t3 - t2, 2),
            "wall_s": round(t3 - t1, 2), "cpu_s": round(c3 - c1 + _children_cpu() - k1, 2),
            "peak_rss_mb": round(peak_rss_mb(), 1), "worker_peak_rss_mb": round(worker_peak, 1),
            "quality": cluster_metrics(pred, truth)}


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def reference(n: int) -> dict:
    """Run the shared reference pipeline in a subprocess and read its result file."""
    cmd = [sys.executable, str(BENCH / "bench_minhash.py"), "-n", str(n), "--thresholds", "0.05"]
    before = _children_cpu()
    subprocess.run(cmd, check=True, stderr=subprocess.DEVNULL)
    cpu = _children_cpu() - before
    res = json.loads((RESULTS_DIR / f"minhash_word5_{n}.json").read_text())
    prim = res["thresholds"][str(res["primary_threshold"])]
    return {"wall_s": prim["pipeline_s"], "cpu_total_s": round(cpu, 1), "peak_rss_mb": res["peak_rss_mb"],
            "quality": prim["quality_verified"]}


def main() -> None:
    """Command line entry."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, required=True)
    ap.add_argument("--no-ref", action="store_true", help="skip the reference pipeline")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--workers", type=int, default=2, help="processes for fingerprinting (default 2)")
    a = ap.parse_args()
    logging.basicConfig(level=logging.DEBUG if a.verbose else logging.WARNING)
    # The reference runs first: Linux keeps a process's peak RSS across exec, so a child started after
    # our pipeline had grown would report our peak as its own.
    ref = None if a.no_ref else reference(a.n)
    mine = ours(a.n, a.workers)
    q = mine["quality"]
    print(f"ours      n={a.n}: {mine['wall_s']:.1f} s (fingerprint {mine['fingerprint_s']:.1f} s, group "
          f"{mine['group_s']:.1f} s; load {mine['load_s']:.1f} s not counted; CPU {mine['cpu_s']:.1f} s), "
          f"peak {mine['peak_rss_mb']:.0f} MB (fingerprint workers {mine['worker_peak_rss_mb']:.0f} MB each, "
          f"sharing the parent's pages), B3 F1 {q['bcubed_f1']:.4f} "
          f"(P {q['bcubed_precision']:.4f} R {q['bcubed_recall']:.4f}), "
          f"pair F1 {q['pair_f1']:.4f}")
    if ref is None:
        return
    r = ref["quality"]
    print(f"reference n={a.n}: {ref['wall_s']:.1f} s (CPU incl. loading {ref['cpu_total_s']:.1f} s), "
          f"peak {ref['peak_rss_mb']:.0f} MB, "
          f"B3 F1 {r['bcubed_f1']:.4f} (P {r['bcubed_precision']:.4f} R {r['bcubed_recall']:.4f}), "
          f"pair F1 {r['pair_f1']:.4f}")
    print(f"ratio ours/ref: time {mine['wall_s'] / ref['wall_s']:.2f}, "
          f"memory {mine['peak_rss_mb'] / ref['peak_rss_mb']:.2f}, "
          f"B3 F1 {q['bcubed_f1'] / r['bcubed_f1']:.3f}")


if __name__ == "__main__":
    main()
