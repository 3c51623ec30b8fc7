"""Wire-copy marks outside the dateline, and short names that refer back to an outlet named in full.

Indian and other wire services mark their copy at the end ("... station. (ANI)") or in a
pipe-separated byline bar ("ANI | Pune | Updated: ..."), and papers are named in full once and
by their last word after that ("The New York Times ... the Times reported"). These rules are
read by :mod:`reader.engine.credits`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reader.engine import outlets
from reader.engine.credit_patterns import SOURCE_LINE
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
