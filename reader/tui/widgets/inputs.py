"""A text box whose cursor blink follows the app's setting (off in snapshot tests)."""

from __future__ import annotations

from textual.widgets import Input


class TextBox(Input):
    """An Input that takes ``cursor_blink`` from the app, so screenshots are stable."""

    def on_mount(self) -> None:
        self.cursor_blink = bool(getattr(self.app, "cursor_blink", True))
