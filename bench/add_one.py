#!/usr/bin/env python3
"""Time adding single articles to a large library, and searching it; prints numbers.

Build the library once (about 30 minutes for 100,000 articles on 2 cores)::

    python ../shared/bench/gen_corpus.py -n 100000
    python bench/add_one.py --build 100000        # writes bench-data/lib100k.db with `ingest --bulk --jobs 2`
    python bench/add_one.py --library bench-data/lib100k.db

Each added article goes through the whole pipeline (extraction, analysis, storage and
incremental grouping in one transaction) in this process; the library is copied first so the
measurement never changes it. Search runs 100 mixed queries (words, phrases, prefixes, outlet
filters) for top-20 results with snippets.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.engine.pipeline import ingest  # noqa: E402
from reader.engine.store import Library  # noqa: E402

DATA = Path(os.environ.get("BENCH_DATA", ROOT / "bench-data"))


def build(n: int) -> Path:
    """Split the generated corpus into JSONL parts and bulk-ingest them with two workers."""
    src = DATA / f"corpus_{n}" / "articles.jsonl"
    parts = DATA / f"split{n}"
    parts.mkdir(parents=True, exist_ok=True)
    with src.open() as fh:
        out = None
        for i, line in enumerate(fh):
            if i % 1000 == 0:
                if out:
                    out.close()
                out = (parts / f"part{i // 1000:04d}.jsonl").open("w")
            out.write(line)
        if out:
            out.close()
    db = DATA / f"lib{n // 1000}k.db"
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "reader", "ingest", str(parts), "--bulk", "--jobs", "2", "--no-follow",
                    "--db", str(db)], check=False)
    print(f"built {db} in {time.perf_counter() - t0:.0f} s")
    return db


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) by nearest rank."""
    v = sorted(values)
    return v[min(len(v) - 1, max(0, round(q / 100 * len(v)) - 1))]


def bench_add(library: Path, count: int) -> None:
    """Add ``count`` unseen articles one by one to a copy of the library."""
    fresh = [json.loads(line) for line in (DATA / "corpus_10000" / "articles.jsonl").open()][-count * 3:]
    rng = random.Random(5)
    rng.shuffle(fresh)
    with tempfile.TemporaryDirectory(dir=DATA) as tmp:
        db = Path(tmp) / "copy.db"
        shutil.copy(library, db)
        files = []
        for k, art in enumerate(fresh[:count]):
            art["url"] = f"https://bench.example/add-one/{k}"
            art["text"] += f"\n\nBench note {k}: this article was added alone."
            p = Path(tmp) / f"new{k}.json"
            p.write_text(json.dumps(art))
            files.append(p)
        with Library(db) as lib:
            n = lib.count()
            times, grouped = [], 0
            for p in files:
                t0 = time.perf_counter()
                result = ingest(lib, [str(p)], follow_links=False)
                times.append((time.perf_counter() - t0) * 1000)
                if result.added:
                    gid = lib.group_of(result.added[0])
                    grouped += bool(gid is not None and len(lib.group_members(gid)) > 1)
    print(f"add one article to a {n}-article library ({count} articles): p50 {statistics.median(times):.0f} ms, "
          f"p95 {percentile(times, 95):.0f} ms, max {max(times):.0f} ms; {grouped} joined an existing group")


def bench_search(library: Path) -> None:
    """Latency of 100 mixed queries, top 20 with snippets."""
    rng = random.Random(7)
    with Library(library) as lib:
        rows = lib.list_articles(limit=400, offset=rng.randrange(0, max(1, lib.count() - 400)))
        texts = [lib.get(r["id"], analysis=False) for r in rows[:100]]
        queries = []
        for k, art in enumerate(texts):
            assert art is not None
            w = [x.strip(".,\"'") for x in art.text.split() if len(x) > 4 and x.isalpha()]
            if not w:
                continue
            i = rng.randrange(0, max(1, len(w) - 2))
            queries.append([w[i], f'"{w[i]} {w[i + 1]}"' if i + 1 < len(w) else w[i], f"{w[i][:4]}* {w[-1]}",
                            f"{w[i]} outlet:{art.outlet.split()[-1]}"][k % 4])
        lib.search("warm up")
        times = []
        for q in queries:
            t0 = time.perf_counter()
            lib.search(q, limit=20)
            times.append((time.perf_counter() - t0) * 1000)
        n = lib.count()
    print(f"search on {n} articles, {len(times)} queries: p50 {statistics.median(times):.1f} ms, "
          f"p95 {percentile(times, 95):.1f} ms, max {max(times):.1f} ms")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", type=int, metavar="N", help="build bench-data/lib{N/1000}k.db first")
    ap.add_argument("--library", type=Path, default=DATA / "lib100k.db")
    ap.add_argument("--count", type=int, default=30, help="articles to add one by one")
    a = ap.parse_args()
    library = build(a.build) if a.build else a.library
    if not library.exists():
        sys.exit(f"{library}: missing; run with --build 100000")
    bench_search(library)
    bench_add(library, a.count)


if __name__ == "__main__":
    main()
