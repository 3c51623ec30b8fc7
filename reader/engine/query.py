"""The search query language, parsed into safe FTS5 syntax and filters.

Users type words, "phrases", prefix*, -excluded (or NOT word), OR, ``outlet:NAME``,
``since:DATE`` and ``until:DATE``. Every term is re-quoted before it reaches
FTS5, so no user text is ever interpreted as FTS5 operators and a query can
only fail with a :class:`QueryError` that says what to fix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

from dateutil import parser as dateparser

_TOKEN = re.compile(r'(-?)(?:(\w+):)?(?:"([^"]*)"|(\S+))')


MIN_PREFIX = 3
"""Shortest ``prefix*`` searched as a prefix."""


class QueryError(ValueError):
    """A search query that cannot be run, with a message saying why."""


@dataclass(slots=True)
class Query:
    """A parsed query: an FTS5 MATCH expression (or None) and filters."""

    match: str | None
    outlets: list[str] = field(default_factory=list)
    since: str | None = None
    until: str | None = None


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _date(value: str, name: str, *, end: bool = False) -> str:
    """A day from a full or partial date: ``since:2025-08`` is its first day, ``until:2025-08`` its last."""
    year = datetime.now(UTC).year
    default = datetime(year, 12, 31) if end else datetime(year, 1, 1)
    try:
        return dateparser.parse(value, default=default, yearfirst=True).date().isoformat()
    except (ValueError, OverflowError, AttributeError, TypeError):
        raise QueryError(f"{name}:{value}: not a date (try {name}:2025-08-27)") from None


def parse(text: str) -> Query:
    """Parse a user query; raises QueryError for empty or malformed input."""
    if text.count('"') % 2:
        raise QueryError('unbalanced quotation mark: close the "phrase"')
    q = Query(match=None)
    positive: list[str] = []
    negative: list[str] = []
    pending_or = pending_not = False
    for m in _TOKEN.finditer(text):
        neg, field_name, phrase, word = m.groups()
        value = phrase if phrase is not None else word
        if field_name:
            key = field_name.lower()
            if key == "outlet":
                q.outlets.append(value)
            elif key in ("since", "after", "from"):
                q.since = _date(value, key)
            elif key in ("until", "before", "to"):
                q.until = _date(value, key, end=True)
            else:
                value = f"{field_name}:{value}"
                phrase = None
                field_name = None
            if field_name:
                continue
        if phrase is None and value == "OR":
            pending_or = bool(positive)
            continue
        if phrase is None and value in ("AND", "NOT"):
            pending_not = value == "NOT"
            continue
        if phrase is not None:
            term = _quote(value) if value.strip() else ""
        else:
            prefix = value.endswith("*")
            core = value.rstrip("*")
            tokens = re.findall(r"\w+", core)
            if not tokens:
                continue
            # A prefix of one or two letters would expand to most of the vocabulary: match it whole.
            prefix = prefix and len(tokens) == 1 and len(tokens[0]) >= MIN_PREFIX
            term = _quote(" ".join(tokens)) + ("*" if prefix else "")
        if not term:
            continue
        if neg or pending_not:
            negative.append(term)
            pending_not = False
        elif pending_or and positive:
            positive[-1] = f"({positive[-1]} OR {term})"
            pending_or = False
        else:
            positive.append(term)
    if negative and not positive:
        raise QueryError("a query needs at least one word to look for besides -excluded ones")
    if positive:
        expr = " AND ".join(positive)
        for n in negative:
            expr = f"({expr}) NOT {n}"
        q.match = expr
    if q.match is None and not (q.outlets or q.since or q.until):
        raise QueryError("empty query: type words, \"a phrase\", prefix*, outlet:NAME, since:DATE")
    return q
