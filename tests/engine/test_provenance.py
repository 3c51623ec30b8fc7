"""Statements across a group and provenance: carriers, labels, speakers, timeline, shares, derivations."""

from __future__ import annotations

import json
import os
import re
from itertools import combinations
from pathlib import Path

import pytest

from reader.engine.alignment import align
from reader.engine.models import Alignment, Article, Credit, Group, Pair, Quote, Span
from reader.engine.provenance import build_provenance, derivations, shares
from reader.engine.statements import build_statements, carriage_label, timeline
from reader.engine.text import normalize, split_sentences

SEEDS = Path(os.environ.get("NEWSROOM_SEEDS", Path(__file__).resolve().parents[3] / "shared" / "seeds"))


def make(aid: int, text: str, *, outlet: str = "", published: str | None = None,
         quotes: list[tuple[str, str, str | None]] | None = None, credits: list[Credit] | None = None) -> Article:
    """An article as stored; ``quotes`` are (quoted text, kind, speaker) located in the text."""
    body = normalize(text)
    sents = split_sentences(body)
    art = Article(id=aid, source="t", url=None, outlet=outlet or f"Outlet {aid}", title="", published=published,
                  author=None, text=body, fetched="", sentences=sents, credits=credits or [])
    for q, kind, who in quotes or []:
        at = body.index(q)
        si = next(s.i for s in sents if s.start <= at < s.end)
        art.quotes.append(Quote(content=Span(at, at + len(q)), kind=kind, speaker=who, sentence=si))
    return art


def all_alignments(arts: list[Article]) -> list[Alignment]:
    return [align(a, b) for a, b in combinations(arts, 2)]


def carriers(st) -> dict[int, tuple[int, str]]:
    return {c.article_id: (c.sentence, c.label) for c in st.carriers}


# --------------------------------------------------------------------------- carriage labels


@pytest.mark.parametrize(("sentence", "label"), [
    ('"We will not accept this," the minister said.', "quote"),
    ('The minister said: "Every school will reopen by September."', "quote"),
    ('The minister called the plan "unacceptable" and left.', "partial-quote"),
    ("The minister rejected the plan on Monday.", "paraphrase"),
    ("“Unbalanced quote here and nothing closes it.", "paraphrase"),
])
def test_carriage_label_from_marks(sentence: str, label: str) -> None:
    art = make(1, sentence)
    assert carriage_label(art, art.sentences[0]) == label


def test_carriage_label_prefers_quote_analysis() -> None:
    art = make(1, 'He called it "a long and careful process that will take years" in his remarks.',
               quotes=[("a long and careful process that will take years", "partial", "Anna Brandt")])
    assert carriage_label(art, art.sentences[0]) == "partial-quote"
    full = make(2, 'He said "we are ready" today.', quotes=[("we are ready", "full", "Anna Brandt")])
    assert carriage_label(full, full.sentences[0]) == "quote"


# --------------------------------------------------------------------------- statements


def _briefing() -> list[Article]:
    a = make(1, '"We view such proposals negatively," spokesman Ivan Petrov told reporters on Monday. '
                "The weather in the capital was cold. "
                "Petrov said no date had been set for the next round of negotiations with the delegation.",
             outlet="Wire A", published="2025-03-03T09:00:00+00:00",
             quotes=[("We view such proposals negatively,", "full", "Ivan Petrov")])
    b = make(2, "Markets were calm in early trading. "
                '"We have a negative attitude towards such proposals," Petrov told journalists. '
                "No date has been set for the next round of negotiations, he added.",
             outlet="Paper B", published="2025-03-03T11:30:00+00:00",
             quotes=[("We have a negative attitude towards such proposals,", "full", "Ivan Petrov")])
    c = make(3, 'The Kremlin takes a "negative" view of the proposals, Petrov said. '
                "The next round of negotiations has no date yet.",
             outlet="Site C", published=None,
             quotes=[("negative", "partial", "Ivan Petrov")])
    return [a, b, c]


