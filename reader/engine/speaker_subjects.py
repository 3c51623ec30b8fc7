"""Who an article names and whom each sentence is about: collecting people, finding a sentence's subject.

Split from :mod:`reader.engine.speakers` (the per-article :class:`~reader.engine.speakers.Cast` that
resolves speakers); this module reads the text for names, with the titles and roles around them, and
for the person a sentence is about, which the quote finder uses for quotes with no cue of their own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from reader.engine.name_runs import NameRuns, acronyms, run_parts
from reader.engine.phrase_patterns import CLAUSE_VERB as _CLAUSE_VERB
from reader.engine.phrase_patterns import RELATIVE as _RELATIVE
from reader.engine.phrase_patterns import office_before
from reader.engine.speaker_leads import CLAUSE_LEAD as _CLAUSE_LEAD
from reader.engine.speaker_leads import clause_end as _clause_end
from reader.engine.speaker_leads import lead_subject as _lead_subject
from reader.engine.speaker_words import (
    DEMONYMS,
    PERSON_TITLES,
    ROLE_NOUNS,
    TITLE_WORDS,
    bare_word,
    future_office,
    is_role_word,
    looks_like_name,
    surname,
    tuple_looks_like_name,
    wordset,
)

if TYPE_CHECKING:
    from reader.engine.quote_ranges import Inside
    from reader.engine.speakers import Cast

__all__ = ["collect_people", "sentence_subject"]

_APPOS = re.compile(r",\s+(?:a|an|the)\s+([^,.;:]{1,100})")


_ROLE_OR_TITLE = ROLE_NOUNS | TITLE_WORDS


def _roles_around(text: str, start: int, end: int, titles: tuple[str, ...]) -> list[str]:
    """The run's own titles, then role and title words just before it, then role nouns and demonyms in an
    appositive ("Rooney, the English star, ..." is "the English star" later)."""
    roles = list(titles)
    head = text[max(0, start - 80) : start]
    last = head.rsplit(None, 1)[-1:]  # the word the walk back starts from: most often it stops there
    # :func:`_walks_on` written out for that first word, which nearly every run is tested with
    walks = bool(last) and last[0][-1:] not in ",.;:" and (
        last[0][:1].isupper() or bare_word(last[0]) in _ROLE_OR_TITLE)
    comma = not walks and bool(last) and _titled_comma(last[0])  # "Ashanti Regional Minister, Simon Osei Mensah"
    if walks or comma:
        words = head.rsplit(None, 4)[-4:]
        if comma:
            words[-1] = words[-1][:-1]  # a capitalised title set off by a comma walks on like one without
        for w in reversed(words):
            if not _walks_on(w):
                break
            if bare_word(w) in _ROLE_OR_TITLE:
                roles.append(w)
    if not walks and not comma and last and last[0].endswith(",") and bare_word(last[0][:-1]) in ROLE_NOUNS:
        before = _ROLE_BEFORE_COMMA.search(head)
        if before is not None and bare_word(before.group(1)) in ROLE_NOUNS:
            roles.append(before.group(1))  # "The police spokesperson, Ada Konte, ...": "the spokesperson" later
    app = _APPOS.match(text, end) if text.startswith(",", end) else None
    if app and _CLAUSE_VERB.search(_RELATIVE.split(app.group(1), 1)[0]) is None:
        roles += [w for w in app.group(1).split()[:10]
                  if bare_word(w) in ROLE_NOUNS or bare_word(w) in DEMONYMS or future_office(w)]
    tail = head[-32:]
    # the last word of ``tail`` ends the last one of ``head``: no kinship word can end it unless one ends that
    if "-year-old" in tail or (last and last[0].rstrip(",").endswith(_KIN_ENDINGS)):
        kin = _kin_before(tail)
        if kin:
            roles.append(kin)  # "her son, 15-year-old Dev Roe": a gender for "he" and "she" later
    return roles


_ROLE_BEFORE_COMMA = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w’'-]+\s+){0,3}?([a-z]+),\s*$"
)


def _may_hold_title(text: str, start: int, end: int, titles: tuple[str, ...]) -> bool:
    """False only when :func:`_roles_around` cannot hold a person's title: the run has no titles of its own
    and no appositive, and the word before it neither walks on nor ends in a kinship word that is a title
    ("father"), with no age before the run to read past. Most lone words fail it at the first word."""
    if titles or text.startswith(",", end):
        return True
    head = text[max(0, start - 80) : start]
    last = head.rsplit(None, 1)[-1:]
    if not last:
        return False
    word = last[0]  # :func:`_walks_on` written out: this is the test most lone words fail
    return (word[-1:] not in ",.;:" and (word[:1].isupper() or bare_word(word) in _ROLE_OR_TITLE)) or \
        "-year-old" in head[-32:] or word.rstrip(",").endswith(_TITLED_KIN) or _titled_comma(word) or \
        (word.endswith(",") and bare_word(word[:-1]) in ROLE_NOUNS)  # "The police spokesperson, Ada Konte"


def _titled_comma(word: str) -> bool:
    """A capitalised title word followed by a comma ("Minister,"), which may title the name after it."""
    return word[-1:] == "," and word[:1].isupper() and bare_word(word[:-1]) in _ROLE_OR_TITLE


def _walks_on(word: str) -> bool:
    """Whether the walk back from a name goes on past this word: a role, title or capitalised word, unpunctuated."""
    return word[-1:] not in ",.;:" and (word[:1].isupper() or bare_word(word) in _ROLE_OR_TITLE)


def _kin_before(head: str) -> str:
    """A kinship word ending ``head``, or one before an age ending it ("her son, 15-year-old"), else ""."""
    if "-year-old" in head:
        before = head.split()[-2:]
        if before and _AGE.fullmatch(before[-1]):
            before.pop()
    else:
        before = head.rsplit(None, 1)[-1:]  # no age to skip: only the last word counts, so split only it off
    word = before[-1].rstrip(",") if before else ""
    return word if word in _KIN else ""


_AGE = re.compile(r"\d{1,3}-year-old")
_KIN = wordset(
    """son daughter brother sister mother father mom mum dad husband wife boyfriend girlfriend grandson
    granddaughter nephew niece uncle aunt widow widower"""
)
_KIN_ENDINGS = tuple(_KIN)
_TITLED_KIN = tuple(_KIN & PERSON_TITLES)  # "father" is also a priest's title


_OPENING_CUE_WORDS = ("Said", "Says")


def _without_opening_cue(text: str, start: int, name: tuple[str, ...]) -> tuple[str, ...]:
    """ "Said Ann Roe to the paper: ..." opening a paragraph: the first word is the cue, not a first name.

    With one name after it ("Said Vask: ..."), only a colon right after the name tells the cue from a
    person called Said (``name`` is the run's whole name, so it ends where the run does)."""
    if name[0] in _OPENING_CUE_WORDS and not text[max(0, start - 2) : start].strip() and (
            len(name) >= 3 or (len(name) == 2 and text.startswith(":", start + len(" ".join(name))))):
        return name[1:]
    return name


_PLACE_BEFORE = re.compile(r"(?<![\w’'-])(?:in|at|near|outside|inside|across|(?:outskirts|suburbs|streets|"
                           r"city|town|village|province|capital)\s+of)\s$")
"""A preposition of place right before a run: "arriving in Port Averly", "protests outside Dalport Town", "on
the outskirts of San Velmo"."""
_OUTLET_BEFORE = re.compile(r"(?<![\w’'-])(?:newspaper|daily|weekly|tabloid|broadcaster|magazine|channel|"
                            r"website|portal|outlet|station)\s$")
"""An outlet's kind right before a run: "Velm newspaper De Kestrel", "broadcaster Radio Orbury" name no person."""

_CAPS = r"(?:\s+[A-Z][\w&'’-]*)+"
_ORG_LIST_AFTER = re.compile(
    rf",{_CAPS}(?:,{_CAPS})*,?\s+(?:and|&){_CAPS}?\s+(?:Committee|Ministry|Department|Commission|Council|Board"
    r"|Authority|Agency|Bureau|Office|Association|Federation|Foundation|Institute|Union|Corporation)\b"
)
"""A comma list of capitalised words closed by "and ..." and a body's noun after a run: the run is the first
item of the body's name ("Velm Youth, Sports and Culture Committee chairman"), no person."""

_PLACE_LIST_BEFORE = re.compile(
    r"\b(?:suburbs|towns|cities|villages|districts|areas|regions|provinces|states|countries|neighbou?rhoods"
    r"|municipalities|counties|communities|islands)(?:\s+[a-z]+){0,2}\s+(?:including|such\s+as|like)\s+"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*,\s+)*(?:and\s+|or\s+)?$"
)
"""A list of places under its kind ("nearby suburbs including Kell, Dunmore Heights and"): each item is a place."""


