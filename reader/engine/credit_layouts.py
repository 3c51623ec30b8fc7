"""Credits written as page layout rather than prose: a byline bar, a closing domain, a courtesy note.

Pages that carry agency copy mark it in a few short lines that name no verb: an agency and the
place it filed from ("AP Nairobi", "Press Trust of India Chennai"), the agency and a dash opening the first
paragraph ("AFP – The island ..."), the agency alone in brackets under
a headline ("(Xinhua) / 4 May 2014"), the agency's domain alone on
the last line ("bloomberg.com"), a "Source:" line naming a domain, a courtesy note for the report
and its picture ("(Report & Photo courtesy Rowing Federation Media)"), or the agency's name glued
to the last sentence after a dash ("... not to speculate.-Sabah"), which the furniture pass splits
off into a line of its own. The furniture pass usually removes these lines; these rules read
the credit from them. They are called from :func:`reader.engine.credits._line_rules`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reader.engine import outlets
from reader.engine.credit_bylines import bracket_agencies
from reader.engine.credit_patterns import PHOTO_WORD

Found = tuple[str, str, int, int, bool]  # name, role, start, end, located in the text

# An agency, then the place its correspondent filed from: one to three capitalised words, maybe after a
# comma or a bar ("AP Nairobi", "AFP, Paris"), or two places a slash joins ("Reuters, Sao Paulo/Brasilia");
# nothing else on the line.
_PLACE_REST = re.compile(r"\s*[,|/–—-]?\s*(?:[A-Z][\w.'’-]*(?:\s*/\s*(?=[A-Z])|\s+|$)){1,4}")
_PLACE_NOT = frozenset(
    ["photo", "photos", "image", "images", "pictures", "video", "news", "staff", "exclusive", "live", "update",
     "updated", "breaking", "file", "pool", "handout"]
)


def agency_place(line: str) -> outlets.Mention | None:
    """The agency of an "<Agency> <Place>" byline line ("AP Nairobi"), else None.

    Cheap tests first: such a line is short, has no full stop at its end and starts with a capital.
    """
    if not line or len(line) > 60 or not line[0].isupper() or line[-1] in ".!?:;\"”":
        return None
    found = outlets.mentions(line, weak=True)
    if len(found) != 1 or found[0].span.start != 0 or outlets.kind(found[0].name) != "agency":
        return None
    rest = line[found[0].span.end :]
    if not rest.strip() or _PLACE_REST.fullmatch(rest) is None:
        return None
    if any(w.strip(",|/–—-.").casefold() in _PLACE_NOT for w in rest.split()) or PHOTO_WORD.search(rest):
        return None
    return found[0]


# An agency in brackets alone on a line, maybe with the date after a separator: "(Xinhua) / 4 May 2014", "(Ani)".
# The headline's tail the line was cut from ("... says minister (Xinhua) / 4 May 2014") is its own line by then.
_BRACKETED = re.compile(r"\(([^()\n]{2,40})\)\s*(?:[/|,–—-]\s*([^()\n]{0,40}))?")


def bracketed_agency(line: str) -> str | None:
    """The agency of a line that is only its name in brackets, and perhaps a date ("(Xinhua) / 4 May 2014").

    A slot this narrow takes the registry name in any case ("(Wam)" is WAM), as a dateline does; the date
    must hold a digit, and the name be an agency: "(Video)" or "(Update)" is no credit.
    """
    m = _BRACKETED.fullmatch(line.strip()) if line[:1] == "(" or line.lstrip()[:1] == "(" else None
    if m is None or (m.group(2) is not None and not any(c.isdigit() for c in m.group(2))):
        return None
    name = outlets.canonical(m.group(1).strip())
    return name if name is not None and outlets.kind(name) == "agency" else None


# A line that is a web address and nothing else ("bloomberg.com", "www.example.org/").
_DOMAIN = re.compile(r"(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,12})/?", re.IGNORECASE)


def domain_name(text: str) -> str | None:
    """The outlet a bare domain names: the registry's name for it, else the domain as written (lower-cased)."""
    m = _DOMAIN.fullmatch(text.strip(" .()[]"))
    if m is None or not any(c.isalpha() for c in m.group(1).rsplit(".", 1)[-1]):
        return None
    return outlets.from_url(m.group(1)) or m.group(1).lower()


