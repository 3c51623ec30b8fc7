"""Markdown export: golden output for the seed briefing, structure checked by parsing, hostile text."""

from __future__ import annotations

import itertools
import json
import os
import re
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs
from markdown_it import MarkdownIt

from reader.engine.export import render_group, render_pair, write_export
from reader.engine.markdown import (
    escape_block,
    escape_cell,
    escape_inline,
    format_time,
    link,
    outlet_key,
    safe_url,
    sort_key_time,
)
from reader.engine.models import (
    Alignment,
    Article,
    ArticleShare,
    Carriage,
    Credit,
    Derivation,
    Group,
    Pair,
    Provenance,
    Sentence,
    Span,
    Statement,
    WordDiff,
)
from reader.engine.text import fold, normalize, split_sentences, strip_controls

footnote = pytest.importorskip("mdit_py_plugins.footnote").footnote_plugin

GOLDEN = Path(__file__).parent / "golden"
SEEDS = Path(os.environ.get("NEWSROOM_SEEDS", Path(__file__).resolve().parents[3] / "shared" / "seeds"))


def md() -> MarkdownIt:
    """A CommonMark parser with GFM tables and footnotes, as GitHub and Obsidian render them."""
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).use(footnote)


# --------------------------------------------------------------------------- fixtures


def make_article(aid: int, text: str, outlet: str, **kw) -> Article:
    """An article with normalised text and real sentence offsets."""
    body = normalize(text)
    kw.setdefault("url", f"https://example.org/{aid}")
    kw.setdefault("title", f"Report {aid}")
    kw.setdefault("published", f"2025-08-27T1{aid % 10}:00:00+00:00")
    kw.setdefault("fetched", "2025-08-28T09:00:00+00:00")
    kw.setdefault("author", None)
    return Article(id=aid, source=f"test:{aid}", outlet=outlet, text=body, sentences=split_sentences(body), **kw)


def _seed_group() -> tuple[Group, list[Article], Provenance, list[Alignment]]:
    """The seeds' Kremlin briefing group (000, 001, 004), annotated by hand from gold.json."""
    if not SEEDS.is_dir():
        pytest.skip(f"seed corpus not found at {SEEDS}")
    gold = json.loads((SEEDS / "gold.json").read_text(encoding="utf-8"))
    meta = {
        "001": (1, "Outlet One", "2025-08-27T10:05:00+00:00"),
        "004": (2, "TRT World", "2025-08-27T11:30:00+00:00"),
        "000": (3, "Outlet Zero", "2025-08-27T14:12:00+00:00"),
    }
    articles: dict[str, Article] = {}
    for name in gold["groups"][0]:
        code = name[:3]
        aid, outlet, published = meta[code]
        paras = normalize((SEEDS / name).read_text(encoding="utf-8")).split("\n\n")
        junk = set(gold["articles"][name]["junk"])
        if code == "004":  # page header before the first body paragraph, related headlines after it
            head = next(n for n, p in enumerate(paras) if p.startswith("The Kremlin on Wednesday"))
            tail = next(n for n, p in enumerate(paras) if p.startswith("RelatedTRT Global - Trump"))
            junk |= set(paras[:head]) | set(paras[tail:])
        body = "\n\n".join(p for p in paras if p not in junk)
        credits = [Credit(c["name"], c["roles"], c["evidence"].split(" | ")) for c in gold["articles"][name]["credits"]]
        articles[code] = make_article(
            aid,
            body,
            outlet,
            published=published,
            title=f"Kremlin briefing as told by {outlet}",
            furniture=[p for p in paras if p in junk],
            credits=credits,
        )
    statements = []
    for sid, st in enumerate(gold["statements"], 1):
        carriers = []
        for code in sorted(st["in"], key=lambda c: articles[c].id):
            label, wording = st["in"][code]
            art = articles[code]
            at = fold(art.text).find(fold(wording))
            assert at >= 0, (code, wording)
            sent = next(s for s in art.sentences if s.start <= at < s.end)
            carriers.append(Carriage(art.id, label, sent.i, wording))
        summary = st["id"].replace("-", " ").capitalize()
        statements.append(Statement(sid, st["speaker"], summary, carriers, carriers[0].article_id))
    by_id = {a.id: a for a in articles.values()}
    alignments = []
    for x, y in itertools.combinations(sorted(by_id), 2):
        pairs = []
        for st in statements:
            cx = next((c for c in st.carriers if c.article_id == x), None)
            cy = next((c for c in st.carriers if c.article_id == y), None)
            if cx and cy:
                label = "quote-variant" if cx.label == cy.label == "quote" else "paraphrase"
                pairs.append(Pair(cx.sentence, cy.sentence, label, 0.8))
        used_x, used_y = {p.a for p in pairs}, {p.b for p in pairs}
        alignments.append(
            Alignment(
                x,
                y,
                pairs,
                [s.i for s in by_id[x].sentences if s.i not in used_x],
                [s.i for s in by_id[y].sentences if s.i not in used_y],
            )
        )
    shares = []
    for art in by_id.values():
        used = {c.sentence for st in statements for c in st.carriers if c.article_id == art.id}
        para = sum(len(art.sentences[i].text.split()) for i in used) / art.words
        shares.append(ArticleShare(art.id, 0.0, para, 1 - para))
    provenance = Provenance(7, sorted(by_id), statements, shares, [])
    group = Group(
        7,
        "Kremlin briefing, 27 August 2025",
        sorted(by_id),
        [a.outlet for a in by_id.values()],
        "2025-08-27T10:05:00+00:00",
    )
    alignments.reverse()  # input order must not matter
    return group, list(reversed(by_id.values())), provenance, alignments


