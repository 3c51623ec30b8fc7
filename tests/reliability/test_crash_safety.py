"""Crash safety: ``kill -9`` an ingest at random moments; the library stays whole and re-running completes it.

Each chain starts from no library, kills an ingest twice at random moments (the second time a
re-run of the same ingest), checks the library after every kill, then lets a final re-run finish
and compares the result, article by article, with an ingest that was never interrupted.
"""

from __future__ import annotations

import contextlib
import os
import random
import select
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from reader.engine.pipeline import ingest
from reader.engine.store import Library
from tests.reliability import invariants
from tests.reliability.conftest import cli_env, newsroom_cmd, write_corpus

DRIVER = Path(__file__).with_name("crash_driver.py")
CORPUS_SIZE = 300  # long enough for several commits (the driver's children commit a tenth of a second at a time)
CHAINS = 10
KILLS_PER_CHAIN = 2  # 20 kills in all


class Zygote:
    """A crash_driver.py process: imports once, forks a child per run; the test kills the child."""

    def __init__(self, env: dict[str, str]) -> None:
        self.proc = subprocess.Popen([sys.executable, str(DRIVER)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, env=env)
        assert self._line(60) == "ready"

    def _line(self, timeout: float) -> str:
        assert self.proc.stdout is not None
        ready, _, _ = select.select([self.proc.stdout], [], [], timeout)
        assert ready, "crash driver did not answer"
        return self.proc.stdout.readline().strip()

    def start(self, mode: str, db: Path, *sources: str) -> int:
        """Fork a child running ``mode`` on ``db``; returns its pid."""
        assert self.proc.stdin is not None
        self.proc.stdin.write("\t".join([mode, str(db), *sources]) + "\n")
        self.proc.stdin.flush()
        word, pid = self._line(30).split()
        assert word == "pid"
        return int(pid)

    def outcome(self, pid: int, timeout: float = 60) -> str:
        """"killed" or the exit code, once the child has ended."""
        word, got, result = self._line(timeout).split()
        assert word == "exit" and int(got) == pid
        return result

    def kill9(self, pid: int) -> bool:
        """SIGKILL the child; True when it was still working."""
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        return self.outcome(pid) == "killed"

    def run(self, mode: str, db: Path, *sources: str) -> None:
        """Run to completion."""
        pid = self.start(mode, db, *sources)
        assert self.outcome(pid) == "0", "the uninterrupted run failed (see stderr)"

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(10)
        if self.proc.stdout:
            self.proc.stdout.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("crash") / "corpus"
    write_corpus(folder, CORPUS_SIZE)
    return folder


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, float, list]:
    """The uninterrupted ingest: its per-article fingerprint, how long it took, and its groups."""
    db = tmp_path_factory.mktemp("reference") / "ref.db"
    start = time.monotonic()
    with Library(db) as lib:
        result = ingest(lib, [str(corpus)], follow_links=False)
    took = time.monotonic() - start
    assert len(result.added) == CORPUS_SIZE and not result.failed
    return invariants.fingerprint(db), took, invariants.partition(db)


def _chain(zygote: Zygote, n: int, db: Path, corpus: Path, window: float) -> list[tuple[bool, int]]:
    """Kill an ingest into ``db`` KILLS_PER_CHAIN times, checking after each; then finish it."""
    rng = random.Random(1000 + n)
    log: list[tuple[bool, int]] = []
    for _ in range(KILLS_PER_CHAIN):
        pid = zygote.start("ingest", db, str(corpus))
        time.sleep(rng.uniform(0.0, window))
        was_working = zygote.kill9(pid)
        found = invariants.problems(db)
        assert not found, f"chain {n}: library not whole after kill -9: {found}"
        with Library(db) as lib:
            log.append((was_working, lib.count()))
    zygote.run("ingest", db, str(corpus))
    return log


