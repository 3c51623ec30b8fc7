"""Markdown export of two articles side by side: aligned sentence rows with their word edits.

Every sentence of both articles appears once, paired or alone, in the reading order
of the first; the shared sections come from :mod:`reader.engine.export_sections`.
"""

from __future__ import annotations

import bisect
import logging
from dataclasses import dataclass

from reader.engine.export_sections import (
    RANK,
    STYLE,
    ExportDoc,
    build_doc,
    credit_evidence,
    footnotes,
    note_refs,
    outlet_table,
    sources_list,
    statement_matrix,
    wordings,
)
from reader.engine.markdown import (
    emphasis,
    escape_cell,
    escape_inline,
    format_time,
    plural,
    sort_key_time,
    table,
)
from reader.engine.models import Alignment, Article, ArticleShare, Pair, Statement

log = logging.getLogger(__name__)

_MATCH = {"verbatim": "verbatim", "quote-variant": "quote variant", "paraphrase": "paraphrase"}


@dataclass(slots=True)
class _Row:
    """One line of the side-by-side table: a sentence index per side (None when absent)."""

    a: int | None
    b: int | None
    label: str = ""
    changes: str = ""


def _changes(pair: Pair, ta: str, tb: str, swap: bool) -> str:
    """The word edits of a near-verbatim pair, e.g. ``“said” → “told”``, from its word diff."""
    out = []
    for d in pair.diff:
        sa, sb = (d.b, d.a) if swap else (d.a, d.b)
        if d.op == "equal" or not (0 <= sa.start <= sa.end <= len(ta) and 0 <= sb.start <= sb.end <= len(tb)):
            continue
        old, new = escape_inline(sa.slice(ta)), escape_inline(sb.slice(tb))
        out.append(f"“{old}” → “{new}”" if old and new else (f"+“{new}”" if new else f"−“{old}”"))
    if len(out) > 4:
        out = out[:4] + [f"{len(out) - 4} more"]
    return ", ".join(out)


def _pair_rows(doc: ExportDoc, a: Article, b: Article, alignment: Alignment) -> list[_Row]:
    """Aligned rows in reading order of A; every sentence of both sides appears."""
    sa, sb = doc.sents[a.id], doc.sents[b.id]
    swap = (alignment.a_id, alignment.b_id) == (b.id, a.id) and a.id != b.id
    if not swap and (alignment.a_id, alignment.b_id) != (a.id, b.id):
        log.warning("alignment %s-%s does not match articles %s and %s", alignment.a_id, alignment.b_id, a.id, b.id)
    rows: dict[tuple[int, int], _Row] = {}
    for p in alignment.pairs if swap or (alignment.a_id, alignment.b_id) == (a.id, b.id) else []:
        i, j = (p.b, p.a) if swap else (p.a, p.b)
        if i in sa and j in sb and p.label in RANK and (i, j) not in rows:
            rows[(i, j)] = _Row(i, j, p.label, _changes(p, sa[i].text, sb[j].text, swap))
    pairs = sorted(rows)
    by_b = sorted((j, i) for i, j in pairs)
    keyed = [((i, 1, j), rows[(i, j)]) for i, j in pairs]
    paired_a, paired_b = {i for i, _ in pairs}, {j for _, j in pairs}
    keyed += [((i, 0, -1), _Row(i, None)) for i in sa if i not in paired_a]
    for j in sb:
        if j not in paired_b:  # just before the pair that follows it in B, after A's own sentences
            k = bisect.bisect_right(by_b, (j, len(sa) + len(a.text)))
            anchor = by_b[k][1] if k < len(by_b) else len(sa) + len(a.text) + 1
            keyed.append(((anchor, 0, j), _Row(None, j)))
    return [row for _, row in sorted(keyed, key=lambda kr: kr[0])]


