"""Grouping: fingerprints and band keys, the same-event judge, batch grouping and labels."""

from __future__ import annotations

import json
import os
import random
import re
import time
from pathlib import Path

import numpy as np
import pytest

from reader.engine import fingerprint as fpmod
from reader.engine import grouping
from reader.engine.models import Article
from reader.engine.text import normalize, split_sentences

SEEDS = Path(os.environ.get("NEWSROOM_SEEDS", Path(__file__).resolve().parents[3] / "shared" / "seeds"))


def make(aid: int, text: str, *, title: str = "", published: str | None = None, outlet: str = "") -> Article:
    """An Article built the way the pipeline stores one (normalised text, sentences)."""
    body = normalize(text)
    return Article(id=aid, source=f"test:{aid}", url=None, outlet=outlet or f"Outlet {aid}", title=title,
                   published=published, author=None, text=body, fetched="", sentences=split_sentences(body))


def seed_articles(strip_furniture: bool = True) -> tuple[list[Article], dict]:
    """The seed articles (furniture lines from the gold file removed, as the pipeline would)."""
    if not SEEDS.is_dir():
        pytest.skip(f"seed corpus not found at {SEEDS}")
    gold = json.loads((SEEDS / "gold.json").read_text(encoding="utf-8"))
    arts = []
    for k, name in enumerate(sorted(gold["articles"])):
        junk = gold["articles"][name]["junk"]
        paras = normalize((SEEDS / name).read_text(encoding="utf-8")).split("\n\n")
        if strip_furniture:
            drop = set(junk)
            for note in junk:  # "(and the 15 headlines between 'A' and 'B')"
                m = re.search(r"between '(.+?)' and '(.+?)'", note)
                at = [[k for k, p in enumerate(paras) if p.startswith(m.group(i))] for i in (1, 2)] if m else []
                if at and all(at):
                    drop.update(paras[at[0][0] : at[1][0] + 1])
            paras = [p for p in paras if p not in drop]
        a = make(k, "\n\n".join(paras), outlet=name)
        arts.append(a)
    return arts, gold


# Random but reproducible prose: wire copy, rewrites and same-topic stories about other events.
_SYLLABLE_TEXT = "ba ko ri tan mel dor vin sa lu pe gar nis to fen ul mar dri kos"
_SYLLABLES = _SYLLABLE_TEXT.split()
_GEN = random.Random(0)
_VOCAB = sorted({"".join(_GEN.choice(_SYLLABLES) for _ in range(_GEN.randrange(2, 4))) for _ in range(3000)})
_NAMES = sorted({w.capitalize() for w in ("".join(_GEN.choice(_SYLLABLES) for _ in range(3)) for _ in range(400))})


def _sentence(rng: random.Random, n: int = 14) -> str:
    words = [rng.choice(_VOCAB) for _ in range(n)]
    words.insert(rng.randrange(n), rng.choice(_NAMES))
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def _rewrite(rng: random.Random, sentence: str) -> str:
    """Swap a few words, keep the rest: an outlet's light edit of wire copy."""
    words = sentence.rstrip(".").split()
    for _ in range(2):
        words[rng.randrange(1, len(words))] = rng.choice(_VOCAB)
    return " ".join(words) + ", officials said."


def _event(rng: random.Random, versions: int) -> list[str]:
    base = [_sentence(rng) for _ in range(12)]
    out = []
    for _ in range(versions):
        kept = [s if rng.random() < 0.4 else _rewrite(rng, s) for s in base if rng.random() < 0.7]
        kept += [_sentence(rng) for _ in range(rng.randrange(2, 8))]
        out.append("\n\n".join(" ".join(kept[i : i + 3]) for i in range(0, len(kept), 3)))
    return out


# --------------------------------------------------------------------------- fingerprints