def _chains(ns: range, dbs: list[Path], corpus: Path, env: dict[str, str]) -> list:
    zygote = Zygote(env)
    try:
        # Kills spread over the life of one uninterrupted child, timed here: a forked child builds its
        # lazily compiled patterns before its first commit, which an ingest in a warm process does not.
        start = time.monotonic()
        zygote.run("ingest", dbs[ns[0]].with_name(f"timing{ns[0]}.db"), str(corpus))
        window = max(0.2, (time.monotonic() - start) * 1.2)
        return [_chain(zygote, n, dbs[n], corpus, window) for n in ns]
    finally:
        zygote.close()


def test_kill_nine_during_ingest_leaves_whole_articles_and_rerun_completes(
        corpus: Path, reference: tuple[dict, float, list], tmp_path: Path) -> None:
    expected, _, groups = reference
    env = cli_env(tmp_path / "home")
    dbs = [tmp_path / f"chain{n}.db" for n in range(CHAINS)]
    halves = [range(0, CHAINS, 2), range(1, CHAINS, 2)]
    with ThreadPoolExecutor(max_workers=2) as pool:
        logs = list(pool.map(lambda ns: _chains(ns, dbs, corpus, env), halves))
    kills = [entry for half in logs for log in half for entry in log]
    assert len(kills) >= 20
    partial = [count for working, count in kills if working and 0 < count < CORPUS_SIZE]
    while len(partial) < 4 and len(dbs) < 3 * CHAINS:
        # Other work on the machine can move a child's commits out of the timed window: then more chains,
        # every kill checked as before, until enough have landed mid-ingest (or 30 chains have run)
        more = range(len(dbs), len(dbs) + 2)
        dbs += [tmp_path / f"chain{n}.db" for n in more]
        extra = [entry for log in _chains(more, dbs, corpus, env) for entry in log]
        kills += extra
        partial += [count for working, count in extra if working and 0 < count < CORPUS_SIZE]
    assert len(partial) >= 4, f"too few kills landed mid-ingest to prove anything: {kills}"
    for db in dbs:
        assert invariants.problems(db) == []
        assert invariants.fingerprint(db) == expected
        assert invariants.partition(db) == groups  # grouping at the end of the import was finished too


CLI_CORPUS_SIZE = 1000
"""Articles for the real CLI's kill: enough that it is still writing well after its first commit (300 short
articles took it under 0.1 s past that commit)."""


