"""A long job's files worked on a few threads, with progress and cancelling."""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait

from ..errors import InspectorError
from ..progress import Cancelled, NullProgress, Progress


def run_parallel(tasks: list, work, describe, progress: Progress | None, workers: int | None,
                  on_result: Callable | None = None, ahead: int = 0) -> dict:
    """`work(task)` for every task on a few threads (Pillow and hashlib release
    the GIL); task → result or InspectorError. `on_result(task, value)` runs in
    the calling thread as each one finishes; `ahead` more tasks than two per
    thread are queued, so the threads keep working while it waits. Raises
    Cancelled when asked."""
    progress = progress or NullProgress()
    workers = workers or min(4, os.cpu_count() or 1)
    results: dict = {}
    total = len(tasks)
    progress.report(0, total, "")
    pending: set[Future] = set()
    owner: dict[Future, object] = {}
    queue = list(reversed(tasks))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="media") as pool:
        while queue or pending:
            while queue and len(pending) < workers * 2 + ahead:
                if progress.cancelled():
                    break
                task = queue.pop()
                future = pool.submit(work, task)
                owner[future] = task
                pending.add(future)
            if progress.cancelled():
                for future in pending:
                    future.cancel()
                raise Cancelled()
            done, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            for future in done:
                task = owner.pop(future)
                try:
                    results[task] = future.result()
                except InspectorError as err:
                    results[task] = err
                if on_result is not None:
                    on_result(task, results[task])
                progress.report(len(results), total, describe(task))
    return results
