"""Credits on patterns seen in real journalism (all prose here is invented), and the speed-ups' exactness."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.engine import credits, outlets


def _roles(text: str, furniture: list[str] | None = None) -> dict[str, list[str]]:
    return {c.name: c.roles for c in credits.find_credits(text, furniture or [])}


# --- the fast mention scanner and the paragraph gate give what the plain versions gave ---------------------

_PIECES = [
    " ", "\n", "\n\n", ".", ",", ";", "(", ")", "-", "/", ":", "x", "Word", "the ", "The ", "a ", "by ", "byAFP",
    "from ", "with ", "according to ", "reported ", "Reuters", "REUTERS", "AFP", "AP", "TASS", "dpa", "iNews",
    "the Guardian", "The Times", "Times", "Sunday", "the Age", "the Agency", "News", "Coastal Wire", "Photo: ",
    "Photo by", "credit", "©", "2024", "Source: ", "Additional reporting by ", "contributed to this report",
    "based on materials from ", "Reporting by A B; Editing by C D", "the newspaper ", "Kyiv Daily ", "told ",
    "MOSCOW, May 3. /", "LONDON, Monday -", "(Reuters) - ", "@", "&", "picture-alliance", "n-tv", "BBC", "CNN",
    "Report courtesy ", "Photo courtesy of ",
]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=16).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_TEXTS)
def test_split_scanner_finds_what_the_single_pattern_finds(text: str) -> None:
    """The scanner parts, merged, give exactly the single pattern's non-overlapping leftmost matches."""
    reg = outlets._registry()
    for weak in (True, False):
        want = [(m.start(1), m.end(1)) for m in reg.pattern(weak).finditer(text)
                if reg.by_key.get(outlets.key(m.group(1))) is not None
                and not (outlets._THE_WORD.match(m.group(1)) and outlets._LONGER_NAME.match(text, m.end(1)))]
        got = [(m.span.start, m.span.end) for m in outlets._scan(text, weak)]
        assert got == want
        if want:
            assert outlets.may_mention(text, weak)


@settings(max_examples=1500, deadline=None)
@given(_TEXTS)
def test_paragraph_gate_hides_no_credit(text: str) -> None:
    """Skipping paragraphs that fail the gate changes nothing: the gate is a necessary condition."""
    gated = [(c.name, c.roles, c.evidence) for c in credits.find_credits(text, [])]
    saved = credits._gated
    try:  # every paragraph read, as if no gate (one-pass or per paragraph) had turned one away
        credits._gated = lambda t: [(b, p) for b, p in credits._paragraphs(t) if p.strip()]  # type: ignore[assignment]
        open_ = [(c.name, c.roles, c.evidence) for c in credits.find_credits(text, [])]
    finally:
        credits._gated = saved  # type: ignore[assignment]
    assert gated == open_


def test_loose_test_sees_names_inside_words() -> None:
    """A name glued to a word is no mention of the whole text, but a piece cut from it may be one."""
    assert outlets.may_mention("Photo byAFP", weak=True)
    assert not outlets.mentions("Photo byAFP", weak=True)
    assert not outlets.may_mention("Nothing here but plain words.", weak=True)


# --- an outlet's piece of work is cited only when the clause says what it said ------------------------------

@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("A Channel 4 documentary screened in spring followed the lighthouse keepers.", {}),
        ("The series, a BBC documentary, drew two million viewers.", {}),
        ("Last month a CNN interview with the goalkeeper went viral.", {}),
        ("A BBC investigation found that the depot had been empty for weeks.", {"BBC": ["cited"]}),
        ("A Financial Times report, published on Sunday, said the merger was off.", {"Financial Times": ["cited"]}),
        ("Asked about a Bloomberg report that the mill would close, she declined to comment.",
         {"Bloomberg": ["cited"]}),
        ("In a CNN interview on Sunday, the mayor defended the curfew.", {"CNN": ["cited"]}),
        ("The figures come from a recent Reuters analysis showing rents rising.", {"Reuters": ["cited"]}),
        ("According to a New York Times analysis, the fund lost a third of its value.",
         {"The New York Times": ["cited"]}),
    ],
)
def test_outlet_piece_needs_an_attribution(raw: str, expected: dict[str, list[str]]) -> None:
    assert _roles(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # Rule: of "Outlet/Pollster poll" only the pollster that ran it is credited; the pair is never a photo.
        ("Backing for the tunnel fell to 41%, a Reuters/Ipsos poll showed.", {"Ipsos": ["cited"]}),
        ("A YouGov/Times survey put the party third.", {}),
        ("Most members backed the deal, a CBS News/YouGov poll found.", {"YouGov": ["cited"]}),
    ],
)
def test_slash_joined_poll_names(raw: str, expected: dict[str, list[str]]) -> None:
    assert _roles(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "Three Reuters journalists were held overnight at a checkpoint near the river.",
        "Police questioned an AFP photographer and a Reuters stringer who had filmed the march.",
        "Two reporters working for the news agency Reuters were freed on bail.",
        "\"We want our colleague home,\" a Reuters spokesperson said.",
        "She spent nine years as a Reuters correspondent in Lagos before entering politics.",
        "Reuters editor-in-chief Ana Ruiz said the agency would appeal.",
        "The ministry revoked the accreditation of Al Jazeera staff in the city.",
        "The publisher sued The New York Times over the cartoon.",
        "Getty Images has added an editorial note to the palace's video, the agency said in a long explanation.",
        "Users online noticed that Getty Images had flagged the clip as supplied by a third party.",
    ],
)
def test_outlet_as_subject_is_no_credit(raw: str) -> None:
    assert _roles(raw) == {}