def test_statements_link_carriers_with_labels_and_speaker() -> None:
    arts = _briefing()
    sts = build_statements(arts, all_alignments(arts))
    neg = next(st for st in sts if 1 in carriers(st) and carriers(st)[1][0] == 0)
    assert carriers(neg) == {1: (0, "quote"), 2: (1, "quote"), 3: (0, "partial-quote")}
    assert neg.speaker == "Ivan Petrov"
    assert neg.first_article_id == 1
    date = next(st for st in sts if 1 in carriers(st) and carriers(st)[1][0] == 2)
    assert {k: v[0] for k, v in carriers(date).items()} == {1: 2, 2: 2, 3: 1}
    assert date.speaker == "Ivan Petrov"  # paraphrased only: "Petrov said …", "…, he added"
    assert [st.id for st in sts] == list(range(1, len(sts) + 1))
    for st in sts:
        assert len({c.article_id for c in st.carriers}) == len(st.carriers) >= 2
        assert st.summary and len(st.summary) <= 160


def test_first_carrier_is_none_when_no_carrier_is_dated() -> None:
    arts = _briefing()
    for a in arts:
        a.published = None
    sts = build_statements(arts, all_alignments(arts))
    assert sts and all(st.first_article_id is None for st in sts)


def test_component_with_two_sentences_of_one_article_is_split() -> None:
    """A sentence carrying two statements joins both; no statement holds two sentences of one article."""
    a = make(1, "Leaders must prepare any summit carefully, the spokesman said, adding that negotiating "
                "teams remain in contact though no date was fixed for further talks.")
    b = make(2, "Leaders must prepare any summit carefully before it happens, he said. "
                "The capital was cold. "
                "Negotiating teams remain in contact, but no date has been fixed for further talks.")
    c = make(3, "Any summit must be prepared carefully by leaders, the official said. "
                "Teams remain in contact and no date was fixed for further talks, he said.")
    arts = [a, b, c]
    sts = build_statements(arts, all_alignments(arts))
    with_b = [carriers(st)[2][0] for st in sts if 2 in carriers(st)]
    assert sorted(with_b) == [0, 2]
    for st in sts:
        assert len({c.article_id for c in st.carriers}) == len(st.carriers)
    assert all(carriers(st).get(1, (0,))[0] == 0 for st in sts)


def test_alignments_outside_the_group_are_ignored() -> None:
    arts = _briefing()
    stray = Alignment(a_id=1, b_id=99, pairs=[Pair(0, 0, "verbatim", 1.0)], unique_a=[], unique_b=[])
    sts = build_statements(arts, [*all_alignments(arts), stray])
    assert all(c.article_id != 99 for st in sts for c in st.carriers)


def test_no_alignments_no_statements() -> None:
    assert build_statements(_briefing(), []) == []
    assert build_statements([], []) == []


def without_furniture(paras: list[str], junk: list[str]) -> list[str]:
    """Drop the gold file's furniture lines, and the runs it describes as "between 'A' and 'B'"."""
    drop = set(junk)
    for note in junk:
        m = re.search(r"between '(.+?)' and '(.+?)'", note)
        starts = [[k for k, p in enumerate(paras) if p.startswith(m.group(i))] for i in (1, 2)] if m else []
        if starts and all(starts):
            drop.update(paras[starts[0][0] : starts[1][0] + 1])
    return [p for p in paras if p not in drop]


def _seed_group() -> tuple[list[Article], dict]:
    if not SEEDS.is_dir():
        pytest.skip(f"seed corpus not found at {SEEDS}")
    gold = json.loads((SEEDS / "gold.json").read_text(encoding="utf-8"))
    arts = []
    for name in gold["groups"][0]:
        paras = without_furniture(normalize((SEEDS / name).read_text(encoding="utf-8")).split("\n\n"),
                                  gold["articles"][name]["junk"])
        arts.append(make(int(name[:3]), "\n\n".join(paras), outlet=name))
    return arts, gold


def test_seed_statements_link_the_negative_view_remark() -> None:
    """Three translations of one remark, two quoted and one partially quoted, are one statement."""
    arts, gold = _seed_group()
    by_id = {a.id: a for a in arts}
    want = gold["statements"][0]
    sts = build_statements(arts, all_alignments(arts))

    def sentence_of(aid: int, needle: str) -> int:
        at = by_id[aid].text.index(needle)
        return next(s.i for s in by_id[aid].sentences if s.start <= at < s.end)

    target = {int(k): sentence_of(int(k), v[1]) for k, v in want["in"].items()}
    found = [st for st in sts if all(carriers(st).get(aid, (None,))[0] == si for aid, si in target.items())]
    assert found, "the three carriers are linked in one statement"
    labels = {aid: lab for aid, (_, lab) in carriers(found[0]).items()}
    assert labels == {int(k): v[0] for k, v in want["in"].items()}


