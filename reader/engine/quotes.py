"""Quotations in an article: where they are, whether full or partial, and who said them.

Marks are paired per paragraph (straight, curly, single, guillemets, „German“),
apostrophes are told apart from single quotes, and a paragraph that ends inside a
quote continues into the next one when that opens with a mark. Speakers come from
cue verbs ("said", "told reporters", "according to") next to a noun phrase, and
are resolved within the article by :mod:`reader.engine.speakers`.
"""

from __future__ import annotations

import bisect
import logging
import re

from reader.engine import outlets
from reader.engine import speakers as sp
from reader.engine.credit_kinds import OUTLET_HEAD_WORDS
from reader.engine.cues import CUE as _CUE
from reader.engine.cues import DOCUMENT_AFTER, DOCUMENT_BEFORE, READ_CUES
from reader.engine.models import Quote, Sentence, Span
from reader.engine.quote_attributions import Attribution, attributions
from reader.engine.quote_kinds import is_name_term, is_work_title
from reader.engine.quote_kinds import kind_of as _kind
from reader.engine.quote_layout import CLAUSE_BREAK, and_clause, continues, last_clause_break, same_paragraph, subhead
from reader.engine.quote_marks import Mark, pairs
from reader.engine.quote_owners import document_issuer, opening_body, owner_of_words
from reader.engine.quote_ranges import Inside as _Inside
from reader.engine.speaker_forward import continued_next, named_next
from reader.engine.speakers import unify_speakers

__all__ = ["find_quotes", "unify_speakers"]

log = logging.getLogger(__name__)

_WORD_CHAR = re.compile(r"\w")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_SO_CALLED = re.compile(
    r"\b(?:[Ss]o[- ]called|which\s+means|meaning|known\s+as|(?:en)?titled|translates\s+as|translated\s+as|"
    r"[Tt]he\s+(?:word|term|phrase|slogan|hashtag))\s*$"
)
"""A term, title or translation in quote marks ('so-called "trace logs"', 'Kalo, which means "kite"'): words
nobody in the sentence is said to have spoken."""
_Subject = tuple[int, str, int]
_COORDINATED = re.compile(r"\s(?:and|but)\s+(?:then\s+|also\s+|later\s+)?$")
_JOINT = re.compile(r"(?<![\w’'])(?:both\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}\s+(?:and|&)\s+$")
"""A capitalised name and "and" right before a cue's subject: "both Velm and Port Orbury have agreed", a joint one."""
_WINDOW = 800
# A label before a quote that fills its paragraph ("Quote: «...»" under "Source: the minister on Telegram",
# the house style of Ukrainian outlets): the quote opens its sentence as if the label were not there.
_QUOTE_LABEL = re.compile(r"(?:Quote|Quotes|Quotation|Direct speech|Verbatim)\s*:\s*")


