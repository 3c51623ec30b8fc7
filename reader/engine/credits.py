"""Outlets an article credits, and how: copy source, contributor, cited report or picture credit.

Journalists credit agencies in a handful of stable forms (datelines such as
``MOSCOW (Reuters) -``, source lines, "contributed to this report", "according
to", picture credits such as ``Photo by X / POOL / AFP``). Each rule below finds
one form; outlet names are resolved through :mod:`reader.engine.outlets`.
Photo credits are looked for in the furniture (captions) and in caption-like
paragraphs, and a picture credit never counts as a citation.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass

from reader.engine import dates, outlets
from reader.engine.models import CREDIT_ROLES, Credit, Span

log = logging.getLogger(__name__)

_MAX_PARAGRAPH = 20_000
_OUTLET_NOUNS = (
    r"(?:news\s+)?(?:outlet|newspaper|news\s+site|news\s+website|news\s+agency|agency|broadcaster|"
    r"(?:TV\s+|television\s+|Telegram\s+|YouTube\s+)?channel|website|web\s+site|magazine|publication|daily|"
    r"weekly|tabloid|portal|network|wire\s+service|(?:open[- ]source\s+)?(?:research|monitoring|"
    r"analytical|investigative)\s+(?:group|project|team|outlet|unit)|monitor|monitoring\s+group|"
    r"think[- ]tank|blog|media\s+outlet|media|project|podcast|radio\s+station|station)"
)
_PHOTO_WORD = re.compile(
    r"(?i)\b(?:photo(?:graph)?s?|pictures?|pics?|images?|foto|credit|illustration|video|footage|"
    r"file\s+photo|handout)\b\s*(?:by|:|©|credit:?)?"
)
_PICTURE_STEMS = ("photo", "pic", "image", "foto", "credit", "illustration", "video", "footage", "handout")
# Characters that case-insensitive matching equates with an ASCII letter although lower() does not make
# them one (dotted and dotless i, long s, Kelvin sign); a text holding one skips the substring gates.
_FOLD_TRAPS = re.compile("[\u0130\u0131\u017f\u212a]")


def _folds_oddly(text: str) -> bool:
    """Whether ``text`` holds a character that only case-insensitive matching turns into an ASCII letter."""
    return not text.isascii() and _FOLD_TRAPS.search(text) is not None


def _contains_any(text: str, needles: tuple[str, ...]) -> bool:
    """Whether any needle occurs in ``text``; plain ``in`` tests beat a regex alternation here."""
    return any(needle in text for needle in needles)


def _may_match_folded(text: str, low: str, stems: tuple[str, ...]) -> bool:
    """Whether a case-insensitive pattern needing one of ``stems`` can match ``text`` (``low`` is its lower())."""
    return _contains_any(low, stems) or _folds_oddly(text)


def _may_match_lowered(text: str, low: str, necessary: re.Pattern[str]) -> bool:
    """Whether a case-insensitive pattern that needs ``necessary`` (lower-case) can match ``text``."""
    return necessary.search(low) is not None or _folds_oddly(text)


_VIA_GETTY = re.compile(r"\bvia\s+Getty(?:\s+Images)?\b")
_SLASH = re.compile(r"(?:/\s*|\s*/)")
_DATELINE = re.compile(r"^[^()\n]{0,80}?\(([^()\n]{2,60})\)\s*[-—–:]")
_DATELINE_DOT = re.compile(r"^[A-Z][A-Z .'-]{1,40},\s*[\w ]{1,20}?\s*[–—-]\s*([A-Z][\w .-]{1,40}?)\.\s")
_SOURCE_LINE = re.compile(r"^\W{0,3}(?:SOURCES?|Sources?|Source\(s\)|Via|VIA|From|FROM)\s*(?:[:\-–—]\s*|\s)(.{2,200})$")
_COPYRIGHT = re.compile(r"(?:©|\([cC]\)|\bCopyright\b)\s*(?:\d{4}\s*)?")
_SOURCE_PHRASE = re.compile(
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
_HOUSE_STYLE = re.compile(
    r"\b(?:Reporting|Writing|Compiled|Reported)\s+by\b[^.\n]{0,200}?;\s*(?:[Ee]diting|[Ww]riting|"
    r"[Aa]dditional\s+reporting)\s+by\b"
    r"|\b[Ee]dit(?:ing|ed)\s+by\s+[A-Z][^.\n]{0,80}?\)\s*$"
)
_PROPER = re.compile(r"\s*(?:the\s+)?([A-Z][\w.&’'-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w.&’'-]*){0,4})")
_BYLINE = re.compile(r"^By\s+[A-Z][^|]{2,80}?(?:,|\s[|—–-]|\s+for|\s+of)\s+(.{2,60})$")
_CONTRIB_BEFORE = re.compile(
    r"(?i)(?:(?:additional|further|contributing)\s+reporting\s+(?:by|from)|(?:with\s+)?(?:files|notes)\s+from|(?:with\s+)?(?:agency\s+)?inputs\s+"
    r"from|"
    r"(?:with|includes?|including|contains?)\s+(?:additional\s+)?(?:reporting|material|reports|information|"
    r"dispatches)\s+(?:from|by)|this\s+(?:report|story|article)\s+(?:contains|includes|uses)\s+"
    r"(?:material|information|reporting)\s+from)\s*"
)
_CONTRIB_AFTER = re.compile(
    r"^[^.;:]{0,80}?\b(?:contributed|contributes|contributing)\b(?:\s+(?:reporting|to\s+(?:this|the)\s+"
    r"(?:report|story|article|coverage|dispatch)))?"
    r"|^[^.;:]{0,40}?\b(?:was|were)\s+used\s+in\s+(?:this|the)\s+(?:report|story|article)"
)
_WITH_END = re.compile(r"(?:^|[\s(—–-])[Ww]ith\s*$")
_CITE_LEFT = re.compile(
    r"(?i)(?:according\s+to|\bper|cited\s+by|quoted\s+(?:as\s+saying\s+)?by|reported\s+(?:by|in|on)|as\s+reported\s+by|"
    r"first\s+reported\s+by|broken\s+by|told|telling|in\s+an?\s+(?:exclusive\s+)?interview\s+(?:with|to|for)|"
    r"interview\s+(?:with|to|for)|speaking\s+(?:to|with)|spoke\s+(?:to|with)|in\s+comments\s+to|"
    r"in\s+remarks\s+to|wrote\s+(?:in|for)|writing\s+(?:in|for)|column\s+(?:in|for)|op-ed\s+(?:in|for)|"
    r"seen\s+by|obtained\s+by|reviewed\s+by|verified\s+by|published\s+(?:by|in|on)|aired\s+(?:by|on)|"
    r"broadcast\s+(?:by|on)|followed\s+reporting\s+by|"
    r"(?:an?|the|recent|new|latest|earlier|separate|previous|exclusive)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:reports?|reporting|investigation|analysis|article|story|survey|poll|tally|count|review|interview|"
    r"op-ed|piece|editorial|data|estimates?|calculations?|findings|documentary|podcast)\s+(?:by|from|in|"
    r"with|of|for|on)|(?:data|figures|estimates|footage|images)\s+(?:from|by|compiled\s+by)|"
    r"(?:told|telling|briefed|addressing)\s+(?:reporters|journalists|the\s+media|the\s+press|a\s+news\s+"
    r"conference|a\s+briefing|media)[^.;]{0,60}?\b(?:including|among\s+them|such\s+as)|"
    r"(?<=,\s)(?:reported|reports|writes|wrote|noted)|(?<=[,”\"]\s)(?:reported|reports|writes|wrote|noted))"
    r"\s+(?:the\s+|a\s+|an\s+)?(?:(?-i:[A-Z][\w.’'-]*)\s+|(?:state|state-run|state-owned|independent|exiled|"
    r"investigative|online|local|national|public|pro-kremlin|opposition|business|financial|leading|major|"
    r"influential|respected|liberal|conservative|daily|weekly)\s+){0,3}?(?:(?:[a-z-]+\s+)?" + _OUTLET_NOUNS + r"\s+)?$"
)
_CITE_RIGHT = re.compile(
    r"^(?:\s*\([^)]{0,40}\))?(?:,[^,.;]{1,90},)?\s*(?:" + _OUTLET_NOUNS + r"\s+)?"
    r"(?:has\s+|had\s+|have\s+|also\s+|first\s+|earlier\s+|previously\s+|later\s+|exclusively\s+|"
    r"separately\s+|recently\s+|on\s+\w+\s+|last\s+\w+\s+|\w+day\s+|was\s+|were\s+|is\s+)*"
    r"(?:reported|reports|reporting|revealed|reveals|published|publishes|cited|cites|citing|quoted|quotes|"
    r"assessed|assesses|said\s+in\s+its\s+(?:latest\s+|daily\s+)?(?:update|assessment|report|analysis)|"
    r"quoting|wrote|writes|found|finds|estimated|estimates|counted|tallied|learned|learnt|obtained|"
    r"reviewed|verified|confirmed|broke\s+the\s+news|broadcast|aired|showed|shows|understands|"
    r"first\s+to\s+report|said\s+in\s+a\s+report|said\s+in\s+an?\s+(?:article|report|analysis|"
    r"investigation)|said,\s+citing|said\s+on\s+\w+,?\s+citing|said\s+citing)\b"
    r"|^\s+(?:[\w-]+\s+)?" + _OUTLET_NOUNS + r"\s+(?:has\s+|also\s+|earlier\s+)?(?:said|says|added|noted)\b"
    r"|^\s+(?:report|reports|story|article|investigation|interview|survey|poll|documentary|podcast|editorial|"
    r"op-ed|exclusive|scoop|findings|estimate|estimates)\b"
    r"|^\s+(?:reporters?|journalists?|correspondents?|photographers?|team|crew|tally|count|analysis|calculations?)"
    r"\s+(?:saw|witnessed|counted|observed|found|heard|reported|visited|who\s+visited|showed|shows|based\s+on)\b"
)
_POSSESSIVE_NOUN = re.compile(
    r"^[’']s\s+(?:[\w-]+\s+){0,2}?(?:report|reporting|reports|analysis|investigation|article|story|"
    r"interview|tally|count|data|calculations?|review|survey|poll|sources|correspondent|reporter|"
    r"journalist|editor|investigations?|findings|estimates?|footage|documentary|podcast|coverage)\b"
)
_UNKNOWN_CITED = re.compile(
    r"(?:[Aa]ccording\s+to|[Cc]ited\s+by|[Rr]eported\s+by)\s+(?:the\s+)?"
    r"(?P<a>[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|of|de|the|for)){0,5}),\s+(?:a|an|the)\s+[^,.;]{0,60}?\b"
    + _OUTLET_NOUNS + r"\b"
    r"|(?:the\s+|[A-Z][\w-]+\s+|independent\s+|investigative\s+|exiled\s+|state\s+|online\s+|local\s+)"
    + _OUTLET_NOUNS
    + r"\s+(?P<b>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4})(?:,\s+[^,.;]{1,80},)?\s+(?:has\s+|also\s+|first\s+)?"
    r"(?:reported|said|wrote|found|revealed|published|cited|quoted|estimated)\b"
    r"|(?:interview\s+with|told|according\s+to|speaking\s+to|published\s+by|(?:first\s+)?reported\s+by)\s+"
    r"(?:the\s+|a\s+)?(?:[A-Z][\w-]+\s+|[a-z]+\s+)?"
    + _OUTLET_NOUNS
    + r"\s+(?P<c>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4})"
)
# _UNKNOWN_CITED reads "according to X, a ... <noun>", needing one of these stems and a noun, or else a
# whole-word outlet noun phrase followed by a capitalised name; these are the words such a phrase ends with.
_CITED_VERB_STEMS = ("ccording", "ited", "eported")
_OUTLET_NOUN_ENDS = frozenset(
    str.split(
        """outlet newspaper site website agency broadcaster channel magazine publication daily weekly tabloid
        portal network service group project team unit monitor tank think-tank blog media podcast station"""
    )
)
_OUTLET_NOUN_STEMS = tuple(sorted(w for w in _OUTLET_NOUN_ENDS if "-" not in w))


def _may_cite_unknown(para: str) -> bool:
    """A cheap necessary condition for _UNKNOWN_CITED to match ``para``."""
    if _contains_any(para, _CITED_VERB_STEMS) and _contains_any(para, _OUTLET_NOUN_STEMS):
        return True
    words = para.split()
    if _OUTLET_NOUN_ENDS.isdisjoint(words):
        return False
    return any(w in _OUTLET_NOUN_ENDS and "A" <= nxt[0] <= "Z" for w, nxt in zip(words, words[1:], strict=False))


_LEFT_HINT = re.compile(
    r"(?i)\b(?:according|per|cited|quoted|reported|as|first|broken|told|telling|in|interview|speaking|spoke|"
    r"wrote|writing|column|op-ed|seen|obtained|reviewed|verified|published|aired|broadcast|followed|an?|the|"
    r"recent|new|latest|earlier|separate|previous|exclusive|data|figures|estimates|footage|images|briefed|"
    r"addressing|writes|reported|reports|noted)\b"
)
_MAX_MENTIONS = 500
_KIND_AFTER = re.compile(r"\s+(?:news\s+agency|agency|newspaper|daily|wire|broadcaster|channel|outlet)\b")


@dataclass(slots=True)
class _Hit:
    name: str
    role: str
    evidence: str
    span: Span | None


_OUTLET_HEADS = (
    r"(?:Wire|News|Newswire|Press|Times|Post|Agency|Radio|TV|Television|"
    r"Daily|Herald|Journal|Telegraph|Tribune|Gazette|Media|Network|Broadcasting|Chronicle|Observer|Review|"
    r"Monitor|Mail|Express|Globe|Courier|Bulletin|Dispatch|Examiner|Inquirer|Sentinel|Mirror|Weekly|"
    r"Magazine|Reporter|Zeitung|Gazeta|Pravda|Noticias|Diario|Nachrichten)"
)
_OUTLETISH = re.compile(
    r"(?<![\w’'-])(?:[A-Z][\w&’'.-]*\s+){0,4}?" + _OUTLET_HEADS + r"(?:\s+[A-Z][\w&’'.-]*){0,2}(?![\w-])"
)
_OUTLET_HEAD = re.compile(_OUTLET_HEADS)  # no outlet-like name without one of these words
_NOT_OUTLET = frozenset(
    str.split(
        """secretary service office conference release room corps minister president spokesman spokeswoman
    spokesperson director chief officer editor correspondent reporter club freedom council union association
    according the a an in on at by for from with and but of"""
    )
)


def _unknown(text: str) -> list[outlets.Mention]:
    """Capitalised names that read like a news outlet ("Coastal Wire") but are not in the registry."""
    out: list[outlets.Mention] = []
    if _OUTLET_HEAD.search(text) is None:
        return out
    for m in _OUTLETISH.finditer(text):
        words = m.group().split()
        while words and words[0].lower() in _NOT_OUTLET:
            words = words[1:]
        if len(words) < 2 or any(w.lower().strip(".,’'") in _NOT_OUTLET for w in words):
            continue
        written = " ".join(words).rstrip(".,")
        start = m.end() - len(m.group()) + m.group().index(words[0])
        if outlets.canonical(written) is None and not outlets.mentions(written, weak=True):
            out.append(outlets.Mention(written, written, Span(start, start + len(written))))
    return out


def _all_mentions(text: str, weak: bool = True) -> list[outlets.Mention]:
    """Registry outlets plus unregistered outlet-like names, in text order."""
    found = outlets.mentions(text, weak=weak)
    taken = [(m.span.start, m.span.end) for m in found]
    for u in _unknown(text):
        if not any(a < u.span.end and u.span.start < b for a, b in taken):
            found.append(u)
    return sorted(found, key=lambda m: m.span.start)


def _paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """Paragraphs with their offsets; an overlong one is read at its head and its tail, where credits sit."""
    pos = 0
    for para in text.split("\n\n"):
        yield pos, para[:_MAX_PARAGRAPH]
        if len(para) > _MAX_PARAGRAPH:
            tail = para[-_MAX_PARAGRAPH // 4 :]
            yield pos + len(para) - len(tail), tail
        pos += len(para) + 2


def _clause(para: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the clause around ``[start, end)``: from the previous sentence break to the next comma."""
    lo = max(para.rfind(". ", 0, start) + 2, para.rfind("; ", 0, start) + 2, 0)
    if para.rfind(". ", 0, start) < 0 and para.rfind("; ", 0, start) < 0:
        lo = 0
    m = re.compile(r"[,;]|\.(?:\s|$)").search(para, end)
    hi = m.start() + (1 if m and para[m.start()] == "." else 0) if m else len(para)
    return lo, max(hi, end)


