"""Re-inspection in bundles: what a distribution adds, and what a laptop may do to HQ's plan.

**Distribution.** Besides reference data, HQ's distribution carries every
re-inspection visit HQ planned and that is not signed yet (or was cancelled:
the tombstone goes too), its checklists, the requests linked to it
(`request.reinspection_visit_id`) and the findings they were made from
(`distributed_ops`, hooked into `export._collect`). Every operation of those
rows goes, whoever made it: a request made by another team's laptop is
relayed with that laptop's seals (the export writes the seals of every
device whose operations it carries), so the receiving laptop checks it
against the key HQ vouched for, as any relayed work.

**What a field laptop may do** to HQ's plan is decided by every replica's
state, from the operations it holds, whatever order they arrived in (as for
reference data): on a visit headquarters created (HQ's writer marks its
creation: no `prev`), only what the team does on site counts
(`reinspection_store.ONSITE`: lifecycle, times, notes, recorder, title,
place) — never its unit, kind, plan, team, day or deletion; nothing on the
checklists HQ attached; never a request's link to a re-inspection (HQ's
alone); a check's visit and request are those it was created with
(`storage/state.py`); and a `request_check` counts only where the log holds
HQ's link of its request to its visit (`reinspection_store.HQ_LINKED`, read
by the register and the listings). Such operations are kept in the log.

`PlanGuard`, asked by `seals.Authors.check` for every proven operation,
tells the import's report about them (counted as HQ's data), and sets aside
— not applied — a change of checks on a re-inspection signed as far as the
receiver knows (the bundle's own earlier status changes included): that
rule alone still depends on arrival. An operation already held was accepted
before (a bundle sent again) and is not set aside. The laptop's own writer
refuses the same changes of HQ's plan (`hq_plan_readonly`), so an honest
laptop never makes any of these.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from ..oplog import Operation
from ..storage import reinspection_store, state, sync_store

# Visit statuses after which nothing of a visit changes but through an amendment (which
# reopens it first: that status change is seen before the checks that follow it).
SIGNED = ("minutes_signed", "exported", "received")
WATCHED = frozenset({"visit", "visit_checklist", "request", "request_check"})


def distributed_ops(conn: sqlite3.Connection, hq_id: str, upto_seq: int) -> Iterator[tuple[int, Operation]]:
    """(seq, operation) of the rows planned re-inspections need on the laptops, by seq."""
    return reinspection_store.distributed_ops(conn, hq_id, upto_seq)


# PlanGuard's verdicts: applied as any operation; kept in the log, where the state
# ignores it (counted in the report); set aside (not applied).
OK, IGNORED, ASIDE = "ok", "ignored", "aside"


class PlanGuard:
    """Per import: what becomes of an operation made by a field laptop on HQ's plan rows.

    Rows read as the receiver holds them, plus what the bundle itself did earlier
    (the import applies in slices, so the database may not show it yet): rows HQ
    created in it, visit statuses it set, checks it created."""

    def __init__(self, conn: sqlite3.Connection, hq_ids: frozenset[str]) -> None:
        self.conn, self.hq_ids = conn, hq_ids
        self._made_by_hq: dict[tuple[str, str], bool] = {}
        self._status: dict[str, str] = {}
        self._checks: dict[str, tuple[str, str]] = {}

    def verdict(self, op: Operation) -> str:
        if op.entity not in WATCHED:
            return OK
        if op.device_id in self.hq_ids:
            if op.entity in reinspection_store.PLAN_ENTITIES and op.prev == {}:
                self._made_by_hq[op.entity, op.row_id] = True        # HQ's marked creation
            found = OK
        elif op.entity in reinspection_store.PLAN_ENTITIES:
            found = IGNORED if self._hq_made(op) and not reinspection_store.onsite(op.entity, op.data) else OK
        elif op.entity == "request":
            found = IGNORED if reinspection_store.LINK in op.data else OK
        else:
            found = self._check(op)
        if found == OK and op.entity == "visit" and isinstance(op.data.get("status"), str):
            self._status[op.row_id] = op.data["status"]
        return found

    def _hq_made(self, op: Operation) -> bool:
        key = (op.entity, op.row_id)
        made = self._made_by_hq.get(key)
        if made is None:
            made = self._made_by_hq[key] = sync_store.hq_created(self.conn, *key, self.hq_ids)
        return made

    def _check(self, op: Operation) -> str:
        known = self._checks.get(op.row_id)
        if known is None and (row := state.get_row(self.conn, "request_check", op.row_id)) is not None:
            known = (row["visit_id"], row["request_id"])
        visit_id = op.data.get("visit_id", known[0] if known else None)
        request_id = op.data.get("request_id", known[1] if known else None)
        if known is not None and (visit_id, request_id) != known:
            return IGNORED                    # a check is never moved to another visit or request
        if not isinstance(visit_id, str) or not isinstance(request_id, str):
            return IGNORED
        visit = state.get_row(self.conn, "visit", visit_id)
        request = state.get_row(self.conn, "request", request_id)
        if visit is None or visit["kind"] != "reinspection" or request is None \
                or request["reinspection_visit_id"] != visit_id:
            return IGNORED
        if self._status.get(visit_id, visit["status"]) in SIGNED and not reinspection_store.held(self.conn, op.id):
            return ASIDE
        self._checks[op.row_id] = (visit_id, request_id)
        return OK
