"""The one-pass paragraph gate (credits_gate) reads exactly the paragraphs the per-paragraph gate reads."""

from __future__ import annotations

import random

import pytest

from reader.engine import credit_patterns as cp
from reader.engine import credits, credits_gate, outlets

_UPPER, _PLAIN = outlets.loose_names(True, cp.OUTLET_HEAD_WORDS)
_NAMES = sorted(_UPPER) + list(_PLAIN)
_CUES = [
    *cp.SOURCE_PAIR_TAILS, "on", "from", "by", "in", "via", "with", "published", "appeared", "ran", "posted",
    "rights", "article", "story", "text", "report", "version", "according to", "According to", "cited by",
    "Cited", "reported", "eported", *sorted(cp.OUTLET_NOUN_ENDS), "Source:", "SOURCES", "Source(s)", "Via",
    "VIA", "From", "FROM", "Reporting by A; Editing by B", "(Editing by Jo Bo)", "(Reuters) -", "(", ")", ";",
    " by ", "By", "Kyiv", "Daily", "News", "Coastal Wire", "the newspaper", "based on materials from",
    "first published in", "all rights reserved", "original article", "drawn from", "written by", "story by",
    "article  by", "report\nby", "translated\tfrom", "provided\xa0by", "all\n rights", "All Rights",
    "courtesy", "Photo courtesy", "COURTESY", "Photo/KT/Jo Roe", "PHOTO / DN / Ana Roe", "Supplied / Police",
    "supplied/", "Images /",
]
_FILLER = ["the", "a", "said", "minister", "Monday", "x", "Word", "it", "was", "of", "and", "to", "said.", "2024"]
_GLUE = [" ", " ", " ", "  ", "\n", "\n\n", "\n\n\n", "\t", "\xa0", "", ". ", ", ", "-", "/", "’s ", " \n \n"]


def _cut(name: str, rng: random.Random) -> str:
    """A name, or a piece of one: a cut can make or break a match across a paragraph break."""
    roll = rng.random()
    if roll < 0.7 or len(name) < 3:
        return name
    i = rng.randrange(1, len(name))
    return name[:i] if roll < 0.85 else name[i:]


def _text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randrange(1, 24)):
        roll = rng.random()
        if roll < 0.25:  # the few plain lower-case names ("dpa", "n-tv") as often as the rest together
            parts.append(_cut(rng.choice(_NAMES if roll < 0.2 else _PLAIN), rng))
        elif roll < 0.6:
            parts.append(rng.choice(_CUES))
        else:
            parts.append(rng.choice(_FILLER))
        parts.append(rng.choice(_GLUE))
    text = "".join(parts)
    if rng.random() < 0.3:  # case changes make "Based On" and "BASED ON" of "based on"
        text = text.upper() if rng.random() < 0.5 else text.title()
    return text


@pytest.mark.parametrize("seed", range(4))
def test_one_pass_gate_reads_the_paragraphs_the_plain_gate_reads(seed: int) -> None:
    rng = random.Random(seed)
    covered = 0
    for _ in range(4000):
        text = _text(rng)
        fast = credits_gate.gated_paragraphs(text)
        if fast is not None:  # None only for a folding trap ("İ" in a Turkish name) or an overlong paragraph
            covered += 1
            assert fast == credits._gated_plain(text), text
    assert covered > 3600


def test_each_cue_alone_and_in_a_paragraph_of_its_own() -> None:
    """Every outlet name and rule cue, bare and between other paragraphs, is gated as one by one."""
    for piece in [*_NAMES, *_CUES]:
        for text in (piece, f"Intro line.\n\n{piece} Kyiv Daily\n\nEnd.", f"x{piece}y", f"{piece}\n\nThe"):
            fast = credits_gate.gated_paragraphs(text)
            assert fast is None or fast == credits._gated_plain(text), text


def test_texts_it_does_not_cover_are_left_to_the_plain_gate() -> None:
    """A folding trap or an overlong paragraph: None, so find_credits asks paragraph by paragraph."""
    assert credits_gate.gated_paragraphs("Photo: \u0130MAGE by AFP") is None
    assert credits_gate.gated_paragraphs("word " * 5000) is None
    assert credits.find_credits("Photo: \u0130MAGE by AFP", [])


@pytest.mark.parametrize("seed", range(2))
def test_the_gate_hides_no_credit(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading every paragraph finds what reading the gated ones finds: the gate is a necessary condition."""
    rng = random.Random(100 + seed)
    texts = [_text(rng) for _ in range(800)]
    gated = [[(c.name, c.roles, c.evidence) for c in credits.find_credits(t, [])] for t in texts]
    monkeypatch.setattr(credits, "_gated", lambda text: [(b, p) for b, p in credits._paragraphs(text) if p.strip()])
    everything = [[(c.name, c.roles, c.evidence) for c in credits.find_credits(t, [])] for t in texts]
    assert gated == everything


_CITED_PIECES = [
    "according to", "According to", "cited by", "Cited by", "reported by", "Reported by", "eported by", "ccording",
    "told", "interview with", "speaking to", "published by", "first reported by", "the", "a", "an", ",", ", ", ".",
    ";", "Kyiv", "Daily", "Harbour Wire", "of", "de", "for", "United", "visited", "said", "reported", "found",
    "has", "also", "independent", "local", "TV channel", "news agency", "research group", "think-tank",
    *sorted(cp.OUTLET_NOUN_ENDS), "x", "Word",
]


@pytest.mark.parametrize("seed", range(3))
def test_unknown_cited_finds_what_the_gated_pattern_finds(seed: int) -> None:
    """The verb-anchored search for UNKNOWN_CITED's first form gives the whole pattern's matches."""
    rng = random.Random(200 + seed)
    for _ in range(4000):
        para = "".join(rng.choice(_CITED_PIECES) + rng.choice([" ", " ", "  ", "\n", "", ", "])
                       for _ in range(rng.randrange(1, 18)))
        if rng.random() < 0.5:  # the first form's shape, "according to Kyiv Daily, a local newspaper", twice over
            para = para.join(
                f"{rng.choice(_CITED_PIECES[:8])} {rng.choice(['', 'the '])}{rng.choice(['Kyiv Daily', 'Bo', 'x'])}"
                f"{rng.choice([', ', ' ', ','])}{rng.choice(['a ', 'an ', 'the ', ''])}{rng.choice(_CITED_PIECES)} "
                f"{rng.choice(sorted(cp.OUTLET_NOUN_ENDS))}{rng.choice(['', '.', ' Harbour Wire said', 's'])}"
                for _ in range(2)
            )
        want = [(m.span(), m.groupdict()) for m in cp.UNKNOWN_CITED.finditer(para)]
        got = [(m.span(), m.groupdict()) for m in credits_gate.unknown_cited(para)]
        assert got == want, para
        if want:
            assert cp.may_cite_unknown(para)
