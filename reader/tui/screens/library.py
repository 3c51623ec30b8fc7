"""The library: groups of reports (filter as you type, sort by time or size) and the selected group's articles."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Static

from reader.engine.models import Group
from reader.tui import data
from reader.tui.format import plural, when
from reader.tui.messages import GroupArticlesLoaded, GroupsLoaded, LibraryChanged, WorkFailed
from reader.tui.safe import clean_line, plain
from reader.tui.widgets.inputs import TextBox
from reader.tui.widgets.lists import VimTable

FIRST_PAGE = 200
PAGE = 2000
SHOW_STEP = 300

EMPTY_HELP = (
    "Your library is empty.\n\n"
    "Press i to add articles: a file, a folder of saved pages, a URL or an RSS/Atom feed.\n\n"
    "From a shell:\n"
    "  newsroom ingest ~/saved-pages/      add files or folders\n"
    "  newsroom ingest https://…/feed.xml  add a feed\n"
    "  newsroom demo                       open the sample corpus in a demo library\n\n"
    "Press ? for every key, ctrl+p for every command."
)


def haystack(group: Group) -> str:
    """The lower-cased text the filter looks in: label and outlet names."""
    return (group.label + " " + " ".join(group.outlets)).lower()


def group_matches(hay: str, words: list[str]) -> bool:
    """Whether every filter word occurs in a group's haystack."""
    return all(w in hay for w in words)


