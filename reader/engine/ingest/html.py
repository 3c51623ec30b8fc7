"""Saved or fetched web pages, through trafilatura with metadata."""

from __future__ import annotations

import itertools
import json
import re
from html import unescape as html_unescape
from urllib.parse import urljoin, urlsplit

import trafilatura

from reader.engine import dates, outlet_guess, paste_dates
from reader.engine.furniture_titles import BAR_HEADLINE_WORDS, bar_headline
from reader.engine.ingest import IngestError, html_scan
from reader.engine.ingest.html_names import names_site, person_author
from reader.engine.ingest.html_top import split_top
from reader.engine.models import Draft

_META_TIME = re.compile(
    r"""<meta\s[^>]*?(?:property|name|itemprop)\s*=\s*["']((?:og:)?article:published_time|og:published_time|
    datePublished|pubdate|publish-date|parsely-pub-date|dc\.date\.issued|sailthru\.date)["'][^>]*>""",
    re.IGNORECASE | re.VERBOSE,
)
_STRONG_TIME = frozenset({"article:published_time", "og:article:published_time", "og:published_time", "datepublished"})
"""Keys that always mean first publication; the others (a mailer's "sailthru.date") may hold the last revision."""
_CONTENT = re.compile(r"""content\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_LD_TIME = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_WORD = re.compile(r"\w+")
_BANNER = re.compile(r"\b(?:today|now)\b\s*(?:is\s*)?[:\-–—|]?\s*((?:[^<\n]|<[^>]{0,200}>){4,120}?)(?=<|\n|$)",
                     re.IGNORECASE)
_BANNER_WORDS = ("today", "now")
"""The words every :data:`_BANNER` match begins with."""
MIN_WORDS = 10
"""Fewer words than this is a menu or an error page, not an article."""


def published_time(html: str) -> str | None:
    """The publication timestamp from meta tags or JSON-LD, with its time of day when given.

    An article:published_time or datePublished tag wins over JSON-LD, and JSON-LD over the weaker tags, whatever
    their order on the page: a mailer's date tag often holds the last revision, not the first publication.
    """
    head = html[:200_000]
    weak = None
    for m in _META_TIME.finditer(head):
        c = _CONTENT.search(m.group(0))
        if not c:
            continue
        if m.group(1).lower() in _STRONG_TIME:
            return c.group(1)
        weak = weak or c.group(1)
    m = _LD_TIME.search(head)
    if m:
        try:
            return json.loads(f'"{m.group(1)}"')
        except ValueError:
            return m.group(1)
    return weak


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
    if next(itertools.islice(_WORD.finditer(text), MIN_WORDS - 1, None), None) is None:  # fewer words than that
        raise IngestError("no article text found on the page")
    page_title = _tag_text(html, "title")
    site = meta.get("sitename") or (outlet_guess.bar_site(page_title) if page_title else None)
    title, title_day = _strip_suffix(_bar_title(meta.get("title"), page_title), site, _tag_text(html, "h1"))
    title = _headline_of(title, _h1_texts(html))
    tail_day = _strip_suffix(page_title, site, None)[1] if page_title else None
    body, furniture, labelled_day = split_top(text.split("\n"), title, html)
    published = published_time(html)
    if not published:
        found = meta.get("date")
        # The banner scan reads the whole page, so only when the extractor's date is all there is.
        if found and found[:10] in _banner_days(html):
            found = None  # the site's "Today: <date>" banner, not the article's date
        # the page's own title, else its own "Date created:" line, names its day: it beats a guess from teasers
        own = title_day or tail_day or labelled_day
        published = (own if own and (not found or found[:10] != own) else found) or \
            paste_dates.date_in_paras(furniture)
    return Draft(
        source=source,
        text="\n".join(body),
        title=title,
        url=_page_url(meta.get("url"), url),
        outlet=_spaced_site(site, page_title),
        author=person_author(meta.get("author"), html, site),
        published=published,
        furniture=furniture + captions(html) + origin_notes(html, text),
    )


_H1 = re.compile(r"<h1\b[^>]{0,500}>(.{1,600}?)</h1\s*>", re.IGNORECASE | re.DOTALL)
_TITLE_SEP = re.compile(r"\s+[-–—|]\s+|:\s+")
MAX_H1 = 6
"""Headings read when choosing the headline: the site's logo heading may come first, the article's after it."""


def _h1_texts(html: str) -> list[str]:
    """The texts of the page's first ``<h1>`` elements, tags and entities resolved."""
    out = []
    for m in _H1.finditer(html, 0, 400_000):
        text = " ".join(html_unescape(re.sub(r"<[^>]*>", " ", m.group(1))).split())
        if text:
            out.append(text)
        if len(out) >= MAX_H1:
            break
    return out


def _headline_of(title: str | None, h1s: list[str]) -> str | None:
    """The page's own headline when the meta title is a cut or a prefixed copy of it.

    Meta titles are often shortened for search engines ("Ferry fares double" for the heading "Ferry fares double
    from July") or carry a section in front ("Harbour - Ferry fares double"); a heading that the title begins with
    (at a word boundary), or that ends the title after a separator, is the fuller and cleaner form.
    """
    if not title:
        return title
    for h1 in h1s:
        if len(h1) > len(title) and h1.startswith(title) and h1[len(title)] == " " and len(h1.split()) <= 30:
            return h1
        if len(h1) < len(title) and title.endswith(h1) and len(h1.split()) >= 3:
            sep = _TITLE_SEP.search(title, len(title) - len(h1) - 4, len(title) - len(h1) + 1)
            if sep is not None and sep.end() == len(title) - len(h1):
                return h1
    return title


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
        if found is None and not names_site(parts[-1], site) and (h1 is None or " | ".join(parts[:-1]) != h1):
            break
        day = day or found
        parts.pop()
    head = " | ".join(parts)
    m = re.fullmatch(r"(.{8,}?)\s+[-–—]\s+([^-–—]{2,40})", head)
    if m and names_site(m.group(2), site):
        head = m.group(1)
    return head, day


def _bar_title(title: str | None, page_title: str | None) -> str | None:
    """The headline of the page's ``<title>`` bar when the extractor took the bar's first part for the title.

    With no ``og:title`` and no heading, the extractor keeps the first part of "Velm Times - <headline>"
    or "Opinion | <headline>": the site's or the section's name, not the headline. A first part that
    short, in a bar naming no site, is a headline cut at its dash ("Kestrel - Velm ferry talks stall").
    """
    if not title or not page_title or len(page_title) <= len(title) or not page_title.startswith(title) or \
            page_title[len(title) : len(title) + 3].strip() not in ("|", "-", "–", "—"):
        return title
    bare = bar_headline(page_title)
    if bare is not None:
        return bare if len(bare) > len(title) else title
    return page_title if len(title.split()) < BAR_HEADLINE_WORDS else title


def _spaced_site(site: str | None, page_title: str | None) -> str | None:
    """The site name spaced as the page's ``<title>`` writes it ("CoastCourier" -> "Coast Courier")."""
    if not site or " " in site or not page_title or " | " not in page_title:
        return site
    for part in reversed(page_title.split(" | ")[1:]):
        part = part.strip()
        if " " in part and part.replace(" ", "").casefold() == site.casefold():
            return part
    return site


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


_ORIGIN_NOTE = re.compile(
    r"(?i)>\s*((?:this|the)\s+(?:post|story|article|piece|report)\s+(?:was\s+)?(?:first|originally)\s+"
    r"(?:appeared|published|ran)\s+(?:on|in|at)\s+(?:<[^>]{1,300}>\s*){0,3}[^<>]{2,80}(?:\s*</a\s*>)?\s*\.?)"
)


def origin_notes(html: str, text: str) -> list[str]:
    """An editor's note naming the outlet a partner story came from ("This post originally appeared on Grist").

    Sites print it beside the byline, outside the article element, where the extractor drops it; kept as
    furniture, it lets the source be credited without entering the article text.
    """
    m = _ORIGIN_NOTE.search(html, 0, 400_000)
    if m is None:
        return []
    note = " ".join(html_unescape(re.sub(r"<[^>]*>", " ", m.group(1))).split()).replace(" .", ".")
    return [] if note in text else [note]


def _banner_days(html: str) -> set[str]:
    """Days shown in "Today: <date>" banners anywhere on the page, as YYYY-MM-DD."""
    days = set()
    head = html[:300_000]
    low = html_scan.lowered(head)
    found = _BANNER.finditer(head) if low is None else \
        html_scan.matches_at(_BANNER, head, html_scan.occurrences(low, _BANNER_WORDS, len(head)), len(head))
    for m in found:
        if not any(c.isdigit() for c in m.group(1)):
            continue  # "now" in running text or scripts: no date to read (most matches, each a costly parse)
        text = re.sub(r"<[^>]*>", " ", m.group(1))
        iso = dates.to_iso(" ".join(text.split()))
        if iso:
            days.add(iso[:10])
    return days


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
