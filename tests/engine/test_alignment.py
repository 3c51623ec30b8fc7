"""Sentence alignment: labels, one-to-one and one-to-many pairing, word diffs, hostile input."""

from __future__ import annotations

import random
import time

import pytest

from reader.engine.alignment import align, label_counts, shared_share, words_of_quotes
from reader.engine.models import Article, Quote, Span
from reader.engine.text import normalize, split_sentences


def make(aid: int, text: str, quotes: list[tuple[str, str]] | None = None) -> Article:
    """An article as the pipeline stores it; ``quotes`` are (quoted text, kind) located in the text."""
    body = normalize(text)
    art = Article(id=aid, source="t", url=None, outlet=f"O{aid}", title="", published=None, author=None,
                  text=body, fetched="", sentences=split_sentences(body))
    for q, kind in quotes or []:
        at = body.index(q)
        art.quotes.append(Quote(content=Span(at, at + len(q)), kind=kind))
    return art


def labels(al) -> dict[tuple[int, int], str]:
    return {(p.a, p.b): p.label for p in al.pairs}


def check_spans(al, a: Article, b: Article) -> None:
    """Every diff span lies inside its sentence; every sentence is paired or unique."""
    sa = {s.i: s for s in a.sentences}
    sb = {s.i: s for s in b.sentences}
    for p in al.pairs:
        for d in p.diff:
            assert d.op in ("equal", "insert", "delete", "replace")
            assert 0 <= d.a.start <= d.a.end <= len(sa[p.a].text)
            assert 0 <= d.b.start <= d.b.end <= len(sb[p.b].text)
    assert {p.a for p in al.pairs} | set(al.unique_a) == set(sa)
    assert {p.b for p in al.pairs} | set(al.unique_b) == set(sb)
    assert not {p.a for p in al.pairs} & set(al.unique_a)


def test_identical_sentence_is_verbatim_with_equal_diff() -> None:
    s = "The port authority said the northern terminal will close for three weeks of repairs."
    a = make(1, f"{s} Unrelated opening about football results in the regional league.")
    b = make(2, f"Weather was mild across the coast on Sunday. {s}")
    al = align(a, b)
    assert labels(al)[(0, 1)] == "verbatim"
    pair = next(p for p in al.pairs if (p.a, p.b) == (0, 1))
    assert [d.op for d in pair.diff] == ["equal"]
    check_spans(al, a, b)


def test_one_changed_word_in_a_long_sentence_is_verbatim_with_a_replace() -> None:
    a = make(1, "The committee voted by eleven to four on Tuesday to approve the revised budget for the "
                "northern rail extension after months of delay and dispute.")
    b = make(2, "The committee voted by eleven to four on Wednesday to approve the revised budget for the "
                "northern rail extension after months of delay and dispute.")
    al = align(a, b)
    assert labels(al) == {(0, 0): "verbatim"}
    rep = [d for d in al.pairs[0].diff if d.op == "replace"]
    assert len(rep) == 1
    assert rep[0].a.slice(a.sentences[0].text) == "Tuesday"
    assert rep[0].b.slice(b.sentences[0].text) == "Wednesday"


def test_short_sentence_with_a_changed_word_is_not_verbatim() -> None:
    a = make(1, "Police arrested two men near the harbour warehouse.")
    b = make(2, "Police detained two men near the harbour warehouse.")
    al = align(a, b)
    assert labels(al).get((0, 0)) in ("paraphrase", None)
    assert al.pairs and al.pairs[0].diff, "near-verbatim pairs carry word diffs"


def test_same_quote_under_another_attribution_is_verbatim() -> None:
    quote = "We will rebuild every school that was damaged before the new term begins"
    a = make(1, f'Education minister Lena Brandt said: "{quote}."')
    b = make(2, f'"{quote}," said Brandt, the education minister.')
    assert labels(align(a, b)) == {(0, 0): "verbatim"}


