"""Page furniture, titles, dates and outlets that audit 8 found wrong: reader appeals, forum frames, dated headers.

Every page here is invented (new names, places and outlets) and shows one construction of the audit;
each rule is also held to ordinary prose it must leave alone.
"""

from __future__ import annotations

import pytest

from reader.engine.furniture import separate
from reader.engine.furniture_lines import line_flag, shape
from reader.engine.ingest.plain import read_text
from reader.engine.preparation import prepare
from reader.engine.text import paragraphs

_LEAD = "Hundreds of dock workers in Velmport walked out on Monday over a pay offer, union leader Oda Brenn said."
_MORE = "The strike closed three of the harbour's terminals, and ferries to the islands ran late all day."
_LAST = "Talks resume on Thursday, when the port authority is expected to make a new offer, a spokesman said."


def _split(*lines: str) -> tuple[list[str], list[str], str | None]:
    return separate(paragraphs("\n\n".join(lines)))


def _article(*lines: str):  # type: ignore[no-untyped-def]
    return prepare(read_text("\n\n".join(lines) + "\n", "paste.txt"), fingerprint=False)[1]


def _flag(text: str) -> str | None:
    return line_flag(shape(text))


# 1. Reader appeals, donation letters, closed comment boxes, ad-blocker notices


def test_a_donation_banner_over_the_headline_is_furniture_and_never_the_title() -> None:
    body, junk, title = _split(
        "Readers like you keep our reporting open to all.",
        "More than 3,000 readers have already chipped in so The Velmport Post stays open to all.",
        "For the price of a cup of coffee a month you help us stay without a paywall.",
        "Support us today", "Not now",
        "Friday 31 March 2023 Velmport: 9°C",
        "# on strike",
        "Dock workers strike over pay",
        _LEAD, _MORE, _LAST,
    )
    assert title == "Dock workers strike over pay"
    assert body == [_LEAD, _MORE, _LAST]
    assert "Support us today" in junk and "Friday 31 March 2023 Velmport: 9°C" in junk


def test_a_letter_to_the_readers_at_the_foot_goes_whole() -> None:
    letter = [
        "A Message from The Velmport Post:",
        "Dear readers,",
        "We are facing unprecedented pressure on our newsroom. These are attempts to silence local journalism.",
        "We, the journalists of The Velmport Post, refuse to be silenced. But we need your help.",
        "Your support keeps this newsroom going, whatever the sum.",
        "By supporting The Velmport Post, you're defending op",
    ]
    body, junk, _ = _split("Dock workers strike over pay", _LEAD, _MORE, _LAST, *letter)
    assert body == [_LEAD, _MORE, _LAST]
    assert all(line in junk for line in letter)


@pytest.mark.parametrize(
    "line",
    [
        "Sorry, we're not accepting comments on this story.",
        "No comments yet... start the conversation!",
        "Comments are closed for this article.",
        "We've noticed you're using an ad blocker or a similar add-on. Adverts pay for the reporting "
        "and the servers that keep Velm Forum running. Please think about switching it off while you read "
        "Velm Forum, which helps every member here. If you run no blocker at all and this notice still "
        "shows, check whether your browser's privacy shield has been turned up.",
        "To: jdoe who wrote (12)3/4/2005 10:01:02 AM",
        "From: jdoe  Read Replies (2) | Respond to of 90",
        "Markets : EARNINGS TRACKER - winners and laggards -- Ignore unavailable to you. Want to Upgrade?",
    ],
)
def test_site_notices_to_the_reader_are_flagged(line: str) -> None:
    assert _flag(line) in ("notice", "promo", "label")


@pytest.mark.parametrize(
    "prose",
    [
        "Readers of the Velmport Post wrote in their hundreds to support the dock workers.",
        "More than 3,000 workers have already signed the petition, the union said.",
        "Your support for the strike is welcome, Brenn told the crowd on Monday.",
        "Not now, the minister said when asked about a new offer.",
        "No comments were made by the port authority on Monday.",
        "A message from the mayor was read out at the rally.",
        "Support for the strike is growing among ferry crews.",
        "Dear readers, the minister wrote in an open letter, the port will stay open.",
        "The union said it had detected that you are using old figures.",
        "To: the port authority, the letter began, and it listed six demands.",
    ],
)
def test_sentences_about_readers_and_support_stay(prose: str) -> None:
    assert _flag(prose) is None
    body, _, _ = _split("Dock workers strike over pay", _LEAD, prose, _MORE, _LAST)
    assert prose in body


