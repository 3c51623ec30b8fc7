"""Copy-source credits written out in words: a "Source:" line and a "based on reports by X" phrase.

A "Source: Coastal Wire" line or a note that the copy is "based on materials from", "first published
in" or "republished with permission from" an outlet names where the text came from. Both may name an
outlet missing from the registry, so the words standing in their slot are read for a name ("Source:
dailyexample.com", "first published by Coastal Wire"), never a kind of source ("Source: Agencies") or
a date ("first published on Monday"). Words quoted from a speaker are no note on the copy: "'Based on
reports by the Roads Office, three died,' he said" credits nobody. Called from
:func:`reader.engine.credits._line_rules`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reader.engine import dates, outlets
from reader.engine.credit_cited import ANOTHER_PIECE, all_mentions, without_full_stop
from reader.engine.credit_layouts import domain_name, site_slug
from reader.engine.credit_patterns import PHOTO_WORD, PROPER, SOURCE_LINE, SOURCE_PHRASE, may_cite_source

Found = tuple[str, str, int, int, bool]  # name, role, start, end, whether the span is the name in the text


def source_line(para: str, stripped: str) -> Iterator[Found]:
    """The outlets of a "Source: X" line: registry names, a site's domain or slug, or a short capitalised name."""
    m = SOURCE_LINE.match(stripped)
    if m and len(m.group(1).split()) <= 16:
        off = para.index(stripped) + m.start(1)
        named = outlets.mentions(m.group(1), weak=True)
        for men in named:
            yield men.name, "source", off + men.span.start, off + men.span.end, True
        if not named:
            for part in re.split(r"\s*(?:,|;|&|\band\b)\s*", m.group(1).strip(" .")):
                site = domain_name(part) if "." in part and " " not in part else None
                site = site or (site_slug(part) if part[:1].islower() else None)  # "Source: harbourfmonline"
                if site is not None:  # "Source: dailyexample.com"
                    at = para.find(part)
                    yield site, "source", at, at + len(part), False
                elif part[:1].isupper() and 0 < len(part.split()) <= 5 and not PHOTO_WORD.match(part) and \
                        part.casefold().rstrip(".") not in _GENERIC_SOURCES:
                    at = para.find(part)
                    yield part, "source", at, at + len(part), False


# A closing note that the story was written from agencies' reporting: they contributed, each one named
# ("Based on reporting by AFP, Reuters and AP"; "This story is based on reporting from the AP"). Only as the
# paragraph's opening: mid-sentence ("the toll is based on reporting by X") the words cite a report.
_CLAUSE_END = re.compile(r"[.;]\s|$")
_REPORTING_BASIS = re.compile(
    r"\W{0,3}(?:(?:this|the)\s+(?:story|article|report)\s+(?:is|was)\s+)?based\s+on\s+(?:the\s+)?"
    r"(?:original\s+)?reporting\s+(?:by|from)\s*",
    re.IGNORECASE,
)

# "Source: Agencies", "Sources: Staff, local media": kinds of source, not outlets
_GENERIC_SOURCES = frozenset(
    str.split(
        """agencies agency wires wire staff reporters desk internet online various reports media officials
        government police"""
    )
) | {"news agencies", "wire services", "news desk", "web desk", "online desk", "staff reporter", "local media",
     "social media", "media reports", "press release", "local reports", "news reports", "state media"}
_TIME_WORDS = frozenset(  # full names only: "Sun" or "Mar" may well be an outlet
    w.casefold() for pair in dates.MONTH_NAMES + dates.WEEKDAY_NAMES for w in pair if len(w) > 3
)
_TIME_OF_DAY = frozenset(str.split("today yesterday tomorrow morning afternoon evening night midnight noon"))
_TIME_ABBREVIATIONS = frozenset(
    w.casefold().rstrip(".") for pair in dates.MONTH_NAMES + dates.WEEKDAY_NAMES for w in pair if 0 < len(w) <= 3
)


def source_phrases(para: str, low: str) -> Iterator[Found]:
    """The outlets a "based on reports by X" or "first published in X" phrase names (``low`` is para.lower())."""
    sourced = may_cite_source(para, low)
    for m in SOURCE_PHRASE.finditer(para) if sourced else ():
        if inside_quotation(para, m.start()):
            continue
        basis = _REPORTING_BASIS.match(para)
        if basis is not None and basis.end() >= m.end():  # "Based on reporting by AFP, Reuters and AP"
            end = _CLAUSE_END.search(para, basis.end())
            chunk = para[basis.end() : end.start() if end else len(para)]
            for men in all_mentions(chunk):
                yield men.name, "contributor", basis.end() + men.span.start, basis.end() + men.span.end, True
            continue
        tail = para[m.end() : m.end() + 120]
        named = [men for men in outlets.mentions(tail, weak=True)[:1]
                 if re.match(r"^[\s\w:’'-]{0,30}$", tail[: men.span.start])]
        piece = para[m.start() : m.start() + 7].lower().startswith(("article", "story", "report", "piece"))
        role = "cited" if piece and ANOTHER_PIECE.search(para, max(0, m.start() - 40), m.start()) else "source"
        for men in named:  # "This article first appeared in X" is the source; "an article published in X" cited
            yield men.name, role, m.end() + men.span.start, m.end() + men.span.end, True
        unknown = PROPER.match(tail)
        if not named and unknown and not PHOTO_WORD.match(unknown.group(1)) and not timeish(unknown.group(1)):
            s0 = m.end() + unknown.start(1)
            written = without_full_stop(unknown.group(1)).rstrip(".,;:")  # not "Harbour Ledger. It"
            yield written, role, s0, s0 + len(written), True


def inside_quotation(para: str, at: int) -> bool:
    """Whether ``at`` falls inside a quotation of ``para``: an odd count of straight double marks before it,
    or a curly or angled opening mark after the last closing one. A quotation's words are the speaker's."""
    before = para[:at]
    if before.count('"') % 2:
        return True
    opened = max(before.rfind(c) for c in "“«")
    return opened >= 0 and opened > max(before.rfind(c) for c in "”»")


def timeish(name: str) -> bool:
    """A capitalised phrase that is a date ("Monday", "April 2", "Monday 3 Aug"), not an outlet.

    Every word must be a day, a month, a time of day or a number, and one of them more than a short form
    ("Sun" or "Mar" alone may well be an outlet): "Sunday World" or "Monday Gazette" is a paper's name.
    """
    words = [w.casefold().strip(".,") for w in name.split()]
    full = [w in _TIME_WORDS or w in _TIME_OF_DAY or w.rstrip("stndrh").isdigit() for w in words]
    return any(full) and all(f or w in _TIME_ABBREVIATIONS for f, w in zip(full, words, strict=True))
