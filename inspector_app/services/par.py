"""`ws.par`: the PAR index (Chỉ số cải cách hành chính) as data, and HQ's deduction decisions.

The index is a tree of areas (lĩnh vực), criteria (tiêu chí) and sub-criteria
(tiêu chí thành phần), each with its points and a `certainty` saying how sure
those points are (`CERTAINTIES`); checklist items map to its leaves by the
checklist's code and the item's code, so every version of a checklist maps.
It is loaded from `resources/par/` (`load`), edited at headquarters only
(points, titles, certainty, notes, mapping) and distributed to the laptops as
reference data (`storage/sync_store.DISTRIBUTED`).

A *decision* is HQ's word on one unit's deduction for one criterion and year:
the proposal it saw (`hq/par_evidence.py` computes proposals), the points
accepted, accept or override, who and when. Decisions are never edited: a
new one supersedes the current one, and `undo_decision` tombstones the
current one so the one before speaks again — the whole trail stays held.
"""

from __future__ import annotations

import builtins
import json
from pathlib import Path

from ..changes import Changes
from ..errors import ValidationError
from ..ids import natural_id, uuid7
from ..paths import resources_dir
from ..storage import queries
from .base import Service, check_choice, now_local, require

LEVELS = {
    "area": ("Lĩnh vực", "Area"),
    "criterion": ("Tiêu chí", "Criterion"),
    "sub": ("Tiêu chí thành phần", "Sub-criterion"),
}
# How sure a node's points (and wording) are. The file says which, node by node.
CERTAINTIES = {
    "verified": ("Đã đối chiếu nguyên văn văn bản", "Checked against the decision's text"),
    "reported": ("Theo nguồn thứ cấp, chưa đối chiếu nguyên văn", "From a secondary source, not checked"),
    "placeholder": ("Điểm tạm, chưa có nguồn; phải thay bằng điểm của Bộ chỉ số do tỉnh ban hành",
                    "Working value with no source; replace it with the province's official points"),
}
# The same, as a word or two beside each line of a listing.
CERTAINTY_SHORT = {
    "verified": ("đã đối chiếu", "checked"),
    "reported": ("nguồn thứ cấp", "secondary source"),
    "placeholder": ("điểm tạm", "working value"),
}
DECISION_KINDS = {
    "accept": ("Chấp nhận đề xuất", "Proposal accepted"),
    "override": ("Điều chỉnh", "Overridden"),
}
BUILTIN = "par_876_2022.json"
_LEVEL_OF_DEPTH = ("area", "criterion", "sub")


def par_dir() -> Path:
    return resources_dir() / "par"


