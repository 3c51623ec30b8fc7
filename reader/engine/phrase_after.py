"""The speaker phrase after an inverted cue ("said Peskov", "said nurse Orla Fenwick", "said a senior official").

Split from :mod:`reader.engine.phrases`, which reads the phrase before a cue and classifies phrases; reading
forward has its own stops (a comma, "who", "that") and its own appositives ("said one resident, Ann Roe").
"""

from __future__ import annotations

import re

from reader.engine import phrase_patterns as pp
from reader.engine.phrase_core import _TOKEN, NounPhrase, _classify
from reader.engine.speaker_words import (
    ANON,
    BARE_ANON,
    DEMONYMS,
    PARTICLES,
    PORTFOLIOS,
    PRONOUNS,
    ROLE_NOUNS,
    TITLE_WORDS,
    anonymous_phrase,
    bare_word,
    capitalised,
    looks_like_name,
    split_titles,
)
from reader.engine.stopwords import COMMON_WORDS

__all__ = ["np_after"]

_JOB_WORDS = ROLE_NOUNS | TITLE_WORDS
_ROLE_MODIFIERS = frozenset({"senior", "former", "veteran", "top", "deputy", "acting", "then", "longtime", "fellow",
                             "local", "junior", "opposition", "party", "state", "regional", "national", "chief"})
"""Lower-case words that may come before a role after an inverted cue ("said senior party leader Ann Roe")."""
_DESCRIBED_NAME = re.compile(r"an?\s+(?:[a-z][\w-]*\s+){1,2}(?=[A-Z][\w’'-]+\s+[A-Z])")
"""An indefinite article and a word or two describing the person before their full name ("a dejected Arlo Penn")."""
_DESCRIBED_FULL_NAME = re.compile(r"((?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+)\s+(?=[A-Z][\w’'-]+\s+[A-Z][\w’'-]+)")
"""One to three lower-case words right before a full name ("party member Ann Roe"): a description of the person."""
_TITLE_ASIDE = re.compile(r"\((?:[A-Z][\w.-]*\s*){1,3}\)(?=\s+[A-Z])")


