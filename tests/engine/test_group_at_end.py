"""A large import groups once at its end: the same groups, and a stopped run is finished by the next one."""

from __future__ import annotations

import json
import os
import shutil
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.engine import analysis, grouping, pipeline
from reader.engine.models import Article
from reader.engine.pipeline import group_at_end, ingest
from reader.engine.store import Library
from reader.engine.store import batch as batch_mod
from reader.engine.store.groups import regroup_owner_alive
from tests.conftest import SAMPLE_CORPUS


@pytest.fixture()
def lib(fresh_db: Path) -> Iterator[Library]:
    library = Library(fresh_db)
    yield library
    library.close()


def partition(lib: Library) -> list[list[str]]:
    """The groups as sets of file names (ids differ between libraries)."""
    names = {r["id"]: Path(r["source"]).name for r in lib.list_articles()}
    out = [sorted(names[i] for i in g.article_ids) for g in lib.groups()]
    grouped = sum(len(g) for g in out)
    assert grouped == len(names), "an article without a group"
    return sorted(out)


def sizes_match(lib: Library) -> bool:
    return not lib.conn.execute(
        "SELECT 1 FROM groups g WHERE g.size != (SELECT COUNT(*) FROM articles a WHERE a.group_id = g.id)").fetchall()


def revise_during_the_next_rebuild(monkeypatch: pytest.MonkeyPatch, fresh_db: Path, member: Article) -> None:
    """Make another process revise ``member`` (a .txt file) while the next rebuild groups the library.

    Once only: that ingest may rebuild the groups itself (a mark left by an interrupted import), and
    must not revise the article again from inside its own rebuild.
    """
    real = grouping.group_articles
    done: list[bool] = []

    def meanwhile(*args: object, **kwargs: object) -> object:
        if done:
            return real(*args, **kwargs)  # type: ignore[arg-type]
        done.append(True)
        Path(member.source).write_text("The harbour authority said on Tuesday that the ferry terminal would "
                                       "reopen in May after repairs to the old pier.\n")
        with Library(fresh_db) as other:
            assert ingest(other, [member.source], bulk=False, follow_links=False).updated == [member.id]
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(grouping, "group_articles", meanwhile)


def lsh_state(lib: Library) -> dict[str, tuple[bytes | None, list[int]]]:
    """Per article key: its stored fingerprint and band keys."""
    bands: dict[int, list[int]] = {}
    for key, aid in lib.conn.execute("SELECT key, article_id FROM bands ORDER BY key"):
        bands.setdefault(aid, []).append(key)
    return {k: (fp, bands.get(aid, [])) for aid, k, fp in lib.conn.execute("SELECT id, key, fingerprint FROM articles")}


