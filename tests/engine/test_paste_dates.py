"""Dates of pasted pages: no invented year, bylines, date headers, page feet (invented pages, audit class M2)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from reader.engine import paste_dates
from reader.engine.dates import date_line
from reader.engine.ingest.plain import read_text
from reader.engine.preparation import prepare

NOW = datetime(2026, 6, 1, tzinfo=UTC)
_BODY = "The harbour board approved the new ferry timetable on its second reading, the chairwoman told reporters."


def _paste(*lines: str):  # noqa: ANN202 (the stored article)
    return prepare(read_text("\n\n".join(lines) + "\n", "paste.txt"), fingerprint=False)[1]


def test_a_year_less_date_line_gets_no_invented_year() -> None:
    assert paste_dates.date_in_paras(["Tuesday, March 12", "Council approves budget", _BODY], now=NOW) is None
    assert paste_dates.date_in_paras(
        ["Tuesday, March 12", "Council approves budget", "The council met on March 12, 2019 to vote."], now=NOW
    ) == "2019-03-12"


def test_a_site_timestamp_beats_a_year_less_dateline() -> None:
    paras = ["Nothing changes at the border", "example.news   2015-04-11 09:12:05",
             "PORT AVERLY, April 11 (Agency) -- The minister said on Saturday there was no change."]
    assert paste_dates.date_in_paras(paras, now=NOW) == "2015-04-11T09:12:05Z"
    assert paste_dates.date_in_paras(paras[2:], now=NOW) is None


def test_byline_date_is_the_publication_not_the_update() -> None:
    assert date_line("By Ana Bell on April 02, 2016 | Last updated on May 30, 2018", now=NOW) == (
        "published", "2016-04-02")


def test_a_date_header_dates_the_article() -> None:
    assert date_line("General News of Monday, 6 March 2023", now=NOW) == ("plain", "2023-03-06")
    art = _paste("General News of Monday, 6 March 2023", _BODY)
    assert art.published == "2023-03-06"
    assert "General News of Monday, 6 March 2023" in art.furniture


@pytest.mark.parametrize(
    ("foot", "iso"),
    [("First Published: Mar 14 2016 | 8:40 AM IST", "2016-03-14T03:10:00Z"),
     ("18 may 2004 22:54:00", "2004-05-18T22:54:00Z")],
)
def test_a_foot_of_page_date_under_a_long_article(foot: str, iso: str) -> None:
    paras = [f"Paragraph {i}: {_BODY}" for i in range(12)]
    art = _paste("Harbour board backs ferry timetable", *paras, foot, "Explore News")
    assert art.published == iso


def test_foot_dates_that_disagree_give_none_and_today_banners_never_count() -> None:
    paras = ["Title"] + ["x"] * 10
    assert paste_dates.date_at_foot([*paras, "March 3, 2020", "May 9, 2021"], now=NOW) is None
    assert paste_dates.date_at_foot([*paras, "Today: March 3, 2020"], now=NOW) is None
    assert paste_dates.date_at_foot([*paras, "Posted: March 3, 2020"], now=NOW) == "2020-03-03"


def test_header_and_byline_forms_stay_narrow() -> None:
    assert date_line("Anniversary of 7 July 2005", now=NOW) is None  # a headline, no section header
    assert date_line("By the end of trading on March 3, 2020", now=NOW) is None  # no byline


def test_a_wire_posting_stamp_with_its_source_and_no_space_after_the_comma() -> None:
    assert date_line("June 3,2011 09:00 by Velm Press", now=NOW) == ("published", "2011-06-03T09:00:00Z")
    assert date_line("May 14,2008", now=NOW) == ("plain", "2008-05-14")
    art = _paste("Harbour board backs ferry timetable", "June 3,2011 09:00 by Velm Press", _BODY)
    assert art.published == "2011-06-03T09:00:00Z"
    assert "June 3,2011 09:00 by Velm Press" in art.furniture
    assert "Velm Press" not in art.text


def test_a_headline_run_into_its_agency_and_date_stamp() -> None:
    line = "Ferry service resumes (Velmpress) / 9 March 2015 The ferry to the outer islands ran again on Monday."
    assert paste_dates.date_in_paras([line], now=NOW) == "2015-03-09"
    art = _paste("Ferry service resumes", line, _BODY)
    assert art.published == "2015-03-09"
    assert art.title == "Ferry service resumes"
    assert art.text.startswith("The ferry to the outer islands ran again on Monday.")
    assert "(Velmpress) / 9 March 2015" in art.furniture
    assert paste_dates.stamped_header("The ferry (pictured) / 9 March 2015 was late.") is None  # one sentence


def test_a_date_line_above_the_site_domain_is_read() -> None:
    art = _paste("Harbour board backs ferry timetable", "2 May 2018\nvelmnews.com", _BODY)
    assert art.published == "2018-05-02"
    assert "2 May 2018" in art.furniture


def test_dateline_lines_and_dated_lines_with_a_tail_date_the_paste() -> None:
    head = "Death toll in Selva floods crosses 60"
    for line, iso in [("SELVA, Ruritania (AFP) Oct 11, 2004", "2004-10-11"),
                      ("SELVA, Ruritania, Oct 11, 2004", "2004-10-11"),
                      ("October 14, 2013 / 9:47 PM / 5 years ago", "2013-10-14T21:47:00Z")]:
        assert paste_dates.date_in_paras([head, line, _BODY], now=NOW) == iso
    foot = [head, _BODY, _BODY, _BODY, _BODY, _BODY, _BODY, _BODY, _BODY, "Advertisement",
            "Published on: Thursday, June 9, 2022, 1"]
    assert paste_dates.date_at_foot(foot, now=NOW) == "2022-06-09"


def test_an_ambiguous_numeric_date_takes_the_order_the_page_writes_out() -> None:
    dated = "Korvale, 3rd May, 2019 (WAM) - The Ruler of Korvale yesterday opened the solar park."
    assert paste_dates.date_in_paras(["Ruler opens solar park", "posted on 03/05/2019", dated], now=NOW) == "2019-05-03"
    assert paste_dates.date_in_paras(["Ruler opens solar park", "posted on 03/05/2019", _BODY], now=NOW) == "2019-03-05"
    dated = "The board met on Tuesday, December 3, 2024, and approved the plan."
    stamp = "12-03-2024 | 09:15"
    assert paste_dates.date_in_paras(["Board backs plan", stamp, dated], now=NOW) == "2024-12-03T09:15:00Z"
    assert paste_dates.date_in_paras(["Board backs plan", stamp, _BODY], now=NOW) == "2024-03-12T09:15:00Z"


def test_a_byline_run_into_its_date_without_on_dates_the_paste() -> None:
    assert date_line("By Sports Desk March 21, 2024", now=NOW) == ("published", "2024-03-21")
    assert date_line("By Ola Brenn 15 February 2024", now=NOW) == ("published", "2024-02-15")
    assert date_line("By Mark May 2 hours ago", now=NOW) is None  # a name, then no date
    art = _paste("Captain Rosa Vell moved after receiving 100th cap", "By Sports Desk March 21, 2024", _BODY)
    assert art.published == "2024-03-21"


def test_a_machine_date_stamp_before_a_templates_placeholder_dates_the_paste() -> None:
    stamp = "date 2020-09-16 {{slot.when | date : 'd MMMM yyyy'}}"
    art = _paste(stamp, "Tariffs", "Palace sees no sign of new tariffs from abroad", _BODY)
    assert art.published == "2020-09-16"
    assert art.title == "Palace sees no sign of new tariffs from abroad"
    assert "{{" not in art.text


def test_a_radio_widget_s_short_lines_above_the_byline_do_not_use_up_the_lines_a_date_is_read_in() -> None:
    widget = ["Listen live", "Harbour FM", "Now playing", "Morning show", "On air", "Schedule", "Podcasts",
              "Contests", "Port Averly", "Traffic", "Weather", "Sport"]
    paras = ["Ferry timetable approved", *widget, "By Velm Press, Mar 12, 2021 6:14 PM", _BODY]
    assert (paste_dates.date_in_paras(paras, now=NOW) or "").startswith("2021-03-12")
    assert (_paste(*paras).published or "").startswith("2021-03-12")  # the paste's reader passes lines that far


def test_a_date_deep_in_the_body_is_still_not_the_article_s() -> None:
    prose = [f"{_BODY[:-1]} in round {k}." for k in range(9)]
    assert paste_dates.date_in_paras([*prose, "March 3, 2019"], now=NOW) is None
