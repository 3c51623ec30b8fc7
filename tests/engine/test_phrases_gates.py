"""Pre-checks in the noun-phrase grammar never hide a match of the regexes they guard."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.engine.phrase_patterns import HEAD_OF as _HEAD_OF
from reader.engine.phrase_patterns import ORG_OF as _ORG_OF
from reader.engine.phrases import _ends_with_of

_PIECES = ["of", "for", "from", "the", "The", "spokesman", "Bank", "England", " ", " ", "  ", "\n", "\x1c", "\u2003",
           "x", ",", "’s", "office"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_of_gate_is_necessary(pieces: list[str]) -> None:
    segment = "".join(pieces)
    if not _ends_with_of(segment):
        assert _ORG_OF.search(segment) is None
        assert _HEAD_OF.search(segment) is None


def test_of_gate_passes_the_usual_forms() -> None:
    for segment in ("the governor of ", "a spokesman for the ", "the wife of\n", "a message from  the  "):
        assert _ends_with_of(segment)
    assert not _ends_with_of("the governor of")
    assert not _ends_with_of("said the ")


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["a", "A", "one", "senior", "official", "sources", "the", "spokesman", "x", " ",
                                 " ", ",", "officialdom", "witness", "’s"]), max_size=14),
       st.integers(0, 60), st.integers(0, 60))
def test_source_head_gate_is_necessary(pieces: list[str], a: int, b: int) -> None:
    from reader.engine.speaker_words import ANON, ANY_SOURCE_HEAD

    text = "".join(pieces)
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    if ANY_SOURCE_HEAD.search(text, lo, hi) is None:
        assert ANON.search(text, lo, hi) is None


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(["the", "ministry", "’s", "'s", "statement", "note", "notes", "communiqué", "e-mail",
                                 "(", ")", "D-Calif.", " ", " ", "\n", "x", "s", "post", "postal"]), max_size=14))
def test_end_gates_are_necessary(pieces: list[str]) -> None:
    from reader.engine.phrase_patterns import ASIDE_BEFORE, DOCUMENT_OWNED, DOCUMENT_OWNER

    text = "".join(pieces)
    if not text.rstrip().endswith(")"):
        assert ASIDE_BEFORE.search(text) is None
    if not text.rstrip().endswith(DOCUMENT_OWNED):
        assert DOCUMENT_OWNER.search(text) is None


def _plain_anonymous_tail(text: str, lo: int, hi: int):  # type: ignore[no-untyped-def]
    """:func:`reader.engine.phrase_anonymous.anonymous_tail` without the gate before its bare-plural pattern."""
    from reader.engine.phrases import NounPhrase
    from reader.engine.speaker_words import ANON, ANY_SOURCE_HEAD, BARE_ANON, anonymous_phrase, time_owned

    segment = text[lo:hi]
    cut = max(segment.rfind(","), segment.rfind(";"), segment.rfind(" that "))
    base = lo + cut + 1 if cut >= 0 else lo
    if ANY_SOURCE_HEAD.search(text, base, hi) is not None:
        for m in ANON.finditer(text, base, hi):
            rest = text[m.start() : hi]
            if len(rest.split()) <= 12 and not time_owned(rest):
                return NounPhrase(m.start(), hi, "anonymous", anonymous_phrase(rest) or rest)
    m = BARE_ANON.match(text[base:hi].strip())
    if m and m.end() >= len(text[base:hi].strip()):
        phrase = text[base:hi].strip()
        return NounPhrase(hi - len(phrase), hi, "anonymous", phrase)
    return None


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(["x", "officials", "sources", "Two", "local", "residents", "the", " ", "  ", "\n",
                                 ",", ";", " that ", "_", "é", "9", "-", "’s", "witnesses"]), max_size=12),
       st.integers(0, 60), st.integers(0, 60))
def test_bare_plural_gate_changes_no_answer(pieces: list[str], a: int, b: int) -> None:
    from reader.engine.phrase_anonymous import anonymous_tail

    text = "".join(pieces)
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    assert anonymous_tail(text, lo, hi) == _plain_anonymous_tail(text, lo, hi)
