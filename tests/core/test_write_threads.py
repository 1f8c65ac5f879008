"""The write path from several threads: a batch is its thread's alone.

An import runs on a worker thread inside `writer.batch()` while the window
stores answers on its own thread. Neither may join the other's transaction:
an acknowledged answer stays stored when the import fails, and nothing of a
failed batch is kept.
"""

from __future__ import annotations

import random
import threading

import pytest

from inspector_app.changes import Changes
from inspector_app.errors import WorkspaceError


class Boom(Exception):
    """The failure a batch ends with (a bundle found bad halfway)."""


def _value(ws, visit_id: str, item_id: str, record_id: str | None = None):
    row = ws.answers.find_observation(visit_id, item_id, record_id)
    return None if row is None else row["value"]


def test_an_answer_stored_during_a_failing_import_is_kept(ws, visit):
    """The reported loss: a worker holds a batch, the window answers, the batch fails."""
    visit_id, items = visit["visit"], visit["items"]
    in_batch, answered = threading.Event(), threading.Event()
    outcome: dict = {}

    def failing_import() -> None:
        try:
            with ws.writer.batch():
                ws.answers.answer(visit_id, items["A2"], "khong_dat")    # part of the import
                in_batch.set()
                answered.wait(0.5)   # the window's answer arrives while the batch is open
                raise Boom()
        except Boom:
            outcome["import"] = "failed"

    def window_answer() -> None:
        outcome["changes"] = ws.answers.answer(visit_id, items["A1"], "dat")
        answered.set()

    worker = threading.Thread(target=failing_import)
    worker.start()
    assert in_batch.wait(5)
    window = threading.Thread(target=window_answer)
    window.start()
    worker.join(10)
    window.join(10)
    assert outcome["import"] == "failed"
    assert isinstance(outcome["changes"], Changes) and outcome["changes"].touches("observation")
    assert _value(ws, visit_id, items["A1"]) == "dat", "the acknowledged answer was lost with the import"
    assert _value(ws, visit_id, items["A2"]) is None, "a write of the failed batch was kept"


def test_the_window_never_joins_a_batch_open_on_another_thread(ws, visit):
    """Called on the batch's own thread the answer joins it; from another it does not."""
    visit_id, items = visit["visit"], visit["items"]
    with pytest.raises(Boom), ws.writer.batch():
        ws.answers.answer(visit_id, items["A3"], "dat")     # same thread: joins, then rolls back
        raise Boom()
    assert _value(ws, visit_id, items["A3"]) is None

    results: list = []
    with pytest.raises(Boom), ws.writer.batch():
        ws.answers.answer(visit_id, items["A3"], "dat")
        other = threading.Thread(target=lambda: results.append(_value(ws, visit_id, items["A3"])))
        other.start()
        other.join(5)
        raise Boom()
    # Another thread never sees what a batch has not committed.
    assert results == [None]


def test_a_write_waiting_too_long_for_a_batch_is_refused_with_a_message(ws, visit, monkeypatch):
    """A write that cannot get the write lock is refused in words, not with SQLite's text."""
    visit_id, items = visit["visit"], visit["items"]
    holding, release = threading.Event(), threading.Event()

    def long_import() -> None:
        with ws.writer.batch():
            ws.answers.answer(visit_id, items["A2"], "dat")
            holding.set()
            release.wait(10)

    worker = threading.Thread(target=long_import)
    worker.start()
    assert holding.wait(5)
    try:
        ws.db.conn.execute("PRAGMA busy_timeout=50")
        with pytest.raises(WorkspaceError) as caught:
            ws.answers.answer(visit_id, items["A1"], "dat")
    finally:
        ws.db.conn.execute("PRAGMA busy_timeout=5000")
        release.set()
        worker.join(10)
    assert caught.value.code == "workspace_busy"
    assert "bận" in caught.value.message("vi") and "thử lại" in caught.value.message("vi")
    assert _value(ws, visit_id, items["A2"]) == "dat"


