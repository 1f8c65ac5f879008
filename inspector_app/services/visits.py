"""Visits (cuộc kiểm tra): creation, lifecycle, participants and listing."""

from __future__ import annotations

import builtins

from ..changes import Changes
from ..checklists import breaches
from ..checklists import counts as counts_mod
from ..errors import LifecycleError, ValidationError
from ..ids import uuid7
from ..storage import queries
from .base import Service, check_choice, check_date, check_datetime, now_local, require

KINDS = {
    "planned": ("Theo kế hoạch, có báo trước", "Planned, with notice"),
    "surprise": ("Đột xuất, không báo trước", "Surprise, without notice"),
    "reinspection": ("Tái kiểm tra", "Re-inspection"),
    "desk_review": ("Kiểm tra qua báo cáo", "Desk review of reports"),
}
# A visit's default title: "Tái kiểm tra tại …", never "Kiểm tra tái kiểm tra tại …".
TITLE_WORDS = {
    "planned": "Kiểm tra theo kế hoạch tại",
    "surprise": "Kiểm tra đột xuất tại",
    "reinspection": "Tái kiểm tra tại",
    "desk_review": "Kiểm tra qua báo cáo đối với",
}
STATUSES = {
    "draft": ("Chưa bắt đầu", "Not started"),
    "in_progress": ("Đang kiểm tra", "In progress"),
    "concluded": ("Đã kết thúc", "Concluded"),
    "minutes_signed": ("Đã ký biên bản", "Minutes signed"),
    "exported": ("Đã xuất gửi trụ sở", "Exported"),
    "received": ("Trụ sở đã nhận", "Received at HQ"),
}
# The lifecycle: which status may follow which. A concluded visit may be
# reopened until its minutes are signed; after that only amendments change it.
TRANSITIONS = {
    "draft": {"in_progress"},
    "in_progress": {"concluded"},
    "concluded": {"in_progress", "minutes_signed"},
    "minutes_signed": {"exported", "received"},
    "exported": {"received"},
    "received": set(),
}
EDITABLE = ("in_progress", "concluded")
# Role codes of the unit's side, picked from a list (the minutes read them,
# inspector_app/minutes/people.py); the team's are plans.ROLES. Older rows may
# hold words typed before the lists: they are still read.
UNIT_ROLES = {
    "head_of_unit": ("Thủ trưởng đơn vị", "Head of the unit"),
    "authorized": ("Người được ủy quyền", "Authorised representative"),
    "representative": ("Đại diện đơn vị", "Representative of the unit"),
    "receiving": ("Công chức tiếp nhận hồ sơ", "Officer receiving applications"),
    "staff": ("Cán bộ, công chức", "Staff member"),
    "witness": ("Người chứng kiến", "Witness"),
}
# A participant's recorded gender: the minutes say "Ông" or "Bà" from it.
GENDERS = {
    "male": ("Ông", "Mr"),
    "female": ("Bà", "Ms"),
}
SIDES = {
    "team": ("Đoàn kiểm tra", "Inspection team"),
    "unit": ("Đơn vị được kiểm tra", "Inspected unit"),
    "witness": ("Người chứng kiến", "Witness"),
}


