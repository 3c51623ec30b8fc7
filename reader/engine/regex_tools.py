"""Building fast alternations of many words for Python's regex engine.

Split from :mod:`reader.engine.speaker_words`, whose word lists are its main users: the patterns of
speaker heads, cue words and outlet names are long alternations scanned over every article.
"""

from __future__ import annotations

import re


def _top_level(alternatives: str) -> list[str]:
    """The alternatives of a regex alternation, split only at the bars outside parentheses."""
    out: list[str] = []
    depth = start = 0
    for i, ch in enumerate(alternatives):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(alternatives[start:i])
            start = i + 1
    out.append(alternatives[start:])
    return out


def grouped_alternation(alternatives: str) -> str:
    """The same alternation with its alternatives grouped under their first letter (each a plain letter).

    Python's regex engine tries an alternation's branches one by one at every place it may start: grouped,
    it tests a first letter, then only the few branches under it. Order within a letter is kept, so a
    match at a place is the one the flat alternation finds there.
    """
    groups: dict[str, list[str]] = {}
    for alt in _top_level(alternatives):
        if not alt[:1].isalpha():
            raise ValueError(f"an alternative opening with no plain letter: {alt!r}")
        groups.setdefault(alt[0], []).append(alt[1:])
    return "|".join(re.escape(c) + "(?:" + "|".join(rest) + ")" for c, rest in groups.items())


def trie_regex(words: set[str], tails: dict[str, str] | None = None) -> str:
    """A regex alternation built as a character trie so matching stays linear in the text.

    ``tails`` gives a word a regex that must follow it ("based" -> ``\\s+(?:on|from)``): a trie of
    word pairs, one letter tried per position instead of every pair's first word.
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = "(?:" + tails[w] + ")" if tails else ""

    def emit(node: dict) -> str:
        tail = node.get("")
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return tail or ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if tail == "":
            body = "(?:" + body + ")?"
        elif tail is not None:
            body = "(?:" + body + "|" + tail + ")"
        return body

    return emit(trie)