def test_fingerprint_is_deterministic_and_round_trips() -> None:
    text = "The council approved the harbour budget on Tuesday after a long debate about ferry tariffs."
    fp = grouping.fingerprint(text)
    again = grouping.fingerprint(text)
    assert grouping.band_keys(fp) == grouping.band_keys(again)
    back = grouping.fingerprint_from_bytes(grouping.fingerprint_to_bytes(fp))
    assert np.array_equal(back.minhash, fp.minhash)
    assert np.array_equal(back.sample, fp.sample)
    assert np.array_equal(back.names, fp.names)
    assert back.trigrams == fp.trigrams
    assert grouping.band_keys(back) == grouping.band_keys(fp)


def test_band_keys_are_signed_64_bit_ints() -> None:
    rng = random.Random(1)
    text = " ".join(_sentence(rng) for _ in range(40))
    keys = grouping.band_keys(grouping.fingerprint(text))
    assert keys and all(isinstance(k, int) and -(2**63) <= k < 2**63 for k in keys)
    assert any(k < 0 for k in keys)
    assert len(keys) <= fpmod.BINS + fpmod.NAME_KEYS


@pytest.mark.parametrize("data", [b"", b"FP1", b"garbage bytes here", b"FP1" + b"\x00" * 12 + b"\x01"])
def test_from_bytes_rejects_what_it_did_not_write(data: bytes) -> None:
    with pytest.raises(ValueError):
        grouping.fingerprint_from_bytes(data)


@pytest.mark.parametrize("text", ["", " ", "\n\n", "a", "the of and", "“”‘’—…", "\x00\x01\x1b[31m", "🙂" * 50,
                                  "Ünïcödé wörds ÉLYSÉE İstanbul straße"])
def test_fingerprint_survives_odd_input(text: str) -> None:
    fp = grouping.fingerprint(text)
    keys = grouping.band_keys(fp)
    assert isinstance(keys, list)
    assert grouping.fingerprint_from_bytes(grouping.fingerprint_to_bytes(fp)).trigrams == fp.trigrams


def test_common_words_only_give_no_keys() -> None:
    assert grouping.band_keys(grouping.fingerprint("it was the one that they said would be there")) == []


def test_batch_and_single_fingerprints_agree() -> None:
    rng = random.Random(2)
    texts = ["\n\n".join(_sentence(rng) for _ in range(rng.randrange(1, 30))) for _ in range(25)] + ["", "x"]
    batch = grouping.fingerprints(texts, batch=7)
    for text, fp in zip(texts, batch, strict=True):
        one = grouping.fingerprint(text)
        assert np.array_equal(one.minhash, fp.minhash)
        assert np.array_equal(one.sample, fp.sample)
        assert np.array_equal(one.names, fp.names)


def test_rewrites_share_band_keys_and_unrelated_texts_do_not() -> None:
    rng = random.Random(3)
    a, b = _event(rng, 2)
    other = _event(random.Random(99), 1)[0]
    ka, kb, ko = (set(grouping.band_keys(grouping.fingerprint(t))) for t in (a, b, other))
    assert len(ka & kb) >= 3
    assert len(ka & ko) <= 1


def test_fingerprint_time_is_bounded_on_huge_input() -> None:
    huge = ("word " * 2_000_000) + ("x" * 5_000_000)
    t0 = time.perf_counter()
    grouping.fingerprint(huge)
    assert time.perf_counter() - t0 < 10


# --------------------------------------------------------------------------- the judge


def test_identical_and_empty_texts() -> None:
    a = make(1, "The mayor opened the new bridge on Monday.")
    assert grouping.same_event(a, make(2, a.text)) == 1.0
    assert grouping.same_event(make(3, ""), make(4, "")) == 0.0
    assert grouping.same_event(make(5, ""), a) < grouping.SAME_EVENT_THRESHOLD


def test_wire_reprint_with_local_paragraph_is_same_event() -> None:
    rng = random.Random(4)
    wire = "\n\n".join(_sentence(rng) for _ in range(15))
    local = wire + "\n\n" + "\n\n".join(_sentence(rng) for _ in range(10))
    assert grouping.same_event(make(1, wire), make(2, local)) >= 0.8


