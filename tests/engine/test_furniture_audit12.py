"""Titles, dates and furniture from the A12 audit of real articles, each shown in invented prose."""

from __future__ import annotations

from reader.engine import furniture

LEDE = "The river wall at Marlow Ferry held through the night, the county's flood office said on Wednesday."
MORE = "Crews from three towns worked in shifts to raise the wall by half a metre before the next tide."


def test_a_gallery_of_clipped_dated_captions_is_furniture() -> None:
    caps = [
        "Volunteers stack sandbags on the river wall in Marlow Ferry, northern Vessland, Tuesday, March 4, 2025. "
        "With the water still rising, crews wor...",
        "A woman carries a child through a flooded street in Marlow Ferry, northern Vessland, Tuesday, March 4, "
        "2025. With the water still rising, cre...",
        "Firefighters pump water from a cellar in Dunmore, northern Vessland, Tuesday, March 4, 2025. Short-handed "
        "crews kept pumping until da...",
    ]
    paras = ["Floods close roads across northern Vessland", *caps, LEDE, MORE]
    body, junk, title = furniture.separate(paras)
    assert title == "Floods close roads across northern Vessland"
    assert all(c in junk for c in caps)
    assert body == [LEDE, MORE]


def test_a_run_of_clipped_teasers_after_the_last_sentence_is_furniture() -> None:
    teasers = [
        "Fishermen in Port Adley have been ordered to leave the…",
        "The Velm council voted on Monday to close two…",
        "Le ministre vesslandais a annoncé lundi que…",
    ]
    paras = ["Flood wall holds at Marlow Ferry", LEDE, MORE, *teasers]
    body, junk, _ = furniture.separate(paras)
    assert body == [LEDE, MORE]
    assert all(t in junk for t in teasers)


def test_one_trailing_paragraph_with_dots_stays() -> None:
    last = "Asked whether the wall would hold another week, the engineer said: “We will see what the river does…”"
    paras = ["Flood wall holds at Marlow Ferry", LEDE, MORE, last]
    body, _, _ = furniture.separate(paras)
    assert body == [LEDE, MORE, last]


def test_a_caption_printed_twice_with_a_site_as_its_glued_credit_is_furniture() -> None:
    cap = "The old mill burns on Quay Street."
    paras = ["Fire guts the old mill in Velm", LEDE, cap, cap + "Credit: Harbourlight.co.nz", MORE]
    body, junk, title = furniture.separate(paras)
    assert title == "Fire guts the old mill in Velm"
    assert body == [LEDE, MORE]
    assert cap in junk and cap + "Credit: Harbourlight.co.nz" in junk


def test_a_caption_closed_by_a_bracketed_copyright_is_never_the_title() -> None:
    cap = 'Coach Lena Ruiz (r.) hailed Velm United as the "best side in the league" after the 4-0 win (© Pixo)'
    head = "Ruiz: 'Velm have the best keeper in the league'"
    paras = [cap, cap, head, "VELM - Lena Ruiz had nothing but praise for her opponents after the match on Sunday.",
             MORE]
    body, junk, title = furniture.separate(paras)
    assert title == head
    assert cap in junk
    assert body == paras[3:]


def test_a_gallery_page_with_no_prose_keeps_its_headline_top_and_last_line() -> None:
    caps = [
        f"Volunteers stack sandbags on the river wall in {town}, northern Vessland, Tuesday, March 4, 2025. "
        "With the water still rising, crews wor..."
        for town in ("Marlow Ferry", "Dunmore", "Kell Park", "Avon Vale")
    ]
    last = "Flooded fields near Dunmore, northern Vessland, Tues"
    paras = ["1. Home", "2. World", "Floods close roads across northern Vessland",
             "By ANA ROE and TOM BELL, Kestrel Wire", *caps, last]
    body, junk, title = furniture.separate(paras)
    assert title == "Floods close roads across northern Vessland"
    assert body == [last]
    assert all(c in junk for c in caps)
    assert "2. World" in junk


def test_a_dated_caption_above_the_headline_is_furniture_and_the_headline_the_title() -> None:
    cap = "Boats moored at the quay in Port Adley, May 2, 2019."
    head = "Fisheries Minister Holds Weekly Briefing"
    paras = [cap, head, "© KESTREL / Ana Roe", "Get short link",
             "Fisheries Minister Lora Venn said on Thursday that the quota talks would resume next month.", MORE]
    body, junk, title = furniture.separate(paras)
    assert title == head
    assert cap in junk and "Get short link" in junk
    assert body == paras[4:]


