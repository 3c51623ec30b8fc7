"""Noun phrases next to a cue verb: who the words before "said" or after "said" name.

Reporters put the speaker before the cue ("Peskov said", "Graham, a former adviser,
said") or after an inverted one ("said a senior official"); this module finds the phrase
before the cue: a name, pronoun, role, anonymous source or organisation, with the bodies and
groups a phrase can hide behind ("Huw Pill of the Bank of Velmia", "Officials in Ostberg").
:mod:`reader.engine.phrase_core` classifies phrases; :mod:`reader.engine.phrase_after` reads the
phrase after an inverted cue.
"""

from __future__ import annotations

import re

from reader.engine import outlets
from reader.engine import phrase_patterns as pp
from reader.engine.phrase_anonymous import anonymous_tail
from reader.engine.phrase_core import _ANY_PRONOUN, NounPhrase, _classify, _tail, _word_start
from reader.engine.speaker_words import (
    PLURAL,
    PORTFOLIOS,
    ROLE_NOUNS,
    TITLE_WORDS,
    anonymous_phrase,
    bare_word,
    looks_like_name,
    split_titles,
)
from reader.engine.stopwords import COMMON_WORDS


def _last_words(text: str, lo: int, cue: int) -> tuple[list[str], int]:
    """Words of ``text[lo:cue]`` without skippable tail words, and where the last one ends; only the last two
    words are exact.

    A short window is read first: past its first (possibly cut) word its words are the whole
    span's, so keeping three or more after the skipping makes the last two exact.
    """
    for start in (max(lo, cue - 80), lo):
        seg = text[start:cue]
        every = seg.split()
        words = every[:]
        while words and bare_word(words[-1]) in pp.SKIP_TAIL and not words[-1].endswith(","):
            words.pop()
        if len(words) >= 3 or start == lo:
            if not words:
                return words, -1
            k = len(words) - 1
            return words, start + _word_start(seg, every, k, len(seg.rstrip())) + len(words[k])
    return [], -1


_ISSUING_BODIES = frozenset({"union", "party"})
"""Lower-case issuers of :data:`pp.DOCUMENT_MODIFIER` that the noun-phrase grammar reads as no speaker of their own."""


def np_before(text: str, lo: int, cue: int) -> NounPhrase | None:
    """The speaker phrase right before a cue verb ("Peskov said", "Graham, a former adviser, said")."""
    found = _np_before(text, lo, cue)
    if found is not None and found.kind != "pronoun" and found.text.startswith(pp.OPENING_TIME_WORDS):
        lead = pp.OPENING_TIME.match(text, found.start, found.end)
        if lead is not None and lead.end() < found.end:
            return _np_before(text, lead.end(), cue) or found  # the subject after "On Tuesday"
    return found


