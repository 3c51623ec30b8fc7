"""Tests for the ``newsroom`` command: docs, JSON contracts, stdout/stderr, exit codes, library paths."""

from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from reader import paths
from reader.cli import main
from reader.engine.store import Library
from tests.conftest import ROOT, SAMPLE_CORPUS, LocalWeb

SUMMARY = re.compile(r"^\d+ added, \d+ updated, \d+ unchanged, \d+ failed$", re.MULTILINE)
ARTICLE = (
    "The Kremlin said on Wednesday it was against European countries sending peacekeeping troops to Ukraine.\n\n"
    "“We view such discussions negatively,” Kremlin spokesman Dmitry Peskov told reporters on a call."
)


def cli(*args: str | Path, input: str | bytes | None = None) -> Result:  # noqa: A002 (click's name)
    """Run ``newsroom ARGS`` in-process; exceptions propagate so a traceback fails the test."""
    return CliRunner().invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)


def as_json(result: Result) -> object:
    """stdout parsed as JSON: nothing else may be printed there."""
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def sample_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus ingested once; tests work on copies."""
    db = tmp_path_factory.mktemp("sample") / "library.db"
    result = CliRunner().invoke(main, ["ingest", str(SAMPLE_CORPUS), "--db", str(db)], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return db


@pytest.fixture()
def sample_db(sample_template: Path, tmp_path: Path) -> Path:
    """A private copy of the sample library."""
    db = tmp_path / "sample.db"
    shutil.copy(sample_template, db)
    return db


# --------------------------------------------------------------------------- docs


def all_commands() -> list[tuple[str, click.Command]]:
    """Every subcommand of ``newsroom``."""
    assert isinstance(main, click.Group)
    return sorted(main.commands.items())


def test_the_required_commands_exist() -> None:
    assert {"ingest", "list", "show", "search", "locate"} <= {name for name, _ in all_commands()}


@pytest.mark.parametrize(("name", "command"), all_commands())
def test_every_command_is_documented_with_examples(name: str, command: click.Command) -> None:
    assert command.help and len(command.help.split()) >= 3, f"{name}: no docstring"
    assert command.short_help or command.help.splitlines()[0].strip(), f"{name}: no summary line"
    result = cli(name, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout, f"{name} --help shows no example"
    assert f"newsroom {name}" in result.stdout, f"{name} --help example does not show the command"
    for param in command.params:
        if isinstance(param, click.Option) and not param.hidden:
            assert param.help, f"{name} {param.opts[0]}: option without help text"
    if name != "demo":  # demo always fills its own throwaway library
        assert "--db" in result.stdout, f"{name}: no --db option"


def test_top_level_help() -> None:
    result = cli("--help")
    assert result.exit_code == 0 and "Example" in result.stdout
    for name in ("ingest", "list", "show", "search", "locate"):
        assert name in result.stdout


@pytest.mark.parametrize("name", ["ingest", "list", "show", "search", "locate"])
def test_json_flag_on_required_commands(name: str) -> None:
    assert "--json" in cli(name, "--help").stdout


# --------------------------------------------------------------------------- library location


def test_db_option_wins(fresh_db: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NEWSROOM_DB", str(tmp_path / "env.db"))
    info = as_json(cli("locate", "--json", "--db", fresh_db))
    assert isinstance(info, dict)
    assert (info["library"], info["source"]) == (str(fresh_db), "--db")


def test_env_var_is_used_without_db(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    env_db = tmp_path / "env.db"
    monkeypatch.setenv("NEWSROOM_DB", str(env_db))
    info = as_json(cli("locate", "--json"))
    assert isinstance(info, dict)
    assert (info["library"], info["source"]) == (str(env_db), "$NEWSROOM_DB")
    result = cli("ingest", SAMPLE_CORPUS / "bridge" / "harbour-daily.json")
    assert result.exit_code == 0
    assert env_db.exists()


def test_platform_folder_is_the_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    info = as_json(cli("locate", "--json"))
    assert isinstance(info, dict)
    assert info["source"] == "default"
    assert info["library"] == str(paths.default_db_path())
    assert Path(info["library"]).is_relative_to(tmp_path / "xdg")
    assert not Path(info["library"]).exists()  # locating touches nothing
    cli("ingest", SAMPLE_CORPUS / "bridge" / "harbour-daily.json")
    assert Path(info["library"]).exists()


def test_db_before_the_command_applies_too(fresh_db: Path) -> None:
    assert cli("--db", fresh_db, "ingest", SAMPLE_CORPUS / "bridge" / "harbour-daily.json").exit_code == 0
    assert len(as_json(cli("--db", fresh_db, "list", "--json"))) == 1  # type: ignore[arg-type]


def test_locate_plain_text() -> None:
    out = cli("locate").stdout
    for key in ("library", "data_directory", "demo_library", "sample_corpus"):
        assert key in out


# --------------------------------------------------------------------------- ingest


def test_ingest_json_contract_and_summary(fresh_db: Path) -> None:
    result = cli("ingest", SAMPLE_CORPUS, "--db", fresh_db, "--json")
    assert result.exit_code == 0, result.stderr
    data = as_json(result)
    assert isinstance(data, dict)
    assert list(data) == ["added", "updated", "unchanged", "failed"]
    assert len(data["added"]) == 9 and all(isinstance(i, int) for i in data["added"])
    assert SUMMARY.search(result.stderr)
    assert "9 added, 0 updated, 0 unchanged, 0 failed" in result.stderr
    again = cli("ingest", SAMPLE_CORPUS, "--db", fresh_db, "--json")
    redo = as_json(again)
    assert isinstance(redo, dict)
    assert (redo["added"], redo["updated"], redo["failed"]) == ([], [], [])
    assert sorted(redo["unchanged"]) == sorted(data["added"])
    assert "0 added, 0 updated, 9 unchanged, 0 failed" in again.stderr


def test_ingest_failures_exit_1_with_one_line_each(fresh_db: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    missing = tmp_path / "missing.html"
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE)
    result = cli("ingest", empty, missing, good, "--db", fresh_db, "--json")
    assert result.exit_code == 1
    data = as_json(result)
    assert isinstance(data, dict)
    assert len(data["added"]) == 1
    assert sorted(data["failed"], key=lambda f: f["source"]) == [
        {"source": str(empty.resolve()), "error": "empty file"},
        {"source": str(missing), "error": "no such file or folder"},
    ]
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith("failed:")]
    assert len(lines) == 2
    assert any(str(missing) in ln and "no such file" in ln for ln in lines)
    assert "1 added, 0 updated, 0 unchanged, 2 failed" in result.stderr
    assert "Traceback" not in result.stderr


def test_ingest_plain_output_goes_to_stderr(fresh_db: Path) -> None:
    result = cli("ingest", SAMPLE_CORPUS / "bridge", "--db", fresh_db)
    assert result.exit_code == 0
    assert result.stdout == ""
    assert SUMMARY.search(result.stderr)


def test_ingest_stdin_with_outlet(fresh_db: Path) -> None:
    result = cli("ingest", "-", "--outlet", "TRT World", "--db", fresh_db, "--json", input=ARTICLE)
    assert result.exit_code == 0, result.stderr
    (aid,) = as_json(result)["added"]  # type: ignore[index]
    shown = as_json(cli("show", str(aid), "--db", fresh_db, "--json"))
    assert isinstance(shown, dict)
    assert (shown["source"], shown["outlet"]) == ("-", "TRT World")


def test_ingest_url(fresh_db: Path, web: LocalWeb) -> None:
    url = web.serve("/story", f"<html><head><title>Talks</title></head><body><article><h1>Talks</h1>"
                              f"<p>{ARTICLE}</p></article></body></html>")
    bad = web.serve("/gone", "nope", status=404)
    result = cli("ingest", url, bad, "--db", fresh_db, "--json")
    assert result.exit_code == 1
    data = as_json(result)
    assert isinstance(data, dict)
    assert len(data["added"]) == 1
    assert data["failed"] == [{"source": bad, "error": "HTTP 404 Not Found"}]
    rows = as_json(cli("list", "--db", fresh_db, "--json"))
    assert isinstance(rows, list) and rows[0]["source"] == url and rows[0]["url"] == url


def test_ingest_requires_a_source() -> None:
    result = CliRunner().invoke(main, ["ingest"])
    assert result.exit_code == 2 and "Missing argument" in result.stderr


# --------------------------------------------------------------------------- list, show


def test_list_json_contract(sample_db: Path) -> None:
    rows = as_json(cli("list", "--db", sample_db, "--json"))
    assert isinstance(rows, list) and len(rows) == 9
    for row in rows:
        assert list(row) == ["id", "source", "url", "outlet", "title", "published", "words"]
        assert Path(row["source"]).is_absolute()
        assert isinstance(row["words"], int) and row["words"] > 50
        if row["published"] is not None:
            assert re.fullmatch(r"\d{4}-\d\d-\d\d(T\d\d:\d\d:\d\dZ)?", row["published"])
    assert {r["outlet"] for r in rows} >= {"TRT World", "Aldmere Herald", "Harbour Daily", "Coastal Wire"}
    assert len(as_json(cli("list", "--db", sample_db, "--json", "--limit", "2"))) == 2  # type: ignore[arg-type]


def test_list_plain_and_empty(sample_db: Path, fresh_db: Path) -> None:
    out = cli("list", "--db", sample_db).stdout
    assert "Quayside Bridge" in out and "TRT World" in out
    empty = cli("list", "--db", fresh_db)
    assert empty.exit_code == 0 and empty.stdout == "" and "empty" in empty.stderr
    assert as_json(cli("list", "--db", fresh_db, "--json")) == []


def test_show_json_contract(sample_db: Path) -> None:
    rows = as_json(cli("list", "--db", sample_db, "--json"))
    assert isinstance(rows, list)
    row = next(r for r in rows if r["outlet"] == "TRT World")
    art = as_json(cli("show", str(row["id"]), "--db", sample_db, "--json"))
    assert isinstance(art, dict)
    required = {"id", "source", "url", "outlet", "title", "published", "words", "author", "text", "sentences",
                "furniture", "quotes", "credits"}
    assert required <= set(art)
    assert {k: art[k] for k in row} == row  # list and show agree, words included
    text = art["text"]
    for s in art["sentences"]:
        assert set(s) == {"i", "start", "end", "text"}
        assert text[s["start"] : s["end"]] == s["text"]
    assert [s["i"] for s in art["sentences"]] == list(range(len(art["sentences"])))
    assert isinstance(art["furniture"], list) and "2 min read" in art["furniture"]
    assert any(q["content"] in text and q["speaker"] for q in art["quotes"])
    assert all(isinstance(c["name"], str) and isinstance(c["roles"], list) for c in art["credits"])
    assert any(c["name"] == "AFP" for c in art["credits"])
    assert art["revisions"] == 1


def test_show_reports_revisions(fresh_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(ARTICLE)
    (aid,) = as_json(cli("ingest", path, "--db", fresh_db, "--json"))["added"]  # type: ignore[index]
    path.write_text(ARTICLE + "\n\nAn added paragraph: the talks will resume in Istanbul next week.")
    result = cli("ingest", path, "--db", fresh_db, "--json")
    assert as_json(result)["updated"] == [aid]  # type: ignore[index]
    assert "0 added, 1 updated, 0 unchanged, 0 failed" in result.stderr
    assert as_json(cli("show", str(aid), "--db", fresh_db, "--json"))["revisions"] == 2  # type: ignore[index]
    assert "revision 2" in cli("show", str(aid), "--db", fresh_db).stdout


def test_show_plain(sample_db: Path) -> None:
    result = cli("show", "1", "--db", sample_db)
    assert result.exit_code == 0 and result.stdout.strip()


def test_show_missing_article_is_a_friendly_error(sample_db: Path) -> None:
    result = cli("show", "999", "--db", sample_db, "--json")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.strip() == "newsroom: no article with id 999"


# --------------------------------------------------------------------------- search


def test_search_json_contract(sample_db: Path) -> None:
    hits = as_json(cli("search", "Peskov", "--db", sample_db, "--json"))
    assert isinstance(hits, list) and len(hits) >= 3
    for h in hits:
        assert list(h) == ["id", "outlet", "title", "published", "snippet", "score"]
        assert "**" in h["snippet"]
    scores = [h["score"] for h in hits]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize(
    ("query", "expect"),
    [
        ('"negative view"', {"001_429069eec50dc63d"}),
        ("girder outlet:aldmere", {"Aldmere Herald"}),
        ("peacekeep*", {"TRT World"}),
        ("bridge since:2025-09-01 until:2025-09-03", {"Aldmere Herald", "Coastal Wire", "Harbour Daily",
                                                      "Northshore Radio News"}),
    ],
)
def test_search_syntax(sample_db: Path, query: str, expect: set[str]) -> None:
    hits = as_json(cli("search", query, "--db", sample_db, "--json"))
    assert isinstance(hits, list)
    assert expect <= {h["outlet"] for h in hits}
    if query.startswith("girder"):
        assert {h["outlet"] for h in hits} == expect


def test_search_plain(sample_db: Path) -> None:
    result = cli("search", "Peskov", "--db", sample_db)
    assert result.exit_code == 0 and "Peskov" in result.stdout
    none = cli("search", "zeppelin", "--db", sample_db)
    assert none.exit_code == 0 and none.stdout == "" and "no matches" in none.stderr


@pytest.mark.parametrize("query", ['"unbalanced', "", "since:notadate peskov", "-peskov", "NOT peskov"])
def test_malformed_query_exits_2_without_traceback(sample_db: Path, query: str) -> None:
    result = cli("search", "--db", sample_db, "--json", "--", query)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("newsroom: ") and len(result.stderr.strip().splitlines()) == 1


# --------------------------------------------------------------------------- bad libraries, real process


def test_a_non_library_file_is_refused(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database\n" * 5)
    for args in (["list"], ["search", "x"], ["show", "1"], ["ingest", str(SAMPLE_CORPUS / "bridge")]):
        result = cli(*args, "--db", notes)
        assert result.exit_code == 2, args
        assert "not a Newsroom library" in result.stderr
    assert notes.read_text() == "not a database\n" * 5


def run_process(*args: str | Path, input: str | None = None) -> subprocess.CompletedProcess[str]:  # noqa: A002
    """Run ``python -m reader`` for real: separate stdout and stderr, true exit codes."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "reader", *map(str, args)], capture_output=True, text=True,
                          input=input, cwd=ROOT, env=env, timeout=120, check=False)


