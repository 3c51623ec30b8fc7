"""The regular expressions that find credits, each beside the cheap pre-check ("gate") that guards it.

Most paragraphs credit nobody, so :mod:`reader.engine.credits` runs a costly
pattern only when a substring or word test shows it could match. A gate must
be a necessary condition of its pattern, or a credit silently goes missing;
keeping each gate next to its pattern means an edit to one is made in sight of
the other (tests/engine/test_credits_gates.py checks the pairs). The patterns that read a citation
around a registry name live in :mod:`reader.engine.credit_cite_patterns`.
"""

from __future__ import annotations

import re

from reader.engine.credit_cite_patterns import OUTLET_NOUNS as _OUTLET_NOUNS
from reader.engine.credit_kinds import OUTLET_HEAD_WORDS as OUTLET_HEAD_WORDS  # re-exported: the outlet-like names
from reader.engine.credit_kinds import OUTLETISH as OUTLETISH  # moved to credit_kinds, still imported from here
from reader.engine.credit_kinds import may_name_by_kind, may_name_outlet
from reader.engine.regex_tools import trie_regex

# Characters that case-insensitive matching equates with an ASCII letter although lower() does not make
# them one (dotted and dotless i, long s, Kelvin sign); a text holding one skips the substring gates.
FOLD_TRAP_CHARS = "\u0130\u0131\u017f\u212a"
_FOLD_TRAPS = re.compile("[" + FOLD_TRAP_CHARS + "]")


def folds_oddly(text: str) -> bool:
    """Whether ``text`` holds a character that only case-insensitive matching turns into an ASCII letter."""
    return not text.isascii() and _FOLD_TRAPS.search(text) is not None


def contains_any(text: str, needles: tuple[str, ...]) -> bool:
    """Whether any needle occurs in ``text``; plain ``in`` tests beat a regex alternation here."""
    for needle in needles:  # noqa: SIM110 (a plain loop: no generator frame per needle, twice as fast)
        if needle in text:
            return True
    return False


def _needles(stems: tuple[str, ...]) -> tuple[str, ...]:
    """The stems that hold no shorter one: "website" is in any text that holds it only if "site" is too."""
    return tuple(w for w in stems if not any(v != w and v in w for v in stems))


def may_match_folded(text: str, low: str, stems: tuple[str, ...]) -> bool:
    """Whether a case-insensitive pattern needing one of ``stems`` can match ``text`` (``low`` is its lower())."""
    return contains_any(low, stems) or folds_oddly(text)


def may_match_lowered(text: str, low: str, necessary: re.Pattern[str]) -> bool:
    """Whether a case-insensitive pattern that needs ``necessary`` (lower-case) can match ``text``."""
    return necessary.search(low) is not None or folds_oddly(text)


# Picture credits: "Photo by X", "Image: X", "(file photo) X".
PHOTO_WORD = re.compile(
    r"(?i)\b(?:photo(?:graph)?s?|pictures?|pics?|images?|foto|credit|illustration|video|footage|"
    r"file\s+photo|handout)\b\s*(?:by|:|©|credit:?)?"
)
PICTURE_STEMS = ("photo", "pic", "image", "foto", "credit", "illustration", "video", "footage", "handout")


def may_name_picture(text: str, low: str) -> bool:
    """Gate of PHOTO_WORD: the text holds a picture word (``low`` is ``text.lower()``)."""
    return may_match_folded(text, low, PICTURE_STEMS)


VIA_GETTY = re.compile(r"\bvia\s+Getty(?:\s+Images)?\b")
SLASH = re.compile(r"(?:/\s*|\s*/)")
SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z]")
PICTURE_TAIL = re.compile(r"\((?:[Pp]hoto|[Pp]icture|[Ii]mage|[Ff]ile)[^)]*\)\s*$")


def has_picture_tail(text: str) -> bool:
    """Whether ``text`` ends in a picture note such as "(Photo: ...)"; the ")" test gates PICTURE_TAIL."""
    return text.rstrip().endswith(")") and PICTURE_TAIL.search(text) is not None


