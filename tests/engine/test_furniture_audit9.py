"""Audit 9's furniture: an aggregator's block after a wire story, a paywall box, comment notices.

All prose is invented; the agency names are registry entries, not article text.
"""

from __future__ import annotations

from reader.engine.furniture import separate

_LEDE = "The Velm central bank held its main rate on Friday, the governor told reporters in the capital."
_MORE = "The crown has slid steadily for five sessions running, dealers in Orvale said."


def test_aggregator_block_after_a_wire_story_is_furniture() -> None:
    foot = [
        "((ilse.varga@kestrelwire.com; +44 20 5550 1234))",
        "The opinions expressed herein belong to the writer alone and do not necessarily represent the view of"
        " Velm Markets Inc.",
        "Latest Markets Videos",
        "See more videos",
        "Reuters",
        "Reuters, the news arm of a larger media group, is a provider of news to many readers every day.",
    ]
    body, junk, _ = separate(["Velm bank holds rates", _LEDE, _MORE, *foot])
    assert body == [_LEDE, _MORE]
    assert junk == foot


def test_paywall_box_between_paragraphs_is_furniture() -> None:
    box = ["Decide for yourself", "Become a Tarnby Ledger member",
           "Every story and our full archive — 21-day free trial.", "... or subscribe as a team"]
    last = "Officials in Castel said the rate would be reviewed again at the next meeting in the spring."
    body, junk, _ = separate(["Velm bank holds rates", _LEDE, *box, _MORE, last])
    assert body == [_LEDE, _MORE, last]
    assert junk == box


def test_comment_notices_and_numbered_ad_label_are_furniture() -> None:
    notes = [
        "Sign in to join the conversation and see every comment.",
        "The Tarnby Ledger welcomes lively but civil debate. Keep comments on topic; they may take an hour to appear."
        " See our Community Rules.",
    ]
    body, junk, _ = separate(["Velm bank holds rates", _LEDE, "Advertisement 3", _MORE, *notes])
    assert body == [_LEDE, _MORE]
    assert "Advertisement 3" in junk and all(n in junk for n in notes)


def test_lone_agency_line_is_furniture() -> None:
    body, junk, _ = separate(["Velm bank holds rates", _LEDE, _MORE, "AFP"])
    assert body == [_LEDE, _MORE] and "AFP" in junk


def test_article_sentences_about_subscribers_and_comments_stay() -> None:
    prose = [
        "The Velm Ledger said its subscribers rose by a tenth last year, and it will start a free trial in May.",
        "Readers left angry comments on the paper's forum, which its editors said was moderated and civil.",
        "Subscribers pay €2 a month for the digital pass, the company told its shareholders on Friday.",
    ]
    body, _, _ = separate(["Velm paper grows", _LEDE, *prose])
    assert body == [_LEDE, *prose]