def _adversarial() -> tuple[Group, list[Article], Provenance, list[Alignment]]:
    """Two outlets whose text, titles and metadata try every trick Markdown offers."""
    hostile = [
        "Prices | rose | 5% as *markets* and __bonds__ fell, said `ops` <b>chief</b> [Ann](javascript:alert(1)).",
        "<script>alert('x')</script> <!-- hidden --> &lt;tag&gt; &#x202E; ![img](http://e.vil/p.png) [^s1].",
        "# Not a heading, > not a quote, - not a list, 1. not a list, ~~struck~~ and $x + y$ math.",
        "Obsidian %%comment%% ==highlight== [[wiki link]] #tag ^blockid, trailing backslash \\",
        "Ends with asterisks ***",
        "x" * 20000 + " | " + "y*" * 5000 + ".",
    ]
    a_text = "\n\n".join(hostile[:3]) + "\n\n" + "\n\n".join(hostile[3:])
    b_text = "\n\n".join([hostile[0], "A line of our own | with a pipe.", hostile[2], hostile[4]])
    a = make_article(
        1,
        a_text,
        "Pipe | Outlet *Daily*",
        title="# Title with <i>html</i> | pipes",
        url="https://example.org/a?x=1|2&y=<z>",
        credits=[Credit("AFP | Wire", ["source"], ["Source: `AFP`"])],
        furniture=["FURNITURE-MARKER subscribe now"],
        author="<b>Jane</b> *Doe* | [desk]",
        revisions=3,
    )
    b = make_article(2, b_text, "[Bracket](http://e.vil) News", url="javascript:alert(1)", title="Plain title")
    assert [s.text for s in a.sentences[:1]] == [hostile[0]]
    pairs = [Pair(0, 0, "verbatim", 1.0), Pair(2, 2, "paraphrase", 0.6), Pair(4, 3, "quote-variant", 0.9)]
    al = Alignment(1, 2, pairs, [1, 3, 5], [1])
    st = Statement(
        1,
        "Ann *Boss* | CEO",
        "Markets [fell] <b>hard</b>",
        [Carriage(1, "quote", 0, hostile[0]), Carriage(2, "paraphrase", 0, "markets | fell")],
        1,
    )
    st2 = Statement(2, None, "Only in A", [Carriage(1, "paraphrase", 3, hostile[3]), Carriage(2, "absent", -1, "")])
    prov = Provenance(
        3,
        [1, 2],
        [st, st2],
        [ArticleShare(1, 0.2, 0.1, 0.7)],
        [Derivation(2, 1, 0.42, "credits `AFP` | tracks [1] <i>closely</i>")],
    )
    group = Group(3, "Briefing | *with* <em>markup</em>", [1, 2], [a.outlet, b.outlet], a.published)
    return group, [a, b], prov, [al]