class Par(Service):
    ENTITY = "par_index"

    # -- loading ------------------------------------------------------------------
    def load(self, path: Path | str | None = None, mapping: Path | str | None = None, *,
             replace: bool = False) -> tuple[str, Changes]:
        """Store an index file (the built-in QĐ 876 frame by default) and its mapping file
        (`mapping_<file name>` beside it). Ids derive from the index's and criteria's codes,
        so every machine that loads the same file holds the same rows. An index already held
        is left as HQ edited it unless `replace`, which writes the file's values again."""
        self._hq_only()
        path = Path(path) if path else par_dir() / BUILTIN
        data = _read(path)
        map_path = Path(mapping) if mapping else path.with_name("mapping_" + path.name)
        rows = _read(map_path).get("mapping", []) if map_path.exists() else []
        _validate(data, rows, path.name)
        index_id = natural_id("par_index", data["code"])
        if self.find(index_id) is not None and not replace:
            return index_id, Changes()
        mutations: list = [("par_index", index_id, {
            "code": data["code"], "title": data["title"], "decision": data.get("decision"),
            "issuer": data.get("issuer"), "issued_on": data.get("issued_on"),
            "applies_to": data.get("applies_to"), "certainty": data.get("certainty"), "note": data.get("note"),
            "sources": data.get("sources") or [], "rule": data.get("rule") or {},
            "fallback_code": data.get("fallback_criterion")})]
        ids: dict[str, str] = {}
        position = 0

        def walk(nodes: list[dict], parent: str | None, depth: int) -> None:
            nonlocal position
            for node in nodes:
                position += 1
                node_id = ids[node["code"]] = natural_id(index_id, "criterion", node["code"])
                mutations.append(("par_criterion", node_id, {
                    "index_id": index_id, "parent_id": parent, "level": _LEVEL_OF_DEPTH[min(depth, 2)],
                    "code": node["code"], "title": node["title"], "points": float(node["points"]),
                    "position": position, "certainty": node.get("certainty") or data.get("certainty"),
                    "note": node.get("note")}))
                walk(node.get("criteria") or [], node_id, depth + 1)

        walk(data["areas"], None, 0)
        for row in rows:
            mutations.append(("par_mapping", natural_id(index_id, "map", row["criterion"], row["checklist"],
                                                        row["item"]),
                              {"index_id": index_id, "criterion_id": ids[row["criterion"]],
                               "template_code": row["checklist"], "item_code": row["item"]}))
        return index_id, self.write(mutations)

    # -- reading ------------------------------------------------------------------
    def _hqs(self, entity: str, rows: builtins.list[dict]) -> builtins.list[dict]:
        """`rows` without those a laptop wrote (`hq_par.made_elsewhere`): on a laptop, its own
        device is not HQ either, so only what HQ distributed counts there too."""
        from ..storage import hq_par

        self_id = self.ws.device_id if self.ws.role == "hq" else ""
        foreign = self.memo((entity,), ("foreign", entity, self_id),
                            lambda: hq_par.made_elsewhere(self.conn, entity, self_id))
        return [r for r in rows if r["id"] not in foreign] if foreign else rows

    def indexes(self) -> builtins.list[dict]:
        return self._hqs("par_index", self._rows("par_index", order="code"))

    def index(self, index_id: str | None = None) -> dict:
        """The index `index_id`, or the one in use: the one loaded last (a province that loads its own
        index after the built-in frame uses its own); `par_not_loaded` when none is held."""
        from ..storage import hq_par

        if index_id:
            return self.get(index_id)
        held = self.indexes()
        if not held:
            raise ValidationError("par_not_loaded")
        order = self.memo(("par_index",), "loading order", lambda: hq_par.loading_order(self.conn))
        return max(held, key=lambda row: (order.get(row["id"], 0), row["code"]))

    def criteria(self, index_id: str) -> builtins.list[dict]:
        """Every node of the index (areas, criteria, sub-criteria) in the file's order."""
        return self.memo(("par_criterion",), ("criteria", index_id), lambda: self._hqs(
            "par_criterion", self._rows("par_criterion", order="position", index_id=index_id)))

    def criterion(self, criterion_id: str) -> dict:
        return self._row("par_criterion", criterion_id)

    def leaves(self, index_id: str) -> builtins.list[dict]:
        """The nodes that carry their own points: those with no children."""
        nodes = self.criteria(index_id)
        parents = {n["parent_id"] for n in nodes}
        return [n for n in nodes if n["id"] not in parents]

    def area_of(self, node: dict, index_id: str) -> dict:
        by_id = {n["id"]: n for n in self.criteria(index_id)}
        while node["parent_id"] and node["parent_id"] in by_id:
            node = by_id[node["parent_id"]]
        return node

    def mappings(self, index_id: str) -> builtins.list[dict]:
        return self.memo(("par_mapping",), ("mappings", index_id), lambda: self._hqs(
            "par_mapping", self._rows("par_mapping", order="template_code, item_code", index_id=index_id)))

    def total_points(self, index_id: str) -> float:
        return round(sum(n["points"] or 0 for n in self.criteria(index_id) if n["level"] == "area"), 2)

    # -- editing (HQ) -------------------------------------------------------------------
    def update_criterion(self, criterion_id: str, *, title: str | None = None, points: float | None = None,
                         certainty: str | None = None, note: str | None = None) -> Changes:
        """Change a node's title, points, certainty or note. Points are set on a node
        without children; its parents' points follow as the sum of theirs, in the same write."""
        self._hq_only()
        node = self.criterion(criterion_id)
        fields: dict = {}
        if title is not None:
            fields["title"] = require(title, ("tên tiêu chí", "criterion title"))
        if certainty is not None:
            fields["certainty"] = check_choice(certainty, CERTAINTIES, ("độ tin cậy", "certainty"))
        if note is not None:
            fields["note"] = note.strip() or None
        mutations: list = []
        if points is not None:
            nodes = self.criteria(node["index_id"])
            if any(n["parent_id"] == criterion_id for n in nodes):
                raise ValidationError("par_points_from_parts", criterion=node["code"])
            if isinstance(points, bool) or not isinstance(points, (int, float)) or not 0 <= points <= 100:
                raise ValidationError("invalid_value", field=("điểm tối đa", "points"), detail=repr(points))
            fields["points"] = float(points)
            mutations.extend(_parents_summed(nodes, criterion_id, float(points)))
        return self.write([("par_criterion", criterion_id, fields), *mutations])

    def map(self, criterion_id: str, template_code: str, item_code: str) -> tuple[str, Changes]:
        """Map the item `item_code` of the checklists coded `template_code` to a criterion without children."""
        self._hq_only()
        node = self.criterion(criterion_id)
        if any(n["parent_id"] == criterion_id for n in self.criteria(node["index_id"])):
            raise ValidationError("par_map_leaf", criterion=node["code"])
        template_code = require(template_code, ("mã phiếu", "checklist code"))
        item_code = require(item_code, ("mã mục", "item code"))
        templates = {t["id"] for t in self._rows("checklist_template", code=template_code)}
        if not any(i["template_id"] in templates for i in self._rows("checklist_item", code=item_code)):
            raise ValidationError("par_item_unknown", template=template_code, item=item_code)
        mapping_id = natural_id(node["index_id"], "map", node["code"], template_code, item_code)
        return mapping_id, self.write([("par_mapping", mapping_id, {
            "index_id": node["index_id"], "criterion_id": criterion_id, "template_code": template_code,
            "item_code": item_code, "deleted": False})])

    def unmap(self, mapping_id: str) -> Changes:
        self._hq_only()
        self._row("par_mapping", mapping_id)
        return self.write([("par_mapping", mapping_id, {"deleted": True})])

    # -- decisions (HQ) ----------------------------------------------------------------
    def decide(self, unit_id: str, year: int, criterion_id: str, *, proposed: float,
               accepted: float | None = None, note: str = "", by: str | None = None) -> tuple[str, Changes]:
        """Record HQ's deduction for a unit, a year and a criterion: the `proposed` points
        accepted as they are (`accepted` None), or overridden by `accepted` (a reason in
        `note` is then required). Both lie between 0 and the criterion's points. `by`
        names who decided (the current person, else this machine, when None)."""
        self._hq_only()
        self._row("org_unit", unit_id)
        node = self.criterion(criterion_id)
        top = float(node["points"] or 0)
        for value, field in ((proposed, ("điểm trừ đề xuất", "proposed deduction")),
                             (accepted, ("điểm trừ được chấp nhận", "accepted deduction"))):
            if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))
                                      or not 0 <= value <= top):
                raise ValidationError("par_points_range", field=field, value=repr(value), top=_num(top))
        kind = "accept" if accepted is None else "override"
        if kind == "override" and not note.strip():
            raise ValidationError("par_override_reason")
        decision_id = uuid7()
        return decision_id, self.write([("par_decision", decision_id, {
            "index_id": node["index_id"], "unit_id": unit_id, "year": int(year), "criterion_id": criterion_id,
            "proposed": float(proposed), "accepted": float(proposed if accepted is None else accepted),
            "kind": kind, "note": note.strip() or None, "decided_by": by or self._who(),
            "decided_at": now_local()})])

    def decision(self, unit_id: str, year: int, criterion_id: str) -> dict | None:
        """The decision in force (the newest not undone), or None."""
        rows = self._hqs("par_decision", self._rows("par_decision", order="id", unit_id=unit_id, year=int(year),
                                                    criterion_id=criterion_id))
        return rows[-1] if rows else None

    def decisions(self, year: int, unit_id: str | None = None) -> dict[tuple[str, str], dict]:
        """(unit id, criterion id) → the decision in force, for a year (one unit's, or every unit's)."""
        filters = {"year": int(year)} | ({"unit_id": unit_id} if unit_id else {})
        out: dict[tuple[str, str], dict] = {}
        for row in self._hqs("par_decision", self._rows("par_decision", order="id", **filters)):
            out[(row["unit_id"], row["criterion_id"])] = row
        return out

    def trail(self, unit_id: str, year: int, criterion_id: str) -> builtins.list[dict]:
        """Every decision ever made on it, undone ones included (`deleted` true), oldest first."""
        return queries.rows(self.conn, "par_decision", order="id", include_deleted=True, unit_id=unit_id,
                            year=int(year), criterion_id=criterion_id)

    def undo_decision(self, unit_id: str, year: int, criterion_id: str) -> Changes:
        """Withdraw the decision in force; the one before it (if any) is in force again."""
        self._hq_only()
        current = self.decision(unit_id, year, criterion_id)
        if current is None:
            raise ValidationError("nothing_to_undo")
        return self.write([("par_decision", current["id"], {"deleted": True})])

    # -- helpers ----------------------------------------------------------------------
    def _hq_only(self) -> None:
        if self.ws.role != "hq":
            raise ValidationError("par_hq_only")

    def _who(self) -> str:
        person = self.ws.people.current()
        return (person or {}).get("name") or self.ws.device_name or "—"


