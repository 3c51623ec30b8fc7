"""Cited outlets introduced by a described noun, and outlets that did the interviewing (invented prose)."""

from __future__ import annotations

from reader.engine import credits


def _roles(text: str) -> dict[str, list[str]]:
    return {c.name: c.roles for c in credits.find_credits(text, [])}


def test_unregistered_outlet_after_adjectives_and_a_media_noun_is_cited() -> None:
    assert _roles("French satirical weekly Le Petit Echo said last week that the mayor would resign.") == {
        "Le Petit Echo": ["cited"]
    }
    assert _roles("The local daily Harbour Echo reported the fire on Sunday.") == {"Harbour Echo": ["cited"]}


def test_agency_named_by_description_then_acronym_is_cited_by_its_acronym() -> None:
    assert _roles("On Tuesday the Libyan News Agency JANA said the envoy praised the plan.") == {"JANA": ["cited"]}
    assert _roles("The Coastal Press Agency CPA reported that the envoy had left.") == {"CPA": ["cited"]}


def test_a_title_after_an_agency_noun_is_no_outlet() -> None:
    assert _roles("The agency Director Tom Bell said the plan was good.") == {}


def test_told_the_source_agency_is_cited_as_well() -> None:
    """One rule for every citing form: "told Reuters" in Reuters copy counts as "a Reuters interview" does."""
    assert _roles("LONDON (Reuters) - The shares fell.\n\nTwo traders told Reuters the price had fallen.") == {
        "Reuters": ["source", "cited"]
    }
    assert _roles("LONDON (Reuters) - One of the crew told Reuters on Sunday that all were safe.") == {
        "Reuters": ["source", "cited"]
    }
    assert _roles("LONDON (Reuters) - The port reopened.\n\nIn response to a Reuters interview with the harbour "
                  "master, the mayor said the quay was safe.") == {"Reuters": ["source", "cited"]}
    assert _roles("LONDON (Reuters) - The port reopened.\n\nThe ministry criticised the story that Reuters "
                  "published.") == {"Reuters": ["source", "cited"]}


def test_told_another_outlet_is_still_a_citation() -> None:
    assert _roles("LONDON (Reuters) - The minister told the BBC he would stay.") == {
        "Reuters": ["source"], "BBC": ["cited"]
    }


def test_an_article_published_in_a_paper_is_cited_not_the_source() -> None:
    text = ("LONDON (Reuters) - The shares fell.\n\nTwo analysts said an article published on Monday in the Times "
            "newspaper could have hit the shares.")
    assert _roles(text) == {"Reuters": ["source"], "The Times": ["cited"]}
    assert _roles("This article was first published in The Times.") == {"The Times": ["source"]}


def test_camel_case_outlet_reporting_at_the_sentence_end_is_cited() -> None:
    """"..., PortNews reports.": an unregistered one-word outlet name, present tense, closing the sentence."""
    assert _roles("The minister denied taking money from a shipping firm, PortNews reports.") == {
        "PortNews": ["cited"]
    }


def test_camel_case_name_elsewhere_or_a_person_reporting_is_no_citation() -> None:
    assert _roles("The port reopened, Smith reports.") == {}
    assert _roles("The port reopened, McNews reports.") == {}
    assert _roles("PortNews reports that the port reopened on Monday.") == {}
    assert _roles("The firm hired PortNews staff, the minister said.") == {}


def test_story_published_by_a_paper_whose_name_starts_with_a_weekday() -> None:
    text = "In a story published by the Sunday Lantern newspaper at the weekend, Baptista was quoted as saying so."
    assert _roles(text) == {"Sunday Lantern": ["cited"]}
    assert _roles("In a story published by the Weekly Lantern newspaper, Baptista was quoted as saying so.") == {
        "Weekly Lantern": ["cited"]
    }
    assert _roles("The story was first published on Monday Night by the council.") == {}


def test_a_date_with_a_short_month_after_a_source_phrase_is_no_outlet() -> None:
    assert _roles("The story was first published on Monday 3 Aug by the council.") == {}


def test_unregistered_outlet_named_by_its_kind_after_it_is_cited() -> None:
    text = ("\u201cWe come in good faith,\u201d rebel leader Tomas Ruiz said in a broadcast on the Onda Sur radio "
            "station.\n\nOnda Sur said the message was recorded last week.")
    assert _roles(text) == {"Onda Sur": ["cited"]}
    assert _roles("The mayor told the Harrow Vale newspaper she would stay.\n\nHarrow Vale reported on Monday "
                  "that the vote was close.") == {"Harrow Vale": ["cited"]}


def test_a_place_or_nationality_before_a_kind_noun_is_no_outlet() -> None:
    # never used bare as a name that reports: a place or a nationality describing the outlet
    assert _roles("Tomas Ruiz said in a broadcast on the Onda Sur radio station.") == {}
    assert _roles("The minister told the Velmian newspaper he would stay.\n\nVelmian said nothing more.") == {}
    assert _roles("The minister told the French newspaper he would stay.") == {}
    assert _roles("According to the Sunday newspaper, the talks failed.\n\nSunday said nothing.") == {}
