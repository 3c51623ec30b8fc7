"""The judge's vectorised word ids and name pattern against the plain rules they replace, on invented inputs."""

from __future__ import annotations

import random
import re

import numpy as np

from reader.engine import profiles
from reader.engine.models import Article
from reader.engine.stopwords import COMMON_WORDS
from reader.engine.text import _FOLD, words

_PLAIN_CAPWORD = re.compile(r"[A-Z](?<=[\w,;] [A-Z])[\w'’-]+|\d(?<!\w\d)[\d.,]*\d\b")
"""Capitalised words after a word, comma or semicolon and a space, and numbers: one alternative each."""

_PIECES = ["the", "Minister", "said", "don't", "rock'n'roll", "dogs'", "'quoted'", "a''b", "’tis", "Müller",
           "naïve", "café", "£5", "€3.2", "2024", "U.S.", "e-mail", "snake_case", "C3PO", "l’été", "…", "—",
           "“", "”", "\u00a0", "\t", "\n", " ", ",", ";", ".", "-", "'", "’", "_", "1,000", "3.5.", "12,", "x1",
           "(AP)", "ÉTÉ", "İstanbul", "ß", "ﬁne", "٣٤", "٣", "²", "日本", "x\ud800y", "\x1c", "K", "a", "I", "7",
           "Covid-19", "O'Neil", "O’Brien", "Mr", "Ångström", "Élysée", "9a", "A1", "B-52s", *sorted(COMMON_WORDS)[:40]]


def _invented(rng: random.Random, pieces: list[str]) -> str:
    parts = [rng.choice(pieces) for _ in range(rng.randint(0, 40))]
    if rng.random() < 0.3:
        parts.append("".join(chr(rng.randint(32, 0x2FFF)) for _ in range(rng.randint(1, 20))))
    return "".join(p + rng.choice(["", " ", " ", "  ", "'", "\n", ", ", "; ", "-"]) for p in parts)


def test_capword_pattern_finds_what_the_plain_one_finds() -> None:
    rng = random.Random(13)
    chars = "AZaz09,;.'’- _\nÉé٣²ß"
    for _ in range(30_000):
        text = _invented(rng, _PIECES) if rng.random() < 0.6 else \
            "".join(rng.choice(chars) for _ in range(rng.randint(0, 30)))
        assert profiles._CAPWORD.findall(text) == _PLAIN_CAPWORD.findall(text), repr(text)
    for c in range(0x3000):
        text = f"a {chr(c)}b, {chr(c)}1 x{chr(c)}2,3 {chr(c)}A; B{chr(c)} 4{chr(c)}5"
        assert profiles._CAPWORD.findall(text) == _PLAIN_CAPWORD.findall(text), repr(text)


def _id(word: str) -> int:
    return int(profiles._word_ids(word.encode("utf-8", "surrogatepass"))[0][0])


def test_word_ids_depend_on_the_word_alone() -> None:
    rng = random.Random(17)
    for _ in range(3_000):
        toks = words(_invented(rng, _PIECES))
        data = " ".join(toks).encode("utf-8", "surrogatepass")
        ids, first, length = profiles._word_ids(data)
        assert ids.tolist() == [_id(t) for t in toks]
        assert length.tolist() == [len(t.encode("utf-8", "surrogatepass")) for t in toks]
        assert first.tolist() == [t.encode("utf-8", "surrogatepass")[0] for t in toks]
    vocab = {w for _ in range(2_000) for w in words(_invented(rng, _PIECES))} | COMMON_WORDS
    assert len({_id(w) for w in vocab}) == len(vocab)


