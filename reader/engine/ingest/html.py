"""Saved or fetched web pages, through trafilatura with metadata."""

from __future__ import annotations

import json
import re
from html import unescape as html_unescape
from urllib.parse import urljoin, urlsplit

import trafilatura

from reader.engine import dates, paste_dates
from reader.engine.ingest import IngestError
from reader.engine.models import Draft

_META_TIME = re.compile(
    r"""<meta\s[^>]*?(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|og:published_time|
    datePublished|pubdate|publish-date|parsely-pub-date|dc\.date\.issued|sailthru\.date)["'][^>]*>""",
    re.IGNORECASE | re.VERBOSE,
)
_CONTENT = re.compile(r"""content\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_LD_TIME = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_WORD = re.compile(r"\w+")
_BANNER = re.compile(r"\b(?:today|now)\b\s*(?:is\s*)?[:\-–—|]?\s*((?:[^<\n]|<[^>]{0,200}>){4,120}?)(?=<|\n|$)",
                     re.IGNORECASE)
MIN_WORDS = 10
"""Fewer words than this is a menu or an error page, not an article."""
TOP_LINES = 8
"""Lines at the top of an extracted page where a repeated headline or a date line is furniture."""


def published_time(html: str) -> str | None:
    """The publication timestamp from meta tags or JSON-LD, with its time of day when given."""
    head = html[:200_000]
    for m in _META_TIME.finditer(head):
        c = _CONTENT.search(m.group(0))
        if c:
            return c.group(1)
    m = _LD_TIME.search(head)
    if m:
        try:
            return json.loads(f'"{m.group(1)}"')
        except ValueError:
            return m.group(1)
    return None


def _page_url(found: str | None, fetched: str | None) -> str | None:
    """The page's own URL, made absolute against the fetched one; relative leftovers are dropped.

    A canonical link to a site's home page (a common template mistake) is ignored, or every story
    of that site would share one identity.
    """
    if found and fetched:
        found = urljoin(fetched, found)
    if not found or not found.startswith(("http://", "https://")):
        return fetched
    if fetched and urlsplit(found).path.strip("/") == "" and urlsplit(fetched).path.strip("/") != "":
        return fetched
    return found


def read_html(html: str, source: str, url: str | None = None) -> Draft:
    """Extract the article and its metadata from one HTML page."""
    if "<" not in html[:100_000]:
        raise IngestError("not an HTML page")
    try:
        doc = trafilatura.bare_extraction(
            _FIGCAPTION.sub(" ", html),  # captions are furniture (kept by captions()), never article text
            url=url, with_metadata=True, include_comments=False, include_tables=False,
            # Markup and URL dates only: a free-text search takes a "Today: <date>" banner for the article's.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        raise IngestError(f"malformed HTML ({type(exc).__name__})") from None
    if doc is None:
        raise IngestError("no article text found on the page")
    meta = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = meta.get("text") or ""
    if len(_WORD.findall(text)) < MIN_WORDS:
        raise IngestError("no article text found on the page")
    title = meta.get("title")
    body, furniture = _split_top(text.split("\n"), title)
    published = published_time(html)
    if not published:
        found = meta.get("date")
        # The banner scan reads the whole page, so only when the extractor's date is all there is.
        if found and found[:10] in _banner_days(html):
            found = None  # the site's "Today: <date>" banner, not the article's date
        published = found or paste_dates.date_in_paras(furniture)
    return Draft(
        source=source,
        text="\n".join(body),
        title=title,
        url=_page_url(meta.get("url"), url),
        outlet=meta.get("sitename"),
        author=meta.get("author"),
        published=published,
        furniture=furniture + captions(html),
    )


def _article_region(html: str) -> str:
    """The first ``<article>`` element (else ``<main>``) of a page, or nothing."""
    for tag in ("article", "main"):
        m = re.search(rf"<{tag}\b", html, re.IGNORECASE)
        if m is None:
            continue
        end = re.search(rf"</{tag}\s*>", html[m.end() :], re.IGNORECASE)
        return html[m.start() : m.end() + end.start()] if end else html[m.start() :]
    return ""


# A caption never spans another caption's start, so unclosed tags cost one scan in all, not one each.
_FIGCAPTION = re.compile(r"<figcaption\b[^>]{0,500}>((?:(?!<figcaption\b).){1,2000}?)</figcaption>",
                         re.IGNORECASE | re.DOTALL)
MAX_CAPTIONS = 40


def captions(html: str) -> list[str]:
    """Picture captions of the page ("… Photograph: X/AFP"), which the extractor drops with the pictures.

    Kept as furniture, so a picture credit is found without the caption entering the article text.
    Only captions inside the page's ``<article>`` (else ``<main>``) count: sidebars carry other stories' pictures.
    """
    region = _article_region(html[:2_000_000])
    out: list[str] = []
    for m in _FIGCAPTION.finditer(region):
        text = " ".join(html_unescape(re.sub(r"<[^>]*>", " ", m.group(1))).split())
        if text and text not in out:
            out.append(text)
        if len(out) >= MAX_CAPTIONS:
            break
    return out


def _banner_days(html: str) -> set[str]:
    """Days shown in "Today: <date>" banners anywhere on the page, as YYYY-MM-DD."""
    days = set()
    for m in _BANNER.finditer(html[:300_000]):
        text = re.sub(r"<[^>]*>", " ", m.group(1))
        iso = dates.to_iso(" ".join(text.split()))
        if iso:
            days.add(iso[:10])
    return days


def _split_top(lines: list[str], title: str | None) -> tuple[list[str], list[str]]:
    """Move the repeated headline and date lines at the top of the extracted text into furniture."""
    wanted = " ".join(title.split()).casefold() if title else None
    body: list[str] = []
    furniture: list[str] = []
    for n, line in enumerate(lines):
        if n >= TOP_LINES:
            body.extend(lines[n:])
            break
        flat = " ".join(line.split())
        if flat and (flat.casefold() == wanted or dates.date_line(flat) is not None):
            furniture.append(flat)
        else:
            body.append(line)
    return body, furniture


def strip_tags(fragment: str) -> str:
    """Text of an HTML fragment (a feed entry's content), paragraphs on their own lines."""
    if "<" not in fragment:
        return fragment
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # malformed fragments: fall back to a crude strip
        return re.sub(r"<[^>]+>", " ", fragment)
    for el in root.iter("p", "br", "div", "li", "h1", "h2", "h3", "h4", "blockquote"):
        el.tail = "\n" + (el.tail or "")
    return root.text_content()
