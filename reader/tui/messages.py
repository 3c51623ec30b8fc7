"""Messages posted by thread workers, named as past events; only their handlers touch widgets."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from textual.message import Message

from reader.engine.models import Alignment, Article, Group, IngestResult, SearchHit
from reader.tui.data import ArticleRow, LibraryStats

if TYPE_CHECKING:
    from reader.engine.reports import GroupReport


@dataclass
class GroupsLoaded(Message):
    """A page of groups was read; ``done`` when the last page has arrived."""

    groups: list[Group]
    offset: int
    done: bool
    stats: LibraryStats | None = None


@dataclass
class GroupArticlesLoaded(Message):
    """The articles of one group were read for the list."""

    group_id: int
    rows: list[ArticleRow]


@dataclass
class SearchCompleted(Message):
    """A search ran; ``error`` explains a query that could not run."""

    query: str
    hits: list[SearchHit]
    error: str | None = None
    seconds: float = 0.0
    offset: int = 0


@dataclass
class ArticleLoaded(Message):
    """An article and its group were read for the article screen."""

    article: Article | None
    group: Group | None
    revisions: list[dict]


@dataclass
class ComparisonComputed(Message):
    """Two articles were aligned for the split view."""

    a: Article
    b: Article
    alignment: Alignment
    group: Group | None
    seconds: float = 0.0


@dataclass
class ReportBuilt(Message):
    """A group's statements and provenance were computed."""

    report: GroupReport
    generation: int = 0


@dataclass
class WorkFailed(Message):
    """A worker could not finish; ``what`` names the work for the user."""

    what: str
    error: str


@dataclass
class IngestProgressed(Message):
    """One more input of an ingest is done."""

    done: int
    total: int
    name: str


@dataclass
class IngestFinished(Message):
    """An ingest ended (``cancelled`` if the user stopped it)."""

    result: IngestResult | None
    error: str | None = None
    cancelled: bool = False


@dataclass
class ExportWritten(Message):
    """An export was written to ``path``."""

    path: Path


@dataclass
class ExportRefused(Message):
    """An export was not written: the file exists (``exists``) or writing failed."""

    path: Path
    error: str
    exists: bool = False


class LibraryChanged(Message):
    """Articles were added or changed: lists should reload."""
