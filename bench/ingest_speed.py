#!/usr/bin/env python3
"""Measure ingest and search speed on the shared synthetic corpus; prints numbers.

- plain text: articles/s through the whole pipeline (extraction, hygiene,
  sentences, quotes, credits, fingerprint, grouping, storage), into an empty
  library as the product does it (grouped once at the end) and grouped article
  by article, each with the B-cubed F1 of its groups against the generator's events;
- HTML: our ingest against calling trafilatura directly on the same pages
  (the overhead), and ``--jobs 2`` against ``--jobs 1``;
- search: p50/p95 latency of 100 queries (top 20 + snippet) on a library of
  ``--search-n`` articles (build once with ``--build``; 100,000 takes minutes).

    python bench/ingest_speed.py --corpus-n 10000 --n-text 1000 --n-html 200
    python bench/ingest_speed.py --n-text 0 --n-html 0 --html-dir SAVED_PAGES/
    python bench/ingest_speed.py --search-n 100000 --build
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT.parent / "shared" / "bench"))

from common import cluster_metrics  # noqa: E402

from reader.engine.pipeline import ingest  # noqa: E402
from reader.engine.store import Library  # noqa: E402

DATA = Path(os.environ.get("BENCH_DATA", ROOT / "bench-data"))
PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} | {outlet}</title>
<meta property="og:site_name" content="{outlet}"><meta property="article:published_time" content="{published}">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<main><article><h1>{title}</h1>{paras}</article></main>
<aside><h3>Most read</h3><ul><li>Another story about something</li><li>Yet another headline</li></ul></aside>
<footer>Contact us | Terms | Privacy</footer></body></html>"""


def load(corpus_n: int, n: int, offset: int = 0) -> list[dict]:
    """The first ``n`` articles of the generated corpus after ``offset``."""
    path = DATA / f"corpus_{corpus_n}" / "articles.jsonl"
    if not path.exists():
        sys.exit(f"{path}: missing; run python ../shared/bench/gen_corpus.py -n {corpus_n}")
    out = []
    with path.open() as fh:
        for i, line in enumerate(fh):
            if i < offset:
                continue
            if len(out) >= n:
                break
            out.append(json.loads(line))
    return out


def cpu_seconds() -> float:
    """CPU time of this process and its reaped children."""
    s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime


def write_text_files(arts: list[dict], folder: Path) -> None:
    """One .txt file with YAML front matter per article."""
    folder.mkdir(parents=True, exist_ok=True)
    for a in arts:
        front = (f"---\ntitle: {json.dumps(a['title'])}\noutlet: {json.dumps(a['outlet'])}\n"
                 f"date: {a['published']}\nurl: {a['url']}\n---\n")
        (folder / f"{a['id']:07d}.txt").write_text(front + a["text"])


def write_html_files(arts: list[dict], folder: Path) -> None:
    """One HTML page per article, with navigation and footer furniture around it."""
    folder.mkdir(parents=True, exist_ok=True)
    for a in arts:
        paras = "".join(f"<p>{p}</p>" for p in a["text"].split("\n\n"))
        (folder / f"{a['id']:07d}.html").write_text(PAGE.format(
            title=a["title"], outlet=a["outlet"], published=a["published"], paras=paras))


def timed_ingest(sources: list[str], db: Path, jobs: int, bulk: bool | None = None,
                 truth: dict[str, int] | None = None) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds and articles added for one ingest into a fresh library.

    With ``truth`` (event id by URL) it also prints the B-cubed F1 of the groups it made.
    """
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    lib = Library(db)
    c0, t0 = cpu_seconds(), time.perf_counter()
    result = ingest(lib, sources, jobs=jobs, follow_links=False, bulk=bulk)
    wall, cpu = time.perf_counter() - t0, cpu_seconds() - c0
    if truth:
        pred, gold = [], []
        for row in lib.list_articles():
            if row["url"] in truth:
                pred.append(row["group_id"])
                gold.append(truth[row["url"]])
        m = cluster_metrics(pred, gold)
        print(f"  groups against the generator's events: B3 P {m['bcubed_precision']:.3f} "
              f"R {m['bcubed_recall']:.3f} F1 {m['bcubed_f1']:.3f}")
    lib.close()
    if result.failed:
        print(f"  {len(result.failed)} failed, e.g. {result.failed[0]}")
    return wall, cpu, len(result.added)


def load_truth(corpus_n: int, arts: list[dict]) -> dict[str, int]:
    """The generator's event id of each of these articles, by canonical URL."""
    wanted = {a["id"] for a in arts}
    events = {}
    with (DATA / f"corpus_{corpus_n}" / "truth.jsonl").open() as fh:
        for line in fh:
            t = json.loads(line)
            if t["id"] in wanted:
                events[t["id"]] = t["event_id"]
    return {a["url"].rstrip("/"): events[a["id"]] for a in arts}


