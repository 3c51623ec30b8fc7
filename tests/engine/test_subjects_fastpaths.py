"""Collecting people and finding a sentence's subject agree with the rules as first written.

The fast versions skip re-registering a name met before with no roles, test a new person's conditions
cheapest first, gate the adverbial pattern on its comma and answer "nobody" for a name nobody is filed
under; on invented articles every answer and the whole cast must come out the same.
"""

from __future__ import annotations

import random
import re

from reader.engine import speaker_subjects as ss
from reader.engine.name_runs import NameRuns, acronyms, run_parts
from reader.engine.quote_ranges import Inside
from reader.engine.speaker_leads import SUBJECT_LEAD
from reader.engine.speaker_words import PERSON_TITLES, bare_word, fold, looks_like_name, surname
from reader.engine.speakers import Cast

_STYLE_WORDS = ("Prince", "Duke", "Archduke", "Duchess", "Earl", "Countess", "Marquess", "Marchioness", "Archbishop")


def _plain_collect(text: str, cast: Cast) -> None:
    cast.runs = runs = NameRuns(text)
    cast.acronyms = acronyms(text)
    styled = {m.start(2): m for m in ss._STYLED.finditer(text)} if " of " in text and any(
        w in text for w in _STYLE_WORDS) else {}
    for start, end, run in runs.runs:
        if start in styled:
            m = styled[start]
            if m.end(2) == end:
                cast.register([m.group(1), "of", *m.group(2).split()], [m.group(1)])
            continue
        titles, name = run_parts(run)
        if not name:
            continue
        name = ss._without_opening_cue(text, start, name)
        if len(name) >= 2 or surname(name[0]) in cast.by_surname:
            if not looks_like_name(name):
                continue
            roles = ss._roles_around(text, start, end, titles)
        else:
            if not ss._may_hold_title(text, start, end, titles):
                continue
            roles = ss._roles_around(text, start, end, titles)
            if not roles or not any(bare_word(t) in PERSON_TITLES for t in roles) or not looks_like_name(name):
                continue
        cast.register(name, roles)


def _plain_known(cast: Cast, name: tuple[str, ...]) -> str | None:
    if not name:
        return None
    joined = " ".join(name)
    if fold(joined) in cast.people:
        return cast.full_name(joined)
    full = cast.full_name(joined)
    return full if full != joined else None


def _plain_opens(text: str, lo: int, pos: int) -> bool:
    head = text[lo:pos]
    return not head.strip() or bool(ss._ADVERBIAL_HEAD.fullmatch(head))


_NO_QUOTES = Inside([])  # the generated texts hold no quotation marks


def _plain_runs_subject(text: str, lo: int, hi: int, cast: Cast) -> tuple[int, str, int] | None:
    """The run loop of :func:`sentence_subject` as first written (no leading pronoun, role or clause)."""
    for start, end, run in NameRuns(text).between(lo, hi):
        verb = ss._CLAUSE_VERB.search(text, lo, start)
        if verb is not None and (text[verb.end() : start].strip() or verb.group() in ss._OBJECT_VERBS):
            return None
        if ss._POSSESSIVE_AFTER.match(text, end, end + 2) or run.endswith(("’s", "'s")):
            if _plain_opens(text, lo, start):
                return None
            continue
        name = run_parts(run)[1]
        if not name:
            continue
        name = ss._without_opening_cue(text, start, name)
        who = _plain_known(cast, name)
        if who is not None and ss._modifier(text, end):
            continue
        if who is not None and len(name) == 1:
            who = cast.in_focus_with(name[0], start)
        if who is None and _plain_opens(text, lo, start) and looks_like_name(name) and \
                ss._VERBISH.match(text, end) and not run.startswith(("The ", "A ", "An ")) and \
                not ss._modifier(text, end) and ss._may_introduce(text, lo, start, name):
            who = cast.add(name, [])
        if who is None:
            continue
        joined = " ".join(name)
        start = end - len(joined) if text[end - len(joined) : end] == joined else start
        return start, who, end
    return None


_PIECES = ["Ann Roe", "Roe", "Ann", "Tom Lee", "Lee", "Mr Lee", "President Ann Roe", "Said Tom Lee", "Says",
           "the spokesman", "Foreign Minister", "her son,", "father", "15-year-old", "Dr", "Roe's", "Lee’s",
           "Arsenal manager", "Prince of Wales", "the Duke of Sussex", "Widespread", "Observing", "Leaders",
           "In Brussels,", "After the talks,", "The", "A", "Monday", "said", "told reporters", "was", "is",
           "announced", "who", "a", "the", "coach", ",", ".", ":", ";", " ", " ", " ", "\n\n", "  ", "Lopez",
           "Maria Lopez", "al-Burhan", "Ahmed al-Burhan", "Smith", "advisers", "officials", "Quinfro", "Zed",
           "Kravor Dain", "Morkraen", "has", "walked", "then", "34", "Quickly"]


def _article(rng: random.Random) -> str:
    words = [rng.choice(_PIECES) for _ in range(rng.randint(1, 60))]
    return "".join(w if w.isspace() or w in ",.:;" else " " + w for w in words).strip()


def _cast_state(cast: Cast) -> object:
    people = {k: (p.name, sorted(p.roles), p.gender, sorted(p.origins)) for k, p in cast.people.items()}
    return list(people.items()), cast.by_surname, cast.by_first, cast.acronyms, cast.focus


def _both_casts(text: str) -> tuple[Cast, Cast]:
    """The people of ``text`` collected by the fast path and by the plain rule, each in a new cast."""
    fast, plain = Cast(), Cast()
    ss.collect_people(text, fast)
    _plain_collect(text, plain)
    return fast, plain


def test_collecting_people_agrees_with_the_plain_rule() -> None:
    rng = random.Random(11)
    for _ in range(1500):
        text = _article(rng)
        fast, plain = _both_casts(text)
        assert _cast_state(fast) == _cast_state(plain), text


def test_subjects_agree_with_the_plain_rule() -> None:
    rng = random.Random(12)
    for _ in range(800):
        text = _article(rng)
        fast, plain = _both_casts(text)
        bounds = [0] + [m.end() for m in re.finditer(r"[.;:]\s*", text)] + [len(text)]
        for lo, hi in zip(bounds, bounds[1:], strict=False):
            if SUBJECT_LEAD.match(text, lo, min(hi, lo + 100)) or ss._OTHER_SUBJECT.match(text, lo, hi) or \
                    ss._SUBORDINATE_LEAD.match(text, lo, hi) or ss._PARTICIPLE_OPENING.match(text, lo) or \
                    text.startswith("According to", lo):
                continue  # the openings are read the same way by both; the run loop is what differs
            got = ss.sentence_subject(text, lo, hi, fast, _NO_QUOTES)
            assert got == _plain_runs_subject(text, lo, hi, plain), (text, lo, hi)
            if got is not None:
                fast.attend(got[0], got[1])
                plain.attend(got[0], got[1])
        assert _cast_state(fast) == _cast_state(plain)
