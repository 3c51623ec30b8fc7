"""Tests for the library on disk: schema, writes, revisions, full-text search and safety checks."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from reader.engine.models import Credit, Quote, Span
from reader.engine.query import QueryError
from reader.engine.store import (
    APPLICATION_ID,
    BUSY_TIMEOUT_MS,
    SCHEMA_VERSION,
    Library,
    LibraryError,
    StoredArticle,
)
from reader.engine.text import normalize, split_sentences


def stored(text: str, *, title: str = "A title", outlet: str = "Reuters", published: str | None = None,
           url: str | None = None, source: str = "/tmp/a.txt", quotes: list[Quote] | None = None,
           credits: list[Credit] | None = None) -> StoredArticle:
    """A StoredArticle as the pipeline would make it, without the analysis modules."""
    body = normalize(text)
    return StoredArticle(
        source=source, url=url, outlet=outlet, title=title, published=published, author=None, text=body,
        furniture=["Advertisement"], sentences=split_sentences(body), quotes=quotes or [], credits=credits or [],
        content_hash=hashlib.sha256(body.encode()).hexdigest(), band_keys=[1, 2, 3], fingerprint=b"\x00\x01",
    )


def put(lib: Library, key: str, art: StoredArticle) -> tuple[str, int]:
    """Write one article in its own transaction."""
    with lib.transaction() as c:
        return lib.write_article(c, key, art, "2025-08-27T12:00:00Z")


@pytest.fixture()
def lib(fresh_db: Path) -> Library:
    """An open, empty library."""
    library = Library(fresh_db)
    yield library
    library.close()


# --------------------------------------------------------------------------- schema and file safety


def test_new_library_settings(lib: Library) -> None:
    conn = lib.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_TIMEOUT_MS >= 5000
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")}
    assert {"articles", "revisions", "quotes", "credits", "articles_fts", "articles_au"} <= tables
    assert "articles_ai" not in tables  # new articles are indexed once per transaction (Library.index_new)


def test_parent_folder_is_created(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "library.db"
    Library(path).close()
    assert path.exists()


def test_reopening_keeps_articles(fresh_db: Path) -> None:
    with Library(fresh_db) as lib:
        put(lib, "k1", stored("The Kremlin said no."))
    with Library(fresh_db) as lib:
        assert lib.count() == 1
        assert lib.integrity_check() == []


def test_a_non_library_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"my precious notes, not a database\n" * 10)
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="not a Newsroom library"):
        Library(path)
    assert path.read_bytes() == before
    assert not Path(str(path) + "-wal").exists()


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(LibraryError, match="another program"):
        Library(path)


def test_a_newer_schema_is_refused(fresh_db: Path) -> None:
    Library(fresh_db).close()
    conn = sqlite3.connect(fresh_db)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(LibraryError, match="newer version"):
        Library(fresh_db)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match="folder"):
        Library(tmp_path)


def test_an_empty_file_becomes_a_library(tmp_path: Path) -> None:
    path = tmp_path / "touched.db"
    path.touch()
    with Library(path) as lib:
        assert lib.count() == 0


# --------------------------------------------------------------------------- writes and revisions


def test_add_then_same_content_is_unchanged(lib: Library) -> None:
    status, aid = put(lib, "file:/a.txt", stored("The Kremlin said no. Peskov spoke."))
    assert status == "added"
    assert put(lib, "file:/a.txt", stored("The Kremlin said no. Peskov spoke.")) == ("unchanged", aid)
    # The same text under another key (a copy of the file elsewhere) is a duplicate too.
    assert put(lib, "file:/copy.txt", stored("The Kremlin said no. Peskov spoke.")) == ("unchanged", aid)
    assert lib.count() == 1


def test_changed_content_at_the_same_key_is_a_revision(lib: Library) -> None:
    _, aid = put(lib, "https://x.test/a", stored("First version of the story.", title="Old"))
    status, aid2 = put(lib, "https://x.test/a", stored("Second version, with a correction.", title="New"))
    assert (status, aid2) == ("updated", aid)
    art = lib.get(aid)
    assert art is not None
    assert art.text == "Second version, with a correction."
    assert art.title == "New"
    assert art.revisions == 2
    old = lib.revisions_of(aid)
    assert [(r["revision"], r["title"], r["text"]) for r in old] == [(1, "Old", "First version of the story.")]
    put(lib, "https://x.test/a", stored("Third version.", title="Newest"))
    assert lib.get(aid).revisions == 3  # type: ignore[union-attr]
    assert [r["text"] for r in lib.revisions_of(aid)] == ["First version of the story.",
                                                          "Second version, with a correction."]
    assert lib.count() == 1


def test_a_new_article_can_be_stored_in_a_group_of_its_own(lib: Library) -> None:
    """As set_group would leave it: its title as label, its date as the group's first, one member."""
    with lib.transaction() as c:
        _, a = lib.write_article(c, "k1", stored("A first story.", title="First", published="2025-08-27T09:00:00Z"),
                                 "now", own_group=True)
        _, b = lib.write_article(c, "k2", stored("A second story.", title="Second"), "now", own_group=True)
        _, plain = lib.write_article(c, "k3", stored("A third story."), "now")
    ga, gb = lib.group_of(a), lib.group_of(b)
    assert ga is not None and gb is not None and ga != gb and lib.group_of(plain) is None
    first = lib.group(ga)
    assert first is not None
    assert (first.label, first.article_ids, first.first_published) == ("First", [a], "2025-08-27T09:00:00Z")
    assert lib.conn.execute("SELECT size FROM groups WHERE id = ?", (ga,)).fetchone()[0] == 1
    with lib.transaction() as c:  # a revision keeps its article's group: only new rows get one
        status, same = lib.write_article(c, "k1", stored("A first story, revised."), "now", own_group=True)
    assert (status, same) == ("updated", a) and lib.group_of(a) == ga
    assert lib.conn.execute("SELECT COUNT(*) FROM groups").fetchone()[0] == 2


