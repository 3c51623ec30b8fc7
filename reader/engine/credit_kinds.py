"""Unregistered outlets named by their kind: a head word in the name ("Coastal Wire"), or the kind noun
written after it ("the Onda Sur radio station").

Copy often names a local outlet once with its kind in lower case after the name ("in a broadcast on
the Onda Sur radio station", "told the Velm Post newspaper") and then bare ("Onda Sur said the message
was recorded last week"). A registry name or an outlet word ("Coastal Wire") is found without the
noun; this form is for the rest. A capitalised word before such a noun is as often a place or a
nationality ("the French newspaper", "the Kestrel daily"), so the name counts only when it is no
demonym and the article also uses it bare as the subject of a reporting verb ("Onda Sur said"), which
a place or nationality before a kind noun seldom is. The citation itself is then read by the same
cues as for any outlet (:func:`reader.engine.credit_cited.cited`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reader.engine import outlets
from reader.engine.models import Span
from reader.engine.speaker_words import DEMONYMS

# Capitalised names that read like an outlet ("Coastal Wire"): one of these head words and its neighbours.
_OUTLET_HEADS = (
    r"(?:Wire|News|Newswire|Press|Times|Post|Agency|Radio|TV|Television|"
    r"Daily|Herald|Journal|Telegraph|Tribune|Gazette|Media|Network|Broadcasting|Chronicle|Observer|Review|"
    r"Monitor|Mail|Express|Globe|Courier|Bulletin|Dispatch|Examiner|Inquirer|Sentinel|Mirror|Weekly|"
    r"Magazine|Reporter|Zeitung|Gazeta|Pravda|Noticias|Diario|Nachrichten)"
)
# Every match starts with a capital (a name or head word): the look-ahead only says so early, a 40% faster scan.
OUTLETISH = re.compile(
    r"(?=[A-Z])(?<![\w’'-])(?:[A-Z][\w&’'.-]*\s+){0,4}?(?:[A-Z][\w&’'.]*-)?" + _OUTLET_HEADS
    + r"(?:-[A-Z][\w&’'.]*)?(?:\s+[A-Z][\w&’'.-]*){0,2}(?![\w-])"
)
_OUTLET_HEAD = re.compile(_OUTLET_HEADS)
OUTLET_HEAD_WORDS = tuple(_OUTLET_HEADS[3:-1].split("|"))  # for a caller's own one-pass search


def may_name_outlet(text: str) -> bool:
    """Gate of OUTLETISH: no outlet-like name without one of its head words."""
    return _OUTLET_HEAD.search(text) is not None


# What the lower-cased paragraph must hold for the form to match: the gate of the rule (each a kind noun's
# substring; credits_gate looks for the same strings in the whole text).
KIND_NEEDLES = ("radio", "newspaper", "broadcaster", "channel", "station", "news site", "news website",
                "news portal", "daily")
POSSESSED_NEEDLES = ("paper", "weekly", "magazine", "tabloid")
"""The kind nouns :data:`POSSESSED_BY_KIND` reads besides those of KIND_NEEDLES; it needs "'s " too."""


def may_name_by_kind(low: str) -> bool:
    """Gate of :data:`NAMED_BY_KIND` and :data:`POSSESSED_BY_KIND` on a lower-cased text."""
    return any(n in low for n in KIND_NEEDLES) or (
        ("’s " in low or "'s " in low) and any(n in low for n in POSSESSED_NEEDLES))


NAMED_BY_KIND = re.compile(
    r"(?<![\w’'-])(?:the|The)\s+(?P<n>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})\s+"
    r"(?:radio\s+station|radio|newspaper|broadcaster|(?:TV|television)\s+(?:channel|station|network)|"
    r"news\s+(?:site|website|portal)|daily)\b(?![\w-]|\s+[A-Z])"  # "the French newspaper Le Monde": the other form
)
_REPORTING = r"\s+(?:has\s+|had\s+|also\s+|later\s+|earlier\s+)?(?:said|says|reported|reports|wrote|writes|added|" \
             r"broadcast|aired|quoted|cited|published)\b"
_DEMONYM_END = re.compile(r"(?:ian|ean|ese|ish|i|ch|an)$")
_NOT_NAME = frozenset({"state", "local", "national", "sunday", "saturday", "weekend", "morning", "evening", "city",
                       "monday", "tuesday", "wednesday", "thursday", "friday"})


def _may_be_name(written: str) -> bool:
    """Whether the capitalised words before a kind noun can be an outlet's name, not a nationality."""
    words = [w.casefold() for w in written.split()]
    if any(w in DEMONYMS or w in _NOT_NAME for w in words):
        return False
    return not (len(words) == 1 and _DEMONYM_END.search(words[0]))  # "Velmian", "Kestrelese"


# A country's or city's outlet, its kind noun after the name and a reporting verb straight after that: "Valdoria's
# Tidende paper earlier reported", "Kestrel's Vox Populi daily said". The possessive makes the name an outlet of
# that place (no place itself, as "the Kestrel newspaper" may be), and the verb that it reported.
POSSESSED_BY_KIND = re.compile(
    r"(?<![\w’'-])[A-Z][\w.-]*[’']s (?P<n>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})\s+"
    r"(?:newspaper|paper|daily|weekly|tabloid|magazine|broadcaster|(?:TV|television|radio)\s+"
    r"(?:channel|station)|news\s+(?:site|website|portal))"
    r"(?=\s+(?:has\s+|had\s+|also\s+|earlier\s+|later\s+|first\s+|previously\s+|\w+day\s+)?"
    r"(?:said|says|reported|reports|wrote|writes|quoted|cited|published|revealed)\b)"
)

_POSSESSED_NOUNS = ("paper", "daily", "weekly", "tabloid", "magazine", "broadcaster", "channel", "station", "news")
"""One of them is in every match of POSSESSED_BY_KIND (its nouns are matched case-sensitively)."""


def named_by_kind(para: str, text: str) -> Iterator[outlets.Mention]:
    """The unregistered outlets of ``para`` named by a kind noun after them and used bare in ``text``, or
    named as a place's outlet and reporting (:data:`POSSESSED_BY_KIND`)."""
    if ("’s " in para or "'s " in para) and any(n in para for n in _POSSESSED_NOUNS):
        for m in POSSESSED_BY_KIND.finditer(para):
            written = m.group("n")
            if _may_be_name(written) and outlets.canonical(written) is None and \
                    not outlets.mentions(written, weak=True):
                yield outlets.Mention(written, written, Span(m.start("n"), m.end("n")))
    for m in NAMED_BY_KIND.finditer(para):
        written = m.group("n")
        if not _may_be_name(written) or outlets.canonical(written) is not None:
            continue
        bare = re.compile(r"(?<![\w’'-])" + re.escape(written) + _REPORTING)
        if bare.search(text) is None:
            continue
        yield outlets.Mention(written, written, Span(m.start("n"), m.end("n")))
