"""Who is speaking: noun phrases around cue verbs, people named in an article, and name unification.

Reporters name a speaker once in full ("Kremlin spokesman Dmitry Peskov") and then
by surname, pronoun or role ("Peskov", "he", "the spokesman"); this module turns
all of those into one canonical name, and keeps anonymous sources as written.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from dataclasses import dataclass, field

from reader.engine import outlets


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_TITLE_WORDS = _wordset(
    """president vice prime minister ministers secretary spokesman spokeswoman spokesperson spokesmen
    press chancellor senator sen rep representative congressman congresswoman governor gov mayor king queen
    prince princess pope general gen lieutenant lt colonel col major maj captain capt admiral adm commander
    chief deputy ambassador envoy special director chairman chairwoman chair ceo head leader official
    adviser advisor aide analyst expert professor prof dr mr mrs ms mx sir dame lord lady judge justice
    attorney prosecutor foreign defence defense interior finance economy state former acting top senior
    assistant undersecretary commissioner high premier counterpart negotiator lawmaker mp speaker emir
    crown sultan patriarch archbishop bishop rev father metropolitan presidential economist researcher
    fellow scientist doctor executive officer founder chairperson secretary-general sergeant sgt
    commissioner mep deputies candidate nominee ex retired incumbent outgoing chief-of-staff staff
    of-staff diplomat spy intelligence army navy military national security council kremlin"""
)
_PERSON_TITLES = _wordset(
    """president minister secretary spokesman spokeswoman spokesperson chancellor senator sen rep
    congressman congresswoman governor gov mayor king queen prince princess pope general gen lieutenant lt
    colonel col major maj captain capt admiral adm commander ambassador envoy director chairman chairwoman
    ceo mr mrs ms mx dr prof professor sir dame lord lady judge justice premier emir sultan patriarch
    archbishop bishop rev father adviser advisor aide analyst lawmaker mp sergeant sgt
    secretary-general candidate nominee fellow economist researcher"""
)
_ORG_WORDS = _wordset(
    """kremlin white house pentagon nato eu un u.s. us uk usa un u.n. e.u. u.k. state department ministry
    government parliament congress senate duma rada council commission union office army navy
    police court agency bank fund"""
)
_ROLE_CLASSES = {
    "spokesman": "spokes", "spokeswoman": "spokes", "spokesperson": "spokes", "spokesmen": "spokes",
    "secretary": "spokes", "adviser": "adviser", "advisor": "adviser", "aide": "adviser",
    "analyst": "expert", "expert": "expert", "fellow": "expert", "researcher": "expert",
    "professor": "expert", "scholar": "expert", "economist": "expert", "premier": "prime",
    "diplomat": "minister", "boss": "chief", "head": "chief",
}
_ROLE_NOUNS = frozenset(_PERSON_TITLES | set(_ROLE_CLASSES) | {"leader", "official", "chief", "diplomat"})
_STOP_NAME = _wordset(
    """house union council ministry department office parliament congress senate assembly commission
    committee agency bank fund court army forces force navy guard party group organization organisation
    institute university college school center centre foundation corporation company inc ltd times news
    post journal press street square avenue road city state states kingdom republic federation nations
    sea ocean river mountains island islands east west north south europe asia africa america americas
    ukraine russia moscow kyiv kiev washington london paris berlin beijing brussels january february march
    april may june july august september october november december monday tuesday wednesday thursday
    friday saturday sunday today the a an in on at for but and however meanwhile despite after before
    according asked speaking it this that these those we i he she they his her their our there here what
    when where why how if as while although since because so still yet also both some many most any all
    no not us nato eu un u.s. uk kremlin pentagon white war peace talks summit deal plan related
    recommended explore search read more photo video watch listen share britain england
    france germany china india japan iran iraq israel gaza syria turkey türkiye poland italy spain canada
    mexico brazil australia korea taiwan belarus hungary romania egypt qatar lebanon yemen venezuela cuba
    crimea donbas kharkiv odesa zaporizhzhia kherson donetsk luhansk minsk tehran ankara riyadh doha cairo
    istanbul geneva vienna warsaw rome madrid tokyo seoul delhi earlier later separately additionally
    furthermore moreover nevertheless nonetheless instead indeed previously recently overall finally first
    second third next now then yesterday tomorrow tonight afterwards elsewhere currently initially
    ultimately similarly likewise specifically notably importantly officially publicly privately reportedly
    asked speaking writing responding commenting addressing"""
)
PRONOUNS = frozenset({"he", "she", "him", "her"})
_PLURAL_PRONOUNS = frozenset({"they", "we", "i", "it", "you"})
ANON_HEADS = (
    "sources?|officials?|person|people|diplomats?|insiders?|aides?|analysts?|experts?|observers?|"
    "witness(?:es)?|residents?|employees?|members?|lawmakers?|officers?|commanders?|soldiers?|"
    "representatives?|individuals?|executives?|advis[eo]rs?|negotiators?|figures?|someone|spokes(?:man|"
    "woman|person)|ministers?|investors?|traders?|bankers?|economists?|activists?|survivors?|relatives?"
)
_ANON = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther|[Aa]nother|"
    r"[Aa]|[Ss]enior|[Ww]estern|[Tt]op|[Mm]ultiple|[Vv]arious)\b(?:[\s\w.’'-]{0,80}?)\b(?:" + ANON_HEADS + r")\b"
)
_PLURAL_HEADS = (
    "sources|officials|people|diplomats|insiders|aides|analysts|experts|observers|witnesses|residents|"
    "employees|members|lawmakers|officers|commanders|soldiers|representatives|individuals|executives|"
    "advis[eo]rs|negotiators|figures|investors|traders|bankers|economists|activists|survivors|relatives"
)
_PLURAL = re.compile(r"\b(?:" + _PLURAL_HEADS + r")\b")
_BARE_ANON = re.compile(r"^(?!the\b|The\b)(?:[A-Z][\w.’'-]*\s+|[a-z]+\s+){0,3}(?:" + _PLURAL_HEADS + r")\b")
_CAP_TOKEN = re.compile(r"[A-Z\u00c0-\u00de\u0400-\u042f][\w’'.\-]*")
_PARTICLES = frozenset({"de", "da", "van", "von", "der", "den", "bin", "al", "el", "la", "le", "du", "di",
                        "dos", "das", "ibn", "ter", "del", "y", "ben"})
_DEMONYMS = _wordset(
    """american british russian ukrainian belarusian european chinese japanese korean french german italian
    spanish portuguese polish czech slovak hungarian romanian bulgarian serbian croatian greek turkish
    israeli palestinian iranian iraqi syrian lebanese saudi emirati qatari egyptian jordanian yemeni
    afghan pakistani indian bangladeshi indonesian malaysian thai vietnamese filipino australian canadian
    mexican brazilian argentine argentinian chilean colombian venezuelan cuban nigerian kenyan ethiopian
    african south-african dutch belgian swiss austrian swedish norwegian danish finnish estonian latvian
    lithuanian georgian armenian azerbaijani kazakh uzbek moldovan irish scottish welsh english western
    eastern northern southern arab gulf nordic baltic soviet taiwanese hong-kong north-korean
    south-korean us-backed allied"""
)


@functools.lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """Accent- and case-free form of a name, for comparisons (memoised: names recur)."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def _bare(token: str) -> str:
    return fold(token).strip(".,;:’'\"()")


