"""Attributions in an article: each cue verb with the noun phrase that speaks through it.

Split from :mod:`reader.engine.quotes`, which pairs the quote marks and chooses among these
attributions; this module reads each cue found by :mod:`reader.engine.cue_scan` in its sentence:
whether the word is speech here at all ("phone calls", "ruled out", "was told"), and who its
subject is (before it, after an inverted cue, after "as saying", or the source a relay cites).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.engine import speakers as sp
from reader.engine.cue_scan import sentence_cues
from reader.engine.cues import AMBIGUOUS_CUES, AS_SAYING_CUES, DOCUMENT_BEFORE, OBJECT_ONLY_CUES, READ_CUES
from reader.engine.cues import INVERTED as _INVERTED
from reader.engine.models import Sentence, Span
from reader.engine.quote_ranges import Inside

__all__ = ["Attribution", "attributions"]

_NOUN_DETERMINERS = frozenset({"his", "her", "their", "its", "our", "my", "your", "the", "a", "an", "these",
                               "those", "such", "whose", "first", "brief", "public", "latest"})
_AUXILIARIES = frozenset({"had", "has", "have", "also", "once", "repeatedly", "previously", "earlier"})
_PREV_WORD = re.compile(r"([\w’'.-]+)[\s,]*$")


def _noun_use(text: str, lo: int, pos: int) -> bool:
    """Whether an ambiguous cue word is a noun or a non-speech verb here ("phone calls", "called off")."""
    m = _PREV_WORD.search(text, max(lo, pos - 40), pos)
    if m is None:
        return False
    prev = m.group(1)
    bare = prev.lower().strip("’'.")
    if bare in _AUXILIARIES:  # "which had called", "she has repeatedly called": the word before the verb group
        return _noun_use(text, lo, m.start())
    if bare in _NOUN_DETERMINERS or prev.endswith(("’s", "'s", "s’", "s'")):
        return True
    if prev[:1].isupper() or bare in sp.PRONOUNS or bare in {"they", "it", "who", "which", "that", "we", "i"}:
        return False
    return not sp.is_role_word(bare)


_SOURCE_AFTER = ("according", "in the words", "as per")
"""Cues whose speaker comes after them ("according to X", "in the words of X", "as per X"), lower-cased."""


_AS_SAYING = re.compile(r"\s+[^.;:\"“”]{1,80}?(\s+as\s+(?:saying|telling|writing))\b")
# "..., with its leader, Ann Roe, saying: ...": the participle has a subject of its own, not the sentence's
_WITH_SUBJECT = re.compile(r"\bwith\s+(?=[^.;:!?\"“”]{1,80}$)")
_OWN_SUBJECT_KINDS = frozenset({"name", "role", "anonymous"})


@dataclass(slots=True)
class Attribution:
    """A cue in a sentence, with who speaks through it once resolved (``speaker``), for the quotes near it."""

    cue: Span
    np: sp.NounPhrase | None
    participle: bool
    sentence: int
    speaker: str | None = None


def attributions(text: str, sentences: list[Sentence], quoted: Inside, skipped: Inside) -> list[Attribution]:
    out: list[Attribution] = []
    for s, cues in zip(sentences, sentence_cues(text, sentences), strict=True):
        for start, end, word in cues:
            if quoted(start) or skipped(start):
                continue
            if word in AMBIGUOUS_CUES and _noun_use(text, s.start, start):
                continue
            if _NOT_SPEECH_AFTER.match(text, end):
                continue  # see _NOT_SPEECH_AFTER
            if word in READ_CUES and not DOCUMENT_BEFORE.search(text, max(s.start, start - 120), start):
                continue  # "she read the report" is not speech; "the statement read:" quotes a document
            if word not in AS_SAYING_CUES and _PASSIVE.search(text, max(s.start, start - 24), start):
                continue  # "one person had been confirmed killed", "reporters were told": no one speaks here
            participle = word.endswith("ing") and not word.startswith(("according", "According"))
            lo = quoted.last_end(s.start, start)
            semi = text.rfind(";", lo, start)
            lo = semi + 1 if semi >= 0 else lo
            np = None
            as_saying = _AS_SAYING.match(text, end) if word in AS_SAYING_CUES else None
            if as_saying is None and word in OBJECT_ONLY_CUES:
                continue  # "he cited rising costs": no speech unless "... as saying"
            with_subject = _WITH_SUBJECT.search(text, max(lo, start - 90), start) if participle else None
            if with_subject is not None:
                np = sp.np_before(text, with_subject.end(), start)
                if np is not None and np.kind in _OWN_SUBJECT_KINDS:
                    participle = False
                else:
                    np = None
            if as_saying is not None:
                np = sp.np_after(text, end, as_saying.start(1))
            elif np is None and not participle and not " ".join(word.lower().split()).startswith(_SOURCE_AFTER):
                np = sp.np_before(text, lo, start)
                if np is not None and np.kind != "pronoun" and with_subject is None and \
                        _PREPOSITION_BEFORE.search(text, max(lo, np.start - 8), np.start):
                    np = None  # "not happy with the way his back four let in the second": an object, no speaker
            if np is None and not participle and _INVERTED.search(word):
                np = sp.np_after(text, end, quoted.next_start(end, s.end))
            if np is not None and np.kind == "pronoun" and text.startswith("what", np.start - 5):
                np = _doer(text, lo, start, np) or np  # 'The Council condemned what it called "..."': the Council
            relay = _RELAYED.match(text, end) if text.startswith(",", end) else None
            if relay is not None:
                # '"...," ANI tweeted, quoting Delhi police': the agency passes on the police's words
                relayed = sp.np_after(text, relay.end(), quoted.next_start(relay.end(), s.end))
                if relayed is not None and not _NOT_A_SOURCE.match(relayed.text):
                    np = relayed  # not 'citing a meeting held by officials': a meeting says nothing
            out.append(Attribution(Span(start, end), np, participle, s.i))
    return out


_PREPOSITION_BEFORE = re.compile(r"(?<![\w’'-])(?:with|about|into|over|against)\s+$")
_WHAT_IT = re.compile(r"(?<!\S)([a-z]+)\s+what\s+(?:it|he|she|they)\s+$")


def _doer(text: str, lo: int, cue: int, pronoun: sp.NounPhrase) -> sp.NounPhrase | None:
    """Who did the verb before "what <pronoun> called": an organisation for "it", a person for "he"/"she"."""
    what = _WHAT_IT.search(text, max(lo, cue - 60), cue)
    doer = sp.np_before(text, lo, what.start(1)) if what is not None else None
    if doer is None:
        return None
    if pronoun.text.lower() in ("he", "she"):
        person = doer.kind == "name" or (doer.kind == "role" and bool(doer.roles) and sp.is_role_word(doer.roles[0]))
        return doer if person else None
    return doer if doer.kind == "org" else None


_NOT_SPEECH_AFTER = re.compile(
    r"(?<=ruled)\s+out\b|(?<=called)\s+(?:off|up|back)\b|(?<=calls)\s+(?:off|up|back)\b"
    r"|(?<=accused)\s+(?:was|were|is|are|has|had|have|will|would|could|man|woman|men|women|person)\b"
)
"""A cue word in another sense: "has not ruled out running", "Japan called off the meeting", "the accused was held"."""
_NOT_A_SOURCE = re.compile(
    r"(?i)(?:an?|the|its|their)\s+(?:\w+\s+){0,2}?(?:meeting|report|study|survey|data|figures|document|analysis|"
    r"poll|estimate|assessment|review|statement|release)s?\b"
)
_RELAYED = re.compile(r",\s+(?:quoting|citing)(?=\s)")
_PASSIVE = re.compile(r"\b(?:been|was|were|is|are|being|be)\s+(?:later\s+|then\s+|also\s+|since\s+|\w+ly\s+)?$",
                      re.IGNORECASE)
"""A form of "be" right before a cue, or with an adverb between ("was later admitted to hospital"), makes it
passive; "was quoted as saying" is the one exception."""
