"""Fixtures for the TUI tests: a library built from the sample corpus, and an app factory."""

from __future__ import annotations

import asyncio
import inspect
import shutil
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.engine.pipeline import ingest
from reader.engine.store import Library
from reader.tui.app import NewsroomApp, create_app
from tests.tui.helpers import THEME


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run ``async def`` tests on a fresh event loop (no asyncio plugin needed)."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    args = {name: pyfuncitem.funcargs[name] for name in pyfuncitem._fixtureinfo.argnames}
    asyncio.run(pyfuncitem.obj(**args))
    return True


SAMPLE = Path(__file__).resolve().parents[2] / "sample_corpus"


@pytest.fixture(scope="session")
def sample_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus ingested once through the pipeline; tests get copies."""
    root = tmp_path_factory.mktemp("sample")
    corpus = root / "corpus"
    shutil.copytree(SAMPLE, corpus)
    db = root / "library.db"
    with Library(db) as lib:
        result = ingest(lib, [str(corpus)], cancel=threading.Event())
    assert not result.failed, result.failed
    return db


@pytest.fixture()
def sample_db(sample_template: Path, tmp_path: Path) -> Path:
    """A private copy of the sample library."""
    db = tmp_path / "library.db"
    shutil.copy(sample_template, db)
    return db


@pytest.fixture()
def empty_db(tmp_path: Path) -> Path:
    """A fresh, empty library."""
    db = tmp_path / "empty.db"
    Library(db).close()
    return db


@pytest.fixture()
def make_app() -> Callable[[Path], NewsroomApp]:
    """The app with a fixed theme, no user keymap and no cursor blink."""

    def factory(db: Path) -> NewsroomApp:
        return create_app(db, theme=THEME, keymap={}, cursor_blink=False)

    return factory


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep tests away from the user's library, config and working folder."""
    monkeypatch.setenv("NEWSROOM_DB", str(tmp_path / "never-used.db"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.chdir(tmp_path)