def is_title(token: str) -> bool:
    """Whether a token is a title, rank, role or affiliation word rather than part of a name."""
    b = _bare(token)
    if b in _TITLE_WORDS or b in _ORG_WORDS:
        return True
    if token.endswith(("’s", "'s", "s’", "s'")):
        return True
    return b in _DEMONYMS


def is_role_word(word: str) -> bool:
    """Whether a lower-case word names a role or an anonymous source head (spokesman, officials)."""
    b = _bare(word)
    return b in _ROLE_NOUNS or b in _TITLE_WORDS or re.fullmatch(ANON_HEADS, b) is not None


def split_titles(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Split a capitalised run into leading titles and the name proper."""
    last = -1
    for i, tok in enumerate(tokens):
        if is_title(tok) or (tok.endswith(".") and _bare(tok) in _TITLE_WORDS):
            last = i
    return tokens[: last + 1], tokens[last + 1 :]


def looks_like_name(tokens: list[str]) -> bool:
    """Whether name tokens (titles removed) could be a person's name."""
    return _looks_like_name(tuple(tokens))


@functools.lru_cache(maxsize=8192)
def _looks_like_name(tokens: tuple[str, ...]) -> bool:
    if not tokens or len(tokens) > 5:
        return False
    caps = [t for t in tokens if t.lower() not in _PARTICLES]
    if not caps or not all(t[:1].isupper() for t in caps):
        return False
    if any(_bare(t) in _STOP_NAME for t in caps) or outlets.canonical(" ".join(tokens)) is not None:
        return False
    if any(t.isupper() and len(t) > 1 and not t.endswith(".") for t in caps):
        return len(caps) >= 2 and not all(t.isupper() for t in caps)
    return True


@dataclass(slots=True)
class Person:
    """A person named in the article, with the role words seen next to the name."""

    name: str
    roles: set[str] = field(default_factory=set)
    gender: str = ""
    origins: set[str] = field(default_factory=set)


_MALE = frozenset(
    {"mr", "sir", "lord", "king", "prince", "spokesman", "chairman", "congressman", "father", "he", "him"}
)
_FEMALE = frozenset({"mrs", "ms", "miss", "dame", "lady", "queen", "princess", "spokeswoman", "chairwoman",
                     "congresswoman", "she", "her", "madam"})


_COURTESY = frozenset({"mr", "mrs", "ms", "mx", "dr", "sir", "dame", "lord", "lady", "miss", "madam"})


def _gender(words: list[str]) -> str:
    bare = {_bare(w) for w in words}
    male, female = bool(bare & _MALE), bool(bare & _FEMALE)
    return "m" if male and not female else "f" if female and not male else ""


def role_class(word: str) -> str:
    """Role nouns that mean the same job map to one class (spokesman ~ spokesperson)."""
    w = _bare(word)
    return _ROLE_CLASSES.get(w, w)


class Cast:
    """People of one article, and who was last in focus, to resolve surnames, pronouns and roles."""

    _LOOKBACK = 400

    def __init__(self) -> None:
        self.people: dict[str, Person] = {}
        self.by_surname: dict[str, list[str]] = {}
        self.focus: list[tuple[int, str]] = []
        self.anonymous: list[tuple[int, str]] = []

    def add(self, name_tokens: list[str], roles: list[str]) -> str:
        """Register a named person; return their canonical (longest known) name."""
        name = " ".join(name_tokens)
        key = fold(name)
        person = self.people.get(key)
        if person is None:
            person = self.people[key] = Person(name)
            self.by_surname.setdefault(_surname(name), []).append(key)
        person.roles.update(role_class(r) for r in roles if _bare(r) in _ROLE_NOUNS or _bare(r) in _ROLE_CLASSES)
        person.origins.update(_bare(r) for r in roles if _bare(r) in _DEMONYMS)
        person.gender = person.gender or _gender(roles)
        return self.full_name(name)

    def gender_of(self, name: str) -> str:
        """"m", "f" or "" from gendered titles seen with any of the person's names."""
        full = self.full_name(name)
        found = {self.people[k].gender for k in self.by_surname.get(_surname(name), [])[:50]
                 if self.full_name(self.people[k].name) == full} - {""}
        return found.pop() if len(found) == 1 else ""

    def full_name(self, name: str) -> str:
        """The longest registered name that ends with the same surname (Peskov -> Dmitry Peskov)."""
        parts = name.split()
        if not parts:
            return name
        best = name
        for key in self.by_surname.get(_surname(name), [])[:50]:
            pname = self.people[key].name
            pparts = pname.split()
            same_initial = len(parts) == 1 or fold(pparts[0])[:1] == fold(parts[0])[:1]
            if len(pparts) > len(best.split()) and same_initial:
                best = pname
        return best

    def roles_of(self, name: str) -> set[str]:
        """Role classes seen with a person under any of their names."""
        out: set[str] = set()
        full = self.full_name(name)
        for key in self.by_surname.get(_surname(name), [])[:50]:
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
        clash = {"m": "f", "f": "m"}.get(_gender([pronoun]), "-")
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
            full = self.full_name(name)
            seen: set[str] = set()
            for key in self.by_surname.get(_surname(name), [])[:50]:
                if self.full_name(self.people[key].name) == full:
                    seen |= self.people[key].origins
            if origins <= seen:
                return full
        return None

    def _anonymous_with(self, head: str, pos: int) -> str | None:
        """An earlier anonymous source with the same head noun ("the official" after "a senior official")."""
        for p, phrase in reversed(self.anonymous[-50:]):
            if p < pos and re.search(r"\b" + re.escape(head) + r"s?\b", phrase):
                return phrase
        return None

    def resolve(self, np: NounPhrase) -> str | None:
        """Canonical speaker for a phrase at its position: a name, a pronoun's antecedent, a role holder."""
        if np.kind == "name":
            return self.add(np.name, np.roles)
        if np.kind == "pronoun":
            if _bare(np.text) == "they":
                plural = (ph for p, ph in reversed(self.anonymous[-20:]) if p < np.start and _PLURAL.search(ph))
                return next(plural, None)
            return self.last_in_focus(np.start, pronoun=np.text) if _bare(np.text) in PRONOUNS else None
        if np.kind == "anonymous":
            self.anonymous.append((np.start, np.text))
            return np.text
        if np.kind == "role":
            head = np.roles[0] if np.roles else np.text.split()[-1]
            earlier = self._anonymous_with(_bare(head), np.start)
            if earlier is not None:
                return earlier
            found = self.last_in_focus(np.start, role_class(head))
            origins = {_bare(w) for w in np.text.split() if _bare(w) in _DEMONYMS}
            if found is None and origins:
                found = self._last_from(np.start, origins)
            if found is None and not origins:
                found = self.last_in_focus(np.start)
                jobs = self.roles_of(found) - _COURTESY if found else set()
                if jobs:
                    found = None
            return found or (np.text[:1].lower() + np.text[1:])
        return np.text


def _surname(name: str) -> str:
    parts = name.split()
    return re.sub(r"(?:’s|'s)$", "", fold(parts[-1])) if parts else ""


def anonymous_phrase(np: str) -> str | None:
    """An anonymous source phrase as written ("A senior official" -> "a senior official"), or None."""
    np = np.strip(" ,")
    m = _ANON.match(np)
    if m is None:
        m = _BARE_ANON.match(np)
        if m is None:
            return None
    if np[:1].isupper() and np.split()[0].lower() in {"a", "an", "one", "two", "three", "several", "some",
                                                      "another", "other", "many", "senior", "multiple"}:
        np = np[:1].lower() + np[1:]
    return np


_UNIFY_DROP = re.compile(r"^(?:mr|mrs|ms|dr|prof|sir)\.?\s+", re.I)


def _same_person(a: str, b: str) -> bool:
    """Two full names of one person: close surnames and compatible first names (or an initial)."""
    from rapidfuzz import fuzz

    pa, pb = fold(a).split(), fold(b).split()
    if pa[-1][:1] != pb[-1][:1] or fuzz.ratio(pa[-1], pb[-1]) < 85:
        return False
    fa, fb = pa[0].rstrip("."), pb[0].rstrip(".")
    if len(fa) == 1 or len(fb) == 1:
        return fa[:1] == fb[:1]
    return fa == fb or fuzz.ratio(fa, fb) >= 75


def _canonical_rank(name: str, weight: int) -> tuple[int, int, int, int]:
    """Prefer the most used spelling, then a plain "First Last" with no initials, then the shorter."""
    parts = name.split()
    initials = sum(1 for p in parts if len(p.rstrip(".")) <= 1)
    return (weight, -initials, -abs(len(parts) - 2), -len(name))


def unify_speakers(names: list[str]) -> dict[str, str]:
    """Map speaker names from several articles to one canonical name each.

    A surname alone maps to the full name that ends with it; spelling variants of
    the same person ("Zelensky"/"Zelenskyy", "Dmitry"/"Dmitri", "D. Peskov") map to
    the most used spelling. Anonymous sources, roles and organisations stay as they are.
    """
    from rapidfuzz import fuzz

    counts: dict[str, int] = {}
    for n in names:
        if n:
            counts[n] = counts.get(n, 0) + 1
    cleaned = {n: _UNIFY_DROP.sub("", n).strip() for n in counts}
    person = {n: c for n, c in cleaned.items() if c and c[:1].isupper() and anonymous_phrase(n) is None}
    weight: dict[str, int] = {}
    for n, c in person.items():
        weight[c] = weight.get(c, 0) + counts[n]
    full = sorted({c for c in person.values() if len(c.split()) >= 2}, key=lambda c: (-weight[c], c))
    clusters: list[list[str]] = []
    for c in full[:2000]:
        for cl in clusters:
            if any(_same_person(c, d) for d in cl[:20]):
                cl.append(c)
                break
        else:
            clusters.append([c])
    canon_of: dict[str, str] = {}
    for cl in clusters:
        total = sum(weight[c] for c in cl)
        best = max(cl, key=lambda c: _canonical_rank(c, weight[c]))
        for c in cl:
            canon_of[c] = best
        weight[best] = max(weight[best], total)
    out: dict[str, str] = {}
    for n in counts:
        c = person.get(n)
        if c is None:
            out[n] = n
        elif c in canon_of:
            out[n] = canon_of[c]
        else:
            last = fold(c.split()[-1])
            hits = {canon_of[f] for f in full if fuzz.ratio(fold(f.split()[-1]), last) >= 88}
            out[n] = hits.pop() if len(hits) == 1 else c
    return out


# --------------------------------------------------------------------------- noun phrases next to a cue

_TOKEN = re.compile(r"\S+")
_SKIP_TAIL = _wordset(
    """also later then further again previously repeatedly reportedly recently earlier once has had have was
    were is are would will did does do not never subsequently separately publicly privately explicitly
    simply only even just clearly flatly firmly bluntly quickly angrily calmly yesterday today tonight
    monday tuesday wednesday thursday friday saturday sunday on last this to used went wanted declined refused
    appeared seemed expected able could might may must shall should going often usually always"""
)
_NOT_PERSON_HEAD = _wordset(
    """report reports statement ministry agency government document documents letter website post article
    study survey poll data court police army military company group council committee office embassy kremlin
    newspaper outlet channel broadcaster paper daily magazine network service authorities administration
    spokesperson's source sources video footage message note readout transcript decree law bill plan
    proposal draft agreement deal text memo analysis review estimate figures"""
)
_DEFINITE_TAIL = re.compile(r"\b[Tt]he\s+(?:[\w’'-]+\s+){0,2}?([a-z][\w-]*)$")
_LEAD_DROP = frozenset({"but", "and", "yet", "so", "however", "meanwhile", "still", "then", "now", "or"})
_DETERMINERS = frozenset({"the", "a", "an"})
_ORG_NOUNS = _wordset(
    """ministry government military army embassy office agency company police spokesperson's
    administration cabinet presidency kremlin staff command service forces guard committee council court
    prosecutors prosecutor's authorities department navy"""
)
_AFTER_STOP = re.compile(r"[,.;:!?\"“”«»()\[\]]|\s[—–-]\s|\bthat\b|\bwho\b|\bwhen\b|\bwhile\b|\bas\b")
_TIME_LEAD = re.compile(
    r"^\s*(?:(?:on|last|this|late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"yesterday|today|earlier|later|recently|previously)\b[\s,]*"
)