def test_a_bare_agency_photo_line_and_its_caption_are_furniture() -> None:
    paras = ["Depot fire leaves Carran Vale without buses", "Kestrel Wire photo",
             "Firefighters rest beside the gutted depot in Carran Vale today.", "(Enlarge photo)(All images)",
             "CARRAN VALE - The town's only bus depot burned down overnight, leaving commuters stranded, the council "
             "said on Tuesday.", MORE]
    body, junk, title = furniture.separate(paras)
    assert title == paras[0]
    assert paras[1] in junk and paras[2] in junk and paras[3] in junk
    assert body == paras[4:]


def test_an_agency_caption_naming_itself_as_this_photo_is_furniture() -> None:
    cap = ("This photo, taken June 3, 2024, shows Fisheries Minister Lora Venn at the harbour in Port Adley. "
           "(Kestrel News)")
    paras = ["Minister urges calm over quota row", "(ATTN: ADDS quotes from minister in paras 4-6)",
             "PORT ADLEY, June 3 (Kestrel News) -- Fisheries Minister Lora Venn urged calm on Monday.", cap, MORE]
    body, junk, title = furniture.separate(paras)
    assert title == paras[0]
    assert cap in junk and paras[1] in junk
    assert body == [paras[2], MORE]


def test_the_photo_a_story_tells_of_stays() -> None:
    line = ("The photo, taken by the veteran photographer Ana Roe of the Velm Courier, shows a man sitting in the "
            "rubble of his home.")
    paras = ["Picture of grief moves the nation", LEDE, line, MORE]
    body, _, _ = furniture.separate(paras)
    assert body == [LEDE, line, MORE]


def test_a_verbless_name_and_role_caption_is_furniture() -> None:
    cap = "Tomas Very, founder of the Lessing Rowing Club (KNA)."
    paras = ["Rowing club mourns its founder", "Members pay tribute to Tomas Very, who set up the club in 1971",
             cap, "Rowers from three towns met at the Lessing boathouse on Tuesday to remember Tomas Very, "
             "who died aged 81.",
             MORE]
    body, junk, title = furniture.separate(paras)
    assert title == paras[0]
    assert cap in junk
    assert paras[3] in body and MORE in body


def test_alt_text_right_above_a_credited_caption_is_furniture() -> None:
    alt = "A woman in a red coat holds a sign above her head."
    cap = "Protesters gather outside the council hall in Velm on Monday. (Ana Roe/Kestrel)"
    paras = ["Protest over bus cuts in Velm", LEDE, alt, cap, MORE]
    body, junk, _ = furniture.separate(paras)
    assert alt in junk and cap in junk
    assert body == [LEDE, MORE]


def test_a_sentence_of_the_story_above_a_caption_stays() -> None:
    line = "A spokesman for the council said the cuts would be reviewed."
    cap = "Protesters gather outside the council hall in Velm on Monday. (Ana Roe/Kestrel)"
    paras = ["Protest over bus cuts in Velm", LEDE, line, cap, MORE]
    body, _, _ = furniture.separate(paras)
    assert body == [LEDE, line, MORE]


def test_account_prompts_and_a_radio_pitch_are_furniture() -> None:
    prompts = ["Save for later.", "Sign in to save stories.", "Enjoying this?",
               "Thank you for saving this article, which now waits in your list."]
    box = ["Back Our Newsroom",
           "Velm Radio helps you cut through the noise. Back this public service and keep local news free for all."]
    paras = ["Flood wall holds at Marlow Ferry", *prompts, LEDE, *box, MORE]
    body, junk, title = furniture.separate(paras)
    assert title == paras[0]
    assert all(p in junk for p in prompts + box)
    assert body == [LEDE, MORE]


def test_a_donation_box_is_furniture_whole_and_the_lede_glued_to_its_foot_stays() -> None:
    box = ["Your backing helps us report the story",
           "We rely on readers like you to keep our reporters in the field. Your gift pays for the next trip."]
    lede = "Rescuers searched the flooded mine in Orlov for a third day on Sunday."
    paras = ["Miners trapped in Orlov", *box, "Your backing makes the difference." + lede, MORE]
    body, junk, title = furniture.separate(paras)
    assert title == paras[0]
    assert body == [lede, MORE]
    assert all(b in junk for b in box) and "Your backing makes the difference." in junk


