"""Ingest and analysis: sources -> drafts -> prepared articles -> stored whole, a few per commit.

Preparation (extraction, hygiene, sentences, quotes, credits, fingerprint:
:mod:`reader.engine.preparation`) is pure and may run in worker processes; only the calling process writes, so a
library has one writer per ingest and each article lands whole or not at all
(in its own savepoint, several articles per commit).
Long work takes a cancel ``Event`` and a progress callback so the CLI and the
TUI drive it the same way.
"""

from __future__ import annotations

import gc
import logging
import os
import socket
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from reader.engine import analysis
from reader.engine.ingest.sources import FEED_EXT, Item, expand, expected_articles
from reader.engine.ingest.warc import is_warc_name
from reader.engine.models import IngestResult
from reader.engine.preparation import (
    Prepared,
    complete,
    iter_item,
    now_utc,
    process_item,
)
from reader.engine.store import Library, StoredArticle
from reader.engine.store.batch import Batch, BatchLost
from reader.engine.store.groups import regroup_owner_alive

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]


def _exit_with_parent(parent: int) -> None:
    """Worker initializer: end this worker when the ingest that started it dies (even by kill -9)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


Stored = tuple[str, str, int]  # (name, status, article id), reported once committed


GROUP_AT_END_MIN = 100
"""An ingest of at least this many articles may group them in one batch at its end ..."""
GROUP_AT_END_RATIO = 3
"""... when the library holds at most this many articles per new one. Batch grouping costs about 0.3 ms
per article of the whole library, incremental grouping 1.5-2 ms per new article, so a large import into
a library of similar size is grouped faster at the end (and to the same quality on the benchmarks)."""


def group_at_end(library: Library, inputs: int, bulk: bool | None) -> bool:
    """Whether this ingest groups once at its end; ``bulk`` forces the choice, None lets the sizes decide.

    ``inputs``: the articles the ingest expects (:func:`~reader.engine.ingest.sources.expected_articles`),
    so fifty JSON Lines files of two thousand articles each count as the hundred thousand they hold.
    """
    if bulk is not None:
        return bulk
    return inputs >= GROUP_AT_END_MIN and library.approx_count() <= GROUP_AT_END_RATIO * inputs


def _store(batch: Batch[Stored], name: str, key: str, art: StoredArticle, group: bool) -> None:
    """Write one article (and place it in a group) inside its own savepoint of the open batch.

    When grouping waits for the end of the ingest, the article is its own group meanwhile, and the
    library records that its groups need rebuilding, so an ingest killed before its end is finished
    by the next one.
    """
    library = batch.library
    with batch.write() as c:
        fetched = now_utc()
        status, aid = library.write_article(c, key, art, fetched, own_group=not group)
        if status != "unchanged":
            if group:
                analysis.assign_group(library, c, aid, art.as_article(aid, fetched), fingerprint=art.fingerprint,
                                      content_hash=art.content_hash, fresh=status == "added")
            else:
                if status == "updated":  # a new article was stored in a group of its own
                    analysis.leave_group(library, c, aid)
                    library.set_group(c, [aid], art.title)
                library.mark_regroup(c)
    batch.stored((name, status, aid))


def _relabel(batch: Batch[Stored], name: str, aid: int, art: StoredArticle) -> None:
    """Give a stored article the outlet ``--outlet`` names, in its own savepoint; reported as updated.

    The same text ingested again is otherwise unchanged, whatever outlet it would be read with now;
    but an explicit ``--outlet`` is the user correcting the name it was stored with (a paste that
    kept its file name), and it must not be dropped in silence. Only the outlet and the credits read
    under it change: the text and its revisions are the same.
    """
    library = batch.library
    with batch.write() as c:
        library.relabel_outlet(c, aid, art.outlet, analysis.credits_of(art.text, art.furniture,
                                                                        analysis.own_outlet(art.outlet, art.source)))
    batch.stored((name, "updated", aid))


BULK_BATCH_SECONDS = 0.3
"""How long a transaction stays open in an import that groups at its end (other imports: ``batch.MAX_SECONDS``).

