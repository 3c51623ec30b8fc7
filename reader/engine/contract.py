"""The public ``--json`` shapes: plain dicts built from engine dataclasses.

These shapes are a contract documented in the README; change them only by adding keys.
"""

from __future__ import annotations

from typing import Any

from reader.engine.models import Alignment, Article, Group, IngestResult, SearchHit, Statement

MARK_OPEN, MARK_CLOSE = "\x02", "\x03"


def ingest_json(result: IngestResult) -> dict[str, Any]:
    """``ingest --json``."""
    return {"added": result.added, "updated": result.updated, "unchanged": result.unchanged,
            "failed": result.failed}


def list_row(row: dict[str, Any]) -> dict[str, Any]:
    """One ``list --json`` entry."""
    return {k: row[k] for k in ("id", "source", "url", "outlet", "title", "published", "words")}


def article_json(art: Article, group_id: int | None = None) -> dict[str, Any]:
    """``show ID --json``."""
    text = art.text
    return {
        "id": art.id, "source": art.source, "url": art.url, "outlet": art.outlet, "title": art.title,
        "published": art.published, "words": art.words, "author": art.author, "fetched": art.fetched,
        "revisions": art.revisions, "group_id": group_id, "text": text,
        "sentences": [{"i": s.i, "start": s.start, "end": s.end, "text": s.text} for s in art.sentences],
        "furniture": art.furniture,
        "quotes": [
            {
                "content": q.content.slice(text), "start": q.content.start, "end": q.content.end,
                "speaker": q.speaker,
                "speaker_mention": q.speaker_mention.slice(text) if q.speaker_mention else None,
                "cue": q.cue.slice(text) if q.cue else None, "kind": q.kind,
            }
            for q in art.quotes
        ],
        "credits": [{"name": c.name, "roles": c.roles, "evidence": " | ".join(c.evidence)} for c in art.credits],
    }


def search_json(hit: SearchHit) -> dict[str, Any]:
    """One ``search --json`` entry; the snippet marks matches with ``**``."""
    snippet = hit.snippet.replace(MARK_OPEN, "**").replace(MARK_CLOSE, "**")
    return {"id": hit.id, "outlet": hit.outlet, "title": hit.title, "published": hit.published,
            "snippet": snippet, "score": hit.score}


def group_json(group: Group) -> dict[str, Any]:
    """One ``groups --json`` entry."""
    return {"id": group.id, "label": group.label, "article_ids": group.article_ids, "outlets": group.outlets,
            "first_published": group.first_published}


def compare_json(al: Alignment) -> dict[str, Any]:
    """``compare A B --json``: ``a``/``b`` index the sentences of ``show --json``."""
    return {
        "a_id": al.a_id, "b_id": al.b_id,
        "pairs": [{"a": p.a, "b": p.b, "label": p.label, "score": round(p.score, 4)} for p in al.pairs],
        "unique_a": al.unique_a, "unique_b": al.unique_b,
    }


def statement_json(st: Statement, outlet_of: dict[int, str]) -> dict[str, Any]:
    """One ``statements GROUP --json`` entry."""
    return {
        "id": st.id, "speaker": st.speaker, "summary": st.summary, "first_article_id": st.first_article_id,
        "carriers": [
            {"article_id": c.article_id, "outlet": outlet_of.get(c.article_id), "label": c.label,
             "sentence": c.sentence, "text": c.text}
            for c in st.carriers
        ],
    }