def _text(tokens) -> str:
    """All text a reader sees in parsed Markdown (inline text and code), in order."""
    return " ".join("".join(c.content for c in t.children or [] if c.type in ("text", "code_inline")) for t in tokens)


def _tables(tokens) -> list[list[list[str]]]:
    """Each table as rows of cell texts (header row first)."""
    tables: list[list[list[str]]] = []
    for n, t in enumerate(tokens):
        if t.type == "table_open":
            tables.append([])
        elif t.type == "tr_open":
            tables[-1].append([])
        elif t.type == "inline" and tokens[n - 1].type in ("th_open", "td_open"):
            tables[-1][-1].append(_text([t]))
    return tables


# --------------------------------------------------------------------------- golden


def _golden(name: str, out: str) -> None:
    """Compare with a golden file; UPDATE_GOLDEN=1 rewrites it (review the diff before committing)."""
    golden = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(out, encoding="utf-8", newline="\n")
    assert out == golden.read_text(encoding="utf-8")


def _engine_group() -> tuple[Group, list[Article], Provenance, list[Alignment]]:
    """The seed group analysed by the real engine: quotes, credits, alignment, statements, provenance."""
    quotes = pytest.importorskip("reader.engine.quotes")
    credits = pytest.importorskip("reader.engine.credits")
    alignment = pytest.importorskip("reader.engine.alignment")
    provenance = pytest.importorskip("reader.engine.provenance")
    group, articles, _, _ = _seed_group()
    articles = sorted(articles, key=lambda a: a.id)
    for art in articles:
        art.quotes = quotes.find_quotes(art.text, art.sentences)
        art.credits = credits.find_credits(art.text, art.furniture)
    alignments = [alignment.align(x, y) for x, y in itertools.combinations(articles, 2)]
    return group, articles, provenance.build_provenance(group, articles, alignments), alignments


def test_seed_group_matches_golden() -> None:
    _golden("seed_group.md", render_group(*_seed_group()))


def test_seed_pair_matches_golden() -> None:
    group, articles, prov, alignments = _seed_group()
    by_id = {a.id: a for a in articles}
    al = next(x for x in alignments if (x.a_id, x.b_id) == (1, 2))
    _golden("seed_pair.md", render_pair(by_id[1], by_id[2], al, prov.statements))


def test_seed_group_through_the_real_engine_matches_golden() -> None:
    group, articles, prov, alignments = _engine_group()
    out = render_group(group, articles, prov, alignments)
    tokens = md().parse(out)
    refs = {c.meta["label"] for t in tokens for c in t.children or [] if c.type == "footnote_ref"}
    assert refs == {t.meta["label"] for t in tokens if t.type == "footnote_open"}
    assert all(len({len(r) for r in tb}) == 1 for tb in _tables(tokens))
    _golden("seed_group_engine.md", out)


def test_output_is_deterministic_whatever_the_input_order() -> None:
    group, articles, prov, alignments = _seed_group()
    first = render_group(group, articles, prov, alignments)
    again = render_group(group, list(reversed(articles)), prov, list(reversed(alignments)))
    assert first == again
    assert first.endswith("\n") and not first.endswith("\n\n")


# --------------------------------------------------------------------------- structure


