"""Reading a bundle's staged .jsonl files line by line, with a bound on a line's length.

Its own module: the operations' checks (checks.py) and the authors' seals (seals.py)
both read this way, below the reader that stages the files."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path


def staged_lines(path: Path | None, limit: int, too_long: Callable[[int], Exception]) -> Iterator[tuple[int, bytes]]:
    """(line number, bytes) of a staged .jsonl file of a bundle; a line longer
    than `limit` raises `too_long(number)` before it is held in memory whole."""
    if path is None:
        return
    with open(path, "rb") as stream:
        number = 0
        while line := stream.readline(limit + 1):
            number += 1
            if len(line) > limit:
                raise too_long(number)
            yield number, line
