"""Credits written as page layout: agency-and-place bylines, closing domains, courtesy notes, glued
"-Agency" suffixes and stock-photo lines (all prose here is invented)."""

from __future__ import annotations

from reader.engine import credits, furniture
from reader.engine.models import Draft
from reader.engine.preparation import prepare


def _roles(text: str, junk: list[str] | None = None) -> dict[str, list[str]]:
    return {c.name: c.roles for c in credits.find_credits(text, junk or [])}


def _page(paras: list[str]) -> tuple[dict[str, list[str]], list[str], list[str], str | None]:
    """Credits, body and furniture of a paste, as ingest splits and reads it."""
    body, junk, title = furniture.separate(paras)
    return _roles("\n\n".join(body), junk), body, junk, title


def test_agency_and_place_byline_is_a_source_and_furniture() -> None:
    found, body, junk, _ = _page(["AP Nairobi", "The council voted to close the market on Monday, officials said.",
                                  "The traders said they would appeal the decision."])
    assert found == {"AP": ["source"]}
    assert junk == ["AP Nairobi"]


def test_agency_byline_under_a_headline_is_not_the_title() -> None:
    found, body, junk, title = _page([
        "Club wins the final", "Image", "Press Trust of India Chennai", "Last Updated : Sep 09 2013 | 9:25 PM IST",
        "The club won the final 2-0 on Sunday, its coach said.",
    ])
    assert found == {"PTI": ["source"]}
    assert title == "Club wins the final"
    assert "Press Trust of India Chennai" in junk and body == ["The club won the final 2-0 on Sunday, its coach said."]


def test_agency_byline_in_the_text_is_read_too() -> None:
    assert _roles("AFP Paris\n\nThe museum reopened on Tuesday.") == {"AFP": ["source"]}


def test_agency_followed_by_other_words_is_no_byline() -> None:
    """A picture word, a staff word or a sentence after the agency: not a place."""
    assert _roles("AP Photo Archive") == {"AP": ["photo"]}
    assert _roles("Body.", ["AFP Exclusive"]) == {}
    assert _roles("The Canadian Press Toronto Office said nothing.") == {}


def test_agency_alone_in_brackets_with_a_date_is_a_source() -> None:
    assert _roles("The council voted on Monday.", ["(Xinhua) / 12 March 2015"]) == {"Xinhua": ["source"]}
    assert _roles("The council voted on Monday.", ["(Kyodo)"]) == {"Kyodo News": ["source"]}
    assert _roles("The council voted on Monday.", ["(Ani) - 3 May 2019"]) == {"ANI": ["source"]}
    assert _roles("The council voted on Monday.", ["(Xinhua) / Council votes"]) == {}  # no date: a headline's tail
    assert _roles("The council voted on Monday.", ["(Video) / 12 March 2015"]) == {}
    assert _roles("The council voted on Monday.", ["(The Guardian) / 12 March 2015"]) == {}  # a paper: no agency


def test_closing_domain_line_is_a_source() -> None:
    found, _, junk, _ = _page(["The company plans to cut 200 jobs, it said on Thursday.",
                               "The shares fell 3 percent in early trade.", "bloomberg.com"])
    assert junk == ["bloomberg.com"]
    assert found == {"Bloomberg": ["source"]}


def test_unregistered_domain_alone_is_no_credit() -> None:
    assert _roles("The minister resigned on Friday.", ["somelocalpaper.com"]) == {}


def test_source_line_naming_a_domain() -> None:
    assert _roles("The minister ordered the trucks seized.", ["Source: dailyexample.com"]) == {
        "dailyexample.com": ["source"]
    }
    assert _roles("The minister ordered the trucks seized.", ["Source: www.bloomberg.com"]) == {"Bloomberg": ["source"]}


def test_report_and_photo_courtesy_note() -> None:
    note = "(Report & Photo courtesy Rowing Federation Media)"
    assert _roles("The rowing team finished second in the regatta on Saturday.", [note]) == {
        "Rowing Federation Media": ["source", "photo"]
    }
    assert _roles("The team finished second.\n\nStory courtesy of the Harbour Courier") == {
        "Harbour Courier": ["source"]
    }


def test_photo_courtesy_of_a_person_is_no_credit() -> None:
    assert _roles("The mayor opened the bridge.", ["Photo courtesy Jane Doe"]) == {}


def test_glued_agency_suffix_is_credited_and_the_sentence_kept() -> None:
    found, body, junk, _ = _page([
        "ISLAMABAD: The minister postponed his news conference on Sunday.",
        "The spokesperson asked the media not to speculate.-Sabah",
    ])
    assert body[-1] == "The spokesperson asked the media not to speculate."
    assert junk == ["-Sabah"]
    assert found == {"Sabah": ["source"]}


