"""Tests for ingesting sources: files, folders, stdin, URLs and feeds; hygiene, identity and bad input.

Web sources are served by a local http.server on 127.0.0.1 (the ``web`` fixture), never the internet.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import socket
import sys
import threading
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.engine import ingest as ingest_pkg
from reader.engine.ingest import plain, sources
from reader.engine.ingest import url as url_mod
from reader.engine.ingest.decode import decode
from reader.engine.models import Article, IngestResult
from reader.engine.pipeline import ingest
from reader.engine.preparation import canonical_url
from reader.engine.store import Library
from tests.conftest import SAMPLE_CORPUS, SEEDS, LocalWeb

Writer = Callable[..., Path]

ARTICLE = (
    "The Kremlin said on Wednesday it was against European countries sending peacekeeping troops to Ukraine.\n\n"
    "“We view such discussions negatively,” Kremlin spokesman Dmitry Peskov told reporters on a call.\n\n"
    "He said any summit between the two presidents must be well prepared in order to be effective."
)


def page(title: str, body: str, *, site: str | None = None, published: str | None = None,
         author: str | None = None, canonical: str | None = None) -> str:
    """A small but realistic news page with furniture around the article."""
    meta = []
    if site:
        meta.append(f'<meta property="og:site_name" content="{site}">')
    if published:
        meta.append(f'<meta property="article:published_time" content="{published}">')
    if author:
        meta.append(f'<meta name="author" content="{author}">')
    if canonical:
        meta.append(f'<link rel="canonical" href="{canonical}">')
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>{''.join(meta)}</head>"
        "<body><header><nav><a href='/'>Home</a> | <a href='/world'>World</a></nav></header>"
        f"<main><article><h1>{title}</h1>{paras}</article></main>"
        "<footer>Sign up for our newsletter | Contact us | Advertise</footer></body></html>"
    )


@pytest.fixture()
def lib(fresh_db: Path) -> Library:
    """An open, empty library."""
    library = Library(fresh_db)
    yield library
    library.close()


def run(lib: Library, *srcs: str | Path, **kw: object) -> IngestResult:
    """Ingest these sources into ``lib``."""
    return ingest(lib, [str(s) for s in srcs], cancel=threading.Event(), **kw)  # type: ignore[arg-type]


def only(lib: Library, result: IngestResult) -> Article:
    """The single article a batch added."""
    assert not result.failed, result.failed
    assert len(result.added) == 1, result
    art = lib.get(result.added[0])
    assert art is not None
    return art


def failure(result: IngestResult) -> dict[str, str]:
    """The single failure of a batch."""
    assert len(result.failed) == 1, result.failed
    return result.failed[0]


# --------------------------------------------------------------------------- file kinds


def test_html_file_with_metadata(lib: Library) -> None:
    art = only(lib, run(lib, SAMPLE_CORPUS / "bridge" / "aldmere-herald.html"))
    assert art.title == "Quayside Bridge closed for weeks as cracks found"
    assert art.outlet == "Aldmere Herald"
    assert art.author == "Priya Nandakumar"
    assert art.published == "2025-09-03T10:40:00Z"  # +01:00 in the page, UTC here
    assert art.source == str((SAMPLE_CORPUS / "bridge" / "aldmere-herald.html").resolve())
    assert "not taking any chances" in art.text
    for junk in ("Sign up for our newsletter", "your city, every day", "Advertise"):
        assert junk not in art.text


def test_html_title_is_not_repeated_in_the_body(lib: Library, write: Writer) -> None:
    art = only(lib, run(lib, write("story.html", page("Kremlin rejects peacekeepers", ARTICLE))))
    assert art.title == "Kremlin rejects peacekeepers"
    assert not art.text.startswith("Kremlin rejects peacekeepers")
    assert art.text.startswith("The Kremlin said on Wednesday")


def test_text_with_front_matter(lib: Library, write: Writer) -> None:
    path = write("a.txt", "---\ntitle: Kremlin rejects peacekeepers\noutlet: reuters\ndate: 2025-08-27T10:31:00+03:00\n"
                          "url: https://example.com/world/kremlin-peacekeepers/\nauthor: Jane Doe\n---\n" + ARTICLE)
    art = only(lib, run(lib, path))
    assert (art.title, art.outlet, art.published, art.author) == (
        "Kremlin rejects peacekeepers", "Reuters", "2025-08-27T07:31:00Z", "Jane Doe")
    assert art.url == "https://example.com/world/kremlin-peacekeepers"
    assert art.source == str(path.resolve())
    assert art.text == ARTICLE
    assert "---" not in art.text and "title:" not in art.text


def test_markdown_syntax_is_dropped(lib: Library, write: Writer) -> None:
    md = ("---\ntitle: Talks\n---\n# Talks\n\nThe **Kremlin** said [talks](https://x.test) must be "
          "well prepared, Peskov told reporters on Wednesday.\n")
    art = only(lib, run(lib, write("a.md", md)))
    assert "**" not in art.text and "](" not in art.text and "#" not in art.text
    assert "The Kremlin said talks must be well prepared" in art.text


def test_json_list_and_object(lib: Library, write: Writer) -> None:
    result = run(lib, SAMPLE_CORPUS / "bridge" / "harbour-daily.json")
    art = only(lib, result)
    assert (art.outlet, art.author, art.published) == ("Harbour Daily", "Sam Whitcombe", "2025-09-03T14:05:00Z")
    assert art.url == "https://harbourdaily.example.net/news/bridge-closure-commuters"
    obj = {"headline": "One object", "publisher": "AFP", "body": ARTICLE, "date": "2025-08-27"}
    art2 = only(lib, run(lib, write("one.json", json.dumps(obj))))
    assert (art2.title, art2.outlet, art2.published) == ("One object", "AFP", "2025-08-27")


def test_json_lines_one_bad_record_does_not_stop_the_file(lib: Library, write: Writer) -> None:
    path = write("x.jsonl", json.dumps({"title": "First", "text": ARTICLE}) + "\n{broken\n"
                 + json.dumps({"title": "No text"}) + "\n"
                 + json.dumps({"title": "Third", "text": "A different story about a bridge closing today."}) + "\n")
    result = run(lib, path)
    assert len(result.added) == 2
    assert [f["source"] for f in result.failed] == [f"{path.resolve()}#2", f"{path.resolve()}#3"]
    assert "malformed JSON" in result.failed[0]["error"]
    assert "text" in result.failed[1]["error"]


def test_rss_file_entries_without_links_use_their_content(lib: Library) -> None:
    art = only(lib, run(lib, SAMPLE_CORPUS / "bridge" / "northshore-radio.rss"))
    assert art.title == "Council to seek emergency cash for Quayside Bridge repairs"
    assert art.outlet == "Northshore Radio News"
    assert art.published == "2025-09-03T16:30:00Z"
    assert "<p>" not in art.text
    assert art.text.count("\n\n") == 2  # the entry's three <p> stay paragraphs


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Wire Desk</title>
  <updated>2025-08-27T12:00:00Z</updated>
  <entry>
    <title>Kremlin says no to peacekeepers</title>
    <updated>2025-08-27T11:00:00Z</updated>
    <author><name>Desk Editor</name></author>
    <content type="html">&lt;p&gt;{body}&lt;/p&gt;</content>
  </entry>
</feed>
"""