def test_rewrites_are_same_event_and_other_events_are_not() -> None:
    rng = random.Random(5)
    v1, v2, v3 = _event(rng, 3)
    others = [_event(random.Random(100 + k), 1)[0] for k in range(3)]
    arts = [make(k, t) for k, t in enumerate([v1, v2, v3])]
    assert grouping.same_event(arts[0], arts[1]) >= grouping.SAME_EVENT_THRESHOLD
    assert grouping.same_event(arts[1], arts[2]) >= grouping.SAME_EVENT_THRESHOLD
    for k, t in enumerate(others):
        assert grouping.same_event(arts[0], make(10 + k, t)) < grouping.SAME_EVENT_THRESHOLD


def test_same_topic_other_event_stays_apart() -> None:
    """Two stories sharing names and topic words but no statements are not one event."""
    a = make(1, "Transport minister Anna Halvorsen said on Monday the ferry strike would end after wage talks. "
                "The union accepted a three percent rise. Services resume on Wednesday, the operator said. "
                "Halvorsen thanked the crews for their patience during the dispute.")
    b = make(2, "Transport minister Anna Halvorsen faced questions in parliament about ferry safety inspections. "
                "Inspectors found corroded lifeboat davits on two vessels last spring. "
                "Halvorsen promised an independent review of the inspection regime by the end of the year.")
    assert grouping.same_event(a, b) < grouping.SAME_EVENT_THRESHOLD


def test_distant_dates_lower_the_score() -> None:
    rng = random.Random(6)
    v1, v2 = _event(rng, 2)
    near = grouping.same_event(make(1, v1, published="2025-03-01"), make(2, v2, published="2025-03-01"))
    far = grouping.same_event(make(1, v1, published="2025-03-01"), make(2, v2, published="2025-06-01"))
    unknown = grouping.same_event(make(1, v1), make(2, v2, published="garbage"))
    assert far < unknown <= near


def test_shared_quotation_is_evidence() -> None:
    quote = "We will not sign any agreement that leaves our fishermen without access to these waters"
    a = make(1, f'The minister spoke after the summit. "{quote}," she told reporters. Talks resume in May.')
    b = make(2, f'Officials gave few details. "{quote}," the minister said. Opposition leaders were critical.')
    c = make(3, 'Officials gave few details. "We are hopeful," the minister said. Opposition leaders were critical.')
    assert grouping.weigh(a, b).quotes == 1
    assert grouping.weigh(a, c).quotes == 0


def test_judge_reads_article_quotes_when_present() -> None:
    from reader.engine.models import Quote, Span

    text = "He said the harbour would reopen on Friday after repairs to the north pier were completed."
    a = make(1, text)
    start = text.index("the harbour")
    a.quotes = [Quote(content=Span(start, len(text) - 1), kind="partial"), Quote(Span(5, 10**6), "full")]
    prof = grouping.profile(a)
    assert prof.quotes == ["the harbour would reopen on friday after repairs to the north pier were completed"]


# --------------------------------------------------------------------------- batch grouping


def _truth_groups(events: list[list[int]]) -> list[list[int]]:
    return sorted(sorted(e) for e in events)


def test_group_articles_recovers_events_among_distractors() -> None:
    rng = random.Random(7)
    texts, events = [], []
    for k in range(12):
        vers = _event(rng, 1 + k % 4)
        events.append(list(range(len(texts), len(texts) + len(vers))))
        texts.extend(vers)
    order = list(range(len(texts)))
    rng.shuffle(order)
    arts = [make(new, texts[old]) for new, old in enumerate(order)]
    where = {old: new for new, old in enumerate(order)}
    truth = _truth_groups([[where[o] for o in e] for e in events])
    assert grouping.group_articles(arts) == truth


