"""The shortcuts of text hygiene and sentence splitting give what the plain passes give.

:func:`reader.engine.text.paragraphs` skips passes that cannot change the text, and the
sentence-boundary pattern starts with the marks rather than a look-behind; these tests hold
each shortcut to a reference written the slow, obvious way, on invented text.
"""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.engine import text as T
from reader.engine import text_wraps as W

_OLD_BOUNDARY = re.compile(r"(?<![.!?…])[.!?…]+[\"'”’»)\]]*(?=\s)")


def _reference_paragraphs(raw: str) -> list[str]:
    """``paragraphs`` with every pass always run."""
    text = T._LINE_BREAKS.sub("\n", raw)
    text = unicodedata.normalize("NFC", T._INVISIBLE.sub("", T._ANSI.sub("", text)))
    text = text.replace("‘‘", "“").replace("’’", "”").replace("''", '"')
    out: list[str] = []
    for block in T._BLANK_LINE.split(text):
        current: list[str] = []
        for line in T._SPACES.sub(" ", block).split("\n"):
            line = line.strip()
            if not line:
                continue
            size = sum(map(len, current))  # the joining rules are the function's own; the passes are what is tested
            if current and ((line[:1].islower() and W.wraps(current, line)) or
                            (size >= W.RUN_ON_MIN and W.runs_on(current, line)) or W.quote_wraps(current) or
                            (current[-1].endswith(W.OPEN_COMMA) and W.ATTRIBUTION_LINE.match(line) is not None)):
                current.append(line)
            else:
                if current:
                    out.append(" ".join(current))
                current = [line]
        if current:
            out.append(" ".join(current))
    return out


# Letters, punctuation and every kind of character a pass acts on: controls, escapes, odd spaces and breaks.
_ALPHABET = st.sampled_from(
    list("ab AZ.!?…,\"'”’»)]\n\n\t-") + ["  ", "\r\n", "\r", "\x1b[31m", "\x1b]0;t\x07", "\x9b1m", "\x00", "\x07",
    "\x0b", "\x0c", "\x7f", "\x85", "\x9f", "\u200b", "\u202e", "\ufeff", "\u00a0", "\u2009", "\u3000", "\u2028",
    "\u2029", "e\u0301", "é", "“", "\ud800", "  \n  "]
)
_TEXT = st.lists(_ALPHABET, max_size=60).map("".join)


@settings(max_examples=600, deadline=None)
@given(_TEXT)
def test_paragraphs_match_the_passes_run_always(raw: str) -> None:
    assert T.paragraphs(raw) == _reference_paragraphs(raw)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_strip_controls_matches_both_patterns(raw: str) -> None:
    assert T.strip_controls(raw) == T._INVISIBLE.sub("", T._ANSI.sub("", raw))


def test_clean_ascii_text_is_returned_as_is() -> None:
    text = "Plain words, one space each.\n\nA second paragraph."
    assert T.strip_controls(text) is text
    assert T.paragraphs(text) == ["Plain words, one space each.", "A second paragraph."]


def test_every_ascii_invisible_character_is_seen() -> None:
    for code in range(128):
        ch = chr(code)
        assert T._has_invisible("ok " + ch) == (T._INVISIBLE.search(ch) is not None), code


_MARKS = st.lists(st.sampled_from(list("ab .!?…\"')]”\n") + ["...", "?!", " \t"]), max_size=50).map("".join)


@settings(max_examples=800, deadline=None)
@given(_MARKS)
def test_boundary_pattern_finds_the_runs_the_look_behind_form_found(para: str) -> None:
    assert [m.span() for m in T._BOUNDARY.finditer(para)] == [m.span() for m in _OLD_BOUNDARY.finditer(para)]


_WORD_PIECES = list("ab Z.'’-,(\"\n\t") + ["U.S", "Mr", "  ", "é", "_", "1"]
_WORDS = st.lists(st.sampled_from(_WORD_PIECES), max_size=30).map("".join)


@settings(max_examples=1000, deadline=None)
@given(_WORDS, st.integers(0, 40), st.integers(0, 40))
def test_word_before_is_the_regex_search(para: str, lo: int, stop: int) -> None:
    lo, stop = min(lo, len(para)), min(stop, len(para))
    w = T._WORD_BEFORE.search(para, lo, stop)
    assert T._word_before(para, lo, stop) == (w.group(1) if w else "")


def _reference_is_boundary(para: str, end: int) -> bool:
    """The boundary rule as first written: the next word read by a second regex, then the word before."""
    m = T._NEXT_START.match(para, end)
    if not m:
        return False
    nxt = m.group(2)
    first = nxt[0]
    if not (first.isupper() or first.isdigit() or m.group(1)):
        return False
    mark_start = end
    while mark_start > 0 and para[mark_start - 1] in "\"'”’»)]":
        mark_start -= 1
    if para[mark_start - 1] != ".":
        return True
    w = T._WORD_BEFORE.search(para, max(0, mark_start - 1 - T._WORD_WINDOW), mark_start - 1)
    word = w.group(1) if w else ""
    bare = word.lower().strip("'’")
    if bare in T._ABBREVIATIONS:
        return False
    if bare in T._NUMBER_ABBREVIATIONS and first.isdigit():
        return False
    if (len(bare) == 1 and bare.isalpha()) or "." in word.strip(".") or \
            (bare in T._STATE_ABBREVIATIONS and word[:1].isupper()):
        return not re.fullmatch(r"\w\.", nxt) and nxt.lower().strip("\"'“”‘’,") in T._SENTENCE_STARTERS
    return True


def _reference_sentences(text: str) -> list[tuple[int, int, str]]:
    """``split_sentences`` the plain way: the boundary regex searched paragraph by paragraph."""
    out: list[tuple[int, int, str]] = []
    pos = 0
    for para in text.split("\n\n"):
        start = 0
        for m in T._BOUNDARY.finditer(para):
            end = m.end()
            if _reference_is_boundary(para, end):
                if end > start:
                    out.append((pos + start, pos + end, para[start:end]))
                start = end
                while start < len(para) and para[start].isspace():
                    start += 1
        if start < len(para):
            end = len(para.rstrip())
            if end > start:
                out.append((pos + start, pos + end, para[start:end]))
        pos += len(para) + 2
    return out


_SENTENCE_PIECES = st.sampled_from(
    list("ab Z1.!?…\"'”’»)]“(«•\n\t,") + [" ", "  ", "\n\n", "\n\n\n", "...", "?!", " Mr", " U.S", " No", " J", " Md",
                                         " The", " the", " 3", "\u00a0", "\u2003", "e.g", " A. A", "é"]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(_SENTENCE_PIECES, max_size=60).map("".join))
def test_split_sentences_is_the_paragraph_by_paragraph_search(text: str) -> None:
    got = [(s.start, s.end, s.text) for s in T.split_sentences(text)]
    assert got == _reference_sentences(text)
    assert [s.i for s in T.split_sentences(text)] == list(range(len(got)))