def test_a_picture_agency_in_a_caption_is_still_a_photo_credit() -> None:
    assert _roles("The flooded harbour on Sunday. Photo: Getty Images") == {"Getty Images": ["photo"]}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Border guards held a Reuters cameraman for six hours. Reuters said its journalist had been released.",
         {}),
        ("AFP confirmed the arrest of one of its photographers on Thursday.", {}),
        ("The port reopened on Monday, AFP reported.", {"AFP": ["cited"]}),
        ("The strike ended, Reuters confirmed on Friday.", {"Reuters": ["cited"]}),
    ],
)
def test_outlet_speaking_of_its_own_staff_is_the_subject(raw: str, expected: dict[str, list[str]]) -> None:
    assert _roles(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("(CNN) Flood barriers failed in three villages overnight, officials said.", {"CNN": ["source"]}),
        ("NAIROBI (AFP) Heavy rain closed the main highway on Sunday.", {"AFP": ["source"]}),
        ("KARACHI, (Harbour Wire / Delta Bulletin - 4th May, 2025) The port authority raised fees on Friday.",
         {"Harbour Wire": ["source"], "Delta Bulletin": ["source"]}),
        ("(PTI) leaders met in the capital on Monday.", {}),
        ("(Updated) The council met on Monday.", {}),
    ],
)
def test_bracketed_dateline_without_dash(raw: str, expected: dict[str, list[str]]) -> None:
    assert _roles(raw) == expected


def test_copyright_provided_by_is_a_source() -> None:
    body = "The bridge reopened on Tuesday after repairs.\n\n© Provided by The Canadian Press"
    assert _roles(body) == {"The Canadian Press": ["source"]}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Hackers targeted staff at The New York Times, officials said.\n\nThe Times reported the breach on Friday.",
         {"The New York Times": ["cited"]}),
        ("The Times reported the breach on Friday.", {"The Times": ["cited"]}),
        ("The Financial Times reported a rate rise.\n\nThe Times reported the breach on Friday.",
         {"Financial Times": ["cited"], "The Times": ["cited"]}),
        ("The Sunday Times reported the strike.\n\nStaff at the Los Angeles Times walked out.",
         {"The Sunday Times": ["cited"]}),  # its own masthead (no alias of The Times), and no back-reference
    ],
)
def test_short_name_refers_back_to_the_paper_named_in_full(raw: str, expected: dict[str, list[str]]) -> None:
    assert _roles(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("She took credit for the merger, the Financial Times reported.", {"Financial Times": ["cited"]}),
        ("Pictures of the burst dam spread quickly, and Reuters reported that two villages were cut off.",
         {"Reuters": ["cited"]}),
        ("Video footage obtained by CNN showed the lorry swerving.", {"CNN": ["cited"]}),
        ("Photograph: Ana Ruiz/The Guardian", {"The Guardian": ["photo"]}),
        ("Photo by Ana Ruiz for The New York Times", {"The New York Times": ["photo"]}),
        ("A handout picture released by SANA shows the damaged bridge.", {"SANA": ["photo"]}),
        ("Image courtesy of AP", {"AP": ["photo"]}),
    ],
)
def test_picture_word_credits_only_the_name_right_after_it(raw: str, expected: dict[str, list[str]]) -> None:
    assert _roles(raw) == expected


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("CCTV", "CCTV"), ("China Global Television Network", "CGTN"), ("SABC News", "SABC"),
        ("Dow Jones", "Dow Jones Newswires"), ("United News of India", "United News of India"),
        ("ARY News", "ARY News"), ("Zee News", "Zee News"), ("Tolo News", "TOLOnews"), ("9News", "Nine News"),
        ("1News", "TVNZ"), ("Dallas Morning News", "The Dallas Morning News"), ("Hankyoreh", "The Hankyoreh"),
        ("Sueddeutsche", "Süddeutsche Zeitung"), ("Pagina 12", "Página/12"), ("Joy News", "MyJoyOnline"),
        ("houstonchronicle.com", "Houston Chronicle"), ("https://www.tolonews.com/x", "TOLOnews"),
    ],
)
def test_registry_covers_more_outlets(alias: str, name: str) -> None:
    assert (outlets.from_url(alias) if "/" in alias or alias.endswith(".com") else outlets.canonical(alias)) == name


