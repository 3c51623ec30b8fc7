"""Audit 10's furniture, text, titles and outlets: captions with no credit, ad units, wire sign-offs, glued
labels and sign-offs, unterminated sentences, mastheads and lede tags.

All prose is invented; the agency names are registry entries, not article text.
"""

from __future__ import annotations

import pytest

from reader.engine import credits, outlet_guess
from reader.engine.furniture import separate
from reader.engine.furniture_lines import line_flag, shape
from reader.engine.text import paragraphs

_HEAD = "Tarra mill fire leaves dozens without work"
_LEDE = "Fire gutted the Tarra textile mill on Tuesday, leaving 60 workers without jobs, the council said."
_MORE = "Firefighters from three towns fought the blaze for six hours before it was brought under control."
_LAST = "The owners said they would rebuild the mill on the same site within two years."


def _credits(body: list[str], junk: list[str]) -> dict[str, list[str]]:
    return {c.name: c.roles for c in credits.find_credits("\n\n".join(body), junk)}


def test_pictured_caption_its_clipped_copy_and_split_agency_line_are_furniture() -> None:
    caps = [
        "Workers are pictured outside the mill in Tarra  Velm province  on...",
        "Workers are pictured outside the mill in Tarra, Velm province, on May 2, 2024 after the fire",
        ", AFP",
    ]
    body, junk, _ = separate([_HEAD, _LEDE, _MORE, *caps, _LAST])
    assert body == [_LEDE, _MORE, _LAST]
    assert junk == caps
    assert "AFP" in _credits(body, junk)  # the agency line stays readable by the credit rules


def test_a_sentence_saying_who_is_pictured_stays() -> None:
    line = "The suspect is pictured in an image released by police on Monday."
    body, _, _ = separate([_HEAD, _LEDE, line, _MORE, _LAST])
    assert line in body


def test_present_tense_caption_between_headline_and_date_is_furniture() -> None:
    cap = "Ana Ruiz gestures during the opening match of the Velm Cup against Orbury."
    body, junk, title = separate([_HEAD, cap, "13 June 2024", _LEDE, _MORE])
    assert title == _HEAD and cap in junk and body == [_LEDE, _MORE]


def test_standfirst_between_headline_and_date_stays() -> None:
    deck = "The council says the mill's workers will be paid until the end of the month."
    body, _, _ = separate([_HEAD, deck, "13 June 2024", _LEDE, _MORE])
    assert deck in body


def test_ad_unit_between_paragraphs_is_furniture() -> None:
    unit = [
        "Discover Trade Marketing That Works",
        "Combine market data and editorial reach to meet buyers across 20 leading trade titles.",
        "Find out more",
    ]
    body, junk, _ = separate([_HEAD, _LEDE, *unit, _MORE, _LAST])
    assert body == [_LEDE, _MORE, _LAST] and junk == unit


def test_sentence_above_a_learn_more_link_stays() -> None:
    line = "The council published its rebuilding plan for the mill on Friday."
    body, _, _ = separate([_HEAD, _LEDE, "Rebuilding plan", line, "Learn more", _MORE, _LAST])
    assert line in body


@pytest.mark.parametrize(
    "line",
    [
        "STORY CONTINUES AFTER LIVE BLOG",
        "STORY CONTINUES",
        "Short on time? Try listening to this article instead.",
        "play article",
        "Reporter:",
        "READ | Velm floods: where do the spare sandbags go next?",
        "Find out more",
    ],
)
def test_page_labels_are_furniture(line: str) -> None:
    assert line_flag(shape(line)) is not None
    body, junk, _ = separate([_HEAD, _LEDE, line, _MORE, _LAST])
    assert body == [_LEDE, _MORE, _LAST] and junk == [line]


@pytest.mark.parametrize(
    "prose",
    [
        "The story continues to divide the town, where the mill was the largest employer.",
        "Read-only copies of the report were sent to the union on Friday.",
        "Workers said listening to the owners' plans had given them some hope.",
    ],
)
def test_sentences_like_labels_stay(prose: str) -> None:
    body, _, _ = separate([_HEAD, _LEDE, prose, _MORE])
    assert prose in body