def test_kill_nine_of_the_cli_then_check_and_rerun(tmp_path: Path) -> None:
    """The real ``newsroom ingest``, killed once writes have begun; ``newsroom check`` then passes."""
    corpus = tmp_path / "corpus"
    write_corpus(corpus, CLI_CORPUS_SIZE)
    with Library(tmp_path / "ref.db") as lib:
        assert len(ingest(lib, [str(corpus)], follow_links=False).added) == CLI_CORPUS_SIZE
    expected, groups = invariants.fingerprint(tmp_path / "ref.db"), invariants.partition(tmp_path / "ref.db")
    db = tmp_path / "cli.db"
    env = cli_env(tmp_path / "home")
    proc = subprocess.Popen(newsroom_cmd("ingest", "--db", str(db), str(corpus)), env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _wait_for_writes(db, proc)
    time.sleep(random.Random(3).uniform(0.0, 0.3))
    assert proc.poll() is None, "the ingest finished before the kill: nothing proven"
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    check = subprocess.run(newsroom_cmd("check", "--db", str(db)), env=env, capture_output=True, text=True,
                           timeout=60)
    assert check.returncode == 0, check.stderr
    assert check.stdout.startswith("ok:")
    assert invariants.problems(db) == []
    again = subprocess.run(newsroom_cmd("ingest", "--db", str(db), str(corpus)), env=env, capture_output=True,
                           text=True, timeout=60)
    assert again.returncode == 0, again.stderr
    assert invariants.fingerprint(db) == expected
    assert invariants.partition(db) == groups


def test_kill_nine_during_reanalysis(corpus: Path, reference: tuple[dict, float, list], tmp_path: Path) -> None:
    """``analyze --all`` killed mid-way leaves every article whole; a re-run restores the same results."""
    expected, took, groups = reference
    db = tmp_path / "analyse.db"
    with Library(db) as lib:
        ingest(lib, [str(corpus)], follow_links=False)
    zygote = Zygote(cli_env(tmp_path / "home"))
    rng = random.Random(7)
    try:
        for _ in range(3):
            pid = zygote.start("analyze", db)
            time.sleep(rng.uniform(0.0, took))
            zygote.kill9(pid)
            assert invariants.problems(db) == []
        zygote.run("analyze", db)
    finally:
        zygote.close()
    assert invariants.problems(db) == []
    assert invariants.fingerprint(db) == expected
    assert invariants.partition(db) == groups


def test_kill_nine_with_worker_processes_leaves_no_orphans(tmp_path: Path) -> None:
    """``--jobs 2``: killing the main process must not leave workers running forever."""
    corpus = tmp_path / "many"
    write_corpus(corpus, 300)
    db = tmp_path / "jobs.db"
    env = cli_env(tmp_path / "home")
    proc = subprocess.Popen(newsroom_cmd("ingest", "--jobs", "2", "--db", str(db), str(corpus)), env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    _wait_for_writes(db, proc)
    children = _children(proc.pid)
    assert children, "no worker processes seen: nothing proven"
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    try:
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and any(_alive(c) for c in children):
            time.sleep(0.1)
        assert not [c for c in children if _alive(c)], "worker processes outlived the killed ingest"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # the session this test started, nothing else
    assert invariants.problems(db) == []


def _wait_for_writes(db: Path, proc: subprocess.Popen) -> None:
    """Return once the process has written articles into the library's write-ahead log."""
    wal = Path(str(db) + "-wal")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > 300_000:
            return
        time.sleep(0.005)


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as fh:
            return [int(x) for x in fh.read().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(") ")[-1][:1] not in ("Z", "X")
    except OSError:
        return False


def test_kill_nine_while_a_new_library_is_being_created(corpus: Path, tmp_path: Path) -> None:
    """Killed in its first milliseconds (file being created, rollback journal still hot): opens after."""
    zygote = Zygote(cli_env(tmp_path / "home"))
    rng = random.Random(11)
    dbs = [tmp_path / f"young{n}.db" for n in range(15)]
    try:
        for n, db in enumerate(dbs):
            pid = zygote.start("ingest", db, str(corpus))
            time.sleep(rng.uniform(0.0, 0.03))
            zygote.kill9(pid)
            assert invariants.problems(db) == [], f"trial {n}"
        zygote.run("ingest", dbs[-1], str(corpus))
    finally:
        zygote.close()
    with Library(dbs[-1]) as lib:
        assert lib.count() == CORPUS_SIZE


HOT_JOURNAL_WRITER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("CREATE TABLE scratch(x)")
conn.execute("DROP TABLE scratch")  # a committed, empty database: what a new library is before its schema
conn.execute("PRAGMA cache_size=1")
conn.execute("BEGIN IMMEDIATE")
conn.execute("CREATE TABLE half(x)")
conn.executemany("INSERT INTO half VALUES (?)", [("x" * 500,) for _ in range(2000)])
print("spilled", flush=True)
time.sleep(60)
"""


def test_a_hot_journal_left_by_a_killed_creator_is_rolled_back_not_refused(tmp_path: Path) -> None:
    """Deterministic form of the test above: a writer killed mid-transaction with pages already on disk.

    The file is left with a hot rollback journal. Only a read-write connection may roll it back, so
    a read-only look at the file fails with SQLITE_READONLY_ROLLBACK; the library must still open.
    """
    db = tmp_path / "young.db"
    proc = subprocess.Popen([sys.executable, "-c", HOT_JOURNAL_WRITER, str(db)], stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "spilled"
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    proc.stdout.close()
    assert Path(f"{db}-journal").exists(), "no hot journal: nothing proven"
    assert invariants.problems(db) == []
    with Library(db) as lib:
        assert lib.count() == 0