def _resolve(text: str, sentences: list[Sentence], cast: sp.Cast, atts: list[Attribution],
             quoted: _Inside) -> dict[int, _Subject]:
    """Resolve every attribution in reading order, tracking who is in focus; return each sentence's subject."""
    by_sentence: dict[int, list[Attribution]] = {}
    for a in atts:
        by_sentence.setdefault(a.sentence, []).append(a)
    subjects: dict[int, _Subject] = {}
    for s in sentences:
        subject = sp.sentence_subject(text, s.start, min(s.end, s.start + 2000), cast, quoted)
        if subject is not None:
            subjects[s.i] = subject
            cast.attend(subject[0], subject[1])
        else:
            cast.note_opening_source(text, s.start, s.end)
        last: Attribution | None = None
        for a in by_sentence.get(s.i, []):
            if a.participle:
                if last is not None:
                    a.speaker, a.np = last.speaker, last.np
                elif subject is not None:
                    a.speaker = subject[1]
                    a.np = sp.NounPhrase(subject[0], subject[2], "subject", text[subject[0] : subject[2]])
                else:
                    body = opening_body(text, s.start, a.cue.start, cast)  # "The bank cut rates, saying ..."
                    if body is not None:
                        a.np, a.speaker = body
                continue
            coordinated = a.np is None and _COORDINATED.search(text, max(s.start, a.cue.start - 20), a.cue.start)
            if coordinated and last is not None and last.np is not None:
                # "the minister first said he ..., and then accused Orbury of ...": the speaker of the verb before
                a.speaker, a.np = last.speaker, last.np
                continue
            if coordinated and subject is not None and subject[2] <= a.cue.start:
                # "Lopez read the report and said: ...": the second verb shares the sentence's subject
                a.np = sp.NounPhrase(subject[0], subject[2], "subject", text[subject[0] : subject[2]])
                a.speaker = subject[1]
                last = a
                continue
            if coordinated and subject is None:
                body = opening_body(text, s.start, a.cue.start, cast)
                if body is not None:
                    # "The agency gave a figure of 12, but later said ...": the body is the subject of both
                    # verbs, and so what a later "it said" stands for
                    a.np, a.speaker = body
                    last = a
                    continue
            if a.np is None:
                if DOCUMENT_AFTER.match(text, a.cue.end):
                    cast.cite_document(a.cue.start)
                continue
            owner = cast.owner_speaking(text, s.start, a.np.start) if a.np.kind == "pronoun" else None
            a.speaker = owner or cast.resolve(a.np)
            if a.speaker is None and a.np.kind == "pronoun" and a.np.text.lower() in ("he", "she"):
                a.speaker = cast.named_in(s.start, a.np.start, a.np.text)
            if a.speaker:
                last = a
                if a.np.kind in ("name", "pronoun", "role") and not (
                        a.np.kind == "name" and _JOINT.search(text, max(s.start, a.np.start - 60), a.np.start)):
                    # "According to Ajit Rao, the minister had ...": the source of the whole sentence is
                    # whom a "he added" after it stands for, more than the subject of its clause. One of a
                    # joint subject ("Velm and Orbury have agreed") is no "he", so the focus stays.
                    opening = a.cue.start == s.start and subject is not None and subject[0] > a.np.start
                    cast.attend(subject[0] + 1 if opening else a.np.start, a.speaker)
    return subjects


def _choose(text: str, mk: Mark, atts: list[Attribution], cue_starts: list[int], lo_sent: int, hi_sent: int,
            quoted: _Inside) -> tuple[Attribution | None, bool]:
    """The attribution nearest to a quote in its sentences, preferring one right after the closing mark.

    Also whether a document owns the quote instead ('..., said the statement'): then nobody else is its
    speaker, neither a later cue nor the sentence's subject.
    """
    best: tuple[float, Attribution] | None = None
    lo = bisect.bisect_left(cue_starts, mk.open - _WINDOW)
    hi = bisect.bisect_right(cue_starts, mk.close + _WINDOW)
    # an inverted cue straight after the quote whose source is a document ('..., said the statement, which
    # the police said ...') owns the quote: the cues after it belong to other clauses
    # ('", the message read, "'): so does a document right before a "read" cue after the quote
    blocked = next((a.cue.start for a in atts[lo:hi] if a.speaker is None and a.cue.start >= mk.close
                    and a.sentence <= hi_sent
                    and ((not _WORD_CHAR.search(text, mk.close, a.cue.start) and DOCUMENT_AFTER.match(text, a.cue.end))
                         or (text[a.cue.start : a.cue.end] in READ_CUES and a.cue.start - mk.close < 60
                             and DOCUMENT_BEFORE.search(text, mk.close, a.cue.start)))), len(text))
    for a in atts[lo:hi]:
        # a document's words introduced right before the quote ('a new note reads: "..."'): the text is
        # the source, and no person named elsewhere in the sentence said it
        if (a.speaker is None and lo_sent <= a.sentence and a.cue.end <= mk.open
                and text[a.cue.end : mk.open].strip() in ("", ":", ",")
                and text[a.cue.start : a.cue.end] in READ_CUES):
            return None, True
    for a in atts[lo:hi]:
        if a.sentence < lo_sent or a.sentence > hi_sent or a.speaker is None:
            continue
        if a.cue.start >= mk.close:
            if a.cue.start > blocked:
                continue
            d = (a.cue.start - mk.close) * 0.8
            lead = a.np.start if a.np is not None and a.np.start >= mk.close else a.cue.start
            if a.sentence == lo_sent and (CLAUSE_BREAK.search(text, mk.close, lead) or and_clause(text, mk.close,
                                                                                                   lead)):
                continue  # 'Roe praised a "huge effort" while the rival, Lee, complained ...': Lee's cue
            if _WORD_CHAR.search(text, mk.close, lead):
                d += 60
            if quoted.next_start(mk.close, a.cue.start) < a.cue.start:
                d += 1000
        elif a.cue.end <= mk.open:
            d = float(mk.open - a.cue.end)
            if a.sentence == lo_sent and CLAUSE_BREAK.search(text, a.cue.end, mk.open) and \
                    text[a.cue.end : mk.open].strip() != ";":  # 'he added; "It is true ..."': a colon typed wrong
                continue  # 'Roe termed it ..., while the rival coach Lee said that "..."': Lee's words
            if quoted.last_end(a.cue.end, mk.open) > a.cue.end:
                d += 1000
        else:
            continue
        if _reports_it(a) or (a.cue.start >= mk.close and text[a.cue.start : a.cue.end] in _REPORT_CUES):
            d += _OUTLET_PENALTY  # "X said the plan was \"...,\" the BBC writes": the outlet reports X's words
        if best is None or d < best[0]:
            best = (d, a)
    return (best[1] if best else None), best is None and blocked < len(text)


