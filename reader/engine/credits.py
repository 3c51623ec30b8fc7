"""Outlets an article credits, and how: copy source, contributor, cited report or picture credit.

Journalists credit agencies in a handful of stable forms (datelines such as
``MOSCOW (Reuters) -``, source lines, "contributed to this report", "according
to", picture credits such as ``Photo by X / POOL / AFP``). Each rule below finds
one form; outlet names are resolved through :mod:`reader.engine.outlets`.
Photo credits are looked for in the furniture (captions) and in caption-like
paragraphs, and a picture credit never counts as a citation. The patterns
and the cheap checks that guard them live in :mod:`reader.engine.credit_patterns`;
this module holds the rules that read their matches, :mod:`reader.engine.credit_cited` those of
citations and :mod:`reader.engine.credit_sources` those of copy sources written out in words.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

from reader.engine import outlets
from reader.engine.credit_bylines import byline_credits
from reader.engine.credit_captions import glued_picture, labelled_caption, labels_pictures, slashed_picture
from reader.engine.credit_cited import all_mentions, cited
from reader.engine.credit_layouts import layout_credits
from reader.engine.credit_marks import back_references, closing_and_piped, open_dateline, spelled_out
from reader.engine.credit_patterns import (
    BYLINE,
    CONTRIB_AFTER,
    CONTRIB_BEFORE,
    COPYRIGHT,
    DATELINE,
    DATELINE_BARE,
    DATELINE_DOT,
    DATELINE_SLASH,
    HOUSE_STYLE,
    OUTLET_HEAD_WORDS,
    OWN_DISCLAIMER,
    PHOTO_WORD,
    WITH_END,
    may_be_house_style,
    may_credit_after,
    may_credit_contributor,
    may_credit_unnamed,
    may_disclaim,
    may_hold_copyright,
)
from reader.engine.credit_photos import Hit, is_caption_para, only_outlets, picture_credits
from reader.engine.credit_sources import source_line, source_phrases, timeish
from reader.engine.credits_gate import MAX_PARAGRAPH as _MAX_PARAGRAPH
from reader.engine.credits_gate import gated_paragraphs
from reader.engine.models import CREDIT_ROLES, Credit, Span

log = logging.getLogger(__name__)


def _paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """Paragraphs with their offsets; an overlong one is read at its head and its tail, where credits sit."""
    pos = 0
    for para in text.split("\n\n"):
        yield pos, para[:_MAX_PARAGRAPH]
        if len(para) > _MAX_PARAGRAPH:
            tail = para[-_MAX_PARAGRAPH // 4 :]
            yield pos + len(para) - len(tail), tail
        pos += len(para) + 2


def _clause(para: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the clause around ``[start, end)``: from the previous sentence break to the next comma."""
    lo = max(para.rfind(". ", 0, start) + 2, para.rfind("; ", 0, start) + 2, 0)
    if para.rfind(". ", 0, start) < 0 and para.rfind("; ", 0, start) < 0:
        lo = 0
    m = re.compile(r"[,;]|\.(?:\s|$)").search(para, end)
    hi = m.start() + (1 if m and para[m.start()] == "." else 0) if m else len(para)
    return lo, max(hi, end)


