"""Profiles built together in one batch against the same profiles built one by one, on invented articles."""

from __future__ import annotations

import random

import numpy as np

from reader.engine import profiles
from reader.engine.models import Article, Credit, Quote, Span

_PIECES = ["the", "Minister", "said", "don't", "dogs'", "'quoted'", "a''b", "’tis", "Müller", "naïve", "£5",
           "2024", "U.S.", "e-mail", "C3PO", "l’été", "…", "—", "“", "”", "\u00a0", "\t", "\n", " ", ",", ";",
           ".", "-", "'", "’", "_", "1,000", "ÉTÉ", "İstanbul", "ß", "٣", "日本", "x\ud800y", "\u212a", "a", "I",
           "7", "of", "and", "Covid-19", "O'Neil", "harbour", "strike", "union", "wage", "talks"]


def _article(rng: random.Random, aid: int) -> Article:
    n = rng.choice([0, 1, 2, 3, 4, 5, 12, 60, 300])
    pieces = _PIECES if rng.random() < 0.5 else [p for p in _PIECES if p.isascii()]
    text = "".join(rng.choice(pieces) + rng.choice(["", " ", " ", "\n", ", "]) for _ in range(n))
    quotes = []
    for _ in range(rng.randint(0, 3)):
        a, b = sorted(rng.randint(0, len(text)) for _ in range(2))
        quotes.append(Quote(content=Span(a, b), kind="direct"))
    credits = [Credit(name=rng.choice(["dpa", "AFP"]), roles=[rng.choice(["copy", "photo"])], evidence=[])
               for _ in range(rng.randint(0, 2))]
    return Article(id=aid, source="", url=None, outlet=rng.choice(["", "dpa", "Reuters"]), title="",
                   published=rng.choice([None, "2024-05-01", "bad"]), author=None, text=text, fetched="",
                   sentences=[], quotes=quotes, credits=credits)


def _same(a: profiles.Profile, b: profiles.Profile) -> bool:
    return (a.content == b.content and a.trigrams.dtype == b.trigrams.dtype == np.int64
            and np.array_equal(a.trigrams, b.trigrams) and a.phrases.dtype == b.phrases.dtype == np.int64
            and np.array_equal(a.phrases, b.phrases) and a.names == b.names and a.quotes == b.quotes
            and a.day == b.day and a.quote_grams == b.quote_grams and a.quote_pool == b.quote_pool
            and a.outlet == b.outlet and a.credited == b.credited)


def test_a_batch_builds_the_profiles_built_one_by_one() -> None:
    rng = random.Random(41)
    for _ in range(400):
        arts = [_article(rng, i) for i in range(rng.randint(1, 12))]
        for got, art in zip(profiles._make_profiles(arts), arts, strict=True):
            assert _same(got, profiles._make_profile(art)), repr(art.text)


def test_profiles_memoises_as_profile_does() -> None:
    rng = random.Random(43)
    arts = [_article(rng, 10_000 + i) for i in range(6)]
    first = profiles.profile(arts[0])
    got = profiles.profiles([arts[0], *arts[1:], arts[1]])
    assert got[0] is first and got[1] is got[-1]
    assert all(profiles.profile(a) is p for a, p in zip(arts, got, strict=False))


def test_long_texts_are_built_in_several_passes() -> None:
    rng = random.Random(47)
    arts = [_article(rng, 20_000 + i) for i in range(9)]
    for a in arts[:8]:  # 8 x MAX_JUDGE_CHARS read: more than one pass
        a.text = (a.text + " harbour strike talks ") * (150_000 // (len(a.text) + 21))
    passes: list[int] = []
    make = profiles._make_profiles
    try:
        profiles._make_profiles = lambda batch: passes.append(len(batch)) or make(batch)  # type: ignore[assignment]
        got = profiles.profiles(arts)
    finally:
        profiles._make_profiles = make
    assert len(passes) >= 2 and sum(passes) == len(arts)
    assert all(_same(p, profiles._make_profile(a)) for p, a in zip(got, arts, strict=True))
