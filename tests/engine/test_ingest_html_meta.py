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


def test_a_heading_the_meta_title_was_cut_from_is_the_title(lib: Library, write: Callable[..., Path]) -> None:
    head = ("<title>Bakers strike in Lune | Coast Courier</title><meta property='og:title' content='Bakers strike in "
            "Lune | Coast Courier'/><meta property='og:site_name' content='Coast Courier'/>")
    html = _page(head).replace("<h1>Bakers strike in Lune</h1>", "<h1>Bakers strike in Lune and Varby</h1>")
    assert _article(lib, write, "cut.html", html).title == "Bakers strike in Lune and Varby"


def test_a_section_before_the_title_goes_when_a_later_heading_is_the_rest(lib: Library,
                                                                          write: Callable[..., Path]) -> None:
    head = ("<title>Nordics - Bakers strike in Lune - NB</title>"
            "<meta property='og:title' content='Nordics - Bakers strike in Lune'/><meta property='og:site_name' "
            "content='NB'/>")
    html = _page(head).replace("<body>", "<body><header><h1><a href='/'>NB - News around the clock</a></h1></header>")
    art = _article(lib, write, "section.html", html)
    assert art.title == "Bakers strike in Lune"
    assert not art.text.startswith("Bakers strike in Lune")


@pytest.mark.parametrize("desk", ["Coast Courier Staff", "Coast Courier News Desk", "NEWS WIRES"])
def test_a_desk_or_the_site_s_staff_is_no_author(lib: Library, write: Callable[..., Path], desk: str) -> None:
    head = ("<title>Bakers strike in Lune | Coast Courier</title><meta property='og:site_name' "
            f"content='Coast Courier'/><meta name='author' content='{desk}'/>")
    assert _article(lib, write, "desk.html", _page(head)).author is None


def test_a_button_word_as_author_gives_way_to_the_byline(lib: Library, write: Callable[..., Path]) -> None:
    head = "<title>Bakers strike in Lune</title>"
    byline = ("<div class='sig-line'><span class='pb-byline'>By <a href='/people/ines'>Ines Varga</a></span> "
              "<span class='tweet-authors'><a href='https://x.example/@inesv' class='twitter-follow-button'>"
              "Follow @inesv</a></span></div>")
    html = _page(head).replace("<body>", f"<body>{byline}")
    assert _article(lib, write, "follow.html", html).author == "Ines Varga"


def test_published_time_beats_a_mailer_date_tag_given_first(lib: Library, write: Callable[..., Path]) -> None:
    head = ("<title>Bakers strike in Lune</title><meta name='sailthru.date' content='2016-03-05T09:00:00Z'/>"
            "<meta property='og:article:published_time' content='2016-03-04T10:00:00Z'/>")
    art = _article(lib, write, "mailer.html", _page(head))
    assert art.published is not None and art.published.startswith("2016-03-04")


def test_labelled_date_lines_are_furniture_and_date_the_page(lib: Library, write: Callable[..., Path]) -> None:
    head = "<title>Bakers strike in Lune</title>"
    sidebar = ("<aside><h3>Live news</h3><div><time datetime='2016-03-06T10:25:00+02:00'>10:25</time>"
               "<a href='/c'>Millers protest in Lune</a></div></aside>")
    html = _page(head, "<p>Date created : 2016-03-04</p>", sidebar).replace(
        "<h1>Bakers strike in Lune</h1>", "<h1>Bakers strike in Lune</h1><p>Latest update : 2016-03-05</p>")
    art = _article(lib, write, "labels.html", html)
    assert "Date created" not in art.text and "Latest update" not in art.text
    assert art.published is not None and art.published.startswith("2016-03-04")


def test_a_section_label_above_the_headline_is_furniture(lib: Library, write: Callable[..., Path]) -> None:
    head = "<title>Bakers strike in Lune</title>"
    html = _page(head).replace("<h1>", "<h3><a href='/business'>Business</a></h3><h1>")
    art = _article(lib, write, "kicker.html", html)
    assert art.text.startswith("Bakers in the port city of Lune"), art.text[:80]


