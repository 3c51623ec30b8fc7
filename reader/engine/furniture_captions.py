"""Photo captions that do not say so: no "Photo:" label, no agency in brackets, only their place and shape.

A caption printed twice (once with its credit, once without), the copy above a "© Photographer/Agency"
line, a "Title, Name" line naming the person pictured, a "Name, who ..." line that the first sentence
then repeats, a "Rep. Name (Agency)" line in the body, a one-sentence "... on Friday. (Agency)" where the
body would start, the long unpunctuated lines of a photo block under the standfirst, and a caption that
says only what is pictured ("Workers are pictured outside the mill on May 2"), with its clipped alt-text
copy and the ", Agency" line a copy split off it, are furniture.
:mod:`reader.engine.furniture` calls these once the line-by-line flags are set.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.engine.credit_photos import agency_close, named_subject
from reader.engine.furniture_lines import Para, count_sentences, letters, name_like, shape, titleish
from reader.engine.furniture_links import prose_clause
from reader.engine.furniture_photos import CAPTION_PREFIX
from reader.engine.speaker_words import ROLE_NOUNS

COPY_MAX_WORDS = 40
"""Longest caption copy compared with its credited neighbour."""
ABOVE_CREDIT_MAX_WORDS = 12
PHOTO_LINE_MIN_WORDS = 10
"""Shorter unpunctuated lines under a standfirst may be crossheads; a caption runs on."""


def _bare(text: str) -> str:
    return " ".join(text.lower().rstrip(" .").split())


_GLUED_CREDIT = re.compile(r"(?:photo(?:graph)?|picture|image|credit)s?\s*:")
"""A credit label a copy glued to the caption's last word ("... Leave now.'"Credit:Jo Roe")."""


_PHOTO_VERBS = (
    "express|celebrate|react|gesture|pose|smile|speak|attend|address|arrive|sit|listen|greet|hug|embrace|pray"
    "|inspect|gather|wait|vie|mourn|help|carry|carrie|applaud"
)
"""Verbs of what someone does in a picture; none of them a plural noun a headline opens on ("talks", "waves")."""
_PHOTO_DOES = rf"(?:(?:{_PHOTO_VERBS})(?:es|s)?|(?:is|are)\s+(?:pictured|seen))\s+"
_PLACED = r"(?:,\s+(?:(?:second |third |far )?(?:left|right)|cent(?:er|re)|front|back|rear)(?: row)?,\s+)?"
_PHOTO_START = re.compile(
    rf"(?:(?:A|An|The)\s+[a-z][\w'’-]*|(?:[A-Z][\w'’.-]*\s+){{1,3}}[A-Z][\w'’.-]*){_PLACED}\s*{_PHOTO_DOES}\S"
)
"""A caption's opening: who is pictured (two names or more, "Ana Ruiz", or "A soldier"), where in the
picture (", centre,"), and what they do, in the present tense."""
_PRESENT_CAPTION = re.compile(rf"(?:[A-Z][\w'’.-]*\s+){{2,4}}{_PHOTO_DOES}[a-z][^.!?]*\.$")
"""What a photo's caption says: a name, then what the person does in the picture, in the present tense."""


TWIN_MAX_WORDS = 40
"""Longest line taken for a photo's caption printed twice in a row."""
_SPEECH = (" said", " says", " told ", " asked", "“", '"')


def mark_twin_captions(ps: list[Para], repeat_key: Callable[[Para], str]) -> None:
    """Flag both copies of a one-sentence line printed twice in a row: a photo's alt text, then its caption.

    "Villagers gather next to a damaged church in Moro on Monday." twice back to back: the page
    shows the picture's description and then its caption, and the repeat rule alone kept the first
    copy as an article sentence. A lede printed twice (a summary box, then the story) reports speech
    or quotes someone as a rule; a caption describes the picture, so a line with a speech verb or a
    quotation mark stays, and so does any line longer than :data:`TWIN_MAX_WORDS` or of two sentences,
    unless it opens as a caption does ("A medic walks a boy over ...", "Velm City celebrate ...").
    """
    for i in range(1, len(ps)):
        p, prev = ps[i], ps[i - 1]
        if p.flag != "duplicate" or prev.flag or prev.credit or prev.nw > TWIN_MAX_WORDS:
            continue
        if repeat_key(prev) != repeat_key(p) or any(w in prev.text for w in _SPEECH):
            continue
        if (prev.sent and count_sentences(prev.text) == 1) or _PHOTO_START.match(prev.text):
            prev.flag = p.flag = "caption"  # or one saying what someone does in the picture, headline-shaped too


