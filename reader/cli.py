"""The ``newsroom`` command: thin click wrappers over the engine.

Results go to stdout (``--json`` for machines), diagnostics and progress to
stderr. Every engine error becomes one clear line, never a traceback.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

import click

from reader import paths
from reader.cli_common import db_option, db_path, emit_json, friendly, json_option, open_library, progress_bar
from reader.engine import contract
from reader.engine.store import Library, LibraryError
from reader.engine.text import clean_line


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@db_option
@click.pass_context
def main(ctx: click.Context, db: str | None) -> None:
    """Newsroom Reader: who covered a briefing, who quoted, paraphrased and credited whom.

    With no command, opens the reader app on the library.

    \b
    Examples:
      newsroom demo                      # the sample corpus in a fresh demo library
      newsroom ingest ~/saved-pages/     # add articles
      newsroom search '"negative view" outlet:reuters'
    """
    if ctx.invoked_subcommand is None:
        _run_app(db_path(db))
    else:  # not under the app: a stray line on stderr would draw over its screen
        from reader.cli_common import quiet_logging

        quiet_logging()


def _run_app(db_path: Path) -> None:
    try:
        from reader.tui.app import run_app
    except ImportError as exc:  # the engine works without the TUI installed
        raise click.ClickException(f"the reader app is not available ({exc})") from None
    try:
        Library(db_path).close()
    except LibraryError as exc:
        click.echo(f"newsroom: {exc}", err=True)
        sys.exit(2)
    run_app(db_path)


@main.command()
@db_option
@json_option
def locate(db: str | None, as_json: bool) -> None:
    """Print the paths in use: library, data folder, demo library, sample corpus.

    \b
    Example:
      newsroom locate --json
    """
    info = {
        "library": str(db_path(db)),
        "data_directory": str(paths.data_directory()),
        "demo_library": str(paths.demo_db_path()),
        "keymap": str(paths.keymap_path()),
        "sample_corpus": str(paths.sample_corpus_directory() or ""),
        "source": "--db" if db else ("$NEWSROOM_DB" if os.environ.get("NEWSROOM_DB") else "default"),
    }
    if as_json:
        emit_json(info)
    else:
        for k, v in info.items():
            click.echo(f"{k:15} {v}")


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--outlet", help="Use this outlet name for everything ingested.")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes for extraction and analysis.")
@click.option("--no-follow", is_flag=True, help="Use feed entries' own content; don't fetch their pages.")
@click.option("--bulk/--incremental", default=None,
              help="Group once at the end, or each article as it is stored [default: at the end only for an"
                   " import of 100+ inputs into a library at most 3 times its size].")
@db_option
@json_option
@friendly
def ingest(sources: tuple[str, ...], outlet: str | None, jobs: int, no_follow: bool, bulk: bool | None,
           db: str | None, as_json: bool) -> None:
    """Add articles from files, folders, URLs, RSS/Atom feeds, or - (stdin).

    Each article is analysed and placed in a group of reports of the same event; a large import
    into a small library is grouped once at its end instead, which is faster.

    Files: .html/.htm pages, .txt/.md (optional YAML front matter: title, outlet, date, url, author),
    .json/.jsonl (objects with those fields plus text), .rss/.atom/.xml feeds, .warc/.warc.gz web archives
    (each archived HTML page). Re-ingesting is a no-op;
    a changed page at the same URL becomes a new revision. Exit status 1 if any input failed.

    \b
    Examples:
      newsroom ingest sample_corpus/
      newsroom ingest https://example.com/story.html --outlet Reuters
      pbcopy | newsroom ingest - --outlet "TRT World"
    """
    from reader.engine.pipeline import ingest as run_ingest

    with open_library(db) as lib, progress_bar("ingesting") as progress:
        result = run_ingest(lib, list(sources), outlet=outlet, jobs=jobs, follow_links=not no_follow, bulk=bulk,
                            progress=progress, cancel=threading.Event())
    for failure in result.failed:
        click.echo(f"failed: {clean_line(failure['source'])}: {clean_line(failure['error'])}", err=True)
    if as_json:
        emit_json(contract.ingest_json(result))
    click.echo(result.summary(), err=True)
    if result.failed:
        sys.exit(1)


@main.command("list")
@click.option("--limit", type=int, default=None, help="At most this many articles.")
@click.option("--group", "group_id", type=int, default=None, help="Only this group's articles.")
@db_option
@json_option
@friendly
def list_cmd(limit: int | None, group_id: int | None, db: str | None, as_json: bool) -> None:
    """List articles, oldest first.

    \b
    Example:
      newsroom list --json
    """
    with open_library(db) as lib:
        rows = lib.list_articles(limit=limit, group_id=group_id)
    if as_json:
        emit_json([contract.list_row(r) for r in rows])
        return
    if not rows:
        click.echo("The library is empty. Add articles with: newsroom ingest PATH|URL ...", err=True)
    for r in rows:
        when = (r["published"] or "")[:16]
        click.echo(f"{r['id']:>5}  {when:16}  {r['outlet'][:22]:22}  {r['title']}")


@main.command()
@click.argument("article_id", type=int)
@click.option("--furniture", is_flag=True, help="Also print the page furniture kept out of the text.")
@db_option
@json_option
@friendly
def show(article_id: int, furniture: bool, db: str | None, as_json: bool) -> None:
    """Show one article: metadata, credits, quotes and text.

    \b
    Example:
      newsroom show 3 --json
    """
    with open_library(db) as lib:
        art = lib.require(article_id)
        gid = lib.group_of(article_id)
    if as_json:
        emit_json(contract.article_json(art, gid))
        return
    click.secho(art.title, bold=True)
    click.echo(f"{art.outlet} · {art.published or 'date unknown'} · {art.words} words · "
               f"revision {art.revisions} · group {gid}")
    if art.url:
        click.echo(art.url)
    for cr in art.credits:
        click.echo(f"credits {cr.name} ({', '.join(cr.roles)}): {' | '.join(cr.evidence)}")
    for q in art.quotes:
        click.echo(f"quote [{q.kind}] {q.speaker or '?'}: {q.content.slice(art.text)}")
    click.echo("")
    click.echo(art.text)
    if furniture and art.furniture:
        click.echo("\n-- furniture --")
        for f in art.furniture:
            click.echo(f)


@main.command()
@click.argument("query")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True,
              help="At most this many results.")
@db_option
@json_option
@friendly
def search(query: str, limit: int, db: str | None, as_json: bool) -> None:
    """Full-text search, ranked by relevance.

    Words, "exact phrases", prefix*, -excluded, a OR b, outlet:NAME, since:DATE, until:DATE.

    \b
    Examples:
      newsroom search 'peskov troops'
      newsroom search '"negative view" outlet:reuters since:2025-08-01'
    """
    with open_library(db) as lib:
        hits = lib.search(query, limit=limit)
    if as_json:
        emit_json([contract.search_json(h) for h in hits])
        return
    if not hits:
        click.echo("no matches", err=True)
    for h in hits:
        snippet = h.snippet.replace(contract.MARK_OPEN, "\x00").replace(contract.MARK_CLOSE, "\x01")
        parts = snippet.replace("\x01", "\x00").split("\x00")
        rendered = "".join(click.style(p, bold=True) if i % 2 else p for i, p in enumerate(parts))
        click.echo(f"{h.id:>5}  {h.outlet[:20]:20}  {h.title}")
        click.echo(f"       {rendered}")


def demo_library(force_fresh: bool = True) -> Path:
    """Fill a fresh demo library from the bundled sample corpus and return its path."""
    corpus = paths.sample_corpus_directory()
    if corpus is None:
        raise click.ClickException("the sample corpus is not installed with this copy")
    target = paths.demo_db_path()
    if force_fresh:
        for suffix in ("", "-wal", "-shm"):
            p = Path(str(target) + suffix)
            if p.exists():
                p.unlink()
    target.parent.mkdir(parents=True, exist_ok=True)
    from reader.engine.pipeline import ingest as run_ingest

    with Library(target) as lib:
        result = run_ingest(lib, [str(corpus)], follow_links=False)
    click.echo(f"demo library {target}: {result.summary()}", err=True)
    return target


@main.command()
@click.option("--no-app", is_flag=True, help="Only build the demo library and list it.")
@friendly
def demo(no_app: bool) -> None:
    """Load the sample corpus into a fresh demo library and open it.

    \b
    Example:
      newsroom demo
    """
    target = demo_library()
    if no_app or not sys.stdout.isatty():
        with Library(target) as lib:
            for g in lib.groups():
                click.echo(f"group {g.id}: {g.label} — {', '.join(g.outlets)}")
        return
    _run_app(target)


from reader.cli_more import register  # noqa: E402  (the analysis and maintenance commands)

register(main)
