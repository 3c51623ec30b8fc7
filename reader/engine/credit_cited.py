"""Cited outlets: whose report, interview or data an article attributes something to.

A citation is read on either side of an outlet's name ("according to X", "X reported", "a BBC
investigation found", "told Reuters"), and for outlets missing from the registry through the noun
that describes them ("the newspaper Kyiv Daily", "French satirical weekly Le Petit Echo said", "the
Libyan News Agency JANA said"). Split from :mod:`reader.engine.credits`, which reads these answers
beside its source, contributor and picture rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from reader.engine import dates, outlets
from reader.engine.credit_cite_patterns import (
    CITE_LEFT,
    CITE_NOUN,
    CITE_RIGHT,
    KIND_AFTER,
    LEFT_HINT,
    NOUN_BACKED,
    NOUN_CUE_LEFT,
    POSSESSIVE_NOUN,
    SELF_STORY,
)
from reader.engine.credit_kinds import named_by_kind
from reader.engine.credit_patterns import (
    OUTLET_HEAD_WORDS,
    OUTLETISH,
    UNKNOWN_DESCRIBED,
    may_name_outlet,
    names_after_noun,
)
from reader.engine.credits_gate import unknown_cited
from reader.engine.models import Span

_MAX_MENTIONS = 500

# Before a SOURCE_PHRASE noun: "an article published in X" is one piece among others, cited, not the source
ANOTHER_PIECE = re.compile(r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne|recent|new|latest|earlier|separate)\s+(?:[\w-]+\s+){0,2}$")

_NOT_OUTLET = frozenset(
    str.split(
        """secretary service office conference release room corps minister president spokesman spokeswoman
    spokesperson director chief officer editor correspondent reporter club freedom council union association
    according the a an in on at by for from with and but of"""
    )
)


_TIME_WORDS = frozenset(
    [w.lower() for pair in (*dates.MONTH_NAMES, *dates.WEEKDAY_NAMES) for w in pair if len(w) > 3]
    + ["yesterday", "today", "tonight", "overnight", "earlier", "later"]
)
_ACRONYM = re.compile(r"[A-Z]{2,8}")
_POSSESSIVE = ("’s", "'s")
# A US paper's place set in brackets inside its name: "The (Dalport) Times-Courier reported". The bracket
# shows the one hyphenated word after it is the paper's name ("Post-Covid" elsewhere is no paper).
_PLACED_PAPER = re.compile(r"(?<![\w’'-])(?:The|the)\s+\([A-Z][\w.’' -]{1,30}\)\s+$")
_HYPHENED = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+[.,]?")
_AGENCY_HEADS = frozenset({"Agency", "News", "Press", "Service"})


def _unknown(text: str) -> list[outlets.Mention]:
    """Capitalised names that read like a news outlet ("Coastal Wire") but are not in the registry."""
    out: list[outlets.Mention] = []
    if not may_name_outlet(text):
        return out
    for m in OUTLETISH.finditer(text):
        words = m.group().split()
        while words and (words[0].lower() in _NOT_OUTLET or words[0].endswith(_POSSESSIVE)):
            words = words[1:]  # "Valdoria's Harbour Gazette": the country it is of, no word of its name
        placed = len(words) == 1 and _HYPHENED.fullmatch(words[0]) is not None and \
            _PLACED_PAPER.search(text, max(0, m.start() - 45), m.start()) is not None
        if len(words) < 2 and not placed:
            continue
        if any(w.lower().strip(".,’'") in _NOT_OUTLET for w in words):
            continue
        written = " ".join(words).rstrip(".,")
        start = m.end() - len(m.group()) + m.group().index(words[0])
        if ". " in written:  # "broadcaster Radio Tala. He added": the name is the sentence holding the head word
            written, start = _head_sentence(written, start)
            if len(written.split()) < 2 and not placed:
                continue
        if len(words) >= 3 and _ACRONYM.fullmatch(words[-1].rstrip(".,")) and words[-2] in _AGENCY_HEADS:
            written = words[-1].rstrip(".,")  # "the Libyan News Agency JANA": the agency is its own short name
            start = m.start() + m.group().rindex(written)
        if outlets.canonical(written) is None and not outlets.mentions(written, weak=True):
            out.append(outlets.Mention(written, written, Span(start, start + len(written))))
    return out


_HEAD_SET = frozenset(OUTLET_HEAD_WORDS)
_WORD_PARTS = re.compile(r"[\s-]+")


def _head_sentence(written: str, start: int) -> tuple[str, int]:
    """The part of an outlet-like name run that holds its head word, cut at the sentence ends inside it
    ("Radio Tala. He" -> "Radio Tala"; "Tala. Radio Marr" -> "Radio Marr"), with its start."""
    cuts = list(_SENTENCE_END.finditer(written))
    bounds = zip([0] + [c.end() for c in cuts], [c.start() for c in cuts] + [len(written)], strict=True)
    for a, b in bounds:
        piece = written[a:b].rstrip(".,")
        if not _HEAD_SET.isdisjoint(_WORD_PARTS.split(piece)):
            return piece, start + a
    return "", start


def all_mentions(text: str, weak: bool = True) -> list[outlets.Mention]:
    """Registry outlets plus unregistered outlet-like names, in text order."""
    found = outlets.mentions(text, weak=weak)
    taken = [(m.span.start, m.span.end) for m in found]
    for u in _unknown(text):
        if not any(a < u.span.end and u.span.start < b for a, b in taken):
            found.append(u)
    return sorted(found, key=lambda m: m.span.start)


# A name joined to the one before by a slash ("Reuters/Ipsos poll"): the cue before the pair is the cue of both.
# Of such a pair only the name next to the noun is credited: the pollster or partner that made the piece.
_SLASH_LEFT = re.compile(r"[A-Z][\w&.’'-]*(?:\s[A-Z][\w&.’'-]*){0,2}\s?/\s?$")


def _cited_piece(left: str, right: str) -> bool:
    """Whether a name followed by a piece of work ("a BBC report") is attributed: what it said, or a cue before."""
    noun = CITE_NOUN.match(right)
    if noun is None:
        return False
    backed = NOUN_BACKED.match(right, noun.end()) is not None
    return backed or NOUN_CUE_LEFT.search(_SLASH_LEFT.sub("", left)) is not None


def _cited_by_left(left: str) -> bool:
    """Whether the words before a name attribute something to it ("according to", "told", "a report by")."""
    return any(CITE_LEFT.match(left, t.start()) for t in LEFT_HINT.finditer(left))


# An agency's descriptive name, then its own: "the Libyan News Agency JANA said". Matched from "News Agency"
# or "Press Agency" on (agency_acronyms finds those places), the capitalised words before it checked apart.
AGENCY_ACRONYM = re.compile(
    r"(?:News|Press)\s+Agency\s+(?P<b>[A-Z]{2,8})\s+(?:has\s+|also\s+|first\s+)?"
    r"(?:reported|said|wrote|found|revealed|published|cited|quoted|estimated)\b(?P<a>(?!))?(?P<c>(?!))?"
)
_CAPITAL_BEFORE = re.compile(r"(?<![\w-])[A-Z][\w-]+\s+$")


def agency_acronyms(para: str) -> Iterator[re.Match[str]]:
    """AGENCY_ACRONYM's matches that follow a capitalised word ("Libyan News Agency JANA said")."""
    for head in ("News Agency", "Press Agency"):
        at = para.find(head)
        while at > 0:
            m = AGENCY_ACRONYM.match(para, at)
            if m is not None and _CAPITAL_BEFORE.search(para, max(0, at - 40), at):
                yield m
            at = para.find(head, at + 1)