def test_dash_inside_a_name_is_not_split() -> None:
    paras = ["Envoys meet again", "The envoys met on Monday to discuss the U.S.-Iran", "talks, officials said."]
    body, junk, _ = furniture.separate(paras)
    assert "The envoys met on Monday to discuss the U.S.-Iran" in body + junk
    assert furniture.separate(["He said it was over. - Jones"])[0] == ["He said it was over. - Jones"]


def test_stock_photo_line_is_a_picture_credit_and_furniture() -> None:
    found, body, junk, _ = _page([
        "A cartoon of a globe wearing a mask", "Image by someartist from Pixabay",
        "The survey found that most readers prefer short articles, its authors said on Monday.",
    ])
    assert "Image by someartist from Pixabay" in junk
    assert found == {"Pixabay": ["photo"]}


def test_bracketed_sign_off_leaves_the_last_sentence_in_the_text() -> None:
    text = ("BERLIN (Reuters) - The carmaker said on Wednesday its profit rose by a fifth.\n\n"
            "The company also said it would hire 500 engineers next year. (Reporting by Ana Bell; Editing by Tom Ray)")
    _, art = prepare(Draft(source="/tmp/signoff.txt", text=text, outlet="Reuters", is_paste=True), fingerprint=False)
    # the paragraph went to furniture whole, and the article lost its last sentence; now the sentence stays
    # and the sign-off is a line of its own, a credit line in the furniture (where the credit rules read it)
    assert art.text.endswith("The company also said it would hire 500 engineers next year.")
    assert art.furniture == ["(Reporting by Ana Bell; Editing by Tom Ray)"]


def test_brackets_that_are_part_of_the_sentence_stay() -> None:
    text = ("The council approved the plan on Monday, officials said.\n\n"
            "The design was chosen by a jury (led by the city architect) after a long contest.")
    _, art = prepare(Draft(source="/tmp/brackets.txt", text=text, is_paste=True), fingerprint=False)
    assert art.text.endswith("The design was chosen by a jury (led by the city architect) after a long contest.")
    assert art.furniture == []


def test_picture_label_with_an_unregistered_agency_and_a_platform() -> None:
    """The agency is credited for the picture; the platform that hosts it is no credit."""
    assert _roles("Body.", ["Photo: Delta Press/Flickr"]) == {"Delta Press": ["photo"]}
    assert _roles("Body.", ["Photo: GCIS/Flickr"]) == {"GCIS": ["photo"]}


def test_unregistered_acronym_then_picture_word_alone_on_a_line() -> None:
    assert _roles("Body.", ["KNA Photo"]) == {"KNA": ["photo"]}
    assert _roles("Body.", ["FILE Photo"]) == {}
    assert _roles("Body.", ["Ossery Photo"]) == {}


def test_picture_label_credits_both_agencies_of_a_slash_chain() -> None:
    line = "Rescuers search a shed in Pellow. Photograph: Xinhua/Rex Features"
    assert _roles("Body.", [line]) == {"Xinhua": ["photo"], "Rex Features": ["photo"]}
    assert _roles(line) == {"Xinhua": ["photo"], "Rex Features": ["photo"]}


def test_photographers_and_credit_words_are_no_unregistered_outlet() -> None:
    assert _roles("Body.", ["Photo: Jo Roe/AFP"]) == {"AFP": ["photo"]}
    assert _roles("Body.", ["Photo: REUTERS/KIM"]) == {"Reuters": ["photo"]}
    assert _roles("Body.", ["Photo: STR/AFP"]) == {"AFP": ["photo"]}
    assert _roles("Body.", ["(Photo: Contributor/Getty Images)"]) == {"Getty Images": ["photo"]}
    assert _roles("Body.", ["Photo: Ona Baptista/CC BY 2.0"]) == {}


def test_unregistered_names_in_prose_are_no_picture_credit() -> None:
    """Only the credit-only layout may name an unregistered outlet, never a sentence that mentions pictures."""
    assert _roles("The photo agency Delta Press sold the images to Ossery News.") == {}
    assert _roles("Body.", ["Photos of the GCIS building were shared by the KNA office"]) == {}


def test_caption_closing_with_a_bracketed_agency_credits_the_picture() -> None:
    assert _roles("Residents wait for buses in Pellow. [AFP]") == {"AFP": ["photo"]}
    assert _roles("About 3,000 people have left their homes since the storm began in May [AFP]") == {"AFP": ["photo"]}
    assert _roles("Body.", ["Residents wait for buses in Pellow [Reuters]"]) == {"Reuters": ["photo"]}


def test_bracketed_agency_closing_a_longer_paragraph_is_no_picture_credit() -> None:
    text = "The storm moved north on Monday. Residents of Pellow were told to stay indoors [AFP]"
    assert "photo" not in _roles(text).get("AFP", [])


