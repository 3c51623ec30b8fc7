"""One canonical name per person across articles ("Peskov", "D. Peskov", "Dmitri Peskov" -> "Dmitry Peskov").

Used when comparing outlets: each article names its speakers in its own way.
"""

from __future__ import annotations

import re

from reader.engine.speaker_words import anonymous_phrase, fold

__all__ = ["unify_speakers"]

_UNIFY_DROP = re.compile(r"^(?:mr|mrs|ms|dr|prof|sir)\.?\s+", re.I)


def _same_person(a: str, b: str) -> bool:
    """Two full names of one person: close surnames and compatible first names (or an initial)."""
    from rapidfuzz import fuzz

    pa, pb = fold(a).split(), fold(b).split()
    if pa[-1][:1] != pb[-1][:1] or fuzz.ratio(pa[-1], pb[-1]) < 85:
        return False
    fa, fb = pa[0].rstrip("."), pb[0].rstrip(".")
    if len(fa) == 1 or len(fb) == 1:
        return fa[:1] == fb[:1]
    return fa == fb or fuzz.ratio(fa, fb) >= 75


def _canonical_rank(name: str, weight: int) -> tuple[int, int, int, int]:
    """Prefer the most used spelling, then a plain "First Last" with no initials, then the shorter."""
    parts = name.split()
    initials = sum(1 for p in parts if len(p.rstrip(".")) <= 1)
    return (weight, -initials, -abs(len(parts) - 2), -len(name))


def unify_speakers(names: list[str]) -> dict[str, str]:
    """Map speaker names from several articles to one canonical name each.

    A surname alone maps to the full name that ends with it; spelling variants of
    the same person ("Zelensky"/"Zelenskyy", "Dmitry"/"Dmitri", "D. Peskov") map to
    the most used spelling. Anonymous sources, roles and organisations stay as they are.
    """
    from rapidfuzz import fuzz

    counts: dict[str, int] = {}
    for n in names:
        if n:
            counts[n] = counts.get(n, 0) + 1
    cleaned = {n: _UNIFY_DROP.sub("", n).strip() for n in counts}
    person = {n: c for n, c in cleaned.items() if c and c[:1].isupper() and anonymous_phrase(n) is None}
    weight: dict[str, int] = {}
    for n, c in person.items():
        weight[c] = weight.get(c, 0) + counts[n]
    full = sorted({c for c in person.values() if len(c.split()) >= 2}, key=lambda c: (-weight[c], c))
    clusters: list[list[str]] = []
    for c in full[:2000]:
        for cl in clusters:
            if any(_same_person(c, d) for d in cl[:20]):
                cl.append(c)
                break
        else:
            clusters.append([c])
    canon_of: dict[str, str] = {}
    for cl in clusters:
        total = sum(weight[c] for c in cl)
        best = max(cl, key=lambda c: _canonical_rank(c, weight[c]))
        for c in cl:
            canon_of[c] = best
        weight[best] = max(weight[best], total)
    out: dict[str, str] = {}
    for n in counts:
        c = person.get(n)
        if c is None:
            out[n] = n
        elif c in canon_of:
            out[n] = canon_of[c]
        else:
            last = fold(c.split()[-1])
            hits = {canon_of[f] for f in full if fuzz.ratio(fold(f.split()[-1]), last) >= 88}
            out[n] = hits.pop() if len(hits) == 1 else c
    return out
