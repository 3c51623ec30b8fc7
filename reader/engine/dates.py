"""Date lines: which line of a page is (nearly) just a date, and the date of a wire dateline.

Dates arrive as feed fields, HTML metadata or loose lines at the top of a
pasted page ("August 27, 2025", "Published: 27 Aug 2025 10:31 BST",
"MOSCOW, Aug 27 (Reuters) -"). One string is parsed by :mod:`reader.engine.date_parse` (re-exported
here: ``to_iso``, ``MONTH_NAMES``, ``month_number``); this module reads a line around its date (a label,
a byline, a masthead, a widget's words) and :mod:`reader.engine.paste_dates` chooses among a paste's lines.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from reader.engine.date_parse import _INFO, _LABEL, _REPEATED, _TZINFOS, _clean, _now, _parse_dated
from reader.engine.date_parse import MAX_DATE_CHARS as MAX_DATE_CHARS
from reader.engine.date_parse import MONTH_NAMES as MONTH_NAMES
from reader.engine.date_parse import WEEKDAY_NAMES as WEEKDAY_NAMES
from reader.engine.date_parse import month_number as month_number
from reader.engine.date_parse import to_iso as to_iso
from reader.engine.text import strip_controls as strip_controls

_SEPARATORS = re.compile(r"\s*[|·•]\s*|\s+[–—]\s+|\s+(?=(?:updated|published|posted)\b)", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_MONTH_WORDS = "|".join(
    sorted({"sept", *(w.lower() for pair in _INFO.MONTHS for w in pair)}, key=len, reverse=True)
)
MONTH_PATTERN = _MONTH_WORDS
"""Month names and abbreviations as one regex alternation, longest first (lower case)."""
_DAY_WORDS = "|".join(sorted({w.lower() for pair in _INFO.WEEKDAYS for w in pair}, key=len, reverse=True))
_TZ_WORDS = "|".join(sorted({*(k.lower() for k in _TZINFOS), "utc", "gmt", "z"}, key=len, reverse=True))
# A line made only of date material: numbers, month and weekday names, times, zones, joiners.
_DATE_TOKEN = (
    rf"(?:{_MONTH_WORDS}|{_DAY_WORDS}|{_TZ_WORDS})\b\.?|\d++(?:(?:st|nd|rd|th)\b)?|[ap]\.?m\b\.?|"
    r"(?:at|on|of|the)\b|t(?=\d)|[:/.,\-–—+()]"
)
_DATE_ONLY = re.compile(rf"(?:\s*+(?>{_DATE_TOKEN}))++\s*+", re.IGNORECASE)
_HAS_DAY = re.compile(rf"\d|\b(?:{_MONTH_WORDS})\b", re.IGNORECASE)
# Every month name starts with one of these; case-insensitive matching also reads "ſ" as "s".
_MONTH_STEMS = tuple(sorted({w[:3] for w in _MONTH_WORDS.split("|")}))


def _may_have_day(line: str) -> bool:
    """Gate of ``_HAS_DAY.search(_clean(line))``, for a line already stripped of controls.

    Once controls are gone, cleaning adds no digit and no letter ("Sept" becomes "Sep"): it spells out zones and times
    from digits already there, halves a repeat and inserts spaces before "Updated"-like words
    (which can end a month name glued to one, "MayUpdated", never start one). So the month test
    looks for a name's first three letters anywhere, with no word boundary.
    """
    if _DIGIT.search(line) is not None or "ſ" in line:
        return True
    low = line.lower()
    for stem in _MONTH_STEMS:  # noqa: SIM110 (a plain loop beats a generator here)
        if stem in low:
            return True
    return False
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Za-z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?,\s+"
    r"(?P<date>[A-Za-z]{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Za-z]{3,9}\.?(?:\s+\d{4})?)"
    r"\s*(?:\((?P<agency>[^()]{2,40})\))?\s*[-–—]"
)


_PLACE = re.compile(r",\s*[A-Z]{2,3}$|,\s*[A-Z][a-z]{2,15}$")
"""A place after the date ("10:15, UK", "10:15, London"), as some sites print it."""
_YEAR_OR_TIME = re.compile(r"\b(?:19|20)\d\d\b|\d:\d\d")


def _label_kind(line: str) -> tuple[str | None, str]:
    """Split a leading "Published:"/"Updated"/"Today:" label off a line: (kind or None, rest)."""
    m = _LABEL.match(line)
    if not m:
        return None, line
    word = m.group(0).lower()
    if word.startswith(("today", "now")):
        kind = "today"
    elif "updat" in word or "modif" in word:
        kind = "updated"
    else:
        kind = "published"
    return kind, line[m.end() :]


def looks_like_date(text: str) -> bool:
    """Cheap test, without parsing: is this line only date material (after a "Published:"-style label)?"""
    if not isinstance(text, str) or not text or len(text) > MAX_DATE_CHARS:
        return False
    line = _LABEL.sub("", text.strip(), count=1).strip(" ,;:")
    return bool(line) and _DIGIT.search(line) is not None and _DATE_ONLY.fullmatch(line) is not None


def date_line(text: str, *, now: datetime | None = None, need_year: bool = False) -> tuple[str, str] | None:
    """``dated_line`` without its year flag: None for a year-less date when ``need_year``."""
    got = dated_line(text, now=now)
    return None if got is None or (need_year and not got[2]) else got[:2]


def dated_line(text: str, *, now: datetime | None = None) -> tuple[str, str, bool] | None:
    """Classify a line that is (nearly) just a date: ``(kind, iso, whether it gave the year)`` or None.

    ``kind`` is "published", "updated", "today" (a site's current-date banner)
    or "plain". Segments after "|", "·" or a spaced dash (a byline, "2 min
    read") are tolerated when one segment is a date; so are a byline ending in
    "on <date>" (the publication date, beside a "Last updated" one), a site's
    domain before a timestamp and a section header ("General News of <date>").
    A date without a year gets the latest past one, and the flag says so.
    """
    if not isinstance(text, str) or not text or len(text) > 2 * MAX_DATE_CHARS:
        return None
    if not _may_have_day(strip_controls(text)):
        return None  # most lines of a paste: cleaning them cannot give _HAS_DAY a match
    line = _clean(text)
    # A digit answers for _HAS_DAY before its slow case-insensitive month alternation is tried.
    if not line or len(line) > 2 * MAX_DATE_CHARS or not (_DIGIT.search(line) or _HAS_DAY.search(line)):
        return None
    kind, line = _label_kind(line)
    candidates: list[tuple[str | None, str]] = [(kind, line)]
    parts = [p for p in _SEPARATORS.split(line) if p]
    if len(parts) > 1:
        candidates.append((kind, " ".join(parts)))
        labelled = [_label_kind(p) for p in parts]
        candidates.extend(sorted(labelled, key=lambda kp: kp[0] != "published"))
        candidates[1:1] = [("published", p[m.end():]) for p in parts if (m := _BY_ON.match(p))]
    elif line[:1] in "Bb" and (m := _BY_ON.match(line)):
        candidates.append(("published", line[m.end():]))
    m = _HEADER.match(line)
    if m:
        candidates.append((kind, line[m.end():]))
    if " by " in line or " By " in line or " BY " in line:
        m = _BY_TAIL.search(line)
        if m:
            candidates.append(("published", line[: m.start()]))
    moment = _now(now)
    twice = _REPEATED.fullmatch(line)
    if twice:
        candidates.append((kind, twice.group(1)))
    if _PLACE.search(line) and _YEAR_OR_TIME.search(line):
        candidates.append((kind, _PLACE.sub("", line)))
    if not line[:1].isdigit() and (m := _MASTHEAD.match(line)):
        candidates.append((kind, line[m.end():]))
    got = _first_date(candidates, moment)
    if got is None and " - " in line:
        got = _first_date(_dashed(candidates), moment)
    return None if got is None else (got[0] or kind or "plain", got[1], got[2])


def _first_date(candidates: list[tuple[str | None, str]], moment: datetime) -> tuple[str | None, str, bool] | None:
    """The first candidate that is only date material and parses: ``(kind, iso, whether it gave the year)``."""
    for k, cand in candidates:
        cand = cand.strip(" ,;:")
        if not cand or not _DIGIT.search(cand) or not _DATE_ONLY.fullmatch(cand):
            continue
        got = _parse_dated(cand, UTC, moment)
        if got:
            return k, got[0], got[1]
    return None


def _dashed(candidates: list[tuple[str | None, str]]) -> list[tuple[str | None, str]]:
    """The candidates a spaced hyphen splits, read without it: the time and the date it parts ("5:41 PM - 19 Mar
    2016"), or the date before a page widget's few words ("Mar 12, 2021 6:14 PM - REPORT AN ERROR").

    A spaced hyphen is no separator of :data:`_SEPARATORS` (a headline may hold one), so only a line no other
    reading dates is read so, and only when what follows the date is a short label, not a sentence.
    """
    out: list[tuple[str | None, str]] = []
    for k, cand in candidates:
        if " - " not in cand:
            continue
        parts = [p.strip() for p in cand.split(" - ")]
        out.append((k, " ".join(parts)))
        rest = " ".join(parts[1:]).split()
        if len(rest) <= _WIDGET_WORDS and not any(c in ".!?" for c in "".join(rest)):
            out.append((k, parts[0]))
    return out


_WIDGET_WORDS = 4
_MASTHEAD = re.compile(r"[^\s\d]{2,40}+\s*(?=(?:19|20)\d\d-[01]\d-[0-3]\d\b|\d{1,2}([-./])\d{1,2}\1(?:19|20)\d\d\b)")
"""A site's, paper's or agency's name as one word before a numeric date, maybe glued to it ("Harbourwire
2013-02-19 10:06", a masthead in another script, "Harbourwire09-05-2025"): the date is the page's own; a
date written out in words after a name ("Anniversary 7 July 2005") is no such stamp."""


_BY_ON = re.compile(
    r"(?i:by)\s+[A-Z][^|;:]{1,60}?\s+(?:(?i:on|published on|posted on)\s+(?=\S)"
    rf"|(?=(?i:{_MONTH_WORDS}|{_DAY_WORDS})\.?\s*,?\s*\d|\d{{1,2}}(?:st|nd|rd|th)?\s+(?i:{_MONTH_WORDS})\b))"
)
"""A byline that ends with its date ("By Ana Bell on April 2, 2016", "By Sports Desk March 21, 2024"):
the date the story was published."""
_BY_TAIL = re.compile(r"\s+(?i:by)\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,5}$")
"""A wire's posting stamp names its source after the date ("June 3,2011 09:00 by UPI")."""
_HEADER = re.compile(
    r"(?:(?:https?://)?[\w-]+(?:\.[\w-]+)+\s+"
    rf"|(?:[A-Z][\w&'’-]*\s+){{1,4}}(?:of|for|on|from)\s+(?=(?i:{_DAY_WORDS})\b))(?=\S)"
)
"""What stands before a date on a page's date line: the site's domain ("example.news 2015-04-11 09:12:05")
or a section name before a weekday ("General News of Monday, 6 March 2023"), never a headline's
"Anniversary of 7 July 2005"."""


def dateline(text: str, *, now: datetime | None = None) -> str | None:
    """The date in a wire dateline opening a paragraph ("MOSCOW, Aug 27 (Reuters) -"), or None."""
    got = dated_dateline(text, now=now)
    return got[0] if got else None


def dated_dateline(text: str, *, now: datetime | None = None) -> tuple[str, bool] | None:
    """``(iso, whether it gave the year)`` of a wire dateline; the usual form has no year.

    A dateline may also stand as a line of its own under the headline, its date last and no dash
    after it ("SELVA, Ruritania (AFP) Oct 11, 2004", "SELVA, Ruritania, Oct 11, 2004").
    """
    if not text:
        return None
    m = _DATELINE.match(text[:160])
    if not m and len(text) <= 90 and text[-1:].isdigit():
        m = _DATELINE_LINE.fullmatch(text)
    if not m and text.startswith(", (", text.find(",")):
        m = _DATELINE_BRACKET.match(text[:200])
    if not m:
        return None
    return _parse_dated(_clean(m.group("date")), UTC, _now(now))


_DATELINE_LINE = re.compile(
    r"\s*[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?(?:,\s*|\s*\([^()]{2,40}\)\s*)"
    r"(?P<date>[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+(?:19|20)\d\d|\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+(?:19|20)\d\d)\s*"
)
"""A dateline line: its place in capitals, maybe a country, an agency in brackets or a comma, a full date."""
_DATELINE_BRACKET = re.compile(
    r"\s*[A-Z][A-Z.'’ -]{1,40},\s*\([^()]{2,100}?[-–—]\s*"
    r"(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+(?:19|20)\d\d|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+(?:19|20)\d\d)"
    r"\s*\)"
)
"""A dateline whose bracket holds the agency, the site that ran it and the date last: "SELVA, (NPA - Harbour
Daily - 11th Oct, 2024) ..."."""