def test_seed_statement_links_are_mostly_right() -> None:
    """Pairwise links between carriers: measured against the gold statements, precision stays high."""
    arts, gold = _seed_group()
    by_id = {a.id: a for a in arts}
    gold_pairs: set[frozenset] = set()
    for st in gold["statements"]:
        nodes = []
        for k, (_, needle) in st["in"].items():
            at = by_id[int(k)].text.index(needle)
            nodes.append((int(k), next(s.i for s in by_id[int(k)].sentences if s.start <= at < s.end)))
        gold_pairs |= {frozenset(p) for p in combinations(nodes, 2)}
    pred: set[frozenset] = set()
    for st in build_statements(arts, all_alignments(arts)):
        pred |= {frozenset(p) for p in combinations([(c.article_id, c.sentence) for c in st.carriers], 2)}
    hits = len(pred & gold_pairs)
    assert hits / len(pred) >= 0.85
    assert hits / len(gold_pairs) >= 0.85  # loose paraphrases too ("pushed back" / "dismissed")


# --------------------------------------------------------------------------- provenance


def test_timeline_orders_by_time_with_undated_last() -> None:
    arts = [make(5, "x", published=None), make(3, "x", published="2025-03-03T12:00:00+02:00"),
            make(4, "x", published="2025-03-03T11:00:00+00:00"), make(2, "x", published="not a date"),
            make(1, "x", published="2025-03-02")]
    assert timeline(arts) == [1, 3, 4, 2, 5]
    edge = [make(1, "x", published="0001-01-01T00:00:00+05:00"), make(2, "x", published="2025-01-01")]
    assert timeline(edge) == [2, 1]


def test_shares_add_up_and_track_copying() -> None:
    wire = make(1, "The harbour strike ended on Monday after wage talks. Ferries will resume on Tuesday. "
                   "The union accepted a three percent rise for all crews.", outlet="Wire")
    copy = make(2, "The harbour strike ended on Monday after wage talks. Ferries will resume on Tuesday. "
                   "Local shops welcomed the news with relief.", outlet="Paper")
    result = {s.article_id: s for s in shares([wire, copy], [align(wire, copy)])}
    for s in result.values():
        assert abs(s.verbatim + s.paraphrase + s.unique - 1.0) < 1e-3
        assert 0 <= s.verbatim <= 1 and 0 <= s.unique <= 1
    assert result[2].verbatim > 0.5
    assert result[2].unique > 0.1
    empty = make(3, "")
    assert shares([empty], [])[0].unique == 1.0


def test_derivation_needs_tracking_text_and_a_credit() -> None:
    body = ("The harbour strike ended on Monday after wage talks. Ferries will resume on Tuesday. "
            "The union accepted a three percent rise for all crews. Managers said backlogs would clear by Friday.")
    wire = make(1, body, outlet="Agence Wire", published="2025-03-03T08:00:00Z")
    credit = Credit(name="Agence Wire", roles=["source"], evidence=["(Agence Wire)"])
    copy = make(2, body + " Local shops welcomed the news.", outlet="Paper", published="2025-03-03T10:00:00Z",
                credits=[credit])
    uncredited = make(3, body, outlet="Other", published="2025-03-03T11:00:00Z")
    photo_only = make(4, body, outlet="Photo", published="2025-03-03T12:00:00Z",
                      credits=[Credit(name="Agence Wire", roles=["photo"], evidence=["Photo: Agence Wire"])])
    arts = [wire, copy, uncredited, photo_only]
    aligns = all_alignments(arts)
    found = derivations(arts, aligns, timeline(arts))
    assert [(d.article_id, d.derived_from) for d in found] == [(2, 1)]
    assert found[0].share > 0.7
    assert "Agence Wire" in found[0].evidence