def _np_before(text: str, lo: int, cue: int) -> NounPhrase | None:
    lo = max(lo, cue - 400)
    # the aside and the document owner end the text before the cue: its last word tells when neither can match
    last = text[max(lo, cue - 60) : cue].rstrip()
    aside = pp.ASIDE_BEFORE.search(text, max(lo, cue - 60), cue) if last.endswith(")") else None
    if aside is not None and aside.start() > lo:
        cue = aside.start()  # "Nancy Pelosi (D-Calif.) said": the party and state are not the speaker
    manner = pp.MANNER_BEFORE.search(text, max(lo, cue - 60), cue) if last.endswith(pp.MANNER_NOUNS) else None
    if manner is not None and manner.start() > lo:
        cue = manner.start()
    if text[cue - 2 : cue].strip() == ",":
        window = max(lo, cue - 200)
        insert = pp.PARTICIPLE_BEFORE.search(text, window, cue) if "ing " in text[window:cue] else None
        if insert is not None and insert.start() > lo:
            cue = insert.start()
        relative = pp.RELATIVE_BEFORE.search(text, max(lo, cue - 120), cue)
        if relative is not None and relative.start() > lo:
            cue = relative.start()
    if " on " in text[max(lo, cue - 40) : cue]:
        dated = pp.DATE_TAIL.search(text, max(lo, cue - 40), cue)
        if dated is not None and dated.start() > lo:
            cue = dated.start()  # "The Council on Tuesday, March 3 said": the date is not the speaker
    if " from " in text[max(lo, cue - 130) : cue]:
        sent = pp.DOCUMENT_FROM.search(text, max(lo, cue - 150), cue)
        if sent is not None:
            lo, cue = sent.start("who"), sent.end("who")  # "A message from Tom Vale to the group read,": Vale
    if " by " in text[max(lo, cue - 100) : cue]:
        signed = pp.SIGNED_BY.search(text, max(lo, cue - 120), cue)
        if signed is not None:
            lo = signed.end()  # "a statement signed by spokesman Tom Vale said": Vale speaks through it
    last = text[max(lo, cue - 120) : cue].rstrip()  # the cue may have moved: the pattern's own window again
    owner = pp.DOCUMENT_OWNER.search(text, max(lo, cue - 120), cue) if last.endswith(pp.DOCUMENT_OWNED) else None
    if owner is not None:
        cue = owner.end(1)  # "The ministry's statement read:": the ministry speaks through it
    elif last.endswith(pp.DOCUMENT_OWNED):
        issued = pp.DOCUMENT_MODIFIER.search(text, max(lo, cue - 100), cue)
        if issued is not None and issued.start() >= lo:
            lo, cue = issued.start(1), issued.end(1) - 1  # "A police statement said": the police
            if text[lo:cue] in _ISSUING_BODIES:
                # "a union statement said": the union, which an earlier "the Dock Workers Union" may name
                return NounPhrase(lo, cue, "org", "the " + text[lo:cue])
    words, hi = _last_words(text, lo, cue)
    place = pp.IN_PLACE_TAIL.search(text, max(lo, hi - 60), hi) if hi > lo and " in " in text[max(lo, hi - 60) : hi] \
        else None  # hi is -1 when no word is left
    if place is not None and pp.NAME_BEFORE_PLACE.search(text, max(lo, place.start() - 60), place.start()):
        words, hi = _last_words(text, lo, place.start())  # "Tomas Velk in Oslo on Monday said": Velk, not Oslo
    elif place is None and hi > lo and " of " in text[max(lo, hi - 40) : hi]:
        town = pp.IN_TOWN_TAIL.search(text, max(lo, hi - 90), hi)
        if town is not None and town.start() > lo:
            words, hi = _last_words(text, lo, town.start())  # "the court in the northern city of Tarvik": the court
    if hi > lo and (" at " in text[max(lo, hi - 70) : hi] or " from " in text[max(lo, hi - 70) : hi]):
        firm = pp.AT_FIRM_TAIL.search(text, max(lo, hi - 90), hi)
        if firm is not None and pp.NAME_BEFORE_PLACE.search(text, max(lo, firm.start() - 60), firm.start()):
            words, hi = _last_words(text, lo, firm.start())  # "Tomas Vell at law firm Vell Partners said": Vell
    relative = len(words) >= 2 and bare_word(words[-1]) in {"who", "which"} and words[-2].endswith(",")
    who = relative and bare_word(words[-1]) == "who"
    if relative:
        hi = lo + len(text[lo : hi - len(words.pop())].rstrip())  # ", who said": the phrase ends at the comma
    if not words:
        return None
    if text[hi - 1] == ",":
        found = _appositive(text, lo, hi - 1)
        if found is None and relative:
            # "an appeal by the Harbour Trust, which had called ...": the noun the clause hangs on
            span = _tail(text, lo, hi - 1)
            found = (_body_of(text, lo, span) or _classify(text, *span)) if span is not None else None
            if found is not None and found.kind not in ("name", "org"):
                found = None
            if found is None and who:
                held = np_before(text, lo, hi - 1)  # "The officials, who spoke of ...": the officials
                found = held if held is not None and held.kind in ("anonymous", "role") else None
        return found
    anon = anonymous_tail(text, lo, hi)
    if anon is not None:
        return anon
    last_word = text[max(lo, hi - 14) : hi].rsplit(None, 1)[-1:]
    kin = pp.KIN_TAIL.search(text, max(lo, hi - 60), hi) if last_word and last_word[0].lower() in pp.KIN_WORDS \
        else None
    if kin is not None:
        return NounPhrase(kin.start(), hi, "role", kin.group(), roles=[kin.group(1).lower()])
    span = _tail(text, lo, hi)
    definite = pp.DEFINITE_TAIL.search(text, max(lo, hi - 60), hi)
    if definite and (span is None or span[0] > definite.start()) and "," not in definite.group():
        head = definite.group(1)
        if bare_word(head) not in pp.NOT_PERSON_HEAD and bare_word(head) not in pp.ORG_NOUNS and not (
            bare_word(head) in COMMON_WORDS and bare_word(head) not in ROLE_NOUNS and bare_word(head) != "people"
        ):  # "She read the report and said": "and" heads no phrase
            prep = pp.PREP_BEFORE.search(text, max(lo, definite.start() - 6), definite.start())
            if prep is not None and prep.start() > lo:
                modified = np_before(text, lo, prep.start())
                group = modified is not None and (modified.kind in ("role", "anonymous") or (
                    modified.kind == "name" and len(modified.name) == 1
                    and PLURAL.fullmatch(bare_word(modified.name[0])) is not None))
                if modified is not None and group and prep.group().strip() == "for":
                    # "a lawyer for the family said": whom the lawyer speaks for is part of who they are
                    phrase = text[modified.start : hi]
                    return NounPhrase(modified.start, hi, modified.kind, phrase if modified.kind != "anonymous" else
                                      anonymous_phrase(phrase) or phrase, name=modified.name, roles=modified.roles)
                if modified is not None and modified.kind in ("name", "anonymous", "role", "org"):
                    return modified  # "Congresswoman X from the province said", "Police in the city said"
            return NounPhrase(definite.start(), hi, "role", definite.group(), roles=[bare_word(head)])
    if span is None:
        return None
    located = _located_group(text, lo, span[0])
    if located is not None:
        return located
    body = _body_of(text, lo, span)
    if body is not None:
        return _person_before(text, lo, body)
    found = _classify(text, *span)
    if found is not None and found.kind == "name":
        return _office_of(text, lo, span, found) or _owner_of(text, lo, span, found)
    if found is not None and found.kind == "org":
        owner = _owner_of(text, lo, span, found)
        if owner is not found:
            return _person_before(text, lo, owner)
    start = span[0]
    while True:
        m = pp.OF_CHAIN.search(text, max(lo, start - 80), start)
        if m is None:
            break
        head = _tail(text, lo, m.start(1) + len(m.group(1)))
        if head is None or head[0] >= start:
            break
        start = head[0]
    if start < span[0]:
        joint = pp.OF_FOR.search(text[start : span[1]])
        head_words = text[start : start + joint.start()].split() if joint else []
        if head_words and bare_word(head_words[-1]) in ROLE_NOUNS:
            return NounPhrase(start, span[1], "role", text[start : span[1]], roles=[bare_word(head_words[-1])])
        known = outlets.canonical(text[start : span[1]])
        if known is not None:
            return NounPhrase(start, span[1], "org", known)
        if found is not None and found.kind == "org":
            return _person_before(text, lo, NounPhrase(start, span[1], "org", found.text))
    return found


