"""Page furniture in pasted web pages: split a paste into article body, junk and a title guess.

A plain-text copy of a news page carries navigation, labels, captions, share
buttons and lists of other stories around the article. This module decides
which paragraphs are furniture with general rules (patterns of generic page
labels, paragraph shape, position in the top or bottom zone, and context such
as a run of headline-like lines after the last real paragraph), never with
strings from particular pages, so that no sentence of the article is lost.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from reader.engine import dates
from reader.engine.text import fold, words

log = logging.getLogger(__name__)

LABEL_MAX = 90
CAPTION_MAX_WORDS = 90
HEAD_MAX_WORDS = 25
TOP_SCAN = 40
PULL_QUOTE_MAX = 60
PULL_QUOTE_HAY = 400_000
_OPENERS = "\"'“‘«"


def _alt(*parts: str) -> str:
    """Join regex alternatives, so long vocabularies stay one readable item per line."""
    return "|".join(parts)


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


_END_MARKERS = _alt(
    r"don'?t miss(?: this| out| these)?",
    r"(?:explore|discover)(?: more)?(?: on these topics| topics| stories)?",
    r"more (?:from|on|in|about|stories|news|articles|headlines|to read|to explore|like this|top stories"
    r"|for you)(?: [\w'&.-]+){0,4}",
    r"most (?:read|popular|viewed|shared|commented|watched|recent|emailed)"
    r"(?: stories| articles| news| now| this week| today| in [\w ]{1,20})?",
    r"(?:popular|trending)(?: now| stories| articles| today| news| topics| on [\w ]{1,20}| in [\w ]{1,20})?",
    r"top (?:stories|news|headlines|picks|videos|reads)",
    r"latest(?: news| stories| headlines| articles| videos| updates| from [\w ]{1,30})?",
    r"(?:editor'?s|editors'?|staff) (?:picks?|choice)|in other news|in case you missed it|icymi",
    r"up next|next (?:article|story|up)|what to read next|we recommend|other stories",
    r"you (?:may|might) (?:also )?(?:like|enjoy|have missed|be interested in)",
    r"related (?:stories|articles|news|content|coverage|posts|links|reading|videos|items)",
    r"elsewhere (?:on|in) [\w' ]{1,30}|(?:more )?(?:from|by) (?:the|this) author|about the author",
)
_MORE_MARKERS = _alt(
    r"(?:also|further|recommended|suggested|related|must|more|you might also|you may also|keep) "
    r"read(?:ing)?(?: more| next| now| also)?",
    r"read (?:more|next|also|this|on|further|in full|more here|the full (?:story|article)"
    r"|full (?:story|article))",
    r"(?:others|people|readers|users|visitors) (?:are )?(?:also )?(?:reading|read|viewed|watching|liked|like)"
    r"(?: now| this| next)?",
    r"recommended(?: for you| stories| articles| reading| videos| content)?",
    r"related|more|see also|also (?:see|watch)|watch(?: now| more| next| also| video)?|videos?",
)
_OTHER_LABELS = _alt(
    r"ads?|advert(?:isement)?s?|sponsored(?: content| links| stories| post| by [\w' .&-]{1,30})?",
    r"paid (?:content|post|partner content|for by [\w' .&-]{1,30})|promoted(?: content| stories| links)?",
    r"partner (?:content|stories)|ads? by [\w.&'-]+(?: [\w.&'-]+){0,2}",
    r"(?:the )?(?:story|article|text) continues (?:below|after)(?: (?:this|the))?(?: advertisement| ad)?",
    r"continue reading(?: below| the main story| the article| after (?:the )?ad(?:vertisement)?)?",
    r"skip (?:advertisement|ad)",
    r"scroll (?:down )?to continue(?: (?:with|reading) (?:the )?(?:content|article))?",
    r"remove ads|advertise(?: with us)?|report this ad|advertisement feature",
    r"share(?: full)?(?: this| this article| this story| this page| article| story| the story| on [\w ]{1,20}"
    r"| via [\w ]{1,20}| to [\w ]{1,20})?",
    r"(?:share|follow|like|find) us on(?: [\w+]+){1,2}|follow(?: us)?",
    r"facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|instagram|youtube|tiktok|threads",
    r"bluesky|flipboard|email|e-mail|mail|link|print(?: this)?(?: article| page)?|copy(?: the)? link",
    r"link copied(?: to clipboard)?|copied|tweet|pin(?: it)?",
    r"(?:show|view|load|hide|read|leave|add|post|join|see|open) (?:\w+ )?comments?|\(?\d+\)? comments?",
    r"comments?(?: \(?\d+\)?)?|leave a (?:comment|reply)|join the (?:conversation|discussion)",
    r"save(?: article| for later| this article| story)?|saved|bookmark|gift(?: this)? (?:article|story)",
    r"listen(?: to this (?:article|story))?(?: \d+ min(?:utes?|s)?)?|listen now|audio|font size|text size",
    r"zoom|close|menu|(?:open|toggle|close) (?:the )?(?:menu|navigation|search|sidebar)|search(?: for)?",
    r"skip to (?:the )?(?:main )?(?:content|navigation|search|footer|article)|back to top",
    r"go to (?:top|home(?:page)?)|home(?: ?page)?|(?:sign|log) (?:in|out|up)|login|logout",
    r"subscribe(?: now| today| here)?|register|my account|account|profile|notifications|settings",
    r"dark mode|light mode|contact(?: us)?|about(?: us)?|privacy(?: policy| notice| settings)?",
    r"terms(?: of (?:use|service))?|terms (?:and|&) conditions",
    r"cookie (?:policy|settings|preferences)|cookies",
    r"accessibility(?: statement)?|careers|newsletters?|podcasts?|rss(?: feeds?)?|site ?map|help|faq",
    r"feedback|(?:send|share|give) (?:us )?(?:your )?feedback|(?:got|have) a (?:news )?tip|donate",
    r"support(?: us| our journalism)?|images?|photos?|gallery|(?:photo|image|video) gallery",
    r"\d+ (?:photos|images|pictures)|enlarge(?: this)?(?: image| photo)?|expand(?: image)?",
    r"view (?:image|gallery|photos?|slideshow)|(?:click|tap) (?:to|here to) [\w ]{1,25}|play(?: video)?",
    r"loading|please wait|(?:show|read|see|view) (?:more|less|all)",
    r"(?:skip past|after) newsletter promotion|(?:suggested |related |more |popular )?topics?|tags?",
    r"list of \d+ items|list \d+ of \d+|end of list|copy|advertisement - scroll to continue|\d+ (?:of|/) \d+",
    r"filed under|categories|keywords|this (?:article|story|content) is (?:more than|over) [\w ]{1,20} old",
    r"(?:this is )?breaking news|our standards|summary|in this (?:article|story)",
    r"reporting from [\w ,.'-]{1,40}",
    r"add to (?:your )?saved (?:stories|articles)|why you can trust [\w ]{1,30}",
    r"skip (?:to )?(?:next|previous) section(?: [\w ]{1,30})?|privacy dashboard|learn more",
    r"(?:terms|privacy|policy|cookies?|dashboard|settings|conditions|use|of|and|&|service|notice|choices|your"
    r"|ad|do not sell(?: or share)? my (?:personal )?info(?:rmation)?| )+",
)
_SIGNUP = _alt(
    r"sign up(?: for| to)?(?: [\w'&.-]+){0,5}|newsletter sign ?up",
    r"(?:get|receive) (?:our|the) [\w' ]{0,30}newsletters?|subscribe to (?:our )?[\w' ]{0,30}newsletters?",
)
_LABEL = re.compile(
    rf"(?P<end>{_END_MARKERS})|(?P<more>{_MORE_MARKERS})|(?P<promo>{_SIGNUP})|(?P<other>{_OTHER_LABELS})"
)
LABEL_MAX_WORDS = 8
_LABEL_TRIM = " \t:•·|>›»→←▶►▸◂⟩⟨-–—*#+/.!?…"
_PREFIX_LABEL = re.compile(
    "^(?:"
    + _alt(
        r"read more(?: about)?|read also|also read|more|see also|listen to this (?:article|story)",
        r"related(?: stories| articles| news| coverage| content)?",
        r"recommended|watch|video|listen|photos?|gallery|tags?|topics?|filed under|sponsored|advertisement",
        r"click here|must read|don'?t miss|read next|up next|trending|latest",
    )
    + r")\s*(?P<sep>[:|–—-])\s*\S",
    re.IGNORECASE,
)
_GLUED_RELATED = re.compile(r"^(?:Related|RELATED|Read more|READ MORE|Also read|ALSO READ)(?=[A-Z0-9\"“'])")
_READ_TIME = re.compile(
    _alt(
        r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]*(?:min(?:ute)?s?\.?)"
        r"(?:\s+(?:read|reading|listen|watch))?(?:\s+time)?",
        r"(?:estimated\s+)?(?:reading|read|listening)\s+time\s*:?\s*\d{1,3}\s*(?:min(?:ute)?s?\.?)?",
        r"listen\s*\(?\d{1,3}\s*min(?:ute)?s?\)?",
    ),
    re.IGNORECASE,
)
_REL_TIME = re.compile(
    _alt(
        r"(?:(?:updated|posted|published)\s*:?\s*)?(?:\d{1,3}|an?|one)\s+"
        r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|months?)\s+ago",
        r"just now|(?:updated\s+)?(?:yesterday|today)",
    ),
    re.IGNORECASE,
)
_SEGMENT_SPLIT = re.compile(
    r"[|·•]|\s[–—]\s|\s(?=(?:updated|published|posted)\b|\d{1,3}\s*min(?:ute)?s?\.?\s+read\b)", re.IGNORECASE
)
_PLACE_SUFFIX = re.compile(r",\s*[A-Z][A-Za-z]{1,15}(?: [A-Z][A-Za-z]{1,15})?$")
_ROLE = re.compile(
    r"^(?:[\w&'’.-]+ ){0,4}(?:correspondent|reporter|editor|writer|journalist|columnist|contributor|producer"
    r"|analyst|bureau chief)(?:,? @\w+)?$|^@\w+$|^[\w.'’ -]{2,40},? @\w{2,30}$",
    re.IGNORECASE,
)
_BAG = _wordset(
    "share shares tweet send email e-mail mail print copy link links facebook twitter x whatsapp telegram"
    " linkedin reddit pinterest flipboard messenger comment comments save saved bookmark follow subscribe"
    " menu search close"
    " home login log in sign account more gift listen"
)
_LIST_ANNOUNCE = re.compile(r"\blist (?:of \d+ items|\d+ of \d+)\b|\bend of list$", re.IGNORECASE)
_BYLINE = re.compile(
    r"^(?:by|written by|words by|story by|reported by|reporting by|text by|author|authors|reporter|"
    r"correspondent|posted by|published by)\s*:?\s+\S|^(?:[A-Z][\w'’.-]+ ){1,3}(?:with|for) [A-Z]",
    re.IGNORECASE,
)
_CAPTION_PREFIX = re.compile(
    r"^(?:image caption|image source|media caption|caption|photo|photograph|picture|image|pic|illustration|"
    r"credit|photo credit|photo illustration|file photo|graphic|composite|video caption)\s*[:,]\s*\S",
    re.IGNORECASE,
)
_STOCK = r"(?:Getty Images|Shutterstock(?:\.com)?|Alamy|iStock(?:photo)?|AP Images|Unsplash|Pexels)"
_CAPTION_SUFFIX = re.compile(
    "(?:"
    + _alt(
        r"\((?:[A-Z]{2,}\s*|Reuters\s*)?(?i:photos?|photograph|image|picture|pic|credit|foto|file(?: photo)?"
        r"|courtesy)\b[^()]{0,80}(?<![.!?])\)",
        r"\([^()]{1,60}/\s*(?i:file(?: photo)?|pool|handout)\)",
        r"\[(?i:file|photo|image|courtesy|handout|[^\[\]]{1,60}/)[^\[\]]{0,80}\]",
        r"(?:^|[.!?”\"]\s?|\s)"
        r"(?i:photograph|photo|photos|image|picture|illustration|composite|photo credit|credit)"
        r"\s*(?::|\.{2,}|…)\s*[^.:]{2,80}",
        r"\([A-Z][\w.'’ -]{1,50}/[A-Z][\w.'’ /-]{1,40}\)",
        r"[.!?]\s+[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|ru|ua|gov|io|tv)",
        r"\s[/|]\s*[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}",
        r"\b(?:[A-Z]{2,}|AP Photo)/[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:/[\w .-]{1,30}){0,3}",
        rf"(?:\bvia\s+)?{_STOCK}\)?",
    )
    + r")\s*$"
)
_STOCK_HINTS = ("Images", "Shutterstock", "Alamy", "iStock", "Unsplash", "Pexels")
_STOCK_LINE = re.compile(rf"(?:via )?{_STOCK}")
_DOMAIN_LINE = re.compile(r"[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|co\.uk|ru|ua|io|info|news|tv|eu|de|fr)", re.I)
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright\s*(?:©|\(c\))?\s*\d{4})", re.IGNORECASE)
_PROMO_START = re.compile(
    "^(?:"
    + _alt(
        r"sign up|subscribe|download|get (?:the|our)|join (?:us|our)|follow|click|tap|register",
        r"support (?:us|our|independent|quality)|become a (?:member|subscriber)|don'?t miss|never miss",
        r"stay (?:informed|up to date|updated|connected)|want more|like this|enjoy(?:ed)? this",
        r"for the latest",
        r"for more (?:news|stories|coverage|updates)|privacy notice|read (?:more|the full)|watch|listen",
        r"find us|save (?:articles|stories)|we use cookies|by (?:clicking|signing|subscribing)",
    )
    + r")\b",
    re.IGNORECASE,
)
_LISTEN_PROMO = re.compile(
    r"\blisten to (?:this|these|our|[\w ]{1,20} news) (?:article|story|articles|stories)"
)
_PROMO_WORD = re.compile(
    r"newsletter|inbox|\bapp\b|alerts?\b|subscri|sign[ -]?up|notifications|@\w|https?://|www\.|\.com\b|"
    r"reading list|read later|cookies|privacy|follow us|our coverage|(?:sign|subscribe) (?:up )?here",
    re.IGNORECASE,
)
_CRUMB_SEP = r"(?:\s*[>›»|]\s*|\s/\s)"
_CRUMB = r"[^>›»/|]"
_BREADCRUMB_SEP = re.compile(
    rf"{_CRUMB}{{1,40}}{_CRUMB_SEP}{_CRUMB}{{1,60}}(?:{_CRUMB_SEP}{_CRUMB}{{1,60}}){{0,6}}"
)
_HOME = re.compile(r"^(?:home|homepage|home page|main page|start|news home)\b", re.IGNORECASE)
_CREDIT_START = re.compile(
    r"\(?(?:sources?\s*:|source\s*-|reporting by|additional reporting|writing by|written by|editing by"
    r"|edited by|compiled by|with (?:reporting|input) from|with (?:afp|reuters|ap|agencies|agency)"
    r"|\(?(?:reuters|afp|ap)\)?$)",
    re.IGNORECASE,
)
_CREDIT_ANY = re.compile(
    _alt(
        r"contributed (?:to )?(?:this|the) (?:report|story|article|coverage|reporting)|contributed reporting",
        r"this (?:article|story|report|piece) (?:was|has been|is|were) (?:prepared|based|originally|first"
        r"|updated|produced|adapted|translated|published|written|compiled)",
        r"(?:originally|first) (?:published|appeared)|\boriginal (?:article|story|text|report|version)\b",
        r"\bagencies\)?\.?$",
    ),
    re.IGNORECASE,
)
_BIO = re.compile(
    r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3} (?:is|was|covers|reports)\b.{0,120}\b(?:reporter|correspondent"
    r"|editor|journalist|writer|contributor|columnist|producer|analyst|covering|chief|bureau)\b"
)
_NO_LETTERS = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
_TERMINAL = re.compile(r"[.!?…:;][\"'”’»)\]]*$")
_QUESTION = re.compile(r"[!?][\"'”’»)\]]*$")
_SENT_BREAK = re.compile(r"[.!?…][\"'”’»)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_FUNCTION = _wordset(
    "a an the of in on at to for and or but with by from as is are was be that this into over"
)
_TIME_WORDS = frozenset(w.lower() for pair in dates.MONTH_NAMES + dates.WEEKDAY_NAMES for w in pair)
_LANGS = _wordset(
    """english español espanol français francais deutsch русский українська українською العربية عربي 中文
    简体中文 繁體中文 日本語 한국어 türkçe turkce português portugues italiano polski nederlands فارسی हिन्दी
    हिंदी اردو עברית ελληνικά română čeština magyar svenska suomi dansk norsk bahasa indonesia melayu tiếng
    việt ไทย kiswahili hausa srpski српски hrvatski български қазақша o'zbek azərbaycan ქართული հայերեն
    беларуская eesti latviešu lietuvių slovenčina slovenščina català galego euskara bosanski shqip македонски
    монгол বাংলা தமிழ் afaan oromoo soomaali amharic አማርኛ pashto پښتو dari"""
)
_LANG_CODES = _wordset("en fr de ru es ar uk ua zh tr it pt pl nl fa hi ur he el ro ja ko kk uz az ka")


@dataclass(slots=True)
class _Para:
    """Shape of one paragraph, computed once."""

    text: str
    nw: int
    head: bool
    sent: bool
    marker: str | None = None
    credit: bool = False
    flag: str | None = None


def _key_words(text: str) -> list[str]:
    return text.lower().split()


def _label_key(text: str) -> str:
    return " ".join(fold(text).strip(_LABEL_TRIM).split())


def _titleish(text: str) -> bool:
    ws = [w for w in text.split() if len(w) >= 4 and w[:1].isalpha()]
    return bool(ws) and sum(w[0].isupper() for w in ws) >= 0.6 * len(ws)


def _shape(text: str) -> _Para:
    nw = text.count(" ") + 1
    letters = _NO_LETTERS.search(text[:400]) is not None
    tail = text[-8:]
    terminal = _TERMINAL.search(tail) is not None
    if terminal and _QUESTION.search(tail) and nw <= 14 and _titleish(text):
        terminal = False
    head = letters and not terminal and nw <= HEAD_MAX_WORDS and len(text) <= 220
    return _Para(text, nw, head, letters and not head)


def _label_kind(text: str) -> str | None:
    """Label kind: "end"/"more" announce other stories, "promo" a sign-up, "other" the rest, or None."""
    key = _label_key(text)
    if not key:
        return "other"
    if key.count(" ") >= LABEL_MAX_WORDS:
        return None
    m = _LABEL.fullmatch(key)
    if m:
        return m.lastgroup
    if _READ_TIME.fullmatch(key) or _REL_TIME.fullmatch(key):
        return "other"
    return None


def _is_segment_atom(seg: str) -> bool:
    return (
        _label_kind(seg) is not None
        or dates.looks_like_date(seg)
        or (_BYLINE.match(seg) is not None and seg.count(" ") < 8)
    )


def _is_caption(p: _Para) -> bool:
    t = p.text
    if _CAPTION_PREFIX.match(t):
        return True
    end = t[-1]
    if end in ".!?…\"”’'" or (end == ")" and t[-2:-1] in ".!?"):
        return False
    tail = t[-160:]
    if "purchase licensing rights" in tail.lower():
        return True
    hint = end in ")]" or any(c in tail for c in ":/|") or any(w in tail for w in _STOCK_HINTS)
    if hint and _CAPTION_SUFFIX.search(tail):
        return True
    if p.nw <= 6:
        bare = t.strip("()[] ")
        return _DOMAIN_LINE.fullmatch(bare) is not None or _STOCK_LINE.fullmatch(bare) is not None
    return False


def _line_flag(p: _Para) -> str | None:
    """Furniture that shows on its own, wherever it stands."""
    t = p.text
    if not _NO_LETTERS.search(t[:400]):
        return "junk"
    if p.nw > CAPTION_MAX_WORDS or len(t) > 12 * CAPTION_MAX_WORDS:
        return None
    if len(t) <= LABEL_MAX:
        kind = _label_kind(t)
        if kind == "promo":
            return "promo"
        if kind:
            p.marker = kind if kind != "other" else None
            return "label"
        if _DIGIT.search(t) and (dates.looks_like_date(t) or dates.looks_like_date(_PLACE_SUFFIX.sub("", t))):
            return "date"
        if p.nw <= 8 and (
            _ROLE.match(t) or (p.nw >= 2 and all(w.strip(".,:;!|") in _BAG for w in _key_words(t)))
        ):
            return "label"
        if p.nw <= 12 and _is_language_line(t):
            return "language"
    if p.nw <= 40:
        m = _PREFIX_LABEL.match(t)
        if (m and (m.group("sep") in ":|" or p.head)) or _GLUED_RELATED.match(t):
            return "label"
    if p.nw <= 30 and "list" in t and _LIST_ANNOUNCE.search(t):
        p.marker = "more"  # a screen reader's announcement of a list of links, with the first link
        return "label"
    if p.nw <= 20 and len(t) <= 240 and _SEGMENT_SPLIT.search(t):
        segs = [s.strip() for s in _SEGMENT_SPLIT.split(t) if s.strip()]
        if len(segs) > 1 and all(_is_segment_atom(s) for s in segs):
            return "meta"
    if _is_caption(p):
        return "caption"
    if p.nw <= 60:
        low = t.lower()
        if _COPYRIGHT.match(t) or "all rights reserved" in low:
            return "copyright"
        start = _PROMO_START.match(t)
        if start and _PROMO_WORD.search(t, start.end()):
            return "promo"
        if p.nw <= 40 and low.rstrip(" .!").endswith(("sign up here", "subscribe here")):
            return "promo"
        if p.nw <= 15 and _LISTEN_PROMO.search(low):
            return "promo"
        if low.startswith(("a version of this article appear", "a version of this story appear")):
            return "promo"
        if p.nw <= 2 and ("http" in low or "www." in low):
            return "promo"
    return None


def _is_credit(p: _Para) -> bool:
    """A sign-off or sourcing line ("Reporting by ...", "Sources: ...", "... contributed to this report")."""
    if p.flag or p.nw > 60:
        return False
    if _CREDIT_START.match(p.text):
        return True
    low = p.text[:400].lower()
    hint = "contribut" in low or "original" in low or "agencies" in low or "published" in low
    hint = hint or "appeared" in low or "this article" in low or "this story" in low or "this report" in low
    return hint and _CREDIT_ANY.search(low) is not None


def _is_language_line(text: str) -> bool:
    first = text.split(None, 1)[0].lower().strip("|/·•,")
    if first not in _LANGS and first not in _LANG_CODES:
        return False
    toks = [t for t in re.split(r"[\s|/·•,]+", text.lower()) if t]
    if not toks or len(toks) > 12:
        return False
    if all(t in _LANGS for t in toks):
        return True
    return len(toks) >= 2 and all(t in _LANGS or t in _LANG_CODES for t in toks)


def _key(text: str) -> str:
    return text.lower() if len(text) <= 2000 else text


def _is_keywords(p: _Para) -> bool:
    if not p.head or len(p.text) > 120 or ":" in p.text:
        return False
    items = [s.strip() for s in p.text.split(",")]
    return 3 <= len(items) <= 12 and all(s and s.count(" ") <= 2 for s in items)


def _name_like(p: _Para) -> bool:
    ws = p.text.replace(",", " ").split()
    return (
        2 <= len(ws) <= 4
        and all(w[:1].isupper() for w in ws)
        and not any(w.lower() in _FUNCTION for w in ws)
        and not any(c.isdigit() for c in p.text)
    )


def _title_words(p: _Para) -> int:
    return sum(1 for w in words(p.text[:300]) if w.isalpha() and w not in _TIME_WORDS)


def _sentences(text: str) -> int:
    return len(_SENT_BREAK.findall(text[:1200])) + 1


def _is_headline(p: _Para, min_words: int) -> bool:
    return p.head and not p.flag and not p.credit and p.nw >= min_words


def _teaser(p: _Para) -> bool:
    return p.sent and not p.flag and not p.credit and p.nw <= 70 and _sentences(p.text) <= 3


def _tail_from_markers(ps: list[_Para], start: int) -> int | None:
    """Earliest "more stories" label after ``start`` followed only by headlines, teasers and labels."""
    best, heads, teasers = None, 0, 0
    for i in range(len(ps) - 1, start, -1):
        q = ps[i]
        if q.marker and (q.marker == "end" or teasers == 0 or heads >= 2):
            best = i
        if q.credit:
            break
        if q.flag or q.head:
            heads += q.head and not q.flag and q.nw >= 4
            continue
        prev = ps[i - 1]
        if not _teaser(q) or not (prev.head or prev.flag) or (prev.sent and not prev.flag):
            break
        teasers += 1
    return best


def _tail_from_pairs(ps: list[_Para], start: int) -> int | None:
    """A list of headline + one-line teaser pairs closing the page, without a label above it."""
    i, pairs = len(ps) - 1, 0
    while i > start:
        q = ps[i]
        if q.flag or (q.head and not q.credit):
            i -= 1
        elif _teaser(q) and _sentences(q.text) <= 2 and _is_headline(ps[i - 1], 5):
            pairs += 1
            i -= 2
        else:
            break
    edge = ps[i] if i >= 0 else None
    if pairs >= 3 or (pairs >= 2 and edge is not None and (edge.credit or edge.flag)):
        return i + 1
    return None


def _pick_title(ps: list[_Para], body_start: int, preferred: set[int]) -> int | None:
    cands = [
        i
        for i in range(min(body_start, TOP_SCAN))
        if ps[i].head and not ps[i].flag and not ps[i].credit and _title_words(ps[i]) >= 2 and ps[i].nw >= 3
    ]
    if not cands:
        return None
    for i in cands:
        if i in preferred:
            return i
    plain = [i for i in cands if not _nav_like(ps[i])]
    for i in plain:
        if ps[i].nw >= 5:
            return i
    for i in plain:
        if ps[i].nw >= 4 or not _name_like(ps[i]):
            return i
    return cands[0]


def _nav_like(p: _Para) -> bool:
    """A run of capitalised menu words ("News Sport Business Culture Travel Earth")."""
    ws = p.text.split()
    return p.nw >= 5 and all(w[:1].isupper() for w in ws) and not _FUNCTION & {w.lower() for w in ws}


def _mark_lines(ps: list[_Para]) -> set[int]:
    """Flag furniture recognisable line by line, and repeats; return indexes of repeated originals."""
    seen: dict[str, int] = {}
    preferred: set[int] = set()
    for i, p in enumerate(ps):
        p.flag = _line_flag(p)
        p.credit = _is_credit(p)
        k = _key(p.text)
        if k in seen and not p.flag:
            p.flag = "duplicate"
            preferred.add(seen[k])
        else:
            seen.setdefault(k, i)
        prev = ps[i - 1] if i else None
        if prev and prev.flag == "caption" and prev.nw <= 6 and _is_headline(p, 5):
            p.flag = "caption"  # the caption under a bare photo credit
    for p, q in zip(ps, ps[1:], strict=False):
        if q.flag == "caption" and p.head and not p.flag and not p.credit and p.nw <= 3:
            p.flag = "caption"  # a photo's alt text just above its caption
    return preferred


def _mark_top(ps: list[_Para], body_start: int, preferred: set[int]) -> tuple[int | None, int]:
    """Flag breadcrumbs, bylines and stray headings above the body; return the title and the body's start.

    A deck (a one- or two-sentence summary right under the title) stays in
    the body, and the byline, date and photo block under it still count as top.
    """
    n = len(ps)
    for i in range(min(body_start, TOP_SCAN)):
        p = ps[i]
        if p.flag or not p.head:
            continue
        pk = _key(p.text)
        for j in range(i + 1, min(n, i + 4)):
            qk = _key(ps[j].text)
            if pk != qk and pk.endswith(" " + qk) and pk[: -len(qk)].count(" ") <= 5:
                p.flag = "breadcrumb"
                preferred.add(j)
                break
        if not p.flag and (_BREADCRUMB_SEP.fullmatch(p.text) or (_HOME.match(p.text) and p.nw <= 12)):
            p.flag = "breadcrumb"
    title = _pick_title(ps, body_start, preferred)
    for i in range(body_start):
        p = ps[i]
        if p.flag or i == title:
            continue
        if _BYLINE.match(p.text) and p.nw <= 15 and not p.text.endswith("."):
            p.flag = "byline"
        elif _is_keywords(p):
            p.flag = "keywords"
    deck = None
    if title is not None and all(ps[k].flag or ps[k].head for k in range(title + 1, body_start)):
        nxt = _next_body(ps, body_start + 1)
        between = range(body_start + 1, nxt)
        shaped = ps[body_start].nw <= 45 and _sentences(ps[body_start].text) <= 2
        furnished = any(_top_like(ps[k]) for k in between)
        furnished = furnished and not any(ps[k].sent and not ps[k].flag for k in between)
        if nxt < n and shaped and furnished:
            deck, body_start = body_start, nxt
    last_free = max((i for i in range(body_start) if not ps[i].flag and i != deck), default=None)
    for i in range(body_start):
        p = ps[i]
        if p.flag or i in (title, deck):
            continue
        if _BYLINE.match(p.text) and p.nw <= 15 and not p.text.endswith("."):
            p.flag = "byline"
        elif _is_keywords(p):
            p.flag = "keywords"
        elif p.head and (
            i != last_free
            or title is None
            or i < title
            or p.nw < 2
            or p.credit
            or _name_like(p)
            or ps[i - 1].marker
        ):
            p.flag = "top"
    return title, body_start


def _top_like(p: _Para) -> bool:
    """Page furniture that only stands under a headline: dates, bylines, photos, a repeated title."""
    if p.flag in ("date", "meta", "caption", "duplicate", "byline"):
        return True
    return p.head and not p.flag and p.nw <= 15 and _BYLINE.match(p.text) is not None


def _next_body(ps: list[_Para], start: int) -> int:
    """Index of the first paragraph from ``start`` that reads as article prose."""
    return next(
        (
            i
            for i in range(start, len(ps))
            if ps[i].sent and not ps[i].flag and not ps[i].credit and ps[i].nw >= 6
        ),
        len(ps),
    )


def _mark_links(ps: list[_Para], body_start: int) -> None:
    """Flag photo alt text before captions and headlines linked under "Related"-style labels."""
    n = len(ps)
    for i in range(body_start, n - 1):
        p = ps[i]
        if not (p.marker or p.flag == "promo"):
            continue
        run: list[int] = []
        j = i + 1
        while j < min(n, i + 20):
            q = ps[j]
            if q.flag:
                j += 1
                continue
            if q.credit or not (q.head or (q.nw <= 14 and q.text.rstrip("\"'”’").endswith("?"))):
                break
            run.append(j)
            j += 1
        if len(run) >= 2 and all(ps[k].nw >= 4 for k in run) or len(run) == 1 and ps[run[0]].nw >= 6:
            for k in run:
                ps[k].flag = "linked"


def _mark_tail(ps: list[_Para], body_start: int) -> None:
    """Flag what follows the article: lists of other stories, trailing labels, an author bio."""
    n = len(ps)
    cut = _tail_from_markers(ps, body_start)
    if cut is None:
        cut = _tail_from_pairs(ps, body_start)
    i = (n if cut is None else cut) - 1
    while True:
        while i > body_start and (ps[i].flag or (ps[i].head and not ps[i].credit)):
            i -= 1
        if i > body_start and ps[i].nw <= 60 and _BIO.match(ps[i].text):
            ps[i].flag = "bio"  # "Jane Doe is a reporter covering ...", then her name above it
            continue
        break
    if ps[i].text.endswith(":"):  # "The plan includes:" and its list items belong to the article
        while i + 1 < n and ps[i + 1].head and not ps[i + 1].flag:
            i += 1
    for j in range(i + 1, n):
        ps[j].flag = ps[j].flag or "tail"


def _question_title(ps: list[_Para], i: int) -> bool:
    """A headline asked as a question ("Why is the Kremlin against peacekeepers?") opening the paste."""
    p = ps[i]
    rest = _next_body(ps, i + 1)
    return (
        p.nw <= 16
        and _sentences(p.text) == 1
        and p.text.rstrip("\"'”’").endswith("?")
        and rest < len(ps)
        and any(_top_like(ps[k]) for k in range(i + 1, rest))
    )


def _mark_pull_quotes(ps: list[_Para], body_start: int) -> None:
    """Flag short paragraphs repeating words found in another one: pull quotes, summary boxes."""
    cands = [
        i
        for i in range(body_start, len(ps))
        if not ps[i].flag
        and ps[i].nw <= 40
        and len(ps[i].text) >= 30
        and (ps[i].head or ps[i].text[0] in _OPENERS)
    ][:PULL_QUOTE_MAX]
    if not cands:
        return
    hay = "\n".join(fold(p.text) for p in ps[body_start:] if not p.flag)
    if len(hay) > PULL_QUOTE_HAY:
        return
    for i in cands:
        core = fold(ps[i].text).strip(" \"'“”‘’«».,;:!?…-–—")
        first = hay.find(core) if len(core) >= 25 else -1
        if first >= 0 and hay.find(core, first + 1) >= 0:
            ps[i].flag = "pull quote"


def separate(paras: list[str]) -> tuple[list[str], list[str], str | None]:
    """Split a paste's cleaned paragraphs into (body, furniture, title guess).

    Every paragraph lands in exactly one place: the body (in order), the
    furniture (in order) or the title guess, which is the first headline-like
    line at the top and None when the paste opens with body text. Body
    paragraphs lose inline link junk (", opens new tab") and nothing else.
    """
    ps = [_shape(p) for p in paras if isinstance(p, str) and p.strip()]
    if not ps:
        return [], [], None
    preferred = _mark_lines(ps)
    body_start = _next_body(ps, 0)
    title = None
    if body_start < len(ps):
        title, body_start = _mark_top(ps, body_start, preferred)
        if title is None and _question_title(ps, body_start):
            title, body_start = body_start, _next_body(ps, body_start + 1)
            for p in ps[title + 1 : body_start]:
                p.flag = p.flag or ("top" if p.head else None)
        _mark_pull_quotes(ps, body_start)
        _mark_links(ps, body_start)
        _mark_tail(ps, body_start)
    body: list[str] = []
    junk: list[str] = []
    for i, p in enumerate(ps):
        if i == title:
            continue
        if p.flag:
            junk.append(p.text)
        else:
            body.append(_strip_inline(p.text))
    log.debug("furniture: %d body, %d furniture, title=%s", len(body), len(junk), title is not None)
    return body, junk, _title_text(ps[title].text) if title is not None else None


_GLUED_BYLINE = re.compile(r"\s+by:?\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$")


def _title_text(text: str) -> str:
    """The title without a byline that a hard-wrap join glued to it ("... debate by: Jane Smith")."""
    bare = _GLUED_BYLINE.sub("", text)
    return bare if bare.count(" ") >= 2 else text


_INLINE_JUNK = re.compile(r",? opens new tab\b")


def _strip_inline(text: str) -> str:
    if "opens new tab" not in text:
        return text
    return " ".join(_INLINE_JUNK.sub("", text).split())
