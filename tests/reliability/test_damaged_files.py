"""Wrong or damaged library files: one clear line on stderr, a non-zero exit, and the file untouched.

Covers a text file, an image, another program's SQLite file, a truncated library, a library with
garbage in its pages, and a library from a newer version; plus ``check`` finding the damage.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from reader.cli import main
from reader.engine.pipeline import ingest
from reader.engine.store import Library
from tests.reliability.conftest import CliResult, write_corpus

COMMANDS = [
    ("list",),
    ("search", "council"),
    ("show", "1"),
    ("groups",),
    ("quotes",),
    ("check",),
    ("ingest", "{corpus}"),
    ("analyze", "--all"),
    ("backup", "{out}"),
    ("export", "1", "-o", "{out}"),
]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _library(folder: Path, n: int = 12) -> Path:
    """A real library with ``n`` articles, checkpointed into one file."""
    db = folder / "good.db"
    corpus = write_corpus(folder / "corpus", n)[0].parent
    with Library(db) as lib:
        ingest(lib, [str(corpus)], follow_links=False)
        lib.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db


def make_text(folder: Path) -> Path:
    p = folder / "notes.db"
    p.write_text("Shopping list\nmilk\neggs\n", encoding="utf-8")
    return p


def make_image(folder: Path) -> Path:
    p = folder / "photo.db"
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64)
    return p


def make_other_program(folder: Path) -> Path:
    p = folder / "other.db"
    conn = sqlite3.connect(p)
    conn.execute("CREATE TABLE invoices(id INTEGER PRIMARY KEY, amount REAL)")
    conn.execute("INSERT INTO invoices(amount) VALUES (12.5)")
    conn.commit()
    conn.close()
    return p


def make_other_program_with_articles_table(folder: Path) -> Path:
    """Another program's file that even has an ``articles`` table and a user_version of 1."""
    p = folder / "blog.db"
    conn = sqlite3.connect(p)
    conn.execute("CREATE TABLE articles(id INTEGER PRIMARY KEY, title TEXT, text TEXT)")
    conn.execute("PRAGMA user_version=1")
    conn.execute("PRAGMA application_id=1234")
    conn.commit()
    conn.close()
    return p


def make_truncated(folder: Path) -> Path:
    db = _library(folder)
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 3])
    return db


def make_garbage_pages(folder: Path) -> Path:
    db = _library(folder)
    data = bytearray(db.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    for start in range(page, len(data), page * 2):  # every other page after the first
        data[start + 8 : start + 400] = b"\xde\xad\xbe\xef" * 98
    db.write_bytes(bytes(data))
    return db


def make_bad_header(folder: Path) -> Path:
    db = _library(folder)
    data = bytearray(db.read_bytes())
    data[16:18] = b"\x00\x03"  # an impossible page size
    db.write_bytes(bytes(data))
    return db


def make_newer(folder: Path) -> Path:
    db = _library(folder, 2)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version=99")
    conn.commit()
    conn.close()
    return db


KINDS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "text": (make_text, "not a Newsroom library"),
    "image": (make_image, "not a Newsroom library"),
    "other-program": (make_other_program, "another program"),
    "other-program-articles": (make_other_program_with_articles_table, "another program"),
    "truncated": (make_truncated, ""),
    "garbage-pages": (make_garbage_pages, ""),
    "bad-header": (make_bad_header, ""),
    "newer-version": (make_newer, "newer version"),
}
REFUSED_AT_OPEN = {"text", "image", "other-program", "other-program-articles", "bad-header", "newer-version"}


def _invoke(args: list[str]) -> CliResult:
    result = CliRunner().invoke(main, args, catch_exceptions=True)
    err = result.stderr
    if result.exception and not isinstance(result.exception, SystemExit):
        err += f"\nTraceback: {type(result.exception).__name__}: {result.exception}"
    return CliResult(result.exit_code, result.stdout, err)


