"""Tests for text hygiene, the sentence splitter and tokens."""

from __future__ import annotations

import time
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.engine.text import (
    clean_line,
    fold,
    normalize,
    paragraphs,
    shingles,
    split_sentences,
    strip_controls,
    word_spans,
    words,
)


def texts(text: str) -> list[str]:
    """The sentences of ``text`` as strings, checking every offset on the way."""
    out = split_sentences(text)
    for n, s in enumerate(out):
        assert s.i == n
        assert text[s.start : s.end] == s.text
    return [s.text for s in out]


# --------------------------------------------------------------------------- hygiene


def test_normalize_is_nfc() -> None:
    decomposed = "Cafe\u0301 Zu\u0308rich"
    assert normalize(decomposed) == "Café Zürich"
    assert unicodedata.is_normalized("NFC", normalize(decomposed))


@pytest.mark.parametrize(
    "escape",
    [
        "\x1b[31m",  # colour
        "\x1b[2J\x1b[H",  # clear screen, cursor home
        "\x1b]0;pwned\x07",  # OSC window title, BEL-terminated
        "\x1b]8;;http://evil.invalid\x1b\\",  # OSC hyperlink, ST-terminated
        "\x1bP1$qm\x1b\\",  # DCS
        "\x9b31m",  # 8-bit CSI
        "\x1bc",  # full reset
    ],
)
def test_terminal_escapes_are_removed(escape: str) -> None:
    out = normalize(f"Before {escape}after.")
    assert "\x1b" not in out and "\x9b" not in out
    assert out == "Before after."


def test_control_and_invisible_characters_are_removed() -> None:
    raw = "Bell\x07 null\x00 del\x7f zero\u200bwidth bidi\u202eover\u2066ride\ufeff."
    assert normalize(raw) == "Bell null del zerowidth bidioverride."


def test_lone_surrogates_are_removed() -> None:
    out = normalize("Peskov said \ud800 “we are ready.”\udfff")
    assert out == "Peskov said “we are ready.”"
    out.encode("utf-8")
    assert clean_line("Title\udc80") == "Title"


def test_a_stray_escape_does_not_swallow_the_article() -> None:
    raw = "First line with a stray \x1b] escape\n\nSecond paragraph survives.\n\nThird \x1bP too.\n\nFourth."
    out = normalize(raw)
    assert "Second paragraph survives." in out and "Fourth." in out


def test_vertical_tab_form_feed_and_line_separators_break_lines() -> None:
    assert paragraphs("One.\x0cTwo.\x0bThree.\u2028Four.\u2029\u2029Five.\r\nSix.\rSeven.") == [
        "One.", "Two.", "Three.", "Four.", "Five.", "Six.", "Seven."]


def test_tabs_and_odd_spaces_become_one_space() -> None:
    assert normalize("a\t\tb\u00a0\u00a0c\u2003d   e") == "a b c d e"


def test_paragraphs_are_separated_by_one_blank_line() -> None:
    raw = "\r\n\r\nFirst paragraph.\r\n\r\n\r\n\r\nSecond paragraph.\u2029Third.\n   \n"
    assert normalize(raw) == "First paragraph.\n\nSecond paragraph.\n\nThird."


def test_one_paragraph_per_line_in_pastes() -> None:
    assert paragraphs("One.\nTwo.\nThree.") == ["One.", "Two.", "Three."]


def test_hard_wrapped_lines_are_joined() -> None:
    assert paragraphs("The minister said the plan\nwould go ahead.\nA new line.") == [
        "The minister said the plan would go ahead.",
        "A new line.",
    ]


def test_a_quote_closed_on_a_comma_runs_on_into_its_lower_case_attribution() -> None:
    raw = '"I found that the ledger was never meant\nto leave the archive,"\njudge Marta Solis said on Friday.\nNext.'
    assert paragraphs(raw) == [
        '"I found that the ledger was never meant to leave the archive," judge Marta Solis said on Friday.', "Next."]
    assert paragraphs("“We will sail,”\nthe pilot said.") == ["“We will sail,” the pilot said."]
    assert paragraphs('"We will sail."\nthe pilot said.') == ['"We will sail."', "the pilot said."]


def test_a_date_line_alone_is_not_wrapped_into_the_lower_case_line_under_it() -> None:
    assert paragraphs("2 May 2018\nvelmnews.com\nThe strike ended.") == [
        "2 May 2018", "velmnews.com", "The strike ended."]
    assert paragraphs("Tuesday March 6 2018\nmore by this author") == [
        "Tuesday March 6 2018", "more by this author"]
    assert paragraphs("The strike began on Tuesday March 6 2018\nand ended a week later.") == [
        "The strike began on Tuesday March 6 2018 and ended a week later."]


def test_normalize_is_idempotent() -> None:
    raw = "  Héllo\x1b[1m  world\r\n\r\nNext\tpara.\n"
    once = normalize(raw)
    assert normalize(once) == once


def test_empty_and_blank_input() -> None:
    assert normalize("") == ""
    assert normalize(" \n\n\t \r\n") == ""
    assert split_sentences("") == []


