"""Saved or fetched web pages, through trafilatura with metadata."""

from __future__ import annotations

import json
import re
from html import unescape as html_unescape
from urllib.parse import urljoin, urlsplit

import trafilatura

from reader.engine import dates, outlets, paste_dates
from reader.engine.credit_patterns import OUTLET_HEAD_WORDS
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
    site = meta.get("sitename")
    page_title = _tag_text(html, "title")
    title, title_day = _strip_suffix(meta.get("title"), site, _tag_text(html, "h1"))
    tail_day = _strip_suffix(page_title, site, None)[1] if page_title else None
    body, furniture = _split_top(text.split("\n"), title)
    published = published_time(html)
    if not published:
        found = meta.get("date")
        # The banner scan reads the whole page, so only when the extractor's date is all there is.
        if found and found[:10] in _banner_days(html):
            found = None  # the site's "Today: <date>" banner, not the article's date
        own = title_day or tail_day  # the page's own title names its day: it beats a guess from teasers
        published = (own if own and (not found or found[:10] != own) else found) or \
            paste_dates.date_in_paras(furniture)
    return Draft(
        source=source,
        text="\n".join(body),
        title=title,
        url=_page_url(meta.get("url"), url),
        outlet=_spaced_site(site, page_title),
        author=_person_author(meta.get("author"), html, site),
        published=published,
        furniture=furniture + captions(html),
    )


_TAG_TEXT = {tag: re.compile(rf"<{tag}\b[^>]{{0,500}}>(.{{1,600}}?)</{tag}\s*>", re.IGNORECASE | re.DOTALL)
             for tag in ("title", "h1")}


def _tag_text(html: str, tag: str) -> str | None:
    """The text of the page's first ``<title>`` or ``<h1>``, tags and entities resolved, or None."""
    m = _TAG_TEXT[tag].search(html, 0, 400_000)
    text = " ".join(html_unescape(re.sub(r"<[^>]*>", " ", m.group(1))).split()) if m else ""
    return text or None


_DOTTED_DAY = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def _suffix_day(part: str) -> str | None:
    """The day a title segment is, as YYYY-MM-DD ("04.03.2016" is day-first, as dotted dates are), else None."""
    m = _DOTTED_DAY.fullmatch(part)
    if m:
        day, month, year = (int(g) for g in m.groups())
        return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= day <= 31 and 1 <= month <= 12 else None
    found = dates.date_line(part)
    return found[1][:10] if found else None


def _names_site(part: str, site: str | None) -> bool:
    """Whether a title segment names the page's site or a registry outlet ("NB", "Coast Courier", "Reuters")."""
    flat = outlets.key(part).replace(" ", "")
    if site and flat and flat == outlets.key(site).replace(" ", ""):
        return True
    known = outlets.canonical(part)
    return known is not None and (site is None or outlets.canonical(site) in (None, known))


def _strip_suffix(title: str | None, site: str | None, h1: str | None) -> tuple[str | None, str | None]:
    """A title without its trailing " | <site> | <date>" segments, and the day such a segment gave.

    og:title often carries them ("Bakers strike in Lune | NB | 04.03.2016"). A segment goes when it names the
    site (or a registry outlet) or is a date, or when the page's ``<h1>`` is the title without it; the head
    segment always stays. A " - <site>" suffix goes only when it names the site: a dash is common in headlines.
    """
    if not title:
        return title, None
    parts = [p.strip() for p in title.split(" | ")]
    day = None
    while len(parts) > 1:
        found = _suffix_day(parts[-1])
        if found is None and not _names_site(parts[-1], site) and (h1 is None or " | ".join(parts[:-1]) != h1):
            break
        day = day or found
        parts.pop()
    head = " | ".join(parts)
    m = re.fullmatch(r"(.{8,}?)\s+[-–—]\s+([^-–—]{2,40})", head)
    if m and _names_site(m.group(2), site):
        head = m.group(1)
    return head, day


def _spaced_site(site: str | None, page_title: str | None) -> str | None:
    """The site name spaced as the page's ``<title>`` writes it ("CoastCourier" -> "Coast Courier")."""
    if not site or " " in site or not page_title or " | " not in page_title:
        return site
    for part in reversed(page_title.split(" | ")[1:]):
        part = part.strip()
        if " " in part and part.replace(" ", "").casefold() == site.casefold():
            return part
    return site


_OUTLET_WORDS = frozenset(OUTLET_HEAD_WORDS) | {"Broadcasting", "Corporation", "Group", "Publishing", "Company"}
_META_AUTHOR = re.compile(r"""<meta\s[^>]*?name\s*=\s*["']author["'][^>]*>""", re.IGNORECASE)
_WEB_ADDRESS = re.compile(r"(?i)\bwww\.|https?://|\b[\w-]+\.(?:com|org|net|co|de|uk|example)\b")
_AUTHOR_LABEL = re.compile(
    r"<(strong|b|dt|th|span|label)\b[^>]{0,200}>\s*Authors?\s*:?\s*</\1>\s*(?:</?(?:dd|td|span|a|p|em)\b[^>]{0,200}>\s*)*"
    r"([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s*<"
)


def _person_author(author: str | None, html: str, site: str | None) -> str | None:
    """The author unless it names the publisher, whose name sites often put in the author meta tag.

    An author with a web address in the tag ("Nordbay Broadcasting (www.nb.example)"), or one that is the
    site name, its initials or a registry outlet, is no person; an "Author"-labelled name then stands in.
    """
    if not author:
        return author
    raw = _META_AUTHOR.search(html, 0, 200_000)
    content = _CONTENT.search(raw.group(0)) if raw else None
    words = re.findall(r"[A-Z][\w-]*", author)
    # initials only with an outlet word: "Nordbay Broadcasting" is "NB", a reporter "Nina Berg" is not
    initials = "".join(w[0] for w in words) if not _OUTLET_WORDS.isdisjoint(words) else ""
    publisher = (
        _WEB_ADDRESS.search(author) is not None
        or (content is not None and author in content.group(1) and _WEB_ADDRESS.search(content.group(1)) is not None)
        or (site is not None and (_names_site(author, site) or (len(initials) >= 2 and initials == site.strip())))
        or outlets.canonical(author) is not None
    )
    if not publisher:
        return author
    label = _AUTHOR_LABEL.search(html) if "Author" in html else None
    return label.group(2) if label else None


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