def test_profile_counts_words_as_the_plain_rule() -> None:
    """Content words, counted words, trigrams and phrases of the profile, from the tokens one by one."""
    rng = random.Random(19)
    for _ in range(3_000):
        text = _invented(rng, _PIECES)
        prof = profiles._make_profile(Article(id=1, source="", url=None, outlet="", title="", published=None,
                                           author=None, text=text, fetched="", sentences=[]))
        toks = words(text)
        content = [t not in COMMON_WORDS for t in toks]
        keep = [c and (len(t) > 1 or t.isdigit()) for t, c in zip(toks, content, strict=True)]
        assert prof.content == sum(keep), repr(text)
        ids = np.array([_id(t) for t in toks], dtype=np.uint64)
        want = np.unique(profiles._ngrams(ids[np.array(keep, dtype=bool)], 3)) if toks else np.empty(0, np.uint64)
        assert np.array_equal(prof.trigrams.view(np.uint64), want), repr(text)
        grams = [profiles._ngrams(ids[i : i + 4], 4)[0] for i in range(len(toks) - 3) if sum(content[i : i + 4]) >= 2]
        assert np.array_equal(prof.phrases.view(np.uint64), np.unique(np.array(grams, dtype=np.uint64))), repr(text)
        assert prof.names == {m.lower() for m in _PLAIN_CAPWORD.findall(text)} - COMMON_WORDS


def test_ngrams_fold_word_ids_one_by_one() -> None:
    rng = np.random.default_rng(23)
    for n in (1, 2, 3, 4):
        for size in (0, 1, 3, 4, 9, 50):
            ids = rng.integers(0, 2**64 - 1, size, dtype=np.uint64, endpoint=True)
            want = []
            for i in range(size - n + 1):
                h = int(ids[i])
                for j in range(1, n):
                    h = ((h * 0x9E3779B97F4A7C15) % 2**64) ^ int(ids[i + j])
                want.append(h)
            assert profiles._ngrams(ids, n).tolist() == want


def test_narrow_capword_pattern_finds_what_the_plain_one_finds_where_it_is_used() -> None:
    rng = random.Random(29)
    folded = [chr(k) for k in _FOLD]
    pieces = [p for p in _PIECES if p.isascii()] + folded + ["\u212a", "\u212aelvin", "é"]
    chars = "AZaz09,;.'- _\n\t(x" + "".join(folded)
    narrow = 0
    for _ in range(40_000):
        text = _invented(rng, pieces) if rng.random() < 0.6 else \
            "".join(rng.choice(chars) for _ in range(rng.randint(0, 30)))
        pattern = profiles._name_pattern(text, profiles._spaced(text)[1] is None)
        narrow += pattern is profiles._CAPWORD_NARROW
        assert pattern.findall(text) == _PLAIN_CAPWORD.findall(text), repr(text)
    assert narrow > 20_000
    for c in range(0x3000):
        text = f"a {chr(c)}b, {chr(c)}1 x{chr(c)}2,3 {chr(c)}A; B{chr(c)} 4{chr(c)}5 Q{chr(c)}"
        pattern = profiles._name_pattern(text, profiles._spaced(text)[1] is None)
        assert pattern.findall(text) == _PLAIN_CAPWORD.findall(text), repr(text)


def test_narrow_text_has_only_ascii_word_characters() -> None:
    """The premise of the narrow pattern, for this Python's Unicode tables."""
    assert [c for c in map(chr, range(128, 0x110000)) if c.lower().isascii()] == [profiles._KELVIN]
    assert not [chr(k) for k in _FOLD if re.match(r"[\w\d]", chr(k))]


def test_quote_grams_are_the_hashes_of_word_triples() -> None:
    rng = random.Random(31)
    for _ in range(2_000):
        w = [rng.choice(["a", "b", "said", "the", "x1"]) for _ in range(rng.randint(0, 9))]
        want = {hash(tuple(w[i : i + 3])) for i in range(max(1, len(w) - 2))}
        assert profiles._quote_grams(" ".join(w)) == want


def test_common_words_are_told_by_their_table() -> None:
    table, shift = profiles._common_table()
    for word in sorted(COMMON_WORDS):
        if profiles._words(word) == [word]:
            i = _id(word)
            assert int(table[(i >> int(shift)) & (profiles._COMMON_SLOTS - 1)]) == i
