"""The front matter fast path against the YAML library it stands in for."""

from __future__ import annotations

import datetime
import random

import yaml

from reader.engine.ingest.plain import _LOADER, split_front_matter
from reader.engine.ingest.simple_yaml import simple_mapping

_KEYS = ["title", "url", "date", "outlet", "Title", "on", "yes", "null", "no", "y", "_x", "a-b", "id", "k1", "1k",
         "tags", "true", "x" * 70]
_VALUES = ['"A title"', '"With # hash, and: colon"', '"back\\\\slash"', '"it\'s"', '""', "Plain words", "plain: nested",
           "ends:", "a:b", "http://a.example/x?y=1&z=2#frag", "http://a.example/p", "word #comment", "x # y",
           "2024-08-06", "2024-02-30", "2024-8-6", "2024-08-06 10:00", "2024-08-06T10:00:00Z", "12", "0", "0123",
           "1_000", "12:30", "0x1F", "1.5", "1e3", "-3", "+3", "true", "False", "null", "~", "yes", "Off", "NaN",
           ".inf", "'single'", "[a, b]", "{a: b}", "a, b", "&anchor x", "*ref", "!tag x", "|", ">", "- item",
           "? q", "@at", "`tick`", "%pct", "café", "a\tb", "x  ", "  lead", "a [b] {c}", "a\"b", "a'b", "a\\b",
           "100%", "5 km", "Mon, 1 Jan", "=", "a=b", ""]
_SEPS = [": ", ": ", ": ", ":  ", ":", " : ", ":\t"]
_SIMPLE_KEYS = ["title", "url", "date", "outlet"]
_SIMPLE_VALUES = ['"A title"', '" padded "', "http://a.example/p", "2024-08-06", "Plain words", "12", "a:b",
                  "a [b] {c}", "a'b"]


def _block(rng: random.Random) -> str:
    lines = []
    for _ in range(rng.randint(1, 6)):
        kind = rng.random()
        if kind < 0.08:
            lines.append(rng.choice(["", "  ", "# comment", "- item", "---", "...", "  indented: x", "%YAML 1.1"]))
        else:
            simple = rng.random() < 0.8  # mostly lines the fast path reads, so that whole blocks of them occur
            key = rng.choice(_SIMPLE_KEYS if simple else _KEYS)
            value = rng.choice(_SIMPLE_VALUES if simple else _VALUES)
            lines.append(key + (": " if simple else rng.choice(_SEPS)) + value + rng.choice(["", " ", "  "]))
    return rng.choice(["\n"] * 9 + ["\r\n"]).join(lines)


def _library(block: str) -> object:
    try:
        return yaml.load(block, Loader=_LOADER)
    except Exception as exc:  # the fast path must leave every failing block to the library
        return type(exc)


def test_simple_blocks_read_as_the_library_reads_them() -> None:
    rng = random.Random(8)
    read = 0
    for _ in range(20_000):
        block = _block(rng)
        fast = simple_mapping(block)
        if fast is None:
            continue
        read += 1
        slow = _library(block)
        assert fast == slow, block
        assert [type(v) for v in fast.values()] == [type(v) for v in slow.values()], block  # a date is no datetime
        assert list(fast) == list(slow), block
    assert read > 2_000  # the fast path is taken, not only refused


def test_the_bench_front_matter_takes_the_fast_path() -> None:
    block = ('title: "After biologists but to out football"\noutlet: "The Danbrafen Journal"\ndate: 2024-08-06\n'
             "url: https://www.danbrafenjournal.example/2024/08/06/after-0")
    assert simple_mapping(block) == {"title": "After biologists but to out football",
                                     "outlet": "The Danbrafen Journal", "date": datetime.date(2024, 8, 6),
                                     "url": "https://www.danbrafenjournal.example/2024/08/06/after-0"}
    meta, body = split_front_matter("---\n" + block + "\n---\nText.")
    assert meta["date"] == datetime.date(2024, 8, 6) and body == "Text."


def test_what_the_fast_path_refuses_goes_to_the_library() -> None:
    for block in ("on: x", "date: 2024-02-30", "k: 0123", "t: a: b", "x: null", "# c\nk: v", "k: v # c", "k: café"):
        assert simple_mapping(block) is None, block