def _office_of(text: str, lo: int, span: tuple[int, int], name: NounPhrase) -> NounPhrase | None:
    """The office a portfolio completes, when a capitalised title or body's head comes before "of": "The
    Minister of Trade said", "The Department of Roads and Public Transport said"; else None.

    The portfolio reads as a name of its own ("Trade", "Public Transport" after "and"), and a name is a person:
    without this the minister's words went to "Trade", and a later "she" to "Public Transport". Only a one-word
    portfolio, one joined by "and", or one ending in a portfolio word is taken: "Secretary of State Ann Roe"
    is Roe.
    """
    m = pp.office_before(text, lo, span[0])
    if m is None or not (len(name.name) == 1 or m.group(2) or bare_word(name.name[-1]) in PORTFOLIOS):
        return None
    words = m.group(1).split()
    head = bare_word(words[-1])
    start = m.start(1)
    if bare_word(words[0]) in pp.DETERMINERS:
        if len(words) == 1:
            return None
        start = text.index(words[1], start + len(words[0]))
    if head in pp.ORG_HEADS:  # the body's name goes without its article, as other bodies' names do
        return _person_before(text, lo, NounPhrase(start, span[1], "org", text[start : span[1]].rstrip(".,")))
    start = m.start(1) - 4 if text.startswith("the ", m.start(1) - 4) and m.start(1) - 4 >= lo else m.start(1)
    return NounPhrase(start, span[1], "role", text[start : span[1]], roles=[head])


