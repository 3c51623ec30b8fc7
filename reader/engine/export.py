"""Markdown export of a comparison: a whole group, or two articles side by side.

Pure functions from the domain dataclasses to one Markdown string that reads well
as plain text and renders on GitHub, in Obsidian and in any CommonMark renderer.
Every piece of article-derived text goes through ``reader.engine.markdown``, marks
are visible without colour (a tag such as ``[V:B]`` plus bold or italics), and the
output depends only on the inputs, so the same library gives the same bytes.
"""

from __future__ import annotations

import bisect
import logging
import os
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from reader.engine.markdown import (
    emphasis,
    escape_cell,
    escape_inline,
    format_time,
    join_words,
    link,
    outlet_key,
    percent,
    plural,
    sort_key_time,
    table,
)
from reader.engine.models import (
    Alignment,
    Article,
    ArticleShare,
    Carriage,
    Group,
    Pair,
    Provenance,
    Sentence,
    Statement,
)
from reader.engine.text import split_sentences

log = logging.getLogger(__name__)

_RANK = {"verbatim": 3, "quote-variant": 2, "paraphrase": 1}
_TAG = {"verbatim": "V", "quote-variant": "Q", "paraphrase": "P"}
_STYLE = {"verbatim": "**", "quote-variant": "**", "paraphrase": "*"}
_CARRY_WORDS = {"quote": "quote", "partial-quote": "partial quote", "paraphrase": "paraphrase", "absent": "absent"}
_CARRY_ORDER = ("quote", "partial-quote", "paraphrase")
_MATRIX_SUMMARY = 90
"""Statement summaries are clipped to about this many characters in the matrix (full text below it)."""
_MATCH = {"verbatim": "verbatim", "quote-variant": "quote variant", "paraphrase": "paraphrase"}
_LEGEND = (
    "Marks: **[V]** bold, verbatim: the same words appear in the outlets named after the colon; "
    "**[Q]** bold, quote variant: the same quotation in other words; "
    "*[P]* italics, paraphrase of the named outlets' sentence; unmarked sentences are this outlet's own. "
    "A footnote after a sentence names the statement it carries and every outlet carrying it."
)


@dataclass(slots=True)
class _Mark:
    """Best alignment label of one sentence and the articles it matches at that label."""

    label: str
    others: set[int] = field(default_factory=set)


@dataclass(slots=True)
class _Doc:
    """Shared lookups for one export: article order, keys, sentence marks, statement refs."""

    articles: list[Article]
    keys: dict[int, str]
    marks: dict[int, dict[int, _Mark]]
    statements: list[Statement]
    refs: dict[int, dict[int, list[int]]]
    sents: dict[int, dict[int, Sentence]]
    used_notes: set[int] = field(default_factory=set)
    names: dict[int, str] = field(default_factory=dict)

    def name(self, article_id: int) -> str:
        """``**B** Outlet`` for an article id, or a plain id for one outside the export."""
        if not self.names:
            self.names = {
                a.id: f"**{self.keys[a.id]}** {escape_inline(a.outlet) or 'unknown outlet'}" for a in self.articles
            }
        return self.names.get(article_id, f"article {article_id}")


# --------------------------------------------------------------------------- model helpers


def _valid_sentences(article: Article) -> list[Sentence]:
    """Sentences whose offsets lie inside the text, in order and without overlap."""
    out: list[Sentence] = []
    pos = 0
    for s in sorted(article.sentences or split_sentences(article.text), key=lambda s: (s.start, s.end, s.i)):
        if pos <= s.start < s.end <= len(article.text):
            out.append(s)
            pos = s.end
    return out


def _by_index(article: Article) -> dict[int, Sentence]:
    return {s.i: s for s in _valid_sentences(article)}


def _order(articles: Iterable[Article], timeline: list[int]) -> list[Article]:
    """Articles in publication order: the provenance timeline first, the rest by time then id."""
    rank = {aid: n for n, aid in enumerate(timeline)}
    unique = {a.id: a for a in articles}
    return sorted(unique.values(), key=lambda a: (rank.get(a.id, len(rank)), sort_key_time(a.published), a.id))


