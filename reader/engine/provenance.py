"""Provenance of a group: publication order, first carriers, word shares and derivations.

Statements come from :mod:`reader.engine.statements`; this module adds what needs
the whole group: who published first, how much of each article is shared
verbatim or in other words with the rest of the group, and which articles look
derived from another one (their text tracks it and they credit its agency).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from reader.engine import outlets
from reader.engine.models import (
    Alignment,
    Article,
    ArticleShare,
    Derivation,
    Group,
    Provenance,
    Sentence,
)
from reader.engine.statements import build_statements, timeline
from reader.engine.text import split_sentences

log = logging.getLogger(__name__)

DERIVED_SHARE = 0.4
"""Share of an article's words aligned with an earlier article for it to count as tracking that text."""
DERIVED_VERBATIM = 0.25
"""... of which at least this share must be verbatim (copy, not common paraphrase)."""

__all__ = ["build_provenance", "build_statements", "timeline", "shares", "derivations"]


def _sentences(article: Article) -> list[Sentence]:
    return article.sentences or split_sentences(article.text)


def _word_counts(article: Article) -> dict[int, int]:
    return {s.i: len(s.text.split()) for s in _sentences(article)}


def _best_labels(articles: Sequence[Article], alignments: Sequence[Alignment]) -> dict[int, dict[int, str]]:
    """For each article and sentence, its strongest label against any other article of the group."""
    rank = {"verbatim": 2, "quote-variant": 1, "paraphrase": 1}
    ids = {a.id for a in articles}
    best: dict[int, dict[int, str]] = {a.id: {} for a in articles}
    for al in alignments:
        if al.a_id not in ids or al.b_id not in ids:
            continue
        for p in al.pairs:
            for aid, si in ((al.a_id, p.a), (al.b_id, p.b)):
                cur = best[aid].get(si)
                if cur is None or rank.get(p.label, 0) > rank.get(cur, 0):
                    best[aid][si] = p.label
    return best


def shares(articles: Sequence[Article], alignments: Sequence[Alignment]) -> list[ArticleShare]:
    """Per article: share of its words in sentences verbatim / reworded elsewhere in the group / its own."""
    best = _best_labels(articles, alignments)
    out = []
    for a in articles:
        counts = _word_counts(a)
        total = sum(counts.values())
        if not total:
            out.append(ArticleShare(a.id, 0.0, 0.0, 1.0 if not a.text.strip() else 0.0))
            continue
        verb = sum(n for si, n in counts.items() if best[a.id].get(si) == "verbatim")
        para = sum(n for si, n in counts.items() if best[a.id].get(si) in ("paraphrase", "quote-variant"))
        v, p = round(verb / total, 4), round(para / total, 4)
        out.append(ArticleShare(a.id, v, p, round(max(0.0, 1.0 - v - p), 4)))
    return out


def _same_outlet(a: str, b: str) -> bool:
    """Whether two outlet names mean the same outlet (registry aliases, else whole-word match)."""
    ca, cb = outlets.canonical(a) or outlets.key(a), outlets.canonical(b) or outlets.key(b)
    if not ca or not cb:
        return False
    if ca == cb:
        return True
    wa, wb = set(outlets.key(ca).split()), set(outlets.key(cb).split())
    shorter = min(wa, wb, key=len)
    return len(shorter) >= 2 and shorter <= (wa | wb) and wa & wb == shorter


def _credited(article: Article, other: Article) -> str | None:
    """The words showing that ``article`` credits the outlet that published ``other``, if it does."""
    if not (other.outlet or "").strip():
        return None
    for c in article.credits:
        if set(c.roles) <= {"photo"}:
            continue
        if _same_outlet(c.name, other.outlet):
            return c.evidence[0] if c.evidence else c.name
    return None


def derivations(articles: Sequence[Article], alignments: Sequence[Alignment],
                order: Sequence[int]) -> list[Derivation]:
    """Articles whose text tracks an earlier article of the group and that credit its outlet."""
    by_id = {a.id: a for a in articles}
    position = {aid: k for k, aid in enumerate(order)}
    counts = {a.id: _word_counts(a) for a in articles}
    out: list[Derivation] = []
    for al in alignments:
        if al.a_id not in by_id or al.b_id not in by_id:
            continue
        for later, earlier, side in ((al.a_id, al.b_id, "a"), (al.b_id, al.a_id, "b")):
            if position.get(earlier, 10**9) >= position.get(later, 10**9):
                continue
            words = counts[later]
            total = sum(words.values())
            if not total:
                continue
            mine = [(p.a if side == "a" else p.b, p.label) for p in al.pairs]
            seen: dict[int, str] = {}
            for si, label in mine:
                if seen.get(si) != "verbatim":
                    seen[si] = label
            aligned = sum(words.get(si, 0) for si in seen) / total
            verbatim = sum(words.get(si, 0) for si, lab in seen.items() if lab == "verbatim") / total
            if aligned < DERIVED_SHARE or verbatim < DERIVED_VERBATIM:
                continue
            credit = _credited(by_id[later], by_id[earlier])
            if credit is None:
                continue
            evidence = (f"{aligned:.0%} of its words align with {by_id[earlier].outlet} "
                        f"({verbatim:.0%} verbatim); credits: {credit}")
            out.append(Derivation(later, earlier, round(aligned, 4), evidence))
    best: dict[int, Derivation] = {}
    for d in out:
        if d.article_id not in best or d.share > best[d.article_id].share:
            best[d.article_id] = d
    return sorted(best.values(), key=lambda d: (position.get(d.article_id, 0), d.derived_from))


def build_provenance(group: Group, articles: list[Article], alignments: list[Alignment]) -> Provenance:
    """The group's timeline, statements with first carriers, word shares and likely derivations."""
    members = [a for a in articles if not group.article_ids or a.id in set(group.article_ids)] or articles
    order = timeline(members)
    statements = build_statements(members, alignments)
    return Provenance(
        group_id=group.id,
        timeline=order,
        statements=statements,
        shares=shares(members, alignments),
        derivations=derivations(members, alignments, order),
    )
