"""Which line of a pasted page dates the article: the top lines first, then the foot of the page.

:mod:`reader.engine.dates` reads one line; this module chooses among the lines of a paste. A page
prints several dates (the site's banner of today, the story's publication and update times, a
wire dateline without a year, a "First Published" line under the article) and only one is the
story's own.
"""

from __future__ import annotations

import re
from datetime import datetime

from reader.engine.dates import MONTH_PATTERN, date_line, dated_dateline, dated_line, month_number

TOP_LINES = 8
WIDGET_CHARS = 24
"""A line this short with no digit ("Listen live", "Port Averly airing now") is a widget's, and does not use up
one of the :data:`TOP_LINES` a date is looked for in: a radio or video widget above the byline has a dozen."""
STAMP_LINES = 3
"""The first lines of a paste, where a date stamp may open the headline's or the first sentence's line."""
STAMP_SCAN = 300
"""How far into a paragraph a headline's agency-and-date stamp may end."""
FOOT_LINES = 5
FOOT_CHARS = 100

_RANK = {"published": 0, "plain": 1, "dateline": 2, "updated": 3}


def date_in_paras(paras: list[str], max_lines: int = TOP_LINES, *, now: datetime | None = None) -> str | None:
    """The article's date from the first lines of a paste, or None.

    Only whole date lines and wire datelines count, never a date inside a body
    sentence. "Today:" banners are ignored; a "Published" line beats a bare
    date line, which beats a dateline, which beats an "Updated" line. When the
    very first line is a bare date and another date follows, the first is taken
    for a site banner. A date without a year ("Tuesday, March 12", "LAGOS,
    April 11 (Xinhua) --") counts only when a full date of the same day in these
    lines gives its year: a guessed year would date an old story this year.
    """
    found: list[tuple[int, int, str]] = []
    yearless: list[tuple[int, int, str]] = []
    counted = 0
    for i, para in enumerate(paras):
        if not isinstance(para, str) or not para:
            continue
        if len(para) > WIDGET_CHARS or (len(para) > 12 and any(c.isdigit() for c in para)):
            counted += 1
        if counted > max_lines:
            break
        stamped = _stamp_match(para)
        if stamped:
            para = stamped.group("date")  # "<headline> (Agency) / 9 March 2015 <first sentence>"
        elif i < STAMP_LINES and (lead := leading_stamp(para)):
            para = lead[0]  # "date 2019-04-02 <headline>"
        hit = dated_line(para, now=now)
        if hit is None and (bare := framed_date(para)) is not None:
            hit = dated_line(bare, now=now)  # "This story is from <date>", "Posted by on <date> 0 Comment"
        if hit:
            kind, iso, has_year = hit
            if kind != "today":
                (found if has_year else yearless).append((_RANK[kind], i, iso))
            continue
        got = dated_dateline(para, now=now)
        if got:
            (found if got[1] else yearless).append((_RANK["dateline"], i, got[0]))
    if yearless:
        found += year_from_page(yearless, paras[: i + 1])
    if not found:
        return None
    if len(found) > 1 and found[0][1] == 0 and found[0][0] == _RANK["plain"]:
        found = found[1:] if any(f[0] <= _RANK["plain"] for f in found[1:]) else found
    found.sort(key=lambda f: (f[0], f[1]))
    return page_order(found[0][2], paras[found[0][1]], paras[: i + 1])


_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)\b")


def page_order(iso: str, line: str, paras: list[str]) -> str:
    """``iso`` read from ``line``, its day and month swapped when the line's numeric date is ambiguous
    ("03/05/2019") and the page writes the other reading out ("Korvale, 3rd May, 2019 (WAM) - ...").

    :mod:`reader.engine.dates` reads slashes month first and dots or dashes day first, as most pages
    print them; a date with its month named on the same page settles which one this page meant.
    """
    m = _NUMERIC.search(line) if isinstance(line, str) else None
    if m is None:
        return iso
    a, b, year = int(m.group(1)), int(m.group(2)), m.group(3)
    if a == b or a > 12 or b > 12 or iso[:4] != year:
        return iso
    month, day = int(iso[5:7]), int(iso[8:10])
    if {month, day} != {a, b}:
        return iso
    named = _named_days(paras)
    if (year, day, month) in named and (year, month, day) not in named:
        return f"{year}-{day:02d}-{month:02d}{iso[10:]}"
    return iso


