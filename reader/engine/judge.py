"""The same-event judge: does a pair of articles report one briefing or event?

Evidence that only reports of one event share: distinctive phrasing carried over
from the same wire copy or transcript (content-word trigrams and word 4-grams, as a
share of the shorter text backed by a count), the same quotations (a whole quoted
sentence more than a few words), the same rare names and numbers, publication dates close
together, and one crediting the other's outlet the same day (a local rewrite "according to
dpa" beside dpa's own copy). Reports more than a month apart are never one event.
When that text evidence is unsure, the two articles are aligned sentence by sentence and the share of
their words in matching statements decides: rewrites of one briefing keep its
statements in other words, while same-topic reports of another briefing share
names, topic words and background but few statements. Each article is read once, into the
profile that :mod:`reader.engine.profiles` builds; this module only weighs two profiles.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz

from reader.engine import alignment
from reader.engine.models import Article
from reader.engine.profiles import Profile, profile

SAME_EVENT_THRESHOLD = 0.5
"""same_event scores at or above this mean 'same briefing or event'."""
def _overlap(a: set | np.ndarray, b: set | np.ndarray) -> tuple[int, float]:
    """Shared items and their share of the smaller collection (sets, or sorted distinct arrays)."""
    if not len(a) or not len(b):
        return 0, 0.0
    if isinstance(a, np.ndarray):
        # Two sorted runs of distinct values: a stable sort merges them in linear time, and a value
        # present in both ends up twice in a row (np.intersect1d does the same with a slower sort).
        both = np.concatenate((a, b))
        both.sort(kind="stable")
        k = int(np.count_nonzero(both[1:] == both[:-1]))
    else:
        k = len(a & b) if len(a) < len(b) else len(b & a)
    return _share(k, len(a), len(b))


class ValueTable:
    """Distinct int64 values in a direct-mapped table, to count how many of other arrays' values it holds.

    A value sits in the slot given by its low bits; values that lost their slot to another (a few
    per cent at eight slots per value) are checked apart, only for probes landing on such a slot.
    An empty slot ``s`` holds ``s + 1``, which is no value of slot ``s``, so it never matches.
    """

    __slots__ = ("crowded", "lost", "mask", "table")

    def __init__(self, values: np.ndarray) -> None:
        size = 1 << max(6, (8 * len(values)).bit_length())
        self.mask = np.int64(size - 1)
        slots = values & self.mask
        self.table = np.arange(1, size + 1, dtype=np.int64)
        self.table[slots] = values
        self.lost = np.sort(values[self.table[slots] != values])
        self.crowded = np.zeros(size, dtype=bool)
        self.crowded[self.lost & self.mask] = True

    def counts(self, probes: Sequence[np.ndarray]) -> np.ndarray:
        """How many values of each (distinct-valued) probe array the table holds."""
        ends = np.fromiter(map(len, probes), dtype=np.int64, count=len(probes)).cumsum()
        if not ends[-1]:
            return np.zeros(len(probes), dtype=np.int64)
        flat = np.concatenate(probes)
        slots = flat & self.mask
        found = np.flatnonzero(self.table[slots] == flat)
        if len(self.lost):
            near = np.flatnonzero(self.crowded[slots])
            at = np.minimum(np.searchsorted(self.lost, flat[near]), len(self.lost) - 1)
            found = np.concatenate((found, near[self.lost[at] == flat[near]]))
        return np.bincount(np.searchsorted(ends, found, side="right"), minlength=len(probes))


def _shared_quotes(a: Profile, b: Profile) -> tuple[int, int]:
    """Quotations of one article found (nearly word for word) among the other's, and how many of them are long.

    Word 3-grams pick the quotations worth comparing; rapidfuzz confirms them. A match is long
    when the shorter of the two quotations has ``LONG_QUOTE_WORDS`` words or more.
    """
    if not a.quotes or not b.quotes:
        return 0, 0
    short, other = (a, b) if len(a.quotes) <= len(b.quotes) else (b, a)
    other_grams = other.quote_grams[:60]
    pool = other.quote_pool
    hits = long = 0
    for q, grams in zip(short.quotes[:30], short.quote_grams, strict=False):
        if len(grams & pool) < max(1, len(grams) // 3):
            continue
        for o, og in zip(other.quotes, other_grams, strict=False):
            if grams & og and (fuzz.partial_ratio(q, o) if len(q) <= len(o) else fuzz.partial_ratio(o, q)) >= 90:
                hits += 1
                long += (q if len(q) <= len(o) else o).count(" ") + 1 >= LONG_QUOTE_WORDS
                break
    return hits, long


QUOTE_EVIDENCE = 0.3
"""Evidence per quotation both articles carry (nearly) word for word ..."""
LONG_QUOTE_EVIDENCE = 0.3
"""... and more for one of ``LONG_QUOTE_WORDS`` words or more.

