"""Paraphrase knowledge for sentence alignment: words and phrases reporters swap when rewording.

Two reports of one statement often share few words: one outlet writes that an
official "pushed back on" an idea, another that he "dismissed" it; one that he
"declined to elaborate", another that he "would not discuss" the matter. This
module maps such variants onto one content stem so that the alignment's word
overlap sees them as the same word. It holds general English news usage only.

``content_stems`` is the entry point: multiword expressions are first rewritten
to a single word of their group (``rewrite``), then each word is stemmed
(``stem``): a known variant becomes its group's name, anything else is cut to its
first few letters.
"""

from __future__ import annotations

import re

from reader.engine.memo import short_memo
from reader.engine.stopwords import COMMON_WORDS

STEM = 6
"""Words not in a synonym group are compared on their first STEM letters."""

# Word prefixes that share a meaning in news copy, the first naming the group. A prefix is matched
# against the start of a word (longest first, down to 5 letters); 4-letter keys only match with a
# plain inflection (so "fell" does not take "fellow"); keys ending in "=" match the whole word only.
_SYNONYM_GROUPS = (
    "reject dismis refuse refusi oppose opposi",
    "import crucia vital critical= critically= essent",
    "condem denoun critic slamme lambas",
    "troops forces soldie contingent= contingents=",
    "contin maintai ongoin keep= keeps= kept= keeping=",
    "continent= continents= continental=",
    "contact",
    "preven thwart avert",
    "reason causes motiva motive",
    "war wars confli fighti hostil",
    "prepar ready",
    "effect succes produc fruitf",
    "agreem deal deals accord pact settle",
    "guaran assura",
    "public openly",
    "increa rise rises rose risen raise grow grew climb",
    "decrea fall falls fell drop declin",
    "killed dead died deaths",
    "wounde injure injuri",
    "arrest detain",
    "attack assaul raid raids aggres",
    "announ unveil",
    "govern admini author",
    "meetin summit",
    "negoti talks",
    "discus elabor comment",
    "demand insist",
    "seek seeks sought pursue pursui",
    "cede= cedes= ceded= ceding= relinq surren",
    "end= ends= ended= ending= conclu finish",
    "idea ideas notion",
    "member",
    "postpo delay",
    "cancel scrapp",
    "resign quit= quits= quitti",
    "warn warns warned warnin cautio",
    "ceasef truce truces armist",
    "kyiv= kiev=",
    "kharkiv= kharkov=",
    "odesa= odessa=",
)
_WHOLE: dict[str, str] = {}
_PREFIX: dict[str, str] = {}
for _group in _SYNONYM_GROUPS:
    _head = _group.split()[0].rstrip("=")
    for _key in _group.split():
        if _key.endswith("="):
            _WHOLE[_key[:-1]] = _head
        else:
            _PREFIX[_key] = _head
_LONGEST = max(len(k) for k in _PREFIX)

_INFLECTIONS = ("", "s", "ed", "d", "ing", "ped", "ping", "en", "n")

_NOT = (r"(?:(?:would|will|did|does|do|could|can) not"
        r"|wouldn't|won't|didn't|doesn't|don't|couldn't|can't|cannot)")
_SPEAK = r"(?:discuss|comment|elaborat|specify|disclos|reveal|detail|go into|say|confirm)"