def _named_days(paras: list[str]) -> set[tuple[str, int, int]]:
    """(year, month, day) of every date the page writes with its month's name."""
    text = "\n".join(p for p in paras if isinstance(p, str))[:20_000]
    out = set()
    for m in _FULL_DAY.finditer(text):
        month = month_number(m.group("m1") or m.group("m2"))
        if month:
            out.add((m.group("y1") or m.group("y2"), month, int(m.group("d1") or m.group("d2"))))
    return out


def year_from_page(yearless: list[tuple[int, int, str]], paras: list[str]) -> list[tuple[int, int, str]]:
    """The year-less dates whose day a full date in ``paras`` repeats, given that date's year.

    The full date may stand in a sentence ("In a statement dated Friday, October 14, 2022"): it
    only lends its year to a date line, it never dates the article by itself.
    """
    text = "\n".join(p for p in paras if isinstance(p, str))[:20_000]
    years: dict[tuple[int, int], str] = {}
    for m in _FULL_DAY.finditer(text):
        month = month_number(m.group("m1") or m.group("m2"))
        day = int(m.group("d1") or m.group("d2"))
        if month:
            years.setdefault((month, day), m.group("y1") or m.group("y2"))
    out = []
    for rank, i, iso in yearless:
        year = years.get((int(iso[5:7]), int(iso[8:10])))
        if year:
            out.append((rank, i, year + iso[4:10]))
    return out


_FULL_DAY = re.compile(
    rf"\b(?:(?P<m1>{MONTH_PATTERN})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{MONTH_PATTERN})\.?,?\s+(?P<y2>(?:19|20)\d\d))\b",
    re.IGNORECASE,
)
"""A day written with its month name and year, in either order ("October 14, 2022", "6 March 2023")."""


def date_at_foot(paras: list[str], *, now: datetime | None = None) -> str | None:
    """The date printed under the article ("First Published: <date>", "18 may 2004 22:54:00"), or None.

    Only the last few paragraphs past the top lines count, only full date lines, and only when
    they agree on the day: a foot that lists other stories with their dates gives none.
    """
    start = max(TOP_LINES, len(paras) - FOOT_LINES)
    found: list[tuple[int, int, str]] = []
    for i, para in enumerate(paras[start:]):
        if not isinstance(para, str) or not para or len(para) > FOOT_CHARS:
            continue  # the story's last paragraphs: a foot date line is short
        hit = date_line(para, now=now, need_year=True)
        if hit and hit[0] != "today":
            found.append((_RANK[hit[0]], i, hit[1]))
    if not found or len({iso[:10] for _, _, iso in found}) > 1:
        return None
    return min(found)[2]


_DAY = (
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?i:{MONTH_PATTERN})\.?,?\s+(?:19|20)\d\d"
    rf"|(?i:{MONTH_PATTERN})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s*(?:19|20)\d\d"
)
_STAMPED = re.compile(
    rf"(?P<head>[^()\n]{{5,200}}?)\s*(?P<stamp>\([A-Za-z][\w .&'’-]{{1,30}}\)\s*[/|]\s*(?P<date>{_DAY}))"
    r"(?:\s+(?P<rest>[\"“‘'A-Z].*))?\Z",
    re.DOTALL,
)


def stamped_header(para: str) -> tuple[str, str, str] | None:
    """``(headline, stamp, rest)`` of a paragraph opening "<headline> (Agency) / <date>", or None.

    A page copied without its layout runs the headline, the agency in brackets and the date into
    the first sentence ("Ferry service resumes (Wam) / 9 March 2015 The ferry ..."); ``rest`` is
    that sentence on ("" when the stamp ends the paragraph).
    """
    m = _stamp_match(para)
    return None if m is None else (m.group("head").strip(), m.group("stamp"), m.group("rest") or "")


