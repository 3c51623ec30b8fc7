"""Tests for outlet credits: source, contributor, cited and photo."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.engine.credits import find_credits
from reader.engine.text import normalize


def roles(raw: str, furniture: list[str] | None = None) -> dict[str, list[str]]:
    return {c.name: c.roles for c in find_credits(normalize(raw), furniture or [])}


BODY = "The Kremlin said on Wednesday it opposed the plan.\n\n"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("MOSCOW (Reuters) - The Kremlin said on Wednesday it opposed the plan.", {"Reuters": ["source"]}),
        ("MOSCOW, August 27. /TASS/. The Kremlin said on Wednesday it opposed the plan.", {"TASS": ["source"]}),
        (BODY + "Reuters could not independently verify the footage.", {"Reuters": ["source"]}),
        (BODY + "The AP was unable to reach the ministry for comment.", {"AP": ["source"]}),
        (BODY + "AFP was not able to confirm the figures.", {"AFP": ["source"]}),
        ("KYIV, March 3. /Interfax-Ukraine/ The talks resumed on Monday.", {"Interfax-Ukraine": ["source"]}),
        ("KYIV, Ukraine (AP) — Russia launched drones overnight.", {"AP": ["source"]}),
        ("MOSCOW, Aug 27 (Reuters) - The Kremlin said it opposed the plan.", {"Reuters": ["source"]}),
        ("(AFP) - The Kremlin said it opposed the plan.", {"AFP": ["source"]}),
        ("Moscow (AFP) – The Kremlin said it opposed the plan.", {"AFP": ["source"]}),
        (BODY + "SOURCE:AFP", {"AFP": ["source"]}),
        (BODY + "Source: AFP", {"AFP": ["source"]}),
        (BODY + "Sources: Reuters, The New York Times", {"Reuters": ["source"], "The New York Times": ["source"]}),
        (BODY + "This article was prepared based on materials published by The Guardian.",
         {"The Guardian": ["source"]}),
        (BODY + "This story was originally published by the Kyiv Independent.", {"Kyiv Independent": ["source"]}),
        (BODY + "(c) Reuters 2025", {"Reuters": ["source"]}),
        (BODY + "© 2025 The Associated Press. All rights reserved.", {"AP": ["source"]}),
        (BODY + "Reporting by Guy Faulconbridge; Editing by Andrew Osborn", {"Reuters": ["source"]}),
        (BODY + "(Reporting by Dmitry Antonov; Writing by Lidia Kelly; Editing by Tom Hogue)", {"Reuters": ["source"]}),
        (BODY + "— AFP", {"AFP": ["source"]}),
        (BODY + "AFP/Reuters", {"AFP": ["source"], "Reuters": ["source"]}),
        (BODY + "jd/kl (AP, dpa)", {"AP": ["source"], "dpa": ["source"]}),
        (BODY + "Reuters/AFP/tk", {"Reuters": ["source"], "AFP": ["source"]}),
    ],
)
def test_source(raw: str, expected: dict[str, list[str]]) -> None:
    assert roles(raw) == expected


def test_a_closing_edited_by_names_no_house_style() -> None:
    """Reuters signs off "(Editing by X)"; "(Edited by X)" closes many papers' copy and names nobody's house."""
    assert roles(BODY + "(Editing by Mira Dube)") == {"Reuters": ["source"]}
    assert roles(BODY + "(Edited by Mira Dube)") == {}
    assert roles("CAPE TOLBEK - The deputy mayor says he was advised to say nothing more.\n\n"
                 "She was answering questions in the council on Wednesday.\n(Edited by Mira Dube)") == {}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (BODY + "Reports from AFP contributed to this coverage.", {"AFP": ["contributor"]}),
        (BODY + "— With assistance from Jane Doe and Bloomberg News.", {"Bloomberg": ["contributor"]}),
        (BODY + "Reuters contributed to this report.", {"Reuters": ["contributor"]}),
        (BODY + "The Associated Press contributed to this report.", {"AP": ["contributor"]}),
        (BODY + "Additional reporting by Jane Doe (Reuters).", {"Reuters": ["contributor"]}),
        (BODY + "With AFP", {"AFP": ["contributor"]}),
        (BODY + "Reporting by AP and Reuters.", {"AP": ["contributor"], "Reuters": ["contributor"]}),
        (BODY + "(Reporting by dpa)", {"dpa": ["contributor"]}),
        (BODY + "(with AFP)", {"AFP": ["contributor"]}),
        (BODY + "Associated Press writer Jim Heintz in Tallinn contributed.", {"AP": ["contributor"]}),
        (BODY + "This report includes reporting from Reuters and Bloomberg.",
         {"Reuters": ["contributor"], "Bloomberg": ["contributor"]}),
    ],
)
def test_contributor(raw: str, expected: dict[str, list[str]]) -> None:
    assert roles(raw) == expected


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("According to Reuters, the Kremlin said on Wednesday that its position was known.", "Reuters"),
        ("According to a report by the Financial Times on Tuesday, allies proposed a plan.", "Financial Times"),
        ("The New York Times reported that the U.S. had proposed guarantees.", "The New York Times"),
        ('"We are ready," Peskov told reporters, including AFP, in a briefing call.', "AFP"),
        ("Bloomberg said in a report that talks had stalled.", "Bloomberg"),
        ("Reuters reported, citing three sources, that the deal was close.", "Reuters"),
        ("The comments followed reporting by The New York Times on the proposals.", "The New York Times"),
        ("Zelensky told the BBC that he was ready to meet Putin.", "BBC"),
        ("In an interview with CNN, the minister said talks would resume.", "CNN"),
        ("The Wall Street Journal first reported the talks last week.", "The Wall Street Journal"),
        ("The plan, first reported by Axios, would freeze the front line.", "Axios"),
        ("Russian newspaper Kommersant reported on Monday that talks were planned.", "Kommersant"),
        ("The Guardian's analysis of satellite images shows the damage.", "The Guardian"),
        ("A document seen by Reuters shows the plan.", "Reuters"),
        ("Russian forces have advanced, according to DeepState, a Ukrainian monitoring group.", "DeepState"),
        ("Russian forces have advanced, according to the Institute for the Study of War.",
         "Institute for the Study of War"),
        ("The governor said in a comment to Interfax that the fires were contained.", "Interfax"),
        ("The company said in a statement to Reuters that it would appeal the ruling.", "Reuters"),
        ("A spokeswoman said in an emailed statement to Bloomberg News that talks continue.", "Bloomberg"),
        ("She said in a phone call with AFP that the family was safe.", "AFP"),
        ("Appearing on Fox News, the senator said the bill had no chance.", "Fox News"),
        ("The envoy said on CNN's State of the Union that a deal was near.", "CNN"),
        ("Speaking on BBC Radio 4's Today programme, the minister defended the cuts.", "BBC"),
        ("Bloomberg, citing people familiar with the matter, said the merger was off.", "Bloomberg"),
    ],
)
def test_cited(raw: str, name: str) -> None:
    assert roles(raw) == {name: ["cited"]}


def test_unregistered_research_group_is_cited_as_written() -> None:
    raw = "According to Frontline Watch, a Ukrainian open-source research group, Russia seized 90 square km."
    assert roles(raw) == {"Frontline Watch": ["cited"]}


def test_unregistered_outlet_named_with_its_kind() -> None:
    raw = "The independent outlet Vot Tak reported that the governor had resigned."
    assert roles(raw) == {"Vot Tak": ["cited"]}


@pytest.mark.parametrize(
    "raw",
    [
        "According to the Kremlin, the talks were productive.",
        "According to Peskov, the talks were productive.",
        "According to Ukraine's defence ministry, 40 drones were shot down.",
        "Putin spoke to Trump by phone, the Kremlin said.",
        "Reuters journalists were detained in Minsk.",
        "The BBC headquarters are in London.",
        "He wants control over Ukraine, a former White House adviser told a conference.",
        "The minister said on Monday that the talks had failed.",
        "",
    ],
)
def test_not_credits(raw: str) -> None:
    assert roles(raw) == {}


@pytest.mark.parametrize(
    ("furniture", "expected"),
    [
        (["(Photo by Mikhail METZEL / POOL / AFP)"], {"AFP": ["photo"]}),
        (["Kremlin spokesman Dmitry Peskov. / Reuters"], {"Reuters": ["photo"]}),
        (["Shutterstock.com"], {"Shutterstock": ["photo"]}),
        (["Photo: Getty Images"], {"Getty Images": ["photo"]}),
        (["Vladimir Putin in Moscow. AFP via Getty Images"], {"AFP": ["photo"], "Getty Images": ["photo"]}),
        (["Dmitry Peskov. Photograph: Maxim Shemetov/Reuters"], {"Reuters": ["photo"]}),
        (["A drone over Kyiv. (AP Photo/Efrem Lukatsky)"], {"AP": ["photo"]}),
        (["Firefighters work at the site. REUTERS/Gleb Garanich"], {"Reuters": ["photo"]}),
        (["Zelensky in Kyiv. EPA-EFE/SERGEY DOLZHENKO"], {"EPA": ["photo"]}),
        (["Image: Alamy"], {"Alamy": ["photo"]}),
        (["Related: Trump calls it 'posturing'", "Most read", "Contact us"], {}),
    ],
)
def test_photo_in_furniture(furniture: list[str], expected: dict[str, list[str]]) -> None:
    assert roles(BODY, furniture) == expected


def test_photo_caption_in_text_is_not_a_citation() -> None:
    raw = (
        "Putin\n\nThe rejection of western forces exposes limited influence. (Photo by Mikhail METZEL / POOL / AFP)"
        "\n\nThe Kremlin said on Wednesday it opposed the plan."
    )
    assert roles(raw) == {"AFP": ["photo"]}


def test_photo_credit_line_in_text() -> None:
    assert roles("Kremlin, palace, Russia\n\nShutterstock.com\n\n" + BODY) == {"Shutterstock": ["photo"]}


def test_source_line_in_furniture() -> None:
    assert roles(BODY, ["SOURCE:AFP"]) == {"AFP": ["source"]}


def test_furniture_headlines_are_not_cited() -> None:
    assert roles(BODY, ["Reuters reported that the ambassador was fired", "UK ambassador fired: report"]) == {}


def test_roles_merge_in_fixed_order_with_evidence_and_spans() -> None:
    raw = "According to Reuters, the Kremlin said it opposed the plan.\n\nSources: Reuters, The New York Times"
    text = normalize(raw)
    credits = {c.name: c for c in find_credits(text, [])}
    reuters = credits["Reuters"]
    assert reuters.roles == ["source", "cited"]
    assert len(reuters.evidence) == 2
    for span in reuters.spans:
        assert 0 <= span.start < span.end <= len(text)
        assert "Reuters" in span.slice(text)


def test_credits_hostile_input() -> None:
    for raw in ["(" * 10_000, "According to " * 5_000, "SOURCE:" + "AFP, " * 5_000, "\x00\x1b[31m(Reuters) -"]:
        text = normalize(raw)
        for c in find_credits(text, [raw[:1000]]):
            for span in c.spans:
                assert 0 <= span.start <= span.end <= len(text)


def test_credits_large_input_is_fast() -> None:
    import time

    text = normalize(("Peskov told reporters, including AFP, that talks went on. " * 20 + "\n\n") * 500)
    t = time.perf_counter()
    got = find_credits(text, [])
    assert time.perf_counter() - t < 10
    assert [c.name for c in got] == ["AFP"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (BODY + "This article originally appeared on The Conversation.", {"The Conversation": ["source"]}),
        (BODY + "By Guy Faulconbridge and Dmitry Antonov, Reuters", {"Reuters": ["source"]}),
        (BODY + "(With inputs from PTI)", {"PTI": ["contributor"]}),
        ("Talks had stalled, reported the Wall Street Journal.", {"The Wall Street Journal": ["cited"]}),
        ("Izvestia, citing sources, reported that talks were planned.", {"Izvestia": ["cited"]}),
        ("In an interview published by Le Monde, the minister said talks would resume.", {"Le Monde": ["cited"]}),
        ("A Reuters/Ipsos poll showed support falling.", {"Ipsos": ["cited"]}),
    ],
)
def test_more_forms(raw: str, expected: dict[str, list[str]]) -> None:
    assert roles(raw) == expected


def test_outlet_followed_by_photo_word() -> None:
    assert roles(BODY, ["Rescuers at the scene. AFP Photo"]) == {"AFP": ["photo"]}


def test_pool_agency_chain_in_caption() -> None:
    assert roles(BODY, ["Putin at the Kremlin. Sputnik/Kremlin via Reuters"]) == {
        "Sputnik": ["photo"],
        "Reuters": ["photo"],
    }


def test_unregistered_outlet_in_dateline_is_the_source() -> None:
    raw = (
        "PORT ALDMERE, Sept 3 (Coastal Wire) - The city closed the bridge.\n\n"
        "(Reporting by Mara Lind; Editing by Joel Awan)"
    )
    assert roles(raw) == {"Coastal Wire": ["source"]}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Kestrel (Upper Marwar): Chief Minister Anand Rao met officials on Sunday.", {}),
        ("Kestrel (Marwar): Chief Minister Anand Rao met officials on Sunday.", {}),
        ("Kestrel (KNO): Chief Minister Anand Rao met officials on Sunday.", {"KNO": ["source"]}),
        ("Kestrel (Coastal Wire): Chief Minister Anand Rao met officials on Sunday.", {"Coastal Wire": ["source"]}),
        ("KESTREL (Velmpress) - Chief Minister Anand Rao met officials on Sunday.", {"Velmpress": ["source"]}),
    ],
)
def test_a_dateline_region_in_brackets_is_no_agency(raw: str, expected: dict[str, list[str]]) -> None:
    assert roles(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("About 18,000 vehicles use it, Coastal Wire reported, citing city figures.", {"Coastal Wire": ["cited"]}),
        ("According to Coastal Wire, about 18,000 vehicles used the crossing.", {"Coastal Wire": ["cited"]}),
        (BODY + "Additional reporting by Coastal Wire.", {"Coastal Wire": ["contributor"]}),
        ("According to White House Press Secretary Karoline Leavitt, talks went well.", {}),
        ("According to the Kremlin Press Service, Putin met the envoy.", {}),
    ],
)
def test_unregistered_outlets_in_credit_slots(raw: str, expected: dict[str, list[str]]) -> None:
    assert roles(raw) == expected



_TOKENS = st.sampled_from(
    ["(", ")", " ", "\n\n", "/", "Reuters", "AFP", "Photo by", "Source:", "according to", "©", "-", ",", ".",
     "Coastal Wire", "contributed", "with", "via Getty Images", "reported", "x"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_TOKENS, max_size=40).map("".join), st.lists(st.lists(_TOKENS, max_size=10).map("".join), max_size=3))
def test_fuzz_credit_spans_inside_text(raw: str, furniture: list[str]) -> None:
    text = normalize(raw)
    for c in find_credits(text, furniture):
        assert c.roles and set(c.roles) <= {"source", "contributor", "cited", "photo"}
        for span in c.spans:
            assert 0 <= span.start <= span.end <= len(text)


def test_dateline_without_parentheses() -> None:
    raw = "MOSCOW, 16 APR – RIA Novosti. A call is not planned, said the Kremlin."
    assert roles(raw) == {"RIA Novosti": ["source"]}


def test_from_line_and_ap_photo_caption() -> None:
    raw = "From The Associated Press\n\nDOHA, Qatar – Zelenskyy made a surprise video appearance at the forum."
    assert roles(raw, ["Militia near the plant in Mariupol, Thursday, May 19, 2022. (AP Photo)"]) == {
        "AP": ["source", "photo"]
    }


def test_site_copyright_footer_in_furniture_is_not_a_credit() -> None:
    assert roles(BODY, ["© 2025 TRT World. All rights reserved.", "Sneak a peek at TRT Global"]) == {}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("The state-run RIA news agency reported that talks had begun.", {"RIA Novosti": ["cited"]}),
        ("Interfax news agency quoted Lavrov as saying talks would go on.", {"Interfax": ["cited"]}),
        ("PA said the talks had begun.", {}),
        ("In an interview with CNN's Christiane Amanpour, the minister said talks would resume.", {"CNN": ["cited"]}),
        ("The Kremlin accused the BBC of lying about the war.", {}),
    ],
)
def test_weak_aliases_and_objects(raw: str, expected: dict[str, list[str]]) -> None:
    assert roles(raw) == expected


def test_unregistered_magazine_in_interview() -> None:
    raw = "Peskov said, in an interview with the French magazine Revue Nordique, that no deadline was set."
    assert roles(raw) == {"Revue Nordique": ["cited"]}


def test_research_group_assessment_is_cited() -> None:
    raw = "The Institute for the Study of War assessed that the offensive would culminate."
    assert roles(raw) == {"Institute for the Study of War": ["cited"]}


def test_credit_at_the_end_of_an_overlong_paragraph() -> None:
    text = normalize("Talks went on. " * 5_000 + "Reuters contributed to this report.")
    assert {c.name: c.roles for c in find_credits(text, [])} == {"Reuters": ["contributor"]}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("AFP journalists saw at least ten bodies in the street.", {"AFP": ["cited"]}),
        ("At least 40 people were killed, according to an AFP tally based on official figures.", {"AFP": ["cited"]}),
        ("Reuters journalists were detained in Minsk.", {}),
    ],
)
def test_agency_staff_witness_is_cited(raw: str, expected: dict[str, list[str]]) -> None:
    assert roles(raw) == expected


def test_outlet_as_modifier_of_report() -> None:
    raw = "Asked about a Financial Times report that talks had progressed, Peskov said it was incorrect."
    assert roles(raw) == {"Financial Times": ["cited"]}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("A rescue worker searches the rubble in Dnipro, Ukraine, March 3, 2026. REUTERS/Oleh Tymoshenko/File Photo",
         {"Reuters": ["photo"]}),
        ("Farmers block a road near Lille, France, January 20, 2026. AFP/Sameer Al-Doumy", {"AFP": ["photo"]}),
        ("Troops train near Tallinn. REUTERS/Stringer Purchase Licensing Rights, opens new tab",
         {"Reuters": ["photo"]}),
        ("The talks ended. Reuters/Ipsos polling shows support at 40%.", {}),
    ],
)
def test_agency_first_credit_closing_a_caption(raw: str, expected: dict[str, list[str]]) -> None:
    assert roles(raw) == expected