def _collect_marks(
    ids: set[int], sentences: dict[int, dict[int, Sentence]], alignments: list[Alignment]
) -> dict[int, dict[int, _Mark]]:
    """Per article and sentence, the strongest alignment label and the articles matched at it."""
    marks: dict[int, dict[int, _Mark]] = {aid: {} for aid in ids}

    def put(aid: int, i: int, label: str, other: int) -> None:
        if i not in sentences[aid] or label not in _RANK:
            return
        cur = marks[aid].get(i)
        if cur is None or _RANK[label] > _RANK[cur.label]:
            marks[aid][i] = _Mark(label, {other})
        elif cur.label == label:
            cur.others.add(other)

    for al in alignments:
        if al.a_id not in ids or al.b_id not in ids or al.a_id == al.b_id:
            continue
        for p in al.pairs:
            put(al.a_id, p.a, p.label, al.b_id)
            put(al.b_id, p.b, p.label, al.a_id)
    return marks


def _collect_refs(
    ids: set[int], sentences: dict[int, dict[int, Sentence]], statements: list[Statement]
) -> dict[int, dict[int, list[int]]]:
    """Per article and sentence, the statements it carries (footnote references)."""
    refs: dict[int, dict[int, list[int]]] = {aid: {} for aid in ids}
    for st in statements:
        for c in st.carriers:
            if c.label != "absent" and c.article_id in ids and c.sentence in sentences[c.article_id]:
                notes = refs[c.article_id].setdefault(c.sentence, [])
                if st.id not in notes:
                    notes.append(st.id)
    return refs


def _dedupe(statements: Iterable[Statement]) -> list[Statement]:
    seen: set[int] = set()
    out = []
    for st in statements:
        if st.id not in seen:
            seen.add(st.id)
            out.append(st)
    return out


def _doc(
    articles: list[Article], timeline: list[int], alignments: list[Alignment], statements: Iterable[Statement]
) -> _Doc:
    """Order the articles, give them keys and gather marks and statement references."""
    ordered = _order(articles, timeline)
    ids = {a.id for a in ordered}
    sentences = {a.id: _by_index(a) for a in ordered}
    sts = _dedupe(statements)
    return _Doc(
        articles=ordered,
        keys={a.id: outlet_key(n) for n, a in enumerate(ordered)},
        marks=_collect_marks(ids, sentences, alignments),
        statements=sts,
        refs=_collect_refs(ids, sentences, sts),
        sents=sentences,
    )


