"""Titles of pasted pages whose first lines are page furniture (invented pages, audit class M1)."""

from __future__ import annotations

import pytest

from reader.engine import furniture
from reader.engine.ingest.plain import read_text
from reader.engine.preparation import prepare

_BODY = "The harbour board approved the new ferry timetable on its second reading, the chairwoman told reporters."


def _paste(*lines: str):  # noqa: ANN202 (the stored article)
    return prepare(read_text("\n\n".join(lines) + "\n", "paste.txt"), fingerprint=False)[1]


@pytest.mark.parametrize(
    "furniture_line",
    [
        "Stay connected with us",
        "Hello, what are you looking for?",
        "Please enter a keyword or a place",
        "Begin typing your search above and press return",
        "Harbour / Ferries /",
        "Local News of Tuesday, 4 June 2024",
        "240604 Harbour Chairwoman Mara Lind file picture",
    ],
)
def test_title_is_the_first_line_that_is_no_furniture(furniture_line: str) -> None:
    art = _paste(furniture_line, "Harbour board backs timetable", _BODY)
    assert art.title == "Harbour board backs timetable"
    assert furniture_line in art.furniture
    assert furniture_line not in art.text


def test_title_case_headline_with_a_colon_beats_the_byline_under_it() -> None:
    art = _paste("Skip to main content", "Please type a topic or a town", "Harbour Chief: No More Delays",
                 "By Ana Bell on April 02, 2016 | Last updated on May 30, 2018", _BODY)
    assert art.title == "Harbour Chief: No More Delays"
    assert art.published == "2016-04-02"


def test_a_timestamp_glued_to_the_title_goes_to_furniture_and_hashtags_go() -> None:
    body, junk, title = furniture.separate(["#Ports #NEWS Harbour board backs ferry timetable", _BODY])
    assert title == "Harbour board backs ferry timetable"
    body, junk, title = furniture.separate(["Harbour board backs ferry timetable on 2015/04/11 09:12:05", _BODY])
    assert title == "Harbour board backs ferry timetable"
    assert junk == ["on 2015/04/11 09:12:05"]




def test_a_desk_byline_with_a_bullet_is_neither_title_nor_text() -> None:
    art = _paste("• Velm Press, staff report", _BODY, "The new timetable starts in May.")
    assert art.title != "• Velm Press, staff report"
    assert "• Velm Press, staff report" in art.furniture
    assert "staff report" not in art.text


def test_a_date_stamp_opening_the_first_line_is_no_word_of_the_title() -> None:
    art = _paste("date 2019-04-02 Harbour strike ends in Velm", _BODY)
    assert art.title == "Harbour strike ends in Velm"
    assert art.published == "2019-04-02"
    assert "date 2019-04-02" in art.furniture
    art = _paste("date 2019-04-02 PORT VELM, April 2 The harbour strike ended on Tuesday, the union said.", _BODY)
    assert art.published == "2019-04-02"
    assert art.text.startswith("PORT VELM, April 2 The harbour strike")


def test_a_repeated_standfirst_under_the_headline_does_not_take_the_title() -> None:
    stand = "Engineers finished repairs to the old span on Monday"
    art = _paste("Bridge reopens in Ossery", stand, stand, _BODY)
    assert art.title == "Bridge reopens in Ossery"
    art = _paste("Ossery Post", "Bridge reopens in Ossery", "Bridge reopens in Ossery", _BODY)
    assert art.title == "Bridge reopens in Ossery"


@pytest.mark.parametrize(
    "furniture_line",
    ["Get our updates the moment they land — straight to your browser",
     "facebooktwittertelegramwhatsapp\ncopy short urlprintemail"],
)
def test_push_prompts_and_glued_share_bars_are_no_title(furniture_line: str) -> None:
    art = _paste(furniture_line, "Bridge reopens in Ossery", _BODY)
    assert art.title == "Bridge reopens in Ossery"
    assert not any(w in art.text for w in ("browser", "whatsapp"))


def test_text_size_buttons_are_no_title_and_a_repeated_standfirst_is_furniture() -> None:
    art = _paste("+ A", "A - webmaster", "REUTERS", _BODY)
    assert art.title != "A - webmaster"
    stand = "Engineers finished repairs to the old span on Monday"
    art = _paste("Bridge reopens in Ossery", stand, stand, _BODY)
    assert stand not in art.text


def test_a_headline_about_news_reports_is_no_desk_byline() -> None:
    art = _paste("Rebels dispute news reports", _BODY)
    assert art.title == "Rebels dispute news reports"


def test_a_section_name_above_a_repeated_headline_does_not_take_the_title() -> None:
    head = "Ferry strike ends after nine days"
    art = _paste("Velmia and the Islands", head, head, _BODY)
    assert art.title == head