def test_large_imports_into_small_libraries_group_at_the_end(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    assert not group_at_end(lib, pipeline.GROUP_AT_END_MIN - 1, None)
    assert group_at_end(lib, pipeline.GROUP_AT_END_MIN, None)
    assert group_at_end(lib, 1, True) and not group_at_end(lib, 10_000, False)
    monkeypatch.setattr(lib, "approx_count", lambda: pipeline.GROUP_AT_END_RATIO * 500 + 1)
    assert not group_at_end(lib, 500, None)  # a big library: each article placed as it comes
    assert group_at_end(lib, 501, None)


def test_grouping_at_the_end_makes_the_same_groups_as_one_by_one(tmp_path: Path) -> None:
    with Library(tmp_path / "a.db") as a, Library(tmp_path / "b.db") as b:
        assert not ingest(a, [str(SAMPLE_CORPUS)], bulk=False, follow_links=False).failed
        assert not ingest(b, [str(SAMPLE_CORPUS)], bulk=True, follow_links=False).failed
        assert partition(a) == partition(b)
        assert any(len(g) >= 3 for g in partition(b))  # the seeds' briefing: something was grouped
        assert not b.regroup_pending() and sizes_match(b)
        # Fingerprinted as one batch at the end, the same bytes and band keys as one at a time.
        assert lsh_state(a) == lsh_state(b) and all(fp for fp, _ in lsh_state(b).values())


def test_a_run_stopped_before_its_grouping_is_finished_by_the_next(lib: Library, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    with Library(tmp_path / "ref.db") as ref:
        ingest(ref, [str(SAMPLE_CORPUS)], bulk=False, follow_links=False)
        expected = partition(ref)
    real = analysis.regroup_all

    def killed(library: Library) -> int:
        raise KeyboardInterrupt  # as if the process stopped after the last commit, before the grouping

    monkeypatch.setattr(analysis, "regroup_all", killed)
    with pytest.raises(KeyboardInterrupt):
        ingest(lib, [str(SAMPLE_CORPUS)], bulk=True, follow_links=False)
    assert lib.regroup_pending() and lib.count() > 0
    assert all(len(g) == 1 for g in partition(lib))  # each article its own group meanwhile: nothing lost
    assert all(fp is None and not keys for fp, keys in lsh_state(lib).values())  # fingerprinted at the end
    monkeypatch.setattr(analysis, "regroup_all", real)
    again = ingest(lib, [str(SAMPLE_CORPUS)], follow_links=False)  # nothing new, yet the groups are rebuilt
    assert not again.added and not again.updated
    assert partition(lib) == expected and not lib.regroup_pending() and sizes_match(lib)
    assert lsh_state(lib) == lsh_state(ref_lib := Library(tmp_path / "ref.db"))
    ref_lib.close()


def test_a_fingerprint_made_by_the_rebuild_never_overwrites_a_revision(
        lib: Library, fresh_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "corpus"
    shutil.copytree(SAMPLE_CORPUS, folder)
    real = analysis.regroup_all
    monkeypatch.setattr(analysis, "regroup_all", lambda library: (_ for _ in ()).throw(KeyboardInterrupt))
    with pytest.raises(KeyboardInterrupt):
        ingest(lib, [str(folder)], bulk=True, follow_links=False)
    monkeypatch.setattr(analysis, "regroup_all", real)
    member = next(a for a in lib.get_many(lib.article_ids()) if a.source.endswith(".txt"))
    revise_during_the_next_rebuild(monkeypatch, fresh_db, member)
    analysis.regroup_all(lib)
    revised = lib.get(member.id)
    assert revised is not None and "ferry terminal" in revised.text
    stored = lib.fingerprint_of(member.id)
    assert stored == grouping.fingerprint_to_bytes(grouping.fingerprint(revised.text))  # the new text's
    keys = sorted(r[0] for r in lib.conn.execute("SELECT key FROM bands WHERE article_id = ?", (member.id,)))
    assert keys == sorted(set(grouping.band_keys(grouping.fingerprint(revised.text))))
    assert all(fp for fp, _ in lsh_state(lib).values()) and not lib.regroup_pending()


def test_a_revision_in_an_import_leaves_its_old_group_counted_right(lib: Library, tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    shutil.copytree(SAMPLE_CORPUS, folder)
    ingest(lib, [str(folder)], bulk=False, follow_links=False)
    texts = [a for g in lib.groups() if len(g.article_ids) >= 3 for a in lib.get_many(g.article_ids)
             if a.source.endswith(".txt")]
    member = texts[0]
    paras = Path(member.source).read_text().split("\n\n")
    paras.insert(len(paras) // 2, "The ministry gave no further word on the talks on Wednesday.")
    Path(member.source).write_text("\n\n".join(paras))
    seen: list[bool] = []
    real = analysis.regroup_all

    def check_then_regroup(library: Library) -> int:
        seen.append(sizes_match(library))  # before the rebuild: the old group was recounted
        return real(library)

    analysis_regroup = pytest.MonkeyPatch()
    analysis_regroup.setattr(analysis, "regroup_all", check_then_regroup)
    try:
        result = ingest(lib, [str(folder)], bulk=True, follow_links=False)
    finally:
        analysis_regroup.undo()
    assert result.updated == [member.id], (member.source, result)
    assert seen == [True]
    assert sizes_match(lib) and not lib.regroup_pending()


def test_an_analysis_stopped_midway_is_regrouped_by_the_next_ingest(lib: Library) -> None:
    ingest(lib, [str(SAMPLE_CORPUS)], bulk=False, follow_links=False)
    expected = partition(lib)
    stop = threading.Event()

    def progress(done: int, total: int, name: str) -> None:
        if done >= 2:
            stop.set()

    analysis.reanalyse_all(lib, progress=progress, cancel=stop)
    assert lib.regroup_pending()
    ingest(lib, [str(SAMPLE_CORPUS)], follow_links=False)
    assert partition(lib) == expected and not lib.regroup_pending()


def test_an_article_added_by_another_process_during_the_regrouping_gets_a_group(
        lib: Library, fresh_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ingest(lib, [str(SAMPLE_CORPUS / "bridge")], bulk=False, follow_links=False)
    late = tmp_path / "late.txt"
    late.write_text("The harbour authority said on Tuesday that the ferry terminal would reopen in May.")
    real = grouping.group_articles

    def meanwhile(*args: object, **kwargs: object) -> object:
        with Library(fresh_db) as other:
            ingest(other, [str(late)], bulk=False, follow_links=False)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(grouping, "group_articles", meanwhile)
    analysis.regroup_all(lib)
    ids = {r["id"]: Path(r["source"]).name for r in lib.list_articles()}
    assert "late.txt" in ids.values()
    partition(lib)  # every article, the late one included, is in a group
    assert sizes_match(lib)


@pytest.mark.parametrize("bulk", [False, True])
def test_a_revision_that_leaves_its_group_leaves_it_counted_right(lib: Library, tmp_path: Path, bulk: bool) -> None:
    folder = tmp_path / "corpus"
    shutil.copytree(SAMPLE_CORPUS, folder)
    ingest(lib, [str(folder)], bulk=False, follow_links=False)
    group, member = next((g, a) for g in lib.groups() if len(g.article_ids) >= 3
                         for a in lib.get_many(g.article_ids) if a.source.endswith(".txt"))
    Path(member.source).write_text(
        "The harbour authority said on Tuesday that the ferry terminal would reopen in May after repairs.\n\n"
        "Engineers found cracks in the old pier last winter, a spokeswoman for the authority said.\n")
    result = ingest(lib, [str(folder)], bulk=bulk, follow_links=False)
    assert result.updated == [member.id]
    assert lib.group_of(member.id) != group.id
    assert len(lib.group(group.id).article_ids) == len(group.article_ids) - 1  # type: ignore[union-attr]
    assert sizes_match(lib) and not lib.regroup_pending()


def ids_by_members(lib: Library) -> dict[tuple[int, ...], int]:
    return {tuple(sorted(g.article_ids)): g.id for g in lib.groups()}


def test_rebuilding_the_groups_keeps_their_ids_and_rewrites_only_moved_articles(lib: Library) -> None:
    ingest(lib, [str(SAMPLE_CORPUS)], bulk=False, follow_links=False)
    before = ids_by_members(lib)
    writes: list[str] = []
    lib.conn.set_trace_callback(lambda sql: writes.append(sql) if sql.startswith("UPDATE articles") else None)
    analysis.regroup_all(lib)
    lib.conn.set_trace_callback(None)
    assert ids_by_members(lib) == before
    assert writes == []  # nobody moved, so no article row was rewritten


def test_a_group_split_by_a_rebuild_gives_the_smaller_part_an_id_never_used(lib: Library) -> None:
    ingest(lib, [str(SAMPLE_CORPUS)], bulk=False, follow_links=False)
    group = next(g for g in lib.groups() if len(g.article_ids) >= 3)
    stray = next(g for g in lib.groups() if len(g.article_ids) == 1)
    biggest = max(g.id for g in lib.groups())
    with lib.transaction() as c:  # a wrong merge, as an older version might have left it
        c.execute("UPDATE articles SET group_id = ? WHERE id = ?", (group.id, stray.article_ids[0]))
        c.execute("DELETE FROM groups WHERE id = ?", (stray.id,))
        c.execute("UPDATE groups SET size = size + 1 WHERE id = ?", (group.id,))
    analysis.regroup_all(lib)
    assert sorted(lib.group(group.id).article_ids) == sorted(group.article_ids)  # type: ignore[union-attr]
    assert lib.group_of(stray.article_ids[0]) == biggest + 1 and sizes_match(lib)


def test_an_article_revised_during_a_rebuild_is_placed_by_its_new_text(
        lib: Library, fresh_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "corpus"
    shutil.copytree(SAMPLE_CORPUS, folder)
    ingest(lib, [str(folder)], bulk=False, follow_links=False)
    group, member = next((g, a) for g in lib.groups() if len(g.article_ids) >= 3
                         for a in lib.get_many(g.article_ids) if a.source.endswith(".txt"))
    revise_during_the_next_rebuild(monkeypatch, fresh_db, member)
    analysis.regroup_all(lib)
    assert lib.group_of(member.id) != group.id and sizes_match(lib)
    left = lib.group(group.id)
    assert left is not None and member.id not in left.article_ids
    assert left.label == grouping.label_for(lib.headlines(left.article_ids))  # relabelled without it


def test_a_mark_made_during_a_rebuild_is_not_cleared_by_it(lib: Library, fresh_db: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    ingest(lib, [str(SAMPLE_CORPUS)], bulk=False, follow_links=False)
    real = grouping.group_articles

    def analysed_meanwhile(*args: object, **kwargs: object) -> object:
        with Library(fresh_db) as other:  # `analyze --all` re-analyses an article under way
            analysis._reanalyse(other, other.article_ids()[0], regroup=False)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(grouping, "group_articles", analysed_meanwhile)
    analysis.regroup_all(lib)
    assert lib.regroup_pending()  # so the analysis's own rebuild, or the next ingest, still happens
    monkeypatch.setattr(grouping, "group_articles", real)
    analysis.regroup_all(lib)
    assert not lib.regroup_pending()


def test_an_ingest_whose_final_rebuild_fails_still_reports_its_articles(
        lib: Library, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    def busy(library: Library) -> int:
        raise RuntimeError("library busy for too long")

    monkeypatch.setattr(analysis, "regroup_all", busy)
    result = ingest(lib, [str(SAMPLE_CORPUS)], bulk=True, follow_links=False)
    assert len(result.added) == lib.count() > 0 and not result.regrouped
    assert lib.regroup_pending() and "were not rebuilt" in caplog.text


def test_a_cancelled_import_leaves_the_rebuild_to_the_next_run(lib: Library) -> None:
    stop = threading.Event()
    result = ingest(lib, [str(SAMPLE_CORPUS)], bulk=True, follow_links=False,
                    progress=lambda done, total, name: stop.set() if done >= 2 else None, cancel=stop)
    assert result.added and not result.regrouped and lib.regroup_pending()
    token = lib.regroup_token()
    assert token is not None and not regroup_owner_alive(token)
    assert not token.startswith(f"{socket.gethostname()}:{os.getpid()}:")  # any process may finish it, not only us
    again = ingest(lib, [str(SAMPLE_CORPUS)], bulk=True, follow_links=False)
    assert again.regrouped and not lib.regroup_pending() and sizes_match(lib)


def test_a_small_ingest_leaves_the_rebuild_to_the_live_import_that_marked_it(lib: Library, tmp_path: Path) -> None:
    import subprocess
    import sys

    ingest(lib, [str(SAMPLE_CORPUS)], bulk=False, follow_links=False)
    importer = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        token = f"{socket.gethostname()}:{importer.pid}:cafe"
        with lib.transaction() as c:
            c.execute("INSERT OR REPLACE INTO state(key, value) VALUES ('regroup', ?)", (token,))
        assert regroup_owner_alive(token)
        small = tmp_path / "small.txt"
        small.write_text("The harbour authority said on Tuesday that the ferry terminal would reopen in May.")
        assert not ingest(lib, [str(small)], follow_links=False).regrouped and lib.regroup_pending()
    finally:
        importer.kill()
        importer.wait()
    assert not regroup_owner_alive(token)  # the importer died before its rebuild: the next run does it
    assert ingest(lib, [str(SAMPLE_CORPUS)], follow_links=False).regrouped and not lib.regroup_pending()


@pytest.mark.parametrize("bulk", [True, False])
def test_an_import_that_groups_at_its_end_keeps_its_transactions_open_longer(
        lib: Library, monkeypatch: pytest.MonkeyPatch, bulk: bool) -> None:
    """Fewer, larger commits for a large import (fewer search segments to merge); others keep the default."""
    windows: list[float] = []
    real = pipeline.Batch

    class Recording(real):  # type: ignore[misc, valid-type]
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            windows.append(self.max_seconds)

    monkeypatch.setattr(pipeline, "Batch", Recording)
    ingest(lib, [str(SAMPLE_CORPUS)], follow_links=False, bulk=bulk)
    assert windows == [pipeline.BULK_BATCH_SECONDS if bulk else batch_mod.MAX_SECONDS]
    assert pipeline.BULK_BATCH_SECONDS > batch_mod.MAX_SECONDS


def test_files_of_many_records_count_as_their_articles(tmp_path: Path) -> None:
    from reader.engine.ingest.sources import Item, expected_articles

    lines = tmp_path / "export.jsonl"
    lines.write_text("".join(json.dumps({"title": f"T{i}", "text": f"Body {i}."}) + "\n" for i in range(150)) + "\n\n")
    array = tmp_path / "export.json"
    array.write_text("[" + ",".join('{"title": "T", "text": "Body."}' for _ in range(40)) + "]")
    feed = tmp_path / "feed.xml"
    feed.write_text("<rss><channel>" + "<item><title>T</title></item>" * 12 + "</channel></rss>")
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>One story, whatever it says about <item> tags.</p></body></html>")
    items = [Item("file", str(p)) for p in (lines, array, feed, page)]
    assert expected_articles(items) == 150 + 40 + 12 + 1
    assert expected_articles([Item("file", str(tmp_path / "gone.jsonl")), Item("url", "https://example.org/a")]) == 2


def test_one_big_export_groups_at_the_end(lib: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    export = tmp_path / "export.jsonl"
    export.write_text("".join(json.dumps({
        "title": f"Ferry {i}", "outlet": "Coast Courier",
        "text": f"The harbour authority said on day {i} that the ferry terminal would reopen in May after repairs."})
        + "\n"
        for i in range(pipeline.GROUP_AT_END_MIN)))
    calls: list[bool] = []
    real = analysis.regroup_all
    monkeypatch.setattr(analysis, "regroup_all", lambda library: calls.append(True) or real(library))
    result = ingest(lib, [str(export)], follow_links=False)
    assert len(result.added) == pipeline.GROUP_AT_END_MIN and result.regrouped and calls
    assert sizes_match(lib)
