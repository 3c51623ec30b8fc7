"""Hostile text: random and adversarial Unicode through ingest, sentences, quotes, credits, alignment, export.

Properties: never an exception (other than IngestError for "no article here"), every span inside
the text, nothing invisible or terminal-controlling survives hygiene, and time grows linearly.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reader.engine import alignment, credits, export, provenance, quotes, text
from reader.engine.ingest import IngestError
from reader.engine.models import Article, Draft, Group, Span
from reader.engine.preparation import prepare
from reader.engine.store import Library, StoredArticle

PIECES = [
    "The minister said", " ", ". ", "! ", "? ", "… ", "\n", "\n\n", "\r\n", "\t", ",", ";", ":",
    '"', "'", "“", "”", "‘", "’", "«", "»", "„", "‹", "›", "「", "」", "—", "–", "(", ")", "[", "]",
    "\x1b[31m", "\x1b]0;pwned\x07", "\x1b]8;;http://x\x1b\\", "\x9b2J", "\x1bc", "\x07", "\x00", "\x08",
    "\x7f",
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f", "\u202a", "\u202b", "\u202e",
    "\u2066", "\u2067", "\u2068", "\u2069", "\u061c", "\u00ad", "\u0301", "\u0338", "\u2028", "\u2029",
    "\ud800", "\udfff", "\U0001f600", "\ufffd", "\u00a0", "\u3000",
    "Reuters", "AFP", "(AP)", "according to Reuters", "Photo: Getty Images", "told reporters",
    "said Mr. Smith",
    "Dmitry Peskov", "U.S.", "No. 10", "e.g.", "A.", "www.example.com", "http://example.com/a?b=c",
    "<b>", "</p>", "&amp;", "[bold]", "[/]", "**", "_", "`", "#", "|", "\\", "{", "}", "$", "%",
    "مرحبا", "שלום", "Ελλάδα", "Москва", "日本語", "한국어", "हिन्दी",
]

SENTENCES = [
    "The minister said on Tuesday that talks would resume next week. ",
    "“We are ready to continue the dialogue,” Peskov told reporters in Moscow. ",
    "According to Reuters, officials from both sides met in Istanbul.\n\n",
    "She added: \"Nothing has been decided yet.\" ",
    "The spokesman declined to comment, AFP reported. ",
    "MOSCOW (Reuters) - ",
    "Photo: Getty Images\n",
]
random_text = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(min_size=1, max_size=12)), min_size=0, max_size=120,
).map("".join)
article_like = st.lists(st.one_of(st.sampled_from(SENTENCES), st.sampled_from(PIECES)), min_size=3,
                        max_size=60).map("".join)
hostile_text = st.one_of(random_text, article_like)
words_text = st.lists(st.sampled_from(PIECES[:40] + PIECES[-25:]), min_size=5, max_size=200).map("".join)
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow],
                derandomize=True)

_FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _inside(span: Span | None, n: int) -> bool:
    return span is None or 0 <= span.start <= span.end <= n


def _check_article(art: StoredArticle) -> None:
    """The invariants every prepared article keeps, whatever came in."""
    t = art.text
    t.encode("utf-8")  # storable: no lone surrogates
    for field in (t, art.title, art.outlet, art.author or "", *art.furniture):
        assert not _FORBIDDEN.search(field), f"control or bidi character survived: {field[:80]!r}"
        field.encode("utf-8")
    prev_end = 0
    for s in art.sentences:
        assert prev_end <= s.start < s.end <= len(t)
        assert t[s.start : s.end] == s.text
        prev_end = s.end
    for q in art.quotes:
        assert _inside(q.content, len(t)) and _inside(q.speaker_mention, len(t)) and _inside(q.cue, len(t))
        assert q.sentence is None or 0 <= q.sentence < len(art.sentences)
    for c in art.credits:
        assert all(_inside(sp, len(t)) for sp in c.spans)
    assert all(-(2**63) <= k < 2**63 for k in art.band_keys), "band key does not fit an SQLite integer"


def _as_article(aid: int, art: StoredArticle) -> Article:
    return Article(id=aid, source=art.source, url=art.url, outlet=art.outlet, title=art.title,
                   published=art.published, author=art.author, text=art.text, fetched="2025-08-27T00:00:00Z",
                   furniture=art.furniture, sentences=art.sentences, quotes=art.quotes, credits=art.credits)


def _prepared(raw: str, *, paste: bool = True, **meta: str) -> StoredArticle | None:
    try:
        _, art = prepare(Draft(source="hostile.txt", text=raw, is_paste=paste, **meta))
    except IngestError as exc:
        assert str(exc) and "\n" not in str(exc)
        return None
    return art


# --------------------------------------------------------------------------- properties


@FAST
@given(raw=hostile_text, paste=st.booleans(), title=hostile_text, outlet=hostile_text, date=hostile_text)
@example(raw="Peskov said \ud800 “we are ready.” More words follow here.", paste=True, title="t", outlet="o",
         date="2025-08-27")
@example(raw="\x1b]0;pwned\x07The \u202eminister\u202c said “yes”.\x1b[2J", paste=False, title="\x1b[31mT",
         outlet="\u202eevil", date="\x00")
@example(raw="“" * 500 + "said he.", paste=True, title="", outlet="", date="99999-99-99")
def test_prepare_never_raises_and_keeps_every_span_inside(raw: str, paste: bool, title: str, outlet: str,
                                                          date: str) -> None:
    art = _prepared(raw, paste=paste, title=title, outlet=outlet, author=title[:40], published=date)
    if art is not None:
        _check_article(art)


@FAST
@given(raw=hostile_text)
def test_sentences_cover_raw_text_in_order(raw: str) -> None:
    """split_sentences on text that never went through hygiene still returns spans inside it."""
    prev = 0
    for s in text.split_sentences(raw):
        assert prev <= s.start < s.end <= len(raw) and raw[s.start : s.end] == s.text
        prev = s.end


@FAST
@given(raw=hostile_text, skip=st.lists(st.tuples(st.integers(-5, 400), st.integers(-5, 400)), max_size=3))
def test_quotes_stay_inside_any_text(raw: str, skip: list[tuple[int, int]]) -> None:
    sents = text.split_sentences(raw)
    spans = [Span(min(a, b), max(a, b)) for a, b in skip]
    for q in quotes.find_quotes(raw, sents, spans):
        n = len(raw)
        assert _inside(q.content, n) and _inside(q.speaker_mention, n) and _inside(q.cue, n)


@FAST
@given(raw=hostile_text, furniture=st.lists(hostile_text, max_size=4))
def test_credits_stay_inside_any_text(raw: str, furniture: list[str]) -> None:
    for c in credits.find_credits(raw, furniture):
        assert c.name and all(_inside(sp, len(raw)) for sp in c.spans)
        assert set(c.roles) <= {"source", "contributor", "cited", "photo"}


@FAST
@given(a_raw=words_text, b_raw=words_text, label=hostile_text)
def test_alignment_and_export_of_hostile_pairs(a_raw: str, b_raw: str, label: str) -> None:
    a, b = _prepared(a_raw + " said Reuters."), _prepared("“" + a_raw[: len(a_raw) // 2] + b_raw)
    if a is None or b is None:
        return
    _check_article(a)
    _check_article(b)
    art_a, art_b = _as_article(1, a), _as_article(2, b)
    al = alignment.align(art_a, art_b)
    for p in al.pairs:
        assert 0 <= p.a < len(a.sentences) and 0 <= p.b < len(b.sentences)
        for d in p.diff:
            assert _inside(d.a, len(a.sentences[p.a].text)) or _inside(d.a, len(a.text))
    assert set(al.unique_a) <= set(range(len(a.sentences)))
    assert set(al.unique_b) <= set(range(len(b.sentences)))
    pair_md = export.render_pair(art_a, art_b, al)
    group = Group(id=1, label=text.clean_line(label) or "g", article_ids=[1, 2], outlets=[a.outlet, b.outlet],
                  first_published=None)
    prov = provenance.build_provenance(group, [art_a, art_b], [al])
    group_md = export.render_group(group, [art_a, art_b], prov, [al])
    for md in (pair_md, group_md):
        md.encode("utf-8")
        assert "\x1b" not in md and "\x9b" not in md and not _FORBIDDEN.search(md)


def test_hostile_text_round_trips_through_the_library(tmp_path: Path) -> None:
    """Prepared hostile articles are stored, found by search and read back span for span."""
    samples = ["".join(PIECES[i::7]) * 3 for i in range(7)]
    samples.append("\u202eevil\u202c said “quoted” Reuters. " * 20)
    with Library(tmp_path / "lib.db") as lib:
        stored = 0
        for n, raw in enumerate(samples):
            art = _prepared(raw)
            if art is None:
                continue
            _check_article(art)
            with lib.transaction() as c:
                key = f"text:{n}:{hashlib.sha256(raw.encode('utf-8', 'replace')).hexdigest()}"
                _, aid = lib.write_article(c, key, art, "2025-08-27T00:00:00Z")
            back = lib.get(aid)
            assert back is not None and back.text == art.text
            assert [(s.start, s.end) for s in back.sentences] == [(s.start, s.end) for s in art.sentences]
            stored += 1
        assert stored >= 4
        assert lib.integrity_check() == []


# --------------------------------------------------------------------------- size and time


def _seconds(fn: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def _linear(fn: Callable[[str], object], make: Callable[[int], str], n: int) -> None:
    """Quadrupling the input may not cost much more than four times the time (quadratic would be 16x)."""
    small, big = make(n), make(4 * n)
    t1 = _seconds(lambda: fn(small))
    t4 = _seconds(lambda: fn(big))
    assert t4 < 8 * t1 + 0.05, f"{len(small)} chars: {t1:.3f} s; {len(big)} chars: {t4:.3f} s — superlinear"


SHAPES: dict[str, Callable[[int], str]] = {
    "hard-wrapped lines": lambda n: "word and more\n" * (n // 14),
    "one paragraph of tiny sentences": lambda n: "Ab cd. " * (n // 7),
    "tiny paragraphs": lambda n: "".join(f"Item {i} ok.\n\n" for i in range(n // 14)),
    "unbalanced open quotes": lambda n: "“" * (n // 2) + " said he. " * (n // 20),
    "nested quotes": lambda n: "“a ‘b “c ‘d " * (n // 12) + "’”’” he said.",
    "straight quotes and apostrophes": lambda n: "\"it's\" '" * (n // 9),
    "dots and marks": lambda n: ".!?…" * (n // 4) + " Then.",
    "abbreviations": lambda n: "Mr. Dr. U.S. No. e.g. " * (n // 22),
    "escape storm": lambda n: "\x1b[31m\u202e\u200bword " * (n // 12),
}
SLOW = pytest.mark.skipif(not os.environ.get("NEWSROOM_SLOW_TESTS"),
                          reason="minutes-long bounds; set NEWSROOM_SLOW_TESTS=1")


@pytest.mark.parametrize("shape", list(SHAPES))
def test_prepare_time_grows_linearly(shape: str) -> None:
    _linear(lambda s: _prepared(s), SHAPES[shape], 8_000)


@pytest.mark.parametrize("shape", ["hard-wrapped lines", "one paragraph of tiny sentences", "dots and marks",
                                   "unbalanced open quotes", "tiny paragraphs"])
def test_normalize_and_split_time_grows_linearly(shape: str) -> None:
    _linear(lambda s: text.split_sentences(text.normalize(s)), SHAPES[shape], 25_000)


def _ten_megabyte_line() -> str:
    unit = "plain words " * 80 + "“a quote” said Reuters; (AFP) "
    return (unit * (10 * 1024 * 1024 // len(unit) + 1))[: 10 * 1024 * 1024]


def test_a_ten_megabyte_single_line() -> None:
    """10 MB without a line break through all of prepare (hygiene, sentences, quotes, credits, grouping)."""
    line = _ten_megabyte_line()
    start = time.perf_counter()
    art = _prepared(line)
    took = time.perf_counter() - start
    assert art is not None
    _check_article(art)
    assert took < 20, f"prepare took {took:.1f} s on a 10 MB line"


def test_a_hundred_thousand_tiny_sentences_split() -> None:
    raw = SHAPES["tiny paragraphs"](1_400_000)
    start = time.perf_counter()
    clean = text.normalize(raw)
    sents = text.split_sentences(clean)
    took = time.perf_counter() - start
    assert len(sents) == 100_000
    assert all(clean[s.start : s.end] == s.text for s in sents[::997])
    assert took < 5, f"{took:.1f} s"


@SLOW
@pytest.mark.parametrize("shape", ["tiny paragraphs", "one paragraph of tiny sentences"])
def test_a_hundred_thousand_tiny_sentences_prepared(shape: str) -> None:
    raw = SHAPES[shape](1_400_000 if shape == "tiny paragraphs" else 700_000)
    start = time.perf_counter()
    art = _prepared(raw)
    took = time.perf_counter() - start
    assert art is not None and len(art.sentences) >= 90_000
    _check_article(art)
    assert took < 60, f"{took:.1f} s"


@SLOW
def test_a_ten_megabyte_line_of_quote_dense_text() -> None:
    line = ("word “quote” Reuters said, and (AFP) more words here " * 200_000)[: 10 * 1024 * 1024]
    start = time.perf_counter()
    art = _prepared(line)
    took = time.perf_counter() - start
    assert art is not None
    _check_article(art)
    assert took < 120, f"{took:.1f} s"
