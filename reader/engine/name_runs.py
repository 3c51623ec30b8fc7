"""Runs of capitalised words (candidate names), found once per article and read back per sentence.

Collecting people scans the whole text for runs; finding each sentence's subject needs the
runs a scan limited to that sentence would find. Those are the whole-text runs inside the
sentence, except where a run crosses the sentence's start or end ("said Peskov. The ..."),
where the limited scan is rerun, so both readings agree exactly.
"""

from __future__ import annotations

import bisect
import re

from reader.engine.memo import short_memo
from reader.engine.speaker_words import NAME_DESCRIPTORS, PORTFOLIOS, STOP_NAME, bare_word, is_title, split_titles
from reader.engine.text import DOTTED_ABBREVIATIONS

_NAME_TOK = r"[A-Z\u00c0-\u00de\u0400-\u042f](?:\.[A-Z])*[\w’'\-]*\.?"
# The capital comes first and the "no word character before it" test right after it, so the regex engine
# can jump from capital to capital instead of testing the look-behind at every character. Initials typed
# without a space ("K.L. Varadhan", "U.S.") are one token, so the first is not cut off as a run of its own.
RUN = re.compile(
    r"[A-Z\u00c0-\u00de\u0400-\u042f](?<![\w’'-](?s:.))(?:\.[A-Z])*[\w’'\-]*\.?"
    r"(?:\s(?:(?:de|da|van|von|der|den|ten|ter|bin|al|el|la|le|du|di|dos|ibn|del)\s|"
    r"(?:al|el|ad|ash|as|at|az|an|ar|ud|ul)-)?" + _NAME_TOK + r")*"
)

def _strip_possessive(token: str) -> str:
    """A token without a final possessive ("Peskov's", "Jones'"); tokens hold no newline."""
    if token.endswith(("’s", "'s")):
        return token[:-2]
    return token[:-1] if token.endswith(("’", "'")) else token

Run = tuple[int, int, str]


_ADVERB_ENDINGS = ("ally", "ently", "antly", "ately", "ously", "ively", "iefly", "early", "edly")
"""Endings of the sentence adverbs that open a run ("Subsequently", "Reportedly", "Briefly", "Clearly"), and of no
first name of seven letters or more that we know of ("Kimberly" and "Beverly" end otherwise)."""


