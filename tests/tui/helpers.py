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


def bulk_library(db: Path, n: int) -> Path:
    """A library of ``n`` one-article groups written straight to the store (fast, for list tests)."""
    import hashlib

    from reader.engine.store import StoredArticle
    from reader.engine.text import split_sentences

    with Library(db) as lib, lib.transaction() as c:
        for i in range(n):
            text = f"Report number {i} says the council met on day {i} to discuss item {i * 7}."
            art = StoredArticle(
                source=f"bulk-{i}", url=None, outlet=f"Outlet {i % 37}", title=f"Bulk story {i:05d}",
                published=f"2025-01-{1 + i % 28:02d}", author=None, text=text, furniture=[],
                sentences=split_sentences(text), quotes=[], credits=[],
                content_hash=hashlib.sha256(text.encode()).hexdigest(), band_keys=[], fingerprint=b"",
            )
            _, aid = lib.write_article(c, f"bulk-{i}", art, "2025-01-01T00:00:00Z")
            lib.set_group(c, [aid], art.title)
    return db