# A site's name as a lower-case slug with no domain ending ("Source: harbourfmonline"): a word of its own that
# ends in a media word after a prefix of three letters or more. A plain word never ends so ("newspapers",
# "posters", "television"); the few that do name a kind of source, not a site ("multimedia", "socialmedia").
_SLUG = re.compile(r"[a-z][a-z0-9]{2,30}?(?:online|news|fm|tv|radio|daily|times|post|media|wire|herald|today)")
_SLUG_NOT = ("multi", "social", "mass", "news", "local", "state", "national", "print", "broad")


def site_slug(part: str) -> str | None:
    """The site a "Source:" line names by its lower-case slug ("harbourfmonline"), as written; else None."""
    word = part.strip(" .")
    if _SLUG.fullmatch(word) is None or word.startswith(_SLUG_NOT):
        return None
    return word


# "(Report & Photo courtesy X)", "Story and pictures courtesy of the X", "Text/Photo courtesy: X"
_WORK = r"(report|story|text|news|article|photos?|pictures?|images?|video)"
COURTESY = re.compile(
    r"(?i:\b" + _WORK + r"(?:\s*(?:&|and|/|,)\s*" + _WORK + r")?\s+courtesy(?:\s+of)?\s*:?\s*(?:the\s+)?)"
    r"([A-Z][\w.&'’-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w.&'’-]*){0,5})"
)
_PICTURE_WORK = ("photo", "picture", "image", "video")


def courtesy(para: str, low: str) -> Iterator[Found]:
    """Source and picture credits of a courtesy note; ``low`` is ``para.lower()`` (the "courtesy" gate)."""
    if "courtesy" not in low:
        return
    for m in COURTESY.finditer(para):
        works = [w.lower() for w in (m.group(1), m.group(2)) if w]
        name = m.group(3).rstrip(".,;:")
        reported = any(not w.startswith(_PICTURE_WORK) for w in works)
        known = outlets.canonical(name)
        if not reported and known is None:
            continue  # "Photo courtesy Jane Doe": a person's picture, no outlet; picture rules read known ones
        for w in ("source",) * reported + ("photo",) * any(w.startswith(_PICTURE_WORK) for w in works):
            yield known or name, w, m.start(3), m.start(3) + len(name), True


# The agency alone after a dash, as the furniture pass splits it off a last sentence ("-Sabah", "— APP").
_DASH_NAME = re.compile(r"(?:--|[-–—])\s?([A-Z][A-Za-z]{1,15})")  # "-Sabah", "— APP", "-- PTI"
_NOT_AGENCY = frozenset({"agencies", "agency", "staff", "desk", "online", "web", "reporter", "end", "ends"})


def dash_agency(line: str) -> str | None:
    """The name of a "-Agency" line (one capitalised word after a dash), else None."""
    m = _DASH_NAME.fullmatch(line)
    if m is None or m.group(1).casefold() in _NOT_AGENCY:
        return None
    return outlets.canonical(m.group(1)) or m.group(1)


# A last sentence with the agency glued on after a dash: "... the matter.-Sabah", "... on Monday. —AFP".
_GLUED_AGENCY = re.compile(r"(?<=[a-z0-9)%])[.!?][”\"’']?(\s?)((?:--|[-–—])\s?[A-Z][A-Za-z]{1,15})")


_SIGN_OFF = re.compile(
    r"(?<=[.!?\"”’])\s*\((?:Reporting|Editing|Writing|Additional reporting|Compiled)\s+by\b[^()]{1,160}\)$"
)
"""A wire sign-off in brackets closing an article's last paragraph, after its final sentence."""


_WIRE_CODE = re.compile(r"\s\[[A-Z]{1,6}/[A-Z]{0,6}\]$")
"""A wire service's topic code closing a paragraph ("[O/R]", "[MKTS/GLOB]"), a link for its subscribers."""


