#!/usr/bin/env python3
"""Write the README's app screenshots (SVG) from the sample corpus: docs/screen-*.svg.

    python docs/make_screenshots.py
"""

from __future__ import annotations

import asyncio
import shutil
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.engine.pipeline import ingest  # noqa: E402
from reader.engine.store import Library  # noqa: E402
from reader.tui.app import create_app  # noqa: E402

SIZE = (110, 32)
SHOTS = [
    ("screen-library.svg", []),
    ("screen-compare.svg", ["c", "n", "n"]),
    ("screen-statements.svg", ["t"]),
    ("screen-provenance.svg", ["p"]),
    ("screen-search.svg", ["slash", *"peskov"]),
]


async def shoot(db: Path, name: str, keys: list[str], out: Path) -> None:
    """Open the app, press the keys, wait for the workers and save one screenshot."""
    app = create_app(db, theme="textual-dark", keymap={}, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause(0.05)
            await app.workers.wait_for_complete()
        await pilot.pause(0.2)
        await app.workers.wait_for_complete()
        await pilot.pause()
        app.save_screenshot(name, str(out))


def main() -> None:
    out = ROOT / "docs"
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "sample_corpus"
        shutil.copytree(ROOT / "sample_corpus", corpus)
        db = Path(tmp) / "library.db"
        with Library(db) as lib:
            ingest(lib, [str(corpus)], cancel=threading.Event())
        for name, keys in SHOTS:
            asyncio.run(shoot(db, name, keys, out))
            print(out / name)


if __name__ == "__main__":
    main()
