"""Picture credits written after a label ("Photo:", "Photograph:", "Credit:") that name no registry outlet.

A label and the names after it to the end of a caption is a picture credit and nothing else, so the slot
may hold a name the registry lacks. What it holds decides what is credited:

* an organisation: an acronym first in the chain, or a title-case name with an agency-like head word
  ("Photo: Delta Press/Flickr", "... in Pellow. Photograph: Xinhua/Rex Features") or ending in an outlet's
  ("Photo: Jo Roe/The Velm Times");
* a site by its domain ("... on Quay Street.Credit: Harbourlight.co.nz"): the registry's outlet for the
  domain, else the site's brand as the page cases it ("Harbourlight"), as the outlet guess reads a domain;
* a person or a body named by two to four capitalised words and nothing else ("... on Monday. Photograph:
  Dara Quill", "Photo: Ana Roe" alone on a line, "... in Velm.Credit: Tom Bell"): whoever took or supplied
  the picture is its credit. With a slash in the chain ("Photo: Jo Roe/AFP") the agency is the credit
  and the name beside it its photographer, left uncredited as before. After a word ("Tax Credit: Velm
  Rates") the label is no caption's, and a name alone there credits nobody.

A name and a picture word alone on a line ("KNA Photo") names an organisation only. Platforms and
licences that merely host the picture ("Flickr", "CC BY 2.0") credit nobody. The label is looked for only
before a colon: :func:`reader.engine.credit_patterns.may_label_picture` is the gate, and
:mod:`reader.engine.credits_gate` finds the same colons in the whole text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reader.engine import outlet_guess, outlets
from reader.engine.credit_kinds import OUTLET_HEAD_WORDS

# The names after the label: capitalised words with slashes between, or a domain in lower case.
_NAMES = (
    r"(?P<names>[A-Z][\w&.'’ -]{0,60}(?:\s*/\s*[A-Z][\w&.'’ -]{0,40}){0,3}"
    r"|[a-z0-9][\w-]{0,40}(?:\.[a-z0-9][\w-]{0,30}){1,3})"
)
_LABELLED = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\())\s*(?:Photo(?:graph)?s?|PHOTOS?|Pictures?|Images?|(?:Photo\s+)?[Cc]redits?)\s*:\s*"
    + _NAMES + r"\s*\)?\s*\.?\s*$"
)
# The label "Credit:" may also close a caption with no sentence break before it, glued to its full stop or
# after the photographer ("... at the depot. Coast Wire / Ana Ruiz Credit: Harbour Media Group"). There an
# acronym is as often a source of the picture that is no news outlet ("Image Credit: NASA/Jo Roe"), so only
# a many-word organisation's name, a domain or a person's name counts.
_CREDIT_LABEL = re.compile(
    r"(?:(?<=\s)|(?<=[.!?]))(?:Credits?|CREDITS?)\s*:\s*" + _NAMES + r"\s*\)?\s*\.?\s*$"
)
_NAME_PHOTO = re.compile(r"(?P<names>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+(?:Photos?|PHOTOS?|Pictures|Images)")
_ACRONYM = re.compile(r"[A-Z]{3,4}")
_ORG_HEADS = frozenset(
    str.split("Press News Agency Features Pictures Photos Images Media Service Wire Archive Archives Library "
              "Collection Stock Studio Studios")
)
_ORG_WORDS = frozenset(str.split("Corp Corporation Group Newswire NewsWire Network"))  # anywhere in the name
_PLATFORMS = frozenset(
    str.split("flickr twitter x facebook instagram youtube tiktok telegram whatsapp google wikipedia wikimedia "
              "commons wiki")
)
_OUTLET_HEADS = frozenset(OUTLET_HEAD_WORDS)  # the head words of an outlet's name ("Velm Times")
_CREDIT_WORDS = frozenset(str.split("FILE POOL STR HAND FOTO VIA AND THE"))  # "STR/AFP": a stringer

# A domain: labels of letters, digits and hyphens, the last one holding a letter ("harbourlight.co.nz")
_DOMAIN = re.compile(r"(?:www\.)?(?P<d>[A-Za-z0-9][\w-]*(?:\.[A-Za-z0-9][\w-]*)*\.[A-Za-z]{2,12})")

# A word of a name: capitalised, the rest lower case but for a second capital ("McAllister", "O’Neill",
# "Ruiz-Lopez"); or an initial ("M."). Lower-case particles ("de", "van", "bin") may stand between.
NAME_WORD = re.compile(r"[A-Z](?:[’'][A-Z])?[a-zà-ÿ]+(?:[A-Z][a-zà-ÿ]+)?(?:-[A-Z][a-zà-ÿ]+)?|[A-Z]\.")
PARTICLES = frozenset(str.split("de da di du van von der den al el bin ben la le"))
# Capitalised words that say what the picture is or where it came from, never who: "Photo: File Image",
# "Image: Screen Grab", "Photos: See Inside", "Credit: Social Media"
NOT_NAMES = frozenset(
    str.split(
        """File Files Supplied Handout Screenshot Screengrab Screen Grab Courtesy Pool Staff Stock Archive Photo
        Photos Image Images Picture Pictures Video Videos Credit Credits Illustration Graphic Graphics Map Maps
        Social Media Internet Online Various Unknown Contributed Submitted Provided Reader Readers Viewer
        The A An Of In On At To For And Or With From By See View Click Here More All Gallery Inside Watch Read
        Share Latest Top Best Our Your New Live Open Enlarge Next Previous Full Size Caption Copyright Rights
        Reserved Getty AP Reuters"""
    )
)


def _organisation(name: str, first: bool) -> bool:
    """Whether an unregistered name in a picture credit reads as an organisation, not a photographer.

    An acronym counts only first in the chain ("GCIS/Flickr"), the agency's place: after an agency the
    slot is the photographer's, whom some house styles write in capitals ("REUTERS/KIM").
    """
    words = name.split()
    if len(words) == 1:
        return first and _ACRONYM.fullmatch(name) is not None and name not in _CREDIT_WORDS
    return len(words) <= 4 and all(w[:1].isupper() for w in words) and (
        words[-1] in _ORG_HEADS or not _ORG_WORDS.isdisjoint(words)  # "News Corp Harbour", "Harbour Media Group"
        or words[-1] in _OUTLET_HEADS  # a paper's picture: "Photo: Jo Roe/The Velm Times"
    )


def _named(name: str) -> bool:
    """Whether a credit slot holding this alone names a person or a body ("Dara Quill", "Tom M. Bell")."""
    words = name.split()
    if not 2 <= len(words) <= 4 or words[0] in PARTICLES or words[-1] in PARTICLES:
        return False
    if words[-1].endswith(".") or not NOT_NAMES.isdisjoint(words):
        return False
    return all(w in PARTICLES or NAME_WORD.fullmatch(w) for w in words)


def hosted(name: str) -> bool:
    """A platform or licence that only hosts the picture ("Flickr", "Wikimedia Commons", "CC BY-SA 4.0")."""
    low = name.casefold()
    return low.startswith(("cc ", "cc-", "creative commons")) or all(w in _PLATFORMS for w in low.split())


def domain_outlet(written: str) -> str | None:
    """The outlet a credit's domain names ("Harbourlight.co.nz"), or None when it is no domain.

    The registry's name for the domain comes first; else the brand as the page cases it, less the generic
    ending ("Harbourlight.co.nz" -> "Harbourlight"), or the domain as written when nothing is cased, since
    its words cannot be told apart ("harbourlight.co.nz").
    """
    m = _DOMAIN.fullmatch(written)
    if m is None or "." not in m.group("d"):
        return None
    return outlet_guess.domain_outlet(m.group("d"))


def unregistered_pictures(line: str) -> Iterator[tuple[str, int, int]]:
    """Unregistered names credited for a picture by a credit-only layout (the module's rules), with offsets."""
    m = _LABELLED.search(line) if ":" in line else None
    named_only = False  # a mid-line label: never an acronym ("Credit: NASA")
    if m is None and ("Credit" in line or "CREDIT" in line):
        m = _CREDIT_LABEL.search(line)
        named_only = m is not None
    labelled = m is not None
    # a name alone is a credit after a caption's end or a line's start, not after a word ("Tax Credit: Velm Rates")
    personal = m is not None and (not named_only or line[m.start() - 1 : m.start()] in (".", "!", "?"))
    if m is None and len(line) <= 40:
        m = _NAME_PHOTO.fullmatch(line.strip())
    if m is None:
        return
    base = m.start("names")
    parts = list(re.finditer(r"[^/]+", m.group("names")))
    for i, p in enumerate(parts):
        part = p.group().strip().rstrip(".").strip()
        at = base + p.start() + p.group().index(part) if part else 0
        site = domain_outlet(part) if labelled and "." in part and " " not in part else None
        if site is not None:
            yield site, at, at + len(part)  # a domain names its site, never a photographer
            continue
        if not part or outlets.canonical(part) is not None or outlets.mentions(part, weak=True) or hosted(part):
            continue  # registry names are the other rules'; a platform credits nobody
        # not a photographer ("Jo Roe") or a word the layout allows ("Contributor")
        if _organisation(part, i == 0 and not named_only) or (personal and len(parts) == 1 and _named(part)):
            yield part, at, at + len(part)