def _pair_shares(doc: ExportDoc, rows: list[_Row]) -> dict[int, ArticleShare]:
    """Share of each side's sentence words matched verbatim, reworded, or its own."""
    out = {}
    for art in doc.articles:
        side = "a" if art is doc.articles[0] else "b"
        best: dict[int, str] = {}
        for row in rows:
            i = getattr(row, side)
            if i is not None and row.label and RANK[row.label] > RANK.get(best.get(i, ""), 0):
                best[i] = row.label
        words = {i: len(s.text.split()) for i, s in doc.sents[art.id].items()}
        total = sum(words.values()) or 1
        verb = sum(words[i] for i, lab in best.items() if lab == "verbatim") / total
        para = sum(words[i] for i, lab in best.items() if lab != "verbatim") / total
        out[art.id] = ArticleShare(art.id, verb, para, max(0.0, 1 - verb - para))
    return out


def _pair_cell(doc: ExportDoc, art: Article, i: int | None, label: str) -> str:
    if i is None:
        return ""
    s = doc.sents[art.id][i]
    return emphasis(escape_cell(art.text[s.start : s.end]), STYLE.get(label, "")) + note_refs(doc, art.id, i)


def render_pair(a: Article, b: Article, alignment: Alignment, statements: list[Statement] | None = None) -> str:
    """Two articles side by side as Markdown: summary, table, statements, aligned rows, sources."""
    sts = [
        st
        for st in (statements or [])
        if any(c.article_id in (a.id, b.id) and c.label != "absent" for c in st.carriers)
    ]
    doc = build_doc([a, b], [a.id, b.id], [alignment], sts)
    arts = {x.id: x for x in doc.articles}
    a, b = arts[a.id], arts.get(b.id, a)
    rows = _pair_rows(doc, a, b, alignment)
    ka, kb = doc.keys[a.id], doc.keys[b.id]
    na, nb = escape_inline(a.outlet) or "unknown outlet", escape_inline(b.outlet) or "unknown outlet"
    counts = {lab: sum(1 for r in rows if r.label == lab) for lab in RANK}
    only_a = sum(1 for r in rows if r.b is None)
    only_b = sum(1 for r in rows if r.a is None)
    first = min(doc.articles, key=lambda x: (sort_key_time(x.published), doc.keys[x.id]))
    summary = (
        f"{doc.name(a.id)} ({format_time(a.published)}) and {doc.name(b.id)} ({format_time(b.published)}). "
        f"{plural(sum(counts.values()), 'aligned sentence pair')}: {counts['verbatim']} verbatim, "
        f"{plural(counts['quote-variant'], 'quote variant')}, {plural(counts['paraphrase'], 'paraphrase')}; "
        f"{plural(only_a, 'sentence')} only in {ka}, {only_b} only in {kb}."
    )
    if first.published:
        summary += f" First to publish: {doc.name(first.id)}."
    out = [f"# Side by side: {na} and {nb}", summary, "## Articles", outlet_table(doc, _pair_shares(doc, rows))]
    if any(x.credits for x in doc.articles):
        out += ["### Credit evidence", credit_evidence(doc)]
    if doc.statements:
        out += ["## Statements", statement_matrix(doc), "### Wording by outlet", wordings(doc)]
    out += [
        "## Aligned text",
        "Match names how the two sentences relate. Bold: verbatim or quote variant; italics: paraphrase; "
        "a sentence with no partner is shown alone. A footnote names the statement a sentence carries.",
    ]
    body = []
    for n, r in enumerate(rows, 1):
        match = _MATCH[r.label] if r.label else (f"{ka} only" if r.b is None else f"{kb} only")
        match += f": {r.changes}" if r.changes else ""
        body.append([str(n), match, _pair_cell(doc, a, r.a, r.label), _pair_cell(doc, b, r.b, r.label)])
    out.append(table(["#", "Match", f"{ka} · {na}", f"{kb} · {nb}"], body, ["r", "l", "l", "l"]))
    out += ["## Sources", sources_list(doc)]
    notes = footnotes(doc)
    if notes:
        out.append(notes)
    return "\n\n".join(out) + "\n"

