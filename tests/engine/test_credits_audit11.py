"""Credit and date forms an eleventh audit of pasted articles found missing (the prose here is invented)."""

from __future__ import annotations

from datetime import UTC, datetime

from reader.engine.dates import dated_line
from reader.engine.models import Draft
from reader.engine.preparation import prepare

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def _pasted(text: str) -> tuple[dict[str, list[str]], str | None]:
    _, art = prepare(Draft(source="/tmp/invented.txt", text=text, is_paste=True), fingerprint=False)
    return {c.name: c.roles for c in art.credits}, art.published


# D3: dates the page prints in other layouts

def test_a_name_glued_to_a_numeric_date() -> None:
    assert dated_line("Harbourwire09-05-2025", now=NOW) == ("plain", "2025-05-09", True)


def test_a_masthead_word_before_an_iso_timestamp() -> None:
    assert dated_line("中國網 2013-02-19 10:06", now=NOW) == ("plain", "2013-02-19T10:06:00Z", True)
    assert dated_line("Harbourwire 2013-02-19", now=NOW) == ("plain", "2013-02-19", True)
    assert dated_line("Harbour Wire Daily 2013-02-19", now=NOW) is None  # a phrase, not a masthead word
    assert dated_line("Anniversary 7 July 2005", now=NOW) is None  # a date in words after a word


def test_a_time_before_its_date_across_a_spaced_hyphen() -> None:
    assert dated_line("4:23 PM - 21 Feb 2015", now=NOW) == ("plain", "2015-02-21T16:23:00Z", True)


def test_a_date_before_a_widget_label_after_a_spaced_hyphen() -> None:
    assert dated_line("Feb 7, 2022 8:28 PM - REPORT AN ERROR", now=NOW) == ("plain", "2022-02-07T20:28:00Z", True)
    assert dated_line("BY Xinhua, Feb 7, 2022 8:28 PM - REPORT AN ERROR", now=NOW) == (
        "published", "2022-02-07T20:28:00Z", True)
    # a sentence after the dash: a headline with a date in it, not a date line
    assert dated_line("21 Feb 2015 - the day the bridge fell down.", now=NOW) is None
    assert dated_line("Election - 21 Feb 2015 - what we know so far", now=NOW) is None


def test_a_paste_dated_by_a_time_first_line() -> None:
    text = ("News\n\nBridge reopens after repairs\n\nHarbour FM\n\n4:23 PM - 21 Feb 2015\n\n"
            "The bridge over the Velm reopened on Saturday after six months of repairs.\n\n"
            "The council said traffic would be light at first.")
    assert _pasted(text)[1] == "2015-02-21T16:23:00Z"
