"""Titles and furniture from the A11 audit of real articles, each shown in invented prose."""

from __future__ import annotations

from reader.engine import furniture
from reader.engine.preparation import _fallback_title


def test_a_related_list_item_is_never_the_title() -> None:
    paras = ["Read", "- Storm shuts schools across the Elm valley", "|", "- Ferry fares to rise in Carrow",
             "- Council backs new bus lanes", "Sponsored Links", "Court lets phones into the public gallery",
             "NORVALE (Wire) - Visitors to hearings may bring phones into the gallery, a judge said on Monday.",
             "The change follows complaints from reporters."]
    body, junk, title = furniture.separate(paras)
    assert title == "Court lets phones into the public gallery"
    assert "- Ferry fares to rise in Carrow" in junk
    assert body[0].startswith("NORVALE (Wire)")


def test_the_line_above_a_photo_credit_is_a_caption_not_the_title() -> None:
    paras = ["Deputy Foreign Minister of Valdoria Pavel Orlin", "© Anna Berg/TASS",
             "MORAVA, July 18. /TASS/. Deputy Foreign Minister of Valdoria Pavel Orlin said the talks would go on."]
    body, junk, title = furniture.separate(paras)
    assert title is None
    assert "Deputy Foreign Minister of Valdoria Pavel Orlin" in junk
    assert body == [paras[2]]


def test_a_headline_over_a_photo_credit_further_down_stays_the_title() -> None:
    paras = ["Harbour bridge reopens after two years of repairs", "Crews worked through the winter on the span.",
             "Engineer Mara Lind on the deck", "© Tom Reed/Velm Press", "The bridge carries 40,000 cars a day."]
    _, _, title = furniture.separate(paras)
    assert title == "Harbour bridge reopens after two years of repairs"


def test_a_wire_dateline_is_never_the_fallback_title() -> None:
    text = "NORTH HARBOUR, September 26. /TASS/. The refusal came as no surprise, Pavel Orlin said."
    assert _fallback_title(text) == "The refusal came as no surprise, Pavel Orlin said."
    assert _fallback_title("The dam held. Then the rain stopped.") == "The dam held."


def test_upsell_widgets_and_an_image_placeholder_after_the_story_are_furniture() -> None:
    paras = ["Court quashes order against the Velm archive",
             "NORVALE, May 9 (Wire) - The top court on Friday quashed an order against an online archive.",
             "The ruling was welcomed by press groups.", "Orange background", "Try Our Smart Features",
             "Explore what Brightline Assist can do for you:", "Comments"]
    body, junk, _ = furniture.separate(paras)
    assert body == paras[1:3]
    assert {"Orange background", "Try Our Smart Features",
            "Explore what Brightline Assist can do for you:"} <= set(junk)


def test_a_sentence_about_a_background_or_features_stays() -> None:
    paras = ["Council plans new library",
             "The council said on Monday it would try our patience with yet more features of the plan.",
             "Its background is complex, the mayor said."]
    body, _, _ = furniture.separate(paras)
    assert body == paras[1:]


def test_story_id_labels_and_a_learn_more_promo_are_furniture() -> None:
    paras = ["Port strike ends after talks", "Dock workers ended their strike on Monday after talks with the port.",
             "For our free harbour strike coverage, learn more here.",
             "The union said pay talks would resume next month.", "Story Code: 16975", "News Link :",
             "https://www.example.com/news/16975/port-strike-ends"]
    body, junk, _ = furniture.separate(paras)
    assert body == [paras[1], paras[3]]
    assert {"Story Code: 16975", "News Link :", paras[2]} <= set(junk)


def test_cjk_masthead_and_editor_lines_on_an_english_page_are_furniture() -> None:
    # the copy sets pinyin beside each character, whose accented Latin letters outnumber the characters
    paras = ["Velm urges calm on the river dispute", "河灣(hé wān)新聞(xīn wén)網(wǎng) 2014-05-22 08:31",
             "Velm on Monday dismissed a report that its neighbour planned to close the dam this spring.",
             "(河灣(hé wān)新聞(xīn wén) Lin 編(biān)輯(jí))",
             "The talks will resume next month, the spokesman said.", "Both sides have agreed to meet in Carrow."]
    body, junk, title = furniture.separate(paras)
    assert title == paras[0]
    assert body == [paras[2], paras[4], paras[5]]
    assert {paras[1], paras[3]} <= set(junk)


