"""Quote and speaker constructions from a sixth audit of real articles, rewritten in invented prose."""

from __future__ import annotations

from reader.engine.quotes import find_quotes
from reader.engine.text import normalize, paragraphs, split_sentences


def _quotes(raw: str) -> list[tuple[str, str | None]]:
    text = normalize(raw)
    return [(text[q.content.start : q.content.end], q.speaker) for q in find_quotes(text, split_sentences(text))]


def _speakers(raw: str) -> list[str | None]:
    return [s for _, s in _quotes(raw)]


def test_a_participial_insert_naming_a_platform_is_where_the_speaker_spoke() -> None:
    raw = ("Rival Omar Quist, speaking on social media platform Q, formerly Chirp, said of the vote: "
           "\"It is a blatant fraud.\"\n\n\"Do not leave us,\" he said.")
    assert _speakers(raw) == ["Omar Quist", "Omar Quist"]
    raw = "Ann Roe, writing in the Harbour Ledger on Monday, said: \"We lost the vote.\""
    assert _speakers(raw) == ["Ann Roe"]


def test_an_insert_followed_by_a_list_of_phrases_leaves_the_speaker_in_the_list() -> None:
    raw = ("However, replying to Kell, the police, in a note signed by Force spokesman, Ade Bello, a Chief "
           "Superintendent of Police, described the report as 'false' on Monday.")
    assert _speakers(raw) == ["Ade Bello"]


def test_a_describing_adjective_opening_the_sentence_is_no_part_of_the_name() -> None:
    raw = "Veteran Ann Roe said: \"We lost.\"\n\n\"We will be back,\" Roe said."
    assert _speakers(raw) == ["Ann Roe", "Ann Roe"]
    assert _speakers("Jailed activist Omar Quist said: \"We will not stop.\"") == ["Omar Quist"]


def test_an_elect_role_in_lower_case_stands_for_its_holder() -> None:
    raw = ("President-elect Ann Roe arrived in Dalport on Monday.\n\n"
           "According to the president-elect, \"they know the troubles of Norland inside out,\" and she "
           "would work with them.")
    assert _speakers(raw) == ["Ann Roe"]


def test_modifiers_before_a_role_after_an_inverted_cue() -> None:
    assert _speakers("\"We will win in the state,\" said senior Labour leader Omar Quist.") == ["Omar Quist"]
    assert _speakers("\"We will win in the state,\" said senior leader Omar Quist.") == ["Omar Quist"]
    assert _speakers("\"We will win,\" said former minister Ann Roe on Monday.") == ["Ann Roe"]
    assert _speakers("\"We will win,\" said senior officials in the party.") == ["senior officials in the party"]


def test_a_nickname_inside_a_name_is_nobody_s_words() -> None:
    raw = "Drug boss Tomas “The Fox” Ruiz stared at the jury on Monday, court officials said."
    assert _quotes(raw) == [("The Fox", None)]
    raw = "He joined the ‘Solvanet’ (river pact) group in May, party leader Ann Roe said."
    assert _quotes(raw) == [("Solvanet", None)]


def test_a_short_quote_between_a_cue_and_a_name_is_still_speech() -> None:
    assert _speakers("Ann Roe called the plan “A Disgrace” on Monday.") == ["Ann Roe"]
    assert _speakers("Ann Roe said: “We will win.” Ben Kell agreed.") == ["Ann Roe"]


def test_a_quotation_hard_wrapped_before_a_capital_or_a_bracket_stays_one_paragraph() -> None:
    raw = ("\"The firm puts it down to weak orders from South\n"
           "Harbour clients and that is dragging on the rest of the\n"
           "business, so that is why you see a 10 percent\n"
           "(year on year) drop in volume,\" analyst Tev Ardle said.\n"
           "Shares fell 3 percent.")
    assert len(paragraphs(raw)) == 2
    assert _speakers(raw) == ["Tev Ardle"]


def test_lines_without_an_open_quotation_keep_their_breaks() -> None:
    raw = ("Harbour fares to double from July without a vote\n"
           "Ministers will meet the ferry operators in Dalport next week\n"
           "The union said it would strike.")
    assert len(paragraphs(raw)) == 3


