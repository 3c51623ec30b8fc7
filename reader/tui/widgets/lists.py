"""The built-in table and option list with the vim keys users expect (j/k, g/G, space/b)."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import DataTable, OptionList


def vim_bindings(area: str, *, down: str, up: str, top: str, bottom: str, top_keys: str = "g",
                 bottom_keys: str = "G") -> list[Binding]:
    """j/k, g/G and space/b for a scrolling widget, with stable ids under ``area`` (keymaps refer to them)."""
    return [
        Binding("j", down, "Down", show=False, id=f"{area}.down"),
        Binding("k", up, "Up", show=False, id=f"{area}.up"),
        Binding(top_keys, top, "Top", show=False, id=f"{area}.top"),
        Binding(bottom_keys, bottom, "Bottom", show=False, id=f"{area}.bottom"),
        Binding("space", "page_down", "Page down", show=False, id=f"{area}.page-down"),
        Binding("b", "page_up", "Page up", show=False, id=f"{area}.page-up"),
    ]


VIM_TABLE_BINDINGS = vim_bindings("list", down="cursor_down", up="cursor_up", top="scroll_top",
                                  bottom="scroll_bottom", top_keys="g,home", bottom_keys="G,end")


class VimTable(DataTable):
    """A DataTable that also moves with j/k, g/G and space/b."""

    AREA = "list"
    BINDINGS = VIM_TABLE_BINDINGS


class VimOptionList(OptionList):
    """An OptionList that also moves with j/k, g/G and space/b."""

    AREA = "list"
    BINDINGS = vim_bindings("list", down="cursor_down", up="cursor_up", top="first", bottom="last")
