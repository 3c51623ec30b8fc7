"""Whether a quotation is full (a clause of its own) or partial (a phrase inside the reporter's sentence).

"Peskov said: "We are ready."" is full; "Peskov called the talks "useful"" is partial. The difference
matters to a journalist: a full quote can be compared word for word, a partial one shows which words an
outlet chose to put in the speaker's mouth. Split from :mod:`reader.engine.quotes`.
"""

from __future__ import annotations

import re

__all__ = ["is_name_term", "kind_of"]

_LEAD_IN = re.compile(
    r"(?:[:—–-]|\b(?:said|says|added|adds|asked|asks|wrote|writes|explained|explains|continued|replied|answered|"
    r"stated|declared|noted|insisted|warned|told|recalled|concluded|remarked|stressed|saying|adding|asking|noting)"
    r"\b[^\w]{0,3}|,)\s*$"
)


_LEAD_IN_REACH = 24
"""How far back :data:`_LEAD_IN` is searched for: its matches end the rstripped text and are at most 12
characters long (a 9-letter cue and 3 marks), so the last 24 hold the whole match and the word before it."""


def kind_of(content: str, before: str) -> str:
    """Full when the quote stands as the sentence's own clause; partial when it is a phrase in the outlet's."""
    core = content.lstrip("…. [(-–—")
    if not core:
        return "partial"
    words = core.split()
    head = before.rstrip()
    lead = _LEAD_IN.search(head[-_LEAD_IN_REACH:])
    standalone = not head or head.endswith(":") or lead is not None
    capital = core[0].isupper() or core[0].isdigit()
    if not capital:
        cued = not head or head.endswith(":") or (lead is not None and any(c.isalpha() for c in lead.group()))
        return "full" if cued and len(words) >= 4 else "partial"
    if len(words) <= 2:
        return "full" if standalone and content.rstrip()[-1:] in ",.!?" else "partial"
    title_case = all(w[:1].isupper() for w in words if len(w) > 3)
    if title_case and content.rstrip()[-1:] not in ".,!?…" and not head.endswith(":"):
        return "partial"
    if standalone:
        return "full"
    return "full" if len(words) >= 8 and content.rstrip()[-1:] in ".!?…" else "partial"


_WORK_NOUNS = (
    r"film|films|movie|movies|thriller|drama|comedy|biopic|documentary|series|show|sitcom|album|single|song|track|"
    r"novel|book|memoir|play|musical|opera|adaptation|podcast|game|painting|exhibition|programme|program|"
    r"newspaper|magazine|blockbuster|franchise|sequel|epic|western|animation|cartoon|anthem|poem|hit"
)
_WORK_BEFORE = re.compile(
    r"\b(?:(?:" + _WORK_NOUNS + r")\s+(?:[A-Z][\w’'-]*\s+){0,3}|(?:titled|entitled)\s+|"
    r"(?:role|roles|starring|stars|starred|appears|appeared|appearance)\s+in\s+)$"
)
_WORK_AFTER = re.compile(r"[,.]?\s*(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,3}(?:" + _WORK_NOUNS + r")\b|\s*\(\d{4}\)")
_LISTED = re.compile(r"[”\"’],?\s+(?:and\s+|or\s+|as\s+well\s+as\s+)?$")
_WORK_NEAR = re.compile(r"\b(?:" + _WORK_NOUNS + r")\b")
_SMALL_WORDS = frozenset(["a", "an", "the", "of", "in", "on", "at", "to", "and", "or", "for", "with", "from", "by",
                          "as", "is", "it", "its"])


def is_work_title(text: str, start: int, end: int, open_at: int, close_at: int) -> bool:
    """Whether a quotation is the title of a film, book, show or song ('thriller "Parasite"', '"Joker," the
    film'), which nobody says: its words in title case, short, and a word for a work right before or after it.

    ``start``/``end`` are the content's bounds, ``open_at``/``close_at`` the marks'.
    """
    words = text[start:end].rstrip(".,!?").split()
    if not words or len(words) > 8 or any(w[-1:] in ".;:!?" for w in words[:-1]):
        return False
    if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL_WORDS for w in words) or \
            not (words[0][:1].isupper() or words[0][:1].isdigit()):
        return False
    before = text[max(0, open_at - 60) : open_at]
    if _WORK_BEFORE.search(before) is not None or _WORK_AFTER.match(text, close_at, close_at + 60) is not None:
        return True
    # 'movies "The Irishman" and "Once Upon A Time in Hollywood"': the next title of a list of works
    return _LISTED.search(before) is not None and _WORK_NEAR.search(text, max(0, open_at - 160), open_at) is not None


