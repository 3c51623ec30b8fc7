"""The cheap pre-checks in credit_patterns.py must never hide a match of the pattern they guard."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.engine import credit_cite_patterns as ccp
from reader.engine import credit_patterns as cp
from reader.engine import credits, outlets

_PIECES = [
    " ", "\n", ".", ",", ";", "(", ")", "-", "/", "İ", "ı", "ſ", "\u212a", "x", "Word", "the ", "a ", "by ", "from ",
    "on ", "with ", "according to ", "Accord", "cited by ", "reported by ", "eported ", "ited ", "newspaper ",
    "think-tank ", "think tank ", "media, ", "outlet ", "research group ", "Telegram channel ", "Coastal Wire ",
    "Kyiv ", "News ", "Daily ", "PHOTO", "Photograph", "pics", "İmage", "credit:", "file photo", "handout",
    "based on materials ", "BASED ON REPORTS from ", "first published by ", "originally appeared in ",
    "story was first published in ", "this report by ", "republished with permission from ", "all rights reserved by ",
    "original article at ", "database on reports by ", "additional reporting by ", "notes from ", "inputs from ",
    "including reporting from ", "this story contains material from ", "Reporting by A B; Editing by C D",
    "Editing by Jo Bo)", "reſearch group ", "Reuters", "AFP", "TASS", " could not ", " was unable to ",
    "independently ", "verify", "confirm", "reach", "Verify", "satirical ", "weekly ", "pro-state ", "TV channel ",
    "Le Petit Echo said ", "News Agency ", "JANA said ", "Photo", "Photos ", "Supplied", "SUPPLIED ", "KT", "Jo Roe",
    "Police",
]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)


@settings(max_examples=3000, deadline=None)
@given(_TEXTS)
def test_gates_pass_whenever_their_rule_matches(text: str) -> None:
    """Each gate is a necessary condition of the regex it guards."""
    low = text.lower()
    if cp.PHOTO_WORD.search(text):
        assert cp.may_name_picture(text, low)
    if cp.SOURCE_PHRASE.search(text) and cp.contains_any(low, cp.SOURCE_STEMS):
        assert cp.may_cite_source(text, low)
    if cp.CONTRIB_BEFORE.search(text) and cp.contains_any(low, cp.CONTRIB_STEMS):
        assert cp.may_credit_contributor(text, low)
    if cp.UNKNOWN_CITED.search(text) or cp.UNKNOWN_DESCRIBED.search(text):
        assert cp.may_cite_unknown(text)
    if cp.OUTLETISH.search(text):
        assert cp.may_name_outlet(text)
    if cp.HOUSE_STYLE.search(text):
        assert cp.may_be_house_style(text, low)
    if cp.OWN_DISCLAIMER.search(text):
        assert cp.may_disclaim(low)
    if cp.SLASHED_PICTURE.search(text) or cp.SUPPLIED_PICTURE.search(text):
        assert cp.may_credit_by_slash(text, low)


def test_case_folding_traps_keep_the_gate_open() -> None:
    """Characters that only case-insensitive matching equates with ASCII letters defeat the lower-case test."""
    text = "Photo: \u0130MAGE by AFP"
    assert cp.PHOTO_WORD.search("\u0130mage")
    assert cp.may_name_picture("\u0130mage", "\u0130mage".lower())
    assert credits.find_credits(text, [])


def test_remembered_mentions_are_fresh_lists() -> None:
    """Callers may extend the list they get; a later call for the same text is unaffected."""
    first = outlets.mentions("Reuters and AFP reported", weak=True)
    first.append(first[0])
    again = outlets.mentions("Reuters and AFP reported", weak=True)
    assert [m.name for m in again] == ["Reuters", "AFP"]


def test_long_texts_are_scanned_without_memo() -> None:
    """Texts over the memo limit still give every mention, in order."""
    text = "x " * 15_000 + "according to Reuters"
    assert [m.name for m in outlets.mentions(text)] == ["Reuters"]


_PLAIN_OUTLETISH = cp.OUTLETISH.pattern.removeprefix("(?=[A-Z])")


def test_outlet_like_names_start_with_a_capital() -> None:
    """OUTLETISH's leading look-ahead is only a shortcut when every head word starts with one."""
    assert cp.OUTLETISH.pattern != _PLAIN_OUTLETISH
    assert all("A" <= w[0] <= "Z" for w in cp.OUTLET_HEAD_WORDS)


@settings(max_examples=1500, deadline=None)
@given(_TEXTS)
def test_outlet_like_names_are_those_of_the_plain_pattern(text: str) -> None:
    plain = [m.span() for m in re.finditer(_PLAIN_OUTLETISH, text)]
    assert [m.span() for m in cp.OUTLETISH.finditer(text)] == plain


# LEFT_HINT as first written: a plain alternation, tried in this order.
_PLAIN_LEFT_HINT = re.compile(
    r"(?i)\b(?:according|per|cited|quoted|reported|as|first|broken|told|telling|in|interview|speaking|spoke|talking|"
    r"said|appearing|interviewed|"
    r"wrote|writing|column|op-ed|seen|obtained|reviewed|verified|published|aired|broadcast|followed|an?|the|"
    r"recent|new|latest|earlier|separate|previous|exclusive|data|figures|estimates|footage|images|briefed|"
    r"addressing|writes|reported|reports|noted|compiled|collated|gathered|tallied|condition|anonymity)\b"
)
_HINT_PIECES = st.sampled_from(
    [*ccp.LEFT_HINT_WORDS, "A", "AN", "The", "op", "ed", "-", "report", "reporteds", "interviews", "x", " ", "  ", ",",
     "’", "'", "_", "1", "ſ", "\u212a", "İ", "é", "\n"]
)


@settings(max_examples=2000, deadline=None)
@given(st.lists(_HINT_PIECES, max_size=16).map("".join))
def test_left_hints_are_those_of_the_plain_alternation(text: str) -> None:
    assert [m.span() for m in ccp.LEFT_HINT.finditer(text)] == [m.span() for m in _PLAIN_LEFT_HINT.finditer(text)]


# SOURCE_PAIRS as first written: an alternation of the word pairs.
_PLAIN_SOURCE_PAIRS = re.compile(
    "|".join(
        [w + r"\s+(?:on|from)" for w in ("based", "prepared", "drawn", "adapted", "compiled", "translated")]
        + [w + r"\s+(?:published|appeared|ran|posted)" for w in ("originally", "first")]
        + [w + r"\s+(?:by|in|on|via|from|with)" for w in ("published", "produced", "written", "provided",
                                                          "distributed", "syndicated", "republished", "reproduced")]
        + [w + r"\s+by" for w in ("report", "story", "article")]
        + [r"all\s+rights", r"original\s+(?:article|story|text|report|version)"]
    )
)
_PAIR_PIECES = st.sampled_from(
    [*cp.SOURCE_PAIR_TAILS, "on", "from", "by", "in", "via", "with", "published", "appeared", "ran", "posted",
     "rights", "article", "story", "text", "report", "version", " ", "  ", "\n", "\u2003", "ly", "x", ".", "re"]
)


@settings(max_examples=2000, deadline=None)
@given(st.lists(_PAIR_PIECES, max_size=10).map("".join))
def test_source_pairs_are_found_where_the_plain_alternation_finds_them(text: str) -> None:
    got, plain = cp.SOURCE_PAIRS.search(text), _PLAIN_SOURCE_PAIRS.search(text)
    assert (got is None) == (plain is None)
    assert got is None or got.start() == plain.start()  # type: ignore[union-attr]
