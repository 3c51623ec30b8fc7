"""The cheap test in front of date_line's cleaning never turns away a line the full reading accepts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.engine import dates

_PIECES = st.sampled_from(
    ["May", "may", "Sept", "ſept", "sep", "Mar", "March", "Updated", "Published", "Modified", "Last updated", "x",
     "The", "minister", " ", "\u00a0", "\x00", "\x1b[1m", "|", " – ", ",", ":", "Monday", "GMT", "+", "3", "2025",
     "10.30", "pm", "18 Mar 2023", "Ma", "rch", "\n", "Today"]
)
_LINES = st.lists(_PIECES, max_size=12).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_LINES)
def test_gate_is_necessary_for_a_day_after_cleaning(line: str) -> None:
    if dates._HAS_DAY.search(dates._clean(line)):
        assert dates._may_have_day(dates.strip_controls(line))


def test_glued_month_still_reaches_the_parser() -> None:
    assert dates._HAS_DAY.search(dates._clean("MayUpdated"))
    assert dates._may_have_day("MayUpdated")
    assert all(any(w.startswith(s) for s in dates._MONTH_STEMS) for w in dates._MONTH_WORDS.split("|"))
    assert dates.date_line("The minister spoke to reporters") is None
