"""Publication dates: parse one string that a page or feed prints into ISO 8601 UTC.

Parsing is done by python-dateutil; this module only adds the time-zone abbreviations it lacks, mends
what a copy without its layout glues together and guards against absurd results. Which line of a page
is a date line, and which of a paste's date lines dates the article, is :mod:`reader.engine.dates`'s
and :mod:`reader.engine.paste_dates`'s business; :mod:`reader.engine.dates` re-exports what is here.
"""

from __future__ import annotations

import logging
import re
import time
from datetime import UTC, date, datetime, timedelta, tzinfo

from dateutil import parser as du_parser
from dateutil import tz as du_tz

from reader.engine.text import strip_controls

log = logging.getLogger(__name__)

MAX_DATE_CHARS = 120
_MIN_YEAR = 1900
_INFO = du_parser.parserinfo()
MONTH_NAMES: list[tuple[str, ...]] = list(_INFO.MONTHS)
WEEKDAY_NAMES: list[tuple[str, ...]] = list(_INFO.WEEKDAYS)

# Hours from UTC for the abbreviations pages print and dateutil does not know.
_OFFSETS_H = """EST -5 EDT -4 CST -6 CDT -5 MST -7 MDT -6 PST -8 PDT -7 AKST -9 AKDT -8 HST -10 AST -4 ADT -3
NST -3.5 NDT -2.5 BST 1 IST 5.5 WET 0 WEST 1 CET 1 CEST 2 EET 2 EEST 3 MSK 3 TRT 3 GST 4 PKT 5 NPT 5.75
ICT 7 WIB 7 SGT 8 HKT 8 PHT 8 AWST 8 JST 9 KST 9 ACST 9.5 AEST 10 AEDT 11 NZST 12 NZDT 13 SAST 2 WAT 1
CAT 2 EAT 3"""
_ZONES = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}


def _tzinfos() -> dict[str, tzinfo | int]:
    """Offsets for the abbreviations dateutil does not know (it only knows UTC/GMT/Z)."""
    pairs = _OFFSETS_H.split()
    out: dict[str, tzinfo | int] = {
        k: int(float(v) * 3600) for k, v in zip(pairs[::2], pairs[1::2], strict=True)
    }
    for abbr, name in _ZONES.items():
        zone = du_tz.gettz(name)
        if zone is not None:
            out[abbr] = zone
    return out


_TZINFOS = _tzinfos()
_DEFAULT_A = datetime(2001, 1, 1, 0, 0, 0)
_DEFAULT_B = datetime(2002, 2, 2, 1, 1, 1)

_LABEL = re.compile(
    r"^(?:(?:first\s+)?published|last\s+updated|updated|posted|last\s+modified|modified|"
    r"date(?:d|line)?|created|issued|released|today|now)\b(?:\s+(?:on|at))?\s*[:\-–—|]?\s*",
    re.IGNORECASE,
)
_SEPT = re.compile(r"\bsept\b", re.IGNORECASE)
_DOTTED_TIME = re.compile(r"(?<=\d{4} )(\d{1,2})\.(\d{2})(?=\b)|\b(\d{1,2})\.(\d{2})(?=\s?[ap]\.?m\b)", re.I)
# "GMT+3" on web pages means three hours east; dateutil reads it POSIX-style (west), so spell it out.
_GMT_OFFSET = re.compile(r"\b(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\b", re.IGNORECASE)
_DIGITS_ONLY = re.compile(r"\d+")
_SPACED_NUMBERS = re.compile(r"\d+(?:\s+\d+)+")
"""Numbers and spaces only ("1 2 3 12", a pager): a written date has a month name or separators."""


# Page text copied without its layout glues fields together: "August 27, 20251:15 PM GMT+1Updated 2 hours ago".
_GLUED = re.compile(r"(?<=\b\d{4})(?=\d{1,2}:\d\d)|(?<=[a-z\d])(?=(?:Updated|Published|Modified|Last updated)\b)"
                    r"|(?<=\b(?:19|20)\d\d)(?=\d{1,2} [A-Za-z]{3})")
"""Also a date shown twice and glued ("18 Mar 202318 Mar 2023"), which _REPEATED then halves."""
_COMMA_YEAR = re.compile(r"(?<=\d),(?=(?:1[89]|20)\d\d\b)")
"""A day and its year with no space after the comma ("May 14,2008"), which dateutil misreads as one number."""
_REPEATED = re.compile(r"(.{6,40}?)\s+\1")


_AGO_TAIL = re.compile(r"\s*[/|·•–—-]\s*\d{1,3}\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)"
                       r"\s+ago\s*$", re.IGNORECASE)
"""A page's "/ 5 years ago" after the date it prints ("October 14, 2013 / 9:47 PM / 5 years ago")."""
_CUT_TIME = re.compile(r"(?<=\b(?:19|20)\d\d),?\s+\d{1,2}:?$")
"""A time cut off after the year ("Thursday, June 9, 2022, 1"): the date stands without it."""


def _clean(value: str) -> str:
    text = strip_controls(value).replace("\u00a0", " ").strip()
    if text.endswith(("ago", "AGO", "Ago")):
        text = _AGO_TAIL.sub("", text)
    if text[-1:].isdigit():
        text = _CUT_TIME.sub("", text)
    text = _GLUED.sub(" ", text)
    if "," in text:
        text = _COMMA_YEAR.sub(", ", text)
    text = _SEPT.sub("Sep", text)
    text = _GMT_OFFSET.sub(lambda m: f" {m.group(1)}{int(m.group(2)):02d}:{m.group(3) or '00'}", text)
    text = _DOTTED_TIME.sub(lambda m: f"{m.group(1) or m.group(3)}:{m.group(2) or m.group(4)}", text)
    text = " ".join(text.split())
    twice = _REPEATED.fullmatch(text)
    return twice.group(1) if twice else text


