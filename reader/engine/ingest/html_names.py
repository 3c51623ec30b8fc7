"""Which names on a saved page are the site's own and which a person's: the title's site segment, the author tag."""

from __future__ import annotations

import re

from reader.engine import outlets
from reader.engine.credit_patterns import OUTLET_HEAD_WORDS

_CONTENT = re.compile(r"""content\s*=\s*["']([^"']+)["']""", re.IGNORECASE)


def names_site(part: str, site: str | None) -> bool:
    """Whether a title segment names the page's site or a registry outlet ("NB", "Coast Courier", "Reuters")."""
    flat = outlets.key(part).replace(" ", "")
    if site and flat and flat == outlets.key(site).replace(" ", ""):
        return True
    known = outlets.canonical(part)
    return known is not None and (site is None or outlets.canonical(site) in (None, known))


_OUTLET_WORDS = frozenset(OUTLET_HEAD_WORDS) | {"Broadcasting", "Corporation", "Group", "Publishing", "Company"}
_META_AUTHOR = re.compile(r"""<meta\s[^>]*?name\s*=\s*["']author["'][^>]*>""", re.IGNORECASE)
_WEB_ADDRESS = re.compile(r"(?i)\bwww\.|https?://|\b[\w-]+\.(?:com|org|net|co|de|uk|example)\b")
_AUTHOR_LABEL = re.compile(
    r"<(strong|b|dt|th|span|label)\b[^>]{0,200}>\s*Authors?\s*:?\s*</\1>\s*(?:</?(?:dd|td|span|a|p|em)\b[^>]{0,200}>\s*)*"
    r"([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s*<"
)


_DESK_WORDS = frozenset({"staff", "desk", "wires", "wire", "newsroom", "agencies", "bureau", "newsdesk"})
"""A byline holding one of these names a desk ("Our Foreign Staff", "News Wires"), not a person."""
_UI_LABELS = frozenset({"follow", "share", "by", "admin", "administrator", "author", "editor", "guest", "anonymous"})
"""One-word "authors" that are a page's buttons or placeholders ("Follow" of "Follow @reporter")."""
_BYLINE = re.compile(
    r"""class\s*=\s*["'][^"']*\bbyline\b[^"']*["'][^>]{0,300}>\s*(?:<[^>]{1,300}>\s*){0,4}By\s*(?:<[^>]{1,300}>\s*){0,4}"""
    r"([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s*<"
)


def person_author(author: str | None, html: str, site: str | None) -> str | None:
    """The author unless it names the publisher, a desk or a button, as author tags often do.

    An author with a web address in the tag ("Nordbay Broadcasting (www.nb.example)"), one that is the site name,
    begins with it ("Nordbay Staff") or is its initials or a registry outlet, a desk ("News Wires") or a lone
    button word ("Follow") is no person; an "Author"-labelled name, else the page's "By <Name>" byline, stands in.
    """
    if author and _is_person(author, html, site):
        return author
    label = _AUTHOR_LABEL.search(html) if author and "Author" in html else None
    if label:
        return label.group(2)
    byline = _BYLINE.search(html, 0, 400_000)
    if byline and _is_person(byline.group(1), html, site):
        return byline.group(1)
    return None


def _is_person(author: str, html: str, site: str | None) -> bool:
    """Whether an author string can be a person's name (see ``_person_author``)."""
    raw = _META_AUTHOR.search(html, 0, 200_000)
    content = _CONTENT.search(raw.group(0)) if raw else None
    words = re.findall(r"[A-Z][\w-]*", author)
    # initials only with an outlet word: "Nordbay Broadcasting" is "NB", a reporter "Nina Berg" is not
    initials = "".join(w[0] for w in words) if not _OUTLET_WORDS.isdisjoint(words) else ""
    lower = author.casefold().split()
    site_key = outlets.key(site) if site else ""
    return not (
        _WEB_ADDRESS.search(author) is not None
        or (content is not None and author in content.group(1) and _WEB_ADDRESS.search(content.group(1)) is not None)
        or (site is not None and (names_site(author, site) or (len(initials) >= 2 and initials == site.strip())))
        or (len(site_key) >= 2 and (outlets.key(author) + " ").startswith(site_key + " "))
        or not _DESK_WORDS.isdisjoint(lower)
        or (len(lower) == 1 and lower[0] in _UI_LABELS)
        or outlets.canonical(author) is not None
    )