def test_seed_tables_and_footnotes_parse_as_meant() -> None:
    group, articles, prov, alignments = _seed_group()
    tokens = md().parse(render_group(group, articles, prov, alignments))
    outlets, matrix = _tables(tokens)
    assert outlets[0] == ["Key", "Outlet", "Published", "URL", "Credits", "Words", "Verbatim", "Paraphrased", "Unique"]
    assert [r[:2] for r in outlets[1:]] == [["A", "Outlet One"], ["B", "TRT World"], ["C", "Outlet Zero"]]
    assert outlets[2][4] == "AFP (source, cited); Reuters (photo)"
    assert all(re.fullmatch(r"\d+%", c) for r in outlets[1:] for c in r[6:])
    assert len(matrix) == 1 + len(prov.statements)
    labels = {c.removesuffix(" (first)") for r in matrix[1:] for c in r[2:]}
    assert labels <= {"quote", "partial quote", "paraphrase", "absent"}
    negative_view = matrix[1]
    assert negative_view[1] == "Dmitry Peskov" and negative_view[2:] == ["partial quote (first)", "quote", "quote"]
    assert matrix[4][2] == "absent"  # guarantees: not in the first report

    refs = [c.meta["label"] for t in tokens for c in t.children or [] if c.type == "footnote_ref"]
    defs = [t.meta["label"] for t in tokens if t.type == "footnote_open"]
    assert sorted(set(refs)) == sorted(defs) == sorted(f"s{st.id}" for st in prov.statements)
    assert refs.count("s1") == 3  # one reference in each report carrying it
    assert "[^" not in _text(tokens)  # every reference resolved
    hrefs = [c.attrs["href"] for t in tokens for c in t.children or [] if c.type == "link_open"]
    urls = [f"https://example.org/{i}" for i in (1, 2, 3)]
    assert hrefs == urls + urls + urls  # outlet table, article headings, sources


def test_annotated_text_marks_are_visible_without_rendering() -> None:
    group, articles, prov, alignments = _seed_group()
    out = render_group(group, articles, prov, alignments)
    assert '[Q:C] **"We view such discussions negatively,"' in out
    assert "[P:A,C] *He said Russia's desire" in out
    html = md().render(out)
    assert "[Q:C] <strong>&quot;We view such discussions negatively,&quot;" in html
    assert "[P:A,C] <em>He said Russia's desire" in html


def test_furniture_is_left_out_and_every_body_sentence_kept() -> None:
    group, articles, prov, alignments = _seed_group()
    out = render_group(group, articles, prov, alignments)
    seen = _text(md().parse(out))
    for art in articles:
        assert art.furniture or art.id != 2
        evidence = {e for cr in art.credits for e in cr.evidence}
        for junk in art.furniture:
            assert junk in evidence or junk not in out
        for s in art.sentences:
            assert s.text in seen


# --------------------------------------------------------------------------- hostile text


@pytest.mark.parametrize("kind", ["group", "pair"])
def test_hostile_text_survives_intact_and_harmless(kind: str) -> None:
    group, (a, b), prov, (al,) = _adversarial()
    out = render_group(group, [a, b], prov, [al]) if kind == "group" else render_pair(a, b, al, prov.statements)
    tokens = md().parse(out)
    inline = [c for t in tokens for c in t.children or []]
    assert not [c for c in inline if c.type in ("html_inline", "image", "code_inline", "s_open")]
    assert not [t for t in tokens if t.type in ("html_block", "code_block", "fence", "blockquote_open", "hr")]
    assert {c.attrs["href"] for c in inline if c.type == "link_open"} == {"https://example.org/a?x=1%7C2&y=%3Cz%3E"}
    headings = [tokens[n + 1].content for n, t in enumerate(tokens) if t.type == "heading_open"]
    assert all(not h.startswith("Not a heading") for h in headings)
    assert "FURNITURE-MARKER" not in out
    seen = _text(tokens)
    for art in (a, b):
        for s in art.sentences:
            assert " ".join(s.text.split()) in seen, s.text[:60]
    assert "Pipe | Outlet *Daily*" in seen and "[Bracket](http://e.vil) News" in seen
    assert "javascript:alert(1)" in seen  # shown as text, never as a link
    if kind == "group":
        assert "by <b>Jane</b> *Doe* | [desk] · https://example.org/a?x=1|2&y=<z> · 3 stored revisions" in seen
    html = md().render(out)
    assert "<script" not in html and "<b>" not in html and "<i>" not in html and "<!--" not in html
    for table in _tables(tokens):
        assert len({len(r) for r in table}) == 1  # no row gained or lost a cell


