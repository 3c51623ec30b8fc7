"""Figures in a statement's wordings, and where outlets disagree on them."""

from __future__ import annotations

import pytest

from reader.engine.figures import disagreements, figures


@pytest.mark.parametrize(("text", "expected"), [
    ("At least 14 people drowned and more than 380 were rescued.", ["14", "380"]),
    ("Power was cut to 12,000 homes, up from 9,500 on Monday.", ["12,000", "9,500"]),
    ("The tremor measured 6.8 on the scale.", ["6.8"]),
    ("Two people died and twelve were hurt.", ["2", "12"]),
    ("It struck 66 km (41 miles) below the surface.", ["66"]),  # a unit conversion in brackets
    ("On March 18, 2023 at 12:12 p.m. the ground shook.", []),  # dates and times are not figures
    ("PORT ALDMERE, Sept 3 (Coastal Wire) - The bridge closed.", []),
    ("Cracks were found in one of its girders.", []),  # "one" is mostly a pronoun
    ("The 2022 budget rose.", []),
    ("14 dead, officials said; 14 more missing.", ["14"]),
])
def test_figures(text: str, expected: list[str]) -> None:
    assert figures(text) == expected


def test_disagreements_only_when_two_wordings_differ() -> None:
    same = [(1, "At least 14 people died."), (2, "Fourteen people died, officials said.")]
    assert disagreements(same) == []  # "Fourteen" and "14" are one figure
    differ = [(1, "At least 14 people died."), (2, "The death toll rose to 13."), (3, "Many died.")]
    assert disagreements(differ) == [(1, ["14"]), (2, ["13"])]
    assert disagreements([(1, "14 died."), (2, "Many died.")]) == []  # one figure alone is no disagreement