def _in_place_list(text: str, start: int) -> bool:
    window = text[max(0, start - 200) : start]
    return ("including" in window or "such as" in window or " like " in window) and \
        _PLACE_LIST_BEFORE.search(text, max(0, start - 200), start) is not None


def collect_people(text: str, cast: Cast, quoted: Callable[[int], bool] | None = None) -> None:
    """Register every person named in the text with the titles and roles around the name.

    A name inside a quotation (``quoted``) is registered without its roles: '"Senator Hollis would have
    to decide"' is the speaker's way of naming him, and must not make Hollis "the senator" of the story.

    About eighty runs an article, so the steps for one are written out here rather than called: a run
    left with no name, a lone word with no title before it, and a name met before with no roles this
    time (registering it again would change nothing) cost a few tests each.
    """
    cast.runs = runs = NameRuns(text)
    cast.acronyms = acronyms(text)
    styled = {m.start(2): m for m in _STYLED.finditer(text)} if " of " in text and \
        _STYLE_WORD.search(text) is not None else {}
    by_surname = cast.by_surname
    register = cast.register
    named: set[tuple[str, ...]] = set()  # every name registered so far
    for start, end, run in runs.runs:
        if styled and start in styled:
            m = styled[start]  # "the Princess of Wales": the person is the whole style, not "Wales"
            if m.end(2) == end:
                cast.register([m.group(1), "of", *m.group(2).split()], [m.group(1)])
            continue
        titles, name = run_parts(run)
        if not name:
            continue
        if len(name) >= 2 and name[0] in _OPENING_CUE_WORDS:
            name = _without_opening_cue(text, start, name)
        if len(name) >= 2 or surname(name[0]) in by_surname:
            if len(name) > 5 or not tuple_looks_like_name(name):
                continue
            if not titles and _PLACE_BEFORE.search(text, max(0, start - 14), start) is not None and \
                    not run.endswith(_POSSESSIVE_ENDINGS) and not text.startswith(_APOSTROPHES, end):
                continue  # "after arriving in Buenos Aires": a place, not a person to stand for "he"
            if not titles and _OUTLET_BEFORE.search(text, max(0, start - 12), start) is not None:
                continue  # "Belgian newspaper De Kestrel published": a paper, not a person to stand for "he"
            if text.startswith(",", end) and _ORG_LIST_AFTER.match(text, end) is not None:
                continue  # "Velm Youth, Sports and Culture Committee": the first item of a body's name
            if not titles and _in_place_list(text, start):
                continue  # "suburbs including Kell Park, Dunmore Heights and Avon Vale": places
            if not titles and text.endswith((" and ", " & "), max(0, start - 5), start) and \
                    (office := office_before(text, 0, start)) is not None and office.group(2):
                continue  # "the Department of Roads and Public Transport": the portfolio, no person
            roles = _roles_around(text, start, end, titles)
        else:
            # a lone new word counts only next to a person's title; test that before the costlier name test
            if not _may_hold_title(text, start, end, titles):
                continue
            roles = _roles_around(text, start, end, titles)
            if not roles or not any(bare_word(t) in PERSON_TITLES for t in roles) or len(name) > 5 or \
                    not tuple_looks_like_name(name):
                continue
        if roles and quoted is not None and quoted(start):
            roles = []
        if not roles:
            if name in named:
                continue
            named.add(name)
        register(name, roles)
        named.add(name)


