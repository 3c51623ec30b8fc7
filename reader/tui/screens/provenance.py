"""Provenance: the group's timeline, who carried each statement first, likely derivations, credits."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, Static

from reader.engine.statements import first_ties
from reader.tui.format import letter, pct, when
from reader.tui.safe import clean_line
from reader.tui.screens.article import ArticleScroll
from reader.tui.screens.report_base import ReportScreen

if TYPE_CHECKING:
    from reader.engine.reports import GroupReport

ROLE_WORDS = {"source": "source", "contributor": "contributed", "cited": "cited", "photo": "photo"}


def provenance_text(report: GroupReport, heading: str = "bold underline") -> Text:
    """The provenance sections as one Text (untrusted strings cleaned, never markup)."""
    arts = {a.id: a for a in report.articles}
    keys = {a.id: letter(n) for n, a in enumerate(report.articles)}
    shares = {s.article_id: s for s in report.provenance.shares}
    prov = report.provenance

    def name(aid: int | None) -> str:
        if aid is None or aid not in arts:
            return "unknown"
        return f"{keys[aid]} {clean_line(arts[aid].outlet, 30)}"

    out = Text(end="")
    out.append("Timeline\n", style=heading)
    order = prov.timeline or [a.id for a in report.articles]
    for n, aid in enumerate(order):
        art = arts.get(aid)
        if art is None:
            continue
        sh = shares.get(aid)
        share = f"  V {pct(sh.verbatim)} P {pct(sh.paraphrase)} U {pct(sh.unique)}" if sh else ""
        first = "  ◂ first" if n == 0 and art.published else ""
        out.append(f"  {when(art.published):16}  ")
        out.append(name(aid), style="bold")
        out.append(f"{share}{first}\n")
        out.append(f"      {clean_line(art.title, 90)}\n")
    out.append("\nFirst to carry each statement\n", style=heading)
    if not prov.statements:
        out.append("  no statement is shared by these articles\n")
    for st in prov.statements:
        who = (clean_line(st.speaker, 24) + ": ") if st.speaker else ""
        carriers = sum(1 for c in st.carriers if c.label != "absent")
        out.append(f"  #{st.id:<3} first: ")
        out.append(name(st.first_article_id), style="bold")
        tied = first_ties(st, arts)
        if tied:
            out.append(f", or as early {', '.join(keys[t] for t in tied)} (same day, no times to tell)")
        out.append(f"  ({carriers} of {len(report.articles)} carry it)\n")
        out.append(f"       {who}{clean_line(st.summary, 140)}\n")
    out.append("\nLikely derived from\n", style=heading)
    if not prov.derivations:
        out.append("  no article appears to be derived from another\n")
    for d in prov.derivations:
        out.append(f"  {name(d.article_id)} ← {name(d.derived_from)}  ({pct(d.share)} shared)\n")
        out.append(f"      evidence: {clean_line(d.evidence, 200)}\n")
    out.append("\nCredits per outlet\n", style=heading)
    for a in report.articles:
        if not a.credits:
            out.append(f"  {name(a.id)}: none found\n")
            continue
        parts = [f"{clean_line(c.name, 30)} ({', '.join(ROLE_WORDS.get(r, r) for r in c.roles)})" for c in a.credits]
        out.append(f"  {name(a.id)}: " + "; ".join(parts) + "\n")
        for c in a.credits:
            for e in c.evidence[:2]:
                out.append(f"      “{clean_line(e, 120)}”\n")
    return out


class ProvenanceScreen(ReportScreen):
    """Who published first, who carried each statement first, who likely copied whom."""

    AREA = "provenance"
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="provenance.back"),
        Binding("t", "statements", "Statements", id="provenance.statements"),
        Binding("c", "compare", "Compare", id="provenance.compare", tooltip="Compare the first two articles"),
        Binding("e", "export", "Export", id="provenance.export"),
    ]

    def compose(self) -> ComposeResult:
        yield Static("Provenance: computing…", id="provenance-title", classes="title-bar")
        with ArticleScroll(id="provenance-scroll"):
            yield Static(id="provenance-body")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one("#provenance-scroll").focus()
        super().on_mount()

    def show_report(self, report: GroupReport) -> None:
        title = Text.assemble(("Provenance  ", "bold"), clean_line(report.group.label, 70))
        self.query_one("#provenance-title", Static).update(title)
        self.query_one("#provenance-body", Static).update(provenance_text(report))

    def action_statements(self) -> None:
        """The group's statements."""
        self.app.open_statements(self.group_id)

    def action_compare(self) -> None:
        """Compare the group's first two articles (or the derived one with its source)."""
        if self.report is None or len(self.report.articles) < 2:
            return
        d = self.report.provenance.derivations
        a, b = (d[0].derived_from, d[0].article_id) if d else (self.report.articles[0].id, self.report.articles[1].id)
        self.app.open_compare(self.group_id, a, b)

    def action_export(self) -> None:
        """Export the group's annotated comparison."""
        label = self.report.group.label if self.report else f"group-{self.group_id}"
        self.app.open_export_group(self.group_id, label)
