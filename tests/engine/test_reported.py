"""Reported speech: the speaker of a paraphrase, from a speech verb with a known person beside it."""

from __future__ import annotations

import pytest

from reader.engine.models import Article, Quote, Span
from reader.engine.reported import reported_speaker
from reader.engine.text import normalize, split_sentences

KNOWN = ["Ivan Petrov", "Maria Lindqvist", "a senior official"]


def article(text: str, quotes: list[tuple[str, str]] | None = None) -> Article:
    body = normalize(text)
    art = Article(id=1, source="t", url=None, outlet="O", title="", published=None, author=None, text=body,
                  fetched="", sentences=split_sentences(body))
    for q, who in quotes or []:
        at = body.index(q)
        art.quotes.append(Quote(content=Span(at, at + len(q)), kind="full", speaker=who))
    return art


@pytest.mark.parametrize(("sentence", "who"), [
    ("Petrov said no date had been set for the next round.", "Ivan Petrov"),
    ("Ivan Petrov on Monday told reporters the talks would resume.", "Ivan Petrov"),
    ("The ministry backs the plan, spokesman Ivan Petrov has said.", "Ivan Petrov"),
    ("The ministry backs the plan, said Petrov.", "Ivan Petrov"),
    ("The plan is on hold, said government spokesman Ivan Petrov.", "Ivan Petrov"),
    ("According to Lindqvist, the bridge will reopen in May.", "Maria Lindqvist"),
    ("Petrov said Lindqvist had approved the budget.", "Ivan Petrov"),
    ("Lindqvist's office said the budget was approved.", None),  # the office spoke, not the person
    ("Lindqvist approved the budget on Tuesday.", None),  # no speech verb
    ("The minister said the budget was approved.", None),  # a role only: left unattributed
    ("Officials told Petrov that the budget was approved.", None),  # Petrov is the listener
    ("The council said that Lindqvist would resign.", None),  # the name is inside what was said
    ("A source said the talks had stalled.", None),  # anonymous speakers are never matched by name
])
def test_speaker_beside_a_speech_verb(sentence: str, who: str | None) -> None:
    art = article(sentence)
    assert reported_speaker(art, art.sentences[0], KNOWN) == who


def test_pronoun_takes_the_speaker_of_the_last_quotation_before_it() -> None:
    art = article('"We will not sign," Lindqvist said. "Nor will anyone else," Petrov said. '
                  "No date has been set, he added.",
                  quotes=[("We will not sign,", "Maria Lindqvist"), ("Nor will anyone else,", "Ivan Petrov")])
    assert reported_speaker(art, art.sentences[-1], KNOWN) == "Ivan Petrov"


def test_pronoun_without_an_earlier_quotation_is_unattributed() -> None:
    art = article("He said no date had been set.")
    assert reported_speaker(art, art.sentences[0], KNOWN) is None


def test_a_surname_two_speakers_share_names_neither() -> None:
    art = article("Petrov said the budget was approved.")
    assert reported_speaker(art, art.sentences[0], ["Ivan Petrov", "Olga Petrov"]) is None
    assert reported_speaker(art, art.sentences[0], ["Ivan Petrov", "Olga Petrov", "x"]) is None