def test_revision_replaces_analysis(lib: Library) -> None:
    text = "“We object,” Peskov said."
    q = Quote(content=Span(1, 10), kind="full", speaker="Dmitry Peskov", cue=Span(19, 23))
    _, aid = put(lib, "k", stored(text, quotes=[q], credits=[Credit("AFP", ["source"], ["SOURCE: AFP"])]))
    art = lib.get(aid)
    assert art is not None
    assert [x.content.slice(art.text) for x in art.quotes] == ["We object"]
    assert art.quotes[0].speaker == "Dmitry Peskov" and art.quotes[0].cue == Span(19, 23)
    assert art.credits == [Credit("AFP", ["source"], ["SOURCE: AFP"], [])]
    put(lib, "k", stored("Nothing quoted now."))
    art = lib.get(aid)
    assert art is not None and art.quotes == [] and art.credits == []


def test_failed_transaction_writes_nothing(lib: Library) -> None:
    with pytest.raises(RuntimeError), lib.transaction() as c:
        lib.write_article(c, "k", stored("Half written."), "2025-08-27T12:00:00Z")
        raise RuntimeError("crash in the middle")
    assert lib.count() == 0
    assert lib.search("written") == []
    assert lib.conn.execute("SELECT COUNT(*) FROM bands").fetchone()[0] == 0


def test_get_roundtrip(lib: Library) -> None:
    art_in = stored("One sentence here. Another one.\n\nA new paragraph.", title="T", published="2025-08-27T10:00:00Z",
                    url="https://x.test/a")
    _, aid = put(lib, "https://x.test/a", art_in)
    art = lib.get(aid)
    assert art is not None
    assert (art.title, art.outlet, art.published, art.url, art.furniture) == (
        "T", "Reuters", "2025-08-27T10:00:00Z", "https://x.test/a", ["Advertisement"])
    assert [s.text for s in art.sentences] == ["One sentence here.", "Another one.", "A new paragraph."]
    for s in art.sentences:
        assert art.text[s.start : s.end] == s.text
    assert lib.get(9999) is None


def test_list_word_counts_match_the_article(lib: Library) -> None:
    _, aid = put(lib, "k", stored("One two three.\n\nFour five.\n\nSix — seven eight."))
    row = lib.list_articles()[0]
    art = lib.get(aid)
    assert art is not None
    assert row["words"] == art.words == len(art.text.split())


def test_list_orders_oldest_first_and_pages(lib: Library) -> None:
    put(lib, "a", stored("Later story.", published="2025-08-28T09:00:00Z"))
    put(lib, "b", stored("Earlier story.", published="2025-08-27T09:00:00Z"))
    put(lib, "c", stored("Middle story.", published="2025-08-27T18:00:00Z"))
    rows = lib.list_articles()
    assert [r["published"][:13] for r in rows] == ["2025-08-27T09", "2025-08-27T18", "2025-08-28T09"]
    assert [r["id"] for r in lib.list_articles(limit=1, offset=1)] == [rows[1]["id"]]


