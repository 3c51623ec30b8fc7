"""The cheap checks in front of furniture patterns never hide a match (invented lines only)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.engine import furniture_lines as FL
from reader.engine import furniture_patterns as FP
from reader.engine import furniture_photos as FPH
from reader.engine.furniture_patterns import GLUED_TEASER, PREFIX_LABEL, SEGMENT_SPLIT, TERMINAL
from reader.engine.text import _FOLD, fold

_PIECES = st.sampled_from(
    ["Read more", "read also", "Video", "Tags", " ", ": ", "|", " | ", " – ", " — ", "-", "Updated", "UPDATED",
     "published", "Posted", "5 min read", "3 mins", "ſ", "K", "·", "•", "word", "Home", "x", ".", "!", "?", "…",
     ";", "\"", "”", "’", ")", "]", "»", "\n", "Sport:", "A", "Teaser", "“Quote"]
)
_LINES = st.lists(_PIECES, max_size=14).map("".join)


@settings(max_examples=800, deadline=None)
@given(_LINES)
def test_ends_terminal_is_the_terminal_search(t: str) -> None:
    assert FP.ends_terminal(t) == (TERMINAL.search(t) is not None)


@settings(max_examples=800, deadline=None)
@given(_LINES)
def test_separator_gate_is_necessary_for_prefix_labels(t: str) -> None:
    if PREFIX_LABEL.match(t):
        assert FP.may_separate(t)
    if GLUED_TEASER.match(t):
        assert ":" in t


@settings(max_examples=800, deadline=None)
@given(_LINES)
def test_segment_gate_is_necessary_for_segment_split(t: str) -> None:
    if SEGMENT_SPLIT.search(t):
        assert FP.may_split_segments(t)


def test_segment_gate_keeps_odd_case_folds() -> None:
    assert SEGMENT_SPLIT.search("a poſted b") and FP.may_split_segments("a poſted b")
    assert not FP.may_split_segments("Plain words of a short line")


_FOLDED = st.lists(st.sampled_from(list("aZ \"'-“”„«»‘’—–éΣİ")), max_size=30).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(max_size=30), _FOLDED))
def test_fold_fast_path_matches_translation(t: str) -> None:
    assert fold(t) == t.translate(_FOLD).lower()


def test_line_flags_unchanged_on_typical_lines() -> None:
    cases = {
        "Read more: the budget row deepens": "label",
        "Animal cruelty:A man was fined": "label",
        "Updated 2 hours ago | 3 min read": "meta",
        "The minister said the plan would go ahead next week, despite protests.": None,
    }
    for text, want in cases.items():
        assert FL.line_flag(FL.shape(text)) == want, text


_OPENINGS = st.text(alphabet=st.sampled_from(list("aZ1_ ._-\"“(½²Ⅷé") + ["\u0130", "\u03a3", "\u0301"]), max_size=12)


@settings(max_examples=800, deadline=None)
@given(_OPENINGS)
def test_letter_test_is_the_letter_search(t: str) -> None:
    assert FL._has_letter(t) == (FP.LETTER.search(t, 0, 400) is not None)


@settings(max_examples=300, deadline=None)
@given(st.one_of(_LINES, st.text(max_size=30)), st.integers(0, 2))
def test_shared_lower_case_is_each_test_s_own(t: str, pad: int) -> None:
    text = t + "x" * (0, 395, 2000)[pad]  # short, around the credit test's 400 characters, over the repeat key's limit
    p = FL.shape(text)
    assert FL.para_key(p) == FL.repeat_key(text)
    assert FL.lowered(p) == text.lower()
    plain = FL.shape(text)
    plain.low = None
    assert FL.is_credit(p) == FL.is_credit(plain)
    assert FL.line_flag(FL.shape(text)) == FL.line_flag(plain)


_PLAIN_CREDIT_ANY = re.compile(FP.CREDIT_ANY.pattern.removeprefix("(?=[acfot])"), re.IGNORECASE)
_CREDIT_PIECES = st.sampled_from(
    ["contributed ", "to ", "this ", "the ", "report", "story ", "article ", "was ", "has been ", "first ",
     "originally ", "original ", "published", "appeared", "agencies", ")", ".", " ", "x", "CONTRIBUTED ", "This ",
     "ſ", "\u212a", "İ", "\u0131", "text", "version", "reporting", "prepared", "\n"]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(_CREDIT_PIECES, max_size=12).map("".join))
def test_credit_phrases_are_those_of_the_plain_pattern(t: str) -> None:
    assert FP.CREDIT_ANY.pattern != _PLAIN_CREDIT_ANY.pattern
    for text in (t, t.lower()):
        assert [m.span() for m in FP.CREDIT_ANY.finditer(text)] == [m.span() for m in _PLAIN_CREDIT_ANY.finditer(text)]


# Lines each anchored pattern matches; with every ASCII character put in place of the first, the gate must pass
# wherever the pattern does.
_OPENING_CASES = [
    (FPH.CAPTION_PREFIX, FPH.CAPTION_FIRSTS, [
        "image caption: x", "Image source: x", "media caption, x", "Caption: x", "photo: x", "PHOTOGRAPH: x",
        "picture: x", "image: x", "pic: x", "illustration: x", "credit: x", "photo credit: x",
        "photo illustration: x", "file photo: x", "graphic: x", "composite: x", "video caption: x"]),
    (FP.CREDIT_START, FP.CREDIT_FIRSTS, [
        "(Reuters)", "Sources: x", "source - x", "Reporting by X", "additional reporting", "Writing by X",
        "written by x", "Editing by x", "edited by x", "compiled by x", "with reporting from x", "With AFP",
        "with agencies", "(AFP)", "AP", "reuters", "((ap)"]),
    (FP.COPYRIGHT, FP.COPYRIGHT_FIRSTS, ["(c) x", "Copyright 2024", "copyright © 2024", "(C)"]),
    (FP.PROMO_START, FP.PROMO_FIRSTS, [
        "Sign up", "subscribe", "Download", "get the app", "join us", "follow", "click", "tap", "register",
        "support us", "become a member", "don't miss", "never miss", "stay informed", "want more", "like this",
        "enjoyed this", "for the latest", "for more news", "privacy notice", "read more", "watch", "listen",
        "find us", "save articles", "we use cookies", "by clicking"]),
    (FP.GLUED_RELATED, FP.GLUED_FIRSTS, ["RelatedX", "RELATEDX", "Read moreX", "READ MOREX", "Also readX"]),
]


def test_opening_gates_pass_wherever_their_pattern_matches() -> None:
    for pattern, firsts, lines in _OPENING_CASES:
        for line in lines:
            assert pattern.match(line), line
            for code in [*range(128), 0x212A, 0x17F, 0x130, 0x131, 0xA9]:
                variant = chr(code) + line[1:]
                if pattern.match(variant):
                    assert FP.opens_with(variant, firsts), variant
            assert FP.opens_with("", firsts)


@settings(max_examples=800, deadline=None)
@given(st.text(max_size=20))
def test_opening_gates_on_any_text(t: str) -> None:
    for pattern, firsts, _ in _OPENING_CASES:
        if pattern.match(t):
            assert FP.opens_with(t, firsts)


_DISCLAIMER_PIECES = st.sampled_from(
    ["This ", "story ", "has not been ", "edited by ", "Lantern staff ", "auto-generated ", "from a ", "syndicated ",
     "feed", "archived ", "for your personal", ", ", "non-commercial use", "ſ", "\u212a", "İ", "(", ".", "EDITED BY "]
)


@settings(max_examples=800, deadline=None)
@given(st.lists(_DISCLAIMER_PIECES, max_size=10).map("".join))
def test_disclaimer_gate_is_necessary(t: str) -> None:
    if FP.DISCLAIMER.search(t):
        assert FP.may_disclaim(t.lower())
