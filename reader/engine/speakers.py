"""Who is speaking: people named in an article and who is in focus.

Reporters name a speaker once in full ("Kremlin spokesman Dmitry Peskov") and then
by surname, pronoun or role ("Peskov", "he", "the spokesman"); this module turns
all of those into one canonical name, and keeps anonymous sources as written.
The registry of names lives in :mod:`reader.engine.speaker_people`, the word lists in
:mod:`reader.engine.speaker_words`, the noun-phrase grammar in :mod:`reader.engine.phrases`,
collecting people and finding a sentence's subject in :mod:`reader.engine.speaker_subjects`, name
unification across articles in :mod:`reader.engine.unify`; all are re-exported here.
"""

from __future__ import annotations

import bisect
import re

from reader.engine.name_runs import NameRuns, run_parts
from reader.engine.phrase_after import np_after
from reader.engine.phrase_patterns import HONORIFIC
from reader.engine.phrases import NounPhrase, np_before
from reader.engine.speaker_initials import titled_by_initials
from reader.engine.speaker_people import People, Person
from reader.engine.speaker_roles import (
    AGE_HEAD,
    ANON_OPENING,
    BODY_NOUNS,
    CLAUSE_OPENERS,
    FORMER,
    GENERIC_BODIES,
    OFFICES,
    OWNER_SAID,
    POLITICAL_OFFICES,
    body_pattern,
    may_be_focus,
    speaks_for_another,
)
from reader.engine.speaker_subjects import collect_people, sentence_subject
from reader.engine.speaker_words import (
    ANON_HEADS,
    COURTESY,
    DEMONYMS,
    PLURAL,
    PRONOUNS,
    anonymous_phrase,
    bare_word,
    fold,
    future_office,
    gender_of_words,
    is_role_word,
    is_title,
    looks_like_name,
    role_class,
    split_titles,
    surname,
)
from reader.engine.unify import unify_speakers

__all__ = [
    "ANON_HEADS",
    "PRONOUNS",
    "Cast",
    "NounPhrase",
    "Person",
    "anonymous_phrase",
    "collect_people",
    "fold",
    "is_role_word",
    "is_title",
    "looks_like_name",
    "np_after",
    "np_before",
    "role_class",
    "sentence_subject",
    "split_titles",
    "unify_speakers",
]


def _clashing_gender(pronoun: str) -> str:
    """The gender a person must not have to be the pronoun's ("f" for "he"); "-" when any fits."""
    return {"m": "f", "f": "m"}.get(gender_of_words([pronoun]), "-")


_SINGLE = ("a ", "an ", "one ", "A ", "An ", "One ")
"""How an unnamed source that a "he" or "she" may stand for opens: one person, told of for the first time."""


