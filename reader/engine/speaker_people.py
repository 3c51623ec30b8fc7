"""The people an article names, filed by surname, first and inner names: who a short name stands for.

Split from :mod:`reader.engine.speakers`, whose :class:`~reader.engine.speakers.Cast` adds who is in
focus and resolves pronouns and roles on top of this registry; here only names and what was seen with
them (roles, nationality, gender) are kept, and the answers to "whose full name is this" are cached.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reader.engine.speaker_roles import offices_headed
from reader.engine.speaker_words import (
    DEMONYMS,
    PARTICLES,
    ROLE_CLASSES,
    ROLE_NOUNS,
    bare_word,
    fold,
    future_office,
    gender_of_words,
    role_class,
    surname,
)

__all__ = ["People", "Person"]


@dataclass(slots=True)
class Person:
    """A person named in the article, with the role words seen next to the name."""

    name: str
    roles: set[str] = field(default_factory=set)
    gender: str = ""
    origins: set[str] = field(default_factory=set)


class People:
    """The people of one article by name, and the roles, nationalities and gender seen with each."""

    def __init__(self) -> None:
        self.people: dict[str, Person] = {}
        self.by_surname: dict[str, list[str]] = {}
        self.by_first: dict[str, list[str]] = {}
        # people of three names or more under each inner name: "Lula" in "Luiz Inácio Lula da Silva"
        self.by_middle: dict[str, list[str]] = {}
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
            if any(future_office(r) for r in roles):
                # "Ana Roe, the president-elect": an office to be held ("elect"), which "the future president"
                # means; not the office now held, which "the president" means
                roles = [*(r for r in roles if not future_office(r) and bare_word(r) not in ROLE_NOUNS), "elect"]
            classes = {role_class(r, roles) for r in roles
                       if bare_word(r) in ROLE_NOUNS or bare_word(r) in ROLE_CLASSES or r == "elect"}
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

    def _origins_of(self, name: str) -> set[str]:
        """The demonyms seen with a person under any of their names."""
        full = self.full_name(name)
        seen: set[str] = set()
        for key in self.by_surname.get(surname(name), [])[:50]:
            if self.full_name(self.people[key].name) == full:
                seen |= self.people[key].origins
        return seen


_UNSEEN = object()
"""What :meth:`People.known` finds for a name it has no answer for yet (None is an answer)."""
