"""Pairing quote marks in a paragraph: which marks open and close a quotation, and which are apostrophes.

Straight, curly, single, guillemets and „German“ marks; a paragraph that ends inside a quote continues
into the next one when that opens with a mark. Split from :mod:`reader.engine.quotes`, which finds who
said each quotation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.engine.text import char_offsets

_MARK_CHARS = "\"“”„«»‘’'‚‹›「」『』"
_MARKS = re.compile("[" + _MARK_CHARS + "]")
_DOUBLE = frozenset("\"“”„«»「」『』")
_CLOSE_ONLY = frozenset("»」』›")
_LEFT_OK = set(" \t\n([{—–-/:;") | set("\"“„«‘‚‹「『")
_RIGHT_OK = set(" \t\n.,;:!?)]}—–-") | set("\"”»’'›」』")
_APOSTROPHES = frozenset("’'")
_ELISION = re.compile(r"(?i)(?:\d\d?s?\b|tis\b|til\b|twas\b|em\b|n\b|cause\b|bout\b|round\b|nuff\b|ere\b)")


@dataclass(slots=True)
class Mark:
    """One quotation: its opening mark, content span, closing mark, and whether it closed."""

    open: int
    start: int
    end: int
    close: int
    closed: bool
    family: str


def _family(ch: str) -> str:
    return "d" if ch in _DOUBLE else "s"


def _mark_offsets(text: str) -> list[int]:
    """Where each quote mark of :data:`_MARKS` is, in order (an article holds a few: see :func:`char_offsets`)."""
    return char_offsets(text, _MARK_CHARS)


def _scan(p: str, base: int, lo: int, singles: bool, at: list[int]) -> list[Mark]:
    """Pair quote marks in one paragraph (at the offsets ``at``, in order); the last one may be left open."""
    out: list[Mark] = []
    open_at = -1
    open_ch = ""
    n = len(p)
    for i in at:
        if i < lo:
            continue
        ch = p[i]
        fam = _family(ch)
        if fam == "s" and not singles:
            continue
        prev = p[i - 1] if i > 0 else " "
        nxt = p[i + 1] if i + 1 < n else " "
        if ch in _APOSTROPHES and prev.isalnum() and nxt.isalnum():
            continue  # "it’s", "O'Neil": letters on both sides, so neither an opening nor a closing mark
        left = prev in _LEFT_OK or prev.isspace()
        right = nxt in _RIGHT_OK or nxt.isspace()
        if ch in "«‹" and nxt.isspace() and i + 2 < n and not p[i + 2].isspace():
            right = False  # French spacing: "« Nous sommes prêts »"
        if open_at >= 0:
            if fam != _family(open_ch):
                continue
            closing = not left and (ch in _CLOSE_ONLY or ch in "”’" or (ch in "\"'“" and right))
            if ch in "»›" and open_ch in "«‹":
                closing = True  # a guillemet closes its own kind, spaced or not
            elif (ch == "“" and open_ch == "„") or (ch == "«" and open_ch == "»") or (ch == "‹" and open_ch == "›"):
                closing = not left
            elif ch in "»›" and open_ch in "»›":
                closing = False
            if fam == "s" and (nxt.isalnum() or _plural_possessive(p, i)):
                closing = False
            if closing:
                out.append(Mark(base + open_at, base + open_at + 1, base + i, base + i + 1, True, fam))
                open_at = -1
                continue
            if left and not right and ch not in _CLOSE_ONLY and not (fam == "s" and _ELISION.match(p, i + 1)):
                open_at, open_ch = i, ch
            continue
        if right or (ch in _CLOSE_ONLY and not (ch in "»›" and left)):
            continue
        if fam == "s":
            if not left or _ELISION.match(p, i + 1) or not nxt.isalpha() and nxt not in "…\"“":
                continue
        elif ch in "\"”" and not left:
            continue
        open_at, open_ch = i, ch
    if open_at >= 0:
        out.append(Mark(base + open_at, base + open_at + 1, base + len(p.rstrip()), base + len(p), False,
                         _family(open_ch)))
    return out


_SPACE_LOWER = re.compile(r"\s[a-z]")
_LATER_SINGLE_CLOSE = re.compile(r"[^\s'’][’'](?![\w])")


def _plural_possessive(p: str, i: int) -> bool:
    """``workers' rights`` inside a single-quoted passage: an apostrophe when a closing mark follows."""
    if i == 0 or p[i - 1] != "s" or not _SPACE_LOWER.match(p[i + 1 : i + 3]):
        return False
    return _LATER_SINGLE_CLOSE.search(p, i + 1, i + 400) is not None


def _paragraph_marks(p: str, base: int, continues: bool, at: list[int] | None = None) -> list[Mark]:
    """The quotes of a paragraph; ``at`` holds its marks' offsets when the caller has found them."""
    if at is None:
        at = _mark_offsets(p)
    marks = _scan(p, base, 0, True, at)
    if marks and not marks[-1].closed and not continues:
        bad = marks.pop()
        again = _scan(p, base, bad.open - base + 1, bad.family != "s", at)
        marks += [m for m in again if m.closed]
    return marks


_TERMINAL = re.compile(r"[.!?…:;,](?:\s?[\"'”’»“«›‹)\]」』])*\s*$")


_TRAILING_ASIDE = re.compile(r"\s*\([^()]{1,200}\)\s*$")


def _headline_like(para: str) -> bool:
    """A short line without closing punctuation (a headline or teaser left in the text) holds no quotes.

    A closing aside is read past: a wire paragraph may end in its credit ("... news conference.
    (Reporting by Jo Roe)"), and the sentence before it is what shows the paragraph is prose.
    """
    if _TERMINAL.search(para[-20:]) is not None or len(para.split()) > 40:
        return False
    aside = _TRAILING_ASIDE.search(para)
    if aside is None or aside.start() == 0:
        return True
    return _TERMINAL.search(para[max(0, aside.start() - 20) : aside.start()]) is None


def pairs(text: str) -> list[tuple[Mark, bool]]:
    """Every quote in the text, with whether it continues into the next paragraph.

    Most paragraphs hold no mark at all (not even an apostrophe), and they can give no quote: one scan of
    the whole text tells which ones do, and only those are read.
    """
    out: list[tuple[Mark, bool]] = []
    marks = _mark_offsets(text)
    if not marks:
        return out
    paras: list[tuple[int, str]] = []
    pos = 0
    for para in text.split("\n\n"):
        paras.append((pos, para))
        pos += len(para) + 2
    i = 0  # the first mark not before the paragraph's start
    for k, (base, para) in enumerate(paras):
        while i < len(marks) and marks[i] < base:
            i += 1
        if i == len(marks):
            break
        j = i
        while j < len(marks) and marks[j] < base + len(para):
            j += 1
        if j == i:
            continue  # no mark in this paragraph
        nxt = paras[k + 1][1].lstrip()[:1] if k + 1 < len(paras) else ""
        continues = bool(nxt) and _MARKS.match(nxt) is not None and nxt not in "’”»"
        if _headline_like(para):
            continue
        for mk in _paragraph_marks(para, base, continues, [m - base for m in marks[i:j]]):
            out.append((mk, not mk.closed))
    return out
