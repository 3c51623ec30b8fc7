"""Help built from the bindings, the command palette's 'area: verb' commands, binding hygiene."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from textual.binding import Binding
from textual.widgets import DataTable

import reader.tui.screens
import reader.tui.widgets
from reader.tui.app import NewsroomApp
from reader.tui.commands import binding_commands
from reader.tui.screens.help import HelpScreen
from reader.tui.screens.library import LibraryScreen
from tests.tui.helpers import SIZE, settle


def all_bindings() -> list[tuple[str, Binding]]:
    found = [("NewsroomApp", b) for b in NewsroomApp.BINDINGS]
    for pkg in (reader.tui.screens, reader.tui.widgets):
        for mod in pkgutil.iter_modules(pkg.__path__):
            module = importlib.import_module(f"{pkg.__name__}.{mod.name}")
            for name, obj in vars(module).items():
                if inspect.isclass(obj) and obj.__module__ == module.__name__:
                    found += [(name, b) for b in obj.__dict__.get("BINDINGS", []) if isinstance(b, Binding)]
    return found


def test_every_binding_has_description_and_id_and_no_risky_priority():
    bindings = all_bindings()
    assert len(bindings) > 30
    for owner, b in bindings:
        assert b.description, f"{owner}: {b.key} has no description"
        assert b.id, f"{owner}: {b.key} has no id"
        keys = b.key.split(",")
        assert not (b.priority and any(len(k) == 1 for k in keys)), f"{owner}: single-letter priority {b.key}"
        assert "ctrl+c" not in keys, f"{owner}: ctrl+c is Textual's"


def test_binding_ids_are_unique_per_class():
    seen: dict[tuple[str, str], str] = {}
    for owner, b in all_bindings():
        key = (owner, b.id or "")
        assert key not in seen, f"{owner}: duplicate id {b.id}"
        seen[key] = b.key


async def test_help_lists_the_screen_keys(sample_db, make_app):
    app = make_app(sample_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        table = app.screen.query_one("#help-table", DataTable)
        rows = [tuple(cell.plain for cell in table.get_row_at(i)) for i in range(table.row_count)]
        descriptions = " ".join(r[2] for r in rows)
        for word in ("Filter", "Sort", "Compare", "Statements", "Provenance", "Export", "Search", "Quit"):
            assert word in descriptions
        assert rows[0][1] == "library", "the screen's own keys come first"
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)


async def test_palette_names_every_action_area_verb(sample_db, make_app):
    app = make_app(sample_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        titles = [c.title for c in binding_commands(app, app.screen)]
        for title in ("library: filter", "library: sort", "library: compare", "app: search", "app: ingest"):
            assert title in titles
        assert all(": " in t for t in titles)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"library: sort")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert app.screen._sort == "time"


async def test_q_types_into_inputs_instead_of_quitting(sample_db, make_app):
    app = make_app(sample_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f", "q")
        await pilot.pause()
        assert app.is_running
        assert app.screen.query_one("#filter").value == "q"


async def test_palette_titles_are_all_area_verb_without_duplicates(sample_db, make_app):
    app = make_app(sample_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert all(": " in t and t == t.lower() for t in titles), titles
        assert len(titles) == len(set(titles))
        assert "app: toggle light/dark theme" in titles


async def test_theme_toggle_redraws_compare_and_search(sample_db, make_app):
    app = make_app(sample_db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        pane = app.screen.query_one("#pane-0")
        before = pane.option_count
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert not app.current_theme.dark
        assert pane.option_count == before and pane.highlighted is not None
        await pilot.press("escape", "slash", *"bridge")
        await pilot.pause(0.2)
        await settle(pilot)
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert app.current_theme.dark
        assert app.screen.query_one("#results").option_count > 0