class Cast(People):
    """People of one article, and who was last in focus, to resolve surnames, pronouns and roles."""

    _LOOKBACK = 400

    def __init__(self) -> None:
        super().__init__()
        self.focus: list[tuple[int, str]] = []
        self.anonymous: list[tuple[int, str]] = []
        self.orgs: list[tuple[int, str]] = []
        self.acronyms: dict[str, str] = {}  # initials an organisation was spelt out with ("RSF" -> its name)
        self.runs: NameRuns | None = None  # the capitalised runs of the text people were collected from

    def in_focus_with(self, name: str, pos: int) -> str:
        """Canonical name for a lone surname at ``pos``: of the people sharing it, the one last in focus.

        Relatives share a surname ("Byron Thomas ... his mother, Carla Thomas ... Thomas says"); the
        longest name alone would pick the first one registered, whoever the paragraph is about.
        """
        full = self.full_name(name)
        if " " in name:
            return full
        key = surname(name)
        names = self._namesakes.get(key)
        if names is None:
            names = self._namesakes[key] = frozenset(
                n for n in (self.full_name(self.people[k].name) for k in self.by_surname.get(key, [])[:50]) if " " in n)
        if len(names) < 2:
            return full
        k = bisect.bisect_left(self.focus, (pos, ""))
        return next((n for _, n in reversed(self.focus[max(0, k - self._LOOKBACK) : k]) if n in names), full)

    def named_in(self, lo: int, pos: int, pronoun: str) -> str | None:
        """The last person named between ``lo`` and ``pos`` who fits the pronoun: for a "he" whose sentence opens
        on someone else ("Protesters urge Premier Kell to meet them, but he calls them ..."), the person named
        in it, though only as an object, is the one meant, when nobody in focus before fits."""
        if self.runs is None:
            return None
        clash = _clashing_gender(pronoun)
        for _, _, run in reversed(self.runs.between(lo, pos)):
            name = run_parts(run)[1]
            who = self.known(name) if name else None
            if who is not None and self.gender_of(who) != clash:
                return self.full_name(who)
        return None

    def attend(self, pos: int, name: str) -> None:
        """Note that a person was in focus (a subject or a speaker) at a position."""
        bisect.insort(self.focus, (pos, self.full_name(name)))

    def last_in_focus(self, pos: int, role: str | None = None, pronoun: str = "") -> str | None:
        """The most recent person in focus before ``pos``, optionally holding a role class or fitting a pronoun."""
        k = bisect.bisect_left(self.focus, (pos, ""))
        clash = _clashing_gender(pronoun)
        for _, name in reversed(self.focus[max(0, k - self._LOOKBACK) : k]):
            if (role is None or role in self.roles_of(name)) and self.gender_of(name) != clash:
                return name
        if role is not None:
            for person in reversed(list(self.people.values())[-self._LOOKBACK :]):
                if role in person.roles:
                    return self.full_name(person.name)
        return None

    _UNNAMED_REACH = 1000
    """Characters an unnamed source stays the one a "she" stands for: about two paragraphs."""

    def _unnamed_since(self, pos: int, pronoun: str) -> str | None:
        """The unnamed source ("a spokeswoman for Kell Health said ...") a "he"/"she" at ``pos`` stands for, when
        nobody named who fits the pronoun has been in focus since it spoke; else None.

        Without it the pronoun went to whoever was named before the source, however long ago: often a body's
        name read as a person's.
        """
        if not self.anonymous:
            return None
        clash = _clashing_gender(pronoun)
        for p, phrase in reversed(self.anonymous[-20:]):
            if p >= pos:
                continue
            if pos - p > self._UNNAMED_REACH or not phrase.startswith(_SINGLE) or PLURAL.search(phrase) is not None:
                return None
            if gender_of_words(phrase.split()) == clash:
                return None
            k = bisect.bisect_left(self.focus, (pos, ""))
            for q, name in reversed(self.focus[max(0, k - self._LOOKBACK) : k]):
                if q <= p:
                    break
                if self.gender_of(name) != clash:
                    return None  # a person named since, who fits: the pronoun is theirs
            return phrase
        return None

    def _in_focus_without(self, pos: int, role: str) -> str | None:
        """The most recent person in focus before ``pos`` who does not hold ``role`` (its holder now is not who
        is to hold it), among the last few in focus."""
        k = bisect.bisect_left(self.focus, (pos, ""))
        for _, name in reversed(self.focus[max(0, k - 20) : k]):
            if role not in self.roles_of(name):
                return name
        return None

    def _last_from(self, pos: int, origins: set[str]) -> str | None:
        """The most recent person in focus introduced with these demonyms ("the Russian leader")."""
        k = bisect.bisect_left(self.focus, (pos, ""))
        for _, name in reversed(self.focus[max(0, k - self._LOOKBACK) : k]):
            if origins <= self._origins_of(name):
                return self.full_name(name)
        return None

    def note_opening_source(self, text: str, lo: int, hi: int) -> None:
        """An anonymous source opening a sentence with no cue ("A spokesperson for the ministry rejected ...")
        is whom a later "the spokesperson said" stands for, so it is kept as first written."""
        head = text[lo : min(hi, lo + 200)]
        if "A " not in head and "An " not in head and "One " not in head:
            return  # the common case, told without running the regex
        m = ANON_OPENING.match(text, lo, min(hi, lo + 200))
        if m is not None:
            phrase = anonymous_phrase(m.group(1))
            if phrase is not None:
                self.anonymous.append((m.start(1), phrase))

    def _named_body(self, np: NounPhrase) -> str | None:
        """The institution a generic "the bank" / "the company" stands for, as the article first named it.

        Reporters name a body once ("Chile's central bank held its rate ...") and then call it by its kind
        ("... , the bank said"); the nearest earlier naming with the same head noun is the speaker.
        """
        words = np.text.split()
        head = bare_word(words[-1]) if words else ""
        if head not in BODY_NOUNS or len(words) > 3 or any(w[:1].isupper() for w in words[1:]) or \
                self.runs is None or bare_word(words[0]) in {"a", "an"}:
            return None
        text = self.runs.text
        lo = max(0, np.start - 2500)
        best: re.Match[str] | None = None
        for m in body_pattern(head).finditer(text, lo, np.start):
            best = m
        return (best.group(1) or best.group(2)) if best is not None else None

    def cite_document(self, pos: int) -> None:
        """A document was quoted at ``pos`` ("said the statement"): a later "it" stands for it, not an org."""
        self.orgs.append((pos, ""))

    def _anonymous_with(self, head: str, pos: int) -> tuple[int, str] | None:
        """An earlier anonymous source with the same head noun ("the official" after "a senior official"),
        with its position."""
        if not self.anonymous:
            return None
        pattern = re.compile(r"\b" + re.escape(head) + r"s?\b")
        for p, phrase in reversed(self.anonymous[-50:]):
            if p < pos and head in phrase and pattern.search(phrase):
                return p, phrase
        return None

    def _with_modifiers(self, np: NounPhrase, role: str) -> str | None:
        """Of the people in focus holding ``role``, the one whose title had the phrase's capitalised words.

        "Harbour Regional Minister, Ann Roe ... Lands Minister Tom Lee ... the Regional Minister said":
        the last minister in focus is Lee, but only Roe was called "Regional".
        """
        words = np.text.split()
        mods = [w for w in words[1:-1] if w[:1].isupper() and w.isalpha()]
        if not mods or self.runs is None:
            return None
        text = self.runs.text
        k = bisect.bisect_left(self.focus, (np.start, ""))
        seen: set[str] = set()
        for _, name in reversed(self.focus[max(0, k - self._LOOKBACK) : k]):
            if name in seen or role not in self.roles_of(name):
                continue
            seen.add(name)
            last = re.escape(name.split()[-1])
            titled = re.compile(r"\b" + r"\s+".join(map(re.escape, mods)) + r"\b[^.;\n]{0,60}?\b" + last + r"\b")
            if titled.search(text, max(0, np.start - 5000), np.start):
                return name
        return None

    def _named_since(self, anonymous: tuple[int, str], pos: int, role: str) -> str | None:
        """A person holding ``role`` in focus between an anonymous mention and ``pos``, or None.

        "... until a judge told him to stop. U.S. District Judge Ann Roe was not amused. 'No,' the judge
        said.": the role named since the indefinite mention is whom "the judge" now stands for.
        """
        k = bisect.bisect_left(self.focus, (pos, ""))
        for p, name in reversed(self.focus[max(0, k - self._LOOKBACK) : k]):
            if p <= anonymous[0]:
                return None
            if role in self.roles_of(name):
                return name
        return None

    def resolve(self, np: NounPhrase) -> str | None:
        """Canonical speaker for a phrase at its position: a name, a pronoun's antecedent, a role holder."""
        if np.kind == "name":
            if len(np.name) == 1 and PLURAL.fullmatch(bare_word(np.name[0])):
                # "Investigators said": a group, not a person named so; "they" may stand for it later
                np.kind = "anonymous"
                self.anonymous.append((np.start, np.text))
                return np.text
            return self.in_focus_with(self.register(np.name, np.roles), np.start)
        if np.kind == "pronoun":
            if bare_word(np.text) == "they":
                plural = (ph for p, ph in reversed(self.anonymous[-20:]) if p < np.start and PLURAL.search(ph))
                return next(plural, None)
            if bare_word(np.text) == "it":
                org = next(((p, t) for p, t in reversed(self.orgs[-20:]) if p < np.start), None)
                return org[1] or None if org is not None and np.start - org[0] < 1500 else None
            pronoun = np.text
            if HONORIFIC.fullmatch(pronoun):
                pronoun = "she" if pronoun[:3].lower() == "her" else "he"
            if bare_word(pronoun) not in PRONOUNS:
                return None
            found = self.last_in_focus(np.start, pronoun=pronoun)
            source = self._unnamed_since(np.start, pronoun)
            if source is not None:
                return source
            if found is not None:
                self._learn_gender(found, gender_of_words([pronoun]))
            return found
        if np.kind == "anonymous":
            self.anonymous.append((np.start, np.text))
            return np.text
        if np.kind in ("role", "org"):
            body = self._named_body(np)
            if body is not None:
                return body
        if np.kind == "role":
            if bare_word(np.text.split()[0]) in {"a", "an"}:
                # "a senior manager said": an indefinite phrase brings in someone new, never the person in focus;
                # "the manager" later stands for them
                phrase = np.text[:1].lower() + np.text[1:]
                self.anonymous.append((np.start, phrase))
                return phrase
            if any(future_office(w) for w in np.text.split()):
                # "the future president", "the president-elect": who is to hold the office, never who holds it
                now = role_class(bare_word(np.text.split()[-1]).rsplit("-", 1)[0], np.text.split())
                return self.last_in_focus(np.start, "elect") or self._in_focus_without(np.start, now) or \
                    np.text[:1].lower() + np.text[1:]
            head = np.roles[0] if np.roles else np.text.split()[-1]
            role = role_class(head, np.text.split())
            earlier = self._anonymous_with(bare_word(head), np.start)
            if earlier is not None:
                return self._named_since(earlier, np.start, role) or earlier[1]
            found = self.last_in_focus(np.start, role)
            if found is not None and np.text[:1] in "Tt":
                found = self._with_modifiers(np, role) or found
            if found is None and bare_word(head) == "secretary":  # a press secretary first named as "secretary"
                found = self.last_in_focus(np.start, role_class(head))
            origins = {bare_word(w) for w in np.text.split() if bare_word(w) in DEMONYMS}
            if found is not None and origins and not origins <= self._origins_of(found) and self._origins_of(found):
                found = None  # "the Saudi minister" is not the Russian minister in focus
            if found is None and origins:
                found = self._last_from(np.start, origins)
            if found is None and origins:
                near = self.last_in_focus(np.start)
                if near is not None and not self._origins_of(near) and not self.roles_of(near) - COURTESY - {role}:
                    found = near  # the person in focus, of no nationality given and no other job
            if found is None and not origins and not speaks_for_another(head, np.text) and may_be_focus(head):
                found = self.last_in_focus(np.start)
                jobs = self.roles_of(found) - COURTESY if found else set()
                if jobs and not FORMER.search(np.text) and not (bare_word(head) == "official" and jobs & OFFICES) \
                        and not (bare_word(head) == "politician" and jobs & POLITICAL_OFFICES):
                    found = None  # "the former Dunmore manager": an earlier job, so it need not be the one named
            if found is None and AGE_HEAD.search(np.text):
                found = self.last_in_focus(np.start)
            if found is None and bare_word(np.text.split()[0]) in {"the", "a", "an"}:
                return np.text[:1].lower() + np.text[1:]
            return found or np.text
        if np.kind == "org":
            words = np.text.split()
            if len(words) >= 2 and (bare_word(words[0]) in CLAUSE_OPENERS or is_title(words[0])):
                # "Although Singh asked ...": the word opening the clause is no part of the speaker's name;
                # "Mayor Bell continued": a title before a person's surname that is also a company's name
                who = self.known(words[1:])
                if who is not None:
                    return who
            if 2 <= len(np.text) <= 6 and np.text.isalpha() and np.text.isupper() and self.runs is not None and \
                    self.runs.text[np.start : np.end].lower().startswith("the "):
                who = titled_by_initials(self, np.text, np.start)
                if who is not None:
                    return who
            name = self.acronyms.get(np.text, np.text)
            if name in GENERIC_BODIES:
                name = name.lower()  # "Police say ..." opening a sentence is the same source as "police said"
            self.orgs.append((np.start, name))
            return name
        return np.text

    def owner_speaking(self, text: str, lo: int, pos: int) -> str | None:
        """The person whose office speaks before a pronoun ("Roe's office said he told ..." -> Roe), or None.

        The pronoun stands for the owner, not for whoever was last in focus (often the person "he told").
        """
        m = OWNER_SAID.search(text, max(lo, pos - 120), pos)
        if m is None:
            return None
        name = m.group(1)
        return self.full_name(name) if surname(name) in self.by_surname else None
