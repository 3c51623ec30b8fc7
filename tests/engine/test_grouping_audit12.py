"""Grouping cases from the A12 audit, each with invented prose showing the same construction."""

from __future__ import annotations

import json
from pathlib import Path

from reader.engine import grouping
from reader.engine.judge import MAX_EVENT_DAYS
from reader.engine.models import Article
from reader.engine.pipeline import ingest
from reader.engine.profiles import day
from reader.engine.store import Library
from reader.engine.text import split_sentences


def make(aid: int, text: str, *, published: str | None = None, title: str = "") -> Article:
    return Article(id=aid, source=f"{aid}.txt", url=None, outlet=f"Outlet {aid}", title=title, published=published,
                   author=None, text=text, fetched="", sentences=split_sentences(text))


# The same two leaders meet in the same city twice, eleven months apart; the official reports of both
# meetings share the attendee list and the stock phrases word for word.
_ATTENDEES = (
    "Also present were Lord Dalan Orrin Vessin, Keeper of the Harbour Seal and head of the Tidewater Bench; "
    "Lady Mara Tolan Vessin, Warden of Port Adley and head of its Board of Works; Marshal Oren Dalan Vessin, "
    "First Deputy Chancellor and Warden of the Marches; and Lord Hallam Orrin Vessin, Counsellor for Crown Estates "
    "at the Harbour Palace.")
_FIRST = (
    "Port Adley: President Ada Morn welcomed Emir Kal Vessin of Qarrow to Port Adley on Sunday, and the pair "
    "talked over the long friendship between their peoples and new ways to work together on shipping, schooling "
    "and farming for the good of both lands and their shared hopes for steady growth.\n\n"
    "In their talks the two heads of state went over several questions facing the wider region, above all the "
    "standoff in the Tessel Strait and the hardship it has brought to the fishing towns on its shores.\n\n"
    "They agreed that every effort should go into an early truce in the strait and into keeping the fishing "
    "towns supplied and safe under the law of the sea.\n\n" + _ATTENDEES)
_FIRST_REWRITE = (
    "President Ada Morn on Sunday hosted Emir Kal Vessin of Qarrow in Port Adley, where the pair talked over "
    "the long friendship between their peoples and new ways to work together on shipping, schooling and farming "
    "for the good of both lands and their shared hopes for steady growth.\n\n"
    "The two heads of state went over several questions facing the wider region, above all the standoff in the "
    "Tessel Strait and the hardship it has brought to the fishing towns on its shores.\n\n"
    "They agreed that every effort should go into an early truce in the strait.\n\n"
    + _ATTENDEES)
_SECOND = (
    "Port Adley: President Ada Morn welcomed Emir Kal Vessin of Qarrow to Port Adley on Sunday, and the pair "
    "talked over the long friendship between their peoples and new ways to work together on trade, power and "
    "investment for the good of both lands and their shared hopes for steady growth.\n\n"
    "The leaders also discussed the new river treaty signed by their governments in the spring and the plans for "
    "a joint rail link across the Orrin plain, which officials said could open within four years.\n\n"
    "They went over several questions facing the wider region and traded views on them.\n\n"
    + _ATTENDEES)


def test_the_same_meeting_text_a_year_later_is_another_event() -> None:
    near = grouping.same_event(make(1, _FIRST, published="2024-06-02"), make(2, _FIRST, published="2024-06-03"))
    far = grouping.same_event(make(1, _FIRST, published="2024-06-02"), make(2, _SECOND, published="2025-05-04"))
    same_text_far = grouping.same_event(make(1, _FIRST, published="2024-06-02"),
                                        make(2, _FIRST, published="2025-05-04"))
    assert near >= grouping.SAME_EVENT_THRESHOLD
    assert far == 0.0
    assert same_text_far == 0.0


def test_an_undated_report_does_not_fuse_two_meetings_far_apart() -> None:
    # The undated rewrite of the first meeting shares the attendee list and stock phrases with the report of the
    # second: it links both, but a group is one event, and the two dated reports are eleven months apart.
    arts = [make(1, _FIRST, published="2024-06-02"), make(2, _FIRST_REWRITE), make(3, _SECOND, published="2025-05-04")]
    assert grouping.same_event(arts[1], arts[2]) >= grouping.SAME_EVENT_THRESHOLD  # the link that fused them
    groups = grouping.group_articles(arts)
    assert [1, 2] in groups and [3] in groups


def test_reports_within_the_window_still_group() -> None:
    arts = [make(1, _FIRST, published="2024-06-02"), make(2, _FIRST_REWRITE, published="2024-06-04")]
    assert grouping.group_articles(arts) == [[1, 2]]


