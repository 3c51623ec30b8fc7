"""Markdown export of a comparison: a whole group, or two articles side by side.

Pure functions from the domain dataclasses to one Markdown string that reads well
as plain text and renders on GitHub, in Obsidian and in any CommonMark renderer.
Every piece of article-derived text goes through ``reader.engine.markdown``, marks
are visible without colour (a tag such as ``[V:B]`` plus bold or italics), and the
output depends only on the inputs, so the same library gives the same bytes.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from reader.engine.export_pair import render_pair
from reader.engine.export_sections import (
    STYLE,
    TAG,
    ExportDoc,
    build_doc,
    carriage_of,
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
    escape_inline,
    format_time,
    join_words,
    link,
    percent,
    plural,
)
from reader.engine.models import Alignment, Article, Group, Provenance, Sentence
from reader.engine.statements import first_ties, tied_with_first

__all__ = ["render_group", "render_pair", "write_export"]

_LEGEND = (
    "Marks: **[V]** bold, verbatim: the same words appear in the outlets named after the colon; "
    "**[Q]** bold, quote variant: the same quotation in other words; "
    "*[P]* italics, paraphrase of the named outlets' sentence; unmarked sentences are this outlet's own. "
    "A footnote after a sentence names the statement it carries and every outlet carrying it."
)


# --------------------------------------------------------------------------- group sections


def _marked_sentence(doc: ExportDoc, article: Article, s: Sentence) -> str:
    body = escape_inline(article.text[s.start : s.end])
    mark = doc.marks.get(article.id, {}).get(s.i)
    if mark:
        others = ",".join(sorted(doc.keys[o] for o in mark.others))
        body = f"[{TAG[mark.label]}:{others}] {emphasis(body, STYLE[mark.label])}"
    return body + note_refs(doc, article.id, s.i)


def _annotated(doc: ExportDoc, article: Article) -> str:
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


def _article_heading(doc: ExportDoc, a: Article) -> str:
    """A heading with key, outlet and title, then a line with the byline, time, link and revisions."""
    title = escape_inline(a.title) or "untitled"
    meta = [f"Published {format_time(a.published)}"]
    if escape_inline(a.author):
        meta.append(f"by {escape_inline(a.author)}")
    meta.append(link(a.url) if a.url else f"source {escape_inline(a.source) or 'unknown'}")
    if a.revisions > 1:
        meta.append(f"{plural(a.revisions, 'stored revision')}, the latest shown")
    return f"### {doc.keys[a.id]} · {escape_inline(a.outlet) or 'unknown outlet'}: {title}\n\n" + " · ".join(meta)


# --------------------------------------------------------------------------- public API


def render_group(group: Group, articles: list[Article], provenance: Provenance, alignments: list[Alignment]) -> str:
    """The whole group as Markdown: summary, outlets, statement matrix, provenance, annotated text, sources."""
    members = set(group.article_ids) if group.article_ids else {a.id for a in articles}
    arts = [a for a in articles if a.id in members]
    doc = build_doc(arts, provenance.timeline, alignments, provenance.statements)
    shares = {s.article_id: s for s in provenance.shares}
    label = escape_inline(group.label) or "untitled group"
    out = [f"# Coverage comparison: {label}", _group_summary(doc, label, provenance, group.first_published)]
    if not doc.articles:
        return "\n\n".join(out) + "\n"
    out += ["## Outlets", outlet_table(doc, shares)]
    if any(a.credits for a in doc.articles):
        out += ["### Credit evidence", credit_evidence(doc)]
    if doc.statements:
        out += ["## Statements", statement_matrix(doc), "### Wording by outlet", wordings(doc)]
    out += ["## Provenance", "### Timeline", _timeline(doc)]
    firsts = _firsts(doc)
    if firsts:
        out += ["### First to carry each statement", firsts]
    out += ["### Likely derived from", _derivations(doc, provenance)]
    out += ["## Annotated text", _LEGEND]
    for a in doc.articles:
        out += [_article_heading(doc, a), _annotated(doc, a)]
    out += ["## Sources", sources_list(doc)]
    notes = footnotes(doc)
    if notes:
        out.append(notes)
    return "\n\n".join(out) + "\n"


def _group_summary(doc: ExportDoc, label: str, provenance: Provenance, first_published: str | None) -> str:
    if not doc.articles:
        return f"No articles are stored for {label}."
    outlets = {a.outlet.strip().casefold() for a in doc.articles}
    text = [
        f"{plural(len(doc.articles), 'report')} from {plural(len(outlets), 'outlet')} cover {label}: "
        f"{join_words([doc.name(a.id) for a in doc.articles])}."
    ]
    first = doc.articles[0]
    when = format_time(first.published or first_published, "an unknown time")
    tied = tied_with_first(first.id, [a.id for a in doc.articles], {a.id: a for a in doc.articles})
    if tied:
        text.append(f"First to publish: {doc.name(first.id)}, {when}, or as early: "
                    f"{join_words([doc.name(t) for t in tied])} (the same day; the times do not tell).")
    else:
        text.append(f"First to publish: {doc.name(first.id)}, {when}.")
    if doc.statements:
        everywhere = sum(
            1
            for st in doc.statements
            if all((c := carriage_of(st, a.id)) and c.label != "absent" for a in doc.articles)
        )
        text.append(f"{plural(len(doc.statements), 'statement')} tracked, {everywhere} carried by every report.")
    derived = [d for d in provenance.derivations if d.article_id in doc.keys]
    if derived:
        text.append(f"{plural(len(derived), 'report')} likely derived from another.")
    return " ".join(text)


def _timeline(doc: ExportDoc) -> str:
    return "\n".join(
        f"{n}. {format_time(a.published)}: {doc.name(a.id)}, {escape_inline(a.title) or 'untitled'}"
        for n, a in enumerate(doc.articles, 1)
    )


def _firsts(doc: ExportDoc) -> str:
    by_id = {a.id: a for a in doc.articles}
    lines = []
    for st in doc.statements:
        if st.first_article_id in doc.keys:
            line = f"- **S{st.id}**: {doc.name(st.first_article_id)}"
            tied = first_ties(st, by_id)
            if tied:
                line += (f", or as early: {join_words([doc.name(t) for t in tied])} (published the same day;"
                         " the times do not tell which was first)")
            lines.append(line)
    return "\n".join(lines)


def _derivations(doc: ExportDoc, provenance: Provenance) -> str:
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

