"""Passing over apostrophes inside words must pair quote marks exactly as reading each of them does."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.engine import quote_marks

_PIECES = ["it", "’", "'", "s", "O", "Neil", "\"", "“", "”", "‘", "«", "»", " ", "  ", "\n\n", ".", ",", "We",
           "workers", "rock", "n", "roll", "90", "say", "—", "x"]


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_apostrophe_fast_path_pairs_like_the_full_reading(monkeypatch: pytest.MonkeyPatch, pieces: list[str]) -> None:
    text = "".join(pieces)
    fast = quote_marks.pairs(text)
    with monkeypatch.context() as m:
        m.setattr(quote_marks, "_APOSTROPHES", frozenset())
        assert quote_marks.pairs(text) == fast


def test_apostrophe_fast_path_keeps_single_quotes(monkeypatch: pytest.MonkeyPatch) -> None:
    for text in ("He said 'We say no' and left.", "It’s ‘rock’n’roll’, O'Neil said.", "The workers' 'union' said"):
        fast = quote_marks.pairs(text)
        monkeypatch.setattr(quote_marks, "_APOSTROPHES", frozenset())
        assert quote_marks.pairs(text) == fast
        monkeypatch.undo()
    assert [mk.closed for mk, _ in quote_marks.pairs("He said 'We say no' and left.")] == [True]
