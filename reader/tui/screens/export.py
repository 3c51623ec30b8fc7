"""Export: write the annotated comparison as Markdown to a file, asking before replacing one."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from reader.tui import data
from reader.tui.format import slug
from reader.tui.messages import ExportRefused, ExportWritten
from reader.tui.safe import clean_line
from reader.tui.widgets.inputs import TextBox


def default_export_path(label: str, folder: Path | None = None) -> Path:
    """``<current folder>/<label as a slug>.md``."""
    return (folder or Path.cwd()) / f"{slug(label)}.md"


def render_export(db_path: Path, group_id: int | None, pair: tuple[int, int] | None, report=None) -> str:
    """The Markdown for a group (all articles) or a pair, computed on the calling thread."""
    from reader.engine import export
    from reader.engine.reports import compare, group_report

    lib = data.open_library(db_path)
    try:
        if pair is not None:
            a, b, alignment = compare(lib, pair[0], pair[1])
            statements = report.provenance.statements if report is not None else None
            return export.render_pair(a, b, alignment, statements)
        if group_id is None:
            raise ValueError("nothing to export")
        rep = report if report is not None else group_report(lib, group_id)
        return export.render_group(rep.group, rep.articles, rep.provenance, rep.alignments)
    finally:
        lib.close()


class ExportScreen(ModalScreen):
    """Ask for a file name (default: the label, in the current folder) and write the export there."""

    AREA = "export"
    BINDINGS = [Binding("escape", "app.pop_screen", "Cancel", id="export.cancel")]

    def __init__(self, label: str, *, group_id: int | None = None, pair: tuple[int, int] | None = None,
                 folder: Path | None = None) -> None:
        super().__init__()
        self.label = label
        self.group_id = group_id
        self.pair = pair
        self._folder = folder
        self._confirmed: Path | None = None

    def compose(self) -> ComposeResult:
        what = "two-article comparison" if self.pair else "group comparison"
        with Vertical(id="export-box", classes="dialog"):
            yield Static(Text(f"Export the {what} as Markdown", style="bold"), classes="title-bar")
            yield TextBox(value=str(default_export_path(self.label, self._folder)), id="export-path")
            yield Static(Text("Enter writes the file; an existing file is never replaced without asking."),
                         id="export-status", classes="status")
            with Horizontal(classes="buttons"):
                yield Button("Write", id="write", variant="primary")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#export-path").focus()

    @on(Input.Changed, "#export-path")
    def _changed(self) -> None:
        self._confirmed = None

    @on(Input.Submitted, "#export-path")
    @on(Button.Pressed, "#write")
    def write(self) -> None:
        """Write, or ask first when the file exists."""
        raw = self.query_one("#export-path", Input).value.strip()
        if not raw:
            return
        path = Path(raw).expanduser()
        if path.is_dir():
            path = path / default_export_path(self.label).name
        status = self.query_one("#export-status", Static)
        if path.exists() and self._confirmed != path:
            self._confirmed = path
            status.update(Text(f"{clean_line(str(path))} exists. Press enter again to replace it, "
                               "or change the name."))
            status.add_class("warning")
            return
        status.update(Text("Writing…"))
        self.run_export(path, force=self._confirmed == path)

    @work(thread=True, exclusive=True, group="export")
    def run_export(self, path: Path, force: bool) -> None:
        """Render and write the export on this thread's own connection."""
        from reader.engine.export import write_export

        try:
            report = self.app.cached_report(self.group_id) if self.group_id is not None else None
            content = render_export(self.app.db_path, self.group_id, self.pair, report)
            write_export(path, content, force=force)
        except FileExistsError as exc:
            self.post_message(ExportRefused(path, str(exc), exists=True))
            return
        except Exception as exc:
            self.post_message(ExportRefused(path, str(exc)))
            return
        self.post_message(ExportWritten(path.resolve()))

    def on_export_written(self, msg: ExportWritten) -> None:
        self.app.pop_screen()
        self.app.notify(f"Exported to {msg.path}", title="Export", markup=False, timeout=8)

    def on_export_refused(self, msg: ExportRefused) -> None:
        status = self.query_one("#export-status", Static)
        if msg.exists:
            self._confirmed = msg.path
            status.update(Text(f"{clean_line(str(msg.path))} exists. Press enter again to replace it."))
        else:
            status.update(Text(f"Could not write: {clean_line(msg.error, 200)}"))
        status.add_class("warning")

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.app.pop_screen()