def split_glued_credits(paras: list[str]) -> list[str]:
    """Paragraphs with a glued "-Agency" suffix, a closing "(Reporting by ...)" or a wire topic code ("[O/R]")
    cut off into a line of its own, for the furniture pass.

    The sentence belongs to the article and the suffix is a credit line: left together, the pair
    reads as neither. The dash must touch the full stop, or the name be a registry agency ("said. - AFP").
    """
    out: list[str] = []
    for para in paras:
        if isinstance(para, str) and para.endswith("]") and "/" in para[-16:]:
            m = _WIRE_CODE.search(para, max(0, len(para) - 20))
            if m is not None and m.start() > 0 and para[: m.start()].rstrip()[-1:] in ".!?\"”’":
                out += [para[: m.start()].rstrip(), m.group().strip()]
                continue  # "... at 1100 GMT. [O/R]": a wire service's topic code after the sentence
        if isinstance(para, str) and para.endswith(")") and "by " in para[-200:]:
            m = _SIGN_OFF.search(para, max(0, len(para) - 200))
            if m is not None and m.start() > 0:
                out += [para[: m.start()].rstrip(), m.group().strip()]
                continue  # "... governance. (Reporting by A; Editing by B)": the sentence stays in the text
        if isinstance(para, str) and para.endswith(")") and " " in para:
            cut = para.rfind("(")
            before = para[:cut].rstrip()
            several = " with " in para[cut:] or len(bracket_agencies(para[cut:]) or ()) > 1  # "(Reuters)": a caption's
            if cut > 0 and before[-1:] in ".!?\"”’" and several and bracket_agencies(para[cut:]) is not None:
                out += [before, para[cut:]]
                continue  # "... on Monday. (NORDBAY TIMES with AFP, REUTERS)": the sentence stays in the text
        tail = para[-20:] if isinstance(para, str) else ""
        if "-" in tail or "–" in tail or "—" in tail:
            m = _GLUED_AGENCY.search(para, max(0, len(para) - 21))
            if m is not None and m.end() == len(para.rstrip()) and m.start() > 0 and dash_agency(
                m.group(2)
            ) is not None and (not m.group(1) or outlets.kind(dash_agency(m.group(2)) or "") == "agency"):
                out += [para[: m.start(2)].rstrip(), m.group(2)]
                continue
        out.append(para)
    return out


_LEAD_DASH = re.compile(r"\s*(?:--|[-–—])\s+(?=[A-Z\"“‘'])")


def agency_lead(line: str) -> outlets.Mention | None:
    """The agency opening a paragraph with a dash and no place ("AFP – The island had evacuated ..."), else None.

    It is a dateline that lost its place, or a site's style for agency copy; the name must be a registry
    agency and stand first, and the dash be followed by a sentence.
    """
    if not line[:1].isupper() or not any(d in line[:40] for d in "-–—"):
        return None
    found = outlets.mentions(line[:40], weak=True)
    if not found or found[0].span.start != 0 or outlets.kind(found[0].name) != "agency":
        return None
    return found[0] if _LEAD_DASH.match(line, found[0].span.end) else None


def layout_credits(para: str, stripped: str, low: str, body: bool) -> Iterator[Found]:
    """The layout credits of one paragraph or furniture line (``low`` is ``para.lower()``)."""
    men = agency_place(stripped) or agency_lead(stripped)
    if men is not None:
        off = para.index(stripped)
        yield men.name, "source", off + men.span.start, off + men.span.end, True
    yield from courtesy(para, low)
    name = bracketed_agency(stripped) if stripped[:1] == "(" else None
    if name is not None:
        yield name, "source", -1, -1, False
    if body or " " in stripped:
        return
    name = domain_name(stripped) if "." in stripped else None
    if name is not None and outlets.kind(name) not in (None, "site", "paper", "magazine", "photo"):
        yield name, "source", -1, -1, False  # a site or paper domain is its masthead; a photo one a picture credit
    name = dash_agency(stripped) if stripped[:1] in "-–—" else None
    if name is not None:
        yield name, "source", -1, -1, False
