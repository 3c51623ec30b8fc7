"""Statements matrix (enter opens Compare at the statement) and the provenance screen."""

from __future__ import annotations

from textual.widgets import DataTable

from reader.tui.screens.compare import CompareScreen
from reader.tui.screens.provenance import ProvenanceScreen
from reader.tui.screens.statements import FIXED_COLUMNS, StatementsScreen
from tests.tui.helpers import SIZE, settle


async def test_statements_matrix_then_enter_opens_compare_at_statement(sample_db, make_app):
    app = make_app(sample_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, StatementsScreen)
        report = screen.report
        table = screen.query_one("#matrix", DataTable)
        assert table.row_count == len(report.provenance.statements)
        assert len(table.columns) == FIXED_COLUMNS + len(report.articles)
        if not report.provenance.statements:
            return
        st = report.provenance.statements[0]
        carrier = next(c for c in st.carriers if c.label != "absent")
        col = FIXED_COLUMNS + [a.id for a in report.articles].index(carrier.article_id)
        table.move_cursor(row=0, column=col)
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, CompareScreen)
        assert app.screen.ids[0] == carrier.article_id
        left = app.screen.query_one("#pane-0")
        assert left.article.sentences[left.highlighted].i == carrier.sentence


async def test_provenance_lists_timeline_and_credits(sample_db, make_app):
    app = make_app(sample_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
        assert isinstance(app.screen, ProvenanceScreen)
        body = str(app.screen.query_one("#provenance-body").render())
        for heading in ("Timeline", "First to carry each statement", "Likely derived from", "Credits per outlet"):
            assert heading in body
        for art in app.screen.report.articles:
            assert art.outlet[:20] in body


async def test_statement_detail_names_figures_the_outlets_disagree_on(tmp_path, make_app):
    import threading

    from reader.engine.pipeline import ingest
    from reader.engine.store import Library

    texts = {
        "wire.txt": ("---\ntitle: Storm kills 14 on the coast\noutlet: Wire A\ndate: 2025-03-03T09:00:00Z\n---\n"
                     "The storm killed at least 14 people in the coastal province of Varna, officials said.\n\n"
                     "Rescue teams searched collapsed houses in the port town through the night, they said.\n"),
        "paper.txt": ("---\ntitle: Storm toll rises to 13\noutlet: Paper B\ndate: 2025-03-03T11:00:00Z\n---\n"
                      "The storm killed 13 people in the coastal province of Varna, officials said.\n\n"
                      "Rescue teams searched collapsed houses in the port town through the night, they said.\n"),
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text)
    db = tmp_path / "storm.db"
    with Library(db) as lib:
        ingest(lib, [str(tmp_path / n) for n in texts], cancel=threading.Event())
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, StatementsScreen)
        sts = screen.report.provenance.statements
        row = next(k for k, st in enumerate(sts) if "14" in st.summary or "13" in st.summary)
        screen.query_one("#matrix", DataTable).move_cursor(row=row, column=FIXED_COLUMNS)
        await settle(pilot)
        detail = str(screen.query_one("#statement-detail").render())
        assert "figures differ: A 14 · B 13" in detail