def _num(value: float) -> tuple[str, str]:
    text = f"{value:g}"
    return text.replace(".", ","), text


def _read(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValidationError("par_file_invalid", file=path.name, detail=type(exc).__name__) from None
    if not isinstance(data, dict):
        raise ValidationError("par_file_invalid", file=path.name, detail="JSON")
    return data


def _validate(data: dict, mapping: list, file: str) -> None:
    """Refuse a file whose tree is incomplete, whose points do not add up, or whose mapping names
    a criterion it does not hold or one with sub-criteria."""
    def bad(detail: str):
        return ValidationError("par_file_invalid", file=file, detail=detail)

    for key in ("code", "title", "areas"):
        if not data.get(key):
            raise bad(key)
    codes: dict[str, bool] = {}

    def walk(nodes, depth) -> float:
        total = 0.0
        for node in nodes:
            if not isinstance(node, dict) or not node.get("code") or not node.get("title"):
                raise bad("code/title")
            points = node.get("points")
            if isinstance(points, bool) or not isinstance(points, (int, float)) or points < 0:
                raise bad(f"{node['code']}: points")
            if node["code"] in codes:
                raise bad(f"{node['code']}: twice")
            if node.get("certainty") and node["certainty"] not in CERTAINTIES:
                raise bad(f"{node['code']}: certainty")
            children = node.get("criteria") or []
            codes[node["code"]] = not children
            if children and abs(walk(children, depth + 1) - points) > 1e-6:
                raise bad(f"{node['code']}: sum")
            total += points
        return total

    walk(data["areas"], 0)
    fallback = data.get("fallback_criterion")
    if fallback and not codes.get(fallback):
        raise bad(f"{fallback}: fallback")
    for row in mapping:
        if not codes.get(row.get("criterion")) or not row.get("checklist") or not row.get("item"):
            raise bad(f"mapping {row.get('criterion')}")


def _parents_summed(nodes: list[dict], changed_id: str, points: float) -> list:
    """The parents of `changed_id`, each with its points as the sum of its children's."""
    value = {n["id"]: float(n["points"] or 0) for n in nodes}
    value[changed_id] = points
    by_id = {n["id"]: n for n in nodes}
    out = []
    parent = by_id[changed_id]["parent_id"]
    while parent in by_id:
        value[parent] = round(sum(value[n["id"]] for n in nodes if n["parent_id"] == parent), 4)
        out.append(("par_criterion", parent, {"points": value[parent]}))
        parent = by_id[parent]["parent_id"]
    return out
