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
