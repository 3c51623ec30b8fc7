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
        if ch == "“" and right and nxt == " " and i + 2 < n and p[i + 2].isalnum() and left and open_at < 0 \
                and "”" in p[i + 2 :]:
            right = False  # 'wrote on Twitter, “ Mark my words ...”': a space typed after the opening mark
        if nxt == "." and left and p.startswith(("...", ". . ."), i + 1):
            right = False  # '“. . . the road was closed,” the statement said': a quotation opening on its ellipsis
        if ch in "«‹" and nxt.isspace() and i + 2 < n and not p[i + 2].isspace():
            right = False  # French spacing: "« Nous sommes prêts »"
        if open_at >= 0:
            if fam != _family(open_ch):
                continue
            closing = not left and (ch in _CLOSE_ONLY or ch in "”’" or (ch in "\"'“" and right))
            if ch == "”" and prev in "‘'’" and open_ch in "“\"" and right:
                closing = True  # 'the ‘Blue Fields ‘”, Renn said': a nested quote's mark, spaced wrong, then the close
            if ch in "»›" and open_ch in "«‹":
                closing = True  # a guillemet closes its own kind, spaced or not
            elif (ch == "“" and open_ch == "„") or (ch == "«" and open_ch == "»") or (ch == "‹" and open_ch == "›"):
                closing = not left
            elif ch in "»›" and open_ch in "»›":
                closing = False
            if fam == "s" and (nxt.isalnum() or _plural_possessive(p, i)):
                closing = False
            elif ch == '"' and nxt.islower() and (prev in ",.?!" or prev.isalpha()):
                closing = True  # typed without its space: '...mark,"said Tomas', '...a fixed base,"noting'
            if closing:
                out.append(Mark(base + open_at, base + open_at + 1, base + i, base + i + 1, True, fam))
                open_at = -1
                continue
            if ch in "“\"" and prev.isspace() and not p[i + 1 :].strip() and p[:i].rstrip()[-1:] in ".!?":
                # '... that is available. “' ending the paragraph: a closing mark typed as an opening one
                out.append(Mark(base + open_at, base + open_at + 1, base + len(p[:i].rstrip()), base + i + 1, True,
                                fam))
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
        elif ch in "\"”" and not left and not _glued_open(p, i, prev, nxt):
            continue
        open_at, open_ch = i, ch
    if open_at >= 0:
        out.append(Mark(base + open_at, base + open_at + 1, base + len(p.rstrip()), base + len(p), False,
                         _family(open_ch)))
    return out


def _glued_open(p: str, i: int, prev: str, nxt: str) -> bool:
    """A straight mark typed without its space between two words ('belonged to a"a loose network'):
    an opening mark when another straight mark closes it later in the paragraph (inch marks follow digits)."""
    return p[i] == '"' and prev.isalpha() and nxt.isalpha() and p.find('"', i + 1) > 0


_SPACE_LOWER = re.compile(r"\s[a-z]")
_LATER_SINGLE_CLOSE = re.compile(r"[^\s'’][’'](?![\w])")


def _plural_possessive(p: str, i: int) -> bool:
    """``workers' rights`` inside a single-quoted passage: an apostrophe when a closing mark follows."""
    if i == 0 or p[i - 1] != "s" or not _SPACE_LOWER.match(p[i + 1 : i + 3]):
        return False
    return _LATER_SINGLE_CLOSE.search(p, i + 1, i + 400) is not None


def _paragraph_marks(p: str, base: int, continues: bool, at: list[int] | None = None,
                     scanned: list[Mark] | None = None) -> list[Mark]:
    """The quotes of a paragraph; ``at`` holds its marks' offsets, and ``scanned`` the first scan of them,
    when the caller has them."""
    if at is None:
        at = _mark_offsets(p)
    marks = list(scanned) if scanned is not None else _scan(p, base, 0, True, at)
    if marks and not marks[-1].closed and not continues:
        cued = _CUED_END.search(p, marks[-1].start - base)
        if cued is not None:
            # '"Crews will work ... by the weekend, added Ferrante.': the page left out the closing mark
            last = marks[-1]
            marks[-1] = Mark(last.open, last.start, base + cued.start() + 1, base + cued.start() + 1, True,
                             last.family)
            return marks
        last = marks[-1]
        if last.family == "d" and _ENDS_SENTENCE.search(p[-3:]) and (
                (len(marks) == 1 and last.open == base) or p[: last.open - base].rstrip().endswith(":")):
            # '"It was useful to compare notes.' / 'Ms Roos later toured the harbour.': a paragraph opened by a
            # quotation that is never closed, and not carried on in the next, is quoted to its end; so is one
            # a colon introduces ('Renn said: "The harbour will reopen.'), the paragraph's last words
            end = base + len(p.rstrip())
            return [*marks[:-1], Mark(last.open, last.start, end, end, True, last.family)]
        bad = marks.pop()
        again = _scan(p, base, bad.open - base + 1, bad.family != "s", at)
        marks += [m for m in again if m.closed]
    return marks


