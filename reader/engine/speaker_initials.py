"""A title written out once and then abbreviated: "Deputy Commissioner of Police Ann Roe ... said the DCP".

Police, courts and ministries in many countries are reported this way, and "the DCP" is then no
organisation but the person who holds the title. Kept apart from :mod:`reader.engine.speakers`, whose
:class:`~reader.engine.speakers.Cast` asks this module only for "the <initials>" phrases.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from reader.engine.name_runs import run_parts
from reader.engine.speaker_words import bare_word, is_role_word, is_title

if TYPE_CHECKING:
    from reader.engine.speakers import Cast

__all__ = ["titled_by_initials"]

_LOOKBACK = 3000


@functools.lru_cache(maxsize=64)
def _initials_title(initials: str) -> re.Pattern[str]:
    """Capitalised words with these initials (small linking words between them), then a name: the title
    spelt out before the person it belongs to, as "the <initials>" later stands for them."""
    link = r"\s+(?:(?:of|and|for|the|on)\s+)*"
    words = link.join(re.escape(c) + r"[\w-]*" for c in initials)
    return re.compile(r"\b(" + words + r")(?:\s*\([^()]{1,40}\))?,?\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})")


@functools.lru_cache(maxsize=64)
def _initials_role(initials: str) -> re.Pattern[str]:
    """Two words in lower case with these initials, in either order, then a name: "the police commissioner,
    Ann Roe" is "the CP" later (the Commissioner of Police), as "the chief executive" is "the CE"."""
    first, second = (re.escape(c.lower()) + r"[\w-]*" for c in initials)
    words = rf"{first}\s+(?:of\s+(?:the\s+)?)?{second}|{second}\s+{first}"
    return re.compile(r"(?<![\w-])(" + words + r"),?\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})")


def titled_by_initials(cast: Cast, initials: str, pos: int) -> str | None:
    """The person whose spelt-out title these initials abbreviate, or None; the nearest before ``pos`` wins.

    A spelling with no title word in it ("United Arab Emirates" for "the UAE") is a place or a body.
    """
    if cast.runs is None:
        return None
    text = cast.runs.text
    found: str | None = None
    for m in _initials_title(initials).finditer(text, max(0, pos - _LOOKBACK), pos):
        if not any(is_title(w) for w in m.group(1).split()):
            continue
        name = run_parts(m.group(2))[1]
        who = cast.known(name) if name else None
        if who is not None:
            found = who
    if found is None and len(initials) == 2:
        # the role in lower case ("the FCT police commissioner, Ann Roe"), one of its words a role word
        for m in _initials_role(initials).finditer(text, max(0, pos - _LOOKBACK), pos):
            if not any(is_role_word(bare_word(w)) for w in m.group(1).split()):
                continue
            name = run_parts(m.group(2))[1]
            who = cast.known(name) if name else None
            if who is not None:
                found = who
    return found
