"""Statements: one thing said at the briefing, followed across the group's articles.

The pairwise sentence alignments are a graph whose nodes are (article, sentence).
A connected component is one statement, except where a component holds two
sentences of one article: one report split what another said in one sentence
(or a chain of loose matches drifted). Such a component is split around the
sentences of the article that holds most of them, each other sentence joining
the part it is linked to most closely, and also every other part it is aligned
with directly: a long sentence linked to several parts joins each, since it
carries each statement. Every statement keeps at most one sentence per article.

Each carrier is labelled by how it carries the statement: ``quote`` (it prints
the words as a direct quotation), ``partial-quote`` (a phrase of the speaker's in
quotation marks inside the outlet's own sentence) or ``paraphrase``.
"""

from __future__ import annotations

import re
from collections import Counter, deque
from collections.abc import Sequence
from datetime import UTC, datetime

from reader.engine.models import Alignment, Article, Carriage, Quote, Sentence, Statement
from reader.engine.reported import reported_speaker
from reader.engine.text import split_sentences, words

SUMMARY_CHARS = 160
"""Statement summaries are cut to this many characters."""
FULL_QUOTE_SHARE = 0.5
"""Without quote analysis, a sentence whose quoted words are at least this share of it carries a quote;"""
FULL_QUOTE_WORDS = 6
"""... as does one opening a capitalised quotation of this many words (a whole remark, not a phrase)."""

_QUOTED = re.compile(r"[\"“”«»„]([^\"“”«»„]{2,})[\"“”«»„]")

Node = tuple[int, int]


def _when(article: Article) -> datetime | None:
    """The publication time, when readable (naive times are taken as they are)."""
    if not article.published:
        return None
    try:
        t = datetime.fromisoformat(article.published.replace("Z", "+00:00"))
        return t.astimezone(UTC).replace(tzinfo=None) if t.tzinfo is not None else t
    except (ValueError, OverflowError):
        return None


def same_moment(a: Article, b: Article) -> bool:
    """Whether the stored times cannot tell which of two articles came first.

    A date without a time of day ("2023-03-19") only says the day: any article of that day may
    have been first, so saying one was would mislead the journalist who asks "who had it first".
    """
    ta, tb = _when(a), _when(b)
    if ta is None or tb is None:
        return False
    if _day_only(a) or _day_only(b):
        return ta.date() == tb.date()
    return ta == tb


def _day_only(article: Article) -> bool:
    return bool(article.published) and len(article.published.strip()) <= 10


def tied_with_first(first: int | None, others: Sequence[int], by_id: dict[int, Article]) -> list[int]:
    """Of ``others``, the articles whose publication cannot be told apart from ``first``'s."""
    lead = by_id.get(first) if first is not None else None
    if lead is None:
        return []
    return [aid for aid in others if aid != first and aid in by_id and same_moment(lead, by_id[aid])]


def first_ties(st: Statement, by_id: dict[int, Article]) -> list[int]:
    """The carriers of a statement published, as far as the times tell, as early as its first carrier."""
    return tied_with_first(st.first_article_id, [c.article_id for c in st.carriers if c.label != "absent"], by_id)


def timeline(articles: Sequence[Article]) -> list[int]:
    """Article ids by publication time; undated articles last, ties by id."""
    keyed = [(_when(a), a.id) for a in articles]
    dated = sorted((t, aid) for t, aid in keyed if t is not None)
    undated = sorted(aid for t, aid in keyed if t is None)
    return [aid for _, aid in dated] + undated


def _sentences(article: Article) -> list[Sentence]:
    return article.sentences or split_sentences(article.text)


def _quotes_in(article: Article, sent: Sentence) -> list[Quote]:
    """The article's quotes that overlap one sentence."""
    return [q for q in article.quotes
            if q.sentence == sent.i or (q.content.start < sent.end and sent.start < q.content.end)]


def carriage_label(article: Article, sent: Sentence) -> str:
    """How a sentence carries what was said: quote, partial-quote or paraphrase."""
    quotes = _quotes_in(article, sent)
    if quotes:
        return "quote" if any(q.kind == "full" for q in quotes) else "partial-quote"
    spans = list(_QUOTED.finditer(sent.text))
    if not spans:
        return "paraphrase"
    for m in spans:
        inner = m.group(1).lstrip()
        opens_sentence = not sent.text[: m.start()].strip() or sent.text[: m.start()].rstrip().endswith(":")
        if inner[:1].isupper() and (opens_sentence or len(words(inner)) >= FULL_QUOTE_WORDS):
            return "quote"
    quoted = [w for m in spans for w in words(m.group(1))]
    return "quote" if len(quoted) >= FULL_QUOTE_SHARE * max(len(words(sent.text)), 1) else "partial-quote"


def _graph(alignments: Sequence[Alignment], ids: set[int]) -> dict[Node, dict[Node, float]]:
    """Weighted links between aligned sentences of different articles of the group."""
    g: dict[Node, dict[Node, float]] = {}
    for al in alignments:
        if al.a_id not in ids or al.b_id not in ids or al.a_id == al.b_id:
            continue
        for p in al.pairs:
            u, v = (al.a_id, p.a), (al.b_id, p.b)
            w = max(p.score, 0.01)
            g.setdefault(u, {})[v] = max(w, g.get(u, {}).get(v, 0.0))
            g.setdefault(v, {})[u] = max(w, g.get(v, {}).get(u, 0.0))
    return g