def _described(para: str, after_noun: bool) -> Iterator[re.Match[str]]:
    """Unregistered outlets named with a description: "French satirical weekly Le Petit Echo said" (a noun
    with lower-case words before it) and "the Libyan News Agency JANA said" (a descriptive name, then its own)."""
    if "Agency" in para:
        yield from agency_acronyms(para)
    if after_noun:
        yield from UNKNOWN_DESCRIBED.finditer(para)


# An unregistered outlet written as one camel-case word with an outlet head word in it ("PortNews", "TimesLive"),
# after a comma and before a present-tense "reports" that ends the sentence: "..., PortNews reports." A person
# in that slot ("..., Smith reports.") is one capitalised word with no second capital, so does not match.
_CAMEL_REPORTS = re.compile(
    r"(?<=,\s)(?P<b>[A-Z][a-z]+(?:[A-Z][a-z]+|[A-Z]{2,5})+)\s+reports\.(?=\s|$)(?P<a>(?!))?(?P<c>(?!))?"
)
_CAMEL_PART = re.compile(r"[A-Z](?:[a-z]+|[A-Z]+(?![a-z]))")
_CAMEL_HEADS = frozenset(OUTLET_HEAD_WORDS)  # the gate finds these inside a word too, so the paragraph is read


# The same inverted citation with the paper's name after "the", maybe hyphenated, and the sentence going on:
# "..., the Dalport Times-Courier reports, calling it ...", "..., the Harbour Chronicle reports." A head word
# must be one of the name's parts: ", the Ministry reports," or ", the Smith family reports," names no paper.
# Its spaces are plain ones, so the substring tests ", the " and " reports" are its exact gate.
_THE_REPORTS = re.compile(
    r"(?<=, )the (?P<b>[A-Z][\w’']*(?:-[A-Z][\w’']*)*(?:\s+[A-Z][\w’']*(?:-[A-Z][\w’']*)*){0,3})"
    r" reports(?=[.,](?:\s|$)|$)(?P<a>(?!))?(?P<c>(?!))?"
)
_NAME_PART = re.compile(r"[^\s-]+")


