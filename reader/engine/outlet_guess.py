"""The outlet a page names itself, for a paste that carries no metadata.

A ``.txt`` paste has no URL, no front matter and no ``<meta>`` tags, so its outlet used to be its
file name ("02"). Yet pages sign themselves in a few stable forms of page furniture:

* a copyright line naming its holder: "Copyright © 2024 Velm Herald. All rights reserved.",
  "© 2019 velmnews.com";
* a syndication note: "(This story has not been edited by Velm Herald staff; ...)";
* an app prompt: "download Velm Herald App", "Download now the VBC mobile app";
* a push prompt: "Stay up to date with notifications from The Velm Herald";
* a comment policy: "VBC welcomes all comments that stay civil ...";
* the page's title bar above its headline: "<headline> - News Archive - Velm Business News Agency - All
  News ...", its site's name a segment after the headline (an agency's own site names itself so);
* the site's domain alone on a line ("velmnews.com"), or, in the furniture, a registry paper, site or
  broadcaster named alone on a line (its masthead).

:func:`guess` reads these only in the furniture and in the first and last two paragraphs of the
kept text, and only where a line is short. A holder is accepted when it is a registry outlet, a
domain, or a capitalised name holding an outlet word ("Herald", "News", "Times"): "© 2024 Mara Lind"
is a photographer's, and "users can download the Kestrel Maps app" in a last paragraph names an app.
In the furniture, the prompts only a site prints about itself (the syndication note, the app and
push prompts) name the site whatever its name ("download VBC App").
A news agency is never the guess but in the title bar: its copyright or name on a partner's page says
whose copy it is, not whose page (a Reuters story on another paper's page is that paper's page), so
with no other sign the caller keeps the file name. The forms are tried in the order above, the first
found wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from reader.engine import outlets
from reader.engine.credit_patterns import OUTLET_HEAD_WORDS, PHOTO_WORD
from reader.engine.furniture_patterns import MENU_WORDS

_MAX_LINE = 400  # a line longer than this is prose, not page furniture
_EDGE_PARAS = 2  # paragraphs read at each end of the kept text

_NAME = r"[A-Z][\w&.’'-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w&.’'-]*){0,4}"
_DOMAIN = r"(?:www\.)?(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,12}"

# "Copyright © 2019 X.", "© 2024-2025 The X", "(c) 2019, X |": the holder up to a full stop, comma, bar or the end
_COPYRIGHT = re.compile(
    r"(?:©|\([cC]\)|\bCopyright\b)\s*(?:(?:©|\bCopyright\b)\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:by\s+)?(?:the\s+)?"
    r"(?P<n>" + _DOMAIN + r"|" + _NAME + r")(?=\s*(?:[.,;|·•]|\s[-–—]\s|All\s+[Rr]ights|$))"
)
# "(This story has not been edited by X staff; it was published from a wire feed.)"
_NOT_EDITED = re.compile(r"\bnot\s+been\s+edited\s+by\s+(?:the\s+)?(?P<n>" + _NAME + r")\s+(?:staff|team|editors)\b")
# "For all the latest news, download X App", "Download now the X mobile app", "Get the X app"
_APP = re.compile(
    r"(?i:\b(?:download|get|install)\s+(?:now\s+)?(?:the\s+)?(?:free\s+|official\s+)?)"
    r"(?P<n>" + _NAME + r")\s+(?i:(?:mobile\s+|news\s+|official\s+)?app)\b"
)
# "Stay up to date with notifications from The X": a site's push prompt, the site's name closing it
_NOTIFICATIONS = re.compile(r"\bnotifications\s+from\s+(?:the\s+)?(?P<n>" + _NAME + r")\s*\.?$")
# "VBC welcomes all comments that stay civil ...": the site's policy for its comment box
_COMMENT_POLICY = re.compile(
    r"^(?:the\s+)?(?P<n>" + _NAME + r")\s+(?:welcomes|encourages|invites|moderates)\s+(?:all\s+|your\s+)?"
    r"(?:reader\s+)?(?:comments|feedback)\b"
)
# "A Message from The X:": the site's letter to its readers, which it signs with its name
_MESSAGE = re.compile(r"^A\s+[Mm]essage\s+from\s+(?:[Tt]he\s+)?(?P<n>" + _NAME + r")\s*:$")
BARE_DOMAIN = re.compile(r"(?:https?://)?(?P<n>" + _DOMAIN + r")/?")
_GENERIC_TLD = re.compile(r"\.(?:com|net|org|info|news|co(?:m)?\.[a-z]{2}|[a-z]{2})$")
_FORMS = (_COPYRIGHT, _NOT_EDITED, _APP, _NOTIFICATIONS, _COMMENT_POLICY, _MESSAGE)


def is_domain(text: str) -> bool:
    """Whether ``text`` is a bare domain ("velmnews.com", "www.velm.co.uk"): its last label holds a letter,
    so "3.5" or "v1.2" is none."""
    m = BARE_DOMAIN.fullmatch(text)
    return m is not None and any(c.isalpha() for c in m.group("n").rsplit(".", 1)[-1])


def _short(lines: Iterable[str]) -> list[str]:
    return [line.strip() for line in lines if line and len(line.strip()) <= _MAX_LINE]


def domain_outlet(domain: str) -> str:
    """The registry's outlet for a domain, else its readable form: the brand as the page cases it
    ("allAfrica.com" -> "allAfrica"), or the domain lower-cased when nothing is cased ("velmnews.com")."""
    domain = domain.removeprefix("www.").removeprefix("WWW.")
    known = outlets.from_url(domain)
    if known:
        return known
    if domain.islower():
        return domain
    return _GENERIC_TLD.sub("", domain) or domain


def _holder(written: str, loose: bool = False) -> str | None:
    """The outlet a written holder names, or None: an agency, a picture library or a person is no page's owner.

    An unregistered name needs an outlet word ("Velm Herald") unless ``loose``: a prompt in the page's
    furniture that only a site prints about itself ("download VBC App") names the site whatever its name.
    """
    written = written.strip().rstrip(".,;")
    if not written or PHOTO_WORD.search(written):
        return None
    if "." in written and " " not in written and BARE_DOMAIN.fullmatch(written):
        name = domain_outlet(written)
    else:
        name = outlets.canonical(written) or written
        if not loose and outlets.get(name) is None and _HEAD_WORDS.isdisjoint(written.split()):
            return None  # "© 2024 Mara Lind": no outlet word, no registry name
    if outlets.kind(name) in ("agency", "photo"):
        return None
    return name


_HEAD_WORDS = frozenset(OUTLET_HEAD_WORDS)
_SELF_PROMPTS = (_NOT_EDITED, _APP, _NOTIFICATIONS, _COMMENT_POLICY, _MESSAGE)  # forms only a site prints about itself


def _found(furniture: list[str], edge: list[str], bars: list[str], title: str | None = None) -> Iterator[str]:
    """Every outlet the lines sign with, strongest form first; a masthead alone on a line only in ``furniture``,
    a title bar only among the first furniture lines (``bars``, which may run long with a menu)."""
    lines = [(line, True) for line in furniture] + [(line, False) for line in edge]
    for form in _FORMS:
        for line, in_furniture in lines:
            for m in form.finditer(line):
                if form is _COPYRIGHT and "/" in line[m.end("n") : m.end("n") + 2]:
                    continue  # "© Mara Lind/Velmpress": a picture credit
                name = _holder(m.group("n"), loose=in_furniture and form in _SELF_PROMPTS)
                if name:
                    yield name
    for line in bars:
        name = _title_bar(line) or _site_prefix(line, furniture, edge, title)
        if name:
            yield name
    for line, _ in lines:
        m = BARE_DOMAIN.fullmatch(line.strip(" .()[]–—-"))  # "– Harbourline.com": a site's sign-off
        if m and is_domain(m.group("n")):
            name = _holder(m.group("n"))
            if name:
                yield name
    for line, in_furniture in lines:
        name = None if in_furniture else lede_tag(line)
        if name:
            yield name
    if furniture and (name := masthead(furniture[0])):
        yield name
    for line in furniture:
        if len(line.split()) <= 4:
            named = outlets.mentions(line)
            if len(named) == 1 and named[0].written == line.strip(" .") and outlets.kind(named[0].name) not in (
                "agency", "photo", None
            ):
                yield named[0].name  # "The Velm Herald" alone on a line: the masthead


TITLE_BAR_LINES = 2
TITLE_BAR_CHARS = 600
"""The first furniture lines, where a page's title bar stands when the copy kept it above the headline."""
_BAR_SPLIT = re.compile(r"\s[-|–—]\s")
_BAR_HEADLINE_WORDS = 4
_SECTION_WORDS = MENU_WORDS | frozenset(str.split("all breaking top local national international regional daily"))


