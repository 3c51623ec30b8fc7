"""Wire credits in byline and dateline lines with no bracket, and a sign-off after two hyphens (invented prose)."""

from __future__ import annotations

from reader.engine import credits
from reader.engine.models import Draft
from reader.engine.preparation import prepare


def _roles(text: str, junk: list[str] | None = None) -> dict[str, list[str]]:
    return {c.name: c.roles for c in credits.find_credits(text, junk or [])}


_BODY = "The old bridge reopened on Monday after repairs, officials said."


def test_place_dash_agency_line_is_a_source() -> None:
    assert _roles(_BODY, ["BELMONT - Agence France-Presse"]) == {"AFP": ["source"]}
    assert _roles("BELMONT - Agence France-Presse\n\n" + _BODY) == {"AFP": ["source"]}


def test_place_dash_paper_or_prose_is_no_wire_byline() -> None:
    assert _roles(_BODY, ["BELMONT - The old bridge reopened, AFP said"]) == {}
    assert _roles(_BODY, ["BELMONT - Lantern Weekly"]) == {}


def test_bulleted_agency_and_staff_byline_is_a_source() -> None:
    assert _roles(_BODY, ["• Kyodo, staff report"]) == {"Kyodo News": ["source"]}
    assert _roles(_BODY, ["AFP and staff reports"]) == {"AFP": ["source"]}


def test_agency_beside_other_words_is_no_byline() -> None:
    assert _roles(_BODY, ["Kyodo, Ossery town hall"]) == {}
    assert _roles("Kyodo, citing a ministry source, said the talks were off.") == {"Kyodo News": ["cited"]}


def test_date_and_time_by_agency_is_a_source() -> None:
    assert _roles(_BODY, ["June 3,2011 09:00 by UPI"]) == {"UPI": ["source"]}
    assert _roles("June 3,2011 09:00 by UPI\n\n" + _BODY) == {"UPI": ["source"]}


def test_words_before_by_must_be_a_date() -> None:
    assert _roles(_BODY, ["Two bridges closed in 2011 by UPI"]) == {}


def test_copyright_with_a_comma_and_by_is_the_agency_source() -> None:
    line = "Copyright © 2011, by United Press International. All Rights Reserved."
    assert _roles(_BODY, [line]) == {"UPI": ["source"]}


def test_colon_dateline_with_the_agency_after_the_place() -> None:
    text = "LIMA, Xinhua: Two bridges were closed on Monday after heavy rain, officials said."
    assert _roles(text) == {"Xinhua": ["source"]}
    assert _roles("LIMA, Peru: Two bridges were closed on Monday.") == {}


def test_bracketed_agency_then_slash_and_date_after_a_headline() -> None:
    text = "Ferry service resumes (Wam) / 9 March 2015 The ferry between the islands ran again on Monday."
    assert _roles(text) == {"WAM": ["source"]}
    assert _roles("Ferry service resumes (Lantern) / 9 March 2015 The ferry ran again on Monday.") == {}


def test_double_hyphen_sign_off_keeps_the_sentence_and_credits_the_agency() -> None:
    for dash in ("--", "–", "—"):
        text = f"Court date set\n\nThe judge set a date on Monday, officials said.\n\n" \
               f"The court will hear the case next week. {dash} Reuters"
        _, art = prepare(Draft(source="/tmp/dash.txt", text=text, is_paste=True), fingerprint=False)
        assert art.text.endswith("The court will hear the case next week."), dash
        assert {c.name: c.roles for c in art.credits} == {"Reuters": ["source"]}, dash


def _credits_of(raw: str) -> tuple[list[tuple[str, list[str]]], str]:
    from reader.engine import preparation
    from reader.engine.ingest.plain import read_text

    _, art = preparation.prepare(read_text(raw, "/tmp/invented.txt"))
    return [(c.name, c.roles) for c in art.credits], art.text


def test_a_closing_bracket_of_agencies_credits_them_and_keeps_the_sentence() -> None:
    raw = ("Port strike ends\n\nThe port reopened on Monday after a week-long strike, officials said.\n\n"
           "Talks resume on Monday. (NORDBAY TIMES with AFP, REUTERS)")
    credits, text = _credits_of(raw)
    assert credits == [("AFP", ["source"]), ("Reuters", ["source"])]
    assert text.endswith("Talks resume on Monday.")


def test_a_byline_shared_with_an_agency_credits_it_as_contributor() -> None:
    raw = ("Port strike ends\n\nBy Coast Courier Staff and AFP\n\n"
           "The port reopened on Monday after a week-long strike, officials said.")
    assert _credits_of(raw)[0] == [("AFP", ["contributor"])]


def test_a_bracket_or_byline_that_holds_other_words_credits_nobody() -> None:
    raw = ("Port strike ends\n\nBy then the port and AFP staff had left\n\n"
           "The port reopened on Monday (pictured) after a strike, officials said. (with his wife, Ann)")
    assert _credits_of(raw)[0] == []
