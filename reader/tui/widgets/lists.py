"""The built-in table and option list with the vim keys users expect (j/k, g/G, space/b)."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import DataTable, OptionList

VIM_TABLE_BINDINGS = [
    Binding("j", "cursor_down", "Down", show=False, id="list.down"),
    Binding("k", "cursor_up", "Up", show=False, id="list.up"),
    Binding("g,home", "scroll_top", "Top", show=False, id="list.top"),
    Binding("G,end", "scroll_bottom", "Bottom", show=False, id="list.bottom"),
    Binding("space", "page_down", "Page down", show=False, id="list.page-down"),
    Binding("b", "page_up", "Page up", show=False, id="list.page-up"),
]


class VimTable(DataTable):
    """A DataTable that also moves with j/k, g/G and space/b."""

    AREA = "list"
    BINDINGS = VIM_TABLE_BINDINGS


class VimOptionList(OptionList):
    """An OptionList that also moves with j/k, g/G and space/b."""

    AREA = "list"
    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="list.down"),
        Binding("k", "cursor_up", "Up", show=False, id="list.up"),
        Binding("g", "first", "Top", show=False, id="list.top"),
        Binding("G", "last", "Bottom", show=False, id="list.bottom"),
        Binding("space", "page_down", "Page down", show=False, id="list.page-down"),
        Binding("b", "page_up", "Page up", show=False, id="list.page-up"),
    ]