def test_atom_file(lib: Library, write: Writer) -> None:
    art = only(lib, run(lib, write("wire.atom", ATOM.format(body=ARTICLE.replace("\n\n", " ")))))
    assert (art.title, art.outlet, art.author, art.published) == (
        "Kremlin says no to peacekeepers", "Wire Desk", "Desk Editor", "2025-08-27T11:00:00Z")


def test_folder_is_walked_recursively(lib: Library, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLE_CORPUS, corpus)
    (corpus / "deeper" / "still").mkdir(parents=True)
    (corpus / "deeper" / "still" / "late.txt").write_text("A late story about the bridge reopening after repairs.\n")
    (corpus / ".hidden.txt").write_text("A hidden file that must not be read at all, ever.\n")
    (corpus / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0binary")
    result = run(lib, corpus)
    assert not result.failed
    assert len(result.added) == 10  # 5 seeds, 4 bridge stories, 1 nested
    sources_seen = {r["source"] for r in lib.list_articles()}
    assert str((corpus / "deeper" / "still" / "late.txt").resolve()) in sources_seen
    assert not any("hidden" in s or s.endswith(".jpg") for s in sources_seen)


def test_empty_folder_is_a_failure(lib: Library, tmp_path: Path) -> None:
    (tmp_path / "nothing").mkdir()
    assert "no readable articles" in failure(run(lib, tmp_path / "nothing"))["error"]


def test_stdin(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(("Title line\n" + ARTICLE).encode("utf-8")), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    art = only(lib, run(lib, "-", outlet="TRT World"))
    assert art.source == "-"
    assert art.outlet == "TRT World"
    assert "Peskov" in art.text


# --------------------------------------------------------------------------- outlet, dates


def test_outlet_override_wins(lib: Library, write: Writer) -> None:
    path = write("a.txt", "---\noutlet: Reuters\n---\n" + ARTICLE)
    assert only(lib, run(lib, path, outlet="  Kyiv  Independent ")).outlet == "Kyiv Independent"


@pytest.mark.parametrize(
    ("front", "outlet"),
    [
        ("outlet: Agence France-Presse\n", "AFP"),  # a known alias becomes the canonical name
        ("url: https://www.reuters.com/world/europe/kremlin-2025-08-27/\n", "Reuters"),  # domain registry
        ("url: https://news.example.org/story\n", "news.example.org"),  # unknown domain: the host
        ("outlet: The Local Bugle\n", "The Local Bugle"),  # unknown name kept as written
        ("title: Nothing about the outlet\n", "my-saved-story"),  # else the file name
    ],
)
def test_outlet_resolution(lib: Library, write: Writer, front: str, outlet: str) -> None:
    path = write("my-saved-story.txt", f"---\n{front}---\n{ARTICLE}")
    assert only(lib, run(lib, path)).outlet == outlet


@pytest.mark.parametrize(
    ("date", "iso"),
    [
        ("2025-08-27", "2025-08-27"),
        ("2025-08-27T10:31:00+03:00", "2025-08-27T07:31:00Z"),
        ("Wed, 27 Aug 2025 10:31:00 GMT", "2025-08-27T10:31:00Z"),
        ("August 27, 2025", "2025-08-27"),
    ],
)
def test_dates_are_iso_utc(lib: Library, write: Writer, date: str, iso: str) -> None:
    path = write("a.txt", f"---\ndate: \"{date}\"\n---\n{ARTICLE}")
    assert only(lib, run(lib, path)).published == iso


def test_unknown_date_is_null(lib: Library, write: Writer) -> None:
    assert only(lib, run(lib, write("a.txt", ARTICLE))).published is None


def test_today_banner_is_not_the_article_date(lib: Library, write: Writer) -> None:
    paste = ("Today: Apr 24, 2025\nSearch\nKremlin rejects peacekeepers\n" + ARTICLE)
    art = only(lib, run(lib, write("paste.txt", paste)))
    assert art.published != "2025-04-24"
    assert not art.published or not art.published.startswith("2025-04-24")
    assert "Today: Apr 24, 2025" in art.furniture
    assert "Today:" not in art.text


def test_paste_byline_date_is_the_article_date(lib: Library, write: Writer) -> None:
    paste = "Kremlin rejects peacekeepers\nBy Jane Doe\nAugust 27, 2025\n" + ARTICLE
    art = only(lib, run(lib, write("paste.txt", paste)))
    assert art.published is not None and art.published.startswith("2025-08-27")
    assert art.author == "Jane Doe"  # the byline names the author, and stays out of the text
    assert "By Jane Doe" in art.furniture and "Jane Doe" not in art.text


def test_front_matter_author_beats_the_byline(lib: Library, write: Writer) -> None:
    paste = "---\nauthor: Ann Roe\n---\nKremlin rejects peacekeepers\nBy Jane Doe\nAugust 27, 2025\n" + ARTICLE
    assert only(lib, run(lib, write("paste.md", paste))).author == "Ann Roe"


# --------------------------------------------------------------------------- hygiene


def test_stored_text_is_clean(lib: Library, write: Writer) -> None:
    dirty = ("The Cafe\u0301 \x1b[31mincident\x1b[0m was\x07 reported\u200b.\r\n\r\n\r\n"
             "A second\tparagraph \x1b]0;owned\x07with   spaces\u00a0inside.\x0b\r\n")
    art = only(lib, run(lib, write("dirty.txt", dirty)))
    assert art.text == "The Café incident was reported.\n\nA second paragraph with spaces inside."
    assert unicodedata.is_normalized("NFC", art.text)
    assert all(art.text[s.start : s.end] == s.text for s in art.sentences)


def test_control_characters_in_metadata_are_removed(lib: Library, write: Writer) -> None:
    path = write("a.txt", '---\ntitle: "Evil\\x1b[2J title\\u202e"\nauthor: "A\\tB"\n---\n' + ARTICLE)
    art = only(lib, run(lib, path))
    assert art.title == "Evil title"
    assert art.author == "A B"


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_encodings_are_detected(lib: Library, write: Writer, encoding: str) -> None:
    text = ("Le ministre a déclaré à la presse que la réforme était nécessaire. "
            "Où est passée la fenêtre? Ça va très bien, a dit Noël Müller, naïve.")
    if encoding == "cp1252":
        text = "“" + text + "” — the minister’s words… "
    path = write(f"{encoding}.txt", text.encode(encoding))
    art = only(lib, run(lib, path))
    assert art.text == text.strip()


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("cp1252", "Café crème “quoted” text. The minister said it was naïve."),
        ("cp1252", "Price: £5 or €6 — 50° north, ½ off, said Señor Muñoz of São Paulo."),
        ("cp1250", "Zażółć gęślą jaźń. Prezydent powiedział, że reforma jest konieczna."),
        ("cp1250", "Přiliš černý kůň řekl, že město je krásné."),
        ("cp1251", "Министр иностранных дел заявил в среду, что реформа необходима. Переговоры продолжатся."),
        ("utf-16", "Peskov’s “negative view” — in UTF-16."),
    ],
)
def test_decode_detects_encodings(encoding: str, text: str) -> None:
    assert decode(text.encode(encoding)) == text


