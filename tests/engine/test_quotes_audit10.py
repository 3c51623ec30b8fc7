"""Speaker constructions met in the tenth round of audits on real articles, rewritten in invented prose."""

from __future__ import annotations

from reader.engine.quotes import find_quotes
from reader.engine.text import normalize, split_sentences


def _speakers(raw: str) -> list[str | None]:
    text = normalize(raw)
    return [q.speaker for q in find_quotes(text, split_sentences(text))]


def test_a_phrase_after_with_is_no_subject_of_the_cue() -> None:
    """"not happy with the way his back four let in the second": an object, not the speaker of what follows."""
    raw = ("Coach Lars Henning defended his striker. \u201cHe was right for this game,\u201d Henning said.\n\n"
           "He was also not happy with the way his back four let in the second, leaving Tomas Berg free to nod in.\n\n"
           "\u201cIt was a lapse from us.\u201d")
    assert _speakers(raw) == ["Lars Henning", "Lars Henning"]


def test_a_magistrate_is_a_title_and_the_magistrate_is_the_one_named() -> None:
    raw = ("\u201cThe law is clear,\u201d Magistrate Priya Okonjo said. The magistrate added: "
           "\u201cNo office is a private purse.\u201d")
    assert _speakers(raw) == ["Priya Okonjo", "Priya Okonjo"]


def test_straight_and_curly_apostrophes_are_one_name() -> None:
    raw = "Inspector Dara O'Brien sent the file.\n\n\u201cAll sorted,\u201d Insp O\u2019Brien replied."
    assert _speakers(raw) == ["Dara O'Brien"]


def test_a_storm_s_quoted_name_is_nobody_s_words() -> None:
    raw = "Typhoon \u201cMara\u201d weakened on Tuesday, the council said, as a storm named \u201cIvo\u201d formed."
    assert _speakers(raw) == [None, None]


def test_the_spokesperson_of_a_named_body_after_an_inverted_cue() -> None:
    assert _speakers("\u201cThe report is not true,\u201d said the spokesperson of Velmar Group.") == [
        "the spokesperson of Velmar Group"]


def test_a_name_set_off_after_a_two_word_role_is_the_subject() -> None:
    """"the Harbour City head coach, Anton Virel, ... claiming": not the other head coach named later."""
    raw = ("Following the win, the Harbour City head coach, Anton Virel, has mocked the visitors, claiming that "
           "\u201cthey woke up too late\u201d.\n\nMeanwhile, his counterpart, Joel Mbeki, said they needed work.\n\n"
           "\u201cWe paid for it,\u201d Mbeki, the Rivermouth head coach, stated.")
    assert _speakers(raw) == ["Anton Virel", "Joel Mbeki"]


def test_was_later_admitted_is_passive_and_no_cue() -> None:
    raw = ("Spokesperson Thabo Mokoena confirmed the cases.\n\n"
           "Mokoena said one of the patients first saw a village nurse and was then moved to a ward.\n\n"
           "\u201cDuring the follow-up, the patient reported a rash.\n\n"
           "\u201cOur teams have visited the 12 households,\u201d Mokoena said.")
    assert _speakers(raw) == ["Thabo Mokoena", "Thabo Mokoena"]


def test_an_mec_is_a_title() -> None:
    assert _speakers("Velm Health MEC Ada Korr urged people \u201cnot to panic\u201d.") == ["Ada Korr"]
