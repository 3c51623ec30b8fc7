"""One article: text with quotes and speakers, credits as labels, metadata, furniture behind a toggle."""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Label, Static

from reader.tui import data
from reader.tui.format import plural, when
from reader.tui.messages import ArticleLoaded, LibraryChanged, WorkFailed
from reader.tui.safe import clean_line, plain
from reader.tui.widgets.article_body import ArticleBody
from reader.tui.widgets.lists import vim_bindings

ROLE_WORDS = {"source": "source", "contributor": "contributed", "cited": "cited", "photo": "photo"}


class ArticleScroll(VerticalScroll):
    """The article's scrolling body with vim keys."""

    BINDINGS = vim_bindings("article", down="scroll_down", up="scroll_up", top="scroll_home", bottom="scroll_end")


class ArticleScreen(Screen):
    """The text of one article with its analysis."""

    AREA = "article"
    BINDINGS = [
        Binding("escape,h", "app.pop_screen", "Back", id="article.back"),
        Binding("f", "toggle_furniture", "Furniture", id="article.furniture",
                tooltip="Show or hide page furniture (bylines, captions, links)"),
        Binding("c", "compare", "Compare", id="article.compare", tooltip="Compare with another article of the group"),
        Binding("t", "statements", "Statements", id="article.statements"),
        Binding("p", "provenance", "Provenance", id="article.provenance"),
        Binding("e", "export", "Export", id="article.export"),
    ]

    def __init__(self, article_id: int, group_id: int | None = None) -> None:
        super().__init__()
        self.article_id = article_id
        self.group_id = group_id
        self._group_ids: list[int] = []
        self._label = ""

    def compose(self) -> ComposeResult:
        yield Static("Loading…", id="article-title", classes="title-bar")
        yield Static(id="article-meta", classes="meta")
        yield Horizontal(id="credits")
        with ArticleScroll(id="article-scroll"):
            yield ArticleBody(id="article-body")
            yield Static(id="furniture", classes="furniture")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one("#furniture").display = False
        self.query_one("#article-scroll").focus()
        self.load()

    @work(thread=True, exclusive=True, group="article")
    def load(self) -> None:
        """Read the article, its group and its earlier revisions."""
        try:
            lib = data.open_library(self.app.db_path)
            try:
                art = lib.get(self.article_id)
                gid = self.group_id if self.group_id is not None else lib.group_of(self.article_id)
                group = lib.group(gid) if gid is not None else None
                if art is not None and group is not None:
                    from reader.engine.reports import unify_group_speakers

                    unify_group_speakers([art])
                revisions = lib.revisions_of(self.article_id)
            finally:
                lib.close()
        except Exception as exc:
            self.post_message(WorkFailed("reading the article", str(exc)))
            return
        self.post_message(ArticleLoaded(art, group, revisions))

    def on_article_loaded(self, msg: ArticleLoaded) -> None:
        art = msg.article
        if art is None:
            self.query_one("#article-title", Static).update(Text(f"No article {self.article_id}"))
            return
        if msg.group is not None:
            self.group_id = msg.group.id
            self._group_ids = list(msg.group.article_ids)
            self._label = msg.group.label
        self.query_one("#article-title", Static).update(plain(art.title, style="bold"))
        meta = Text(end="")
        meta.append(clean_line(art.outlet, 40), style="bold")
        meta.append(f" · {when(art.published, 'time unknown')}")
        if art.author:
            meta.append(" · by " + clean_line(art.author, 60))
        meta.append(f" · {plural(art.words, 'word')} · {plural(len(art.quotes), 'quote')}")
        if len(self._group_ids) > 1:
            meta.append(f" · group of {len(self._group_ids)}")
        meta.append("\n" + (clean_line(art.url, 200) if art.url else "source: " + clean_line(art.source, 200)))
        if art.revisions > 1 or msg.revisions:
            earlier = ", ".join(when(r.get("fetched")) for r in msg.revisions)
            meta.append(f"\nrevision {art.revisions}" + (f" · earlier versions fetched {earlier}" if earlier else ""))
        self.query_one("#article-meta", Static).update(meta)
        credits = self.query_one("#credits", Horizontal)
        credits.remove_children()
        labels = [Label(Text("credits:"), classes="credits-caption")]
        for c in art.credits:
            roles = ", ".join(ROLE_WORDS.get(r, r) for r in c.roles)
            label = Label(Text(f"{clean_line(c.name, 30)} · {roles}"), classes="credit")
            label.tooltip = Text(" | ".join(clean_line(e, 120) for e in c.evidence) or "no evidence kept")
            labels.append(label)
        if not art.credits:
            labels.append(Label(Text("none found"), classes="credits-caption"))
        credits.mount_all(labels)
        self.query_one(ArticleBody).show(art)
        furniture = Text("Page furniture (hidden by default)\n", style="bold", end="")
        for line in art.furniture:
            furniture.append("  " + clean_line(line, 300) + "\n")
        if not art.furniture:
            furniture.append("  none kept for this article\n")
        self.query_one("#furniture", Static).update(furniture)

    def on_work_failed(self, msg: WorkFailed) -> None:
        self.notify(f"{msg.what}: {msg.error}", severity="error", markup=False)

    def on_library_changed(self, _: LibraryChanged) -> None:
        self.load()

    def action_toggle_furniture(self) -> None:
        """Show or hide the page furniture kept apart from the text."""
        widget = self.query_one("#furniture")
        widget.display = not widget.display
        if widget.display:
            self.query_one("#article-scroll", VerticalScroll).scroll_to_widget(widget)

    def _other(self) -> int | None:
        return next((i for i in self._group_ids if i != self.article_id), None)

    def action_compare(self) -> None:
        """Compare this article with another of its group."""
        other = self._other()
        if other is None:
            self.notify("This article is ungrouped: nothing to compare it with.", markup=False)
            return
        self.app.open_compare(self.group_id, self.article_id, other)

    def action_statements(self) -> None:
        """The statements of this article's group."""
        if self.group_id is not None:
            self.app.open_statements(self.group_id)

    def action_provenance(self) -> None:
        """The provenance of this article's group."""
        if self.group_id is not None:
            self.app.open_provenance(self.group_id)

    def action_export(self) -> None:
        """Export this article's group."""
        if self.group_id is not None:
            self.app.open_export_group(self.group_id, self._label)