_PLACE_PREPS = frozenset({"in", "near", "across", "outside", "around", "inside", "throughout"})
_BODY_OF = re.compile(r"([\w’'-]+)\s+of\s+(?:the\s+)?$")


def _body_of(text: str, lo: int, span: tuple[int, int]) -> NounPhrase | None:
    """A body named "<A> of <B>" where A or B ends in a body's head word ("the Nurses Union of Kestrel",
    "Velmia's Joint Chiefs of Staff", "the Bank of Velmia"), read back from its last part; else None."""
    start = span[0]
    joined = False
    while True:
        m = _BODY_OF.search(text, max(lo, start - 80), start) if text.endswith(
            (" of ", " of the "), max(lo, start - 8), start) else None
        if m is None or not m.group(1)[:1].isupper():
            break
        # "Chiefs of Staff": a one-word last part that is itself a head; "Tariq Olsen of the Refugee Council"
        # is a person of the body, whom _person_before finds
        tail_words = text[start : span[1]].split()
        one_head = not joined and len(tail_words) == 1 and bare_word(tail_words[0]) in pp.ORG_HEADS
        if bare_word(m.group(1)) not in pp.ORG_HEADS and not one_head:
            break
        head = _tail(text, lo, m.start(1) + len(m.group(1)))
        if head is None or head[0] >= start:
            break
        start, joined = head[0], True
    if not joined:
        return None
    words = text[start : span[1]].split()
    org = " ".join(words[1:] if bare_word(words[0]) in pp.DETERMINERS else words)
    return NounPhrase(start, span[1], "org", org.rstrip(".,"))


def _located_group(text: str, lo: int, at: int) -> NounPhrase | None:
    """The group a place name after "in"/"near" locates ("Officials in Washington said"), else None."""
    if at - lo < 6 or text[at - 1] != " ":
        return None
    before = text[max(lo, at - 16) : at].split()
    if not before or before[-1] not in _PLACE_PREPS and (len(before) < 2 or before[-2] not in _PLACE_PREPS):
        return None
    prep = pp.PLACE_PREP_BEFORE.search(text, max(lo, at - 16), at)
    if prep is None or prep.start() <= lo:
        return None
    group = np_before(text, lo, prep.start())
    if group is None:
        return None
    if group.kind == "anonymous" or (group.kind == "name" and len(group.name) == 1
                                     and PLURAL.fullmatch(bare_word(group.name[0]))):
        return group
    if group.kind == "org" and " " not in group.text and bare_word(group.text) in pp.ORG_NOUNS:
        return group  # "Police in Lagos said"
    return None


def _person_before(text: str, lo: int, org: NounPhrase) -> NounPhrase:
    """The person an organisation's name follows ("Huw Pill of the Bank of England"), else the organisation."""
    if org.kind != "org" or org.start - lo < 4 or not _ends_with_of(text[max(lo, org.start - 8) : org.start]):
        return org
    before = pp.ORG_OF.search(text, max(lo, org.start - 80), org.start)
    person = _person_of(text, before) if before is not None else None
    return person if person is not None else org


_OF_WORD = re.compile(r"\s(?:of|for|from)$")


def _ends_with_of(segment: str) -> bool:
    """Gate of pp.ORG_OF and pp.HEAD_OF: the segment ends in "of", "for" or "from" (then maybe "the") and a space."""
    if not segment[-1:].isspace():
        return False
    head = segment.rstrip()
    if _OF_WORD.search(head[-6:]):
        return True
    if not (head.endswith("the") and head[-4:-3].isspace()):
        return False
    return _OF_WORD.search(head[:-3].rstrip()[-6:]) is not None


