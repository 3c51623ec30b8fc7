"""Fast paths of collecting people and finding subjects must agree with the plain rules they shortcut."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.engine.speaker_subjects import (
    _AGE,
    _APPOS,
    _KIN,
    _ROLE_BEFORE_COMMA,
    _ROLE_OR_TITLE,
    _kin_before,
    _roles_around,
)
from reader.engine.speaker_words import DEMONYMS, ROLE_NOUNS, bare_word

_PIECES = ["son", "son,", "her", "mother", "grandson,", "15-year-old", "100-year-old", "year-old", "-year-old",
           " ", "  ", "\n", ",", "Ann", "the", "wife,", "x"]


def _plain_kin(head: str) -> str:
    before = head.split()[-2:]
    if before and _AGE.fullmatch(before[-1]):
        before.pop()
    if before and before[-1].rstrip(",") in _KIN:
        return before[-1].rstrip(",")
    return ""


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12), st.integers(0, 40))
def test_kin_before_agrees_with_splitting_the_window(pieces: list[str], cut: int) -> None:
    head = "".join(pieces)[cut:][-32:]
    assert _kin_before(head) == _plain_kin(head)


def _plain_roles_around(text: str, start: int, end: int, titles: tuple[str, ...]) -> list[str]:
    """The rule as first written: every step on every call."""
    roles = list(titles)
    words = text[max(0, start - 80) : start].rsplit(None, 4)[-4:]
    if words and words[-1][-1:] == "," and words[-1][:1].isupper() and bare_word(words[-1][:-1]) in _ROLE_OR_TITLE:
        words[-1] = words[-1][:-1]  # a capitalised title set off by a comma titles the name after it
    for w in reversed(words):
        role_or_title = bare_word(w) in _ROLE_OR_TITLE
        if not (role_or_title or w[:1].isupper()) or w[-1:] in ",.;:":
            break
        if role_or_title:
            roles.append(w)
    head = text[max(0, start - 80) : start]
    last = head.split()[-1:]
    if last and last[0].endswith(",") and not (last[0][:1].isupper() and bare_word(last[0][:-1]) in _ROLE_OR_TITLE):
        before = _ROLE_BEFORE_COMMA.search(head)
        if before is not None and bare_word(before.group(1)) in ROLE_NOUNS:
            roles.append(before.group(1))
    app = _APPOS.match(text, end) if text.startswith(",", end) else None
    if app:
        roles += [w for w in app.group(1).split()[:10] if bare_word(w) in ROLE_NOUNS or bare_word(w) in DEMONYMS]
    return roles + ([_plain_kin(text[max(0, start - 32) : start])] if _plain_kin(text[max(0, start - 32) : start])
                    else [])


_AROUND = ["her", "son,", "Foreign", "Minister", "Minister,", "minister,", "Ann,", "mother", "the", "Mr", "Ann",
           "15-year-old", "grandson,", "said",
           "British", "spokesman", "x.", "Sen.", "a", "President", " ", " ", "\n", ", ", ", the Russian envoy,",
           "stepdaughter", "wife"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_AROUND), max_size=25), st.lists(st.sampled_from(_AROUND), max_size=8),
       st.sampled_from([(), ("Dr",), ("Prime", "Minister")]))
def test_roles_around_agrees_with_the_plain_rule(before: list[str], after: list[str], titles: tuple[str, ...]) -> None:
    head = " ".join(before)
    text = head + " Roe" + "".join(after)
    start = len(head) + 1
    assert _roles_around(text, start, start + 3, titles) == _plain_roles_around(text, start, start + 3, titles)


_OPENINGS = ["He", "She", "The", "They", "It", "I", "In", "After", "Before", "Although", "However", "But", ",",
             " ", "\n", "\u2003", "spokesman", "minister", "Label", ":", "x", "Ann", "said", "When", "Yet", "the"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_OPENINGS), max_size=16), st.integers(0, 5))
def test_sentence_opening_gates_never_hide_a_match(pieces: list[str], lo: int) -> None:
    from reader.engine.speaker_leads import SUBJECT_LEAD as _SUBJECT_LEAD
    from reader.engine.speaker_subjects import (
        _LEAD_OPENINGS,
        _OTHER_OPENINGS,
        _OTHER_SUBJECT,
        _SUBORDINATE_LEAD,
        _SUBORDINATORS,
    )

    text = " ".join(pieces) if lo % 2 else "".join(pieces)
    lo = min(lo, len(text))
    spaced = text[lo : lo + 1].isspace()
    if not (spaced or text.startswith(_OTHER_OPENINGS, lo)):
        assert _OTHER_SUBJECT.match(text, lo) is None
    if not (spaced or text.startswith(_LEAD_OPENINGS, lo)):
        assert _SUBJECT_LEAD.match(text, lo) is None
    if not (spaced or text.startswith(_SUBORDINATORS, lo) or ":" in text[lo : lo + 32]):
        assert _SUBORDINATE_LEAD.match(text, lo) is None


_TITLED = _AROUND + ["father", "father,", "grandfather", "Father", "president", ", the president", "Rev."]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_TITLED), max_size=25), st.lists(st.sampled_from(_TITLED), max_size=8),
       st.sampled_from([(), ("Dr",), ("Prime", "Minister")]), st.booleans())
def test_title_gate_never_hides_a_title(before: list[str], after: list[str], titles: tuple[str, ...],
                                        spaced: bool) -> None:
    from reader.engine.speaker_subjects import _may_hold_title
    from reader.engine.speaker_words import PERSON_TITLES

    head = (" " if spaced else "").join(before)
    text = head + " Roe" + "".join(after)
    start = len(head) + 1
    if not _may_hold_title(text, start, start + 3, titles):
        assert not any(bare_word(t) in PERSON_TITLES for t in _roles_around(text, start, start + 3, titles))


def test_title_gate_passes_a_priest_named_after_a_comma() -> None:
    from reader.engine.speaker_subjects import _may_hold_title

    for text in ("her father, Roe said", "the Rev Roe said", "aged 80, a 15-year-old Roe", "Roe, the president,"):
        start = text.index("Roe")
        assert _may_hold_title(text, start, start + 3, ())


def _plain_anonymous_phrase(np: str) -> str | None:
    """:func:`anonymous_phrase` without its head-word gate."""
    from reader.engine.speaker_words import _RECIPIENT, ANON, BARE_ANON, _inner_source, time_owned

    np = np.strip(" ,")
    if time_owned(np):
        return None
    np = _RECIPIENT.sub("", _inner_source(np))
    m = ANON.match(np) or BARE_ANON.match(np)
    if m is None:
        return None
    if np[:1].isupper() and np.split()[0].lower() in {"a", "an", "one", "two", "three", "several", "some",
                                                      "another", "other", "many", "senior", "multiple"}:
        np = np[:1].lower() + np[1:]
    return np


_PHRASE = ["a", "A", "an", "one", "senior", "official", "officials", "source", "sources", "witnesses", "the",
           "The", "Kremlin", "to", "Politico", "week's", "spokesman", "people", "Ann", " ", " ", ",", "\n",
           "officialdom", "neighbours", "advisors", "x"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_PHRASE), max_size=12), st.booleans())
def test_anonymous_phrase_gate_never_hides_a_source(pieces: list[str], spaced: bool) -> None:
    from reader.engine.speaker_words import anonymous_phrase

    np = (" " if spaced else "").join(pieces)
    assert anonymous_phrase(np) == _plain_anonymous_phrase(np)


def test_known_answers_follow_new_people() -> None:
    from reader.engine.speakers import Cast

    cast = Cast()
    assert cast.known(["Roe"]) is None
    cast.register(["Ann", "Roe"], [])
    assert cast.known(["Roe"]) == "Ann Roe" and cast.known(["Ann"]) == "Ann Roe"
    cast.register(["Tom", "Lee"], [])
    assert cast.known(["Roe"]) == "Ann Roe" and cast.known(["Lee"]) == "Tom Lee"
    fresh = Cast()
    for name in (["Ann", "Roe"], ["Tom", "Lee"]):
        fresh.register(name, [])
    assert [cast.known(n) for n in (["Roe"], ["Lee"], ["Ann"], ["Zed"])] == \
        [fresh.known(n) for n in (["Roe"], ["Lee"], ["Ann"], ["Zed"])]
