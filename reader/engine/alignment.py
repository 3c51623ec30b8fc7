"""Sentence alignment between two reports: which sentences say the same thing, and how.

Every sentence pair gets two similarities: the character-level ratio of the
folded word sequences (rapidfuzz, all pairs at once), which finds copied text,
and a weighted overlap of stemmed content words, which finds the same statement
in other words. Stems come from ``rewording``: word prefixes with reporting
synonyms merged (rejected / dismissed, summit / meeting) after multiword
paraphrases are rewritten ("pushed back on" -> rejected, "declined to" / "would
not discuss" -> refused); a person's first name is left out when the article also
names them by surname alone, so a full name does not outweigh the statement
that another report gives with the surname only. Content words are weighted by how few
sentences of the two articles use them, so topic words that recur everywhere
("Kremlin", "Ukraine") count little and the words particular to one statement
count most. Reports of one briefing mostly keep its order, so the overlap is
lowered a little for sentences far apart in relative position.

Pairing is one-to-many in a limited way. First pairs are matched one-to-one,
best first, so each sentence is shown against its closest counterpart. Then a
sentence left unpaired may join an already paired sentence of the other article
that contains its statement (a slightly higher bar): reports split and merge
sentences ("X, he said, adding that Y" against two sentences). So a sentence of
one article may appear in several pairs, one sentence of the other in each. Labels:

* ``verbatim``: the same words: at most one word in twenty changed (VERBATIM), or
  the same quotation, word for word, under a different attribution;
* ``quote-variant``: both sentences quote the speaker (they hold quotes) and say
  the same thing in different words, e.g. two translations of one remark;
* ``paraphrase``: the same statement in other words.

Word-level diffs are attached to verbatim and near-verbatim pairs.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from reader.engine.models import Alignment, Article, Pair, Quote, Sentence, Span, WordDiff
from reader.engine.rewording import content_stems, given_names
from reader.engine.text import fold, split_sentences

VERBATIM = 0.95
"""Word-level similarity (1 - word edits / longer length) at or above which a pair is verbatim."""
LOOKS_COPIED = 0.8
"""Character similarity above which the word-level test is worth running."""
DIFF_FROM = 0.6
"""Pairs at least this similar in wording get word-level diffs."""
PARAPHRASE = 0.35
"""Weighted content overlap at or above which two sentences state the same thing."""
QUOTE_VARIANT = 0.24
"""The lower bar for two sentences that both quote: translations of one remark share fewer words."""
QUOTE_MIN_WORDS = 4
"""Quotations shorter than this do not make a sentence verbatim on their own."""
FULL_QUOTE_SHARE = 0.6
"""Without quote kinds from the analysis, a sentence whose quoted words are at least this share of its
words counts as a full quotation with its attribution."""
TOP_K = 6
"""Each sentence is matched among its TOP_K strongest admissible partners."""
MAX_JOIN = 2_000_000
"""Bound on (sentence, sentence, shared word) triples examined per article pair."""
ORDER_PENALTY = 0.1
"""Content overlap lost per unit of relative-position difference between two sentences."""
SECOND_MARGIN = 0.05
"""Extra overlap a second (one-to-many) partner needs."""
MIN_SHARED = 2
"""Content stems two sentences must share to be paired at all."""
MAX_SENTENCES = 2000
"""Sentences beyond this many per article are left unaligned (bounded time on huge inputs)."""
MAX_SENTENCE_CHARS = 2000
"""Longer sentences are compared on their first MAX_SENTENCE_CHARS characters."""

_WORD = re.compile(r"\w+(?:['’]\w+)*")
_QUOTED = re.compile(r"[\"“”«»„]([^\"“”«»„]{3,})[\"“”«»„]")


@dataclass(slots=True)
class _Side:
    """One article's sentences prepared for comparison."""

    sentences: list[Sentence]
    joined: list[str]
    words: list[list[str]]
    spans: list[list[tuple[int, int]]]
    stems: list[list[str]]
    quoting: list[bool]
    quoted: list[list[str]]
    quote_stems: list[list[str]]
    """Content stems of a full quotation's words (empty for sentences that only quote a phrase)."""
    speakers: list[str | None]
    """Who the sentence's quotation is attributed to, when the analysis knows."""


