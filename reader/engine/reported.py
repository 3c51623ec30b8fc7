"""Reported speech: whom an outlet's own sentence says a statement came from.

A statement that every outlet paraphrased ("Peskov said no date had been set", "No date has
been set, he added") has no quotation to take a speaker from, yet the journalist's question —
who said it, and who only paraphrased them — still has an answer in the sentence itself. This
module finds it with a deliberately narrow rule: a speech verb (said, told, added, according
to…) with a person right beside it, where the person must be someone the group's quote
analysis already knows as a speaker. A pronoun next to the verb is the article's speaker of
the last quotation before the sentence. Anything looser (a name elsewhere in the sentence, a
role such as "the minister") is left unattributed: a wrong speaker is worse than none.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from reader.engine.models import Article, Sentence
from reader.engine.text import fold

_CUE = re.compile(
    r"\b(?:said|says|told|tells|added|adds|stressed|noted|emphasi[sz]ed|insisted|argued|warned|stated|"
    r"explained|indicated|claimed|denied|dismissed|suggested|remarked|asserted|acknowledged|"
    r"reiterated|underlined|announced|confirmed|according\s+to)\b",
    re.IGNORECASE,
)
_BEFORE_GAP = re.compile(
    r"(?:\s+(?:also|has|had|have|later|then|further|again|previously|earlier|separately|"
    r"on\s+\w+|in\s+\w+|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))*\s*",
    re.IGNORECASE,
)
"""What may stand between the speaker and the verb: "Peskov has said", "Petrov on Monday told"."""
_AFTER_GAP = re.compile(r"\s+(?:[\w.'’-]+\s+){0,4}")
"""Titles between the verb and the name: "said Kremlin spokesman Dmitry Peskov"."""
_AFTER_CUES = {"said", "says", "added", "adds", "noted", "stated", "explained", "remarked"}
"""Verbs that may come before their speaker ("…, said Petrov"); "told Petrov" names the listener."""
_NOT_TITLES = re.compile(
    r"\b(?:that|whether|if|it|there|this|they|he|she|we|you|was|is|were|would|will|could|should|"
    r"no|not|had|has|have|be|to|of|about)\b", re.IGNORECASE)
"""Words that show the text after a verb is what was said, not the speaker's title."""
_POSSESSIVE = ("'s", "’s")
_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@functools.lru_cache(maxsize=16)
def _forms(speakers: tuple[str, ...]) -> dict[str, str]:
    """Folded surname and full name of each known speaker, to the canonical name.

    A surname two known speakers share is dropped: it cannot say which of them spoke.
    """
    forms: dict[str, str] = {}
    clash: set[str] = set()
    for name in speakers:
        parts = name.split()
        if not parts or not all(p[:1].isupper() for p in parts):
            continue  # anonymous sources ("a senior official") are not named in other sentences
        for form in {fold(parts[-1]), fold(name)}:
            if len(form) < 3:
                continue
            if forms.get(form, name) != name:
                clash.add(form)
            forms[form] = name
    return {f: n for f, n in forms.items() if f not in clash}


def _mentions(text: str, forms: dict[str, str]) -> list[tuple[int, int, str]]:
    """Spans of known speakers' names in a sentence (capitalised words only), longest form first."""
    found: list[tuple[int, int, str]] = []
    tokens = [m for m in _WORD.finditer(text) if m.group(0)[:1].isupper()]
    i = 0
    while i < len(tokens):
        for size in (3, 2, 1):
            run = tokens[i : i + size]
            if len(run) < size or any(b.start() - a.end() != 1 for a, b in zip(run, run[1:], strict=False)):
                continue
            who = forms.get(fold(" ".join(t.group(0) for t in run)))
            if who is None and size == 1:
                who = forms.get(fold(re.sub(r"['’]s$", "", run[0].group(0))))
            if who is not None:
                found.append((run[0].start(), run[-1].end(), who))
                i += size - 1
                break
        i += 1
    return found


def _last_speaker_before(article: Article, offset: int) -> str | None:
    """The speaker of the article's last attributed quotation that starts before ``offset``."""
    best: tuple[int, str] | None = None
    for q in article.quotes:
        if q.speaker and q.content.start < offset and (best is None or q.content.start > best[0]):
            best = (q.content.start, q.speaker)
    return best[1] if best else None


def reported_speaker(article: Article, sent: Sentence, known: Sequence[str]) -> str | None:
    """The known speaker a sentence reports as speaking, or None when the sentence does not say."""
    text = sent.text
    cues = list(_CUE.finditer(text))
    if not cues:
        return None
    forms = _forms(tuple(known))  # cached: every sentence of a group asks with the same speakers
    mentions = _mentions(text, forms) if forms else []
    pronouns = [(m.start(), m.end()) for m in _PRONOUN.finditer(text)]
    for cue in cues:
        verb = cue.group(0).lower()
        according = verb.startswith("according")
        if not according:
            for _start, end, who in mentions:
                if not text.endswith(_POSSESSIVE, 0, end) and _BEFORE_GAP.fullmatch(text, end, cue.start()):
                    return who
            for start, end in pronouns:
                if _BEFORE_GAP.fullmatch(text, end, cue.start()) is not None:
                    return _last_speaker_before(article, sent.start + start)
        if not according and verb not in _AFTER_CUES:
            continue
        for start, end, who in mentions:
            if start < cue.end() or text.endswith(_POSSESSIVE, 0, end):
                continue
            between = text[cue.end() : start]
            if (between.strip() == "" or _AFTER_GAP.fullmatch(between)) and not _NOT_TITLES.search(between) \
                    and not any(ch in between for ch in ',;:"“”'):
                return who
    return None