def test_hostile_pair_rows_keep_every_sentence_once() -> None:
    group, (a, b), prov, (al,) = _adversarial()
    rows = _tables(md().parse(render_pair(a, b, al, prov.statements)))[-1]
    assert rows[0] == ["#", "Match", "A · Pipe | Outlet *Daily*", "B · [Bracket](http://e.vil) News"]
    left = [r[2] for r in rows[1:] if r[2]]
    right = [r[3] for r in rows[1:] if r[3]]
    assert left == [" ".join(s.text.split()) for s in a.sentences]
    assert sorted(right) == sorted(" ".join(s.text.split()) for s in b.sentences)


# --------------------------------------------------------------------------- escaping

_NASTY = "\\`*_[]<>|~$#^&%=!-+.():;\"'#1aZ \n\t\u00a0\u2028é漢😀\x1b\u202e“”‘’«»—…"


def _seen(source: str) -> str:
    return _text(md().parse(source))


def _plain(s: str) -> str:
    return " ".join(strip_controls(s).split())


@settings(max_examples=400, deadline=None)
@given(hs.text(alphabet=_NASTY, max_size=40))
def test_escaped_text_renders_as_exactly_itself_everywhere(s: str) -> None:
    e, want = escape_inline(s), _plain(s)
    assert "\n" not in e
    if not want:
        assert e == ""
        return
    contexts = {
        "paragraph": e,
        "heading": f"# {e}",
        "list": f"- {e}",
        "strong": f"[V:B] **{e}**[^s1]\n\n[^s1]: note",
        "emphasis": f"x *{e}* y",
        "cell": f"| h |\n| --- |\n| {escape_cell(s)} |",
    }
    for where, source in contexts.items():
        tokens = md().parse(source)
        blocks = [t.type for t in tokens if t.type.endswith("_open") and t.nesting == 1]
        assert not {"blockquote_open", "code_block", "fence", "html_block", "hr"} & set(blocks), where
        inline = [c.type for t in tokens for c in t.children or []]
        assert not {"html_inline", "link_open", "image", "code_inline", "s_open"} & set(inline), where
        inlines = [t for t in tokens if t.type == "inline"]
        got = _text(inlines[-1:] if where == "cell" else inlines[:1])
        if where == "strong":
            assert got == f"[V:B] {want}" and "strong_open" in inline and "footnote_ref" in inline, (s, e, got)
        elif where == "emphasis":
            assert got == f"x {want} y" and "em_open" in inline, (s, e, got)
        else:
            assert got == want, (where, s, e, got)


def test_escape_leaves_ordinary_prose_alone() -> None:
    prose = "Peskov said: \"It's 5% higher (again) - really!\" Isn't it? Q&A: 1.5 times, e.g. 3:2."
    assert escape_inline(prose) == prose
    assert escape_inline("a_b *c* [d] <e> `f` |g| ~h~ $i$ #j ^k \\l") == (
        "a\\_b \\*c\\* \\[d\\] \\<e> \\`f\\` \\|g\\| \\~h\\~ \\$i\\$ \\#j \\^k \\\\l"
    )


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("> quote", "\\> quote"),
        ("- item", "\\- item"),
        ("+ item", "\\+ item"),
        ("---", "\\---"),
        ("===", "\\=\\=\\="),
        ("2025. A year", "2025\\. A year"),
        ("3) third", "3\\) third"),
        ("-5 degrees", "-5 degrees"),
        ("1.5 million", "1.5 million"),
        ("&amp; &#169; & AT&T", "\\&amp; &\\#169; & AT&T"),
        ("%%hide%% 50%", "\\%\\%hide\\%\\% 50%"),
        ("a == b = c", "a \\=\\= b = c"),
        ("  padded\n\nlines\r\n", "padded lines"),
        ("\x1b[31mred\x1b[0m \u202eevil", "red evil"),
        ("", ""),
        (None, ""),
    ],
)
def test_escape_inline_cases(raw: str | None, escaped: str) -> None:
    assert escape_inline(raw) == escaped