def _sentences(article: Article) -> list[Sentence]:
    """The article's sentences, split now if the article came without them."""
    sents = article.sentences or split_sentences(article.text)
    return sents[:MAX_SENTENCES]


def _quote_cover(article: Article, sents: list[Sentence]) -> list[list[tuple[Quote, bool]]]:
    """For each sentence, the article's quotes that overlap it, and whether it is the quote's first sentence."""
    cover: list[list[tuple[Quote, bool]]] = [[] for _ in sents]
    ends = [s.end for s in sents]
    for q in article.quotes:
        k = first = bisect.bisect_right(ends, q.content.start)
        while k < len(sents) and sents[k].start < q.content.end:
            cover[k].append((q, k == first))
            k += 1
    return cover


def _words_in_quotes(sents: list[Sentence], cover: list[list[tuple[Quote, bool]]], spans: list[list[tuple[int, int]]],
                     words: list[list[str]], full: list[bool], quoted: list[list[str]]) -> list[list[str]]:
    """Each full-quote sentence's words that lie inside the article's quotations, else its words in
    quotation marks (``quoted``): a quotation over several sentences has a mark only in its first and last."""
    out = list(quoted)
    for k, s in enumerate(sents):
        if full[k]:
            parts = [(max(q.content.start, s.start) - s.start, min(q.content.end, s.end) - s.start)
                     for q, _ in cover[k]]
            out[k] = [w for w, (a, b) in zip(words[k], spans[k], strict=True)
                      if any(lo <= a and b <= hi for lo, hi in parts)]
    return out


def _speakers(cover: list[list[tuple[Quote, bool]]]) -> list[str | None]:
    """The speaker of the first attributed quotation opening in each sentence (None where none is known)."""
    return [next((q.speaker.casefold() for q, first in quotes if first and q.speaker), None) for quotes in cover]


_SIDES: OrderedDict[tuple, _Side] = OrderedDict()
_SIDES_SIZE = 64
_sides_lock = threading.Lock()


def _prepare(article: Article) -> _Side:
    """:func:`_prepare_side`, memoised: a group's report aligns each article with every other, and a new
    article is aligned with each candidate the judge is unsure of. The key is everything the side is
    made of (the sentences as written, the quotes with kinds and speakers), so a hit is exact."""
    sents = _sentences(article)
    key = (tuple((s.i, s.start, s.end, s.text) for s in sents),
           tuple((q.content.start, q.content.end, q.kind, q.speaker) for q in article.quotes))
    with _sides_lock:
        hit = _SIDES.get(key)
        if hit is not None:
            _SIDES.move_to_end(key)
            return hit
    side = _prepare_side(article, sents)
    with _sides_lock:
        _SIDES[key] = side
        while len(_SIDES) > _SIDES_SIZE:
            _SIDES.popitem(last=False)
    return side


def _prepare_side(article: Article, sents: list[Sentence]) -> _Side:
    """Words, spans and content stems of an article's sentences (first names left out of the stems)."""
    words, spans, joined = [], [], []
    for s in sents:
        t = s.text[:MAX_SENTENCE_CHARS]
        folded = fold(t)
        if len(folded) == len(t):
            ms = list(_WORD.finditer(folded))
            ws = [m.group(0) for m in ms]
        else:  # case folding changed lengths: fold word by word so spans stay in the original
            ms = list(_WORD.finditer(t))
            ws = [fold(m.group(0)) for m in ms]
        words.append(ws)
        spans.append([m.span() for m in ms])
        joined.append(" ".join(ws))
    given = given_names("\n".join(s.text[:MAX_SENTENCE_CHARS] for s in sents))
    stems = [content_stems([w for w in ws if w not in given] if given else ws) for ws in words]
    quoted = [words_of_quotes(s.text[:MAX_SENTENCE_CHARS]) for s in sents]
    cover = _quote_cover(article, sents)
    quoting = [bool(c) or bool(w) for c, w in zip(cover, quoted, strict=True)]
    full = [any(q.kind == "full" for q, _ in c) for c in cover]
    inside = _words_in_quotes(sents, cover, spans, words, full, quoted)
    quote_stems = [content_stems([w for w in q if w not in given] if given else q)
                   if len(q) >= QUOTE_MIN_WORDS and (f or len(q) >= FULL_QUOTE_SHARE * len(ws)) else []
                   for q, ws, f in zip(inside, words, full, strict=True)]
    return _Side(sents, joined, words, spans, stems, quoting, quoted, quote_stems, _speakers(cover))


