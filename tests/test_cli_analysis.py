"""The analysis commands of the CLI on the sample corpus: groups, compare, statements, quotes, export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reader.cli import main
from tests.conftest import SAMPLE_CORPUS


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("lib") / "lib.db"
    code, _, err = run("ingest", str(SAMPLE_CORPUS), "--no-follow", "--db", str(path))
    assert code == 0, err
    return path


def briefing(db: Path) -> dict:
    code, out, _ = run("groups", "--json", "--db", str(db))
    assert code == 0
    groups = json.loads(out)
    assert all(set(g) == {"id", "label", "article_ids", "outlets", "first_published"} for g in groups)
    return next(g for g in groups if "TRT World" in g["outlets"])


def test_groups_json_puts_every_article_in_exactly_one_group(db: Path) -> None:
    code, out, _ = run("groups", "--json", "--db", str(db))
    ids = [i for g in json.loads(out) for i in g["article_ids"]]
    code, listing, _ = run("list", "--json", "--db", str(db))
    assert sorted(ids) == sorted(r["id"] for r in json.loads(listing))
    assert len(briefing(db)["article_ids"]) == 3


def test_compare_json_indexes_the_sentences_of_show(db: Path) -> None:
    a, b = briefing(db)["article_ids"][:2]
    code, out, _ = run("compare", str(a), str(b), "--json", "--db", str(db))
    assert code == 0
    data = json.loads(out)
    assert set(data) >= {"pairs", "unique_a", "unique_b"}
    assert data["pairs"], "two reports of one briefing share statements"
    sa = json.loads(run("show", str(a), "--json", "--db", str(db))[1])["sentences"]
    sb = json.loads(run("show", str(b), "--json", "--db", str(db))[1])["sentences"]
    for p in data["pairs"]:
        assert p["label"] in ("verbatim", "quote-variant", "paraphrase")
        assert 0 <= p["a"] < len(sa) and 0 <= p["b"] < len(sb)
        assert 0.0 <= p["score"] <= 1.0
    paired_a = {p["a"] for p in data["pairs"]}
    assert paired_a.isdisjoint(data["unique_a"])
    assert paired_a | set(data["unique_a"]) == set(range(len(sa)))


def test_statements_name_the_speaker_and_how_each_outlet_carries_it(db: Path) -> None:
    group = briefing(db)
    code, out, _ = run("statements", str(group["id"]), "--json", "--db", str(db))
    assert code == 0
    found = json.loads(out)
    assert found
    labels = {c["label"] for s in found for c in s["carriers"]}
    assert labels <= {"quote", "partial-quote", "paraphrase"}
    assert any(s["speaker"] == "Dmitry Peskov" and len(s["carriers"]) == 3 for s in found)


def test_quotes_by_speaker(db: Path) -> None:
    code, out, _ = run("quotes", "--speaker", "Peskov", "--json", "--db", str(db))
    rows = json.loads(out)
    assert rows and all("Peskov" in r["speaker"] for r in rows)
    code, out, _ = run("quotes", "--speaker", "%", "--json", "--db", str(db))
    assert json.loads(out) == []  # a LIKE wildcard is a literal character
    code, out, _ = run("quotes", "--speaker", "dmitri peskow", "--json", "--db", str(db))
    assert {r["speaker"] for r in json.loads(out)} == {"Dmitry Peskov"}  # another transliteration


def test_export_group_to_stdout_and_file_refusing_to_overwrite(db: Path, tmp_path: Path) -> None:
    gid = briefing(db)["id"]
    code, out, _ = run("export", str(gid), "--db", str(db))
    assert code == 0 and out.startswith("# ") and "TRT World" in out
    target = tmp_path / "briefing.md"
    assert run("export", str(gid), "-o", str(target), "--db", str(db))[0] == 0
    assert target.read_text() == out  # deterministic: the same library gives the same bytes
    code, _, err = run("export", str(gid), "-o", str(target), "--db", str(db))
    assert code == 2 and "--force" in err
    assert run("export", str(gid), "-o", str(target), "--force", "--db", str(db))[0] == 0


def test_export_pair_and_bad_ids(db: Path) -> None:
    a, b = briefing(db)["article_ids"][:2]
    code, out, _ = run("export", str(a), str(b), "--db", str(db))
    assert code == 0 and out.startswith("# Side by side")
    code, _, err = run("export", "9999", "--db", str(db))
    assert code == 2 and "9999" in err
    code, _, err = run("compare", str(a), "9999", "--db", str(db))
    assert code == 2 and "9999" in err


def test_compare_and_statements_say_where_figures_differ(tmp_path: Path) -> None:
    for name, outlet, toll, when in (("a.txt", "Wire A", "at least 14", "09:00"), ("b.txt", "Paper B", "13", "11:00")):
        (tmp_path / name).write_text(
            f"---\noutlet: {outlet}\ndate: 2025-03-03T{when}:00Z\n---\n"
            f"The storm killed {toll} people in the coastal province of Varna, officials said.\n\n"
            "Rescue teams searched collapsed houses in the port town through the night, they said.\n")
    db = tmp_path / "storm.db"
    assert run("ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--db", str(db))[0] == 0
    code, out, _ = run("compare", "1", "2", "--db", str(db))
    assert code == 0 and "figures differ: A 14 · B 13" in out
    group = json.loads(run("groups", "--json", "--db", str(db))[1])[0]
    code, out, _ = run("statements", str(group["id"]), "--db", str(db))
    assert code == 0 and "figures differ: Wire A 14 · Paper B 13" in out