# Lines that name a copy source: datelines, "Source:" lines, bylines.
# The place may hold brackets of its own: "Manipur (Imphal) [India], Nov 3 (ANI): ..."
DATELINE = re.compile(r"^(?:[^()\n]|\([^()\n]{1,30}\)){0,80}?\(([^()\n]{2,60})\)\s*[-—–:]")
# Russian agency style: "MOSCOW, August 27. /TASS/." (the agency between slashes after the place and date)
DATELINE_SLASH = re.compile(r"^[A-Z][A-Z .'-]{1,40},[\w .]{1,25}?/\s*([A-Z][\w .-]{1,30}?)\s*/")
# A dateline's bracketed credit with no dash after it: "(CNN) Two reporters ...", "LAGOS (AFP) The ...", or the
# agency and date together in the brackets: "ISLAMABAD, (Coastal Wire - 30th Aug, 2024) The ...".
DATELINE_BARE = re.compile(
    r"^(?:[A-Z][^()\n]{1,60}?\s)?\(([^()\n]{2,60}?)(\s+[-–—]\s+[^()\n]{0,30}\d[^()\n]{0,30})?\)\s+(?=[A-Z\"“‘'])"
)
DATELINE_DOT = re.compile(r"^[A-Z][A-Z .'-]{1,40},\s*[\w ]{1,20}?\s*[–—-]\s*([A-Z][\w .-]{1,40}?)\.\s")
SOURCE_LINE = re.compile(r"^\W{0,3}(?:SOURCES?|Sources?|Source\(s\)|Via|VIA|From|FROM)\s*(?:[:\-–—]\s*|\s)(.{2,200})$")
BYLINE = re.compile(r"^By\s+[A-Z][^|/]{2,80}?(?:(?:,|\s[|—–-]|\s+for|\s+of)\s+|\s*/\s*)(.{2,60})$")
PROPER = re.compile(r"\s*(?:the\s+)?([A-Z][\w.&’'-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w.&’'-]*){0,4})")
# "© Provided by X", "Copyright © 2011, by X": a sign, a year and a "by" may stand before the holder
COPYRIGHT = re.compile(r"(?:©|\([cC]\)|\bCopyright\b)\s*(?:©\s*)?(?:\d{4}\s*,?\s*)?(?:(?:[Pp]rovided\s+)?by\s+)?")


def may_hold_copyright(text: str, low: str) -> bool:
    """Gate of COPYRIGHT: a copyright sign or word occurs (``low`` is ``text.lower()``)."""
    return "©" in text or "(c)" in low or "copyright" in low


