"""The analysis and maintenance commands of ``newsroom``: groups, compare, statements, quotes,
analyze, export, check, backup."""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import threading
from pathlib import Path

import click

from reader.cli_common import db_option, db_path, emit_json, friendly, json_option, open_library, progress_bar
from reader.engine import contract


@click.command()
@click.option("--min-size", type=int, default=1, show_default=True,
              help="Only groups with at least this many articles (1 includes single articles).")
@db_option
@json_option
@friendly
def groups(min_size: int, db: str | None, as_json: bool) -> None:
    """List groups: reports of the same briefing or event across outlets.

    \b
    Example:
      newsroom groups --min-size 2
    """
    with open_library(db) as lib:
        found = lib.groups(min_size=min_size)
    if as_json:
        emit_json([contract.group_json(g) for g in found])
        return
    for g in found:
        when = (g.first_published or "date unknown")[:16]
        n = len(g.article_ids)
        click.echo(f"{g.id:>5}  {n:>2} {'article ' if n == 1 else 'articles'}  {when:16}  {g.label}")
        click.echo(f"       {', '.join(g.outlets)}")


@click.command()
@click.argument("a_id", type=int)
@click.argument("b_id", type=int)
@db_option
@json_option
@friendly
def compare(a_id: int, b_id: int, db: str | None, as_json: bool) -> None:
    """Align two articles sentence by sentence: verbatim, quote-variant, paraphrase, unique.

    \b
    Example:
      newsroom compare 1 3 --json
    """
    from reader.engine.figures import disagreements
    from reader.engine.reports import compare as run_compare

    with open_library(db) as lib:
        a, b, al = run_compare(lib, a_id, b_id)
    if as_json:
        emit_json(contract.compare_json(al))
        return
    click.secho(f"A {a.id} {a.outlet}: {a.title}", bold=True)
    click.secho(f"B {b.id} {b.outlet}: {b.title}", bold=True)
    for p in al.pairs:
        click.echo(f"\n[{p.label} {p.score:.2f}]")
        click.echo(f"  A{p.a}: {a.sentences[p.a].text}")
        click.echo(f"  B{p.b}: {b.sentences[p.b].text}")
        differ = disagreements([(0, a.sentences[p.a].text), (1, b.sentences[p.b].text)])
        if differ:
            click.echo("  figures differ: " + " · ".join(f"{'AB'[k]} {', '.join(f)}" for k, f in differ))
    click.echo(f"\nunique to A: {len(al.unique_a)} sentences; unique to B: {len(al.unique_b)} sentences")


@click.command()
@click.argument("group_id", type=int)
@db_option
@json_option
@friendly
def statements(group_id: int, db: str | None, as_json: bool) -> None:
    """The group's statements and how each outlet carries them (quote, partial, paraphrase, absent).

    \b
    Example:
      newsroom statements 1 --json
    """
    from reader.engine.figures import statement_disagreements
    from reader.engine.reports import group_report

    with open_library(db) as lib:
        report = group_report(lib, group_id)
    outlet_of = {a.id: a.outlet for a in report.articles}
    found = report.provenance.statements
    if as_json:
        emit_json([contract.statement_json(s, outlet_of) for s in found])
        return
    for st in found:
        click.secho(f"#{st.id} {st.speaker or 'unattributed'}: {st.summary}", bold=True)
        carried = {c.article_id: c for c in st.carriers}
        for a in report.articles:
            c = carried.get(a.id)
            click.echo(f"   {a.outlet[:22]:22} {c.label if c else 'absent':14} {c.text if c else ''}")
        differ = statement_disagreements(st)
        if differ:
            click.echo("   figures differ: " + " · ".join(f"{outlet_of[k]} {', '.join(f)}" for k, f in differ))


@click.command()
@click.option("--speaker", help="Only quotes by this speaker: part of the name, or another spelling (Peskow).")
@click.option("--limit", type=int, default=None, help="At most this many quotes.")
@db_option
@json_option
@friendly
def quotes(speaker: str | None, limit: int | None, db: str | None, as_json: bool) -> None:
    """Quotes across the library with their speakers.

    \b
    Example:
      newsroom quotes --speaker Peskov --json
    """
    with open_library(db) as lib:
        found = lib.all_quotes(speaker, limit)
        outlets = {r["id"]: r["outlet"] for r in lib.list_articles()} if found else {}
    rows = [
        {"article_id": aid, "outlet": outlets.get(aid), "speaker": q.speaker, "kind": q.kind, "content": content,
         "start": q.content.start, "end": q.content.end}
        for aid, q, content in found
    ]
    if as_json:
        emit_json(rows)
        return
    for r in rows:
        click.echo(f"{r['article_id']:>5}  {(r['outlet'] or '')[:18]:18}  {r['speaker'] or '?':24} "
                   f"[{r['kind']}] {r['content']}")