def test_clean_line_flattens_fields() -> None:
    assert clean_line("  Kremlin\n rejects \x1b[1mtroops\x1b[0m\t ") == "Kremlin rejects troops"


def test_strip_controls_keeps_newlines_and_tabs() -> None:
    assert strip_controls("a\nb\tc\x1b[0m") == "a\nb\tc"


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_normalize_never_leaves_controls(raw: str) -> None:
    out = normalize(raw)
    assert "\x1b" not in out and "\r" not in out
    assert not any(unicodedata.category(ch) == "Cc" and ch != "\n" for ch in out)
    assert "\n\n\n" not in out
    assert out == out.strip()


# --------------------------------------------------------------------------- sentences


def test_simple_split() -> None:
    assert texts("The Kremlin said no. Ukraine disagreed! Who is right? Nobody knows.") == [
        "The Kremlin said no.",
        "Ukraine disagreed!",
        "Who is right?",
        "Nobody knows.",
    ]


@pytest.mark.parametrize(
    "expected",
    [
        ["Mr. Smith met Dr. Jones on Tuesday.", "They talked."],
        ["Mrs. Lee and Prof. Ng spoke.", "Sen. Warren did not."],
        ["Gov. Newsom and Gen. Milley agreed.", "Fine."],
        ["The firm, Acme Inc., grew.", "Then it fell."],
        ["On Aug. 27 the Kremlin spoke.", "Later it was quiet."],
        ["He lives at No. 10 Downing Street.", "Nobody else does."],
        ["The dog was found by Cpl. Dana Reyes of the county police.", "It was unharmed."],
        ["Pvt. Ames and Lt. Col. Ruiz were hurt, Brig. Gen. Ochoa said.", "Both are stable."],
        ["The ranch near Laurel, Md. was searched.", "Nothing was found."],
        ["She grew up in Austin, Tex. and moved away.", "She came back."],
    ],
)
def test_titles_and_abbreviations_do_not_end_sentences(expected: list[str]) -> None:
    assert texts(" ".join(expected)) == expected


@pytest.mark.parametrize(
    "expected",
    [
        ["I said no.", "That was it."],
        ["He sat.", "Then he stood."],
        ["He told The Sun.", "The paper ran it."],
        ["Nobody came to the vote.", "Everyone stayed home."],
        ["The family moved to Springfield, Ill.", "They opened a bakery."],
        ["He was ill.", "Then he recovered."],
        ["She had to wash.", "Then she slept."],
    ],
)
def test_words_that_look_like_abbreviations_end_sentences(expected: list[str]) -> None:
    assert texts(" ".join(expected)) == expected


@pytest.mark.parametrize(
    "expected",
    [
        ["The U.S. said it would help.", "Russia refused."],
        ["Officials from the U.S. Treasury arrived.", "They left."],
        ["The plan was backed by the U.S.", "The Kremlin objected."],
        ["The U.N. Security Council met.", "It voted."],
        ["Talks began at 10 a.m. Moscow time.", "They ended."],
        ["He moved to Washington, D.C. in 1990.", "He stayed."],
        ["The deal was backed by the U.S.", "He said so."],
        ["Talks resume at 5 p.m. ET on Friday.", "Fine."],
        ["Students with a Ph.D.", "The rest left."],
    ],
)
def test_acronyms(expected: list[str]) -> None:
    assert texts(" ".join(expected)) == expected


@pytest.mark.parametrize(
    "expected",
    [
        ["J. R. R. Tolkien wrote it.", "He died in 1973."],
        ["George W. Bush spoke.", "Then Laura Bush."],
        ["Written by A. Smith and B. Jones.", "Edited later."],
        ["A. A. Milne wrote it.", "He died."],
        ["He voted for Plan B.", "The others did not."],
        ["It was World War I.", "Then came peace."],
    ],
)
def test_initials(expected: list[str]) -> None:
    assert texts(" ".join(expected)) == expected


def test_quote_spanning_sentences_keeps_its_marks_with_its_sentences() -> None:
    text = "“It is well known. It is absolutely consistent. But this is a subject for talks,” Peskov said. He left."
    got = texts(text)
    assert got == [
        "“It is well known.",
        "It is absolutely consistent.",
        "But this is a subject for talks,” Peskov said.",
        "He left.",
    ]
    # No sentence starts with a closing mark or ends with an opening one.
    assert not any(s.startswith(("”", "’")) or s.endswith(("“", "‘")) for s in got)


def test_closing_quote_belongs_to_the_sentence_it_closes() -> None:
    assert texts('He said: "It is over." Then there was silence.') == [
        'He said: "It is over."',
        "Then there was silence.",
    ]
    assert texts("Peskov called it “inappropriate.” He did not elaborate.") == [
        "Peskov called it “inappropriate.”",
        "He did not elaborate.",
    ]


def test_question_in_quote_followed_by_attribution_is_one_sentence() -> None:
    assert texts('"Why now?" he asked. Nobody knew.') == ['"Why now?" he asked.', "Nobody knew."]
    assert texts("“Is this the end?” “No,” she said.") == ["“Is this the end?”", "“No,” she said."]


