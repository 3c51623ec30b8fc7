"""Text hygiene, sentence splitting and tokens.

Article text comes from hostile places (web pages, pastes, feeds), so it is
cleaned once, here, before anything is stored: terminal escape sequences and
control characters removed, bidi overrides dropped, Unicode NFC, whitespace
normalised, paragraphs separated by one blank line.
"""

from __future__ import annotations

import re
import unicodedata

from reader.engine.models import Sentence
from reader.engine.text_wraps import (
    ATTRIBUTION_LINE,
    OPEN_COMMA,
    RUN_ON_MIN,
    TERMINAL_END,
    WRAP_MIN_LINES,
    WRAP_SLACK,
    open_end,
    quote_wraps,
    runs_on,
    wrap_width,
    wraps,
)

_ANSI = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]          # CSI ... final byte
  | \x1b\][^\x07\x1b\n]{0,4096}(?:\x07|\x1b\\)?  # OSC ... BEL or ST (a stray one eats one line at most)
  | \x1b[P^_X][^\x1b\n]{0,4096}(?:\x1b\\)?     # DCS / PM / APC / SOS strings
  | \x1b[ -/]*[0-~]                   # other escapes: ESC c, ESC 7, ESC ( B ...
  | \x9b[0-?]*[ -/]*[@-~]             # 8-bit CSI
    """,
    re.VERBOSE,
)
# C0 (except tab and newline), DEL, C1, bidi embeddings/overrides/isolates,
# zero-width spaces and the BOM: invisible characters that can hide or reorder text; and lone
# surrogates, which no encoder accepts.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff"
    "\ud800-\udfff]"
)
_LINE_BREAKS = re.compile("\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_OTHER_SPACES = "\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
# Runs of spacing that are not already one plain space (replacing every single space cost more
# than the rest of the hygiene together).
_SPACES = re.compile(f"(?: [ {_OTHER_SPACES}]|[{_OTHER_SPACES}])[ {_OTHER_SPACES}]*")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# The ASCII members of _INVISIBLE, as bytes: deleting them from encoded ASCII text is several times
# faster than the regex's search, and most text is ASCII and clean.
_ASCII_INVISIBLE = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_OTHER_SPACE = re.compile(f"[{_OTHER_SPACES}]")


def _has_invisible(text: str) -> bool:
    """Whether ``text`` holds a character of _INVISIBLE (every escape sequence of _ANSI starts with one)."""
    if text.isascii():
        data = text.encode("ascii")
        return len(data.translate(None, _ASCII_INVISIBLE)) != len(data)
    return _INVISIBLE.search(text) is not None


def _may_respace(text: str) -> bool:
    """Whether _SPACES can match in ``text``: it needs two spaces in a row, a tab or another space character."""
    if "  " in text or "\t" in text:
        return True
    return not text.isascii() and _OTHER_SPACE.search(text) is not None


def strip_controls(text: str) -> str:
    """Remove terminal escape sequences and invisible control characters."""
    if not _has_invisible(text):
        return text  # both patterns need a character of _INVISIBLE
    text = _ANSI.sub("", text)
    return _INVISIBLE.sub("", text)


def clean_line(text: str) -> str:
    """Clean a single-line field (title, author, outlet): no controls, one space."""
    text = unicodedata.normalize("NFC", strip_controls(text))
    return _SPACES.sub(" ", text.replace("\n", " ").replace("\r", " ")).strip()


_LOW_MARK_COMMA = re.compile(r"(?<=\w)\u201a")


def paragraphs(raw: str) -> list[str]:
    """Split raw text into cleaned paragraphs.

    Blank lines separate blocks. Inside a block each line is its own paragraph
    (pastes put one paragraph per line), except that a line not ending in
    terminal punctuation and followed by a lower-case start is a hard wrap and
    is joined to the next (the other wraps are :mod:`reader.engine.text_wraps`').
    """
    # Each pass runs only when it can change something: most text is clean, and scanning it three
    # times for controls, line breaks and odd spaces cost more than splitting it.
    dirty = _has_invisible(raw)
    text = raw
    if dirty or "\r" in raw or (not raw.isascii() and ("\u2028" in raw or "\u2029" in raw)):
        text = _LINE_BREAKS.sub("\n", raw)  # its other breaks (\x0b, \x0c, \x85) are all invisible
    if dirty:
        text = _INVISIBLE.sub("", _ANSI.sub("", text))
    text = unicodedata.normalize("NFC", text)
    if "’’" in text or "‘‘" in text:
        text = text.replace("‘‘", "“").replace("’’", "”")  # a double mark typed as two single ones: “harsh’’
    if "``" in text:
        # old wire feeds typed quotation marks TeX's way, ``like this'': two grave accents open, two apostrophes close
        text = text.replace("``", "“").replace("''", "”")
    elif "''" in text:
        # two straight apostrophes stand for a double mark, opening or closing: "''When I came ...,'' he said"
        text = text.replace("''", '"')
    if "\u201a" in text:
        # a low single mark glued to a word is a comma some sites print for every comma ("However\u201a it had"):
        # as a quotation mark it opens after a space ("\u201aso\u2018"), so read there it ran quotes past their end
        text = _LOW_MARK_COMMA.sub(",", text)
    respace = _may_respace(text)
    out: list[str] = []
    for block in _BLANK_LINE.split(text):
        current: list[str] = []  # the lines of one paragraph, joined once (linear in a long hard wrap)
        size = 0  # their length
        lines = [line.strip() for line in (_SPACES.sub(" ", block) if respace else block).split("\n")]
        full = wrap_width(lines) - WRAP_SLACK if len(lines) >= WRAP_MIN_LINES else 0
        for line in lines:
            if not line:
                continue
            joined = current and (
                (line[:1].islower() and wraps(current, line))
                or (size >= RUN_ON_MIN and runs_on(current, line)) or quote_wraps(current)
                or (current[-1].endswith(OPEN_COMMA) and ATTRIBUTION_LINE.match(line) is not None)
                or (0 < full <= len(current[-1]) and current[-1][-1] not in TERMINAL_END)
                or (full > 0 and open_end(current[-1]))
            )
            if joined:
                current.append(line)
                size += len(line)
            else:
                if current:
                    out.append(" ".join(current))
                current = [line]
                size = len(line)
        if current:
            out.append(" ".join(current))
    return out


def normalize(raw: str) -> str:
    """The canonical stored form: cleaned paragraphs joined by a blank line."""
    return "\n\n".join(paragraphs(raw))


# --------------------------------------------------------------------------- sentences

_ABBREVIATIONS = frozenset(
    [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj",
        "gov", "sen", "rep", "rev", "fr", "st", "sr", "jr", "inc", "corp", "ltd", "co", "plc",
        "llc", "bros", "vs", "etc", "al", "approx", "dept", "est", "jan", "feb", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "tue", "tues", "thu", "thur", "thurs",
        "eds", "e.g", "i.e", "cf", "ca", "mt", "ft", "pres", "supt", "det", "insp", "atty", "hon",
        "messrs", "mme", "mlle", "cpl", "pvt", "pfc", "spc", "cpt", "brig", "lieut", "cdr", "amb", "sens",
        "reps", "govs", "msgr", "mgr", "const", "ald", "assn", "univ", "gens", "rt", "sgts", "cpls"
    ]
)
# Capitalised state abbreviations of American copy ("Laurel, Md.", "Austin, Tex."), many of them
# everyday words in lower case: like initials, they end a sentence only before a usual opener.
_STATE_ABBREVIATIONS = frozenset(
    [
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans",
        "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa",
        "tenn", "tex", "vt", "va", "wash", "wis", "wyo"
    ]
)
DOTTED_ABBREVIATIONS = _ABBREVIATIONS | _STATE_ABBREVIATIONS
"""Lower-cased words written with a dot that need not end a sentence ("Gen.", "St.", "Calif."): other modules
(name runs) tell a full stop from such a dot with them."""
# Abbreviations that are also everyday words ("he said no.", "she sat.", "The Sun."): abbreviations
# only before a number ("No. 10", "Fig. 3", "Mar. 5").
_NUMBER_ABBREVIATIONS = frozenset(["no", "nos", "vol", "pp", "fig", "art", "mar", "mon", "wed", "fri", "sat", "sun"])
_SENTENCE_STARTERS = frozenset(
    [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "on",
        "at", "this", "that", "these", "those", "there", "his", "her", "its", "their", "our", "my",
        "so", "yet", "however", "meanwhile", "after", "before", "when", "while", "if", "as", "for",
        "since", "then", "now", "still", "also", "later", "earlier", "today", "yesterday", "both", "all",
        "some", "many", "most", "one", "what", "who", "why", "how", "where", "because", "although", "though",
        "despite", "according", "with", "from", "by", "to", "during", "instead", "not", "no", "or", "nor"
    ]
)
# Whole runs only (the look-behind after the first mark rejects a start inside a run): linear time.
# Starting with the marks themselves, not the look-behind, lets the regex engine skip ahead to one.
# French typography sets guillemets off with a space ("« Oui. » Il dit"): the closing one after a space still
# ends the run, and the opening one before a space still opens the next sentence.
_BOUNDARY = re.compile(r"[.!?…](?<![.!?…]{2})[.!?…]*[\"'”’»)\]]*(?: »)?(?=\s)")
_NEXT_START = re.compile(r"\s+((?:[\"'“‘(\[]|[«•▪■►]\s*)*)(\S+)")
_WORD_BEFORE = re.compile(r"([\w.'’-]+)$")
_WORD_WINDOW = 40  # look this far back for the word before a full stop, so long paragraphs stay linear
_WORD_CHARS = re.compile(r"[\w.'’-]+")


def _word_before(para: str, lo: int, stop: int) -> str:
    """``_WORD_BEFORE`` searched in ``para[lo:stop]``: the longest run of word characters ending at ``stop``.

    The regex tries every start in the window; the token after the last space is that run whenever
    it is made of word characters only, which is nearly always, so the regex is the fallback.
    """
    window = para[lo:stop]
    token = window[window.rfind(" ") + 1 :]
    if token.isalpha() or _WORD_CHARS.fullmatch(token):  # letters are word characters
        return token
    w = _WORD_BEFORE.search(para, lo, stop)
    return w.group(1) if w else ""


# _BOUNDARY with _NEXT_START read in a look-ahead: one match gives the run, the opening marks and the next word.
_BOUNDARY_NEXT = re.compile(_BOUNDARY.pattern.removesuffix(r"(?=\s)") + "(?=" + _NEXT_START.pattern + ")")
_MARKS = ".!?…"
_CLOSERS = "\"'”’»)]"
_INITIAL = re.compile(r"\w\.")


def char_offsets(text: str, chars: str) -> list[int]:
    """Where ``text`` holds any of ``chars``, in order.

    One ``str.find`` scan per character runs at the speed of a plain string search; a regex class is
    tried at every position. Worth it for marks an article holds a few dozen of (sentence ends, quotes).
    """
    out: list[int] = []
    for ch in chars:
        i = text.find(ch)
        while i >= 0:
            out.append(i)
            i = text.find(ch, i + 1)
    out.sort()
    return out


def _mark_positions(text: str) -> list[int]:
    """Where ``text`` holds a sentence mark, in order: a few ``find`` scans beat the boundary regex's search."""
    return char_offsets(text, _MARKS)


def _is_boundary(para: str, m: re.Match[str]) -> bool:
    """Decide whether the punctuation run of a ``_BOUNDARY_NEXT`` match closes a sentence."""
    nxt = m.group(2)
    first = nxt[0]
    if not (first.isupper() or first.isdigit() or m.group(1)):
        return False
    mark_start = m.end()
    while mark_start > 0 and para[mark_start - 1] in _CLOSERS:
        mark_start -= 1
    if para[mark_start - 1] != ".":
        return True
    word = _word_before(para, max(0, mark_start - 1 - _WORD_WINDOW), mark_start - 1)
    bare = word.lower().strip("'’")
    if bare in _ABBREVIATIONS:
        return False
    if bare in _NUMBER_ABBREVIATIONS and first.isdigit():
        return False
    if (len(bare) == 1 and bare.isalpha()) or "." in word.strip(".") or \
            (bare in _STATE_ABBREVIATIONS and word[:1].isupper()):
        # An initial ("J. Smith") or an acronym ("U.S. Treasury") unless a usual sentence opener
        # follows ("Plan B. The", "the U.S. He"); another initial never opens one ("A. A. Milne").
        return not _INITIAL.fullmatch(nxt) and nxt.lower().strip("\"'“”‘’,") in _SENTENCE_STARTERS
    return True


def split_sentences(text: str) -> list[Sentence]:
    """Split stored text into sentences with offsets; never crosses a paragraph.

    The marks are found in the whole text by ``find`` and each is tried where it stands: the
    boundary regex's own search over every paragraph cost more than the rest of the splitting.
    A match at a mark is the match ``_BOUNDARY.finditer`` finds there (a run's marks after its
    first fail the look-behind, and no run starts inside an earlier match), and its look-ahead
    reads the next word, so a match that is no boundary is skipped without a second regex.
    """
    out: list[Sentence] = []
    marks = _mark_positions(text)
    k, count = 0, len(marks)
    pos = 0
    for para in text.split("\n\n"):
        start = 0
        n = len(para)
        limit = pos + n
        while k < count and marks[k] < limit:
            at = marks[k] - pos
            k += 1
            if at and para[at - 1] in _MARKS:
                continue  # inside a run: the look-behind rejects it
            m = _BOUNDARY_NEXT.match(para, at)
            if m is None or not _is_boundary(para, m):
                continue
            end = m.end()
            if end > start:
                out.append(Sentence(len(out), pos + start, pos + end, para[start:end]))
            start = m.start(1)  # past the white space, which the look-ahead's \s+ took whole
        if start < n:
            end = len(para.rstrip())
            if end > start:
                out.append(Sentence(len(out), pos + start, pos + end, para[start:end]))
        pos += n + 2
    return out


# --------------------------------------------------------------------------- tokens

_WORD = re.compile(r"\w+(?:['’]\w+)*")
_FOLD = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "—": "-", "–": "-"})