class Visits(Service):
    ENTITY = "visit"
    def create(self, unit_id: str, kind: str, scheduled_on, template_ids: list[str], *,
               plan_id: str | None = None, team_id: str | None = None, title: str | None = None,
               place: str | None = None, trigger: str | None = None) -> tuple[str, Changes]:
        """A new visit (a draft until arrival). `trigger`: why a surprise visit is made, when
        known as it is set up (the new-visit dialog asks), stored with it (see `set_trigger`)."""
        unit = self._row("org_unit", unit_id)
        check_choice(kind, KINDS, ("hình thức kiểm tra", "kind of visit"))
        day = require(check_date(scheduled_on, ("ngày kiểm tra", "visit date")), ("ngày kiểm tra", "visit date"))
        if plan_id:
            self._row("plan", plan_id)
        if team_id:
            self._row("team", team_id)
        if not template_ids:
            require(None, ("phiếu kiểm tra", "checklist"))
        for template_id in template_ids:
            template = self._row("checklist_template", template_id)
            if template["status"] != "published":
                raise ValidationError("invalid_value", field=("phiếu kiểm tra", "checklist"),
                                      detail=(f"{template['title']} (bản nháp, chưa ban hành)",
                                              f"{template['title']} (a draft, not yet published)"))
        visit_id = uuid7()
        mutations = [("visit", visit_id, {
            "unit_id": unit_id, "kind": kind, "scheduled_on": day, "plan_id": plan_id,
            "team_id": team_id, "status": "draft", "place": place or unit.get("address"),
            # The person recording on this laptop (the first-run wizard's inspector) writes
            # the minutes unless another recorder is chosen: their agency heads them.
            "recorder_id": self.ws.writer.person_id if self._row_or_none("person", self.ws.writer.person_id)
            else None,
            "title": title or f"{TITLE_WORDS[kind]} {unit['name']}"})]
        if trigger and trigger.strip():
            mutations[0][2]["trigger"] = _trigger_text(trigger)
        for position, template_id in enumerate(template_ids, 1):
            mutations.append(("visit_checklist", uuid7(), {
                "visit_id": visit_id, "template_id": template_id, "position": position}))
        return visit_id, self.write(mutations)

    def update(self, visit_id: str, **fields) -> Changes:
        visit = self._row("visit", visit_id)
        allowed = {"title", "place", "scheduled_on", "plan_id", "team_id"}
        unknown = set(fields) - allowed
        if unknown:
            raise ValidationError("unknown_field", field=", ".join(sorted(unknown)), what=("cuộc kiểm tra", "visit"))
        if visit["status"] not in ("draft", *EDITABLE):
            self._not_editable(visit)
        if "scheduled_on" in fields:
            fields["scheduled_on"] = require(check_date(fields["scheduled_on"], ("ngày kiểm tra", "visit date")),
                                             ("ngày kiểm tra", "visit date"))
        return self.write([("visit", visit_id, fields)])

    # -- lifecycle --------------------------------------------------------------
    def _transition(self, visit: dict, target: str) -> None:
        if target not in TRANSITIONS.get(visit["status"], set()):
            raise LifecycleError("bad_transition", current=STATUSES[visit["status"]],
                                 target=STATUSES.get(target, (target, target)))

    def _not_editable(self, visit: dict):
        hint = ("Hãy bắt đầu cuộc kiểm tra trước.", "Start the visit first.") \
            if visit["status"] == "draft" else \
            ("Mọi thay đổi phải qua biên bản bổ sung.", "Changes need an amendment to the minutes.")
        raise LifecycleError("visit_not_editable", status=STATUSES[visit["status"]], hint=hint)

    def check_editable(self, visit_id: str) -> dict:
        visit = self.memo(("visit",), visit_id, lambda: self._row("visit", visit_id))
        if visit["status"] not in EDITABLE:
            self._not_editable(visit)
        return visit

    def start(self, visit_id: str, arrived_at=None, trigger: str | None = None) -> Changes:
        """Arrival: stamps the time (now unless given) and opens the checklist. `trigger`:
        why a surprise visit is made (a leader's direction, a citizen's report, a press
        article), recorded with the arrival in one step (see `set_trigger`)."""
        visit = self._row("visit", visit_id)
        self._transition(visit, "in_progress")
        when = check_datetime(arrived_at, ("giờ đến", "arrival time")) or now_local()
        mutations = [("visit", visit_id, {"status": "in_progress", "arrived_at": visit["arrived_at"] or when})]
        if trigger and trigger.strip():
            mutations[0][2]["trigger"] = _trigger_text(trigger)
        return self.write(mutations)

    # -- a surprise visit's trigger -----------------------------------------------
    def set_trigger(self, visit_id: str, text: str) -> Changes:
        """Record (or correct; "" removes) why the visit was made: "theo phản ánh của công dân
        qua Đường dây nóng ngày 15/11/2026 về …". The minutes state it in their opening
        ("Lý do kiểm tra đột xuất: …"). One undoable step; refused once the minutes are
        signed (an amendment is needed)."""
        visit = self.check_editable(visit_id)
        text = _trigger_text(text)
        if text == (visit.get("trigger") or ""):
            return Changes()
        return self.write([("visit", visit_id, {"trigger": text or None})])

    def trigger(self, visit_id: str) -> str:
        """The recorded reason for the visit, "" when none."""
        return self._row("visit", visit_id).get("trigger") or ""

    def set_arrival(self, visit_id: str, arrived_at, reason: str) -> Changes:
        """Correct the stamped arrival time; the reason is kept with it."""
        visit = self.check_editable(visit_id)
        when = require(check_datetime(arrived_at, ("giờ đến", "arrival time")), ("giờ đến", "arrival time"))
        if not reason or not reason.strip():
            raise ValidationError("reason_required", why=("sửa giờ đến", "changing the arrival time"))
        note = f"{visit['arrived_at']} → {when}: {reason.strip()}"
        return self.write([("visit", visit_id, {"arrived_at": when, "arrival_note": note})])

    def conclude(self, visit_id: str, left_at=None, reason: str | None = None) -> Changes:
        """Leaving: stamps the time. With required items unanswered, a reason is needed."""
        visit = self._row("visit", visit_id)
        self._transition(visit, "concluded")
        missing = self.ws.answers.unanswered_required(visit_id)
        if missing and not (reason and reason.strip()):
            raise ValidationError("reason_required", why=(
                f"còn {len(missing)} tiêu chí bắt buộc chưa trả lời",
                f"{len(missing)} required items are unanswered"))
        when = check_datetime(left_at, ("giờ kết thúc", "leaving time")) or now_local()
        return self.write([("visit", visit_id, {"status": "concluded", "left_at": when,
                                                "conclude_note": (reason or "").strip() or None})])

    def reopen(self, visit_id: str) -> Changes:
        visit = self._row("visit", visit_id)
        self._transition(visit, "in_progress")
        return self.write([("visit", visit_id, {"status": "in_progress"})])

    def set_status(self, visit_id: str, target: str) -> Changes:
        """Later steps of the lifecycle (minutes signed, exported, received)."""
        visit = self._row("visit", visit_id)
        check_choice(target, STATUSES, ("trạng thái", "status"))
        self._transition(visit, target)
        return self.write([("visit", visit_id, {"status": target})])

    # -- participants -----------------------------------------------------------
    def add_participant(self, visit_id: str, side: str, name: str, position: str = "",
                        role: str = "", present: bool = True, gender: str | None = None) -> tuple[str, Changes]:
        """Add a person to the visit. `gender` is 'male', 'female' or None (not recorded:
        the minutes then guess Ông/Bà from the name). A person already listed on the same
        side is refused (`duplicate_participant`), with the row that holds them."""
        self.check_editable(visit_id)
        check_choice(side, SIDES, ("bên tham dự", "side"))
        name = require(name, ("họ và tên", "name"))
        if gender:
            check_choice(gender, GENDERS, ("giới tính (Ông/Bà)", "gender (Mr/Ms)"))
        self._refuse_twice(visit_id, side, name)
        participant_id = uuid7()
        return participant_id, self.write([("participant", participant_id, {
            "visit_id": visit_id, "side": side, "name": name, "position": position or None,
            "role": role or None, "present": present, "gender": gender or None})])

    def _refuse_twice(self, visit_id: str, side: str, name: str, keep: str | None = None) -> None:
        """The same person twice on one side is refused when typed, not only flagged later."""
        from ..minutes.people import same_person

        for n, other in enumerate((p for p in self.participants(visit_id) if p["side"] == side), 1):
            if other["id"] != keep and same_person(other["name"], name):
                raise ValidationError("duplicate_participant", name=other["name"], side=SIDES[side], row=n)

    def edit_participant(self, participant_id: str, *, name: str | None = None, position: str | None = None,
                         role: str | None = None, present: bool | None = None,
                         side: str | None = None, gender: str | None = None) -> Changes:
        """Change a participant's name, position, role, presence, side or gender (the fields
        given; gender "" clears it).

        Checked as `add_participant` checks them (a name is required, a known side and
        gender, not the same person twice on one side);
        one undoable step in the op log; refused once the minutes are signed, with the
        message that an amendment is needed. Nothing given, or nothing different:
        no operation and empty `Changes`."""
        row = self._row("participant", participant_id)
        self.check_editable(row["visit_id"])
        fields: dict = {}
        if name is not None:
            fields["name"] = require(name.strip(), ("họ và tên", "name"))
        if position is not None:
            fields["position"] = position.strip() or None
        if role is not None:
            fields["role"] = role.strip() or None
        if present is not None:
            fields["present"] = bool(present)
        if side is not None:
            check_choice(side, SIDES, ("bên tham dự", "side"))
            fields["side"] = side
        if gender is not None:
            if gender:
                check_choice(gender, GENDERS, ("giới tính (Ông/Bà)", "gender (Mr/Ms)"))
            fields["gender"] = gender or None
        if "name" in fields or "side" in fields:
            self._refuse_twice(row["visit_id"], fields.get("side", row["side"]), fields.get("name", row["name"]),
                               keep=participant_id)
        fields = {key: value for key, value in fields.items() if row.get(key) != value}
        return self.write([("participant", participant_id, fields)]) if fields else Changes()

    def remove_participant(self, participant_id: str) -> Changes:
        row = self._row("participant", participant_id)
        self.check_editable(row["visit_id"])
        return self.write([("participant", participant_id, {"deleted": True})])

    def add_team_members(self, visit_id: str) -> Changes:
        """Every member of the visit's team as a participant on the team's side, once.

        Members already listed (same name on the team's side) are not added
        again; a visit without a team is refused with a message saying where
        to choose one."""
        visit = self.check_editable(visit_id)
        if not visit["team_id"]:
            raise ValidationError("visit_without_team")
        present = {p["name"] for p in self.participants(visit_id) if p["side"] == "team"}
        changes = Changes()
        with self.ws.writer.batch():
            for member in self.ws.plans.members(visit["team_id"]):
                if member["name"] not in present:
                    changes = changes | self.add_participant(
                        visit_id, "team", member["name"], member["position"] or "", member["role"] or "")[1]
                    present.add(member["name"])
        return changes

    def participants(self, visit_id: str) -> list[dict]:
        order = list(SIDES)
        return sorted(self._rows("participant", visit_id=visit_id),
                      key=lambda p: (order.index(p["side"]), p["id"]))

    def set_recorder(self, visit_id: str, person_id: str) -> Changes:
        self._row("person", person_id)
        self.check_editable(visit_id)
        return self.write([("visit", visit_id, {"recorder_id": person_id})])

    # -- reading ----------------------------------------------------------------
    def template_ids(self, visit_id: str) -> list[str]:
        return [r["template_id"] for r in self._rows("visit_checklist", order="position", visit_id=visit_id)]

    def list(self, *, status=None, unit_id=None, plan_id=None, kind=None, day=None, text: str | None = None,
             limit: int = 50, offset: int = 0) -> list[dict]:
        """A page of visits, newest first, with unit, plan, team and answer count.
        `status` may be one status or a list of them; `day` an ISO date."""
        ids = None
        if text and text.strip():
            ids = [row_id for _e, row_id in self.ws.search.raw(text, entities=("visit",), limit=10_000)]
        return queries.visit_page(self.conn, status=status, unit_id=unit_id, plan_id=plan_id,
                                  kind=kind, day=day, ids=ids, limit=limit, offset=offset)

    def counts(self, visit_id: str) -> dict:
        """The visit's counts, the one computation the screen, the conclusion and the
        minutes show (`checklists/counts.visit_counts`): items checked, not applicable,
        non-compliant (own answers and derived from records), points per area of a
        scored checklist, rows / flagged rows / late files per repeatable section."""
        return counts_mod.visit_counts(*self.evidence_of(visit_id))

    def consistency(self, visit_id: str) -> dict:
        """What the visit's records and verdicts disagree on, before anything is printed:
        `contradictions` (an item answered "Đạt" or "Không áp dụng" while records breach
        it, with the rows) and `duplicates` (one person or file twice in one table)."""
        structures, held, records = self.evidence_of(visit_id)
        return {"contradictions": breaches.contradictions(structures, held, records),
                "duplicates": breaches.duplicates(structures, held, records)}

    def mark_breached(self, visit_id: str, item_id: str) -> Changes:
        """Correct an item answered "Đạt" (or "Không áp dụng") while records breach it:
        in one undoable step, its answer becomes the item's non-compliant choice and a
        line naming the rows ("Không đạt: Nguyễn Văn A (Đeo thẻ công chức, viên chức:
        Không); …") is added to its note. Refused (`no_contradiction`) when no record
        breaches it any more; after signing, with the amendment message."""
        from ..checklists import answer_types

        self.check_editable(visit_id)
        found = next((c for c in self.consistency(visit_id)["contradictions"] if c["item"]["id"] == item_id), None)
        if found is None:
            item = self.ws.checklists.find_item(item_id)
            raise ValidationError("no_contradiction", item=(item or {}).get("code") or item_id)
        item = found["item"]
        value = next((v for v in answer_types.keys(item) if answer_types.is_noncompliant(item, v)), None)
        if value is None:                     # an item whose answers cannot say "Không đạt"
            raise ValidationError("no_contradiction", item=item["code"])
        held = self.ws.answers.of_visit(visit_id).get((item_id, None)) or {}
        line = "Không đạt: " + "; ".join(b.phrase() for b in found["breaches"]) + "."
        note = "\n".join(filter(None, [(held.get("note") or "").strip(), line]))
        return self.ws.answers.answer(visit_id, item_id, value, note=note)

    def derived_verdicts(self, visit_id: str) -> dict:
        """Item id → the record answers that breach it (`checklists/breaches.Breach`)."""
        return breaches.derived_verdicts(*self.evidence_of(visit_id))

    def evidence_of(self, visit_id: str) -> tuple[builtins.list[dict], dict, dict]:   # `list` is a method here
        """(the structures of the visit's checklists, its answers by (item id, record id),
        its live records by section id): what counts and verdicts are computed from."""
        structures = [self.ws.checklists.structure(t) for t in self.template_ids(visit_id)]
        return structures, self.ws.answers.of_visit(visit_id), self.ws.answers.records_by_section(visit_id)

    def visit_date(self, visit: dict) -> str:
        return (visit["arrived_at"] or "")[:10] or visit["scheduled_on"]


def _trigger_text(text: str | None) -> str:
    """A trigger as stored: one line, no closing "." or ";" (the minutes add their own)."""
    return " ".join((text or "").split()).rstrip(".;")
