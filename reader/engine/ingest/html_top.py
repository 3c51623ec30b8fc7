"""The top and bottom lines of an extracted page: the repeated headline, section labels, date lines, a standfirst
and a closing copyright notice are page furniture, not article text."""

from __future__ import annotations

import re
from html import unescape as html_unescape

from reader.engine import dates
from reader.engine.ingest import html_scan

TOP_LINES = 8
"""Lines at the top of an extracted page where a repeated headline or a date line is furniture."""
_LABELLED = re.compile(r"([A-Za-z][A-Za-z ]{2,30}?)\s*:\s*(\S.{3,60})")
MAX_KICKER_WORDS = 6
"""A line above the repeated headline this short is its section label ("Tech"), not a paragraph."""
BOTTOM_LINES = 2
"""Last lines of an extracted page where a labelled date line ("Date created : 12.05.2015") or a copyright
notice ("© 2019 Nordbay Network") is furniture."""
_COPYRIGHT = re.compile(r"(?i)(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:\d{4}\b|[A-Z]).{0,100}")
MAX_NOTICE_WORDS = 12


def _date_of(line: str) -> tuple[str, str] | None:
    """``dates.date_line`` of a line, also when a short label of its own is put before the date with a colon.

    "Latest update : 2015-05-12" and "Date created : 2015-05-12" are date lines whatever the label's words;
    a label speaking of an update gives the kind "updated", any other "published".
    """
    found = dates.date_line(line)
    if found is not None:
        return found
    m = _LABELLED.fullmatch(line)
    if m is None or len(m.group(1).split()) > 3:
        return None
    rest = dates.date_line(m.group(2))
    if rest is None:
        return None
    return ("updated" if re.search(r"(?i)updat|modif|revis", m.group(1)) else "published"), rest[1]


_STANDFIRST = re.compile(
    r"""<(\w+)\b[^>]{0,300}?class\s*=\s*["'][^"']*(?:standfirst|sub-?head|strapline|excerpt|summary|subtitle|"""
    r"""(?<![a-z])dek(?![a-z])|(?<![a-z])deck(?![a-z]))[^"']*["'][^>]{0,300}>(.{1,2000}?)</\1\s*>""",
    re.IGNORECASE | re.DOTALL,
)
_STANDFIRST_WORDS = ("standfirst", "subhead", "sub-head", "strapline", "excerpt", "summary", "subtitle", "dek", "deck")
"""The class words of :data:`_STANDFIRST`, lower-cased: where its matches can begin is found from them."""
MAX_STANDFIRSTS = 3
STANDFIRST_KEY = 60
"""Characters of a line compared with the page's standfirst: the extractor may glue a date onto its end."""


def _standfirsts(html: str) -> list[str]:
    """The starts of the page's standfirst elements (class "standfirst", "subhead", "dek", "excerpt" and the like)."""
    out: list[str] = []
    low = html_scan.lowered(html[:400_000])
    found = _STANDFIRST.finditer(html, 0, 400_000) if low is None else html_scan.matches_at(
        _STANDFIRST, html, html_scan.tags_with_class_word(html, low, _STANDFIRST_WORDS, 400_000), 400_000)
    for m in found:
        text = " ".join(html_unescape(re.sub(r"<[^>]*>", "", m.group(2))).split()).casefold()
        if len(text) >= 30:
            out.append(text[:STANDFIRST_KEY])
        if len(out) >= MAX_STANDFIRSTS:
            break
    return out


def _is_standfirst(flat: str, starts: list[str]) -> bool:
    """Whether an extracted line is the text of one of the page's standfirst elements."""
    key = "".join(flat.casefold().split())[:STANDFIRST_KEY]
    return len(key) >= 30 and any(key[:len(s)] == s[:len(key)] for s in ("".join(s.split()) for s in starts))


def split_top(lines: list[str], title: str | None, html: str = "") -> tuple[list[str], list[str], str | None]:
    """Move the repeated headline, what stands above it and date lines at the top (and dates and a copyright
    notice at the bottom) of the extracted text into furniture; also give the day a "published"-kind date line
    among them names."""
    wanted = " ".join(title.split()).casefold() if title else None
    flats = [" ".join(line.split()) for line in lines]
    head_at = next((n for n, flat in enumerate(flats[:TOP_LINES]) if flat and flat.casefold() == wanted), None)
    if head_at is not None and any(len(f.split()) > MAX_KICKER_WORDS for f in flats[:head_at]):
        head_at = None  # a paragraph above it: the line is a repeat inside the text, not the page's headline
    body: list[str] = []
    furniture: list[str] = []
    day = None
    first_bottom = len(lines) - BOTTOM_LINES
    for n, line in enumerate(lines):
        flat = flats[n]
        top, bottom = n < TOP_LINES, n >= first_bottom
        if not flat or not (top or bottom):
            body.append(line)
            continue
        found = _date_of(flat)
        notice = bottom and len(flat.split()) <= MAX_NOTICE_WORDS and _COPYRIGHT.fullmatch(flat) is not None
        if (top and (flat.casefold() == wanted or (head_at is not None and n <= head_at))) or notice or \
                found is not None:
            furniture.append(flat)
            if found is not None and found[0] == "published":
                day = day or found[1][:10]
        else:
            body.append(line)
    _drop_standfirst(body, furniture, html)
    return body, furniture, day


def _drop_standfirst(body: list[str], furniture: list[str], html: str) -> None:
    """Move the body's first line to furniture when the page marks it as the standfirst.

    A standfirst ("subhead", "dek", "excerpt") is the outlet's summary printed under the headline; the extractor
    keeps it as the first paragraph. Only the page's own markup decides: a lede that merely repeats the meta
    description is article text and stays.
    """
    first = next((n for n, line in enumerate(body) if line.strip()), None)
    if first is None or first >= TOP_LINES or not any(line.strip() for line in body[first + 1:]):
        return
    starts = _standfirsts(html) if html else []
    flat = " ".join(body[first].split())
    if starts and _is_standfirst(flat, starts):
        furniture.append(flat)
        del body[first]


