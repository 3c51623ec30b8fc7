"""Speaker constructions met in the eleventh round of audits on real articles, rewritten in invented prose."""

from __future__ import annotations

from reader.engine.quotes import find_quotes
from reader.engine.text import normalize, split_sentences


def _speakers(raw: str) -> list[str | None]:
    text = normalize(raw)
    return [q.speaker for q in find_quotes(text, split_sentences(text))]


def test_the_subject_of_with_and_a_participle_is_named_without_the_preposition() -> None:
    """"with officials telling them": the officials speak; "with" is no part of who they are."""
    raw = "Farmers are bracing for the heat, with officials telling them to \u201cmove the stock now\u201d."
    assert _speakers(raw) == ["officials"]


def test_the_first_item_of_a_committee_s_name_is_no_person() -> None:
    """"Tarra Youth, Sports and Culture Committee chairman Lina Osman": "Tarra Youth" is the body's name, so a
    later "she" is the chairman."""
    raw = ("Tarra Youth, Sports and Culture Committee chairman Lina Osman said the hall would reopen.\n\n"
           "\u201cThe volunteers will help first,\u201d she told reporters.")
    assert _speakers(raw) == ["Lina Osman"]


def test_a_chairman_may_be_she() -> None:
    """Many papers give a woman the title "chairman": it says nothing of who "she" is."""
    raw = ("Port chairman Lina Osman said the hall would reopen. Mr Tomas Vale, the mayor, agreed.\n\n"
           "\u201cThe volunteers will help first,\u201d she told reporters.")
    assert _speakers(raw) == ["Lina Osman"]


def test_nor_in_the_middle_of_a_sentence_is_a_given_name() -> None:
    """A capitalised "Nor" after a comma cannot be the conjunction (which opens a sentence or is written small)."""
    raw = ("A Tarra resident, Nor Lina Abdul Karim, 63, said the water rose fast.\n\n"
           "\u201cIt came in minutes,\u201d she said.")
    assert _speakers(raw) == ["Nor Lina Abdul Karim"]


def test_nor_opening_a_sentence_stays_the_conjunction() -> None:
    raw = "Officials gave no date. Nor did Kim Vale, the mayor, say when. \u201cWe will see,\u201d he said."
    assert _speakers(raw) == ["Kim Vale"]
