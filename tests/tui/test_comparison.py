"""Sentence marks, counterparts, shares and n/N stepping for the split view (no app needed)."""

from __future__ import annotations

from reader.engine.models import Alignment, Article, Pair, Sentence, Span, WordDiff
from reader.tui.comparison import counterpart, mark_sentences, next_matched, shares


def article(aid: int, sentences: list[str]) -> Article:
    text, spans, pos = "", [], 0
    for n, s in enumerate(sentences):
        if n:
            text += " "
            pos += 1
        spans.append(Sentence(n, pos, pos + len(s), s))
        text += s
        pos += len(s)
    return Article(id=aid, source="t", url=None, outlet=f"O{aid}", title="t", published=None, author=None,
                   text=text, fetched="", sentences=spans)


A = article(1, ["Alpha said one thing.", "Beta was unique here.", "Gamma repeated it.", "Tail words."])
B = article(2, ["Gamma repeated it!", "Alpha said one thing.", "Only in B."])
AL = Alignment(1, 2, [
    Pair(0, 1, "verbatim", 1.0),
    Pair(2, 0, "quote-variant", 0.8, [WordDiff("equal", Span(0, 5), Span(0, 5)),
                                       WordDiff("replace", Span(15, 18), Span(15, 18))]),
    Pair(3, 0, "paraphrase", 0.5),
], unique_a=[1], unique_b=[2])


def test_marks_pick_the_best_pair_and_keep_diffs_inside_sentences():
    ma, mb = mark_sentences(A, B, AL)
    assert [m.label for m in ma] == ["verbatim", "unique", "quote-variant", "paraphrase"]
    assert [m.other for m in ma] == [1, None, 0, 0]
    assert mb[0].label == "quote-variant" and mb[0].other == 2, "the stronger pair wins a shared sentence"
    assert ma[2].changed == [(15, 18)]
    assert mb[2].label == "unique"


def test_marks_ignore_pairs_pointing_outside_the_articles():
    bad = Alignment(1, 2, [Pair(99, 0, "verbatim", 1.0), Pair(0, 0, "verbatim", 1.0,
                                                              [WordDiff("replace", Span(500, 600), Span(0, 1))])],
                    [], [])
    ma, mb = mark_sentences(A, B, bad)
    assert ma[0].other == 0 and ma[0].changed == []


def test_next_matched_wraps_and_skips_unique():
    ma, _ = mark_sentences(A, B, AL)
    assert next_matched(ma, None, 1) == 0
    assert next_matched(ma, 0, 1) == 2
    assert next_matched(ma, 3, 1) == 0
    assert next_matched(ma, 0, -1) == 3
    assert next_matched([], None, 1) is None


def test_counterpart_of_unique_row_is_that_of_the_row_above():
    ma, _ = mark_sentences(A, B, AL)
    assert counterpart(ma, 1) == 1
    assert counterpart(ma, 2) == 0


def test_shares_sum_to_one():
    ma, mb = mark_sentences(A, B, AL)
    sh = shares(A, ma)
    assert abs(sh.verbatim + sh.paraphrase + sh.unique - 1) < 1e-9
    assert sh.unique > 0 and sh.verbatim > 0


def test_speaker_tag_only_where_the_text_does_not_name_the_speaker():
    from reader.engine.models import Quote
    from reader.tui.widgets.article_body import render_article, speaker_tags

    text = '"We will not move," Jane Roe said. "Nor will we wait," she added.'
    art = Article(id=1, source="t", url=None, outlet="O", title="t", published=None, author=None, text=text,
                  fetched="")
    first = text.index("We")
    second = text.index("Nor")
    art.quotes = [
        Quote(Span(first, text.index(",")), "full", "Jane Roe", Span(text.index("Jane"), text.index(" said"))),
        Quote(Span(second, text.index(",", second)), "full", "Jane Roe",
              Span(text.index("she"), text.index("she") + 3)),
    ]
    tags = speaker_tags(art)
    assert [name for _, name in tags] == ["Jane Roe"]
    assert tags[0][0] > text.index("she") - 10
    rendered = render_article(art, "bold", "italic", "underline")
    assert rendered.plain.count("⟨Jane Roe⟩") == 1
    assert rendered.plain.replace(" ⟨Jane Roe⟩", "") == text