def _line_rules(para: str, body: bool = True) -> Iterator[tuple[str, str, int, int, bool]]:
    """Source and contributor credits (name, role, start, end, located); copyright lines only in the body."""
    stripped = para.strip()
    m = DATELINE.match(stripped) if "(" in stripped else None  # its credit is in brackets
    if m and spelled_out(stripped, m.start(1), m.group(1)):
        m = None
    if m:
        off = para.index(stripped) + m.start(1)
        named = outlets.mentions(m.group(1), weak=True)
        for men in named:
            yield men.name, "source", off + men.span.start, off + men.span.end, True
        inner = m.group(1).strip()
        if not named and re.fullmatch(r"[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,3}", inner) and \
                not PHOTO_WORD.search(inner) and not _bracketed_place(inner, m.group()):
            yield outlets.canonical(inner) or inner, "source", off, off + len(inner), True  # "(Ani) -" is ANI
    bare = DATELINE_BARE.match(stripped) if "(" in stripped[:63] else None
    if bare is not None and spelled_out(stripped, bare.start(1), bare.group(1)):
        bare = None
    if bare is not None and not m:
        off = para.index(stripped) + bare.start(1)
        named = only_outlets(bare.group(1))
        for men in named or ():
            yield men.name, "source", off + men.span.start, off + men.span.end, True
        if named is None and bare.group(2):  # "(Coastal Wire / Harbour News - 30th Aug, 2024)"
            inner, cut = _agency_before_publisher(bare.group(1))
            if cut:  # "(NPA - Harbour Daily / Coast News - date)": the agency, then the site that ran it
                off_named = only_outlets(inner)
                for men in off_named or ():
                    yield men.name, "source", off + men.span.start, off + men.span.end, True
                if off_named is not None:
                    inner = ""
            for part in re.split(r"\s*[/,&]\s*", inner) if inner else ():
                if re.fullmatch(r"[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,3}", part) and not timeish(part):
                    at = off + bare.group(1).index(part)
                    yield part, "source", at, at + len(part), True
    m = DATELINE_DOT.match(stripped) or DATELINE_SLASH.match(stripped)
    if m:
        off = para.index(stripped) + m.start(1)
        for men in outlets.mentions(m.group(1), weak=True):
            yield men.name, "source", off + men.span.start, off + men.span.end, True
    yield from closing_and_piped(para, stripped)
    yield from open_dateline(para, stripped)
    yield from source_line(para, stripped)
    low = para.lower()
    yield from layout_credits(para, stripped, low, body)
    yield from byline_credits(para, stripped)
    yield from source_phrases(para, low)
    m = BYLINE.match(stripped) if stripped.startswith("By") else None
    if m:
        off = para.index(stripped) + m.start(1)
        for men in outlets.mentions(m.group(1), weak=True):
            yield men.name, "source", off + men.span.start, off + men.span.end, True
    copyright_hint = may_hold_copyright(para, low)
    for m in COPYRIGHT.finditer(para if copyright_hint else ""):
        men = outlets.mentions(para[m.end() : m.end() + 60], weak=True)
        if men and not body and outlets.kind(men[0].name) != "agency":
            continue  # a page footer's copyright is usually the site's own; an agency's is a source
        if men and men[0].span.start <= 2 and not PHOTO_WORD.search(para[: m.start()]):
            yield men[0].name, "source", m.end() + men[0].span.start, m.end() + men[0].span.end, True
    if may_be_house_style(para, low) and HOUSE_STYLE.search(para):
        yield "Reuters", "house", -1, -1, False
    credited = may_credit_contributor(para, low)
    for m in CONTRIB_BEFORE.finditer(para) if credited else ():
        end = re.compile(r"[.;]\s|$").search(para, m.end())
        chunk = para[m.end() : end.start() if end else len(para)]
        for men in all_mentions(chunk):
            yield men.name, "contributor", m.end() + men.span.start, m.end() + men.span.end, True
    after_hint = may_credit_after(para, low)
    for men in all_mentions(para) if after_hint else ():
        after = para[men.span.end : men.span.end + 200]
        contributed = CONTRIB_AFTER.match(after) and not re.search(r"\b(?:told|said|says)\b", after[:30])
        with_end = WITH_END.search(para[max(0, men.span.start - 12) : men.span.start]) and re.match(
            r"^\s*\)?\.?\s*$", after
        )
        if contributed or with_end:
            yield men.name, "contributor", men.span.start, men.span.end, True
    for men in outlets.mentions(para, weak=True) if may_disclaim(low) else ():
        if OWN_DISCLAIMER.match(para, men.span.end):  # "Reuters could not independently verify ...": its own copy
            yield men.name, "source", men.span.start, men.span.end, True
    line = stripped[stripped.rindex("\n,") + 1 :] if "\n," in stripped else stripped  # "caption\n, AFP"
    named = only_outlets(line)
    tail = bool(named) and line.startswith(",") and all(outlets.kind(x.name) in _PICTURE_KINDS for x in named or ())
    if named and (tail or line is stripped):
        off = para.rindex(line)
        for men in named:
            role = "photo" if tail or outlets.kind(men.name) == "photo" else "source"
            if not body and role == "source" and outlets.kind(men.name) in ("site", "paper", "magazine"):
                continue  # a bare site or paper name among page furniture is its masthead, not a source
            yield men.name, role, off + men.span.start, off + men.span.end, True


