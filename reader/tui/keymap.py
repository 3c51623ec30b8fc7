"""User key overrides: a TOML file mapping binding ids to keys, e.g. ``"compare.next" = "n,ctrl+n"``."""

from __future__ import annotations

import logging
import tomllib
from pathlib import Path

from reader import paths

log = logging.getLogger(__name__)


def keymap_path() -> Path:
    """The optional keymap file beside the library's data folder."""
    return paths.keymap_path()


def load_keymap(path: Path | None = None) -> dict[str, str]:
    """Binding id -> keys from the ``[keys]`` table of the keymap file; empty when there is none."""
    path = path or keymap_path()
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        log.warning("ignoring keymap %s: %s", path, exc)
        return {}
    keys = data.get("keys", {})
    return {str(k): str(v) for k, v in keys.items() if isinstance(v, str)}
