"""The canonical outlet registry: names, kinds, domains and aliases of news outlets.

Articles name their sources in many spellings ("Agence France-Presse", "AFP",
"the AP"), so every credit, byline and URL is resolved here to one canonical
name. The registry ships as ``reader/data/outlets.json`` and is loaded lazily.
An alias names one outlet only: a masthead that two outlets print (London's and Sydney's
"The Daily Telegraph") is an entry of its own under that name, so a credit keeps it as written
rather than giving it to the wrong paper; their domains tell the two pages apart. A Sunday
paper ("The Sunday Times") is its own masthead too, and a registry name heading a longer one
("Frankfurter Allgemeine Sonntagszeitung") names that longer paper, as written (:func:`_longer_masthead`).
"""

from __future__ import annotations

import functools
import json
import logging
import re
from dataclasses import dataclass
from importlib import resources
from urllib.parse import urlsplit

from reader.engine.models import Span
from reader.engine.regex_tools import trie_regex
from reader.engine.text import plain_fold

log = logging.getLogger(__name__)

KINDS = ("agency", "paper", "broadcaster", "magazine", "site", "photo", "research")


@dataclass(frozen=True, slots=True)
class Outlet:
    """One registry entry; ``weak_aliases`` only count in strong slots such as datelines."""

    name: str
    kind: str
    domains: tuple[str, ...]
    aliases: tuple[str, ...]
    weak_aliases: tuple[str, ...] = ()
    capital_the: bool = False  # "the Hill" is Capitol Hill: only "The Hill" names the outlet


@dataclass(frozen=True, slots=True)
class Mention:
    """An outlet named in a text: canonical name, the words as written and where."""

    name: str
    written: str
    span: Span


_NON_KEY = re.compile(r"[^\w&+]+")
_LEADING_THE = re.compile(r"^(?:the|THE|The)\s+")


def key(name: str) -> str:
    """Comparison key of a name: accents, case, punctuation and a leading "The" ignored."""
    text = plain_fold(name)
    text = _NON_KEY.sub(" ", text.replace("'", "").replace("’", "")).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