def test_two_translations_of_a_remark_are_quote_variants() -> None:
    a = make(1, '"We view such proposals negatively," the spokesman told reporters on Monday.',
             [("We view such proposals negatively,", "full")])
    b = make(2, '"We have a negative attitude towards such proposals," the spokesman said.',
             [("We have a negative attitude towards such proposals,", "full")])
    assert labels(align(a, b)) == {(0, 0): "quote-variant"}


def test_quote_variant_detected_from_marks_without_quote_analysis() -> None:
    a = make(1, '"We view such proposals negatively," the spokesman told reporters on Monday.')
    b = make(2, '"We have a negative attitude towards such proposals," the spokesman said.')
    assert labels(align(a, b)) == {(0, 0): "quote-variant"}


def test_paraphrase_of_a_statement() -> None:
    a = make(1, "The airline cancelled forty flights at the main airport because of the pilots' strike. "
                "Passengers were offered refunds.")
    b = make(2, "Travellers got vouchers for hotels. Because pilots went on strike, forty flights were "
                "cancelled by the airline at the main airport.")
    al = align(a, b)
    assert labels(al).get((0, 1)) == "paraphrase"
    assert (1, 0) not in labels(al)
    check_spans(al, a, b)


_STRIKE = "The port strike entered its third day on Tuesday as the union and the port authority traded blame."
_AFTER = ("The port authority said cargo was piling up at the terminals. "
          "Union leaders said the strike would go on.")


@pytest.mark.parametrize(("one", "other"), [
    ("The port authority also pushed back on the idea that a deal with the union was likely this week.",
     "Port officials dismissed hopes of a quick deal with the union."),
    ("A port authority spokesman declined to elaborate on the wage offer, saying talks were at a delicate stage.",
     "The port authority would not discuss details of its wage offer in public."),
])
def test_loose_paraphrases_are_paired(one: str, other: str) -> None:
    """Reworded statements that share little but the verb's meaning ("pushed back" / "dismissed")."""
    a = make(1, f"{_STRIKE} {one} {_AFTER}")
    b = make(2, f"{_STRIKE} {other} {_AFTER}")
    al = align(a, b)
    assert labels(al).get((1, 1)) == "paraphrase"
    check_spans(al, a, b)


def test_a_shared_synonym_alone_does_not_pair_sentences() -> None:
    a = make(1, "The minister dismissed the fisheries report as outdated. Rain is expected on Sunday.")
    b = make(2, "Voters rejected the stadium plan in a referendum. The museum opens on Sunday.")
    al = align(a, b)
    assert (0, 0) not in labels(al)


def test_unrelated_sentences_stay_unique() -> None:
    a = make(1, "The orchestra announced its winter season. Tickets go on sale on Friday.")
    b = make(2, "Floods closed the valley road. Farmers moved cattle to higher ground.")
    al = align(a, b)
    assert al.pairs == []
    assert al.unique_a == [0, 1] and al.unique_b == [0, 1]
    assert shared_share(al, a, b) == 0.0


def test_pairs_are_one_to_one_for_repeated_sentences() -> None:
    s = "The council approved the harbour budget after a long debate about ferry tariffs."
    a = make(1, f"{s} {s}")
    b = make(2, s)
    al = align(a, b)
    assert len([p for p in al.pairs if p.label == "verbatim"]) == 1
    check_spans(al, a, b)


def test_one_sentence_carrying_two_statements_links_to_both() -> None:
    a = make(1, "Summit meetings must be carefully prepared to succeed, the spokesman said, adding that "
                "negotiating teams remain in contact although no date was fixed for further talks.")
    b = make(2, "Summit meetings must be carefully prepared in order to succeed, he said. "
                "The weather in the capital was cold. "
                "Negotiating teams remain in contact, but no date has been fixed for further talks.")
    al = align(a, b)
    linked = {p.b for p in al.pairs if p.a == 0}
    assert linked == {0, 2}
    assert 1 in al.unique_b
    check_spans(al, a, b)


