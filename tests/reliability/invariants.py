"""What "a whole library" means, checked table by table after a crash or a concurrent run."""

from __future__ import annotations

import json
from pathlib import Path

from reader.engine.store import Library


def problems(path: Path) -> list[str]:
    """Every broken promise found in the library at ``path``; empty when it is whole.

    Opens the library the way the app does (so WAL recovery runs), then checks: SQLite's
    integrity check and the FTS index's own check; every article has its full-text row, its
    sentences (inside its text), its LSH bands (or, while a rebuild of the groups is pending, no
    fingerprint yet) and a group; no analysis row without its article;
    group sizes match their members; no revision without a change.
    """
    out: list[str] = []
    with Library(path) as lib:
        c = lib.conn
        out += [f"integrity: {p}" for p in lib.integrity_check()]
        n_articles = c.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        n_fts = c.execute("SELECT COUNT(*) FROM articles_fts_docsize").fetchone()[0]
        if n_fts != n_articles:
            out.append(f"{n_articles} articles but {n_fts} full-text rows")
        missing_fts = c.execute(
            "SELECT id FROM articles WHERE id NOT IN (SELECT id FROM articles_fts_docsize)").fetchall()
        if missing_fts:
            out.append(f"articles without full-text row: {[r[0] for r in missing_fts]}")
        for table in ("quotes", "credits", "bands", "revisions"):
            orphans = c.execute(
                f"SELECT COUNT(*) FROM {table} WHERE article_id NOT IN (SELECT id FROM articles)"
            ).fetchone()[0]
            if orphans:
                out.append(f"{orphans} {table} rows without their article")
        # An import that groups at its end fingerprints its articles then; one stopped before it leaves
        # them without fingerprint and bands, and the pending rebuild (which the next ingest runs) makes them.
        waiting = "" if lib.regroup_pending() else " AND 0"
        no_bands = c.execute(
            "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM bands)"
            f" AND NOT (fingerprint IS NULL{waiting})").fetchall()
        if no_bands:
            out.append(f"articles without bands: {[r[0] for r in no_bands]}")
        if not lib.regroup_pending():
            no_fp = c.execute("SELECT id FROM articles WHERE fingerprint IS NULL").fetchall()
            if no_fp:
                out.append(f"articles without a fingerprint and no rebuild pending: {[r[0] for r in no_fp]}")
        no_group = c.execute(
            "SELECT id FROM articles WHERE group_id IS NULL OR group_id NOT IN (SELECT id FROM groups)"
        ).fetchall()
        if no_group:
            out.append(f"articles without a group: {[r[0] for r in no_group]}")
        bad_sizes = c.execute(
            "SELECT g.id, g.size, (SELECT COUNT(*) FROM articles a WHERE a.group_id = g.id) AS n"
            " FROM groups g WHERE g.size != n").fetchall()
        if bad_sizes:
            out.append(f"groups whose size is wrong: {bad_sizes}")
        for aid, text, sentences in c.execute("SELECT id, text, sentences FROM articles"):
            spans = json.loads(sentences)
            if not spans:
                out.append(f"article {aid} has no sentences")
            if any(not (0 <= s < e <= len(text)) for s, e in spans):
                out.append(f"article {aid} has a sentence outside its text")
        bad_quotes = c.execute(
            'SELECT q.article_id FROM quotes q JOIN articles a ON a.id = q.article_id'
            ' WHERE q.start < 0 OR q."end" > length(a.text) OR q.start > q."end"').fetchall()
        if bad_quotes:
            out.append(f"quotes outside their text: {bad_quotes[:5]}")
    return out


def fingerprint(path: Path) -> dict[str, tuple[str, int, int, int, int]]:
    """Per article key: content hash and counts of sentences, quotes, credits and band keys."""
    with Library(path) as lib:
        rows = lib.conn.execute(
            "SELECT a.key, a.content_hash, json_array_length(a.sentences),"
            " (SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id),"
            " (SELECT COUNT(*) FROM credits r WHERE r.article_id = a.id),"
            " (SELECT COUNT(*) FROM bands b WHERE b.article_id = a.id) FROM articles a").fetchall()
    return {r[0]: tuple(r[1:]) for r in rows}


def partition(path: Path) -> list[list[str]]:
    """The groups as sorted lists of article keys (ids differ between libraries built apart)."""
    with Library(path) as lib:
        rows = lib.conn.execute("SELECT group_id, key FROM articles ORDER BY key").fetchall()
    groups: dict[int | None, list[str]] = {}
    for gid, key in rows:
        groups.setdefault(gid, []).append(key)
    return sorted(groups.values())
