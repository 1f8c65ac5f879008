"""SIGKILL at random moments while answers are recorded: nothing acknowledged is lost."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time

from inspector_app.workspace import Workspace
from tests.helpers.factories import setup_visit

WRITER = textwrap.dedent("""
    import sys
    from inspector_app.workspace import Workspace
    path, visit, item, start = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    ws = Workspace.open(path)
    print("ready", flush=True)
    n = start
    while True:
        ws.answers.answer(visit, item, f"câu trả lời {n}")
        print(n, flush=True)  # acknowledged: the write has returned
        n += 1
""")


def test_killed_writers_never_lose_an_acknowledged_answer(tmp_path):
    path = tmp_path / "ws"
    with Workspace.create(path, "field", builtin_checklists=False) as ws:
        ids = setup_visit(ws)
    visit, item = ids["visit"], ids["items"]["A-note"]
    rng = random.Random(20261122)
    acknowledged: list[int] = []
    start = 0
    for _round in range(100):
        child = subprocess.Popen([sys.executable, "-c", WRITER, str(path), visit, item, str(start)],
                                 stdout=subprocess.PIPE, text=True, bufsize=1)
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.08))
        os.kill(child.pid, signal.SIGKILL)
        out, _ = child.communicate()
        acknowledged.extend(int(line) for line in out.split() if line.isdigit())
        start = (acknowledged[-1] + 2) if acknowledged else start + 1

        with Workspace.open(path) as ws:
            assert ws.integrity_ok()
            stored = {op.data["value"] for op in ws.history("observation", _observation(ws, visit, item))}
            missing = [n for n in acknowledged if f"câu trả lời {n}" not in stored]
            assert not missing, f"round {_round}: acknowledged but lost: {missing[:5]}"
            current = ws.answers.of_visit(visit)[(item, None)]["value"]
            # The newest value is the last acknowledged one, or one whose
            # commit landed just before the kill but was not yet acknowledged.
            newest = max(int(v.rsplit(" ", 1)[1]) for v in stored)
            assert current == f"câu trả lời {newest}"
            assert not acknowledged or newest >= acknowledged[-1]
    assert len(acknowledged) > 100, "the writer should have stored many answers in all"


def _observation(ws, visit, item):
    from inspector_app.services.answers import observation_id
    return observation_id(visit, item, None)
