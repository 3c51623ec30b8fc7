"""Full-text search SQL for parsed queries (the query language itself is in :mod:`reader.engine.query`)."""

from __future__ import annotations

from reader.engine.query import Query


def like_escape(value: str) -> str:
    """Make user text literal inside a LIKE pattern (with ESCAPE '\\')."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def one_line(snippet: str) -> str:
    return " ".join(snippet.split())


def search_sql(query: Query) -> tuple[str, list[object]]:
    """SQL and parameters for a parsed :class:`reader.engine.query.Query`."""
    params: list[object] = []
    where: list[str] = []
    if query.match and not (query.outlets or query.since or query.until):
        # Ranking inside the full-text index alone, then joining the page of results, is several
        # times faster than ranking the join for common words.
        sql = (
            "SELECT a.id, a.outlet, a.title, a.published, '', -top.score FROM"
            " (SELECT rowid AS id, bm25(articles_fts, 5.0, 1.0) AS score FROM articles_fts"
            "  WHERE articles_fts MATCH ? ORDER BY score, rowid LIMIT ? OFFSET ?) AS top"
            " JOIN articles a ON a.id = top.id ORDER BY top.score, a.id"
        )
        return sql, [query.match]
    if query.match:
        sql = (
            "SELECT a.id, a.outlet, a.title, a.published, '', -bm25(articles_fts, 5.0, 1.0)"
            " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
        )
        where.append("articles_fts MATCH ?")
        params.append(query.match)
        order = " ORDER BY bm25(articles_fts, 5.0, 1.0), a.id"
    else:
        sql = ("SELECT a.id, a.outlet, a.title, a.published, substr(a.text, 1, 160), 0.0 FROM articles a")
        order = " ORDER BY COALESCE(a.published, a.fetched) DESC, a.id"
    if query.outlets:
        where.append("(" + " OR ".join("a.outlet LIKE ? ESCAPE '\\'" for _ in query.outlets) + ")")
        params += [f"%{like_escape(o)}%" for o in query.outlets]
    if query.since:
        where.append("a.published >= ?")
        params.append(query.since)
    if query.until:
        where.append("substr(a.published, 1, 10) <= ?")
        params.append(query.until)
    if where:
        sql += " WHERE " + " AND ".join(where)
    return sql + order + " LIMIT ? OFFSET ?", params
