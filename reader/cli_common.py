"""Shared pieces of the ``newsroom`` commands: options, error handling, library, progress."""

from __future__ import annotations

import functools
import json
import logging
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click

from reader import paths
from reader.engine.query import QueryError
from reader.engine.store import Library, LibraryError, NotFound

F = TypeVar("F", bound=Callable[..., Any])


def emit_json(data: Any) -> None:
    """Print one JSON document on stdout."""
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def db_option(fn: F) -> F:
    """``--db PATH``, shared by every command."""
    return click.option("--db", "db", type=click.Path(dir_okay=False), envvar=None,
                        help="Library file (default: $NEWSROOM_DB, else the platform data folder).")(fn)


def json_option(fn: F) -> F:
    """``--json``: machine-readable output on stdout."""
    return click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")(fn)


class _OneLine(logging.Handler):
    """Log records as ``newsroom: message`` on the current stderr: a user never sees a traceback."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            click.echo(f"newsroom: {record.getMessage()}", err=True)
        except Exception:  # logging must never break a command
            self.handleError(record)


def quiet_logging() -> None:
    """Warnings from the engine go to stderr as one line each; chatter from libraries stays quiet."""
    root = logging.getLogger()
    if any(isinstance(h, _OneLine) for h in root.handlers):
        return
    root.addHandler(_OneLine())
    root.setLevel(logging.ERROR)
    logging.getLogger("reader").setLevel(logging.WARNING)


def friendly(fn: F) -> F:
    """Turn engine, database and file-system errors into one line on stderr and exit status 2."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except (LibraryError, QueryError, NotFound) as exc:
            click.echo(f"newsroom: {exc}", err=True)
            sys.exit(2)
        except sqlite3.DatabaseError as exc:
            click.echo(f"newsroom: library error ({exc}); `newsroom check` tells more", err=True)
            sys.exit(2)
        except BrokenPipeError:
            # The reader of our output (head, less) has gone: stop quietly, as other tools do, and
            # point stdout at nothing so the interpreter's final flush does not complain either.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(1)
        except OSError as exc:
            where = f"{exc.filename}: " if exc.filename else ""
            click.echo(f"newsroom: {where}{exc.strerror or exc}", err=True)
            sys.exit(2)
        except KeyboardInterrupt:
            click.echo("newsroom: interrupted", err=True)
            sys.exit(130)

    return wrapper  # type: ignore[return-value]


def db_path(db: str | None) -> Path:
    """The library path: the command's ``--db``, else the top-level ``newsroom --db``, else the defaults."""
    if not db:
        ctx = click.get_current_context(silent=True)
        db = ctx.find_root().params.get("db") if ctx else None
    return paths.resolve_db(db)


@contextmanager
def open_library(db: str | None) -> Iterator[Library]:
    """Open the library the options point at."""
    lib = Library(db_path(db))
    try:
        yield lib
    finally:
        lib.close()


@contextmanager
def progress_bar(label: str) -> Iterator[Callable[[int, int, str], None] | None]:
    """A progress bar on stderr when it is a terminal; otherwise no callback."""
    if not sys.stderr.isatty():
        yield None
        return
    bar: Any = None

    def update(done: int, total: int, _name: str) -> None:
        nonlocal bar
        if bar is None:
            bar = click.progressbar(length=total, label=label, file=sys.stderr, show_pos=True).__enter__()
        bar.update(done - bar.pos)

    try:
        yield update
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
