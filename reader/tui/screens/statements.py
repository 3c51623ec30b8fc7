"""The statement matrix: what was said (rows, with speaker) by outlet (columns), how each carried it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import DataTable, Footer, Label, Static

from reader.engine.figures import statement_disagreements
from reader.engine.models import Statement
from reader.tui.format import letter, when
from reader.tui.safe import clean_line
from reader.tui.screens.report_base import ReportScreen
from reader.tui.widgets.lists import VimTable

if TYPE_CHECKING:
    from reader.engine.reports import GroupReport

CELL = {"quote": ("Q", "quote"), "partial-quote": ("q", "part"), "paraphrase": ("P", "para"),
        "absent": ("—", "none")}
FIXED_COLUMNS = 3


class MatrixTable(VimTable):
    """The matrix; each cell's letter says what its colour says."""

    COMPONENT_CLASSES = {"matrix--quote", "matrix--partial-quote", "matrix--paraphrase", "matrix--absent"}
    BINDINGS = [*VimTable.BINDINGS]


class StatementsScreen(ReportScreen):
    """Statements of a group by outlet: quote, partial quote, paraphrase or absent."""

    AREA = "statements"
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="statements.back"),
        Binding("h", "cursor_left", "Left", show=False, id="statements.left"),
        Binding("l", "cursor_right", "Right", show=False, id="statements.right"),
        Binding("c", "compare", "Compare", id="statements.compare", tooltip="Compare at this statement"),
        Binding("p", "provenance", "Provenance", id="statements.provenance"),
        Binding("e", "export", "Export", id="statements.export"),
    ]

    def compose(self) -> ComposeResult:
        yield Static("Statements: computing…", id="statements-title", classes="title-bar")
        yield MatrixTable(id="matrix", cursor_type="cell", zebra_stripes=True)
        yield Static(id="statement-detail", classes="detail")
        with Horizontal(classes="legend hint"):
            yield Label("Q quote", classes="quote")
            yield Label("q partial quote", classes="partial-quote")
            yield Label("P paraphrase", classes="paraphrase")
            yield Label("— absent", classes="absent")
            yield Label("enter: compare here", classes="legend-note")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one("#matrix").focus()
        self.app.theme_changed_signal.subscribe(self, lambda _t: self.report and self.show_report(self.report))
        super().on_mount()

    def show_report(self, report: GroupReport) -> None:
        table = self.query_one("#matrix", MatrixTable)
        keep = table.cursor_coordinate
        table.clear(columns=True)
        self._order = [a.id for a in report.articles]
        outlets = {a.id: a.outlet for a in report.articles}
        table.add_column("#", key="n")
        table.add_column("Speaker", key="speaker")
        table.add_column("Statement", key="summary")
        for n, art in enumerate(report.articles):
            table.add_column(Text(f"{letter(n)} {clean_line(outlets[art.id], 9)}"), key=str(art.id))
        styles = {k: table.get_component_rich_style(f"matrix--{k}") for k in CELL}
        spare = self.app.size.width - 3 - 16 - 12 * len(report.articles) - 8
        summary_width = max(18, min(60, spare))
        for st in report.provenance.statements:
            by_article = {c.article_id: c.label for c in st.carriers}
            cells: list[Text] = [
                Text(str(st.id), justify="right"),
                Text(clean_line(st.speaker, 14) if st.speaker else "—"),
                Text(clean_line(st.summary, summary_width)),
            ]
            for art in report.articles:
                label = by_article.get(art.id, "absent")
                mark, word = CELL.get(label, ("?", label))
                cells.append(Text(f"{mark} {word}", style=styles.get(label, "")))
            table.add_row(*cells, key=str(st.id))
        title = Text.assemble(("Statements  ", "bold"), clean_line(report.group.label, 60),
                              f"  · {len(report.provenance.statements)} statements · {len(report.articles)} articles")
        self.query_one("#statements-title", Static).update(title)
        if not report.provenance.statements:
            self.query_one("#statement-detail", Static).update(Text("No statement is shared by these articles."))
        elif keep.row < table.row_count:
            table.move_cursor(row=keep.row, column=max(keep.column, FIXED_COLUMNS))
        else:
            table.move_cursor(row=0, column=FIXED_COLUMNS)
        self._detail()

    def _statement(self) -> Statement | None:
        if self.report is None:
            return None
        table = self.query_one("#matrix", MatrixTable)
        sts = self.report.provenance.statements
        row = table.cursor_coordinate.row
        return sts[row] if 0 <= row < len(sts) else None

    def _column_article(self) -> int | None:
        if self.report is None:
            return None
        col = self.query_one("#matrix", MatrixTable).cursor_coordinate.column - FIXED_COLUMNS
        return self.report.articles[col].id if 0 <= col < len(self.report.articles) else None

    def _detail(self) -> None:
        st = self._statement()
        if st is None or self.report is None:
            return
        names = {a.id: (letter(n), a) for n, a in enumerate(self.report.articles)}
        text = Text(end="")
        text.append(f"#{st.id} ", style="bold")
        text.append((clean_line(st.speaker) + ": ") if st.speaker else "")
        text.append(clean_line(st.summary, 160))
        aid = self._column_article()
        carriage = next((c for c in st.carriers if c.article_id == aid), None) if aid else None
        if aid is not None and aid in names:
            key, art = names[aid]
            text.append(f"\n{key} {clean_line(art.outlet, 30)} ({when(art.published)}): ", style="bold")
            if carriage is None or carriage.label == "absent":
                text.append("does not carry it")
            else:
                words = {"quote": "quotes it", "partial-quote": "quotes part of it", "paraphrase": "paraphrases it"}
                text.append(f"{words.get(carriage.label, carriage.label)} — " + clean_line(carriage.text, 200))
        differ = statement_disagreements(st)
        if differ:
            shown = " · ".join(f"{names[i][0]} {', '.join(figs)}" for i, figs in differ if i in names)
            text.append(f"\nfigures differ: {clean_line(shown, 200)}", style="bold")
        self.query_one("#statement-detail", Static).update(text)

    @on(DataTable.CellHighlighted, "#matrix")
    def _cell(self) -> None:
        self._detail()

    @on(DataTable.CellSelected, "#matrix")
    def _selected(self) -> None:
        self.action_compare()

    def action_cursor_left(self) -> None:
        """Previous column."""
        self.query_one("#matrix", MatrixTable).action_cursor_left()

    def action_cursor_right(self) -> None:
        """Next column."""
        self.query_one("#matrix", MatrixTable).action_cursor_right()

    def action_compare(self) -> None:
        """Open the split view at this statement: this column's article against another carrier."""
        st = self._statement()
        if st is None or self.report is None:
            return
        carriers = [c for c in st.carriers if c.label != "absent"]
        aid = self._column_article()
        here = next((c for c in carriers if c.article_id == aid), None)
        if here is None:
            here = next((c for c in carriers if c.article_id == st.first_article_id), carriers[0] if carriers else None)
        if here is None:
            return
        other = next((c.article_id for c in carriers if c.article_id != here.article_id), None)
        if other is None:
            other = next((i for i in self._order if i != here.article_id), None)
        if other is None:
            self.notify("Only one article carries this statement.", markup=False)
            return
        self.app.open_compare(self.group_id, here.article_id, other, sentence=here.sentence)

    def action_provenance(self) -> None:
        """The group's provenance."""
        self.app.open_provenance(self.group_id)

    def action_export(self) -> None:
        """Export the group's annotated comparison."""
        label = self.report.group.label if self.report else f"group-{self.group_id}"
        self.app.open_export_group(self.group_id, label)
