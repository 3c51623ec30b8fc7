"""Shared helpers for the TUI tests."""

from __future__ import annotations

from pathlib import Path

from reader.engine.models import Group
from reader.engine.store import Library

SIZE = (100, 30)
THEME = "textual-dark"


async def settle(pilot) -> None:
    """Wait until every worker has finished and its messages are handled."""
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


def largest_group(db: Path) -> Group:
    """The sample library's biggest group."""
    with Library(db) as lib:
        return lib.groups(limit=1)[0]
