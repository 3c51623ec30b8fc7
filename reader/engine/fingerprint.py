"""Cheap, vectorised text fingerprints for finding grouping candidates.

Every text becomes a stream of 64-bit word hashes computed with numpy over the
UTF-8 bytes (no Python loop per word), so a batch of thousands of articles is
fingerprinted in one pass. Words on a built-in common-word list are dropped; the
remaining *content words* give:

* bigrams, summarised by a one-permutation MinHash (``BINS`` bins, each the
  smallest bigram hash falling in it) whose bins are the LSH band keys;
* trigrams, of which a fixed 1-in-``SAMPLE_MOD`` hash sample is kept, so that the
  containment of two texts can be estimated without their text;
* a bottom-``NAME_KEYS`` sketch of capitalised mid-sentence words and numbers,
  extra band keys that let rewrites sharing few phrases still meet.

All hashes are stable across processes and machines (no Python ``hash``).
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from reader.engine.stopwords import COMMON_WORDS

BINS = 64
"""MinHash bins (one band key each): a pair with content-bigram Jaccard J shares a key with p = 1-(1-J)^64."""
SAMPLE_MOD = 4
"""One content trigram in SAMPLE_MOD is kept for the containment estimate."""
NAME_KEYS = 8
"""Band keys drawn from names and numbers (bottom-k of their hashes)."""
MAX_CHARS = 400_000
"""Only the first MAX_CHARS characters of a text are fingerprinted (bounded time and memory)."""

_U64 = np.uint64
_EMPTY = np.iinfo(np.uint64).max
_M1, _M2 = _U64(0xBF58476D1CE4E5B9), _U64(0x94D049BB133111EB)
_GOLD = _U64(0x9E3779B97F4A7C15)
_P = 0x100000001B3
_PINV = pow(_P, -1, 2**64)
_BIN_SHIFT = _U64(64 - int(np.log2(BINS)))
_SEP = 1  # byte joining the texts of a batch
_MAGIC = b"FP1"


def _mix(x: np.ndarray) -> np.ndarray:
    """SplitMix64 finaliser: spreads every input bit over the whole word."""
    x = x ^ (x >> _U64(30))
    x = x * _M1
    x = x ^ (x >> _U64(27))
    x = x * _M2
    return x ^ (x >> _U64(31))


_pow_cache: tuple[np.ndarray, np.ndarray] = (np.ones(0, dtype=np.uint64), np.ones(0, dtype=np.uint64))


def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    """P**i and P**-i modulo 2**64 for i < n (cached, grown on demand).

    The pair is read and replaced as one tuple: a thread never sees the arrays of another's smaller build.
    """
    global _pow_cache
    cached = _pow_cache
    if len(cached[0]) < n:
        size = max(2 * n, 1 << 16)
        pw = np.full(size, _P, dtype=np.uint64)
        pw[0] = 1
        inv = np.full(size, _PINV, dtype=np.uint64)
        inv[0] = 1
        cached = (np.cumprod(pw, dtype=np.uint64), np.cumprod(inv, dtype=np.uint64))
        if len(cached[0]) > len(_pow_cache[0]):
            _pow_cache = cached
    return cached


def run_hashes(codes: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """64-bit hashes of the runs ``codes[starts[i]:ends[i]]`` of uint64 byte codes, in one vectorised pass.

    A run's hash depends on its bytes alone, not on where it sits: equal words hash equally in any text.
    """
    n = len(codes)
    pw, inv = _powers(n + 1)
    cum = np.empty(n + 1, dtype=np.uint64)
    cum[0] = 0
    np.multiply(codes, pw[:n], out=cum[1:])
    cum[1:].cumsum(out=cum[1:])
    # In place from here: profiles hash one text at a time, where numpy's per-call cost counts.
    h = cum[ends]
    h -= cum[starts]
    h *= inv[starts]
    length = (ends - starts).astype(np.uint64)
    length *= _GOLD
    h += length
    h ^= h >> _U64(30)
    h *= _M1
    h ^= h >> _U64(27)
    h *= _M2
    h ^= h >> _U64(31)
    return h  # _mix of the run's polynomial hash


@dataclass(slots=True)
class _Words:
    """Word hashes of a batch with the document each word belongs to."""

    hashes: np.ndarray
    docs: np.ndarray
    capital: np.ndarray
    numeric: np.ndarray


_WORD_BYTE = np.zeros(256, dtype=bool)
_WORD_BYTE[48:58] = _WORD_BYTE[65:91] = _WORD_BYTE[97:123] = _WORD_BYTE[0x80:] = True
"""Word bytes: ASCII letters and digits, and every byte of a multi-byte character (some cleared after)."""


def _hash_words(texts: Sequence[str]) -> _Words:
    """Hash every word of every text in one vectorised pass."""
    data = "\x01".join(t[:MAX_CHARS] for t in texts).encode("utf-8", "replace")
    b = np.frombuffer(data, dtype=np.uint8)
    n = len(b)
    upper = (b >= 65) & (b <= 90)
    word = _WORD_BYTE.take(b)  # one table look-up per byte beats four range tests
    if not data.isascii():  # else there is no multi-byte character
        # Multi-byte punctuation and symbols (U+0080-U+00BF, U+2000-U+2FFF, U+3000-U+303F) are not word characters.
        for lead, width, cont in ((0xC2, 2, None), (0xE2, 3, None), (0xE3, 3, 0x80)):
            at = np.flatnonzero(b == lead)
            if cont is not None:
                at = at[(at + 1 < n) & (b[np.minimum(at + 1, n - 1)] == cont)]
            for k in range(width):
                word[np.minimum(at + k, n - 1)] = False
    padded = np.zeros(n + 2, dtype=np.int8)  # padded in int8: a list of zeros would widen the diff to int64
    padded[1:-1] = word.view(np.int8)
    edge = np.diff(padded)
    starts = np.flatnonzero(edge == 1)
    ends = np.flatnonzero(edge == -1)
    lower = (b + (upper.view(np.uint8) << np.uint8(5))).astype(np.uint64)  # A-Z + 32 is a-z: no overflow
    hashes = run_hashes(lower, starts, ends)
    length = ends - starts
    if len(texts) > 1 or b"\x01" in data:
        docs = np.searchsorted(np.flatnonzero(b == _SEP), starts)
    else:  # one text without the separator byte: every word is the first document's
        docs = np.zeros(len(starts), dtype=np.intp)
    before = b[np.maximum(starts - 2, 0)]
    mid_sentence = (starts >= 2) & (b[np.maximum(starts - 1, 0)] == 32) & (
        ((before >= 97) & (before <= 122)) | ((before >= 65) & (before <= 90)) | (before == 44)
        | ((before >= 48) & (before <= 57))
    )
    first = b[starts]
    capital = (first >= 65) & (first <= 90) & mid_sentence
    numeric = (first >= 48) & (first <= 57) & (length >= 2)
    return _Words(hashes, docs, capital, numeric)


_common_hashes: np.ndarray | None = None


def _common() -> np.ndarray:
    """Sorted hashes of the common-word list."""
    global _common_hashes
    if _common_hashes is None:
        _common_hashes = np.sort(_hash_words([" ".join(sorted(COMMON_WORDS))]).hashes)
    return _common_hashes


_common_slots: tuple[np.ndarray, np.uint64] | None = None
_SLOT_MASK = _U64((1 << 15) - 1)


def _common_table() -> tuple[np.ndarray, np.uint64] | None:
    """The common-word hashes in a table where each has a slot of its own (``(hash >> shift) & mask``).

    A table without collisions answers "is this word common?" with one lookup per word instead of a
    binary search; the shift is found once (None: no shift separates them all).
    """
    global _common_slots
    if _common_slots is None:
        common = np.unique(_common())
        for shift in range(64 - 15 + 1):
            slots = (common >> _U64(shift)) & _SLOT_MASK
            if len(np.unique(slots)) == len(common):
                # Every slot without a word of its own holds the first word, which belongs elsewhere.
                table = np.full(int(_SLOT_MASK) + 1, common[0], dtype=np.uint64)
                table[slots] = common
                _common_slots = (table, _U64(shift))
                break
        else:
            _common_slots = (np.zeros(0, dtype=np.uint64), _U64(0))
    return _common_slots if len(_common_slots[0]) else None


def _is_content(hashes: np.ndarray) -> np.ndarray:
    """Which word hashes are not on the common-word list."""
    found = _common_table()
    if found is None:
        common = _common()
        at = np.minimum(np.searchsorted(common, hashes), len(common) - 1)
        return common[at] != hashes
    table, shift = found
    return table[(hashes >> shift) & _SLOT_MASK] != hashes


@dataclass(slots=True, eq=False)
class Fingerprint:
    """Candidate features of one text: MinHash bins, a trigram sample and a name sketch."""

    minhash: np.ndarray
    sample: np.ndarray
    names: np.ndarray
    trigrams: int

    def to_bytes(self) -> bytes:
        """A compact binary form for storage (about 1 KB for an 800-word article)."""
        head = struct.pack("<3sIII", _MAGIC, self.trigrams, len(self.sample), len(self.names))
        return (head + self.minhash.astype("<u8").tobytes() + self.names.astype("<u8").tobytes()
                + self.sample.astype("<u4").tobytes())

    @classmethod
    def from_bytes(cls, data: bytes) -> Fingerprint:
        """Rebuild a fingerprint stored with ``to_bytes``; ValueError on anything else."""
        size = struct.calcsize("<3sIII")
        if len(data) < size:
            raise ValueError("fingerprint too short")
        magic, trigrams, n_sample, n_names = struct.unpack_from("<3sIII", data)
        if magic != _MAGIC or len(data) != size + 8 * BINS + 8 * n_names + 4 * n_sample:
            raise ValueError("not a fingerprint of this version")
        off = size
        minhash = np.frombuffer(data, "<u8", BINS, off).astype(np.uint64)
        off += 8 * BINS
        names = np.frombuffer(data, "<u8", n_names, off).astype(np.uint64)
        off += 8 * n_names
        sample = np.frombuffer(data, "<u4", n_sample, off).astype(np.uint32)
        return cls(minhash, sample, names, trigrams)


def _segments(docs: np.ndarray, n_docs: int) -> np.ndarray:
    """Start offsets of each document's run in a doc-sorted array (length n_docs + 1)."""
    return np.searchsorted(docs, np.arange(n_docs + 1))


