"""Quote and speaker constructions from a third audit of real articles, rewritten in invented prose.

Marks glued to the next word by careless typing, a lower-case role word before an inverted speaker's
name, a cue verb that is not speech ("has not ruled out"), a subject set off from its verb by "in a
statement", a quotation that a page broke across two paragraphs, and a short closing paragraph the
excerpt cut off before its full stop.
"""

from __future__ import annotations

from reader.engine.quotes import find_quotes
from reader.engine.text import normalize, split_sentences


def _quotes(raw: str) -> list[tuple[str, str | None]]:
    text = normalize(raw)
    return [(text[q.content.start : q.content.end], q.speaker) for q in find_quotes(text, split_sentences(text))]


def _speakers(raw: str) -> list[str | None]:
    return [s for _, s in _quotes(raw)]


# --------------------------------------------------------------------------- marks glued to a word


def test_a_closing_mark_glued_to_the_speech_verb_still_closes() -> None:
    raw = (
        "The ferry stopped running on Monday.\n\n"
        '"The river has risen past the old mark,"said Tomas, a ferry pilot.\n\n'
        '"Now the current is too strong for the small boats."'
    )
    assert _quotes(raw) == [
        ("The river has risen past the old mark,", "Tomas"),
        ("Now the current is too strong for the small boats.", "Tomas"),
    ]


def test_an_opening_mark_glued_to_the_word_before_it_still_opens() -> None:
    raw = (
        "Harbour master Ilse Varga said the boats belonged to a"
        '"a loose, armed network with no fixed base,"noting that trucks crossed at night.'
    )
    assert _quotes(raw) == [("a loose, armed network with no fixed base,", "Ilse Varga")]


def test_inch_marks_and_glued_letters_without_a_partner_are_not_quotes() -> None:
    assert _quotes('The pipe is 4" wide and the cap 2" across, the engineer said.') == []
    assert _quotes('The sign read CLOSED"for now, said a guard.') == []


# --------------------------------------------------------------------------- roles and names


def test_a_lower_case_role_word_before_an_inverted_speakers_name() -> None:
    assert _speakers('"We ran out of bandages by noon," said nurse Orla Fenwick.') == ["Orla Fenwick"]
    assert _speakers('"The budget is not final," says chairwoman Lena Marsh.') == ["Lena Marsh"]


def test_not_ruled_out_is_no_speech_verb() -> None:
    raw = ('Sen. Alma Reyes said former governor Piet Hollis has not ruled out running and would be a '
           '"tough" candidate.')
    assert _speakers(raw) == ["Alma Reyes"]


def test_in_a_statement_between_the_subject_and_said() -> None:
    raw = "Korvex in a statement said it applauds the panel's \"nod to the right of review.\""
    assert _speakers(raw) == ["Korvex"]


def test_a_relative_clause_speaks_for_the_noun_before_its_comma() -> None:
    raw = ('The tribunal backed an appeal by the Harbour Trust, which had called the order one that would '
           'have a "freezing effect on trade".')
    assert _speakers(raw) == ["Harbour Trust"]


def test_a_so_called_term_has_no_speaker() -> None:
    raw = ("The Harbour Safety Bill has drawn criticism from shipping firms. "
           "The Bill would require carriers to keep so-called “trace logs” for two years.")
    assert _speakers(raw) == [None]


def test_a_title_seen_only_inside_a_quotation_does_not_name_the_role() -> None:
    raw = (
        "Sen. Alma Reyes said the party would wait for the governor to decide.\n\n"
        'Reyes told reporters that "Senator Hollis would first have to decide."\n\n'
        'The senator said the "key question" is whether Hollis returns.'
    )
    assert _speakers(raw)[-1] == "Alma Reyes"


def test_he_is_not_an_event_named_earlier() -> None:
    raw = (
        "So popular is the cheese that the valley now hosts a yearly Blue Cheese Forum in the old town hall.\n\n"
        'The cook returns with a plate. He sets it down on the table and whispers, "So you found our old '
        'recipe?" I certainly did.'
    )
    assert _speakers(raw) != ["Blue Cheese Forum"]


def test_a_news_agency_reporting_a_term_is_named_by_its_name() -> None:
    raw = "Velmia's Korr news agency reported that the \"side\" meeting was off."
    assert _speakers(raw) in ([None], ["Korr"])


# --------------------------------------------------------------------------- paragraphs and cut-off endings


def test_a_single_quotation_broken_across_two_paragraphs() -> None:
    raw = ("Inspector Dov Amsel said the suspect was held. 'We are checking the hotel register.\n\n"
           "He will be questioned on Monday,' he said.")
    assert _quotes(raw) == [("We are checking the hotel register.\n\nHe will be questioned on Monday,", "Dov Amsel")]


def test_a_long_last_paragraph_cut_off_before_its_full_stop_keeps_its_quote() -> None:
    raw = ("The bloc's ministers met in Varn on Monday.\n\n"
           "Asked to comment on the chancellor's remark that it was time for the bloc to “carry its own weight” "
           "after the summit in Ossery and the talks with the northern states on trade and")
    assert [c for c, _ in _quotes(raw)] == ["carry its own weight"]


