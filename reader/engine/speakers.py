"""Who is speaking: people named in an article and who is in focus.

Reporters name a speaker once in full ("Kremlin spokesman Dmitry Peskov") and then
by surname, pronoun or role ("Peskov", "he", "the spokesman"); this module turns
all of those into one canonical name, and keeps anonymous sources as written.
The word lists live in :mod:`reader.engine.speaker_words`, the noun-phrase grammar
in :mod:`reader.engine.phrases`, collecting people and finding a sentence's subject in
:mod:`reader.engine.speaker_subjects`, name unification across articles in
:mod:`reader.engine.unify`; all are re-exported here.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from reader.engine.name_runs import NameRuns
from reader.engine.phrase_after import np_after
from reader.engine.phrase_patterns import HONORIFIC
from reader.engine.phrases import NounPhrase, np_before
from reader.engine.speaker_initials import titled_by_initials
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
    PARTICLES,
    PLURAL,
    PRONOUNS,
    ROLE_CLASSES,
    ROLE_NOUNS,
    anonymous_phrase,
    bare_word,
    fold,
    gender_of_words,
    is_role_word,
    is_title,
    looks_like_name,
    offices_headed,
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


@dataclass(slots=True)
class Person:
    """A person named in the article, with the role words seen next to the name."""

    name: str
    roles: set[str] = field(default_factory=set)
    gender: str = ""
    origins: set[str] = field(default_factory=set)


class Cast:
    """People of one article, and who was last in focus, to resolve surnames, pronouns and roles."""

    _LOOKBACK = 400

    def __init__(self) -> None:
        self.people: dict[str, Person] = {}
        self.by_surname: dict[str, list[str]] = {}
        self.by_first: dict[str, list[str]] = {}
        # people of three names or more under each inner name: "Lula" in "Luiz Inácio Lula da Silva"
        self.by_middle: dict[str, list[str]] = {}
        self.focus: list[tuple[int, str]] = []
        self.anonymous: list[tuple[int, str]] = []
        self.orgs: list[tuple[int, str]] = []
        self.acronyms: dict[str, str] = {}  # initials an organisation was spelt out with ("RSF" -> its name)
        self.runs: NameRuns | None = None  # the capitalised runs of the text people were collected from
        # full_name answers filed by surname: a new person can only change the answers in the buckets
        # of their surname and (through by_first) of their first name
        self._full: dict[str, dict[str, str]] = {}
        self._namesakes: dict[str, frozenset[str]] = {}  # full names sharing a surname, for in_focus_with
        # known() answers: they read who is registered and the full names filed, which only a new person changes
        self._known: dict[str, str | None] = {}

    def add(self, name_tokens: Sequence[str], roles: list[str]) -> str:
        """Register a named person; return their canonical (longest known) name."""
        return self.full_name(self.register(name_tokens, roles))

    def register(self, name_tokens: Sequence[str], roles: list[str]) -> str:
        """Register a named person with the role words seen by the name; return the name as written."""
        name = " ".join(name_tokens)
        key = fold(name)
        person = self.people.get(key)
        if person is None:
            person = self.people[key] = Person(name)
            self._known.clear()
            last = surname(name)
            # :meth:`_forget` written out: about ten new people an article, each dropping two or four answers
            full, namesakes = self._full, self._namesakes
            full.pop(last, None)
            namesakes.pop(last, None)
            if len(name_tokens) >= 2:
                first = surname(name_tokens[0])
                full.pop(first, None)
                namesakes.pop(first, None)
                self.by_first.setdefault(fold(name_tokens[0]), []).append(key)
            for inner in name_tokens[1:-1] if len(name_tokens) >= 3 else ():
                if inner[:1].isupper() and len(inner) > 2 and not inner.endswith("."):
                    word = surname(inner)
                    full.pop(word, None)
                    namesakes.pop(word, None)
                    self.by_middle.setdefault(word, []).append(key)
            self.by_surname.setdefault(last, []).append(key)
        if roles:
            classes = {role_class(r, roles) for r in roles
                       if bare_word(r) in ROLE_NOUNS or bare_word(r) in ROLE_CLASSES}
            person.roles.update(classes)
            person.roles.update(offices_headed(classes, roles))
            person.origins.update(bare_word(r) for r in roles if bare_word(r) in DEMONYMS)
            person.gender = person.gender or gender_of_words(roles)
        return name

    def _forget(self, key: str) -> None:
        """Drop the answers filed under a surname that a new person may change.

        A bucket's namesakes are read from its people's full names, all filed in that surname's
        ``_full`` bucket: they can change only when that bucket is dropped, so both go together.
        """
        self._full.pop(key, None)
        self._namesakes.pop(key, None)

    def gender_of(self, name: str) -> str:
        """"m", "f" or "" from gendered titles seen with any of the person's names."""
        full = self.full_name(name)
        found = {self.people[k].gender for k in self.by_surname.get(surname(name), [])[:50]
                 if self.full_name(self.people[k].name) == full} - {""}
        return found.pop() if len(found) == 1 else ""

    def _learn_gender(self, name: str, gender: str) -> None:
        """A "he" or "she" that stands for a person tells their gender for the pronouns that follow.

        With two people of unknown gender in focus ("Lopez ... Roe ... he said ... she added"),
        the second pronoun then skips the person the first one named.
        """
        if gender not in ("m", "f") or self.gender_of(name):
            return
        person = self.people.get(fold(self.full_name(name)))
        if person is not None:
            person.gender = gender

    def full_name(self, name: str) -> str:
        """The longest registered name that ends with the same surname (Peskov -> Dmitry Peskov)."""
        key = surname(name)
        bucket = self._full.get(key)
        if bucket is None:
            bucket = self._full[key] = {}
        best = bucket.get(name)
        if best is None:
            best = bucket[name] = self._longest_name(name)
        return best

    def _longest_name(self, name: str) -> str:
        """Uncached :meth:`full_name`: reads only the people filed under the name's surname or first name."""
        parts = name.split()
        if not parts:
            return name
        best = name
        bare = len(parts) == 1 or fold(parts[0]) in PARTICLES or (parts[0].isupper() and 2 <= len(parts[0]) <= 4)
        for key in self.by_surname.get(surname(name), [])[:50]:
            pname = self.people[key].name
            pparts = pname.split()
            same_initial = bare or fold(pparts[0])[:1] == fold(parts[0])[:1]
            if pname != name and len(pparts) > (1 if bare and best == name else len(best.split())) and same_initial:
                best = pname
        if best == name and len(parts) == 1:
            firsts = {self.people[k].name for k in self.by_first.get(fold(name), [])[:50]}
            longest = max(firsts, key=len, default="")
            # one person, however many of their names' shorter forms were seen ("Mohammed bin Rashid" and
            # "Mohammed bin Rashid Al Maktoum"): the longest, when every other is the start of it
            if firsts and all(longest.split()[: len(n.split())] == n.split() for n in firsts):
                best = longest
            elif not firsts and len(self.by_surname.get(surname(name), ())) <= 1:
                inner = {self.people[k].name for k in self.by_middle.get(surname(name), [])[:50]}
                if len(inner) == 1:
                    best = inner.pop()  # the one person who has it as an inner name: "said Lula"
        return best

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

    def known(self, name: Sequence[str]) -> str | None:
        """Canonical name if these tokens name a registered person."""
        if not name:
            return None
        joined = " ".join(name)
        found = self._known.get(joined, _UNSEEN)
        if found is not _UNSEEN:
            return found  # type: ignore[return-value]
        if fold(joined) in self.people:
            found = self.full_name(joined)
        elif surname(joined) not in self.by_surname and fold(joined) not in self.by_first and \
                surname(joined) not in self.by_middle:
            found = None  # the longest name would be the name itself: nobody is filed under it to be longer
        else:
            full = self.full_name(joined)
            found = full if full != joined else None
        self._known[joined] = found
        return found  # type: ignore[return-value]

    def roles_of(self, name: str) -> set[str]:
        """Role classes seen with a person under any of their names."""
        out: set[str] = set()
        full = self.full_name(name)
        for key in self.by_surname.get(surname(name), [])[:50]:
            p = self.people[key]
            if self.full_name(p.name) == full:
                out |= p.roles
        return out

    def attend(self, pos: int, name: str) -> None:
        """Note that a person was in focus (a subject or a speaker) at a position."""
        bisect.insort(self.focus, (pos, self.full_name(name)))

    def last_in_focus(self, pos: int, role: str | None = None, pronoun: str = "") -> str | None:
        """The most recent person in focus before ``pos``, optionally holding a role class or fitting a pronoun."""
        k = bisect.bisect_left(self.focus, (pos, ""))
        clash = {"m": "f", "f": "m"}.get(gender_of_words([pronoun]), "-")
        for _, name in reversed(self.focus[max(0, k - self._LOOKBACK) : k]):
            if (role is None or role in self.roles_of(name)) and self.gender_of(name) != clash:
                return name
        if role is not None:
            for person in reversed(list(self.people.values())[-self._LOOKBACK :]):
                if role in person.roles:
                    return self.full_name(person.name)
        return None

    def _last_from(self, pos: int, origins: set[str]) -> str | None:
        """The most recent person in focus introduced with these demonyms ("the Russian leader")."""
        k = bisect.bisect_left(self.focus, (pos, ""))
        for _, name in reversed(self.focus[max(0, k - self._LOOKBACK) : k]):
            if origins <= self._origins_of(name):
                return self.full_name(name)
        return None

    def _origins_of(self, name: str) -> set[str]:
        """The demonyms seen with a person under any of their names."""
        full = self.full_name(name)
        seen: set[str] = set()
        for key in self.by_surname.get(surname(name), [])[:50]:
            if self.full_name(self.people[key].name) == full:
                seen |= self.people[key].origins
        return seen

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


_UNSEEN = object()
"""What :meth:`Cast.known` finds for a name it has no answer for yet (None is an answer)."""