def _parse(text: str, default_tz: tzinfo, now: datetime, need_year: bool = False) -> str | None:
    """Parse one candidate string strictly; None when dateutil fails or the date is absurd.

    A date without a year gets the latest past one, unless ``need_year``: a page line such as
    "Tuesday, March 12" may be years old, and a guessed year would make it the newest report.
    """
    got = _parse_dated(text, default_tz, now)
    return None if got is None or (need_year and not got[1]) else got[0]


def _parse_dated(text: str, default_tz: tzinfo, now: datetime) -> tuple[str, bool] | None:
    """``(iso, whether the text gave the year)``; a missing year is the latest past one."""
    if not text or len(text) > MAX_DATE_CHARS:
        return None
    if _DIGITS_ONLY.fullmatch(text) and len(text) not in (8, 12, 14):
        return None
    if _SPACED_NUMBERS.fullmatch(text):
        return None
    if _ISO.fullmatch(text):
        quick = _parse_iso(text, default_tz, now)
        if quick is not None:
            return quick, True
    dayfirst = _DAY_FIRST.search(text) is not None
    try:
        a = du_parser.parse(text, default=_DEFAULT_A, tzinfos=_TZINFOS, dayfirst=dayfirst)
        b = du_parser.parse(text, default=_DEFAULT_B, tzinfos=_TZINFOS, dayfirst=dayfirst)
    except (ValueError, OverflowError, TypeError, LookupError, ArithmeticError) as exc:
        log.debug("unparseable date %r: %s", text, exc)
        return None
    if a.day != b.day or a.month != b.month:
        return None  # no day or no month given: not a date
    year, has_year = a.year, a.year == b.year
    if not has_year:
        year = now.year if (a.month, a.day) <= (now.month, now.day + 1) else now.year - 1
    has_time = a.hour == b.hour
    try:
        a = a.replace(year=year)
    except ValueError:
        return None
    if a.year < _MIN_YEAR:
        return None
    if not has_time:
        if a.date() > (now + timedelta(days=1)).date():
            return None
        return a.date().isoformat(), has_year
    if a.minute != b.minute:
        a = a.replace(minute=0)
    if a.second != b.second:
        a = a.replace(second=0)
    if a.tzinfo is None:
        a = a.replace(tzinfo=default_tz)
    try:
        utc = a.astimezone(UTC)
    except (ValueError, OverflowError):
        return None
    if utc > now + timedelta(days=1):
        return None
    return utc.strftime("%Y-%m-%dT%H:%M:%SZ"), has_year


_DAY_FIRST = re.compile(r"(?<![\d.-])\d{1,2}([.-])\d{1,2}\1(?:19|20)\d\d\b")
"""A numeric date with dots or dashes and the year last ("04.03.2016", "25-06-2024"): written day first.

Pages that print dots or dashes put the day first (an American page writes "03/04/2016" with
slashes, which stays month first); dateutil alone would read "04.03.2016" as April 3."""
_ISO = re.compile(r"\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d{1,6})?)?(?:Z|[+-]\d\d:?\d\d)?)?")


def _parse_iso(text: str, default_tz: tzinfo, now: datetime) -> str | None:
    """The common machine-written case without dateutil (most metadata and front matter dates)."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.year < _MIN_YEAR:
        return None
    if len(text) == 10:
        return None if moment.date() > (now + timedelta(days=1)).date() else moment.date().isoformat()
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=default_tz)
    utc = moment.astimezone(UTC).replace(microsecond=0)
    return None if utc > now + timedelta(days=1) else utc.strftime("%Y-%m-%dT%H:%M:%SZ")


def _now(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now(UTC)
    return now if now.tzinfo else now.replace(tzinfo=UTC)


def to_iso(value: object, *, now: datetime | None = None, default_tz: tzinfo = UTC) -> str | None:
    """ISO 8601 UTC for a date string ("2025-08-27T07:00:00Z", or "2025-08-27" without a time).

    Accepts strings in the usual web and feed formats, ``datetime``/``date``
    objects and ``time.struct_time`` (feedparser's ``*_parsed``). Returns None
    for anything unparseable, without a day, before 1900 or over a day ahead of
    ``now``. Times without a zone are read in ``default_tz``.
    """
    moment = _now(now)
    if isinstance(value, time.struct_time):
        try:
            value = datetime(*value[:6], tzinfo=UTC)
        except (ValueError, OverflowError, TypeError):
            return None
    if isinstance(value, date):
        value = value.isoformat()
    if not isinstance(value, str):
        return None
    if len(value) > 4 * MAX_DATE_CHARS:
        return None
    text = _clean(value)
    if len(text) > MAX_DATE_CHARS:
        return None
    found = _parse(text, default_tz, moment)
    if found is None:
        bare = _LABEL.sub("", text, count=1)
        if bare != text:
            found = _parse(bare, default_tz, moment)
    return found




def month_number(name: str) -> int | None:
    """1-12 for a month's name or abbreviation ("Sept", "march"), else None."""
    return _INFO.month(name)
