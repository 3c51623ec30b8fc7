"""Display hygiene for untrusted article text: no control characters, no escape sequences, never markup.

Article text, titles and outlets are data. They reach the screen only as
``rich.text.Text`` built here (never parsed as markup), and every control
character is replaced one-for-one so offsets into the text stay valid.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text

MARK_OPEN, MARK_CLOSE = "\x02", "\x03"
REPLACEMENT = "\ufffd"

_BIDI = [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_BLOCK_TABLE = {c: REPLACEMENT for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)]}
_BLOCK_TABLE.update({c: REPLACEMENT for c in _BIDI})
_BLOCK_TABLE[0x0D] = " "
_BLOCK_TABLE[0x09] = " "
_LINE_TABLE = dict(_BLOCK_TABLE)
_LINE_TABLE[0x0A] = " "
_LINE_TABLE[0x2028] = " "
_LINE_TABLE[0x2029] = " "


def clean_block(text: str | None) -> str:
    """Text with line breaks kept and every other control character replaced, same length as the input."""
    return (text or "").translate(_BLOCK_TABLE)


def clean_line(text: str | None, limit: int | None = None) -> str:
    """One display line: control characters and line breaks replaced, optionally cut with an ellipsis."""
    line = (text or "").translate(_LINE_TABLE)
    if limit is not None and len(line) > limit:
        line = line[: max(limit - 1, 0)].rstrip() + "…"
    return line


def plain(text: str | None, style: Style | str = "", limit: int | None = None) -> Text:
    """A single-line Text from untrusted text; never interpreted as markup."""
    return Text(clean_line(text, limit), style=style, no_wrap=False, end="")


def block(text: str | None, style: Style | str = "") -> Text:
    """A multi-line Text from untrusted text, offsets preserved."""
    return Text(clean_block(text), style=style, end="")


def snippet(raw: str, match_style: Style | str) -> Text:
    """A search snippet whose matches (between \\x02 and \\x03) get ``match_style``, everything else plain."""
    out = Text(end="")
    inside = False
    buf = []
    for ch in raw:
        if ch in (MARK_OPEN, MARK_CLOSE):
            if buf:
                out.append(clean_line("".join(buf)), style=match_style if inside else "")
                buf = []
            inside = ch == MARK_OPEN
        else:
            buf.append(ch)
    if buf:
        out.append(clean_line("".join(buf)), style=match_style if inside else "")
    return out
