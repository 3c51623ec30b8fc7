"""Fast paths of collecting people and finding subjects must agree with the plain rules they shortcut."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.engine.speaker_subjects import _AGE, _KIN, _kin_before

_PIECES = ["son", "son,", "her", "mother", "grandson,", "15-year-old", "100-year-old", "year-old", "-year-old",
           " ", "  ", "\n", ",", "Ann", "the", "wife,", "x"]


def _plain_kin(head: str) -> str:
    before = head.split()[-2:]
    if before and _AGE.fullmatch(before[-1]):
        before.pop()
    if before and before[-1].rstrip(",") in _KIN:
        return before[-1].rstrip(",")
    return ""


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12), st.integers(0, 40))
def test_kin_before_agrees_with_splitting_the_window(pieces: list[str], cut: int) -> None:
    head = "".join(pieces)[cut:][-32:]
    assert _kin_before(head) == _plain_kin(head)