_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z]")
_PICTURE_TAIL = re.compile(r"\((?:[Pp]hoto|[Pp]icture|[Ii]mage|[Ff]ile)[^)]*\)\s*$")


def _is_caption_para(para: str) -> bool:
    """Whether a paragraph reads like a caption: one short sentence, or ending in "(Photo ...)"."""
    if 0 < len(para.split(maxsplit=12)) <= 12 and not _SENTENCE_BREAK.search(para):
        return True
    return para.rstrip().endswith(")") and _PICTURE_TAIL.search(para) is not None


def _photo(para: str, base: int | None, caption: bool) -> Iterator[tuple[_Hit, tuple[int, int]]]:
    """Picture credits in one caption or paragraph; ``base`` is its offset in the text (None for furniture)."""
    found: dict[tuple[int, int], str] = {}
    pictured = _may_match_folded(para, para.lower(), _PICTURE_STEMS)
    for m in _PHOTO_WORD.finditer(para) if pictured else ():
        close = para.find(")", m.end())
        stop = close if close >= 0 and "(" in para[max(0, m.start() - 2) : m.start() + 1] else len(para)
        for men in outlets.mentions(para[m.end() : stop], weak=True):
            found[(m.end() + men.span.start, m.end() + men.span.end)] = men.name
    only = _only_outlets(para)
    agencies_only = only is not None and all(outlets.kind(m.name) != "photo" for m in only)
    for men in outlets.mentions(para, weak=True):
        s, e = men.span.start, men.span.end
        slash = not agencies_only and (
            _SLASH.match(para, e) is not None or re.search(r"/\s*$", para[max(0, s - 3) : s]) is not None
        ) and not (base is not None and _agency_pair(para, s, e, men.name))
        via_before = re.search(r"\bvia\s+$", para[max(0, s - 5) : s]) is not None
        via = _VIA_GETTY.match(para, e + 1) is not None or (
            via_before and (men.name == "Getty Images" or (caption and e >= len(para.rstrip(" ).")) - 1))
        )
        solo_photo = outlets.kind(men.name) == "photo" and (caption or len(para.split(maxsplit=12)) <= 12) or (
            re.match(r"\s*(?:Photos?|PHOTOS?|photos?|Images?|Pictures?|Video)\b", para[e : e + 12]) is not None
        ) or re.search(r"(?i)\b(?:photo|images|pictures)\b", men.written) is not None
        if (slash and (caption or e >= len(para.rstrip(" ).")) - 1)) or via or solo_photo:
            found[(s, e)] = men.name
    for (s, e), name in found.items():
        if base is None:
            evidence = para.strip()
        else:
            lo = max(para.rfind("(", 0, s), para.rfind(". ", 0, s) + 1, 0)
            evidence = para[lo:].strip() if len(para) - lo < 160 else para[lo : e + 1].strip()
        span = Span(base + para.index(evidence), base + para.index(evidence) + len(evidence)) if base is not None \
            else None
        yield _Hit(name, "photo", evidence, span), (s, e)