_DOCUMENT_LEAD = re.compile(
    r"\s*(?:an?|the|its|his|her|their)\s+(?:\w+\s+)?(?:statement|report|post|readout|transcript|message|letter|"
    r"communique|communiqué|release|briefing)\s+(?:from|by|of|issued\s+by|published\s+by)\s+"
)
_ANON_STOP = re.compile(r"[,.;:!?\"“”«»()\[\]]|\s[—–-]\s")
_ABBREV_DOT = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Adm|Maj|St|Jr|Sr|Rev)|\b[A-Z])$")


def _stop(seg: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """First phrase boundary in ``seg``, not counting the dot of "Mr." or of an initial."""
    pos = 0
    while True:
        m = pattern.search(seg, pos)
        if m is None or m.group() != "." or not _ABBREV_DOT.search(seg, 0, m.start()):
            return m
        pos = m.end()


@dataclass(slots=True)
class NounPhrase:
    """Words naming a speaker: the span, a kind (name/pronoun/role/anonymous/org) and details."""

    start: int
    end: int
    kind: str
    text: str
    name: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)


def _classify(text: str, start: int, end: int, roles: list[str] | None = None) -> NounPhrase | None:
    words = text[start:end].split()
    if not words:
        return None
    while words and words[0].lower() in _LEAD_DROP and len(words) > 1:
        start = text.index(words[1], start + len(words[0]))
        words = words[1:]
    phrase = text[start:end]
    low = [_bare(w) for w in words]
    if len(words) == 1 and low[0] in PRONOUNS | _PLURAL_PRONOUNS:
        return NounPhrase(start, end, "pronoun", phrase)
    anon = anonymous_phrase(phrase)
    if anon is not None and low[0] not in {"the"}:
        return NounPhrase(start, end, "anonymous", anon, roles=list(roles or []))
    titles, name = split_titles(words if low[0] not in _DETERMINERS else words[1:])
    extra = list(roles or [])
    if name and looks_like_name(name):
        name_start = end - len(" ".join(name))
        if text[name_start:end] == " ".join(name):
            start = name_start
        return NounPhrase(start, end, "name", " ".join(name), name=name, roles=titles + extra)
    if low[-1] in _ROLE_NOUNS:
        return NounPhrase(start, end, "role", phrase, roles=[low[-1], *extra])
    if name and name[0][:1].isupper() or low[-1] in _ORG_NOUNS or any(_bare(t) in _ORG_WORDS for t in titles):
        org = " ".join(words[1:] if low[0] in _DETERMINERS else words)
        return NounPhrase(start, end, "org", org.rstrip(".,"))
    return None


