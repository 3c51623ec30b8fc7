"""What the same-event judge compares of one article: its profile, built once and memoised.

A new article meets tens of candidates and a batch grouping profiles most of its articles, so
profiles are made with as few passes in Python as possible: word ids come from one vectorised hash
over the folded text's bytes, common words are told by a table lookup, and a batch builds many
profiles in one pass over all their words. :mod:`reader.engine.judge` weighs two profiles.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from reader.engine import fingerprint as fpmod
from reader.engine import outlets
from reader.engine.models import Article
from reader.engine.stopwords import COMMON_WORDS
from reader.engine.text import fold

MAX_JUDGE_CHARS = 60_000
"""The judge reads at most this many characters of each article."""

# Capitalised words after a word, comma or semicolon and a space, and numbers. The match starts with
# a character class shared by both alternatives and checks what precedes afterwards, which lets the
# regex engine skip ahead to the next capital or digit (a third faster than a class per alternative).
_CAPWORD = re.compile(r"[A-Z\d](?:(?<=[\w,;] [A-Z])[\w'’-]+|(?<=\d)(?<!\w\d)[\d.,]*\d\b)")
_CAPWORD_NARROW = re.compile(r"[A-Z0-9](?:(?<=[0-9A-Za-z_,;] [A-Z])[0-9A-Za-z_'’-]+|(?<=[0-9])(?<![0-9A-Za-z_][0-9])"
                             r"[0-9.,]*[0-9]\b)")
"""The same matches in narrow text (:func:`_name_pattern`), whose word characters and digits are these
(a third faster than the Unicode classes)."""
_KELVIN = "\u212a"
"""The one character outside ASCII that lower-cases into ASCII ("k"), and a word character."""


def _name_pattern(text: str, folded_ascii: bool) -> re.Pattern[str]:
    """The fastest pattern giving _CAPWORD's matches in ``text``, whose folded form is ASCII or not.

    A text folding to ASCII holds ASCII and the typographic quotes and dashes that :func:`fold`
    replaces (none a word character or digit), unless it holds the Kelvin sign: in such narrow text
    the Unicode word characters and digits are the ASCII ones.
    """
    return _CAPWORD_NARROW if folded_ascii and _KELVIN not in text else _CAPWORD


_QUOTED = re.compile(r"[\"“”«»]([^\"“”«»\n]{12,600})[\"“”«»]")
_WORD = re.compile(r"\w+(?:['’]\w+)*")
"""The word pattern of :func:`reader.engine.text.words`, for the pieces :func:`_words` gives it."""
_NOT_WORD = bytes(c for c in range(128) if not (chr(c).isalnum() or chr(c) in "_'"))
_SPACES = bytes.maketrans(_NOT_WORD, b" " * len(_NOT_WORD))
_LOOSE_APOSTROPHE = re.compile(r"'(?!\w)|(?<!\w)'")
_LOOSE_APOSTROPHE_ASCII = re.compile(rb"'(?!\w)|(?<!\w)'")
"""The same rule for ASCII bytes, whose word characters are ``[0-9A-Za-z_]`` as the Unicode rule has them there."""


def _spaced(text: str) -> tuple[bytes, str | None]:
    """The folded text with every character that is in no word turned into a space.

    No word contains a space, an ASCII character other than ``[0-9a-z_']``, or an apostrophe that
    is not between two word characters, so turning those into spaces changes no word. ASCII
    results come back as bytes alone, their words the runs of non-spaces; others also as a string
    whose pieces between spaces may still need the word pattern.
    """
    # Only ASCII bytes are translated: every byte of a UTF-8 multi-byte code is >= 0x80.
    spaced = fold(text).encode("utf-8", "surrogatepass").translate(_SPACES)
    if spaced.isascii():
        return (_LOOSE_APOSTROPHE_ASCII.sub(b" ", spaced) if b"'" in spaced else spaced), None
    out = spaced.decode("utf-8", "surrogatepass")
    return spaced, (_LOOSE_APOSTROPHE.sub(" ", out) if "'" in out else out)


def _words(text: str) -> list[str]:
    """The same tokens as :func:`reader.engine.text.words`, four times faster (profiles are built at every ingest)."""
    spaced, wide = _spaced(text)
    if wide is None:
        return spaced.decode("ascii").split()
    return _split_wide(wide)


def _split_wide(spaced: str) -> list[str]:
    """The words of a spaced text that is not ASCII: its pieces, those with other characters split by the pattern."""
    return [w for piece in spaced.split() for w in ((piece,) if piece.isascii() else _WORD.findall(piece))]


@dataclass(slots=True)
class Profile:
    """What the judge compares, computed once per article text."""

    content: int
    trigrams: np.ndarray
    phrases: np.ndarray
    names: set[str]
    quotes: list[str]
    day: int | None
    quote_grams: list[set[int]] = field(default_factory=list)
    """Word 3-grams of each quotation, computed once: a profile meets many others."""
    quote_pool: set[int] = field(default_factory=set)
    """The union of the first 60 quotations' 3-grams."""
    outlet: str = ""
    """The article's own outlet, canonical and case-folded."""
    credited: frozenset[str] = frozenset()
    """Outlets whose copy or reporting it credits (not photo credits), canonical and case-folded."""

    def __post_init__(self) -> None:
        if self.quotes and not self.quote_grams:
            self.quote_grams = [_quote_grams(q) for q in self.quotes]
            self.quote_pool = set().union(*self.quote_grams[:60])


def day(published: str | None) -> int | None:
    """The publication day as an ordinal, when the ISO date is readable."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None


def _quote_texts(article: Article, text: str) -> list[str]:
    """Folded quotation texts of at least five words: the article's quotes, else anything in quote marks."""
    found: list[str] = []
    if article.quotes:
        for q in article.quotes:
            if 0 <= q.content.start < q.content.end <= len(article.text):
                found.append(fold(article.text[q.content.start : q.content.end]))
    else:
        found = [fold(m.group(1)) for m in _QUOTED.finditer(text)]
    return [" ".join(_words(q)) for q in found if len(q.split()) >= 5]


_CACHE_SIZE = 4096
_BATCH_CHARS = 400_000
"""Characters of text built into profiles in one pass at most: the hash's tables grow with a pass."""
_cache: OrderedDict[tuple, Profile] = OrderedDict()
_cache_lock = threading.Lock()


def _key(article: Article) -> tuple:
    """The memo key: everything a profile is made of (the text by its hash and length)."""
    return (article.id, hash(article.text), len(article.text), article.published, article.outlet,
            tuple((q.content.start, q.content.end) for q in article.quotes),
            tuple((c.name, tuple(c.roles)) for c in article.credits))


def profile(article: Article) -> Profile:
    """The judge's view of one article (memoised: one new article is judged against many candidates)."""
    key = _key(article)
    with _cache_lock:
        hit = _cache.get(key)
        if hit is not None:
            _cache.move_to_end(key)
            return hit
    prof = _make_profile(article)
    with _cache_lock:
        _cache[key] = prof
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return prof


def profiles(articles: Sequence[Article]) -> list[Profile]:
    """:func:`profile` of each article, those not memoised built together in one vectorised batch.

    A batch grouping needs most of its articles' profiles; numpy's cost per call, which dominates
    for one article, is then paid once per batch. The profiles are the ones built one by one.
    """
    keys = [_key(a) for a in articles]
    found: dict[tuple, Profile] = {}
    with _cache_lock:
        for key in keys:
            hit = _cache.get(key)
            if hit is not None:
                _cache.move_to_end(key)
                found[key] = hit
    todo = {key: a for key, a in zip(keys, articles, strict=True) if key not in found}
    if todo:
        made: dict[tuple, Profile] = {}
        batch: list[tuple] = []
        size = 0
        for key, a in [*todo.items(), (None, None)]:
            if batch and (a is None or size + min(len(a.text), MAX_JUDGE_CHARS) > _BATCH_CHARS):
                made.update(zip(batch, _make_profiles([todo[k] for k in batch]), strict=True))
                batch, size = [], 0
            if a is not None:
                batch.append(key)
                size += min(len(a.text), MAX_JUDGE_CHARS)
        found.update(made)
        with _cache_lock:
            _cache.update(made)
            while len(_cache) > _CACHE_SIZE:
                _cache.popitem(last=False)
    return [found[key] for key in keys]


_COMMON_SLOTS = 1 << 15
_common_slots: tuple[np.ndarray, np.uint64] | None = None


def _common_table() -> tuple[np.ndarray, np.uint64]:
    """The common words' ids in a table where each has a slot of its own, ``(id >> shift) & (size - 1)``.

    Only common words that are one word can equal a word. A table without collisions tells the
    common words in one lookup per word, several times faster than a binary search.
    """
    global _common_slots
    if _common_slots is None:
        one_word = [w for w in sorted(COMMON_WORDS) if _words(w) == [w]]
        ids = np.unique(_word_ids(" ".join(one_word).encode("utf-8", "surrogatepass"))[0])
        mask = np.uint64(_COMMON_SLOTS - 1)
        for shift in map(np.uint64, range(64 - 15 + 1)):
            slots = (ids >> shift) & mask
            if len(np.unique(slots)) == len(ids):
                # A slot without a word of its own holds a word belonging to another slot: it matches no id.
                table = np.full(_COMMON_SLOTS, ids[0], dtype=np.uint64)
                table[slots] = ids
                _common_slots = (table, shift)
                break
        else:  # pragma: no cover - the ids are fixed, and a shift separates them (tested)
            raise AssertionError("no shift separates the common words' ids")
    return _common_slots


def _word_runs(data: bytes) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Ids of the words of space-separated UTF-8 ``data`` (uint64), their offsets, byte lengths, and the bytes.

    A word's id is a 64-bit hash of its UTF-8 bytes, the same in every text, ASCII or not (profiles
    are only compared with each other in memory). One vectorised pass replaces a Python call per word.
    """
    padded = np.frombuffer(b" " + data + b" ", dtype=np.uint8)
    word = padded != 32
    # Where a word starts or ends, alternately, as offsets into ``data`` (padded[1:]).
    edges = np.flatnonzero(word[1:] != word[:-1])
    starts, ends = edges[0::2], edges[1::2]
    codes = padded[1:]
    return fpmod.run_hashes(codes, starts, ends), starts, ends - starts, codes


def _word_ids(data: bytes) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Ids of the words of space-separated UTF-8 ``data``, with their first bytes and byte lengths."""
    ids, starts, length, codes = _word_runs(data)
    return ids, codes[starts], length


