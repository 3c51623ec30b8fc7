"""The title of a pasted page: which headline-like line it is, and what a join glued to it.

:mod:`reader.engine.furniture` flags page furniture first; the title is then the first line that
is no furniture (a site's prompt, breadcrumb, date header or photo alt text never is).
"""

from __future__ import annotations

import re
import unicodedata

from reader.engine import dates, outlets
from reader.engine.furniture_lines import Para, name_like, title_words
from reader.engine.furniture_patterns import FUNCTION_WORDS
from reader.engine.outlet_guess import BARE_DOMAIN, is_domain, masthead

_BY = re.compile(r"(?:by|written by|posted by|published by)\s*:?\s+\S", re.IGNORECASE)
"""A byline's opening ("By Ana Bell on <date>"): such a line is never the headline."""


def pick_title(ps: list[Para], top: int, preferred: set[int]) -> int | None:
    """The headline among the first ``top`` paragraphs: the first line that is no furniture, or None.

    A repeated line (``preferred``) wins unless a headline that is no menu and no bare name (a
    site's) stands above it: the repeat is then its standfirst, and that headline wins. A short
    line in title case above ("Middle East and Africa") is more likely a section's name. Then one
    of five words or more that is no menu, then a shorter one that is not a bare name. Bylines,
    dates, labels and prompts are flagged before.
    """
    cands = [
        i
        for i in range(top)
        if ps[i].head and not ps[i].flag and not ps[i].credit and title_words(ps[i]) >= 2 and ps[i].nw >= 3
        and not (ps[i].nw <= 15 and _BY.match(ps[i].text))  # "By Ana Bell on <date>": never the headline
        and not _list_item(ps, i, top) and not _above_photo_credit(ps, i)
    ]
    if not cands:
        return None
    prose = [i for i in cands if _runs_on(ps[i].text)]
    if prose and len(prose) < len(cands):
        cands = [i for i in cands if i not in prose]
    cands = _past_ad_slots(ps, cands)
    if len(cands) > 1 and cands[0] == 0 and masthead(ps[0].text) is not None:
        cands = cands[1:]  # "The Morning Ledger" opening the page: the paper's name over its headline
    plain = [i for i in cands if not nav_like(ps[i])]
    for i in cands:
        if i in preferred:
            # The page repeats its headline; a repeated standfirst under a headline does not win.
            above = [k for k in plain if k < i and not name_like(ps[k]) and (ps[k].nw >= 5 or _lower_word(ps[k]))]
            return above[0] if above else i
    for i in plain:
        if ps[i].nw >= 5:
            return i
    for i in plain:
        if ps[i].nw >= 4 or not name_like(ps[i]):
            return i
    return cands[0]


_SENTENCE_BREAK = re.compile(r"[a-z]{2}[.!?] [A-Z]")


def _runs_on(text: str) -> bool:
    """Three sentences or more run together ("Our best pictures of the day. See the best of our work. See
    more | Photo caption"): a promo's blurb, no headline, which is one sentence or two at most."""
    return text.count(". ") >= 2 and len(_SENTENCE_BREAK.findall(text)) >= 2


_ITEM_MARKS = ("- ", "– ", "• ")


def _list_item(ps: list[Para], i: int, top: int) -> bool:
    """A "- Storm closes schools" item with another such item near it: a list of related stories above
    the article ("Read / - headline / | / - headline"), never its title, though each item reads like one.
    """
    if not ps[i].text.startswith(_ITEM_MARKS):
        return False
    near = range(max(0, i - 3), min(top, len(ps), i + 4))
    return any(k != i and ps[k].text.startswith(_ITEM_MARKS) for k in near)


_PHOTO_CREDIT = re.compile(r"©\s*[^/\s][^/]{0,60}/\s*\S[^/]{0,40}$")
"""A bare photo credit "© Anna Berg/TASS": a photographer (or desk) and an agency."""