_STYLED = re.compile(
    r"\b(Prince|Princess|Duke|Duchess|Earl|Countess|Marquess|Marchioness|Archduke|Archbishop|Grand\s+Duke)"
    r"\s+of\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b(?!\s+[A-Z])"
)
"""A person known by a style of nobility or office over a place ("the Duke of Sussex")."""
_STYLE_WORD = re.compile("Prince|Duke|Archduke|Duchess|Earl|Countess|Marquess|Marchioness|Archbishop")
"""Substrings of every style above: a cheap test before the regex scans an article (one scan for all nine
words, which start with six capitals, not a scan for each)."""


_VERBISH = re.compile(r"\s+[a-z]|,\s*\d{1,3},|,\s+(?:who|a|an|the)\b")


_PLURAL_VERBS = frozenset({"have", "are", "were", "do", "say"})


_NEXT_LOWER = re.compile(r"\s+([a-z][\w-]*)")
_ADVERBIAL_HEAD = re.compile(r"\s*[A-Z][\w\s-]{0,60},\s*")
_POSSESSIVE_AFTER = re.compile(r"[’']s?\b")
_APOSTROPHES = ("’", "'")
"""What :data:`_POSSESSIVE_AFTER` opens with: a run takes in the apostrophes after its letters, so one
seldom follows it, and testing for one spares the regex call."""
_POSSESSIVE_ENDINGS = ("’s", "'s")


