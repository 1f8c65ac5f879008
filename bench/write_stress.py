"""Several threads write answers while batches on other threads fail at random.

Prints what the write path promises (tests/core/test_write_threads.py holds
the same run, smaller): every acknowledged answer is found stored, nothing
from a failed batch is, and everything from a committed batch is.
Run: `python bench/write_stress.py [writers] [batchers] [rounds]`.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))   # the tests' stress run and factories

from inspector_app.workspace import Workspace
from tests.core.test_write_threads import run_stress
from tests.helpers.factories import setup_visit


def main() -> None:
    writers, batchers, rounds = (int(a) for a in (sys.argv[1:] + ["4", "3", "150"][len(sys.argv[1:]):]))
    with tempfile.TemporaryDirectory() as tmp, \
            Workspace.create(Path(tmp) / "ws", "field", builtin_checklists=False) as ws:
        visit = setup_visit(ws)
        start = time.perf_counter()
        counts = run_stress(ws, visit, writers=writers, batches=batchers, rounds=rounds, seed=2026)
        took = time.perf_counter() - start
        intact = ws.integrity_ok()
    print(f"{writers} writer threads × {rounds} answers, {batchers} batch threads failing at random, "
          f"in {took:.1f} s:")
    print(f"  answers acknowledged {counts['acknowledged']}, found {counts['found']}, lost {counts['lost']}")
    print(f"  batch rows committed {counts['batch_rows_committed']} (found {counts['committed_rows_found']}), "
          f"rolled back {counts['batch_rows_failed']} (found {counts['failed_rows_found']})")
    print(f"  integrity check: {'ok' if intact else 'FAILED'}")


if __name__ == "__main__":
    main()