def mark_caption_copies(ps: list[Para]) -> None:
    """Flag a caption's copy without its credit, a short line just above a bare "© ..." credit, and a
    "Name (Agency)" line under the body's prose.

    "Ostrava, above, was unhappy" above "Ostrava, above, was unhappy (Getty Images)", or below
    "Deputy spokeswoman Ilse Dahl Karl Brenner/TASS": the page prints the caption twice. A line just
    above "© Karl Brenner/TASS" is the caption the credit belongs to once prose (a standfirst) stands
    above it; higher up it may be the headline over the top photo's credit.
    """
    headed = False  # prose stands above
    for i, p in enumerate(ps):
        if not p.flag and not p.credit and p.nw <= COPY_MAX_WORDS:
            key = _bare(p.text)
            for j in (i - 1, i + 1):
                if 0 <= j < len(ps) and ps[j].flag == "caption":
                    other = _bare(ps[j].text)
                    if len(other) > len(key) and other.startswith(key) and (
                        not other[len(key)].isalnum() or _GLUED_CREDIT.match(other, len(key))
                    ):
                        p.flag = "caption"
                        break
            nxt = ps[i + 1] if i + 1 < len(ps) else None
            if (not p.flag and headed and p.head and p.nw <= ABOVE_CREDIT_MAX_WORDS and nxt is not None
                    and nxt.text.startswith("©") and nxt.nw <= 6):
                p.flag = "caption"
            if not p.flag and headed and named_caption(p) and _prose_below(ps, i):
                p.flag = "caption"  # prose above (no dateline on its own line) and below (no closing byline)
        headed = headed or (not p.flag and p.sent)


_ROLE_NAME = re.compile(r"(?P<role>(?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’.-]*),\s+(?P<name>[^,]{3,60})")


def role_name(p: Para) -> bool:
    """"Kestrel State Governor, Ade Balogun": a photo's line naming its subject, title first; no headline."""
    if not p.head or p.nw > 10 or p.text.count(",") != 1:
        return False
    m = _ROLE_NAME.fullmatch(p.text)
    if m is None:
        return False
    last = m.group("role").rsplit(None, 1)[-1].lower()
    return last in ROLE_NOUNS and name_like(shape(m.group("name")))


_PLACED_ROLE = re.compile(
    r"(?P<role>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|\([A-Z]{2,8}\)|[a-z][\w'’-]*)){0,6})"
    r"\s+in\s+(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*,\s+"
    r"(?:[A-Z]{2,5}\.?\s+|(?:Mr|Mrs|Ms|Dr|Gen|Col|Supt|Insp)\.?\s+)?(?P<name>(?:[A-Z][\w'’-]*\s+){1,3}[A-Z][\w'’-]*)\."
)
_ROLE_GLUE = frozenset(("of", "for", "and", "the"))
_PLACED_ROLE_NOUNS = ROLE_NOUNS | frozenset(str.split("officer commissioner commander director chairman chairperson"))


def placed_role_name(p: Para) -> bool:
    """"Police spokesman in Velmport, SP Tunde Bello.": a photo's caption naming the man pictured, role and
    place first, with no verb; it stands alone between paragraphs and reads as a sentence only by its
    full stop. Every lower-case word before the name is a role noun or "of", "for", "and", "the", and a
    role noun is among them, so a sentence ("Police arrested two men in Velmport, SP Tunde Bello said.")
    never matches."""
    if p.nw > 16 or p.text[-1:] != "." or p.text.count(",") != 1 or " in " not in p.text:
        return False
    m = _PLACED_ROLE.fullmatch(p.text)
    if m is None:
        return False
    role = m.group("role").split()
    if not any(w.lower().strip("()") in _PLACED_ROLE_NOUNS for w in role):
        return False
    if any(w[:1].islower() and w not in _ROLE_GLUE and w not in _PLACED_ROLE_NOUNS for w in role):
        return False  # a lower-case word that is no role noun: a verb, so a sentence
    return name_like(shape(m.group("name")))


_RELATIVE = re.compile(r"(?P<np>[A-Z][^,]{8,80}), (?:who|which|whose) [^,]{5,200}\.")


def relative_caption(ps: list[Para], i: int) -> bool:
    """"Harbour crime figure Milo Varga, who has been granted bail ...": a caption the story's first
    sentence then repeats ("Harbour crime figure Milo Varga will spend ..."); a sentence has its own verb."""
    if i + 1 >= len(ps) or ps[i].flag:
        return False
    m = _RELATIVE.fullmatch(ps[i].text)
    return m is not None and ps[i + 1].text.startswith(m.group("np") + " ")


def photo_line(p: Para) -> bool:
    """A long line in sentence case without a full stop: a caption in the photo block under a standfirst."""
    return p.head and not p.flag and not p.credit and p.nw >= PHOTO_LINE_MIN_WORDS and not titleish(p.text) \
        and not prose_clause(p.text)  # "Workers replaced the cables over the winter": a sentence, cut


