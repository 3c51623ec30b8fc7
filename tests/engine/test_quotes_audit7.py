"""Speaker constructions from a seventh audit of real articles, rewritten in invented prose."""

from __future__ import annotations

from reader.engine.quotes import find_quotes
from reader.engine.text import normalize, split_sentences


def _speakers(raw: str) -> list[str | None]:
    text = normalize(raw)
    return [q.speaker for q in find_quotes(text, split_sentences(text))]


def test_where_a_named_speaker_was_is_not_the_speaker() -> None:
    raw = ("Ruritania's new Prime Minister Tomas Velk in Oslo on Monday said his cabinet wanted to "
           "\"build closer links with calm neighbours like Norway\".")
    assert _speakers(raw) == ["Tomas Velk"]
    assert _speakers("Police in Dalport said: \"Stay away from the pier.\"") == ["police"]


def test_a_long_aside_after_a_participial_insert() -> None:
    raw = ("Fenn, speaking to reporters in Bergen, where he is set to chair a shareholder session of state gas "
           "firm Kelmar Petro, said: \"We will keep output steady.\"")
    assert _speakers(raw) == ["Fenn"]


def test_an_inverted_cue_before_a_described_name() -> None:
    assert _speakers("\"We lost our shape,\" said a dejected Arlo Penn after the match.") == ["Arlo Penn"]
    assert _speakers("\"Stay away,\" said a senior official in Dalport.") == ["a senior official in Dalport"]


def test_nor_opening_a_sentence_is_no_name() -> None:
    raw = ("The summary gave no date.\n\nNor did the readout say when talks would resume.\n\n"
           "\"The talks were useful,\" the readout said.")
    assert "Nor" not in _speakers(raw)


def test_a_double_mark_typed_as_two_single_ones() -> None:
    from reader.engine.text import paragraphs

    assert paragraphs("Judge Ann Roe set aside “harsh’’ terms for ‘‘petty’’ thefts.") == [
        "Judge Ann Roe set aside “harsh” terms for “petty” thefts."]
    raw = "Judge Ann Roe set aside “harsh’’ sentences for “petty’’ thefts on Monday, court papers said."
    assert len(_speakers(raw)) == 2


def test_a_wire_topic_code_leaves_its_sentence_in_the_text() -> None:
    from reader.engine import furniture

    paras = ["Oil rose on Tuesday as producers met in Vienna to discuss output.",
             "Brent crude rose 10 cents to $80.10 a barrel at 1100 GMT. [O/R]",
             "The meeting ends on Friday, officials said."]
    body, junk, _title = furniture.separate(paras)
    assert body[1] == "Brent crude rose 10 cents to $80.10 a barrel at 1100 GMT." and junk == ["[O/R]"]


def test_page_widgets_copied_with_the_text_are_furniture() -> None:
    from reader.engine.furniture_lines import line_flag, shape

    for line in ("You are here:   Home", "Posted", "and last updated", "Published: Updated:",
                 "Published: 14 Mar 2018 07:52 AM XST Updated: 14 Mar 2018 07:52 AM XST",
                 "Harbour Wire, March 11, 2019 Adjust font size:", "About Dalport Gazette 9493 Articles"):
        assert line_flag(shape(line)) == "label", line
    for line in ("Posted by Ann Roe on Monday.", "The ministry published the report.",
                 "About 300 articles were published."):
        assert line_flag(shape(line)) is None, line
