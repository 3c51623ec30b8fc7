"""Word lists and patterns of speaker phrases: what may end, head, own or interrupt the words naming a speaker.

Kept apart from :mod:`reader.engine.phrases`, which reads the phrases, so the rules there stay short;
the same split as :mod:`reader.engine.speaker_words` for single words.
"""

from __future__ import annotations

import re

from reader.engine.speaker_words import ROLE_NOUNS, TITLE_WORDS, bare_word, wordset

SKIP_TAIL = wordset(
    """also later then first initially finally originally eventually further again previously repeatedly
    reportedly recently earlier once has had have was were is are would will did does do not never
    subsequently separately publicly privately explicitly simply only even just clearly flatly firmly
    bluntly quickly angrily calmly yesterday today tonight monday tuesday wednesday thursday friday saturday
    sunday on last this past to used went wanted declined refused appeared seemed expected able could might
    may must shall should going often usually always week weekend month year night morning afternoon evening"""
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
OPENING_TIME_WORDS = ("On ", "In ", "Last ", "This ", "Early ", "Late ", "By ")
OPENING_TIME = re.compile(
    rf"(?:On|In|Last|This|Early|Late|By)\s+(?:{_WEEKDAY}|{_MONTH}(?:\s+\d{{1,2}})?)"
    r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?=[A-Z])"
)
"""A time phrase opening the sentence, run into the subject's name for want of a comma ("On Tuesday Kell said")."""
DATE_TAIL = re.compile(
    rf"\s+on\s+(?:{_WEEKDAY}(?:,?\s+{_MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?)?|{_MONTH}\s+\d{{1,2}}),?\s*$")
"""A date between the subject and its cue ("The Council on Tuesday, March 3 said"), with the comma it may take."""
SIGNED_BY = re.compile(
    r"\b(?:statement|letter|release|communiqu[eé]|note|message|notice)\s+(?:signed|issued|released|sent|posted)\s+by\s+"
    r"(?=[^,;:.!?\"“”]{2,80}$)"
)
"""A document its signer speaks through ("a statement signed by spokesman Tom Vale said"): the signer."""
DOCUMENT_FROM = re.compile(
    r"\b(?:message|letter|statement|note|e-?mail|text|memo)\s+from\s+(?P<who>[^,;:.!?\"“”]{2,60}?)"
    r"(?:\s+to\s+[^,;:.!?\"“”]{1,60})?,?\s*$"
)
"""A document its sender speaks through ("A message from Tom Vale to the group read,"): the sender."""
NOT_PERSON_HEAD = wordset(
    """report reports statement ministry agency government document documents letter website post article
    study survey poll data court police army military company group council committee office embassy kremlin
    newspaper outlet channel broadcaster paper daily magazine network service authorities administration
    spokesperson's source sources video footage message note readout transcript decree law bill plan
    proposal draft agreement deal text memo analysis review estimate figures"""
)
DEFINITE_TAIL = re.compile(r"\b[Tt]he\s+(?:[\w’'-]+\s+){0,3}?([a-z][\w-]*|\d{1,3}-year-old)$")
# "His wife said", "Ferro's assistant said": someone known by their tie to another, a speaker of their own
KIN_WORDS = wordset(
    """son daughter brother sister mother father mom mum dad husband wife boyfriend girlfriend partner grandson
    granddaughter grandmother grandfather nephew niece uncle aunt cousin widow widower fiance fiancé fiancee
    fiancée assistant colleague friend neighbour neighbor parents family relatives"""
)
"""The last words :data:`KIN_TAIL` can end with: a phrase ending otherwise is told without the regex."""
KIN_TAIL = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]*[’'])s?\s+(?:\d{1,3}-year-old\s+|(?:older|younger|eldest|late)\s+)?"
    r"(son|daughter|brother|sister|mother|father|mom|mum|dad|husband|wife|boyfriend|girlfriend|partner|"
    r"grandson|granddaughter|grandmother|grandfather|nephew|niece|uncle|aunt|cousin|widow|widower|fianc[eé]e?|"
    r"assistant|colleague|friend|neighbou?r|parents|family|relatives)$"
)
# "Officials in Washington said", "residents near Port Avel said": a capitalised place after these locates
# the people before it, who are the speakers
PLACE_PREP_BEFORE = re.compile(r"\s(?:in|near|across|outside|around|inside|throughout)\s+(?:the\s+)?$")
PREP_BEFORE = re.compile(r"\s(?:from|of|in|at|for)\s+$")
"""A definite phrase after one of these modifies the phrase before it ("X from the province said"):
the speaker is X, not the province."""
LEAD_DROP = frozenset({"but", "and", "yet", "so", "however", "meanwhile", "still", "then", "now", "or", "later",
                       "earlier", "separately", "afterwards", "afterward", "previously", "finally", "instead",
                       "again", "additionally", "moreover", "furthermore", "similarly", "likewise", "elsewhere"})