def test_real_process_streams_and_exit_codes(fresh_db: Path, tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    proc = run_process("ingest", SAMPLE_CORPUS / "bridge", missing, "--db", fresh_db, "--json")
    assert proc.returncode == 1
    data = json.loads(proc.stdout)
    assert len(data["added"]) == 4 and data["failed"][0]["source"] == str(missing)
    assert SUMMARY.search(proc.stderr) and "Traceback" not in proc.stderr
    bad = run_process("search", '"open', "--db", fresh_db)
    assert bad.returncode == 2 and bad.stdout == "" and "Traceback" not in bad.stderr
    assert bad.stderr.startswith("newsroom: ")
    ok = run_process("search", "bridge", "--db", fresh_db, "--json")
    assert ok.returncode == 0 and len(json.loads(ok.stdout)) == 4


def test_an_impossible_library_path_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    for args in (["list"], ["ingest", str(SAMPLE_CORPUS / "bridge")], ["search", "x"]):
        result = cli(*args, "--db", blocker / "library.db")
        assert result.exit_code == 2, args
        assert result.stderr.startswith("newsroom: ") and len(result.stderr.strip().splitlines()) == 1


def test_a_damaged_library_is_one_line(sample_db: Path) -> None:
    conn = sqlite3.connect(sample_db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(sample_db.read_bytes())
    for i in range(8192, len(data), 997):
        data[i] = 0xAB
    sample_db.write_bytes(bytes(data))
    for args in (["list"], ["show", "1"], ["search", "peskov"]):
        result = cli(*args, "--db", sample_db)
        assert result.exit_code == 2, args
        assert result.stderr.startswith("newsroom: ") and "Traceback" not in result.stderr


def test_check_notes_groups_awaiting_a_rebuild(sample_db: Path) -> None:
    assert "await a rebuild" not in cli("check", "--db", sample_db).stderr
    with Library(sample_db) as lib, lib.transaction() as c:
        lib.mark_regroup(c)
    res = cli("check", "--db", sample_db)
    assert res.exit_code == 0 and res.stdout.startswith("ok:")
    assert "await a rebuild" in res.stderr
    assert cli("analyze", "--all", "--db", sample_db).exit_code == 0
    assert "await a rebuild" not in cli("check", "--db", sample_db).stderr


def test_a_reader_that_stops_early_gets_no_error_line(fresh_db: Path, tmp_path: Path) -> None:
    """`newsroom show 1 | head -1`: the pipe closes early; like other tools, stop without a message."""
    long = tmp_path / "long.txt"
    long.write_text("".join(f"Line {i} of a long report on the harbour bridge, the mayor said on Monday.\n"
                            for i in range(4000)))
    assert cli("ingest", long, "--db", fresh_db).exit_code == 0
    read_end, write_end = os.pipe()
    if hasattr(fcntl, "F_SETPIPE_SZ"):
        # the smallest pipe the system allows: the article (300 KB) can never fit in it whole, so the command
        # is still writing when the reader goes, however the two processes are scheduled
        fcntl.fcntl(write_end, fcntl.F_SETPIPE_SZ, 4096)
    proc = subprocess.Popen([sys.executable, "-m", "reader", "show", "1", "--db", str(fresh_db)],
                            stdout=write_end, stderr=subprocess.PIPE)
    os.close(write_end)
    reader = os.fdopen(read_end, "rb")
    assert proc.stderr is not None
    assert reader.readline()
    reader.close()  # what head does after its first line
    err = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert "Broken pipe" not in err and "Traceback" not in err and not err.strip()
    # 1 when the command was still writing as the reader went (the usual case); under heavy load a CI run
    # saw 0, the whole article having gone through before the close: both are a quiet stop
    assert proc.returncode in (0, 1)
