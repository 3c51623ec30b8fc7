#!/usr/bin/env python3
"""Quality and speed of grouping as it happens at ingest (one article at a time); prints numbers.

Ingests the first N articles of the shared synthetic corpus through the real pipeline,
article by article (incremental grouping), then measures B-cubed precision/recall/F1 of the
stored groups against the generator's event ids, and the same after ``regroup_all`` (the batch
grouping that ``analyze --all`` and ``ingest --bulk`` use).

    python bench/incremental.py -n 2000
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT.parent / "shared" / "bench"))

from common import cluster_metrics  # noqa: E402

from reader.engine import analysis  # noqa: E402
from reader.engine.pipeline import ingest  # noqa: E402
from reader.engine.store import Library  # noqa: E402

DATA = Path(os.environ.get("BENCH_DATA", ROOT / "bench-data"))


def scores(lib: Library, truth: dict[str, int]) -> dict:
    """B-cubed and pairwise scores of the library's groups against the truth, keyed by URL."""
    pred, gold = [], []
    for row in lib.list_articles():
        if row["url"] in truth:
            pred.append(lib.group_of(row["id"]))
            gold.append(truth[row["url"]])
    return cluster_metrics(pred, gold)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=2000)
    ap.add_argument("--corpus-n", type=int, default=10000)
    a = ap.parse_args()
    folder = DATA / f"corpus_{a.corpus_n}"
    arts = [json.loads(line) for _, line in zip(range(a.n), (folder / "articles.jsonl").open(), strict=False)]
    events = {}
    for _, line in zip(range(a.n), (folder / "truth.jsonl").open(), strict=False):
        t = json.loads(line)
        events[t["id"]] = t["event_id"]
    truth = {x["url"].rstrip("/"): events[x["id"]] for x in arts}
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "arts.jsonl"
        src.write_text("".join(json.dumps(x) + "\n" for x in arts))
        lib = Library(Path(tmp) / "lib.db")
        t0 = time.perf_counter()
        ingest(lib, [str(src)], follow_links=False, bulk=False)
        took = time.perf_counter() - t0
        inc = scores(lib, truth)
        t0 = time.perf_counter()
        analysis.regroup_all(lib)
        batch_took = time.perf_counter() - t0
        bat = scores(lib, truth)
        lib.close()
    print(f"incremental ingest of {len(arts)} articles: {took:.1f} s ({len(arts) / took:.0f} articles/s), "
          f"B3 P {inc['bcubed_precision']:.3f} R {inc['bcubed_recall']:.3f} F1 {inc['bcubed_f1']:.3f}")
    print(f"batch regrouping of the same library: {batch_took:.1f} s, "
          f"B3 P {bat['bcubed_precision']:.3f} R {bat['bcubed_recall']:.3f} F1 {bat['bcubed_f1']:.3f}")


if __name__ == "__main__":
    main()