def test_a_sentence_closed_by_a_bracketed_outlet_in_a_blog_is_no_picture_credit() -> None:
    text = "The papers were photographed as the minister carried them into the council chamber for the vote. [BBC]"
    assert "photo" not in _roles(text).get("BBC", [])
    text = "The papers were photographed as the minister carried them into the council chamber for the vote. [AFP]"
    assert "photo" not in _roles(text).get("AFP", [])


def test_a_top_caption_closing_on_an_agency_in_brackets_is_a_picture_credit_and_furniture() -> None:
    head = "Former mayor Ana Prado wins Velmar runoff, rival has not conceded"
    caption = "Velmar's former mayor Ana Prado greets supporters in Tolbek, October 29, 2022. (Reuters)"
    prose = ["Ana Prado narrowly won the runoff on Sunday, the electoral court said.",
             "She thanked her voters in a short speech."]
    found, body, junk, title = _page([head, caption, *prose])
    assert title == head and body == prose and junk == [caption]
    assert found == {"Reuters": ["photo"]}
    found, body, junk, _ = _page([head, caption, "Reuters, Tolbek/Velm", "Published: 31 October ,2022:", *prose])
    assert body == prose and caption in junk and found == {"Reuters": ["source", "photo"]}
    # where the body would start, one sentence long, the photo's caption under a share bar
    caption = ('Lawmakers hold signs saying Lawmakers hold signs saying "Oust the mayor" during their protest at '
               "the council on Friday calling for his ouster. (Yonhap)")
    found, body, junk, _ = _page(["Mayor's rumored visit to the council causes commotion", "Link copied", caption,
                                  *prose])
    assert body == prose and caption in junk and found == {"Yonhap": ["photo"]}


def test_a_one_sentence_wire_brief_opening_on_its_dateline_is_no_caption() -> None:
    brief = "NEW TOLBEK [Velmar], May 3 (ANI): The harbour board approved the new ferry timetable. (ANI)"
    found, body, _, _ = _page(["Board backs ferry timetable", brief, "Ferry strike ends after nine days of talks",
                               "The union said on Monday that its members would return to work on the ferries."])
    assert brief in body and found == {"ANI": ["source"]}


def test_a_wire_sign_off_in_brackets_closing_the_story_stays_its_source() -> None:
    paras = ["Velmar court upholds runoff result", "The electoral court upheld the result of the runoff on Monday.",
             "The losing candidate said he would not appeal. (Reuters)"]
    found, body, junk, _ = _page(paras)
    assert body == paras[1:] and found == {"Reuters": ["source"]}


def test_a_name_and_an_agency_in_brackets_under_the_prose_is_a_caption() -> None:
    paras = ["Governing bloc to refer rival deputy to its conduct committee",
             "Lawmakers filed complaints against each other on Monday.", "Rep. Seo Jin-woo (Yonhap)",
             "Rep. Seo Jin-woo (Yonhap)", "Rep. Seo refused to appear for questioning on Tuesday."]
    found, body, junk, _ = _page(paras)
    assert body == [paras[1], paras[4]] and junk == paras[2:4]
    assert found == {"Yonhap": ["photo"]}
    # a reporter's name and agency closing the story is its byline, not a caption
    found, body, _, _ = _page([*paras[:2], "Jo Lindqvist (Reuters)"])
    assert "photo" not in found.get("Reuters", [])
    # the same shape over the first sentence is a dateline on a line of its own, and capitals are one too
    for dateline in ("Port Aldmere (AFP)", "PORT ALDMERE (AFP)"):
        found, _, _, _ = _page([dateline, "The port reopened on Tuesday after the storm, officials said."])
        assert "photo" not in found.get("AFP", [])


def test_an_agency_byline_over_two_places_is_a_source() -> None:
    found, _, junk, _ = _page(["Velmar runoff goes to Prado", "Reuters, Tolbek/Velm", "Published: 31 October ,2022:",
                               "Ana Prado narrowly won the runoff on Sunday, the electoral court said."])
    assert found == {"Reuters": ["source"]} and "Reuters, Tolbek/Velm" in junk


def test_an_agency_and_a_dash_opening_a_paragraph_is_its_source() -> None:
    lead = "AFP – The island of Orlin had evacuated more than 40,000 people as of Friday, state media said."
    found, body, _, _ = _page(["Orlin evacuates 40,000 as storm nears", lead, "Schools were closed."])
    assert found == {"AFP": ["source"]} and body[0] == lead
    assert _roles("Reuters -- Shares fell on Monday.") == {"Reuters": ["source"]}
    # an outlet that is no agency, or a dash inside a sentence, is no such lead
    assert _roles("The Guardian – The paper said it would appeal.") == {}
    assert _roles("Analysts at AFP – Fenwick said shares would fall.") == {}
