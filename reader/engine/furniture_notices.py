"""A site's notices to its reader: the browser, the feature that failed, the copy's age, the tip line.

A page speaks to whoever is reading it ("Your browser is out of date", "We're sorry,
this widget is temporarily unavailable", "This was published 12 years ago", "Send your tips to
desk@example.com", "More to follow...", "Sign in to unlock extras for members!", "Your article was
shared with the people you picked."). These sentences read as prose, so the shape
tests let them through; each form here is one any site may print, never a string of a particular page.
A wire's bracketed note to its subscribers ("(ATTN: ADDS quotes ...)") and a picture's bracketed links
("(Enlarge photo)(All images)") are told here too (:func:`bracket_note`).
:mod:`reader.engine.furniture_lines` asks :func:`is_notice` of every short paragraph.
"""

from __future__ import annotations

import re

NOTICE_MAX_WORDS = 45
"""Longer paragraphs are article prose, whatever their first words."""

_NOTICE = re.compile(
    "|".join(
        (
            # the browser or the page's scripts
            r"^\(?(?:your |this )?(?:web )?browser (?:is |does )?(?:no longer|not|isn'?t|doesn'?t|out of date|outdated)"
            r"|^\(?(?:please )?(?:update|upgrade|change) your (?:web )?browser\b"
            r"|^\(?(?:please )?(?:enable|turn on) javascript\b|^\(?javascript is (?:disabled|required|turned off)",
            r"^notifications can be (?:managed|changed|turned off|disabled)\b",
            # a feature that failed to load
            r"^(?:we(?:'|’)?re|we are) sorry,? (?:but )?(?:this|the|our) (?:feature|page|video|content|service|player"
            r"|section|widget) (?:is|has) (?:currently |temporarily )?(?:unavailable|not available|been removed)",
            # the copy's age, or where it comes from
            r"^this (?:article |story |page |content |report )?was (?:first |originally )?published "
            r"(?:more than |over )?(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten) "
            r"(?:years?|months?|weeks?|days?) ago\W*$",
            r"^the following (?:content|article|story|material|report|text|video) (?:is|was|has been) "
            r"(?:sourced|provided|supplied|produced|syndicated|taken|published) (?:from|by|via)\b",
            # the newsroom's tip line and the paper's channels
            r"^(?:send|email|e-mail|share|submit) (?:us )?your (?:own )?(?:stories|story|news|tips?|photos|pictures"
            r"|videos|footage)(?: (?:and|or|&) \w+)? (?:to|at|via|with) ",
            r"^\(?to (?:receive|get|read|join|follow) (?:our|the) [\w' -]{0,30}(?:e-?paper|newsletter|updates|alerts"
            r"|channel|app)\b.{0,120}\b(?:click|tap) here\b",
            r"^don'?t miss (?:out on )?(?:the|our) (?:latest )?(?:headlines|news|stories) (?:from|about|on)\b",
            # the reader's account and the page's own buttons answering a click
            r"^(?:you (?:must|need to|have to) (?:be )?(?:logged|signed) ?in|(?:please )?(?:sign|log) ?in"
            r"(?: or (?:register|sign up|subscribe))?) to (?:join|take part in|read) (?:the|our|this) "
            r"(?:discussion|conversation|debate|comments)\b.{0,80}$",
            r"^(?:sign|log) ?in (?:or (?:register|sign up|subscribe) )?(?:now )?to (?:unlock|access|continue"
            r"|keep reading|read|save|comment|enjoy|manage|bookmark|follow)\b.{0,80}$",
            r"^your (?:article|story|comment|message|link|e-?mail|post|feedback|submission) (?:was|has been|is) "
            r"(?:successfully |now )?(?:shared|sent|submitted|saved|posted|received)\b",
            # a wire's placeholder for copy still to come ("This is a developing story." is the article's own)
            r"^(?:more|further|full) (?:details |updates |information )?(?:to follow|soon)\W*$",
        )
    ),
    re.IGNORECASE,
)


def is_notice(text: str, nw: int) -> bool:
    """A site's notice to the reader about the page, not a sentence of the article."""
    return nw <= NOTICE_MAX_WORDS and _NOTICE.search(text) is not None


COMMENT_POLICY_MAX_WORDS = 90
_POLICY_WORDS = ("forum", "discussion", "guidelines", "civil", "respectful", "moderat", "on topic", "community rules",
                 "community standards", "may take", "house rules")
_TO_READER = re.compile(r"\b(?:please|you|your)\b|\bkeep comments\b")


def comment_policy(low: str, nw: int) -> bool:
    """The comment section's rules ("Keep comments civil and on topic; they may take an hour to appear. See
    our Community Rules."): about comments, in the policy's words, and spoken to the reader.

    ``low`` is the lower-cased paragraph. Two policy words and an address to the reader are needed,
    so the article's sentence about a forum's comments ("the paper's forum was moderated") stays.
    """
    if nw > COMMENT_POLICY_MAX_WORDS or "comments" not in low or low[:1] in "\"'“‘«":
        return False
    hits = sum(w in low for w in _POLICY_WORDS)
    return hits >= 2 and _TO_READER.search(low) is not None


_UPDATE_NOTE = re.compile(
    r"\((?i:(?:new|update|updated|correction|attn|attention)\s*:"
    r"|(?:adds|recasts|corrects|rewrites|refiles|updates)\s+[a-z])"
)
"""A wire's note of what its new version changes, in brackets under the headline ("(Adds quote, background)",
"(New: statements by the minister.)", "(ATTN: ADDS quotes in paras 4-6)"): a note to its subscribers, no
sentence of the story."""
_PHOTO_LINKS = re.compile(r"(?:\((?i:full[- ]size|enlarged?|larger?|all|view|more|see all)\s+(?i:photos?|images?"
                          r"|pictures?)\)\s*)+")
"""A picture's links in brackets under it ("(Enlarge photo)(All images)")."""


def bracket_note(t: str) -> bool:
    """A bracketed line that is a note to the wire's subscribers or a picture's links (``t`` opens on "(")."""
    return _UPDATE_NOTE.match(t) is not None or _PHOTO_LINKS.fullmatch(t) is not None