def test_group_articles_large_batch_uses_candidates(monkeypatch: pytest.MonkeyPatch) -> None:
    """Above the all-pairs size the LSH path must give the same answer."""
    monkeypatch.setattr(grouping, "ALL_PAIRS_UP_TO", 3)
    monkeypatch.setattr(grouping, "NAME_KEYS_UP_TO", 5)
    rng = random.Random(8)
    texts, events = [], []
    for k in range(10):
        vers = _event(rng, 1 + k % 3)
        events.append(list(range(len(texts), len(texts) + len(vers))))
        texts.extend(vers)
    arts = [make(i, t) for i, t in enumerate(texts)]
    assert grouping.group_articles(arts) == _truth_groups(events)


def test_group_articles_partitions_ids() -> None:
    arts = [make(10 + k, t) for k, t in enumerate(["", "x", "Same text here about the ferry.",
                                                    "Same text here about the ferry.", "\x1b[2J"])]
    groups = grouping.group_articles(arts)
    flat = [i for g in groups for i in g]
    assert sorted(flat) == [10, 11, 12, 13, 14]
    assert [12, 13] in groups
    assert grouping.group_articles([]) == []


def test_seed_groups_match_gold() -> None:
    arts, gold = seed_articles()
    names = sorted(gold["articles"])
    want = sorted(sorted(names.index(n) for n in g) for g in gold["groups"])
    assert grouping.group_articles(arts) == want


def test_seed_groups_hold_with_furniture_left_in() -> None:
    arts, gold = seed_articles(strip_furniture=False)
    names = sorted(gold["articles"])
    want = sorted(sorted(names.index(n) for n in g) for g in gold["groups"])
    assert grouping.group_articles(arts) == want


# --------------------------------------------------------------------------- labels


def test_label_prefers_a_title_sharing_the_groups_words() -> None:
    arts = [make(1, "x", title="Ferry strike ends after wage deal", published="2025-01-02"),
            make(2, "x", title="Union accepts offer: ferry strike ends", published="2025-01-01"),
            make(3, "x", title="LIVE: all the news of the day")]
    label = grouping.label_for(arts)
    assert "ferry strike" in label.lower()


def test_label_prefers_a_headline_to_a_title_made_from_the_first_words() -> None:
    lead = "A powerful storm that hit the coast on Sunday closed the ferry port and cut power to thousands"
    arts = [make(1, lead + " of homes, officials said.", title=lead[:89] + "…", published="2025-01-01"),
            make(2, "Thousands of homes lost power when the storm closed the ferry port on Sunday.",
                 title="Storm closes ferry port, cuts power", published="2025-01-02")]
    assert grouping.label_for(arts) == "Storm closes ferry port, cuts power"


def test_label_without_titles_uses_text_and_is_bounded() -> None:
    assert grouping.label_for([make(1, "A" * 500)]).endswith("…")
    assert len(grouping.label_for([make(1, "A" * 500)])) <= 81
    assert grouping.label_for([]) == ""
    assert grouping.label_for([make(1, "Short first line.\n\nMore.")]) == "Short first line."


def test_profile_cache_follows_text_changes() -> None:
    a = make(1, "The harbour strike ended on Monday after long wage talks with the dock workers union.")
    first = grouping.profile(a)
    assert grouping.profile(a) is first
    a.text = "Completely different words about a theatre festival opening in the old town square tonight."
    assert grouping.profile(a) is not first
    assert not np.array_equal(grouping.profile(a).trigrams, first.trigrams)


def test_a_digest_quoting_two_stories_does_not_fuse_them() -> None:
    """A round-up that reprints two wire stories may join one of them, but the two stay apart."""
    rng = random.Random(11)
    first, second = _event(rng, 2), _event(rng, 2)
    digest = first[0] + "\n\n" + second[0]
    arts = [make(k, t) for k, t in enumerate([*first, *second, digest])]
    groups = grouping.group_articles(arts)
    where = {aid: k for k, g in enumerate(groups) for aid in g}
    assert where[0] == where[1]
    assert where[2] == where[3]
    assert where[0] != where[2]