@click.command()
@click.option("--all", "everything", is_flag=True, help="Recompute every article and rebuild all groups.")
@click.argument("article_ids", nargs=-1, type=int)
@db_option
@friendly
def analyze(everything: bool, article_ids: tuple[int, ...], db: str | None) -> None:
    """Recompute quotes, credits and groups (after an upgrade of the engine).

    \b
    Examples:
      newsroom analyze --all
      newsroom analyze 12 13
    """
    from reader.engine import analysis

    with open_library(db) as lib:
        if everything or not article_ids:
            with progress_bar("analysing") as progress:
                n = analysis.reanalyse_all(lib, progress=progress, cancel=threading.Event())
            click.echo(f"analysed {n} articles; {len(lib.groups(min_size=2))} groups of 2 or more", err=True)
            return
        for aid in article_ids:
            analysis.reanalyse_one(lib, aid)
        click.echo(f"analysed {len(article_ids)} articles", err=True)


@click.command()
@click.argument("ids", nargs=-1, type=int, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file instead of stdout.")
@click.option("--force", is_flag=True, help="Overwrite the output file if it exists.")
@db_option
@friendly
def export(ids: tuple[int, ...], output: str | None, force: bool, db: str | None) -> None:
    """Export an annotated comparison as Markdown: a whole group (GROUP_ID) or a pair (ID ID).

    \b
    Examples:
      newsroom export 1 -o briefing.md
      newsroom export 3 5 > pair.md
    """
    from reader.engine import export as export_mod
    from reader.engine.reports import compare as run_compare
    from reader.engine.reports import group_report

    if len(ids) > 2:
        raise click.UsageError("give one GROUP_ID or two article ids")
    if output and Path(output).exists() and not force:
        click.echo(f"newsroom: {output}: exists; use --force to overwrite", err=True)
        sys.exit(2)
    with open_library(db) as lib:
        if len(ids) == 1:
            r = group_report(lib, ids[0])
            text = export_mod.render_group(r.group, r.articles, r.provenance, r.alignments)
        else:
            a, b, al = run_compare(lib, ids[0], ids[1])
            text = export_mod.render_pair(a, b, al)
    if output:
        try:
            export_mod.write_export(Path(output), text, force=force)
        except FileExistsError:
            click.echo(f"newsroom: {output}: exists; use --force to overwrite", err=True)
            sys.exit(2)
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(text, nl=False)


@click.command()
@db_option
@friendly
def check(db: str | None) -> None:
    """Check the library's integrity (SQLite and full-text index).

    \b
    Example:
      newsroom check
    """
    with open_library(db) as lib:
        problems = lib.integrity_check()
        n = lib.count()
        pending = lib.regroup_pending()
    if pending:
        click.echo("note: the groups await a rebuild (an import is grouping at its end, or one was stopped);"
                   " the next ingest or `newsroom analyze --all` does it", err=True)
    if problems:
        for p in problems:
            click.echo(f"problem: {p}", err=True)
        sys.exit(1)
    click.echo(f"ok: {db_path(db)} ({n} articles)")


@click.command()
@click.argument("target", type=click.Path(dir_okay=False))
@click.option("--force", is_flag=True, help="Overwrite TARGET if it exists.")
@db_option
@friendly
def backup(target: str, force: bool, db: str | None) -> None:
    """Make a consistent copy of the library, safe while it is in use.

    \b
    Example:
      newsroom backup ~/library-2025-08-27.db
    """
    out = Path(target)
    if out.exists() and not force:
        click.echo(f"newsroom: {target}: exists; use --force to overwrite", err=True)
        sys.exit(2)
    if not out.parent.is_dir():
        click.echo(f"newsroom: {out.parent}: no such folder", err=True)
        sys.exit(2)
    fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".partial", dir=out.parent)
    os.close(fd)
    tmp = Path(name)  # our own temp file: a leftover of an earlier crash is never in the way
    try:
        with open_library(db) as lib:
            lib.backup(tmp)
        if force:
            tmp.replace(out)
        else:
            os.link(tmp, out)  # fails if the target appeared meanwhile: no silent clobber
    except FileExistsError:
        click.echo(f"newsroom: {target}: exists; use --force to overwrite", err=True)
        sys.exit(2)
    except (OSError, sqlite3.Error) as exc:
        click.echo(f"newsroom: cannot write {target} ({exc})", err=True)
        sys.exit(2)
    finally:
        tmp.unlink(missing_ok=True)
    click.echo(f"backed up to {out}")


def register(main: click.Group) -> None:
    """Attach these commands to the ``newsroom`` group."""
    for cmd in (groups, compare, statements, quotes, analyze, export, check, backup):
        main.add_command(cmd)
