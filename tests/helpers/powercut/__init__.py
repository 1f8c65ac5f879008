"""Simulated power cuts: what a process wrote but never synced is lost.

`build_shim` compiles `powercut.c` (an LD_PRELOAD library) with gcc;
`preload_env` runs a child under it. The shim journals, before each change to
a file under a directory, how to undo it, and marks a file's changes durable
when the file is fsynced (a new or removed name: when its directory is). After
the child is killed, `power_cut` undoes, newest first, every change no sync
covered: the files are left as a machine that lost power would find them.
The journal format and what is modelled are described in `powercut.c`.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
from dataclasses import dataclass
from pathlib import Path

SOURCE = Path(__file__).with_name("powercut.c")
HEADER = struct.Struct("<cIqqQ")  # kind, path length, old size, offset, data length


class UnmodelledCall(AssertionError):
    """The child changed the directory in a way the replay cannot undo."""


@dataclass(frozen=True)
class Record:
    seq: int
    kind: str
    path: str
    old_size: int
    offset: int
    data: bytes
    incarnation: int = 0  # which file of that name (a removed one is another file)


def build_shim(dest_dir: Path) -> Path:
    """Compile the shim into `dest_dir`; gcc is a declared system package (bootstrap.sh)."""
    gcc = shutil.which("gcc")
    if gcc is None:
        raise RuntimeError("gcc is needed to build the power-cut shim: run scripts/bootstrap.sh")
    lib = dest_dir / "powercut.so"
    subprocess.run([gcc, "-shared", "-fPIC", "-O2", "-Wall", "-Werror", "-o", str(lib), str(SOURCE),
                    "-ldl", "-lpthread"], check=True, capture_output=True, text=True)
    return lib


def preload_env(lib: Path, root: Path, journal: Path) -> dict[str, str]:
    """The environment of a child whose writes under `root` are journalled."""
    env = dict(os.environ)
    env["LD_PRELOAD"] = str(lib)
    env["POWERCUT_DIR"] = os.path.realpath(root)
    env["POWERCUT_JOURNAL"] = str(journal)
    return env


def read_journal(journal: Path) -> list[Record]:
    """The records, in the order they were appended; a torn last one is dropped
    (it was cut before the call it would undo was made)."""
    raw = journal.read_bytes() if journal.exists() else b""
    records, pos, incarnation = [], 0, {}
    while pos + HEADER.size <= len(raw):
        kind, plen, old_size, offset, dlen = HEADER.unpack_from(raw, pos)
        end = pos + HEADER.size + plen + dlen
        if end > len(raw):
            break
        path = raw[pos + HEADER.size:pos + HEADER.size + plen].decode()
        data = raw[pos + HEADER.size + plen:end]
        kind = kind.decode()
        records.append(Record(len(records), kind, path, old_size, offset, data, incarnation.get(path, 0)))
        if kind == "U":
            incarnation[path] = incarnation.get(path, 0) + 1
        pos = end
    return records


def unsynced(records: list[Record]) -> list[Record]:
    """The undo records no later sync covers, oldest first."""
    pending: dict[int, Record] = {}
    for rec in records:
        if rec.kind in "WCU":
            pending[rec.seq] = rec
            continue
        if rec.kind == "X":
            raise UnmodelledCall(f"{rec.data.decode()} on {rec.path}: the power-cut replay cannot undo it")
        if rec.kind not in "SDA":
            raise ValueError(f"unknown journal record {rec.kind!r}")
        # A sync covers only what was journalled before it began (`offset`).
        for undo in [r for r in pending.values() if r.seq < rec.offset and _covers(rec, r)]:
            del pending[undo.seq]
            if undo.kind == "U":  # the removed file is gone for good, its pending writes with it
                for write in [r for r in pending.values() if r.kind == "W" and r.path == undo.path
                              and r.incarnation == undo.incarnation]:
                    del pending[write.seq]
    return [pending[seq] for seq in sorted(pending)]


def _covers(sync: Record, undo: Record) -> bool:
    if sync.kind == "S":  # a file's data and size: that file, not an earlier one of the same name
        return undo.kind == "W" and undo.path == sync.path and undo.incarnation == sync.incarnation
    if sync.kind == "D":  # the names in a directory
        return undo.kind in "CU" and os.path.dirname(undo.path) == sync.path
    return True  # sync(2), syncfs(2)


def power_cut(journal: Path) -> list[Record]:
    """Undo every unsynced change in `journal`, newest first; returns what was undone.

    The process that wrote the journal must be dead (no one else writes the files)."""
    undo = unsynced(read_journal(journal))
    for rec in reversed(undo):
        if rec.kind == "C":
            Path(rec.path).unlink(missing_ok=True)
            continue
        mode = "r+b" if rec.kind == "W" else "wb"
        with open(rec.path, mode) as f:  # a W record's file exists: its creation is undone later
            f.seek(rec.offset)
            f.write(rec.data)
            f.truncate(rec.old_size)
    return undo