DETERMINERS = frozenset({"the", "a", "an"})
POSSESSIVE = frozenset({"his", "her", "its", "their"})
ORG_NOUNS = wordset(
    """ministry government military army embassy office agency company police spokesperson's
    administration cabinet presidency kremlin staff command service forces guard committee council court
    prosecutors prosecutor's authorities department navy"""
)
HONORIFIC = re.compile(r"(?:[Hh]is|[Hh]er)\s+(?:Royal\s+)?(?:Highness|Majesty|Excellency|Holiness|Eminence|Beatitude)")
"""An honorific a report uses as a pronoun for someone it has named ("His Highness added: ...")."""
ORG_HEADS = wordset(
    """service agency ministry department council committee commission union association federation authority
    bureau institute office staff guard police army navy forces force court party front movement bank fund board
    organisation organization foundation trust society corporation network alliance league chamber assembly
    parliament senate congress cabinet secretariat directorate inspectorate administration coalition
    observatory tribunal confederation syndicate command university college school hospital academy museum
    centre center clinic laboratory"""
)
"""Head words of a body's name ("the State Information Service", "the Nurses Union of Kestrel"): a name
ending in one, capitalised, is an organisation, whatever person-like words it holds."""
ORG_MODIFIERS = wordset(
    """coast border state national federal central civil defence defense security health election electoral
    interior justice emergency fire armed air naval special foreign finance treasury tax customs immigration
    transport energy environment education labour labor trade news"""
)
"""Lower-case words that make one body's kind of a generic one ("Veltria's coast guard", "the border police")."""
AFTER_STOP = re.compile(r"[,.;:!?\"“”«»()\[\]]|\s[—–-]\s|\bthat\b|\bwho\b|\bwhen\b|\bwhile\b|\bas\b")
TIME_LEAD = re.compile(
    r"^\s*(?:(?:on|last|this|late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"yesterday|today|earlier|later|recently|previously)\b[\s,]*"
)
DOCUMENT_LEAD = re.compile(
    r"\s*(?:an?|the|its|his|her|their)\s+(?:\w+\s+)?(?:statement|report|post|readout|transcript|message|letter|"
    r"communique|communiqué|release|briefing)\s+(?:from|by|of|issued\s+by|published\s+by)\s+"
)
ANON_STOP = re.compile(r"[,.;:!?\"“”«»()\[\]]|\s[—–-]\s")
ABBREV_DOT = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Adm|Maj|St|Jr|Sr|Rev)|\b[A-Z])$")
DOCUMENT_OWNER = re.compile(
    r"(\S)[’']s\s+(?:\w+\s+)?(?:statement|letter|message|post|readout|communiqu[eé]|release|tweet|ruling|"
    r"verdict|decree|note|memo|email|e-mail)\s*$"
)
# "A police statement said", "a Kremlin statement said": the body that issued the text speaks through it
DOCUMENT_MODIFIER = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+((?:[A-Z][\w’'.-]*\s+){1,3}|(?:police|army|military|government|ministry|company|"
    r"court|council|party|embassy|navy|union)\s+)(?:(?:joint|brief|written|short|official)\s+)?"
    r"(?:statement|letter|message|post|readout|communiqu[eé]|release|tweet|note|memo|email|e-mail)\s*$"
)
AGE_LEAD = re.compile(r"\s*(?:an?\s+)?\d{1,3}-year-old\s+(?:[a-z][\w-]*\s+){0,2}")
DOCUMENT_OWNED = ("statement", "letter", "message", "post", "readout", "communique", "communiqué", "release",
                  "tweet", "ruling", "verdict", "decree", "note", "memo", "email", "e-mail")
"""The words :data:`DOCUMENT_OWNER` ends with: a text whose last word is none of them cannot match."""
# "Korvex in a statement said", "the union in an open letter said": how it spoke is no part of who spoke
MANNER_NOUNS = ("statement", "interview", "post", "letter", "email", "e-mail", "release", "conference",
                "briefing", "tweet", "message", "video", "speech", "filing", "note", "broadcast", "address")
MANNER_BEFORE = re.compile(
    r"\s(?:in|on|at|via|through)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w’'.,-]+\s+){0,3}(?:"
    + "|".join(MANNER_NOUNS) + r")\s*$"
)
ASIDE_BEFORE = re.compile(r"\s\((?:[^()]{1,40})\)\s*$")
# "one nurse, who asked not to be named, told ...": the relative clause is no part of the speaker phrase
IN_PLACE_TAIL = re.compile(r"(?<=[a-z’'])\s+in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?$")
"""Where a named speaker was, between the name and the cue: "Prime Minister Tomas Velk in Oslo on Monday said"."""
IN_TOWN_TAIL = re.compile(
    r"(?<=[a-z’'])\s+in\s+the\s+(?:[a-z]+\s+){0,2}(?:city|town|village|province|region|district|capital|port|state|"
    r"county)\s+of\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?$"
)
"""A place named by its kind ("in the northern city of Tarvik") between the speaker and the cue: never the speaker."""
AT_FIRM_TAIL = re.compile(
    r"(?<=[a-z’'])\s+(?:at|from)\s+(?:the\s+)?(?:law\s+firm|(?:consulting|consultancy|research|investment|"
    r"brokerage|accounting|advisory|PR|lobbying)\s+(?:firm|company|group)|firm|consultancy|brokerage|think[- ]tank|"
    r"investment\s+bank|lender|bank)\s+[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3}$"
)
"""A named speaker's employer set between the name and the cue ("Tomas Vell at law firm Vell Partners said"):
the firm is where the speaker works, not who speaks."""
NAME_BEFORE_PLACE = re.compile(r"[A-Z][\w’'-]+\s+[A-Z][\w’'-]+$")
"""A full name (two capitalised words) right before :data:`IN_PLACE_TAIL`: "Police in Dalport" keeps its place."""
RELATIVE_BEFORE = re.compile(r",\s+(?:who|which)\s+[^,;:.!?\"“”«»]{1,100},\s*$")
PARTICIPLE_BEFORE = re.compile(
    r",\s+(?:speaking|writing|talking|appearing|addressing|responding|replying|referring|commenting|posting|"
    r"testifying)\s[^,;:!?\"“”«»]{1,100}(?:,\s+[a-z][^,;:!?\"“”«»]{0,120})?,\s*$"
)
"""A participial insert between the speaker and the cue ("Ann Roe, speaking on the radio network Q, formerly Chirp,
said"): the names inside it (a platform, a station) are where she spoke, not who. One aside in lower case may
follow it (", formerly Chirp,"); more commas are a list of phrases, each maybe the speaker, and end the search."""
HEAD_OF = re.compile(
    r"(?:\b([Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+)?\b((?:[A-Za-z][\w’'-]*\s+){0,2}[A-Za-z][\w’'-]*)"
    r"\s+(of|for|from)\s+(?:the\s+)?$"
)
ORG_OF = re.compile(r"(?:\b[Tt]he\s+)?((?:[A-Z][\w’'-]*\s+){1,3})of\s+(?:the\s+)?$")
OF_FOR = re.compile(r"\s(?:of|for)\s")
DESCRIPTION = re.compile(r"\s*(?:the|a|an)\s+([^,.;]{1,80})")
CLAUSE_VERB = re.compile(
    r"(?<![\w’'-])(?:said|says|told|tells|added|adds|announced|stated|insisted|warned|explained|asked|replied|noted|"
    r"is|was|were|are|has|have|had|will|would|could|can|did|does|do|may|might|must|should)(?![\w’'-])"
)
"""Verbs of a finite clause: "in Port Averly, the minister said ..." is no appositive of the place (the minister is
the subject of the main clause), and a person named after one of these verbs is in the predicate, not the subject."""
RELATIVE = re.compile(r"\b(?:who|whom|whose|which|that)\b")
# "the Joint Committee on Harbour Safety": "on" joins a name only after the head of a body that studies something
ON_HEADS = frozenset({"committee", "subcommittee", "council", "commission", "panel", "conference", "convention",
                      "forum", "taskforce", "inquiry", "board"})
OF_CHAIN = re.compile(r"([\w’'-]+)\s+(?:of|for)\s+(?:the\s+)?$")
AFFILIATION = re.compile(r"[DRI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?|\d{1,3}")
APPOSITIVE_NAME = re.compile(r"\s*((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)\s*(?:,|\.|;|$)")


_OFFICE_OF = re.compile(
    r"(?<![\w’'-])((?:[A-Z][\w’'.-]*\s+){0,3}?[A-Z][\w’'-]*)\s+(?:of|for)\s+(?:the\s+)?"
    r"((?:[A-Z][\w’'-]*\s+){1,3}(?:and|&)\s+)?$"
)


def office_before(text: str, lo: int, start: int) -> re.Match[str] | None:
    """The office ("the Minister of", "the Department of Roads and") that the capitalised words at ``start``
    complete as its portfolio, else None; group 1 is the office up to its head word, group 2 the "X and" part.

    The head must be a body's ("Department", "Ministry") or a title ("Minister", "Governor"), written with a
    capital: "the Minister of Trade", but "a friend of Ann Roe" is a person's friend.
    """
    if start - lo < 6 or not text.endswith((" of ", " for ", " the ", " and ", " & "), max(lo, start - 6), start):
        return None
    m = _OFFICE_OF.search(text, max(lo, start - 120), start)
    if m is None or m.start(1) < lo:
        return None
    head = bare_word(m.group(1).rsplit(None, 1)[-1])
    return m if head in ORG_HEADS or head in TITLE_WORDS or head in ROLE_NOUNS else None