def test_order_breaks_ties_between_similar_candidates() -> None:
    s1 = "Rescue teams searched the flooded valley for missing hikers through the night."
    s2 = "Rescue teams searched the flooded valley for missing hikers through the morning."
    a = make(1, f"{s1} Other news followed. Nothing else.")
    b = make(2, f"{s1} Filler words here. Also unrelated. {s2}")
    al = align(a, b)
    assert labels(al)[(0, 0)] == "verbatim"


@pytest.mark.parametrize("text", ["", " ", "\x00\x1b[31m", '"""', "“unbalanced quote", "a. b. c. d.", "🙂 🙂 🙂"])
def test_hostile_and_empty_input(text: str) -> None:
    a = make(1, text)
    b = make(2, "A normal sentence about the harbour. Another one about the ferry.")
    for x, y in ((a, b), (b, a), (a, a)):
        al = align(x, y)
        check_spans(al, x, y)


def test_articles_without_sentences_are_split_on_the_fly() -> None:
    a = make(1, "First sentence about the harbour strike. Second sentence about wage talks today.")
    b = make(2, a.text)
    a.sentences = []
    al = align(a, b)
    assert len([p for p in al.pairs if p.label == "verbatim"]) == 2


def test_quote_spans_outside_the_text_do_not_crash() -> None:
    a = make(1, '"We are ready," she said. The talks resume.')
    a.quotes.append(Quote(content=Span(10_000, 10_050), kind="full"))
    align(a, make(2, '"We are ready," she said.'))


def _prose(rng: random.Random, n_words: int) -> str:
    vocab = [f"w{k}" for k in range(3000)]
    out, words = [], 0
    while words < n_words:
        n = rng.randrange(12, 28)
        out.append(" ".join(rng.choice(vocab) for _ in range(n)).capitalize() + ".")
        words += n
    return " ".join(out)


def test_two_800_word_articles_align_quickly() -> None:
    rng = random.Random(1)
    a = make(1, _prose(rng, 800))
    b = make(2, " ".join(a.sentences[k].text for k in range(0, len(a.sentences), 2)) + " " + _prose(rng, 400))
    align(a, b)
    t0 = time.process_time()
    for _ in range(10):
        al = align(a, b)
    per_pair = (time.process_time() - t0) / 10
    assert per_pair < 0.05  # CPU seconds; the target (< 5 ms) is measured by bench/alignment.py
    assert len([p for p in al.pairs if p.label == "verbatim"]) == len(range(0, len(a.sentences), 2))


def test_huge_inputs_are_bounded() -> None:
    a = make(1, "word " * 300_000)
    b = make(2, ". ".join(["Tiny"] * 20_000))
    t0 = time.perf_counter()
    align(a, b)
    assert time.perf_counter() - t0 < 20


def test_words_of_quotes_and_label_counts() -> None:
    assert words_of_quotes('He said "we will go" and “they stay”.') == ["we", "will", "go", "they", "stay"]
    assert words_of_quotes("no quotes") == []
    a = make(1, "The port closed today because of the storm surge warning.")
    assert label_counts([align(a, make(2, a.text))]) == {"verbatim": 1}


_PIECES = ["the", "harbour", "strike", "ended", '"', "“", "”", ".", ",", "\n\n", " ", "Peskov", "said", "É", "—",
           "no", "date", "set", "talks", "?", "!", "'s", "\x00", "🙂"]


@pytest.mark.parametrize("seed", range(40))
def test_random_texts_keep_every_span_inside(seed: int) -> None:
    rng = random.Random(seed)

    def text() -> str:
        return "".join(rng.choice(_PIECES) + (" " if rng.random() < 0.6 else "") for _ in range(rng.randrange(0, 120)))

    a, b = make(1, text()), make(2, text())
    al = align(a, b)
    check_spans(al, a, b)
    assert all(p.label in ("verbatim", "quote-variant", "paraphrase") for p in al.pairs)
    assert all(0.0 <= p.score <= 1.0 for p in al.pairs)