@pytest.mark.parametrize(
    "raw",
    [
        "Slate roofs were torn off along the seafront.",  # one-word names that are common words stay weak
        "The exhibition opened in the main Salon of the palace.",
        "Tempo picked up in the second half.",
    ],
)
def test_weak_common_word_names_credit_nothing_in_prose(raw: str) -> None:
    assert _roles(raw) == {}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Image copyright AFP", {"AFP": ["photo"]}),
        ("Image source, Reuters", {"Reuters": ["photo"]}),
        ("Aerial photo of the flooded valley. (Reuters)", {"Reuters": ["photo"]}),
        ("The totals were compiled by the AP.", {"AP": ["cited"]}),
        ("Bloomberg was the first to report the sale.", {"Bloomberg": ["cited"]}),
        ("Two aides spoke on condition of anonymity to the Associated Press.", {"AP": ["cited"]}),
        ("The BBC has contacted the council for comment.", {"BBC": ["source"]}),
        ("CNN has reached out to the club for a response.", {"CNN": ["source"]}),
        ("The BBC apologised for the error.", {}),
    ],
)
def test_more_real_world_forms(raw: str, expected: dict[str, list[str]]) -> None:
    assert _roles(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Nagaland (Kohima) [India], Jan 9 (ANI): Two bridges were washed away overnight.", {"ANI": ["source"]}),
        ("Pune, Jan 9 (PTI) Two bridges were washed away overnight.", {"PTI": ["source"]}),
        ("Relief teams reached the village by evening. (IANS)", {"IANS": ["source"]}),
        ("Relief teams reached the village by evening. (BBC)", {}),  # a broadcaster is no wire copy mark
        ("ANI | Pune | Updated: 09-01-2025 10:02 IST", {"ANI": ["source"]}),
        ("Edited by Ana Ruiz | Source: PTI", {"PTI": ["source"]}),
        ("Source: Agencies", {}),
        ("Sources: staff, local media", {}),
        ("Talking to ANI, the collector said the schools would reopen.", {"ANI": ["cited"]}),
    ],
)
def test_south_asian_wire_forms(raw: str, expected: dict[str, list[str]]) -> None:
    assert _roles(raw) == expected


def test_closing_picture_credit_with_trailing_newline() -> None:
    text = ("The ferry leaves the harbour at dawn.\n\n"
            "Crowds wait at the quay in Split, Croatia, on May 2 [File: Ana Ruiz/Reuters]\n")
    assert _roles(text) == {"Reuters": ["photo"]}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("According to the National Guard, the bridge was closed.", {}),
        ("She complained to the Independent Office for Police Conduct.", {}),
        ("The Guardian Foundation announced new grants.", {}),
        ("According to The National, the bridge was closed.", {"The National": ["cited"]}),
        ("He told the Guardian Weekly that he would stay on.", {"The Guardian": ["cited"]}),
        ("Speaking on the Hill, the senator said the vote would slip.", {}),  # Capitol Hill
        ("The vote would slip, The Hill reported.", {"The Hill": ["cited"]}),
    ],
)
def test_a_the_name_heading_a_longer_proper_name_is_no_outlet(raw: str, expected: dict[str, list[str]]) -> None:
    assert _roles(raw) == expected


def test_navigation_bar_is_no_pipe_byline() -> None:
    assert _roles("The bridge reopened on Tuesday.", ["BBC | News | Sport | Weather | 2 May 2025"]) == {}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Shelling resumed at dawn, AFP reported, citing its correspondent in the town.", {"AFP": ["cited"]}),
        ("Reuters reported that its reporters saw dozens of trucks at the crossing.", {"Reuters": ["cited"]}),
        ("Reuters reported that police had searched its bureau in the capital.", {}),
    ],
)
def test_staff_who_report_keep_the_citation(raw: str, expected: dict[str, list[str]]) -> None:
    assert _roles(raw) == expected