def test_earlier_article_is_not_derived_from_a_later_one() -> None:
    body = "The harbour strike ended on Monday after wage talks. Ferries will resume on Tuesday."
    credit = [Credit(name="Paper", roles=["source"], evidence=["Paper"])]
    first = make(1, body, outlet="Wire", published="2025-03-03T08:00:00Z", credits=credit)
    later = make(2, body, outlet="Paper", published="2025-03-04T08:00:00Z")
    assert derivations([first, later], [align(first, later)], timeline([first, later])) == []


def test_build_provenance_on_a_group() -> None:
    arts = _briefing()
    group = Group(id=7, label="x", article_ids=[1, 2, 3], outlets=[], first_published=None)
    prov = build_provenance(group, arts, all_alignments(arts))
    assert prov.group_id == 7
    assert prov.timeline == [1, 2, 3]
    assert {s.article_id for s in prov.shares} == {1, 2, 3}
    assert prov.statements and prov.derivations == []


def test_credit_must_name_the_same_outlet_not_a_substring() -> None:
    body = "The harbour strike ended on Monday after wage talks. Ferries will resume on Tuesday morning."
    wire = make(1, body, outlet="The Japan Times", published="2025-03-03T08:00:00Z")
    copy = make(2, body, outlet="Paper", published="2025-03-03T09:00:00Z",
                credits=[Credit(name="AP", roles=["source"], evidence=["(AP)"])])
    assert derivations([wire, copy], [align(wire, copy)], timeline([wire, copy])) == []


# --------------------------------------------------------------------------- who was first, when times tie


def test_same_day_dates_without_times_cannot_say_who_was_first() -> None:
    from reader.engine.statements import same_moment, tied_with_first

    a = make(1, "x", published="2025-03-03")
    b = make(2, "x", published="2025-03-03T09:00:00Z")
    c = make(3, "x", published="2025-03-03T11:00:00Z")
    d = make(4, "x", published="2025-03-04")
    e = make(5, "x", published=None)
    assert same_moment(a, b) and same_moment(a, c)  # a date alone: any time of that day
    assert not same_moment(b, c)  # two times say who was first
    assert not same_moment(a, d) and not same_moment(a, e)
    by_id = {x.id: x for x in (a, b, c, d, e)}
    assert tied_with_first(1, [1, 2, 3, 4, 5], by_id) == [2, 3]
    assert tied_with_first(2, [2, 3], by_id) == []
    assert tied_with_first(None, [1, 2], by_id) == []


def test_export_says_when_the_first_carrier_is_only_the_first_of_a_day() -> None:
    from reader.engine.export import render_group
    from reader.engine.models import Provenance

    arts = _briefing()
    arts[0].published, arts[1].published = "2025-03-03", "2025-03-03"
    sts = build_statements(arts, all_alignments(arts))
    prov = Provenance(group_id=1, timeline=timeline(arts), statements=sts, shares=[], derivations=[])
    md = render_group(Group(1, "Briefing", [a.id for a in arts], ["Wire A", "Paper B", "Site C"], "2025-03-03"),
                      arts, prov, all_alignments(arts))
    assert "or as early: **B** Paper B (published the same day; the times do not tell which was first)" in md
    assert "First to publish: **A** Wire A, 2025-03-03, or as early: **B** Paper B" in md


def test_export_shows_where_outlets_give_different_figures() -> None:
    from reader.engine.export import render_group
    from reader.engine.models import Provenance

    a = make(1, "The storm killed at least 14 people in the coastal province, officials said on Monday.",
             outlet="Wire A", published="2025-03-03T09:00:00Z")
    b = make(2, "The storm killed 13 people in the coastal province, officials said on Monday.",
             outlet="Paper B", published="2025-03-03T10:00:00Z")
    arts = [a, b]
    sts = build_statements(arts, all_alignments(arts))
    assert sts
    prov = Provenance(group_id=1, timeline=timeline(arts), statements=sts, shares=[], derivations=[])
    md = render_group(Group(1, "Storm", [1, 2], ["Wire A", "Paper B"], "2025-03-03T09:00:00Z"), arts, prov,
                      all_alignments(arts))
    assert "- figures differ: **A** Wire A 14 · **B** Paper B 13" in md