def _agency_pair(para: str, s: int, e: int, name: str) -> bool:
    """Whether a slash joins two news outlets ("Reuters/Ipsos"), which is a partnership, not a picture credit."""
    if outlets.kind(name) == "photo":
        return False
    near = outlets.mentions(para[max(0, s - 40) : e + 40], weak=True)
    return any(m.name != name and outlets.kind(m.name) != "photo" for m in near)


_SOURCE_STEMS = (
    "based", "prepared", "drawn", "adapted", "compiled", "translated", "originally", "first", "published",
    "produced", "written", "provided", "distributed", "syndicated", "republished", "reproduced", "rights",
    "original",
)
# Each _SOURCE_PHRASE form needs one of these word pairs; checked on the lower-cased text.
_SOURCE_PAIRS = re.compile(
    r"(?:based|prepared|drawn|adapted|compiled|translated)\s+(?:on|from)"
    r"|(?:originally|first)\s+(?:published|appeared|ran|posted)"
    r"|(?:published|produced|written|provided|distributed|syndicated|republished|reproduced)\s+"
    r"(?:by|in|on|via|from|with)"
    r"|(?:report|story|article)\s+by|all\s+rights|original\s+(?:article|story|text|report|version)"
)
_CONTRIB_STEMS = ("reporting", "inputs", "material", "reports", "information", "dispatches", "files", "notes")
# Each _CONTRIB_BEFORE form needs one of these word pairs; checked on the lower-cased text.
_CONTRIB_PAIRS = re.compile(
    r"(?:reporting|files|notes|inputs|material|reports|information|dispatches)\s+(?:from|by)"
)
_WITH_TAIL = re.compile(r"[Ww]ith\s+\S[^.]{0,40}\)?\.?\s*$")