def _stamp_match(para: str) -> re.Match[str] | None:
    head = para[:STAMP_SCAN]
    if ")" not in head or ("/" not in head and "|" not in head):
        return None
    m = _STAMPED.match(para)
    return None if m is None or m.start("stamp") > STAMP_SCAN else m


_LEADING = re.compile(
    r"(?P<stamp>(?:(?i:date|dated|published|posted|updated)\s*:?\s*)?(?:19|20)\d\d-[01]\d-[0-3]\d"
    r"(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d)?)?)\s+(?P<rest>[\"“‘'(A-Z].*|\{[{%].*"
    r"|(?:advertisement|advertising|advert|sponsored|promoted|ad)\W*$"
    r"|\d{1,3}\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago\b.*)",
    re.DOTALL,
)


def leading_stamp(para: str) -> tuple[str, str] | None:
    """``(stamp, rest)`` of a line an ISO date stamp opens ("date 2019-04-02 Harbour strike ends"), or None.

    A page's machine-readable date, copied with the page, lands before the headline or the first
    sentence on the same line: it dates the paste and is no word of the headline. The label of an
    ad slot may follow it ("date 2020-01-15 advertisement"), or a template's
    unfilled placeholder ("date 2021-12-07 {{item.date | date}}"), or the page's
    relative time ("date 2021-12-07 5 hours ago"), a label of its own once cut off.
    """
    if not para[:1].isdigit() and para[:1] not in "dDpPuU":
        return None
    m = _LEADING.match(para)
    return None if m is None else (m.group("stamp"), m.group("rest"))


_FRAME_HEAD = re.compile(
    r"(?:[•·▪►*-]\s*)+"  # a bulleted date: "• 27/10/2015"
    r"|(?i:this (?:story|article|report|page|post) (?:is|was) "
    r"(?:from|published on|published|dated|first published on))\s+"
    r"|(?i:(?:posted|published|written|submitted) by)\s+(?i:on|at)\s+"  # a byline whose author slot is empty
)
_FRAME_TAIL = re.compile(
    r"\s+\d{1,5}\s+(?i:comments?|replies|responses)\W*$"  # "... 0 Comment": the count of an empty comment box
    r"|(?<=\d{4}),\s*(?:[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?)(?:,\s*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?)?$"
    r"|(?<=\d{4})\s+in\s+[A-Z][\w&'’-]*(?:\s?/\s?[A-Z][\w&'’-]*){0,3}$"
)
"""After the year, a print edition's place: "Tuesday, May 4, 2004, Springfield, USA" (a town, a country), or
the section the story was filed in: "March 4, 2019 in Business/Local"."""


def framed_date(line: str) -> str | None:
    """The date inside a frame that keeps :func:`reader.engine.dates.dated_line` from reading the line, or None.

    A bullet before it ("• 27/10/2015"), a page's note of the copy's date ("This story is from March
    3, 2019"), a byline whose author slot the copy left empty ("Posted by on June 1, 2011 0 Comment"),
    or a print edition's line naming its town and country after the year ("Tuesday, May 4, 2004,
    Springfield, USA"). The caller reads the date left; a numeric one is read as
    :mod:`reader.engine.dates` reads it (a first number above 12 can only be the day, "27/10/2015" is
    27 October; otherwise slashes are month first), and :func:`page_order` swaps it when the page
    writes the other reading out in words.
    """
    if not isinstance(line, str) or len(line) > 120:
        return None
    text = line.strip()
    if not text or not (text[:1] in "•·▪►*-" or text[:4].lower() in ("this", "post", "publ", "writ", "subm")
                        or text[-1:].isalpha()):
        return None  # most lines: no frame to cut
    bare = _FRAME_TAIL.sub("", _FRAME_HEAD.sub("", text, count=1), count=1).strip()
    return bare if bare and bare != text else None