Five shared words may be a stock phrase ("we will not rest until"); a whole sentence of a speaker's
words is what they said on one occasion, which reports of other events rarely repeat (a quotation
recalled long after is far apart in time, which the dates weigh). Independent reports of one event
written by different outlets share little phrasing beyond such quotations.
"""
LONG_QUOTE_WORDS = 8


@dataclass(slots=True)
class Evidence:
    """The judge's measurements for one pair, kept for explanations and tuning."""

    trigrams: int
    trigram_share: float
    phrases: int
    phrase_share: float
    names: float
    quotes: int
    days_apart: int | None
    aligned_share: float | None
    text_evidence: float
    score: float


CREDIT_EVIDENCE = 0.2
"""Evidence added when one article credits the other's outlet and they appeared within a day."""
_DATE_FACTOR = (1.5, 1.25, 1.0, 0.6, 0.6, 0.6, 0.6, 0.6, 0.25)
"""Evidence multiplier by days between publications: reports of one event appear within a day or two."""
MAX_EVENT_DAYS = 30
"""Reports published more days apart than this are never one event, whatever their text shares.

The product compares the reports of one briefing or event, and those appear within a day or
two (a weekly's rewrite within the week). The same people meeting in the same place again, a
yearly summit, the anniversary of a disaster all bring back the same names, background and even
boilerplate paragraphs, which no text evidence tells from a rewrite. A month is ten times the
spread of one event's reports, so a date read a little off (a time zone, an "updated" stamp
some days later) still leaves an event whole, while a meeting a month or more later is another.
"""
ALIGN_BAND = (0.2, SAME_EVENT_THRESHOLD)
"""Scores in this band are settled by aligning the two articles sentence by sentence."""
ALIGN_FLOOR = 0.12
"""Aligned word share that same-topic reports reach by chance; only the excess counts."""
ALIGN_WEIGHT = 4.0
"""Evidence per unit of aligned word share above the floor ..."""
ALIGN_PAIRS = 3
"""... in full when at least this many sentence pairs align (less with fewer)."""


def too_far_apart(day_a: int | None, day_b: int | None) -> bool:
    """Whether two publication days (ordinals, None when unknown) are too far apart for one event."""
    return day_a is not None and day_b is not None and abs(day_a - day_b) > MAX_EVENT_DAYS


def _final(evidence: float, apart: int | None) -> float:
    if apart is not None:
        if apart > MAX_EVENT_DAYS:
            return 0.0
        evidence *= _DATE_FACTOR[min(apart, len(_DATE_FACTOR) - 1)]
    return round(evidence / (1.0 + evidence), 4)


def judge(a: Profile, b: Profile) -> Evidence:
    """Weigh the textual evidence that two profiles report the same event (no alignment)."""
    k3, r3 = _overlap(a.trigrams, b.trigrams)
    k4, r4 = _overlap(a.phrases, b.phrases)
    return _weigh_text(a, b, k3, r3, k4, r4)


