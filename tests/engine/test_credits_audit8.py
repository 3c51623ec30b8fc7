"""Credit forms an eighth audit of pasted articles found missing or wrong (the prose here is invented)."""

from __future__ import annotations

from reader.engine import credits, outlets
from reader.engine.models import Draft
from reader.engine.preparation import prepare

_BODY = "The old bridge reopened on Monday after repairs, officials said."


def _roles(text: str, junk: list[str] | None = None) -> dict[str, list[str]]:
    return {c.name: c.roles for c in credits.find_credits(text, junk or [])}


def _pasted(text: str) -> tuple[dict[str, list[str]], str]:
    _, art = prepare(Draft(source="/tmp/invented.txt", text=text, is_paste=True), fingerprint=False)
    return {c.name: c.roles for c in art.credits}, art.text


def test_a_dateline_bracket_left_open_credits_its_agency() -> None:
    text = 'SALMIYA, May 3 (KUNA -- The minister said on Sunday that the ties were a "priority" for the country.'
    assert _roles(text) == {"KUNA": ["source"]}
    syndicated = "(Portal- Kuwait News Agency (KUNA)) SALMIYA, May 3 (KUNA -- The minister spoke on Sunday."
    assert _roles(syndicated) == {"KUNA": ["source"]}
    assert _roles("MARLOW, May 3 (AFP — The bridge reopened on Monday.") == {"AFP": ["source"]}


def test_an_open_bracket_of_no_agency_is_an_aside() -> None:
    assert _roles("The plan (Harbour council -- which met on Monday) was dropped.") == {}
    assert _roles("The panel (Kestrel Daily -- a weekly) met, officials said.") == {}
    assert _roles("MARLOW, May 3 (KUNA -- file) The bridge reopened.") == {}  # the bracket closes: no open mark


def test_an_agency_tag_closing_the_last_paragraph_is_the_source_and_the_sentence_stays() -> None:
    assert outlets.kind("INN") == "agency"
    text = "Minister rejects talk of a rift\n\nThe minister said his words were meant for all members.\n\n" \
           "He left for the capital on Monday. (INN)"
    found, body = _pasted(text)
    assert found == {"INN": ["source"]}
    assert body.endswith("He left for the capital on Monday. (INN)")
    assert _roles("Inn keepers met on Monday. The INN sign fell.") == {}  # INN is a weak alias: slots only


def test_a_byline_of_an_agency_in_headline_case_is_the_source() -> None:
    assert [m.name for m in outlets.mentions("News Agency Of Nigeria")] == ["News Agency of Nigeria"]
    text = "Police deny report of new commander\n\nNews Agency Of Nigeria\n\n" \
           "The police command in Oyo has denied that its commissioner had been replaced by an officer from Lagos."
    found, _ = _pasted(text)
    assert found == {"News Agency of Nigeria": ["source"]}
    assert _roles(_BODY, ["NEWS AGENCY OF NIGERIA"]) == {"News Agency of Nigeria": ["source"]}


def test_a_caption_closing_in_a_bare_agency_bracket_credits_the_picture() -> None:
    caption = "Volunteers lift a woman injured in the landslide onto a stretcher outside a clinic, Tarvik (Reuters)"
    assert _roles(_BODY, [caption]) == {"Reuters": ["photo"]}


def test_a_headline_or_byline_closing_in_an_agency_bracket_is_no_picture() -> None:
    assert _roles(_BODY, ["Quake kills 40 in Tarvik (Reuters)"]) == {}
    assert _roles(_BODY, ["By Jo Roe and Ann Lee in the north (Reuters)"]) == {}


def test_pressreader_question_marks_around_an_agency_credit_the_picture() -> None:
    line = " ?? REUTERS ?? Photo shows rescuers carrying a boy from a flooded house in the valley"
    assert _roles(_BODY, [line]) == {"Reuters": ["photo"]}
    assert _roles(_BODY + "\n\n" + line.strip()) == {"Reuters": ["photo"]}
    assert _roles(_BODY, ["Rescuers at work in the valley. ?? AFP ??"]) == {"AFP": ["photo"]}
    assert _roles(_BODY, ["?? Harbour Post ?? Photo shows the bridge"]) == {}  # a paper supplies no such credit


def test_based_on_reporting_by_agencies_makes_each_a_contributor() -> None:
    text = _BODY + "\n\nBased on reporting by AFP, Reuters, and AFP"
    assert _roles(text) == {"AFP": ["contributor"], "Reuters": ["contributor"]}
    text = _BODY + "\n\nThis story is based on reporting from the AP and Kyodo."
    assert _roles(text) == {"AP": ["contributor"], "Kyodo News": ["contributor"]}
    assert _roles(_BODY, ["Based on reporting by AFP and Reuters"]) == {"AFP": ["contributor"],
                                                                       "Reuters": ["contributor"]}


def test_based_on_materials_stays_a_source() -> None:
    assert _roles(_BODY + "\n\nThis article was prepared based on materials from TASS.") == {"TASS": ["source"]}


def test_a_hyphenated_paper_with_its_place_in_brackets_is_cited() -> None:
    text = "The former mayor must report to prison by Oct. 30, The (Dalport) Times-Courier reported."
    assert _roles(text) == {"Times-Courier": ["cited"]}
    assert _roles("The council met, The (Dalport) Daily Courier reported.") == {"Daily Courier": ["cited"]}


def test_a_hyphenated_word_with_a_head_word_is_no_paper_alone() -> None:
    assert _roles("According to the Post-Covid survey, sales fell by a third.") == {}
    assert _roles("Post-Brexit trade fell, the minister said.") == {}


def test_a_cited_name_leaves_the_sentence_full_stop() -> None:
    text = "The dam was last repaired in 1998, according to the local daily Dalport Times-Courier."
    assert _roles(text) == {"Dalport Times-Courier": ["cited"]}
    text = "The levee failed, according to the daily Dalport Times-Courier. It rained all week."
    assert _roles(text) == {"Dalport Times-Courier": ["cited"]}
    assert _roles("Rates rose, according to the daily U.S. Tribune. It rained.") == {"U.S. Tribune": ["cited"]}


def test_an_abbreviation_in_brackets_is_no_agency_mark() -> None:
    text = "The CM met party leaders including Pearl Assembly (PA) Speaker Omar Shah ahead of the session."
    assert _roles(text) == {}
    assert _roles("Members of the Tarvik Liberation Front (TLF) Marched on Monday.") == {}
    assert _roles("LONDON (PA) - " + _BODY) == {"PA Media": ["source"]}
    assert _roles("NEW DELHI, Press Trust of India (PTI) - " + _BODY) == {"PTI": ["source"]}
    assert _roles("Harbour Wire Service (HWS) - " + _BODY) == {"HWS": ["source"]}


def test_quoted_as_saying_by_the_official_agency_is_cited() -> None:
    text = "\u201cEvery crew is out on the roads,\u201d Milo was quoted as saying by the official Telam news agency."
    assert _roles(text) == {"Télam": ["cited"]}


def test_an_agency_byline_with_a_date_glued_on_is_the_source() -> None:
    assert _roles(_BODY, ["Xinhua, March 11, 2019 Adjust font size:"]) == {"Xinhua": ["source"]}
    assert _roles("Kyodo, 3 May 2024 10:02\n\n" + _BODY) == {"Kyodo News": ["source"]}
    assert _roles(_BODY, ["Harbour Post, March 11, 2019"]) == {}  # a paper's dateline is its own
    assert _roles(_BODY, ["Xinhua, March 11, 2019 reported that the old bridge had reopened."]) == {}