def _line_rules(para: str, body: bool = True) -> Iterator[tuple[str, str, int, int, bool]]:
    """Source and contributor credits (name, role, start, end, located); copyright lines only in the body."""
    stripped = para.strip()
    m = _DATELINE.match(stripped)
    if m:
        off = para.index(stripped) + m.start(1)
        named = outlets.mentions(m.group(1), weak=True)
        for men in named:
            yield men.name, "source", off + men.span.start, off + men.span.end, True
        inner = m.group(1).strip()
        if not named and re.fullmatch(r"[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,3}", inner) and \
                not _PHOTO_WORD.search(inner):
            yield inner, "source", off, off + len(inner), True
    m = _DATELINE_DOT.match(stripped)
    if m:
        off = para.index(stripped) + m.start(1)
        for men in outlets.mentions(m.group(1), weak=True):
            yield men.name, "source", off + men.span.start, off + men.span.end, True
    m = _SOURCE_LINE.match(stripped)
    if m and len(m.group(1).split()) <= 16:
        off = para.index(stripped) + m.start(1)
        named = outlets.mentions(m.group(1), weak=True)
        for men in named:
            yield men.name, "source", off + men.span.start, off + men.span.end, True
        if not named:
            for part in re.split(r"\s*(?:,|;|&|\band\b)\s*", m.group(1).strip(" .")):
                if part[:1].isupper() and 0 < len(part.split()) <= 5 and not _PHOTO_WORD.match(part):
                    at = para.find(part)
                    yield part, "source", at, at + len(part), False
    low = para.lower()
    sourced = _contains_any(low, _SOURCE_STEMS) and _may_match_lowered(para, low, _SOURCE_PAIRS)
    for m in _SOURCE_PHRASE.finditer(para) if sourced else ():
        tail = para[m.end() : m.end() + 120]
        named = [men for men in outlets.mentions(tail, weak=True)[:1]
                 if re.match(r"^[\s\w:’'-]{0,30}$", tail[: men.span.start])]
        for men in named:
            yield men.name, "source", m.end() + men.span.start, m.end() + men.span.end, True
        unknown = _PROPER.match(tail)
        if not named and unknown and not _PHOTO_WORD.match(unknown.group(1)) and not _timeish(unknown.group(1)):
            s0 = m.end() + unknown.start(1)
            written = unknown.group(1).rstrip(".,;:")
            yield written, "source", s0, s0 + len(written), True
    m = _BYLINE.match(stripped)
    if m:
        off = para.index(stripped) + m.start(1)
        for men in outlets.mentions(m.group(1), weak=True):
            yield men.name, "source", off + men.span.start, off + men.span.end, True
    copyright_hint = "©" in para or "(c)" in low or "copyright" in low
    for m in _COPYRIGHT.finditer(para if copyright_hint else ""):
        men = outlets.mentions(para[m.end() : m.end() + 60], weak=True)
        if men and not body and outlets.kind(men[0].name) != "agency":
            continue  # a page footer's copyright is usually the site's own; an agency's is a source
        if men and men[0].span.start <= 2 and not _PHOTO_WORD.search(para[: m.start()]):
            yield men[0].name, "source", m.end() + men[0].span.start, m.end() + men[0].span.end, True
    if " by " in low and (";" in para or para.rstrip().endswith(")")) and _HOUSE_STYLE.search(para):
        yield "Reuters", "house", -1, -1, False
    credited = _contains_any(low, _CONTRIB_STEMS) and _may_match_lowered(para, low, _CONTRIB_PAIRS)
    for m in _CONTRIB_BEFORE.finditer(para) if credited else ():
        end = re.compile(r"[.;]\s|$").search(para, m.end())
        chunk = para[m.end() : end.start() if end else len(para)]
        for men in _all_mentions(chunk):
            yield men.name, "contributor", m.end() + men.span.start, m.end() + men.span.end, True
    after_hint = "contribut" in low or "used in" in low or _WITH_TAIL.search(para[-60:]) is not None
    for men in _all_mentions(para) if after_hint else ():
        after = para[men.span.end : men.span.end + 200]
        contributed = _CONTRIB_AFTER.match(after) and not re.search(r"\b(?:told|said|says)\b", after[:30])
        with_end = _WITH_END.search(para[max(0, men.span.start - 12) : men.span.start]) and re.match(
            r"^\s*\)?\.?\s*$", after
        )
        if contributed or with_end:
            yield men.name, "contributor", men.span.start, men.span.end, True
    named = _only_outlets(stripped)
    if named:
        off = para.index(stripped)
        for men in named:
            role = "photo" if outlets.kind(men.name) == "photo" else "source"
            if not body and role == "source" and outlets.kind(men.name) in ("site", "paper", "magazine"):
                continue  # a bare site or paper name among page furniture is its masthead, not a source
            yield men.name, role, off + men.span.start, off + men.span.end, True


