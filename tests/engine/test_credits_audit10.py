"""Credit forms a tenth audit of pasted articles found missing or wrong (the prose here is invented)."""

from __future__ import annotations

from reader.engine import credits
from reader.engine.models import Draft
from reader.engine.preparation import prepare


def _roles(text: str, junk: list[str] | None = None) -> dict[str, list[str]]:
    return {c.name: c.roles for c in credits.find_credits(text, junk or [])}


def _pasted(text: str) -> dict[str, list[str]]:
    _, art = prepare(Draft(source="/tmp/invented.txt", text=text, is_paste=True), fingerprint=False)
    return {c.name: c.roles for c in art.credits}


# C1: picture credits on a line of their own or in a slash form

def test_a_caption_credit_split_onto_its_own_line_after_a_comma_is_a_picture_credit() -> None:
    assert _roles("x", [", AFP"]) == {"AFP": ["photo"]}
    assert _roles("The road reopened.\n\n, Reuters\n\nTraffic moved again.") == {"Reuters": ["photo"]}
    assert _roles("x", ["— AFP"]) == {"AFP": ["source"]}  # a wire line of its own stays the source
    assert _roles("x", [", The Orbury Times"]) == {}  # a paper supplies no picture so: its masthead
    # the caption and its credit line left together in the body
    assert _roles("The road reopened.\n\nRescuers dig at the site on Sunday\n, AFP\n\nIt rained.") == {
        "AFP": ["photo"]}


def test_a_pasted_caption_and_its_comma_credit() -> None:
    text = ("Landslide buries road office\n\nAt least five people died in the landslide, officials said on "
            "Monday in a statement.\n\nRescuers dig at the site of the landslide in Tarra on Sunday\n, AFP\n\n"
            "The minister said the road would reopen next week.")
    assert _pasted(text).get("AFP") == ["photo"]


def test_a_slash_picture_credit_names_the_outlet_before_the_photographer() -> None:
    caption = "Officials at the court in Velm on Monday. Photo/KT/JANE ODHIAMBO"
    assert _roles("x", [caption]) == {"KT": ["photo"]}
    assert _roles("x", ["Fans gather outside the stadium. PHOTO/DN/Ana Roe"]) == {"DN": ["photo"]}
    assert _roles("x", ["Fans gather outside the stadium. Photo/Reuters/Ana Roe"]) == {"Reuters": ["photo"]}


def test_a_slash_picture_credit_with_only_a_photographer_or_a_file_note_names_no_outlet() -> None:
    assert _roles("x", ["Fans gather outside the stadium. Photo/JANE ODHIAMBO"]) == {}
    assert _roles("x", ["Fans gather outside the stadium. Photo/FILE/JANE ODHIAMBO"]) == {}
    assert _roles("x", ["Fans gather outside the stadium. Photo/COURTESY/JANE ODHIAMBO"]) == {}
    assert _roles("x", ["Fans gather outside the stadium (Photo/Jo Roe, File)"]) == {}


def test_a_supplied_picture_credit_names_who_supplied_it() -> None:
    assert _roles("x", ["The missing man, Tom Ure of Velm. Supplied / Police"]) == {"Police": ["photo"]}
    assert _roles("x", ["The missing man, Tom Ure of Velm. Supplied/Orbury Council"]) == {
        "Orbury Council": ["photo"]}
    assert _roles("x", ["The missing man, Tom Ure of Velm. Supplied"]) == {}
    assert _roles("x", ["The missing man, Tom Ure of Velm. Supplied / Facebook"]) == {}  # a platform hosted it
    # in running prose the words are no credit line
    assert _roles("The council said the figures it supplied / police gave were wrong.") == {}


# C2: an agency as the subject of "said", or the agent of "was reported ... by"

def test_an_agency_that_said_something_is_cited() -> None:
    para = '"Rescuers reached the site within two hours," Xinhua said, without giving details.'
    assert _roles(para) == {"Xinhua": ["cited"]}
    assert _roles("The road reopened.\n\nXinhua said the epicentre was near the town.") == {"Xinhua": ["cited"]}
    assert _roles("Ten homes were flooded, Kyodo said.") == {"Kyodo News": ["cited"]}


