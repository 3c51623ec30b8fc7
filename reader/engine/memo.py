"""Memoising word-level helpers without letting hostile text fill memory.

Names and words recur through an article and across a batch, so their analysis is cached;
but a pasted page can hold a "word" of megabytes, and caching such keys would keep them alive
for the life of the process. Only short arguments are remembered; long ones are computed afresh.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

R = TypeVar("R")

LONGEST = 200
"""Longest argument (in characters) worth remembering: a name run, a word, a title."""


def short_memo(maxsize: int, longest: int = LONGEST) -> Callable[[Callable[[str], R]], Callable[[str], R]]:
    """An LRU cache for a function of one string that skips arguments longer than ``longest``."""

    def wrap(fn: Callable[[str], R]) -> Callable[[str], R]:
        cached = functools.lru_cache(maxsize=maxsize)(fn)

        @functools.wraps(fn)
        def call(arg: str) -> R:
            return cached(arg) if len(arg) <= longest else fn(arg)

        call.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        return call

    return wrap