_DIGIT = np.zeros(256, dtype=bool)
_DIGIT[ord("0") : ord("9") + 1] = True


def _make_profile(article: Article) -> Profile:
    """One article's profile: :func:`_make_profiles` of it alone, with fewer numpy calls."""
    text = article.text[:MAX_JUDGE_CHARS]
    spaced, wide = _spaced(text)
    toks = None if wide is None else _split_wide(wide)
    ids, first, length = _word_ids(spaced if toks is None else " ".join(toks).encode("utf-8", "surrogatepass"))
    table, shift = _common_table()
    # A 64-bit id equal to a common word's is never met in practice (nor is a collision of two words' ids).
    is_content = table[(ids >> shift) & np.uint64(_COMMON_SLOTS - 1)] != ids
    # Words of a text folding to ASCII are ASCII: a one-byte word is one character, counted when it is a digit.
    keep = is_content & ((length > 1) | _DIGIT[first]) if toks is None else _wide_keep(is_content, toks)
    trigrams = distinct(_ngrams(ids[keep], 3))
    # Word 4-grams with at least two content words: phrasing, not runs of function words.
    phrases = _ngrams(ids, 4)
    if len(phrases):
        phrases = distinct(phrases[_phrasing(is_content)])
    return _finish(article, text, toks is None, int(keep.sum()), trigrams, phrases)


