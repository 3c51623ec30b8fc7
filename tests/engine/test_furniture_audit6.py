"""Page furniture that audit 6 found left in the text: promo boxes, bracketed links, captions, comment tails, titles.

Every page here is invented (new names, places and outlets) and shows one construction of the audit;
each rule is also held to ordinary prose it must leave alone.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.engine.furniture import separate
from reader.engine.furniture_inline import inline_junk
from reader.engine.furniture_lines import line_flag, shape
from reader.engine.furniture_photos import FILE_IMAGE, FILE_IMAGE_STARTS, is_caption
from reader.engine.ingest.plain import read_text
from reader.engine.preparation import prepare
from reader.engine.text import paragraphs

_LEAD = "The Dalport harbour board approved the new ferry timetable on Tuesday, its chairwoman Lena Ostrava said."
_MORE = "Ferries will run every twenty minutes from the north quay, and night crossings return in the spring."
_LAST = "The board meets again in March to set the fares for the summer season, a spokesman for the port said."


def _split(*lines: str) -> tuple[list[str], list[str], str | None]:
    return separate(paragraphs("\n\n".join(lines)))


def _title(*lines: str) -> str:
    return prepare(read_text("\n\n".join(lines) + "\n", "paste.txt"), fingerprint=False)[1].title


def _flag(text: str) -> str | None:
    return line_flag(shape(text))


# D1. Promo boxes and subscription prompts


def test_a_promo_box_between_paragraphs_goes_with_its_pitch_and_button() -> None:
    body, junk, _ = _split(
        "Ferry timetable approved", _LEAD, _MORE,
        "Get in front of the news for FREE",
        "Reporting for the curious reader across politics and culture.",
        "READ NOW",
        _LAST,
    )
    assert body == [_LEAD, _MORE, _LAST]
    assert "Reporting for the curious reader across politics and culture." in junk


def test_a_subscription_prompt_under_the_byline_is_no_text() -> None:
    body, junk, title = _split(
        "Ferry timetable approved", "Ivo Brenn",
        "Subscribe to gift this story",
        "Gift 3 stories to anyone you like each month when you subscribe.",
        "Subscribe now",
        "Already a member?",
        _LEAD, _MORE, _LAST,
    )
    assert title == "Ferry timetable approved"
    assert body == [_LEAD, _MORE, _LAST]
    assert "Already a member?" in junk and "Subscribe to gift this story" in junk


@pytest.mark.parametrize(
    "line", ["Already a subscriber?", "Not a member yet?", "Read now", "Get the full story for FREE!"]
)
def test_promo_lines_are_flagged_on_their_own(line: str) -> None:
    assert _flag(line) in ("label", "promo")


@pytest.mark.parametrize(
    "prose",
    [
        "Pensioners will ride the ferries for free from May, the board said.",
        "Ferries Free For Pensioners",  # a headline in title case, no promo's shout
        "FERRIES FREE FOR PENSIONERS",
        "Subscribers to the ferry pass will pay less from March, the board said.",
        "Gift shops on the quay reported a busy weekend.",
        "Only one member of the board voted against the timetable.",
    ],
)
def test_prose_about_free_rides_and_subscribers_stays(prose: str) -> None:
    assert _flag(prose) is None


def test_a_sentence_between_a_promo_and_an_advert_stays() -> None:
    body, _, _ = _split("Ferry timetable approved", _LEAD, "Sign up to our newsletter", _MORE, "Advertisement", _LAST)
    assert body == [_LEAD, _MORE, _LAST]


# D2. Links to other stories in brackets


@pytest.mark.parametrize(
    "line",
    [
        "(Also read: Mayor Ostrava names new port chief)",
        "(Keep reading: What the ferry strike taught the harbour board)",
        "(You can read: Dalport ferries to run all night in summer)",
        "(Read more Lena Ostrava stories.)",
    ],
)
def test_a_bracketed_link_is_furniture_in_a_paste_and_an_extracted_page(line: str) -> None:
    body, junk, _ = _split("Ferry timetable approved", _LEAD, line, _MORE, _LAST)
    assert body == [_LEAD, _MORE, _LAST] and junk == [line]
    assert inline_junk([_LEAD, line, _MORE]) == ([_LEAD, _MORE], [line])


@pytest.mark.parametrize(
    "prose",
    [
        "(The board, which read the report on Monday, did not comment.)",
        "(With inputs from Coast Wire.)",
        "(Reporting by Ana Ruiz; editing by Tomas Quell)",
        "(Photo: Ana Ruiz/Harbour Daily)",
    ],
)
def test_other_bracketed_lines_are_not_links(prose: str) -> None:
    assert _flag(prose) != "label"


def test_read_more_about_a_person_heads_a_list_of_stories() -> None:
    p = shape("Read more Lena Ostrava stories")
    assert line_flag(p) == "label" and p.marker == "more"


# D3. Captions


def test_a_name_alone_between_paragraphs_is_the_photo_of_someone_the_article_names() -> None:
    quell = "Opposition leader Mr Tomas Quell said the timetable ignored the island villages."
    body, junk, _ = _split("Ferry timetable approved", _LEAD, "Mr Tomas Quell", quell, _MORE, _LAST)
    assert junk == ["Mr Tomas Quell"] and body == [_LEAD, quell, _MORE, _LAST]


def test_a_name_the_article_never_prints_so_stays() -> None:
    body, _, _ = _split("Ferry timetable approved", _LEAD, "Mr Tomas Quell", _MORE, _LAST)
    assert "Mr Tomas Quell" in body


@pytest.mark.parametrize(
    "caption",
    [
        "Supporters of Mayor Lena Ostrava cheer at a rally in Dalport on May 3.   © NPA",
        "Protesters gather outside the harbour office on Monday. Photo: PHOTO: Ana RUIZ. NPA",
        "Mayor Lena Ostrava (L) and port chief Ivo Brenn (R)",
        "Mayor Lena Ostrava (left) and port chief Ivo Brenn (right) at the quay on Monday.",
        "File image of Mayor Lena Ostrava, used for representational purposes.",
        "Representational image",
        "A ferry leaves the north quay. The photo is used for representational purposes only.",
    ],
)
def test_captions_that_say_what_they_are(caption: str) -> None:
    assert _flag(caption) == "caption"


@pytest.mark.parametrize(
    "prose",
    [
        "Senator Ana Ruiz (R) and the governor (D) met on Monday to discuss the ferry budget.",
        "Senator Ana Ruiz (R) said the ferry budget was too small.",
        "The left (L) column of the table lists the fares, the board said.",
        "The figures were given for illustrative purposes only, the board said.",
        "File sharing among the board's members was banned in 2019.",
        "The council said the copyright © was held by the port.",
    ],
)
def test_prose_with_brackets_and_signs_stays(prose: str) -> None:
    assert _flag(prose) is None


def test_a_caption_with_its_outlet_after_the_full_stop_between_paragraphs() -> None:
    caption = "The north quay was covered by floodwater on Friday morning. Harbour Daily"
    body, junk, _ = _split("Ferry timetable approved", _LEAD, _MORE, caption, _LAST)
    assert junk == [caption] and body == [_LEAD, _MORE, _LAST]


@pytest.mark.parametrize(
    "prose",
    [
        "The brigade reached the north quay on Friday, led by Maj. Gen Ana Ruiz",  # an abbreviation, no full stop
        "The water rose on Friday morning. The",  # a sentence cut off mid-way
    ],
)
def test_a_paragraph_ending_on_a_name_is_not_always_a_caption(prose: str) -> None:
    body, _, _ = _split("Ferry timetable approved", _LEAD, _MORE, prose, _LAST)
    assert prose in body


def test_a_paragraph_a_copy_broke_mid_sentence_is_no_caption() -> None:
    broken = "The north quay was covered by floodwater on Friday morning. Harbour"
    rest = "workers spent the weekend pumping it out of the ticket hall, the port said."
    body, _, _ = _split("Ferry timetable approved", _LEAD, _MORE, broken, rest, _LAST)
    assert body == [_LEAD, _MORE, broken, rest, _LAST]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["File", "FILE", "A ", "file", "Representational", "Representative", " ", "image",
                                 "photos", " of", ",", ".", "x", "a"]), max_size=8).map("".join))
def test_file_image_gate_covers_its_pattern(line: str) -> None:
    if FILE_IMAGE.match(line):
        assert line.startswith(FILE_IMAGE_STARTS)


def test_a_sentence_about_file_photos_is_no_caption() -> None:
    assert not is_caption("The file photos were shown to the jury on Monday.", 10)


# D4. Comment and share tails


@pytest.mark.parametrize("line", ["Comments are closed.", "Commenting has been disabled", "Short link:", "Short URL"])
def test_comment_and_share_tails_are_labels(line: str) -> None:
    assert _flag(line) == "label"
    body, _, _ = _split("Ferry timetable approved", _LEAD, _MORE, _LAST, "Comments", line)
    assert body == [_LEAD, _MORE, _LAST]


def test_comments_in_prose_stay() -> None:
    assert _flag("Comments are closed at the meeting, the chairwoman said.") is None


# E. Titles


def test_a_weather_widget_and_a_foreign_date_line_are_never_the_title() -> None:
    head = "Norland: 'Harbour is an internal affair' – ministry spox ahead of envoy's visit"
    assert _title("7.2 C", "mardi, mars 4, 2025", "", head, "", _LEAD, _MORE) == head


def test_a_photo_caption_with_position_marks_is_no_title() -> None:
    assert _title("Mayor Lena Ostrava (L) and port chief Ivo Brenn (R)", _LEAD, _MORE, _LAST) != (
        "Mayor Lena Ostrava (L) and port chief Ivo Brenn (R)"
    )


def test_a_file_image_caption_over_its_credit_is_no_title() -> None:
    caption = "File image of Mayor Lena Ostrava, used for representational purposes."
    art = prepare(read_text(f" date 2025-03-04 {caption}\n(Photo: Ana Ruiz/Harbour Daily)\n{_LEAD}\n{_MORE}\n",
                            "paste.txt"), fingerprint=False)[1]
    assert art.title != caption and caption not in art.text and _LEAD in art.text


def test_a_date_stamp_then_a_relative_time_is_no_title() -> None:
    art = prepare(read_text(f" date 2025-03-04 23 minutes ago\n\n{_LEAD}\n\n{_MORE}\n", "paste.txt"),
                  fingerprint=False)[1]
    assert "minutes ago" not in art.title and "minutes ago" not in art.text
    assert art.published is not None and art.published.startswith("2025-03-04")