def test_rewrites_of_one_wire_story_group_even_when_they_share_little_with_each_other() -> None:
    """A wire story and rewrites that each keep different halves of it plus the same key lines."""
    rng = random.Random(12)
    wire_sents = [_sentence(rng, 16) for _ in range(12)]
    key, first_half, second_half = wire_sents[:2], wire_sents[2:7], wire_sents[7:]
    wire = " ".join(wire_sents)
    rewrites = [
        " ".join(key + first_half + [_sentence(rng) for _ in range(8)]),
        " ".join(key + second_half + [_sentence(rng) for _ in range(8)]),
        " ".join(key + [_rewrite(rng, s) for s in first_half[:3]] + [_sentence(rng) for _ in range(8)]),
    ]
    others = [_event(random.Random(200 + k), 1)[0] for k in range(3)]
    arts = [make(k, t) for k, t in enumerate([wire, *rewrites, *others])]
    groups = grouping.group_articles(arts)
    assert [0, 1, 2, 3] in groups
    assert [4] in groups and [5] in groups and [6] in groups


def test_same_region_tells_rewrites_from_a_digest() -> None:
    rng = random.Random(13)
    a_sents = [_sentence(rng, 16) for _ in range(6)]
    b_sents = [_sentence(rng, 16) for _ in range(6)]
    digest = make(1, " ".join(a_sents + b_sents))
    a1, a2 = make(2, " ".join(a_sents[:4])), make(3, " ".join(a_sents[2:]))
    b1 = make(4, " ".join(b_sents))
    assert grouping.same_region(digest, a1, a2)
    assert not grouping.same_region(digest, a1, b1)


_RULING_A = """A federal judge on Tuesday ordered Meridian Pharma to pay $1.2 billion to settle claims that it concealed
the addictive risks of its painkiller Oxalin.

"The evidence shows a company that chose profit over patients," U.S. District Judge Carla Mendes wrote in
her 48-page ruling.

Meridian said it would appeal. Shares fell 6% in after-hours trading.

The settlement covers more than 3,400 lawsuits filed by cities and counties in 12 states."""
_RULING_B = """Meridian Pharma must pay $1.2 billion over its marketing of the opioid painkiller Oxalin, a judge
ruled, in one of the largest such penalties this year.

Judge Carla Mendes said in a written decision that "the evidence shows a company that chose profit over patients."

The drugmaker plans to appeal the decision, a spokesperson said. Its stock dropped about 6 percent after the
market closed.

The case consolidated some 3,400 suits brought by local governments across 12 states."""
_OTHER_RULING = """Meridian Pharma won dismissal of a shareholder lawsuit on Friday, after a judge found investors
had not shown the company misled them about sales of its painkiller Oxalin.

U.S. District Judge Carla Mendes said the plaintiffs "failed to identify a single false statement" in Meridian's
filings.

The company welcomed the ruling. Shares rose 2%."""


def test_two_outlets_rewriting_one_ruling_are_one_event() -> None:
    a, b = make(1, _RULING_A, published="2025-05-13"), make(2, _RULING_B, published="2025-05-13")
    ev = grouping.weigh(a, b)
    assert ev.quotes == 1
    assert ev.score >= grouping.SAME_EVENT_THRESHOLD


@pytest.mark.parametrize("published", ["2025-05-23", None])
def test_another_ruling_in_the_same_case_is_another_event(published: str | None) -> None:
    a, b = make(1, _RULING_A, published="2025-05-13"), make(2, _RULING_B, published="2025-05-13")
    other = make(3, _OTHER_RULING, published=published)
    assert grouping.same_event(a, other) < grouping.SAME_EVENT_THRESHOLD
    assert grouping.same_event(b, other) < grouping.SAME_EVENT_THRESHOLD


