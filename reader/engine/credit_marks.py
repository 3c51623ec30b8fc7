"""Wire-copy marks outside the dateline, and short names that refer back to an outlet named in full.

Indian and other wire services mark their copy at the end ("... station. (ANI)") or in a
pipe-separated byline bar ("ANI | Pune | Updated: ..."), and papers are named in full once and
by their last word after that ("The New York Times ... the Times reported"). A dateline's bracket may
also be left open ("KUWAIT, May 3 (KUNA -- The minister ..."), and a bracket of capitals after the words
it abbreviates ("Pearl Assembly (PA) Speaker") is no mark at all. These rules are read by
:mod:`reader.engine.credits`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reader.engine import outlets
from reader.engine.credit_patterns import OUTLET_HEAD_WORDS, SOURCE_LINE
from reader.engine.credit_photos import Hit, only_outlets

_CLOSING_AGENCY = re.compile(r"[.!?”\"]\s*\(([^()\n]{2,40})\)\s*$")


def signed_off(text: str) -> bool:
    """A paragraph closed by a wire agency's mark in brackets after its last sentence ("... station. (ANI)").

    The furniture pass reads it as prose, not as a headline (it has no full stop of its own at the end).
    """
    m = _CLOSING_AGENCY.search(text, max(0, len(text) - 48)) if text.endswith(")") else None
    named = only_outlets(m.group(1)) if m else None
    return bool(named) and all(outlets.kind(x.name) == "agency" for x in named or ())


def closing_and_piped(para: str, stripped: str) -> Iterator[tuple[str, str, int, int, bool]]:
    """Copy marks of wire stories: a paragraph closing with the agency in brackets ("... station. (ANI)"),
    and a pipe-separated byline bar with an agency alone in one part ("ANI | Delhi | Updated: 3 May") or
    a "Source:" part ("Edited by Jo Roe | Source: PTI")."""
    if stripped.endswith(")"):
        m = _CLOSING_AGENCY.search(stripped)
        named = only_outlets(m.group(1)) if m else None
        if m and named and all(outlets.kind(x.name) == "agency" for x in named):
            off = para.index(stripped) + m.start(1)
            for men in named:
                yield men.name, "source", off + men.span.start, off + men.span.end, True
    if " | " in stripped and len(stripped) <= 200 and re.search(r"\d|Updated|Published|Created|Source", stripped):
        pos = para.index(stripped)
        for part in stripped.split("|"):
            at = pos + stripped.index(part) if part else pos
            text = part.strip()
            src = SOURCE_LINE.match(text)
            named = only_outlets(text) or (outlets.mentions(src.group(1), weak=True) if src else None)
            for men in named or ():
                if not src and outlets.kind(men.name) != "agency":
                    continue  # "BBC | News | Sport | 2 May" is a site's navigation, not a wire byline
                lo = at + part.index(text) + (src.start(1) if src and not only_outlets(text) else 0)
                yield men.name, "source", lo + men.span.start, lo + men.span.end, True


# "KUWAIT, May 3 (KUNA -- The minister ...": a dateline's agency bracket left open, the dash typed where the
# ")" should close it. Only near the paragraph's start, and only with a registry agency in it.
_OPEN_MARK = re.compile(
    r"(?:^|(?<=[\w.,)]\s))\(([A-Z][\w&.'’-]{1,30}(?:\s+[A-Z][\w&.'’-]*){0,3})\s*(?:--|[—–])\s+(?=[\"“‘'A-Z])"
)
_OPEN_MARK_REACH = 160  # a dateline's place, date and a syndicator's note ("(MENAFN- Kuwait News Agency (KUNA))")


def open_dateline(para: str, stripped: str) -> Iterator[tuple[str, str, int, int, bool]]:
    """The agency of a dateline whose bracket was never closed ("KUWAIT, May 3 (KUNA -- The minister ...").

    Some wire feeds and the portals copying them drop the ")" before the dash; the bracket then holds
    the agency alone, then the dash, then the story. A name that is no registry agency is left alone
    ("(Harbour council -- which ..." is an aside).
    """
    head = stripped[:_OPEN_MARK_REACH]
    if "(" not in head or not ("--" in head or "—" in head or "–" in head):
        return
    m = _OPEN_MARK.search(head)
    if m is None or ")" in head[m.end() : m.end() + 40]:
        return
    named = only_outlets(m.group(1))
    if named and all(outlets.kind(x.name) == "agency" for x in named):
        off = para.index(stripped) + m.start(1)
        for men in named:
            yield men.name, "source", off + men.span.start, off + men.span.end, True


_LINK_WORDS = frozenset(("of", "for", "and", "the", "on", "in", "de", "&"))


def spelled_out(line: str, at: int, inner: str) -> bool:
    """Whether a bracket of capitals spells the capitalised words just before it: an abbreviation.

    "Pearl Assembly (PA) Speaker Omar Shah" introduces the assembly's short name, not a PA Media dateline;
    an agency named in full before its own mark ("Press Trust of India (PTI) -") still marks the copy.
    """
    letters = inner.strip()
    if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
        return False
    words = [w for w in line[: max(0, at - 1)].split() if w.casefold() not in _LINK_WORDS]
    if len(words) < len(letters):
        return False
    phrase = words[-len(letters) :]
    if "".join(w[0] for w in phrase) != letters or not all(w[0].isupper() for w in phrase):
        return False
    if any(w in OUTLET_HEAD_WORDS for w in phrase):  # "Harbour Wire Service (HWS) -": an agency's own mark
        return False
    before = line[max(0, at - 100) : max(0, at - 1)].rstrip()
    return not any(men.span.end >= len(before) for men in outlets.mentions(before))


_NOT_SHORTENED = frozenset({"financial", "economic", "sunday", "global", "business"})  # no "the Times" for these


def back_references(hits: list[tuple[Hit, str]], mentioned: set[str]) -> None:
    """A one-word short form ("the Times", "the Post") names the one outlet of the article ending in that word.

    Papers are named in full once and by their last word after that ("The New York Times ... the Times
    reported"), so when the article names exactly one longer outlet ending in the word, the short form is
    that outlet, not the registry's own "The Times".
    """
    if len(mentioned) < 2:
        return
    full = {name: outlets.key(name) for name in mentioned}
    for hit, written in hits:
        word = outlets.key(written)
        if not word or " " in word:
            continue
        longer = [n for n, k in full.items() if n != hit.name and k.endswith(" " + word)
                  and k.split()[0] not in _NOT_SHORTENED]
        if len(longer) == 1:
            hit.name = longer[0]
