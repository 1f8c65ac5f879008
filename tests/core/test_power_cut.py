"""Power cut at random moments while answers are recorded: nothing acknowledged is lost.

SIGKILL alone (test_durability) keeps the OS page cache, so it passes even if
commits are never synced. Here the writer runs under the power-cut shim
(tests/helpers/powercut): after the kill, every write the writer did not
fsync is undone before the workspace is reopened, as after a battery dying.
The same harness run with syncing turned off must report lost answers: that
is what shows it can fail for the reason it exists.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from inspector_app.services.answers import observation_id
from inspector_app.workspace import Workspace
from tests.helpers.factories import setup_visit
from tests.helpers.powercut import UnmodelledCall, build_shim, power_cut, preload_env, read_journal

REPO = Path(__file__).resolve().parents[2]

# argv: workspace, visit, item, first number, synchronous ("product" keeps the
# app's pragmas; anything else replaces its synchronous pragma, in this child
# only, to show the harness catches a database that does not sync).
WRITER = textwrap.dedent("""
    import sys
    from inspector_app.storage import db
    path, visit, item, start, sync = sys.argv[1:6]
    if sync != "product":
        assert any(p.startswith("PRAGMA synchronous") for p in db.PRAGMAS), "db.PRAGMAS sets no synchronous"
        db.PRAGMAS = tuple(f"PRAGMA synchronous={sync}" if p.startswith("PRAGMA synchronous") else p
                           for p in db.PRAGMAS)
    from inspector_app.workspace import Workspace
    ws = Workspace.open(path)
    print("ready", ws.db.execute("PRAGMA synchronous").fetchone()[0], flush=True)
    n = int(start)
    while True:
        ws.answers.answer(visit, item, f"câu trả lời {n}")
        print(n, flush=True)  # acknowledged: the write has returned
        n += 1
""")
LEVELS = {"OFF": 0, "NORMAL": 1, "FULL": 2, "EXTRA": 3}


@dataclass
class Outcome:
    """What the harness saw over all rounds."""
    acknowledged: list[int] = field(default_factory=list)
    lost: list[int] = field(default_factory=list)  # acknowledged, not stored after the last round
    damaged_rounds: list[int] = field(default_factory=list)
    cut_commit_rounds: list[int] = field(default_factory=list)  # rounds that took back WAL or database writes
    checkpoint_rounds: list[int] = field(default_factory=list)  # rounds whose writer synced the database file
    cut_checkpoint_rounds: list[int] = field(default_factory=list)  # ... and took back database file writes


@pytest.fixture(scope="session")
def shim(tmp_path_factory):
    return build_shim(tmp_path_factory.mktemp("powercut"))


def run_power_cuts(shim: Path, tmp_path: Path, rounds: int, sync: str, seed: int) -> Outcome:
    """Start a writer, kill it at a random moment, cut the power, reopen; `rounds` times.

    Every round reopens the workspace the previous power cut left, checks each
    answer ever acknowledged is stored and that the newest stored answer is
    the current value. Lost answers are reported, not asserted, so the
    harness can be checked against a database that does not sync."""
    path = tmp_path / "ws"
    with Workspace.create(path, "field", builtin_checklists=False) as ws:
        ids = setup_visit(ws)
    visit, item = ids["visit"], ids["items"]["A-note"]
    rng = random.Random(seed)
    out = Outcome()
    start = 0
    for n in range(rounds):
        journal = tmp_path / f"journal-{n}"
        child = subprocess.Popen([sys.executable, "-c", WRITER, str(path), visit, item, str(start), sync],
                                 stdout=subprocess.PIPE, text=True, bufsize=1, cwd=REPO,
                                 env=preload_env(shim, path, journal))
        ready = child.stdout.readline().split()
        assert ready[:1] == ["ready"], f"round {n}: the writer did not start (its error is above)"
        if sync != "product":
            assert int(ready[1]) == LEVELS[sync]
        # Every third writer first stores enough answers to checkpoint the WAL
        # into the database once or twice (every 1000 pages: ~125 answers).
        early = [child.stdout.readline() for _ in range(rng.randrange(130, 260) if n % 3 == 2 else 0)]
        time.sleep(rng.uniform(0.0, 0.08))
        os.kill(child.pid, signal.SIGKILL)
        lines, _ = child.communicate()
        acknowledged = [int(line) for line in "".join(early).split() + lines.split() if line.isdigit()]
        out.acknowledged.extend(acknowledged)
        start = (acknowledged[-1] + 2) if acknowledged else start + 1

        if any(r.kind == "S" and r.path.endswith("inspector.db") for r in read_journal(journal)):
            out.checkpoint_rounds.append(n)
        undone = power_cut(journal)
        if any(r.kind == "W" and r.path.endswith("inspector.db") for r in undone):
            out.cut_checkpoint_rounds.append(n)
        if any(r.kind == "W" and r.path.endswith(("inspector.db", "inspector.db-wal")) for r in undone):
            out.cut_commit_rounds.append(n)
        journal.unlink()
        with Workspace.open(path) as ws:
            if not ws.integrity_ok():
                out.damaged_rounds.append(n)
            stored = {op.data["value"] for op in ws.history("observation", observation_id(visit, item, None))}
            out.lost = [a for a in out.acknowledged if f"câu trả lời {a}" not in stored]
            numbers = [int(v.rsplit(" ", 1)[1]) for v in stored]
            if numbers:
                # The newest value is the last acknowledged one, or one whose
                # commit was synced just before the kill but not acknowledged.
                current = ws.answers.of_visit(visit)[(item, None)]["value"]
                assert current == f"câu trả lời {max(numbers)}", f"round {n}"
    return out


def test_power_cuts_never_lose_an_acknowledged_answer(shim, tmp_path):
    out = run_power_cuts(shim, tmp_path, rounds=30, sync="product", seed=20261202)
    assert not out.lost, f"acknowledged but lost after a power cut: {out.lost[:10]}"
    assert not out.damaged_rounds, f"integrity_check failed after rounds {out.damaged_rounds}"
    assert len(out.acknowledged) > 30, "the writer should have stored many answers in all"
    # Some kills must land between a commit's writes and its sync, or the
    # power cuts took nothing back that mattered.
    assert out.cut_commit_rounds, "no power cut caught a commit in flight"
    assert out.checkpoint_rounds, "no writer checkpointed the WAL into the database"


@pytest.mark.parametrize("sync", ["OFF", "NORMAL"])
def test_the_harness_catches_commits_acknowledged_before_they_are_synced(shim, tmp_path, sync):
    """WAL with synchronous=OFF never syncs; NORMAL syncs only at checkpoints.
    Both acknowledge commits that only the page cache holds: a power cut loses them."""
    out = run_power_cuts(shim, tmp_path, rounds=4, sync=sync, seed=20261203)
    assert out.acknowledged, "the writer acknowledged nothing: the rounds prove nothing"
    assert out.lost, f"synchronous={sync}: {len(out.acknowledged)} answers acknowledged, none lost"
    assert out.cut_commit_rounds


# The shim's model, on plain files: synced bytes stay, the rest goes; a name
# created or removed survives only once its directory is synced.
FILES = textwrap.dedent("""
    import os, sys
    d = sys.argv[1]
    fd = os.open(f"{d}/kept", os.O_WRONLY)
    os.write(fd, b"synced")
    os.fsync(fd)
    os.pwrite(fd, b"+lost", 6)
    os.ftruncate(fd, 20)
    fd = os.open(f"{d}/named", os.O_WRONLY | os.O_CREAT)
    os.write(fd, b"named")
    os.fsync(fd)
    os.fsync(os.open(d, os.O_RDONLY))
    os.write(fd, b" and more")
    fd = os.open(f"{d}/unnamed", os.O_WRONLY | os.O_CREAT)
    os.write(fd, b"synced, but not its directory")
    os.fdatasync(fd)
    os.write(os.open(f"{d}/dsync", os.O_WRONLY | os.O_DSYNC), b"at once")
    os.write(os.open(f"{d}/truncated", os.O_WRONLY | os.O_TRUNC), b"new")
    os.unlink(f"{d}/removed")
    with open(f"{d}/appended", "a") as f:
        f.write(" lost")
    print("done", flush=True)
    sys.stdin.read()