NAMED_MAX_WORDS = 8


def named_caption(p: Para) -> bool:
    """"Rep. Seo Jin-woo (Yonhap)": the person pictured, by name and title, and the agency of the photo.

    In capitals the same line is a dateline on a line of its own ("SEOUL (Yonhap)"); the caller asks for
    prose above, so a title-case dateline over the first sentence ("Port Aldmere (AFP)") is no caption.
    """
    if p.nw > NAMED_MAX_WORDS or not p.text.endswith(")"):
        return False
    at = agency_close(p.text)
    return at is not None and named_subject(p.text[:at])


AGENCY_CAPTION_MAX_WORDS = 50


def _prose_below(ps: list[Para], i: int) -> bool:
    """Whether the article's prose goes on under paragraph ``i`` (past its flagged copies)."""
    nxt = next((q for q in ps[i + 1 : i + 4] if not q.flag), None)
    return nxt is not None and nxt.sent and not nxt.credit and nxt.nw >= 6


_DATELINE_START = re.compile(r"[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+)*\s*[,(\[]")
"""A wire dateline opening the paragraph ("NEW DELHI [India], May 3 (ANI):", "LAGOS, (NAN)"): no caption."""


def agency_caption(ps: list[Para], i: int) -> bool:
    """A one-sentence paragraph closing on an agency in brackets where the body would start, prose under it.

    "Lawmakers hold signs ... on Friday. (Agency)" is the top photo's caption: wire copy marks itself
    so at the end of the story ("... the ministry said. (ANI)"), never at its first paragraph.
    """
    p = ps[i]
    if p.flag or p.nw > AGENCY_CAPTION_MAX_WORDS or not p.text.endswith(")"):
        return False
    at = agency_close(p.text)
    before = p.text[:at].rstrip() if at is not None else ""
    if not before.endswith(".") or count_sentences(before) != 1 or _DATELINE_START.match(before):
        return False  # one sentence, and not a one-sentence wire brief opening on its dateline
    nxt = next((q for q in ps[i + 1 :] if not (q.flag or q.credit or q.head)), None)  # a byline, a date between
    return nxt is not None and nxt.nw >= 6


_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "Sir", "Dame", "Prof", "Prof."})
_SENTENCE_OPENERS = frozenset({
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "this", "that",
    "these", "those", "but", "and", "or", "so", "yet", "in", "on", "at", "as", "if", "when", "while", "after",
    "before", "there", "then", "mr", "mrs", "ms", "dr", "one", "some", "no", "not", "for", "with", "by", "to",
})
"""Words a new sentence opens with: a paragraph ending "... on Friday. The" was cut, it names no source."""
_TAILED = re.compile(r"(?P<sent>[A-Z].{20,300}?[a-z0-9)’”'\"][.!?])\s+(?P<src>[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,2})")
TAILED_MAX_WORDS = 40


def _prose(p: Para | None) -> bool:
    return p is not None and p.sent and not p.flag and not p.credit and p.nw >= 6


def mark_body_captions(ps: list[Para]) -> None:
    """Flag two captions that only their place between the article's paragraphs gives away.

    A person's honorific and name alone on a line ("Mr Tomas Quell") that the article names in
    those very words: the photo's caption, no crosshead (a crosshead says something). And one
    sentence with a source's name after its full stop ("The quay flooded on Friday. Harbour
    Daily"): the picture's credit glued to its caption; prose never leaves a name after its
    last sentence, and a paste cut off there is at its end, not between paragraphs.
    """
    texts: list[str] | None = None
    for i in range(1, len(ps) - 1):
        p = ps[i]
        if p.flag or p.credit or not p.head or not (_prose(ps[i - 1]) and _prose(ps[i + 1])):
            continue
        if 2 <= p.nw <= 5 and p.text.split(None, 1)[0] in _HONORIFICS and name_like(p):
            texts = texts if texts is not None else [q.text for q in ps if q.sent]
            if any(p.text in t for t in texts):
                p.flag = "caption"
        elif 6 <= p.nw <= TAILED_MAX_WORDS and p.text[-1:].isalpha() and ". " in p.text:
            m = _TAILED.fullmatch(p.text)
            if (m is not None and count_sentences(m.group("sent")) == 1 and _full_stop(m.group("sent"))
                    and m.group("src").split(None, 1)[0].lower() not in _SENTENCE_OPENERS
                    and not ps[i + 1].text[:1].islower()):
                p.flag = "caption"


def _full_stop(sentence: str) -> bool:
    """The sentence's last word is no abbreviation ("... led by Maj. Gen Ana Ruiz" runs on): it is in lower
    case, a number, or a capitalised name of five letters or more ("... in Dalport.")."""
    last = sentence.rsplit(None, 1)[-1].rstrip(".!?\"'’”)")
    return bool(last) and (last[0].islower() or last[0].isdigit() or len(last) >= 5)


