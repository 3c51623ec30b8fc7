"""Concurrency: readers stay usable during an ingest, two ingests both finish, backups are consistent.

Every writer here is a real ``newsroom`` process on the same library file; "database is locked"
must never reach the user.
"""

from __future__ import annotations

import sqlite3
import subprocess
import threading
import time
from pathlib import Path

import pytest

from reader.engine.pipeline import ingest
from reader.engine.store import Library
from tests.reliability import invariants
from tests.reliability.conftest import cli_env, newsroom_cmd, write_corpus


def _spawn(env: dict[str, str], *args: str) -> subprocess.Popen:
    return subprocess.Popen(newsroom_cmd(*args), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def _finish(proc: subprocess.Popen, timeout: float = 90) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, out, err


def _no_lock_errors(*texts: str) -> None:
    for t in texts:
        assert "locked" not in t.lower() and "busy" not in t.lower(), t
        assert "Traceback" not in t, t


@pytest.mark.parametrize("fresh", [True, False], ids=["new-library", "existing-library"])
def test_two_ingests_at_once_both_complete(tmp_path: Path, fresh: bool) -> None:
    env = cli_env(tmp_path / "home")
    a = write_corpus(tmp_path / "a", 10, prefix="a")
    b = write_corpus(tmp_path / "b", 10, prefix="b")
    db = tmp_path / "lib.db"
    if not fresh:
        Library(db).close()
    procs = [_spawn(env, "ingest", "--db", str(db), str(a[0].parent)),
             _spawn(env, "ingest", "--db", str(db), str(b[0].parent))]
    results = [_finish(p) for p in procs]
    for code, out, err in results:
        _no_lock_errors(out, err)
        assert code == 0, err
        assert "10 added" in err
    assert invariants.problems(db) == []
    with Library(db) as lib:
        assert lib.count() == 20


def test_two_large_imports_grouping_at_their_ends_both_complete(tmp_path: Path) -> None:
    """Each rebuilds the groups at its end while the other may still be adding articles."""
    env = cli_env(tmp_path / "home")
    a = write_corpus(tmp_path / "a", 150, prefix="a")[0].parent
    b = write_corpus(tmp_path / "b", 120, prefix="b")[0].parent
    db = tmp_path / "lib.db"
    Library(db).close()
    procs = [_spawn(env, "ingest", "--db", str(db), str(a)), _spawn(env, "ingest", "--db", str(db), str(b))]
    for code, out, err in [_finish(p) for p in procs]:
        _no_lock_errors(out, err)
        assert code == 0, err
    assert invariants.problems(db) == []
    with Library(db) as lib:
        # Every article is in a group of the right size (checked above) and none awaits a rebuild. Articles
        # the other import committed while one was rebuilding are placed one by one, as incremental
        # ingest does, so the groups need not equal those of a single import of both folders.
        assert lib.count() == 270 and not lib.regroup_pending()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_another_writer_gets_its_turn_within_a_second_during_an_import(tmp_path: Path, jobs: str) -> None:
    """An import commits a few articles at a time; a writer waiting in between is not shut out."""
    env = cli_env(tmp_path / "home")
    files = write_corpus(tmp_path / "c", 300)
    for n, f in enumerate(files):  # full-length articles, so the import lasts a few seconds
        f.write_text(f.read_text() + "".join(
            f"\nResidents of district {n}-{k} said the harbour plan would change the waterfront for years, and"
            f" the council's planning officer said work on section {k} would start in spring {2026 + k % 3}.\n"
            for k in range(24)))
    db = tmp_path / "lib.db"
    Library(db).close()
    writer = _spawn(env, "ingest", "--jobs", jobs, "--db", str(db), str(files[0].parent))
    waits = []
    try:
        _wait_for_growth(db, writer)
        with Library(db) as lib:
            while writer.poll() is None and len(waits) < 8:
                start = time.monotonic()
                lib.begin()
                waits.append(time.monotonic() - start)
                lib.conn.execute("ROLLBACK")
                time.sleep(0.05)
    finally:
        code, out, err = _finish(writer)
    assert code == 0, err
    assert len(waits) >= 3, "the import ended before anything was measured"
    assert max(waits) < 1.0, waits


def test_the_same_ingest_twice_at_once_stores_each_article_once(tmp_path: Path) -> None:
    env = cli_env(tmp_path / "home")
    corpus = write_corpus(tmp_path / "c", 8)[0].parent
    db = tmp_path / "lib.db"
    Library(db).close()
    procs = [_spawn(env, "ingest", "--json", "--db", str(db), str(corpus)) for _ in range(2)]
    results = [_finish(p) for p in procs]
    for code, out, err in results:
        _no_lock_errors(out, err)
        assert code == 0, err
    assert invariants.problems(db) == []
    with Library(db) as lib:
        assert lib.count() == 8
        assert lib.conn.execute("SELECT COUNT(*) FROM revisions").fetchone()[0] == 0


def test_a_reader_stays_usable_while_another_process_ingests(tmp_path: Path) -> None:
    env = cli_env(tmp_path / "home")
    db = tmp_path / "lib.db"
    seed = write_corpus(tmp_path / "seed", 3, prefix="s")
    with Library(db) as lib:
        ingest(lib, [str(seed[0].parent)], follow_links=False)
    corpus = write_corpus(tmp_path / "more", 400, prefix="m")[0].parent
    # Grouped article by article, the import commits every 0.1 s over a couple of seconds; a bulk
    # import of these small files now fits in one 0.3 s batch, and nothing would overlap it.
    writer = _spawn(env, "ingest", "--incremental", "--db", str(db), str(corpus))
    slowest = 0.0
    reads = 0
    seen_counts = set()
    cli_readers: list[subprocess.Popen] = []
    try:
        _wait_for_growth(db, writer)
        cli_readers = [_spawn(env, "search", "--db", str(db), "--json", "council"),
                       _spawn(env, "list", "--db", str(db), "--json")]
        while writer.poll() is None:
            start = time.monotonic()
            with Library(db) as lib:
                seen_counts.add(lib.count())
                assert lib.search("harbour", limit=5)
                assert lib.list_articles(limit=10)
                first = lib.get(lib.article_ids()[0])
                assert first is not None and first.sentences
            slowest = max(slowest, time.monotonic() - start)
            reads += 1
    finally:
        code, out, err = _finish(writer)
    _no_lock_errors(out, err)
    assert code == 0, err
    for rc, rout, rerr in [_finish(p) for p in cli_readers]:
        _no_lock_errors(rout, rerr)
        assert rc == 0, rerr
    assert reads >= 3, "the ingest ended before the reader could overlap it: nothing proven"
    assert len(seen_counts) >= 2, "the reader never saw the library grow"
    assert slowest < 2.0, f"a read waited {slowest:.1f} s for the writer"


def test_backup_while_another_process_ingests_is_consistent(tmp_path: Path) -> None:
    """``newsroom backup`` (run in this process) while a ``newsroom ingest`` process writes."""
    from click.testing import CliRunner

    from reader.cli import main

    env = cli_env(tmp_path / "home")
    db = tmp_path / "lib.db"
    seed = write_corpus(tmp_path / "seed", 3, prefix="s")
    with Library(db) as lib:
        ingest(lib, [str(seed[0].parent)], follow_links=False)
    corpus = write_corpus(tmp_path / "more", 400, prefix="m")[0].parent
    # Grouped article by article, the import commits every 0.1 s over a couple of seconds; a bulk
    # import of these small files now fits in one 0.3 s batch, and nothing would overlap it.
    writer = _spawn(env, "ingest", "--incremental", "--db", str(db), str(corpus))
    copies = []
    overlapped = 0
    try:
        _wait_for_growth(db, writer)
        while writer.poll() is None and len(copies) < 4:
            target = tmp_path / f"copy{len(copies)}.db"
            res = CliRunner().invoke(main, ["backup", "--db", str(db), str(target)])
            _no_lock_errors(res.output, res.stderr)
            assert res.exit_code == 0, res.stderr
            overlapped += writer.poll() is None
            copies.append(target)
    finally:
        code, out, err = _finish(writer)
    assert code == 0, err
    assert overlapped >= 1, "no backup ran entirely while the ingest was writing: nothing proven"
    counts = []
    for copy in copies:
        assert invariants.problems(copy) == []
        with Library(copy) as lib:
            counts.append(lib.count())
    assert counts == sorted(counts) and counts[0] >= 3
    check = subprocess.run(newsroom_cmd("check", "--db", str(copies[-1])), env=env, capture_output=True,
                           text=True, timeout=60)
    assert check.returncode == 0 and check.stdout.startswith("ok:"), check.stderr


def _wait_for_growth(db: Path, writer: subprocess.Popen) -> None:
    """Return once the writer has committed its first new articles."""
    with Library(db) as lib:
        start = lib.count()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and writer.poll() is None:
        with Library(db) as lib:
            if lib.count() > start:
                return
        time.sleep(0.01)


def test_many_openers_of_a_new_library_at_the_same_instant(tmp_path: Path) -> None:
    """Six connections create one new library at once (as six processes would): none fails.

    Threads with their own connections meet the same SQLite file locks as processes, and a
    barrier makes them collide every time, where processes would only collide now and then.
    """
    failures: list[str] = []
    for trial in range(12):
        db = tmp_path / f"new{trial}.db"
        barrier = threading.Barrier(6)

        def open_it(db: Path = db, barrier: threading.Barrier = barrier) -> None:
            barrier.wait()
            try:
                Library(db).close()
            except Exception as exc:  # noqa: BLE001 (collected and reported below)
                failures.append(f"{type(exc).__name__}: {exc}")

        threads = [threading.Thread(target=open_it) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
    assert failures == []
    assert invariants.problems(tmp_path / "new0.db") == []


def test_opening_waits_for_a_writer_on_a_new_library_file(tmp_path: Path) -> None:
    """Another process in the middle of a write on a not-yet-WAL file: opening waits, never "locked".

    This is the window two ``newsroom`` processes meet when both create a new library at once:
    switching the journal mode needs an exclusive lock, and SQLite answers BUSY at once there
    instead of calling the busy handler.
    """
    db = tmp_path / "new.db"
    other = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("CREATE TABLE scratch(x)")
    threading.Timer(0.3, lambda: other.execute("ROLLBACK")).start()
    try:
        Library(db).close()
    finally:
        time.sleep(0.35)
        other.close()
    assert invariants.problems(db) == []