def test_clock_stamps_from_many_threads_are_unique_and_increasing(ws):
    clock = ws.writer.clock
    per_thread: list[list[int]] = [[] for _ in range(4)]

    def take(out: list[int]) -> None:
        for _ in range(5000):
            out.append(clock.now())

    threads = [threading.Thread(target=take, args=(out,)) for out in per_thread]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    stamps = [s for out in per_thread for s in out]
    assert len(set(stamps)) == len(stamps), "two writes got the same clock stamp"
    assert all(out == sorted(out) and len(set(out)) == len(out) for out in per_thread)


def run_stress(ws, visit, *, writers: int = 3, batches: int = 2, rounds: int = 40, seed: int = 9) -> dict:
    """Writers answer note items while batches write and fail at random.

    Returns the counts: answers acknowledged, found stored, lost; batch writes
    committed and failed, and failed-batch writes found stored (must be 0)."""
    visit_id = visit["visit"]
    record_section = visit["sections"]["DD"]
    note_item = visit["items"]["A-note"]
    name_item = visit["items"]["DD1"]
    acknowledged: dict[str, str] = {}
    failed_records: list[str] = []
    kept_records: list[str] = []
    lock = threading.Lock()
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        rng = random.Random(seed * 100 + n)
        try:
            for i in range(rounds):
                # One record per writer and round, so each acknowledged value is checkable.
                record_id, _ = ws.answers.add_record(visit_id, record_section)
                text = f"người {n}-{i}"
                ws.answers.answer(visit_id, name_item, text, record_id=record_id)
                with lock:
                    acknowledged[record_id] = text
                if rng.random() < 0.3:
                    ws.answers.set_note(visit_id, note_item, f"ghi chú {n}-{i}")
        except BaseException as exc:  # reported below
            errors.append(exc)

    def batcher(n: int) -> None:
        rng = random.Random(seed * 1000 + n)
        try:
            for i in range(rounds // 2):
                fail = rng.random() < 0.5
                made: list[str] = []
                try:
                    with ws.writer.batch():
                        for j in range(rng.randint(1, 4)):
                            record_id, _ = ws.answers.add_record(visit_id, record_section)
                            ws.answers.answer(visit_id, name_item, f"lô {n}-{i}-{j}", record_id=record_id)
                            made.append(record_id)
                        if fail:
                            raise Boom()
                except Boom:
                    with lock:
                        failed_records.extend(made)
                else:
                    with lock:
                        kept_records.extend(made)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(writers)]
    threads += [threading.Thread(target=batcher, args=(n,)) for n in range(batches)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not errors, errors[:3]

    stored = {r["id"] for r in ws.answers.records(visit_id, record_section)}
    held = ws.answers.of_visit(visit_id)
    found = [rid for rid, text in acknowledged.items()
             if rid in stored and held.get((name_item, rid), {}).get("value") == text]
    leaked = [rid for rid in failed_records
              if rid in stored or ws.answers.find_observation(visit_id, name_item, rid)]
    return {"acknowledged": len(acknowledged), "found": len(found), "lost": len(acknowledged) - len(found),
            "batch_rows_committed": len(kept_records), "batch_rows_failed": len(failed_records),
            "failed_rows_found": len(leaked),
            "committed_rows_found": len([r for r in kept_records if r in stored])}


def test_threads_writing_while_batches_fail_lose_nothing_and_keep_nothing_failed(ws, visit):
    counts = run_stress(ws, visit)
    assert counts["acknowledged"] == 3 * 40
    assert counts["lost"] == 0, counts
    assert counts["failed_rows_found"] == 0, counts
    assert counts["batch_rows_failed"] > 0 and counts["batch_rows_committed"] > 0, counts
    assert counts["committed_rows_found"] == counts["batch_rows_committed"], counts
    assert ws.integrity_ok()