# Multiword expressions (over folded words joined by single spaces) and the word that stands for each.
_PHRASES: tuple[tuple[str, str], ...] = (
    (r"(?:push|pushes|pushed|pushing) back", "reject"),
    (r"(?:turn|turns|turned|turning) down", "reject"),
    (r"(?:rule|rules|ruled|ruling) out", "reject"),
    (r"(?:brush|brushes|brushed|brushing|wave|waves|waved|waving) (?:aside|off|away)", "reject"),
    (r"(?:shoot|shoots|shot|shooting) down", "reject"),
    (r"(?:decline|declines|declined|declining) to", "refuse"),
    (_NOT + r"(?= (?:\w+ )?" + _SPEAK + ")", "refuse"),
    (r"no comment", "refuse comment"),
    (r"(?:keep|keeps|kept|keeping|stay|stays|stayed|staying|remain|remains|remained|be|are|were|is|was)"
     r" in (?:touch|contact)", "maintain contact"),
    (r"in (?:touch|contact)", "contact"),
    (r"(?:lines? of )?communications?|communicating|communicated|communicate", "contact"),
    (r"(?:call|calls|called|calling) for", "demand"),
    (r"(?:push|pushes|pushed|pushing|press|presses|pressed|pressing) for", "seek"),
    (r"(?:give|gives|gave|given|giving|hand|hands|handed|handing) (?:up|over)", "cede"),
    (r"(?:is|are|was|were|be|being) (?:a |an )?part of", "member of"),
    (r"(?:step|steps|stepped|stepping) down", "resign"),
    (r"(?:call|calls|called|calling) off", "cancel"),
)
_PHRASE = re.compile("|".join(f"\\b(?P<p{k}>{pat})\\b" for k, (pat, _) in enumerate(_PHRASES)))
_UPPER = "A-ZÀ-ÖØ-Þ"
_CAP_RUN = re.compile(rf"\b[{_UPPER}][\w'’]*(?: [{_UPPER}][\w'’]*)*")
_LOWER = re.compile(r"\b[a-zß-öø-ÿ][\w'’]*")

_TRIGGER_WORDS = (
    "push pushes pushed pushing turn turns turned turning rule rules ruled ruling brush brushes brushed",
    "brushing wave waves waved waving shoot shoots shot shooting decline declines declined declining",
    "not wouldn't won't didn't doesn't don't couldn't can't cannot comment touch contact",
    "communication communications communicating communicated communicate",
    "call calls called calling press presses pressed pressing",
    "give gives gave given giving hand hands handed handing part step steps stepped stepping",
)
_TRIGGERS = frozenset(w for line in _TRIGGER_WORDS for w in line.split())
"""A word of each phrase of _PHRASES: sentences holding none of them skip the rewrite."""


def rewrite(joined: str) -> str:
    """Folded words joined by spaces, with known multiword paraphrases replaced by one word of their group."""
    return _PHRASE.sub(lambda m: _PHRASES[int((m.lastgroup or "p0")[1:])][1], joined)


@short_memo(1 << 16)
def stem(word: str) -> str:
    """A crude stem: possessive dropped, known synonyms merged, else the first STEM letters."""
    if word.endswith("'s"):
        word = word[:-2]
    if word in _WHOLE:
        return _WHOLE[word]
    for n in range(min(_LONGEST, len(word)), 4, -1):
        if word[:n] in _PREFIX:
            return _PREFIX[word[:n]]
    if word[:4] in _PREFIX and word[4:] in _INFLECTIONS:  # short keys: inflections only (not fellow)
        return _PREFIX[word[:4]]
    if len(word) > 5 and word.endswith(("ies", "ied")):
        word = word[:-3] + "y"  # supplies, supplied ~ supply: the prefix alone would keep them apart
    return word[:STEM]


@short_memo(1 << 16)
def _content_stem(word: str) -> str:
    """The stem of a content word; empty for common and very short words."""
    if word.isdigit():
        return word
    if len(word) <= 2 or word in COMMON_WORDS:
        return ""
    return stem(word)


def content_stems(words: list[str]) -> list[str]:
    """Stems of a sentence's content words (folded), after rewriting known multiword paraphrases."""
    if not _TRIGGERS.isdisjoint(words):
        words = rewrite(" ".join(words)).split()
    return [st for st in map(_content_stem, words) if st]


def given_names(text: str) -> set[str]:
    """Folded words used only as a first name before a surname that the text also uses alone.

    Reports name a person in full once ("Keir Starmer") and by surname after, and
    another report may never give the first name: it adds nothing once the surname
    matches, so it is left out of the comparison. A word qualifies when every use of
    it is capitalised and followed by a capitalised word that appears elsewhere
    without a capitalised word before it.
    """
    alone: set[str] = set()
    before: dict[str, set[str]] = {}
    text = text.replace("’", "'")
    other = set(_LOWER.findall(text))
    for m in _CAP_RUN.finditer(text):
        run = m.group(0).lower().split()
        alone.add(run[0])
        for w, nxt in zip(run, run[1:], strict=False):
            before.setdefault(w, set()).add(nxt)
        other.add(run[-1])
    return {w for w, nxt in before.items() if w not in other and nxt <= alone}