@short_memo(16384)
def run_parts(run: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Titles and name tokens of a capitalised run (memoised: a surname or "Mr Smith" recurs through an article)."""
    tokens = run.split()
    return _one_word_parts(tokens[0]) if len(tokens) == 1 else _token_parts(tokens)


def _token_parts(tokens: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """:func:`run_parts` of a run's tokens (modified in place)."""
    if len(tokens) >= 2 and tokens[-1].endswith(("’s", "'s")):
        tokens[-1] = _strip_possessive(tokens[-1])  # "Cole Palmer's penalty": the owner is a name, not a title
    k = 0  # an index, not repeated slicing: a run can be thousands of words long
    while k < len(tokens) and ((bare_word(tokens[k]) in STOP_NAME and not is_title(tokens[k]))
                               or bare_word(tokens[k]) in NAME_DESCRIPTORS):
        k += 1
    if k < len(tokens) - 2 and len(tokens[k]) >= 7 and tokens[k].endswith(_ADVERB_ENDINGS):
        k += 1  # "Subsequently Karim Bashir asked": a sentence adverb capitalised by its place, not a first name
    titles, name = split_titles(tokens[k:])
    k = 0
    while k < len(name) and (bare_word(name[k]) in STOP_NAME or
                             (len(name) - k > 2 and bare_word(name[k]) in PORTFOLIOS)):
        k += 1  # "Minister of Information Ann Roe": the portfolio is no first name
    name = name[k:]
    # "the Rajya Sabha Jaswant Singh", "Opposition Leader ... Assembly Ann Roe": a body's name run straight
    # into the person's; keep the full name after the last such word (two tokens at least, so no surname
    # is guessed from a fragment)
    cut = len(name) - 1  # the last such word, read from the end: the loop stops at it
    while cut >= 0 and bare_word(name[cut]) not in STOP_NAME:
        cut -= 1
    if 0 <= cut <= len(name) - 3:
        name = name[cut + 1 :]
    if name:
        name = [*name[:-1], _strip_possessive(name[-1]).rstrip(".")]
    return tuple(titles), tuple(filter(None, name))  # no empty tokens


def _one_word_parts(token: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """:func:`run_parts` of a one-word run, told in a few tests (most runs are one word: "The", "Peskov").

    The general path reaches the same three outcomes: a title word is the run's title, another stop word
    leaves nothing, and any other word is the name without a possessive or a final dot.
    """
    if is_title(token):
        return (token,), ()
    if bare_word(token) in STOP_NAME or bare_word(token) in NAME_DESCRIPTORS or token == "Nor":
        return (), ()  # "Nor" alone is the conjunction opening a sentence; before a name it is a given name
    word = _strip_possessive(token).rstrip(".")
    return (), ((word,) if word else ())


def _scan(text: str, lo: int, hi: int) -> list[Run]:
    out: list[Run] = []
    for m in RUN.finditer(text, lo, hi):
        run = m.group()
        if ". " in run:
            out += _split_at_stops(m.start(), run)  # "he never met Ann Roe. Ben Kell retorted": two runs
        else:
            out.append((m.start(), m.end(), run))
    return out


_TOKEN = re.compile(r"\S+")


def _split_at_stops(start: int, run: str) -> list[Run]:
    """A run cut after each word that ends a sentence: a token's dot may be an initial's or an abbreviation's
    ("J. Roe", "Gen. Ann Roe", "St. Louis"), which :data:`RUN` lets a name go on past, but after a whole word
    ("Roe.") it is a full stop, and the next capital opens another sentence."""
    out: list[Run] = []
    piece = 0
    for m in _TOKEN.finditer(run):
        word = m.group()
        if m.end() < len(run) and word.endswith(".") and len(word) > 3 and not word[:-1].isupper() and \
                word[:-1].lower().lstrip("’'") not in DOTTED_ABBREVIATIONS and "." not in word[:-1]:
            out.append((start + piece, start + m.end(), run[piece : m.end()]))
            piece = m.end() + 1
    out.append((start + piece, start + len(run), run[piece:]))
    return out


class NameRuns:
    """The runs of one text, in order, with the runs of any slice of it on demand."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.runs = _scan(text, 0, len(text))
        self.starts = [r[0] for r in self.runs]

    def between(self, lo: int, hi: int) -> list[Run]:
        """Exactly what a scan of the slice alone finds (``RUN.finditer(text, lo, hi)``, each match cut after a
        word that ends a sentence), as (start, end, run)."""
        runs, text = self.runs, self.text
        k = bisect.bisect_left(self.starts, lo)
        out: list[Run] = []
        if k > 0 and runs[k - 1][1] > lo:
            # a run crosses ``lo``: a scan from ``lo`` first matches there, and agrees with the whole-text
            # scan afterwards only if that match ends where the crossing run does
            m = RUN.match(text, lo, hi)
            if m is None or m.end() != runs[k - 1][1]:
                return _scan(text, lo, hi)
            out.append((m.start(), m.end(), m.group()))
        j = bisect.bisect_left(self.starts, hi, k)
        if j > k and runs[j - 1][1] > hi:
            # the last run crosses ``hi``: the limited scan finds the same start, cut short
            out += runs[k : j - 1]
            out += _scan(text, runs[j - 1][0], hi)
            return out
        out += runs[k:j]
        return out


_ACRONYM = re.compile(r"\(([A-Z]{2,6})\)")
_GLUE = frozenset({"of", "the", "for", "and", "on", "in", "de", "des", "du", "la", "le", "et", "&"})
_MAX_ACRONYMS = 200


def acronyms(text: str) -> dict[str, str]:
    """Organisations spelt out once with their initials ("the Rapid Support Forces (RSF)"): initials -> name."""
    out: dict[str, str] = {}
    for m in _ACRONYM.finditer(text):
        short = m.group(1)
        if short in out:
            continue
        long = _spelt_out(text[max(0, m.start() - 120) : m.start()], short)
        if long:
            out[short] = long
            if len(out) >= _MAX_ACRONYMS:
                break
    return out


def _spelt_out(before: str, short: str) -> str | None:
    """The words before "(XYZ)" whose initials spell XYZ, skipping "of", "the" and the like, or None."""
    words = before.split()
    need = len(short)
    k = len(words)
    while k > 0 and need > 0:
        k -= 1
        w = words[k]
        if w.lower() in _GLUE and need < len(short):
            continue
        part = w.split("-", 1)[1] if w[:3].lower() in ("al-", "el-") and len(w) > 3 else w
        if not part[:1].isupper() or part[0] != short[need - 1]:
            return None
        need -= 1
    if need:
        return None
    return " ".join(words[k:]).strip(",;:")