_PICTURED = re.compile(r"\b(?:is|are)\s+(?:being\s+)?pictured\b")
_ELLIPSES = ("...", "…")
TWIN_KEY_MIN = 30
"""Letters a clipped alt text must keep to be taken for its caption's copy."""


def _split_credit(p: Para | None) -> bool:
    """A credit line a copy split off the caption above it (", AFP"): it opens on the comma."""
    return p is not None and p.flag == "credit" and p.text[:1] == ","


_PICTURE_LABEL = re.compile(r"(?i)(?:view|enlarge|see|open|show)\s+(?:the\s+)?(?:photo|image|picture)s?")
"""A page's button over its picture ("View photo"): the line under it, closed by an agency, is the caption."""
BARE_CREDIT_WORDS = 6
"""Longest bare picture credit ("Photo: AFP") under the caption it belongs to."""


def mark_pictured(ps: list[Para]) -> None:
    """Flag the captions that say what is pictured, with no credit of their own on the line.

    "Workers are pictured outside the mill in Tarra, on May 2, after the fire" has no full stop, as a
    caption has none; a sentence of the article ("The suspect is pictured in a police image.") ends on
    one. The same line clipped with an ellipsis above it ("Workers are pictured outside the mill in
    Tarra on...") is its alt text, and a line above an agency's name split off with its comma (", AFP")
    is the caption that comma belonged to. A sentence saying what someone does in the picture right
    above a bare credit ("Photo: AFP") is its caption, and so is a line closed by an agency in brackets
    under a picture's button ("View photo").
    """
    n = len(ps)
    for i, p in enumerate(ps):
        if p.flag or p.credit or p.nw < 5 or p.nw > COPY_MAX_WORDS:
            continue
        nxt = ps[i + 1] if i + 1 < n else None
        if p.head and (_split_credit(nxt) or ("pictured" in p.text and _PICTURED.search(p.text))):
            p.flag = "caption"
        elif p.head and p.text[-1:] == ")" and i and ps[i - 1].flag == "label" and \
                _PICTURE_LABEL.fullmatch(ps[i - 1].text) and agency_close(p.text) is not None:
            p.flag = "caption"  # "View photo", then "Ana Ruiz talks to Eli Rook (Agency)"
        elif p.sent and nxt is not None and nxt.flag in ("caption", "label") and nxt.nw <= BARE_CREDIT_WORDS \
                and CAPTION_PREFIX.match(nxt.text) and _PHOTO_START.match(p.text) and count_sentences(p.text) == 1:
            p.flag = "caption"  # "Ana Ruiz, centre, attends a meeting in Velm on Friday." over "Photo: AFP"
        elif i <= FILE_CAPTION_TOP and p.sent and nxt is not None and _file_photo_of(p.text, nxt):
            p.flag = "caption"  # "Ana Ruiz spoke on Radio Velm on May 2." over "A file photo of Ana Ruiz."
        elif p.text.endswith(_ELLIPSES) and nxt is not None and not nxt.flag and not nxt.credit:
            key = letters(p.text)
            if len(key) >= TWIN_KEY_MIN and letters(nxt.text).startswith(key) and nxt.nw > p.nw and (
                nxt.head or _split_credit(ps[i + 2] if i + 2 < n else None) or "pictured" in p.text
            ):
                p.flag = nxt.flag = "caption"


FILE_CAPTION_TOP = 3
"""How far down the page the top photo's caption may stand above its "A file photo of X." label."""


def _file_photo_of(text: str, nxt: Para) -> bool:
    """``nxt`` is a "A file photo of Ana Ruiz." caption naming someone (two words or more) whom ``text``,
    one sentence on the line above it, names too: that line is the same picture's caption."""
    if nxt.flag != "caption" or nxt.nw > BARE_CREDIT_WORDS + 2 or " of " not in nxt.text:
        return False
    if not nxt.text.startswith(("A file", "File")):
        return False
    who = nxt.text.split(" of ", 1)[1].strip(" .")
    return who.count(" ") >= 1 and who[:1].isupper() and who in text and count_sentences(text) == 1


PRESENT_CAPTION_MAX_WORDS = 30


def present_caption(p: Para) -> bool:
    """"Ana Ruiz gestures during the opening match in Velm.": the top photo's caption, in the present tense.

    Asked only of the sentence standing between the headline and a date line, where a standfirst also
    stands; a standfirst summarises the story, a caption says what someone does in the picture.
    """
    return p.nw <= PRESENT_CAPTION_MAX_WORDS and p.text[-1:] == "." and _PRESENT_CAPTION.match(p.text) is not None \
        and count_sentences(p.text) == 1
