"""Photo captions told by their wording and their neighbours: forms a site or an agency prints by habit.

An agency's own caption says what it is ("This photo, taken June 3, 2024, shows ... (Agency)"); a
caption naming its subject may have no verb at all ("Tomas Very, founder of the rowing club (KNA).");
a bare credit line ("Kestrel Wire photo") stands above the caption it belongs to; the top photo's
caption, dated as captions are (", May 2, 2019."), may stand above the headline; and a picture's alt
text, describing it as a stranger would ("A woman in a red coat holds a sign."), stands right above
the credited caption. None of these is a sentence of the story, and each shape is general: no words
of a particular page. :mod:`reader.engine.furniture` calls these once the line-by-line flags are set.
"""

from __future__ import annotations

import re

from reader.engine.dates import MONTH_PATTERN
from reader.engine.furniture_lines import OPENING_MARKS, Para, count_sentences, name_like, shape
from reader.engine.furniture_patterns import FUNCTION_WORDS
from reader.engine.speaker_words import ROLE_NOUNS

_THIS_PHOTO = re.compile(
    r"This (?:file )?(?:photo(?:graph)?|picture|image|handout photo)"
    r"(?:,\s+(?:taken|provided|released|dated|made available)\b[^,]{2,80}(?:,\s*(?:19|20)\d\d)?,)?\s+shows?\s"
)
"""An agency's caption naming itself ("This photo, taken May 2, 2019, shows ..."); "The photo, taken by X,
shows ..." in a story's sentence tells of a picture the story is about, so only "This" opens one."""
_CLOSING_MARK = re.compile(r"\s\([A-Z][\w .&'’/-]{1,40}\)$")
"""The agency's mark closing its caption: "... in Port Adley. (Kestrel News)"."""
THIS_PHOTO_MAX_WORDS = 70


def this_photo_caption(p: Para) -> bool:
    """"This photo, taken <date>, shows ... (Agency)": an agency's caption, closed by its name in brackets."""
    t = p.text
    return (p.nw <= THIS_PHOTO_MAX_WORDS and t[:5] == "This " and t[-1:] == ")"
            and _THIS_PHOTO.match(t) is not None and _CLOSING_MARK.search(t[-45:]) is not None)


_NAME_ROLE = re.compile(
    r"(?P<name>(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’.-]*),\s+(?:the\s+)?(?P<role>(?:[a-z][\w-]*\s+){0,2})"
    r"(?:of|at|for)\s+(?:the\s+)?(?:[A-Z][\w'’.&-]*\s+){0,6}[A-Z][\w'’.&-]*(?:\s+\([A-Z]{2,8}\))?\."
)
NAME_ROLE_MAX_WORDS = 16


def name_role_caption(p: Para) -> bool:
    """"Tomas Very, founder of the Lessing Rowing Club (KNA).": a name and a role, no verb; a caption.

    The role is in lower case and a role noun ("founder", "director", "deputy head"), the body named
    after it in capitals; a sentence ("Ana Roe, head of the club, said ...") goes on past it.
    """
    t = p.text
    if p.nw > NAME_ROLE_MAX_WORDS or t[-1:] != "." or t.count(",") != 1:
        return False
    m = _NAME_ROLE.fullmatch(t)
    if m is None or not m.group("role"):
        return False
    role = m.group("role").split()
    return role[-1] in ROLE_NOUNS and name_like(shape(m.group("name")))


_CREDIT_WORDS = frozenset(("photo", "photos", "photograph", "picture", "image"))
CREDIT_LINE_MAX_WORDS = 5


def credit_above(p: Para) -> bool:
    """"Kestrel Wire photo": a bare credit line, capitalised names then the word "photo", above its caption.

    The credit rules read the agency from it where it lands; here it says the line under it is the caption.
    """
    ws = p.text.split()
    if not 2 <= len(ws) <= CREDIT_LINE_MAX_WORDS or ws[-1] not in _CREDIT_WORDS or not p.head:
        return False
    names = ws[:-1]
    return all(w[:1].isupper() and w.lower() not in FUNCTION_WORDS for w in names)