def test_a_name_run_stops_at_a_full_stop_after_a_whole_word() -> None:
    from reader.engine.name_runs import NameRuns

    runs = NameRuns("Ravi Sen said he never met Omar Quist. Tomas Velin retorted that he had.").runs
    assert [r[2] for r in runs] == ["Ravi Sen", "Omar Quist.", "Tomas Velin"]
    runs = NameRuns("Gen. Ann Roe met J. K. Rowling and St. Louis officials in Seattle, Wash. Police said.").runs
    assert [r[2] for r in runs] == ["Gen. Ann Roe", "J. K. Rowling", "St. Louis", "Seattle", "Wash. Police"]
    raw = ("Ravi Sen said he never met Omar Quist. Tomas Velin retorted that he had seen the photographs.\n\n"
           "“Nobody here believes him,” he added.")
    assert "Omar Quist. Tomas Velin" not in _speakers(raw)


def test_a_clause_inside_a_descriptive_phrase_has_its_own_subject() -> None:
    raw = ("Foreign ministry spokesperson Lin Hao spoke on Monday.\n\n"
           "The committee described Norland as an 'independent nation', a statement which the foreign ministry "
           "spokesperson said 'twists the facts'.")
    assert _quotes(raw)[-1] == ("twists the facts", "Lin Hao")


def test_guillemets_set_off_by_spaces_open_and_close_sentences() -> None:
    sentences = split_sentences("He started. « Harbour affairs are internal. » He said no more.")
    assert [s.text for s in sentences] == ["He started.", "« Harbour affairs are internal. »", "He said no more."]
    raw = ("Spokesperson Lin Hao spoke on Monday.\n\n« The two sides will talk about trade, » he started. « Harbour "
           "affairs are internal matters for Norland.” He said nothing else.")
    assert _quotes(raw) == [("The two sides will talk about trade,", "Lin Hao"),
                            ("Harbour affairs are internal matters for Norland.", "Lin Hao")]


def test_a_place_after_in_or_at_is_no_person_for_he_to_stand_for() -> None:
    from reader.engine.speakers import Cast, collect_people

    cast = Cast()
    collect_people("He spoke shortly after arriving in Vela Marin, and the talks were held at Ann Roe’s house "
                   "near Santo Rey. In Tom Kell, the town has a strong mayor.", cast)
    assert cast.known(["Vela", "Marin"]) is None and cast.known(["Santo", "Rey"]) is None
    assert cast.known(["Ann", "Roe"]) == "Ann Roe" and cast.known(["Tom", "Kell"]) == "Tom Kell"


def test_an_attribution_left_on_a_line_of_its_own_joins_its_quotation() -> None:
    raw = ("Shares fell on Tuesday.\n\"Orders are healthy, nobody is walking away from us,\"\nKell said.\n"
           "\"We can see it,\" he added.")
    assert paragraphs(raw)[1] == "\"Orders are healthy, nobody is walking away from us,\" Kell said."
    assert paragraphs("\"We will win,\"\nThe vote is on Sunday.") == ["\"We will win,\"", "The vote is on Sunday."]


def test_headlines_held_terms_and_described_names_are_nobody_s_words() -> None:
    raw = "The agency says a site credited a statement to Mr. Roe captioned “Officer threatens to strike if talks end.”"
    assert _quotes(raw) == [("Officer threatens to strike if talks end.", None)]
    raw = "Ann Roe won a third term, widening the coast's \"green wave\" of elected reform mayors, aides said."
    assert _quotes(raw) == [("green wave", None)]
    raw = ("Answering on the issue of ‘Kalo Seed’, guru Ben Kell’s controversial herbal medicine, Mr. Naik said that "
           "Parliament had formed a panel.")
    assert _quotes(raw) == [("Kalo Seed", None)]


def test_speech_after_the_same_shapes_keeps_its_speaker() -> None:
    assert _speakers("“We will win”, the party leader said.") == ["the party leader"]
    assert _speakers("“Never Again”, the party leader said.") == ["the party leader"]