def test_an_about_label_at_the_foot_takes_its_cut_blurb() -> None:
    paras = ["Velm urges calm on the river dispute",
             "Velm on Monday dismissed a report that its neighbour planned to close the dam this spring.",
             "The talks will resume next month, the spokesman said.", "About the broadcaster:", "Mara Lind is an e"]
    body, junk, _ = furniture.separate(paras)
    assert body == paras[1:3]
    assert paras[3:] == [j for j in junk if j in paras[3:]]


def test_the_line_over_a_file_photo_label_naming_its_subject_is_a_caption() -> None:
    paras = ["Ministry denies ban on the Velm Courier", "Spokesman Ivo Brenn appeared on Radio Velm on May 2, 2020.",
             "A file photo of Ivo Brenn.", "The ministry said on Friday the paper had not been banned.",
             "Ivo Brenn said the order had been misread."]
    body, junk, _ = furniture.separate(paras)
    assert body == paras[3:]
    assert paras[1] in junk


def test_the_heading_under_sponsored_links_is_the_title_past_a_photo_widget() -> None:
    paras = ["Velm Photo Desk",
             "Our best pictures of the week. See the finest of Velm photography. See more | Photo caption",
             "Night shift on the border",
             "Photographer Ana Roe rides with rangers during their night watch along the northern border Slideshow",
             "Sponsored Links", "Court lets phones into the public gallery",
             "NORVALE (Wire) - Visitors to hearings may bring phones into the gallery, a judge said on Monday.",
             "The change follows complaints from reporters."]
    _, _, title = furniture.separate(paras)
    assert title == "Court lets phones into the public gallery"


def test_a_run_on_promo_blurb_is_no_title() -> None:
    paras = ["Our best pictures of the week. See the finest of Velm photography. See more | Photo caption",
             "Harbour bridge reopens after two years of repairs",
             "Crews worked through the winter on the span, the council said on Monday."]
    _, _, title = furniture.separate(paras)
    assert title == "Harbour bridge reopens after two years of repairs"


def test_clipped_teaser_lines_repeating_the_headline_and_lede_are_furniture() -> None:
    paras = ["Premier shrugs off interview criticism",
             "The Premier has shrugged off criticism of a radio interview this week. Opposition parties accu...",
             "Premier shrugs off interview cri...", "Premier shrugs off interview criticism",
             "The Premier has shrugged off criticism of a radio interview this week.",
             "Opposition parties accused Joss Kell of dodging questions in the interview."]
    body, junk, title = furniture.separate(paras)
    assert title == paras[0]
    assert body == paras[4:]
    assert {paras[1], paras[2]} <= set(junk)


def test_a_clipped_line_that_repeats_no_other_stays() -> None:
    paras = ["Harbour bridge reopens after two years of repairs",
             "Crews worked through the winter on the span, the council said on Monday.",
             "Crews worked through the winter on the span and we wonder wh...",
             "The bridge carries 40,000 cars a day."]
    body, _, _ = furniture.separate(paras)
    assert body == paras[1:]


def test_a_byline_line_ending_on_a_comma_above_the_body_is_furniture() -> None:
    paras = ["Ministry denies plan to close the Velm archive",
             "Officials said talks on merging the archive with the library had taken place",
             "Ana Roe", "Ana Roe, VNS, New Carrow,", "Nov 14 2021, 19:47 ist",
             "In response to a report that the archive would close, the ministry said on Monday it had no such plan.",
             "Officials said the talks had been about sharing staff."]
    body, junk, _ = furniture.separate(paras)
    assert body[0] == paras[5]
    assert "Ana Roe, VNS, New Carrow," in junk


def test_a_headline_over_a_bare_photo_credit_stays_the_title() -> None:
    head = "Valdoria expects answers from the broadcaster"
    assert furniture.separate([head, "© Anna Berg/TASS", "The ministry wrote to the channel on Monday."])[2] == head
