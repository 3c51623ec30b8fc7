"""Guards on the metadata trafilatura reads from a page: a title's site-and-date suffix, the publisher given as
the author, a date guessed from related-story teasers, a site name written without its space (invented pages)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.engine.models import Article
from reader.engine.pipeline import ingest
from reader.engine.store import Library

_BODY = (
    "<p>Bakers in the port city of Lune walked out on Friday over pay, their union said, closing most shops.</p>"
    "<p>\u201cWe have waited three years for a raise,\u201d said union leader Tove Sandell outside the town hall.</p>"
    "<p>The employers' group said it would meet the union on Monday to discuss a new offer.</p>"
)
_TEASERS = (
    "<div class='related'><h2>Related content</h2><div><a href='/a'>Millers protest in Lune</a>"
    "<span class='date'>21.11.2020</span></div><div><a href='/b'>Port workers vote</a>"
    "<span class='date'>21.11.2020</span></div></div>"
)


@pytest.fixture()
def lib(fresh_db: Path) -> Library:
    library = Library(fresh_db)
    yield library
    library.close()


def _article(lib: Library, write: Callable[..., Path], name: str, html: str) -> Article:
    result = ingest(lib, [str(write(name, html))], cancel=threading.Event())
    assert not result.failed and len(result.added) == 1, result
    art = lib.get(result.added[0])
    assert art is not None
    return art


def _page(head: str, article: str = "", after: str = "") -> str:
    return (f"<html><head><meta charset='utf-8'>{head}</head><body><article><h1>Bakers strike in Lune</h1>{_BODY}"
            f"{article}</article>{after}</body></html>")


_NB_HEAD = (
    "<title>Bakers strike in Lune | NB | 04.03.2016</title>"
    "<meta property='og:title' content='Bakers strike in Lune | NB | 04.03.2016'/>"
    "<meta property='og:site_name' content='NB'/>"
)


def test_title_loses_its_site_and_date_suffix(lib: Library, write: Callable[..., Path]) -> None:
    art = _article(lib, write, "nb.html", _page(_NB_HEAD))
    assert art.title == "Bakers strike in Lune"


def test_title_segment_is_kept_when_it_names_neither_site_nor_date(lib: Library, write: Callable[..., Path]) -> None:
    head = "<title>Bakers strike | Lune talks fail</title><meta property='og:site_name' content='NB'/>"
    html = _page(head).replace("<h1>Bakers strike in Lune</h1>", "<h1>Bakers strike | Lune talks fail</h1>")
    assert _article(lib, write, "pipe.html", html).title == "Bakers strike | Lune talks fail"


def test_a_date_in_the_title_suffix_beats_one_read_from_teasers(lib: Library, write: Callable[..., Path]) -> None:
    art = _article(lib, write, "nb.html", _page(_NB_HEAD, after=_TEASERS))
    assert art.published is not None and art.published.startswith("2016-03-04")


def test_the_publisher_as_author_is_dropped_for_a_labelled_author(lib: Library, write: Callable[..., Path]) -> None:
    head = _NB_HEAD + "<meta name='author' content='Nordbay Broadcasting (www.nb.example)'/>"
    art = _article(lib, write, "nb.html", _page(head, "<ul><li><strong>Author</strong> Ines Varga</li></ul>"))
    assert art.author == "Ines Varga"
    art = _article(lib, write, "nb2.html", _page(head))
    assert art.author is None or "Nordbay" not in art.author


def test_a_person_in_the_author_tag_stays(lib: Library, write: Callable[..., Path]) -> None:
    head = _NB_HEAD + "<meta name='author' content='Pia Lund'/>"
    assert _article(lib, write, "nb.html", _page(head)).author == "Pia Lund"


def test_site_name_takes_the_spacing_of_the_page_title(lib: Library, write: Callable[..., Path]) -> None:
    head = ("<title>Bakers strike in Lune | Coast Courier</title><meta property='og:site_name' content='CoastCourier'/>"
            "<meta property='article:published_time' content='2016-03-04T10:00:00Z'/>")
    art = _article(lib, write, "cc.html", _page(head))
    assert art.outlet == "Coast Courier"
    assert art.title == "Bakers strike in Lune"


def test_a_reporter_whose_initials_are_the_site_name_stays(lib: Library, write: Callable[..., Path]) -> None:
    head = _NB_HEAD + "<meta name='author' content='Nina Berg'/>"
    assert _article(lib, write, "nb.html", _page(head)).author == "Nina Berg"