def test_decode_honours_a_declared_charset_and_drops_a_bom() -> None:
    assert decode("naïve".encode("latin-1"), "iso-8859-1") == "naïve"
    assert decode(b"\xef\xbb\xbfHello") == "Hello"
    assert decode(b"plain", "no-such-charset") == "plain"


def test_seed_furniture_is_removed_and_no_quote_is_lost(lib: Library, tmp_path: Path) -> None:
    gold = json.loads((SEEDS / "gold.json").read_text())
    corpus = tmp_path / "seeds"
    corpus.mkdir()
    for name in gold["articles"]:
        shutil.copy(SEEDS / name, corpus / name)
    result = run(lib, corpus)
    assert not result.failed and len(result.added) == len(gold["articles"])
    by_name = {Path(r["source"]).name: lib.get(r["id"]) for r in lib.list_articles()}
    for name, ann in gold["articles"].items():
        art = by_name[name]
        assert art is not None
        paras = set(art.text.split("\n\n"))
        for junk in ann["junk"]:
            if junk.startswith("("):  # an annotator's note, not a line
                continue
            assert junk not in paras, f"{name}: furniture left in the text: {junk!r}"
            assert junk in art.furniture, f"{name}: furniture lost instead of moved: {junk!r}"
        for q in ann["quotes"]:
            assert q["text"] in art.text, f"{name}: quote lost: {q['text']!r}"
    # The headlines listed under "Explore" in 004 are another page's links, not the article.
    raw = (SEEDS / "004_025051a931ef9ce1.txt").read_text()
    explore = raw.split("Explore\n", 1)[1].split("Sneak a peek", 1)[0].strip().splitlines()
    assert len(explore) >= 10
    text4 = by_name["004_025051a931ef9ce1.txt"].text  # type: ignore[union-attr]
    assert not any(line in text4 for line in explore)