def fingerprints(texts: Sequence[str], batch: int = 100) -> list[Fingerprint]:
    """Fingerprint many texts, vectorised over batches of ``batch`` texts.

    A hundred texts already amortise numpy's per-call cost; much larger batches cost more, since the
    per-byte hash tables (kept for reuse) grow with the batch: 1,000 texts of 800 words made a
    160 MB table whose first build took a second.
    """
    out: list[Fingerprint] = []
    for i in range(0, len(texts), batch):
        out.extend(_fingerprint_batch(texts[i : i + batch]))
    return out


def fingerprint(text: str) -> Fingerprint:
    """Fingerprint one text (the same values as in a batch)."""
    return _fingerprint_batch([text])[0]


def _doc_sorted(docs: np.ndarray, vals: np.ndarray) -> np.ndarray:
    """Distinct (document, 40-bit value) keys sorted by document then value."""
    keys = np.sort((docs.astype(np.uint64) << _U64(40)) | (vals >> _U64(24)))
    if len(keys) > 1:
        keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))]
    return keys


def _fingerprint_batch(texts: Sequence[str]) -> list[Fingerprint]:
    n_docs = len(texts)
    w = _hash_words(texts)
    if n_docs == 1 and not w.docs.any():
        return [_fingerprint_one(w)]
    content = _is_content(w.hashes)
    names_mask = content & (w.capital | w.numeric)
    h, d = w.hashes[content], w.docs[content]
    same2 = d[1:] == d[:-1]
    pairs = _mix(h[:-1] * _GOLD + h[1:])  # a trigram's hash starts from its first two words' bigram hash
    bigrams = pairs[same2]
    bdocs = d[:-1][same2]
    same3 = same2[:-1] & same2[1:]
    trigrams = _mix(pairs[:-1] + h[2:])[same3]
    tdocs = d[:-2][same3]
    # MinHash: smallest bigram hash per (document, bin); bigrams are already in document order.
    sig = np.full(n_docs * BINS, _EMPTY, dtype=np.uint64)
    if len(bigrams):
        cells = bdocs.astype(np.int64) * BINS + (bigrams >> _BIN_SHIFT).astype(np.int64)
        order = np.argsort(cells, kind="stable")
        cells = cells[order]
        starts = np.flatnonzero(np.concatenate(([True], cells[1:] != cells[:-1])))
        sig[cells[starts]] = np.minimum.reduceat(bigrams[order], starts)
    sig = sig.reshape(n_docs, BINS)
    low40 = _U64((1 << 40) - 1)
    # Distinct trigrams per document, and the 1-in-SAMPLE_MOD sample of them.
    tkeys = _doc_sorted(tdocs, trigrams)
    tk_docs = (tkeys >> _U64(40)).astype(np.int64)
    counts = np.bincount(tk_docs, minlength=n_docs)
    keep = (tkeys & _U64(SAMPLE_MOD - 1)) == 0
    sdocs = tk_docs[keep]
    svals = ((tkeys[keep] & low40) >> _U64(8)).astype(np.uint32)
    sseg = _segments(sdocs, n_docs)
    # Names and numbers: the NAME_KEYS smallest distinct hashes per document.
    nkeys = _doc_sorted(w.docs[names_mask], w.hashes[names_mask])
    ndocs = (nkeys >> _U64(40)).astype(np.int64)
    nvals = nkeys & low40
    nseg = _segments(ndocs, n_docs)
    out = []
    for i in range(n_docs):
        s0, n0 = int(nseg[i]), int(nseg[i + 1])
        out.append(Fingerprint(sig[i].copy(), svals[sseg[i] : sseg[i + 1]].copy(),
                               nvals[s0 : min(n0, s0 + NAME_KEYS)].copy(), int(counts[i])))
    return out