def _clip(text: str, limit: int) -> str:
    """Text cut at a word boundary to about ``limit`` characters, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(" ,;:") + "…"


def _carriage(st: Statement, article_id: int) -> Carriage | None:
    """How an article carries a statement, if the statement lists it."""
    for c in st.carriers:
        if c.article_id == article_id and c.label in _CARRY_WORDS:
            return c
    return None


# --------------------------------------------------------------------------- sections


def _credits_cell(article: Article) -> str:
    parts = []
    for cr in article.credits:
        roles = ", ".join(escape_cell(r) for r in cr.roles)
        parts.append(f"{escape_cell(cr.name)} ({roles})" if roles else escape_cell(cr.name))
    return "; ".join(parts) or "none found"


def _outlet_table(doc: _Doc, shares: dict[int, ArticleShare]) -> str:
    header = ["Key", "Outlet", "Published", "URL", "Credits", "Words", "Verbatim", "Paraphrased", "Unique"]
    rows = []
    for a in doc.articles:
        sh = shares.get(a.id)
        rows.append(
            [
                f"**{doc.keys[a.id]}**",
                escape_cell(a.outlet) or "unknown",
                format_time(a.published),
                link(a.url, a.source),
                _credits_cell(a),
                str(a.words),
                percent(sh.verbatim if sh else None),
                percent(sh.paraphrase if sh else None),
                percent(sh.unique if sh else None),
            ]
        )
    return table(header, rows, ["l", "l", "l", "l", "l", "r", "r", "r", "r"])


def _credit_evidence(doc: _Doc) -> str:
    lines = []
    for a in doc.articles:
        for cr in a.credits:
            ev = "; ".join(f"“{escape_inline(e)}”" for e in cr.evidence if escape_inline(e))
            roles = ", ".join(escape_inline(r) for r in cr.roles) or "no role"
            lines.append(f"- {doc.name(a.id)} credits {escape_inline(cr.name)} ({roles})" + (f": {ev}" if ev else ""))
    return "\n".join(lines)


def _matrix(doc: _Doc) -> str:
    header = ["Statement", "Speaker"] + [f"{doc.keys[a.id]} · {escape_cell(a.outlet)}" for a in doc.articles]
    rows = []
    for st in doc.statements:
        row = [
            f"**S{st.id}** {escape_cell(_clip(st.summary, _MATRIX_SUMMARY))}",
            escape_cell(st.speaker) or "unattributed",
        ]
        for a in doc.articles:
            c = _carriage(st, a.id)
            cell = _CARRY_WORDS[c.label] if c else "absent"
            if st.first_article_id == a.id and c and c.label != "absent":
                cell += " (first)"
            row.append(cell)
        rows.append(row)
    return table(header, rows)


def _wordings(doc: _Doc) -> str:
    blocks = []
    for st in doc.statements:
        speaker = escape_inline(st.speaker) or "unattributed"
        lines = [f"**S{st.id}** ({speaker}): {escape_inline(st.summary)}", ""]
        absent = []
        for a in doc.articles:
            c = _carriage(st, a.id)
            if c is None or c.label == "absent":
                absent.append(doc.name(a.id))
                continue
            first = ", first" if st.first_article_id == a.id else ""
            lines.append(f"- {doc.name(a.id)} ({_CARRY_WORDS[c.label]}{first}): {escape_inline(c.text)}")
        if absent:
            lines.append(f"- absent from {join_words(absent)}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _note_refs(doc: _Doc, article_id: int, i: int) -> str:
    out = []
    for sid in doc.refs.get(article_id, {}).get(i, []):
        doc.used_notes.add(sid)
        out.append(f"[^s{sid}]")
    return "".join(out)


def _marked_sentence(doc: _Doc, article: Article, s: Sentence) -> str:
    body = escape_inline(article.text[s.start : s.end])
    mark = doc.marks.get(article.id, {}).get(s.i)
    if mark:
        others = ",".join(sorted(doc.keys[o] for o in mark.others))
        body = f"[{_TAG[mark.label]}:{others}] {emphasis(body, _STYLE[mark.label])}"
    return body + _note_refs(doc, article.id, s.i)


def _annotated(doc: _Doc, article: Article) -> str:
    """The article body as paragraphs, each sentence tagged and footnoted; no text dropped."""
    paras: list[list[str]] = [[]]

    def plain(chunk: str) -> None:
        parts = re.split(r"\n\s*\n", chunk)
        for n, part in enumerate(parts):
            if n:
                paras.append([])
            if escape_inline(part):
                paras[-1].append(escape_inline(part))

    pos = 0
    for s in doc.sents[article.id].values():
        plain(article.text[pos : s.start])
        paras[-1].append(_marked_sentence(doc, article, s))
        pos = s.end
    plain(article.text[pos:])
    return "\n\n".join(" ".join(p) for p in paras if p) or "(no text)"


def _article_heading(doc: _Doc, a: Article) -> str:
    """A heading with key, outlet and title, then a line with the byline, time, link and revisions."""
    title = escape_inline(a.title) or "untitled"
    meta = [f"Published {format_time(a.published)}"]
    if escape_inline(a.author):
        meta.append(f"by {escape_inline(a.author)}")
    meta.append(link(a.url) if a.url else f"source {escape_inline(a.source) or 'unknown'}")
    if a.revisions > 1:
        meta.append(f"{plural(a.revisions, 'stored revision')}, the latest shown")
    return f"### {doc.keys[a.id]} · {escape_inline(a.outlet) or 'unknown outlet'}: {title}\n\n" + " · ".join(meta)


def _footnotes(doc: _Doc) -> str:
    lines = []
    for st in doc.statements:
        if st.id not in doc.used_notes:
            continue
        sid = st.id
        groups = []
        for label in _CARRY_ORDER:
            names = [doc.name(a.id) for a in doc.articles if (c := _carriage(st, a.id)) and c.label == label]
            if names:
                groups.append(f"{_CARRY_WORDS[label]} in {join_words(names)}")
        speaker = escape_inline(st.speaker) or "unattributed"
        carried = "; ".join(groups) or "no outlet"
        lines.append(f"[^s{sid}]: **S{sid}** ({speaker}): {escape_inline(st.summary)} — carried as {carried}.")
    return "\n".join(lines)


def _sources(doc: _Doc) -> str:
    lines = []
    for a in doc.articles:
        where = link(a.url) if a.url else f"source {escape_inline(a.source) or 'unknown'}"
        lines.append(
            f"- {doc.name(a.id)}, {escape_inline(a.title) or 'untitled'}: {where}, retrieved {format_time(a.fetched)}"
        )
    return "\n".join(lines)


# --------------------------------------------------------------------------- public API


def render_group(group: Group, articles: list[Article], provenance: Provenance, alignments: list[Alignment]) -> str:
    """The whole group as Markdown: summary, outlets, statement matrix, provenance, annotated text, sources."""
    members = set(group.article_ids) if group.article_ids else {a.id for a in articles}
    arts = [a for a in articles if a.id in members]
    doc = _doc(arts, provenance.timeline, alignments, provenance.statements)
    shares = {s.article_id: s for s in provenance.shares}
    label = escape_inline(group.label) or "untitled group"
    out = [f"# Coverage comparison: {label}", _group_summary(doc, label, provenance, group.first_published)]
    if not doc.articles:
        return "\n\n".join(out) + "\n"
    out += ["## Outlets", _outlet_table(doc, shares)]
    if any(a.credits for a in doc.articles):
        out += ["### Credit evidence", _credit_evidence(doc)]
    if doc.statements:
        out += ["## Statements", _matrix(doc), "### Wording by outlet", _wordings(doc)]
    out += ["## Provenance", "### Timeline", _timeline(doc)]
    firsts = _firsts(doc)
    if firsts:
        out += ["### First to carry each statement", firsts]
    out += ["### Likely derived from", _derivations(doc, provenance)]
    out += ["## Annotated text", _LEGEND]
    for a in doc.articles:
        out += [_article_heading(doc, a), _annotated(doc, a)]
    out += ["## Sources", _sources(doc)]
    notes = _footnotes(doc)
    if notes:
        out.append(notes)
    return "\n\n".join(out) + "\n"


def _group_summary(doc: _Doc, label: str, provenance: Provenance, first_published: str | None) -> str:
    if not doc.articles:
        return f"No articles are stored for {label}."
    outlets = {a.outlet.strip().casefold() for a in doc.articles}
    text = [
        f"{plural(len(doc.articles), 'report')} from {plural(len(outlets), 'outlet')} cover {label}: "
        f"{join_words([doc.name(a.id) for a in doc.articles])}."
    ]
    first = doc.articles[0]
    when = format_time(first.published or first_published, "an unknown time")
    text.append(f"First to publish: {doc.name(first.id)}, {when}.")
    if doc.statements:
        everywhere = sum(
            1 for st in doc.statements if all((c := _carriage(st, a.id)) and c.label != "absent" for a in doc.articles)
        )
        text.append(f"{plural(len(doc.statements), 'statement')} tracked, {everywhere} carried by every report.")
    derived = [d for d in provenance.derivations if d.article_id in doc.keys]
    if derived:
        text.append(f"{plural(len(derived), 'report')} likely derived from another.")
    return " ".join(text)


def _timeline(doc: _Doc) -> str:
    return "\n".join(
        f"{n}. {format_time(a.published)}: {doc.name(a.id)}, {escape_inline(a.title) or 'untitled'}"
        for n, a in enumerate(doc.articles, 1)
    )


def _firsts(doc: _Doc) -> str:
    lines = []
    for st in doc.statements:
        if st.first_article_id in doc.keys:
            lines.append(f"- **S{st.id}**: {doc.name(st.first_article_id)}")
    return "\n".join(lines)


def _derivations(doc: _Doc, provenance: Provenance) -> str:
    lines = []
    for d in provenance.derivations:
        if d.article_id not in doc.keys:
            continue
        ev = escape_inline(d.evidence)
        lines.append(
            f"- {doc.name(d.article_id)} likely derived from {doc.name(d.derived_from)} "
            f"({percent(d.share)} of its text tracks it)" + (f": {ev}" if ev else "")
        )
    return "\n".join(lines) or "No report shows signs of deriving from another in this group."


# --------------------------------------------------------------------------- pair


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


def _pair_rows(doc: _Doc, a: Article, b: Article, alignment: Alignment) -> list[_Row]:
    """Aligned rows in reading order of A; every sentence of both sides appears."""
    sa, sb = doc.sents[a.id], doc.sents[b.id]
    swap = (alignment.a_id, alignment.b_id) == (b.id, a.id) and a.id != b.id
    if not swap and (alignment.a_id, alignment.b_id) != (a.id, b.id):
        log.warning("alignment %s-%s does not match articles %s and %s", alignment.a_id, alignment.b_id, a.id, b.id)
    rows: dict[tuple[int, int], _Row] = {}
    for p in alignment.pairs if swap or (alignment.a_id, alignment.b_id) == (a.id, b.id) else []:
        i, j = (p.b, p.a) if swap else (p.a, p.b)
        if i in sa and j in sb and p.label in _RANK and (i, j) not in rows:
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


def _pair_shares(doc: _Doc, rows: list[_Row]) -> dict[int, ArticleShare]:
    """Share of each side's sentence words matched verbatim, reworded, or its own."""
    out = {}
    for art in doc.articles:
        side = "a" if art is doc.articles[0] else "b"
        best: dict[int, str] = {}
        for row in rows:
            i = getattr(row, side)
            if i is not None and row.label and _RANK[row.label] > _RANK.get(best.get(i, ""), 0):
                best[i] = row.label
        words = {i: len(s.text.split()) for i, s in doc.sents[art.id].items()}
        total = sum(words.values()) or 1
        verb = sum(words[i] for i, lab in best.items() if lab == "verbatim") / total
        para = sum(words[i] for i, lab in best.items() if lab != "verbatim") / total
        out[art.id] = ArticleShare(art.id, verb, para, max(0.0, 1 - verb - para))
    return out


