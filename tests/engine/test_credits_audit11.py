"""Credit and date forms an eleventh audit of pasted articles found missing (the prose here is invented)."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.engine import credit_kinds, credits
from reader.engine.dates import dated_line
from reader.engine.models import Draft
from reader.engine.preparation import prepare

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def _roles(text: str, junk: list[str] | None = None) -> dict[str, list[str]]:
    return {c.name: c.roles for c in credits.find_credits(text, junk or [])}


def _pasted(text: str) -> tuple[dict[str, list[str]], str | None]:
    _, art = prepare(Draft(source="/tmp/invented.txt", text=text, is_paste=True), fingerprint=False)
    return {c.name: c.roles for c in art.credits}, art.published


# C1: "BY <agency>, <date> <time> - REPORT AN ERROR"

def test_a_by_line_of_an_agency_its_date_and_a_widget_label_gives_the_source() -> None:
    line = "BY Xinhua, Mar 12, 2021 6:14 PM - REPORT AN ERROR"
    assert _roles("x", [line]) == {"Xinhua": ["source"]}
    assert _roles("x", ["By Kyodo, 3 May 2024 10:02 | Share"]) == {"Kyodo News": ["source"]}
    assert _roles("x", ["By Kyodo, 3 May 2024"]) == {"Kyodo News": ["source"]}
    # a paper's name in that slot is the site's own masthead, and a sentence after the dash no label
    assert _roles("x", ["BY Kyodo, Mar 12, 2021 - The minister said the talks failed."]) == {}
    assert _roles("x", ["BY Ola Brant, Mar 12, 2021 6:14 PM - REPORT AN ERROR"]) == {}


def test_the_by_line_dates_the_paste_too() -> None:
    text = ("Minister says blockade must end\n\nBY Xinhua, Mar 12, 2021 6:14 PM - REPORT AN ERROR\n\n"
            "Transport Minister Ola Brant says it is time for the blockade in Carrow to end.\n\n"
            "He spoke at a news conference on Monday afternoon.")
    found, published = _pasted(text)
    assert found.get("Xinhua") == ["source"]
    assert published is not None and published.startswith("2021-03-12")


# C2: an outlet missing from the registry named with a kind word

def test_quoted_in_an_issue_of_the_newspaper_names_a_cited_paper() -> None:
    text = "Eira Voss was quoted in Friday's issue of the newspaper Tidende saying that the quay would reopen soon."
    assert _roles(text) == {"Tidende": ["cited"]}
    assert _roles("Eira Voss was quoted in the weekly Velmer Bote as saying the dam held.") == {
        "Velmer Bote": ["cited"]}


def test_a_day_after_an_outlet_noun_is_no_outlet() -> None:
    assert _roles("Voss told the media Tuesday that the dam held.") == {}
    assert _roles("Voss was quoted in the media on Tuesday as saying the dam held.") == {}
    assert _roles("Voss was quoted in local media Friday as saying the dam held.") == {}
    assert _roles("Voss told the newspaper Sunday Herald that the dam held.") == {"Sunday Herald": ["cited"]}


def test_a_place_s_paper_that_reported_is_cited() -> None:
    assert _roles("Valdoria's Gazeta paper earlier reported citing own sources that the ministry would resign.") \
        == {"Gazeta": ["cited"]}
    assert _roles("Valdoria's Tidsbladet daily said on Monday that the port would close.") == {
        "Tidsbladet": ["cited"]}
    # the place before an outlet-like name is no word of it
    assert _roles("Valdoria's Harbour Gazette reported that the port would close.") == {"Harbour Gazette": ["cited"]}


def test_a_registry_paper_with_paper_after_it_is_cited() -> None:
    assert _roles("Russia's Kommersant paper earlier reported that the envoy had resigned.") == {
        "Kommersant": ["cited"]}


def test_possessive_kind_nouns_that_name_no_outlet() -> None:
    for text in (
        "Valdoria's Tuesday paper reported nothing new.",  # a day, not a name
        "Valdoria's French newspaper said the port would close.",  # a nationality
        "Valdoria's Gazeta paper was sold to a bank last year.",  # no reporting verb
        "The mayor's White Paper said the port would close.",  # a document, its noun capitalised
        "Valdoria's Mira paper mill said it would close.",  # the noun is part of another noun
    ):
        assert _roles(text) == {}, text


# D3: dates the page prints in other layouts

def test_a_name_glued_to_a_numeric_date() -> None:
    assert dated_line("Harbourwire09-05-2025", now=NOW) == ("plain", "2025-05-09", True)


def test_a_masthead_word_before_an_iso_timestamp() -> None:
    assert dated_line("中國網 2013-02-19 10:06", now=NOW) == ("plain", "2013-02-19T10:06:00Z", True)
    assert dated_line("Harbourwire 2013-02-19", now=NOW) == ("plain", "2013-02-19", True)
    assert dated_line("Harbour Wire Daily 2013-02-19", now=NOW) is None  # a phrase, not a masthead word
    assert dated_line("Anniversary 7 July 2005", now=NOW) is None  # a date in words after a word


def test_a_time_before_its_date_across_a_spaced_hyphen() -> None:
    assert dated_line("5:41 PM - 19 Mar 2016", now=NOW) == ("plain", "2016-03-19T17:41:00Z", True)


def test_a_date_before_a_widget_label_after_a_spaced_hyphen() -> None:
    assert dated_line("Mar 12, 2021 6:14 PM - REPORT AN ERROR", now=NOW) == ("plain", "2021-03-12T18:14:00Z", True)
    assert dated_line("BY Xinhua, Mar 12, 2021 6:14 PM - REPORT AN ERROR", now=NOW) == (
        "published", "2021-03-12T18:14:00Z", True)
    # a sentence after the dash: a headline with a date in it, not a date line
    assert dated_line("19 Mar 2016 - the day the bridge fell down.", now=NOW) is None
    assert dated_line("Election - 19 Mar 2016 - what we know so far", now=NOW) is None


def test_a_paste_dated_by_a_time_first_line() -> None:
    text = ("News\n\nBridge reopens after repairs\n\nHarbour FM\n\n5:41 PM - 19 Mar 2016\n\n"
            "The bridge over the Velm reopened on Saturday after six months of repairs.\n\n"
            "The council said traffic would be light at first.")
    assert _pasted(text)[1] == "2016-03-19T17:41:00Z"


_PIECES = ["Valdoria's ", "Velm’s ", "Gazeta ", "Tidende ", "paper ", "newspaper ", "daily ", "weekly ", "TV ",
           "channel ", "station ", "news ", "site ", "earlier ", "reported", "said", " ", "\n", ".", "'s", "x"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=10).map("".join))
def test_the_kind_gate_passes_whenever_the_possessive_form_matches(text: str) -> None:
    """may_name_by_kind is a necessary condition of POSSESSED_BY_KIND, as the paragraph gates rely on."""
    if credit_kinds.POSSESSED_BY_KIND.search(text):
        assert credit_kinds.may_name_by_kind(text.lower())
        assert "'s " in text or "’s " in text
        assert any(n in text for n in credit_kinds._POSSESSED_NOUNS)  # named_by_kind's own gate


# The registry: major papers, broadcasters and agencies of many countries, named as written

def test_registry_knows_more_papers_and_agencies() -> None:
    from reader.engine import outlets

    assert outlets.canonical("Times-Picayune") == "The Times-Picayune"
    assert outlets.canonical("Agência de Informação de Moçambique") == "AIM"
    assert outlets.kind("Newsis") == "agency"
    assert outlets.from_url("https://www.standaard.be/a/b") == "De Standaard"
    assert _roles("Moskovsky Komsomolets reported that the envoy had resigned.") == {
        "Moskovsky Komsomolets": ["cited"]}
    assert _roles("The storm was first reported by Jornal de Angola on Monday.") == {"Jornal de Angola": ["cited"]}


def test_new_names_that_are_also_ordinary_words_need_a_strong_slot() -> None:
    from reader.engine import outlets

    for text in ("The Golden Globes were held in Velm.", "Leaders of Republika Srpska met on Monday.",
                 "The Mid-Day Meal scheme feeds pupils.", "Ruins at Caracol drew visitors."):
        assert outlets.mentions(text) == [], text