def _camel_reports(para: str) -> Iterator[re.Match[str]]:
    """The "..., PortNews reports." and "..., the Harbour Times reports," matches of ``para``.

    The " reports" test comes first: most paragraphs lack it.
    """
    if " reports" not in para:
        return
    for m in _CAMEL_REPORTS.finditer(para) if " reports." in para else ():
        parts = _CAMEL_PART.findall(m.group("b"))
        if not _CAMEL_HEADS.isdisjoint(parts) and not m.group("b").startswith(("Mc", "Mac")):
            yield m
    for m in _THE_REPORTS.finditer(para) if ", the " in para else ():
        parts = _NAME_PART.findall(m.group("b"))  # a head word alone ("the Post") is a short name: back_references
        if len(parts) > 1 and not _CAMEL_HEADS.isdisjoint(parts):
            yield m


# A full stop after two small letters, capitals or digits ends a sentence ("Tala. He", "C5N. He"); after an
# initialism ("U.S. Harbour Review") or a single letter ("J. Roe") it does not.
_SENTENCE_END = re.compile(r"(?:(?<=[a-z]{2})|(?<=[A-Z0-9]{2}))\.\s")


def without_full_stop(written: str) -> str:
    """A name as matched, less the sentence's full stop it ends with ("the daily Dalport Times-Courier.")
    and the capitalised words of the next sentence that the match ran on into ("... Times-Courier. It").

    An initialism keeps its dots ("U.S."): its last word holds another one.
    """
    if ". " in written or ".\n" in written:
        written = _SENTENCE_END.split(written, maxsplit=1)[0] + "."
    if written.endswith(".") and "." not in written.rsplit(None, 1)[-1][:-1]:
        return written[:-1]
    return written


# A name that ends in its own outlet noun ("the official Xinhua News Agency said", "the Kestrel Press Agency
# says"): "said" after it cites the outlet as "the Xinhua news agency said" does, the noun being in the name.
_NOUN_ENDED = re.compile(r"(?:News|Press|news|press)\s+(?:Agency|agency)$|(?:Newspaper|newspaper)$")
_SAID_RIGHT = re.compile(r"(?:\s*,[^,.;]{1,90},)?\s+(?:has\s+|also\s+|earlier\s+|later\s+)?(?:said|says|added|noted)\b")