def _pair_cell(doc: _Doc, art: Article, i: int | None, label: str) -> str:
    if i is None:
        return ""
    s = doc.sents[art.id][i]
    return emphasis(escape_cell(art.text[s.start : s.end]), _STYLE.get(label, "")) + _note_refs(doc, art.id, i)


def render_pair(a: Article, b: Article, alignment: Alignment, statements: list[Statement] | None = None) -> str:
    """Two articles side by side as Markdown: summary, table, statements, aligned rows, sources."""
    sts = [
        st
        for st in (statements or [])
        if any(c.article_id in (a.id, b.id) and c.label != "absent" for c in st.carriers)
    ]
    doc = _doc([a, b], [a.id, b.id], [alignment], sts)
    arts = {x.id: x for x in doc.articles}
    a, b = arts[a.id], arts.get(b.id, a)
    rows = _pair_rows(doc, a, b, alignment)
    ka, kb = doc.keys[a.id], doc.keys[b.id]
    na, nb = escape_inline(a.outlet) or "unknown outlet", escape_inline(b.outlet) or "unknown outlet"
    counts = {lab: sum(1 for r in rows if r.label == lab) for lab in _RANK}
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
    out = [f"# Side by side: {na} and {nb}", summary, "## Articles", _outlet_table(doc, _pair_shares(doc, rows))]
    if any(x.credits for x in doc.articles):
        out += ["### Credit evidence", _credit_evidence(doc)]
    if doc.statements:
        out += ["## Statements", _matrix(doc), "### Wording by outlet", _wordings(doc)]
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
    out += ["## Sources", _sources(doc)]
    notes = _footnotes(doc)
    if notes:
        out.append(notes)
    return "\n\n".join(out) + "\n"


def write_export(path: Path, content: str, force: bool = False) -> None:
    """Write an export atomically as UTF-8; refuse (FileExistsError) to replace a file unless ``force``."""
    path = Path(path)
    if path.exists() and not force:
        raise FileExistsError(f"{path} exists; use --force to overwrite")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    data = content.encode("utf-8")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes it private; an export is an ordinary document
        if force:
            os.replace(tmp, path)
            return
        try:
            os.link(tmp, path)  # atomic and never clobbers: fails if the path appeared meanwhile
        except FileExistsError:
            raise
        except OSError:  # no hard links on this file system: exclusive create instead
            with open(path, "xb") as fh:
                fh.write(data)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