_TIME_WORDS = frozenset(  # full names only: "Sun" or "Mar" may well be an outlet
    w.casefold() for pair in dates.MONTH_NAMES + dates.WEEKDAY_NAMES for w in pair if len(w) > 3
)


def _timeish(name: str) -> bool:
    """A capitalised phrase that is a date ("Monday", "April 2"), not an outlet."""
    first = name.split()[0].casefold().rstrip(".,") if name.split() else ""
    return first in _TIME_WORDS or first in {"today", "yesterday", "tomorrow"}


def _only_outlets(line: str) -> list[outlets.Mention] | None:
    """The outlets of a short line made of nothing but outlet names ("AFP/Reuters", "— AFP"), else None."""
    if not 0 < len(line.split(maxsplit=6)) <= 6:
        return None
    named = outlets.mentions(line, weak=True)
    rest = line
    for men in reversed(named):
        rest = rest[: men.span.start] + rest[men.span.end :]
    if named and re.fullmatch(r"[\s,/&—–\-.()]*(?:and[\s,/&—–\-.()]*)*", rest):
        return named
    return None


def _cited(para: str, claimed: set[int]) -> Iterator[tuple[str, int, int]]:
    """Outlets whose report, interview or data the paragraph attributes something to."""
    for men in _all_mentions(para)[:_MAX_MENTIONS]:
        s, e = men.span.start, men.span.end
        if s in claimed:
            continue
        if men.name != men.written and not outlets.is_strong_alias(men.written) and outlets.get(men.written) and \
                not _KIND_AFTER.match(para, e):
            continue
        left = para[max(0, s - 140) : s]
        right = para[e : e + 160]
        by_left = any(_CITE_LEFT.match(left, t.start()) for t in _LEFT_HINT.finditer(left))
        if by_left or _CITE_RIGHT.match(right) or _POSSESSIVE_NOUN.match(right):
            yield men.name, s, e
    for m in _UNKNOWN_CITED.finditer(para) if _may_cite_unknown(para) else ():
        key = "a" if m.group("a") else "b" if m.group("b") else "c"
        written = m.group(key)
        s, e = m.span(key)
        if s in claimed:
            continue
        name = outlets.canonical(written)
        if name is None and (outlets.mentions(written) or len(written) < 3):
            continue
        yield name or written, s, e