def judge_many(a: Profile, others: Sequence[Profile]) -> list[Evidence]:
    """:func:`judge` of one profile against several at once (a new article meets tens of candidates).

    The shared trigrams and phrases of all pairs are counted in a few array passes over a lookup
    table of ``a``'s values instead of one merge per pair, several times faster.
    """
    if not others:
        return []
    k3s = ValueTable(a.trigrams).counts([b.trigrams for b in others])
    k4s = ValueTable(a.phrases).counts([b.phrases for b in others])
    return [_weigh_text(a, b, *_share(k3, len(a.trigrams), len(b.trigrams)),
                        *_share(k4, len(a.phrases), len(b.phrases)))
            for b, k3, k4 in zip(others, k3s.tolist(), k4s.tolist(), strict=True)]


def _share(k: int, na: int, nb: int) -> tuple[int, float]:
    """``k`` shared items and their share of the smaller of two collections of these sizes."""
    if not na or not nb:
        return 0, 0.0
    return k, k / min(na, nb)


def _weigh_text(a: Profile, b: Profile, k3: int, r3: float, k4: int, r4: float) -> Evidence:
    _, rn = _overlap(a.names, b.names)
    q, long_q = _shared_quotes(a, b)
    apart = abs(a.day - b.day) if a.day is not None and b.day is not None else None
    # Phrasing carried over from a shared source, as a share of the shorter text backed by a count,
    # so that a few coincidental phrases in short texts do not decide.
    text = max(min(r3 / 0.04, k3 / 10.0), min(r4 / 0.04, k4 / 10.0))
    evidence = text + QUOTE_EVIDENCE * q + LONG_QUOTE_EVIDENCE * long_q + 0.3 * max(0.0, rn - 0.3)
    if apart is not None and apart <= 1 and text > 0 and (
            (a.outlet and a.outlet in b.credited) or (b.outlet and b.outlet in a.credited)):
        # One credits the other's outlet for its reporting the same day ("according to dpa" beside
        # dpa's own copy): a rewrite of that copy, which may keep only a statement or two of it.
        evidence += CREDIT_EVIDENCE
    return Evidence(k3, round(r3, 4), k4, round(r4, 4), round(rn, 4), q, apart, None, round(evidence, 4),
                    _final(evidence, apart))


def weigh(a: Article, b: Article, pa: Profile | None = None, pb: Profile | None = None) -> Evidence:
    """The judge's full verdict: text evidence, then sentence alignment when the text alone is unsure.

    Rewrites of one briefing keep its statements in other words; the share of words in aligned
    sentences separates them from same-topic reports of another briefing, which share names and
    background but few statements.
    """
    return verdict(a, pa or profile(a), pb or profile(b), lambda: b, same_text=a.text == b.text)


def verdict(a: Article, pa: Profile, pb: Profile, load_b: Callable[[], Article | None], *,
            same_text: bool, text_evidence: Evidence | None = None) -> Evidence:
    """:func:`weigh` for a candidate known by its profile: ``load_b`` reads it only if alignment must decide.

    ``text_evidence`` is ``judge(pa, pb)`` when the caller has it already (from :func:`judge_many`).
    """
    ev = text_evidence if text_evidence is not None else judge(pa, pb)
    if ev.days_apart is not None and ev.days_apart > MAX_EVENT_DAYS:
        ev.score = 0.0  # even the same text: a report of another event, or a copy re-dated long after
    elif same_text and a.text.strip():  # strip() copies the text: only when it matters
        ev.score = 1.0
    elif ALIGN_BAND[0] <= ev.score < ALIGN_BAND[1]:
        b = load_b()
        if b is None:
            return ev
        al = alignment.align(a, b)
        share = alignment.shared_share(al, a, b)
        # One matching sentence (a shared name, a background line) is not several shared statements.
        support = min(1.0, len(al.pairs) / ALIGN_PAIRS)
        ev.aligned_share = share
        ev.score = _final(ev.text_evidence + ALIGN_WEIGHT * support * max(0.0, share - ALIGN_FLOOR),
                          ev.days_apart)
    return ev


def same_event(a: Article, b: Article) -> float:
    """Likelihood in [0, 1] that two articles report the same briefing or event."""
    return weigh(a, b).score
