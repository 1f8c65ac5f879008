"""Parsing a bundle's operations on the second core, while this process applies them.

An import spends a quarter of its time turning lines of `ops.jsonl` into
checked operations (UTF-8, JSON, `Operation.from_json`) and hashing each
line for its author's seal. That work needs nothing but the line, so a
folder import (`running()`, sync/folder.py) hands it to one helper process:
the helper reads the staged file, checks every line exactly as
`checks.parse` does, and streams the operations back in batches (marshal:
only dicts, lists, text, numbers, booleans and None, which is all a
checked operation holds), with each line's SHA-256. This process takes
them as they come, while the helper works ahead: the pipe (and a batch)
bounds how far, so memory stays flat whatever the bundle's size.

A thread would not do: the import's SQLite statements give the GIL up once
a row, and a parsing thread holding it would make each row wait.

Where a batch of operations is one device's, the helper sends it prepared
for writing instead (storage/bulk_ready.py): the log's and the new rows'
INSERT parameters, their search documents, each line's SHA-256, and whole
only the operations the importing process must look at. That process
still checks all of it (the authors' seals, the rules, what it already
holds), with the outcome the operations themselves would have; it is left
little but SQLite's own work.

The helper decides nothing that changes an outcome: at the first line it
cannot take (too long, not UTF-8, not JSON, failing a check) it stops and
names the line, and `checks` parses that line itself, so the error is the
in-process one, word for word. If the helper cannot start or dies, the import parses in process.
A bundle below SMALL bytes is parsed in process (no round trip to pay).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import marshal
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from ..oplog import MAX_OP_BYTES, Operation, encode
from ..storage import bulk_merge, bulk_ready
from ..storage.bulk_ready import TAG as READY
from ..storage.bulk_ready import Ready
from .lines import staged_lines
from .seals import LOOKED_AT

log = logging.getLogger(__name__)

SMALL = 1 << 20                 # bytes of ops.jsonl below which the helper is not used
BATCH = 1_000                   # operations in one message
# A file's first messages are smaller, then double up to BATCH: the import
# starts on a bundle's first operations while the helper parses the next.
FIRST_BATCH = 125
# Messages taken from the helper before the import asks for them: kept as bytes
# (a prepared batch of 1,000 operations is about 0.6 MB), so the helper can bank
# work while the import commits or reads the next bundle.
AHEAD = 8
# A full batch still takes up to LINGER more operations while they are on its own
# rows (a laptop edits what it just made): a row whose operations two batches share
# is held by the time the second comes, and goes one by one (storage/bulk_ready.py).
LINGER = 64
_END = "end"                    # then the number of lines read
_STOP = "stop"                  # then the number of the line the helper could not take


class Parser:
    """One helper process, started when first needed, for one folder import."""

    def __init__(self) -> None:
        self._process: Any = None
        self._inbox: queue.Queue = queue.Queue()
        self._pump: Any = None
        # The files the helper was given whose streams have not ended, in order (the
        # second one queued, `queue`), and whether the first one's stream was handed out.
        self._asked: list[bytes] = []
        self._open = False
        self.broken = False

    def _start(self) -> bool:
        if self._process is not None:
            return True
        if self.broken:
            return False
        # A new interpreter running `serve()` on its stdin and stdout: no fork of a
        # process holding SQLite and threads, and (unlike multiprocessing's spawn)
        # the caller's main module is not imported again in it.
        root = str(Path(__file__).resolve().parents[2])
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, (root, os.environ.get("PYTHONPATH")))))
        try:
            self._process = subprocess.Popen(
                [sys.executable, "-c", "from inspector_app.sync.parse_worker import serve; serve()"],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, bufsize=-1,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))      # Windows: no console flashing up
        except OSError:                                    # parsed in process instead
            log.exception("the parse helper did not start")
            self.broken = True
            return False
        # The import takes operations in slices of thousands, then applies them for a
        # while: a thread here takes the helper's batches as they come (AHEAD of them),
        # so the helper keeps working while a slice is applied.
        self._inbox = queue.Queue(maxsize=AHEAD)
        self._pump = threading.Thread(target=_pump, args=(self._process.stdout, self._inbox), daemon=True,
                                      name="inspector-parse-pump")
        self._pump.start()
        return True

    def operations(self, path: Path) -> Iterator[tuple[int, Operation | Ready | None, bytes]] | None:
        """(line number, operation, SHA-256 of the line without its newline)
        for each line, in order, as the helper checked them; at a line it
        could not take, (its number, None, b"") and the stream ends: the
        caller parses from that line on itself (the same checks, its own
        errors). None if the helper is not running.

        The helper starts on the file now, not when the stream is first read:
        it parses while the import does its other checks of the bundle. A
        stream left unread (the bundle refused before its operations) is
        stale: asking for the next file then starts a new helper. A file
        `queue` gave the helper ahead is not given again: its stream follows."""
        key = os.fsencode(path)
        if self._asked and not self._open and self._asked[0] == key:
            self._open = True
            return self._stream(self._process)
        if self._asked:
            self.close()
        if not self._start() or not self._give(key):
            return None
        self._open = True
        return self._stream(self._process)

    def queue(self, path: Path) -> None:
        """Have the helper start on `path` as soon as it is through the file it
        is on (one file ahead): a folder import reads its next bundle early
        (reader.read_ahead), so the helper does not wait for it."""
        if self._process is not None and self._open and len(self._asked) == 1:
            self._give(os.fsencode(path))

    def _give(self, key: bytes) -> bool:
        try:
            self._process.stdin.write(key + b"\n")
            self._process.stdin.flush()
        except (OSError, ValueError):                      # the helper died: the caller parses in process
            self.broken = True
            self.close()
            return False
        self._asked.append(key)
        return True

    def _stream(self, process) -> Iterator[tuple[int, Operation | Ready | None, bytes]]:
        finished = False
        try:
            number = 0
            make, inbox = Operation.of_checked, self._inbox
            while True:
                body = inbox.get()
                if body is None:
                    raise EOFError
                message = marshal.loads(body)
                if type(message) is tuple and message[0] != READY:
                    finished, self._open = True, False
                    self._asked.pop(0)
                    if message[0] == _STOP:
                        yield message[1], None, b""
                    return
                if message and message[0] == READY:
                    ready = Ready.of(message)
                    number += len(ready)
                    yield number, ready, b""
                    continue
                for item in message:
                    number += 1
                    yield number, make(item[0], item[1], item[2], item[3], item[4], item[5], item[6], item[7],
                                       (item[9], item[10])), item[8]
        except (EOFError, OSError, ValueError):            # the helper died: the caller parses in process
            self.broken = True
            raise HelperGone() from None
        finally:
            # Left early (a refusal): its output is stale. (Unless a newer stream already
            # replaced the helper it was reading: that one is not disturbed.)
            if not finished and self._process is process:
                self.close()

    def close(self) -> None:
        process, self._process = self._process, None
        self._asked, self._open = [], False
        if process is not None:
            with contextlib.suppress(OSError):
                process.stdin.close()
            process.kill()
            process.wait()
            while self._pump.is_alive():                   # it ends at the pipe's end, once it can hand over
                with contextlib.suppress(queue.Empty):
                    self._inbox.get(timeout=0.05)
            process.stdout.close()


def _pump(stream, inbox: queue.Queue) -> None:
    """The helper's messages into `inbox`, then None when it ends, or when
    anything goes wrong reading them (the import then parses in process:
    it never waits for a message that cannot come)."""
    try:
        while True:
            inbox.put(_receive(stream))
    except Exception:                      # handed over as the end of the helper
        inbox.put(None)


# No message is near this (a batch is about 0.6 MB): a larger length is not the helper's.
MAX_MESSAGE = 1 << 30


def _receive(stream) -> bytes:
    """One message: its length (8 bytes), then itself."""
    head = stream.read(8)
    if len(head) < 8:
        raise EOFError
    size = int.from_bytes(head, "little")
    if size > MAX_MESSAGE:
        raise EOFError
    body = stream.read(size)
    if len(body) < size:
        raise EOFError
    return body


class HelperGone(Exception):
    """The helper stopped answering (killed, out of memory)."""


_CURRENT: ContextVar[Parser | None] = ContextVar("parser", default=None)


@contextlib.contextmanager
def running() -> Iterator[None]:
    """A helper for the imports inside (started when a bundle is large enough)."""
    if getattr(sys, "frozen", False):
        # A frozen app starts helpers only if its entry point calls
        # multiprocessing.freeze_support(); without it, parse in process.
        yield
        return
    parser = Parser()
    token = _CURRENT.set(parser)
    try:
        yield
    finally:
        _CURRENT.reset(token)
        parser.close()


def helper_for(path: Path | None) -> Parser | None:
    """The helper to parse `path` with, if one is running and the file is large."""
    parser = _CURRENT.get()
    if parser is None or parser.broken or path is None:
        return None
    try:
        return parser if path.stat().st_size >= SMALL else None
    except OSError:
        return None


class _TooLong(Exception):
    """A line longer than the limit (the caller's own reading says so)."""


def serve() -> None:
    """The helper's loop: a path a line on stdin, its lines' operations on stdout
    (see the module's docstring); ends with stdin."""
    out = sys.stdout.buffer
    sha256 = hashlib.sha256
    loads = json.loads
    check = Operation.from_json
    prev_text = bulk_merge.prev_text

    def send(value) -> None:
        body = marshal.dumps(value)
        out.write(len(body).to_bytes(8, "little"))
        out.write(body)
        out.flush()

    for request in sys.stdin.buffer:
        ops: list[Operation] = []
        texts: list[tuple[str, str]] = []
        digests = bytearray()
        taken = 0                                          # lines checked and sent (or in `ops`)
        size = FIRST_BATCH
        closing: set[tuple[str, str]] | None = None       # the rows of a full batch, which it may still take
        try:
            for _number, line in staged_lines(Path(os.fsdecode(request.rstrip(b"\n"))), MAX_OP_BYTES,
                                              _raise_too_long):
                op = check(loads(line.decode("utf-8")), b"\\u" not in line)
                if len(ops) >= size and (closing is None or (op.entity, op.row_id) not in closing
                                         or len(ops) >= size + LINGER):
                    send(_message(ops, texts, digests))
                    ops, texts, digests, size, closing = [], [], bytearray(), min(BATCH, 2 * size), None
                ops.append(op)
                # The texts the log stores, made here too: a third less to do where they are stored.
                texts.append((encode(op.data), prev_text(op.prev)))
                digests += sha256(line.rstrip(b"\n")).digest()
                taken += 1
                if len(ops) == size:
                    closing = {(done.entity, done.row_id) for done in ops}
            stopped = False
        except Exception:
            stopped = True                                 # the caller finds out why, itself
        if ops:
            send(_message(ops, texts, digests))
        send((_STOP, taken + 1) if stopped else (_END, taken))


def _message(ops: list[Operation], texts: list[tuple[str, str]], digests: bytearray):
    """A batch prepared for writing (storage/bulk_ready.py), or, where it does
    not qualify, its operations: (id, HLC, device, person, entity, row,
    data, prev, SHA-256 of the line, stored data, stored prev) each."""
    try:
        ready = bulk_ready.prepare(ops, texts, bytes(digests), LOOKED_AT)
    except Exception:                  # never a line lost: the operations go as they are
        log.exception("preparing a batch failed")
        ready = None
    if ready is not None:
        return ready
    return [(op.id, op.hlc, op.device_id, op.person_id, op.entity, op.row_id, op.data, op.prev,
             bytes(digests[32 * i:32 * i + 32]), *text) for i, (op, text) in enumerate(zip(ops, texts, strict=True))]


def _raise_too_long(number: int) -> Exception:
    return _TooLong(number)