def _modifier(text: str, end: int) -> bool:
    """A capitalised word followed by a role noun is a modifier ("Arsenal manager"), not a person."""
    m = _NEXT_LOWER.match(text, end, end + 40)
    return m is not None and (is_role_word(m.group(1)) or m.group(1) in _PLURAL_VERBS)


def _opens(text: str, lo: int, pos: int) -> bool:
    """Whether ``pos`` is where a sentence's first clause begins (after any leading adverbial)."""
    head = text[lo:pos].rstrip()
    # the adverbial ends in a comma and maybe spaces: without that ending, the pattern is not tried
    return not head or (head[-1] == "," and _ADVERBIAL_HEAD.fullmatch(text, lo, pos) is not None)


_OPENING_WORD = re.compile(r"\w+(?:ly|ing)")


def _may_introduce(text: str, lo: int, start: int, name: Sequence[str]) -> bool:
    """Whether an unknown capitalised word opening a clause may be a new person's name.

    A lone word after an adverbial ("... from Brussels, Belgium in response") is a place more often than a
    person, as reporters give a new person's full name; and an opening adverb or participle
    ("Virtually charging ...", "Observing that ...") is capitalised only because it starts the sentence.
    """
    if len(name) >= 2:
        return True
    if text[lo:start].strip():
        return False
    word = bare_word(name[0])
    if is_role_word(word) or (word.endswith("s") and is_role_word(word[:-1])):
        return False  # "Leaders of nine parties said ..."
    if _OPENING_WORD.fullmatch(name[0]) is not None:
        return False
    return _VERB_NEXT.match(text, start + len(name[0])) is not None  # "Lopez told ...", not "Friends co-stars"


_VERB_NEXT = re.compile(  # a verb, an age or appositive ("Olena, 34, who ..."), or a cue before a colon
    # (a word in -s before a plural's verb is a plural noun: "Oil producers have added ...", not "Lopez tells")
    r"\s+(?:is|was|has|had|have|will|would|could|can|did|does|also|then|later|now|still|[a-z]+ed|"
    r"[a-z]+s(?!\s+(?:have|are|were|had|say|said|will|would|could|can|do|did)\b))\b"
    r"|,\s*\d{1,3},|,\s+(?:who|a|an|the)\b|\s+[^\W\d_]+:"
)


# A sentence opening with another subject ("They also announced that Ann had died of ...") is not about a
# person named later in it (a possessive opening may still lead to an appositive name: "Her colleague,
# Tom Roe, said")
_OTHER_SUBJECT = re.compile(r"\s*(?:They|We|It|I|You)\b")
# An opening subordinate clause ("After the death of Ann Roe, her family ...") names people who are not
# the subject of the main clause
_SUBORDINATE_LEAD = re.compile(
    r"\s*(?:[A-Z][\w .’'-]{0,30}:\s+)?(?:After|Before|Following|Despite|Since|Until|During|Amid|Unlike|Upon|"
    r"Although|Though|While|When|Whereas|Because|Unless|Asked|Questioned|Pressed|In\s+(?:response|reply|reaction)\s+to|"
    r"On\s+(?:whether|why|how|what|when)|"
    r"[A-Z][a-z]+ing(?=\s+[a-z]))\b[^,;:\"“”\n]{0,200},"
)
"""Also a participle or reply phrase ("Speaking at a news conference in Port Averly, the minister said",
"Asked whether ..., coach Ann Roe said"): the names in it are places and objects, not the speaker."""
_SUBORDINATORS = ("After", "Before", "Following", "Despite", "Since", "Until", "During", "Amid", "Unlike", "Upon",
                  "Although", "Though", "While", "When", "Whereas", "Because", "Unless", "Asked", "Questioned",
                  "Pressed", "In response", "In reply", "In reaction", "On whether", "On why", "On how", "On what",
                  "On when")
