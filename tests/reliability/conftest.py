"""Fixtures of the reliability suite: a hostile local web server, a CLI runner, small corpora."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.reliability import hostile_web  # noqa: E402


@pytest.fixture(scope="module")
def hostile() -> Iterator[hostile_web.HostileServer]:
    """The misbehaving web server on 127.0.0.1, one per test module."""
    with hostile_web.running() as server:
        yield server


def cli_env(home: Path) -> dict[str, str]:
    """Environment for a ``newsroom`` subprocess: this checkout first, no user library, no colour."""
    env = {k: v for k, v in os.environ.items() if k not in ("NEWSROOM_DB", "PYTHONSTARTUP")}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["HOME"] = str(home)
    env["XDG_DATA_HOME"] = str(home / "data")
    env["NO_COLOR"] = "1"
    env["PYTHONHASHSEED"] = "0"
    return env


def newsroom_cmd(*args: str) -> list[str]:
    """The argv that runs ``newsroom ARGS`` from this checkout."""
    return [sys.executable, "-m", "reader", *args]


@dataclass(slots=True)
class CliResult:
    """A finished ``newsroom`` subprocess."""

    code: int
    out: str
    err: str


@pytest.fixture()
def cli(tmp_path: Path) -> Callable[..., CliResult]:
    """Run ``newsroom ARGS`` in a subprocess and return its exit code and output."""
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)

    def run(*args: str, timeout: float = 60, stdin: str | None = None) -> CliResult:
        proc = subprocess.run(newsroom_cmd(*args), capture_output=True, text=True, timeout=timeout,
                              env=cli_env(home), cwd=tmp_path, input=stdin)
        return CliResult(proc.returncode, proc.stdout, proc.stderr)

    return run


@pytest.fixture()
def cli_home(tmp_path: Path) -> Path:
    """The HOME used by subprocesses of this test."""
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    return home


def bounded(fn: Callable[[], Any], limit: float) -> tuple[Any, BaseException | None, float]:
    """Run ``fn`` in a thread; fail the test if it has not returned after ``limit`` seconds.

    Returns (result, exception, elapsed seconds), so a hang is a failure, never a stuck suite.
    """
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["result"] = fn()
        except BaseException as exc:  # noqa: BLE001 (handed back to the test)
            box["error"] = exc

    start = time.monotonic()
    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(limit)
    elapsed = time.monotonic() - start
    if thread.is_alive():
        pytest.fail(f"still running after {limit:.0f} s: unbounded time")
    return box.get("result"), box.get("error"), elapsed


ARTICLE_TEMPLATE = """---
title: Council vote number {n} on the harbour plan
outlet: {outlet}
date: 2025-08-{day:02d}
url: https://example.{tld}/news/{n}
---
The city council voted on measure {n} on Tuesday, officials said.

"We have waited a long time for this decision," the mayor told reporters after vote {n}.

The harbour plan, item {n}, was approved by a margin of {margin} votes, according to Reuters.

Opponents said they would challenge the result in court, AFP reported.
"""


def write_corpus(folder: Path, count: int, *, prefix: str = "a") -> list[Path]:
    """Write ``count`` small, distinct article files with front matter; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    outlets = ["Reuters", "Daily Courier", "Harbour Times", "AFP", "Metro Post"]
    for n in range(count):
        p = folder / f"{prefix}{n:04d}.md"
        p.write_text(ARTICLE_TEMPLATE.format(n=f"{prefix}{n}", outlet=outlets[n % len(outlets)],
                                             day=1 + n % 28, tld=["com", "org", "net"][n % 3], margin=n + 3),
                     encoding="utf-8")
        out.append(p)
    return out
