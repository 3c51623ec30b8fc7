"""Quote and speaker constructions met in the ninth round of audits on real articles, rewritten in invented prose."""

from __future__ import annotations

from reader.engine.quotes import find_quotes
from reader.engine.text import normalize, split_sentences


def _quotes(raw: str) -> list[tuple[str, str | None]]:
    text = normalize(raw)
    return [(text[q.content.start : q.content.end], q.speaker) for q in find_quotes(text, split_sentences(text))]


def _speakers(raw: str) -> list[str | None]:
    return [speaker for _, speaker in _quotes(raw)]


def test_a_low_single_mark_glued_to_a_word_is_a_comma() -> None:
    """Some sites print U+201A for every comma: glued to the word before it, it opens no quotation."""
    raw = ("The Velm Party dismissed the notice on Monday.\n\n"
           "\u201cAll notices come from the Velm Party\u2019s press desk\u201a\u201d the party said\u201a adding "
           "that it would complain.")
    assert _quotes(raw) == [("All notices come from the Velm Party\u2019s press desk,", "Velm Party")]
    assert "said, adding" in normalize(raw)


def test_a_low_single_mark_after_a_space_still_opens_a_quotation() -> None:
    raw = "Ann Roe called the report \u201aa leak\u2018 on Monday."
    assert "\u201aa leak\u2018" in normalize(raw)


def test_one_of_a_joint_subject_is_no_he_for_a_later_quote() -> None:
    """"Abu Kestrel" reads like a man's name; one of "both Velm and Abu Kestrel have affirmed" is still no "he"."""
    raw = ("Sheikh Ola Brandt said both Velm and Abu Kestrel have affirmed that the river \u201cmust stay "
           "open\u201d.\n\nThere is \u201cno time to lose\u201d, he said.")
    assert _speakers(raw)[1] == "Ola Brandt"


def test_a_newspaper_named_after_its_kind_is_no_person_for_he() -> None:
    raw = ("On Saturday, Velm newspaper De Kestrel published an interview with Trade Minister Ola Brandt.\n\n"
           "He said he \u201cgets on well\u201d with Roos.")
    assert _speakers(raw) == ["Ola Brandt"]


def test_an_adverb_between_the_subject_and_the_cue_is_skipped() -> None:
    raw = "The minister first said he \u201cgot along well\u201d with Ida Roos."
    assert _speakers(raw) == ["the minister"]
    assert _speakers("Ann Roe initially said the plan was \u201ctoo slow\u201d.") == ["Ann Roe"]


def test_a_second_verb_after_and_then_keeps_the_first_verb_s_speaker() -> None:
    """Not the sentence's subject ("Lena Marsh ran an interview"): the minister accused, as he said."""
    raw = ("Lena Marsh ran an interview in which the trade minister said he \u201cgot along well\u201d with the "
           "chancellor, and then accused Orbury of \u201ccontradictory\u201d behaviour.")
    text = normalize(raw)
    mentions = [q.speaker_mention for q in find_quotes(text, split_sentences(text))]
    assert [text[m.start : m.end] if m else None for m in mentions] == ["the trade minister"] * 2


def test_a_time_phrase_between_a_country_and_its_cue_is_skipped() -> None:
    raw = ("Velm last week told the Orbury council that the strikes were \u201cdeliberate and planned,\u201d most "
           "likely by \u201ca neighbour.\u201d")
    assert _speakers(raw) == ["Velm", "Velm"]
    assert _speakers("The ministry this morning said the strikes were \u201cdeliberate.\u201d") == ["ministry"]


def test_a_second_verb_after_but_keeps_the_subject_for_the_quote() -> None:
    raw = ("Kemp, however, said Orbury would pay but wanted its costs \u201cshared in a fair way,\u201d the Velm "
           "Courier reported.")
    assert _speakers(raw) == ["Kemp"]
    assert _speakers("Roe praised the plan but warned it was \u201ctoo slow.\u201d") == ["Roe"]


def test_a_new_subject_after_while_still_takes_the_quote() -> None:
    assert _speakers("Roe praised the plan, while the rival coach Lee said that \u201cit is weak.\u201d") == ["Lee"]


