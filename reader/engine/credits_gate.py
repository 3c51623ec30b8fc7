"""The paragraphs of an article that the credit rules read, found in one pass over the whole text.

:func:`reader.engine.credits.find_credits` reads a paragraph only when it may name a registry outlet
(:func:`reader.engine.outlets.may_mention`) or when a rule that accepts an unregistered name could fire
(:func:`reader.engine.credit_patterns.may_credit_unnamed`). Most of an article's paragraphs fail both, and
asking both of each paragraph cost more than the rules themselves. So here:

* one regex scan of the text marks the paragraphs where ``may_mention`` holds (exactly those: the scan is
  its pattern cut by first letter, plus its plain names) and, in the same pass, the places where an
  unnamed-credit gate could fire: a "(", a "Source"/"Via"/"From" word, an outlet noun before a capital;
* a few substring scans of the lower-cased text add the other such places (a "based on"-like word pair,
  a citing verb, "courtesy", a kind noun such as "radio" or "daily", a picture word before a slash ("Photo/"),
  a picture label before a colon ("Photo:"),
  " by " when the text holds a ";" or ")");
* only paragraphs marked by the second kind and naming no registry outlet run ``may_credit_unnamed``.

Each place-finder is a necessary condition of the gate it stands for, so the paragraphs read are exactly
the ones the per-paragraph gate accepts; tests/engine/test_credits_gate_scan.py compares the two on many
invented texts. A text this reasoning does not cover (an overlong paragraph, which is read in two cut
pieces, or a character that only case-insensitive matching folds to ASCII) gets ``None``: ask per paragraph.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Iterator

from reader.engine import outlets
from reader.engine.credit_kinds import KIND_NEEDLES, POSSESSED_NEEDLES
from reader.engine.credit_patterns import (
    CITED_VERB_STEMS,
    FOLD_TRAP_CHARS,
    NOUN_NEEDLES,
    OUTLET_HEAD_WORDS,
    OUTLET_NOUN_ENDS,
    SLASH_CREDIT_NEEDLES,
    SOURCE_PAIR_TAILS,
    UNKNOWN_BY_VERB,
    UNKNOWN_CITED,
    contains_any,
    labels_colon,
    may_cite_by_verb,
    may_credit_unnamed,
    names_after_noun,
)
from reader.engine.regex_tools import trie_regex

MAX_PARAGRAPH = 20_000  # the longest paragraph find_credits reads whole

# Letters by how often English uses them: a plain name is looked for from its rarest character.
_BY_FREQUENCY = " etaoinshrdlcumwfgypbvkjxqz"


def _rarest(name: str) -> int:
    """Index of the character of ``name`` that starts the fewest regex attempts: its rarest."""
    rank = [_BY_FREQUENCY.find(c.lower()) if c.lower() in _BY_FREQUENCY else len(_BY_FREQUENCY) for c in name]
    return max(range(len(name)), key=lambda i: (rank[i], -i))


# After a capital X: the word before it is an outlet noun ("the newspaper Kyiv Daily"), or more than one
# space stands between them. A word ending in a noun is enough ("website" ends in "site"): a superset.
# Not after "\n\n": X then starts a paragraph, whose first word follows no other.
def _noun_before() -> str:
    ends = sorted(OUTLET_NOUN_ENDS)
    pairs = "|".join(sorted({re.escape(w[-2:]) for w in ends}))
    by_len: dict[int, list[str]] = {}
    for w in ends:
        by_len.setdefault(len(w), []).append(re.escape(w))
    words = "|".join(r"(?<=(?:" + "|".join(ws) + r")\s.)" for _, ws in sorted(by_len.items()))
    return r"(?<=\s.)(?:(?<=\s\s.)(?<!\n\n.)|(?<=(?:" + pairs + r")\s.)(?:" + words + "))"


# "SOURCES?|Sources?|Source\(s\)|Via|VIA|From|FROM" of SOURCE_LINE, after its first letter
_SOURCE_LINE_REST = {"S": "(?=OURCE|ource)", "V": "(?=ia|IA)", "F": "(?=rom|ROM)"}


@functools.cache
def _scanner() -> re.Pattern[str] | None:
    """The one-pass pattern; a match with a group set names a registry outlet (None: a name holds a newline).

    Every alternative starts with a literal character, so the regex engine skips in C to the next
    possible first character. Registry names come first under their letter, so where one matches the
    paragraph is known to name an outlet; the other alternatives consume one character only, so they
    hide no later match.
    """
    upper, plain = outlets.loose_names(True, OUTLET_HEAD_WORDS)
    if any("\n" in name for name in (*upper, *plain)):
        return None
    rests: dict[str, set[str]] = {}
    for name in upper:
        rests.setdefault(name[0], set()).add(name[1:])
    alts: dict[str, list[str]] = {c: ["(?:" + trie_regex(r) + ")()"] for c, r in rests.items()}
    for name in plain:
        i = _rarest(name)
        alts.setdefault(name[i], []).append(
            "(?<=" + re.escape(name[: i + 1]) + ")(?=" + re.escape(name[i + 1 :]) + ")()"
        )
    for c, rest in _SOURCE_LINE_REST.items():
        alts.setdefault(c, []).append(rest)
    alts.setdefault("(", []).append("")
    noun = _noun_before()
    for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        alts.setdefault(c, []).append(noun)
    return re.compile("|".join(re.escape(c) + "(?:" + "|".join(a) + ")" for c, a in sorted(alts.items())))


def _pair_scans() -> tuple[re.Pattern[str], ...]:
    """Supersets of SOURCE_PAIRS on lower-cased text, each starting with a literal (a fast C search).

    The "...ed" words share one scan; a pair whose second word is fixed ("report by", "all rights") is
    looked for from that word, the first one just before it (or a run of spaces: a superset); the rest
    one scan per first four letters ("original", "originally").
    """
    ed = [w for w in SOURCE_PAIR_TAILS if w.endswith("ed")]
    fixed: dict[str, list[str]] = {}
    groups: dict[str, set[str]] = {}
    for w in SOURCE_PAIR_TAILS:
        second = re.fullmatch(r"\\s\+(\w+)", SOURCE_PAIR_TAILS[w])
        if w in ed:
            continue
        if second:
            fixed.setdefault(second.group(1), []).append(w)
        else:
            groups.setdefault(w[:4], set()).add(w)
    scans = [
        "ed(?=" + "|".join(sorted({SOURCE_PAIR_TAILS[w] for w in ed})) + ")(?:"
        + "|".join("(?<=" + re.escape(w) + ")" for w in sorted(ed)) + ")"
    ]
    for second, firsts in sorted(fixed.items()):
        behind = (r"(?<=\s\s" + second + ")", *(r"(?<=" + re.escape(w) + r"\s" + second + ")" for w in sorted(firsts)))
        scans.append(second + "(?:" + "|".join(behind) + ")")
    scans += [trie_regex(g, SOURCE_PAIR_TAILS) for _, g in sorted(groups.items())]
    return tuple(re.compile(s) for s in scans)


_PAIRS = _pair_scans()
_VERBS = tuple(sorted({s.lower() for s in CITED_VERB_STEMS}))  # CITED_VERB_STEMS, lower-cased


def gated_paragraphs(text: str) -> list[tuple[int, str]] | None:
    """The (offset, paragraph) pairs the per-paragraph credit gate accepts, or None where it must be asked.

    Paragraphs are the text's "\\n\\n"-separated pieces, as find_credits reads them; whitespace-only ones
    are left out, as there.
    """
    parts = text.split("\n\n")
    scan = _scanner()
    if scan is None or max(map(len, parts)) > MAX_PARAGRAPH or (
        not text.isascii() and any(c in text for c in FOLD_TRAP_CHARS)
    ):
        return None
    starts = []
    pos = 0
    for para in parts:
        starts.append(pos)
        pos += len(para) + 2
    named: set[int] = set()
    maybe: set[int] = set()
    for m in scan.finditer(text):
        (named if m.lastindex else maybe).add(bisect_right(starts, m.start()) - 1)
    low = text.lower()  # as long as the text: no "İ", so paragraph offsets hold in it
    for pairs in _PAIRS:
        for m in pairs.finditer(low):
            maybe.add(bisect_right(starts, m.start()) - 1)
    last = len(parts) - 1
    asked: set[int] = set()
    for verb in _VERBS:  # "according to X, a ... newspaper" needs a citing verb and an outlet noun
        at = low.find(verb)
        while at >= 0:
            k = bisect_right(starts, at) - 1
            if k not in asked:
                asked.add(k)
                if k not in named and k not in maybe and contains_any(parts[k], NOUN_NEEDLES):
                    maybe.add(k)
            at = low.find(verb, starts[k + 1]) if k < last else -1  # the next paragraph's
    # a courtesy note ("Report courtesy X") and a kind noun ("the Onda Sur radio station") name outlets unregistered
    # so does a slash picture credit closing a caption ("Photo/KT/JANE ODHIAMBO"), which needs a "/"
    possessed = POSSESSED_NEEDLES if "’s " in low or "'s " in low else ()  # "Valdoria's Tidende paper"
    for needle in ("courtesy", *KIND_NEEDLES, *possessed, *(SLASH_CREDIT_NEEDLES if "/" in text else ())):
        at = low.find(needle)
        while at >= 0:
            k = bisect_right(starts, at) - 1
            maybe.add(k)
            at = low.find(needle, starts[k + 1]) if k < last else -1
    at = low.find(":")  # a picture label before a colon ("Photograph: Dara Quill") names whom it likes
    while at >= 0:
        if labels_colon(low, at):
            k = bisect_right(starts, at) - 1
            maybe.add(k)
            at = low.find(":", starts[k + 1]) if k < last else -1
        else:
            at = low.find(":", at + 1)
    if ";" in text or ")" in text:  # Reuters house style needs " by " and one of them
        at = low.find(" by ")
        while at >= 0:
            k = bisect_right(starts, at) - 1
            maybe.add(k)
            at = low.find(" by ", starts[k + 1]) if k < last else -1
    out = []
    for k in sorted(named | maybe):
        para = parts[k]
        stripped = para.strip()
        if stripped and (k in named or may_credit_unnamed(para, stripped, para.lower(), heads=False)):
            out.append((starts[k], para))
    return out


# Where UNKNOWN_BY_VERB can start: "[Aa]ccording", "[Cc]ited", "[Rr]eported" (the offset of its first letter).
_VERB_STARTS = (("ccording", 1), ("cited", 0), ("Cited", 0), ("eported", 1))


def unknown_cited(para: str, after_noun: bool | None = None) -> Iterator[re.Match[str]]:
    """``UNKNOWN_CITED.finditer(para)`` where its gate may_cite_unknown passes (else nothing), found faster.

    With no outlet noun before a capitalised word only its first form ("according to X, a ... newspaper")
    can match, and only where one of its verbs starts: trying it there spares a slow regex attempt at
    every position of the paragraph. Each match is looked for from the last one's end, as finditer does.
    ``after_noun`` is ``names_after_noun(para)`` when the caller has it already.
    """
    if names_after_noun(para) if after_noun is None else after_noun:
        yield from UNKNOWN_CITED.finditer(para)
        return
    if not may_cite_by_verb(para):
        return
    starts = set()
    for stem, back in _VERB_STARTS:
        at = para.find(stem, back)
        while at >= 0:
            starts.add(at - back)
            at = para.find(stem, at + 1)
    pos = 0
    for start in sorted(starts):
        if start >= pos:
            m = UNKNOWN_BY_VERB.match(para, start)
            if m is not None:
                pos = m.end()
                yield m