@pytest.mark.parametrize(
    "sign_off",
    [
        "(Reporting by Ana Bell; Writing by Tom Ray; Editing by Ilse Varga and Mara Quell)",
        "(Reporting by Ana Bell Editing by Tom Ray)",
        "Reporting by Ana Bell; Editing by Tom Ray",
    ],
)
def test_wire_sign_off_is_furniture_and_still_credits_the_wire(sign_off: str) -> None:
    lede = "TARRA, May 3 (Reuters) - " + _LEDE
    body, junk, _ = separate([_HEAD, lede, _MORE, _LAST, sign_off])
    assert body == [lede, _MORE, _LAST] and junk == [sign_off]
    assert "source" in _credits(body, junk)["Reuters"]


def test_sign_off_naming_an_agency_and_a_sentence_on_reporting_stay() -> None:
    prose = "Reporting by the Velm Ledger found that the mill had failed two inspections."
    body, _, _ = separate([_HEAD, _LEDE, prose, _MORE, _LAST, "(Reporting by Reuters)"])
    assert prose in body and "(Reporting by Reuters)" in body


def test_lines_above_a_sign_off_stay() -> None:
    line = "The union issued its own statement on the fire. http://www.example.org/news/mill-fire"
    body, junk, _ = separate([_HEAD, _LEDE, _MORE, line, "(Editing by Mara Quell)", "Horizontal Line"])
    assert line in body and "(Editing by Mara Quell)" in junk


def test_last_share_bullet_in_lower_case_is_furniture() -> None:
    bullets = ["• Facebook", "• Twitter", "• sms"]
    body, junk, _ = separate([_HEAD, *bullets, _LEDE, _MORE])
    assert body == [_LEDE, _MORE] and junk == bullets


def test_label_glued_to_the_next_paragraph_is_cut_off() -> None:
    glued = "Advertise with Harbour Media.If convicted, she faces six months in jail and a fine."
    body, junk, _ = separate([_HEAD, _LEDE, "Advertisement", glued, _MORE])
    assert body == [_LEDE, "If convicted, she faces six months in jail and a fine.", _MORE]
    assert junk == ["Advertisement", "Advertise with Harbour Media."]


def test_sentence_glued_after_an_abbreviation_stays_whole() -> None:
    line = "The U.S.Embassy in Tarra said it was following the case closely."
    body, _, _ = separate([_HEAD, _LEDE, line, _MORE])
    assert line in body


@pytest.mark.parametrize(
    "clause",
    [
        "The fire crews arrested the blaze and handed the site over to the Tarra police",
        "In evidence, the owner - a father of two - admitted storing the dyes in the basement",
    ],
)
def test_unterminated_sentence_in_the_body_stays(clause: str) -> None:
    body, _, _ = separate([_HEAD, _LEDE, _MORE, clause, _LAST, "The council meets again on Monday."])
    assert clause in body


def test_unterminated_sentences_under_a_one_sentence_lede_stay() -> None:
    lines = ["Workers replaced the looms and repainted the hall over the winter",
             "The engineers inspected the boilers and handed them over to the owners"]
    body, _, _ = separate(["Latest News", _HEAD, "Tarra: " + _LEDE, *lines, _LAST])
    assert all(line in body for line in lines)


def test_linked_headline_between_paragraphs_still_goes() -> None:
    linked = "Velm ferry operators warn of price rises after storm season"
    body, junk, _ = separate([_HEAD, _LEDE, _MORE, linked, _LAST, "The council meets again on Monday."])
    assert linked in junk


def test_site_sign_off_glued_to_the_last_sentence_is_cut_off() -> None:
    last = "Mayor Ana Lin said the mill would reopen in May."
    body, junk, _ = separate([_HEAD, _LEDE, _MORE, last + " – Harbourline.com"])
    assert body == [_LEDE, _MORE, last] and junk == ["– Harbourline.com"]
    assert outlet_guess.guess(junk, body, _HEAD) == "Harbourline"