# An agency as the subject of "said": at a sentence's start, after a comma or after a quotation ("...," Xinhua
# said; "..., Kyodo said."; "Xinhua said the epicentre was ..."). An agency's words are its reports. Not after a
# word that makes it an object ("villagers met by Bernama said"), and not a weak alias ("The CP said": a police
# commissioner), nor an outlet of another kind ("CNN said it would appeal the ruling" is news about it).
_SUBJECT_LEFT = re.compile(r"(?:^|[.!?,;][\"”’]?\s+|[\"”]\s*)(?:[Tt]he\s+)?$")
_SAID_NEXT = re.compile(r"\s+(?:also\s+|earlier\s+|later\s+|then\s+)?(?:said|says)\b")
# "Reuters said it could not verify the footage": the agency speaks of its own reporting, as OWN_DISCLAIMER
_SAID_UNABLE = re.compile(
    r"\s+(?:said|says)\s+(?:that\s+)?(?:it|they)\s+(?:could\s+not|couldn't|cannot|can\s+not|was\s+unable|"
    r"were\s+unable|has\s+not\s+been\s+able|had\s+not\s+been\s+able|was\s+not\s+able)\b"
)


def _agency_said(men: outlets.Mention, left: str, right: str) -> bool:
    """Whether a registry agency is the subject of "said" (the rule above); the cheap tests first."""
    return _SAID_NEXT.match(right) is not None and outlets.kind(men.name) == "agency" and \
        outlets.is_strong_alias(men.written) and _SUBJECT_LEFT.search(left, max(0, len(left) - 12)) is not None \
        and _SAID_UNABLE.match(right) is None


def cited(para: str, claimed: set[int], text: str | None = None) -> Iterator[tuple[str, int, int]]:
    """Outlets whose report, interview or data the paragraph attributes something to.

    The outlet someone spoke to is cited too, in its own copy as well ("two traders told Reuters" in a
    Reuters story): whether a citation names this copy's work or another piece ("the story that Reuters
    published", "a Reuters interview") the text does not tell, so every citing form counts alike and the
    role list says both ``source`` and ``cited``. ``text`` is the whole article, where a name written
    before its kind noun ("the Onda Sur radio station") must also stand bare (:mod:`reader.engine.credit_kinds`).
    """
    found = all_mentions(para)[:_MAX_MENTIONS]
    taken = [(m.span.start, m.span.end) for m in found]
    for k in named_by_kind(para, para if text is None else text):
        if not any(a < k.span.end and k.span.start < b for a, b in taken):
            found.append(k)
    for men in found:
        s, e = men.span.start, men.span.end
        if s in claimed:
            continue
        if men.name != men.written and not outlets.is_strong_alias(men.written) and outlets.get(men.written) and \
                not KIND_AFTER.match(para, e):
            continue
        left = para[max(0, s - 140) : s]
        right = para[e : e + 160]
        by_right = CITE_RIGHT.match(right) or POSSESSIVE_NOUN.match(right) or _cited_piece(left, right) or (
            _NOUN_ENDED.search(men.written) is not None and _SAID_RIGHT.match(right) is not None) or (
            _agency_said(men, left, right))
        if (by_right and not SELF_STORY.match(right)) or _cited_by_left(left):  # the costlier side last
            yield men.name, s, e
    after_noun = names_after_noun(para)
    for m in chain(unknown_cited(para, after_noun), _described(para, after_noun), _camel_reports(para)):
        key = "a" if m.group("a") else "b" if m.group("b") else "c"
        written = without_full_stop(m.group(key))
        s, e = m.start(key), m.start(key) + len(written)
        if s in claimed:
            continue
        claimed.add(s)  # the same name found by two forms is one citation
        name = outlets.canonical(written)
        if name is None and (outlets.mentions(written) or len(written) < 3 or
                             written.split()[0].lower() in _NOT_OUTLET  # "the agency Director Tom Bell said"
                             or written.lower() in _TIME_WORDS):  # "told the media Tuesday that": a day
            continue
        yield name or written, s, e