_OUTLET_PENALTY = 400.0
"""How much farther a news outlet's cue counts than a person's: an outlet that "writes" or "reported" a
quotation is usually passing on someone's words, and the person named in the sentence said them."""


def _another_speaks(atts: list[Attribution], cue_starts: list[int], lo: int, hi: int, speaker: str) -> bool:
    """Whether someone else's cue stands between two quotations ('"..." / Mr Roe said the cost was high.
    "...": the second is Roe's, not a continuation of the first speaker's)."""
    k = bisect.bisect_left(cue_starts, lo)
    while k < len(atts) and cue_starts[k] < hi:
        if atts[k].speaker and atts[k].speaker != speaker:
            return True
        k += 1
    return False


def _reports_it(a: Attribution) -> bool:
    """Whether the attribution's speaker is a news outlet, not a person or a body: a registry outlet (as
    written or as resolved, "the FAS" for the paper named in full before), a name ending in an outlet's
    word ("the Velm Courier"), or the outlet's kind ("the newspaper reported")."""
    if a.np is None or a.speaker is None:
        return False
    if outlets.canonical(a.np.text) is not None or _outlet_name(a.speaker):
        return True
    return a.np.kind == "role" and a.speaker.rsplit(None, 1)[-1].lower() in _OUTLET_KINDS


def _passed_on(text: str, a: Attribution, mk: Mark, prev: Quote, prev_mark: Mark, atts: list[Attribution],
               cue_starts: list[int]) -> bool:
    """Whether an outlet's "reported" after a quotation passes on the words of the person quoted just before."""
    if not prev.speaker:
        return False
    return a.cue.start >= mk.close and text[a.cue.start : a.cue.end] in _REPORT_CUES and _reports_it(a) and \
        not _outlet_name(prev.speaker) and continues(text, prev_mark, mk) and \
        not _another_speaks(atts, cue_starts, prev_mark.close, mk.open, prev.speaker)


def _outlet_name(name: str) -> bool:
    """A registry outlet, or a name ending in an outlet's word ("the Velm Courier")."""
    return outlets.canonical(name) is not None or name.rsplit(None, 1)[-1] in _OUTLET_WORDS


_REPORT_CUES = frozenset(("reported", "reports"))
"""Cues after a quotation that pass on the words more than say them ('Kemp said ... "...," the OAZ reported')."""
_OUTLET_WORDS = frozenset(OUTLET_HEAD_WORDS)
_OUTLET_KINDS = frozenset(("newspaper", "paper", "daily", "weekly", "tabloid", "broadcaster", "magazine", "channel",
                           "website"))