"""The words :data:`_SUBORDINATE_LEAD` opens with when no label (a capital, up to 30 characters, a colon) comes
first: a sentence opening with none of them, and with no colon so near its start, cannot match."""
_OTHER_OPENINGS = ("They", "We", "It", "I", "You")
"""What :data:`_OTHER_SUBJECT` opens with after its optional space."""
_LEAD_OPENINGS = ("He", "She", "The", "However", "But", "And", "Meanwhile", "Instead", "Still", "Yet", "Also")
"""What :data:`reader.engine.speaker_leads.SUBJECT_LEAD` opens with after its optional space."""


def sentence_subject(text: str, lo: int, hi: int, cast: Cast, quoted: Inside) -> tuple[int, str, int] | None:
    """The person a sentence is about: its first non-possessive person mention, pronoun or role."""
    spaced = text[lo : lo + 1].isspace()  # the leading patterns below allow space first; else a word opens
    if (spaced or text.startswith(_OTHER_OPENINGS, lo)) and _OTHER_SUBJECT.match(text, lo, min(hi, lo + 20)):
        return None
    lead = _lead_subject(text, lo, hi, cast) if spaced or text.startswith(_LEAD_OPENINGS, lo) else None
    if lead is not None:
        return lead
    runs = cast.runs if cast.runs is not None and cast.runs.text is text else NameRuns(text)
    clause = _SUBORDINATE_LEAD.match(text, lo, hi) if spaced or text.startswith(_SUBORDINATORS, lo) or \
        ":" in text[lo : lo + 32] or _PARTICIPLE_OPENING.match(text, lo) is not None else None
    base = clause.end() if clause else lo
    if clause is not None:
        base = _clause_end(text, base, hi)
    if clause is not None or text.startswith(("According to", "As per"), lo):
        # "According to the minister, he ...", "Speaking in Port Averly, the minister said ...": the main
        # clause's own pronoun or role subject comes first
        after = base if clause is not None else text.find(",", lo, min(hi, lo + 150)) + 1
        lead = _lead_subject(text, after, hi, cast, _CLAUSE_LEAD) if after > lo else None
        if lead is not None:
            return lead
    known = cast.known
    for start, end, run in runs.between(base, hi):
        if quoted(start):
            continue
        verb = _CLAUSE_VERB.search(text, quoted.last_end(base, start), start)
        if verb is not None and (text[verb.end() : start].strip() or verb.group() in _OBJECT_VERBS):
            return None  # "... she said, will be overseen by ... Tomas Reyne", "he told Ben Asare": a predicate's name
        if (text.startswith(_APOSTROPHES, end) and _POSSESSIVE_AFTER.match(text, end, end + 2)) or \
                run.endswith(_POSSESSIVE_ENDINGS):
            if _opens(text, lo, start):
                return None  # "Kennedy's family issued ...": the subject is what the person owns, not a later name
            continue  # "Peskov's remarks": the person is not the subject
        name = run_parts(run)[1]
        if not name:
            continue  # no name left ("The", "Monday"): nobody known, and no new person
        if len(name) >= 2 and name[0] in _OPENING_CUE_WORDS:
            name = _without_opening_cue(text, start, name)
        who = known(name)
        if who is not None:
            if _modifier(text, end):
                continue  # "Biden adviser Jake Sullivan said", "Club Brugge midfielder Ann Roe": the person is next
            if len(name) == 1:
                who = cast.in_focus_with(name[0], start)
        # a new person: the tests are pure, so the cheap and most selective ones come first
        elif not run.startswith(("The ", "A ", "An ")) and _opens(text, lo, start) and \
                _may_introduce(text, lo, start, name) and looks_like_name(name) and \
                _VERBISH.match(text, end) and not _modifier(text, end):
            who = cast.add(name, [])
        else:
            continue
        joined = " ".join(name)
        start = end - len(joined) if text[end - len(joined) : end] == joined else start
        return start, who, end
    return None


_PARTICIPLE_OPENING = re.compile(r"[A-Z][a-z]+ing\s+[a-z]")
_OBJECT_VERBS = frozenset({"told", "tells", "asked", "is", "was", "were", "are", "has", "have", "had", "will",
                           "would", "could", "can", "did", "does", "do", "may", "might", "must", "should"})
"""The verbs of :data:`_CLAUSE_VERB` a name right after is the object of ("told Ben Asare"); after the others it is
an inverted subject ("..., said Ann Roe")."""
