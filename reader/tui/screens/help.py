"""Help: every key active on the screen below, built from its bindings."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from reader.tui.commands import area_of
from reader.tui.widgets.lists import VimTable

INTRO = ("Every action is also in the command palette (ctrl+p) as 'area: verb', and every list, "
         "pane and button answers the mouse. Marks: V verbatim · Q quote variant · P paraphrase · U unique.")


def help_rows(screen: Screen) -> list[tuple[str, str, str]]:
    """(keys, area, description) for each described binding active on ``screen``."""
    app = screen.app
    found: dict[tuple[int, str], tuple[list[str], str, str]] = {}
    for active in screen.active_bindings.values():
        b = active.binding
        if not b.description:
            continue
        ident = (id(active.node), b.action)
        text = f"{b.description} — {b.tooltip}" if b.tooltip else b.description
        entry = found.setdefault(ident, ([], area_of(active.node), text))
        shown = app.get_key_display(b)
        if shown not in entry[0]:
            entry[0].append(shown)
    rows = [(", ".join(keys), area, desc) for keys, area, desc in found.values()]
    order = {"app": 2, "list": 1}
    return sorted(rows, key=lambda r: order.get(r[1], 0))


class HelpScreen(ModalScreen):
    """The keys of the screen it was opened from."""

    AREA = "help"
    BINDINGS = [
        Binding("escape,q,question_mark,f1", "app.pop_screen", "Close", id="help.close"),
    ]

    def __init__(self, target: Screen) -> None:
        super().__init__()
        self._rows = help_rows(target)
        self._where = str(getattr(target, "AREA", "app"))

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box"):
            yield Static(Text(f"Keys: {self._where}  (escape closes)", style="bold"), classes="title-bar")
            yield VimTable(id="help-table", cursor_type="row", zebra_stripes=True)
            yield Static(Text(INTRO), classes="hint")

    def on_mount(self) -> None:
        table = self.query_one("#help-table", VimTable)
        table.add_columns("Key", "Area", "Action")
        for keys, area, desc in self._rows:
            table.add_row(Text(keys, style="bold"), Text(area), Text(desc))
        table.focus()
