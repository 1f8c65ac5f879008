"""Checklist templates: versioned, immutable once a visit used them."""

from __future__ import annotations

import builtins

from ..changes import Changes
from ..checklists import answer_types, loader
from ..errors import ValidationError
from ..ids import natural_id, uuid7
from ..paths import resources_dir
from ..storage import queries
from .base import Service, require

KINDS = {
    "one_stop_surprise": ("Kiểm tra đột xuất Bộ phận Một cửa", "Surprise one-stop desk inspection"),
    "civil_service": ("Kiểm tra công vụ", "Civil-service discipline inspection"),
    "par_index": ("Kiểm tra cải cách hành chính theo Chỉ số CCHC", "Administrative-reform (PAR index) inspection"),
}

ITEM_FIELDS = ("code", "text", "answer_type", "required", "points", "max_score", "choices", "unit",
               "evidence_required", "guidance", "legal_basis", "condition", "derive")


def _item_fields(item: dict) -> dict:
    return {
        "code": item["code"], "text": item["text"], "answer_type": item["answer_type"],
        "required": bool(item.get("required", True)),
        "points": float(item["points"]) if item.get("points") is not None else None,
        "max_score": float(item["max_score"]) if item.get("max_score") is not None else None,
        "choices": item.get("choices"), "unit": item.get("unit"),
        "evidence_required": bool(item.get("evidence_required", False)),
        "guidance": item.get("guidance"), "legal_basis": item.get("legal_basis") or None,
        "condition": item.get("condition"), "derive": item.get("derive"),
    }


