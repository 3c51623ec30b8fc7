"""Alternations grouped by first letter must find exactly what the flat alternations find."""

from __future__ import annotations

import random
import re

import pytest

from reader.engine.speaker_words import ANON_HEADS, PLURAL_HEADS, ROLE_NOUNS, grouped_alternation

_WORDS = ["official", "officials", "a", "A", "senior", "source", "sources", "witness", "witnesses", "spokesman",
          "spokeswoman", "spokes", "the", "The", "neighbours", "neighbors", "advisers", "advisors", "secretary",
          "secretary-general", "Chief", "chief", "minister", "ministers", "people", "person", "xofficial",
          "officialdom", "He", "said", ",", ".", "'", "’s", "-", "  ", "\n"]

_FLAT = {
    "heads": r"\b(?:" + ANON_HEADS + "|" + PLURAL_HEADS + r")\b",
    "anon": r"\b(?:[Aa]n?|[Ss]enior)\b(?:[\s\w.’'-]{0,80}?)\b(?:" + ANON_HEADS + r")\b",
    "roles": r"(?:The\s+(?:[\w’'.-]+\s+){0,4}?(?i:" + "|".join(sorted(ROLE_NOUNS, key=len, reverse=True)) + r"))\b",
}
_GROUPED = {
    "heads": r"\b(?:" + grouped_alternation(ANON_HEADS + "|" + PLURAL_HEADS) + r")\b",
    "anon": r"\b(?:[Aa]n?|[Ss]enior)\b(?:[\s\w.’'-]{0,80}?)\b(?:" + grouped_alternation(ANON_HEADS) + r")\b",
    "roles": r"(?:The\s+(?:[\w’'.-]+\s+){0,4}?(?i:"
    + grouped_alternation("|".join(sorted(ROLE_NOUNS, key=len, reverse=True))) + r"))\b",
}


@pytest.mark.parametrize("kind", sorted(_FLAT))
def test_grouped_alternation_finds_what_the_flat_one_finds(kind: str) -> None:
    flat, grouped = re.compile(_FLAT[kind]), re.compile(_GROUPED[kind])
    rng = random.Random(7)
    for _ in range(3000):
        text = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(0, 12)))
        lo = rng.randint(0, len(text))
        assert [m.span() for m in flat.finditer(text, lo)] == [m.span() for m in grouped.finditer(text, lo)]
        assert (flat.fullmatch(text) is None) == (grouped.fullmatch(text) is None)


def test_grouping_keeps_nested_alternatives_whole() -> None:
    assert grouped_alternation("ab|spokes(?:man|woman)|ac") == "a(?:b|c)|s(?:pokes(?:man|woman))"
    with pytest.raises(ValueError):
        grouped_alternation("a|[bc]d")