SOURCE_PHRASE = re.compile(
    r"(?i)(?:(?:based|prepared(?:\s+based)?|drawn|adapted|compiled|translated)\s+(?:on|from)\s+(?:the\s+)?"
    r"(?:materials?|reports?|reporting|information|content|(?:an?|the)\s+(?:article|story|report)|articles|"
    r"stories|dispatch(?:es)?|wire\s+copy)\s+(?:(?:first\s+|originally\s+)?(?:published|provided|"
    r"distributed|released)\s+)?(?:by|from|in|of|on)"
    r"|(?:originally|first)\s+(?:published|appeared|ran|posted)\s+(?:by|in|on|at)"
    r"|(?:story|article|report|piece|content|text)\s+(?:was\s+|is\s+|has\s+been\s+)?(?:originally\s+|first\s+)?"
    r"(?:published|produced|written|provided|distributed|syndicated|republished|reproduced)\s+"
    r"(?:(?:with\s+permission\s+)?(?:by|in|on|via|from)|with\s+permission\s+(?:from|of))"
    r"|(?:this|the)\s+(?:report|story|article)\s+by(?=[^.]{0,80}\b(?:first|originally)\s+(?:published|"
    r"distributed|appeared))"
    r"|republished\s+(?:with\s+permission\s+)?(?:from|by)"
    r"|(?:reproduced|syndicated|distributed)\s+(?:with\s+permission\s+)?(?:from|by)"
    r"|all\s+rights\s+(?:to\s+the\s+original\s+(?:text|article|material)\s+)?(?:belong\s+to|reserved\s+(?:by|to))"
    r"|original\s+(?:article|story|text|report|version)\b[^.]{0,60}?(?::|\bby\b|\bat\b|\bin\b|\bon\b))"
    r"\s*"
)
SOURCE_STEMS = (
    "based", "prepared", "drawn", "adapted", "compiled", "translated", "originally", "first", "published",
    "produced", "written", "provided", "distributed", "syndicated", "republished", "reproduced", "rights",
    "original",
)
_SOURCE_NEEDLES = _needles(SOURCE_STEMS)
# Each SOURCE_PHRASE form needs one of these word pairs; checked on the lower-cased text.
# A trie of the first words, each with what must follow it: one letter tried per position, four times
# faster than an alternation of the pairs (whose search only needs to know whether one occurs).
SOURCE_PAIR_TAILS = (
    dict.fromkeys(("based", "prepared", "drawn", "adapted", "compiled", "translated"), r"\s+(?:on|from)")
    | dict.fromkeys(("originally", "first"), r"\s+(?:published|appeared|ran|posted)")
    | dict.fromkeys(("published", "produced", "written", "provided", "distributed", "syndicated", "republished",
                     "reproduced"), r"\s+(?:by|in|on|via|from|with)")
    | dict.fromkeys(("report", "story", "article"), r"\s+by")
    | {"all": r"\s+rights", "original": r"\s+(?:article|story|text|report|version)"}
)
SOURCE_PAIRS = re.compile(trie_regex(set(SOURCE_PAIR_TAILS), SOURCE_PAIR_TAILS))


def may_cite_source(text: str, low: str) -> bool:
    """Gate of SOURCE_PHRASE: a source stem and one of its word pairs occur (``low`` is ``text.lower()``)."""
    return contains_any(low, _SOURCE_NEEDLES) and may_match_lowered(text, low, SOURCE_PAIRS)


# Reuters house style: "Reporting by A; Editing by B", or a closing "(Editing by B)"; many papers close with
# "(Edited by B)", which names no house.
HOUSE_STYLE = re.compile(
    r"\b(?:Reporting|Writing|Compiled|Reported)\s+by\b[^.\n]{0,200}?;\s*(?:[Ee]diting|[Ww]riting)\s+by\b"
    r"|\b[Ee]diting\s+by\s+[A-Z][^.\n]{0,80}?\)\s*$"
)


def may_be_house_style(text: str, low: str) -> bool:
    """Gate of HOUSE_STYLE: " by " with a semicolon or a closing parenthesis (``low`` is ``text.lower()``).

    The one-character tests come first: they run at memchr speed, " by " at a fraction of it.
    """
    return (";" in text or (")" in text and text.rstrip().endswith(")"))) and " by " in low


# Contributors named before the outlet: "Additional reporting by X", "with files from X".
CONTRIB_BEFORE = re.compile(
    r"(?i)(?:(?:additional|further|contributing)\s+reporting\s+(?:by|from)|(?:^|(?<=\())\s*reporting\s+by|(?:with\s+)?(?:files|notes)\s+from|(?:with\s+)?(?:agency\s+)?inputs\s+"
    r"from|(?:with\s+)?(?:the\s+)?assistance\s+(?:from|of|by)|"
    r"(?:with|includes?|including|contains?)\s+(?:additional\s+)?(?:reporting|material|reports|information|"
    r"dispatches)\s+(?:from|by)|this\s+(?:report|story|article)\s+(?:contains|includes|uses)\s+"
    r"(?:material|information|reporting)\s+from)\s*"
)
CONTRIB_STEMS = ("reporting", "inputs", "material", "reports", "information", "dispatches", "files", "notes",
                 "assistance")
