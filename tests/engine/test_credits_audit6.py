"""Credit forms an audit of pasted articles found missing (all names and prose here are invented).

Picture credits after a caption ("... on May 3. © AP", "... Credit: Harbour Media Group"), an agency before
the publisher in a dated dateline bracket, a lower-case site slug on a "Source:" line, and the inverted
"..., the Harbour Chronicle reports, calling ..." citation; each beside the prose it must leave alone.
"""

from __future__ import annotations

import pytest

from reader.engine import credits
from reader.engine.credits_gate import gated_paragraphs

BODY = "Mayor Lena Ostrava opened the new depot in Dalport on Monday, officials said."


def _roles(text: str, furniture: list[str] | None = None) -> dict[str, list[str]]:
    return {c.name: c.roles for c in credits.find_credits(text, furniture or [])}


# --- C1: picture credits closing a caption -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Supporters of Mayor Lena Ostrava cheer at a rally in Dalport on May 3.   © AP", {"AP": ["photo"]}),
        ("Supporters cheer at a rally in Dalport on May 3. © AFP/Getty Images",
         {"AFP": ["photo"], "Getty Images": ["photo"]}),
        # a year, a line of its own, several sentences or reported speech: the copy's own notice
        ("Supporters cheer at a rally in Dalport on May 3. © 2024 AP", {"AP": ["source"]}),
        ("© AP", {"AP": ["source"]}),
        ("The depot opened. Ostrava said it would employ 300. © AFP", {"AFP": ["source"]}),
        ("The depot opened on Monday, the mayor said. © Reuters", {"Reuters": ["source"]}),
    ],
)
def test_copyright_sign_after_a_caption_credits_the_picture(caption: str, expected: dict[str, list[str]]) -> None:
    assert _roles(BODY + "\n\n" + caption) == expected


def test_copyright_caption_in_furniture_is_a_picture_credit() -> None:
    assert _roles(BODY, ["Supporters cheer at a rally in Dalport on May 3.   © AP"]) == {"AP": ["photo"]}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Camera IconThe mayor at the depot. Coast Wire / Ana Ruiz Credit: Harbour Media Group",
         {"Harbour Media Group": ["photo"]}),
        ("Camera IconNot Supplied Credit: Harbour Press Group", {"Harbour Press Group": ["photo"]}),
        ("The mayor at the depot. Credit: AFP", {"AFP": ["photo"]}),
        # a name alone after the label is whoever took or supplied the picture (credit_labels)
        ("The mayor at the depot.Credit: Ana Ruiz", {"Ana Ruiz": ["photo"]}),
        ("Image Credit: DSSA/Ana Ruiz", {}),  # an acronym after a mid-line label: often a body that is no outlet
    ],
)
def test_credit_label_closing_a_caption(line: str, expected: dict[str, list[str]]) -> None:
    assert _roles(BODY, [line]) == expected


def test_credit_label_in_prose_is_no_picture_credit() -> None:
    text = BODY + "\n\nThe council gave Harbour Media Group credit for the idea, Ostrava said."
    assert _roles(text) == {}


# --- C2: the agency, then the portal's own names, in a dated dateline bracket ---------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("DALPORT, (NPA - Harbour Daily / Coast Point News - 11th Oct, 2024) Mayor Lena Ostrava opened the depot.",
         {"NPA": ["source"]}),
        ("DALPORT, (AFP - Harbour Daily / Coast Point News - 11th Oct, 2024) Mayor Lena Ostrava opened the depot.",
         {"AFP": ["source"]}),
        # with no dash inside, every name in the bracket is still credited
        ("KARACHI, (Harbour Wire / Delta Bulletin - 4th May, 2025) The port authority raised fees on Friday.",
         {"Harbour Wire": ["source"], "Delta Bulletin": ["source"]}),
    ],
)
def test_agency_before_the_publisher_in_a_dated_bracket(raw: str, expected: dict[str, list[str]]) -> None:
    assert _roles(raw) == expected


# --- C3: a lower-case site slug on a "Source:" line -------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Source: harbourfmonline", {"harbourfmonline": ["source"]}),
        ("Source: dalportnews.", {"dalportnews": ["source"]}),
        ("Source: socialmedia", {}),
        ("Source: newspapers", {}),
        ("Source: television", {}),
        ("Source: online", {}),
        ("Source: agencies", {}),
    ],
)
def test_source_line_naming_a_site_slug(line: str, expected: dict[str, list[str]]) -> None:
    assert _roles(BODY + "\n\n" + line) == expected


def test_source_word_inside_a_quote_names_nothing() -> None:
    text = BODY + '\n\n"Source: harbourfmonline is what they told me," Ostrava said.'
    assert _roles(text) == {}


# --- C4: "..., the Harbour Chronicle reports, calling ..." -----------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ('The judge said the scheme was unrelated to the office, the Dalport Times-Courier reports, calling it '
         '"a stain on the city."', {"Dalport Times-Courier": ["cited"]}),
        ("The judge rejected the argument, the Harbour Chronicle reports.", {"Harbour Chronicle": ["cited"]}),
        # no outlet word in the name, or a paper's short name alone: no new credit
        ("The bridge will close, the Ministry reports, for a month.", {}),
        ("Prices rose, the Smith family reports, calling it unfair.", {}),
        ("Prices rose, the Post reports, calling it unfair.", {}),
        ("Officials filed the forms, the Harbour Police reports, calling them late.", {}),
    ],
)
def test_inverted_the_paper_reports_citation(raw: str, expected: dict[str, list[str]]) -> None:
    assert _roles(raw) == expected


# --- every new form passes the paragraph gate ------------------------------------------------------------------


@pytest.mark.parametrize(
    "para",
    [
        "Supporters cheer at a rally in Dalport on May 3.   © AP",
        "Camera IconThe mayor at the depot. Coast Wire / Ana Ruiz Credit: Harbour Media Group",
        "DALPORT, (NPA - Harbour Daily / Coast Point News - 11th Oct, 2024) Mayor Lena Ostrava opened the depot.",
        "Source: harbourfmonline",
        "The judge rejected the argument, the Dalport Times-Courier reports, calling it a stain.",
    ],
)
def test_new_forms_pass_the_gate(para: str) -> None:
    text = BODY + "\n\n" + para
    found = gated_paragraphs(text)
    assert found is not None and any(p == para for _, p in found)
