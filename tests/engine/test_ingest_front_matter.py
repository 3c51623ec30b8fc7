"""Flat front matter read without YAML gives exactly what the YAML loader gives (invented blocks only)."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.engine.ingest import IngestError, plain

_KEYS = ["title", "Title", "outlet", "date", "url", "author", "on", "yes", "Null", "_x", "a1", "tags", "MOSCOW"]
_VALUES = [
    "", " ", '"Quoted title"', '"with: colon # and hash"', '"unclosed', '"esc\\"aped"', "'single'", "'it''s'",
    "2024-08-06", "2024-13-45", "2024-8-6", "2024-08-06 10:00:00", "2025-08-27T10:31:00+03:00", "12", "1.5",
    "https://www.example.test/2024/08/06/story-0", "Plain words, with a comma", "Biden's plan", "a: b", "ends:",
    "has # comment", "C#", "yes", "No", "null", "~", "[a, b]", "{a: 1}", "- item", "&anchor x", "*ref", "!!str x",
    "Zelensky’s “peace” plan", "\u00e9t\u00e9", "text\u2028more", "bom\ufeff", "tab\there", "x  ", "|", ">",
    "%percent", "@at", "`tick", "a  b", "!!python/object/apply:os.system [x]",
]
_LINES = st.one_of(
    st.builds(lambda k, v: f"{k}:{' ' if v else ''}{v}", st.sampled_from(_KEYS), st.sampled_from(_VALUES)),
    st.sampled_from(["", " ", "  indented: x", "- a", "# comment", "plain line", "key:value", "\r", "---", "..."]),
)
_BLOCKS = st.lists(_LINES, min_size=1, max_size=6).map("\n".join)


def _load(block: str, loader: Any) -> tuple[str, Any]:
    try:
        return "ok", yaml.load(block, Loader=loader)
    except Exception as exc:  # any error: the fast path must then have declined
        return "error", type(exc)


def _check(block: str) -> None:
    """When the flat reader answers, both YAML loaders load the block to the same mapping, in order."""
    fast = plain._flat_front_matter(block)
    if fast is None:
        return
    for loader in {plain._LOADER, yaml.SafeLoader}:
        kind, slow = _load(block, loader)
        assert kind == "ok", block
        assert fast == slow and [type(v) for v in fast.values()] == [type(v) for v in slow.values()], block
        assert list(fast) == list(slow), block


@settings(max_examples=3000, deadline=None)
@given(_BLOCKS)
def test_flat_reading_is_the_loaders_reading(block: str) -> None:
    _check(block)


def test_typical_front_matter_takes_the_flat_path() -> None:
    block = 'title: "After the talks"\noutlet: "The Example Journal"\ndate: 2024-08-06\nurl: https://x.test/a-0'
    assert plain._flat_front_matter(block) == yaml.safe_load(block)


@pytest.mark.parametrize("block", ["date: 2024-02-30", "title: a: b", "tags: [a, b]", "on: x", "x: yes", " a: b"])
def test_uncertain_lines_go_to_the_loader(block: str) -> None:
    assert plain._flat_front_matter(block) is None


def test_impossible_date_still_fails_as_before() -> None:
    with pytest.raises(ValueError):
        plain.split_front_matter("---\ntitle: x\ndate: 2024-02-30\n---\nBody text.")
    with pytest.raises(IngestError):
        plain.split_front_matter("---\ntitle: a: b\n---\nBody text.")


_PAIRS = st.lists(
    st.builds(lambda k, v: f"{k}: {v}", st.sampled_from(_KEYS), st.sampled_from(_VALUES)), min_size=1, max_size=3
).map("\n".join)


@settings(max_examples=2000, deadline=None)
@given(_PAIRS)
def test_flat_reading_of_key_value_lines(block: str) -> None:
    _check(block)
