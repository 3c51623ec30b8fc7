"""A site's promo and paywall boxes set between the article's paragraphs.

A page that sells subscriptions breaks its copy with a box of short lines: a heading ("Keep
reading"), a pitch ("Become a Velm Ledger member"), an offer ("Every story and our full
archive — 14-day free trial.") and its buttons ("... or sign up your newsroom"). Each line is
short and most have no full stop, so the shape tests take them for crossheads. A run of such
lines in which two or more speak of subscribing, joining or a trial is the box, whole. The
article's own sentence about subscribers stands in a paragraph of prose, never in such a run.
An ad unit is a heading, a one-sentence pitch and its button ("Find out more"); a list of share
buttons set as bullets ends on a word the vocabulary may not know ("• sms").
"""

from __future__ import annotations

import re

from reader.engine.furniture_lines import OPENING_MARKS, Para, count_sentences

PROMO_BLURB_MAX_WORDS = 20
BOX_LINE_MAX_WORDS = 16
BOX_MIN_LINES = 3
BOX_MIN_SIGNALS = 2
_PAYWALL = re.compile(
    r"(?i)\b(?:subscri(?:be|bers?|ption)|free trial|\d{1,3}-day (?:free )?trial|join [\w'’ .-]{1,30}(?:today|now)"
    r"|sign up|become an? (?:member|subscriber|supporter)|membership|unlimited access|instant access)\b"
)
"""What a paywall box's lines say: an offer to subscribe, join or try."""


def mark_promo_blurbs(ps: list[Para]) -> None:
    """Flag the pitch of a promo box between its promo lines ("Get the news for FREE", a one-sentence
    pitch, "READ NOW"): a short sentence with a promo on either side is the box's, not the article's."""
    for i in range(1, len(ps) - 1):
        p = ps[i]
        if (ps[i - 1].flag == "promo" and ps[i + 1].flag == "promo" and not p.flag and not p.credit
                and p.nw <= PROMO_BLURB_MAX_WORDS and p.text[0] not in OPENING_MARKS and count_sentences(p.text) == 1):
            p.flag = "promo"


def _box_line(p: Para) -> bool:
    """A line a box may hold: short, no quotation, no credit; a sentence only when it makes the offer
    ("30-day free trial."), so the article's short paragraph beside the box stays."""
    return (p.nw <= BOX_LINE_MAX_WORDS and not p.credit and p.flag in (None, "promo", "label")
            and p.text[:1] not in OPENING_MARKS
            and (p.head or (count_sentences(p.text) <= 2 and _PAYWALL.search(p.text) is not None)))


def mark_paywall_boxes(ps: list[Para]) -> None:
    """Flag a run of short lines under the first paragraph of prose, two or more offering a subscription or a trial."""
    n = len(ps)
    # only between the article's paragraphs: at the top a run of short lines holds the headline
    i = next((k + 1 for k, p in enumerate(ps) if p.sent and not p.flag and p.nw >= 6), n)
    while i < n:
        j = i
        while j < n and _box_line(ps[j]):
            j += 1
        if j - i >= BOX_MIN_LINES:
            signals = sum(1 for k in range(i, j) if ps[k].flag == "promo" or _PAYWALL.search(ps[k].text))
            if signals >= BOX_MIN_SIGNALS:
                for k in range(i, j):
                    ps[k].flag = ps[k].flag or "promo"
        i = max(j, i + 1)


_BULLETS = "•·▪*"
BULLET_WORD_MAX = 2


def mark_bullet_runs(ps: list[Para]) -> None:
    """Flag a bullet of one or two words under a flagged bullet of a few words: the same list of buttons.

    "• Facebook", "• Twitter", "• sms": the share list's last item is a word no label names, and a
    bullet of two words says nothing an article's list would (its items are phrases or sentences).
    """
    for i in range(1, len(ps)):
        p, prev = ps[i], ps[i - 1]
        if p.flag or p.credit or p.text[:1] not in _BULLETS or not prev.flag or prev.text[:1] not in _BULLETS:
            continue
        if prev.nw <= 4 and len(p.text[1:].split()) <= BULLET_WORD_MAX and not p.text.rstrip().endswith("."):
            p.flag = prev.flag


_BUTTONS = frozenset(("find out more", "learn more", "discover more"))
"""An ad unit's button; "Read more" links the article's own stories, and its rules are the links'."""
_PITCH_VERBS = frozenset(str.split(
    "discover explore get try boost grow reach unlock meet find join start learn see download advertise"
    " promote combine transform build power drive connect engage"
))
"""Imperatives an ad unit's heading or pitch opens with ("Discover ...", "Combine ... to reach ...")."""
PITCH_MAX_WORDS = 35
AD_HEADING_MAX_WORDS = 10


def mark_ad_units(ps: list[Para]) -> None:
    """Flag an ad unit between paragraphs: a heading, a one-sentence pitch, its button ("Find out more").

    Heading or pitch opens with an imperative of marketing ("Discover", "Combine ... to reach"),
    which a crosshead and the article's sentence above a link do not.
    """
    for i in range(2, len(ps)):
        b = ps[i]
        if b.nw > 3 or b.text.strip(" .!>›»").lower() not in _BUTTONS:
            continue
        pitch, head = ps[i - 1], ps[i - 2]
        if pitch.flag or pitch.credit or not pitch.sent or pitch.nw > PITCH_MAX_WORDS:
            continue
        if count_sentences(pitch.text) != 1 or pitch.text[:1] in OPENING_MARKS:
            continue
        if head.flag or not head.head or head.nw > AD_HEADING_MAX_WORDS:
            continue
        if not {_first(pitch.text), _first(head.text)} & _PITCH_VERBS:
            continue
        for q in (head, pitch, b):
            q.flag = q.flag or "promo"


def _first(text: str) -> str:
    return text.split(None, 1)[0].lower() if text.strip() else ""
