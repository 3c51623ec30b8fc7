"""Word lists and word tests for naming speakers: titles, roles, anonymous-source heads, demonyms.

Shared by the noun-phrase grammar (:mod:`reader.engine.phrases`) and the per-article
cast of people (:mod:`reader.engine.speakers`), so both read a name the same way.
"""

from __future__ import annotations

import re

from reader.engine import outlets
from reader.engine.memo import short_memo, short_tuple_memo
from reader.engine.regex_tools import grouped_alternation as grouped_alternation  # re-exported: word lists use it
from reader.engine.text import plain_fold


def wordset(words: str) -> frozenset[str]:
    """A frozen set from a whitespace-separated word list, so long lists read as prose."""
    return frozenset(words.split())


TITLE_WORDS = wordset(
    """president vice prime minister ministers secretary spokesman spokeswoman spokesperson spokesmen
    press chancellor senator sen rep representative congressman congresswoman governor gov mayor king queen
    prince princess pope general gen lieutenant lt colonel col major maj captain capt admiral adm commander
    chief deputy ambassador envoy special director chairman chairwoman chair ceo head leader official
    adviser advisor aide analyst expert professor prof dr mr mrs ms mx sir dame lord lady judge justice
    attorney prosecutor foreign defence defense interior finance economy state former acting top senior
    assistant undersecretary commissioner high premier counterpart negotiator lawmaker mp mla mlc mna msp speaker emir
    crown sultan patriarch archbishop bishop rev father metropolitan presidential economist researcher
    fellow scientist doctor executive officer founder chairperson secretary-general sergeant sgt
    commissioner mep deputies candidate nominee ex retired incumbent outgoing chief-of-staff staff
    of-staff diplomat spy intelligence army navy military national security council kremlin manager coach
    boss skipper striker midfielder defender goalkeeper winger detective inspector superintendent constable
    dci supt insp peer baroness baron earl duke duchess countess viscount councillor councilman
    councilwoman lawyer barrister solicitor campaigner councilor alderman alderwoman sheriff marshal
    trooper actor actress singer rapper comedian photographer filmmaker cm pm sheikh sheik shaikh hon
    honourable honorable imam rabbi cardinal ayatollah magistrate coroner datuk datin mec"""
)
PERSON_TITLES = wordset(
    """president minister secretary spokesman spokeswoman spokesperson chancellor senator sen rep
    congressman congresswoman governor gov mayor king queen prince princess pope general gen lieutenant lt
    colonel col major maj captain capt admiral adm commander ambassador envoy director chairman chairwoman
    ceo mr mrs ms mx dr prof professor sir dame lord lady judge justice premier emir sultan patriarch
    archbishop bishop rev father adviser advisor aide analyst lawmaker mp mla mlc mna msp sergeant sgt
    secretary-general candidate nominee fellow economist researcher manager coach boss skipper striker
    midfielder defender goalkeeper winger detective inspector superintendent constable peer baroness baron
    earl duke duchess countess viscount councillor councilman councilwoman lawyer barrister solicitor
    campaigner councilor alderman alderwoman sheriff marshal trooper sheikh sheik shaikh hon honourable
    honorable imam rabbi cardinal ayatollah magistrate coroner datuk datin mec"""
)
# Letters written after a name for a rank or honour ("Jane Brook KC", "Tom Smith MP", "Ann Lee OBE"):
# they are no part of the name, so "Ms Brook" later is the same person.
POST_NOMINALS = wordset("kc qc sc mp mep msp mla mpp td obe mbe cbe kbe phd esq")
ORG_WORDS = wordset(
    """kremlin white house pentagon nato eu un u.s. us uk usa un u.n. e.u. u.k. state department ministry
    government parliament congress senate duma rada council commission union office army navy
    police court agency bank fund"""
)
ROLE_CLASSES = {
    "spokesman": "spokes", "spokeswoman": "spokes", "spokesperson": "spokes", "spokesmen": "spokes",
    "adviser": "adviser", "advisor": "adviser", "aide": "adviser",
    "analyst": "expert", "expert": "expert", "fellow": "expert", "researcher": "expert",
    "professor": "expert", "scholar": "expert", "economist": "expert", "premier": "prime", "pm": "prime",
    "cm": "chief-minister",
    "diplomat": "minister", "boss": "chief", "head": "chief",
    # abbreviated titles ("Sen. Alma Reyes" is "the senator" later)
    "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "lt": "lieutenant",
    "col": "colonel", "maj": "major", "capt": "captain", "adm": "admiral", "prof": "expert", "sgt": "sergeant",
    "supt": "superintendent", "insp": "inspector",
}
# Occupations that name a person's job in an appositive ("John Roe, the council's chief engineer") and later
# stand for them ("the engineer said"); job words that are also common surnames (farmer, baker) are left out.
OCCUPATIONS = wordset(
    """engineer teacher nurse pilot chef scientist physician surgeon architect activist student owner founder
    historian doctor volunteer organiser organizer paramedic firefighter prosecutor attorney reporter journalist
    correspondent editor politician"""
)
ROLE_NOUNS = frozenset(PERSON_TITLES | set(ROLE_CLASSES) | OCCUPATIONS | {"leader", "official", "chief", "diplomat"})
NAME_DESCRIPTORS = wordset(
    """veteran rival embattled incumbent jailed ousted exiled disgraced celebrated renowned legendary acclaimed
    controversial outspoken beleaguered deposed detained imprisoned"""
)
"""Adjectives a sentence may open with before a name ("Veteran Ann Roe said", "Jailed activist Omar Quist"): they
describe the person and are no part of the name, though capitalised by their place."""
PORTFOLIOS = wordset(
    """information affairs broadcasting agriculture communications telecommunications tourism petroleum
    fisheries aviation infrastructure"""
)
"""Words of a ministry's portfolio that a run can carry into the holder's name ("Minister of Information Ann
Roe"); never first names, and kept out of the title words so that "the Ministry of Foreign Affairs" stays a body."""
STOP_NAME = wordset(
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
    asked speaking writing responding commenting addressing several few dozens hundreds thousands its
    upper lower gully creek valley bay beach heights springs falls junction peninsula province district
    county township suburb suburbs neither
    millions one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand dozen
    opposition government cabinet coalition alliance administration
    authorities regime police sabha club with from by to of into over under about among amid against during
    until upon without within through across around behind beyond near whether once even just only perhaps
    maybe hospital airport station bridge hotel stadium church mosque temple prison jail county district
    province region valley lake beach harbour harbor port village cartel cartels gang gangs militia militias
    brigade brigades battalion syndicate mafia faction factions daily herald tribune gazette chronicle telegraph
    observer courier ledger examiner express mirror guardian independent bulletin dispatch inquirer sentinel"""
)


PRONOUNS = frozenset({"he", "she", "him", "her"})
PLURAL_PRONOUNS = frozenset({"they", "we", "i", "it", "you"})
ANON_HEADS = (
    "sources?|officials?|person|people|diplomats?|insiders?|aides?|analysts?|experts?|observers?|"
    "witness(?:es)?|residents?|employees?|members?|lawmakers?|officers?|commanders?|soldiers?|"
    "representatives?|individuals?|executives?|advis[eo]rs?|negotiators?|figures?|someone|spokes(?:man|"
    "woman|person)|ministers?|investors?|traders?|bankers?|economists?|activists?|survivors?|relatives?|"
    "protesters?|demonstrators?|voters?|passengers?|shoppers?|onlookers?|bystanders?|supporters?|critics?|"
    "locals?|neighbou?rs?|parents?|students?|fans?|campaigners?|nurses?|doctors?|medics?|teachers?|workers?|"
    "guards?|farmers?|villagers?|shopkeepers?|volunteers?|firefighters?|paramedics?|staffers?|"
    "investigators?|detectives?|prosecutors?|brokers?|dealers?|strategists?|fund managers?|drivers?|"
    "miners?|pilots?|engineers?|scientists?|researchers?|envoys?|farmers?|man|woman|men|women|teenagers?"
)
ANON = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther|[Aa]nother|"
    r"[Aa]|[Ss]enior|[Ww]estern|[Tt]op|[Mm]ultiple|[Vv]arious)\b(?:[\s\w.’'-]{0,80}?)\b"
    r"(?:" + grouped_alternation(ANON_HEADS) + r")\b"
)
PLURAL_HEADS = (
    "sources|officials|people|diplomats|insiders|aides|analysts|experts|observers|witnesses|residents|"
    "employees|members|lawmakers|officers|commanders|soldiers|representatives|individuals|executives|"
    "advis[eo]rs|negotiators|figures|investors|traders|bankers|economists|activists|survivors|relatives|"
    "protesters|demonstrators|voters|passengers|shoppers|onlookers|bystanders|supporters|critics|locals|"
    "neighbou?rs|parents|students|fans|campaigners|nurses|doctors|medics|teachers|workers|guards|farmers|"
    "villagers|shopkeepers|volunteers|firefighters|paramedics|staffers|investigators|detectives|prosecutors|"
    "lawyers|attorneys|spokespeople|brokers|dealers|strategists|miners|pilots|engineers|scientists|researchers|"
    "police|authorities|leaders|politicians|ministers|men|women|teenagers"
)
PLURAL = re.compile(r"\b(?:" + grouped_alternation(PLURAL_HEADS) + r")\b")
BARE_ANON = re.compile(r"^(?!the\b|The\b)(?:[A-Z][\w.’'-]*\s+|[a-z]+\s+){0,3}(?:" + grouped_alternation(PLURAL_HEADS)
                       + r")\b")
PARTICLES = frozenset({"de", "da", "van", "von", "der", "den", "ten", "bin", "al", "el", "la", "le", "du", "di",
                       "dos", "das", "ibn", "ter", "del", "y", "ben"})
DEMONYMS = wordset(
    """american british russian ukrainian belarusian european chinese japanese korean french german italian
    spanish portuguese polish czech slovak hungarian romanian bulgarian serbian croatian greek turkish
    israeli palestinian iranian iraqi syrian lebanese saudi emirati qatari egyptian jordanian yemeni
    afghan pakistani indian bangladeshi indonesian malaysian thai vietnamese filipino australian canadian
    mexican brazilian argentine argentinian chilean colombian venezuelan cuban nigerian kenyan ethiopian
    african south-african dutch belgian swiss austrian swedish norwegian danish finnish estonian latvian
    lithuanian georgian armenian azerbaijani kazakh uzbek moldovan irish scottish welsh english western
    eastern northern southern arab gulf nordic baltic soviet taiwanese hong-kong north-korean
    south-korean us-backed allied malawian zimbabwean zambian ghanaian ugandan tanzanian rwandan burundian somali
    sudanese libyan tunisian algerian moroccan senegalese cameroonian congolese angolan mozambican namibian
    malian chadian eritrean nepali nepalese lankan sri-lankan burmese cambodian laotian mongolian singaporean
    kuwaiti bahraini omani peruvian bolivian ecuadorian uruguayan paraguayan haitian jamaican guatemalan
    honduran salvadoran nicaraguan panamanian icelandic slovenian bosnian albanian macedonian montenegrin
    kosovar cypriot maltese kyrgyz tajik turkmen fijian kurdish"""
)


# Arabic family names glue a lower-case article to a capitalised name ("Ahmed al-Sharaa", "Abdel Fattah al-Burhan")
ARTICLE_PREFIX = re.compile(r"(?:al|el|ad|ash|as|at|az|an|ar|ud|ul)-(?=[A-Z\u00c0-\u00de])")


def capitalised(token: str) -> bool:
    """Whether a token starts like a name: a capital, or a glued article before one ("al-Burhan")."""
    return token[:1].isupper() or (token[:1] in "ae" and ARTICLE_PREFIX.match(token) is not None)


@short_memo(65536)
def fold(s: str) -> str:
    """Accent- and case-free form of a name, for comparisons (memoised: names recur); a curly apostrophe is a
    straight one, as pages mix them ("Dara O'Brien" ... "Insp O’Brien")."""
    return plain_fold(s).replace("’", "'")


@short_memo(65536)
def bare_word(token: str) -> str:
    """A token folded and stripped of punctuation, the form every word list is keyed by (memoised: hot)."""
    return plain_fold(token).strip(".,;:’'\"()")  # not through fold's memo: a token's fold is rarely wanted alone


@short_memo(65536)
def is_title(token: str) -> bool:
    """Whether a token is a title, rank, role or affiliation word rather than part of a name (memoised: every
    word of every capitalised run is tested)."""
    b = bare_word(token)
    if b in TITLE_WORDS or b in ORG_WORDS:
        return True
    if b.endswith("-elect") and b[:-6] in TITLE_WORDS:  # "Mayor-elect", "President-elect"
        return True
    if token.endswith(("’s", "'s", "s’", "s'")):
        return True
    return b in DEMONYMS


_ANON_HEAD = re.compile(grouped_alternation(ANON_HEADS))


@short_memo(16384)
def is_role_word(word: str) -> bool:
    """Whether a lower-case word names a role or an anonymous source head (spokesman, officials; memoised)."""
    b = bare_word(word)
    return b in ROLE_NOUNS or b in TITLE_WORDS or _ANON_HEAD.fullmatch(b) is not None


def split_titles(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Split a capitalised run into leading titles and the name proper."""
    cut = len(tokens)
    while cut > 2 and _post_nominal(tokens[cut - 1]):
        cut -= 1
    tokens = tokens[:cut]
    last = _last_title(tokens)
    if last == len(tokens) - 1 and last >= 1 and tokens[last] in _SURNAME_TITLES and tokens[last - 1][:1].isupper() \
            and not is_title(tokens[last - 1]):
        last = _last_title(tokens[:-1])  # "Ada Gen", "Ravi Sen", "Ann King": a surname, not a title after a name
    return tokens[: last + 1], tokens[last + 1 :]


_SURNAME_TITLES = frozenset(("Gen", "Sen", "Col", "Rep", "Gov", "Lt", "Sgt", "Maj", "Capt", "Cmdr", "Adm", "Prof",
                             "Rev", "King", "Major"))
"""Titles, most of them abbreviated, that are also surnames: after a given name, with no full stop, they end it
(a title goes before a name); portfolio words never come before them ("Health Minister" keeps its title)."""


def _post_nominal(token: str) -> bool:
    """Whether a token after a name is a rank or honour written in capitals ("KC", "MP", "OBE")."""
    return token[:1].isupper() and token.rstrip(".,")[-1:].isupper() and bare_word(token) in POST_NOMINALS


def _last_title(tokens: list[str]) -> int:
    """Index of the last title word in a run, or -1."""
    last = -1
    for i, tok in enumerate(tokens):
        if is_title(tok) or (tok.endswith(".") and bare_word(tok) in TITLE_WORDS) or \
                (tok.islower() and bare_word(tok) in ROLE_NOUNS):  # "Shop owner Ann Roe": a job in lower case
            last = i
    return last


def _outlet_name(name: str) -> bool:
    return outlets.may_be_alias(name) and outlets.canonical(name) is not None


def looks_like_name(tokens: list[str] | tuple[str, ...]) -> bool:
    """Whether name tokens (titles removed) could be a person's name."""
    if len(tokens) > 5:
        return False
    return tuple_looks_like_name(tokens if type(tokens) is tuple else tuple(tokens))


@short_tuple_memo(16384)
def tuple_looks_like_name(tokens: tuple[str, ...]) -> bool:
    """:func:`looks_like_name` of a tuple (memoised), for loops that hold tuples and skip the wrapper's frame;
    a caller passing a run thousands of words long should test the length first, as the wrapper does."""
    if not tokens or len(tokens) > 5:
        return False
    caps = [t for t in tokens if t.lower() not in PARTICLES]
    if not caps or not all(map(capitalised, caps)):
        return False
    if any(bare_word(t) in STOP_NAME for t in caps) or _outlet_name(" ".join(tokens)):
        return False
    if any(t.isupper() and len(t) > 1 and not t.endswith(".") for t in caps):
        return len(caps) >= 2 and not all(t.isupper() for t in caps)
    return True


# not "chairman": many papers give a woman that title too ("chairman Lina Osman ... she said")
_MALE = frozenset(
    {"mr", "sir", "lord", "king", "prince", "spokesman", "congressman", "father", "he", "him",
     "son", "brother", "dad", "husband", "boyfriend", "grandson", "nephew", "uncle", "widower"}
)
_FEMALE = frozenset({"mrs", "ms", "miss", "dame", "lady", "queen", "princess", "spokeswoman", "chairwoman",
                     "congresswoman", "she", "her", "madam", "daughter", "sister", "mother", "mom", "mum", "wife",
                     "girlfriend", "granddaughter", "niece", "aunt", "widow"})


COURTESY = frozenset({"mr", "mrs", "ms", "mx", "dr", "sir", "dame", "lord", "lady", "miss", "madam"})


def gender_of_words(words: list[str]) -> str:
    """"m", "f" or "" from gendered titles and pronouns, to match "he"/"she" to a person."""
    bare = {bare_word(w) for w in words}
    male, female = bool(bare & _MALE), bool(bare & _FEMALE)
    return "m" if male and not female else "f" if female and not male else ""


def role_class(word: str, context: list[str] | tuple[str, ...] = ()) -> str:
    """Role nouns that mean the same job map to one class (spokesman ~ spokesperson).

    A prime minister is the premier or the PM, a chief minister the CM. A secretary speaks for others
    only as a press secretary (``context`` holds the words written with the role); a home, foreign or
    general secretary is a job of its own, not a spokesperson's.
    """
    w = bare_word(word)
    if w == "minister" and any(bare_word(c) == "prime" for c in context):
        return "prime"  # a prime minister is "the premier" later, and not whoever else is "the minister"
    if w == "minister" and any(bare_word(c) == "chief" for c in context):
        return "chief-minister"  # an Indian or Pakistani state's head, "the CM" later
    if w == "secretary":
        return "spokes" if any(bare_word(c) == "press" for c in context) else "secretary"
    if w in _HEAD_WORDS and "head" in {bare_word(c) for c in context}:
        phrase = " ".join(bare_word(c) for c in context)
        for tail, office in _HEAD_OF.items():
            if phrase.endswith(tail):
                return office  # "the head of state": whoever holds that office, under whatever title
    return ROLE_CLASSES.get(w, w)


_HEAD_OF = {"head of state": "head-of-state", "head of government": "head-of-government",
            "head of the government": "head-of-government"}
_HEAD_WORDS = frozenset({"head", "state", "government"})


@short_memo(16384)
def surname(name: str) -> str:
    """The folded last word of a name without a possessive, the key people are filed under (memoised)."""
    parts = name.split()
    if not parts:
        return ""
    last = fold(parts[-1])
    article = ARTICLE_PREFIX.match(parts[-1])
    if article is not None:
        last = last[article.end() :]  # "al-Burhan" is filed under "burhan", as "Burhan said" refers back
    return last[:-2] if last.endswith(("’s", "'s")) else last


# "one week's figures", "last month's data": a time's possessive makes the head a statistic, not a person
_TIME_OWNER = re.compile(r"\b(?:day|week|weekend|month|quarter|year|decade|night|[Tt]oday|[Yy]esterday|\w+day)[’']s?\s")


def time_owned(phrase: str) -> bool:
    """Whether a phrase is owned by a time ("one week's figures"): statistics, not anonymous people."""
    return ("'" in phrase or "’" in phrase) and _TIME_OWNER.search(phrase) is not None


def anonymous_phrase(np: str) -> str | None:
    """An anonymous source phrase as written ("A senior official" -> "a senior official"), or None."""
    if ANY_SOURCE_HEAD.search(np) is None:
        return None  # most phrases are names or roles: without a source's head word neither pattern can match
    np = np.strip(" ,")
    if time_owned(np):
        return None
    np = _RECIPIENT.sub("", _inner_source(np))
    m = ANON.match(np)
    if m is None:
        m = BARE_ANON.match(np)
        if m is None:
            return None
    if np[:1].isupper() and np.split()[0].lower() in {"a", "an", "one", "two", "three", "several", "some",
                                                      "another", "other", "many", "senior", "multiple"}:
        np = np[:1].lower() + np[1:]
    return np


ANY_SOURCE_HEAD = re.compile(r"\b(?:" + grouped_alternation(ANON_HEADS + "|" + PLURAL_HEADS) + r")\b")
"""A head word of :data:`ANON` or :data:`BARE_ANON`: the phrase those match is cut from the one given, so a
phrase without one is no anonymous source."""
# "said a White House official to Politico": whom the source spoke to is no part of the source
_RECIPIENT = re.compile(r"\s+to\s+(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3}$")
_INNER_ARTICLE = re.compile(r"\s(?=(?:a|an|one)\s)")


def _inner_source(np: str) -> str:
    """The source inside a longer phrase ("a statement to the paper a hotel spokesperson" -> "a hotel spokesperson").

    An adverbial with no comma ("In a statement to TIME a spokesperson said") runs into the source; the
    last article starts the source when the words before it name nobody (so "a spokesperson for a
    charity" stays whole).
    """
    for m in reversed(list(_INNER_ARTICLE.finditer(np))):
        head, tail = np[: m.start()], np[m.end() :]
        if ANON.match(tail) and ANON.search(head) is None:
            return tail
    return np


FUTURE_OFFICE = frozenset({"incoming", "future", "elect", "elected", "designate"})
"""Words of an office someone is to hold ("the incoming president", "president-elect"): not the holder now."""


def future_office(word: str) -> bool:
    """Whether a role word names an office yet to be held: "incoming", "future", "president-elect"."""
    w = bare_word(word)
    return w in FUTURE_OFFICE or w.endswith(("-elect", "-designate"))
