"""Picture credits: "Photo by X / AFP", "Jo Roe/Reuters", "(Photo: EPA)", "via Getty Images", "... on May 3. © AP".

A picture credit says who took or supplied an image, never whose report the article
relies on, so these rules are kept apart from the source, contributor and citation
rules in :mod:`reader.engine.credits`; that module claims the names found here first,
so a name in a picture credit is not read a second time as a citation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from reader.engine import outlets
from reader.engine.credit_cite_patterns import SLASH_MODIFIER
from reader.engine.credit_labels import unregistered_pictures
from reader.engine.credit_patterns import (
    AGENCY_FIRST_CREDIT,
    DATELINE_SLASH,
    EDITOR_INITIALS,
    PHOTO_WORD,
    SENTENCE_BREAK,
    SLASH,
    VIA_GETTY,
    has_picture_tail,
    may_name_picture,
)
from reader.engine.models import Span
from reader.engine.speaker_words import PERSON_TITLES

# Between a picture word and the outlet it credits stand only a photographer's name and credit words
# ("Photo: Jo Roe/AFP", "Photo by Jo Roe for The New York Times", "A handout photo released by SANA"), or the
# outlet closes the paragraph in brackets ("File photo of the tower. (Reuters)"); other
# words mean the outlet belongs to the sentence, not to the picture ("She took credit for the deal, the
# Financial Times reported", "Images spread online, and Reuters reported").
_CREDIT_FILLER = re.compile(
    r"(?:[\s/|,:;©&()\[\].—–-]+|[A-Z][\w.'’-]*|\d+|(?:by|for|of|the|from|via|courtesy|credits?|photos?|"
    r"images?|pictures?|photograph|handout|file|staff|pool|photographers?|released|provided|distributed|"
    r"supplied|taken|copyright|source|sources|and|de|van|von|al|el|bin)\b)*"
)


@dataclass(slots=True)
class Hit:
    """One credit found: canonical name, role, evidence text and its span (None in furniture)."""

    name: str
    role: str
    evidence: str
    span: Span | None


def only_outlets(line: str) -> list[outlets.Mention] | None:
    """The outlets of a short line made of nothing but outlet names ("AFP/Reuters", "— AFP"), else None."""
    if not 0 < len(line.split(maxsplit=6)) <= 6:
        return None
    named = outlets.mentions(line, weak=True)
    rest = line
    for men in reversed(named):
        rest = rest[: men.span.start] + rest[men.span.end :]
    rest = EDITOR_INITIALS.sub("", rest) if "/" in rest else rest
    if named and re.fullmatch(r"[\s,/&—–\-.()]*(?:and[\s,/&—–\-.()]*)*", rest):
        return named
    return None


def is_caption_para(para: str) -> bool:
    """Whether a paragraph reads like a caption: one short sentence, or ending in "(Photo ...)"."""
    if 0 < len(para.split(maxsplit=12)) <= 12 and not SENTENCE_BREAK.search(para):
        return True
    return has_picture_tail(para)


_AGENCY_CLOSE = re.compile(r"\(([^()\n]{2,40})\)\s*$")


def agency_close(text: str) -> int | None:
    """Where the bracketed agency or picture library closing a line starts ("... (Yonhap)"), else None."""
    m = _AGENCY_CLOSE.search(text) if text.rstrip().endswith(")") else None
    named = only_outlets(m.group(1)) if m else None
    if m is None or not named or any(outlets.kind(x.name) not in ("agency", "photo") for x in named):
        return None
    return m.start()


_NAME_WORDS = frozenset(str.split("a an the of in on at to for and or but with by from as is are was"))


def named_subject(text: str) -> bool:
    """A person's title and name, capitalised, not in capitals ("Rep. Seo Jin-woo", "Former President Ana Prado").

    "SEOUL" is a dateline; a name with no title ("Jo Lindqvist (Reuters)") may be a reporter's byline.
    """
    ws = text.split()
    return (
        2 <= len(ws) <= 7
        and all(w[:1].isupper() for w in ws)
        and not text.isupper()
        and not any(w.lower() in _NAME_WORDS or any(c.isdigit() for c in w) for w in ws)
        and any(w.lower().rstrip(".") in PERSON_TITLES for w in ws[:-1])
    )


def closing_picture(line: str) -> list[outlets.Mention]:
    """The agency closing a caption moved to the page furniture: "Rep. Seo Jin-woo (Yonhap)", or one sentence
    and its bracket ("Lawmakers hold signs ... on Friday. (Yonhap)"), else [].

    In the article's text the same bracket after a sentence marks wire copy ("... said. (ANI)"); once the
    furniture pass has taken the line for a caption, the agency supplied its picture.
    """
    at = agency_close(line)
    if at is None:
        return []
    before = line[:at].strip()
    if not (named_subject(before) or (before.endswith(".") and not SENTENCE_BREAK.search(before))
            or described_scene(before)):
        return []
    return [outlets.Mention(x.name, x.written, Span(at + 1 + x.span.start, at + 1 + x.span.end))
            for x in only_outlets(line[at + 1 : line.rindex(")")]) or ()]


_ARTICLES = frozenset(("a", "an", "the"))


def described_scene(text: str) -> bool:
    """A caption's one unpunctuated sentence describing the picture ("Rescue workers carry a man from the ...").

    Captions often end with no full stop before the agency's bracket ("... hospital, Peshawar (Reuters)").
    A headline, the other short line that may close so, leaves out the articles ("Quake kills 40 in
    Tarvik"); a caption keeps them, and it runs longer than a byline ("By Jo Roe (Reuters)").
    """
    words = text.split()
    return (
        len(words) >= 6
        and not text.endswith((":", ";", "?", "!"))
        and not SENTENCE_BREAK.search(text)
        and not _ARTICLES.isdisjoint(words[1:])
        and not text.startswith(("By ", "BY "))
    )


# PressReader prints a caption's credit between two pairs of question marks (a copyright sign it cannot
# render): " ?? REUTERS ?? Photo shows rescuers ...", "... in the valley. ?? AFP ??"
_QUERIED = re.compile(r"(?:^|(?<=\s))\?\?\s*(?P<names>[A-Z][^?\n]{1,40}?)\s*\?\?(?=\s|$)")


def queried_credit(para: str) -> list[outlets.Mention]:
    """Agencies or picture libraries between PressReader's "??" marks (" ?? REUTERS ?? Photo shows ..."), else []."""
    out = []
    for m in _QUERIED.finditer(para):
        named = only_outlets(m.group("names"))
        if named and all(outlets.kind(x.name) in ("agency", "photo") for x in named):
            at = m.start("names")
            out += [outlets.Mention(x.name, x.written, Span(at + x.span.start, at + x.span.end)) for x in named]
    return out


_PICTURE_WORD = re.compile(r"(?i)\b(?:photo|images|pictures)\b")
"""A picture word written into an outlet's name ("AFP Photo", "Reuters Pictures")."""


def picture_credits(para: str, base: int | None, caption: bool) -> Iterator[tuple[Hit, tuple[int, int]]]:
    """Picture credits in one caption or paragraph; ``base`` is its offset in the text (None for furniture)."""
    found: dict[tuple[int, int], str] = {}
    pictured = may_name_picture(para, para.lower())
    for m in PHOTO_WORD.finditer(para) if pictured else ():
        close = para.find(")", m.end())
        stop = close if close >= 0 and "(" in para[max(0, m.start() - 2) : m.start() + 1] else len(para)
        for men in outlets.mentions(para[m.end() : stop], weak=True):
            s0, e0 = m.end() + men.span.start, m.end() + men.span.end
            closing = para[s0 - 1 : s0] == "(" and para[e0 : e0 + 1] == ")" and not para[e0 + 1 :].strip(" .")
            if closing or men.span.start <= 90 and _CREDIT_FILLER.fullmatch(para, m.end(), s0):
                found[(m.end() + men.span.start, m.end() + men.span.end)] = men.name
    only = only_outlets(para)
    agencies_only = only is not None and all(outlets.kind(m.name) != "photo" for m in only)
    wire = DATELINE_SLASH.match(para) if "/" in para[:80] else None  # "MOSCOW, Aug 27. /TASS/." is no picture
    # "By Ana Roe, Velm/Reuters/AFP, Orbury" is a wire byline: its slashes join the places and agencies
    byline = not pictured and para.lstrip().startswith(("By ", "BY "))
    for men in outlets.mentions(para, weak=True):
        s, e = men.span.start, men.span.end
        if wire is not None and wire.start(1) <= s < wire.end(1):
            continue
        slash = not agencies_only and not byline and (
            SLASH.match(para, e) is not None or re.search(r"/\s*$", para[max(0, s - 3) : s]) is not None
        ) and not (base is not None and _agency_pair(para, s, e, men.name)) and SLASH_MODIFIER.match(para, e) is None
        via_before = re.search(r"\bvia\s+$", para[max(0, s - 5) : s]) is not None
        via = VIA_GETTY.match(para, e + 1) is not None or (
            via_before and (men.name == "Getty Images" or (caption and e >= len(para.rstrip().rstrip(" ).")) - 1))
        )
        solo_photo = outlets.kind(men.name) == "photo" and (caption or len(para.split(maxsplit=12)) <= 12) or (
            re.match(r"\s*(?:Photos?|PHOTOS?|photos?|Images?|Pictures?|Video)\b", para[e : e + 12]) is not None
        ) or (_PICTURE_WORD.search(men.written) is not None
              and _PICTURE_WORD.search(men.name) is None)  # "AFP Photo"; not "Getty Images"
        closing = slash and (s == 0 or para[s - 1] == "(" or para[max(0, s - 2) : s] == ". ") and \
            AGENCY_FIRST_CREDIT.match(para, e) is not None
        if (slash and (caption or e >= len(para.rstrip().rstrip(" ).")) - 1)) or via or solo_photo or closing:
            found[(s, e)] = men.name
    for men in bracketed_picture(para):
        found[(men.span.start, men.span.end)] = men.name
    for men in closing_picture(para) if base is None and para.endswith(")") else ():
        found[(men.span.start, men.span.end)] = men.name
    for name, s, e in unregistered_pictures(para):
        found[(s, e)] = name
    for men in queried_credit(para) if "??" in para else ():
        found[(men.span.start, men.span.end)] = men.name
    for men in copyright_caption(para) if "©" in para else ():
        found[(men.span.start, men.span.end)] = men.name
    for (s, e), name in found.items():
        if base is None:
            evidence = para.strip()
        else:
            lo = max(para.rfind("(", 0, s), para.rfind(". ", 0, s) + 1, 0)
            evidence = para[lo:].strip() if len(para) - lo < 160 else para[lo : e + 1].strip()
        span = Span(base + para.index(evidence), base + para.index(evidence) + len(evidence)) if base is not None \
            else None
        yield Hit(name, "photo", evidence, span), (s, e)


def _agency_pair(para: str, s: int, e: int, name: str) -> bool:
    """Whether a slash joins two news outlets ("Reuters/Ipsos"), which is a partnership, not a picture credit."""
    if outlets.kind(name) == "photo":
        return False
    near = outlets.mentions(para[max(0, s - 40) : e + 40], weak=True)
    return any(m.name != name and outlets.kind(m.name) != "photo" for m in near)


# A caption's closing picture credit after a copyright sign: "Supporters cheer at a rally on May 3.   © AP".
_SIGNED_CLOSE = re.compile(r"(?<=[.!?])[\s\u00a0]*©\s*(?P<names>[^©\d\n]{2,40}?)\s*$")
_SPOKEN = re.compile(r"[\"“”]|\b(?:said|says|told|added|according)\b")


def copyright_caption(para: str) -> list[outlets.Mention]:
    """Agencies or picture libraries after a "©" closing a one-sentence caption ("... on May 3. © AP"), else [].

    The sign after a caption's full stop marks who owns the picture. A copyright line of its own ("© AFP",
    "© 2024 AFP"), one with a year, or a sign after several sentences or reported speech is the copy's own
    notice, read as a source by the copyright rule; so is any name that is not an agency or picture library.
    """
    m = _SIGNED_CLOSE.search(para)
    if m is None or len(para.split(maxsplit=50)) > 50:
        return []
    sentence = para[: m.start()].strip()
    if not sentence or SENTENCE_BREAK.search(sentence) or _SPOKEN.search(sentence):
        return []
    named = only_outlets(m.group("names"))
    if not named or any(outlets.kind(x.name) not in ("agency", "photo") for x in named):
        return []
    at = m.start("names")
    return [outlets.Mention(x.name, x.written, Span(at + x.span.start, at + x.span.end)) for x in named]


_BRACKETED_CLOSE = re.compile(r"\s\[(?P<names>[^\[\]\n]{2,40})\]\s*$")


def bracketed_picture(para: str) -> list[outlets.Mention]:
    """Agencies in square brackets closing a one-sentence caption ("... since May [AFP]"), else [].

    Captions in that house style credit the picture so, with no full stop before the bracket. A sentence
    that ends before it ("... a Cabinet session. [BBC]") is a blog citing its source, unless it is as short
    as a caption; and only an agency or a picture library supplies pictures this way.
    """
    if not para.rstrip().endswith("]") or len(para.split(maxsplit=40)) > 40:
        return []
    m = _BRACKETED_CLOSE.search(para)
    if m is None or SENTENCE_BREAK.search(para, 0, m.start()):
        return []  # a longer paragraph closing so may be wire copy marked with its source, not a caption
    if para[: m.start()].rstrip().endswith((".", "!", "?")) and len(para.split(maxsplit=12)) > 12:
        return []
    named = only_outlets(m.group("names"))
    if not named or any(outlets.kind(x.name) not in ("agency", "photo") for x in named):
        return []
    return [outlets.Mention(x.name, x.written, Span(m.start("names") + x.span.start, m.start("names") + x.span.end))
            for x in named]
