"""Quote and speaker constructions from a fifth audit of real articles, rewritten in invented prose."""

from __future__ import annotations

from reader.engine.quotes import find_quotes
from reader.engine.text import normalize, split_sentences


def _quotes(raw: str) -> list[tuple[str, str | None]]:
    text = normalize(raw)
    return [(text[q.content.start : q.content.end], q.speaker) for q in find_quotes(text, split_sentences(text))]


def _speakers(raw: str) -> list[str | None]:
    return [s for _, s in _quotes(raw)]


def test_places_in_a_list_are_not_people_for_he_to_stand_for() -> None:
    raw = ("Tom Varley told the inquiry on Tuesday that he was never warned.\n\n"
           "The blaze swept across Orlin, destroying homes in the suburbs of Upper Fenwick, Lower Fenwick and "
           "Marsh Gully, close to bushland.\n\n"
           "“This was the only warning I ever got,” he said.")
    assert _speakers(raw) == ["Tom Varley"]


def test_its_opening_a_sentence_is_no_name() -> None:
    raw = ("Kestrel Air posted its first loss since 2004.\n\n"
           "Its shares fell by 12 per cent yesterday.\n\n"
           "\"It's a `sell'. Even as we see Kestrel returning to profit, we worry about its prospects.\n\n"
           "\"The offer price can still be revised down,\" said Harrow Research in a report.")
    assert _speakers(raw) == ["Harrow Research", "Harrow Research"]


def test_a_long_title_with_of_for_and_an_aside_before_the_name() -> None:
    raw = ("“We will help in whatever way possible,” said Minister of State for Fisheries (Independent Charge) "
           "Tomas Velin here on Tuesday.")
    assert _speakers(raw) == ["Tomas Velin"]


def test_citing_a_meeting_leaves_the_agency_as_the_speaker() -> None:
    raw = ("“The storm is the strongest in a decade,” the Velm News Agency said, citing a meeting held by "
           "harbour officials.")
    assert _speakers(raw) == ["Velm News Agency"]


def test_verbs_of_judgement_introduce_the_judges_words() -> None:
    raw = ("Mr. Ortega had opposed the bill for months.\n\n"
           "In a message on his X account, he congratulated the deputies, “heroes who stopped the budget "
           "wreckers”.")
    assert _speakers(raw) == ["Ortega"]
    assert _speakers('The union dismissed the offer as "an insult to nurses".') == ["the union"]
