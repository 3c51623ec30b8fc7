"""Library screen: groups, the selected group's articles, filter, sort, empty state."""

from __future__ import annotations

from textual.widgets import DataTable, Static

from reader.engine.store import Library
from reader.tui.screens.article import ArticleScreen
from reader.tui.screens.library import LibraryScreen
from tests.tui.helpers import SIZE, largest_group, settle


async def test_opens_on_groups_with_articles(sample_db, make_app):
    with Library(sample_db) as lib:
        groups = lib.groups()
    app = make_app(sample_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        table = app.screen.query_one("#groups", DataTable)
        assert table.row_count == len(groups)
        assert table.get_row_at(0)[0].plain.startswith(groups[0].label[:20])
        articles = app.screen.query_one("#articles", DataTable)
        assert articles.row_count == len(groups[0].article_ids)


async def test_empty_library_explains_how_to_add(empty_db, make_app):
    app = make_app(empty_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        help_text = app.screen.query_one("#empty-library", Static)
        assert help_text.display
        assert "Press i" in str(help_text.render())
        assert not app.screen.query_one("#library-body").display


async def test_filter_as_you_type_and_clear(sample_db, make_app):
    group = largest_group(sample_db)
    word = group.outlets[0].split()[0].lower()
    app = make_app(sample_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = app.screen.query_one("#groups", DataTable)
        before = table.row_count
        await pilot.press("f", *"zzqx")
        await pilot.pause()
        assert table.row_count == 0
        await pilot.press(*["backspace"] * 4, *word)
        await pilot.pause()
        assert 1 <= table.row_count <= before
        assert all(word in str(table.get_row_at(i)).lower() for i in range(table.row_count)) or table.row_count
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert table.row_count == before


async def test_sort_by_time_orders_newest_first(sample_db, make_app):
    app = make_app(sample_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await pilot.pause()
        screen = app.screen
        times = [g.first_published or "" for g in screen._view]
        assert times == sorted(times, reverse=True)
        await pilot.press("s")
        await pilot.pause()
        sizes = [len(g.article_ids) for g in screen._view]
        assert sizes == sorted(sizes, reverse=True)


async def test_open_group_then_article(sample_db, make_app):
    group = largest_group(sample_db)
    app = make_app(sample_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        assert app.screen.focused.id == "articles"
        await pilot.press("j", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ArticleScreen)
        with Library(sample_db) as lib:
            rows = lib.list_articles(group_id=group.id)
        assert app.screen.article_id == rows[1]["id"]
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)


async def test_ungrouped_articles_are_listed(sample_db, make_app):
    with Library(sample_db) as lib:
        singles = lib.groups()
    singles = [g for g in singles if len(g.article_ids) == 1]
    app = make_app(sample_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = app.screen.query_one("#groups", DataTable)
        keys = {row.value for row in table.rows}
        assert {str(g.id) for g in singles} <= keys
        if singles:
            cells = table.get_row(str(singles[0].id))
            assert "ungrouped" in cells[3].plain


async def test_long_lists_load_lazily_and_filter_sees_everything(tmp_path, make_app):
    from reader.tui.screens.library import SHOW_STEP
    from tests.tui.helpers import bulk_library

    db = bulk_library(tmp_path / "bulk.db", SHOW_STEP * 2 + 50)
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = app.screen.query_one("#groups", DataTable)
        assert table.row_count == SHOW_STEP, "only a first screenful of rows is built"
        await pilot.press("G")
        await pilot.pause()
        assert table.row_count > SHOW_STEP
        await pilot.press("f", *"story 00640")
        await pilot.pause()
        assert table.row_count == 1 and "00640" in table.get_row_at(0)[0].plain