def _stop(seg: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """First phrase boundary in ``seg``, not counting the dot of "Mr." or of an initial."""
    pos = 0
    while True:
        m = pattern.search(seg, pos)
        if m is None or m.group() != "." or not pp.ABBREV_DOT.search(seg, 0, m.start()):
            return m
        pos = m.end()


def _titled_name(text: str, start: int, end: int) -> NounPhrase | None:
    """The name closing a long title ("Minister of State for Fisheries Tomas Velin"): the capitalised words
    after the title's last "of"/"for" part, when two of them at least read as a name."""
    toks = list(_TOKEN.finditer(text, start, end))
    last_join = max((k for k, m in enumerate(toks) if m.group() in ("of", "for")), default=-1)
    if last_join < 0:
        return None
    tail = toks[last_join + 1 :]
    for k in range(len(tail) - 1):
        name = [m.group() for m in tail[k:]]
        plain = [bare_word(w) for w in name]
        if len(name) >= 2 and looks_like_name(name) and not any(
                b in TITLE_WORDS or b in PORTFOLIOS or b in COMMON_WORDS for b in plain):
            titles = [bare_word(m.group()) for m in toks[: last_join + 1 + k] if bare_word(m.group()) in TITLE_WORDS]
            return NounPhrase(tail[k].start(), end, "name", " ".join(name), name=name, roles=titles)
    return None


def _named_appositive(text: str, pos: int, hi: int) -> NounPhrase | None:
    """``the agency's chief, Martin Kessler,``: the name set off by commas after a role."""
    m = pp.APPOSITIVE_NAME.match(text[pos:hi])
    if m is None:
        return None
    words = m.group(1).split()
    _, name = split_titles(words)
    if len(name) < 2 or not looks_like_name(name):
        return None
    end = pos + m.end(1)
    joined = " ".join(name)
    if text[end - len(joined) : end] != joined:
        return None
    return NounPhrase(end - len(joined), end, "name", joined, name=name)


_ROLE_OF_BODY = re.compile(
    r"(?:(?:the|a|an)\s+)?([a-z][\w-]*)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*)*"
)
"""A role of a named body after an inverted cue ("the spokesperson of Velmar Group")."""
_OF_OFFICE = re.compile(r" of (?:the )?(?:state|government)\b")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_CLAUSE_GOES_ON = frozenset({"and", "as", "at", "in", "on", "to", "after", "before", "during", "while", "when", "who",
                             "adding", "noting", "stressing", "insisting", "saying", "from", "with", "but", "of"})
"""Lower-case words that may follow a speaker phrase without continuing it."""


def np_after(text: str, cue_end: int, hi: int) -> NounPhrase | None:
    """The speaker phrase right after an inverted cue ("said Peskov", "said a senior official")."""
    hi = min(hi, cue_end + 300)
    seg = text[cue_end:hi]
    lead = pp.TIME_LEAD.match(seg)
    start = cue_end + (lead.end() if lead else 0)
    doc = pp.DOCUMENT_LEAD.match(text, start, hi)
    if doc is not None:
        start = doc.end()
    while start < hi and text[start].isspace():
        start += 1
    if start >= hi:
        return None
    seg = text[start:hi]
    described = _DESCRIBED_NAME.match(seg)
    if described is not None:
        start += described.end()  # "said a dejected Arlo Penn": the man, described
        seg = text[start:hi]
    anon = ANON.match(seg) or BARE_ANON.match(seg)
    # "said Minister of State for Fisheries (Independent Charge) Tomas Velin": an aside inside the title
    if "(" in seg and not anon and _TITLE_ASIDE.search(seg):
        seg = _TITLE_ASIDE.sub(lambda m: " " * len(m.group()), seg)
        text = text[:start] + seg + text[start + len(seg) :]  # the same length: every offset still holds
    stop = _stop(seg, pp.ANON_STOP if anon else pp.AFTER_STOP)
    end = start + (stop.start() if stop else len(seg))
    while end > start and text[end - 1] in " .":
        end -= 1
    if end <= start or len(text[start:end].split()) > 14:
        return None
    if anon:
        if stop and text[start + stop.start()] == ",":
            # "said one resident, 72-year-old Anne Dubois": a name in apposition is no anonymous source
            after = start + stop.end()
            age = pp.AGE_LEAD.match(text, after, hi)
            named = _named_appositive(text, age.end() if age else after, hi)
            if named is not None:
                return named
        return NounPhrase(start, end, "anonymous", anonymous_phrase(text[start:end]) or text[start:end])
    words = text[start:end].split()
    base = start  # where ``stop`` was measured from
    if len(words) > 3 and words[1].islower() and words[0].lower() in DEMONYMS:
        # "said Argentine economic analyst Ada Korr": the nationality, then what the person is, then the name
        start = text.index(words[1], start + len(words[0]))
        words = words[1:]
    role_word = None
    if len(words) > 1 and words[0].islower() and words[0] in ROLE_NOUNS and capitalised(words[1]):
        # "said nurse Orla Fenwick", "says chairwoman Lena Marsh": a lower-case role before the name
        role_word = words[0]
        words = words[1:]
    role_end = start + len(role_word) if role_word is not None else start
    if role_word is None and len(words) > 2 and words[0] in _ROLE_MODIFIERS:
        # "said senior Labour leader Omar Quist", "said former minister Ann Roe": modifiers, then the role
        at = start
        for k, w in enumerate(words[:4]):
            at = text.index(w, at) + len(w)
            if k and w.islower() and w in ROLE_NOUNS and k + 1 < len(words) and capitalised(words[k + 1]):
                role_word, role_end, words = w, at, words[k + 1 :]
                break
            if w.islower() and w not in _ROLE_MODIFIERS:
                break
    described_by = _DESCRIBED_FULL_NAME.match(text, start, end) if role_word is None and words[0].islower() else None
    if described_by is not None:
        # "said party member Ann Roe", "said shop owner Ann Roe": what the person is, then their full name
        described = described_by.group(1).split()
        if not any(w in COMMON_WORDS or w in pp.DETERMINERS for w in described):
            role_word, role_end, words = described[-1], described_by.end(1), words[len(described) :]
    if len(words) >= 2 and bare_word(words[0]) in pp.POSSESSIVE and bare_word(words[-1]) in _JOB_WORDS \
            and stop and text[base + stop.start()] == ",":
        # 'added his deputy, Ola Berg': the name set off after the role
        named = _named_appositive(text, base + stop.end(), hi)
        if named is not None:
            named.roles.append(bare_word(words[-1]))
            return named
    if not (words[0][:1].isupper() or bare_word(words[0]) in pp.DETERMINERS | PRONOUNS):
        return None
    name_start = start if role_word is None else text.index(words[0], role_end)
    cut = name_start
    toks = list(_TOKEN.finditer(text, name_start, end))
    for k, m in enumerate(toks):
        w = m.group()
        b = bare_word(w)
        # "Minister of State for Fisheries Tomas Velin": "of" and "for" inside a capitalised title chain
        # ("Minister of Foreign Affairs of Velmia Ana Korr": the portfolio, then the country)
        joins = b in ("of", "for") and k + 1 < len(toks) and capitalised(toks[k + 1].group()) and (
            bare_word(toks[k - 1].group()) in TITLE_WORDS or bare_word(toks[k - 1].group()) in PORTFOLIOS)
        if k and not (capitalised(w) or b in TITLE_WORDS or b in ROLE_NOUNS or b in PARTICLES or joins
                      or b in pp.ORG_NOUNS or (k == 1 and bare_word(words[0]) in pp.DETERMINERS)):
            break
        cut = m.end()
    end = cut
    office = _OF_OFFICE.match(text, end, hi) if text.endswith("head", name_start, end) else None
    after = _NEXT_WORD.match(text, office.end(), hi) if office is not None else None
    if office is not None and (after is None or after.group(1) in _CLAUSE_GOES_ON):
        # "said the head of state": the office is the role, not "the head" (but "the head of the state railway")
        return NounPhrase(name_start, office.end(), "role", text[name_start : office.end()], roles=["head"])
    np = _classify(text, name_start, end)
    if np is None:
        owned = _ROLE_OF_BODY.fullmatch(text, name_start, end)
        if owned is not None and owned.group(1) in ROLE_NOUNS:
            # "said the spokesperson of Velmar Group": the body's voice, as np_before reads "a spokesperson for X"
            return NounPhrase(name_start, end, "role", text[name_start:end], roles=[owned.group(1)])
    if np is not None and np.kind == "org" and (" of " in np.text or " for " in np.text):
        np = _titled_name(text, name_start, end) or np
    if np is not None and role_word is not None:
        if np.kind != "name":
            return None
        np.roles.append(role_word)
    if np is not None and np.kind == "role" and stop and text[base + stop.start()] == ",":
        named = _named_appositive(text, base + stop.end(), hi)
        if named is not None:
            named.roles += np.roles
            return named
    if np is not None and np.kind == "name" and stop and text[base + stop.start()] == ",":
        after = text[base + stop.end() : base + stop.end() + 120]
        m = pp.DESCRIPTION.match(after)
        if m and pp.CLAUSE_VERB.search(pp.RELATIVE.split(m.group(1), 1)[0]) is None:
            # not "As per Ajit Rao, the Chief Minister had ...": a clause's subject, not a description of Rao
            np.roles += [w for w in (bare_word(t) for t in m.group(1).split()) if w in ROLE_NOUNS]
    return np
