"""Export (writes, says where, asks before replacing) and ingest from inside the app."""

from __future__ import annotations

import shutil
from pathlib import Path

from textual.widgets import DataTable, Input

from reader.tui.format import slug
from reader.tui.screens.export import ExportScreen
from reader.tui.screens.ingest import IngestScreen
from reader.tui.screens.library import LibraryScreen
from tests.tui.helpers import SIZE, largest_group, settle

SAMPLE = Path(__file__).resolve().parents[2] / "sample_corpus"


async def test_export_group_writes_markdown_and_asks_before_replacing(sample_db, make_app, tmp_path):
    group = largest_group(sample_db)
    target = tmp_path / f"{slug(group.label)}.md"
    app = make_app(sample_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        assert Path(app.screen.query_one("#export-path", Input).value) == target
        await pilot.press("enter")
        await settle(pilot)
        assert target.exists()
        content = target.read_text(encoding="utf-8")
        assert content.startswith("# ")
        assert isinstance(app.screen, LibraryScreen)
        assert any(str(target) in str(n.message) for n in app._notifications)

        target.write_text("keep me", encoding="utf-8")
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen), "an existing file needs a second confirmation"
        assert "exists" in str(app.screen.query_one("#export-status").render())
        assert target.read_text(encoding="utf-8") == "keep me"
        await pilot.press("enter")
        await settle(pilot)
        assert target.read_text(encoding="utf-8") == content


async def test_export_pair_from_compare(sample_db, make_app, tmp_path):
    app = make_app(sample_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        await pilot.press("e")
        await pilot.pause()
        path = Path(app.screen.query_one("#export-path", Input).value)
        assert path.parent == tmp_path and path.suffix == ".md"
        await pilot.press("enter")
        await settle(pilot)
        assert path.read_text(encoding="utf-8").startswith("# ")


async def test_export_escape_cancels_without_writing(sample_db, make_app, tmp_path):
    app = make_app(sample_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert not list(tmp_path.glob("*.md"))


async def test_ingest_from_the_app_refreshes_the_library(empty_db, make_app, tmp_path):
    corpus = tmp_path / "incoming"
    shutil.copytree(SAMPLE / "bridge", corpus)
    app = make_app(empty_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.screen.query_one("#empty-library").display
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, IngestScreen)
        app.screen.query_one("#source", Input).value = str(corpus)
        await pilot.press("enter")
        await settle(pilot)
        status = str(app.screen.query_one("#ingest-status").render())
        assert "added" in status and "0 failed" in status
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert not app.screen.query_one("#empty-library").display
        assert app.screen.query_one("#groups", DataTable).row_count >= 1
        # The first articles arrived: keys move in the list, they are not typed into the filter.
        assert app.focused is app.screen.query_one("#groups")
        await pilot.press("j")
        assert app.screen.query_one("#filter", Input).value == ""


async def test_ingest_reports_a_missing_path(empty_db, make_app, tmp_path):
    app = make_app(empty_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await pilot.pause()
        app.screen.query_one("#source", Input).value = str(tmp_path / "nothing-here")
        await pilot.press("enter")
        await settle(pilot)
        status = str(app.screen.query_one("#ingest-status").render())
        assert "failed" in status.lower()


async def test_ingest_a_url_from_the_app(empty_db, make_app, tmp_path):
    import functools
    import http.server
    import threading

    site = tmp_path / "site"
    shutil.copytree(SAMPLE / "bridge", site)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *a, **k: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/coastal-wire.html"
        app = make_app(empty_db)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("i")
            await pilot.pause()
            app.screen.query_one("#source", Input).value = url
            await pilot.press("enter")
            await settle(pilot)
            status = str(app.screen.query_one("#ingest-status").render())
            assert "1 added" in status, status
            await pilot.press("escape")
            await settle(pilot)
            assert app.screen.query_one("#groups", DataTable).row_count == 1
    finally:
        server.shutdown()
        server.server_close()
