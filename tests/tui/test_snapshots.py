"""SVG snapshots of the main screens at 100x30, dark theme, no cursor blink, sample library.

Update after an intended change with ``pytest tests/tui/test_snapshots.py --snapshot-update``.
"""

from __future__ import annotations

from tests.tui.helpers import SIZE, settle


async def _ready(pilot) -> None:
    await settle(pilot)


def test_library(sample_db, make_app, snap_compare):
    assert snap_compare(make_app(sample_db), terminal_size=SIZE, run_before=_ready)


def test_search(sample_db, make_app, snap_compare):
    async def run(pilot) -> None:
        await settle(pilot)
        await pilot.press("slash", *"peskov")
        await pilot.pause(0.2)
        await settle(pilot)

    assert snap_compare(make_app(sample_db), terminal_size=SIZE, run_before=run)


def test_compare(sample_db, make_app, snap_compare):
    async def run(pilot) -> None:
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        await pilot.press("n", "n")
        await pilot.pause()

    assert snap_compare(make_app(sample_db), terminal_size=SIZE, run_before=run)


def test_statements(sample_db, make_app, snap_compare):
    async def run(pilot) -> None:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)

    assert snap_compare(make_app(sample_db), terminal_size=SIZE, run_before=run)


def test_provenance(sample_db, make_app, snap_compare):
    async def run(pilot) -> None:
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)

    assert snap_compare(make_app(sample_db), terminal_size=SIZE, run_before=run)


def test_help(sample_db, make_app, snap_compare):
    async def run(pilot) -> None:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(make_app(sample_db), terminal_size=SIZE, run_before=run)


def test_empty_library(empty_db, make_app, snap_compare):
    assert snap_compare(make_app(empty_db), terminal_size=SIZE, run_before=_ready)