def _title_bar(line: str) -> str | None:
    """The site a title bar names after its headline ("<headline> - Archive - Velm News Agency - ..."), or None.

    The segment must be the site's name and nothing else: a registry outlet of any kind (an agency's own
    site names itself so), or a capitalised name ending in an outlet word ("Velm Business News Agency";
    "News Archive" is a section).
    """
    parts = [p.strip() for p in _BAR_SPLIT.split(line)]
    if len(parts) < 2 or len(parts[0].split()) < _BAR_HEADLINE_WORDS:
        return None
    for part in parts[1:]:
        words = part.split()
        if not words or len(words) > 6 or PHOTO_WORD.search(part):
            continue
        known = outlets.canonical(part)
        if known and outlets.kind(known) != "photo":
            return known
        if len(words) == 1 and is_domain(part):
            return domain_outlet(part)  # "<headline> - velmnews.com"
        if re.fullmatch(_NAME, part) and words[-1] in _HEAD_WORDS and any(
            w.lower() not in _SECTION_WORDS for w in words[:-1]
        ):
            return part  # "All News", "Business News": a section's name
    return None


_PREFIX = re.compile(r"(?P<n>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})\s[-|–—]\s(?P<rest>.+)")


def _site_prefix(line: str, furniture: list[str], edge: list[str], title: str | None = None) -> str | None:
    """The site before the headline in a title bar ("Velm Voice - Bridge reopens after repairs"), or None.

    When the headline after the dash stands alone on a line of its own in the paste (the page prints it
    again under the bar), the bar is the site's name and the headline, and the name is taken whatever
    its words, unless it is an agency's or a section's ("World News - ..."). When it is only the
    ``title`` read from the bar itself, that is no second sign, and the name must look like a site's:
    a registry outlet, an outlet word or a masthead ("Daily Velm"); "Kestrel | Ferry talks stall" is
    a place's.
    """
    prefix = _named_prefix(line)
    if prefix is None:
        return None
    written, rest = prefix
    repeated = any(other.strip().lower() == rest for other in (*furniture, *edge))
    if not repeated and (title is None or title.strip().lower() != rest):
        return None
    return _holder(written, loose=True) if repeated else _holder(written) or masthead(written)