def _assemble(text: str, sentences: list[Sentence], marks: list[tuple[Mark, bool]],
              atts: list[Attribution], subjects: dict[int, _Subject], quoted: _Inside, cast: sp.Cast) -> list[Quote]:
    starts = [s.start for s in sentences]

    def sentence_of(pos: int) -> int:
        return max(0, bisect.bisect_right(starts, pos) - 1)

    cue_starts = [a.cue.start for a in atts]
    last_said: dict[int, Attribution] = {}
    for a in atts:
        if a.speaker and not quoted(a.cue.start):
            last_said[a.sentence] = a
    out: list[Quote] = []
    prev: Quote | None = None
    prev_mark: Mark | None = None
    for mk, _cont in marks:
        start, end = _trim(text, mk.start, mk.end)
        si, sj = sentence_of(start), sentence_of(max(start, end - 1))
        sent = sentences[si]
        before = text[max(sent.start, mk.open - 200) : mk.open]
        q = Quote(Span(start, end), _kind(text[start:end], before), sentence=si)
        if q.kind == "partial" and prev is not None and prev_mark is not None and _split_sentence(text, prev,
                                                                                               prev_mark, mk):
            q.kind = "full"
        if sj + 1 < len(sentences) and not text[mk.close : sentences[sj].end].strip() and same_paragraph(
                text, sentences, sj + 1) and (text[mk.start : mk.end].rstrip()[-1:] in "?!" or _BARE_CUE.fullmatch(
                    text, sentences[sj + 1].start, sentences[sj + 1].end) is not None or _short_attribution(
                    text, sentences[sj + 1])):
            sj += 1
        a, by_document = _choose(text, mk, atts, cue_starts, si, sj, quoted)
        opens_sentence = mk.open - sent.start < 20 and (
            not text[sent.start : mk.open].strip() or _QUOTE_LABEL.fullmatch(text, sent.start, mk.open) is not None)
        owned = owner_of_words(text, sent.start, mk.open, cast)
        if owned is not None and (a is None or a.cue.end <= owned[0].start):
            # 'the office said the union's claim that fares were "a tax"': the union's words, reported
            q.speaker, q.speaker_mention = owned[1], Span(owned[0].start, owned[0].end)
        elif a is not None and prev is not None and prev_mark is not None and opens_sentence \
                and _passed_on(text, a, mk, prev, prev_mark, atts, cue_starts):
            # '"We will rebuild," she said. "The loss is never easy," the Courier reported.': still her words
            q.speaker, q.speaker_mention, q.cue = prev.speaker, prev.speaker_mention, prev.cue
        elif a is not None:
            q.speaker, q.cue = a.speaker, a.cue
            q.speaker_mention = Span(a.np.start, a.np.end) if a.np else None
        elif by_document:
            issuer = document_issuer(text, sentences, si, mk, last_said, cast)
            if issuer is not None and issuer.np is not None:
                q.speaker, q.cue = issuer.speaker, issuer.cue
                q.speaker_mention = Span(issuer.np.start, issuer.np.end)
        elif prev is not None and prev_mark is not None and prev.speaker and opens_sentence and \
                continues(text, prev_mark, mk) and not _another_speaks(atts, cue_starts, prev_mark.close, mk.open,
                                                                     prev.speaker):
            q.speaker, q.speaker_mention, q.cue = prev.speaker, prev.speaker_mention, prev.cue
        elif _SO_CALLED.search(before):
            pass  # 'so-called "trace logs"': a term in common use, which the sentence's subject did not coin
        else:
            subject = subjects.get(si)
            clause = last_clause_break(text, sent.start, mk.open)
            if clause is not None:
                subject = sp.sentence_subject(text, clause, mk.open, cast, quoted) or subject
            if subject is None and opens_sentence and si > 0:
                back = si - 1
                while back > 0 and subhead(text, sentences[back]) and subjects.get(back) is None:
                    back -= 1  # "Rian Tol spoke to the media." / "On the result" / '"I am happy ..."': his words
                lead = last_said.get(back)
                if lead is not None and lead.np is not None:
                    subject = (lead.np.start, lead.speaker or "", lead.np.end)
                elif q.kind == "full" or same_paragraph(text, sentences, si):
                    subject = subjects.get(back)
            if subject is not None and subject[1]:
                q.speaker = subject[1]
                q.speaker_mention = Span(subject[0], subject[2])
        if q.speaker is not None and mk.closed and is_name_term(text, mk.open, mk.close, start, end):
            q.speaker = q.speaker_mention = q.cue = None  # 'Tomas "The Fox" Ruiz': a nickname, nobody's words
        if q.speaker is not None and q.speaker_mention is not None and q.speaker[:2] in ("a ", "an"):
            # "A cabinet minister said ... / Tessa Morrow, acting minister for transport, said": her words
            q.speaker = named_next(text, sentences, sentence_of(q.speaker_mention.start), q.speaker, cast) \
                or q.speaker
        elif q.speaker is not None and q.speaker_mention is not None and q.speaker[:1].islower():
            # "Velmia's fisheries minister called ... / Lora Venn also urged ...": the minister is Venn
            q.speaker = continued_next(text, sentences, q.speaker_mention.start, sentence_of(q.speaker_mention.start),
                                       q.speaker, cast) or q.speaker
        if prev is not None and prev_mark is not None and not prev_mark.closed and prev.speaker is None:
            prev.speaker, prev.speaker_mention, prev.cue = q.speaker, q.speaker_mention, q.cue
        out.append(q)
        prev, prev_mark = q, mk
    return out