_CUED_END = re.compile(
    r",\s+(?:said|says|added|adds|told\s+\w+)\s+(?:[A-Z][\w.’'-]*)(?:\s+[A-Z][\w.’'-]*){0,3}\.?\s*$"
)
"""An inverted cue closing a paragraph whose quotation was never closed (a page's typing slip)."""
_ENDS_SENTENCE = re.compile(r"[.!?…]\s*$")
_TERMINAL = re.compile(r"[.!?…:;,](?:\s?[\"'”’»“«›‹)\]」』])*\s*$")


_QUOTE_THEN_CUE = re.compile(
    r"[,?!][\"”’']\s+(?:(?:he|she|they|we|I)\s+)?(?:said|says|wrote|writes|added|adds|told|asked|replied)\b")
"""A quotation and its cue: prose even when the paragraph lost its full stop ('"...," she said'); a headline
never speaks of "she"."""
_TRAILING_ASIDE = re.compile(r"\s*\([^()]{1,200}\)\s*$")


def _headline_like(para: str, last: bool = False) -> bool:
    """A short line without closing punctuation (a headline or teaser left in the text) holds no quotes.

    A closing aside is read past: a wire paragraph may end in its credit ("... news conference.
    (Reporting by Jo Roe)"), and the sentence before it is what shows the paragraph is prose. The
    ``last`` paragraph of a text cut off mid-sentence is prose, not a headline, when it runs past twenty words.
    """
    if _TERMINAL.search(para[-20:]) is not None or _QUOTE_THEN_CUE.search(para) is not None:
        return False  # '"Well done," wrote the mayor. "Your win ...': an attributed quote is prose, not a headline
    words = len(para.split())
    if words > 40 or (last and words > 20):
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
    joined_to = -1  # a paragraph read with the one before it (see across)
    for k, (base, para) in enumerate(paras):
        while i < len(marks) and marks[i] < base:
            i += 1
        if i == len(marks):
            break
        j = i
        while j < len(marks) and marks[j] < base + len(para):
            j += 1
        if j == i or k == joined_to:
            continue  # no mark in this paragraph, or read already
        nxt = paras[k + 1][1].lstrip()[:1] if k + 1 < len(paras) else ""
        continues = bool(nxt) and _MARKS.match(nxt) is not None and nxt not in "’”»" or _cut_off(paras, k)
        if _headline_like(para, k == len(paras) - 1) and not _run_goes_on(out, base):
            continue
        at = [m - base for m in marks[i:j]]
        alone = _scan(para, base, 0, True, at)
        if not continues and k + 1 < len(paras) and alone and not alone[-1].closed:
            nxt_base, nxt_para = paras[k + 1]
            both = across(para, base, nxt_para, at + [nxt_base - base + m for m in _mark_offsets(nxt_para)], alone)
            if both is not None:
                out += [(mk, False) for mk in both]
                joined_to = k + 1
                continue
        for mk in _paragraph_marks(para, base, continues, at, alone):
            out.append((mk, not mk.closed))
    return out


def _run_goes_on(found: list[tuple[Mark, bool]], base: int) -> bool:
    """Whether the quotation before the paragraph at ``base`` ran on into it (left open at the end of the
    paragraph just before): a paragraph a run of quoted paragraphs goes on in is no headline, however short."""
    return bool(found) and found[-1][1] and base - found[-1][0].close <= 3


def _cut_off(paras: list[tuple[int, str]], k: int) -> bool:
    """Whether paragraph ``k`` is the text's last and stops mid-sentence (a paste cut short): a quotation
    open at its end ran on past the cut, and is kept open rather than dropped."""
    return k == len(paras) - 1 and len(paras[k][1].split()) >= 8 and _TERMINAL.search(paras[k][1][-20:]) is None


_PUNCTUATED_CLOSE = frozenset(",.?!")


def across(para: str, base: int, nxt: str, at: list[int], alone: list[Mark] | None = None) -> list[Mark] | None:
    """The quotes of a paragraph and the next read as one, when a quotation runs from one into the other.

    Pages break a paragraph inside a quotation and do not reopen it ('... said. 'We are checking the
    register.' / 'He will be questioned on Monday,' he said.'): the paragraph ends inside a quote, the next
    one opens none and closes it after a comma or full stop. None when that is not so. ``at`` holds the
    offsets of the marks of both, from the first paragraph's start; ``alone`` the first paragraph's own scan,
    when the caller has made it.
    """
    if alone is None:
        alone = _scan(para, base, 0, True, [a for a in at if a < len(para)])
    if not alone or alone[-1].closed:
        return None
    joined = para + "\n\n" + nxt
    marks = _scan(joined, base, 0, True, at)
    cut = base + len(para)
    broken = next((m for m in marks if m.open == alone[-1].open), None)
    if broken is None or not broken.closed or broken.close <= cut:
        return None
    if joined[broken.end - base - 1] not in _PUNCTUATED_CLOSE:
        return None  # '... Monday,' he said': a quotation's own ending, not a stray apostrophe
    if any(m.open > cut and m.open < broken.close for m in marks):
        return None
    return [m for m in marks if m.closed]