def _wide_keep(is_content: np.ndarray, toks: list[str]) -> np.ndarray:
    """The counted words of a text with other characters: a one-character word counts only when it is a digit."""
    keep = is_content & (np.fromiter(map(len, toks), dtype=np.int64, count=len(toks)) > 1)
    for i in np.flatnonzero(is_content & ~keep).tolist():
        keep[i] = toks[i].isdigit()
    return keep


def _phrasing(is_content: np.ndarray) -> np.ndarray:
    """Which word 4-grams (by first word) hold at least two content words."""
    counts = is_content.cumsum(dtype=np.int32)
    window = counts[3:].copy()  # content words among words i .. i + 3
    window[1:] -= counts[:-4]
    return window >= 2


def _finish(article: Article, text: str, narrow: bool, content: int, trigrams: np.ndarray,
            phrases: np.ndarray) -> Profile:
    """The profile from its counted words and n-grams (uint64): names, quotations, day and outlets added."""
    names = set(map(str.lower, _name_pattern(text, narrow).findall(text))) - COMMON_WORDS
    return Profile(content, trigrams.view(np.int64), phrases.view(np.int64), names,
                   _quote_texts(article, text), day(article.published),
                   outlet=(outlets.canonical(article.outlet) or article.outlet).casefold(),
                   credited=frozenset(c.name.casefold() for c in article.credits if set(c.roles) - {"photo"}))