def test_quote_after_sentence_starts_new_sentence() -> None:
    assert texts('Peskov was firm. "We view such discussions negatively," he said.') == [
        "Peskov was firm.",
        '"We view such discussions negatively," he said.',
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In fact, there are no European troops — most are from NATO members. Next.",
        "It was late—very late. Everyone slept.",
        "MOSCOW (Reuters) – The Kremlin said it was against the idea. It added more.",
    ],
)
def test_em_and_en_dashes_do_not_split(text: str) -> None:
    got = texts(text)
    assert len(got) == 2
    assert got[1] in ("Next.", "Everyone slept.", "It added more.")


def test_bullets_start_sentences() -> None:
    assert texts("Key points: • Talks resume. • Troops stay.") == ["Key points: • Talks resume.", "• Troops stay."]


def test_decimals_ellipses_and_numbers() -> None:
    assert texts("Prices rose 3.5 per cent. Next year more.") == ["Prices rose 3.5 per cent.", "Next year more."]
    assert texts("He paused... then went on. 2025 was good.") == ["He paused... then went on.", "2025 was good."]
    assert texts("The plan… It failed.") == ["The plan…", "It failed."]


def test_sentences_never_cross_paragraphs_and_offsets_are_exact() -> None:
    text = normalize("First para. Second sentence.\n\n“Quoted here. And here,” he said.\n\nNo full stop")
    got = split_sentences(text)
    assert [s.text for s in got] == [
        "First para.",
        "Second sentence.",
        "“Quoted here.",
        "And here,” he said.",
        "No full stop",
    ]
    for s in got:
        assert text[s.start : s.end] == s.text
        assert "\n" not in s.text
    assert [s.i for s in got] == list(range(len(got)))
    assert all(a.end <= b.start for a, b in zip(got, got[1:], strict=False))


def test_sentences_cover_all_words() -> None:
    text = normalize("One. Two three! Four?\n\nFive, six. Seven")
    covered = "".join(text[s.start : s.end] for s in split_sentences(text))
    assert words(covered) == words(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZ .!?\"“”'’—\n…(7)U.S")), max_size=200))
def test_offsets_are_always_inside_the_text(raw: str) -> None:
    text = normalize(raw)
    prev_end = 0
    for s in split_sentences(text):
        assert 0 <= prev_end <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip()
        prev_end = s.end


@pytest.mark.parametrize(
    "text",
    [
        "Word. " * 50_000,  # many tiny sentences
        "." * 200_000,  # one long run of stops
        "Mr. Smith. " * 30_000,
        "a" * 2_000_000,  # one huge word
        "x " * 500_000,
        "the minister said that\n" * 100_000,  # one long hard-wrapped paragraph
        "\x1b]" * 100_000,
    ],
)
def test_splitting_is_linear(text: str) -> None:
    start = time.perf_counter()
    split_sentences(normalize(text))
    assert time.perf_counter() - start < 5.0


# --------------------------------------------------------------------------- tokens


def test_words_fold_case_quotes_and_apostrophes() -> None:
    assert words("Russia’s “NEGATIVE” view — isn't") == ["russia's", "negative", "view", "isn't"]


def test_fold() -> None:
    assert fold("“Ab” ‘c’ — –") == "\"ab\" 'c' - -"


def test_word_spans_point_into_the_text() -> None:
    text = "Peskov’s view, “negative”."
    spans = word_spans(text)
    assert [text[s:e] for s, e in spans] == ["Peskov’s", "view", "negative"]


def test_shingles() -> None:
    assert shingles(["a", "b", "c"], k=2) == ["a b", "b c"]
    assert shingles(["a", "b"], k=5) == ["a b"]
    assert shingles([], k=5) == []


def test_a_sentence_broken_after_a_comma_or_and_runs_on_into_its_capitalised_lines() -> None:
    raw = ("Lund told the Gazette, “This is untrue. The contracts were awarded after advice from officials Mara Eske,\n"
           "Tomas Berg and\nIlse Dahl.”\nNext paragraph.")
    assert paragraphs(raw) == [
        "Lund told the Gazette, “This is untrue. The contracts were awarded after advice from officials Mara Eske,"
        " Tomas Berg and Ilse Dahl.”", "Next paragraph."]
    # a short line ending in a comma (a tag list, a place) is no broken sentence
    assert paragraphs("Kenya,\nPolice\nProtesters") == ["Kenya,", "Police", "Protesters"]


def test_a_stray_comma_over_a_full_sentence_outside_a_quotation_keeps_two_paragraphs() -> None:
    raw = ("The union's leader, Tomas Berg, said members had voted to accept the deal,\n"
           "Ilse Dahl, the port's chief executive, welcomed the vote on Wednesday.")
    assert len(paragraphs(raw)) == 2
    raw = ("Lund told the Gazette, “This is untrue. The contracts were awarded after advice from our officials,\n"
           "Mara Eske and Tomas Berg, who both reviewed the bids with great care.”")
    assert len(paragraphs(raw)) == 1
