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
           "\"It's a `sell'. Should Kestrel climb back into the black, its routes still look thin to us.\n\n"
           "\"The bid may yet be trimmed before it closes,\" said Harrow Research in a report.")
    assert _speakers(raw) == ["Harrow Research", "Harrow Research"]


def test_a_long_title_with_of_for_and_an_aside_before_the_name() -> None:
    raw = ("“Every boat will get its share of the fund,” said Minister of State for Fisheries (Independent Charge) "
           "Tomas Velin here on Tuesday.")
    assert _speakers(raw) == ["Tomas Velin"]


def test_citing_a_meeting_leaves_the_agency_as_the_speaker() -> None:
    raw = ("“The storm is the strongest in a decade,” the Velm News Agency said, citing a meeting called by "
           "harbour officials.")
    assert _speakers(raw) == ["Velm News Agency"]


def test_verbs_of_judgement_introduce_the_judges_words() -> None:
    raw = ("Mr. Ortega had opposed the bill for months.\n\n"
           "In a post on his X page, he congratulated the deputies, “guardians who blocked the tax "
           "raiders”.")
    assert _speakers(raw) == ["Ortega"]
    assert _speakers('The union dismissed the offer as "an insult to nurses".') == ["the union"]


def test_a_spokesperson_set_off_by_commas_is_the_spokesperson_later() -> None:
    raw = ("The police spokesperson, Ada Konte, announced the inquiry in a statement on Wednesday.\n\n"
           "Ms Konte said officers must not post opinions online.\n\n"
           "The spokesperson said the post was “an invention from start to finish and merits no attention.”")
    assert _speakers(raw) == ["Ada Konte"]


def test_the_official_is_the_spokesman_in_focus() -> None:
    raw = ("The palace sees no sign of new tariffs, presidential spokesman Ivan Dorin told the media on Tuesday.\n\n"
           '"I have nothing to say about these rumours," the palace official said.')
    assert _speakers(raw) == ["Ivan Dorin"]


def test_an_opening_when_clause_runs_past_its_aside() -> None:
    raw = ("When ruling party lawmakers, including Rep. Lim Dae-ho, protested his remarks, Rep. Seo Jin-woo shot "
           "back, saying, “Cover your ears if you do not want to listen.”")
    assert _speakers(raw) == ["Seo Jin-woo"]


def test_an_ordinal_stays_in_a_courts_name() -> None:
    raw = ("In backing the curfew, a panel of the 3rd U.S. Circuit Court of Appeals ruled on Friday that it was "
           "“drawn tightly enough to spare shopkeepers.”")
    assert _speakers(raw) == ["3rd U.S. Circuit Court of Appeals"]


def test_a_space_after_the_opening_mark_and_a_short_cut_off_paragraph() -> None:
    raw = ("One close ally, lawmaker Rita Osk, wrote on Twitter, “ Mark my words, no rival will fight him harder "
           "than I shall.”")
    assert _quotes(raw) == [("Mark my words, no rival will fight him harder than I shall.", "Rita Osk")]
    raw = ('Leaders sent their wishes.\n\n"Well done, sister," wrote Mayor Ilse Varn of Tolbek. '
           '"Your win strengthens our')
    assert [c for c, _ in _quotes(raw)] == ["Well done, sister,", "Your win strengthens our"]


def test_a_described_source_with_a_who_clause_is_the_source_not_a_name_in_the_clause() -> None:
    raw = ("A woman who saw the floodwater reach her street on Black Thursday said officials “had no "
           "plan” for where families should go.")
    assert _speakers(raw) == ["a woman"]


def test_titles_of_works_are_no_quotations() -> None:
    assert _quotes("Velmian thriller “Harbour Rats” was the upset winner on Sunday.") == []
    assert _quotes("It beat the movies “The Quay” and “Once Upon A Night in Tolbek” at the awards.") == []
    assert _quotes("She won for her role in “Salt and Bone,” the second of her career.") == []
    assert _speakers("“We Will Win,” the coach said after the film.") == ["the coach"]
    assert _speakers("The minister said: “Never Again.”") == ["the minister"]


def test_a_short_cut_off_paragraph_a_quoted_run_goes_on_in_keeps_its_quote() -> None:
    raw = ("The port authority denied the claims on Sunday.\n\n"
           "“At no time did the director order any officer to close the harbour as alleged.\n\n"
           "“The authority sees this claim as 'reckless', 'unfounded'”, malicious and capable of mislea")
    assert len(_quotes(raw)) == 2


def test_a_semicolon_typed_for_the_colon_after_the_cue() -> None:
    raw = ("Ann Roe won the award. Speaking through an interpreter she added; “It is true that the momentum is "
           "building.”")
    assert _speakers(raw) == ["Ann Roe"]


def test_initials_of_a_role_written_in_lower_case_stand_for_its_holder() -> None:
    raw = ("The city's police commissioner, Ade Bello, said in an interview that the convoy had refused to stop.\n\n"
           "The CP said, “Preliminary findings show that the drivers ignored the officers at the checkpoint.”\n\n"
           "The harbour's chief executive, Lina Vasquez, said the terminal stayed open. The CE said: “Nothing was "
           "damaged.”")
    assert _speakers(raw) == ["Ade Bello", "Lina Vasquez"]


def test_initials_that_match_no_role_are_left_to_the_organisation() -> None:
    raw = ("The news reached the party congress, Lina Vasquez among the delegates, on Monday.\n\n"
           "“The wall will be finished in May,” the PC said.")
    assert _speakers(raw) == ["PC"]


def test_a_lede_describing_someone_is_their_words_when_the_next_sentence_names_them() -> None:
    raw = ("A man who watched the fire reach his street said the authorities “had no plan” for an evacuation.\n\n"
           "Dev Roe, who lives in the suburb of Marsh Gully, told the inquiry on Thursday that nobody answered.")
    assert _speakers(raw) == ["Dev Roe"]
    raw = ("A young woman at the station said the trains “never came” that night.\n\n"
           "Ann Kell, 34, had waited there for six hours with her son.")
    assert _speakers(raw) == ["Ann Kell"]


def test_a_described_witness_stays_unnamed_when_someone_else_comes_next() -> None:
    raw = ("A woman at the scene said the water rose “in minutes” on Tuesday.\n\n"
           "Mayor Dev Roe said the town would be rebuilt.\n\n"
           "Ann Kell, the fire chief, said crews were still out.")
    assert _speakers(raw) == ["a woman at the scene"]