def test_groups_to_join_follows_the_batch_rules() -> None:
    rng = random.Random(14)
    key = [_sentence(rng, 16) for _ in range(3)]
    half_a = [_sentence(rng, 16) for _ in range(4)]
    half_b = [_sentence(rng, 16) for _ in range(4)]
    wire = make(1, " ".join(key + half_a + half_b))
    r1 = make(2, " ".join(key + half_a + [_sentence(rng) for _ in range(6)]))
    r2 = make(3, " ".join(key + half_b + [_sentence(rng) for _ in range(6)]))
    other = make(4, " ".join(_sentence(rng, 16) for _ in range(8)))
    digest = make(5, r1.text + "\n\n" + other.text)
    # The wire story arrives after two rewrites that were left apart: it joins both.
    assert grouping.groups_to_join(wire, {10: [(r1, 0.9)], 11: [(r2, 0.8)]}, {10: 1, 11: 1}) == [10, 11]
    # A digest matching a rewrite and an unrelated story joins the better match only.
    assert grouping.groups_to_join(digest, {10: [(r1, 0.95)], 12: [(other, 0.9)]}, {10: 1, 12: 1}) == [10]
    # A group of several articles is never merged through the new article alone.
    assert grouping.groups_to_join(wire, {10: [(r1, 0.9)], 11: [(r2, 0.8)]}, {10: 1, 11: 3}) == [10]
    assert grouping.groups_to_join(wire, {}, {}) == []
    assert grouping.groups_to_join(wire, {10: [], 11: [(r2, 0.6)]}, {10: 2, 11: 1}) == [11]


WIRE_COPY = (
    "HAMBURG (dpa) - The Hamburg port authority said on Monday that the Koehlbrand bridge will close to trucks "
    "from April while engineers replace its expansion joints.\n\nA spokeswoman, Merle Hansen, said the closure would "
    "last about six weeks and that a detour through Waltershof would be signposted.\n\nFreight companies had been "
    "informed last week, she said. The bridge, opened in 1974, carries about 35,000 vehicles a day.")
LOCAL_REWRITE = (
    "Truck drivers in Wilhelmsburg are bracing for long detours.\n\nThe Koehlbrand bridge will be shut to heavy "
    "traffic for some six weeks from April, port authority spokeswoman Merle Hansen said on Monday, according to "
    "dpa.\n\n\"We will lose an hour on every trip,\" said haulier Jens Kruse, who runs twelve lorries from "
    "Moorburg.\n\nResidents of Georgswerder fear the detour will send trucks past two schools. The district "
    "council will discuss the plan on Thursday.")


def test_a_rewrite_crediting_the_other_reports_outlet_the_same_day_is_the_same_event() -> None:
    from reader.engine.models import Credit

    wire = make(1, WIRE_COPY, outlet="dpa", published="2026-03-02T09:10:00Z")
    local = make(2, LOCAL_REWRITE, outlet="Harburger Anzeiger", published="2026-03-02T16:40:00Z")
    alone = grouping.same_event(wire, local)
    local.credits = [Credit("dpa", ["cited"], ["according to dpa"])]
    assert alone < grouping.SAME_EVENT_THRESHOLD <= grouping.same_event(wire, local)
    assert grouping.same_event(local, wire) == grouping.same_event(wire, local)
    later = make(3, LOCAL_REWRITE, outlet="Harburger Anzeiger", published="2026-03-09T16:40:00Z")
    later.credits = local.credits
    assert grouping.same_event(wire, later) < grouping.SAME_EVENT_THRESHOLD  # a credit a week later: no
    photo = make(4, LOCAL_REWRITE, outlet="Harburger Anzeiger", published="2026-03-02T16:40:00Z")
    photo.credits = [Credit("dpa", ["photo"], ["Photo: dpa"])]
    assert grouping.same_event(wire, photo) == alone  # a picture credit says nothing about the text


def test_a_credit_whose_role_changes_changes_the_judges_view() -> None:
    """The judge's memo must not answer for a credit that became (or stopped being) a photo credit only."""
    from reader.engine import profiles
    from reader.engine.models import Credit

    local = make(2, LOCAL_REWRITE, outlet="Harburger Anzeiger", published="2026-03-02T16:40:00Z")
    local.credits = [Credit("dpa", ["photo"], ["Photo: dpa"])]
    assert profiles.profile(local).credited == frozenset()
    local.credits = [Credit("dpa", ["cited"], ["according to dpa"])]
    assert profiles.profile(local).credited == {"dpa"}
