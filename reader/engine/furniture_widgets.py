"""Small page widgets copied as lines of their own: a stock ticker, a date-and-weather bar, a tag, an upsell,
an image's placeholder, a story's ID label.

Each shows on its own line and says what it is by its shape ("ABC -0.23% 17.16 $", "Friday 31 March
2023 Velmport: 9°C", "# on strike", "... Want to Upgrade?"), never by a particular page's words; a
cheap character test gates each pattern (a "%", a "°", a leading "#"), so a line without the
character costs nothing. :func:`reader.engine.furniture_lines.line_flag` asks these of short lines.
"""

from __future__ import annotations

import re

from reader.engine import dates
from reader.engine.paste_dates import framed_date

_WEATHER = re.compile(r"[\s,|-]*(?:[A-Z][\w.'’ -]{0,30}:?\s*)?[-+]?\d{1,3}\s*°\s*[CF]?\s*$")
"""The weather after a page's date ("... Velmport: 9°C"): cut before the date is read."""
_TICKER = re.compile(r"[A-Z][A-Z0-9.^-]{0,9}\s+[-+−]?\d{1,4}(?:[.,]\d{1,3})?\s?%\s+[$€£¥]?\s?[\d.,]+\s?[$€£¥]?")
"""A stock ticker's line: a symbol in capitals, a signed change in per cent, a price."""
_TAG_LINE = re.compile(r"#\s?[a-z][a-z'’ -]{0,40}")
"""A site's tag over the headline ("# on strike"), in lower case as no headline is."""
_FEATURE_UPSELL = re.compile(
    r"(?:try our (?:[\w'’-]+ ){0,3}features?|explore what (?:[\w.'’-]+ ){1,4}can do for you:?)", re.IGNORECASE)
"""A site's upsell for its own tools under the article ("Try Our Smart Features", "Explore what Brightline Assist
can do for you:"): an imperative offer, never a line of a report."""
_COLOURS = frozenset(("black", "blue", "brown", "gray", "green", "grey", "orange", "pink", "purple", "red",
                      "white", "yellow"))
_ID_LABEL = re.compile(r"(?:story|news|article|content|item) (?:code|id|no\.?|number|link)\s*:\s*\d*",
                       re.IGNORECASE)
"""A story's ID or link label at its foot ("Story Code: 16975", "News Link :"); the URL follows on its own line."""
_UPSELL_ENDS = ("want to upgrade?", "ready to upgrade?", "upgrade now?")


def widget_line(text: str, nw: int) -> str | None:
    """The flag of a ticker line ("label"), a date-and-weather bar ("date") or a tag line ("label"), or None."""
    if "%" in text and nw <= 5 and _TICKER.fullmatch(text):
        return "label"
    if "°" in text and nw <= 10 and dates.looks_like_date(_WEATHER.sub("", text)):
        return "date"
    if text[:1] == "#" and nw <= 4 and _TAG_LINE.fullmatch(text):
        return "label"
    if nw <= 10 and text[:1] in "TtEe" and _FEATURE_UPSELL.fullmatch(text):
        return "promo"
    if nw == 2 and text.endswith("background") and text.split()[0].lower() in _COLOURS:
        return "label"  # "Orange background": an image's placeholder text, left where the picture was
    if nw <= 4 and ":" in text and _ID_LABEL.fullmatch(text):
        return "label"
    return None


def framed_date_line(text: str) -> bool:
    """A date in a frame ("• 27/10/2015", "This story is from March 3, 2019", an edition's "<date>, Town,
    Country"): see :func:`reader.engine.paste_dates.framed_date`."""
    bare = framed_date(text)
    return bare is not None and dates.looks_like_date(bare)


def upsell(low: str) -> bool:
    """A line (lower-cased) ending with a site's offer of its paid tier ("... unavailable to you. Want to
    Upgrade?"): a forum's or a paper's, asked at the end of its own bar."""
    return low.endswith(_UPSELL_ENDS)


_GLUED_DATE = re.compile(
    r"(?<=[a-z)])(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? \d{1,2},? \d{4}$"
)
GLUED_DATE_MAX_WORDS = 8


def glued_date_line(text: str, nw: int) -> bool:
    """A byline with its date run on by the copy ("Velm staff (ar)October 8, 2007"): the page's date line.

    The month touches the word or bracket before it; a sentence puts a space there.
    """
    if nw > GLUED_DATE_MAX_WORDS or not text[-1:].isdigit():
        return False
    m = _GLUED_DATE.search(text)
    return m is not None and m.start() > 0 and dates.looks_like_date(m.group())
