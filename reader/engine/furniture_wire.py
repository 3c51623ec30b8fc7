"""What a wire story carries around its copy on an aggregator's page: the agency's own lines.

A site that reprints an agency's story keeps the agency's name on a line of its own ("AFP",
"Kestrel Sport" under the standfirst or as the last line, or with the date: "AFP - May 2,
2008") and, at the foot, the agency's description of itself ("Kestrel Wire, the news arm of
Kestrel Group, is ..."). Neither is a sentence of the story: the name is a credit line (the
credit rules read it from the furniture as well), the description an "about us" blurb. Both
are told by the outlet registry, never by strings from particular pages. The wire's sign-off
under its last sentence ("(Reporting by ...; Editing by ...)") is a credit line too, told by
its shape; the credit rules read it in the furniture.
"""

from __future__ import annotations

import re

from reader.engine import dates, outlets
from reader.engine.furniture_lines import Para

_DESK_WORDS = frozenset(("Sport", "Sports", "News", "Staff", "Wire", "Service"))
"""A desk's word after the agency's name ("Kestrel Sport"): still the agency's credit line."""
_NAME_TRIM = " .,()[]-–—•|"


def agency_line(p: Para) -> bool:
    """A line that is only a news agency's name, perhaps with its desk ("AFP", "Kestrel Sport")."""
    if not p.head or p.nw > 3 or p.text[-1:] == ":" or any(c.isdigit() for c in p.text):
        return False
    name = p.text.strip(_NAME_TRIM)
    if not name[:1].isupper() or (" " not in name and not outlets.may_be_alias(name)):
        return False
    if _agency(name):
        return True
    head, _, last = name.rpartition(" ")
    return bool(head) and last in _DESK_WORDS and _agency(head)


_PHOTO_SLUG = re.compile(r"APTOPIX(?:\s+[A-Z][\w'’.-]*){1,5}")
"""An agency's slug for its top photo ("APTOPIX Vessland Floods"): the picture desk's tag, no headline."""


def photo_slug(p: Para) -> bool:
    """"APTOPIX Vessland Floods": the wire photo's slug line, copied with its caption."""
    return p.text[:7] == "APTOPIX" and p.nw <= 6 and _PHOTO_SLUG.fullmatch(p.text) is not None


_DATED = re.compile(r"\s[-–—|]\s")
DATED_MAX_WORDS = 10


def agency_dated(p: Para) -> bool:
    """A line that is a news agency's name and a date ("Kestrel Wire - May 21, 2008"): its credit line."""
    if not p.head or p.nw > DATED_MAX_WORDS or not any(c.isdigit() for c in p.text):
        return False
    parts = _DATED.split(p.text, maxsplit=1)
    return len(parts) == 2 and dates.looks_like_date(parts[1]) and _agency(parts[0].strip(_NAME_TRIM))


def _agency(name: str) -> bool:
    found = outlets.canonical(name)
    return found is not None and outlets.kind(found) == "agency"


_OUTLET_BLURB = re.compile(
    r"(?P<name>[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}),? (?:the|an?) [^,]{3,90}, (?:is|was|has been|reaches"
    r"|provides|serves|delivers)\b"
)


def outlet_blurb(p: Para) -> bool:
    """An outlet describing itself at the page's foot ("Kestrel Wire, the news arm of Kestrel Group, is ...").

    The name must be a registered outlet, set off by an apposition: the walk over the page's foot
    asks it only of the paragraphs under the article's last sentence.
    """
    if p.nw > 60 or not p.sent:
        return False
    m = _OUTLET_BLURB.match(p.text)
    return m is not None and outlets.canonical(m.group("name")) is not None


_SIGN_OFF = re.compile(r"\(?(?:additional reporting|reporting|writing|editing|compiled) by\s", re.IGNORECASE)
_SECOND_ROLE = re.compile(r"\b(?:reporting|writing|editing|edited|compiled) by\s", re.IGNORECASE)


def wire_sign_off(p: Para) -> bool:
    """The wire's sign-off naming its staff: "(Reporting by A; Editing by B)", "Reporting by A Editing by B".

    Bracketed whole, or naming a second role, or its roles set apart by a semicolon: a sentence
    opening "Reporting by the Velm Ledger found ..." is none of these. A bracketed line naming an
    outlet ("(Reporting by Kestrel Wire)") says whose copy the story holds and stays in the text.
    """
    t = p.text
    if p.nw > 60 or t[:1] not in "(ACERWacerw" or _SIGN_OFF.match(t) is None:
        return False
    if ";" in t or _SECOND_ROLE.search(t, 12) is not None:
        return True
    return t[0] == "(" and t[-1] == ")" and not outlets.mentions(t, weak=True)  # "(Reporting by Reuters)" credits
