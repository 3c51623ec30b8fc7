"""The engine and the CLI must work without the TUI: importing them never loads textual or rich."""

from __future__ import annotations

import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import reader.engine

ROOT = Path(__file__).resolve().parents[1]


def engine_modules() -> list[str]:
    """Every module of the engine package, found on disk so new ones are checked too."""
    found = ["reader.engine"]
    for info in pkgutil.walk_packages(reader.engine.__path__, "reader.engine."):
        found.append(info.name)
    return sorted(found)


def loaded_after_import(modules: list[str]) -> set[str]:
    """Top-level packages loaded by a fresh interpreter after importing these modules."""
    code = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env,
                          timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    return set(json.loads(proc.stdout))


def test_engine_modules_are_found() -> None:
    mods = engine_modules()
    assert {"reader.engine.store", "reader.engine.pipeline", "reader.engine.ingest.html"} <= set(mods)


def test_engine_and_cli_do_not_load_the_tui() -> None:
    loaded = loaded_after_import([*engine_modules(), "reader.cli", "reader.cli_common", "reader.cli_more",
                                  "reader.paths"])
    assert "reader" in loaded
    assert not loaded & {"textual", "rich"}, f"TUI libraries loaded: {loaded & {'textual', 'rich'}}"


def test_the_check_can_fail() -> None:
    assert "textual" in loaded_after_import(["textual.app"])


def test_running_the_commands_does_not_load_the_tui(tmp_path: Path) -> None:
    db = tmp_path / "lib.db"
    corpus = ROOT / "sample_corpus" / "bridge"
    code = (
        "import json, sys\n"
        "from click.testing import CliRunner\n"
        "from reader.cli import main\n"
        "r = CliRunner()\n"
        f"for args in ({['ingest', str(corpus)]!r}, ['list'], ['show', '1'], ['search', 'bridge'], ['locate'],"
        " ['groups'], ['quotes']):\n"
        f"    res = r.invoke(main, [*args, '--db', {str(db)!r}], catch_exceptions=False)\n"
        "    assert res.exit_code == 0, (args, res.output)\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules} & {'textual', 'rich'})))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env,
                          timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.strip().splitlines()[-1]) == []