def quoted(aid: int, text: str, speaker: str, quotes: list[str]) -> Article:
    """An article whose ``quotes`` are full quotations attributed to ``speaker``."""
    art = make(aid, text, [(q, "full") for q in quotes])
    for q in art.quotes:
        q.speaker = speaker
    return art


ATTRIBUTION = "the deputy harbour master, Ines Kowal, told the weekly port authority briefing in Gdynia."


def test_two_remarks_under_the_same_long_attribution_are_not_one_statement() -> None:
    # One outlet wraps every quotation of a spokeswoman in the same words, briefing after briefing.
    a = quoted(1, f'"The ferry timetable will return to normal by Friday," {ATTRIBUTION}', "Ines Kowal",
               ["The ferry timetable will return to normal by Friday,"])
    b = quoted(2, f'"Dredging of the outer channel has been postponed until the spring," {ATTRIBUTION}',
               "Ines Kowal", ["Dredging of the outer channel has been postponed until the spring,"])
    assert align(a, b).pairs == []


def test_two_translations_of_one_remark_sharing_one_word_are_a_quote_variant() -> None:
    a = quoted(1, 'Crews worked through the night at the depot. "We found no trace of sabotage," Kowal told '
                  'reporters. The depot will stay closed on Tuesday.', "Ines Kowal", ["We found no trace of sabotage,"])
    b = quoted(2, 'The blaze began shortly after midnight. "There is no sign of sabotage," Kowal said. Firefighters '
                  'from three towns were called in.', "Ines Kowal", ["There is no sign of sabotage,"])
    assert labels(align(a, b)) == {(1, 1): "quote-variant"}  # one word in common, and the same speaker
    c = quoted(2, b.text, "Piet Bakker", ["There is no sign of sabotage,"])
    assert align(a, c).pairs == []  # another speaker's remark needs more in common



def test_the_last_sentence_of_a_long_quotation_is_compared_by_its_quoted_words() -> None:
    # A quotation over two sentences has a mark only at each end: the analysis's quote spans say which
    # words are quoted, so the shared attribution after it does not pair two different remarks.
    first = '"The timetable is ambitious. We expect the ferries to run normally by Friday," '
    second = '"Nobody should travel without checking first. The outer channel stays closed until March," '
    a = quoted(1, first + ATTRIBUTION, "Ines Kowal",
               ["The timetable is ambitious. We expect the ferries to run normally by Friday,"])
    b = quoted(2, second + ATTRIBUTION, "Ines Kowal",
               ["Nobody should travel without checking first. The outer channel stays closed until March,"])
    assert align(a, b).pairs == []


def test_a_remembered_side_is_used_only_for_the_same_sentences_and_quotes() -> None:
    # Prepared sentences are remembered between alignments; renaming a speaker in place (as a group's
    # report unifies names) must give the answer a fresh preparation gives, never the remembered one.
    text_a = 'Crews worked through the night at the depot. "We found no trace of sabotage," Kowal told reporters.'
    text_b = 'The blaze began shortly after midnight. "There is no sign of sabotage," Kowal said.'
    a = quoted(1, text_a, "Ines Kowal", ["We found no trace of sabotage,"])
    b = quoted(2, text_b, "Ines Kowal", ["There is no sign of sabotage,"])
    first = align(a, b)
    assert align(a, b) == first
    b.quotes[0].speaker = "Piet Bakker"
    fresh = align(quoted(1, text_a, "Ines Kowal", ["We found no trace of sabotage,"]),
                  quoted(2, text_b, "Piet Bakker", ["There is no sign of sabotage,"]))
    assert align(a, b) == fresh
    assert fresh.pairs == [] and first.pairs != []
