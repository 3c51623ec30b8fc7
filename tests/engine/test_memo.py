"""Word-level memos remember short arguments only, so hostile text cannot fill memory."""

from __future__ import annotations

from reader.engine.memo import short_memo


def test_short_arguments_are_remembered_and_long_ones_recomputed() -> None:
    calls: list[str] = []

    @short_memo(16, longest=10)
    def upper(s: str) -> str:
        calls.append(s)
        return s.upper()

    assert upper("peskov") == upper("peskov") == "PESKOV"
    long_word = "x" * 1000
    assert upper(long_word) == upper(long_word) == long_word.upper()
    assert calls == ["peskov", long_word, long_word]  # the short one once, the long one each time
    upper.cache_clear()  # type: ignore[attr-defined]
    upper("peskov")
    assert calls[-1] == "peskov" and len(calls) == 4


def test_tuple_memo_bounds_the_words_by_their_characters() -> None:
    from reader.engine.memo import short_tuple_memo

    calls: list[tuple[str, ...]] = []

    @short_tuple_memo(16, longest=10)
    def joined(words: tuple[str, ...]) -> str:
        calls.append(words)
        return " ".join(words)

    assert joined(("Ann", "Roe")) == joined(("Ann", "Roe")) == "Ann Roe"
    long_name = ("x" * 6, "y" * 6)
    assert joined(long_name) == joined(long_name)
    assert calls == [("Ann", "Roe"), long_name, long_name]
