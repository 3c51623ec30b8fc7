"""Credit forms a ninth audit of pasted articles found missing or wrong (the prose here is invented)."""

from __future__ import annotations

from reader.engine import credits, outlets
from reader.engine.models import Draft
from reader.engine.preparation import prepare

_HEAD = "Minister rejects talk of a rift\n\nThe minister said his words were meant for all members on Monday.\n\n"


def _roles(text: str, junk: list[str] | None = None) -> dict[str, list[str]]:
    return {c.name: c.roles for c in credits.find_credits(text, junk or [])}


def _pasted(text: str) -> dict[str, list[str]]:
    _, art = prepare(Draft(source="/tmp/invented.txt", text=text, is_paste=True), fingerprint=False)
    return {c.name: c.roles for c in art.credits}


def test_a_wire_byline_with_slashes_is_the_source_not_a_picture_credit() -> None:
    line = "By Lena Ostrova, Velm/Reuters/AFP, Orbury"
    assert _roles("x", [line]) == {"Reuters": ["source"], "AFP": ["source"]}
    assert _roles(line + "\n\nThe bridge reopened on Monday.") == {"Reuters": ["source"], "AFP": ["source"]}
    assert _roles("x", ["By Lena Ostrova/Reuters"]) == {"Reuters": ["source"]}


def test_a_picture_credit_with_slashes_stays_a_picture_credit() -> None:
    assert _roles("x", ["Photo by Lena Ostrova/Reuters"]) == {"Reuters": ["photo"]}
    assert _roles("x", ["Rescuers search the rubble in Orvale on Monday. REUTERS/Lena Ostrova"]) == {
        "Reuters": ["photo"]}


def test_an_agency_byline_glued_to_the_weekday_is_the_source() -> None:
    assert _roles("x", ["By APWednesday, June 23, 2010"]) == {"AP": ["source"]}
    assert _roles("x", ["By AFPMonday 3 May 2021"]) == {"AFP": ["source"]}
    assert _roles("x", ["By Ann RoeWednesday, June 23, 2010"]) == {}  # a person, not an agency
    assert _roles("x", ["By KestrelWednesday, June 23, 2010"]) == {}  # no registry agency


def test_an_agency_and_date_line_behind_a_share_widget_and_the_sites_domain() -> None:
    text = "0 CommentsPrint E-mail velmtoday.com, Xinhua, May 2, 2015\n\nThe bridge reopened on Monday."
    assert _roles(text) == {"Xinhua": ["source"]}
    assert _roles("velmtoday.com, AFP, May 2, 2015\n\nThe bridge reopened.") == {"AFP": ["source"]}
    assert _roles("Share Xinhua, May 2, 2015\n\nThe bridge reopened.") == {"Xinhua": ["source"]}
    assert _roles("velmtoday.com, Kestrel Daily, May 2, 2015\n\nThe bridge reopened.") == {}  # no agency


def test_a_sign_off_after_a_closing_quote_credits_sapa() -> None:
    assert outlets.kind("Sapa") == "agency"
    assert outlets.canonical("South African Press Association") == "Sapa"
    assert _pasted(_HEAD + "“We will be back next week.” - Sapa") == {"Sapa": ["source"]}
    assert _roles("Tourists crowded the Sapa market on Monday, officials said.") == {}  # a town: weak alias only


def test_national_agencies_added_to_the_registry() -> None:
    for name in ("African News Agency", "NNA", "ANGOP", "NAMPA", "MIA", "Thai News Agency", "DHA", "IHA"):
        assert outlets.kind(name) == "agency", name
    assert outlets.canonical("Demirören News Agency") == "DHA"
    assert _roles("LAGOS (ANA) - The bridge reopened on Monday.") == {"African News Agency": ["source"]}


def test_a_file_picture_credit_closed_by_an_acronym_in_brackets() -> None:
    caption = "Mayor Ana Brill speaks to reporters in Castel. File picture: Jon Marr/African News Agency(ANA)."
    assert _roles("x", [caption]) == {"African News Agency": ["photo"]}
    assert _roles(caption + "\n\nThe mayor spoke on Monday.") == {"African News Agency": ["photo"]}


def test_a_caption_closed_by_its_agency_under_a_picture_label() -> None:
    text = "Orbury coach Lars Hahn talks to Eli Rook (Reuters)\n\nThe match ended in a draw."
    assert _roles(text, ["View photo"]) == {"Reuters": ["photo"]}
    assert _roles(text) == {}  # no label: the line may be a headline carrying its wire's name
    said = "“We were tired,” Hahn said of the match (Reuters)\n\nThe match ended in a draw."
    assert _roles(said, ["View photo"]) == {}  # reported speech is no caption
    assert _roles("x", ["View photo", "Orbury coach Lars Hahn talks to Eli Rook (Reuters)"]) == {"Reuters": ["photo"]}


def test_a_picture_credit_glued_to_the_caption() -> None:
    junk = ["Roos and Brill shaking hands at a summit", "Relations have thawed since the spring talksImage: AP"]
    assert _roles("x", junk) == {"AP": ["photo"]}
    assert _roles("Relations have thawed since the spring talksPhoto: AFP\n\nThe talks went on.") == {
        "AFP": ["photo"]}
    assert _roles("x", ["The talks went on in Velm.Image: Kestrel Studio"]) == {}  # no registry name


def test_a_sunday_paper_is_no_alias_of_the_daily() -> None:
    assert _roles("The Sunday Times reported the talks had stalled.") == {"The Sunday Times": ["cited"]}
    assert _roles("The Sunday Telegraph reported the talks had stalled.") == {"The Sunday Telegraph": ["cited"]}
    assert _roles("The Times reported the talks had stalled.") == {"The Times": ["cited"]}
    assert outlets.canonical("Mail on Sunday") == "The Mail on Sunday"


def test_a_registry_name_heading_a_longer_masthead_is_not_that_outlet() -> None:
    compound = "Velm “trails nobody at all,” Ann Roe told the Frankfurter Allgemeine Wochenblatt on Sunday."
    assert _roles(compound) == {"Frankfurter Allgemeine Wochenblatt": ["cited"]}
    spelled = "Ann Roe told the Daily Mail Weekend Edition (DMWE) that the plan would pass."
    assert _roles(spelled) == {"Daily Mail Weekend Edition": ["cited"]}
    assert _roles("Ann Roe told the Frankfurter Allgemeine on Sunday.") == {"Frankfurter Allgemeine Zeitung": ["cited"]}
    assert _roles("Ann Roe told the Associated Press (AP) on Sunday.") == {"AP": ["cited"]}
    assert _roles("Ann Roe told the Frankfurter Allgemeine Zeitung (FAZ) on Sunday.") == {
        "Frankfurter Allgemeine Zeitung": ["cited"]}


def test_an_agency_whose_name_holds_its_noun_is_cited_when_it_said() -> None:
    assert _roles("Residents were moved overnight, the official Xinhua News Agency said.") == {"Xinhua": ["cited"]}
    assert _roles("Residents were moved overnight, the official Kestrel News Agency said.") == {
        "Kestrel News Agency": ["cited"]}
    assert _roles("The Velm Space Agency said the launch went well.") == {}  # no news agency
    # a registry agency as the subject of "said" is cited as well (audit A10: tests/engine/test_credits_audit10.py)
    assert _roles("Residents were moved overnight, Xinhua said.") == {"Xinhua": ["cited"]}