def test_a_tip_line_is_furniture() -> None:
    tip = "Seen something? Text 0400 111 222, email tips@velmpost.example or message us @velmpost"
    last = "The county will decide next week whether to raise the wall for good."
    paras = ["Flood wall holds at Marlow Ferry", LEDE, MORE, tip, last]
    body, junk, _ = furniture.separate(paras)
    assert tip in junk
    assert body == [LEDE, MORE, last]


def test_a_photo_slug_and_a_timestamp_line_are_never_the_title() -> None:
    paras = ["APTOPIX Vessland Floods", "Published: Tue 4 Mar 2025, 9:02 AM Last updated: Tue 4 Mar 2025, 9:40 AM",
             "MARLOW FERRY (Kestrel Wire) - " + LEDE, MORE]
    body, junk, title = furniture.separate(paras)
    assert title is None
    assert paras[0] in junk and paras[1] in junk
    assert body == paras[2:]


def test_a_date_and_section_line_is_a_date_line_and_the_headline_the_title() -> None:
    from reader.engine import paste_dates

    paras = ["March 4, 2019 in Business/Local", "Harbour fees rise",
             "Port Adley's harbour board will raise its mooring fees by a tenth from April, it said on Monday.", MORE]
    body, junk, title = furniture.separate(paras)
    assert title == "Harbour fees rise"
    assert paras[0] in junk
    assert paste_dates.date_in_paras(paras) == "2019-03-04"


def test_a_report_on_a_broadcasters_funding_stays() -> None:
    line = ("Velm Radio's director said listeners who value local news should back the station, which "
            "lost its grant in May.")
    paras = ["Velm Radio loses its grant", LEDE, line, MORE]
    body, _, _ = furniture.separate(paras)
    assert body == [LEDE, line, MORE]


def test_paragraphs_between_two_appeals_that_quote_someone_stay() -> None:
    quoted = '"We will rebuild the wall," the mayor said, thanking residents for their support.'
    paras = ["Flood wall holds at Marlow Ferry", LEDE, "Support us today", quoted, "Not now", MORE]
    body, junk, _ = furniture.separate(paras)
    assert quoted in body and "Support us today" in junk


def test_a_first_sentence_closing_on_a_date_under_the_headline_stays() -> None:
    lede = "The harbour board met in Port Adley to set next year's fees, May 2, 2019."
    paras = ["Harbour fees rise", lede, "Fees will go up by a tenth", MORE]
    body, _, title = furniture.separate(paras)
    assert title == "Harbour fees rise"
    assert lede in body


def test_a_name_and_role_in_a_sentence_stays() -> None:
    line = "Tomas Very, founder of the Lessing Rowing Club, said the boathouse would reopen in May."
    paras = ["Rowing club to reopen boathouse", LEDE, line, MORE]
    body, _, _ = furniture.separate(paras)
    assert line in body


def test_a_deck_the_body_repeats_with_other_quote_marks_is_furniture_and_the_body_keeps_its_copy() -> None:
    deck = "Mayors say towns must act during “hard months” — as the minister quits."
    copy = 'Mayors say towns must act during "hard months" — as the minister quits.'
    cap = "Mayor Ana Roe speaks to reporters in Velm on Monday. (Tom Bell/Kestrel)"
    paras = ["Mayors vow to act together", deck, cap, copy, MORE]
    body, junk, title = furniture.separate(paras)
    assert title == paras[0]
    assert deck in junk and cap in junk
    assert body == [copy, MORE]


def test_field_names_left_without_their_values_are_furniture() -> None:
    """A page's "Date:" and "Share post:" fields, and "This content was published on", pasted without the
    values the page filled in: labels, never article text; a sentence about a date stays."""
    labels = ["Date:", "Share post:", "This content was published on", "Updated"]
    stays = "The date of the vote was not set, the council said."
    paras = ["Port strike ends after nine days", *labels, LEDE, MORE, stays]
    body, junk, _ = furniture.separate(paras)
    assert all(x in junk for x in labels)
    assert body == [LEDE, MORE, stays]
