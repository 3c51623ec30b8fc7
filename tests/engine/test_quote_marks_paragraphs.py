"""Pairing reads only the paragraphs that hold a mark, and must pair exactly as reading every paragraph does."""

from __future__ import annotations

import random

from reader.engine import quote_marks as qm


def _plain_pairs(text: str) -> list[tuple[qm.Mark, bool]]:
    """:func:`quote_marks.pairs` as first written: every paragraph is read (a quotation a page broke across
    two paragraphs read from both, as :func:`quote_marks.across` says)."""
    out: list[tuple[qm.Mark, bool]] = []
    paras: list[tuple[int, str]] = []
    pos = 0
    for para in text.split("\n\n"):
        paras.append((pos, para))
        pos += len(para) + 2
    joined_to = -1
    for k, (base, para) in enumerate(paras):
        if k == joined_to:
            continue
        nxt = paras[k + 1][1].lstrip()[:1] if k + 1 < len(paras) else ""
        continues = bool(nxt) and qm._MARKS.match(nxt) is not None and nxt not in "’”»" or qm._cut_off(paras, k)
        if qm._headline_like(para, k == len(paras) - 1) and not qm._run_goes_on(out, base):
            continue
        if not continues and k + 1 < len(paras):
            joined = para + "\n\n" + paras[k + 1][1]
            both = qm.across(para, base, paras[k + 1][1], [m.start() for m in qm._MARKS.finditer(joined)])
            if both is not None:
                out += [(mk, False) for mk in both]
                joined_to = k + 1
                continue
        for mk in qm._paragraph_marks(para, base, continues):
            out.append((mk, not mk.closed))
    return out


_PIECES = ["He said", "We", "it", "’", "'", "s", "\"", "“", "”", "‘", "«", "»", "„", " ", "  ", "\n\n", "\n\n",
           "\n", "\n\n\n", ".", ",", "!", "workers", "no more", "(Reporting by Jo Roe)", "—", "x", "Roe said."]


def test_pairing_agrees_with_reading_every_paragraph() -> None:
    rng = random.Random(5)
    for _ in range(4000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 40)))
        assert qm.pairs(text) == _plain_pairs(text), text


def test_mark_offsets_are_where_the_mark_class_matches() -> None:
    assert all((qm._MARKS.fullmatch(chr(c)) is not None) == (chr(c) in qm._MARK_CHARS) for c in range(0x10000))
    rng = random.Random(6)
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 40)))
        assert qm._mark_offsets(text) == [m.start() for m in qm._MARKS.finditer(text)], text