# Each CONTRIB_BEFORE form needs one of these word pairs; checked on the lower-cased text.
CONTRIB_PAIRS = re.compile(
    r"(?:reporting|files|notes|inputs|material|reports|information|dispatches)\s+(?:from|by)|assistance\s+(?:from|of|by)"
)


def may_credit_contributor(text: str, low: str) -> bool:
    """Gate of CONTRIB_BEFORE: a contributor stem and one of its word pairs occur (``low`` is ``text.lower()``)."""
    return contains_any(low, CONTRIB_STEMS) and may_match_lowered(text, low, CONTRIB_PAIRS)


# Contributors named after the outlet: "X contributed to this report", or a closing "With X."
CONTRIB_AFTER = re.compile(
    r"^[^.;:]{0,80}?\b(?:contributed|contributes|contributing)\b(?:\s+(?:reporting|to\s+(?:this|the)\s+"
    r"(?:report|story|article|coverage|dispatch)))?"
    r"|^[^.;:]{0,40}?\b(?:was|were)\s+used\s+in\s+(?:this|the)\s+(?:report|story|article)"
)
WITH_END = re.compile(r"(?:^|[\s(—–-])[Ww]ith\s*$")
_WITH_TAIL = re.compile(r"[Ww]ith\s+\S[^.]{0,40}\)?\.?\s*$")


# Only an agency's own copy says it could not check something: "Reuters could not independently verify the
# footage", "AFP was unable to confirm", "The AP could not immediately reach the ministry for comment".
OWN_DISCLAIMER = re.compile(
    r"\s+(?:could\s+not|couldn't|was\s+unable\s+to|were\s+unable\s+to|has\s+not\s+been\s+able\s+to|"
    r"was\s+not\s+able\s+to|cannot|can\s+not)\s+(?:independently\s+|immediately\s+|yet\s+)*"
    r"(?:verify|confirm|reach|determine|establish|authenticate)\b"
    # "The BBC has contacted the ministry for comment": the outlet speaks of its own reporting
    r"|\s+(?:has|have|had)\s+(?:contacted|approached|reached\s+out\s+to|asked)\s[^.;]{1,80}?\bfor\s+"
    r"(?:comment|a\s+response|a\s+statement)\b"
)
_DISCLAIM_STEMS = ("verif", "confirm", "reach", "determin", "establish", "authentic", "contacted", "approached",
                   "asked")


def may_disclaim(low: str) -> bool:
    """Gate of OWN_DISCLAIMER: one of its verbs occurs (``low`` is the lower-cased paragraph)."""
    return contains_any(low, _DISCLAIM_STEMS)


def may_credit_after(text: str, low: str) -> bool:
    """Gate of CONTRIB_AFTER and WITH_END: "contribut", "used in" or a closing "with X" (``low`` is lower())."""
    return "contribut" in low or "used in" in low or _WITH_TAIL.search(text[-60:]) is not None



