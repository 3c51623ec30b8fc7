"""The reader app: wiring of screens, app-wide bindings and the command palette."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from reader.tui.commands import binding_commands
from reader.tui.css import stylesheet_paths
from reader.tui.keymap import load_keymap
from reader.tui.messages import IngestFinished, LibraryChanged

if TYPE_CHECKING:
    from reader.engine.reports import GroupReport


class NewsroomApp(App):
    """Newsroom Reader: who covered a briefing, who quoted, paraphrased and credited whom."""

    TITLE = "Newsroom Reader"
    CSS_PATH = stylesheet_paths()
    AREA = "app"
    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit", tooltip="Leave the reader"),
        Binding("question_mark,f1", "help", "Help", id="app.help", tooltip="Every key on this screen"),
        Binding("slash", "search", "Search", id="app.search", tooltip="Full-text search"),
        Binding("i", "ingest", "Ingest", id="app.ingest", tooltip="Add a file, folder, URL or feed"),
        Binding("ctrl+t", "toggle_theme", "Light/dark", show=False, id="app.theme"),
    ]

    def __init__(self, db_path: Path, *, theme: str | None = None, keymap: dict[str, str] | None = None,
                 cursor_blink: bool = True) -> None:
        super().__init__()
        self.db_path = Path(db_path)
        self.cursor_blink = cursor_blink
        self._initial_theme = theme
        self._keymap = keymap
        self.generation = 0
        """Bumped whenever the library changes, so cached reports are recomputed."""
        self._reports: dict[int, tuple[int, GroupReport]] = {}

    def on_mount(self) -> None:
        from reader.tui.screens.library import LibraryScreen

        if self._initial_theme:
            self.theme = self._initial_theme
        keymap = self._keymap if self._keymap is not None else load_keymap()
        if keymap:
            self.set_keymap(keymap)
        self.push_screen(LibraryScreen())
        self._warm_up()

    @work(thread=True, group="warm-up")
    def _warm_up(self) -> None:
        """Import the analysis modules in the background so the first comparison opens quickly."""
        import reader.engine.export  # noqa: F401
        import reader.engine.reports  # noqa: F401

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Every binding of the screen as 'area: verb', then Textual's own commands."""
        seen: set[str] = set()
        extra = SystemCommand("app: toggle light/dark theme", "key: ctrl+t", self.action_toggle_theme)
        for command in [*binding_commands(self, screen), extra]:
            seen.add(command.title)
            yield command
        for command in super().get_system_commands(screen):
            title = f"app: {command.title.lower()}"
            if title not in seen:
                seen.add(title)
                yield command._replace(title=title)

    # ------------------------------------------------------------------ report cache

    def cached_report(self, group_id: int) -> GroupReport | None:
        """A group report computed since the library last changed, if any."""
        entry = self._reports.get(group_id)
        return entry[1] if entry and entry[0] == self.generation else None

    def remember_report(self, report: GroupReport, generation: int) -> None:
        """Keep a report for other screens of the same group."""
        if generation == self.generation:
            self._reports[report.group.id] = (generation, report)
            while len(self._reports) > 20:
                self._reports.pop(next(iter(self._reports)))

    # ------------------------------------------------------------------ navigation

    def open_article(self, article_id: int, group_id: int | None = None) -> None:
        """Show one article with its quotes, credits and metadata."""
        from reader.tui.screens.article import ArticleScreen

        self.push_screen(ArticleScreen(article_id, group_id))

    def open_compare(self, group_id: int | None, a: int, b: int, *, sentence: int | None = None) -> None:
        """Two articles side by side, optionally starting at one sentence of ``a``."""
        from reader.tui.screens.compare import CompareScreen

        self.push_screen(CompareScreen(group_id, a, b, sentence=sentence))

    def open_statements(self, group_id: int) -> None:
        """The group's statements by outlet."""
        from reader.tui.screens.statements import StatementsScreen

        self.push_screen(StatementsScreen(group_id))

    def open_provenance(self, group_id: int) -> None:
        """The group's timeline, first outlets, derivations and credits."""
        from reader.tui.screens.provenance import ProvenanceScreen

        self.push_screen(ProvenanceScreen(group_id))

    def open_export_group(self, group_id: int, label: str) -> None:
        """Ask where to write a group's annotated comparison."""
        from reader.tui.screens.export import ExportScreen

        self.push_screen(ExportScreen(label, group_id=group_id))

    def open_export_pair(self, group_id: int | None, a: int, b: int, label: str) -> None:
        """Ask where to write a two-article comparison."""
        from reader.tui.screens.export import ExportScreen

        self.push_screen(ExportScreen(label, group_id=group_id, pair=(a, b)))

    # ------------------------------------------------------------------ actions

    def action_help(self) -> None:
        """Show every key active on the current screen."""
        from reader.tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.pop_screen()
            return
        self.push_screen(HelpScreen(self.screen))

    def action_search(self) -> None:
        """Open full-text search."""
        from reader.tui.screens.search import SearchScreen

        if isinstance(self.screen, SearchScreen):
            self.screen.focus_query()
            return
        self.push_screen(SearchScreen())

    def action_ingest(self) -> None:
        """Add articles from a path, URL or feed."""
        from reader.tui.screens.ingest import IngestScreen

        if not isinstance(self.screen, IngestScreen):
            self.push_screen(IngestScreen())

    def action_toggle_theme(self) -> None:
        """Switch between a light and a dark theme."""
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"

    def on_ingest_finished(self, msg: IngestFinished) -> None:
        if msg.result is not None and (msg.result.added or msg.result.updated or msg.result.regrouped):
            self.generation += 1
            for screen in self.screen_stack:
                screen.post_message(LibraryChanged())


def create_app(db_path: Path, *, theme: str | None = None, keymap: dict[str, str] | None = None,
               cursor_blink: bool = True) -> NewsroomApp:
    """The app for one library file (tests pass a fixed theme, an empty keymap and no cursor blink)."""
    return NewsroomApp(db_path, theme=theme, keymap=keymap, cursor_blink=cursor_blink)


def run_app(db_path: Path) -> None:
    """Run the reader on a library until the user quits."""
    create_app(db_path).run()