def test_a_copyright_notice_closing_the_page_is_furniture(lib: Library, write: Callable[..., Path]) -> None:
    html = _page("<title>Bakers strike in Lune</title>", "<p class='note'>\u00a9 2016 Nordbay Network</p>")
    art = _article(lib, write, "notice.html", html)
    assert art.text.endswith("to discuss a new offer."), art.text[-60:]
    assert "\u00a9 2016 Nordbay Network" in art.furniture


def test_a_partner_story_s_origin_note_beside_the_byline_credits_its_source(lib: Library,
                                                                            write: Callable[..., Path]) -> None:
    note = ("<section class='source'><p class='editors_note'>This post originally appeared on "
            "<a href='https://harbour.example/bakers'>Harbour Herald</a>.</p></section>")
    html = _page("<title>Bakers strike in Lune</title>").replace("<body>", f"<body>{note}")
    art = _article(lib, write, "partner.html", html)
    assert "This post originally appeared on Harbour Herald." in art.furniture
    assert "originally appeared" not in art.text
    assert any(c.name == "Harbour Herald" and "source" in c.roles for c in art.credits), art.credits


def test_a_standfirst_the_page_marks_as_such_is_furniture(lib: Library, write: Callable[..., Path]) -> None:
    dek = "Talks with the employers' group collapse as the bakers' union calls its first walkout in years."
    heading = "<h1>Bakers strike in Lune</h1>"
    html = _page("<title>Bakers strike in Lune</title>").replace(
        heading, f"{heading}<p class='article__subhead'><em>{dek}</em></p>")
    art = _article(lib, write, "dek.html", html)
    assert art.text.startswith("Bakers in the port city of Lune"), art.text[:80]
    assert dek in art.furniture


def test_a_lede_that_repeats_the_meta_description_stays(lib: Library, write: Callable[..., Path]) -> None:
    lede = "Bakers in the port city of Lune walked out on Friday over pay, their union said, closing most shops."
    head = f"<title>Bakers strike in Lune</title><meta name='description' content=\"{lede}\"/>"
    assert _article(lib, write, "lede.html", _page(head)).text.startswith(lede)


def _bare_page(title: str, site: str | None = None) -> str:
    """A page whose only headline is its ``<title>`` bar: no og:title, no heading."""
    meta = f"<meta property='og:site_name' content='{site}'/>" if site else ""
    return (f"<html><head><meta charset='utf-8'><title>{title}</title>{meta}</head>"
            f"<body><article>{_BODY}</article></body></html>")


@pytest.mark.parametrize(
    ("bar", "site", "title", "outlet"),
    [
        ("Lune Times - Bakers walk out over three years without a raise", "Lune Times",
         "Bakers walk out over three years without a raise", "Lune Times"),
        ("Lune Times | Bakers walk out over three years without a raise", None,
         "Bakers walk out over three years without a raise", "Lune Times"),
        ("Opinion | Bakers walk out over three years without a raise", None,
         "Bakers walk out over three years without a raise", "bar"),
        ("Lune - Tarrow bakers walk out over three years without a raise", None,
         "Lune - Tarrow bakers walk out over three years without a raise", "bar"),
        ("Bakers walk out over three years without a raise | The Lune Herald", None,
         "Bakers walk out over three years without a raise", "The Lune Herald"),
    ],
)
def test_a_title_bar_that_is_the_page_s_only_headline_gives_the_headline_not_its_first_part(
        lib: Library, write: Callable[..., Path], bar: str, site: str | None, title: str, outlet: str) -> None:
    """The extractor keeps the first part of such a bar: the site's name, a section, or a headline cut at its
    dash. The headline is the bar's long part, and a site named in the bar is the outlet."""
    art = _article(lib, write, "bar.html", _bare_page(bar, site))
    assert (art.title, art.outlet) == (title, outlet)