def _named_prefix(line: str) -> tuple[str, str] | None:
    """The name before a title bar's headline and the headline lower-cased ("Velm Voice - Bridge reopens
    after repairs"), or None: no such bar, a headline too short, or a section's name ("World News - ...")."""
    m = _PREFIX.fullmatch(line.strip())
    if m is None or len(m.group("rest").split()) < _BAR_HEADLINE_WORDS:
        return None
    written = m.group("n")
    if all(w.lower() in _SECTION_WORDS for w in written.split()):
        return None
    return written, m.group("rest").strip().lower()


def bar_site(line: str) -> str | None:
    """The site a page's title bar names beside its headline, with no other copy of the headline needed:
    after it ("<headline> | The Velm Times", see :func:`_title_bar`), or before it when the name looks like a
    site's ("Velm Times - <headline>"), or None."""
    found = _title_bar(line)
    if found is not None:
        return found
    prefix = _named_prefix(line)
    return (_holder(prefix[0]) or masthead(prefix[0])) if prefix is not None else None


_NEWSPAPER_WORDS = frozenset(str.split(
    "Shimbun Shinbun Simbun Ilbo Sinmun Ribao Nippo Zeitung Tageblatt Tagblatt Blatt Anzeiger Kurier Rundschau"
    " Gazeta Gazete Gazetesi Gazzetta Giornale Corriere Diario Diário Periódico Periodico Jornal Folha Prensa"
    " Krant Courant Dagblad Avis Avisen Tidning Tidningen Tidende Posten Nyheter Sanomat Lehti Noviny Novine"
    " Dnevnik Vjesnik Hírlap Ziarul Akhbar Harian Dainik Samachar Patrika Vedomosti Izvestia Izvestiya"
))
"""Words for a newspaper or a daily in other languages, which close a masthead as "Herald" does an English one
("The Daily Velm Shimbun", "Velmer Zeitung", "Gazeta Velmska" opens on it)."""
_MASTHEAD_WORDS = _HEAD_WORDS | _NEWSPAPER_WORDS | frozenset(str.split(
    "Star Ledger Standard Sun Age Guardian Independent Nation Voice Record Leader Citizen Register Times Today"
))
"""The last word of a paper's masthead: the outlet words, and a few that name papers only in a masthead."""
_NAV_WORDS = (_SECTION_WORDS - {"daily"}) | frozenset(str.split("breaking just recent exclusive featured more most"))
"""Words of a navigation label ("Latest News", "Breaking News", "Top Stories"): no masthead is made of them."""


