"""Finding a speaker by part of the name or another spelling of it."""

from __future__ import annotations

import pytest

from reader.engine.speaker_search import matching_speakers, speaker_matches


@pytest.mark.parametrize(("typed", "name"), [
    ("Peskov", "Dmitry Peskov"),
    ("peskov", "Dmitry Peskov"),
    ("Dmitri Peskov", "Dmitry Peskov"),  # transliteration
    ("peskow", "Dmitry Peskov"),
    ("Zelensky", "Volodymyr Zelenskyy"),
    ("v zel", "Volodymyr Zelenskyy"),  # starts of words
    ("Muller", "Anna Müller"),  # accents
    ("try pes", "Dmitry Peskov"),  # part of the name, as before
])
def test_matches(typed: str, name: str) -> None:
    assert speaker_matches(typed, name)


@pytest.mark.parametrize(("typed", "name"), [
    ("Dmitry Medvedev", "Dmitry Peskov"),  # every typed word must match
    ("Petrov", "Ivan Popov"),
    ("Peskov Peskov", "Dmitry Peskov"),  # one name word answers one typed word
    ("%", "Dmitry Peskov"),
])
def test_does_not_match(typed: str, name: str) -> None:
    assert not speaker_matches(typed, name)


def test_short_words_must_start_a_name_word() -> None:
    assert speaker_matches("Le", "Anna Leeds")
    assert not speaker_matches("Ld", "Anna Leeds")


def test_matching_speakers_keeps_order() -> None:
    names = ["Sergey Lavrov", "Dmitry Peskov", "Dmitri Peskov", ""]
    assert matching_speakers("Peskov", names) == ["Dmitry Peskov", "Dmitri Peskov"]