class _Registry:
    """Indexes built once from the JSON data."""

    def __init__(self, outlets: list[Outlet]) -> None:
        self.outlets = outlets
        self.by_name = {o.name: o for o in outlets}
        self.by_key: dict[str, Outlet] = {}
        self.strong_key: set[str] = set()
        self.by_domain: dict[str, Outlet] = {}
        for o in outlets:
            for alias in (o.name, *o.aliases):
                self.by_key.setdefault(key(alias), o)
                self.strong_key.add(key(alias))
            for alias in o.weak_aliases:
                self.by_key.setdefault(key(alias), o)
            for domain in o.domains:
                self.by_domain.setdefault(domain.lower(), o)
        self.last_words = frozenset(k.rsplit(" ", 1)[-1] for k in self.by_key)
        self._patterns: dict[bool, re.Pattern[str]] = {}
        self._scanners: dict[bool, tuple[re.Pattern[str], ...]] = {}
        self._loose: dict[tuple[bool, tuple[str, ...]], tuple[re.Pattern[str], tuple[str, ...]]] = {}

    def _forms(self, weak: bool) -> set[str]:
        groups = ((*o.aliases, *o.weak_aliases) if weak else o.aliases for o in self.outlets)
        lower_the = {"the " + a[4:] for o in self.outlets if o.capital_the for a in o.aliases if a.startswith("The ")}
        return _surface_forms(groups) - lower_the

    def pattern(self, weak: bool) -> re.Pattern[str]:
        """The compiled mention matcher, built on first use (canonical lookups never need it)."""
        if weak not in self._patterns:
            self._patterns[weak] = _compile(self._forms(weak))
        return self._patterns[weak]

    def scanners(self, weak: bool) -> tuple[re.Pattern[str], ...]:
        """The mention matcher split by how a name starts, each part free of a leading look-behind.

        A pattern that starts with a set of literal characters lets the regex engine skip ahead in
        C to the next possible first letter, which makes scanning several times faster; a leading
        look-behind (or a mix of capitals with common lower-case letters) defeats that. So the names
        are split into those starting with a capital or digit, those starting "the ", and the few
        other lower-case ones, and :func:`_scan` checks the look-behind itself. At any position at
        most one part can match, so merging their leftmost matches gives what the single pattern does.
        """
        if weak not in self._scanners:
            forms = self._forms(weak)
            the = {f for f in forms if f.startswith("the ")}
            lower = {f for f in forms - the if f[0].islower()}
            parts = (forms - the - lower, {f[4:] for f in the}, lower)
            prefixes = ("", "the ", "")
            self._scanners[weak] = tuple(
                re.compile("(" + re.escape(pre) + "(?:" + trie_regex(part) + "))" + _AFTER)
                for pre, part in zip(prefixes, parts, strict=True) if part
            )
        return self._scanners[weak]

    def loose(self, weak: bool, also: tuple[str, ...] = ()) -> tuple[re.Pattern[str], tuple[str, ...]]:
        """Any name anywhere, even inside a word, and any of the capitalised words ``also``.

        One pattern holds the names starting with a capital (and the capitalised rest of a "the ..."
        or "iNews"-like name, which any text holding the name holds too); the few names with no capital
        are plain substrings (a handful of ``in`` tests beat a regex whose first letters are the
        commonest in English).
        """
        if (weak, also) not in self._loose:
            upper, plain = self.loose_names(weak, also)
            self._loose[(weak, also)] = (re.compile("(" + trie_regex(set(upper)) + ")"), plain)
        return self._loose[(weak, also)]

    def loose_names(self, weak: bool, also: tuple[str, ...] = ()) -> tuple[frozenset[str], tuple[str, ...]]:
        """What :meth:`loose` looks for: the capitalised names (and ``also``), and the plain substrings."""
        forms = self._forms(weak)
        upper = {f for f in forms if not f[0].islower()} | set(also)
        plain: set[str] = set()
        for f in forms - upper:
            cap = next((i for i, c in enumerate(f) if not c.islower() and c.isalpha()), None)
            (plain if cap is None else upper).add(f if cap is None else f[cap:])
        return frozenset(upper), tuple(sorted(plain))


def _surface_forms(groups: object) -> set[str]:
    """How aliases may be written in running text: as listed, all caps, with "the" lower-cased."""
    forms: set[str] = set()
    for aliases in groups:  # type: ignore[attr-defined]
        for alias in aliases:
            if len(alias) < 2:
                continue
            forms.add(alias)
            if any(c.isalpha() for c in alias):
                forms.add(alias.upper())
            if alias.startswith("The "):
                forms.add("the " + alias[4:])
            if " " in alias and any(w in _SMALL_WORDS for w in alias.split()[1:]):
                forms.add(" ".join(w.capitalize() if w in _SMALL_WORDS else w for w in alias.split(" ")))
    return forms


# Lower-case words inside a name that a headline-style line capitalises: "News Agency Of Nigeria"
_SMALL_WORDS = frozenset(("of", "for", "and", "de", "the", "in", "on"))


_BEFORE = r"(?<![\w&.@-])"  # a name is not the tail of a word, handle, domain or hyphenated name
_AFTER = r"(?![\w&]|-\w|\.\w)"  # nor the head of one
_BLOCKS_BEFORE = re.compile(r"[\w&.@-]")


def _compile(words: set[str]) -> re.Pattern[str]:
    return re.compile(_BEFORE + "(" + trie_regex(words) + ")" + _AFTER)


@functools.cache
def _registry() -> _Registry:
    raw = resources.files("reader").joinpath("data", "outlets.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    outlets = [
        Outlet(
            name=item["name"],
            kind=item.get("kind", "site"),
            domains=tuple(item.get("domains", ())),
            aliases=tuple(item.get("aliases", ())),
            weak_aliases=tuple(item.get("weak_aliases", ())),
            capital_the=bool(item.get("capital_the", False)),
        )
        for item in data["outlets"]
    ]
    log.debug("loaded %d outlets", len(outlets))
    return _Registry(outlets)