class LibraryScreen(Screen):
    """Groups of reports and their articles; the home screen."""

    AREA = "library"
    BINDINGS = [
        Binding("l", "open", "Open", show=False, id="library.open"),
        Binding("h", "back_to_groups", "Back to groups", show=False, id="library.back"),
        Binding("f", "filter", "Filter", show=False, id="library.filter", tooltip="Filter groups by label or outlet"),
        Binding("s", "sort", "Sort", show=False, id="library.sort", tooltip="Sort groups by size or by time"),
        Binding("c", "compare", "Compare", id="library.compare", tooltip="Two articles side by side"),
        Binding("t", "statements", "Statements", id="library.statements"),
        Binding("p", "provenance", "Provenance", id="library.provenance"),
        Binding("e", "export", "Export", id="library.export", tooltip="Write the annotated comparison"),
        Binding("r", "reload", "Reload", show=False, id="library.reload"),
        Binding("escape", "clear_filter", "Clear filter", show=False, id="library.clear-filter"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._groups: list[Group] = []
        self._hay: dict[int, str] = {}
        self._multi = 0
        self._view: list[Group] = []
        self._shown = 0
        self._loaded = False
        self._sort = "size"
        self._articles = 0
        self._selected: int | None = None
        self._article_ids: list[int] = []

    def compose(self) -> ComposeResult:
        yield Static(id="library-title", classes="title-bar")
        yield TextBox(placeholder="Filter groups: words from a label or an outlet (f)", id="filter")
        with Vertical(id="library-body"):
            yield VimTable(id="groups", cursor_type="row", zebra_stripes=True)
            yield Static(id="group-summary", classes="summary")
            yield VimTable(id="articles", cursor_type="row", zebra_stripes=True)
        yield Static(Text(EMPTY_HELP), id="empty-library")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        groups = self.query_one("#groups", DataTable)
        groups.add_column("Group", key="label", width=46)
        groups.add_column("Outlets", key="n", width=7)
        groups.add_column("First published", key="first", width=16)
        groups.add_column("Outlet names", key="names")
        articles = self.query_one("#articles", DataTable)
        articles.add_column("Outlet", key="outlet", width=20)
        articles.add_column("Time", key="time", width=16)
        articles.add_column("Title", key="title", width=50)
        articles.add_column("Credits", key="credits")
        self.query_one("#empty-library").display = False
        self._title()
        self.watch(groups, "scroll_y", self._scrolled, init=False)
        groups.focus()
        self.load_groups()

    # ------------------------------------------------------------------ workers

    @work(thread=True, exclusive=True, group="groups")
    def load_groups(self) -> None:
        """Read groups page by page so the first screenful appears at once."""
        from textual.worker import get_current_worker

        worker = get_current_worker()
        try:
            lib = data.open_library(self.app.db_path)
        except Exception as exc:
            self.post_message(WorkFailed("reading the library", str(exc)))
            return
        try:
            stats = data.LibraryStats(articles=lib.count())
            offset, size = 0, FIRST_PAGE
            while not worker.is_cancelled:
                page = lib.groups(limit=size, offset=offset)
                done = len(page) < size
                self.post_message(GroupsLoaded(page, offset, done, stats if offset == 0 else None))
                offset += len(page)
                size = PAGE
                if done:
                    break
        finally:
            lib.close()

    @work(thread=True, exclusive=True, group="group-articles")
    def load_articles(self, gid: int) -> None:
        """Read the selected group's articles with their credits."""
        from textual.worker import get_current_worker

        lib = data.open_library(self.app.db_path)
        try:
            rows = data.group_rows(lib, gid)
        finally:
            lib.close()
        if not get_current_worker().is_cancelled:
            self.post_message(GroupArticlesLoaded(gid, rows))

    # ------------------------------------------------------------------ handlers

    def on_groups_loaded(self, msg: GroupsLoaded) -> None:
        if msg.offset == 0:
            self._groups = []
            self._hay = {}
            self._multi = 0
        if msg.stats is not None:
            self._articles = msg.stats.articles
        self._groups.extend(msg.groups)
        for g in msg.groups:
            self._hay[g.id] = haystack(g)
        self._multi += sum(1 for g in msg.groups if len(g.article_ids) > 1)
        self._loaded = msg.done
        self._refresh_view()
        self._title()
        empty = self._loaded and not self._groups
        was_empty = not self.query_one("#library-body").display
        self.query_one("#library-body").display = not empty
        self.query_one("#filter").display = not empty
        self.query_one("#empty-library").display = empty
        if was_empty and not empty and not self.query_one("#filter", Input).value:
            self.query_one("#groups").focus()  # the first articles arrived: keys move in the list

    def on_group_articles_loaded(self, msg: GroupArticlesLoaded) -> None:
        if msg.group_id != self._selected:
            return
        table = self.query_one("#articles", DataTable)
        table.clear()
        self._article_ids = [r.id for r in msg.rows]
        for r in msg.rows:
            table.add_row(
                plain(r.outlet, limit=20), Text(when(r.published)), plain(r.title, limit=50),
                plain(", ".join(r.credits) or "—", limit=40), key=str(r.id),
            )

    def on_work_failed(self, msg: WorkFailed) -> None:
        self.notify(f"{msg.what}: {msg.error}", severity="error", markup=False)

    def on_library_changed(self, _: LibraryChanged) -> None:
        self.load_groups()
        if self._selected is not None:
            self.load_articles(self._selected)

    @on(Input.Changed, "#filter")
    def _filter_changed(self) -> None:
        self._refresh_view(rebuild=True)

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self) -> None:
        self.query_one("#groups").focus()

    @on(DataTable.RowHighlighted, "#groups")
    def _group_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key.value is None:
            return
        gid = int(event.row_key.value)
        if event.cursor_row >= self._shown - 20:
            self._show_more()
        if gid != self._selected:
            self._selected = gid
            self._summary()
            self.load_articles(gid)

    @on(DataTable.RowSelected, "#groups")
    def _group_selected(self) -> None:
        self.query_one("#articles").focus()

    @on(DataTable.RowSelected, "#articles")
    def _article_selected(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value is not None:
            self.app.open_article(int(event.row_key.value), self._selected)

    def _scrolled(self, _old: float, new: float) -> None:
        table = self.query_one("#groups", DataTable)
        if new >= table.max_scroll_y - 10 and self._shown < len(self._view):
            self._show_more()

    # ------------------------------------------------------------------ view

    def _title(self) -> None:
        shown = len(self._view)
        total = len(self._groups)
        multi = self._multi
        loading = "" if self._loaded else " · loading…"
        filtered = f" · {shown:,} match the filter" if self.query_one("#filter", Input).value.strip() else ""
        sort = "size" if self._sort == "size" else "time"
        text = Text(end="")
        text.append("Newsroom Reader", style="bold")
        text.append(f"  {plural(self._articles, 'article')} · {plural(multi, 'group')} of 2+ · "
                    f"{total - multi:,} ungrouped · sorted by {sort} (s){filtered}{loading}")
        self.query_one("#library-title", Static).update(text)

    def _summary(self) -> None:
        group = next((g for g in self._view if g.id == self._selected), None)
        widget = self.query_one("#group-summary", Static)
        if group is None:
            widget.update("")
            return
        n = len(group.article_ids)
        line = Text(end="")
        line.append(clean_line(group.label, 60), style="bold")
        line.append(f" · {plural(n, 'article')}" + (" (ungrouped)" if n == 1 else "")
                    + " · enter/l: articles · c compare · t statements · p provenance")
        widget.update(line)

    def _compute_view(self) -> list[Group]:
        words = clean_line(self.query_one("#filter", Input).value).lower().split()
        view = [g for g in self._groups if group_matches(self._hay[g.id], words)] if words else list(self._groups)
        if self._sort == "time":
            view.sort(key=lambda g: g.first_published or "", reverse=True)
        return view

    def _refresh_view(self, rebuild: bool = False) -> None:
        old = self._view
        self._view = self._compute_view()
        prefix = min(self._shown, len(old))
        same = (not rebuild and len(self._view) >= prefix
                and all(a.id == b.id for a, b in zip(old[:prefix], self._view[:prefix], strict=False)))
        table = self.query_one("#groups", DataTable)
        if same:
            if self._shown < SHOW_STEP:
                self._show_more(upto=SHOW_STEP)
        else:
            keep = self._selected
            table.clear()
            self._shown = 0
            self._show_more()
            if keep is not None:
                idx = next((i for i, g in enumerate(self._view[: self._shown]) if g.id == keep), None)
                if idx is not None:
                    table.move_cursor(row=idx)
        self._title()
        if self._view and self._selected is None:
            self._selected = self._view[0].id
            self._summary()
            self.load_articles(self._selected)

    def _show_more(self, upto: int | None = None) -> None:
        table = self.query_one("#groups", DataTable)
        batch = self._view[self._shown : upto if upto is not None else self._shown + SHOW_STEP]
        for g in batch:
            n = len(g.article_ids)
            names = "ungrouped · " + ", ".join(g.outlets) if n == 1 else ", ".join(g.outlets)
            table.add_row(plain(g.label, limit=46), Text(str(len(g.outlets)) if n > 1 else "1", justify="right"),
                          Text(when(g.first_published)), plain(names, limit=60), key=str(g.id))
        self._shown += len(batch)

    # ------------------------------------------------------------------ actions

    def _group(self) -> Group | None:
        return next((g for g in self._view if g.id == self._selected), None)

    def _article(self) -> int | None:
        table = self.query_one("#articles", DataTable)
        if not self._article_ids or table.cursor_row >= len(self._article_ids):
            return None
        return self._article_ids[table.cursor_row]

    def action_open(self) -> None:
        """Open the group's articles, or the highlighted article."""
        if self.focused is self.query_one("#articles") and self._article() is not None:
            self.app.open_article(self._article(), self._selected)
        else:
            self.query_one("#articles").focus()

    def action_back_to_groups(self) -> None:
        """Back from the articles to the groups."""
        self.query_one("#groups").focus()

    def action_filter(self) -> None:
        """Type to filter the groups."""
        self.query_one("#filter").focus()

    def action_clear_filter(self) -> None:
        """Leave the filter box, or clear the filter."""
        box = self.query_one("#filter", Input)
        if self.focused is box or not box.value:
            self.query_one("#groups").focus()
        else:
            box.value = ""

    def action_sort(self) -> None:
        """Sort groups by size (largest first) or by time (newest first)."""
        self._sort = "time" if self._sort == "size" else "size"
        self._refresh_view(rebuild=True)

    def action_reload(self) -> None:
        """Read the library again."""
        self.load_groups()

    def action_compare(self) -> None:
        """Compare two articles of the selected group side by side."""
        group = self._group()
        if group is None:
            return
        if len(group.article_ids) < 2:
            self.notify("This article is ungrouped: nothing to compare it with.", markup=False)
            return
        first = self._article() if self.focused is self.query_one("#articles") else None
        a = first or group.article_ids[0]
        b = next(i for i in group.article_ids if i != a)
        self.app.open_compare(group.id, a, b)

    def action_statements(self) -> None:
        """The selected group's statements by outlet."""
        if self._group() is not None:
            self.app.open_statements(self._selected)

    def action_provenance(self) -> None:
        """The selected group's timeline, first outlets and derivations."""
        if self._group() is not None:
            self.app.open_provenance(self._selected)

    def action_export(self) -> None:
        """Export the selected group's annotated comparison."""
        group = self._group()
        if group is not None:
            self.app.open_export_group(group.id, group.label)