def find_credits(text: str, furniture: list[str]) -> list[Credit]:
    """Every outlet the article credits, merged per outlet, with roles in a fixed order and evidence."""
    hits: list[_Hit] = []
    for base, para in _paragraphs(text or ""):
        if not para.strip():
            continue
        caption = _is_caption_para(para)
        claimed: set[int] = set()
        for hit, (s, _e) in _photo(para, base, caption):
            hits.append(hit)
            claimed.add(s)
        for name, role, s, e, in_text in _line_rules(para):
            if role != "photo" and s in claimed:
                continue
            hits.append(_make(para, base, name, role, s, e, in_text))
            if s >= 0:
                claimed.add(s)
        for name, s, e in _cited(para, claimed):
            hits.append(_make(para, base, name, "cited", s, e, True))
    for item in furniture or []:
        line = item[:_MAX_PARAGRAPH].strip()
        if not line:
            continue
        claimed = set()
        for hit, (s, _e) in _photo(line, None, True):
            hits.append(hit)
            claimed.add(s)
        for name, role, s, _e, _ in _line_rules(line, body=False):
            if s not in claimed:
                hits.append(_Hit(name, role, line, None))
    return _merge(hits)


def _make(para: str, base: int, name: str, role: str, s: int, e: int, in_text: bool) -> _Hit:
    if s < 0 or not in_text:
        evidence = para.strip()
        lo = para.index(evidence) if evidence else 0
        return _Hit(name, role, evidence, Span(base + lo, base + lo + len(evidence)))
    if role in ("source", "contributor") and len(para) <= 240:
        lo, hi = 0, len(para)
    else:
        lo, hi = _clause(para, s, e)
    while lo < hi and para[lo].isspace():
        lo += 1
    while hi > lo and para[hi - 1].isspace():
        hi -= 1
    return _Hit(name, role, para[lo:hi], Span(base + lo, base + hi))