_FOLD_PAIRS = tuple((chr(k), v) for k, v in _FOLD.items())
"""_FOLD as (character, replacement) pairs: nine replace() scans beat translate() with a dict tenfold."""


def fold(text: str) -> str:
    """Lower-case with typographic quotes and dashes folded, for comparisons."""
    if text.isascii():
        return text.lower()  # every folded character is outside ASCII
    for char, plain in _FOLD_PAIRS:  # no replacement is itself folded, so the order does not matter
        text = text.replace(char, plain)
    return text.lower()


def plain_fold(text: str) -> str:
    """Case-folded with accents removed ("Zelenskyy" ~ "ZELENSKYY", "Müller" ~ "muller"), for comparing names.

    ASCII text has nothing to decompose, so it skips the Unicode normalisation (names are folded at every ingest).
    """
    if text.isascii():
        return text.casefold()
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def words(text: str) -> list[str]:
    """Lower-cased word tokens, apostrophes folded."""
    return _WORD.findall(fold(text))


def word_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of each word token of ``text``."""
    return [m.span() for m in _WORD.finditer(text)]


def shingles(tokens: list[str], k: int = 5) -> list[str]:
    """Word k-grams joined by a space (the whole text when shorter than k)."""
    if len(tokens) < k:
        return [" ".join(tokens)] if tokens else []
    return [" ".join(tokens[i : i + k]) for i in range(len(tokens) - k + 1)]
