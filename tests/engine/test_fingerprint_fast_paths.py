"""The fingerprint's fast paths against the plain rules they replace."""

from __future__ import annotations

import numpy as np

from reader.engine import fingerprint as fpmod


def test_common_word_table_is_the_binary_search() -> None:
    common = fpmod._common()
    rng = np.random.default_rng(4)
    hashes = np.concatenate((common, rng.integers(0, 2**64 - 1, 200_000, dtype=np.uint64, endpoint=True),
                             common ^ np.uint64(1), common + np.uint64(1 << 15), np.arange(70_000, dtype=np.uint64)))
    at = np.minimum(np.searchsorted(common, hashes), len(common) - 1)
    assert fpmod._common_table() is not None
    assert np.array_equal(fpmod._is_content(hashes), common[at] != hashes)


def test_lower_case_bytes_hash_as_before() -> None:
    text = "Reuters ÄÖÜ The BBC said 2024 ZZ top-rated, ’quoted’ AaZz@[`{"
    data = np.frombuffer(text.encode("utf-8"), dtype=np.uint8)
    upper = (data >= 65) & (data <= 90)
    plain = data.astype(np.uint64) + upper.astype(np.uint64) * np.uint64(32)
    assert np.array_equal((data + (upper.view(np.uint8) << np.uint8(5))).astype(np.uint64), plain)


def _invented_texts(seed: int, count: int) -> list[str]:
    """Texts of common and rare words, names, numbers, punctuation and non-ASCII, short and long."""
    rng = np.random.default_rng(seed)
    vocab = ["the", "of", "and", "said", "Minister", "Kyiv", "2024", "7", "talks", "ceasefire", "“quoted”",
             "Müller", "—", "U.S.", "it's", "x", "Reuters", "…", "e-mail", "ПУТИН", "東京", "a,b", "(AP)"]
    seps = [" ", " ", " ", ", ", ". ", "\n\n", " - "]
    out = ["", "a", "the of and", "Paris"]
    for _ in range(count):
        n = int(rng.integers(0, 400))
        parts = [vocab[i] + seps[j] for i, j in zip(rng.integers(0, len(vocab), n), rng.integers(0, len(seps), n),
                                                   strict=True)]
        out.append("".join(parts))
    return out


def test_one_text_alone_is_fingerprinted_as_in_a_batch() -> None:
    """``fingerprint`` of a lone text takes the single-text path; in a batch of two it takes the general one."""
    for text in _invented_texts(11, 300):
        alone = fpmod.fingerprint(text)
        batched = fpmod.fingerprints([text, "other words here"])[0]
        assert alone.to_bytes() == batched.to_bytes()
        assert alone.trigrams == batched.trigrams
        for a, b in ((alone.minhash, batched.minhash), (alone.sample, batched.sample), (alone.names, batched.names)):
            assert a.dtype == b.dtype and np.array_equal(a, b)


def test_word_byte_table_is_the_range_tests() -> None:
    """The table of word bytes says what the four range tests said."""
    for text in _invented_texts(12, 100):
        data = np.frombuffer(text.encode("utf-8"), dtype=np.uint8)
        word = ((data >= 65) & (data <= 90)) | ((data >= 97) & (data <= 122)) | ((data >= 48) & (data <= 57)) | (
            data >= 0x80)
        assert np.array_equal(fpmod._WORD_BYTE.take(data), word)


def test_band_keys_mix_bins_and_names_as_two_passes_did() -> None:
    for text in _invented_texts(14, 200):
        fp = fpmod.fingerprint(text)
        full = fp.minhash != fpmod._EMPTY
        bins = fpmod._mix(fp.minhash[full] ^ fpmod._BIN_SALT[full])
        names = fpmod._mix(fp.names ^ fpmod._NAME_SALT)
        assert fpmod.band_keys(fp) == np.concatenate((bins, names)).view(np.int64).tolist()
