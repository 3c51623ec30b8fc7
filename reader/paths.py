"""Where the library lives: one function per path, nothing touched at import."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "newsroom-reader"


def data_directory() -> Path:
    """The platform data folder for the library (not created here)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    """The library used when neither ``--db`` nor ``$NEWSROOM_DB`` is given."""
    return data_directory() / "library.db"


def demo_db_path() -> Path:
    """The throwaway library that ``newsroom demo`` fills with the sample corpus."""
    return data_directory() / "demo.db"


def resolve_db(explicit: str | os.PathLike[str] | None) -> Path:
    """``--db`` wins, then ``$NEWSROOM_DB``, then the platform default."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("NEWSROOM_DB")
    if env:
        return Path(env).expanduser()
    return default_db_path()


def sample_corpus_directory() -> Path | None:
    """The bundled sample corpus: beside the package in a checkout, or inside it when installed."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "sample_corpus", here / "sample_corpus"):
        if candidate.is_dir():
            return candidate
    return None


def keymap_path() -> Path:
    """The optional file of user key overrides for the reader app."""
    return data_directory() / "keymap.toml"
