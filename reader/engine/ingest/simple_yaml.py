"""Front matter of the simplest kind read without the YAML parser, with the values the parser gives.

Most front matter is a few ``key: value`` lines: quoted titles, plain URLs, a date. Handing each such
block to the YAML library cost more than the rest of reading the file. :func:`simple_mapping` reads a
block only when every line is one of these plain forms, and asks the library's own resolver what each
unquoted scalar is, so that a word like ``on`` or ``null`` or a number in an odd form is never guessed
at; anything else, down to a tab, a comment or a character outside printable ASCII, gets ``None`` and
goes to the library. tests/engine/test_simple_yaml.py compares the two on many invented blocks.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

import yaml

_LINE = re.compile(r"([A-Za-z_][A-Za-z0-9_-]{0,63}): +(?:\"([^\"\\]*)\"|([A-Za-z0-9][^#]*?)) *")
"""One ``key: value`` line: the key, then a double-quoted value without escapes or a plain one."""
_PRINTABLE = re.compile(r"[ -~\n]*")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DECIMAL = re.compile(r"0|[1-9][0-9]*")
_STR = "tag:yaml.org,2002:str"
_RESOLVER = yaml.resolver.Resolver()


def _plain(value: str) -> Any:
    """What the YAML library makes of an unquoted scalar, when it is a string, a plain date or integer.

    A ``_NOT_SIMPLE`` marker for anything else (true, null, 0x1F, 1_000, 12:30, a date with a time).
    """
    tag = _RESOLVER.resolve(yaml.ScalarNode, value, (True, False))
    if tag == _STR:
        return value
    if tag == "tag:yaml.org,2002:timestamp" and _DATE.fullmatch(value):
        try:
            return datetime.date(int(value[:4]), int(value[5:7]), int(value[8:10]))
        except ValueError:  # "2024-02-30": the library raises; let it
            return _NOT_SIMPLE
    if tag == "tag:yaml.org,2002:int" and _DECIMAL.fullmatch(value):
        return int(value)
    return _NOT_SIMPLE


_NOT_SIMPLE = object()


def simple_mapping(block: str) -> dict[Any, Any] | None:
    """``yaml.safe_load(block)`` for a block of plain ``key: value`` lines; None for any other block.

    A plain value ends before trailing spaces and may hold no ": " (a nested mapping, or an error) and
    no "#" (a comment after a space); blank lines are skipped, as YAML skips them; a repeated key keeps
    its first place and its last value, as the library's mapping does.
    """
    if _PRINTABLE.fullmatch(block) is None:
        return None
    out: dict[Any, Any] = {}
    for line in block.split("\n"):
        if not line:
            continue
        m = _LINE.fullmatch(line)
        if m is None:
            return None
        key = m.group(1)
        if _RESOLVER.resolve(yaml.ScalarNode, key, (True, False)) != _STR:
            return None  # "on", "yes", "null": not a string key
        quoted, plain = m.group(2), m.group(3)
        if quoted is not None:
            out[key] = quoted
            continue
        if ": " in plain or plain.endswith(":"):
            return None
        value = _plain(plain)
        if value is _NOT_SIMPLE:
            return None
        out[key] = value
    return out or None  # blank lines only: the library reads no mapping