_SPEECH = (" said", " says", " told ", " asked", "“", '"')
UNDER_CREDIT_MAX_WORDS = 40


def mark_credit_above(ps: list[Para]) -> None:
    """Flag a bare "Kestrel Wire photo" credit line and the one-sentence caption right under it."""
    for i in range(len(ps) - 1):
        p, q = ps[i], ps[i + 1]
        if p.flag or p.credit or p.nw > CREDIT_LINE_MAX_WORDS or not credit_above(p):
            continue
        if q.flag or q.credit or q.nw > UNDER_CREDIT_MAX_WORDS or q.text[:1] in OPENING_MARKS:
            continue
        if (q.head or count_sentences(q.text) == 1) and not any(w in q.text for w in _SPEECH):
            p.flag = q.flag = "caption"


_DATED_END = re.compile(
    rf",\s+(?:[A-Z][a-z]+day,\s+)?(?i:{MONTH_PATTERN})\.?\s+\d{{1,2}},\s+(?:19|20)\d\d\.$"
)
"""A caption's date closing it after a comma: "..., March 23, 2016.", "..., Tuesday, Feb. 8, 2023."."""
DATED_CAPTION_MAX_WORDS = 40


def mark_dated_top_caption(ps: list[Para]) -> None:
    """Flag the page's first sentence when it is the top photo's dated caption standing above the headline.

    "Boats moored at the quay in Port Adley, May 2, 2019." over "Fisheries Minister Holds Weekly
    Briefing" and the photo's credit under that ("© KESTREL / Ana Roe"): a story's first sentence
    comes under its headline, never above it, and a caption closes on its picture's date after a
    comma. With a headline above it, the sentence is the lede and the line under it a crosshead.
    """
    for i, p in enumerate(ps[:-2]):
        if p.flag or p.credit or not (p.sent or p.head):
            continue
        if p.head:
            if p.nw >= 3:
                return  # a headline stands above: whatever sentence follows is the story's
            continue
        if p.nw < 6:
            continue
        q, credit = ps[i + 1], ps[i + 2]
        if p.nw <= DATED_CAPTION_MAX_WORDS and q.head and not q.flag and not q.credit and q.nw >= 3 \
                and credit.flag == "caption" and p.text[-1:] == "." and p.text[:1] not in OPENING_MARKS \
                and count_sentences(p.text) == 1 and _DATED_END.search(p.text[-40:]) is not None:
            p.flag = "caption"
        return


_NOT_ALT = frozenset(str.split(
    "said says told asked was were had has have would will could did is are been according"
))
"""Words of a report (speech, the past, the future); an alt text says what the picture shows, now."""
ALT_MAX_WORDS = 25


def alt_text(p: Para) -> bool:
    """"A bald man in a grey suit speaks into a microphone.": a picture's description, as its alt text reads.

    It opens on "A" or "An", names nobody (no capitalised word after its first), has no number or
    quotation, and no word of a report ("said", "was", "will"): a story's sentence names its people.
    """
    t = p.text
    if p.nw > ALT_MAX_WORDS or t[:2] not in ("A ", "An") or t[-1:] != "." or count_sentences(t) != 1:
        return False
    ws = t[:-1].split()
    if ws[0] not in ("A", "An") or any(ch.isdigit() for ch in t) or any(m in t for m in "\"“”'’("):
        return False
    return all(w[:1].islower() for w in ws[1:]) and not any(w.strip(",;") in _NOT_ALT for w in ws)


def mark_alt_texts(ps: list[Para]) -> None:
    """Flag a picture's alt text standing right above its credited caption (flagged, closed by its credit)."""
    for i in range(len(ps) - 1):
        p, q = ps[i], ps[i + 1]
        if not p.flag and not p.credit and p.sent and q.flag == "caption" and q.text[-1:] == ")" and alt_text(p):
            p.flag = "caption"
