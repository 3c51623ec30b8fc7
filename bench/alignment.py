"""Sentence-alignment benchmark on the generator's truth (sent_src labels).

    python /work/shared/bench/gen_corpus.py -n 10000     # once, writes ./bench-data
    python bench/alignment.py -n 10000 --pairs 500

Takes pairs of articles of the same event, aligns them with reader.engine.alignment.align and
prints p50/p95 time per pair (all pairs, and pairs of two 700-900-word articles), and precision /
recall of the aligned sentence pairs against the truth: two sentences match when they render the
same base sentence (v<k>/p<k>), the same quote (q<k>) or the same unique sentence (u<k>, wire copy).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

BENCH = Path("/work/shared/bench")
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import corpus_dir, percentile, split_sentences  # noqa: E402

from reader.engine.alignment import align  # noqa: E402
from reader.engine.models import Article, Sentence  # noqa: E402


def to_article(d: dict) -> Article:
    """An Article whose sentences are the generator's own split (so labels line up)."""
    text = d["text"]
    sents, pos = [], 0
    for k, s in enumerate(split_sentences(text)):
        at = text.find(s, pos)
        sents.append(Sentence(k, at, at + len(s), s))
        pos = at + len(s)
    return Article(id=d["id"], source="", url=None, outlet=d["outlet"], title=d["title"], published=d["published"],
                   author=None, text=text, fetched="", sentences=sents)


def source_key(label: str) -> str | None:
    """What a sentence renders: base k (verbatim or paraphrased), quote k, unique k; None for boilerplate."""
    if label == "b":
        return None
    return ("base" if label[0] in "vp" else label[0]) + label[1:]


def main() -> None:
    """Command line entry."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=10000)
    ap.add_argument("--pairs", type=int, default=500)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    cd = corpus_dir(a.n)
    events: dict[int, list[int]] = {}
    src: dict[int, list[str]] = {}
    with open(cd / "truth.jsonl") as f:
        for line in f:
            t = json.loads(line)
            src[t["id"]] = t["sent_src"]
            if t["n_versions"] > 1:
                events.setdefault(t["event_id"], []).append(t["id"])
    rows: dict[int, dict] = {}
    with open(cd / "articles.jsonl") as f:
        for line in f:
            d = json.loads(line)
            rows[d["id"]] = d
    rng = random.Random(a.seed)
    evs = sorted(events)
    times, times800, cpu, cpu800 = [], [], [], []
    tp = fp = fn = 0
    label_ok = label_n = 0
    for _ in range(a.pairs):
        x, y = rng.sample(events[rng.choice(evs)], 2)
        art_x, art_y = to_article(rows[x]), to_article(rows[y])
        t0, c0 = time.perf_counter(), time.process_time()
        al = align(art_x, art_y)
        dt = time.perf_counter() - t0
        cpu.append(time.process_time() - c0)
        times.append(dt)
        if 700 <= art_x.words <= 900 and 700 <= art_y.words <= 900:
            times800.append(dt)
            cpu800.append(cpu[-1])
        kx, ky = [source_key(s) for s in src[x]], [source_key(s) for s in src[y]]
        truth = {(i, j) for i, u in enumerate(kx) for j, v in enumerate(ky) if u is not None and u == v}
        pred = {(p.a, p.b) for p in al.pairs}
        tp += len(truth & pred)
        fp += len(pred - truth)
        fn += len(truth - pred)
        for p in al.pairs:
            if (p.a, p.b) in truth:
                same_words = art_x.sentences[p.a].text.lower() == art_y.sentences[p.b].text.lower()
                both_v = same_words or (src[x][p.a][0] in "vqu" and src[y][p.b][0] in "vqu")
                label_n += 1
                label_ok += (p.label == "verbatim") == both_v
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    ms = [t * 1000 for t in times]
    ms8 = [t * 1000 for t in times800]
    print(f"{len(times)} pairs: align p50 {percentile(ms, 50):.2f} ms, p95 {percentile(ms, 95):.2f} ms")
    cms = [t * 1000 for t in cpu]
    print(f"CPU time per pair: p50 {percentile(cms, 50):.2f} ms, p95 {percentile(cms, 95):.2f} ms")
    if ms8:
        c8 = [t * 1000 for t in cpu800]
        print(f"{len(ms8)} pairs of 700-900-word articles: p50 {percentile(ms8, 50):.2f} ms, "
              f"p95 {percentile(ms8, 95):.2f} ms (CPU p50 {percentile(c8, 50):.2f} ms, "
              f"p95 {percentile(c8, 95):.2f} ms)")
    print(f"sentence pairs: precision {prec:.4f} recall {rec:.4f} F1 {f1:.4f} (tp {tp}, fp {fp}, fn {fn})")
    print(f"verbatim-vs-reworded label agreement on true pairs: {label_ok / max(label_n, 1):.4f}")


if __name__ == "__main__":
    main()
