#!/usr/bin/env python3
"""Measure the reader app's responsiveness on a big library; prints numbers.

- launch: from starting the app to the first groups on screen (interactive), and
  to the whole group list loaded in the background;
- search: from the last keystroke to the results on screen (includes the debounce);
- compare: from opening the split view of two ~2,000-word articles to both panes filled.

The library is bulk-built from the shared synthetic corpus (``gen_corpus.py``):
articles go through the store (sentences, FTS index) and are grouped by the
corpus's true event ids, which is what the app reads. The full ingest pipeline is
measured by ``bench/ingest_speed.py``; here only the app's read side counts.

    python bench/tui_speed.py --n 100000          # builds bench-data/tui_100000.db once
    python bench/tui_speed.py --n 10000 --build   # rebuild
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.engine.store import Library, StoredArticle  # noqa: E402
from reader.engine.text import split_sentences  # noqa: E402
from reader.tui.screens.search import DEBOUNCE  # noqa: E402

DATA = Path(os.environ.get("BENCH_DATA", ROOT / "bench-data"))
GEN = Path("/work/shared/bench/gen_corpus.py")
QUERIES = ["minister", "police said", "football", "\"the council\"", "water*", "court", "election results",
           "market", "storm", "hospital", "outlet:journal", "school", "train", "museum", "budget",
           "bridge", "prison", "festival", "doctor", "river"]


def corpus_dir(n: int) -> Path:
    """The generated corpus folder, generating it when missing."""
    folder = DATA / f"corpus_{n}"
    if not (folder / "articles.jsonl").exists():
        print(f"generating corpus of {n:,} articles…", file=sys.stderr)
        subprocess.run([sys.executable, str(GEN), "-n", str(n), "--out", str(folder)], check=True)
    return folder


def build_library(n: int, db: Path) -> None:
    """Bulk-write the corpus into a library and group it by true event ids."""
    folder = corpus_dir(n)
    events: dict[int, int] = {}
    with (folder / "truth.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            t = json.loads(line)
            events[t["id"]] = t["event_id"]
    if db.exists():
        db.unlink()
    started = time.perf_counter()
    members: dict[int, list[int]] = defaultdict(list)
    labels: dict[int, str] = {}
    with Library(db) as lib, (folder / "articles.jsonl").open(encoding="utf-8") as fh:
        batch: list[dict] = []

        def flush() -> None:
            with lib.transaction() as c:
                for row in batch:
                    text = row["text"]
                    art = StoredArticle(
                        source=row["url"], url=row["url"], outlet=row["outlet"], title=row["title"],
                        published=row["published"], author=None, text=text, furniture=[],
                        sentences=split_sentences(text), quotes=[], credits=[],
                        content_hash=hashlib.sha256(text.encode()).hexdigest(), band_keys=[], fingerprint=b"",
                    )
                    _, aid = lib.write_article(c, row["url"], art, "2025-01-01T00:00:00Z")
                    ev = events.get(row["id"], -row["id"])
                    members[ev].append(aid)
                    labels.setdefault(ev, row["title"])
            batch.clear()

        for k, line in enumerate(fh, 1):
            batch.append(json.loads(line))
            if len(batch) >= 2000:
                flush()
                print(f"  {k:,} articles", file=sys.stderr, end="\r")
            if k >= n:
                break
        if batch:
            flush()
        with lib.transaction() as c:
            for ev, ids in members.items():
                lib.set_group(c, ids, labels[ev])
        add_long_pair(lib)
    print(f"built {db} in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def add_long_pair(lib: Library) -> None:
    """Two ~2,000-word reports of one event (stitched from a big group's versions), grouped together."""
    group = lib.groups(min_size=4, limit=1)[0]
    arts = lib.get_many(group.article_ids)
    texts = [a.text for a in arts]
    one = "\n\n".join(texts[i % len(texts)] for i in range(0, 8, 2))
    two = "\n\n".join(texts[i % len(texts)] for i in range(1, 9, 2))
    ids = []
    with lib.transaction() as c:
        for n, text in enumerate((one, two)):
            words = text.split()[:2000]
            text = " ".join(words)
            art = StoredArticle(
                source=f"long-{n}", url=None, outlet=f"Long Outlet {n}", title=f"Long report {n}",
                published="2025-01-02", author=None, text=text, furniture=[], sentences=split_sentences(text),
                quotes=[], credits=[], content_hash=hashlib.sha256(text.encode()).hexdigest(), band_keys=[],
                fingerprint=b"",
            )
            ids.append(lib.write_article(c, f"long-{n}", art, "2025-01-02T00:00:00Z")[1])
        lib.set_group(c, [*group.article_ids, *ids], group.label)


def long_pair(lib: Library) -> tuple[int | None, int, int]:
    """The group id and the two long articles' ids."""
    ids = sorted(h.id for h in lib.search('outlet:"Long Outlet"', limit=5))[:2]
    return lib.group_of(ids[0]), ids[0], ids[1]


async def measure(db: Path) -> dict[str, object]:
    """Drive the app headless and time each interaction."""
    from textual.widgets import DataTable

    from reader.tui.app import create_app
    from reader.tui.screens.compare import CompareScreen
    from reader.tui.screens.library import LibraryScreen
    from reader.tui.screens.search import ResultList, SearchScreen
    from reader.tui.widgets.sentence_pane import SentencePane

    out: dict[str, object] = {}
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import reader.tui.app, reader.tui.screens.library"], cwd=ROOT, check=True)
    out["import_s"] = time.perf_counter() - t0
    with Library(db) as lib:
        gid, a, b = long_pair(lib)
        out["articles"] = lib.count()
        words = [len(x.text.split()) for x in lib.get_many([a, b])]
    started = time.perf_counter()
    app = create_app(db, theme="textual-dark", keymap={}, cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        while not (isinstance(app.screen, LibraryScreen) and app.screen.query_one("#groups", DataTable).row_count):
            await asyncio.sleep(0.005)
        out["launch_to_groups_s"] = time.perf_counter() - started
        while not app.screen._loaded:
            await asyncio.sleep(0.02)
        out["all_groups_loaded_s"] = time.perf_counter() - started
        out["groups"] = len(app.screen._groups)

        await pilot.press("slash")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        box = screen.query_one("#query")
        results = screen.query_one(ResultList)
        latencies: list[float] = []
        engine: list[float] = []
        pressed: list[float] = []
        for q in QUERIES:
            box.value = ""
            await pilot.pause(0.1)
            results.clear_options()
            keys = [("space" if ch == " " else "quotation_mark" if ch == '"' else "asterisk" if ch == "*" else ch)
                    for ch in q]
            await pilot.press(*keys[:-1])
            t0 = time.perf_counter()
            await pilot.press(keys[-1])
            while screen.shown_query != q:
                await asyncio.sleep(0.001)
            latencies.append(screen.shown_at - screen.typed_at)
            pressed.append(time.perf_counter() - t0)
            engine.append(screen.last_seconds)
        out["search_p50_ms"] = 1000 * statistics.median(latencies)
        out["search_max_ms"] = 1000 * max(latencies)
        out["search_worker_p50_ms"] = 1000 * statistics.median(engine)
        out["search_pilot_p50_ms"] = 1000 * statistics.median(pressed)
        await pilot.press("escape")
        await pilot.pause()

        t0 = time.perf_counter()
        app.open_compare(gid, a, b)
        while True:
            cmp = app.screen
            panes = cmp.query("#pane-1").results(SentencePane) if isinstance(cmp, CompareScreen) else []
            if any(p.option_count for p in panes):
                break
            await asyncio.sleep(0.002)
        while "shown" not in cmp.marks:
            await asyncio.sleep(0.002)
        out["compare_ready_ms"] = 1000 * (cmp.marks["shown"] - t0)
        out["compare_steps"] = {k: round(1000 * (v - t0)) for k, v in cmp.marks.items()}
        out["compare_words"] = words
        out["compare_engine_ms"] = 1000 * cmp.seconds
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100_000, help="articles in the library")
    ap.add_argument("--build", action="store_true", help="rebuild the library")
    ap.add_argument("--library", type=Path, help="measure this existing library instead (e.g. bench-data/lib100k.db"
                    " built by bench/add_one.py through the real ingest pipeline)")
    a = ap.parse_args()
    db = a.library or DATA / f"tui_{a.n}.db"
    if a.library:
        db = DATA / f"{a.library.stem}.tui-copy.db"
        if not db.exists():  # the long pair is added to a copy; the measured library stays as built
            shutil.copy(a.library, db)
            with Library(db) as lib:
                add_long_pair(lib)
    elif a.build or not db.exists():
        build_library(a.n, db)
    r = asyncio.run(measure(db))
    load = os.getloadavg()[0]
    print(f"machine: {os.cpu_count()} cores, load average {load:.1f} while measuring (numbers scale with load)")
    print(f"library: {r['articles']:,} articles, {r['groups']:,} groups ({db})")
    print(f"launch -> first groups on screen: {r['launch_to_groups_s']:.2f} s after start-up imports of "
          f"{r['import_s']:.2f} s (a fresh interpreter importing the app): "
          f"{r['launch_to_groups_s'] + r['import_s']:.2f} s in all   (target 1.5 s)")
    print(f"launch -> every group loaded (background): {r['all_groups_loaded_s']:.2f} s")
    print(f"search, last keystroke -> results shown: p50 {r['search_p50_ms']:.0f} ms, "
          f"max {r['search_max_ms']:.0f} ms over {len(QUERIES)} queries (worker p50 {r['search_worker_p50_ms']:.0f} ms,"
          f" debounce {DEBOUNCE * 1000:.0f} ms; {r['search_pilot_p50_ms']:.0f} ms including the test driver's"
          f" key handling)   (target 100 ms)")
    print(f"compare {r['compare_words'][0]:,} vs {r['compare_words'][1]:,} words -> both panes filled: "
          f"{r['compare_ready_ms']:.0f} ms (alignment and reads {r['compare_engine_ms']:.0f} ms)   (target 300 ms)")
    print(f"  compare steps, ms since opening: {r['compare_steps']}")


if __name__ == "__main__":
    main()
