"""Runs of link words a page copies as text: site menus, share bars and language switchers.

They read as words, not sentences: :mod:`reader.engine.furniture_lines` asks these tests of
a short line without terminal punctuation, or of a long one made of section names.
"""

from __future__ import annotations

import re
from typing import Any

from reader.engine.furniture_patterns import (
    FUNCTION_WORDS,
    LANG_CODES,
    LANGS,
    MENU_WORDS,
    SHARE_BAR_WORDS,
    ends_terminal,
)

_GLUE_PIECES = SHARE_BAR_WORDS | {"url", "short", "shorturl", "sms", "vk", "line", "viber", "wechat", "weibo"}
_GLUE_LONGEST = max(map(len, _GLUE_PIECES))


def _glued_share(word: str) -> bool:
    """A run of share-bar words with their spaces lost ("facebooktwitterwhatsapp", "urlprintemail")."""
    if len(word) < 6 or len(word) > 80 or not word.isalpha():
        return False
    ends = [True] + [False] * len(word)  # ends[k]: word[:k] is a run of pieces
    for k in range(1, len(word) + 1):
        ends[k] = any(ends[j] and word[j:k] in _GLUE_PIECES for j in range(max(0, k - _GLUE_LONGEST), k))
    return ends[-1]


def share_bar(t: str, nw: int) -> bool:
    """A share bar copied as text: share and network words, maybe glued together by a copy."""
    ws = [w.strip(".,:;!|") for w in t.lower().split()]
    if all(w in SHARE_BAR_WORDS for w in ws):
        return nw >= 2
    rest = [w for w in ws if w not in _GLUE_PIECES]
    return bool(rest) and all(_glued_share(w) for w in rest)  # a glued run at least, not "short" alone


MENU_MIN_WORDS = 10
"""Shorter runs of capitalised words may be a headline; menus copied from a page are long."""
_LOWER_WORD = re.compile(r"[a-z][\w'’-]*")
_TITLE_CASE_GLUE = frozenset({
    "and", "or", "but", "of", "the", "a", "an", "to", "in", "on", "at", "for", "with", "after", "before",
    "from", "over", "as", "is", "are", "was", "were", "will", "by",
})


def is_menu(t: str) -> bool:
    """A site menu copied as one line: section and account links, no sentence.

    Prose runs several lower-case words together ("will run four crossings a day"); a menu has
    only a few in a row ("edition switch to the"), ends without a full stop, and names at least
    three sections or account pages.
    """
    if ends_terminal(t) or any(ch in t for ch in "\"“”«»"):
        return False
    tokens = t.split()
    run = longest = 0
    for tok in tokens:
        run = run + 1 if _LOWER_WORD.fullmatch(tok) else 0
        longest = max(longest, run)
        if longest > 6:
            return False
    if sum(1 for tok in tokens[1:] if tok[:1].isupper() and tok.lower() in _TITLE_CASE_GLUE) >= 2:
        return False  # "… And Culture … After …": a headline in title case, not a list of links
    hits = {w for w in (tok.lower().strip(",.:;|&?") for tok in tokens) if w in MENU_WORDS}
    # A few more lower-case words in a row when the menu is unmistakable (a search box's
    # "What term do you want to search?" among a dozen sections).
    return len(hits) >= 3 and (longest <= 4 or len(hits) >= 6)


_READ_IN = frozenset({"read", "leer", "lire", "ler", "leggi", "lesen", "czytaj", "in", "en", "em", "auf", "na", "po",
                      "this", "article", "story", "version", "also"})
"""The words of a link to the page in another language ("Read in English", "Leer en español")."""


_ENGLISH_NAMES = frozenset({
    "arabic", "french", "german", "spanish", "russian", "chinese", "japanese", "korean", "turkish", "portuguese",
    "italian", "persian", "farsi", "hindi", "urdu", "hebrew", "greek", "swahili", "ukrainian", "polish", "dutch",
    "bengali", "tamil", "malay", "indonesian", "vietnamese", "thai",
})
"""Languages named in English, as a site's switcher lists them ("• Arabic", "• French"), not in their own script."""
_LANG_NAMES = LANGS | _ENGLISH_NAMES


