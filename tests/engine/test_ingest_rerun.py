"""A re-run of an ingest skips the analysis of texts the library holds, and never stores an article without it."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.engine import analysis, pipeline, preparation
from reader.engine.models import Draft
from reader.engine.store import Library

HARBOUR = (
    "The harbour authority in Port Averly closed the outer channel on Tuesday after a dredger ran aground.\n\n"
    "\u201cNobody should sail without checking the notices first,\u201d harbour master Ines Kowal told reporters.\n\n"
    "She said the channel would reopen once divers had inspected the hull."
)
FERRY = (
    "Ferry crossings to the islands resumed on Wednesday, a day after a storm cut the line.\n\n"
    "\u201cThe timetable is back to normal,\u201d said Tomas Reyne, who runs the ferry company.\n\n"
    "Reyne said the company would refund tickets for the cancelled crossings."
)


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    out = tmp_path / "texts"
    out.mkdir()
    (out / "harbour.txt").write_text(HARBOUR)
    (out / "ferry.txt").write_text(FERRY)
    return out


def test_a_rerun_reports_every_article_unchanged_without_analysing_it(
        folder: Path, fresh_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Library(fresh_db) as lib:
        first = pipeline.ingest(lib, [str(folder)])
        assert len(first.added) == 2 and not first.failed

        def refuse(*_a: object, **_k: object) -> analysis.TextAnalysis:
            raise AssertionError("a text the library holds was analysed again")

        monkeypatch.setattr(analysis, "analyse_text", refuse)
        again = pipeline.ingest(lib, [str(folder)])
        assert (again.added, again.updated, again.failed) == ([], [], [])
        assert sorted(again.unchanged) == sorted(first.added)


def test_an_article_gone_from_the_library_meanwhile_is_analysed_before_it_is_stored(
        folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Library(tmp_path / "plain.db") as lib:
        pipeline.ingest(lib, [str(folder)])
        expected = {a.source: (a.quotes, a.credits) for a in lib.get_many(lib.article_ids())}
    with Library(tmp_path / "raced.db") as lib:
        real = Library.find_existing
        asked: set[str] = set()

        def stale_first(self: Library, key: str, content_hash: str) -> tuple[int, str] | None:
            if key not in asked:  # prepare's question: the text was there, and gone by the store's
                asked.add(key)
                return 1, "same"
            return real(self, key, content_hash)

        monkeypatch.setattr(Library, "find_existing", stale_first)
        result = pipeline.ingest(lib, [str(folder)])
        monkeypatch.undo()
        assert len(result.added) == 2 and not result.failed
        got = {a.source: (a.quotes, a.credits) for a in lib.get_many(lib.article_ids())}
    assert got == expected
    assert all(quotes for quotes, _ in got.values())


def test_prepare_leaves_the_analysis_out_only_when_the_library_holds_the_text() -> None:
    draft = Draft(source="harbour.txt", text=HARBOUR, is_paste=True)
    _, full = preparation.prepare(draft)
    _, held = preparation.prepare(draft, stored=lambda _key, _hash: True)
    _, new = preparation.prepare(draft, stored=lambda _key, _hash: False)
    assert full.analysed and new.analysed and not held.analysed
    assert held.quotes == [] and held.fingerprint is None
    assert (new.quotes, new.credits, new.fingerprint) == (full.quotes, full.credits, full.fingerprint)
    preparation.complete(held)
    assert (held.quotes, held.credits, held.band_keys, held.fingerprint) == (
        full.quotes, full.credits, full.band_keys, full.fingerprint)


QUOTED_TO_AGENCY = (
    "Dock workers in Port Averly ended their strike on Friday after a pay deal, the union told Reuters.\n\n"
    "\u201cWe got what we asked for,\u201d union leader Dana Holt said outside the port gates."
)


def _credited(lib: Library, aid: int) -> list[str]:
    return [c.name for c in lib.credits_of(aid)]


def test_outlet_option_over_a_stored_text_relabels_it_and_rereads_its_credits(tmp_path: Path, fresh_db: Path) -> None:
    """--outlet over the same text corrects the stored outlet (reported as updated, no new revision); the
    article's own name is then no credit. Without the option, or with the same name again, it is unchanged."""
    paste = tmp_path / "dock.txt"
    paste.write_text(QUOTED_TO_AGENCY)
    with Library(fresh_db) as lib:
        aid = pipeline.ingest(lib, [str(paste)]).added[0]
        assert lib.outlet_of(aid) == "dock" and _credited(lib, aid) == ["Reuters"]
        again = pipeline.ingest(lib, [str(paste)])
        assert again.unchanged == [aid] and lib.outlet_of(aid) == "dock"
        relabelled = pipeline.ingest(lib, [str(paste)], outlet="Reuters")
        assert relabelled.updated == [aid] and not relabelled.added and not relabelled.unchanged
        art = lib.require(aid)
        assert art.outlet == "Reuters" and _credited(lib, aid) == []
        assert len(lib.revisions_of(aid)) == 0 and art.text == QUOTED_TO_AGENCY
        assert [q.speaker for q in lib.quotes_of(aid)] == ["Dana Holt"]
        assert pipeline.ingest(lib, [str(paste)], outlet="Reuters").unchanged == [aid]
        assert [h.id for h in lib.search('outlet:Reuters strike')] == [aid]
        back = pipeline.ingest(lib, [str(paste)], outlet="Port Averly Echo")
        assert back.updated == [aid] and lib.outlet_of(aid) == "Port Averly Echo"
        assert _credited(lib, aid) == ["Reuters"]
