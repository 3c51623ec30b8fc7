"""Ingest from inside the app: a path, URL or feed, read in a worker with progress and a cancel."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, ProgressBar, Static

from reader.tui import data
from reader.tui.messages import IngestFinished, IngestProgressed
from reader.tui.safe import clean_line
from reader.tui.widgets.inputs import TextBox

HINT = ("A file (.html .txt .md .json .jsonl .warc), a folder, an http(s) URL or an RSS/Atom feed. "
        "Enter starts; escape stops a running ingest or closes.")


class IngestScreen(ModalScreen):
    """Add articles without leaving the app; lists refresh when it ends."""

    AREA = "ingest"
    BINDINGS = [
        Binding("escape", "stop_or_close", "Stop / close", id="ingest.close"),
    ]

    def __init__(self, source: str = "") -> None:
        super().__init__()
        self._source = source
        self.running = False

    def compose(self) -> ComposeResult:
        with Vertical(id="ingest-box", classes="dialog"):
            yield Static(Text("Add articles", style="bold"), classes="title-bar")
            yield TextBox(value=self._source, placeholder="~/saved-pages/  or  https://example.com/feed.xml",
                        id="source")
            yield Static(Text(HINT), classes="hint")
            yield ProgressBar(id="ingest-progress", show_eta=False)
            yield Static(id="ingest-status", classes="status")
            with Horizontal(classes="buttons"):
                yield Button("Start", id="start", variant="primary")
                yield Button("Close", id="close")

    def on_mount(self) -> None:
        self.query_one(ProgressBar).display = False
        self.query_one("#source").focus()

    @on(Input.Submitted, "#source")
    @on(Button.Pressed, "#start")
    def start(self) -> None:
        """Start ingesting what the box names."""
        source = self.query_one("#source", Input).value.strip()
        if not source or self.running:
            return
        if not source.startswith(("http://", "https://", "-")):
            from pathlib import Path

            source = str(Path(source).expanduser())
        self.running = True
        self.query_one(ProgressBar).display = True
        self.query_one("#start", Button).disabled = True
        self.query_one("#ingest-status", Static).update(Text("Starting…"))
        self.run_ingest(source)

    @work(thread=True, exclusive=True, group="ingest")
    def run_ingest(self, source: str) -> None:
        """Ingest on this thread's own connection; the worker's cancel flag stops it between inputs."""
        from textual.worker import get_current_worker

        from reader.engine.pipeline import ingest

        worker = get_current_worker()

        def progress(done: int, total: int, name: str) -> None:
            self.post_message(IngestProgressed(done, total, name))

        try:
            lib = data.open_library(self.app.db_path)
            try:
                result = ingest(lib, [source], progress=progress, cancel=worker.cancelled_event)
            finally:
                lib.close()
        except Exception as exc:
            self.post_message(IngestFinished(None, str(exc)))
            return
        self.post_message(IngestFinished(result, None, worker.cancelled_event.is_set()))

    def on_ingest_progressed(self, msg: IngestProgressed) -> None:
        bar = self.query_one(ProgressBar)
        bar.update(total=max(msg.total, 1), progress=msg.done)
        self.query_one("#ingest-status", Static).update(Text(f"{msg.done}/{msg.total} {clean_line(msg.name, 70)}"))

    def on_ingest_finished(self, msg: IngestFinished) -> None:
        self.running = False
        self.query_one("#start", Button).disabled = False
        status = self.query_one("#ingest-status", Static)
        if msg.error:
            status.update(Text(f"Ingest failed: {clean_line(msg.error, 200)}"))
            return
        result = msg.result
        if result is None:
            return
        lines = [("Stopped. " if msg.cancelled else "Done. ") + result.summary()]
        for f in result.failed[:4]:
            lines.append(f"failed: {clean_line(f.get('source'), 60)}: {clean_line(f.get('error'), 80)}")
        if len(result.failed) > 4:
            lines.append(f"… and {len(result.failed) - 4} more failures")
        status.update(Text("\n".join(lines)))
        bar = self.query_one(ProgressBar)
        bar.update(total=bar.total or 1, progress=bar.total or 1)

    @on(Button.Pressed, "#close")
    def action_stop_or_close(self) -> None:
        """Stop a running ingest, or close the dialog."""
        if self.running:
            self.workers.cancel_group(self, "ingest")
            self.query_one("#ingest-status", Static).update(Text("Stopping after the current input…"))
        else:
            self.app.pop_screen()