def get(name: str) -> Outlet | None:
    """The registry entry for any alias of an outlet, or None."""
    if not name:
        return None
    return _get(name[:200])


@functools.lru_cache(maxsize=8192)
def _get(name: str) -> Outlet | None:
    reg = _registry()
    found = reg.by_key.get(key(name[:200]))
    if found is not None:
        return found
    stripped = name.strip().strip(".,;:()[]")
    if " " not in stripped and "." in stripped:
        hit = from_url(stripped)
        return reg.by_name.get(hit) if hit else None
    return None


def canonical(name: str) -> str | None:
    """Canonical outlet name for an alias ("Agence France-Presse" -> "AFP"), or None if unknown."""
    found = get(name)
    return found.name if found else None


def may_be_alias(name: str) -> bool:
    """False only when ``name`` provably names no outlet: a cheap test before :func:`canonical`.

    An ASCII alphanumeric last word is the last word of the name's key, so when no registry
    key ends with it (and no URL reading applies, which needs a dot) the lookup must fail.
    """
    if "." in name or len(name) > 200:
        return True
    parts = name.rsplit(None, 1)
    last = parts[-1].casefold() if parts else ""
    if not (last.isascii() and last.isalnum()):
        return True
    return last in _registry().last_words


def kind(name: str) -> str | None:
    """The kind of outlet (agency, paper, broadcaster, magazine, site, photo, research)."""
    found = get(name)
    return found.kind if found else None


def all_names() -> list[str]:
    """Every canonical outlet name, sorted case-insensitively."""
    return sorted(_registry().by_name, key=str.casefold)


def all_outlets() -> list[Outlet]:
    """Every registry entry."""
    return list(_registry().outlets)


