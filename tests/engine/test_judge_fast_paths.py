"""The judge's fast paths against the plain rules they replace, on many invented inputs."""

from __future__ import annotations

import random

import numpy as np

from reader.engine import judge
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
        assert judge._words(text) == words(text), repr(text)
    for c in range(0x3000):
        text = f"a{chr(c)}b '{chr(c)}' {chr(c)}'x"
        assert judge._words(text) == words(text), repr(text)


def test_distinct_is_np_unique() -> None:
    rng = np.random.default_rng(3)
    for n in [0, 1, 2, 3, 10, 600]:
        for _ in range(50):
            values = rng.integers(0, 2**64 - 1, n, dtype=np.uint64, endpoint=True)
            if n and rng.random() < 0.5:
                values = np.concatenate((values, rng.choice(values, n // 2 + 1)))
            got, want = judge.distinct(values), np.unique(values)
            assert got.dtype == want.dtype and np.array_equal(got, want)


def _profile(rng: np.random.Generator, pool: np.ndarray, names: list[str]) -> judge.Profile:
    def values() -> np.ndarray:
        n = int(rng.choice([0, 1, 2, 5, 50, 400, 700]))
        picked = rng.choice(pool, min(n, len(pool)), replace=False) if rng.random() < 0.7 else \
            rng.integers(-2**63, 2**63 - 1, n, dtype=np.int64)
        return np.unique(picked.view(np.uint64)).view(np.int64)
    return judge.Profile(int(rng.integers(0, 900)), values(), values(),
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
