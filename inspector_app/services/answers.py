"""Answers (observations), repeatable-section records and visit progress."""

from __future__ import annotations

import datetime as dt
import functools

from ..changes import Changes
from ..checklists import answer_types, breaches
from ..checklists.counts import applicable, section_stats  # the one computation, also the screen's
from ..errors import ValidationError
from ..ids import natural_id, uuid7
from ..storage import queries
from .base import Service, check_choice

SEVERITIES = {"low": ("Nhẹ", "Low"), "medium": ("Trung bình", "Medium"), "high": ("Nghiêm trọng", "High")}


@functools.lru_cache(maxsize=65_536)   # a UUIDv5 per key press otherwise, for the same few hundred items
def observation_id(visit_id: str, item_id: str, record_id: str | None) -> str:
    """The same on every laptop, so answers to one item merge, not duplicate."""
    return natural_id("observation", visit_id, item_id, record_id or "")


class Answers(Service):

    def record(self, record_id: str) -> dict:
        """A live row of a repeatable section, or NotFoundError."""
        return self._row("section_record", record_id)

    def find_record(self, record_id: str | None) -> dict | None:
        return self._row_or_none("section_record", record_id)

    def find_observation(self, visit_id: str, item_id: str, record_id: str | None = None) -> dict | None:
        """The answer held for an item (of a record), or None."""
        return self._row_or_none("observation", observation_id(visit_id, item_id, record_id))

    def answer(self, visit_id: str, item_id: str, value, *, note: str | None = None,
               record_id: str | None = None, severity: str | None = None) -> Changes:
        """Record (or clear, with None) the answer to one item, durably."""
        visit = self.ws.visits.check_editable(visit_id)
        item, section = self._item_in_visit(visit_id, item_id, record_id)
        if item.get("derive"):
            raise ValidationError("derived_item", item=item["code"])
        if not self.applies(visit_id, item, record_id):
            raise ValidationError("condition_unmet", item=item["code"])
        problem = answer_types.check(item, value)
        if problem:
            raise problem.error()
        if severity is not None:
            check_choice(severity, SEVERITIES, ("mức độ", "severity"))
        if record_id and isinstance(value, str) and value.strip():
            self._refuse_twin(visit_id, item, section, record_id, value)
        fields = {"visit_id": visit_id, "item_id": item_id, "record_id": record_id, "value": value}
        if note is not None:
            fields["note"] = note.strip() or None
        if severity is not None:
            fields["severity"] = severity
        mutations = [("observation", observation_id(visit_id, item_id, record_id), fields)]
        if record_id and item["answer_type"] == "date":
            mutations.extend(self._derived(visit, section, record_id, {item["code"]: value}))
        return self.write(mutations)

    def set_note(self, visit_id: str, item_id: str, note: str, record_id: str | None = None) -> Changes:
        self.ws.visits.check_editable(visit_id)
        self._item_in_visit(visit_id, item_id, record_id)
        return self.write([("observation", observation_id(visit_id, item_id, record_id), {
            "visit_id": visit_id, "item_id": item_id, "record_id": record_id,
            "note": (note or "").strip() or None})])

    def _items_of_visit(self, visit_id: str) -> dict[str, tuple[dict, dict]]:
        """Every item of the visit's checklists with its section, read once per visit
        (and again when a checklist changes): answering an item then reads nothing."""
        return self.memo(("checklist_item", "checklist_section", "visit_checklist"), visit_id,
                         lambda: queries.items_in_visit(self.conn, visit_id))

    def _item_in_visit(self, visit_id: str, item_id: str, record_id: str | None):
        found = self._items_of_visit(visit_id).get(item_id)
        if found is None:
            item = self._row_or_none("checklist_item", item_id)
            raise ValidationError("item_not_in_visit", item=(item or {}).get("code") or item_id)
        item, section = found
        if section["repeatable"]:
            if record_id is None:
                raise ValidationError("record_required", item=item["code"], section=section["title"])
            record = self._row_or_none("section_record", record_id)
            if record is None or record["visit_id"] != visit_id or record["section_id"] != section["id"]:
                raise ValidationError("record_mismatch", section=section["title"])
        elif record_id is not None:
            raise ValidationError("record_mismatch", section=section["title"])
        return item, section

    def _refuse_twin(self, visit_id: str, item: dict, section: dict, record_id: str, value: str) -> None:
        """The same person or file twice in one table is refused when typed
        (`duplicate_record`, naming the row that has them), not only flagged later."""
        items = [i for i, s in self._items_of_visit(visit_id).values() if s["id"] == section["id"]]
        named_by = breaches.identifying_item(items)
        if named_by is None or named_by["id"] != item["id"]:
            return
        records = [r["id"] for r in self.records(visit_id, section["id"])]
        names = {o["record_id"]: o["value"] for o in self._rows("observation", visit_id=visit_id, item_id=item["id"])}
        row = breaches.twin_row(records, names, record_id, value)
        if row is not None:
            raise ValidationError("duplicate_record", label=value.strip(), row=row, section=section["title"])

    def applies(self, visit_id: str, item: dict, record_id: str | None) -> bool:
        condition = item.get("condition")
        if not condition:
            return True
        others = [other for other, _section in self._items_of_visit(visit_id).values()
                  if other["template_id"] == item["template_id"] and other["code"] == condition["item"]]
        if not others:
            return True
        held = self._row_or_none("observation", observation_id(visit_id, others[0]["id"], record_id))
        return held is not None and held["value"] in condition["in"]

    def _derived(self, visit: dict, section: dict, record_id: str, new_values: dict):
        """Recompute the record's derived items ("late") from its dates."""
        items = self._rows("checklist_item", section_id=section["id"])
        by_code = {i["code"]: i for i in items}
        out = []
        for item in items:
            rule = item.get("derive")
            if not rule or rule.get("rule") != "late":
                continue
            if rule["due"] not in new_values and rule["returned"] not in new_values:
                continue

            def value_of(code):
                if code in new_values:
                    return new_values[code]
                held = self._row_or_none("observation", observation_id(visit["id"], by_code[code]["id"], record_id))
                return held["value"] if held else None
            late = late_value(value_of(rule["due"]), value_of(rule["returned"]),
                              self.ws.visits.visit_date(visit))
            out.append(("observation", observation_id(visit["id"], item["id"], record_id), {
                "visit_id": visit["id"], "item_id": item["id"], "record_id": record_id, "value": late}))
        return out

    # -- repeatable sections ----------------------------------------------------
    def add_record(self, visit_id: str, section_id: str, values: dict | None = None) -> tuple[str, Changes]:
        """A new row of a repeatable section (a staff member, a case file, a citizen)."""
        self.ws.visits.check_editable(visit_id)
        section = self._row("checklist_section", section_id)
        if not section["repeatable"] or section["template_id"] not in self.ws.visits.template_ids(visit_id):
            raise ValidationError("record_mismatch", section=section["title"])
        record_id = uuid7()
        position = queries.next_position(self.conn, "section_record", "visit_id", visit_id,
                                         {"section_id": section_id})
        changes = self.write([("section_record", record_id, {
            "visit_id": visit_id, "section_id": section_id, "position": position})])
        for item_id, value in (values or {}).items():
            changes = changes | self.answer(visit_id, item_id, value, record_id=record_id)
        return record_id, changes

    def remove_record(self, record_id: str) -> Changes:
        record = self._row("section_record", record_id)
        self.ws.visits.check_editable(record["visit_id"])
        return self.write([("section_record", record_id, {"deleted": True})])

    def records(self, visit_id: str, section_id: str) -> list[dict]:
        return self._rows("section_record", order="position", visit_id=visit_id, section_id=section_id)

    # -- reading ----------------------------------------------------------------
    def observations(self, ids) -> list[dict]:
        """The answers with these ids, deleted ones included (so a view can drop them)."""
        return queries.rows_by_ids(self.conn, "observation", list(ids))

    def of_visit(self, visit_id: str) -> dict[tuple[str, str | None], dict]:
        """Every observation of a visit keyed by (item id, record id)."""
        return {(o["item_id"], o["record_id"]): o for o in self._rows("observation", visit_id=visit_id)}

    def progress(self, visit_id: str) -> dict:
        """Answered / total, non-compliant count and score, per section and overall."""
        held = self.of_visit(visit_id)
        live_records = self.records_by_section(visit_id)
        sections, totals = [], {"answered": 0, "total": 0, "noncompliant": 0, "earned": 0.0,
                                "possible": 0.0}
        for template_id in self.ws.visits.template_ids(visit_id):
            for section in self.ws.checklists.structure(template_id)["sections"]:
                stats = section_stats(section, held, live_records)
                sections.append({"section_id": section["id"], "code": section["code"],
                                 "title": section["title"], **stats})
                for key in totals:
                    totals[key] += stats[key]
        return {"sections": sections, **totals}

    def records_by_section(self, visit_id: str) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for record in self._rows("section_record", order="position", visit_id=visit_id):
            out.setdefault(record["section_id"], []).append(record["id"])
        return out

    def unanswered_required(self, visit_id: str) -> list[dict]:
        held = self.of_visit(visit_id)
        live_records = self.records_by_section(visit_id)
        missing = []
        for template_id in self.ws.visits.template_ids(visit_id):
            for section in self.ws.checklists.structure(template_id)["sections"]:
                for item, record_id in applicable(section, held, live_records):
                    if answer_types.is_unanswered_required(item, _value(held, item, record_id)):
                        missing.append({"item": item, "record_id": record_id})
        return missing


def late_value(due: str | None, returned: str | None, visit_date: str) -> bool | None:
    """A file is late when returned after its due date, or still out past it."""
    if not due:
        return None
    if returned:
        return dt.date.fromisoformat(returned) > dt.date.fromisoformat(due)
    return dt.date.fromisoformat(visit_date) > dt.date.fromisoformat(due)


def _value(held: dict, item: dict, record_id):
    found = held.get((item["id"], record_id))
    return found["value"] if found else None