def _above_photo_credit(ps: list[Para], i: int) -> bool:
    """The line right above a "© Anna Berg/TASS" credit is that photo's caption, not the headline, when it
    only names someone: a page with no headline of its own shows the photo first, captioned with the name of
    whoever is in it. A headline over the credit stays the title.
    """
    if i + 1 >= len(ps) or (i and ps[i - 1].flag == "caption"):
        return False  # the photo's caption stands above: the line between is the headline over its credit
    nxt = ps[i + 1].text.strip()
    return nxt[:1] == "©" and len(nxt) <= 100 and _PHOTO_CREDIT.match(nxt) is not None and _names_someone(ps[i].text)


def _names_someone(text: str) -> bool:
    """A person's role and name ("Deputy Foreign Minister of Valdoria Pavel Orlin"): it closes on two
    capitalised words and has at most one lower-case word that is no function word (a typo's "foreign"); a
    headline ("Moscow expects answers from the broadcaster") has its verb and its objects in lower case."""
    ws = text.split()
    if len(ws) < 2 or not (ws[-1][:1].isupper() and ws[-2][:1].isupper()):
        return False
    return sum(1 for w in ws if not w[:1].isupper() and w.lower() not in FUNCTION_WORDS) <= 1


_AD_LABELS = frozenset(("advertisement", "advert", "ad", "sponsored", "promoted", "sponsored content"))
_LINK_ADS = frozenset(("sponsored links", "sponsored stories", "promoted links", "promoted stories"))
"""A block of paid links: the heading right under it opens the article, what stands above is the page's."""


def _past_ad_slots(ps: list[Para], cands: list[int]) -> list[int]:
    """The candidates without a promo in an ad slot: a heading right above an "Advertisement" label, with
    a date line and then another heading under the label, is the ad's ("Learn Kente Weaving - History Of
    Kente"); the heading under the date is the article's. Decided by that shape alone, never by words of
    the promo: a headline with the ad under it and no second heading below keeps the title. A heading right
    under a "Sponsored Links" block is the article's: every candidate above it belongs to the page's widgets.
    """
    for k in range(cands[-1] - 1, cands[0], -1):
        lab = ps[k]
        if lab.flag == "label" and k + 1 in cands and lab.text.strip(" .:-").lower() in _LINK_ADS:
            return [i for i in cands if i > k]  # "Sponsored Links" closes the page's widgets over the headline
    out = list(cands)
    for i in cands[:-1]:
        nxt = ps[i + 1]
        if nxt.flag != "label" or nxt.text.strip(" .:-").lower() not in _AD_LABELS:
            continue
        later = [j for j in cands if j > i + 1]
        if later and any(ps[k].flag in ("date", "meta") for k in range(i + 2, later[0])):
            out.remove(i)
    return out


_SAME_WRITING = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "KATAKANA-HIRAGANA": "CJK", "HALFWIDTH": "CJK",
                 "FULLWIDTH": "CJK", "IDEOGRAPHIC": "CJK"}
"""Scripts one language writes together: a Japanese headline in kanji over a body in kana is one writing."""