STAGES = [
    ("read and extract (file, front matter)", "reader.engine.preparation", "read_item"),
    ("quotes and speakers", "reader.engine.analysis", "quotes_mod.find_quotes"),
    ("credits", "reader.engine.analysis", "credits_mod.find_credits"),
    ("grouping fingerprint", "reader.engine.analysis", "grouping.fingerprint"),
    ("analysis (quotes, credits, fingerprint)", "reader.engine.analysis", "analyse_text"),
    ("prepare (hygiene, furniture, sentences + analysis)", "reader.engine.preparation", "prepare"),
    ("store: write article, FTS, analysis rows", "reader.engine.store.library", "Library.write_article"),
    ("incremental grouping", "reader.engine.analysis", "assign_group"),
    ("store + grouping + commit", "reader.engine.pipeline", "_store"),
]


class StageClock:
    """CPU time spent inside chosen pipeline functions during one run (wrapped, then restored)."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}
        self.undo: list[tuple[object, str, object]] = []

    def __enter__(self) -> StageClock:
        import importlib

        for label, module, dotted in STAGES:
            owner: object = importlib.import_module(module)
            *path, name = dotted.split(".")
            for part in path:
                owner = getattr(owner, part)
            self.undo.append((owner, name, getattr(owner, name)))
            setattr(owner, name, self._timed(label, getattr(owner, name), name == "read_item"))
        return self

    def _timed(self, label: str, fn, generator: bool):  # type: ignore[no-untyped-def]
        spent = self.spent

        def timed(*args, **kwargs):  # type: ignore[no-untyped-def]
            t0 = time.process_time()
            try:
                result = fn(*args, **kwargs)
                return list(result) if generator else result
            finally:
                spent[label] = spent.get(label, 0.0) + time.process_time() - t0

        return timed

    def __exit__(self, *exc: object) -> None:
        for owner, name, original in reversed(self.undo):
            setattr(owner, name, original)


def bench_text(corpus_n: int, n: int, tmp: Path, breakdown: bool = False) -> None:
    arts = load(corpus_n, n)
    words = sum(len(a["text"].split()) for a in arts) / len(arts)
    folder = tmp / "txt"
    write_text_files(arts, folder)
    truth = load_truth(corpus_n, arts)
    warm = tmp / "txt-warm"
    write_text_files(load(corpus_n, 50, offset=3 * n), warm)
    wall, _, added = timed_ingest([str(warm)], tmp / "warm.db", jobs=1)
    print(f"warm-up (first {added} articles in a new process: imports, compiled patterns): {wall:.2f} s")
    wall, cpu, added = timed_ingest([str(folder)], tmp / "text.db", jobs=1, truth=truth)
    print(f"plain text, into an empty library (grouped once at the end, the default for such an import): "
          f"{added} articles (mean {words:.0f} words) in {wall:.2f} s = {added / wall:.0f} articles/s "
          f"on one core (CPU {cpu:.2f} s)")
    wall, cpu, added = timed_ingest([str(folder)], tmp / "text-inc.db", jobs=1, bulk=False, truth=truth)
    print(f"plain text, grouped article by article (--incremental, as when adding to a larger library): "
          f"{added / wall:.0f} articles/s on one core ({1000 * cpu / max(1, added):.2f} ms CPU per article)")
    if breakdown:
        other = tmp / "txt-stages"
        write_text_files(load(corpus_n, n, offset=n), other)  # other articles: no answer is remembered
        with StageClock() as clock:
            wall, cpu, added = timed_ingest([str(other)], tmp / "text-stages.db", jobs=1, bulk=False)
        print(f"  CPU per article by stage, grouped article by article (the next {added} articles in the same "
              f"process, {added / wall:.0f} articles/s with the clocks on):")
        for label, _, _ in STAGES:
            print(f"    {label:52s} {1000 * clock.spent.get(label, 0.0) / max(1, added):6.2f} ms")
        print(f"    {'whole ingest':52s} {1000 * cpu / max(1, added):6.2f} ms")


@contextmanager
def no_analysis() -> Iterator[None]:
    """Ingest with the analysis (quotes, credits, fingerprint) switched off, in this process only."""
    from reader.engine import analysis

    real = analysis.analyse_text
    analysis.analyse_text = lambda *_a, **_k: analysis.TextAnalysis([], [], b"", [])  # type: ignore[assignment]
    try:
        yield
    finally:
        analysis.analyse_text = real  # type: ignore[assignment]


def bench_foundation(corpus_n: int, n: int, tmp: Path) -> None:
    """The same plain-text ingest with the analysis switched off: the foundation's own cost.

    Not a mode of the product (every article is analysed at ingest); it shows how the time
    splits between reading, hygiene, sentences and storage with search, and the analysis.
    """
    folder = tmp / "txt-foundation"
    write_text_files(load(corpus_n, n, offset=2 * n), folder)
    with no_analysis():
        wall, cpu, added = timed_ingest([str(folder)], tmp / "foundation.db", jobs=1, bulk=False)
    print(f"  without analysis (read, hygiene, sentences, store with search; not a product mode): "
          f"{added / wall:.0f} articles/s ({1000 * cpu / max(1, added):.2f} ms CPU per article)")


def bench_html(corpus_n: int, n: int, tmp: Path) -> None:
    import trafilatura

    arts = load(corpus_n, n, offset=5000)
    folder = tmp / "html"
    write_html_files(arts, folder)
    pages = sorted(folder.iterdir())
    t0 = time.perf_counter()
    for p in pages:
        trafilatura.bare_extraction(p.read_text(), with_metadata=True, include_comments=False, include_tables=False)
    direct = time.perf_counter() - t0
    wall1, _, added = timed_ingest([str(folder)], tmp / "html1.db", jobs=1)
    wall2, cpu2, _ = timed_ingest([str(folder)], tmp / "html2.db", jobs=2)
    print(f"html: trafilatura alone {len(pages) / direct:.1f} pages/s; our ingest --jobs 1 {added / wall1:.1f} pages/s "
          f"(overhead {100 * (wall1 - direct) / direct:+.1f}%); --jobs 2 {added / wall2:.1f} pages/s "
          f"(speed-up x{wall1 / wall2:.2f}, CPU/wall {cpu2 / wall2:.2f} cores)")


def bench_html_dir(folder: Path, rounds: int, tmp: Path) -> None:
    """The HTML overhead on saved pages of your own (real pages are larger than the generated ones, and
    trafilatura's share of the time grows with them). Medians of ``rounds`` runs, each into a fresh library."""
    import trafilatura

    pages = sorted(p for p in folder.iterdir() if p.suffix.lower() in (".html", ".htm"))
    if not pages:
        print(f"html-dir: no .html pages in {folder}")
        return
    size = sum(p.stat().st_size for p in pages) / len(pages) / 1024
    direct, ours, bare = [], [], []
    for r in range(rounds):
        t0 = time.perf_counter()
        for p in pages:
            trafilatura.bare_extraction(p.read_text(errors="replace"), with_metadata=True, include_comments=False,
                                        include_tables=False)
        direct.append(time.perf_counter() - t0)
        wall, _, _ = timed_ingest([str(p) for p in pages], tmp / f"dir{r}.db", jobs=1)
        ours.append(wall)
        with no_analysis():
            wall, _, _ = timed_ingest([str(p) for p in pages], tmp / f"bare{r}.db", jobs=1)
        bare.append(wall)
    d, o, b = (sorted(x)[rounds // 2] for x in (direct, ours, bare))
    print(f"html-dir: {len(pages)} pages (mean {size:.0f} KB), median of {rounds} runs: trafilatura alone "
          f"{1000 * d / len(pages):.1f} ms a page, our ingest --jobs 1 {1000 * o / len(pages):.1f} ms a page "
          f"(overhead {100 * (o - d) / d:+.1f}%); without analysis (not a product mode) "
          f"{1000 * b / len(pages):.1f} ms a page (overhead {100 * (b - d) / d:+.1f}%)")


SHARD = 2000
"""Articles per JSON Lines file of the search library's source (2,000 are about 10 MB)."""


def bench_search(corpus_n: int, n: int, build: bool) -> None:
    db = DATA / f"search_{n}.db"
    if build or not db.exists():
        arts = load(corpus_n, n)
        src = DATA / f"search_{n}"
        src.mkdir(exist_ok=True)
        for old in src.glob("*.jsonl"):
            old.unlink()
        for k in range(0, len(arts), SHARD):  # one file would be over the ingest's size limit
            with (src / f"{k // SHARD:04d}.jsonl").open("w") as fh:
                for a in arts[k : k + SHARD]:
                    fh.write(json.dumps(a) + "\n")
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        t0 = time.perf_counter()
        with Library(db) as lib:
            result = ingest(lib, [str(src)], follow_links=False)
        if result.failed:
            sys.exit(f"building the search library failed: {result.failed[0]}")
        print(f"built {db} with {len(result.added)} articles in {time.perf_counter() - t0:.0f} s")
    rng = random.Random(7)
    sample = load(corpus_n, 200, offset=rng.randrange(0, max(1, n - 200)))
    queries = []
    for a in sample[:100]:
        w = [x.strip(".,\"") for x in a["text"].split() if len(x) > 4]
        kind = len(queries) % 4
        if kind == 0:
            queries.append(rng.choice(w))
        elif kind == 1:
            i = rng.randrange(0, max(1, len(w) - 2))
            queries.append(f'"{w[i]} {w[i + 1]}"')
        elif kind == 2:
            queries.append(f"{rng.choice(w)[:4]}* {rng.choice(w)}")
        else:
            queries.append(f"{rng.choice(w)} outlet:{a['outlet'].split()[-1]}")
    with Library(db) as lib:
        count = lib.count()
        times = []
        for q in queries:
            t0 = time.perf_counter()
            lib.search(q, limit=20)
            times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    print(f"search on {count} articles, {len(times)} queries: p50 {times[len(times) // 2]:.1f} ms, "
          f"p95 {times[int(len(times) * 0.95) - 1]:.1f} ms, max {times[-1]:.1f} ms")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus-n", type=int, default=10000, help="which generated corpus to read")
    ap.add_argument("--n-text", type=int, default=1000)
    ap.add_argument("--n-html", type=int, default=200)
    ap.add_argument("--search-n", type=int, default=0, help="library size for the search benchmark (0: skip)")
    ap.add_argument("--build", action="store_true", help="rebuild the search library")
    ap.add_argument("--breakdown", action="store_true", help="also print CPU time per pipeline stage")
    ap.add_argument("--html-dir", type=Path, help="also measure the HTML overhead on the saved pages in this folder")
    ap.add_argument("--rounds", type=int, default=5, help="runs for --html-dir (the median is printed)")
    a = ap.parse_args()
    print(f"machine: {os.cpu_count()} cores, python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as tmp:
        if a.n_text:
            bench_text(a.corpus_n, a.n_text, Path(tmp), a.breakdown)
            if a.breakdown:
                bench_foundation(a.corpus_n, a.n_text, Path(tmp))
        if a.n_html:
            bench_html(a.corpus_n, a.n_html, Path(tmp))
        if a.html_dir:
            bench_html_dir(a.html_dir, a.rounds, Path(tmp))
    if a.search_n:
        bench_search(a.search_n if a.search_n > a.corpus_n else a.corpus_n, a.search_n, a.build)


if __name__ == "__main__":
    main()
