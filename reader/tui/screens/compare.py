"""The split view: two articles of a group side by side, sentence by sentence, panes kept in step."""

from __future__ import annotations

import time

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Label, OptionList, Static

from reader.engine.models import Article, Group
from reader.tui import data
from reader.tui.comparison import LETTER, WORDS, counterpart, mark_sentences, next_matched, shares
from reader.tui.format import letter, pct, when
from reader.tui.messages import ComparisonComputed, LibraryChanged, WorkFailed
from reader.tui.safe import clean_line
from reader.tui.widgets.sentence_pane import SentencePane


class CompareScreen(Screen):
    """Two articles side by side: verbatim, quote variants, paraphrase and unique sentences."""

    AREA = "compare"
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="compare.back"),
        Binding("n", "next_match", "Next match", id="compare.next", tooltip="Next matched statement"),
        Binding("N", "previous_match", "Prev match", show=False, id="compare.previous",
                tooltip="Previous matched statement"),
        Binding("right_square_bracket", "other_article(1)", "Next article", id="compare.next-article",
                tooltip="Next article of the group in the other pane"),
        Binding("left_square_bracket", "other_article(-1)", "Prev article", show=False, id="compare.previous-article",
                tooltip="Previous article of the group in the other pane"),
        Binding("tab", "switch_pane", "Switch pane", show=False, id="compare.switch"),
        Binding("shift+tab", "switch_pane", "Switch pane", show=False, id="compare.switch-back"),
        Binding("y", "copy", "Copy", show=False, id="compare.copy",
                tooltip="Copy the sentence with its outlet and time"),
        Binding("o", "open_article", "Open article", show=False, id="compare.open",
                tooltip="Read the focused pane's article in full"),
        Binding("t", "statements", "Statements", show=False, id="compare.statements"),
        Binding("e", "export", "Export", id="compare.export", tooltip="Write this comparison as Markdown"),
    ]

    def __init__(self, group_id: int | None, a: int, b: int, *, sentence: int | None = None) -> None:
        super().__init__()
        self.group_id = group_id
        self.ids = [a, b]
        self._start_sentence = sentence
        self._group: Group | None = None
        self._articles: list[Article | None] = [None, None]
        self._side = 0
        self.seconds = 0.0
        self.marks: dict[str, float] = {"created": time.perf_counter()}
        """Timestamps of the loading steps (for the speed bench)."""

    def compose(self) -> ComposeResult:
        with Horizontal(id="compare-top", classes="title-bar"):
            yield Static("Comparing…", id="compare-title")
            with Horizontal(classes="legend"):
                yield Label("V verbatim", classes="verbatim")
                yield Label("Q quote variant", classes="quote")
                yield Label("P paraphrase", classes="paraphrase")
                yield Label("U unique", classes="unique")
        with Horizontal(id="panes"):
            with Vertical(classes="side"):
                yield Static(id="head-0", classes="pane-head")
                yield SentencePane(id="pane-0", classes="pane")
            with Vertical(classes="side"):
                yield Static(id="head-1", classes="pane-head")
                yield SentencePane(id="pane-1", classes="pane")
        yield Static(id="compare-status", classes="summary")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.marks["mounted"] = time.perf_counter()
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)
        self.load()

    def _theme_changed(self, _theme: object) -> None:
        for pane in self.query(SentencePane):
            pane.rebuild()

    # ------------------------------------------------------------------ worker

    @work(thread=True, exclusive=True, group="compare")
    def load(self) -> None:
        """Align the two articles on this thread's own connection."""
        from textual.worker import get_current_worker

        from reader.engine.reports import compare

        started = time.perf_counter()
        try:
            lib = data.open_library(self.app.db_path)
            try:
                gid = self.group_id if self.group_id is not None else lib.group_of(self.ids[0])
                group = lib.group(gid) if gid is not None else None
                a, b, alignment = compare(lib, self.ids[0], self.ids[1])
            finally:
                lib.close()
        except Exception as exc:
            self.post_message(WorkFailed("comparing", str(exc)))
            return
        if not get_current_worker().is_cancelled:
            self.post_message(ComparisonComputed(a, b, alignment, group, time.perf_counter() - started))

    def on_comparison_computed(self, msg: ComparisonComputed) -> None:
        self.marks["computed"] = time.perf_counter()
        self._group = msg.group
        if msg.group is not None:
            self.group_id = msg.group.id
        self._articles = [msg.a, msg.b]
        marks_a, marks_b = mark_sentences(msg.a, msg.b, msg.alignment)
        panes = [self.query_one("#pane-0", SentencePane), self.query_one("#pane-1", SentencePane)]
        keep = panes[self._side].highlighted
        panes[0].show(msg.a, marks_a)
        panes[1].show(msg.b, marks_b)
        for side, (art, marks) in enumerate(((msg.a, marks_a), (msg.b, marks_b))):
            self._header(side, art, marks)
        label = clean_line(msg.group.label, 70) if msg.group else "two articles"
        self.query_one("#compare-title", Static).update(Text.assemble(("Compare  ", "bold"), label))
        start = self._start_sentence
        self._start_sentence = None
        row = None
        if start is not None:
            row = next((r for r, s in enumerate(msg.a.sentences) if s.i == start), None)
            self._side = 0
        elif keep is not None:
            row = min(keep, max(len(panes[self._side].marks) - 1, 0))
        if row is None:
            row = next_matched(panes[self._side].marks, None, 1) or 0
        panes[self._side].focus()
        if panes[self._side].option_count:
            panes[self._side].highlighted = row
            self._sync(self._side)
        self.seconds = msg.seconds
        self.marks["handled"] = time.perf_counter()
        self.call_after_refresh(lambda: self.marks.__setitem__("shown", time.perf_counter()))

    def on_work_failed(self, msg: WorkFailed) -> None:
        self.notify(f"{msg.what}: {msg.error}", severity="error", markup=False)

    def on_library_changed(self, _: LibraryChanged) -> None:
        self.load()

    # ------------------------------------------------------------------ view

    def _key(self, article_id: int) -> str:
        ids = self._group.article_ids if self._group else self.ids
        return letter(ids.index(article_id)) if article_id in ids else "?"

    def _header(self, side: int, art: Article, marks: list) -> None:
        sh = shares(art, marks)
        credits = ", ".join(clean_line(c.name, 20) for c in art.credits) or "none"
        head = Text(end="")
        head.append(f"{self._key(art.id)} ", style="bold reverse")
        head.append(" " + clean_line(art.outlet, 28), style="bold")
        head.append(f" · {when(art.published)}\n")
        head.append(f"credits: {credits}\n")
        head.append(f"verbatim {pct(sh.verbatim)} · para {pct(sh.paraphrase)} · unique {pct(sh.unique)}")
        self.query_one(f"#head-{side}", Static).update(head)

    def _sync(self, side: int) -> None:
        """Bring the other pane to the counterpart of this pane's sentence and say how they relate."""
        pane = self.query_one(f"#pane-{side}", SentencePane)
        other = self.query_one(f"#pane-{1 - side}", SentencePane)
        row = pane.highlighted
        status = self.query_one("#compare-status", Static)
        if row is None or row >= len(pane.marks):
            return
        mark = pane.marks[row]
        target = mark.other if mark.other is not None else counterpart(pane.marks, row)
        if target is not None and target < other.option_count:
            other.highlighted = target
            other.scroll_to_highlight(top=False)
        me, them = self._articles[side], self._articles[1 - side]
        if me is None or them is None:
            return
        k_me, k_them = self._key(me.id), self._key(them.id)
        if mark.other is not None:
            line = (f"{k_me}{row + 1} ↔ {k_them}{mark.other + 1}: {LETTER[mark.label]} {WORDS[mark.label]}"
                    f" (similarity {mark.score:.2f})")
        else:
            line = f"{k_me}{row + 1}: U only in {k_me} ({clean_line(me.outlet, 30)})"
        status.update(Text(line + "  ·  n/N next/prev match · [ ] other article · tab switch pane"))

    @on(OptionList.OptionHighlighted, ".pane")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        side = 0 if event.option_list.id == "pane-0" else 1
        if event.option_list.has_focus or self.focused is None:
            self._side = side
            self._sync(side)

    def on_descendant_focus(self, event) -> None:
        if isinstance(event.widget, SentencePane):
            self._side = 0 if event.widget.id == "pane-0" else 1

    # ------------------------------------------------------------------ actions

    def action_next_match(self) -> None:
        """Jump to the next sentence that has a counterpart."""
        self._jump(1)

    def action_previous_match(self) -> None:
        """Jump to the previous sentence that has a counterpart."""
        self._jump(-1)

    def _jump(self, step: int) -> None:
        pane = self.query_one(f"#pane-{self._side}", SentencePane)
        row = next_matched(pane.marks, pane.highlighted, step)
        if row is None:
            self.notify("No matched sentences between these two articles.", markup=False)
            return
        pane.highlighted = row
        pane.scroll_to_highlight(top=False)
        self._sync(self._side)

    def action_switch_pane(self) -> None:
        """Move to the other pane."""
        self._side = 1 - self._side
        pane = self.query_one(f"#pane-{self._side}", SentencePane)
        pane.focus()
        if pane.highlighted is not None:
            self._sync(self._side)

    def action_other_article(self, step: int) -> None:
        """Show the previous or next article of the group in the other pane."""
        if self._group is None or len(self._group.article_ids) < 3:
            self.notify("No other article in this group.", markup=False)
            return
        fixed = self.ids[self._side]
        choices = [i for i in self._group.article_ids if i != fixed]
        current = self.ids[1 - self._side]
        pos = choices.index(current) if current in choices else -1
        self.ids[1 - self._side] = choices[(pos + step) % len(choices)]
        self.load()

    def action_copy(self) -> None:
        """Copy the highlighted sentence with its outlet and time."""
        pane = self.query_one(f"#pane-{self._side}", SentencePane)
        art = pane.article
        if art is None or pane.highlighted is None:
            return
        sentence = clean_line(art.sentences[pane.highlighted].text)
        self.app.copy_to_clipboard(f"{sentence} — {clean_line(art.outlet)}, {when(art.published)}")
        self.notify("Copied the sentence with its attribution.", markup=False)

    def action_open_article(self) -> None:
        """Open the focused pane's article."""
        art = self._articles[self._side]
        if art is not None:
            self.app.open_article(art.id, self.group_id)

    def action_statements(self) -> None:
        """The group's statements."""
        if self.group_id is not None:
            self.app.open_statements(self.group_id)

    def action_export(self) -> None:
        """Write this two-article comparison as Markdown."""
        a, b = self._articles
        if a is None or b is None:
            return
        label = f"{clean_line(a.outlet)} vs {clean_line(b.outlet)}"
        self.app.open_export_pair(self.group_id, a.id, b.id, label)