# --------------------------------------------------------------------------- identity and revisions


def test_reingesting_is_a_no_op(lib: Library) -> None:
    first = run(lib, SAMPLE_CORPUS)
    assert len(first.added) == 9 and not first.failed
    second = run(lib, SAMPLE_CORPUS)
    assert (second.added, second.updated, second.failed) == ([], [], [])
    assert sorted(second.unchanged) == sorted(first.added)
    assert lib.count() == 9


def test_same_normalised_text_elsewhere_is_a_duplicate(lib: Library, write: Writer) -> None:
    a = only(lib, run(lib, write("a.txt", ARTICLE)))
    messy = "\ufeff  " + ARTICLE.replace("\n\n", "\r\n\r\n\r\n").replace(" ", "  ") + "\n\n\n"
    again = run(lib, write("copy-of-a.txt", messy))
    assert (again.added, again.unchanged) == ([], [a.id])
    assert lib.count() == 1


def test_stdin_twice_is_a_duplicate(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = []
    for _ in range(2):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode()), encoding="utf-8"))
        r = run(lib, "-")
        ids.append(r.added or r.unchanged)
    assert ids[0] == ids[1] and lib.count() == 1


def test_edited_file_becomes_a_revision(lib: Library, write: Writer) -> None:
    path = write("a.txt", ARTICLE)
    art = only(lib, run(lib, path))
    path.write_text(ARTICLE + "\n\nUpdated with a new paragraph about the talks in Istanbul.")
    result = run(lib, path)
    assert result.updated == [art.id] and not result.added
    new = lib.get(art.id)
    assert new is not None and new.revisions == 2 and "Istanbul" in new.text
    assert [r["text"] for r in lib.revisions_of(art.id)] == [ARTICLE]


def test_canonical_url() -> None:
    assert canonical_url("HTTPS://Example.COM/a/b/#frag") == "https://example.com/a/b"
    assert canonical_url("https://example.com") == "https://example.com/"
    assert canonical_url("https://example.com/a?x=1") == "https://example.com/a?x=1"


# --------------------------------------------------------------------------- URLs and feeds over HTTP


def test_url_page(lib: Library, web: LocalWeb) -> None:
    url = web.serve("/world/kremlin", page("Kremlin rejects peacekeepers", ARTICLE, published="2025-08-27T09:15:00Z",
                                           author="Jane Doe", site="Example News"))
    art = only(lib, run(lib, url))
    assert art.source == url and art.url == url
    assert (art.title, art.published, art.author) == ("Kremlin rejects peacekeepers", "2025-08-27T09:15:00Z",
                                                     "Jane Doe")
    assert art.outlet == "Example News"
    assert "Sign up" not in art.text and "Peskov" in art.text


def test_same_url_twice_is_unchanged_and_a_changed_page_is_a_revision(lib: Library, web: LocalWeb) -> None:
    url = web.serve("/story", page("Talks", ARTICLE))
    art = only(lib, run(lib, url))
    assert run(lib, url).unchanged == [art.id]
    assert run(lib, url + "#comments").unchanged == [art.id]  # the fragment is not part of the identity
    web.serve("/story", page("Talks (updated)", ARTICLE + "\n\nThis story has been updated with a correction."))
    result = run(lib, url)
    assert result.updated == [art.id] and not result.added
    new = lib.get(art.id)
    assert new is not None and new.revisions == 2 and new.title == "Talks (updated)"
    assert "correction" in new.text
    assert "correction" not in lib.revisions_of(art.id)[0]["text"]
    assert lib.count() == 1


def test_url_outlet_from_domain_registry(lib: Library, write: Writer) -> None:
    # A saved page whose canonical URL is a known outlet's: the registry names it.
    path = write("saved.html", page("Kremlin rejects peacekeepers", ARTICLE,
                                    canonical="https://www.reuters.com/world/europe/kremlin-2025-08-27/"))
    art = only(lib, run(lib, path))
    assert art.outlet == "Reuters"


@pytest.mark.parametrize(("status", "reason"), [(404, "HTTP 404"), (500, "HTTP 500"), (403, "HTTP 403")])
def test_http_errors(lib: Library, web: LocalWeb, status: int, reason: str) -> None:
    bad = web.serve("/bad", "<html>error</html>", status=status)
    good = web.serve("/good", page("Talks", ARTICLE))
    result = run(lib, bad, good)
    f = failure(result)
    assert f["source"] == bad and f["error"].startswith(reason)
    assert len(result.added) == 1


def test_unreachable_host(lib: Library) -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/story"
    f = failure(run(lib, url))
    assert f["source"] == url and "cannot reach" in f["error"]


