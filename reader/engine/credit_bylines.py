"""Wire credits in byline and dateline lines that name no bracket: the agency after a place, a date or a bullet.

Agency copy reprinted by papers and portals keeps its credit in a short line of its own, in forms the
bracketed dateline rules of :mod:`reader.engine.credits` do not read:

* the place, a dash and the agency's full name: ``BELMONT - Agence France-Presse``;
* a bulleted byline of an agency and the paper's own staff: ``• Kyodo, staff report``;
* a date and time, then "by" the agency: ``June 3,2011 09:00 by UPI``;
* a dateline whose agency follows the place after a comma and ends in a colon:
  ``LIMA, Xinhua: Two bridges were closed ...``;
* the agency, a comma and the date, maybe a page widget's words glued on: ``Xinhua, March 11, 2019 Adjust font
  size:`` (or after a dash: ``BY Xinhua, Mar 12, 2021 6:14 PM - REPORT AN ERROR``, a "By" before it), maybe
  after the site's domain and a share widget: ``0 CommentsPrint E-mail site.cn, Xinhua, June 9, 2011``;
* the agency in brackets after a headline, then a slash and the date: ``Ferry service resumes (Wam) / 9 March
  2015``;
* an agency's byline glued to the weekday of the date line after it: ``By APWednesday, June 23, 2010``;
* writers joined in a byline, the outlet they write for after them with no comma: ``Ana Roe And Tom Bell
  Velm Daily Times`` (or one writer after a "By"), or one writer's name glued to it: ``Ana RoeVelm Daily Times``.

Each form but the last needs a registry agency (a news agency, not a paper or a site, since these layouts
are the wire's), and everything else on the line must be what the layout allows, so prose that names an
agency ("Kyodo, citing a source, said") reads as none of them. The writers' byline names the paper as
well, a registry outlet or an unregistered name closed by an outlet's head word ("Times", "Herald"); there
the writers' names must read as names (no headline in title case reads as one), which is the layout's test.
Called from :func:`reader.engine.credits._line_rules`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reader.engine import dates, outlets
from reader.engine.credit_kinds import OUTLET_HEAD_WORDS
from reader.engine.credit_labels import NAME_WORD, NOT_NAMES, PARTICLES
from reader.engine.credit_photos import only_outlets

Found = tuple[str, str, int, int, bool]  # name, role, start, end, located in the text

_BULLETS = "•·▪■►*"

# A place in capitals, then a dash (or two hyphens) and the rest of the line: "BELMONT - Agence France-Presse"
_PLACE_DASH = re.compile(r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}\s*(?:--|[-–—])\s*(?P<who>\S.{1,50})")

# Staff words a wire byline may add beside the agency: "Kyodo, staff report", "AP and staff reports"
_STAFF = re.compile(
    r"(?i)(?:(?:from\s+)?(?:our\s+)?(?:own\s+)?(?:staff|wire|news\s+desk|agency)\s*(?:and\s+(?:wire|agency)\s+)?"
    r"(?:reports?|writers?|reporters?|correspondents?)?|agencies|wires)"
)
_PARTS = re.compile(r"\s*(?:,|&|/|\band\b|\bwith\b)\s*")

# A date-and-time stamp, then "by" and the rest: "June 3,2011 09:00 by UPI", "03/06/2011 - 09:00 by AFP"
_DATE_BY = re.compile(r"(?P<when>[\w ,.:/|–-]{4,48}?)\s+by\s+(?P<who>\S.{1,40})")
_TIME_WORDS = frozenset(
    [w.casefold().rstrip(".") for pair in dates.MONTH_NAMES + dates.WEEKDAY_NAMES for w in pair if w]
    + ["am", "pm", "a.m", "p.m", "gmt", "utc", "ist", "est", "edt", "bst", "cet", "updated", "published",
       "posted", "last", "on", "at"]
)

# A dateline with the agency after the place and a colon: "LIMA, Xinhua: Two bridges were closed ..."
_COLON_DATELINE = re.compile(
    r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3},\s+(?P<who>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})"
    r"\s*:\s+(?=[A-Z\"“‘'])"
)

# The agency in brackets, a slash, then a date: "Ferry service resumes (Wam) / 9 March 2015 The ferry ..."
_MONTH = "|".join(sorted({re.escape(w) for pair in dates.MONTH_NAMES for w in pair if len(w) >= 3}, key=len,
                         reverse=True))
_BRACKET_DATE = re.compile(
    r"\((?P<who>[A-Za-z][\w .&-]{1,30})\)\s*[/|]\s*(?=\d{1,2}(?:st|nd|rd|th)?\s+(?:" + _MONTH + r")\b|(?:"
    + _MONTH + r")\.?\s+\d{1,2}\b)"
)

# The agency, a comma and the date (and time), maybe a page widget's few words glued on after it or set off by a
# dash: "Xinhua, March 11, 2019 Adjust font size:", "Kyodo, 3 May 2024 10:02", and as a byline, "By" first:
# "BY Kestrel Wire, Mar 12, 2021 6:14 PM - REPORT AN ERROR"
_AGENCY_DATE = re.compile(
    r"(?:(?:By|BY|by)\s+)?(?P<who>[A-Z][\w&.’'-]*(?:\s+[\w&.’'-]+){0,4}?),\s+"
    r"(?:(?:" + _MONTH + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:" + _MONTH + r")\.?,?\s+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2})"
    r"(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)?(?P<rest>(?:\s+[-–—|])?(?:\s+[A-Za-z][\w-]*){0,4}:?)\s*"
)


def _agencies(text: str) -> list[outlets.Mention] | None:
    """The mentions of a piece that is nothing but registry agencies ("AFP", "Agence France-Presse"), else None."""
    named = only_outlets(text.strip())
    if named and all(outlets.kind(m.name) == "agency" for m in named):
        return named
    return None


def _wire_byline(line: str) -> list[tuple[str, int, int]]:
    """The agencies of a bulleted or staff-shared byline ("• Kyodo, staff report"), with their offsets."""
    body = line.lstrip(_BULLETS + " ")
    bulleted = len(body) < len(line)
    off = len(line) - len(body)
    found: list[tuple[str, int, int]] = []
    staff = False
    pos = 0
    for sep in [*_PARTS.finditer(body), None]:
        end = sep.start() if sep is not None else len(body)
        part = body[pos:end].strip().rstrip(".")
        if part:
            named = _agencies(part)
            if named:
                at = off + pos + body[pos:end].index(part)
                found += [(m.name, at + m.span.start, at + m.span.end) for m in named]
            elif _STAFF.fullmatch(part):
                staff = True
            else:
                return []  # a word the byline form does not allow: a sentence, a person, a place
        if sep is not None:
            pos = sep.end()
    return found if found and (staff or bulleted) else []


def _timestamp(when: str) -> bool:
    """Whether the words before "by" are a date and time only ("June 3,2011 09:00"), not a sentence."""
    if not any(c.isdigit() for c in when):
        return False
    words = re.findall(r"[A-Za-z][A-Za-z.]*", when)
    return all(w.casefold().rstrip(".") in _TIME_WORDS for w in words)


# An agency's byline glued to the date line after it, with no space before the weekday: "By KWTuesday, March 4,
# 2014" (a page that set the two in separate boxes). The weekday and a comma or space after it must follow.
_WEEKDAY = "|".join(pair[-1] for pair in dates.WEEKDAY_NAMES)
_GLUED_DAY = re.compile(r"By\s+(?P<who>[A-Z][\w&.’'-]{0,30}?)(?:" + _WEEKDAY + r"),?\s+\S")


_WITH_AGENCIES = re.compile(r"\((?:(?P<own>[^()]{1,40}?)\s+with\s+)?(?P<who>[^()]{2,60})\)")
"""A closing bracket of the agencies a story draws on: "(NORDBAY TIMES with AFP, REUTERS)", "(AFP, Reuters)"."""
_BY_LINE = re.compile(r"By\s+(?P<who>[^.;:!?()]{3,80})")


def bracket_agencies(text: str) -> list[outlets.Mention] | None:
    """The agencies of a whole "(<outlet> with <agencies>)" or "(<agencies>)" bracket, else None."""
    m = _WITH_AGENCIES.fullmatch(text.strip())
    if m is None:
        return None
    found: list[outlets.Mention] = []
    for part in _PARTS.split(m.group("who")):
        named = _agencies(part) if part.strip() else None
        if part.strip() and not named:
            return None  # a word that is no agency: "(pictured)", "(with his wife, Ann)"
        found += named or []
    return found or None


def _credited_byline(line: str) -> list[str]:
    """The agencies a "By" byline shares with the paper's own writers ("By Coast Courier Staff and AFP",
    "By Ola Berg and Reuters"): every other part is capitalised words, so no sentence reads as one."""
    m = _BY_LINE.fullmatch(line)
    if m is None or not any(w in m.group("who") for w in (" and ", " with ", "&")):
        return []
    names: list[str] = []
    joiner = ""
    for piece in re.split(r"(\s*(?:,|&|\band\b|\bwith\b)\s*)", m.group("who")):
        if re.fullmatch(r"\s*(?:,|&|and|with)\s*", piece):
            joiner = piece.strip()
            continue
        named = _agencies(piece) if piece else None
        if named and joiner in ("and", "with", "&"):
            names += [n.name for n in named]  # "... Staff and AFP": the agency wrote with them
        elif named:
            return []  # "By Ann Roe and Tom Lee, Reuters": the writers' own agency, a source (read elsewhere)
        elif piece and not all(w[:1].isupper() for w in piece.split()):
            return []
    return names


# A page's share widget glued before its source line: "0 CommentsPrint E-mail velmtoday.com, Kestrel Wire, May 2"
_WIDGET_WORD = r"(?:Comments?|Print|E-?mail|Share|Bookmark|Tweet|Save)"
_WIDGETS = re.compile(r"(?:\d{1,5}\s*)?" + _WIDGET_WORD + r"(?:\s*" + _WIDGET_WORD + r")*\s+(?=[A-Za-z])")
# The site that ran the copy, by its domain, before the agency and the date: "velmtoday.com, Kestrel Wire, ..."
_SITE_FIRST = re.compile(r"[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.[A-Za-z]{2,6},\s+(?=[A-Z])")


def _publisher_and_widgets(line: str) -> tuple[str, int]:
    """A source line less a share widget's words and the carrying site's domain glued before it, and the cut.

    "0 CommentsPrint E-mail velmtoday.com, Kestrel Wire, May 2, 2015" is the agency-and-date line of
    :data:`_AGENCY_DATE` once the widget and the site (the page's own masthead, no credit) are cut off.
    """
    cut = 0
    m = _WIDGETS.match(line) if line[:1].isdigit() or line.startswith(("Comment", "Print", "E", "Share")) else None
    if m is not None:
        cut = m.end()
    m = _SITE_FIRST.match(line, cut) if "." in line[cut : cut + 40] else None
    if m is not None:
        cut = m.end()
    return line[cut:], cut


# Writers joined in a byline: "Ana Roe And Tom Bell", "Ana Roe, Tom Bell & Jo Lee"
_JOINER = re.compile(r"\s*,\s*|\s+(?:and|And|AND)\s+|\s*&\s*")
_FOLDED_HEADS = frozenset(w.casefold() for w in OUTLET_HEAD_WORDS)  # "NewsWire" is "Newswire"
_JOINED = re.compile(r"^By |^BY |,|&| and | And | AND | [-–—] ")  # the gate of writers_outlet: a "By", a joiner, a dash
_BYLINE_STOPS = frozenset("\"“”‘:;!?()|/")


# Words of a writer's job, which may follow the name as an outlet would: "By Ana Roe, Senior Political Reporter"
_DESK_WORDS = frozenset(
    str.split("""Staff Senior Chief Deputy Associate Managing Executive Contributing Special Political Foreign Sports
    Business Health Science Crime Court Legal Environment Technology Economics Finance Arts Culture Correspondent
    Correspondents Writer Writers Editor Editors Columnist Contributor Freelance Investigative Digital Online Our""")
)


def _writer(words: list[str]) -> bool:
    """Whether the words are one writer's name: first and last name, maybe an initial or a particle between.

    Three full words are no name here ("Kamala Harris Slam" in a headline in title case), and the
    words that say what, not who ("Staff", "The") make none.
    """
    if not (2 <= len(words) <= 3) or not NOT_NAMES.isdisjoint(words) or not _DESK_WORDS.isdisjoint(words):
        return False
    ends = [words[0], words[-1]]
    if not all(NAME_WORD.fullmatch(w) and not w.endswith(".") for w in ends):
        return False
    return len(words) == 2 or words[1] in PARTICLES or (len(words[1]) == 2 and words[1].endswith("."))


def _outletish(words: list[str]) -> bool:
    """Whether the words, closing a byline, are an unregistered outlet's name ("Velm Daily Times").

    The head word ends the name ("Velm Daily Times") or starts it ("Radio Velm"); a name with one inside
    ("Win Velm Press Award") is a headline's object, and desk words (:data:`_DESK_WORDS`) are a job.
    """
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words) or not _DESK_WORDS.isdisjoint(words):
        return False
    return words[-1].casefold() in _FOLDED_HEADS or (words[0].casefold() in _FOLDED_HEADS and len(words) <= 3)


def writers_outlet(line: str) -> tuple[str, int, int] | None:
    """The outlet closing a byline of writers' names with no comma before it, and its offsets, else None.

    "Ana Roe And Tom Bell Velm Daily Times" and "By Ana Roe Velm Daily Times" name the writers and the
    paper they write for, which is the copy's source (as "By Ana Roe, Velm Daily Times" is). Two writers
    joined, or a "By", make the line a byline (before a registry outlet, so does a comma or a dash after one
    writer: "Ana Roe, Reuters"); each writer must read as a name (:func:`_writer`) and
    the rest be a registry outlet, or capitalised words holding an outlet's head word. With no comma
    the last writer's name is two words, or three with an initial between ("Tom M. Bell").
    """
    by = line.startswith(("By ", "BY "))
    body = line[3:] if by else line
    off = len(line) - len(body)
    if not body[:1].isupper() or any(c.isdigit() or c in _BYLINE_STOPS for c in body):
        return None
    if len(body.split()) != body.count(" ") + 1:
        return None  # a byline's words stand one space apart, on one line
    end = len(body.rstrip(" ."))
    named = outlets.mentions(body, weak=True)
    last = named[-1] if named and named[-1].span.end == end else None
    if last is not None:
        head = body[: last.span.start].rstrip(" ,–—-")
        parted = len(head) < len(body[: last.span.start].rstrip())  # "Ana Roe, Reuters", "Ana Roe - Reuters"
        if _writers(_JOINER.split(head) if head else [], by or parted):
            return last.name, off + last.span.start, off + last.span.end
        return None
    if named:
        return None
    joins = list(_JOINER.finditer(body, 0, end))
    at = joins[-1].end() if joins else 0
    words = body[at:end].split()
    initial = len(words) > 3 and len(words[1]) == 2 and words[1].endswith(".")
    cuts = ([0] if joins and joins[-1].group().strip() == "," else []) + [3 if initial else 2]
    for cut in cuts:  # "..., Velm Daily Times" after a comma, else "Tom Bell Velm Daily Times"
        writers = [body[a.end() if a else 0 : b.start()] for a, b in zip([None, *joins], joins, strict=False)]
        if cut:
            writers.append(" ".join(words[:cut]))
        if _outletish(words[cut:]) and _writers(writers, by):
            name = " ".join(words[cut:])
            start = end - len(name)
            return name, off + start, off + end
    return None


# One writer's name glued to the outlet after it, as a page that set the two in separate boxes pastes them:
# "Ana RoeVelm Daily Times", "Tom M. BellKestrel NewsWire". The glue (a capital after a lower-case letter)
# marks the byline as a comma or "By" does.
_GLUED_WRITER = re.compile(r"(?P<who>[A-Z][a-z]+(?: [A-Z]\.)? [A-Z][a-z]+)(?=[A-Z])")


def glued_writer(line: str) -> tuple[str, int, int] | None:
    """The outlet a writer's name is glued to ("Ana RoeVelm Daily Times"), and its offsets, else None."""
    m = _GLUED_WRITER.match(line)
    if m is None or not _writer(m.group("who").split()):
        return None
    rest = line[m.end() :].rstrip(" .")
    if any(c.isdigit() or c in _BYLINE_STOPS for c in rest) or len(rest.split()) != rest.count(" ") + 1:
        return None
    named = only_outlets(rest)
    if named and len(named) == 1:
        return named[0].name, m.end() + named[0].span.start, m.end() + named[0].span.end
    if named is None and not outlets.mentions(rest, weak=True) and _outletish(rest.split()):
        return rest, m.end(), m.end() + len(rest)
    return None


def _writers(names: list[str], by: bool) -> bool:
    """Whether these are a byline's writers: each a name, and two or more of them unless a "By" leads."""
    return bool(names) and (len(names) >= 2 or by) and all(_writer(n.split()) for n in names)


def byline_credits(para: str, stripped: str) -> Iterator[Found]:
    """Source credits of the byline and dateline forms above in one paragraph or furniture line."""
    if stripped.startswith("(") and stripped.endswith(")") and len(stripped) <= 110:
        named = bracket_agencies(stripped) or []
        if " with " in stripped or len(named) > 1:  # a lone "(Reuters)" line is read by the caption rules
            at = para.index(stripped)
            for men in named:
                yield men.name, "source", at, at + len(stripped), True  # the whole bracket is the evidence
            return
    shared = _credited_byline(stripped) if stripped.startswith("By ") and len(stripped) <= 90 else []
    if shared:
        at = para.index(stripped)
        for name in shared:
            yield name, "contributor", at, at + len(stripped), True
        return
    writers = writers_outlet(stripped) if len(stripped) <= 110 and _JOINED.search(stripped[:60]) else None
    if writers is None and len(stripped) <= 70 and stripped[:1].isupper():
        writers = glued_writer(stripped)
    if writers is not None:
        name, s, e = writers
        at = para.index(stripped)
        yield name, "photo" if outlets.kind(name) == "photo" else "source", at + s, at + e, True
    if not stripped or not stripped[0].isupper() and stripped[0] not in _BULLETS and not stripped[0].isdigit() and \
            not (stripped[0].islower() and _SITE_FIRST.match(stripped)):
        return
    m = _GLUED_DAY.match(stripped) if stripped.startswith("By ") and "day" in stripped[:60] else None
    for men in (_agencies(m.group("who")) if m else None) or ():
        at = para.index(stripped) + m.start("who")  # type: ignore[union-attr]
        yield men.name, "source", at + men.span.start, at + men.span.end, True
    off = para.index(stripped)
    short = len(stripped) <= 70
    m = _PLACE_DASH.fullmatch(stripped) if short else None
    named = _agencies(m.group("who")) if m else None
    for men in named or ():
        at = off + m.start("who")  # type: ignore[union-attr]
        yield men.name, "source", at + men.span.start, at + men.span.end, True
    if short and (stripped[0] in _BULLETS or "," in stripped or " and " in stripped):
        for name, s, e in _wire_byline(stripped):
            yield name, "source", off + s, off + e, True
    m = _DATE_BY.fullmatch(stripped) if short and " by " in stripped else None
    if m and _timestamp(m.group("when")):
        for men in _agencies(m.group("who")) or ():
            at = off + m.start("who")
            yield men.name, "source", at + men.span.start, at + men.span.end, True
    dated, lead = _publisher_and_widgets(stripped) if short and "," in stripped[:50] else (stripped, 0)
    m = _AGENCY_DATE.fullmatch(dated) if short and "," in dated[:50] else None
    for men in (_agencies(m.group("who")) if m and not m.group("rest").rstrip(":").endswith(".") else None) or ():
        at = off + lead + m.start("who")  # type: ignore[union-attr]
        yield men.name, "source", at + men.span.start, at + men.span.end, True
    m = _COLON_DATELINE.match(stripped) if ":" in stripped[:60] else None
    for men in (_agencies(m.group("who")) if m else None) or ():
        at = off + m.start("who")  # type: ignore[union-attr]
        yield men.name, "source", at + men.span.start, at + men.span.end, True
    m = _BRACKET_DATE.search(stripped[:220]) if "(" in stripped[:160] else None
    name = outlets.canonical(m.group("who").strip()) if m else None
    if m and name is not None and outlets.kind(name) == "agency":
        yield name, "source", off + m.start("who"), off + m.end("who"), True