# Cited outlets missing from the registry, found through the noun that describes them.
_UNKNOWN_BY_VERB = (  # "according to X, a ... newspaper": the one form that needs no noun before a name
    r"(?:[Aa]ccording\s+to|[Cc]ited\s+by|[Rr]eported\s+by)\s+(?:the\s+)?"
    r"(?P<a>[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|of|de|the|for)){0,5}),\s+(?:a|an|the)\s+[^,.;]{0,60}?\b"
    + _OUTLET_NOUNS + r"\b"
)
UNKNOWN_CITED = re.compile(
    _UNKNOWN_BY_VERB
    + r"|(?:the\s+|[A-Z][\w-]+\s+|independent\s+|investigative\s+|exiled\s+|state\s+|online\s+|local\s+)"
    + _OUTLET_NOUNS
    + r"\s+(?P<b>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4})(?:,\s+[^,.;]{1,80},)?\s+(?:has\s+|had\s+|also\s+|first\s+)?"
    r"(?:reported|said|wrote|found|revealed|published|cited|quoted|estimated)\b"
    r"|(?:interview\s+with|told|according\s+to|speaking\s+to|published\s+by|(?:first\s+)?reported\s+by|"
    r"quoted\s+(?:as\s+saying\s+)?(?:in|by)|(?:issue|edition)\s+of)\s+"
    r"(?:the\s+|a\s+)?(?:[A-Z][\w-]+\s+|[a-z]+\s+)?"
    + _OUTLET_NOUNS
    + r"\s+(?P<c>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4})"
)
# UNKNOWN_CITED's second form with lower-case words describing the noun: "French satirical weekly Le Petit
# Echo said". Apart (under the same gate, names_after_noun): trying the words at every capital inside
# UNKNOWN_CITED slowed the whole pattern by half.
UNKNOWN_DESCRIBED = re.compile(
    r"(?<![\w-])(?:the|[A-Z][\w-]+)\s+(?:[a-z][\w-]+\s+){1,2}?" + _OUTLET_NOUNS
    + r"\s+(?P<b>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4})(?:,\s+[^,.;]{1,80},)?\s+(?:has\s+|had\s+|also\s+|first\s+)?"
    r"(?:reported|said|wrote|found|revealed|published|cited|quoted|estimated)\b(?P<a>(?!))?(?P<c>(?!))?"
)
# UNKNOWN_CITED's first form alone, with the other forms' groups (never set): its matches where they cannot match
UNKNOWN_BY_VERB = re.compile(_UNKNOWN_BY_VERB + r"|(?P<b>(?!))(?P<c>(?!))")
# UNKNOWN_CITED reads "according to X, a ... <noun>", needing one of these stems and a noun, or else a
# whole-word outlet noun phrase followed by a capitalised name; these are the words such a phrase ends with.
CITED_VERB_STEMS = ("ccording", "cited", "Cited", "eported")  # not "ited": "United", "visited"
OUTLET_NOUN_ENDS = frozenset(
    str.split(
        """outlet newspaper site website agency broadcaster channel magazine publication daily weekly tabloid
        portal network service group project team unit monitor tank think-tank blog media podcast station"""
    )
)
_OUTLET_NOUN_STEMS = tuple(sorted(w for w in OUTLET_NOUN_ENDS if "-" not in w))


NOUN_NEEDLES = _needles(_OUTLET_NOUN_STEMS)


def may_cite_unknown(para: str) -> bool:
    """Gate of UNKNOWN_CITED: a cheap necessary condition for it to match ``para``.

    "According to X, a ... newspaper" needs its verb and an outlet noun; the other forms need a word
    that is an outlet noun followed by a capitalised one. The rare verbs are tested first.
    """
    return may_cite_by_verb(para) or names_after_noun(para)


def may_cite_by_verb(para: str) -> bool:
    """Gate of UNKNOWN_CITED's first form ("according to X, a ... newspaper"): its verb and an outlet noun."""
    return contains_any(para, CITED_VERB_STEMS) and contains_any(para, NOUN_NEEDLES)


def names_after_noun(para: str) -> bool:
    """Gate of UNKNOWN_CITED's other forms: a word that is an outlet noun, then a capitalised word."""
    words = para.split()
    if OUTLET_NOUN_ENDS.isdisjoint(words):
        return False
    return any(w in OUTLET_NOUN_ENDS and "A" <= nxt[0] <= "Z" for w, nxt in zip(words, words[1:], strict=False))


# Desk initials around an agency line ("mf/sms (AFP, Reuters)", "dpa/AFP/jh", DW's house style): not words
EDITOR_INITIALS = re.compile(r"^\s*[a-z]{1,4}(?:/[a-z]{1,4})+\s*(?=\()|(?<=/)[a-z]{1,4}\s*$")

# A caption's closing credit with the agency first ("... 2025. REUTERS/Maxim Shemetov/File Photo", "AFP/Jo Roe"):
# the photographer's name, then maybe "File Photo", "Pool" or a further agency, to the end of the caption
AGENCY_FIRST_CREDIT = re.compile(
    r"\s*/\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*/\s*[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,2})*"
    r"(?:\s+Purchase\s+Licensing\s+Rights[\w, ]*)?\s*\)?\s*$"
)


