"""What the split view shows for two aligned articles: one mark per sentence, counterparts, diffs, shares."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.engine.models import Alignment, Article, Pair, Sentence, Span

RANK = {"verbatim": 3, "quote-variant": 2, "paraphrase": 1}
LETTER = {"verbatim": "V", "quote-variant": "Q", "paraphrase": "P", "unique": "U"}
WORDS = {"verbatim": "verbatim", "quote-variant": "quote variant", "paraphrase": "paraphrase", "unique": "unique"}


@dataclass(slots=True)
class SentenceMark:
    """How one sentence relates to the other article: label, counterpart row, changed word ranges."""

    label: str = "unique"
    other: int | None = None
    score: float = 0.0
    changed: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class Shares:
    """Word shares of one article against the other."""

    verbatim: float
    paraphrase: float
    unique: float


def _local(span: Span, sentence: Sentence) -> tuple[int, int] | None:
    """A diff span (offsets into the sentence's own text, as ``Pair.diff`` gives them), if inside it."""
    if 0 <= span.start <= span.end <= len(sentence.text):
        return span.start, span.end
    return None


def _rows(article: Article) -> dict[int, int]:
    return {s.i: row for row, s in enumerate(article.sentences)}


def _better(pair: Pair, mark: SentenceMark) -> bool:
    return mark.other is None or (RANK.get(pair.label, 0), pair.score) > (RANK.get(mark.label, 0), mark.score)


def mark_sentences(a: Article, b: Article, alignment: Alignment) -> tuple[list[SentenceMark], list[SentenceMark]]:
    """One mark per sentence row of each article; the best pair wins when a sentence pairs twice."""
    rows_a, rows_b = _rows(a), _rows(b)
    marks_a = [SentenceMark() for _ in a.sentences]
    marks_b = [SentenceMark() for _ in b.sentences]
    for p in alignment.pairs:
        ra, rb = rows_a.get(p.a), rows_b.get(p.b)
        if ra is None or rb is None or p.label not in RANK:
            continue
        sa, sb = a.sentences[ra], b.sentences[rb]
        changed_a = [x for d in p.diff if d.op != "equal" for x in [_local(d.a, sa)] if x and x[1] > x[0]]
        changed_b = [x for d in p.diff if d.op != "equal" for x in [_local(d.b, sb)] if x and x[1] > x[0]]
        if _better(p, marks_a[ra]):
            marks_a[ra] = SentenceMark(p.label, rb, p.score, changed_a)
        if _better(p, marks_b[rb]):
            marks_b[rb] = SentenceMark(p.label, ra, p.score, changed_b)
    return marks_a, marks_b


def shares(article: Article, marks: list[SentenceMark]) -> Shares:
    """Share of the article's sentence words that are verbatim, paraphrased (quote variants count here, as in
    the engine's provenance shares: the same statement in other words) and unique."""
    counts = {"verbatim": 0, "paraphrase": 0, "unique": 0}
    for s, m in zip(article.sentences, marks, strict=False):
        n = len(s.text.split())
        key = "paraphrase" if m.label == "quote-variant" else m.label
        counts[key] += n
    total = sum(counts.values()) or 1
    return Shares(counts["verbatim"] / total, counts["paraphrase"] / total, counts["unique"] / total)


def next_matched(marks: list[SentenceMark], start: int | None, step: int) -> int | None:
    """The next (step=1) or previous (step=-1) row with a counterpart, wrapping around."""
    n = len(marks)
    if n == 0:
        return None
    base = start if start is not None else (-1 if step > 0 else n)
    for k in range(1, n + 1):
        row = (base + step * k) % n
        if marks[row].other is not None:
            return row
    return None


def counterpart(marks: list[SentenceMark], row: int) -> int | None:
    """The other pane's row for this row; for an unmatched row, that of the nearest matched row above it."""
    for r in range(min(row, len(marks) - 1), -1, -1):
        if marks[r].other is not None:
            return marks[r].other
    return None
