"""Read-side assembly shared by the CLI, the TUI and the export: comparisons and group reports."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from reader.engine import alignment, provenance
from reader.engine import quotes as quotes_mod
from reader.engine.models import Alignment, Article, Group, Provenance
from reader.engine.store import Library, NotFound

__all__ = ["GroupReport", "NotFound", "compare", "group_report", "load_article", "load_group"]


@dataclass(slots=True)
class GroupReport:
    """A group with its articles, pairwise alignments and provenance, ready to show or export."""

    group: Group
    articles: list[Article]
    alignments: list[Alignment]
    provenance: Provenance


def load_article(library: Library, aid: int) -> Article:
    """One article with analysis, or NotFound."""
    return library.require(aid)


def load_group(library: Library, gid: int) -> Group:
    """One group, or NotFound."""
    group = library.group(gid)
    if group is None:
        raise NotFound(f"no group with id {gid}")
    return group


def unify_group_speakers(articles: list[Article]) -> None:
    """Give one canonical name to a speaker named differently across the group's articles."""
    names = [q.speaker for a in articles for q in a.quotes if q.speaker]
    if not names:
        return
    mapping = quotes_mod.unify_speakers(names)
    for a in articles:
        for q in a.quotes:
            if q.speaker:
                q.speaker = mapping.get(q.speaker, q.speaker)


def compare(library: Library, a_id: int, b_id: int) -> tuple[Article, Article, Alignment]:
    """Align two articles sentence by sentence."""
    a, b = load_article(library, a_id), load_article(library, b_id)
    unify_group_speakers([a, b])
    return a, b, alignment.align(a, b)


def group_report(library: Library, gid: int) -> GroupReport:
    """Everything known about one group: all pairwise alignments, statements, provenance."""
    group = load_group(library, gid)
    articles = library.get_many(group.article_ids)
    unify_group_speakers(articles)
    aligns = [alignment.align(a, b) for a, b in combinations(articles, 2)]
    prov = provenance.build_provenance(group, articles, aligns)
    return GroupReport(group=group, articles=articles, alignments=aligns, provenance=prov)
