"""Markdown escaping for untrusted text.

Article text, titles, outlet names and URLs come from the web, so every piece of
it that lands in an export passes through here first. The rules aim at three
renderers at once (CommonMark, GitHub and Obsidian): nothing from an article may
open a structure (emphasis, link, code span, HTML, heading, list, quote, table
cell, footnote, math, tag, comment) or hide text, while ordinary prose keeps
reading cleanly as plain text (only characters that could act are escaped).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from urllib.parse import quote as _pct

from reader.engine.text import strip_controls

# Always escaped: each can open an inline structure anywhere in a line.
#   \ escapes   ` code   * _ emphasis   [ ] links, footnotes, wikilinks   < HTML, autolinks
#   | table cells   ~ strikethrough   $ math (GitHub, Obsidian)   # headings, Obsidian tags
#   ^ Obsidian block ids (hide the text they follow)
_ALWAYS = str.maketrans({c: "\\" + c for c in "\\`*_[]<|~$#^"})
# Escaped in context: entity references (&amp; would render as &), Obsidian %%comments%%
# (which hide text) and ==highlights==.
_CONTEXTUAL = re.compile(r"&(?=#?[0-9A-Za-z]+;)|%(?=%)|(?<=%)%|=(?==)|(?<==)=")
# Block openers that only act at the start of a line.
_LINE_START = re.compile(
    r"""^(?:
        (?P<quote>>)                          # block quote
      | (?P<bullet>[-+])(?=[ \t]|$)           # bullet list item
      | (?P<rule>[-=+])(?=[-=+ \t]*$)         # thematic break or setext underline
      | \d{1,9}(?P<ordered>[.)])(?=[ \t]|$)   # ordered list item
    )""",
    re.VERBOSE,
)
_WHITESPACE = re.compile(r"\s+")


def _escape_line_start(line: str) -> str:
    m = _LINE_START.match(line)
    if not m:
        return line
    group = next(name for name in ("quote", "bullet", "rule", "ordered") if m.group(name))
    at = m.start(group)
    return line[:at] + "\\" + line[at:]


def escape_inline(text: str | None) -> str:
    """Escape untrusted text for any single-line Markdown context (paragraph, heading, list, cell).

    Control characters are dropped and all whitespace, newlines included, folds to
    single spaces, so the text can never start a new block or break a table row.
    """
    if not text:
        return ""
    line = _WHITESPACE.sub(" ", strip_controls(text)).strip()
    line = _CONTEXTUAL.sub(lambda m: "\\" + m.group(0), line.translate(_ALWAYS))
    return _escape_line_start(line)


def escape_cell(text: str | None) -> str:
    """Escape untrusted text for a GFM table cell (pipes escaped, one line, never empty-looking)."""
    return escape_inline(text)


def escape_block(text: str | None) -> str:
    """Escape multi-paragraph untrusted text: paragraphs kept apart by one blank line."""
    if not text:
        return ""
    paras = (escape_inline(p) for p in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n")))
    return "\n\n".join(p for p in paras if p)


def emphasis(text: str, marker: str) -> str:
    """Wrap already-escaped, non-empty inline text in ``*`` or ``**`` (no-op on empty text)."""
    return f"{marker}{text}{marker}" if text else text


_URL_UNSAFE = re.compile(r"[\s<>|`\"\\]")


def safe_url(url: str | None) -> str | None:
    """An http(s) URL made safe for a CommonMark autolink, or None when it is not one.

    Only what would end an autolink, split a table row or confuse a renderer is
    percent-encoded; everything else (non-ASCII hosts and paths too) stays as written.
    """
    if not url:
        return None
    url = strip_controls(url).strip()
    if not re.match(r"https?://[^\s/?#]+", url, re.IGNORECASE):
        return None
    return _URL_UNSAFE.sub(lambda m: _pct(m.group(0), safe=""), url)


def link(url: str | None, fallback: str = "") -> str:
    """An autolink ``<https://...>`` for a web URL, else the escaped text (never a raw link)."""
    safe = safe_url(url)
    if safe:
        return f"<{safe}>"
    return escape_inline(url or fallback)


def parse_time(value: str | None) -> datetime | None:
    """An ISO timestamp as a datetime (``Z`` accepted), or None when absent or unreadable."""
    if not value:
        return None
    raw = value.strip()
    try:
        return datetime.fromisoformat(raw[:-1] + "+00:00" if raw.endswith("Z") else raw)
    except ValueError:
        return None


def sort_key_time(value: str | None) -> tuple[int, str]:
    """Orders timestamps by instant (UTC); unreadable or missing ones last."""
    when = parse_time(value)
    if when is None:
        return (1, "")
    if when.tzinfo is not None:
        when = when.astimezone(UTC).replace(tzinfo=None)
    return (0, when.isoformat())


def format_time(value: str | None, unknown: str = "unknown") -> str:
    """An ISO timestamp shown as ``YYYY-MM-DD HH:MM UTC`` (or its own offset); other text escaped."""
    when = parse_time(value)
    if when is None:
        return escape_inline(value) or unknown
    if len(value.strip()) <= 10:
        return when.strftime("%Y-%m-%d")
    stamp = when.strftime("%Y-%m-%d %H:%M")
    offset = when.utcoffset()
    if offset is None:
        return stamp
    if offset == timedelta(0):
        return f"{stamp} UTC"
    sign = "+" if offset >= timedelta(0) else "-"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"{stamp} UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def outlet_key(index: int) -> str:
    """Spreadsheet-style letter for the n-th article (A..Z, AA, AB...), used as a short handle."""
    key = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        key = chr(65 + rem) + key
    return key


def plural(n: int, one: str, many: str | None = None) -> str:
    """``1 report``, ``3 reports``."""
    return f"{n} {one if n == 1 else (many or one + 's')}"


def join_words(items: list[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def percent(x: float | None) -> str:
    """A share in [0, 1] as a whole percentage; a dash when unknown."""
    if x is None or x != x:
        return "—"
    return f"{round(max(0.0, min(1.0, x)) * 100)}%"


def table(header: list[str], rows: list[list[str]], align: list[str] | None = None) -> str:
    """A GFM pipe table from already-escaped cells; ``align`` holds "l" or "r" per column."""
    width = len(header)
    marks = align or ["l"] * width
    lines = [
        "| " + " | ".join(header) + " |",
        "| " + " | ".join("---:" if a == "r" else "---" for a in marks) + " |",
    ]
    for row in rows:
        cells = (row + [""] * width)[:width]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)