def test_headline_under_a_date_stamp_and_site_name_is_the_title() -> None:
    head = "Harbour Board Launches ‘Clean_Coast_Week’ Campaign"
    paste = (" date 2021-03-02 Velmpoint.com\n" + head + "\n\nAli Khan 5 minutes ago Tue 2nd March 2021 | 08:00 PM\n\n"
             "TARRA, (Velmpoint - 2nd March, 2021) The Harbour Board announced a campaign to clean the coast.\n\n"
             + _MORE)
    body, junk, title = separate(paragraphs(paste))
    assert title == head
    assert "Velmpoint.com" in junk and "Ali Khan 5 minutes ago Tue 2nd March 2021 | 08:00 PM" in junk
    assert body[0].startswith("TARRA, (Velmpoint")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("The Daily Velm Shimbun", "The Daily Velm Shimbun"),
        ("Tarraer Zeitung", "Tarraer Zeitung"),
        ("Gazeta Velmska", "Gazeta Velmska"),
        ("Diario Tarra", "Diario Tarra"),
        ("Daily News", "Daily News"),
    ],
)
def test_masthead_closing_on_a_word_for_newspaper_names_the_outlet(line: str, name: str) -> None:
    assert outlet_guess.masthead(line) == name


@pytest.mark.parametrize("line", ["Latest News", "Breaking News", "Top Stories", "More News"])
def test_navigation_label_is_never_an_outlet(line: str) -> None:
    assert outlet_guess.masthead(line) is None
    assert outlet_guess.guess([line], [_LEDE, _MORE]) is None


def test_bracketed_masthead_opening_the_lede_names_the_outlet() -> None:
    lede = "[THE VELM INVESTOR] Orbury Motors on Friday denied a report that it would merge with a rival."
    assert outlet_guess.guess([], [lede, _MORE]) == "The Velm Investor"


@pytest.mark.parametrize("tag", ["[UPDATE]", "[BREAKING NEWS]", "[VIDEO]", "[AFP]"])
def test_bracketed_story_labels_name_no_outlet(tag: str) -> None:
    assert outlet_guess.guess([], [tag + " Orbury Motors denied a report on Friday.", _MORE]) is None


def test_hard_wrapped_article_opening_on_a_lone_article_is_one_paragraph() -> None:
    raw = ("The\n"
           "Velm port city of Tarra is facing fuel shortages that have\n"
           "more than a week, and queues stretch for blocks, residents\n"
           "said on Monday. \"There is no diesel anywhere,\" said Lena\n"
           "Voss as she waited in her car at a station in Port\n"
           "Harlow. Officials said a tanker was due to arrive by the\n"
           "end of the week, and that rationing would end soon after.\n")
    paras = paragraphs(raw)
    assert paras[0].startswith("The Velm port city of Tarra is facing fuel shortages")


@pytest.mark.parametrize("line", ["Key points:", "Powered by automated translation", "Xinhua - May 21, 2008"])
def test_more_page_lines_are_furniture(line: str) -> None:
    body, junk, _ = separate([_HEAD, _LEDE, _MORE, line, _LAST])
    assert body == [_LEDE, _MORE, _LAST] and junk == [line]


@pytest.mark.parametrize(
    "cap",
    [
        "Velm United celebrate Ana Ruiz' opener against Orbury",
        "A firefighter helps a worker across the yard of the mill in Tarra on May 2. The fire destroyed two halls.",
    ],
)
def test_a_caption_printed_twice_is_furniture_whatever_its_shape(cap: str) -> None:
    body, junk, _ = separate([_HEAD, _LEDE, _MORE, cap, cap, _LAST])
    assert body == [_LEDE, _MORE, _LAST] and junk == [cap, cap]


def test_a_lede_printed_twice_stays_once() -> None:
    lede = "Fire gutted the Tarra mill on Tuesday. The council said 60 workers lost their jobs."
    body, _, _ = separate([_HEAD, lede, lede, _MORE, _LAST])
    assert lede in body


def test_caption_over_a_bare_photo_credit_is_furniture() -> None:
    cap = "Mayor Ana Lin, centre, attends a meeting of the mill's workers in Tarra on Friday."
    body, junk, _ = separate([_HEAD, "Kestrel Wire, TARRA", cap, "Photo: AFP", _LEDE, _MORE])
    assert cap in junk and body == [_LEDE, _MORE]


def test_caption_under_a_view_photo_button_is_furniture() -> None:
    cap = "Velm United manager Tomas Berg talks to Ana Ruiz (Reuters)"
    body, junk, _ = separate([_HEAD, _LEDE, "View photo", cap, _MORE, _LAST])
    assert cap in junk and body == [_LEDE, _MORE, _LAST]


