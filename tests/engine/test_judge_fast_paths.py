"""The judge's fast paths against the plain rules they replace, on many invented inputs."""

from __future__ import annotations

import random

import numpy as np

from reader.engine import judge, profiles
from reader.engine.models import Article
from reader.engine.stopwords import COMMON_WORDS
from reader.engine.text import words

_PIECES = ["the", "Minister", "said", "don't", "rock'n'roll", "dogs'", "'quoted'", "a''b", "x'''y", "’tis",
           "Müller", "naïve", "café", "£5", "€3.2", "2024", "U.S.", "e-mail", "snake_case", "C3PO", "l’été",
           "…", "—", "–", "“", "”", "«", "»", "„", "‘", "\u00a0", "\u2003", "\t", "\n", " ", ",", ";", ".", "-",
           "'", "’", "_", "1,000", "(AP)", "ÉTÉ", "İstanbul", "ß", "ﬁne", "٣٤", "日本", "x\ud800y", "\x1c", "#", "@"]


def _invented(rng: random.Random) -> str:
    parts = [rng.choice(_PIECES) for _ in range(rng.randint(0, 40))]
    if rng.random() < 0.3:
        parts.append("".join(chr(rng.randint(32, 0x2FFF)) for _ in range(rng.randint(1, 20))))
    return "".join(p + rng.choice(["", " ", " ", "  ", "'", "\n"]) for p in parts)


def test_words_fast_path_gives_the_same_tokens() -> None:
    rng = random.Random(7)
    for _ in range(20_000):
        text = _invented(rng)
        assert profiles._words(text) == words(text), repr(text)
    for c in range(0x3000):
        text = f"a{chr(c)}b '{chr(c)}' {chr(c)}'x"
        assert profiles._words(text) == words(text), repr(text)


def test_distinct_is_np_unique() -> None:
    rng = np.random.default_rng(3)
    for n in [0, 1, 2, 3, 10, 600]:
        for _ in range(50):
            values = rng.integers(0, 2**64 - 1, n, dtype=np.uint64, endpoint=True)
            if n and rng.random() < 0.5:
                values = np.concatenate((values, rng.choice(values, n // 2 + 1)))
            got, want = profiles.distinct(values), np.unique(values)
            assert got.dtype == want.dtype and np.array_equal(got, want)


def _profile(rng: np.random.Generator, pool: np.ndarray, names: list[str]) -> profiles.Profile:
    def values() -> np.ndarray:
        n = int(rng.choice([0, 1, 2, 5, 50, 400, 700]))
        picked = rng.choice(pool, min(n, len(pool)), replace=False) if rng.random() < 0.7 else \
            rng.integers(-2**63, 2**63 - 1, n, dtype=np.int64)
        return np.unique(picked.view(np.uint64)).view(np.int64)
    return profiles.Profile(int(rng.integers(0, 900)), values(), values(),
                         set(rng.choice(names, int(rng.integers(0, 8))).tolist()), [],
                         int(rng.integers(0, 3)) if rng.random() < 0.8 else None)


def test_judge_many_is_judge_pair_by_pair() -> None:
    rng = np.random.default_rng(11)
    names = [f"name{i}" for i in range(12)]
    for size in [3, 40, 2_000]:  # a small pool makes colliding slots and many shared values
        pool = np.concatenate((rng.integers(-2**63, 2**63 - 1, size, dtype=np.int64),
                               np.arange(-70, 70, dtype=np.int64)))  # values equal to empty slots' fillers
        for _ in range(150):
            a = _profile(rng, pool, names)
            others = [_profile(rng, pool, names) for _ in range(int(rng.integers(1, 30)))]
            assert judge.judge_many(a, others) == [judge.judge(a, b) for b in others]
    assert judge.judge_many(a, []) == []


def _plain_counted(toks: list[str]) -> tuple[list[bool], list[bool]]:
    content = [t not in COMMON_WORDS for t in toks]
    return content, [c and (len(t) > 1 or t.isdigit()) for t, c in zip(toks, content, strict=True)]


def test_ascii_word_kinds_are_the_plain_rule() -> None:
    rng = random.Random(5)
    vocab = [*sorted(COMMON_WORDS)[:300], *"abcxyz_0123456789", "12", "x1", "don't", "_a", "well-known", "7th"]
    for _ in range(300):
        text = " ".join(rng.choice(vocab) for _ in range(rng.randint(0, 60)))
        toks = profiles._words(text)
        prof = profiles._make_profile(Article(id=1, source="", url=None, outlet="", title="", published=None,
                                           author=None, text=text, fetched="", sentences=[]))
        content, keep = _plain_counted(toks)
        assert prof.content == sum(keep)
        ids = np.array([profiles._word_ids(t.encode())[0][0] for t in toks], dtype=np.uint64)  # a word's own id
        want = np.unique(profiles._ngrams(ids[np.array(keep, dtype=bool)], 3)) if toks else np.empty(0, np.uint64)
        assert np.array_equal(prof.trigrams.view(np.uint64), want)


def test_value_table_counts_are_set_intersections() -> None:
    rng = np.random.default_rng(9)
    for _ in range(300):
        pool = rng.integers(0, int(rng.choice([50, 5_000, 2**32])), 3_000, dtype=np.int64)
        a = profiles.distinct(rng.choice(pool, int(rng.integers(0, 400))))
        probes = [profiles.distinct(rng.choice(pool, int(rng.integers(0, 300))))
                  for _ in range(int(rng.integers(1, 9)))]
        want = [len(set(a.tolist()) & set(p.tolist())) for p in probes]
        assert judge.ValueTable(a).counts(probes).tolist() == want
