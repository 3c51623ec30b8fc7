"""A site's appeals to its reader: donations, subscriptions, its closed comment box, the ad-blocker notice.

A page that lives on its readers' money asks for it in the middle of the copy ("Readers like you keep
our reporting open to all.", "More than 3,000 readers have already chipped in ...", "Support us today",
"Not now"), writes them a letter at its foot ("A Message from The Velm Post:" / "Dear readers," / "...
Your support keeps this newsroom going, whatever the sum."), says its comment box is closed
("Sorry, we're not accepting comments on this story.", "No comments yet... start the
conversation!") or asks to be let through an ad blocker ("We've noticed you're using an ad
blocker ..."); a forum frames a reposted post with whom it answers and its buttons ("To: jdoe who wrote
(12)3/4/2005 10:01:02 AM", "From: jdoe  Read Replies (2) | Respond to of 90"). Such lines read as
prose, so the shape tests let them through, and one of them at the top became the title. So do its
account box ("Sign up or sign in to keep stories for later."), its tip line ("Seen something? Text ...,
email ...") and its pitch ("Velm Radio helps you ... Back this public service ..."); a donation box is
furniture from its head to its foot (:func:`mark_appeal_boxes`). Each form
here is one any site may print, never a string of a particular page; an article sentence about readers
or support ("Readers of the paper wrote in", "The union's support for
the strike") opens otherwise, so it stays.

:func:`is_appeal` is asked of every short line by :mod:`reader.engine.furniture_lines` (a first-word
set gates the pattern, so most lines cost one dictionary look-up); :func:`mark_letters` flags the
letter block around its salutation.
"""

from __future__ import annotations

import re
from typing import Protocol

APPEAL_MAX_WORDS = 40
"""Longer paragraphs are article prose, whatever their first words."""

_APPEAL = re.compile(
    "|".join(
        (
            # the pitch: readers pay for the news
            r"readers like you (?:keep|make|help|support|fund)\b",
            r"(?:more than |over |nearly |almost )?[\d,.]+k? (?:of our )?readers (?:have )?(?:already )?"
            r"(?:pitched|chipped|signed|given|donated|contributed|joined|stepped)\b",
            r"for the (?:price|cost) of (?:a|one|your) (?:single )?(?:cup of )?coffee\b.{0,120}\b(?:you|help|support)",
            r"your (?:support|backing|donations?|contributions?),? (?:no matter how (?:small|big|large),? )?"
            r"(?:makes|means|helps|keeps|matters)\b",
            # its buttons
            r"(?:support us|support our (?:journalism|work|newsroom|reporting)|donate|contribute|become a "
            r"(?:member|supporter|patron))(?: now| today| here)?\W*$",
            r"(?:not now|maybe later|no,? thanks|remind me later)\W*$",
            # the closed or empty comment box
            r"(?:(?:we are |we're |we’re )?sorry,? )?(?:we are|we're|we’re) not (?:currently )?accepting comments\b",
            r"comments (?:are|have been) (?:closed|disabled|switched off|turned off) (?:for|on) this (?:article|story"
            r"|page|post)\W*$",
            r"no comments yet\b.{0,60}$",
            r"be the first to (?:comment|leave a (?:reply|comment)|share your thoughts)\b.{0,40}$",
            # the ad blocker
            r"(?:we(?:'ve|’ve| have) )?(?:detected|noticed) (?:that )?you(?:'re|’re| are) using an? "
            r"(?:ad[ -]?(?:content )?block|\w+ (?:content )?blocking)",
            r"(?:please )?(?:disable|turn off|whitelist us)\b.{0,40}\bad[ -]?block",
            # the letter's opening line
            r"a message from (?:the )?[A-Z][\w&.’' -]{1,60}:$",
            # the account box: saving a story to the reader's list, and its thanks
            r"(?:create an account|sign in|sign up|log in|register)\b.{0,40}?\bto (?:save|bookmark|follow) "
            r"(?:this |these |your )?(?:stories|articles|story|article|topics?)\W*$",
            r"thanks? (?:you )?for (?:liking|saving|bookmarking|following) this (?:story|article)\b.{0,100}$",
            # the tip line: a question to the reader, then how to reach the newsroom
            r"(?:do you know more|do you have (?:more )?information|seen something|know something|got a (?:news )?"
            r"(?:tip|story)|have a (?:news )?(?:tip|story))\b[^.?!]{0,40}[?!.]\s+.{0,160}?"
            r"\b(?:e-?mail|text|whatsapp|message|contact|call)\b",
            # a forum's frame around a reposted post: whom it answers, and its reply buttons
            r"to: \S.{0,40}? who wrote\b",
            r"from: \S.{0,40}?\bread replies\b",
        )
    ),
    re.IGNORECASE,
)
_FIRSTS = frozenset(str.split(
    "readers more over nearly almost for your support donate contribute become not maybe no remind we we're "
    "we’re sorry comments be we've we’ve detected noticed please disable turn whitelist a to: from: create sign log"
    " register thanks thank do seen know got have"
))