def _distinct(vals: np.ndarray) -> np.ndarray:
    """``_doc_sorted`` of one document's values: their distinct top 40 bits, sorted."""
    keys = np.sort(vals >> _U64(24))
    if len(keys) > 1:
        keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))]
    return keys


def _fingerprint_one(w: _Words) -> Fingerprint:
    """``_fingerprint_batch`` of a single text, without the per-document bookkeeping.

    An article added on its own is fingerprinted alone, where numpy's cost per call outweighs the
    work: sorting the bigram hashes puts each bin's smallest first (the bin is the hash's top bits),
    which replaces the batch's sort by cell and its minimum per cell.
    """
    content = _is_content(w.hashes)
    h = w.hashes[content]
    pairs = _mix(h[:-1] * _GOLD + h[1:])
    trigrams = _mix(pairs[:-1] + h[2:])
    sig = np.full(BINS, _EMPTY, dtype=np.uint64)
    if len(pairs):
        ordered = np.sort(pairs)
        bins = (ordered >> _BIN_SHIFT).astype(np.intp)
        firsts = np.flatnonzero(np.concatenate(([True], bins[1:] != bins[:-1])))
        sig[bins[firsts]] = ordered[firsts]
    tkeys = _distinct(trigrams)
    kept = tkeys[(tkeys & _U64(SAMPLE_MOD - 1)) == 0]
    sample = ((kept & _U64((1 << 40) - 1)) >> _U64(8)).astype(np.uint32)
    names_mask = content & (w.capital | w.numeric)
    names = _distinct(w.hashes[names_mask])[:NAME_KEYS] & _U64((1 << 40) - 1)
    return Fingerprint(sig, sample, names, len(tkeys))