def _one_clear_line(res: CliResult, must_say: str) -> None:
    assert res.code not in (0, None), f"exit {res.code}: {res.out!r} {res.err!r}"
    lines = [ln for ln in res.err.splitlines() if ln.strip()]
    assert "Traceback" not in res.err, res.err
    assert lines, "no message at all"
    ok = ("newsroom:", "problem:", "failed:")  # ingest names each failed input, then sums up
    assert all(ln.startswith(ok) or re.match(r"\d+ added, ", ln) for ln in lines), res.err
    if must_say:
        assert must_say in res.err, res.err


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_command_refuses_a_bad_file_clearly_and_leaves_it_untouched(kind: str, tmp_path: Path) -> None:
    make, must_say = KINDS[kind]
    bad = make(tmp_path)
    corpus = write_corpus(tmp_path / "new", 2, prefix="n")[0].parent
    before = _digest(bad)
    for n, template in enumerate(COMMANDS):
        out = tmp_path / f"out{n}.file"
        args = [a.format(corpus=corpus, out=out) for a in template] + ["--db", str(bad)]
        res = _invoke(args)
        if kind in REFUSED_AT_OPEN:
            _one_clear_line(res, must_say)
            assert not out.exists(), "wrote an output from a refused file"
        elif template[0] == "check":
            assert res.code in (1, 2) and "Traceback" not in res.err, res.err
            assert "problem:" in res.err or "damaged" in res.err, res.err
        elif template[0] == "backup" and res.code == 0:
            pass  # copying a damaged library page by page is a fair way to salvage it
        elif res.code != 0 or kind == "truncated":
            _one_clear_line(res, "")
        assert _digest(bad) == before, f"{' '.join(template)} changed the file"
    for suffix in ("-wal", "-shm", "-journal"):
        side = Path(str(bad) + suffix)
        if kind in REFUSED_AT_OPEN:
            assert not side.exists(), f"created {side.name} beside a file it refused"


@pytest.mark.parametrize("kind", ["text", "other-program", "truncated", "newer-version"])
def test_subprocess_gives_one_line_and_exit_2(kind: str, tmp_path: Path, cli) -> None:
    make, must_say = KINDS[kind]
    bad = make(tmp_path)
    before = _digest(bad)
    res = cli("list", "--db", str(bad))
    assert res.code == 2, res.err
    _one_clear_line(res, must_say if kind in REFUSED_AT_OPEN else "")
    assert len(res.err.strip().splitlines()) == 1
    assert _digest(bad) == before


def test_check_passes_on_a_healthy_library(tmp_path: Path, cli) -> None:
    db = _library(tmp_path, 3)
    res = cli("check", "--db", str(db))
    assert res.code == 0 and res.out.startswith("ok:") and "3 articles" in res.out, res.err


def test_check_finds_a_damaged_full_text_index(tmp_path: Path) -> None:
    """Damage only the FTS shadow tables (SQLite itself stays consistent): ``check`` must notice."""
    db = _library(tmp_path, 4)
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM articles_fts_data WHERE id > 10")
    conn.commit()
    conn.close()
    res = _invoke(["check", "--db", str(db)])
    assert res.code == 1 and "problem:" in res.err and "Traceback" not in res.err, res.err


def test_a_folder_as_library_is_refused(tmp_path: Path) -> None:
    res = _invoke(["list", "--db", str(tmp_path)])
    assert res.code == 2 and "Traceback" not in res.err


def test_an_empty_file_becomes_a_new_library(tmp_path: Path) -> None:
    """A zero-byte file is an empty SQLite database: it is adopted, not refused."""
    db = tmp_path / "empty.db"
    db.write_bytes(b"")
    res = _invoke(["list", "--db", str(db)])
    assert res.code == 0, res.err


def test_ingest_into_a_damaged_library_prints_no_traceback(tmp_path: Path, cli) -> None:
    """Each article that cannot be stored is one ``failed:`` line; engine logging never dumps a traceback."""
    bad = make_garbage_pages(tmp_path)
    corpus = write_corpus(tmp_path / "new", 2, prefix="n")[0].parent
    before = _digest(bad)
    res = cli("ingest", "--db", str(bad), str(corpus))
    assert res.code != 0
    _one_clear_line(res, "")
    assert _digest(bad) == before