class Checklists(Service):

    def template(self, template_id: str) -> dict:
        """A live checklist version, or NotFoundError."""
        return self._row("checklist_template", template_id)

    def section(self, section_id: str) -> dict:
        """A live checklist section, or NotFoundError."""
        return self._row("checklist_section", section_id)

    def find_section(self, section_id: str | None) -> dict | None:
        return self._row_or_none("checklist_section", section_id)

    def item(self, item_id: str) -> dict:
        """A live checklist item, or NotFoundError."""
        return self._row("checklist_item", item_id)

    def find_item(self, item_id: str | None) -> dict | None:
        """A live item, or None. Every item is read at once and remembered until a
        checklist changes, so moving along a checklist reads nothing."""
        if not item_id:
            return None
        return self.memo(("checklist_item",), "items by id",
                         lambda: {item["id"]: item for item in self._rows("checklist_item")}).get(item_id)

    # -- loading ----------------------------------------------------------------
    def load_builtin(self) -> Changes:
        """Load `resources/checklists/` (legal bases, then every checklist)."""
        legal, checklists = loader.load_folder(resources_dir() / "checklists")
        changes = self.import_legal(legal)
        for _name, data in checklists:
            changes = changes | self.import_data(data, source="builtin")[1]
        return changes

    def import_legal(self, documents: builtins.list[dict]) -> Changes:
        mutations = []
        for doc in documents:
            fields = {k: doc.get(k) for k in ("ref", "number", "kind", "issuer", "issued_on", "title",
                                              "effective_from", "effective_to", "replaced_by")}
            mutations.append(("legal_document", natural_id("legal_document", doc["ref"]), fields))
        return self.write(mutations)

    def import_data(self, data: dict, source: str = "builtin") -> tuple[str, Changes]:
        """Store a validated checklist file. Ids derive from code and version,
        so every laptop that loads the same file holds the same rows."""
        refs = {d["ref"] for d in self.legal_documents()}
        loader.validate_checklist(data, data.get("code", "?"), refs)
        template_id = natural_id("checklist_template", data["code"], str(data["version"]))
        return template_id, self.write(self._template_mutations(template_id, data, source, natural=True))

    def _template_mutations(self, template_id, data, source, natural, based_on=None):
        mutations = [("checklist_template", template_id, {
            "code": data["code"], "version": data["version"], "kind": data["kind"],
            "title": data["title"], "description": data.get("description"),
            "status": data.get("status", "published"), "source": source, "based_on": based_on})]
        for s_pos, section in enumerate(data["sections"], 1):
            section_id = natural_id(template_id, "section", section["code"]) if natural else uuid7()
            mutations.append(("checklist_section", section_id, {
                "template_id": template_id, "position": s_pos, "code": section["code"],
                "title": section["title"], "repeatable": bool(section.get("repeatable", False)),
                "record_label": section.get("record_label"), "guidance": section.get("guidance")}))
            for i_pos, item in enumerate(section["items"], 1):
                item_id = natural_id(template_id, "item", item["code"]) if natural else uuid7()
                mutations.append(("checklist_item", item_id, {
                    "template_id": template_id, "section_id": section_id,
                    "position": s_pos * 1000 + i_pos, **_item_fields(item)}))
        return mutations

    # -- reading ----------------------------------------------------------------
    def list(self) -> builtins.list[dict]:
        return self._rows("checklist_template", order="code, version")

    def item_count(self, template_id: str) -> int:
        return queries.count(self.conn, "checklist_item", template_id=template_id)

    def legal_documents(self) -> builtins.list[dict]:
        return self._rows("legal_document", order="ref")

    def sections(self, template_id: str) -> builtins.list[dict]:
        return self._rows("checklist_section", order="position", template_id=template_id)

    def items(self, template_id: str) -> builtins.list[dict]:
        return self._rows("checklist_item", order="position", template_id=template_id)

    def structure(self, template_id: str) -> dict:
        """The template with its sections, each with its items, in order.
        Remembered until a checklist row changes (callers must not mutate it)."""
        return self.memo(("checklist_template", "checklist_section", "checklist_item"), template_id,
                         lambda: self._structure(template_id))

    def _structure(self, template_id: str) -> dict:
        template = self._row("checklist_template", template_id)
        by_section: dict[str, list] = {}
        for item in self.items(template_id):
            by_section.setdefault(item["section_id"], []).append(item)
        sections = [{**s, "items": by_section.get(s["id"], [])} for s in self.sections(template_id)]
        return {**template, "sections": sections}

    def in_use(self, template_id: str) -> bool:
        return queries.template_in_use(self.conn, template_id)

    def citations(self, item: dict, on_date: str) -> builtins.list[dict]:
        """The item's legal bases in force on `on_date` (versioned reference data).

        When none of the cited documents is in force that day (a replacement
        not yet mapped), the ones already issued by then are kept."""
        docs = {d["ref"]: d for d in self.legal_documents()}
        cited = [(c, docs[c["doc"]]) for c in item.get("legal_basis") or [] if c["doc"] in docs]
        started = [(c, d) for c, d in cited if d["effective_from"] <= on_date]
        in_force = [(c, d) for c, d in started if d["effective_to"] is None or on_date <= d["effective_to"]]
        return [{"number": d["number"], "kind": d["kind"], "title": d["title"],
                 "article": c.get("article") or "", "ref": d["ref"]}
                for c, d in (in_force or started)]

    # -- editing a local version ------------------------------------------------
    def lock_reason(self, template_id: str) -> str | None:
        """Why a template cannot be edited: "in_use", "published", or None."""
        template = self._row("checklist_template", template_id)
        if self.in_use(template_id):
            return "in_use"
        return "published" if template["status"] == "published" else None

    def _editable(self, template_id: str) -> dict:
        template = self._row("checklist_template", template_id)
        if self.in_use(template_id) or template["status"] == "published":
            raise ValidationError("template_locked", title=template["title"], version=template["version"])
        return template

    def new_version(self, template_id: str) -> tuple[str, Changes]:
        """Copy a template into a new local draft version that can be edited."""
        source = self.structure(template_id)
        version = queries.latest_template_version(self.conn, source["code"]) + 1
        data = {**source, "version": version, "status": "draft",
                "sections": [{**s, "items": s["items"]} for s in source["sections"]]}
        new_id = uuid7()
        return new_id, self.write(self._template_mutations(new_id, data, "local", natural=False,
                                                           based_on=template_id))

    def publish(self, template_id: str) -> Changes:
        self._editable(template_id)
        return self.write([("checklist_template", template_id, {"status": "published"})])

    def update_template(self, template_id: str, **fields) -> Changes:
        self._editable(template_id)
        allowed = {k: fields[k] for k in ("title", "description") if k in fields}
        if "title" in allowed:
            require(allowed["title"], ("tên phiếu", "checklist title"))
        return self.write([("checklist_template", template_id, allowed)])

    def add_section(self, template_id: str, code: str, title: str, repeatable: bool = False,
                    record_label: str | None = None, guidance: str | None = None) -> tuple[str, Changes]:
        """A new section at the end of a draft checklist, with its guidance, in one step."""
        self._editable(template_id)
        require(code, ("mã phần", "section code"))
        require(title, ("tên phần", "section title"))
        if repeatable:
            require(record_label, ("tên một dòng", "record label"))
        position = queries.next_position(self.conn, "checklist_section", "template_id", template_id)
        section_id = uuid7()
        return section_id, self.write([("checklist_section", section_id, {
            "template_id": template_id, "position": position, "code": code, "title": title,
            "repeatable": repeatable, "record_label": record_label,
            "guidance": (guidance or "").strip() or None})])

    def update_section(self, section_id: str, **fields) -> Changes:
        """Rename a section of a draft or change whether it is repeatable."""
        section = self._row("checklist_section", section_id)
        self._editable(section["template_id"])
        unknown = set(fields) - {"code", "title", "repeatable", "record_label", "guidance"}
        if unknown:
            raise ValidationError("unknown_field", field=", ".join(sorted(unknown)),
                                  what=("phần của phiếu", "section"))
        merged = {**section, **fields}
        require(merged["code"], ("mã phần", "section code"))
        require(merged["title"], ("tên phần", "section title"))
        if merged["repeatable"]:
            require(merged["record_label"], ("tên một dòng", "record label"))
        fields = {k: (v.strip() or None) if isinstance(v, str) else v for k, v in fields.items()}
        if "repeatable" in fields:
            fields["repeatable"] = bool(fields["repeatable"])
        return self.write([("checklist_section", section_id, fields)])

    def remove_section(self, section_id: str) -> Changes:
        """Remove a section of a draft with its items."""
        section = self._row("checklist_section", section_id)
        self._editable(section["template_id"])
        items = self._rows("checklist_item", section_id=section_id)
        return self.write([("checklist_item", i["id"], {"deleted": True}) for i in items]
                          + [("checklist_section", section_id, {"deleted": True})])

    def add_item(self, section_id: str, code: str, text: str, answer_type: str = "compliance",
                 **extra) -> tuple[str, Changes]:
        section = self._row("checklist_section", section_id)
        self._editable(section["template_id"])
        item = self._checked_item({"code": code, "text": text, "answer_type": answer_type, **extra},
                                  section["template_id"])
        siblings = [i["position"] for i in self._rows("checklist_item", section_id=section_id)]
        position = (max(siblings) + 1) if siblings else section["position"] * 1000 + 1
        item_id = uuid7()
        return item_id, self.write([("checklist_item", item_id, {
            "template_id": section["template_id"], "section_id": section_id, "position": position,
            **_item_fields(item)})])

    def update_item(self, item_id: str, **fields) -> Changes:
        item = self._row("checklist_item", item_id)
        self._editable(item["template_id"])
        unknown = set(fields) - set(ITEM_FIELDS)
        if unknown:
            raise ValidationError("unknown_field", field=", ".join(sorted(unknown)), what=("tiêu chí", "item"))
        merged = self._checked_item({**item, **fields}, item["template_id"], item_id)
        return self.write([("checklist_item", item_id, {k: _item_fields(merged)[k] for k in fields})])

    def remove_item(self, item_id: str) -> Changes:
        item = self._row("checklist_item", item_id)
        self._editable(item["template_id"])
        return self.write([("checklist_item", item_id, {"deleted": True})])

    def _checked_item(self, item: dict, template_id: str, item_id: str | None = None) -> dict:
        require(item.get("code"), ("mã tiêu chí", "item code"))
        require(item.get("text"), ("nội dung tiêu chí", "item text"))
        problems = answer_types.check_settings(item)  # the loader refuses a file's item with the same
        if problems:
            raise problems[0].error()
        others = {i["code"] for i in self.items(template_id) if i["id"] != item_id}
        if item["code"] in others:
            raise ValidationError("invalid_value", field=("mã tiêu chí", "item code"),
                                  detail=(f"{item['code']} đã có", f"{item['code']} already exists"))
        return item
