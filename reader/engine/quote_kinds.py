"""Whether a quotation is full (a clause of its own) or partial (a phrase inside the reporter's sentence).

"Peskov said: "We are ready."" is full; "Peskov called the talks "useful"" is partial. The difference
matters to a journalist: a full quote can be compared word for word, a partial one shows which words an
outlet chose to put in the speaker's mouth. Split from :mod:`reader.engine.quotes`.
"""

from __future__ import annotations

import re

__all__ = ["kind_of"]

_LEAD_IN = re.compile(
    r"(?:[:—–-]|\b(?:said|says|added|adds|asked|asks|wrote|writes|explained|explains|continued|replied|answered|"
    r"stated|declared|noted|insisted|warned|told|recalled|concluded|remarked|stressed|saying|adding|asking|noting)"
    r"\b[^\w]{0,3}|,)\s*$"
)


_LEAD_IN_REACH = 24
"""How far back :data:`_LEAD_IN` is searched for: its matches end the rstripped text and are at most 12
characters long (a 9-letter cue and 3 marks), so the last 24 hold the whole match and the word before it."""


def kind_of(content: str, before: str) -> str:
    """Full when the quote stands as the sentence's own clause; partial when it is a phrase in the outlet's."""
    core = content.lstrip("…. [(-–—")
    if not core:
        return "partial"
    words = core.split()
    head = before.rstrip()
    lead = _LEAD_IN.search(head[-_LEAD_IN_REACH:])
    standalone = not head or head.endswith(":") or lead is not None
    capital = core[0].isupper() or core[0].isdigit()
    if not capital:
        cued = not head or head.endswith(":") or (lead is not None and any(c.isalpha() for c in lead.group()))
        return "full" if cued and len(words) >= 4 else "partial"
    if len(words) <= 2:
        return "full" if standalone and content.rstrip()[-1:] in ",.!?" else "partial"
    title_case = all(w[:1].isupper() for w in words if len(w) > 3)
    if title_case and content.rstrip()[-1:] not in ".,!?…" and not head.endswith(":"):
        return "partial"
    if standalone:
        return "full"
    return "full" if len(words) >= 8 and content.rstrip()[-1:] in ".!?…" else "partial"
