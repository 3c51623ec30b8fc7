"""NameRuns.between must give exactly the runs a scan limited to the slice finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.engine.name_runs import RUN, NameRuns, _one_word_parts, _split_at_stops, _token_parts, acronyms
from reader.engine.quotes import find_quotes
from reader.engine.text import normalize, split_sentences

_PIECES = ["Peskov", "Dmitry", "He", "The", "van", "de", "Mr.", "U.S.", "O'Neil", "said", "a", " ", " ", ". ",
           ", ", "\n\n", "'s", "-", "Ab"]


def _limited(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """What a scan of the slice alone finds: RUN's matches, each cut after a word that ends a sentence."""
    out: list[tuple[int, int, str]] = []
    for m in RUN.finditer(text, lo, hi):
        out += _split_at_stops(m.start(), m.group()) if ". " in m.group() else [(m.start(), m.end(), m.group())]
    return out


def test_runs_crossing_a_sentence_start_and_end() -> None:
    text = "It was said by Peskov. The Kremlin Palace said Mr. Putin van Dyke spoke."
    runs = NameRuns(text)
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            assert runs.between(lo, hi) == _limited(text, lo, hi), (lo, hi)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.integers(0, 400), st.integers(0, 400))
def test_between_matches_a_limited_scan(pieces: list[str], a: int, b: int) -> None:
    text = "".join(pieces)
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    assert NameRuns(text).between(lo, hi) == _limited(text, lo, hi)


def test_acronyms_spelt_out_once() -> None:
    text = ("Talks between the Kenyan army and the Allied Democratic Forces (ADF) stalled, the Organisation "
            "for Economic Co-operation and Development (OECD) said. BEIRUT (AP) - Nothing. He said (LOL) no.")
    assert acronyms(text) == {"ADF": "Allied Democratic Forces",
                              "OECD": "Organisation for Economic Co-operation and Development"}
    assert acronyms("(AB) " * 50_000) == {}


def test_organisation_speaker_is_named_in_full() -> None:
    text = normalize('Aid reached the city, the World Food Programme (WFP) said. "It is not enough," the WFP said.')
    assert [q.speaker for q in find_quotes(text, split_sentences(text))] == ["World Food Programme"]


def test_a_name_first_written_as_an_owner_is_a_person() -> None:
    text = normalize('Mia Lund\'s late goal won it for Rosengard. "I just wanted the ball," Lund told reporters.')
    assert [q.speaker for q in find_quotes(text, split_sentences(text))] == ["Mia Lund"]


_WORDS = ["Peskov", "Peskov's", "Peskov’s", "Jones'", "Mr.", "Mr", "President", "The", "Monday", "Kremlin",
          "British", "Gov.", "'s", "’", ".", "Ann.", "MP", "Police", "Mayor-elect", "Anna’s", "de", "al-Burhan"]


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.sampled_from(_WORDS), st.text(alphabet="AaBZ.'’s-é", min_size=1, max_size=6)))
def test_one_word_fast_path_agrees_with_the_general_one(word: str) -> None:
    assert _one_word_parts(word) == _token_parts([word])