def test_within_days_keeps_the_groups_one_event_can_span() -> None:
    first, second = day("2024-06-02"), day("2025-05-04")
    assert first is not None and second is not None
    # A dated newcomer joins only the group of its own time.
    assert grouping.within_days(second, [(7, [first]), (8, [second - 2, None])]) == [8]
    # An undated one joins the best group and no further group far from it.
    assert grouping.within_days(None, [(7, [first, None]), (8, [second]), (9, [None])]) == [7, 9]
    assert grouping.within_days(None, [(7, [first]), (8, [first + MAX_EVENT_DAYS])]) == [7, 8]
    assert grouping.within_days(None, [(7, [first]), (8, [first + MAX_EVENT_DAYS + 1])]) == [7]


# Three outlets' own reports of one ferry fire: each writes its own story, with its own page junk on top, and
# what they share is the mayor's words, a sentence of them quoted word for word.
_FERRY_A = (
    "Support our newsroom: subscribe today for unlimited access.\n\n"
    "Flames tore through the car deck of the Morrow Star late on Tuesday as the ferry lay at its berth in Kessel "
    "harbour, and crews fought the blaze for six hours, which forced the closure of the northern terminal.\n\n"
    "Eleven crew members were taken to hospital with smoke injuries, according to the regional fire service.\n\n"
    "\u201cIt was the worst night our port has known in forty years,\u201d Mayor "
    "Ilse Varrow said.\n\n"
    "Investigators will board the ship once the hull has cooled, the harbour master Tomas Eller added. The "
    "Morrow Star, built in Dunwich in 1998, was refitted two winters ago at the Brannock yard and carries up to "
    "600 passengers and 140 cars on the crossing to Amsel Island.\n\n"
    "Residents of the Old Quay district said they were woken by explosions shortly before midnight. Pieter Landt, "
    "who runs a bakery on Harbour Row, said the smoke was so thick that his street was closed until the morning "
    "and his shop stayed shut.\n\n"
    "The Seafarers Union called for an inquiry into fire safety on the older vessels of the Westline fleet, "
    "whose chief executive, Marta Osk, said the company would cooperate fully with the Maritime Safety Board.")
_FERRY_B = (
    "Advertisement\n\n"
    "KESSEL \u2014 A fire broke out on a moored passenger vessel overnight, forcing the evacuation of the quayside "
    "and the closure of the northern terminal until further notice.\n\n"
    "Mayor Ilse Varrow, who visited the terminal at dawn, praised the firefighters. \u201cIt was the worst "
    "night our port has known in forty years,\u201d she told reporters.\n\n"
    "Sailings to the islands are suspended, and the operator has offered refunds to ticket holders. A spokesman "
    "for the coastguard, Jens Holme, said two tugs had stood by through the night in case the blaze spread to "
    "the fuel depot on the eastern mole.\n\n"
    "Traders at the fish market, which reopened at noon, counted the cost of a lost morning. “Nobody could "
    "get a lorry in or out,” said Ruth Kalder, whose family has sold herring there since the war.\n\n"
    "The regional governor, Anders Fell, is expected to visit on Thursday, and the county council will hold an "
    "emergency session to discuss compensation for businesses near the terminal, its leader Sofie Brandt said.")


def test_reports_sharing_a_whole_quoted_sentence_group() -> None:
    a, b = make(1, _FERRY_A), make(2, _FERRY_B)
    ev = grouping.weigh(a, b)
    assert ev.quotes == 1
    assert ev.score >= grouping.SAME_EVENT_THRESHOLD
    assert grouping.group_articles([a, b]) == [[1, 2]]


def test_a_shared_stock_phrase_is_not_a_shared_statement() -> None:
    # Two fires in two towns: the same five words of a stock phrase quoted in both are no sign of one event.
    a = make(1, _FERRY_A)
    b = make(2, "A fire destroyed a timber warehouse in Orlin on Tuesday night, the county fire service said.\n\n"
                "\u201cIt was the worst night of my career,\u201d the county chief said; nobody was hurt.\n\n"
                "The owners said the building was insured and that they would rebuild it within the year.")
    assert grouping.same_event(a, b) < grouping.SAME_EVENT_THRESHOLD


def test_incremental_grouping_keeps_the_bound_on_time(tmp_path: Path) -> None:
    # One at a time, as at ingest: the undated rewrite joins the first meeting's group, and the report of the
    # second meeting, which matches the rewrite, stays apart from a group holding a report eleven months older.
    lib = Library(tmp_path / "lib.db")
    rows = [("first", _FIRST, "2024-06-02"), ("rewrite", _FIRST_REWRITE, None), ("second", _SECOND, "2025-05-04")]
    for name, text, published in rows:
        src = tmp_path / f"{name}.jsonl"
        src.write_text(json.dumps({"id": name, "outlet": f"The {name.title()} Post", "url": f"https://x.example/{name}",
                                   "title": name, "published": published, "text": text}) + "\n")
        ingest(lib, [str(src)], follow_links=False)
    assert sorted(sorted(g.article_ids) for g in lib.groups()) == [[1, 2], [3]]