# --------------------------------------------------------------------------- full-text search


@pytest.fixture()
def searchable(lib: Library) -> Library:
    """Three articles to search."""
    put(lib, "1", stored("The Kremlin takes a negative view of European peacekeepers in Ukraine.",
                         title="Kremlin rejects peacekeepers", outlet="Reuters", published="2025-08-27T09:00:00Z"))
    put(lib, "2", stored("Peskov said the view was negative. Negotiations continue in Istanbul.",
                         title="Talks go on", outlet="TRT World", published="2025-08-28T10:00:00Z"))
    put(lib, "3", stored("A bridge closed after cracks were found in a girder.",
                         title="Bridge shut", outlet="Aldmere Herald", published="2025-09-03T11:00:00Z"))
    return lib


def titles(hits: list) -> list[str]:
    """Titles of search hits, in rank order."""
    return [h.title for h in hits]


def test_search_words_are_anded(searchable: Library) -> None:
    assert sorted(titles(searchable.search("negative view"))) == ["Kremlin rejects peacekeepers", "Talks go on"]
    assert titles(searchable.search("negative istanbul")) == ["Talks go on"]
    assert searchable.search("negative girder") == []


def test_search_phrase(searchable: Library) -> None:
    assert titles(searchable.search('"negative view"')) == ["Kremlin rejects peacekeepers"]


def test_search_prefix(searchable: Library) -> None:
    assert titles(searchable.search("negotiat*")) == ["Talks go on"]
    assert titles(searchable.search("gird*")) == ["Bridge shut"]


def test_search_is_case_and_accent_insensitive(searchable: Library) -> None:
    put(searchable, "4", stored("The Élysée Palace said nothing.", title="Paris"))
    assert titles(searchable.search("elysee")) == ["Paris"]
    assert titles(searchable.search("KREMLIN rejects")) == ["Kremlin rejects peacekeepers"]


def test_search_outlet_filter(searchable: Library) -> None:
    assert titles(searchable.search("negative outlet:reuters")) == ["Kremlin rejects peacekeepers"]
    assert titles(searchable.search('negative outlet:"TRT World"')) == ["Talks go on"]
    assert titles(searchable.search("outlet:aldmere")) == ["Bridge shut"]


def test_search_dates(searchable: Library) -> None:
    assert titles(searchable.search("negative since:2025-08-28")) == ["Talks go on"]
    assert titles(searchable.search("negative until:2025-08-27")) == ["Kremlin rejects peacekeepers"]
    assert titles(searchable.search("since:2025-09")) == ["Bridge shut"]
    assert sorted(titles(searchable.search("until:2025-08"))) == ["Kremlin rejects peacekeepers", "Talks go on"]


def test_search_excluded_and_or(searchable: Library) -> None:
    assert titles(searchable.search("negative -istanbul")) == ["Kremlin rejects peacekeepers"]
    assert sorted(titles(searchable.search("girder OR istanbul"))) == ["Bridge shut", "Talks go on"]


def test_search_ranks_by_bm25_and_marks_the_snippet(searchable: Library) -> None:
    put(searchable, "5", stored("Ukraine. " * 3 + "Peacekeepers peacekeepers peacekeepers.", title="Peacekeepers"))
    for n in range(4):  # bm25 gives no weight to a word found in half the library or more
        put(searchable, f"filler{n}", stored(f"Unrelated story number {n} about the weather.", title=f"Weather {n}"))
    hits = searchable.search("peacekeepers")
    assert hits[0].title == "Peacekeepers"
    assert hits[0].score >= hits[1].score > 0
    assert "\x02" in hits[1].snippet and "\x03" in hits[1].snippet
    marked = hits[1].snippet.split("\x02")[1].split("\x03")[0]
    assert marked.lower() == "peacekeepers"


def test_search_treats_operators_as_words(searchable: Library) -> None:
    for q in ["NEAR(kremlin view)", "kremlin^", "title:kremlin", "a:b", "kremlin AND", "(kremlin", "kremlin)"]:
        searchable.search(q)  # no sqlite error escapes