def test_caption_with_its_credit_glued_on_is_furniture() -> None:
    cap = "The owners have promised to rebuild after the fireImage: AP"
    body, junk, _ = separate([_HEAD, _LEDE, _MORE, cap, _LAST])
    assert cap in junk and body == [_LEDE, _MORE, _LAST]


def test_date_line_with_its_page_and_section_label_is_no_title() -> None:
    body, junk, title = separate(["Mon, Jun 03, 2024 - Page 15 News List", _HEAD, _LEDE, _MORE])
    assert title == _HEAD and "Mon, Jun 03, 2024 - Page 15 News List" in junk


def test_numbered_skip_links_and_a_glued_staff_date_line_are_furniture() -> None:
    top = ["1. Skip to content", "2. Skip to main menu", "3. Skip to more Velm sites"]
    body, junk, title = separate([*top, "Velm vs. Orbury", "Velm staff (ar)October 8, 2024", _LEDE, _MORE])
    assert title == "Velm vs. Orbury"
    assert junk == [*top, "Velm staff (ar)October 8, 2024"] and body == [_LEDE, _MORE]


@pytest.mark.parametrize("prose", ["2. More than 40 people were hurt in the fire, the council said.",
                                   "The mill reopened in May 2024 after repairs costing 40 million."])
def test_numbered_sentence_and_a_dated_sentence_stay(prose: str) -> None:
    body, _, _ = separate([_HEAD, _LEDE, prose, _MORE])
    assert prose in body


def test_lede_repeated_and_cut_off_at_the_end_is_furniture() -> None:
    lede = "The fire that gutted the Tarra mill on Tuesday left 60 workers without jobs, the council’s leader said."
    cut = "The fire that gutted the Tarra mill on Tuesday left 60 workers without jobs, the council's"
    body, junk, _ = separate([_HEAD, lede, _MORE, _LAST, cut])
    assert body == [lede, _MORE, _LAST] and junk == [cut]


def test_a_cut_off_last_sentence_of_its_own_stays() -> None:
    cut = "The owners said the insurers would decide by the end of the"
    body, _, _ = separate([_HEAD, _LEDE, _MORE, _LAST, cut])
    assert body[-1] == cut


def test_a_long_last_paragraph_copying_the_page_summary_stays() -> None:
    story = " ".join([_LEDE, _MORE, _LAST, "The union said it would meet the owners next week to discuss pay."] * 3)
    cut = story[: len(story) - 30].rstrip(" .")
    body, _, _ = separate([story, "Tuesday, 20 August 2024", _HEAD, cut])
    assert body[-1] == cut


@pytest.mark.parametrize(
    "line",
    ["What you need to know:", "Senior Correspondent, velmnews.com", "(New: statements by the mayor.)",
     "(Adds union comment, background)", "(Updates with closing prices)"],
)
def test_wire_notes_and_role_lines_are_furniture(line: str) -> None:
    body, junk, _ = separate([_HEAD, _LEDE, line, _MORE, _LAST])
    assert body == [_LEDE, _MORE, _LAST] and junk == [line]


@pytest.mark.parametrize("prose", ["(New Tarra Times figures put the loss at 40 million.)",
                                   "(The owners adds nothing to the union's statement, a spokesman said.)"])
def test_bracketed_prose_stays(prose: str) -> None:
    body, _, _ = separate([_HEAD, _LEDE, prose, _MORE])
    assert prose in body


def test_site_masthead_closing_the_page_and_the_blurb_under_an_author_box_are_furniture() -> None:
    blurb = "In addition to our local news, Velm Gazette publish coverage of world news and travel features."
    body, junk, _ = separate([_HEAD, _LEDE, _MORE, _LAST, "About Velm Gazette 9493 Articles", blurb])
    assert body == [_LEDE, _MORE, _LAST] and junk[-1] == blurb
    body, junk, _ = separate([_HEAD, _LEDE, _MORE, _LAST, "The Velm DAILY POST."])
    assert body == [_LEDE, _MORE, _LAST] and junk == ["The Velm DAILY POST."]
    assert outlet_guess.masthead("KENYA NEWS") is None  # a section's label in capitals