def test_escape_block_keeps_paragraphs() -> None:
    assert escape_block("# one\n\n> two\n\n\n*three*") == "\\# one\n\n\\> two\n\n\\*three\\*"
    assert escape_block(None) == ""


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a b?c=<d>|e", "<https://example.org/a%20b?c=%3Cd%3E%7Ce>"),
        ("HTTP://Example.org/x_(y)*", "<HTTP://Example.org/x_(y)*>"),
        ("https://example.org/caf%C3%A9", "<https://example.org/caf%C3%A9>"),
        ('https://例え.jp/ニュース?q=a`b"c\\d\u3000e', "<https://例え.jp/ニュース?q=a%60b%22c%5Cd%E3%80%80e>"),
        ("javascript:alert(1)", "javascript:alert(1)"),
        ("data:text/html,<b>x</b>", "data:text/html,\\<b>x\\</b>"),
        ("https://", "https://"),
        (None, ""),
    ],
)
def test_link_is_an_autolink_only_for_web_urls(url: str | None, expected: str) -> None:
    assert link(url) == expected
    if expected.startswith("<"):
        tokens = md().parseInline(expected)[0].children
        assert tokens[0].type == "link_open" and tokens[0].attrs["href"].lower().startswith("http")
    else:
        assert safe_url(url) is None


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("2025-08-27T10:05:00+00:00", "2025-08-27 10:05 UTC"),
        ("2025-08-27T10:05:00Z", "2025-08-27 10:05 UTC"),
        ("2025-08-27T13:05:00+03:00", "2025-08-27 13:05 UTC+03:00"),
        ("2025-08-27T10:05:00-04:30", "2025-08-27 10:05 UTC-04:30"),
        ("2025-08-27T10:05", "2025-08-27 10:05"),
        ("2025-08-27", "2025-08-27"),
        ("Wed, 27 Aug | *soon*", "Wed, 27 Aug \\| \\*soon\\*"),
        (None, "unknown"),
    ],
)
def test_format_time(value: str | None, shown: str) -> None:
    assert format_time(value) == shown


def test_outlet_keys_run_past_z() -> None:
    assert [outlet_key(i) for i in (0, 1, 25, 26, 27, 701, 702)] == ["A", "B", "Z", "AA", "AB", "ZZ", "AAA"]


# --------------------------------------------------------------------------- robustness


def test_broken_inputs_never_crash_or_drop_text() -> None:
    a = make_article(1, "First sentence here. Second one *here*.\n\nThird | para.", "One")
    b = make_article(2, "Other text entirely.", "Two", published=None, url=None)
    a.sentences.append(Sentence(99, 5, 500, "out of range"))  # offsets past the text are ignored
    al = Alignment(1, 2, [Pair(0, 0, "verbatim", 1), Pair(7, 0, "paraphrase", 1), Pair(1, 0, "bogus", 1)], [], [])
    st = Statement(1, None, "x", [Carriage(1, "quote", 42, "x"), Carriage(3, "quote", 0, "y")], 3)
    prov = Provenance(1, [5, 2], [st, st], [], [Derivation(9, 1, float("nan"), "")])
    group = Group(1, "", [1, 2], [], None)
    out = render_group(group, [a, b, a], prov, [al, Alignment(1, 1, [], [], []), Alignment(5, 6, [], [], [])])
    seen = _seen(out)
    for s in a.sentences[:3] + b.sentences:
        assert s.text in seen
    assert "[^" not in seen and "untitled group" in out
    pair = render_pair(a, b, Alignment(8, 9, [Pair(0, 0, "verbatim", 1)], [], []))
    assert "verbatim |" not in pair and "Other text entirely." in _seen(pair)
    assert render_group(Group(2, "Empty", [], [], None), [], Provenance(2, [], [], [], []), []).startswith(
        "# Coverage comparison: Empty\n\nNo articles"
    )
    same = render_pair(a, a, Alignment(1, 1, [], [], []))
    assert "First sentence here." in _seen(same)