def is_language_line(text: str) -> bool:
    """A language switcher: language names and codes, or a link reading the page in another language."""
    text = text.lstrip("•·▪*|/–— ")
    if not text:
        return False
    first = text.split(None, 1)[0].lower().strip("|/·•,")
    if first not in _LANG_NAMES and first not in LANG_CODES:
        toks = text.lower().split()
        return first in _READ_IN and len(toks) <= 5 and toks[-1] in LANGS and all(t in _READ_IN for t in toks[:-1])
    toks = [t for t in re.split(r"[\s|/·•,]+", text.lower()) if t]
    if not toks or len(toks) > 12:
        return False
    if all(t in _LANG_NAMES for t in toks):
        return True
    return len(toks) >= 2 and all(t in _LANG_NAMES or t in LANG_CODES for t in toks)


_GLUE = re.compile(r"[a-z]{2}[A-Z][a-z]")
GLUED_MENU_MIN = 3
"""Words glued at a case change a line needs to be a menu: a headline may hold a "PlayStation" or two."""


def glued_menu(t: str) -> bool:
    """A menu whose links a copy ran together ("FinancialGovernment SolutionsLegalNews AgencyRisk ...")."""
    return not ends_terminal(t) and len(_GLUE.findall(t, 0, 400)) >= GLUED_MENU_MIN


_PAST_ON = re.compile(r"\b[a-z]{3,}ed (?:the|an?|his|her|their|its|him|them|it|[a-z]{3,}ing)\b")
"""A verb in the past tense with its object ("arrested the accused", "handed him over", "admitted taking")."""
_ARTICLES = frozenset(("the", "a", "an", "The", "A", "An"))


def prose_clause(text: str) -> bool:
    """A clause of prose a copy left without its full stop, not a headline or a photo's line.

    Its verb is in the past tense with an object after it, and it keeps two articles or more;
    a headline drops its articles and tells in the present ("Police arrest man after chase").
    """
    return sum(w in _ARTICLES for w in text.split()) >= 2 and _PAST_ON.search(text) is not None


RELATED_MIN_WORDS = 7
RELATED_MAX_WORDS = 16
RELATED_PROSE_WORDS = 8
_NOT_RELATED = frozenset(":?!\"“”‘’'«»")


def mark_related_headlines(ps: list[Any], body_start: int) -> None:
    """Flag another story's headline left alone between two paragraphs of the body ("linked").

    A page sets a link to a related story between paragraphs ("Ferries stay in port after storm
    warning"), with no "Read more" label in a plain copy. A subhead stands there too, and the two are
    told apart by shape only: a subhead is short (a few words naming what follows: "Deadliest in
    decade"), asks ("What next?"), quotes ("'Worried about violence'") or is labelled ("Analysis:");
    a linked headline is a full headline of seven to sixteen words, in sentence case (a lower-case
    word of four letters or more), with a full paragraph of prose on either side of it. A paragraph a
    copy broke mid-sentence has that shape too, but a comma or full stop inside, a last function word
    ("... on the"), or a lower-case continuation under it gives it away; those stay.
    """
    for i in range(max(body_start, 1), len(ps) - 1):
        p = ps[i]
        if p.flag or p.credit or not p.head or not RELATED_MIN_WORDS <= p.nw <= RELATED_MAX_WORDS:
            continue
        if any(c in _NOT_RELATED for c in p.text) or ", " in p.text or ". " in p.text:
            continue  # a comma or a full stop inside: a sentence a copy broke, not a headline
        if p.text.rsplit(None, 1)[-1].lower() in FUNCTION_WORDS or p.text[-1:] in ",;-–—":
            continue
        if prose_clause(p.text):
            continue  # "Officers stopped the driver and passed him to the traffic unit": its full stop lost
        if not any(len(w) >= 4 and w[:1].islower() for w in p.text.split()[1:]):
            continue
        prev, nxt = ps[i - 1], ps[i + 1]
        if nxt.text[:1].islower() or not nxt.text[:1].isalnum() and nxt.text[:1] not in "\"“‘'":
            continue  # the sentence goes on under it
        if all(q.sent and not q.flag and not q.credit and q.nw >= RELATED_PROSE_WORDS for q in (prev, nxt)):
            p.flag = "linked"