@pytest.mark.parametrize("query", ['"unbalanced', "", "   ", "-kremlin", "since:nonsense", "***"])
def test_malformed_queries_raise_query_error(searchable: Library, query: str) -> None:
    with pytest.raises(QueryError):
        searchable.search(query)


def test_fts_follows_updates_by_trigger(lib: Library) -> None:
    _, aid = put(lib, "https://x.test/a", stored("The original wording mentions zeppelins."))
    assert [h.id for h in lib.search("zeppelins")] == [aid]
    put(lib, "https://x.test/a", stored("The corrected wording mentions submarines."))
    assert lib.search("zeppelins") == []
    assert [h.id for h in lib.search("submarines")] == [aid]
    with lib.transaction() as c:
        c.execute("DELETE FROM articles WHERE id = ?", (aid,))
    assert lib.search("submarines") == []
    assert lib.integrity_check() == []


def test_new_articles_enter_the_index_with_their_commit(lib: Library, fresh_db: Path) -> None:
    with lib.transaction() as c:
        lib.write_article(c, "https://x.test/a", stored("The first report mentions zeppelins."), "now")
        other = Library(fresh_db)  # another reader sees nothing of the open transaction
        assert other.search("zeppelins") == []
    assert [h.title for h in other.search("zeppelins")] == ["A title"]
    other.close()
    with pytest.raises(RuntimeError), lib.transaction() as c:
        lib.write_article(c, "https://x.test/b", stored("A second report mentions submarines."), "now")
        raise RuntimeError("undone")
    assert lib.search("submarines") == [] and lib.integrity_check() == []


def test_a_revision_in_the_transaction_that_added_the_article(lib: Library) -> None:
    with lib.transaction() as c:
        _, aid = lib.write_article(c, "https://x.test/a", stored("The original wording mentions zeppelins."), "now")
        status, same = lib.write_article(c, "https://x.test/a", stored("The new wording mentions submarines."), "now")
    assert (status, same) == ("updated", aid)
    assert lib.search("zeppelins") == []
    assert [h.id for h in lib.search("submarines")] == [aid]
    assert lib.integrity_check() == []


def test_an_article_undone_in_its_savepoint_leaves_no_trace_in_the_index(lib: Library) -> None:
    from reader.engine.store.batch import Batch

    batch: Batch[int] = Batch(lib, max_seconds=60)
    words = ["zeppelins", "submarines", "gondolas"]
    for n, word in enumerate(words):
        try:
            with batch.write() as c:
                _, aid = lib.write_article(c, f"https://x.test/{n}", stored(f"Report {n} mentions {word}."), "now")
                if n == 1:
                    raise ValueError("undone")  # its row goes, and the next article takes its id
            batch.stored(aid)
        except ValueError:
            pass
    first, third = batch.commit()
    assert lib.search("submarines") == []
    assert [h.id for h in lib.search("zeppelins")] == [first]
    assert [h.id for h in lib.search("gondolas")] == [third]
    assert lib.integrity_check() == []


# --------------------------------------------------------------------------- concurrency and backup


def test_a_second_writer_waits_for_the_first(fresh_db: Path) -> None:
    first = Library(fresh_db)
    second = Library(fresh_db)
    done = threading.Event()

    def hold() -> None:
        with first.transaction() as c:
            first.write_article(c, "a", stored("First writer."), "2025-08-27T12:00:00Z")
            time.sleep(0.4)
        done.set()

    t = threading.Thread(target=hold)
    t.start()
    time.sleep(0.1)
    assert put(second, "b", stored("Second writer."))[0] == "added"
    assert done.is_set()
    t.join()
    assert second.count() == 2
    first.close()
    second.close()


def test_readers_see_committed_data_while_a_write_is_open(fresh_db: Path) -> None:
    writer = Library(fresh_db)
    reader = Library(fresh_db)
    put(writer, "a", stored("Committed."))
    with writer.transaction() as c:
        writer.write_article(c, "b", stored("Not yet committed."), "2025-08-27T12:00:00Z")
        assert reader.count() == 1  # WAL: no blocking, no dirty read
    assert reader.count() == 2
    writer.close()
    reader.close()


def test_backup_is_a_working_library(lib: Library, tmp_path: Path) -> None:
    put(lib, "a", stored("Backed up text about zeppelins."))
    target = tmp_path / "copy.db"
    lib.backup(target)
    with Library(target) as copy:
        assert copy.count() == 1
        assert len(copy.search("zeppelins")) == 1