def is_appeal(text: str, low: str, nw: int, max_words: int = APPEAL_MAX_WORDS) -> bool:
    """A site's appeal or notice to its reader (see the module's docstring), not a sentence of the article.

    ``low`` is ``text.lower()``. The first word gates the pattern: most lines open with another one.
    """
    if nw > max_words:
        return False
    first = low.split(" ", 1)[0].rstrip(",.")
    if first not in _FIRSTS and not first[:1].isdigit():
        return False
    if first == "a" and not text.endswith(":"):
        return False
    return _APPEAL.match(text) is not None


_PITCH_TOPICS = ("journalism", "public service", "public resource", "newsroom", "local news", "independent news")
_PITCH_ASK = re.compile(r"(?i)\b(?:support|back|fund|donate|donation|chip in|pitch in|become a member)\b")
_REPORTED = re.compile(r"[\"“”]|\b(?:said|says|told)\b")
PITCH_MAX_WORDS = 50


def is_pitch(low: str, nw: int) -> bool:
    """A site's pitch for its readers' money (``low`` lower-cased): "Velm Radio helps you cut through the
    noise. Back this public service and keep local news free for all."

    It speaks to the reader ("you"), of the site's journalism or public service, and asks for support.
    A story about a broadcaster's funding reports who said so; a quotation or a speech verb keeps it.
    """
    if nw > PITCH_MAX_WORDS or "you" not in low or not any(w in low for w in _PITCH_TOPICS):
        return False
    return _PITCH_ASK.search(low) is not None and _REPORTED.search(low) is None


class _Line(Protocol):
    text: str
    nw: int
    flag: str | None
    head: bool


_SALUTATION = re.compile(r"(?i)dear (?:readers?|subscribers?|supporters?|friends|members),?")
_APPEAL_WORD = re.compile(r"(?i)\b(?:support|donat|contribut|subscri|your help|chip in|pitch in)")
LETTER_MAX_PARAS = 10
"""The letter's length at most, from its salutation: a site's appeal says its piece in a few paragraphs."""


def mark_letters(ps: list[_Line]) -> None:
    """Flag a site's letter to its readers: the salutation ("Dear readers,"), the line announcing it
    ("A Message from The Velm Post:") and the paragraphs under it up to the last that asks for support.

    The letter is the site's when a line announces it or when it closes the page: a columnist may
    greet the readers too, in the middle of a page, and then only the salutation goes. It ends with
    its request ("Your support ...", "By supporting ..."), and what follows that paragraph is left to
    the other rules. Without a request within :data:`LETTER_MAX_PARAS` paragraphs only the salutation
    goes.
    """
    for i, p in enumerate(ps):
        if p.nw > 3 or p.text[:1] not in "Dd" or _SALUTATION.fullmatch(p.text.strip()) is None:
            continue
        p.flag = "notice"
        announced = bool(i) and ps[i - 1].text.endswith(":") and ps[i - 1].nw <= 10
        if announced:
            ps[i - 1].flag = ps[i - 1].flag or "notice"  # "A Message from The Velm Post:"
        elif len(ps) - i > LETTER_MAX_PARAS + 1:
            continue  # no announcement and not at the page's foot: a column may greet its readers so
        end = i
        for j in range(i + 1, min(len(ps), i + 1 + LETTER_MAX_PARAS)):
            if _APPEAL_WORD.search(ps[j].text) is not None:
                end = j
        for j in range(i + 1, end + 1):
            ps[j].flag = ps[j].flag or "notice"


BOX_GAP = 4
"""Most paragraphs between an appeal's head and its foot: a donation box says its piece in a few."""
_BOX_HEAD_WORDS = ("support", "donat", "member", "newsroom", "journalism", "contribut")
BOX_HEAD_MAX_WORDS = 6
_READER_WORDS = frozenset(("we", "our", "us", "you", "your"))


def _appeal_line(p: _Line) -> bool:
    low = p.text.lower()
    return p.flag == "notice" and (is_appeal(p.text, low, p.nw) or is_pitch(low, p.nw))


def mark_appeal_boxes(ps: list[_Line]) -> None:
    """Flag the rest of a donation box: the paragraphs between its head and its foot, and its heading.

    "Your backing helps us report the story", two paragraphs about the site ("We rely on readers like
    you ..."), "Your backing makes the difference.": between two appeals a few lines apart, a paragraph
    speaking as the site to its reader ("we", "your") with no one quoted is the box's. A short heading
    asking for support right above an appeal ("Back Our Newsroom") is its title.
    """
    edges = [i for i, p in enumerate(ps) if _appeal_line(p)]
    for i in edges:
        if i and not ps[i - 1].flag and ps[i - 1].head and ps[i - 1].nw <= BOX_HEAD_MAX_WORDS and \
                any(w in ps[i - 1].text.lower() for w in _BOX_HEAD_WORDS):
            ps[i - 1].flag = "notice"
    for a, b in zip(edges, edges[1:], strict=False):
        if not 1 < b - a <= BOX_GAP + 1:
            continue
        inner = ps[a + 1 : b]
        if all(_site_speaks(p) for p in inner):
            for p in inner:
                p.flag = p.flag or "notice"


def _site_speaks(p: _Line) -> bool:
    """A paragraph in the site's voice: it says "we" or "you", and quotes and reports nobody."""
    if p.flag:
        return True
    low = p.text.lower()
    said = _REPORTED.search(low) is not None
    return not said and not _READER_WORDS.isdisjoint(low.replace(",", " ").replace(".", " ").split())