# Who may close a caption with its picture credit. A line made of a comma and such names (", AFP"), alone or
# as a paragraph's last line, is a caption's credit split from it when pasted: no wire line starts so.
_PICTURE_KINDS = ("agency", "photo")


def _bracketed_place(inner: str, dateline: str) -> bool:
    """An unregistered name in a dateline's brackets that reads as the place's region, not its agency.

    "Kestrel (Upper Marwar): Chief Minister ..." puts the state after the city, a colon after it; an
    agency there is an acronym ("(KNO):") or holds an outlet word ("(Coastal Wire):"). With a dash
    after the brackets ("PORT ALDMERE (Coastal Wire) -") the agency style stays the reading.
    """
    if not dateline.endswith(":"):
        return False
    words = inner.split()
    return not any(w.isupper() and len(w) > 1 for w in words) and not any(w in OUTLET_HEAD_WORDS for w in words)


_PUBLISHER_DASH = re.compile(r"\s+[-–—]\s+")


def _agency_before_publisher(inner: str) -> tuple[str, bool]:
    """The credit part of a dated dateline bracket, and whether a publisher was cut off after it.

    Some portals write the agency, a dash, then their own name(s) before the date: "(NPA - Harbour Daily /
    Coast Point News - 11th Oct, 2024)". The names after that first dash are the page's publisher, the
    portal carrying the copy (its masthead, not a source); the agency is the part before it. With no dash
    ("(Harbour Wire / Delta Bulletin - 4th May, 2025)", the date split off already) every name is credited.
    """
    parts = _PUBLISHER_DASH.split(inner, maxsplit=1)
    if len(parts) < 2 or not parts[0].strip():
        return inner, False
    return parts[0].strip(), True


def _gated_plain(text: str) -> list[tuple[int, str]]:
    """The paragraphs (with offsets) worth reading, asked one by one: the plain form of the gate."""
    out = []
    for base, para in _paragraphs(text):
        stripped = para.strip()
        # one pass looks for registry names and the head words of outlet-like names ("Coastal Wire") alike
        if stripped and (outlets.may_mention(para, True, OUTLET_HEAD_WORDS)
                         or may_credit_unnamed(para, stripped, para.lower(), heads=False)):
            out.append((base, para))  # most paragraphs credit nobody: no registry name, no rule for an unknown
    return out


def _gated(text: str) -> list[tuple[int, str]]:
    """The paragraphs worth reading: found in one pass over the text (credits_gate), else one by one."""
    found = gated_paragraphs(text)
    return _gated_plain(text) if found is None else found