def test_an_outlet_that_reported_a_person_s_words_is_not_their_speaker() -> None:
    raw = ("Velm politician Ida Kemp told the Orbury Allgemeine Sonntagszeitung (OAS) that the plan was weak.\n\n"
           "Kemp, however, said Velm was willing to put funds into joint schemes provided that its interests "
           "-- and those of Velm firms -- \u201care taken into account,\u201d the OAS reported.")
    assert _speakers(raw) == ["Ida Kemp"]


def test_an_outlet_that_reported_words_of_nobody_named_keeps_them() -> None:
    assert _speakers("The plan was \u201cdead in the water,\u201d the OAS reported.") == ["OAS"]


def test_a_paragraph_opened_by_a_quotation_never_closed_is_quoted_to_its_end() -> None:
    raw = ("Ida Roos, the mayor, spoke on Monday. \u201cWe spoke about trade,\u201d she said.\n\n"
           "\u201cIt was useful to compare notes on Orvale, Velm and Castel.\n\nMs Roos later toured the harbour.")
    assert _quotes(raw) == [("We spoke about trade,", "Ida Roos"),
                            ("It was useful to compare notes on Orvale, Velm and Castel.", "Ida Roos")]


def test_an_unclosed_mark_inside_a_paragraph_still_gives_no_quotation() -> None:
    raw = "The council met on Monday and called the plan \u201ca disgrace.\n\nThe mayor left early."
    assert _quotes(raw) == []


_WRAPPED = """Costs from bread to ferry tickets keep rising at a brisk pace, even
in dollar terms, and the poorest districts feel it first, traders said.
"There is no drop in prices at all, it is just words," said Ada
Korr as she shopped for onions and lentils at a stall in San
Velmo on the outskirts of Port Averly.
"I crossed town hoping the stalls here would ask less and they ask
exactly what my own corner shop asks."
"Rises are easing, but the new levies arrive soon and those will keep
them from easing as far as they might," said Danish trade analyst Ola
Brandt. However, the treasury was "pulling the weeds early" on it, he
added.
"""


def test_a_fixed_width_wrap_breaks_before_capitals_too() -> None:
    """Copy wrapped near one width breaks lines before names ("said Ada⏎Korr", "in San⏎Velmo"): joined, the
    names stay whole, and the unquoted lines open no paragraph of their own."""
    text = normalize(_WRAPPED)
    assert "said Ada Korr as she shopped" in text and "in San Velmo on the outskirts" in text
    assert len(text.split("\n\n")) == 4
    assert _speakers(_WRAPPED) == ["Ada Korr", "Ada Korr", "Ola Brandt", "Ola Brandt"]


def test_lines_of_like_width_without_lower_case_openings_stay_apart() -> None:
    """A list of related headlines near one width is no wrapped paragraph."""
    heads = ["Harbour board backs the new ferry timetable for the islands",
             "Port Averly council votes to close the old Fenwick bridge",
             "Velm dockers end their strike after a pay deal with owners",
             "Orbury Rovers sign a striker from Castel on a three-year deal",
             "Kestrel Wire names a new bureau chief for the southern region",
             "Floods cut the coast road between Orvale and San Velmo again"]
    assert normalize("\n".join(heads)).split("\n\n") == heads


def test_a_nationality_before_a_job_and_a_name_after_an_inverted_cue() -> None:
    assert _speakers("\u201cPrices will rise,\u201d said Norwegian economic analyst Ada Korr.") == ["Ada Korr"]


def test_a_title_word_after_a_given_name_is_a_surname() -> None:
    """"Ada Gen", "Ravi Sen", "Ann King": not the general, senator or king in focus."""
    for title, name in (("General", "Ada Gen"), ("Senator", "Ravi Sen"), ("King", "Ann King"),
                        ("Major", "Ann Major")):
        raw = f"{title} Ben Kell spoke first.\n\n\u201cWe march,\u201d said {name}."
        assert _speakers(raw) == [name]
    assert _speakers("\u201cWe march,\u201d said Gen Ann Roe.") == ["Ann Roe"]