def test_a_promo_line_in_another_script_is_furniture_and_never_the_title() -> None:
    body, junk, title = furniture.separate(["Δείτε εδώ την ειδική έκδοση", "Tarvo sags as sales disappoint", _BODY])
    assert title == "Tarvo sags as sales disappoint"
    assert junk == ["Δείτε εδώ την ειδική έκδοση"]
    # a page in that script keeps its headline
    greek = "Η επιτροπή του λιμανιού ενέκρινε το νέο δρομολόγιο των πλοίων την Τρίτη, δήλωσε η πρόεδρος."
    assert furniture.separate(["Δείτε εδώ την ειδική έκδοση", greek])[2] == "Δείτε εδώ την ειδική έκδοση"


def test_a_menu_whose_links_a_copy_glued_together_is_furniture() -> None:
    menu = "FinancialHarbour SolutionsLegalWire News AgencyRisk SolutionsTax & AccountingBlog: Answers"
    body, junk, title = furniture.separate([menu, "Harbour board backs timetable", _BODY])
    assert title == "Harbour board backs timetable"
    assert junk == [menu]
    head = "PlayStation maker and YouTube agree on streaming deal"  # two brand names glued by their owners
    assert furniture.separate([head, _BODY])[2] == head


def test_a_bare_section_label_between_the_standfirst_and_a_notice_is_furniture() -> None:
    paras = ["Union hits out at night bail hearings", "The wardens' union has criticised the new bail hearings.",
             "Kestrel", "Don't miss out on the latest stories from Kestrel. Topics you follow will show up here.",
             _BODY]
    body, junk, title = furniture.separate(paras)
    assert title == paras[0]
    assert body == [paras[1], _BODY]


def test_a_first_paragraph_quoting_another_script_does_not_make_the_headline_foreign() -> None:
    quote = "«Ми переможемо, і порт працюватиме далі», — сказав він."
    paras = ["Harbour board backs timetable", quote, _BODY, _BODY.replace("board", "council")]
    assert furniture.separate(paras)[2] == "Harbour board backs timetable"


def test_a_japanese_headline_in_kanji_over_a_body_in_kana_is_one_writing() -> None:
    from reader.engine.furniture_titles import script

    head = "東京都議会選挙 投票率上昇"
    body = "東京都議会の選挙では、多くの人が投票に行きました。雨でしたが、投票所には長い列ができました。"
    assert script(head) == script(body)
    assert script("Δείτε εδώ την ειδική έκδοση") != script("Łódź council backs timetable") == script(_BODY)


def test_a_title_bar_holding_the_headline_then_the_sites_name_and_menu_yields_to_the_headline() -> None:
    head = "Dorin: palace declines to comment on possible tariffs"
    bar = (f"{head} - News Archive - ORLIN Business News Agency - Home Markets Politics Energy Business Wire Financial"
           " Wire Oil Gas Metals Mining Transport Calendar Interviews Opinions Press Releases" + " Section" * 60)
    body, junk, title = furniture.separate([bar, head, _BODY])
    assert title == head
    assert junk == [bar] and body == [_BODY]
    # a headline that merely goes on past a shorter line under it stays the title
    longer = "Harbour board backs timetable after a long debate"
    assert furniture.separate([longer, "Harbour board backs timetable", _BODY])[2] == longer


@pytest.mark.parametrize(
    ("bar", "title", "outlet"),
    [
        ("Kestrel Gazette | Harbour board backs new timetable", "Harbour board backs new timetable",
         "Kestrel Gazette"),
        ("Harbour board backs new timetable | Kestrel Gazette", "Harbour board backs new timetable",
         "Kestrel Gazette"),
        ("Harbour board backs new timetable - The Kestrel Times", "Harbour board backs new timetable",
         "The Kestrel Times"),
        ("Daily Kestrel - Harbour board backs new timetable", "Harbour board backs new timetable", "Daily Kestrel"),
        ("Opinion | Why the harbour board got it right", "Why the harbour board got it right", "paste"),
        ("Ports | Local | Harbour board backs new timetable", "Harbour board backs new timetable", "paste"),
        ("Harbour board backs new timetable - kestrelnews.com", "Harbour board backs new timetable",
         "kestrelnews.com"),
        ("Velm Voice | Kestrel - Velm ferry talks stall", "Kestrel - Velm ferry talks stall", "Velm Voice"),
        ("Kestrel | Ferry talks stall over fares", "Ferry talks stall over fares", "paste"),  # a place's name
    ],
)
def test_a_one_line_title_bar_gives_its_headline_and_names_its_site(bar: str, title: str, outlet: str) -> None:
    """A bar copied with no second copy of the headline under it: the headline part is the title, the bar
    whole goes to the furniture, and a site named in it is the outlet."""
    art = _paste(bar, _BODY)
    assert art.title == title
    assert art.furniture == [bar]
    assert art.outlet == outlet
    assert art.text == _BODY


@pytest.mark.parametrize(
    "headline",
    [
        "Kestrel - Velm ferry talks stall over fares",  # a dash between two places, no site
        "Harbour board backs timetable - and fares",  # the short part is no site
        "Harbour board backs timetable - Velm Voice says",  # the short part names no site
    ],
)
def test_a_headline_with_a_dash_or_bar_stays_whole(headline: str) -> None:
    art = _paste(headline, _BODY)
    assert art.title == headline
    assert headline not in art.furniture
