"""A zygote of processes to kill: imports the engine once, then forks one child per command.

Run as ``python tests/reliability/crash_driver.py``. Commands arrive on stdin, one a line:
``ingest DB SOURCE...`` or ``analyze DB``. For each, the zygote forks a child that opens the
library and does the work, prints ``pid N``, waits for the child and prints ``exit N killed`` or
``exit N CODE``. A test kills the child with SIGKILL between the two lines. Paying the import
once keeps twenty kills fast, and the forked child is a real process dying a real death.
"""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def _work(mode: str, db: str, sources: list[str]) -> None:
    from reader.engine import analysis
    from reader.engine.pipeline import ingest
    from reader.engine.store import Library

    with Library(db) as lib:
        if mode == "ingest":
            result = ingest(lib, sources, follow_links=False)
            if result.failed:
                raise RuntimeError(f"failures: {result.failed}")
        else:
            analysis.reanalyse_all(lib)


def main() -> int:
    """Serve commands from stdin until it closes."""
    import reader.engine.analysis  # noqa: F401  (the imports are the point of a zygote)
    from reader.engine import pipeline
    from reader.engine.store import batch

    # A large import commits every 0.3 s, so the test's short import would land in one or two
    # commits and few kills would fall between them; whole articles at every kill do not depend
    # on how long a batch stays open, so the children commit at the shorter default window.
    pipeline.BULK_BATCH_SECONDS = batch.MAX_SECONDS

    print("ready", flush=True)
    for line in sys.stdin:
        mode, db, *sources = line.split("\t")
        sources = [s.strip() for s in sources if s.strip()]
        db = db.strip()
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                _work(mode, db, sources)
            except BaseException:  # noqa: BLE001 (the child reports and dies)
                traceback.print_exc()
                code = 3
            sys.stderr.flush()
            os._exit(code)
        print(f"pid {pid}", flush=True)
        _, status = os.waitpid(pid, 0)
        outcome = "killed" if os.WIFSIGNALED(status) else str(os.WEXITSTATUS(status))
        print(f"exit {pid} {outcome}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
