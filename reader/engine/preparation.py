"""One input's articles, prepared: read, cleaned, split into sentences and analysed, not yet stored.

Split from :mod:`reader.engine.pipeline`, which stores what this module prepares. Everything here is
pure (no library), so worker processes can run it; only ``stored``, a question the caller answers,
lets a re-run skip the analysis of a text the library already holds.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from reader.engine import (
    analysis,
    dates,
    furniture,
    furniture_inline,
    furniture_lines,
    outlet_guess,
    outlets,
    paste_dates,
)
from reader.engine.ingest import IngestError
from reader.engine.ingest.sources import Item, read_item
from reader.engine.models import Draft
from reader.engine.store.writes import StoredArticle
from reader.engine.text import clean_line, paragraphs, split_sentences

log = logging.getLogger(__name__)

Prepared = tuple[str, str, "StoredArticle | str"]  # (name, key, article or error message)


def now_utc() -> str:
    """The current time as the library stores it."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


_TRACKING_PARAMS = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid")


def canonical_url(url: str) -> str:
    """A URL without fragment, tracking parameters and trailing slash, host lower-cased: a page's identity."""
    parts = urlsplit(url.strip())
    path = parts.path.rstrip("/") or "/"
    query = "&".join(
        kv for kv in parts.query.split("&")
        if kv and not kv.split("=", 1)[0].lower().startswith(_TRACKING_PARAMS)
    )
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, query, ""))


_DATELINE = re.compile(r"[A-Z][A-Za-z .'-]{1,40}, [A-Z][a-z]+ \d{1,2}\. ?/[A-Za-z -]{2,30}/\.?")
"""A wire dateline read as a sentence of its own ("NORTH HARBOUR, September 26. /TASS/."): no title."""


def _fallback_title(text: str, limit: int = 90) -> str:
    """The first sentence when the page shows no headline, past a wire dateline that reads as one."""
    first = split_sentences(text[:2000])
    if len(first) > 1 and "/" in first[0].text and _DATELINE.fullmatch(first[0].text.strip()):
        first = first[1:]
    title = first[0].text if first else text[:limit]
    return title if len(title) <= limit else title[: limit - 1].rsplit(" ", 1)[0] + "…"


def resolve_outlet(draft: Draft, override: str | None, furniture: Sequence[str] = (),
                   paras: Sequence[str] = (), title: str | None = None) -> str:
    """Outlet: --outlet, else a known alias in the metadata, else the URL's domain, else the name the page
    signs itself with in its ``furniture`` or edge ``paras`` (:mod:`reader.engine.outlet_guess`; metadata is
    the publisher's word, the signature only the best reading of a bare paste), else the file name."""
    if override:
        return outlets.canonical(clean_line(override)) or clean_line(override)
    if draft.outlet:
        known = outlets.canonical(draft.outlet)
        if known:
            return known
    if draft.url:
        known = outlets.from_url(draft.url)
        if known:
            return known
    if draft.outlet and clean_line(draft.outlet):
        return clean_line(draft.outlet)
    if draft.url:
        host = urlsplit(draft.url).hostname or ""
        if host:
            return host.removeprefix("www.")
    return outlet_guess.guess(furniture, list(paras), title) or Path(draft.source.split("#")[0]).stem or "unknown"


def prepare(draft: Draft, outlet_override: str | None = None, *, fingerprint: bool = True,
            stored: Callable[[str, str], bool] | None = None) -> tuple[str, StoredArticle]:
    """Clean, split and analyse one draft; raises IngestError when nothing article-like remains.

    ``fingerprint`` False: an import that groups at its end fingerprints its articles then, as one batch.
    ``stored(key, content_hash)`` True says the library holds this text already: a re-run then skips
    the analysis (most of the cost), which the store would not read (see :func:`complete`).
    """
    paras = paragraphs(draft.text)
    page = paras
    furn = [clean_line(f) for f in draft.furniture]
    title_guess = None
    if draft.is_paste and paras:
        paras, extra, title_guess = furniture.separate(paras)
        furn += extra
    elif paras:
        paras, extra = furniture_inline.inline_junk(paras)
        furn += extra
    byline = furniture_lines.byline_author(furn) if draft.is_paste and not draft.author else None
    text = "\n\n".join(paras)
    if not text.strip():
        raise IngestError("no article text")
    published = dates.to_iso(draft.published) if draft.published else None
    if published is None and draft.is_paste:
        published = paste_dates.date_in_paras(page[:30]) or paste_dates.date_at_foot(page)
    title = clean_line(draft.title or "") or title_guess or _fallback_title(text)
    sentences = split_sentences(text)
    content_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()
    url = canonical_url(draft.url) if draft.url and draft.url.startswith(("http://", "https://")) else None
    if url:
        key = url
    elif draft.source != "-":
        key = "file:" + draft.source
    else:
        key = "text:" + content_hash
    art = StoredArticle(
        source=draft.source, url=url or (draft.url and clean_line(draft.url)) or None,
        outlet=resolve_outlet(draft, outlet_override, furn, paras, title_guess), title=title, published=published,
        author=clean_line(draft.author) if draft.author else byline, text=text, furniture=furn,
        sentences=sentences, quotes=[], credits=[], content_hash=content_hash, band_keys=[], fingerprint=None,
        analysed=False,
    )
    if stored is None or not stored(key, content_hash):
        complete(art, fingerprint=fingerprint)
    return key, art


def complete(art: StoredArticle, *, fingerprint: bool = True) -> None:
    """Add the analysis to a prepared article: quotes, credits, and (``fingerprint``) the grouping fingerprint.

    Left out by :func:`prepare` for a text the library held; done here should the library no longer
    hold it when the article is stored (another process changed it meanwhile).
    """
    result = analysis.analyse_text(art.text, art.sentences, art.furniture, analysis.own_outlet(art.outlet, art.source),
                                   fingerprint=fingerprint)
    art.quotes, art.credits = result.quotes, result.credits
    art.band_keys, art.fingerprint, art.analysed = result.band_keys, result.fingerprint, True


def iter_item(item: Item, outlet_override: str | None = None, follow_links: bool = True,
              before_fetch: Callable[[], None] | None = None, fingerprint: bool = True,
              stored: Callable[[str, str], bool] | None = None) -> Iterator[Prepared]:
    """Read and prepare everything in one input, one article at a time; failures become messages.

    A generator, so a web archive of thousands of pages is stored as it is read, in constant memory.
    ``before_fetch`` runs before each network request (the ingest commits then); ``stored``: see :func:`prepare`.
    """
    try:
        for got in read_item(item, follow_links=follow_links, before_fetch=before_fetch):
            if isinstance(got, IngestError):
                yield (got.source or item.name, "", str(got))
                continue
            try:
                key, art = prepare(got, outlet_override, fingerprint=fingerprint, stored=stored)
            except IngestError as exc:
                yield (got.source, "", str(exc))
            else:
                yield (got.source, key, art)
    except IngestError as exc:
        yield (item.name, "", str(exc))
    except Exception as exc:  # a reader bug must not stop the batch
        log.exception("unexpected error reading %s", item.name)
        yield (item.name, "", f"internal error ({type(exc).__name__}: {exc})")


def process_item(item: Item, outlet_override: str | None = None, follow_links: bool = True,
                 fingerprint: bool = True) -> list[Prepared]:
    """Read and prepare everything in one input (for worker processes, which return whole results)."""
    return list(iter_item(item, outlet_override, follow_links, fingerprint=fingerprint))