""")


def _run_until_killed(script: str, shim: Path, root: Path, journal: Path) -> None:
    child = subprocess.Popen([sys.executable, "-c", script, str(root)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, env=preload_env(shim, root, journal))
    assert child.stdout.readline().strip() == "done"
    os.kill(child.pid, signal.SIGKILL)
    child.communicate()


def test_a_power_cut_keeps_exactly_what_was_synced(shim, tmp_path):
    root = tmp_path / "files"
    root.mkdir()
    for name, text in [("kept", "0123456789"), ("dsync", "......."), ("truncated", "old contents"),
                       ("removed", "still here"), ("appended", "old")]:
        (root / name).write_text(text)
    _run_until_killed(FILES, shim, root, tmp_path / "journal")
    assert (root / "kept").read_bytes() == b"synced+lost" + bytes(9)  # before the cut

    power_cut(tmp_path / "journal")
    assert sorted(p.name for p in root.iterdir()) == [
        "appended", "dsync", "kept", "named", "removed", "truncated"]
    assert (root / "kept").read_text() == "synced6789"
    assert (root / "named").read_text() == "named"
    assert (root / "dsync").read_text() == "at once"
    assert (root / "truncated").read_text() == "old contents"
    assert (root / "removed").read_text() == "still here"
    assert (root / "appended").read_text() == "old"


def test_a_change_the_replay_cannot_undo_fails_it(shim, tmp_path):
    root = tmp_path / "files"
    root.mkdir()
    (root / "a").write_text("a")
    script = "import os, sys\nos.rename(sys.argv[1] + '/a', sys.argv[1] + '/b')\nprint('done', flush=True)\n" \
             "sys.stdin.read()\n"
    _run_until_killed(script, shim, root, tmp_path / "journal")
    with pytest.raises(UnmodelledCall, match="rename"):
        power_cut(tmp_path / "journal")