Each commit writes one more search segment to merge later: with 64 articles per commit instead of 16,
indexing and committing 2,000 generated articles took 0.51-0.53 instead of 0.62 ms of CPU each.
Such an import regroups the library only at its end, so nobody reads its groups along the way, and
other writers still get the lock between two batches."""


BIG_INPUT = 256 * 1024
"""Bytes above which a file is read and analysed with no write transaction open (it may take seconds)."""


def _may_wait(item: Item) -> bool:
    """Whether reading the item may take long (standard input, a big file): commit before each article.

    Network requests commit by themselves (``before_fetch``); web archives are read record by record,
    and the batch's age is checked before each one.
    """
    if item.kind == "stdin":
        return True
    if item.kind != "file" or is_warc_name(item.name):
        return False
    try:
        return os.stat(item.name).st_size > BIG_INPUT
    except OSError:
        return False


_frozen = False


def _freeze_once() -> None:
    """Leave what the process has built so far (modules, compiled patterns, registries) out of the cyclic
    collector's passes, which otherwise walk all of it a few times per thousand articles.

    Once per process, at its first large import (grouped at its end or not): what is alive then lives as
    long as the process, and an object frozen is never collected if it becomes cyclic garbage, so freezing
    again later (a long-running app) could keep garbage. Measured on 1,000 generated articles, alternately:
    3.16-3.25 against 3.24-3.30 ms of CPU an article in a process that imported little else, and `newsroom
    ingest` of the same files 3.84-3.93 against 3.93-4.14 s of user CPU (the CLI's heap holds the
    extractor's libraries too).
    """
    global _frozen
    if not _frozen:
        _frozen = True
        gc.freeze()


def ingest(library: Library, sources: Sequence[str], *, outlet: str | None = None, jobs: int = 1,
           follow_links: bool = True, bulk: bool | None = None, progress: Progress | None = None,
           cancel: threading.Event | None = None) -> IngestResult:
    """Ingest every source; one bad input never stops the batch.

    Articles are committed a few at a time (see :mod:`reader.engine.store.batch`), each whole or
    not at all. Each new article is placed in a group as it is stored, except in a large import
    into a small library (see :func:`group_at_end`; ``bulk`` True or False forces the choice),
    where the whole library is regrouped once at the end. Groups left to rebuild by an earlier
    run that was stopped are rebuilt at the end too (but not those another running process will
    rebuild at its own end).
    """
    items = list(expand(sources))
    result = IngestResult()
    total = len(items)
    at_end = group_at_end(library, total, bulk)
    if not at_end and bulk is None:
        # files of many records (JSON Lines, feeds, archives) may hold enough articles: count them only now,
        # as counting reads those files once more
        at_end = group_at_end(library, expected_articles(items), None)
    if at_end or total >= GROUP_AT_END_MIN:
        _freeze_once()  # a large import (before any worker is forked, which then shares the frozen objects)
    # With workers, results are written back to back: leave the lock free a moment after each commit.
    batch: Batch[Stored] = Batch(library, max_seconds=BULK_BATCH_SECONDS if at_end else None,
                                 pause=0.004 if jobs > 1 else 0.0)

    def lost(exc: BatchLost) -> None:
        for name, _status, _aid in exc.payloads:
            result.failed.append({"source": name, "error": f"cannot store ({exc.cause})"})

    def commit() -> None:
        try:
            for _name, status, aid in batch.commit():
                getattr(result, status).append(aid)
        except BatchLost as exc:
            log.error("commit failed: %s", exc.cause)
            lost(exc)

    def handle(done: int, item: Item, prepared: Iterable[Prepared], waits: bool) -> None:
        it = iter(prepared)
        while True:
            if waits or batch.due():
                commit()
            got = next(it, None)
            if got is None:
                break
            name, key, art = got
            if cancel is not None and cancel.is_set():
                break  # a web archive can hold thousands of pages: stop between two of them
            if isinstance(art, str):
                result.failed.append({"source": name, "error": art})
                continue
            same = library.find_existing(key, art.content_hash)
            if same is not None and same[1] == "same":
                if outlet and library.outlet_of(same[0]) != art.outlet:
                    _relabel(batch, name, same[0], art)  # "--outlet" over a stored text: the user's correction
                else:
                    result.unchanged.append(same[0])  # a re-run: nothing to write, so no write lock
                continue
            if not art.analysed:
                try:
                    complete(art, fingerprint=not at_end)
                except Exception as exc:  # as iter_item reports a failure of the analysis
                    log.exception("unexpected error analysing %s", name)
                    result.failed.append({"source": name, "error": f"internal error ({type(exc).__name__}: {exc})"})
                    continue
            try:
                _store(batch, name, key, art, group=not at_end)
            except BatchLost as exc:
                lost(exc)
                result.failed.append({"source": name, "error": f"cannot store ({exc.cause})"})
            except Exception as exc:
                log.exception("cannot store %s", name)
                result.failed.append({"source": name, "error": f"cannot store ({exc})"})
        if batch.due():
            commit()
        if progress:
            progress(done, total, item.name)

    try:
        _run(items, handle, commit, jobs=jobs, outlet=outlet, follow_links=follow_links, cancel=cancel,
             fingerprint=not at_end, stored=lambda key, digest: _is_same(library.find_existing(key, digest)))
    finally:
        if batch.open:
            commit()
    token = library.regroup_token()
    if token and cancel is not None and cancel.is_set():
        if token.startswith(f"{socket.gethostname()}:{os.getpid()}:"):
            with library.transaction() as c:
                library.disown_regroup(c)  # stopped: the next ingest, from any process, rebuilds
    elif token and not regroup_owner_alive(token):
        if progress:
            progress(total, total, "grouping the library")
        try:
            analysis.regroup_all(library)
            result.regrouped = True
        except Exception as exc:  # the articles are stored; the flag stays, so the next run regroups
            log.error("%s: the groups were not rebuilt (%s); the next ingest will do it", library.path, exc)
    return result


def _is_same(existing: tuple[int, str] | None) -> bool:
    """Whether :meth:`Library.find_existing` found this very text (a re-run), not an older revision."""
    return existing is not None and existing[1] == "same"


def _run(items: list[Item], handle: Callable[[int, Item, Iterable[Prepared], bool], None],
         commit: Callable[[], None], *, jobs: int, outlet: str | None, follow_links: bool,
         cancel: threading.Event | None, fingerprint: bool = True,
         stored: Callable[[str, str], bool] | None = None) -> None:
    """Feed every item's prepared articles to ``handle``, in order; workers prepare files when ``jobs`` > 1.

    Workers have no library, so only this process asks ``stored`` (see :func:`prepare`)."""
    # Standard input, web archives and feed files (streamed article by article in this process, so thousands
    # of pages never wait in memory) are not sent to workers.
    local: list[Item] = []
    remote: list[Item] = []
    for i in items:
        streamed = i.kind in ("stdin", "error") or is_warc_name(i.name) or (
            i.kind == "file" and Path(i.name).suffix.lower() in FEED_EXT)
        (local if streamed else remote).append(i)
    done = 0

    def here(item: Item) -> None:
        nonlocal done
        done += 1
        handle(done, item, iter_item(item, outlet, follow_links, before_fetch=commit, fingerprint=fingerprint,
                                     stored=stored), _may_wait(item))

    for item in local:
        if cancel is not None and cancel.is_set():
            return
        here(item)
    if jobs > 1 and len(remote) > 1:
        with ProcessPoolExecutor(max_workers=jobs, initializer=_exit_with_parent,
                                 initargs=(os.getpid(),)) as pool:
            try:
                futures = [pool.submit(process_item, i, outlet, follow_links, fingerprint) for i in remote]
                for item, fut in zip(remote, futures, strict=True):
                    if cancel is not None and cancel.is_set():
                        for f in futures:
                            f.cancel()
                        return
                    if not fut.done():
                        commit()  # never hold the write lock while waiting for a worker
                    done += 1
                    handle(done, item, fut.result(), False)
            finally:
                commit()  # leaving the pool waits for running workers: not with the lock held
    else:
        for item in remote:
            if cancel is not None and cancel.is_set():
                return
            here(item)


def reanalyse(library: Library, *, progress: Progress | None = None,
              cancel: threading.Event | None = None) -> int:
    """Recompute quotes, credits, fingerprints and all groups (``newsroom analyze --all``)."""
    return analysis.reanalyse_all(library, progress=progress, cancel=cancel)