def from_url(url: str) -> str | None:
    """Canonical outlet owning a URL's host (subdomains included), or None."""
    if not url:
        return None
    text = url.strip()[:2000]
    if "//" not in text:
        text = "//" + text
    try:
        host = (urlsplit(text).hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    if not host:
        return None
    reg = _registry()
    labels = host.split(".")
    for i in range(len(labels) - 1):
        found = reg.by_domain.get(".".join(labels[i:]))
        if found is not None:
            return found.name
    return None


_MEMO_CHARS = 20_000


def mentions(text: str, weak: bool = False) -> list[Mention]:
    """Outlets named in running text; ``weak`` also accepts ambiguous short aliases.

    Credit rules ask about the same paragraph several times, so answers for texts of
    paragraph size are remembered (mentions are frozen; each caller gets its own list).
    """
    if len(text) > _MEMO_CHARS:
        return list(_scan(text, weak))
    return list(_memo_scan(text, weak))


@functools.lru_cache(maxsize=256)
def _memo_scan(text: str, weak: bool) -> tuple[Mention, ...]:
    return _scan(text, weak)


# A "the" and one word ("the National", "The Independent") followed by another capitalised word is the head
# of a longer proper name, unless that word names an edition of the outlet ("The Guardian Weekly").
_THE_WORD = re.compile(r"(?:the|The|THE) [A-Z][\w’'-]*$")
_LONGER_NAME = re.compile(
    r"\s(?!(?:English|Arabic|Online|Weekly|Digital|International|US|UK|Australia|America|Africa|Asia|World|"
    r"Sport|Sports|Business|Live|Podcast|Magazine|Newspaper|Editorial|Opinion)\b)[A-Z][a-z]"
)


# A registry name as the head of another paper's masthead: the next word a masthead compound
# ("Frankfurter Allgemeine Sonntagszeitung"), or the words up to a bracketed acronym that spells them all
# ("the Velm Courier Sunday Edition (VCSE)"). The longer name is that paper, not the registry's.
_MORE_WORDS = re.compile(r" ((?:[A-Z][\w’'-]+ ){0,2}[A-Z][\w’'-]+)(?: \(([A-Z]{2,6})\))?")
_COMPOUND_ENDS = ("zeitung", "blatt", "bote", "kurier", "dagblad", "krant", "tidning", "posten", "tidende")


def _longer_masthead(text: str, written: str, end: int) -> int | None:
    """Where a longer masthead that ``written`` (ending at ``end``) begins ends, else None."""
    if text[end : end + 1] != " " or not text[end + 1 : end + 2].isupper():
        return None
    m = _MORE_WORDS.match(text, end)
    if m is None:
        return None
    first = m.group(1).split(" ", 1)[0]
    if first.lower().endswith(_COMPOUND_ENDS) and first.lower() not in _COMPOUND_ENDS:
        return end + 1 + len(first)
    if m.group(2) is None:
        return None
    words = [w for w in (written + " " + m.group(1)).split() if w.lower() not in _SMALL_WORDS]
    return m.end(1) if "".join(w[0] for w in words) == m.group(2) else None


def _next(pattern: re.Pattern[str], text: str, pos: int) -> re.Match[str] | None:
    """The leftmost match of one scanner part at or after ``pos`` that passes the look-behind."""
    m = pattern.search(text, pos)
    while m is not None and m.start() and _BLOCKS_BEFORE.match(text, m.start() - 1):
        m = pattern.search(text, m.start() + 1)
    return m


def _scan(text: str, weak: bool) -> tuple[Mention, ...]:
    """Non-overlapping leftmost mentions, as ``finditer`` of the single pattern would give them."""
    reg = _registry()
    parts = reg.scanners(weak)
    nexts = [_next(p, text, 0) for p in parts]
    out: list[Mention] = []
    while True:
        best = None
        for m in nexts:
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        if best is None:
            return tuple(out)
        written = best.group(1)
        found = reg.by_key.get(key(written))
        if found is not None and _THE_WORD.match(written) and _LONGER_NAME.match(text, best.end(1)):
            found = None  # "the National Guard", "the Independent Police Complaints Commission"
        longer = _longer_masthead(text, written, best.end(1)) if found is not None else None
        if longer is not None:  # "Frankfurter Allgemeine Sonntagszeitung": another paper, named as written
            whole = text[best.start(1) : longer]
            out.append(Mention(_LEADING_THE.sub("", whole), whole, Span(best.start(1), longer)))
        elif found is not None:
            out.append(Mention(found.name, written, Span(best.start(1), best.end(1))))
        pos = max(best.end(), longer or 0)
        for i, m in enumerate(nexts):
            if m is not None and m.start() < pos:
                nexts[i] = _next(parts[i], text, pos)


_last_loose: tuple[object, ...] = (None, None, None, None)
"""The registry, arguments and matcher of the last :func:`may_mention` call: its caller asks once per
paragraph with the same arguments, and hashing a long ``also`` tuple for the lookup cost a fifth of the test.
One tuple, replaced whole, so a thread reads a consistent entry."""


def may_mention(text: str, weak: bool = False, also: tuple[str, ...] = ()) -> bool:
    """False only when neither ``text`` nor any piece cut from it can name a registry outlet.

    Credit rules scan pieces of a paragraph (the words after "Photo by", inside a dateline's
    brackets), where a cut can make a name that the whole paragraph's scan rejects for touching a
    neighbouring word; so this test ignores word boundaries, and a paragraph failing it can skip
    every rule that needs a registry name. ``also`` adds capitalised words to look for in the same
    pass (a caller's own cue words, such as the head words of outlet-like names).
    """
    global _last_loose
    reg = _registry()
    last = _last_loose
    if last[0] is reg and last[1] is weak and last[2] is also:
        regex, plain = last[3]
    else:
        regex, plain = reg.loose(weak, also)
        _last_loose = (reg, weak, also, (regex, plain))
    for needle in plain:
        if needle in text:
            return True
    return regex.search(text) is not None


def loose_names(weak: bool = False, also: tuple[str, ...] = ()) -> tuple[frozenset[str], tuple[str, ...]]:
    """The names :func:`may_mention` looks for: capitalised ones (with ``also``) anywhere, and plain substrings.

    For a caller that folds the test into a scan of its own (the credit rules' one pass over an article).
    """
    return _registry().loose_names(weak, also)


def is_strong_alias(name: str) -> bool:
    """Whether a name is an unambiguous alias (safe in running text, not only in slots)."""
    return key(name) in _registry().strong_key