def _components(g: dict[Node, dict[Node, float]]) -> list[list[Node]]:
    seen: set[Node] = set()
    out = []
    for start in sorted(g):
        if start in seen:
            continue
        comp, todo = [], deque([start])
        seen.add(start)
        while todo:
            u = todo.popleft()
            comp.append(u)
            for v in g[u]:
                if v not in seen:
                    seen.add(v)
                    todo.append(v)
        out.append(sorted(comp))
    return out


def _distances(g: dict[Node, dict[Node, float]], source: Node, allowed: set[Node]) -> dict[Node, int]:
    dist = {source: 0}
    todo = deque([source])
    while todo:
        u = todo.popleft()
        for v in g[u]:
            if v in allowed and v not in dist:
                dist[v] = dist[u] + 1
                todo.append(v)
    return dist


def _split(g: dict[Node, dict[Node, float]], comp: list[Node]) -> list[list[Node]]:
    """Split a component so that no part holds two sentences of one article."""
    per_article = Counter(aid for aid, _ in comp)
    if max(per_article.values()) <= 1:
        return [comp]
    pivot = max(per_article, key=lambda aid: (per_article[aid], -aid))
    seeds = [n for n in comp if n[0] == pivot]
    allowed = set(comp)
    dist = {s: _distances(g, s, allowed) for s in seeds}
    parts: dict[Node, list[Node]] = {s: [s] for s in seeds}
    for n in comp:
        if n[0] == pivot:
            continue
        direct = [s for s in seeds if s in g[n]]
        if direct:
            chosen = direct
        else:
            reach = [(dist[s][n], s) for s in seeds if n in dist[s]]
            if not reach:
                continue
            best = min(d for d, _ in reach)
            chosen = [s for d, s in reach if d == best]
        for s in chosen:
            parts[s].append(n)
    # A sentence aligned directly with a member of another part carries that statement too.
    first_pass = {s: set(members) for s, members in parts.items()}
    for n in comp:
        if n[0] == pivot:
            continue
        for s, members in first_pass.items():
            if n not in members and any(v in members for v in g[n]) and all(m[0] != n[0] for m in members):
                parts[s].append(n)
    out = []
    for members in parts.values():
        keep: dict[int, Node] = {}
        for n in members:
            score = sum(w for v, w in g[n].items() if v in members)
            cur = keep.get(n[0])
            if cur is None or score > sum(w for v, w in g[cur].items() if v in members):
                keep[n[0]] = n
        out.append(sorted(keep.values()))
    return out


def _speaker(carriers: list[tuple[Article, Sentence]], known: Sequence[str]) -> str | None:
    """The most common named speaker of the quotes in the carrying sentences.

    A statement no outlet quoted takes the speaker its sentences report ("Petrov said no date was
    set", "…, he added"), among the people the group's quotes name, so paraphrase-only statements
    still say whose words they paraphrase.
    """
    names = Counter(q.speaker for a, s in carriers for q in _quotes_in(a, s) if q.speaker)
    if not names:
        names = Counter(who for a, s in carriers if (who := reported_speaker(a, s, known)))
    return names.most_common(1)[0][0] if names else None


def _summary(carriers: list[tuple[Article, Sentence, str]]) -> str:
    """A short text for the statement: a quotation when one is printed, else the shortest carrier."""
    quoted = [s for _, s, lab in carriers if lab == "quote"]
    pool = quoted or [s for _, s, _ in carriers]
    text = min(pool, key=lambda s: (len(s.text), s.i)).text.strip()
    return text if len(text) <= SUMMARY_CHARS else text[: SUMMARY_CHARS - 1].rstrip() + "…"


def build_statements(articles: list[Article], alignments: list[Alignment]) -> list[Statement]:
    """Link aligned sentences across the group into statements with speaker, carriers and first carrier."""
    by_id = {a.id: a for a in articles}
    sents = {a.id: {s.i: s for s in _sentences(a)} for a in articles}
    order = timeline(articles)
    position = {aid: k for k, aid in enumerate(order)}
    dated = {a.id for a in articles if _when(a) is not None}
    known = sorted({q.speaker for a in articles for q in a.quotes if q.speaker})
    g = _graph(alignments, set(by_id))
    parts = [p for comp in _components(g) for p in _split(g, comp)]
    found: list[tuple[tuple[int, int], Statement]] = []
    for part in parts:
        members = [(by_id[aid], sents[aid][si]) for aid, si in part if si in sents.get(aid, {})]
        if len(members) < 2:
            continue
        labelled = [(a, s, carriage_label(a, s)) for a, s in members]
        carriers = [Carriage(a.id, lab, s.i, s.text) for a, s, lab in labelled]
        carriers.sort(key=lambda c: (position.get(c.article_id, 0), c.article_id))
        first = next((c.article_id for c in carriers if c.article_id in dated), None)
        key = min((position.get(a.id, 0), s.i) for a, s in members)
        found.append((key, Statement(0, _speaker(members, known), _summary(labelled), carriers, first)))
    found.sort(key=lambda x: x[0])
    out = []
    for k, (_, st) in enumerate(found, 1):
        st.id = k
        out.append(st)
    return out