def test_a_headline_with_a_quote_still_gives_none() -> None:
    assert _quotes("Minister says strike “not over yet” in Varn\n\nThe strike went on.") == []


def test_a_cue_word_in_another_sense_is_no_cue() -> None:
    raw = ("Velmia's Korr news agency reported Monday that Ostland had called off the mooted \"walk-and-talk\" "
           "session between the two leaders.")
    assert _speakers(raw) in ([None], ["Korr"])
    raw = ("Inspector Dov Amsel said the theft accused was held in the old town. 'We are checking the hotel "
           "register,' he said.")
    assert _speakers(raw) == ["Dov Amsel"]


def test_a_possessive_remark_names_whose_words_they_are() -> None:
    raw = ("The bloc's ministers met in Varn on Monday.\n\n"
           "Asked about Chancellor Irma Vesel’s statement that the bloc should now “carry its own "
           "weight”, the spokesman declined to comment.")
    assert _speakers(raw) == ["Irma Vesel"]
    raw = "The mayor's office said the Ferry Workers Union's claim that fares were “a tax on the poor” was wrong."
    assert _speakers(raw) == ["Ferry Workers Union"]  # the office reports the union's words
    assert _speakers('The union said fares were “a tax on the poor”, Mayor Ann Roe’s office said.') == ["the union"]


def test_a_described_speaker_named_in_the_next_sentence() -> None:
    raw = ("A cabinet minister said on Friday the strike was over and the situation had “fully settled.”\n\n"
           "Tessa Morrow, acting minister for transport, said the trains would run on Monday.")
    assert _speakers(raw) == ["Tessa Morrow"]


def test_a_described_speaker_is_not_the_next_different_person() -> None:
    raw = ("A police spokesman said the road was “closed until further notice.”\n\n"
           "Ann Roe, a shopkeeper on the corner, said she had heard nothing.")
    assert _speakers(raw) == ["a police spokesman"]
    raw = ("Minister Tessa Morrow toured the depot.\n\n"
           "A cabinet minister said the situation had “fully settled.”\n\n"
           "Morrow, acting minister for transport, said the trains would run.")
    assert _speakers(raw) == ["a cabinet minister"]


def test_an_anonymous_description_stays_anonymous_and_the_job_word_must_match() -> None:
    raw = ("A senior diplomat, speaking on condition of anonymity, said the gap was “narrowing”.\n\n"
           "Envoy Rob Jetten, a diplomat since 2001, said talks would resume.")
    assert _speakers(raw) == ["a senior diplomat"]
    raw = ("A senior diplomat said the gap was “narrowing”.\n\n"
           "Foreign Minister Rob Jetten said talks would resume.")
    assert _speakers(raw) == ["a senior diplomat"]


def test_a_place_after_in_locates_the_group_that_speaks() -> None:
    assert _speakers("Officials in Ostberg said the talks were “useful”.") == ["Officials"]
    assert _speakers("Police in Varn said the crowd was “peaceful”.") == ["police"]
    assert _speakers("Witnesses near Port Avel said the blast was “huge”.") == ["Witnesses"]
    assert _speakers("Speaking in Varn, Ann Roe said it was “bad”.") == ["Ann Roe"]


def test_a_body_named_with_on_keeps_its_whole_name() -> None:
    raw = ("But, as the Joint Committee on Harbour Safety has pointed out, the logs would be used "
           "“for tracing private cargo owners”.")
    assert _speakers(raw) == ["Joint Committee on Harbour Safety"]
    assert _speakers("The Council on Coastal Trade said it was “worried”.") == ["Council on Coastal Trade"]


def test_someone_known_by_their_tie_to_another_speaks_for_themselves() -> None:
    raw = "Ivo Marek was killed on Monday. His wife said he was “a kind man”."
    assert _speakers(raw) == ["His wife"]
    assert _speakers("Ferro's assistant said the result was “fair”.") == ["Ferro's assistant"]
    raw = "Ivo Marek, 40, died on Monday. His wife, Ana Marek, said he was “a kind man”."
    assert _speakers(raw) == ["Ana Marek"]


def test_what_it_called_is_the_words_of_who_did_the_verb() -> None:
    assert _speakers("The Harbour Council condemned what it called “a brazen attack”.") == ["Harbour Council"]
    raw = "Ann Roe spoke first. Later, the union rejected what she called “a cynical offer”."
    assert _speakers(raw) == ["Ann Roe"]


def test_chanted_and_a_possessive_message_before_a_colon() -> None:
    assert _speakers("“We are not afraid,” chanted protesters outside the court.") == ["protesters outside the court"]
    assert _speakers("Ana Sol spoke last. Sol's message was clear: \"Nothing was hidden.\"") == ["Ana Sol"]
    assert _speakers('The crowd met the minister with shouts of "traitor".') == [None]


def test_an_inverted_cue_with_a_possessive_role_then_the_name() -> None:
    raw = '"Not today," said Marek. "Maybe next week," added his deputy, Ola Berg.'
    assert _speakers(raw) == ["Marek", "Ola Berg"]