def test_unsupported_content_type(lib: Library, web: LocalWeb) -> None:
    img = web.serve("/photo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, content_type="image/png")
    assert "unsupported content type image/png" in failure(run(lib, img))["error"]


def test_response_over_the_limit(lib: Library, web: LocalWeb, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(url_mod.fetch, "__kwdefaults__", {**url_mod.fetch.__kwdefaults__, "max_bytes": 1000})
    url = web.serve("/long", page("Long", ARTICLE * 5))
    assert "too large" in failure(run(lib, url))["error"]


def test_streamed_body_over_the_limit_is_cut(web: LocalWeb) -> None:
    url = web.serve("/long", "x" * 5000, content_type="text/plain", sized=False)
    with pytest.raises(ingest_pkg.IngestError, match="too large"):
        url_mod.fetch(url, max_bytes=4000)
    assert len(url_mod.fetch(url, max_bytes=6000).data) == 5000


def test_redirect_is_followed(lib: Library, web: LocalWeb) -> None:
    target = web.serve("/final", page("Talks", ARTICLE))
    start = web.serve("/old", "", status=301, Location=target)
    art = only(lib, run(lib, start))
    assert art.url == target


def test_json_and_text_urls(lib: Library, web: LocalWeb) -> None:
    j = web.serve("/api/story.json", json.dumps({"title": "From JSON", "text": ARTICLE, "outlet": "AP"}),
                  content_type="application/json")
    t = web.serve("/plain", "---\ntitle: From text\n---\nA plain text story about the bridge reopening soon.",
                  content_type="text/plain; charset=utf-8")
    result = run(lib, j, t)
    assert not result.failed and len(result.added) == 2
    titles = {a.title: a for a in lib.get_many(result.added)}
    assert titles["From JSON"].outlet == "AP"
    assert "From text" in titles


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Desk Feed</title><link>{base}/</link>
<item><title>Linked story</title><link>{base}/linked</link><pubDate>Wed, 27 Aug 2025 09:00:00 GMT</pubDate>
<description>Short teaser only.</description></item>
<item><title>Relative link</title><link>/relative</link></item>
<item><title>Dead link</title><link>{base}/gone</link><pubDate>Wed, 27 Aug 2025 10:00:00 GMT</pubDate>
<description><![CDATA[<p>The feed's own text about the bridge closure is used when the page is gone.</p>]]>
</description></item>
<item><title>No link</title>
<description><![CDATA[<p>An entry without a link: its content is the article about the ferry.</p>]]>
</description></item>
<item><title>Nothing at all</title><link>{base}/gone-too</link></item>
</channel></rss>"""


def test_feed_url_fetches_linked_pages(lib: Library, web: LocalWeb) -> None:
    web.serve("/linked", page("Linked story full", ARTICLE, site="Desk Site"))
    web.serve("/relative", page("Relative story", "A second story on the same site about a ferry and a bridge."))
    feed = web.serve("/feed.xml", RSS.format(base=web.base), content_type="application/rss+xml")
    result = run(lib, feed)
    arts = {a.title: a for a in lib.get_many(result.added + result.updated)}
    assert set(arts) == {"Linked story full", "Relative story", "Dead link", "No link"}
    linked = arts["Linked story full"]
    assert linked.source == web.url("/linked") and "Peskov" in linked.text  # the page, not the teaser
    assert linked.published == "2025-08-27T09:00:00Z"  # from the feed when the page has none
    assert arts["Relative story"].source == web.url("/relative")
    assert "feed's own text" in arts["Dead link"].text
    assert "/gone" in " ".join(web.hits)
    f = failure(result)
    assert f["source"] == web.url("/gone-too") and "404" in f["error"]


def test_feed_no_follow_uses_entry_content(lib: Library, web: LocalWeb) -> None:
    feed = web.serve("/feed.xml", RSS.format(base=web.base), content_type="application/rss+xml")
    result = run(lib, feed, follow_links=False)
    assert web.hits == ["/feed.xml"]
    assert {a.title for a in lib.get_many(result.added)} == {"Linked story", "Dead link", "No link"}


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n\t \r\n", "empty file"),
        ("binary.txt", b"\x00\x01\x02\x03binary\x00data", "binary"),
        ("image.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("nav.html", b"<html><body><nav>Home | About | Contact</nav></body></html>", "no article text"),
        ("bad-front.md", b"---\ntitle: [unclosed\n---\nBody text of the story.\n", "malformed front matter"),
        ("only-front.md", b"---\ntitle: Just a title\n---\n", "no article text"),
        ("broken.rss", b'<?xml version="1.0"?><rss><channel><item><title>x</ti', "malformed feed"),
        ("empty.rss", b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>',
         "no entries"),
        ("broken.json", b'{"text": "never closed', "malformed JSON"),
        ("list.json", b"[1, 2]", "expected an object"),
        ("bad-utf8.txt", b"\xfd\xfc\xfd" * 3 + b"\x81\x8d\x8f\x90\x9d" * 50, "unreadable text encoding"),
        ("paper.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n", "binary"),
        ("doc.md", b"PK\x03\x04\x14\x00\x06\x00\x08\x00", "binary"),
    ],
)
def test_bad_input_fails_alone_with_a_reason(lib: Library, write: Writer, name: str, content: bytes,
                                             reason: str) -> None:
    bad = write(name, content)
    good = write("good.txt", ARTICLE)
    result = run(lib, bad, good)
    assert len(result.added) == 1
    failed = result.failed
    assert failed and all(f["source"].startswith(str(bad.resolve())) for f in failed)
    assert reason in failed[0]["error"]
    assert "\n" not in failed[0]["error"] and "Traceback" not in failed[0]["error"]


def test_missing_path(lib: Library, tmp_path: Path, write: Writer) -> None:
    result = run(lib, tmp_path / "nope.txt", write("good.txt", ARTICLE))
    f = failure(result)
    assert f["source"].endswith("nope.txt") and f["error"] == "no such file or folder"
    assert len(result.added) == 1


def test_unreadable_file(lib: Library, write: Writer, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = write("locked.txt", ARTICLE)
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):  # root reads anything: simulate the refusal instead
            real = Path.read_bytes

            def refuse(self: Path) -> bytes:
                if self == locked.resolve():
                    raise PermissionError(13, "Permission denied", str(self))
                return real(self)

            monkeypatch.setattr(Path, "read_bytes", refuse)
        f = failure(run(lib, locked))
        assert f["source"] == str(locked.resolve()) and f["error"] == "permission denied"
    finally:
        locked.chmod(0o644)


def test_file_over_the_size_limit(lib: Library, write: Writer) -> None:
    big = write("huge.txt", b"")
    with big.open("wb") as fh:  # sparse: no 20 MB written to disk
        fh.seek(ingest_pkg.MAX_BYTES + 10)
        fh.write(b"x")
    f = failure(run(lib, big))
    assert re.search(r"too large .*20 MB", f["error"])


def test_stdin_over_the_size_limit(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "MAX_BYTES", 100)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 500), encoding="utf-8"))
    f = failure(run(lib, "-"))
    assert f["source"] == "-" and "too large" in f["error"]


def test_a_reader_bug_is_one_failure_not_a_crash(lib: Library, write: Writer, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*_a: object, **_k: object) -> None:
        raise KeyError("surprise")

    monkeypatch.setattr(sources, "read_html", boom)
    result = run(lib, write("a.html", page("T", ARTICLE)), write("b.txt", ARTICLE))
    assert "internal error" in failure(result)["error"]
    assert len(result.added) == 1


def test_a_store_failure_writes_nothing_half(lib: Library, write: Writer, monkeypatch: pytest.MonkeyPatch) -> None:
    import reader.engine.analysis as analysis

    calls = {"n": 0}
    real = analysis.assign_group

    def flaky(library: Library, c: object, aid: int, art: object = None, **kw: object) -> int:
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("disk on fire")
        return real(library, c, aid, art, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(analysis, "assign_group", flaky)
    result = run(lib, write("a.txt", ARTICLE), write("b.txt", "A different story about a bridge closing for repairs."))
    assert "cannot store" in failure(result)["error"]
    assert lib.count() == 1 and len(result.added) == 1
    assert lib.search("Peskov") == []  # the failed article left no trace, not even in the index
    assert lib.conn.execute("SELECT COUNT(*) FROM quotes").fetchone()[0] == 0


def test_parallel_jobs_give_the_same_result(fresh_db: Path, tmp_path: Path) -> None:
    with Library(fresh_db) as lib:
        result = run(lib, SAMPLE_CORPUS, jobs=2)
        assert len(result.added) == 9 and not result.failed
        assert lib.count() == 9


def test_cancel_stops_the_batch(lib: Library) -> None:
    cancel = threading.Event()
    seen: list[str] = []

    def progress(done: int, total: int, name: str) -> None:
        seen.append(name)
        cancel.set()

    result = ingest(lib, [str(SAMPLE_CORPUS)], progress=progress, cancel=cancel)
    assert len(seen) == 1 and len(result.added) == 1


def test_a_home_page_canonical_link_is_not_the_story_url(lib: Library, web: LocalWeb) -> None:
    a = web.serve("/news/one", page("One", ARTICLE, canonical="/"))
    b = web.serve("/news/two", page("Two", "A different story about the bridge and the ferry timetable changes."
                                    " Officials spoke on Monday.", canonical="https://127.0.0.1/"))
    result = run(lib, a, b)
    assert len(result.added) == 2
    assert {x.url for x in lib.get_many(result.added)} == {a, b}


def test_canonical_link_is_the_identity(lib: Library, web: LocalWeb) -> None:
    amp = web.serve("/amp/story", page("Story", ARTICLE, canonical=web.url("/world/story")))
    web.serve("/world/story", page("Story", ARTICLE + "\n\nA line the AMP page lacked, added in an update."))
    art = only(lib, run(lib, amp))
    assert art.source == amp and art.url == web.url("/world/story")
    assert run(lib, web.url("/world/story")).updated == [art.id]


def test_a_nul_byte_in_a_text_file_means_binary(lib: Library, write: Writer) -> None:
    assert "binary" in failure(run(lib, write("nul.txt", ARTICLE.encode() + b"\x00")))["error"]


def test_redirect_loop(web: LocalWeb) -> None:
    loop = web.serve("/loop", "", status=302, Location="/loop")
    with pytest.raises(ingest_pkg.IngestError, match="too many redirects"):
        url_mod.fetch(loop)


def test_silent_server_times_out() -> None:
    with socket.socket() as s:  # accepts connections, never answers
        s.bind(("127.0.0.1", 0))
        s.listen(1)
        with pytest.raises(ingest_pkg.IngestError, match="did not answer in time"):
            url_mod.fetch(f"http://127.0.0.1:{s.getsockname()[1]}/", timeout=0.3)


@pytest.mark.parametrize("url", ["http://", "http://[::1", "https://exa mple.com/x", "http://127.0.0.1:99999/"])
def test_malformed_urls(lib: Library, url: str) -> None:
    f = failure(run(lib, url))
    assert f["source"] == url and f["error"].startswith("cannot fetch")


def test_feed_with_a_declared_legacy_encoding(lib: Library, write: Writer) -> None:
    rss = ('<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Le Fil</title>'
           "<item><title>Crème brûlée à Noël</title><description>Le ministre a déclaré que la réforme était "
           "nécessaire, a dit Noël Müller.</description></item></channel></rss>")
    art = only(lib, run(lib, write("fil.rss", rss.encode("latin-1"))))
    assert art.title == "Crème brûlée à Noël"
    assert "déclaré que la réforme était nécessaire" in art.text


def test_feed_content_that_is_a_path_or_url_is_not_followed(lib: Library, write: Writer, web: LocalWeb) -> None:
    secret = write("secret.rss", '<rss version="2.0"><channel><item><title>private</title>'
                                 "<description>private words that must stay private here</description>"
                                 "</item></channel></rss>")
    web.serve("/secret", page("Secret", ARTICLE))
    for body in (str(secret), web.url("/secret")):
        result = run(lib, write("pointer.rss", body))
        assert not result.added and len(result.failed) == 1
    assert "/secret" not in web.hits


def test_relative_paths_are_stored_absolute(lib: Library, write: Writer, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write("rel/story.txt", ARTICLE)
    monkeypatch.chdir(path.parent.parent)
    art = only(lib, run(lib, "rel/story.txt"))
    assert art.source == str(path.resolve()) and Path(art.source).is_absolute()


# --------------------------------------------------------------------------- front matter and export fields


@pytest.mark.parametrize(
    "raw",
    [
        "---\nMOSCOW: The Kremlin said on Wednesday it opposed the plan.\n---\nMore text follows here.",
        "---\nJust a line of text between two rules.\n---\nMore text follows here.",
        "----------\nText under a rule, about the Kremlin and the talks.",
    ],
)
def test_text_that_only_looks_like_front_matter_is_kept(raw: str) -> None:
    meta, body = plain.split_front_matter(raw)
    assert meta == {}
    assert body == raw


def test_front_matter_lists_objects_and_timestamps(lib: Library, write: Writer) -> None:
    path = write("a.md", "---\nTitle: Talks\nauthors: [Jane Doe, John Roe]\npublished: 2025-08-27T10:31:00+03:00\n"
                         "tags: [kremlin]\n---\n" + ARTICLE)
    art = only(lib, run(lib, path))
    assert (art.title, art.author, art.published) == ("Talks", "Jane Doe, John Roe", "2025-08-27T07:31:00Z")


def test_front_matter_is_never_executed(lib: Library, write: Writer) -> None:
    evil = write("evil.md", '---\ntitle: !!python/object/apply:os.system ["touch /tmp/pwned-by-yaml"]\n---\nBody.')
    assert "malformed front matter" in failure(run(lib, evil))["error"]
    assert not Path("/tmp/pwned-by-yaml").exists()


def test_markdown_quotes_rules_and_emphasis(lib: Library, write: Writer) -> None:
    md = ("> “We view such discussions negatively,” Peskov told reporters.\n\n***\n\n"
          "The *Kremlin* said `talks` must be well prepared, a spokesman said on Wednesday.")
    art = only(lib, run(lib, write("a.md", md)))
    assert art.text == ("“We view such discussions negatively,” Peskov told reporters.\n\n"
                        "The Kremlin said talks must be well prepared, a spokesman said on Wednesday.")


def test_json_export_fields(lib: Library, write: Writer) -> None:
    obj = {"title": "Talks", "author": [{"name": "Jane Doe"}, "John Roe"], "date": 1756290660,
           "content": "<p>" + ARTICLE.replace("\n\n", "</p><p>") + "</p>"}
    art = only(lib, run(lib, write("export.json", json.dumps(obj))))
    assert art.author == "Jane Doe, John Roe"
    assert art.published == "2025-08-27T10:31:00Z"
    assert "<p>" not in art.text and art.text == ARTICLE


def test_a_page_declaring_its_charset_is_read_with_it(lib: Library, write: Writer) -> None:
    body = ("Přiliš černý kůň řekl, že město je krásné a že ministr souhlasí s reformou zdravotnictví.\n\n"
            "Mluvčí Kremlu Dmitrij Peskov ve středu řekl novinářům, že Rusko odmítá evropské mírové jednotky.\n\n"
            "Jednání budou pokračovat příští týden v Istanbulu, uvedl úřad prezidenta.")
    html = page("Zprávy", body).replace("<meta charset='utf-8'>", '<meta charset="windows-1250">')
    art = only(lib, run(lib, write("cz.html", html.encode("cp1250"))))
    assert art.text == body


def test_valid_utf8_wins_over_a_wrong_declaration() -> None:
    assert decode("naïve café — “quoted”".encode(), "iso-8859-1") == "naïve café — “quoted”"
    xml = '<?xml version="1.0" encoding="koi8-r"?><a>Министр сказал</a>'
    assert decode(xml.encode("koi8-r")) == xml


def test_html_today_banner_is_not_the_article_date(lib: Library, write: Writer) -> None:
    html = page("Kremlin rejects peacekeepers", ARTICLE).replace(
        "<header>", "<header><div class='date'>Today: <span>Apr 24, 2025</span></div>")
    art = only(lib, run(lib, write("banner.html", html)))
    assert art.published is None or not art.published.startswith("2025-04-24")


def test_html_published_meta_wins_over_a_banner_of_the_same_day(lib: Library, write: Writer) -> None:
    # the banner only discredits the extractor's own date guess, never the page's published-time tag
    html = page("Kremlin rejects peacekeepers", ARTICLE).replace(
        "<header>", "<header><div class='date'>Today: <span>Apr 24, 2025</span></div>").replace(
        "<meta charset='utf-8'>",
        "<meta charset='utf-8'><meta property='article:published_time' content='2025-04-24T09:30:00Z'>")
    art = only(lib, run(lib, write("meta-banner.html", html)))
    assert art.published is not None and art.published.startswith("2025-04-24T09:30")


def test_html_date_line_and_repeated_headline_are_furniture(lib: Library, write: Writer) -> None:
    html = page("Kremlin rejects peacekeepers", ARTICLE).replace(
        "<h1>", "<p class='dateline'>Published August 27, 2025</p><h1>")
    art = only(lib, run(lib, write("dated.html", html)))
    assert art.published == "2025-08-27"
    assert art.text == ARTICLE
    assert "Published August 27, 2025" in art.furniture


def test_a_file_named_like_an_agency_still_credits_its_dateline(lib: Library, write: Writer) -> None:
    # the outlet falls back to the file name "ap"; that is no evidence the copy is AP's own
    art = only(lib, run(lib, write("ap.txt", "MOSCOW (AP) — " + ARTICLE)))
    assert art.outlet == "ap"
    assert [c.name for c in art.credits] == ["AP"]


def test_an_outlets_own_dateline_is_no_credit(lib: Library, write: Writer) -> None:
    art = only(lib, run(lib, write("story.txt", "MOSCOW (AP) — " + ARTICLE), outlet="Associated Press"))
    assert art.outlet == "AP" and "AP" not in [c.name for c in art.credits]


def test_labels_and_promos_inside_an_extracted_page_are_furniture(lib: Library, write: Writer) -> None:
    body = "\n\n".join([
        "The Kremlin said on Wednesday it would not accept European troops in Ukraine as part of any deal.",
        "Also read: Zelensky says talks with Putin are possible",
        "Advertisement",
        "“We view such discussions negatively,” Kremlin spokesman Dmitry Peskov told reporters.",
        "Read more: Trump says he will meet Putin",
        "Update: the talks will resume next week in Geneva, diplomats said.",
        "Reporting by Anna Smith; Additional reporting by AFP",
    ])
    art = only(lib, run(lib, write("p.html", page("Kremlin rejects troops plan", body, site="Daily Example"))))
    for junk in ("Also read: Zelensky says talks with Putin are possible", "Advertisement",
                 "Read more: Trump says he will meet Putin"):
        assert junk in art.furniture and junk not in art.text
    assert "Update: the talks will resume next week" in art.text  # an update line is the story itself
    # "Reporting by ...; Additional reporting by AFP" is no Reuters sign-off without its "Editing by"
    assert {c.name: c.roles for c in art.credits} == {"AFP": ["contributor"]}


def test_picture_captions_of_the_article_give_photo_credits_but_sidebars_do_not(lib: Library, write: Writer) -> None:
    html = (
        "<!DOCTYPE html><html><head><title>Bridge closed</title></head><body><main><article><h1>Bridge closed</h1>"
        "<p>The city closed the harbour bridge on Friday after inspectors found rust in two of its cables.</p>"
        "<figure><img src='a.jpg'><figcaption>Inspectors on the bridge. Photograph: Lars Nyman/AFP via "
        "Getty Images</figcaption></figure>"
        "<p>Repairs will take a month, a council engineer said, and ferries will run every ten minutes.</p>"
        "</article><aside><figure><img src='b.jpg'><figcaption>Another story. Photo: Reuters</figcaption>"
        "</figure></aside></main></body></html>"
    )
    art = only(lib, run(lib, write("bridge.html", html)))
    assert {c.name: c.roles for c in art.credits} == {"AFP": ["photo"], "Getty Images": ["photo"]}
    assert "Photograph" not in art.text
    assert "Inspectors on the bridge. Photograph: Lars Nyman/AFP via Getty Images" in art.furniture


def test_unclosed_captions_cost_linear_time() -> None:
    import time

    from reader.engine.ingest import html as html_mod

    page = "<html><body><article>" + "<figcaption>x y z " * 100_000 + "</article></body></html>"
    start = time.perf_counter()
    assert html_mod.captions(page) == []
    html_mod._FIGCAPTION.sub(" ", page)
    assert time.perf_counter() - start < 2
