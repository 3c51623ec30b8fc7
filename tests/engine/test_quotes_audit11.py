"""Speaker constructions met in the eleventh round of audits on real articles, rewritten in invented prose."""

from __future__ import annotations

from reader.engine.quotes import find_quotes
from reader.engine.text import normalize, split_sentences


def _speakers(raw: str) -> list[str | None]:
    text = normalize(raw)
    return [q.speaker for q in find_quotes(text, split_sentences(text))]


def test_the_subject_of_with_and_a_participle_is_named_without_the_preposition() -> None:
    """"with officials telling them": the officials speak; "with" is no part of who they are."""
    raw = "Farmers are bracing for the heat, with officials telling them to \u201cmove the stock now\u201d."
    assert _speakers(raw) == ["officials"]


def test_the_first_item_of_a_committee_s_name_is_no_person() -> None:
    """"Tarra Youth, Sports and Culture Committee chairman Lina Osman": "Tarra Youth" is the body's name, so a
    later "she" is the chairman."""
    raw = ("Tarra Youth, Sports and Culture Committee chairman Lina Osman said the hall would reopen.\n\n"
           "\u201cThe volunteers will help first,\u201d she told reporters.")
    assert _speakers(raw) == ["Lina Osman"]


def test_a_chairman_may_be_she() -> None:
    """Many papers give a woman the title "chairman": it says nothing of who "she" is."""
    raw = ("Port chairman Lina Osman said the hall would reopen. Mr Tomas Vale, the mayor, agreed.\n\n"
           "\u201cThe volunteers will help first,\u201d she told reporters.")
    assert _speakers(raw) == ["Lina Osman"]


def test_nor_in_the_middle_of_a_sentence_is_a_given_name() -> None:
    """A capitalised "Nor" after a comma cannot be the conjunction (which opens a sentence or is written small)."""
    raw = ("A Tarra resident, Nor Lina Abdul Karim, 63, said the water rose fast.\n\n"
           "\u201cIt came in minutes,\u201d she said.")
    assert _speakers(raw) == ["Nor Lina Abdul Karim"]


def test_nor_opening_a_sentence_stays_the_conjunction() -> None:
    raw = "Officials gave no date. Nor did Kim Vale, the mayor, say when. \u201cWe will see,\u201d he said."
    assert _speakers(raw) == ["Kim Vale"]


def test_cue_less_answers_under_subheads_are_the_lead_speaker_s() -> None:
    """A page that sets out one speaker's answers topic by topic: the lead names him, crossheads part the answers."""
    raw = ("Head Coach Rian Tol spoke to the media after the 1-0 win over Harbour City.\n\n"
           "On the result\n\n\u201cI am just happy for the players. They worked hard.\u201d\n\n"
           "On the injuries\n\n\u201cWe will know more tomorrow.\u201d")
    assert _speakers(raw) == ["Rian Tol", "Rian Tol"]


def test_an_outlet_that_reported_a_quotation_passes_on_the_speaker_s_words() -> None:
    raw = ("Mayor Ana Lin visited the site on Monday. \u201cWe will rebuild,\u201d she said on site. "
           "\u201cLosing a neighbour never gets any lighter,\u201d the Riverton Courier reported.")
    assert _speakers(raw) == ["Ana Lin", "Ana Lin"]


def test_an_outlet_reporting_a_quotation_alone_is_its_source() -> None:
    assert _speakers("\u201cThe plan is dead,\u201d the Riverton Courier reported on Monday.") == ["Riverton Courier"]


def test_the_speaker_s_employer_between_name_and_cue_is_not_the_speaker() -> None:
    assert _speakers("\u201cWe will appeal,\u201d Tomas Vell at law firm Vell Partners said in a statement.") == [
        "Tomas Vell"]


def test_a_cue_in_a_later_and_clause_does_not_claim_the_quotation() -> None:
    raw = ("The situation in the strait is \u201cdelicate and serious\u201d, and Valdoria urges all sides to stay "
           "calm, Pell said.")
    assert _speakers(raw) == ["Pell"]


def test_a_quotation_and_cue_without_a_full_stop_are_prose_not_a_headline() -> None:
    raw = ("Mayor Ana Lin spoke.\n\n\u201cOur clinics remain open to all patients,\u201d she said\n\n"
           "The clinic opened in May.")
    assert _speakers(raw) == ["Ana Lin"]


def test_a_quotation_opening_on_an_ellipsis() -> None:
    text = normalize("\u201c. . . the closure of the road was regrettable,\u201d the council said.")
    quotes = find_quotes(text, split_sentences(text))
    assert [q.speaker for q in quotes] == ["council"]
    assert "closure of the road" in text[quotes[0].content.start : quotes[0].content.end]


def test_a_quotation_a_colon_opens_and_the_page_never_closes_runs_to_the_paragraph_s_end() -> None:
    raw = "Renn said: \u201cThe harbour will reopen next week.\n\nIf the weather holds, ferries will resume, she said."
    text = normalize(raw)
    quotes = find_quotes(text, split_sentences(text))
    assert [(text[q.content.start : q.content.end], q.speaker) for q in quotes] == [
        ("The harbour will reopen next week.", "Renn")]