def test_an_agency_after_by_or_as_an_object_is_not_the_one_that_said() -> None:
    assert _roles("Several villagers met by Bernama said the warning came in time.") == {}
    assert _roles("She thanked Xinhua said nobody.") == {}  # no sentence start, comma or quotation before it


def test_an_agency_that_said_it_could_not_verify_is_not_cited() -> None:
    assert _roles("Reuters said it could not independently verify the footage.") == {}
    assert _roles("The clip spread online. AFP said it was unable to confirm where it was filmed.") == {}


def test_a_weak_alias_before_said_is_no_agency() -> None:
    assert _roles("The CP said the motorcade did not stop at the checkpoint.") == {}


def test_a_report_by_an_agency_on_a_named_day_is_cited() -> None:
    assert _roles("The revised count was reported Saturday by Xinhua state news agency.") == {"Xinhua": ["cited"]}
    assert _roles("The new toll was reported on Monday by Kyodo.") == {"Kyodo News": ["cited"]}


# C3: "had reported" after a described outlet

def test_a_described_outlet_that_had_reported_is_cited() -> None:
    para = "Local media outlet Tarra Business Newspaper had reported that the port would close."
    assert _roles(para) == {"Tarra Business Newspaper": ["cited"]}
    assert _roles("The local newspaper Velm Ledger had said the port would close.") == {"Velm Ledger": ["cited"]}


# C4: credit words inside a quotation

def test_source_words_inside_a_quotation_give_no_credit() -> None:
    para = '"Based on reports by the Roads Office, there were three dead and two missing," spokesman Ed Marr said.'
    assert _roles(para) == {}
    para = "“Based on reports from the Harbour Board, nine are missing,” he said."
    assert _roles(para) == {}


def test_source_words_outside_a_quotation_still_credit() -> None:
    assert _roles("This article is based on reports by Coastal Wire.") == {"Coastal Wire": ["source"]}
    para = '"It was a long night," he said. This story was first published by Coastal Wire.'
    assert _roles(para) == {"Coastal Wire": ["source"]}


# C5: a name run stops at a sentence end

def test_a_described_outlet_name_stops_at_the_sentence_end() -> None:
    para = ("The minister said prices would rise, during an interview with local broadcaster K9T. He added that "
            "funds were ready.")
    assert _roles(para) == {"K9T": ["cited"]}
    para = ("The minister said prices would rise, during an interview with local broadcaster Radio Tala. He "
            "added that funds were ready.")
    assert _roles(para) == {"Radio Tala": ["cited"]}


def test_a_source_named_after_first_published_by_stops_at_the_sentence_end() -> None:
    para = "The story was first published by Harbour Ledger. It has been updated."
    assert _roles(para) == {"Harbour Ledger": ["source"]}


def test_an_initialism_inside_a_name_keeps_its_dots() -> None:
    para = "The figure was first reported by the weekly U.S. Harbour Review on Monday."
    assert list(_roles(para)) == ["U.S. Harbour Review"]


def test_the_words_after_a_citing_cue_stop_at_the_sentence_end() -> None:
    assert _roles("The fee rose, according to Velm Group. Coastal Wire staff left early.") == {}
    assert _roles("The fee rose, according to Coastal Wire. Staff left early.") == {"Coastal Wire": ["cited"]}


def test_a_slash_picture_credit_closing_a_caption_in_the_body_is_read() -> None:
    text = "The court sat.\n\nOfficials at the court on Monday. Photo/KT/JANE ODHIAMBO\n\nThe case goes on."
    assert _roles(text) == {"KT": ["photo"]}
    text = "The court sat.\n\nThe missing man, Tom Ure of Velm. Supplied / Police\n\nThe case goes on."
    assert _roles(text) == {"Police": ["photo"]}
    assert _roles("x", ["The missing man, Tom Ure of Velm. Photo/Supplied/Police"]) == {"Police": ["photo"]}
