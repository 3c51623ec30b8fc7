"""Speaker constructions met in the twelfth round of audits on real articles, rewritten in invented prose."""

from __future__ import annotations

import pytest

from reader.engine.phrases import np_before
from reader.engine.quotes import find_quotes
from reader.engine.text import normalize, split_sentences


def _speakers(raw: str) -> list[str | None]:
    text = normalize(raw)
    return [q.speaker for q in find_quotes(text, split_sentences(text))]


def _subject(sentence: str) -> tuple[str, str]:
    found = np_before(sentence, 0, sentence.rindex(" said"))
    assert found is not None
    return found.kind, found.text


@pytest.mark.parametrize(
    ("sentence", "kind", "text"),
    [
        ("The Department of Roads and Public Transport said", "org", "Department of Roads and Public Transport"),
        ("The Ministry of Mines and Energy said", "org", "Ministry of Mines and Energy"),
        ("The Minister of Trade said", "role", "The Minister of Trade"),
        ("On Monday the Minister of Mines and Energy said", "role", "the Minister of Mines and Energy"),
    ],
)
def test_a_portfolio_after_of_completes_the_office_before_it(sentence: str, kind: str, text: str) -> None:
    """A portfolio reads as a name of its own ("Trade", "Public Transport" after "and"): the office is the speaker."""
    assert _subject(sentence) == (kind, text)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Secretary of State Lina Osman said", "Lina Osman"),
        ("Tomas Vale and Lina Osman said", "Lina Osman"),
    ],
)
def test_a_person_after_a_portfolio_or_after_and_stays_a_person(sentence: str, name: str) -> None:
    assert _subject(sentence) == ("name", name)


def test_a_department_s_portfolio_is_nobody_a_later_she_stands_for() -> None:
    """"The Department of Roads and Public Transport said ...": "Public Transport" is no person in focus for "she"."""
    raw = ("The Department of Roads and Public Transport said the bridge would shut.\n\n"
           "\u201cThe repairs take a week,\u201d she said.")
    assert _speakers(raw) != ["Public Transport"]


def test_she_after_an_unnamed_spokeswoman_is_that_spokeswoman() -> None:
    """A spokeswoman speaks in reported speech, then "she said" closes her quotation: the pronoun is hers, not
    the person named before her."""
    raw = ("Mayor Tomas Vale opened the ward on Monday.\n\n"
           "A spokeswoman for Northern Care, which runs the ward, said staff were ready.\n\n"
           "\u201cOur nurses are coping with the usual patients,\u201d she said")
    assert _speakers(raw) == ["a spokeswoman for Northern Care"]


def test_a_person_named_since_the_unnamed_source_keeps_the_pronoun() -> None:
    raw = ("A spokeswoman for the council said the road would close.\n\n"
           "Lina Osman, who runs the bakery on the corner, said trade had fallen.\n\n"
           "\u201cWe lost half our customers,\u201d she said.")
    assert _speakers(raw) == ["Lina Osman"]


def test_a_pronoun_of_the_other_gender_passes_over_the_unnamed_source() -> None:
    raw = ("Tomas Vale, the mayor, spoke first.\n\n"
           "A spokeswoman for the council said the road would close.\n\n"
           "\u201cWe will reopen it in May,\u201d he said.")
    assert _speakers(raw) == ["Tomas Vale"]


def test_a_body_opening_a_sentence_is_what_a_later_it_said_stands_for() -> None:
    """"The agency put the toll at ..., but later said ...": the body is the subject of the second verb too, and the
    "it" of the next paragraph is the body, not the one named first in the story."""
    raw = ("The quake struck at dawn, the Tarvik government said.\n\n"
           "The agency put the toll at 12 on Saturday night, but later said it was checking.\n\n"
           "\u201cTeams expect the number to rise,\u201d it said.")
    assert _speakers(raw) == ["agency"]