_PERIOD_WORDS = frozenset(("Daily", "Weekly"))


def masthead(line: str) -> str | None:
    """A paper's masthead as the page's first furniture line ("The Morning Ledger"), or None.

    Two to five capitalised words, the last a masthead word or the first "Daily" or "Weekly" ("Daily
    Harbinger"), nothing else: the page's own name over its copy. A news agency's name there says whose
    copy it is, not whose page (see :func:`_holder`).
    """
    text = line.strip(" .")
    words = text.split()
    if not 2 <= len(words) <= 5 or not all(w[:1].isupper() for w in words):
        return None
    last, first = words[-1], words[0]
    if not text.isupper():  # "The Velm DAILY POST": its words in capitals (a line all in capitals is a section's)
        last, first = last.capitalize(), first.capitalize()
    if last not in _MASTHEAD_WORDS and first not in _PERIOD_WORDS and first not in _NEWSPAPER_WORDS:
        return None
    if all(w.lower() in _NAV_WORDS for w in words):
        return None  # "Latest News": the section's label over the headline, not the paper's name
    if any(c.isdigit() for c in text) or re.fullmatch(_NAME, text) is None:
        return None
    return _holder(text, loose=True)


_LEDE_TAG = re.compile(r"\[(?P<n>[A-Z][A-Za-z&.'’ -]{2,40})\]\s+[A-Z\"“‘']")


def lede_tag(line: str) -> str | None:
    """The paper's name in brackets opening its lede ("[THE VELM HERALD] The port ..."), or None.

    A tag that is the paper's own masthead: a registry outlet, or "The ..." or a name closing on a
    masthead word; "[UPDATE]" or "[BREAKING NEWS]" labels the story, and an agency there says whose copy.
    """
    if line[:1] != "[":
        return None
    m = _LEDE_TAG.match(line)
    if m is None:
        return None
    written = m.group("n").strip()
    words = written.split()
    if outlets.canonical(written) is None:
        if len(words) < 2 or all(w.lower() in _NAV_WORDS or w.lower() == "the" for w in words):
            return None
        if words[0].lower() != "the" and words[-1].capitalize() not in _MASTHEAD_WORDS:
            return None
        if written.isupper():
            written = " ".join(w.capitalize() if w.lower() != "the" or i == 0 else "the" for i, w in enumerate(words))
    return _holder(written, loose=True)


def guess(furniture: Iterable[str], paras: list[str], title: str | None = None) -> str | None:
    """The outlet a paste's own furniture names, or None (the caller then keeps the file name).

    ``title`` is the headline read from the paste: a title bar above the body that holds it beside a
    name ("Velm Voice - Bridge reopens after repairs") names the site as a second copy of it would.
    """
    edge = paras[:_EDGE_PARAS] + paras[max(_EDGE_PARAS, len(paras) - _EDGE_PARAS) :]
    furniture = list(furniture)
    bars = [line[:TITLE_BAR_CHARS] for line in furniture[:TITLE_BAR_LINES] if isinstance(line, str)]
    return next(_found(_short(furniture), _short(edge), bars, title), None)
