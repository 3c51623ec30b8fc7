"""Dates: formats pages and feeds print, absurd values refused, the article's date found in a paste."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from reader.engine.dates import date_line, dateline, looks_like_date, to_iso
from reader.engine.paste_dates import date_in_paras

NOW = datetime(2025, 9, 1, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-08-27", "2025-08-27"),
        ("2025-08-27T10:00:00+03:00", "2025-08-27T07:00:00Z"),
        ("2025-08-27T07:00:00Z", "2025-08-27T07:00:00Z"),
        ("2025-08-27T07:00:00.123456Z", "2025-08-27T07:00:00Z"),
        ("Wed, 27 Aug 2025 10:31:00 +0300", "2025-08-27T07:31:00Z"),
        ("Wed, 27 Aug 2025 10:31:00 GMT", "2025-08-27T10:31:00Z"),
        ("August 27, 2025", "2025-08-27"),
        ("27 August 2025", "2025-08-27"),
        ("Aug. 27, 2025", "2025-08-27"),
        ("Sept. 3, 2024", "2024-09-03"),
        ("27th August 2025", "2025-08-27"),
        ("27.08.2025", "2025-08-27"),
        ("04.03.2016", "2016-03-04"),  # dots and dashes put the day first
        ("12-03-2024", "2024-03-12"),
        ("12/03/2024", "2024-12-03"),  # slashes stay month first (an American page's order)
        ("October 14, 2013 / 9:47 PM / 5 years ago", "2013-10-14T21:47:00Z"),  # the page's age after the date
        ("Published on: Thursday, June 9, 2022, 1", "2022-06-09"),  # a time cut off after the year
        ("20250827", "2025-08-27"),
        ("Aug 27, 2025 10:31 AM EDT", "2025-08-27T14:31:00Z"),
        ("Aug 27, 2025 10:31 a.m. EDT", "2025-08-27T14:31:00Z"),
        ("10:31 AM EDT, Wed August 27, 2025", "2025-08-27T14:31:00Z"),
        ("Aug 27, 2025 10:31 AM ET", "2025-08-27T14:31:00Z"),  # daylight time in August
        ("Jan 27, 2025 10:31 AM ET", "2025-01-27T15:31:00Z"),  # standard time in January
        ("Wed 27 Aug 2025 14.05 BST", "2025-08-27T13:05:00Z"),  # the Guardian's dotted time
        ("August 27, 2025 3:37 PM GMT+3", "2025-08-27T12:37:00Z"),  # GMT+3 means three hours east
        ("27 Aug 2025 17:00 MSK", "2025-08-27T14:00:00Z"),
        ("Published: August 27, 2025", "2025-08-27"),
        ("Updated 27 Aug 2025", "2025-08-27"),
        ("  \x1b[1m2025-08-27\x1b[0m  ", "2025-08-27"),
    ],
)
def test_to_iso_formats(value: str, expected: str) -> None:
    assert to_iso(value, now=NOW) == expected


@pytest.mark.parametrize(
    "value",
    [
        "",
        "   ",
        "garbage",
        "Troop deployment 3",
        "Kremlin, palace, Russia",
        "3 min read",
        "Monday",
        "2025",  # a year is not a date
        "August 2025",  # nor is a month
        "1850-01-01",  # too old
        "2025-09-03",  # two days after NOW
        "2025-09-02T13:00:00Z",  # more than a day ahead
        "1756288800",  # epoch seconds are not a date string
        "1 2 3 12",  # a pager under an archive heading
        "12 3",
        "99999-01-01",
        "2025-02-30",
        "x" * 100_000,
        "\x00\x01\x02",
    ],
)
def test_to_iso_refuses(value: str) -> None:
    assert to_iso(value, now=NOW) is None


def test_to_iso_objects() -> None:
    assert to_iso(date(2025, 8, 27), now=NOW) == "2025-08-27"
    aware = datetime(2025, 8, 27, 10, 0, tzinfo=timezone(timedelta(hours=3)))
    assert to_iso(aware, now=NOW) == "2025-08-27T07:00:00Z"
    assert to_iso(time.struct_time((2025, 8, 27, 7, 0, 0, 2, 239, 0)), now=NOW) == "2025-08-27T07:00:00Z"
    assert to_iso(None) is None
    assert to_iso(12345) is None
    assert to_iso(["2025-08-27"]) is None


def test_to_iso_naive_time_uses_default_zone() -> None:
    assert to_iso("2025-08-27 10:00", now=NOW) == "2025-08-27T10:00:00Z"
    east = timezone(timedelta(hours=3))
    assert to_iso("2025-08-27 10:00", now=NOW, default_tz=east) == "2025-08-27T07:00:00Z"


def test_missing_year_is_the_latest_past_one() -> None:
    assert to_iso("Aug 27", now=NOW) == "2025-08-27"
    assert to_iso("Dec 24", now=NOW) == "2024-12-24"


def test_future_guard_uses_real_clock_by_default() -> None:
    tomorrow_plus = (datetime.now(UTC) + timedelta(days=3)).date().isoformat()
    assert to_iso(tomorrow_plus) is None
    assert to_iso("2001-09-11") == "2001-09-11"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("August 27, 2025", ("plain", "2025-08-27")),
        ("Today: Apr 24, 2025", ("today", "2025-04-24")),
        ("Published On 27 Aug 2025", ("published", "2025-08-27")),
        ("Published On 27 Aug 202527 Aug 2025", ("published", "2025-08-27")),  # shown twice, glued
        ("Wednesday 27 August 2025 10:15, UK", ("plain", "2025-08-27T10:15:00Z")),
        ("Posted: Aug 27, 2025 / 10:31 AM EDT", ("published", "2025-08-27T14:31:00Z")),
        ("Updated 10:31 AM EDT, Wed August 27, 2025", ("updated", "2025-08-27T14:31:00Z")),
        ("Last Updated: August 27, 2025 | 3:07 PM", ("updated", "2025-08-27T15:07:00Z")),
        ("By Reuters | August 27, 2025", ("plain", "2025-08-27")),
        ("27 Aug 2025 · 2 min read", ("plain", "2025-08-27")),
        ("August 27, 2025 3:37 PM GMT+3 Updated 2 hours ago", ("plain", "2025-08-27T12:37:00Z")),
        (
            "Updated: 12:00 BST, 28 August 2025 | Published: 10:31 BST, 27 August 2025",
            ("published", "2025-08-27T09:31:00Z"),
        ),
    ],
)
def test_date_line(line: str, expected: tuple[str, str]) -> None:
    assert date_line(line, now=NOW) == expected


@pytest.mark.parametrize(
    "line",
    [
        "On Wednesday, the Kremlin said it would reply by August 29, 2025.",
        "In 2025 a lot happened.",
        "Kremlin rejects EU peacekeepers in Ukraine",
        "3 mins read",
        "1 2 3 12",
        "March 18, London",  # a place after a bare day is not read as this year's date
        "",
        "1" * 500,
    ],
)
def test_not_a_date_line(line: str) -> None:
    assert date_line(line, now=NOW) is None


def test_looks_like_date_is_cheap_and_strict() -> None:
    assert looks_like_date("Aug 27, 2025 10:31")
    assert looks_like_date("Published: 27.08.2025")
    assert not looks_like_date("Aug 27 was a hot day")
    assert not looks_like_date("Wednesday")
    start = time.perf_counter()
    for _ in range(1000):
        looks_like_date("2025 " * 20 + "x")
    assert time.perf_counter() - start < 0.5


def test_dateline() -> None:
    assert dateline("MOSCOW, Aug 27 (Reuters) - The Kremlin said on Wednesday", now=NOW) == "2025-08-27"
    assert dateline("LONDON, 27 August 2025 (AFP) - Britain said", now=NOW) == "2025-08-27"
    assert dateline("KYIV, Ukraine (AP) — Russia said", now=NOW) is None
    assert dateline("The Kremlin said on Aug 27 - in a call", now=NOW) is None


def test_a_dateline_standing_as_a_line_of_its_own_gives_its_date() -> None:
    assert dateline("SELVA, Ruritania (AFP) Oct 11, 2004", now=NOW) == "2004-10-11"
    assert dateline("SELVA, Ruritania, Oct 11, 2004", now=NOW) == "2004-10-11"
    assert dateline("SELVA, 11 October 2004", now=NOW) == "2004-10-11"
    assert dateline("Floods hit Selva, Oct 11, 2004", now=NOW) is None  # a headline, its place not in capitals


def test_date_in_paras_prefers_published_and_skips_banners() -> None:
    paras = [
        "Today: Nov 3, 2025",
        "Kremlin rejects peacekeepers",
        "Updated: Aug 28, 2025",
        "Published: Aug 27, 2025",
        "The Kremlin said on Wednesday, August 20, 2025, that it was opposed.",
    ]
    assert date_in_paras(paras, now=datetime(2025, 11, 3, tzinfo=UTC)) == "2025-08-27"


def test_date_in_paras_seed_shapes() -> None:
    seed_004 = [
        "WORLD",
        "2 min read",
        "Kremlin rejects EU peacekeepers in Ukraine, dismisses swift Putin-Zelenskyy talks",
        "Moscow reiterates opposition to foreign troops in Ukraine.",
        "Kremlin rejects EU peacekeepers in Ukraine, dismisses swift Putin-Zelenskyy talks",
        "Kremlin spokesman Dmitry Peskov. / Reuters",
        "August 27, 2025",
        "The Kremlin on Wednesday said it was against European countries sending troops.",
    ]
    assert date_in_paras(seed_004, now=NOW) == "2025-08-27"
    seed_003 = ["Today: Apr 24, 2025", "Search", "Русский", "Kremlin Denies Trump’s Claim", "3 mins read"]
    assert date_in_paras(seed_003, now=NOW) is None


def test_date_in_paras_dateline_and_banner_order() -> None:
    # a year-less dateline gets no guessed year; a full dateline or a full date of that day gives one
    assert date_in_paras(["Kremlin says no", "MOSCOW, Aug 27 (Reuters) - The Kremlin said"], now=NOW) is None
    full = ["Kremlin says no", "MOSCOW, 27 August 2024 (AFP) - The Kremlin said"]
    assert date_in_paras(full, now=NOW) == "2024-08-27"
    assert (
        date_in_paras(["Kremlin says no", "MOSCOW, Aug 27 (Reuters) - The Kremlin said on Aug. 27, 2024 that"], now=NOW)
        == "2024-08-27"
    )
    # a bare date heading the page is the site's own banner when another date follows
    assert date_in_paras(["September 1, 2025", "Title here", "August 27, 2025"], now=NOW) == "2025-08-27"
    assert date_in_paras(["Updated: Aug 28, 2025", "Title"], now=NOW) == "2025-08-28"


def test_date_in_paras_never_reads_inside_sentences() -> None:
    paras = ["Kremlin says no", "The Kremlin said on August 27, 2025 that it would not accept troops."]
    assert date_in_paras(paras, now=NOW) is None


def test_date_in_paras_respects_max_lines() -> None:
    paras = ["A line of the page that is no widget"] * 8 + ["August 27, 2025"]
    assert date_in_paras(paras, now=NOW) is None
    assert date_in_paras(["x"] * 8 + ["August 27, 2025"], now=NOW) == "2025-08-27"  # widget lines are not counted
    assert date_in_paras(paras, max_lines=9, now=NOW) == "2025-08-27"


@pytest.mark.parametrize(
    "paras",
    [[], [""], ["\x00" * 10], ["a" * 1_000_000], ["Aug 27, 2025 " * 10_000], [None, 3, "August 27, 2025"]],  # type: ignore[list-item]
)
def test_date_in_paras_hostile(paras: list[str]) -> None:
    start = time.perf_counter()
    result = date_in_paras(paras, now=NOW)
    assert result is None or result == "2025-08-27"
    assert time.perf_counter() - start < 0.5


@pytest.mark.parametrize(
    "text",
    ["2025-08-27", "2025-08-27T07:00", "2025-08-27 07:00:05", "2025-08-27T07:00:05.250Z", "2025-08-27T23:30:00+03:00",
     "2025-08-27T01:00:00-0500", "2025-02-30", "1899-12-31", "2025-08-29", "2025-08-28T23:00:00Z", "0001-01-01",
     "2025-09-03", "2025-09-02T13:00:00Z", "2025-09-02T11:00:00Z"],
)
def test_iso_fast_path_agrees_with_dateutil(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import reader.engine.date_parse as dates_mod

    fast = to_iso(text, now=NOW)
    monkeypatch.setattr(dates_mod, "_parse_iso", lambda *_a: None)
    assert fast == to_iso(text, now=NOW)


def test_a_dateline_bracket_ending_in_the_date() -> None:
    from reader.engine.dates import dated_dateline

    text = "SELVA, (NPA - Harbour Daily / Coast Point News - 11th Oct, 2024) Captain Ann Roe said it would be fixed."
    assert dated_dateline(text) == ("2024-10-11", True)
    assert dated_dateline("SELVA, (NPA - Harbour Daily - Oct 11, 2024) The port reopened.") == ("2024-10-11", True)
    assert dated_dateline("SELVA, (NPA) The port reopened on 11 October 2024.") is None
