"""A screen that shows one group's report (statements, provenance), computed once per library state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.screen import Screen

from reader.tui import data
from reader.tui.messages import LibraryChanged, ReportBuilt, WorkFailed

if TYPE_CHECKING:
    from reader.engine.reports import GroupReport


class ReportScreen(Screen):
    """Loads a group report in a worker (or from the app's cache) and hands it to ``show_report``."""

    def __init__(self, group_id: int) -> None:
        super().__init__()
        self.group_id = group_id
        self.report: GroupReport | None = None

    def on_mount(self) -> None:
        cached = self.app.cached_report(self.group_id)
        if cached is not None:
            self.report = cached
            self.show_report(cached)
        else:
            self.load_report(self.app.generation)

    @work(thread=True, exclusive=True, group="report")
    def load_report(self, generation: int) -> None:
        """Compute the group's alignments, statements and provenance on this thread's connection."""
        from reader.engine.reports import group_report

        try:
            lib = data.open_library(self.app.db_path)
            try:
                report = group_report(lib, self.group_id)
            finally:
                lib.close()
        except Exception as exc:
            self.post_message(WorkFailed("building the group report", str(exc)))
            return
        self.post_message(ReportBuilt(report, generation))

    def on_report_built(self, msg: ReportBuilt) -> None:
        self.app.remember_report(msg.report, msg.generation)
        self.report = msg.report
        self.show_report(msg.report)

    def on_work_failed(self, msg: WorkFailed) -> None:
        self.notify(f"{msg.what}: {msg.error}", severity="error", markup=False)

    def on_library_changed(self, _: LibraryChanged) -> None:
        self.load_report(self.app.generation)

    def show_report(self, report: GroupReport) -> None:
        """Fill the screen from a report."""
        raise NotImplementedError