def find_credits(text: str, furniture: list[str]) -> list[Credit]:
    """Every outlet the article credits, merged per outlet, with roles in a fixed order and evidence."""
    hits: list[Hit] = []
    mentioned: set[str] = set()
    short: list[tuple[Hit, str]] = []  # body hits with the words as written, for _back_references
    labelled = labels_pictures(furniture or [])
    for base, para in _gated(text or ""):
        mentioned.update(m.name for m in outlets.mentions(para, weak=True))
        caption = is_caption_para(para)
        claimed: set[int] = set()
        for hit, (s, _e) in picture_credits(para, base, caption):
            hits.append(hit)
            claimed.add(s)
        for men in _caption_credits(para, labelled):
            if men.span.start not in claimed:
                evidence = para.strip()
                lo = base + para.index(evidence)
                hits.append(Hit(men.name, "photo", evidence, Span(lo, lo + len(evidence))))
                claimed.add(men.span.start)
        for name, role, s, e, in_text in _line_rules(para):
            if role != "photo" and s in claimed:
                continue
            hits.append(_make(para, base, name, role, s, e, in_text))
            if s >= 0:
                claimed.add(s)
                short.append((hits[-1], para[s:e]))
        for name, s, e in cited(para, claimed, text):
            hits.append(_make(para, base, name, "cited", s, e, True))
            short.append((hits[-1], para[s:e]))
    for item in furniture or []:
        line = item[:_MAX_PARAGRAPH].strip()
        if not line:
            continue
        claimed = set()
        for hit, (s, _e) in picture_credits(line, None, True):
            hits.append(hit)
            claimed.add(s)
        for men in _caption_credits(line, labelled):
            if men.span.start not in claimed:
                hits.append(Hit(men.name, "photo", line, None))
                claimed.add(men.span.start)
        for name, role, s, _e, _ in _line_rules(line, body=False):
            if s not in claimed:
                hits.append(Hit(name, role, line, None))
    back_references(short, mentioned)
    return _merge(hits)


def _caption_credits(para: str, labelled: bool) -> list[outlets.Mention]:
    """Picture credits glued to a caption's end, and on a page labelling its pictures a caption's closing
    agency in brackets (:mod:`reader.engine.credit_captions`)."""
    found = glued_picture(para) + slashed_picture(para)
    if labelled and para.rstrip().endswith(")"):
        found += labelled_caption(para)
    return found


def _make(para: str, base: int, name: str, role: str, s: int, e: int, in_text: bool) -> Hit:
    if s < 0 or not in_text:
        evidence = para.strip()
        lo = para.index(evidence) if evidence else 0
        return Hit(name, role, evidence, Span(base + lo, base + lo + len(evidence)))
    if role in ("source", "contributor") and len(para) <= 240:
        lo, hi = 0, len(para)
    else:
        lo, hi = _clause(para, s, e)
    while lo < hi and para[lo].isspace():
        lo += 1
    while hi > lo and para[hi - 1].isspace():
        hi -= 1
    return Hit(name, role, para[lo:hi], Span(base + lo, base + hi))


_MAX_EVIDENCE = 20


def _merge(hits: list[Hit]) -> list[Credit]:
    """One credit per outlet; evidence and spans deduplicated and capped.

    Reuters house style ("Reporting by ...; Editing by ...") names no outlet, so it
    only counts as a Reuters source when no dateline or source line names another.
    A source is cited as well when the text attributes to it ("two traders told Reuters" in a
    Reuters story): :func:`reader.engine.credit_cited.cited` treats every citing form alike.
    """
    other_source = any(h.role == "source" and h.name != "Reuters" for h in hits)
    hits = [h for h in hits if h.role != "house" or not other_source]
    for h in hits:
        if h.role == "house":
            h.role = "source"
    by_name: dict[str, Credit] = {}
    seen: dict[str, set[object]] = {}
    for h in hits:
        cr = by_name.get(h.name)
        if cr is None:
            cr = by_name[h.name] = Credit(h.name, [], [], [])
            seen[h.name] = set()
        if h.role not in cr.roles:
            cr.roles.append(h.role)
        known = seen[h.name]
        if h.evidence and h.evidence not in known and len(cr.evidence) < _MAX_EVIDENCE:
            known.add(h.evidence)
            cr.evidence.append(h.evidence)
        if h.span is not None and h.span not in known and len(cr.spans) < _MAX_EVIDENCE:
            known.add(h.span)
            cr.spans.append(h.span)
    for cr in by_name.values():
        cr.roles.sort(key=CREDIT_ROLES.index)
    return list(by_name.values())
