"""Memoising word-level helpers without letting hostile text fill memory.

Names and words recur through an article and across a batch, so their analysis is cached;
but a pasted page can hold a "word" of megabytes, and caching such keys would keep them alive
for the life of the process. Only short arguments are remembered; long ones are computed afresh.

The cache is a ``dict`` subclass called through ``dict.__getitem__``: a hit is one C-level dict
lookup, with no Python frame. These helpers are called close to a million times per thousand
articles, and a Python wrapper around ``functools.lru_cache`` cost more than the lookups it saved.
When full, the cache is emptied rather than evicted entry by entry: words that matter come back
at once, and the bound on memory is what counts.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sized
from typing import Generic, TypeVar

R = TypeVar("R")
K = TypeVar("K", bound=Hashable)

LONGEST = 200
"""Longest argument (in characters) worth remembering: a name run, a word, a title."""


class _Memo(dict, Generic[R]):  # type: ignore[type-arg]
    """A bounded cache of one function of a string (or of a tuple of strings); calling it looks the answer up."""

    __call__ = dict.__getitem__

    def __init__(self, fn: Callable[[str], R], maxsize: int, longest: int,
                 size: Callable[[Sized], int] = len) -> None:
        super().__init__()
        self.fn, self.maxsize, self.longest, self.size = fn, maxsize, longest, size
        self.__wrapped__, self.__doc__, self.__name__ = fn, fn.__doc__, fn.__name__

    def __missing__(self, arg: str) -> R:
        value = self.fn(arg)
        if self.size(arg) <= self.longest:
            if len(self) >= self.maxsize:
                self.clear()
            self[arg] = value
        return value

    def cache_clear(self) -> None:
        """Forget every remembered answer."""
        self.clear()


def short_memo(maxsize: int, longest: int = LONGEST) -> Callable[[Callable[[str], R]], Callable[[str], R]]:
    """A bounded cache for a function of one string that never remembers arguments longer than ``longest``."""

    def wrap(fn: Callable[[str], R]) -> Callable[[str], R]:
        return _Memo(fn, maxsize, longest)

    return wrap


def _characters(words: tuple[str, ...]) -> int:
    return sum(map(len, words))


def short_tuple_memo(maxsize: int, longest: int = LONGEST) -> Callable[[Callable[[tuple[str, ...]], R]],
                                                                      Callable[[tuple[str, ...]], R]]:
    """:func:`short_memo` for a function of a tuple of words, remembering tuples of at most ``longest`` characters."""

    def wrap(fn: Callable[[tuple[str, ...]], R]) -> Callable[[tuple[str, ...]], R]:
        return _Memo(fn, maxsize, longest, _characters)  # type: ignore[arg-type]

    return wrap