# 4. Titles and dates: a dated header is no title; dates in frames are read


def test_a_print_editions_date_line_dates_the_story_and_the_headline_is_the_title() -> None:
    art = _article(
        "Tuesday, May 4, 2004, Velmport, Norland",
        "NATIONAL NEWS",
        "No new taxes before the poll, says governor",
        "Ledger News Service",
        "Velmport, May 3",
        "Governor Ann Pryce said today that there would be no new taxes before the poll, whatever the deficit.",
        _MORE,
    )
    assert art.title == "No new taxes before the poll, says governor"
    assert art.published == "2004-05-04"
    assert "Tuesday, May 4, 2004, Velmport, Norland" in art.furniture


def test_this_story_is_from_a_date_is_the_date_not_the_title() -> None:
    art = _article("This story is from March 3, 2019", "Mayor says no graft in city hall", _LEAD, _MORE)
    assert art.title == "Mayor says no graft in city hall"
    assert art.published == "2019-03-03"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Posted by on June 1, 2011 0 Comment", "2011-06-01"),
        ("  • 27/10/2015", "2015-10-27"),  # the first number is over 12: it can only be the day
        (" date 2020-01-15 advertisement", "2020-01-15"),
    ],
)
def test_dates_in_junk_lines_are_read(line: str, iso: str) -> None:
    art = _article("Quake toll rises in the hills", line, _LEAD, _MORE)
    assert art.published == iso
    assert art.title == "Quake toll rises in the hills"
    assert art.text.split("\n\n")[0] == _LEAD


def test_a_promo_in_the_ad_slot_above_the_date_is_no_title() -> None:
    art = _article(
        " date 2016-08-27 Learn Kente Weaving - History Of Kente & Its Colours\nAdvertisement\n"
        "Politics | 27 August 2016 09:42 CET",
        "Council recalled to debate impeachment motion",
        "By Velm FM",
        _LEAD, _MORE,
    )
    assert art.title == "Council recalled to debate impeachment motion"
    assert art.published == "2016-08-27"


def test_a_headline_with_an_ad_under_it_stays_the_title() -> None:
    art = _article("Dock workers strike over pay", "Advertisement", _LEAD, _MORE, _LAST)
    assert art.title == "Dock workers strike over pay"


def test_a_site_before_its_headline_is_cut_from_the_title_past_a_ticker() -> None:
    art = _article(
        "Velm Voice - Bridge reopens after repairs",
        "FTSE - DAX\nABC -0.23% 17.16 $\nXYZ 1.03% 24.39 $\nQRS -0.61% 11.53 $\nBridge reopens after repairs",
        "The old bridge in Velmport reopened on Monday after two years of repairs, the city said.",
        "Bridge reopens after repairs",
        _MORE,
    )
    assert art.title == "Bridge reopens after repairs"
    assert art.outlet == "Velm Voice"
    assert not any("%" in p for p in art.text.split("\n\n"))


# 5. Outlet guess


def test_the_copyright_after_a_respective_owners_sentence_names_the_site() -> None:
    art = _article(
        "Bridge reopens after repairs", _LEAD, _MORE,
        "Every brand and logo shown on this page belongs to its respective owners. "
        "2005-2016, © Copyright VelmVoice.com",
    )
    assert art.outlet == "VelmVoice"


def test_a_letter_to_the_readers_signs_with_the_site() -> None:
    art = _article("Bridge reopens after repairs", _LEAD, _MORE, "A Message from The Velmport Post:",
                   "Dear readers,", "Your support keeps this newsroom going, whatever the sum.")
    assert art.outlet in ("The Velmport Post", "Velmport Post")


