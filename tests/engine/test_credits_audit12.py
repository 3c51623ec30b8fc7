"""Credit forms a twelfth audit of pasted articles found missing (the prose here is invented)."""

from __future__ import annotations

import random

import pytest

from reader.engine import credits, credits_gate
from reader.engine.credit_labels import domain_outlet
from reader.engine.models import Draft
from reader.engine.preparation import prepare

BODY = "Fisheries Minister Lora Venn opened the new harbour wall in Port Adley on Monday."


def _roles(text: str, junk: list[str] | None = None) -> dict[str, list[str]]:
    return {c.name: c.roles for c in credits.find_credits(text, junk or [])}


def _pasted(text: str) -> dict[str, list[str]]:
    _, art = prepare(Draft(source="/tmp/invented.txt", text=text, is_paste=True), fingerprint=False)
    return {c.name: c.roles for c in art.credits}


# C1: writers joined in a byline, the outlet they write for at its end with no comma


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ana Roe And Tom Bell Velm Daily Times", {"Velm Daily Times": ["source"]}),
        ("Ana Roe and Tom M. Bell Velm Herald", {"Velm Herald": ["source"]}),
        ("Ana Roe and Tom Bell, Velm Daily Times", {"Velm Daily Times": ["source"]}),
        ("Ana Roe, Tom Bell & Jo Lee Reuters", {"Reuters": ["source"]}),
        ("By Ana Roe Velm Daily Times", {"Velm Daily Times": ["source"]}),
        ("Ana Roe And Tom Bell Los Angeles Times", {"Los Angeles Times": ["source"]}),
        # one writer, a comma or a dash, then a registry outlet
        ("Ana Roe, Reuters", {"Reuters": ["source"]}),
        ("Ana Roe - Los Angeles Times", {"Los Angeles Times": ["source"]}),
    ],
)
def test_writers_then_their_outlet_name_the_source(line: str, expected: dict[str, list[str]]) -> None:
    assert _roles(BODY, [line]) == expected
    assert _roles(line + "\n\n" + BODY) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Tom Bell Velm Daily Times",  # one name and no "By": no byline form
        "Joe Roe And Kara Bell Slam Reuters",  # a headline in title case: "Kara Bell Slam" is no name
        "Ana Roe And Tom Bell Win Velm Press Award",  # the head word inside: a headline's object
        "By Ana Roe, Senior Political Reporter",  # a writer's job, not an outlet
        "Ana Roe and Tom Bell said the Velm Times was wrong",
        "Staff And Wire Velm Times",
        "Ana Roe Reuters",  # one writer with nothing between: a headline may read so ("Velm Slams Reuters")
        "Ana Roe, Velm Times",  # one writer and an unregistered name: the name may be the writer's job or town
    ],
)
def test_lines_that_are_no_byline_of_writers(line: str) -> None:
    assert _roles(BODY, [line]) == {}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ana RoeVelm Daily Times", {"Velm Daily Times": ["source"]}),
        ("Tom M. BellKestrel NewsWire", {"Kestrel NewsWire": ["source"]}),
        ("Ana RoeReuters", {"Reuters": ["source"]}),
        ("Ana RoeVelm", {}),  # no outlet after the glue
        ("Ana RoeStaff Reporter", {}),  # a job
        ("New YorkTimes Square", {}),  # no writer before it
        ("Ana RoeReuters and AFP", {}),
    ],
)
def test_a_writer_glued_to_the_outlet_names_the_source(line: str, expected: dict[str, list[str]]) -> None:
    """A byline set in two boxes pastes as one word ("Ana RoeVelm Daily Times"): the glue marks the byline."""
    assert _roles(BODY, [line]) == expected
    assert _roles(line + "\n\n" + BODY) == expected


def test_the_byline_in_a_pasted_page() -> None:
    text = ("Harbour fees rise\n\nCouncil blames the storm repairs\nAna Roe And Tom Bell Velm Daily Times\n\n" + BODY
            + "\n\n"
            "The wall cost 4 million crowns, the ministry said.")
    assert _pasted(text).get("Velm Daily Times") == ["source"]


# C2: "Credit: <domain>" glued to a caption's full stop


