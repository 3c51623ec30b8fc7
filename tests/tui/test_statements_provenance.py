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