def _tail(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The noun phrase that ends at ``hi``: capitalised words, titles and a leading determiner."""
    toks = [(m.start() + lo, m.end() + lo, m.group()) for m in _TOKEN.finditer(text[lo:hi])]
    if not toks:
        return None
    first = len(toks)
    for i in range(len(toks) - 1, -1, -1):
        s, e, w = toks[i]
        if i < len(toks) - 1 and w[-1:] in ",;:":
            break
        b = _bare(w)
        if b in PRONOUNS | _PLURAL_PRONOUNS and i == len(toks) - 1:
            first = i
            break
        if b in _DETERMINERS:
            first = i
            break
        if w[:1].isupper() or b in _TITLE_WORDS or b in _ROLE_NOUNS or b in _ORG_NOUNS or (
            b in _PARTICLES and i < len(toks) - 1
        ):
            first = i
            continue
        break
    if first == len(toks):
        return None
    return toks[first][0], toks[-1][1]


def np_before(text: str, lo: int, cue: int) -> NounPhrase | None:
    """The speaker phrase right before a cue verb ("Peskov said", "Graham, a former adviser, said")."""
    lo = max(lo, cue - 400)
    toks = [(m.start() + lo, m.end() + lo, m.group()) for m in _TOKEN.finditer(text[lo:cue])]
    while toks and _bare(toks[-1][2]) in _SKIP_TAIL and not toks[-1][2].endswith(","):
        toks.pop()
    if not toks:
        return None
    hi = toks[-1][1]
    if text[hi - 1] == ",":
        return _appositive(text, lo, hi - 1)
    anon = _anonymous_tail(text, lo, hi)
    if anon is not None:
        return anon
    span = _tail(text, lo, hi)
    definite = _DEFINITE_TAIL.search(text, max(lo, hi - 60), hi)
    if definite and (span is None or span[0] > definite.start()) and "," not in definite.group():
        head = definite.group(1)
        if _bare(head) not in _NOT_PERSON_HEAD and _bare(head) not in _ORG_NOUNS:
            return NounPhrase(definite.start(), hi, "role", definite.group(), roles=[_bare(head)])
    if span is None:
        return None
    found = _classify(text, *span)
    if found is not None and found.kind == "name":
        return found
    start = span[0]
    while True:
        m = _OF_CHAIN.search(text, max(lo, start - 80), start)
        if m is None:
            break
        head = _tail(text, lo, m.start(1) + len(m.group(1)))
        if head is None or head[0] >= start:
            break
        start = head[0]
    if start < span[0]:
        joint = re.search(r"\s(?:of|for)\s", text[start : span[1]])
        head_words = text[start : start + joint.start()].split() if joint else []
        if head_words and _bare(head_words[-1]) in _ROLE_NOUNS:
            return NounPhrase(start, span[1], "role", text[start : span[1]], roles=[_bare(head_words[-1])])
        known = outlets.canonical(text[start : span[1]])
        if known is not None:
            return NounPhrase(start, span[1], "org", known)
    return found


_OF_CHAIN = re.compile(r"([\w’'-]+)\s+(?:of|for)\s+(?:the\s+)?$")


def _anonymous_tail(text: str, lo: int, hi: int) -> NounPhrase | None:
    segment = text[lo:hi]
    cut = max(segment.rfind(","), segment.rfind(";"), segment.rfind(" that "))
    base = lo + cut + 1 if cut >= 0 else lo
    for m in _ANON.finditer(text, base, hi):
        rest = text[m.start() : hi]
        if len(rest.split()) <= 12:
            return NounPhrase(m.start(), hi, "anonymous", anonymous_phrase(rest) or rest)
    m = _BARE_ANON.match(text[base:hi].strip())
    if m and m.end() >= len(text[base:hi].strip()):
        phrase = text[base:hi].strip()
        return NounPhrase(hi - len(phrase), hi, "anonymous", phrase)
    return None


def _appositive(text: str, lo: int, hi: int) -> NounPhrase | None:
    """``NAME, DESCRIPTION,`` or ``DESCRIPTION, NAME,`` before a cue."""
    comma = text.rfind(",", lo, hi)
    if comma < 0:
        return None
    inner = text[comma + 1 : hi].strip()
    if not inner or len(inner.split()) > 30:
        return None
    first = inner.split()[0]
    if first[:1].isupper() and _bare(first) not in _DETERMINERS:
        inner_start = text.index(inner, comma)
        span = _tail(text, inner_start, hi)
        if span and span[0] == inner_start:
            np = _classify(text, *span)
            if np is not None and np.kind == "name":
                return np
    roles = [w for w in (_bare(t) for t in inner.split()[:8]) if w in _ROLE_NOUNS or w in _TITLE_WORDS]
    span = _tail(text, lo, comma)
    if span is None:
        return None
    np = _classify(text, *span, roles=roles)
    return np


def np_after(text: str, cue_end: int, hi: int) -> NounPhrase | None:
    """The speaker phrase right after an inverted cue ("said Peskov", "said a senior official")."""
    hi = min(hi, cue_end + 300)
    seg = text[cue_end:hi]
    lead = _TIME_LEAD.match(seg)
    start = cue_end + (lead.end() if lead else 0)
    doc = _DOCUMENT_LEAD.match(text, start, hi)
    if doc is not None:
        start = doc.end()
    while start < hi and text[start].isspace():
        start += 1
    if start >= hi:
        return None
    seg = text[start:hi]
    anon = _ANON.match(seg) or _BARE_ANON.match(seg)
    stop = _stop(seg, _ANON_STOP if anon else _AFTER_STOP)
    end = start + (stop.start() if stop else len(seg))
    while end > start and text[end - 1] in " .":
        end -= 1
    if end <= start or len(text[start:end].split()) > 14:
        return None
    if anon:
        return NounPhrase(start, end, "anonymous", anonymous_phrase(text[start:end]) or text[start:end])
    words = text[start:end].split()
    if not (words[0][:1].isupper() or _bare(words[0]) in _DETERMINERS | PRONOUNS):
        return None
    cut = start
    for k, m in enumerate(_TOKEN.finditer(text, start, end)):
        w = m.group()
        b = _bare(w)
        if k and not (w[:1].isupper() or b in _TITLE_WORDS or b in _ROLE_NOUNS or b in _PARTICLES
                      or b in _ORG_NOUNS or (k == 1 and _bare(words[0]) in _DETERMINERS)):
            break
        cut = m.end()
    end = cut
    np = _classify(text, start, end)
    if np is not None and np.kind == "name" and stop and text[start + stop.start()] == ",":
        after = text[start + stop.end() : start + stop.end() + 120]
        m = re.match(r"\s*(?:the|a|an)\s+([^,.;]{1,80})", after)
        if m:
            np.roles += [w for w in (_bare(t) for t in m.group(1).split()) if w in _ROLE_NOUNS]
    return np


# --------------------------------------------------------------------------- people named in the text

_NAME_TOK = r"[A-Z\u00c0-\u00de\u0400-\u042f][\w’'\-]*\.?"
_RUN = re.compile(
    r"(?<![\w’'-])" + _NAME_TOK + r"(?:\s(?:(?:de|da|van|von|der|den|bin|al|el|la|le|du|di|dos|ibn|del)\s)?"
    + _NAME_TOK + r")*"
)
_APPOS = re.compile(r",\s+(?:a|an|the)\s+([^,.;:]{1,100})")


def _person_parts(tokens: list[str]) -> tuple[list[str], list[str]]:
    while tokens and _bare(tokens[0]) in _STOP_NAME and not is_title(tokens[0]):
        tokens = tokens[1:]
    titles, name = split_titles(tokens)
    while name and _bare(name[0]) in _STOP_NAME:
        name = name[1:]
    if name:
        name = [*name[:-1], re.sub(r"(?:’s|'s|’|')$", "", name[-1]).rstrip(".")]
    return titles, [t for t in name if t]


def collect_people(text: str, cast: Cast) -> None:
    """Register every person named in the text with the titles and roles around the name."""
    for m in _RUN.finditer(text):
        titles, name = _person_parts(m.group().split())
        if not name or not looks_like_name(name):
            continue
        before: list[str] = []
        for w in reversed(text[max(0, m.start() - 80) : m.start()].split()[-4:]):
            if not (_bare(w) in _ROLE_NOUNS or _bare(w) in _TITLE_WORDS or w[:1].isupper()) or w[-1:] in ",.;:":
                break
            before.append(w)
        roles = titles + [w for w in before if _bare(w) in _ROLE_NOUNS or _bare(w) in _TITLE_WORDS]
        app = _APPOS.match(text, m.end())
        if app:
            roles += [w for w in app.group(1).split()[:10] if _bare(w) in _ROLE_NOUNS]
        has_title = any(_bare(t) in _PERSON_TITLES for t in roles)
        if len(name) >= 2 or has_title or _surname(name[0]) in cast.by_surname:
            cast.add(name, roles)


def _known(cast: Cast, name: list[str]) -> str | None:
    """Canonical name if these tokens name a registered person."""
    if not name:
        return None
    joined = " ".join(name)
    if fold(joined) in cast.people:
        return cast.full_name(joined)
    full = cast.full_name(joined)
    return full if full != joined else None


_SUBJECT_LEAD = re.compile(
    r"\s*(?:(?:However|But|And|Meanwhile|Instead|Still|Yet|Also),?\s+)?"
    r"(He|She|The\s+(?:[\w’'.-]+\s+){0,4}?(?:" + "|".join(sorted(_ROLE_NOUNS, key=len, reverse=True)) + r"))\b"
)


_VERBISH = re.compile(r"\s+[a-z]|,\s*\d{1,3},|,\s+(?:who|a|an|the)\b")


def _opens(text: str, lo: int, pos: int) -> bool:
    """Whether ``pos`` is where a sentence's first clause begins (after any leading adverbial)."""
    head = text[lo:pos]
    return not head.strip() or bool(re.fullmatch(r"\s*[A-Z][\w\s-]{0,60},\s*", head))


def sentence_subject(text: str, lo: int, hi: int, cast: Cast, quoted: object) -> tuple[int, str, int] | None:
    """The person a sentence is about: its first non-possessive person mention, pronoun or role."""
    lead = _SUBJECT_LEAD.match(text[lo : min(hi, lo + 100)])
    if lead:
        word = lead.group(1)
        pos = lo + lead.start(1)
        if word in ("He", "She"):
            who = cast.last_in_focus(pos, pronoun=word)
            return (pos, who, pos + len(word)) if who else None
        words = word.split()
        if len(words) >= 2 and _bare(words[-1]) in _ROLE_NOUNS:
            who = cast.last_in_focus(pos, role_class(words[-1])) or cast.last_in_focus(pos)
            if who:
                return pos, who, pos + len(word)
    for m in _RUN.finditer(text, lo, hi):
        if quoted(m.start()):  # type: ignore[operator]
            continue
        _, name = _person_parts(m.group().split())
        possessive = re.match(r"[’']s?\b", text[m.end() : m.end() + 2]) or m.group().endswith(("’s", "'s"))
        who = _known(cast, name)
        if who is None and not possessive and _opens(text, lo, m.start()) and looks_like_name(name) and \
                _VERBISH.match(text, m.end()) and not m.group().startswith(("The ", "A ", "An ")):
            who = cast.add(name, [])
        if who is None or possessive:
            continue
        end = m.end()
        joined = " ".join(name)
        start = end - len(joined) if text[end - len(joined) : end] == joined else m.start()
        return start, who, end
    return None