def words_of_quotes(sentence: str) -> list[str]:
    """Folded words inside quotation marks in a sentence (empty when it quotes nothing)."""
    out: list[str] = []
    for m in _QUOTED.finditer(sentence):
        out.extend(_WORD.findall(fold(m.group(1))))
    return out


def _content_overlap(stems_a: list[list[str]], stems_b: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
    """Weighted content overlap (share of the lighter sentence) and shared-stem counts, all pairs."""
    vocab: dict[str, int] = {}
    rows_a = [{vocab.setdefault(w, len(vocab)) for w in st} for st in stems_a]
    rows_b = [{vocab.setdefault(w, len(vocab)) for w in st} for st in stems_b]
    n_a, n_b, v = len(rows_a), len(rows_b), len(vocab)
    if not v or not n_a or not n_b:
        z = np.zeros((n_a, n_b))
        return z, z
    sent_a = np.repeat(np.arange(n_a), [len(r) for r in rows_a])
    word_a = np.fromiter((w for r in rows_a for w in r), dtype=np.int64, count=len(sent_a))
    sent_b = np.repeat(np.arange(n_b), [len(r) for r in rows_b])
    word_b = np.fromiter((w for r in rows_b for w in r), dtype=np.int64, count=len(sent_b))
    df_a, df_b = np.bincount(word_a, minlength=v), np.bincount(word_b, minlength=v)
    weight = np.log1p((n_a + n_b) / (df_a + df_b))
    join = df_a * df_b
    if int(join.sum()) > MAX_JOIN:
        # Pathological input (the same words in thousands of sentences): treat the most widespread
        # words as common words until the pairwise join is bounded.
        order = np.argsort(-join, kind="stable")
        k = int(np.searchsorted(np.cumsum(join[order]), int(join.sum()) - MAX_JOIN, "left")) + 1
        weight[order[:k]] = 0.0
        keep_a, keep_b = weight[word_a] > 0, weight[word_b] > 0
        sent_a, word_a, sent_b, word_b = sent_a[keep_a], word_a[keep_a], sent_b[keep_b], word_b[keep_b]
    tot_a = np.bincount(sent_a, weights=weight[word_a], minlength=n_a)
    tot_b = np.bincount(sent_b, weights=weight[word_b], minlength=n_b)
    # Join the two incidence lists on the word (no dense matrix product: BLAS threads stall under load).
    order = np.argsort(word_b, kind="stable")
    wb, sb = word_b[order], sent_b[order]
    lo = np.searchsorted(wb, word_a, "left")
    cnt = np.searchsorted(wb, word_a, "right") - lo
    total = int(cnt.sum())
    rep_i = np.repeat(sent_a, cnt)
    rep_w = np.repeat(word_a, cnt)
    rep_j = sb[np.repeat(lo - (np.cumsum(cnt) - cnt), cnt) + np.arange(total)]
    cell = rep_i * n_b + rep_j
    shared_w = np.bincount(cell, weights=weight[rep_w], minlength=n_a * n_b).reshape(n_a, n_b)
    shared_n = np.bincount(cell, minlength=n_a * n_b).reshape(n_a, n_b)
    lighter = np.maximum(np.minimum.outer(tot_a, tot_b), 1e-9)
    heavier = np.maximum(np.maximum.outer(tot_a, tot_b), 1e-9)
    # Containment in the lighter sentence, tempered when the other says much more besides.
    return shared_w / lighter * np.sqrt(lighter / heavier), shared_n


def _word_diff(a: _Side, i: int, b: _Side, j: int) -> list[WordDiff]:
    """Word-level edit script between two sentences, as spans into each sentence's text."""
    wa, wb, sa, sb = a.words[i], b.words[j], a.spans[i], b.spans[j]

    def span(spans: list[tuple[int, int]], lo: int, hi: int) -> Span:
        if lo < hi:
            return Span(spans[lo][0], spans[hi - 1][1])
        at = spans[lo][0] if lo < len(spans) else (spans[-1][1] if spans else 0)
        return Span(at, at)

    return [WordDiff(op.tag, span(sa, op.src_start, op.src_end), span(sb, op.dest_start, op.dest_end))
            for op in Levenshtein.opcodes(wa, wb)]


def _score(a: _Side, b: _Side) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Wording similarity, content overlap and shared-stem counts for every sentence pair."""
    if not a.joined or not b.joined:
        z = np.zeros((len(a.joined), len(b.joined)))
        return z, z, z
    wording = process.cdist(a.joined, b.joined, scorer=fuzz.ratio, dtype=np.uint8) / 100.0
    overlap, shared = _content_overlap(a.stems, b.stems)
    ia = [i for i, q in enumerate(a.quote_stems) if q]
    ib = [j for j, q in enumerate(b.quote_stems) if q]
    if ia and ib:
        # Two full quotations: what the quotes say decides, not the attribution around them, which
        # one outlet repeats word for word from briefing to briefing ("the spokeswoman told the
        # regular press conference in Berlin"). The same speaker counts as one thing in common:
        # two translations of one remark may share a single content word.
        q_overlap, q_shared = _content_overlap(a.quote_stems, b.quote_stems)  # word weights over all sentences
        q_wording = process.cdist([" ".join(a.quoted[i]) for i in ia], [" ".join(b.quoted[j]) for j in ib],
                                  scorer=fuzz.ratio, dtype=np.uint8) / 100.0
        same = np.array([[a.speakers[i] is not None and a.speakers[i] == b.speakers[j] for j in ib] for i in ia])
        cells = np.ix_(ia, ib)
        overlap[cells] = q_overlap[cells]
        shared[cells] = q_shared[cells] + same
        copied = wording[cells]
        wording[cells] = np.where(copied < LOOKS_COPIED, np.minimum(copied, q_wording), copied)
    return wording, overlap, shared


def _is_verbatim(a: _Side, i: int, b: _Side, j: int, wording: float) -> bool:
    """Same words, or the same quotation word for word under another attribution."""
    if wording >= LOOKS_COPIED and Levenshtein.normalized_similarity(a.words[i], b.words[j]) >= VERBATIM:
        return True
    qa, qb = a.quoted[i], b.quoted[j]
    return (min(len(qa), len(qb)) >= QUOTE_MIN_WORDS
            and Levenshtein.normalized_similarity(qa, qb) >= VERBATIM)


def _second_partners(sa: _Side, sb: _Side, overlap: np.ndarray, shared: np.ndarray, bar: np.ndarray,
                     used_a: set[int], used_b: set[int]) -> list[Pair]:
    """One-to-many links: a sentence left unpaired may join an already paired sentence that contains it.

    Reports split and merge sentences ("X, he said, noting that Y" against two sentences), so an
    unpaired sentence whose statement sits inside a paired sentence of the other article is linked to
    it too. Each unpaired sentence takes at most one partner; the bar is raised by SECOND_MARGIN.
    """
    out: list[Pair] = []
    if not overlap.size:
        return out
    ok = (overlap >= bar + SECOND_MARGIN) & (shared >= MIN_SHARED + 1)
    for i in sorted(set(range(len(sa.sentences))) - used_a):
        js = [j for j in np.flatnonzero(ok[i]).tolist() if j in used_b]
        if js:
            j = max(js, key=lambda j: overlap[i, j])
            label = "quote-variant" if sa.quoting[i] and sb.quoting[j] else "paraphrase"
            out.append(Pair(sa.sentences[i].i, sb.sentences[j].i, label, round(float(overlap[i, j]), 4)))
    for j in sorted(set(range(len(sb.sentences))) - used_b):
        is_ = [i for i in np.flatnonzero(ok[:, j]).tolist() if i in used_a]
        if is_:
            i = max(is_, key=lambda i: overlap[i, j])
            label = "quote-variant" if sa.quoting[i] and sb.quoting[j] else "paraphrase"
            out.append(Pair(sa.sentences[i].i, sb.sentences[j].i, label, round(float(overlap[i, j]), 4)))
    return out


def _candidates(ok: np.ndarray, strength: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Admissible pairs, limited to each sentence's TOP_K strongest (bounded work on repetitive input)."""
    if not ok.size:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    masked = np.where(ok, strength, -np.inf)
    keep = np.zeros(ok.shape, dtype=bool)
    k_row, k_col = min(TOP_K, ok.shape[1]), min(TOP_K, ok.shape[0])
    rows = np.argpartition(-masked, k_row - 1, axis=1)[:, :k_row]
    keep[np.arange(ok.shape[0])[:, None], rows] = True
    cols = np.argpartition(-masked, k_col - 1, axis=0)[:k_col, :]
    keep[cols, np.arange(ok.shape[1])[None, :]] = True
    return np.nonzero(keep & ok)


def align(a: Article, b: Article) -> Alignment:
    """Align two articles' sentences: verbatim, quote-variant and paraphrase pairs, the rest unique."""
    sa, sb = _prepare(a), _prepare(b)
    wording, overlap, shared = _score(sa, sb)
    both_quote = np.outer(np.array(sa.quoting, dtype=bool), np.array(sb.quoting, dtype=bool))
    bar = np.where(both_quote, QUOTE_VARIANT, PARAPHRASE)
    # Reports of one briefing mostly keep its order: a pair far apart in relative position needs more.
    n_a, n_b = max(len(sa.sentences) - 1, 1), max(len(sb.sentences) - 1, 1)
    drift = np.abs(np.arange(len(sa.sentences))[:, None] / n_a - np.arange(len(sb.sentences))[None, :] / n_b)
    overlap = overlap - ORDER_PENALTY * drift
    strength = np.maximum(wording, overlap) - 0.01 * drift
    ok = (wording >= LOOKS_COPIED) | ((overlap >= bar) & (shared >= MIN_SHARED)) | (
        both_quote & (wording >= 0.5))
    ii, jj = _candidates(ok, strength)
    order = np.argsort(-strength[ii, jj], kind="stable")
    ii, jj = ii[order].tolist(), jj[order].tolist()
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs: list[Pair] = []
    for i, j in zip(ii, jj, strict=True):
        if i in used_a or j in used_b:
            continue
        w = float(wording[i, j])
        if _is_verbatim(sa, i, sb, j, w):
            label = "verbatim"
        elif overlap[i, j] < bar[i, j] or shared[i, j] < MIN_SHARED:
            continue
        elif both_quote[i, j]:
            label = "quote-variant"
        else:
            label = "paraphrase"
        used_a.add(i)
        used_b.add(j)
        pair = Pair(sa.sentences[i].i, sb.sentences[j].i, label, round(float(strength[i, j]), 4))
        if w >= DIFF_FROM or label == "verbatim":
            pair.diff = _word_diff(sa, i, sb, j)
        pairs.append(pair)
    pairs.extend(_second_partners(sa, sb, overlap, shared, bar, used_a, used_b))
    pairs.sort(key=lambda p: (p.a, p.b))
    paired_a, paired_b = {p.a for p in pairs}, {p.b for p in pairs}
    return Alignment(
        a_id=a.id,
        b_id=b.id,
        pairs=pairs,
        unique_a=[s.i for s in sa.sentences if s.i not in paired_a],
        unique_b=[s.i for s in sb.sentences if s.i not in paired_b],
    )


def shared_share(alignment: Alignment, a: Article, b: Article) -> float:
    """Share of the shorter article's words that sit in aligned sentences: one number for the pair."""
    words_a = {s.i: len(s.text.split()) for s in _sentences(a)}
    words_b = {s.i: len(s.text.split()) for s in _sentences(b)}
    tot_a, tot_b = sum(words_a.values()), sum(words_b.values())
    if not tot_a or not tot_b:
        return 0.0
    if tot_a <= tot_b:
        return round(sum(words_a.get(p.a, 0) for p in alignment.pairs) / tot_a, 4)
    return round(sum(words_b.get(p.b, 0) for p in alignment.pairs) / tot_b, 4)


def label_counts(alignments: Sequence[Alignment]) -> dict[str, int]:
    """How many pairs carry each label, for summaries."""
    out: dict[str, int] = {}
    for al in alignments:
        for p in al.pairs:
            out[p.label] = out.get(p.label, 0) + 1
    return out