# The caption closers credit_captions.slashed_picture reads, and their gate (the picture word, at most one
# space, the slash: looked for in the lower-cased text). After a caption's sentence end or alone on the
# line, "Photo/KT/JANE ODHIAMBO" or "PHOTO / DN / Ana Roe":
SLASHED_PICTURE = re.compile(
    r"(?:^|(?<=[.!?”\"]\s))\s*(?:Photos?|PHOTOS?|Pictures?|PICTURES?|Images?|IMAGES?) ?/\s*"
    r"(?P<org>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s*/\s*"
    r"(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*\.?\s*$"
)
# "Supplied / Police" closing a caption after its full stop: the name after the slash supplied the picture
SUPPLIED_PICTURE = re.compile(
    r"(?<=[.!?]\s)\s*(?:Photo\s*[:/]\s*)?(?:Supplied|SUPPLIED) ?/\s*"
    r"(?P<who>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})\s*\.?\s*$"
)
SLASH_CREDIT_NEEDLES = tuple(
    w + space + "/"
    for w in ("photo", "photos", "picture", "pictures", "image", "images", "supplied")
    for space in ("", " ")
)


def may_credit_by_slash(text: str, low: str) -> bool:
    """Gate of SLASHED_PICTURE and SUPPLIED_PICTURE (``low`` is ``text.lower()``)."""
    return "/" in text and contains_any(low, SLASH_CREDIT_NEEDLES)


# The words credit_labels reads as a picture label when a colon follows them, maybe after spaces ("Photo:",
# "Photograph :", "Credit:"); lower-cased, as the gate looks for them.
PICTURE_LABELS = ("photo", "photos", "photograph", "photographs", "picture", "pictures", "image", "images",
                  "credit", "credits")


def labels_colon(low: str, colon: int) -> bool:
    """Whether a picture label ends just before the colon at ``colon`` of ``low``, spaces apart."""
    at = colon
    while at > 0 and low[at - 1].isspace():
        at -= 1
    return low.endswith(PICTURE_LABELS, 0, at)


def may_label_picture(low: str) -> bool:
    """Gate of credit_labels' labelled credits ("Photo: Ana Roe"): a picture label before a colon (on lower())."""
    at = low.find(":")
    while at >= 0:
        if labels_colon(low, at):
            return True
        at = low.find(":", at + 1)
    return False


def may_credit_unnamed(para: str, stripped: str, low: str, heads: bool = True) -> bool:
    """Whether a paragraph naming no registry outlet could still credit one (``low`` is ``para.lower()``).

    The rules that accept a name missing from the registry are few: a dateline's bracketed name,
    a "Source:" line, a "based on materials from X" phrase, Reuters house style, an outlet-like
    name ("Coastal Wire"), a cited outlet described by its noun ("the newspaper Kyiv Daily" or "the
    Onda Sur radio station"), a courtesy note ("Report courtesy X") and a slash picture credit closing a
    caption ("Photo/KT/JANE ODHIAMBO", "Supplied / Police") and a picture label before a colon ("Photo: Ana Roe").
    This is the union of their gates, so it must stay a necessary condition of each of them;
    ``heads=False`` says the caller has already found no head word of an outlet-like name.
    A new term here needs its whole-text place-finder in :mod:`reader.engine.credits_gate` too.
    """
    return (
        stripped.find("(", 0, 81) >= 0
        or SOURCE_LINE.match(stripped) is not None
        or may_be_house_style(para, low)
        or (heads and may_name_outlet(para))
        or may_cite_source(para, low)
        or may_cite_unknown(para)
        or "courtesy" in low  # "(Report & Photo courtesy X)": credit_layouts.courtesy
        or may_credit_by_slash(para, low)  # "... on Monday. Photo/KT/JANE ODHIAMBO": credit_captions
        or may_name_by_kind(low)  # "the Onda Sur radio station": credit_kinds
        or (":" in para and may_label_picture(low))  # "... on Monday. Photograph: Dara Quill": credit_labels
    )