_BIN_SALT = _mix(np.arange(1, BINS + 1, dtype=np.uint64) * _GOLD)
_NAME_SALT = _mix(np.array([0xA5A5A5A5DEADBEEF], dtype=np.uint64))[0]


def band_keys(fp: Fingerprint) -> list[int]:
    """LSH band keys as signed 64-bit ints: one per non-empty MinHash bin, plus the name sketch."""
    full = fp.minhash != _EMPTY
    salted = np.concatenate((fp.minhash[full] ^ _BIN_SALT[full], fp.names ^ _NAME_SALT))
    return _mix(salted).view(np.int64).tolist()  # one _mix of both: it works value by value


def minhash_keys(fp: Fingerprint) -> np.ndarray:
    """The MinHash band keys alone (uint64, empty bins set to 0) for batch candidate search."""
    keys = _mix(fp.minhash ^ _BIN_SALT)
    keys[fp.minhash == _EMPTY] = 0
    return keys


def sample_overlap(a: Fingerprint, b: Fingerprint) -> tuple[int, float]:
    """Shared sampled trigrams and their share of the smaller sample (a containment estimate)."""
    if not len(a.sample) or not len(b.sample):
        return 0, 0.0
    shared = int(np.intersect1d(a.sample, b.sample, assume_unique=True).size)
    return shared, shared / min(len(a.sample), len(b.sample))
