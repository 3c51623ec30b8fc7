"""Quote and speaker patterns seen in an audit of real articles, each rewritten here in invented prose.

Every case is a failure the engine once showed on real journalism (a place or an opening adverb taken
for a person, a body's name run into a person's, a prime minister later called "the Premier", ...);
the sentences are new and name invented people.
"""

from __future__ import annotations

from reader.engine.quotes import find_quotes
from reader.engine.text import normalize, split_sentences


def _quotes(raw: str) -> list[tuple[str, str, str | None]]:
    text = normalize(raw)
    return [(text[q.content.start : q.content.end], q.kind, q.speaker)
            for q in find_quotes(text, split_sentences(text))]


def _speakers(raw: str) -> list[str | None]:
    return [s for _, _, s in _quotes(raw)]


def test_place_after_an_adverbial_comma_is_not_a_person() -> None:
    raw = (
        "Prime Minister Tomas Varga has promised to settle the dispute with the unions.\n\n"
        "The Prime Minister spoke from Lisbon, Portugal on Tuesday after a summit.\n\n"
        "He added that no minister would resign over the affair.\n\n"
        '"Nobody in this cabinet is leaving because of a rumour," he said.'
    )
    assert _speakers(raw) == ["Tomas Varga"]


def test_opening_adverb_or_participle_is_not_a_name() -> None:
    raw = (
        "Finance Minister Odile Brandt has rejected the auditors' findings.\n\n"
        "Visibly irritated, she said the report was \"a work of fiction\".\n\n"
        "Openly mocking the opposition benches, Brandt said she would \"welcome a proper debate\".\n\n"
        "Observing that the deficit had narrowed, Brandt said: \"The numbers speak for themselves.\""
    )
    assert _speakers(raw) == ["Odile Brandt", "Odile Brandt", "Odile Brandt"]


def test_opening_participle_does_not_become_a_subject() -> None:
    raw = (
        "Responding sharply to the critics, Senator Lena Ruiz defended the bill on Monday and said "
        'it was "the fairest settlement on offer".'
    )
    assert _speakers(raw) == ["Lena Ruiz"]
    raw = (
        "Hanna Wirth, the bank's chief economist, spoke first.\n\n"
        "Cheerfully ignoring the protests outside, the board then voted and said it had "
        '"no other choice".'
    )
    assert "Cheerfully" not in _speakers(raw)


def test_the_premier_is_the_prime_minister_named_before() -> None:
    raw = (
        "Prime Minister Aroha Tane said her government would serve out its term.\n\n"
        '"We were elected to finish the job," the Premier said on Friday.\n\n'
        'Asked about the polls, the prime minister said: "Polls come and go."'
    )
    assert _speakers(raw) == ["Aroha Tane", "Aroha Tane"]


def test_a_body_and_its_house_are_not_people() -> None:
    raw = (
        "Opposition MP Ravi Menon urged ministers to listen to what the Opposition have to say "
        "before the vote.\n\n"
        '"We will keep asking until we get an answer," he said, adding that the Government '
        "had not consulted anyone.\n\n"
        '"This is not how a parliament should work," he said.'
    )
    assert _speakers(raw) == ["Ravi Menon", "Ravi Menon"]


def test_a_legislature_run_into_a_name_is_cut_off() -> None:
    raw = (
        "Prime Minister Anil Kapoor said he had spoken to the Leader of Opposition in the Upper "
        "Sabha Meera Joshi before the vote.\n\n"
        '"The door is always open," Kapoor said.\n\n'
        '"I have asked for nothing but a debate," Joshi said later.'
    )
    assert _speakers(raw) == ["Anil Kapoor", "Meera Joshi"]