def test_a_masthead_over_the_headline_is_the_outlet_and_no_title() -> None:
    art = _article("The Morning Ledger", "Flood deaths pass 300", _LEAD, _MORE)
    assert art.title == "Flood deaths pass 300"
    assert art.outlet == "The Morning Ledger"


def test_an_agency_masthead_is_never_the_pages_owner() -> None:
    art = _article("Associated Press", "Flood deaths pass 300", _LEAD, _MORE)
    assert art.outlet == "paste"


# 2. Captions


def test_a_caption_printed_twice_in_a_row_goes_whole() -> None:
    cap = "Villagers gather next to a damaged church in Moro on Monday."
    body, junk, _ = _split("Storm toll rises in the islands", cap, cap, _LEAD, _MORE, _LAST)
    assert body == [_LEAD, _MORE, _LAST]
    assert junk.count(cap) == 2


def test_a_sentence_with_speech_printed_twice_keeps_one_copy() -> None:
    body, _, _ = _split("Dock workers strike over pay", _LEAD, _LEAD, _MORE, _LAST)
    assert body == [_LEAD, _MORE, _LAST]


def test_a_caption_closed_by_its_agency_tag_and_a_bar_is_furniture() -> None:
    cap = "Mayor Tom Reed leaves court after his sentencing in Tarvik on May 2. [Photo/Agencies] |"
    body, junk, _ = _split("Mayor sentenced for graft", cap, _LEAD, _MORE, _LAST)
    assert cap in junk and body == [_LEAD, _MORE, _LAST]


def test_a_verbless_role_in_place_name_caption_is_furniture() -> None:
    cap = "Police spokesman in Velmport, SP Tunde Bello."
    body, junk, _ = _split("Reports of new police chief are fake", _LEAD, cap, _MORE, _LAST)
    assert cap in junk and body == [_LEAD, _MORE, _LAST]


@pytest.mark.parametrize(
    "prose",
    ["Police arrested two men in Velmport, SP Tunde Bello.", "He was born in Velmport, Norland."],
)
def test_a_sentence_of_that_shape_with_a_verb_stays(prose: str) -> None:
    body, _, _ = _split("Reports of new police chief are fake", _LEAD, prose, _MORE, _LAST)
    assert prose in body


# 3. Bylines' role lines, related headlines, agency tags


def test_a_role_line_under_the_byline_is_furniture_and_no_title() -> None:
    art = _article("Dock workers strike over pay", "Ana Lopes", "Political editor of Coast Radio", _LEAD, _MORE)
    assert art.title == "Dock workers strike over pay"
    assert "Political editor of Coast Radio" in art.furniture
    assert _flag("Former editor of Velm Times dies") is None


def test_a_related_headline_between_paragraphs_is_furniture_but_a_subhead_stays() -> None:
    related = "Ferries stay in port after storm warning on the coast"
    extra = "Rescue teams reached the outer islands on Tuesday, and the first supply boats landed by noon."
    body, junk, _ = _split("Storm toll rises", _LEAD, _MORE, related, extra, "Deadliest in decade", _LAST)
    assert related in junk
    assert "Deadliest in decade" in body


def test_a_last_sentence_closed_by_an_unknown_agency_tag_stays() -> None:
    last = "He left for the capital on Monday. (INN)"
    body, _, _ = _split("Minister rejects regional reading of his words", _LEAD, _MORE, last)
    assert body[-1] == last


def test_an_agency_named_alone_under_the_headline_is_a_byline_line() -> None:
    body, junk, title = _split("Reports of new police chief are fake", "News Agency Of Nigeria", _LEAD, _MORE)
    assert title == "Reports of new police chief are fake"
    assert "News Agency Of Nigeria" in junk and body == [_LEAD, _MORE]


def test_a_column_greeting_its_readers_mid_page_keeps_its_paragraphs() -> None:
    col = "We asked the port authority for its figures, and the union for its support, and both answered."
    tail = [f"{_MORE[:-1]}, the port said on day {n}." for n in range(9)]
    lines = ["Letters from the harbour", "Dear readers,", col, _LEAD, _MORE, _LAST, *tail]
    body, _, _ = _split(*lines)
    assert col in body and _LEAD in body
