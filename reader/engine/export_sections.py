"""The parts of a Markdown export shared by the group and the pair documents.

One :class:`ExportDoc` per export orders the articles, gives each a key (A, B, ...)
and gathers sentence marks and statement references; the section renderers here
(outlet table, statement matrix, wordings, footnotes, sources) read only from it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from reader.engine.figures import statement_disagreements
from reader.engine.markdown import (
    escape_cell,
    escape_inline,
    format_time,
    join_words,
    link,
    outlet_key,
    percent,
    sort_key_time,
    table,
)
from reader.engine.models import (
    Alignment,
    Article,
    ArticleShare,
    Carriage,
    Sentence,
    Statement,
)
from reader.engine.text import split_sentences

RANK = {"verbatim": 3, "quote-variant": 2, "paraphrase": 1}
TAG = {"verbatim": "V", "quote-variant": "Q", "paraphrase": "P"}
STYLE = {"verbatim": "**", "quote-variant": "**", "paraphrase": "*"}
_CARRY_WORDS = {"quote": "quote", "partial-quote": "partial quote", "paraphrase": "paraphrase", "absent": "absent"}
_CARRY_ORDER = ("quote", "partial-quote", "paraphrase")
_MATRIX_SUMMARY = 90
"""Statement summaries are clipped to about this many characters in the matrix (full text below it)."""


@dataclass(slots=True)
class _Mark:
    """Best alignment label of one sentence and the articles it matches at that label."""

    label: str
    others: set[int] = field(default_factory=set)


@dataclass(slots=True)
class ExportDoc:
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
        if i not in sentences[aid] or label not in RANK:
            return
        cur = marks[aid].get(i)
        if cur is None or RANK[label] > RANK[cur.label]:
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


def build_doc(
    articles: list[Article], timeline: list[int], alignments: list[Alignment], statements: Iterable[Statement]
) -> ExportDoc:
    """Order the articles, give them keys and gather marks and statement references."""
    ordered = _order(articles, timeline)
    ids = {a.id for a in ordered}
    sentences = {a.id: _by_index(a) for a in ordered}
    sts = _dedupe(statements)
    return ExportDoc(
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


def carriage_of(st: Statement, article_id: int) -> Carriage | None:
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


def outlet_table(doc: ExportDoc, shares: dict[int, ArticleShare]) -> str:
    """One row per article: key, outlet, time, link, credits, length and how much of it is shared."""
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


def credit_evidence(doc: ExportDoc) -> str:
    """Each credit with the words it was read from, so a reader can check the attribution."""
    lines = []
    for a in doc.articles:
        for cr in a.credits:
            ev = "; ".join(f"“{escape_inline(e)}”" for e in cr.evidence if escape_inline(e))
            roles = ", ".join(escape_inline(r) for r in cr.roles) or "no role"
            lines.append(f"- {doc.name(a.id)} credits {escape_inline(cr.name)} ({roles})" + (f": {ev}" if ev else ""))
    return "\n".join(lines)


def statement_matrix(doc: ExportDoc) -> str:
    """Statements by outlet: how each report carries each statement, and who carried it first."""
    header = ["Statement", "Speaker"] + [f"{doc.keys[a.id]} · {escape_cell(a.outlet)}" for a in doc.articles]
    rows = []
    for st in doc.statements:
        row = [
            f"**S{st.id}** {escape_cell(_clip(st.summary, _MATRIX_SUMMARY))}",
            escape_cell(st.speaker) or "unattributed",
        ]
        for a in doc.articles:
            c = carriage_of(st, a.id)
            cell = _CARRY_WORDS[c.label] if c else "absent"
            if st.first_article_id == a.id and c and c.label != "absent":
                cell += " (first)"
            row.append(cell)
        rows.append(row)
    return table(header, rows)


def wordings(doc: ExportDoc) -> str:
    """Each statement as every outlet worded it, then the outlets that left it out."""
    blocks = []
    for st in doc.statements:
        speaker = escape_inline(st.speaker) or "unattributed"
        lines = [f"**S{st.id}** ({speaker}): {escape_inline(st.summary)}", ""]
        absent = []
        for a in doc.articles:
            c = carriage_of(st, a.id)
            if c is None or c.label == "absent":
                absent.append(doc.name(a.id))
                continue
            first = ", first" if st.first_article_id == a.id else ""
            lines.append(f"- {doc.name(a.id)} ({_CARRY_WORDS[c.label]}{first}): {escape_inline(c.text)}")
        if absent:
            lines.append(f"- absent from {join_words(absent)}")
        differ = statement_disagreements(st)
        if differ:
            shown = " · ".join(f"{doc.name(aid)} {', '.join(figs)}" for aid, figs in differ)
            lines.append(f"- figures differ: {shown}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def note_refs(doc: ExportDoc, article_id: int, i: int) -> str:
    """Footnote references for the statements a sentence carries; remembers them for the notes."""
    out = []
    for sid in doc.refs.get(article_id, {}).get(i, []):
        doc.used_notes.add(sid)
        out.append(f"[^s{sid}]")
    return "".join(out)


def footnotes(doc: ExportDoc) -> str:
    """Footnote definitions for the statements referenced in the text, naming every carrier."""
    lines = []
    for st in doc.statements:
        if st.id not in doc.used_notes:
            continue
        sid = st.id
        groups = []
        for label in _CARRY_ORDER:
            names = [doc.name(a.id) for a in doc.articles if (c := carriage_of(st, a.id)) and c.label == label]
            if names:
                groups.append(f"{_CARRY_WORDS[label]} in {join_words(names)}")
        speaker = escape_inline(st.speaker) or "unattributed"
        carried = "; ".join(groups) or "no outlet"
        lines.append(f"[^s{sid}]: **S{sid}** ({speaker}): {escape_inline(st.summary)} — carried as {carried}.")
    return "\n".join(lines)


def sources_list(doc: ExportDoc) -> str:
    """Where each article came from and when it was retrieved."""
    lines = []
    for a in doc.articles:
        where = link(a.url) if a.url else f"source {escape_inline(a.source) or 'unknown'}"
        lines.append(
            f"- {doc.name(a.id)}, {escape_inline(a.title) or 'untitled'}: {where}, retrieved {format_time(a.fetched)}"
        )
    return "\n".join(lines)

