"""The command palette: every binding of the current screen as an 'area: verb' command."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.dom import DOMNode
from textual.screen import Screen

HIDDEN_ACTIONS = {"command_palette"}


def area_of(node: DOMNode) -> str:
    """The 'area' a binding belongs to: the node's ``AREA`` or its screen's, else 'app'."""
    area = getattr(node, "AREA", None)
    if area:
        return str(area)
    screen = getattr(node, "screen", None) if not isinstance(node, App) else None
    return str(getattr(screen, "AREA", None) or "app")


def command_title(node: DOMNode, binding: Binding) -> str:
    """``library: open group`` from a binding's node and description."""
    return f"{area_of(node)}: {binding.description.lower()}"


def binding_commands(app: App, screen: Screen) -> Iterable[SystemCommand]:
    """One palette command per described binding active on ``screen`` (keys shown as help)."""
    seen: set[tuple[int, str]] = set()
    keys: dict[tuple[int, str], list[str]] = {}
    found: list[tuple[DOMNode, Binding]] = []
    for active in screen.active_bindings.values():
        binding = active.binding
        if not binding.description or binding.action in HIDDEN_ACTIONS or binding.system:
            continue
        ident = (id(active.node), binding.action)
        keys.setdefault(ident, []).append(app.get_key_display(binding))
        if ident in seen:
            continue
        seen.add(ident)
        found.append((active.node, binding))
    for node, binding in found:
        shown = ", ".join(dict.fromkeys(keys[(id(node), binding.action)]))
        help_text = f"key: {shown}" + (f" — {binding.tooltip}" if binding.tooltip else "")
        yield SystemCommand(command_title(node, binding), help_text, partial(app.run_action, binding.action, node))
