"""Quote and speaker constructions from a fourth audit of real articles, rewritten in invented prose.

Names cut to a fragment (joined initials, a body's country and "of" tail), an epithet with another job
word for the person in focus, an honorific used as a pronoun, an attribution sentence after a quotation
closed with a full stop, a translation in quote marks, and marks a page typed wrong.
"""

from __future__ import annotations

from reader.engine.quotes import find_quotes
from reader.engine.text import normalize, split_sentences


def _quotes(raw: str) -> list[tuple[str, str | None]]:
    text = normalize(raw)
    return [(text[q.content.start : q.content.end], q.speaker) for q in find_quotes(text, split_sentences(text))]


def _speakers(raw: str) -> list[str | None]:
    return [s for _, s in _quotes(raw)]


# --------------------------------------------------------------------------- whole names


def test_joined_initials_stay_part_of_the_name() -> None:
    raw = '"The river may rise again tonight," K.L. Varadhan, secretary of the relief agency, told reporters.'
    assert _speakers(raw) == ["K.L. Varadhan"]
    assert _speakers('The chief minister P.R. Kothandam said the district was "struggling".') == ["P.R. Kothandam"]


def test_a_body_keeps_its_country_and_its_of_tail() -> None:
    raw = ("In a statement, Velmia's State Press Service (SPS) said the broadcaster had made "
           '"serious errors".')
    assert _speakers(raw) == ["Velmia's State Press Service"]
    raw = '"Ostland launched a drone," Velmia\'s Joint Chiefs of Staff said on Tuesday.'
    assert _speakers(raw) == ["Velmia's Joint Chiefs of Staff"]
    assert _speakers('Veltria\'s coast guard said its crew saw a "drifting skiff."') == ["Veltria's coast guard"]


def test_a_body_named_x_of_y_before_who_said() -> None:
    raw = ('The plan was criticised by the Nurses Union of Kestrel, who said it only helped the "managers" '
           "of the hospital.")
    assert _speakers(raw) == ["Nurses Union of Kestrel"]


# --------------------------------------------------------------------------- the person in focus


def test_a_former_job_with_a_capitalised_club_is_the_person_in_focus() -> None:
    raw = ("Harbour City coach Milan Ostrava was pleased with the draw.\n\n"
           '"We started slowly," the former Dunmore manager said. "After that we were better."')
    assert _speakers(raw) == ["Milan Ostrava", "Milan Ostrava"]


def test_an_honorific_stands_for_the_person_named_before() -> None:
    raw = ("His Highness Sheikh Rashid bin Omar Al Qasimi opened the new port on Sunday.\n\n"
           'His Highness added: "Every ship that docks here is an investment."')
    assert _speakers(raw) == ["Rashid bin Omar Al Qasimi"] or _speakers(raw)[0].endswith("Al Qasimi")


def test_an_attribution_sentence_after_a_quotation_closed_with_a_full_stop() -> None:
    raw = ("The Nurses Union of Kestrel has warned for months, adding that the wards were full.\n\n"
           "“Frontline staff have been ignored.” Union president Dana Holt told the Evening Courier.\n\n"
           "“By law, nurses must hand over patients within an hour.”")
    assert _speakers(raw)[-2:] == ["Dana Holt", "Dana Holt"]


# --------------------------------------------------------------------------- no speaker, or the clause's


def test_a_translation_in_quote_marks_has_no_speaker() -> None:
    assert _speakers("The toll from Typhoon Kalo, which means ”kite” in Tagalog, is expected to rise.") == [None]
    assert _speakers('The word "sisu", meaning grit, is hard to translate.') == [None]


def test_a_that_clause_with_a_possessive_statement_keeps_the_clause_speaker() -> None:
    assert _speakers('One broker said that Tarvo\'s statement was "not a great shock in this market".') == \
        ["one broker"]


def test_forecast_is_a_cue() -> None:
    raw = 'Executives forecast that sales would grow by a "low single-digit" percentage.'
    assert _speakers(raw) == ["Executives"]


# --------------------------------------------------------------------------- marks typed wrong


def test_a_stray_opening_mark_after_the_full_stop_ends_the_quotation() -> None:
    said = "Safety is a task for everyone. They should report every leak they come across."
    assert [c for c, _ in _quotes("“" + said + " “\n\nThe minister left.")] == [said]


def test_an_unclosed_quotation_with_its_cue_in_the_paragraph() -> None:
    raw = "“Crews will work through the night. Every district will be covered by the weekend, added Ferrante."
    assert _quotes(raw) == [("Crews will work through the night. Every district will be covered by the weekend,",
                             "Ferrante")]


def test_a_quotation_after_another_speakers_cue_is_not_a_continuation() -> None:
    raw = ('Though surprising, one broker said that Tarvo\'s statement was "not a great shock".\n\n'
           "Mr Ivo Lund, group managing director, said the firm had trimmed spending. \"Much progress has been made.\"")
    assert _speakers(raw) == ["one broker", "Ivo Lund"]


def test_a_first_name_stands_for_the_longest_form_of_one_persons_name() -> None:
    raw = ("Rashid bin Omar opens Velm port\n\n"
           "His Highness Sheikh Rashid bin Omar Al Qasimi, Ruler of Velm, opened the port on Sunday.\n\n"
           '"Every ship that docks here is an investment," His Highness Sheikh Rashid said.')
    assert _speakers(raw) == ["Rashid bin Omar Al Qasimi"]


def test_a_quotation_open_where_a_paste_stops_mid_sentence_is_kept() -> None:
    raw = ('Coach Ivo Lund was pleased. "We have beaten Dunmore, I am delighted and the squad left nothing behind '
           "in the second half when the rain came down and the")
    assert [(c[:22], s) for c, s in _quotes(raw)] == [("We have beaten Dunmore", "Ivo Lund")]
    assert _quotes('He said "we will see what happens next week when the talks resume.\n\nThe end.') == []


def test_allege_and_whom_a_speaker_speaks_for() -> None:
    raw = ("After hearing the prosecutor allege he caused a “reckless injury” to a cyclist, Magistrate Ines "
           "Brandt refused bail.")
    assert _speakers(raw) == ["the prosecutor"]
    assert _speakers("A lawyer for the family said police used “excessive force”.") == ["a lawyer for the family"]
    assert _speakers("Lawyers for the family said police used “excessive force”.") == ["Lawyers for the family"]


def test_the_prosecutor_unnamed_is_not_the_defendant_in_focus() -> None:
    raw = ("Jana Ferr, 31, appeared in court on Monday. Ferr did not speak.\n\n"
           "The prosecutor said the attack was “a planned ambush”.")
    assert _speakers(raw) == ["the prosecutor"]


def test_a_body_speaks_through_its_statement_and_according_to_police() -> None:
    assert _speakers('A police statement said officers found "a large quantity of drugs".') == ["police"]
    assert _speakers('A Velm Council statement said the talks were "useful".') == ["Velm Council"]
    assert _speakers('According to police, the suspect "fled on foot".') == ["police"]