def test_a_name_set_as_a_subhead_is_the_next_answer_s_speaker() -> None:
    raw = ("Both coaches spoke after the match. \u201cWe were the better side,\u201d said Rian Tol.\n\n"
           "Lena Varga\n\n\u201cIn the first half we played well.\u201d")
    assert _speakers(raw) == ["Rian Tol", "Lena Varga"]


def test_a_paragraph_of_prose_between_quotations_is_no_subhead() -> None:
    raw = ("\u201cWe must go,\u201d Sayra Tol said.\n\n"
           "Lena Varga, a 45-year-old widow and former cook in Port Averly, fled a mob and hid for two weeks.\n\n"
           "\u201cWe lost everything,\u201d the Malawian told reporters.")
    assert _speakers(raw)[-1] == "Lena Varga"


def test_a_time_phrase_run_into_the_subject_is_not_part_of_the_name() -> None:
    raw = "Minister Ana Kell spoke. On Tuesday Kell said the plan was \u201cworking well\u201d."
    assert _speakers(raw) == ["Ana Kell"]


def test_a_date_between_the_subject_and_its_cue_is_skipped() -> None:
    raw = ("The Council on Tuesday, March 3 said residents should expect the mayor to be \u201cenjoying the rest\u201d "
           "abroad no longer.")
    assert _speakers(raw) == ["Council"]


def test_he_stands_for_the_person_named_in_his_own_sentence_when_nobody_before_fits() -> None:
    raw = ("Protesters are urging Premier Joss Kell to meet them, but he has refused to meet what he calls a "
           "\u201csmall faction\u201d of the movement.")
    assert _speakers(raw) == ["Joss Kell"]


def test_spoke_of_is_a_cue_and_a_who_clause_speaks_for_the_group_it_hangs_on() -> None:
    raw = "The officials, who spoke of an \u201cunheard-of\u201d flood, fear the damage will run into millions."
    assert _speakers(raw) == ["the officials"]
    assert _speakers("Mayor Ana Lin spoke of a \u201cdark day\u201d for the town.") == ["Ana Lin"]


def test_a_statement_signed_by_a_spokesman_is_his_words() -> None:
    raw = "\u201cThe post was removed in error,\u201d a statement signed by spokesman Tom Vale said."
    assert _speakers(raw) == ["Tom Vale"]


def test_a_portfolio_and_a_country_in_a_title_chain_do_not_hide_the_surname() -> None:
    """"Deputy Minister of Foreign Affairs of Velmia Sergei Korr": the chain runs on past the portfolio, so the
    speaker is no longer "Affairs" (the country stays glued to the name, but the surname is his)."""
    raw = "\u201cWe reject it,\u201d said Deputy Minister of Foreign Affairs of Velmia Sergei Korr."
    assert _speakers(raw)[0].endswith("Sergei Korr")


def test_a_nested_quote_s_mark_spaced_wrong_before_the_close_still_closes_the_quotation() -> None:
    raw = "\u201cA friend told me I now run the \u2018Blue Fields \u2018\u201d, Renn said in a lighter vein."
    text = normalize(raw)
    quotes = find_quotes(text, split_sentences(text))
    assert [q.speaker for q in quotes] == ["Renn"]
    assert text[quotes[0].content.end :].startswith("\u201d")


def test_two_straight_apostrophes_are_a_double_quotation_mark() -> None:
    raw = ("''When I came to this ministry the bridge was closed,'' Marlowe said.\n\n"
           "\"We will keep the lights on,'' Marlowe said at the depot. Later he left.")
    text = normalize(raw)
    quotes = find_quotes(text, split_sentences(text))
    assert [q.speaker for q in quotes] == ["Marlowe", "Marlowe"]
    assert all("Marlowe" not in text[q.content.start : q.content.end] for q in quotes)


def test_a_message_from_a_person_is_that_person_s_words() -> None:
    assert _speakers("A message from Tom Vale to the group read, \u201cMeet at six.\u201d") == ["Tom Vale"]


def test_who_messaged_someone_the_words_is_their_speaker_not_the_one_messaged() -> None:
    raw = ("Supt Ciaran Vale ran the unit. That evening, the superintendent messaged Garda Niall Dunne, "
           "\u201cAny luck with that lad?\u201d")
    assert _speakers(raw) == ["Ciaran Vale"]


def test_a_storm_s_quoted_name_met_again_later_is_still_nobody_s_words() -> None:
    raw = ("At least nine people died after Typhoon \u201cMara\u201d hit the coast, the council said on Monday.\n\n"
           "\u201cMara\u201d eased to a tropical storm as it drifted west, officials said.")
    assert all(s is None for s in _speakers(raw))


def test_names_in_a_list_of_places_are_no_people_for_she() -> None:
    raw = ("Health Velm spokeswoman Ana Ruiz spoke.\n\nThe hospital serves nearby suburbs including Dunmore, "
           "Kell Park, Avon Vale and Tarra Heights, which are in lockdown.\n\n"
           "\u201cOur hospitals are coping with patients,\u201d she said")
    assert _speakers(raw) == ["Ana Ruiz"]