_NAME_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][\w’'.-]+\s+$")
_NAME_AFTER = re.compile(r"\s+[A-Z][\w’'-]+")
_GLOSS_AFTER = re.compile(r"\s*\([a-z][^()]{1,40}\)")


_HEADLINED = re.compile(r"\b(?:captioned|headlined|headed|titled|entitled)\s*:?\s*$")
_VOTED = re.compile(r"\b(?:voted|votes?|voting|vote\s+of)\s*$")
_VOTE_AFTER = re.compile(r"\s+(?:vote|votes|voters|camp|side)\b")
_KIND_AFTER = re.compile(
    r"(?:\s+(?:and|or)\s+[\"“‘'][^\"”’'\n]{1,40}[\"”’'])?\s+(?:factions?|gangs?|groups?|cartels?|militias?|"
    r"movements?|brands?|camps?|wings?|bands?|teams?|clans?|operations?|programmes?|programs?|schemes?|campaigns?)\b"
)
"""What a capitalised name in quotation marks names, right after it ('the "Red Hand" gang', 'the "Reds" and
"Blues" factions'): a group or a scheme, which nobody said."""
_HELD_TERM = re.compile(r"[’']s\s+$")
_OF_AFTER = re.compile(r"\s+of\s")
_DESCRIBED_AFTER = re.compile(
    r",\s+(?:a|an|the|(?:[\w-]+\s+){0,3}[A-Z][\w-]*[’']s)\s+[^,.;:]{0,60}?\b(?:medicine|drug|product|brand|"
    r"scheme|programme|program|policy|campaign|app|party|movement|group|company|festival)s?\s*[,.;]"
)


_STORM_BEFORE = re.compile(r"(?i:\b(?:typhoon|hurricane|cyclone|storm|tropical\s+depression|super\s+typhoon))"
                           r"\s+(?:(?:named|called|dubbed|codenamed)\s+)?$")
"""What a storm's quoted name follows: 'Typhoon "Mara"', 'a storm named "Ivo"'."""


def _storm_named_before(text: str, open_at: int, words: str) -> bool:
    """Whether the text named a storm with these quoted words before ("Typhoon "Mara" hit ... "Mara" weakened")."""
    at = text.find(words, 0, open_at)
    while 0 < at < open_at:
        if text[at - 1] in _OPEN_MARKS and _STORM_BEFORE.search(text, max(0, at - 31), at - 1) is not None:
            return True
        at = text.find(words, at + 1, open_at)
    return False


_OPEN_MARKS = "\"“‘'«"


def is_name_term(text: str, open_at: int, close_at: int, start: int, end: int) -> bool:
    """Whether a quotation names rather than speaks, so nobody in the sentence said it.

    A headline after "captioned" or "headlined"; a short term held by a place or group and followed by
    "of" ('the coast's "green wave" of reform mayors'); and short names: a nickname inside a name (Tomas
    "The Fox" Ruiz), a name with its translation after it in brackets ('the "Solvanet" (river pact)
    group') or with what it is after a comma ('"Kalo Seed", a herbal medicine'). ``open_at``/``close_at``
    are the offsets of the opening mark and of the end of the closing one, ``start``/``end`` those of the
    words between them.
    """
    before = text[max(0, open_at - 40) : open_at]
    if _HEADLINED.search(before) is not None:
        return True
    words = text[start:end].split()
    if 0 < len(words) <= 2 and (_VOTED.search(before) is not None or _VOTE_AFTER.match(text, close_at)):
        return True  # "those who voted 'Aye'", 'a "No" vote': the ballot's word, not anyone's speech
    if 0 < len(words) <= 3 and _HELD_TERM.search(before) is not None and _OF_AFTER.match(text, close_at) and \
            text[end - 1 : end] not in ".,!?…;:":
        return True
    if not words or len(words) > 4 or text[end - 1 : end] in ".,!?…;:" or not words[0][:1].isupper():
        return False
    if not all(w[:1].isupper() or len(w) <= 3 for w in words):
        return False  # a name's words are capitalised ("The Fox", "Kalo Seed"): "We will win" is speech
    if _STORM_BEFORE.search(text, max(0, open_at - 30), open_at) is not None or _storm_named_before(
            text, open_at, text[start:end]):
        return True  # 'Typhoon "Mara"', 'storm "Ivo"': the storm's name, and '"Mara" weakened' after it
    if _GLOSS_AFTER.match(text, close_at) is not None or _DESCRIBED_AFTER.match(text, close_at) is not None or \
            _KIND_AFTER.match(text, close_at) is not None:
        return True
    return _NAME_BEFORE.search(text, max(0, open_at - 40), open_at) is not None and \
        _NAME_AFTER.match(text, close_at) is not None
