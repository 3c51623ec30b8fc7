"""Read helpers for the screens, run inside worker threads; they only call the engine."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reader.engine.store import Library


@dataclass(slots=True)
class ArticleRow:
    """One article as the library lists it."""

    id: int
    outlet: str
    title: str
    published: str | None
    words: int
    credits: list[str] = field(default_factory=list)


@dataclass(slots=True)
class LibraryStats:
    """Counts shown in the library's title bar."""

    articles: int


def open_library(path: Path) -> Library:
    """A fresh connection for the calling thread (a connection belongs to its thread)."""
    return Library(path)


def group_rows(lib: Library, gid: int) -> list[ArticleRow]:
    """The articles of a group with the outlets each credits, in publication order."""
    rows = lib.list_articles(group_id=gid)
    out = []
    for r in rows:
        credits = [c.name for c in lib.credits_of(r["id"])]
        out.append(ArticleRow(id=r["id"], outlet=r["outlet"], title=r["title"], published=r["published"],
                              words=int(r["words"] or 0), credits=credits))
    return out
