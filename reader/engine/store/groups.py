"""Groups in the library: the SQL behind incremental grouping, group rebuilds and the "regroup" mark.

Kept apart from :mod:`reader.engine.store.library` so the article store stays readable; the
:class:`~reader.engine.store.library.Library` gets these methods by inheriting :class:`GroupStore`.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from reader.engine.models import Article, Credit, Group, Quote, Sentence, Span


@dataclass(slots=True)
class CandidateRow:
    """A stored article as incremental grouping first sees it."""

    group_id: int | None
    content_hash: str


_HEAD_CHARS = 400
"""Characters of text :meth:`Library.headlines` reads (a label uses at most the first 80 of a line)."""


def regroup_owner_alive(token: str) -> bool:
    """Whether the mark was made by another process on this machine that is still running.

    That process (a large import, ``analyze --all``) rebuilds the groups at its end, so a small
    ingest meanwhile need not rebuild the whole library itself. A mark from a process that died
    is finished by whoever sees it next.
    """
    host, _, rest = token.partition(":")
    pid_text = rest.partition(":")[0]
    if host != socket.gethostname() or not pid_text.isdigit() or int(pid_text) == os.getpid():
        return False
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, owned by someone else
    return True


class GroupStore:
    """Group reads and writes over an open connection (mixed into ``Library``)."""

    conn: sqlite3.Connection

    def candidates(self, band_keys: Sequence[int], exclude: int, limit: int = 200) -> list[tuple[int, int]]:
        """Articles sharing LSH band keys with these, as ``(id, keys shared)``, most shared first."""
        keys = list(set(band_keys))[:2000]
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        rows = self.conn.execute(
            f"SELECT article_id, COUNT(*) FROM bands WHERE key IN ({marks}) AND article_id != ?"
            " GROUP BY article_id ORDER BY COUNT(*) DESC, article_id LIMIT ?",
            [*keys, exclude, limit],
        )
        return [(r[0], r[1]) for r in rows]

    def group_members(self, gid: int) -> list[int]:
        """Ids of a group's articles."""
        return [r[0] for r in self.conn.execute("SELECT id FROM articles WHERE group_id = ? ORDER BY id", (gid,))]

    def set_group(self, c: sqlite3.Connection, article_ids: Sequence[int], label: str,
                  group_id: int | None = None) -> int:
        """Put articles in one group (merging any groups they were in); returns the group id."""
        ids = list(article_ids)
        marks = ",".join("?" * len(ids))
        old = {r[0] for r in c.execute(
            f"SELECT DISTINCT group_id FROM articles WHERE id IN ({marks}) AND group_id IS NOT NULL", ids)}
        gid = group_id if group_id is not None else (min(old) if old else None)
        if gid is None:
            gid = int(c.execute("INSERT INTO groups(label) VALUES (?)", (label,)).lastrowid or 0)
        c.execute(f"UPDATE articles SET group_id = ? WHERE id IN ({marks})", (gid, *ids))
        for other in old - {gid}:
            c.execute("UPDATE articles SET group_id = ? WHERE group_id = ?", (gid, other))
            c.execute("DELETE FROM groups WHERE id = ?", (other,))
        size, first = c.execute(
            "SELECT COUNT(*), MIN(published) FROM articles WHERE group_id = ?", (gid,)).fetchone()
        c.execute("INSERT OR REPLACE INTO groups(id, label, first_published, size) VALUES (?,?,?,?)",
                  (gid, label, first, size))
        return gid

    def replace_groups(self, c: sqlite3.Connection, groups: Sequence[tuple[int, Sequence[int], str]]) -> list[int]:
        """Make these ``(id, member ids, label)`` the library's groups; returns the articles left without one.

        Only articles whose group changes are written: each row holds its long text, so rewriting every
        row of a large library would cost more than the grouping. Sizes and first publications are
        recounted from the articles. Articles in none of the groups (added by another process meanwhile)
        keep a group only if theirs survives; the others are returned, ungrouped, to be placed by the caller.
        """
        current = dict(c.execute("SELECT id, group_id FROM articles").fetchall())
        moves: dict[int, list[int]] = {}
        for gid, members, _ in groups:
            for aid in members:
                if aid in current and current[aid] != gid:
                    moves.setdefault(gid, []).append(aid)
        for gid, ids in moves.items():
            for i in range(0, len(ids), 500):
                chunk = ids[i : i + 500]
                c.execute(f"UPDATE articles SET group_id = ? WHERE id IN ({','.join('?' * len(chunk))})",
                          (gid, *chunk))
        c.execute("DELETE FROM groups")
        c.executemany("INSERT INTO groups(id, label, size) VALUES (?, ?, 0)", [(g, label) for g, _, label in groups])
        orphans = [r[0] for r in c.execute(
            "SELECT id FROM articles WHERE group_id IS NULL OR group_id NOT IN (SELECT id FROM groups)")]
        for i in range(0, len(orphans), 500):
            chunk = orphans[i : i + 500]
            c.execute(f"UPDATE articles SET group_id = NULL WHERE id IN ({','.join('?' * len(chunk))})", chunk)
        c.execute("UPDATE groups SET size = (SELECT COUNT(*) FROM articles a WHERE a.group_id = groups.id),"
                  " first_published = (SELECT MIN(published) FROM articles a WHERE a.group_id = groups.id)")
        c.execute("DELETE FROM groups WHERE size = 0")
        return orphans

    def group_ids(self) -> dict[int, int]:
        """Each grouped article's group id."""
        return dict(self.conn.execute("SELECT id, group_id FROM articles WHERE group_id IS NOT NULL").fetchall())

    def relabel(self, c: sqlite3.Connection, gid: int, label: str) -> None:
        """Give a group a new label (its members changed)."""
        c.execute("UPDATE groups SET label = ? WHERE id = ?", (label, gid))

    def candidate_rows(self, ids: Sequence[int]) -> dict[int, CandidateRow]:
        """What incremental grouping needs of candidate articles, in one query on a covering index.

        Read from the table, each row's group sits past its long text (a walk through overflow
        pages), and sixty of those reads at every addition cost more than the rest of the query.
        Fingerprints are read only on a cache miss (:meth:`Library.fingerprint_of`).
        """
        ids = list(ids)
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self.conn.execute(
            f"SELECT id, group_id, content_hash FROM articles INDEXED BY articles_candidate WHERE id IN ({marks})",
            ids)
        return {r[0]: CandidateRow(r[1], r[2]) for r in rows}

    def leave_group(self, c: sqlite3.Connection, aid: int) -> int | None:
        """Take an article out of its group (a revision about to be placed again); the group is recounted.

        Returns the group left when it still has members (its label may need redoing), else None.
        """
        gid = self.group_of(aid)
        if gid is None:
            return None
        c.execute("UPDATE articles SET group_id = NULL WHERE id = ?", (aid,))
        size, first = c.execute(
            "SELECT COUNT(*), MIN(published) FROM articles WHERE group_id = ?", (gid,)).fetchone()
        if size:
            c.execute("UPDATE groups SET size = ?, first_published = ? WHERE id = ?", (size, first, gid))
            return gid
        c.execute("DELETE FROM groups WHERE id = ?", (gid,))
        return None

    def mark_regroup(self, c: sqlite3.Connection) -> None:
        """Record, in the caller's transaction, that the groups must be rebuilt (done by ``regroup_all``).

        Each mark is a new value, so a rebuild that read the library before it does not clear it; it
        names the process that made it (see :func:`regroup_owner_alive`).
        """
        c.execute("INSERT OR REPLACE INTO state(key, value) VALUES ('regroup', ?)",
                  (f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex}",))

    def disown_regroup(self, c: sqlite3.Connection) -> None:
        """Leave a pending rebuild to whoever ingests next (this process stopped before doing it)."""
        c.execute("UPDATE state SET value = ? WHERE key = 'regroup'", (f"-:-:{uuid.uuid4().hex}",))

    def regroup_token(self) -> str | None:
        """The current mark of :meth:`mark_regroup`, or None when no rebuild is pending."""
        row = self.conn.execute("SELECT value FROM state WHERE key = 'regroup'").fetchone()
        return row[0] if row else None

    def regroup_pending(self) -> bool:
        """Whether an import that groups at its end (or ``analyze --all``) stopped before it could."""
        return self.regroup_token() is not None

    def regrouped(self, c: sqlite3.Connection, token: str | None) -> None:
        """Clear the mark the rebuild started from, unless a newer mark came meanwhile (then it stays)."""
        c.execute("DELETE FROM state WHERE key = 'regroup' AND value IS ?", (token,))

    def store_fingerprints(self, c: sqlite3.Connection, rows: Sequence[tuple[int, str, bytes, Sequence[int]]]) -> None:
        """Save fingerprints and band keys made after the article was stored: ``(id, content_hash, bytes, keys)``.

        Only where the article still has that text and no fingerprint (another process may have
        revised it since the caller read it).
        """
        for aid, content_hash, raw, keys in rows:
            cur = c.execute("UPDATE articles SET fingerprint = ? WHERE id = ? AND content_hash = ? AND"
                            " (fingerprint IS NULL OR length(fingerprint) = 0)", (raw, aid, content_hash))
            if cur.rowcount:
                c.executemany("INSERT OR IGNORE INTO bands(key, article_id) VALUES (?, ?)",
                              [(k, aid) for k in set(keys)])

    def for_grouping(self) -> tuple[list[Article], list[bytes | None]]:
        """Every article as grouping reads it (text, sentences, quotes, credits' names and roles) with its fingerprint.

        Two scans instead of four queries per article: rebuilding the groups of a large import
        spent more time reading articles back one by one than judging them.
        """
        quotes: dict[int, list[Quote]] = {}
        for r in self.conn.execute(
                'SELECT article_id, start, "end", kind, speaker, mention_start, mention_end, cue_start, cue_end,'
                " sentence FROM quotes ORDER BY article_id, start"):
            quotes.setdefault(r[0], []).append(Quote(
                content=Span(r[1], r[2]), kind=r[3], speaker=r[4],
                speaker_mention=Span(r[5], r[6]) if r[5] is not None else None,
                cue=Span(r[7], r[8]) if r[7] is not None else None, sentence=r[9]))
        credits: dict[int, list[Credit]] = {}
        for aid, name, roles in self.conn.execute(
                "SELECT article_id, name, roles FROM credits ORDER BY article_id, rowid"):
            credits.setdefault(aid, []).append(Credit(name, json.loads(roles), [], []))
        articles: list[Article] = []
        fingerprints: list[bytes | None] = []
        for r in self.conn.execute(
                "SELECT id, source, url, outlet, title, published, author, text, fetched, sentences, revision,"
                " fingerprint FROM articles ORDER BY id"):
            text = r[7]
            sentences = [Sentence(i, s, e, text[s:e]) for i, (s, e) in enumerate(json.loads(r[9]))]
            articles.append(Article(id=r[0], source=r[1], url=r[2], outlet=r[3], title=r[4], published=r[5],
                                    author=r[6], text=text, fetched=r[8], sentences=sentences, revisions=r[10],
                                    quotes=quotes.get(r[0], []), credits=credits.get(r[0], [])))
            fingerprints.append(r[11])
        return articles, fingerprints

    def headlines(self, ids: Sequence[int]) -> list[Article]:
        """Articles with only what a group label needs: title, date and the head of the text.

        Labelling a group after each addition must not read every member's full text.
        """
        ids = list(ids)
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = self.conn.execute(
            f"SELECT id, source, url, outlet, title, published, author, substr(text, 1, {_HEAD_CHARS}), fetched"
            f" FROM articles WHERE id IN ({marks}) ORDER BY id", ids)
        return [Article(id=r[0], source=r[1], url=r[2], outlet=r[3], title=r[4], published=r[5], author=r[6],
                        text=r[7], fetched=r[8]) for r in rows]

    def group_of(self, aid: int) -> int | None:
        """The group an article belongs to."""
        row = self.conn.execute("SELECT group_id FROM articles WHERE id = ?", (aid,)).fetchone()
        return row[0] if row else None

    def groups(self, *, min_size: int = 1, limit: int | None = None, offset: int = 0) -> list[Group]:
        """Groups, the largest and newest first, members fetched in one query."""
        rows = self.conn.execute(
            "SELECT id, label, first_published FROM groups WHERE size >= ?"
            " ORDER BY size DESC, first_published DESC, id LIMIT ? OFFSET ?",
            (min_size, limit if limit is not None else -1, offset)).fetchall()
        return self._groups(rows)

    def group(self, gid: int) -> Group | None:
        """One group with its members."""
        row = self.conn.execute("SELECT id, label, first_published FROM groups WHERE id = ?", (gid,)).fetchone()
        return self._groups([row])[0] if row else None

    def _groups(self, rows: Sequence[Sequence]) -> list[Group]:
        members: dict[int, list[tuple[int, str]]] = {r[0]: [] for r in rows}
        ids = list(members)
        for i in range(0, len(ids), 900):
            chunk = ids[i : i + 900]
            marks = ",".join("?" * len(chunk))
            for gid, aid, outlet in self.conn.execute(
                f"SELECT group_id, id, outlet FROM articles WHERE group_id IN ({marks})"
                " ORDER BY COALESCE(published, '9999'), id", chunk):
                members[gid].append((aid, outlet))
        out = []
        for r in rows:
            m = members[r[0]]
            out.append(Group(id=r[0], label=r[1], article_ids=[a for a, _ in m],
                             outlets=list(dict.fromkeys(o for _, o in m)), first_published=r[2]))
        return out