def _owner_of(text: str, lo: int, span: tuple[int, int], name: NounPhrase) -> NounPhrase:
    """The phrase a name completes: "the governor of Texas" speaks, not Texas; "the Bank of England" is an org.

    A lower-case head before of/for/from makes a role ("a spokesman for Boris Johnson", "the wife of
    John Smith"); capitalised words before "of" make one organisation's name.
    """
    window = max(lo, span[0] - 80)
    if not _ends_with_of(text[window : span[0]]):
        return name
    org = pp.ORG_OF.search(text, window, span[0])
    if org is not None and name.kind in ("org", "name"):
        person = _person_of(text, org)
        if person is not None:
            return person
    if org is not None and not any(bare_word(w) in TITLE_WORDS for w in org.group(1).split()):
        words = org.group(1).split()
        if bare_word(words[0]) not in pp.DETERMINERS and not looks_like_name(words):
            start = org.start(1)
            return NounPhrase(org.start(), span[1], "org", text[start : span[1]].rstrip(".,"))
    head = pp.HEAD_OF.search(text, window, span[0])
    if head is None:
        return name
    words = head.group(2).split()
    opens = not text[max(lo, head.start(2) - 3) : head.start(2)].strip(" \"“‘'") or \
        text[max(lo, head.start(2) - 3) : head.start(2)].rstrip()[-1:] in ".!?:;"
    if any(w[:1].isupper() for w in words[1:]) or (words[0][:1].isupper() and not (
            opens and head.group(1) is None and bare_word(words[0]) not in TITLE_WORDS)):
        return name  # capitals: a title ("Secretary of State Marco Rubio"), not a common noun ("Officials of")
    keep = len(words)
    while keep > 0 and bare_word(words[keep - 1]) not in COMMON_WORDS:
        keep -= 1
    determined = head.group(1) is not None and keep == 0  # "a day after allies of": "a" is not theirs
    start = head.start() if determined else head.start(2) + len(" ".join(words[:keep])) + (1 if keep else 0)
    noun = bare_word(words[-1])
    if keep == len(words) or (not determined and head.group(3) == "from"):
        return name
    if noun in pp.SKIP_TAIL or noun in pp.DETERMINERS or noun in _ANY_PRONOUN or noun in pp.NOT_PERSON_HEAD:
        return name
    if not determined and noun not in ROLE_NOUNS and not (noun.endswith("s") and len(noun) > 3):
        return name  # a bare singular ("wife of X") needs its article; plurals ("allies of Kyiv") do not
    return NounPhrase(start, span[1], "role", text[start : span[1]], roles=[noun])


def _person_of(text: str, org: re.Match[str]) -> NounPhrase | None:
    """A full name before "of" an organisation ("Inspector Paul Kerr of the Metropolitan Police"): the person speaks."""
    written = org.group(1).split()
    titles, name = split_titles(written)
    if len(name) < 2 or not looks_like_name(name):
        return None
    start = org.start(1)
    end = start + len(org.group(1).rstrip())
    return NounPhrase(start, end, "name", " ".join(name), name=name, roles=titles)


def _appositive(text: str, lo: int, hi: int) -> NounPhrase | None:
    """``NAME, DESCRIPTION,`` or ``DESCRIPTION, NAME,`` before a cue."""
    comma = text.rfind(",", lo, hi)
    if comma < 0:
        return None
    inner = text[comma + 1 : hi].strip()
    if not inner or len(inner.split()) > 30:
        return None
    first = inner.split()[0]
    if pp.AFFILIATION.fullmatch(inner):
        span = _tail(text, lo, comma)
        return _classify(text, *span) if span else None
    if first[:1].isupper() and bare_word(first) not in pp.DETERMINERS:
        inner_start = text.index(inner, comma)
        span = _tail(text, inner_start, hi)
        if span and span[0] == inner_start:
            np = _classify(text, *span)
            if np is not None and np.kind == "name":
                return np
    roles = [w for w in (bare_word(t) for t in inner.split()[:8]) if w in ROLE_NOUNS or w in TITLE_WORDS]
    before = text.rfind(",", lo, comma)
    while before >= 0 and pp.AFFILIATION.fullmatch(text[before + 1 : comma].strip()):
        comma, before = before, text.rfind(",", lo, before)  # "John Smith, 45, a farmer, said"
    span = _tail(text, lo, comma)
    if span is None:
        return None
    np = _classify(text, *span, roles=roles)
    return np