_MAX_EVIDENCE = 20


def _merge(hits: list[_Hit]) -> list[Credit]:
    """One credit per outlet; evidence and spans deduplicated and capped.

    Reuters house style ("Reporting by ...; Editing by ...") names no outlet, so it
    only counts as a Reuters source when no dateline or source line names another.
    """
    other_source = any(h.role == "source" and h.name != "Reuters" for h in hits)
    hits = [h for h in hits if h.role != "house" or not other_source]
    for h in hits:
        if h.role == "house":
            h.role = "source"
    by_name: dict[str, Credit] = {}
    seen: dict[str, set[object]] = {}
    for h in hits:
        cr = by_name.get(h.name)
        if cr is None:
            cr = by_name[h.name] = Credit(h.name, [], [], [])
            seen[h.name] = set()
        if h.role not in cr.roles:
            cr.roles.append(h.role)
        known = seen[h.name]
        if h.evidence and h.evidence not in known and len(cr.evidence) < _MAX_EVIDENCE:
            known.add(h.evidence)
            cr.evidence.append(h.evidence)
        if h.span is not None and h.span not in known and len(cr.spans) < _MAX_EVIDENCE:
            known.add(h.span)
            cr.spans.append(h.span)
    for cr in by_name.values():
        cr.roles.sort(key=CREDIT_ROLES.index)
    return list(by_name.values())