def test_a_domain_after_a_credit_label_is_the_picture_s_site() -> None:
    caption = "The old mill burns on Quay Street.Credit: Harbourlight.co.nz"
    assert _roles(BODY, [caption]) == {"Harbourlight": ["photo"]}
    assert _roles(BODY + "\n\n" + caption) == {"Harbourlight": ["photo"]}
    assert _roles(BODY, ["The old mill burns on Quay Street. Photo: velmnews.com"]) == {"velmnews.com": ["photo"]}


def test_a_registry_domain_gives_the_registry_name() -> None:
    assert domain_outlet("Stuff.co.nz") == "Stuff"
    assert domain_outlet("www.bbc.co.uk") == "BBC"
    assert domain_outlet("Harbourlight.co.nz") == "Harbourlight"
    assert domain_outlet("harbourlight.co.nz") == "harbourlight.co.nz"
    assert domain_outlet("Harbour Light") is None


def test_a_domain_in_prose_is_no_picture_credit() -> None:
    assert _roles("The council posted the plan on velmnews.com last week.") == {}
    assert _roles("Credit ratings fell: velmnews.com reported the cut.") == {}


# C3: "Photograph: <Name>" closing a caption


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Police sealed off the lane on Monday. Photograph: Dara Quill", {"Dara Quill": ["photo"]}),
        ("Photo: Ana de Roe", {"Ana de Roe": ["photo"]}),
        ("The flooded road near Velm.Credit: Tom Bell", {"Tom Bell": ["photo"]}),
        ("Firefighters at the depot. (Photo: Velm Fire Service)", {"Velm Fire Service": ["photo"]}),
        # the agency is the credit beside a photographer; words that say what, not who, credit nobody
        ("Police sealed off the lane. Photograph: Dara Quill/Reuters", {"Reuters": ["photo"]}),
        ("Police sealed off the lane. Photo: File Image", {}),
        ("Police sealed off the lane. Photos: See Inside", {}),
        ("Police sealed off the lane. Photo: Supplied", {}),
        ("Police sealed off the lane. Image: Flickr Commons", {}),  # a platform hosted it
    ],
)
def test_a_name_alone_after_a_picture_label_is_the_picture_credit(
        caption: str, expected: dict[str, list[str]]) -> None:
    assert _roles(BODY, [caption]) == expected
    assert _roles(BODY + "\n\n" + caption) == expected


def test_a_colon_after_other_words_credits_nobody() -> None:
    assert _roles("The minister said: Dara Quill") == {}
    assert _roles("Her verdict on the photo was plain: Dara Quill") == {}
    assert _roles(BODY, ["Tax Credit: Velm Rates"]) == {}  # a label after a word is no caption's
    assert _roles(BODY, ["Universal Credit: What Changes"]) == {}


def test_an_unregistered_paper_in_a_picture_credit_chain() -> None:
    assert _roles(BODY, ["Police sealed off the lane. Photo: Jo Roe/The Velm Times"]) == {"The Velm Times": ["photo"]}
    assert _roles(BODY, ["Police sealed off the lane. Photo: Velm Herald/Jo Roe"]) == {"Velm Herald": ["photo"]}


# The gate: the paragraphs of the new forms are read in the one-pass scan as one by one

_PIECES = ["Photo", "photograph", "CREDIT", "Credits", "Image", "pictures", ":", " :", "  :", "\t:", "\n:",
           "Dara Quill", "velm.co.nz", "Harbourlight.co.nz", ".", ". ", " ", "\n\n", "\n", "the", "said", "x"]


@pytest.mark.parametrize("seed", range(2))
def test_the_one_pass_gate_reads_labelled_paragraphs_as_the_plain_gate(seed: int) -> None:
    rng = random.Random(1200 + seed)
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randrange(1, 16)))
        fast = credits_gate.gated_paragraphs(text)
        assert fast is None or fast == credits._gated_plain(text), text


@pytest.mark.parametrize("seed", range(2))
def test_the_gate_hides_no_labelled_credit(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading every paragraph finds the labelled credits reading the gated ones finds."""
    rng = random.Random(1300 + seed)
    texts = ["".join(rng.choice(_PIECES) for _ in range(rng.randrange(1, 12))) for _ in range(1500)]
    gated = [[(c.name, c.roles, c.evidence) for c in credits.find_credits(t, [])] for t in texts]
    assert any(gated)
    monkeypatch.setattr(credits, "_gated", lambda text: [(b, p) for b, p in credits._paragraphs(text) if p.strip()])
    assert gated == [[(c.name, c.roles, c.evidence) for c in credits.find_credits(t, [])] for t in texts]