# '... more points." He said.': a cue left as a sentence of its own after a quote that closed with a full stop
_BARE_CUE = re.compile(
    r"\s*(?:He|She|They|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:said|says|added|adds|continued|explained)"
    r"(?:\s+(?:on\s+)?\w+day)?\.?\s*"
)


# '"...." Union president Dana Holt told the Evening Courier.': a sentence that only says who spoke to whom
_SHORT_ATTRIBUTION = re.compile(
    r"\s*(?:[A-Z][\w.’'-]*|[a-z]+)(?:\s+(?:[A-Z][\w.’'-]*|[a-z]+)){0,7}\s+"
    r"(?:said|says|told|tells|added|adds|wrote|writes|explained|stressed|insisted)"
    r"(?:\s+(?:the|a|an|[A-Z][\w.’'-]*|on|in|reporters|journalists|\w+day)){0,6}\.\s*"
)


def _short_attribution(text: str, s: Sentence) -> bool:
    """Whether a sentence after a quotation is only its attribution, with no quotation or clause of its own."""
    return s.end - s.start < 140 and _SHORT_ATTRIBUTION.fullmatch(text, s.start, s.end) is not None


def _split_sentence(text: str, prev: Quote, prev_mark: Mark, mk: Mark) -> bool:
    """The second half of a full quote broken by its cue ("We have," he said, "no evidence.")."""
    gap = text[prev_mark.close : mk.open]
    return prev.kind == "full" and len(gap) < 150 and "\n" not in gap and gap.rstrip().endswith(",") \
        and text[prev_mark.start : prev_mark.end].rstrip().endswith(",") and _CUE.search(gap) is not None


def find_quotes(text: str, sentences: list[Sentence], skip: list[Span] | None = None) -> list[Quote]:
    """Every quotation in ``text`` with kind, cue, speaker and sentence index."""
    if not text or not sentences:
        return []
    skipped = _Inside([(s.start, s.end) for s in (skip or [])])
    marks = [
        (mk, cont)
        for mk, cont in pairs(text)
        if not skipped(mk.open) and any(c.isalnum() for c in text[mk.start : mk.end])
        and not (mk.closed and is_work_title(text, mk.start, mk.end, mk.open, mk.close))
    ]
    if not marks:
        return []
    quoted = _Inside([(mk.open, mk.close) for mk, _ in marks])
    cast = sp.Cast()
    sp.collect_people(text, cast, quoted)
    # A quote draws on its own sentences, the one after and the one before; each sentence is resolved
    # from the ones before it only, so sentences past the last quote's next one cannot change the result
    # (sentences in text order, numbered by position, as text.split_sentences gives them).
    last = bisect.bisect_right([s.start for s in sentences], max(mk.close for mk, _ in marks)) - 1
    needed = sentences[: max(0, last) + 2]
    atts = attributions(text, needed, quoted, skipped)
    subjects = _resolve(text, needed, cast, atts, quoted)
    return _assemble(text, sentences, marks, atts, subjects, quoted, cast)