def script(text: str) -> str | None:
    """The writing system most letters of ``text``'s opening are in ("LATIN", "GREEK", "CYRILLIC", ...)."""
    seg = text[:600]
    if seg.isascii():  # nearly every line of an English page: every letter is Latin, no name to look up
        return "LATIN" if any(ch.isalpha() for ch in seg) else None
    counts: dict[str, int] = {}
    for ch in seg:
        if ch.isalpha():
            name = "LATIN" if ch.isascii() else unicodedata.name(ch, "").split(" ", 1)[0]
            name = _SAME_WRITING.get(name, name)
            counts[name] = counts.get(name, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


def foreign_lines(ps: list[Para], top: int, body_start: int) -> None:
    """Flag the lines above the body written in another script than its first paragraph.

    "Δείτε εδώ την ειδική έκδοση" over an English headline is a site's promo in its own language,
    never the title of the English article under it.
    """
    if body_start >= len(ps):
        return
    prose = [p.text[:200] for p in ps[body_start : body_start + 6] if p.sent and not p.flag]
    if not prose:
        return  # no prose to compare with (a page of captions only): no line is told foreign by it
    body = script(" ".join(prose[:3]))  # a few paragraphs: the first may open on a quotation in another script
    for p in ps[:top]:
        if p.head and not p.flag and not p.credit and script(p.text) not in (body, None):
            p.flag = "language"
    if body != "LATIN":
        return
    for p in ps:  # cheap: nearly every line of an English page is ASCII and skipped at once
        if not p.flag and p.nw <= CJK_LINE_WORDS and not p.text.isascii() and _cjk_count(p.text) >= CJK_MIN:
            p.flag = "language"


CJK_LINE_WORDS = 12
CJK_MIN = 3
"""A short line with three Chinese or Japanese characters or more on an English page ("中国日报网
2013-02-19 10:06", "(英语点津 Lin 编辑)"): the site's masthead or its editor's note, even with the
pinyin some copies set beside each character (whose accented Latin letters make it read as Latin)."""


def _cjk_count(text: str) -> int:
    """How many CJK ideographs or kana ``text`` holds."""
    return sum(1 for ch in text if "\u3040" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff")


def _lower_word(p: Para) -> bool:
    """A lower-case word of four letters or more: a headline in sentence case, no section's name."""
    return any(len(w) >= 4 and w[:1].islower() for w in p.text.split())


def nav_like(p: Para) -> bool:
    """A run of capitalised menu words ("News Sport Business Culture Travel Earth")."""
    ws = p.text.split()
    if ":" in p.text:
        return False  # "Judge Tells Lawyer: No Comment": a headline in title case; menus have no colon
    return p.nw >= 5 and all(w[:1].isupper() for w in ws) and not FUNCTION_WORDS & {w.lower() for w in ws}


_GLUED_BYLINE = re.compile(r"\s+by:?\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$")
_GLUED_STAMP = re.compile(r"\s+(?:(?:posted |published )?on\s+)?(?=\d)(?P<stamp>[\d/.: -]{8,25})$")
_HASHTAGS = re.compile(r"^(?:#\w+\s+)+")


def title_text(text: str) -> tuple[str, str | None]:
    """The title, and the date line a hard-wrap join glued to its end (moved to furniture), or None.

    A join also glues a byline ("... debate by: Jane Smith") or a timestamp ("... pirates on
    2009/12/28 17:38:07"); a site's hashtags before it ("#World #NEWS ...") are no words of it.
    """
    stamp = None
    if text[-1:].isdigit():
        m = _GLUED_STAMP.search(text)
        if m and dates.looks_like_date(m.group("stamp")) and m.start() and text[: m.start()].count(" ") >= 2:
            text, stamp = text[: m.start()], text[m.start() :].strip()
    if text[:1] == "#":
        bare = _HASHTAGS.sub("", text)
        text = bare if bare.count(" ") >= 2 else text
    bare = _GLUED_BYLINE.sub("", text)
    return (bare if bare.count(" ") >= 2 else text), stamp


_BAR_SEP = re.compile(r"\s(\||[-–—])\s")
BAR_HEADLINE_WORDS = 4
"""Fewest words of the headline a one-line title bar holds; the bar's other parts are shorter."""
_BAR_PART_WORDS = 5


def bar_headline(text: str) -> str | None:
    """The headline of a one-line title bar, or None when the line is a headline as it stands.

    A copy of a page's title bar with no second copy of the headline under it holds the headline with
    the site or the section beside it: "Velm Voice - Bridge reopens after repairs", "Bridge reopens
    after repairs | The Velm Times", "Opinion | Why the bridge must close". The headline is its one
    part of four words or more. A dash also joins the two sides of a headline ("Ukraine - Russia
    talks stall"), so beside a dash the other part must name a site: a registry outlet, a masthead or
    a domain. A bar rarely parts a headline, so beside a bar short capitalised parts (sections) do,
    though a site must close the line when the headline does not.
    """
    seps = _BAR_SEP.findall(text)
    if not seps:
        return None
    if "|" in seps:  # "Velm Voice | Kestrel - Velm talks stall": the bars part it, a dash is the headline's
        seps = ["|"] * seps.count("|")
        parts = [part.strip() for part in text.split(" | ")]
    else:
        parts = [part.strip() for part in _BAR_SEP.split(text)[::2]]
    long = [i for i, part in enumerate(parts) if len(part.split()) >= BAR_HEADLINE_WORDS]
    if len(long) != 1 or any(not part for part in parts):
        return None
    h = long[0]
    others = [part for i, part in enumerate(parts) if i != h]
    if seps[0] != "|":
        return parts[h] if len(others) == 1 and _names_site(others[0]) else None
    if any(len(part.split()) > _BAR_PART_WORDS or not part[:1].isupper() and not BARE_DOMAIN.fullmatch(part)
           for part in others):
        return None
    return parts[h] if h == len(parts) - 1 or _names_site(parts[-1]) else None


def _names_site(part: str) -> bool:
    """A site's name in a title bar: a registry outlet (no picture library), a masthead or a domain."""
    known = outlets.canonical(part)
    if known is not None:
        return outlets.kind(known) != "photo"
    return is_domain(part) or masthead(part) is not None


TITLE_BAR_CHARS = 1500
"""Longest title bar ("Headline - Site - All News ...", a menu copied with it) read against the lines under it."""
CRUMB_CHARS = 60
_COPY_FLAGS = ("caption", "duplicate")
"""Flags a copy of the headline may carry already: as a photo's alt text, or as a repeat of a line above."""
SKIP_FLAGGED = 25
"""How far under a title bar its headline may stand, past lines already flagged (a stock ticker, a date bar)."""
"""Longest breadcrumb trail ("Home > World > Europe", "HomeNews") glued before a repeated headline."""


def crumbed_headlines(ps: list[Para], top: int) -> set[int]:
    """Flag a breadcrumb trail ending in the headline that follows it; return the headlines' indexes.

    A pasted page often shows the trail ("HomeNewsIf he can't…", "Home › World › Title") just above
    the headline itself. Text ending in the next heading's words is that heading with a prefix: the
    trail is furniture, and the clean heading is the title. So is the page's title bar above it, the
    headline and then, after a dash or a bar, the site's name and perhaps its menu.
    """
    def key(text: str) -> str:
        return " ".join(text.replace("’", "'").replace("‘", "'").lower().split())

    keys: dict[int, str] = {}  # each line's key made once, though it is compared with up to three lines above

    def key_at(k: int) -> str:
        if k not in keys:
            keys[k] = key(ps[k].text)
        return keys[k]

    found: set[int] = set()  # a copy flagged already (the photo's alt text under it) is the headline found
    top = min(len(ps), top)
    for i in range(top):
        p = ps[i]
        if p.flag or p.credit or not (p.head or len(p.text) <= TITLE_BAR_CHARS):  # a title bar runs longer
            continue
        seen = 0  # the lines compared: up to three that are no furniture, past any flagged (a ticker, a date)
        for j in range(i + 1, min(top, i + 1 + SKIP_FLAGGED)):
            q = ps[j]
            if q.flag and q.flag not in _COPY_FLAGS:
                continue
            seen += 1
            if seen > 3:
                break
            if not q.head or q.nw < 3:
                continue
            kp, kq = key_at(i), key_at(j)  # made only for a line with a heading under it: most lines have none
            if len(kq) < len(kp) and kp.startswith(kq) and kp[len(kq) :].lstrip()[:1] in _SUFFIX_SEPS:
                p.flag = "duplicate"  # "Headline - News Archive - Harbour News Agency - All News Politics ..."
                q.flag = None
                found.add(j)
                break
            if not (p.head and len(kq) < len(kp) <= len(kq) + CRUMB_CHARS):
                continue
            if kp.endswith(kq):
                p.flag = "duplicate"  # "Harbour Herald - Headline", "Home › World › Headline"
                q.flag = None
                found.add(j)
                break
    return found


_SUFFIX_SEPS = frozenset("-|–—•·»")
"""What parts a page's title bar after the headline: its section, the site's name, a menu copied with it."""
