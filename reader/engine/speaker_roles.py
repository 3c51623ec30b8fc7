"""What a role phrase may stand for: the patterns and word lists :class:`reader.engine.speakers.Cast` resolves
"the minister", "a spokesman", "the bank" with (who in focus may be meant, whose words a role speaks for, how
a body was first named). Split from :mod:`reader.engine.speakers`, which keeps the cast itself.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from reader.engine.speaker_words import PLURAL, bare_word, is_role_word, role_class

AGE_HEAD = re.compile(r"\b\d{1,3}-year-old$")
ANON_OPENING = re.compile(  # after any dateline ("LAHORE (Agency) -", "Bhopal:")
    r"(?:[^\"“”\n]{0,150}?(?:[:—–]|\s-)\s*)?\s*((?:A|An|One)\s+(?:[\w’'-]+\s+){0,3}?(?:spokes(?:man|woman|person)|official|source|diplomat|aide|"
    r"advis[eo]r)(?:\s+(?:for|of|at|from|in|with)\s+[^,;:\"“”]{1,60}?)?)"
    r"(?=\s+(?:has|have|had|was|is|also|on|[a-z]+ed)\b)"
)
BODY_NOUNS = frozenset({"bank", "company", "firm", "ministry", "agency", "group", "club", "council", "party",
                         "department", "carrier", "airline", "insurer", "lender", "regulator", "university",
                         "charity", "union", "federation", "board", "court", "watchdog", "broadcaster"})


@functools.lru_cache(maxsize=64)
def body_pattern(head: str) -> re.Pattern[str]:
    """A naming of a body with this head noun: "Chile's central bank", "Norsk Bank", "Acme, the company"."""
    name = r"[A-Z][\w&.-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w&.-]*){0,3}"
    return re.compile(
        r"(?<![\w’'])(" + name + r"[’']s\s+(?:[a-z-]+\s+){0,2}" + head + r"|(?!The\b)" + name + r"\s+"
        + head.capitalize() + r"(?:\s+of\s+" + name + r")?)\b"
        r"|(?<![\w’'])(" + name + r"),\s+(?:the|a)\s+(?:[a-z-]+\s+){0,2}" + head + r"\b"
    )


CLAUSE_OPENERS = frozenset({"although", "though", "while", "when", "whereas", "because", "since", "if", "as",
                             "after", "before", "once", "unless", "until"})
OFFICES = frozenset({"spokes", "minister", "adviser", "secretary", "director", "chief", "ambassador", "envoy",
                      "governor", "mayor", "president", "commissioner", "official", "senator", "deputy"})
"""Jobs "the official" may stand for, when the person in focus holds one ("spokesman Ivan Dorin ... the palace
official said")."""
POLITICAL_OFFICES = frozenset({"minister", "prime", "president", "chancellor", "senator", "representative",
                               "governor", "mayor", "lawmaker", "mp", "councillor", "head-of-state",
                               "head-of-government", "chief-minister"})
"""Jobs "the politician" may stand for, when the person in focus holds one ("Chancellor Ola Brant ... the
Reds politician said")."""
_OTHER_PARTY = frozenset({"prosecutor", "judge", "magistrate", "lawyer", "attorney", "counsel", "barrister",
                          "solicitor", "coroner", "interviewer", "moderator"})
"""Roles that face the person a story is about: never that person when nobody holding them is named."""
FORMER = re.compile(r"\b(?:former|ex-|one-?time|erstwhile)", re.IGNORECASE)
GENERIC_BODIES = frozenset({"Police", "Government", "Army", "Navy", "Court", "Ministry", "Agency", "Prosecutors"})
OWNER_SAID = re.compile(
    r"\b([A-Z][\w-]+)[’']s?\s+(?:office|spokes(?:man|woman|person)|aides?|team|camp|lawyers?|attorneys?|"
    r"representatives?|press\s+office|press\s+secretary)\s+(?:said|says|added|confirmed|told\s+\w+)"
    r"(?:\s+(?:on\s+)?\w+day)?\s+(?:that\s+)?$"
)
_OWNED = re.compile(r"\w[’']s?\s")


# Words a reporter uses for the person an article is about ("the actor said", "the star added"), besides
# the role and title nouns
_FOCUS_DESCRIPTORS = frozenset({"actor", "actress", "singer", "star", "musician", "rapper", "author", "writer",
                                "comedian", "artist", "player", "champion", "veteran", "youngster",
                                "photographer", "filmmaker", "designer", "producer", "composer", "painter",
                                "dancer", "poet", "athlete"})


def may_be_focus(head: str) -> bool:
    """Whether "the <head>" may stand for the person in focus: one person named by a role, not "the caller"
    (someone new) or "the unnamed family members" (many)."""
    word = bare_word(head)
    if PLURAL.fullmatch(word) or word.endswith("s") and is_role_word(word[:-1]):
        return False
    if word in _OTHER_PARTY:
        return False  # "the prosecutor" in a story about a defendant is someone else, unnamed
    return is_role_word(word) or word in _FOCUS_DESCRIPTORS or word.endswith("ist")  # photojournalist


def speaks_for_another(head: str, phrase: str) -> bool:
    """A spokesperson, or a role owned by someone ("the mayor's aide"), is not the person last named."""
    return role_class(head) == "spokes" or _OWNED.search(phrase) is not None


_OFFICES_HEADING = {
    "president": "head-of-state", "king": "head-of-state", "queen": "head-of-state", "emir": "head-of-state",
    "sultan": "head-of-state", "prime": "head-of-government", "chancellor": "head-of-government",
}
"""Role classes whose holder a story may call "the head of state" or "the head of government" later."""
_UNDER_OFFICE = frozenset({"vice", "deputy", "former", "ex", "acting", "assistant"})


def offices_headed(classes: set[str], roles: Sequence[str]) -> set[str]:
    """The heads' classes ("head-of-state") that the role classes of one mention give, none for a deputy's
    or a former holder's ("Vice President Ann Roe" is no head of state)."""
    heads = {_OFFICES_HEADING[c] for c in classes if c in _OFFICES_HEADING}
    if heads and any(bare_word(r) in _UNDER_OFFICE for r in roles):
        return set()
    return heads
