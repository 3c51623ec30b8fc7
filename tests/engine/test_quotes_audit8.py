"""Speaker constructions met in the eighth round of audits on real articles, rewritten in invented prose."""

from __future__ import annotations

from reader.engine.quotes import find_quotes
from reader.engine.text import normalize, split_sentences


def _speakers(raw: str) -> list[str | None]:
    text = normalize(raw)
    return [q.speaker for q in find_quotes(text, split_sentences(text))]


_OFFICES = ("President Ann Roe met Trade Minister Ben Kell in Port Averly on Monday. Prime Minister Cal Dunn "
            "joined them later.\n\n")


def test_the_head_of_state_is_the_president_and_not_whoever_spoke_last() -> None:
    assert _speakers(_OFFICES + "\"March will be hard,\" said the head of state.") == ["Ann Roe"]
    assert _speakers(_OFFICES + "The head of state said: \"March will be hard.\"") == ["Ann Roe"]
    assert _speakers(_OFFICES + "\"Wait,\" said the head of state in a speech.") == ["Ann Roe"]


def test_the_head_of_government_is_the_prime_minister() -> None:
    assert _speakers(_OFFICES + "\"Costs rose,\" said the head of government.") == ["Cal Dunn"]
    assert _speakers(_OFFICES + "\"We will get through,\" the head of government told reporters.") == ["Cal Dunn"]


def test_a_vice_president_is_no_head_of_state() -> None:
    raw = ("Vice President Ida Marr met President Ann Roe in Port Averly.\n\nMarr spoke first.\n\n"
           "\"March will be hard,\" said the head of state.")
    assert _speakers(raw) == ["Ann Roe"]


def test_the_head_of_a_state_body_is_not_the_head_of_state() -> None:
    raw = _OFFICES + "\"Sales fell,\" said the head of the state railway, Ida Marr."
    assert _speakers(raw) == ["Ida Marr"]
