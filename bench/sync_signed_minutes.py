"""N operations on one signed minutes row, arriving in descending clock order
(a hostile peer's flood, or a long history): import time. Each is kept in the
log, not applied, and listed; the row is rebuilt once per slice, not per
operation (storage/signed_minutes.py).

    .venv/bin/python bench/sync_signed_minutes.py [N]   (default 20000)
"""

from __future__ import annotations

import sys
import tempfile
import time
import uuid
from pathlib import Path

from inspector_app import hlc
from inspector_app.oplog import Operation, digest
from inspector_app.workspace import Workspace


def main(n: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        ws = Workspace.create(Path(folder) / "ws", "field", builtin_checklists=False)
        try:
            row, signer, peer = (str(uuid.uuid4()) for _ in range(3))
            content = {"minutes": {"id": row, "version": 1}}
            base = 1_700_000_000_000
            ws.apply_operations([Operation(str(uuid.uuid4()), hlc.pack(base), signer, None, "minutes", row, {
                "status": "signed", "version": 1, "content": content, "content_hash": digest(content),
                "pdf_sha256": "c" * 64}, {})])
            ops = [Operation(str(uuid.uuid4()), hlc.pack(base + n - i), peer, None, "minutes", row,
                             {"number": f"{i:02d}/BB-ĐKT"}, {}) for i in range(n)]
            start = time.perf_counter()
            ws.apply_operations(ops)
            took = time.perf_counter() - start
            assert ws.minutes.get(row)["number"] is None          # the signing's value: none was restated
            print(f"{n} operations on one signed minutes row, descending clocks: {took:.2f} s")
        finally:
            ws.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000)