def test_large_group_renders_in_bounded_time() -> None:
    body = " ".join(f"Sentence {n} says | something *new* about [item {n}]." for n in range(20000))
    arts = [make_article(i, body, f"Outlet {i}") for i in range(1, 4)]
    pairs = [Pair(n, n, "verbatim", 1.0) for n in range(0, 20000, 2)]
    als = [Alignment(x, y, pairs, [], []) for x, y in itertools.combinations(range(1, 4), 2)]
    sts = [
        Statement(n, "Speaker", f"claim {n}", [Carriage(i, "quote", n, "w") for i in range(1, 4)], 1)
        for n in range(0, 20000, 100)
    ]
    prov = Provenance(1, [1, 2, 3], sts, [], [])
    start = time.perf_counter()
    out = render_group(Group(1, "Big", [1, 2, 3], [], None), arts, prov, als)
    elapsed = time.perf_counter() - start
    assert elapsed < 10
    counts = (out.count("[V:B,C] **Sentence"), out.count("[^s100]"), out.count("[^s100]:"))
    assert counts == (10000, 4, 1)  # three references and one definition


# --------------------------------------------------------------------------- writing


def test_write_export_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "comparison.md"
    write_export(target, "first ✓\n")
    assert target.read_bytes() == "first ✓\n".encode()
    assert target.stat().st_mode & 0o777 == 0o644
    with pytest.raises(FileExistsError):
        write_export(target, "second\n", force=False)
    assert target.read_text(encoding="utf-8") == "first ✓\n"
    write_export(target, "second\r\n", force=True)
    assert target.read_bytes() == b"second\r\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["comparison.md"]  # no temporary left behind


def test_write_export_into_missing_folder_fails_cleanly(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_export(tmp_path / "nope" / "x.md", "x", force=True)


def test_pair_shows_word_changes_of_near_verbatim_rows_either_way_round() -> None:
    a = make_article(1, "Peskov told reporters the talks were useful.", "One")
    b = make_article(2, "Peskov said the talks were *very* useful.", "Two")
    ta, tb = a.sentences[0].text, b.sentences[0].text

    def sp(text: str, word: str) -> Span:
        at = text.index(word)
        return Span(at, at + len(word))

    diff = [
        WordDiff("equal", sp(ta, "Peskov"), sp(tb, "Peskov")),
        WordDiff("replace", sp(ta, "told reporters"), sp(tb, "said")),
        WordDiff("equal", sp(ta, "the talks were"), sp(tb, "the talks were")),
        WordDiff("insert", Span(sp(ta, "useful").start, sp(ta, "useful").start), sp(tb, "*very*")),
        WordDiff("delete", Span(0, 999), Span(0, 0)),  # out of the sentence: ignored
    ]
    forward = Alignment(1, 2, [Pair(0, 0, "verbatim", 0.96, diff)], [], [])
    rows = _tables(md().parse(render_pair(a, b, forward)))[-1]
    assert rows[1][:2] == ["1", "verbatim: “told reporters” → “said”, +“*very*”"]
    flipped = [WordDiff(d.op, d.b, d.a) for d in diff]
    backward = Alignment(2, 1, [Pair(0, 0, "verbatim", 0.96, flipped)], [], [])
    assert render_pair(a, b, backward) == render_pair(a, b, forward)


def test_large_pair_renders_in_bounded_time() -> None:
    body = "\n\n".join(f"Paragraph {n} has a claim | with *marks* [{n}]." for n in range(30000))
    a, b = make_article(1, body, "One"), make_article(2, body, "Two")
    pairs = [Pair(n, 30000 - 1 - n, "paraphrase", 0.5) for n in range(0, 30000, 3)]
    start = time.perf_counter()
    out = render_pair(a, b, Alignment(1, 2, pairs, [], []))
    elapsed = time.perf_counter() - start
    assert elapsed < 10
    assert out.count("\n| ") == 4 + 2 + 10000 + 2 * 20000  # outlet table, pair table head, paired, one-sided


def test_times_order_by_instant_not_by_text() -> None:
    stamps = ["2025-08-27T12:00:00+03:00", None, "2025-08-27T10:30:00Z", "garbage", "2025-08-27T08:00:00-02:00"]
    ordered = sorted(stamps, key=sort_key_time)
    assert ordered[:3] == ["2025-08-27T12:00:00+03:00", "2025-08-27T08:00:00-02:00", "2025-08-27T10:30:00Z"]
    assert set(ordered[3:]) == {None, "garbage"}
