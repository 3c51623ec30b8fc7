"""Where the app's stylesheets live: inside the installed package, or the checkout's styles/ folder."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def stylesheet_paths() -> list[Path]:
    """Every ``*.tcss`` file, ``app.tcss`` first, then the rest by name."""
    folder: Path | None = None
    try:
        candidate = Path(str(resources.files("reader.styles")))
        if candidate.is_dir():
            folder = candidate
    except (ModuleNotFoundError, TypeError):
        folder = None
    if folder is None or not any(folder.glob("*.tcss")):
        folder = Path(__file__).resolve().parents[2] / "styles"
    files = sorted(folder.glob("*.tcss"), key=lambda p: (p.name != "app.tcss", p.name))
    return files