def _make_profiles(articles: Sequence[Article]) -> list[Profile]:
    """:func:`_make_profile` of several articles: their words' ids, kinds and n-grams in one pass over all words.

    A third cheaper per article than one by one (numpy's cost per call dominates for one text).
    """
    texts = [a.text[:MAX_JUDGE_CHARS] for a in articles]
    spaced = [_spaced(t) for t in texts]
    toks = [None if wide is None else _split_wide(wide) for _, wide in spaced]
    # The texts' words in one run, one space between texts; ``bounds`` are the first word of each.
    data = [s if t is None else " ".join(t).encode("utf-8", "surrogatepass")
            for (s, _), t in zip(spaced, toks, strict=True)]
    ids, starts, length, codes = _word_runs(b" ".join(data))
    bounds = np.searchsorted(starts, np.cumsum([0] + [len(d) + 1 for d in data])).tolist()
    table, shift = _common_table()
    is_content = table[(ids >> shift) & np.uint64(_COMMON_SLOTS - 1)] != ids
    keep = is_content & ((length > 1) | _DIGIT[codes[starts]])
    for k, t in enumerate(toks):
        if t is not None:
            keep[bounds[k] : bounds[k + 1]] = _wide_keep(is_content[bounds[k] : bounds[k + 1]], t)
    kept = np.flatnonzero(keep)
    kept_bounds = np.searchsorted(kept, bounds).tolist()
    trigrams = _ngrams(ids[kept], 3)
    phrases = _ngrams(ids, 4)
    phrasing = _phrasing(is_content) if len(phrases) else None
    out = []
    for k, (article, text, t) in enumerate(zip(articles, texts, toks, strict=True)):
        # A text's own n-grams start and end in it (later ones of the run cross into the next text).
        lo, hi = kept_bounds[k], kept_bounds[k + 1] - 2
        tri = distinct(trigrams[lo:hi]) if hi > lo else np.empty(0, dtype=np.uint64)
        lo, hi = bounds[k], bounds[k + 1] - 3
        phr = distinct(phrases[lo:hi][phrasing[lo:hi]]) if hi > lo and phrasing is not None \
            else np.empty(0, dtype=np.uint64)
        out.append(_finish(article, text, t is None, kept_bounds[k + 1] - kept_bounds[k], tri, phr))
    return out


_MIX = np.uint64(0x9E3779B97F4A7C15)


def distinct(values: np.ndarray) -> np.ndarray:
    """Sorted distinct values, as ``np.unique`` gives them but five times faster on a profile's few hundred."""
    out = values.copy()
    out.sort()
    if len(out) < 2:
        return out
    keep = np.empty(len(out), dtype=bool)
    keep[0] = True
    np.not_equal(out[1:], out[:-1], out=keep[1:])
    return out[keep]


def _ngrams(ids: np.ndarray, n: int) -> np.ndarray:
    """Hashes of every word n-gram, from per-word hashes (vectorised: profiles are built at every ingest)."""
    if len(ids) < n:
        return np.empty(0, dtype=np.uint64)
    width = len(ids) - n + 1
    out = ids[:width].copy() if n == 1 else ids[:width] * _MIX
    for j in range(1, n):  # in place: a new array per step cost more than the arithmetic
        out ^= ids[j : j + width]
        if j < n - 1:
            out *= _MIX
    return out


def _quote_grams(quote: str) -> set[int]:
    """Word 3-grams of a folded quotation (the whole quotation when shorter), as hashes of word tuples."""
    w = quote.split()
    return set(map(hash, zip(w, w[1:], w[2:], strict=False))) if len(w) >= 3 else {hash(tuple(w))}
