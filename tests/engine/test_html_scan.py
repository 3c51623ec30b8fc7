"""The page scans that try a pattern only where it can begin find exactly what a scan of every character finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.engine.ingest import html, html_scan, html_top

_PIECES = st.sampled_from(
    ['<div class="', "<p ", "<span id=x ", "class", "CLASS", " = ", "=", '"', "'", " ", "\n", ">", "</div>", "</p>",
     "</span>", "<", "standfirst", "Sub-Head", "subhead", "dek", "deck", "decks", "DEK", "summary", "excerpt",
     "x", "\u017f", "\u0130", "\u212a",
     "Today", "today:", "NOW", "now", "snow", "Now is", " | ", "27 August 2025", "2025-08-27",
     "<b>", "</b>", "The minister said the talks would go on for a long while yet. ", "é", "’"]
)
_SPACE = st.sampled_from(["", " ", "  ", "\n", "\u00a0"])
_CLASS_WORDS = st.lists(st.sampled_from(["standfirst", "Sub-Head", "dek", "deck", "decks", "x-summary", "lead", "ſub",
                                         "a>b", '"', "EXCERPT"]), max_size=3).map(" ".join)
_TAGS = st.builds(
    lambda name, before, sp1, sp2, quote, value, content: (
        f"<{name}{before} class{sp1}={sp2}{quote}{value}{quote}>{content}</{name}>"),
    st.sampled_from(["p", "div", "h2", "span"]), st.sampled_from(["", " id='top'", ' data-x="<"', " a=b"]),
    _SPACE, _SPACE, st.sampled_from(['"', "'"]), _CLASS_WORDS,
    st.sampled_from(["", "Short.", "The minister said the talks would go on for a long while yet, aides said."]),
)
_PAGES = st.lists(st.one_of(_PIECES, _TAGS), max_size=30).map("".join)


def _spans(matches) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:  # type: ignore[no-untyped-def]
    return [(m.span(), m.groups()) for m in matches]


@settings(max_examples=1500, deadline=None)
@given(_PAGES)
def test_banner_matches_are_those_of_a_full_scan(page: str) -> None:
    low = html_scan.lowered(page)
    if low is None:
        return
    fast = html_scan.matches_at(html._BANNER, page, html_scan.occurrences(low, html._BANNER_WORDS, len(page)),
                                len(page))
    assert _spans(fast) == _spans(html._BANNER.finditer(page))


@settings(max_examples=1500, deadline=None)
@given(_PAGES)
def test_standfirst_matches_are_those_of_a_full_scan(page: str) -> None:
    low = html_scan.lowered(page)
    if low is None:
        return
    starts = html_scan.tags_with_class_word(page, low, html_top._STANDFIRST_WORDS, len(page))
    fast = html_scan.matches_at(html_top._STANDFIRST, page, starts, len(page))
    assert _spans(fast) == _spans(html_top._STANDFIRST.finditer(page, 0, len(page)))


def test_letters_that_fold_to_ascii_send_the_page_to_the_full_scan() -> None:
    assert html_scan.lowered("<div class='\u017ftandfirst'>") is None  # long s matches "s" case-insensitively
    assert html_scan.lowered("<div class='Kelvin \u212a'>") is None
    assert html_scan.lowered("<div class='K'>") == "<div class='k'>"
    assert html_scan.lowered("Today: 27 August") == "today: 27 august"


def test_the_scans_still_read_a_page() -> None:
    page = ('<html><body><p class="date-bar">Today: 27 August 2025</p><article>'
            '<div class="article-standfirst">Ministers will meet again next week to settle the ferry fares dispute.'
            "</div><p>Text.</p></article></body></html>")
    assert html._banner_days(page) == {"2025-08-27"}
    lede = "ministers will meet again next week to settle the ferry fares dispute."
    assert html_top._standfirsts(page) == [lede[:60]]
