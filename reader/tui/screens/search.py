"""Full-text search as you type: ranked results with highlighted snippets; enter opens the article."""

from __future__ import annotations

import time

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from reader.engine.models import SearchHit
from reader.engine.query import QueryError
from reader.tui import data
from reader.tui.format import when
from reader.tui.messages import SearchCompleted
from reader.tui.safe import clean_line, snippet
from reader.tui.widgets.inputs import TextBox
from reader.tui.widgets.lists import VimOptionList

DEBOUNCE = 0.03
PAGE = 50
SYNTAX = 'words · "a phrase" · prefix* · -exclude · a OR b · outlet:NAME · since:2025-08-01 · until:DATE'


def as_you_type(query: str) -> str:
    """The query as typed so far: an open "phrase is closed, a last half-typed word becomes a prefix."""
    if query.count('"') % 2:
        return query + '"'
    if not query or not query[-1].isalnum():
        return query
    head, _, last = query.rpartition(" ")
    if ":" in last or last.startswith("-") or last == "OR" or '"' in last:
        return query
    return f"{head} {last}*".lstrip()


class ResultList(VimOptionList):
    """Search results; matches in snippets are styled by the theme."""

    COMPONENT_CLASSES = {"results--match", "results--meta"}

    def show_hits(self, hits: list[SearchHit], append: bool = False) -> None:
        """Replace (or extend) the options with these hits."""
        match = self.get_component_rich_style("results--match")
        meta = self.get_component_rich_style("results--meta")
        options: list[Option | None] = []
        for h in hits:
            prompt = Text(end="")
            prompt.append(f"{clean_line(h.outlet, 24)} · {when(h.published)}  ", style=meta)
            prompt.append(clean_line(h.title, 200), style="bold")
            prompt.append("\n")
            prompt.append_text(snippet(h.snippet, match))
            options.append(Option(prompt, id=str(h.id)))
            options.append(None)
        if not append:
            self.clear_options()
        self.add_options(options)


class SearchScreen(Screen):
    """Search the library; results update while you type."""

    AREA = "search"
    BINDINGS = [
        Binding("escape", "back", "Back", id="search.back"),
        Binding("down", "results", "Results", show=False, id="search.results"),
        Binding("ctrl+l", "focus_query", "Edit query", id="search.query"),
    ]

    def __init__(self, query: str = "") -> None:
        super().__init__()
        self._initial = query
        self._timer: Timer | None = None
        self._query = ""
        self._hits: list[SearchHit] = []
        self._exhausted = False
        self.shown_query: str | None = None
        self.last_seconds = 0.0
        """How long the last search took on its worker."""
        self.typed_at = self.shown_at = 0.0
        """When the query last changed and when its results were drawn (for the speed bench)."""
        """The query whose results are on screen."""

    def compose(self) -> ComposeResult:
        yield Static(Text("Search", style="bold"), classes="title-bar")
        yield TextBox(value=self._initial, placeholder="Search the library…", id="query")
        yield Static(Text(SYNTAX), id="search-status", classes="hint")
        yield ResultList(id="results")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)
        self.query_one("#query").focus()
        if self._initial:
            self._schedule()

    def _theme_changed(self, _theme: object) -> None:
        results = self.query_one(ResultList)
        keep = results.highlighted
        results.show_hits(self._hits)
        if keep is not None and keep < results.option_count:
            results.highlighted = keep

    def focus_query(self) -> None:
        """Put the cursor back in the query box."""
        self.query_one("#query").focus()

    @on(Input.Changed, "#query")
    def _changed(self) -> None:
        self.typed_at = time.perf_counter()
        self._schedule()

    @on(Input.Submitted, "#query")
    def _submitted(self) -> None:
        results = self.query_one(ResultList)
        if results.option_count:
            results.focus()
            if results.highlighted is None:
                results.highlighted = 0

    def _schedule(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(DEBOUNCE, self._start)

    def _start(self) -> None:
        query = self.query_one("#query", Input).value
        if not query.strip():
            self.query_one(ResultList).clear_options()
            self.query_one("#search-status", Static).update(Text(SYNTAX))
            return
        self.run_search(query, 0)

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, query: str, offset: int) -> None:
        """Run one search on this thread's own connection."""
        from textual.worker import get_current_worker

        started = time.perf_counter()
        try:
            lib = data.open_library(self.app.db_path)
            try:
                hits = lib.search(as_you_type(query), limit=PAGE, offset=offset)
            finally:
                lib.close()
            error = None
        except QueryError as exc:
            hits, error = [], str(exc)
        except Exception as exc:
            hits, error = [], f"search failed: {exc}"
        if not get_current_worker().is_cancelled:
            self.post_message(SearchCompleted(query, hits, error, time.perf_counter() - started, offset))

    def on_search_completed(self, msg: SearchCompleted) -> None:
        if msg.query != self.query_one("#query", Input).value:
            return
        status = self.query_one("#search-status", Static)
        results = self.query_one(ResultList)
        if msg.error:
            status.update(Text(clean_line(msg.error), style="bold"))
            status.add_class("error")
            self.shown_query = msg.query
            return
        status.remove_class("error")
        append = msg.offset > 0
        self._hits = (self._hits if append else []) + msg.hits
        self._exhausted = len(msg.hits) < PAGE
        results.show_hits(msg.hits, append=append)
        more = "" if self._exhausted else "+"
        status.update(Text(f"{len(self._hits)}{more} results · "
                           "enter: open · esc: back"))
        self.last_seconds = msg.seconds
        self.call_after_refresh(self._shown, msg.query)

    def _shown(self, query: str) -> None:
        self.shown_at = time.perf_counter()
        self.shown_query = query

    @on(OptionList.OptionHighlighted, "#results")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if not self._exhausted and event.option_index >= len(self._hits) - 5:
            self._exhausted = True
            self.run_search(self.query_one("#query", Input).value, len(self._hits))

    @on(OptionList.OptionSelected, "#results")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is not None:
            self.app.open_article(int(event.option.id))

    def action_results(self) -> None:
        """Move from the query to the results."""
        self._submitted()

    def action_focus_query(self) -> None:
        """Back to the query box."""
        self.focus_query()

    def action_back(self) -> None:
        """Close search."""
        self.app.pop_screen()