def test_a_number_word_opening_a_sentence_is_nobody() -> None:
    """"Twelve hours after ...": a number capitalised by its place is no person's name."""
    raw = ("Tomas Vale was arrested on Monday.\n\n"
           "Twelve hours after the blast, police questioned him and he \u201csaid nothing at all\u201d.")
    assert "Twelve" not in _speakers(raw)


def test_a_participle_after_a_body_s_verb_is_the_body_s_words() -> None:
    """"The Velm Reserve Bank cut rates, saying growth was on a "steady path"": the bank is the subject, though the
    subject search finds people only."""
    raw = "The Velm Reserve Bank on Tuesday cut rates, saying growth was on a \u201csteady path\u201d."
    assert _speakers(raw) == ["Velm Reserve Bank"]


@pytest.mark.parametrize(
    ("raw", "speaker"),
    [
        ("The Velm Council released a statement after the vote.\n\n"
         "\u201cWe respect the result,\u201d the statement read.", "Velm Council"),
        ("Tomas Vale posted a long message on Sunday.\n\n\u201cI am sorry,\u201d the message said.", "Tomas Vale"),
        ("The row grew, but the Velm Presidency in its weekend statement insisted the ban was lawful.\n\n"
         "\u201cThe removal was regrettable,\u201d the statement said.", "Velm Presidency"),
        ("The row grew, but the council in its June 3 statement insisted the ban was lawful.\n\n"
         "\u201cThe removal was regrettable,\u201d the statement said.", "council"),
    ],
)
def test_a_document_s_words_are_its_issuer_s(raw: str, speaker: str) -> None:
    """"X released a statement ... "...," the statement read": X, named in a sentence with no cue; and "X in its
    weekend statement insisted": the dated document is no part of who X is."""
    assert _speakers(raw) == [speaker]


def test_a_job_in_the_lede_is_the_person_who_also_acts_in_the_next_paragraph() -> None:
    """A wire lede names the job, the next paragraph the person, and "also" ties them."""
    raw = ("PORT ADLEY, May 3 (Kestrel) -- Velmia's fisheries minister called on the union to end the strike, "
           "stressing that the ministry has no \u201chostile\u201d plans.\n\n"
           "At the harbour office later, Lora Venn also urged the union to return to talks.")
    assert _speakers(raw) == ["Lora Venn"]


def test_a_person_named_next_without_also_is_another_voice() -> None:
    raw = ("PORT ADLEY, May 3 (Kestrel) -- Velmia's fisheries minister called on the union to end the strike, "
           "stressing that the ministry has no \u201chostile\u201d plans.\n\n"
           "Union leader Lora Venn urged members to hold firm.")
    assert _speakers(raw) != ["Lora Venn"]


@pytest.mark.parametrize(
    ("raw", "speakers"),
    [
        ("President Ivo Marsh left office on Friday. Ana Toller, the president-elect, met aides.\n\n"
         "\u201cWe start Monday,\u201d the future president said.", ["Ana Toller"]),
        ("President Ivo Marsh met President-elect Ana Toller on Friday.\n\n\u201cWe start Monday,\u201d the "
         "incoming president said. \u201cThe talks went well,\u201d the president said.", ["Ana Toller", "Ivo Marsh"]),
        ("Under Ana Toller the talks with President Ivo Marsh go on. Toller had announced the plan.\n\n"
         "\u201cWe start Monday,\u201d the future president said.", ["Ana Toller"]),
    ],
)
def test_the_future_holder_of_an_office_is_not_its_holder_now(raw: str, speakers: list[str]) -> None:
    """"The future president" and "the president-elect" are who is to hold the office: the one introduced so, or
    the person in focus who does not hold it now; "the president" stays the holder."""
    assert _speakers(raw) == speakers


def test_an_official_the_next_sentence_goes_on_from_is_not_who_also_acts() -> None:
    raw = ("KELL, May 3 (Kestrel) -- The official said the road would stay shut, calling it \u201ctoo dangerous\u201d "
           "for now.\n\nMayor Tomas Vale also urged calm.")
    assert _speakers(raw) != ["Tomas Vale"]
