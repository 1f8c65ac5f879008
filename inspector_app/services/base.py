"""What every service shares: reading rows, refusing bad input, writing."""

from __future__ import annotations

import datetime as dt
import threading
from typing import TYPE_CHECKING

from ..changes import Changes
from ..errors import NotFoundError, ValidationError
from ..storage import queries, state

if TYPE_CHECKING:
    from ..workspace import Workspace

# Names shown to users for each entity, (Vietnamese, English).
LABELS = {
    "person": ("người dùng", "person"),
    "org_unit": ("đơn vị", "unit"),
    "legal_document": ("văn bản pháp lý", "legal document"),
    "checklist_template": ("phiếu kiểm tra", "checklist"),
    "checklist_section": ("phần của phiếu kiểm tra", "checklist section"),
    "checklist_item": ("tiêu chí", "checklist item"),
    "plan": ("kế hoạch kiểm tra", "plan"),
    "team": ("đoàn kiểm tra", "team"),
    "team_member": ("thành viên đoàn", "team member"),
    "assignment": ("phân công", "assignment"),
    "visit": ("cuộc kiểm tra", "visit"),
    "visit_checklist": ("phiếu của cuộc kiểm tra", "visit checklist"),
    "participant": ("thành phần tham dự", "participant"),
    "section_record": ("dòng của phần lặp lại", "section row"),
    "observation": ("kết quả tiêu chí", "answer"),
    "finding": ("ghi nhận", "finding"),
    "request": ("kiến nghị", "request"),
    "request_check": ("kết quả kiểm tra lại kiến nghị", "re-inspection check"),
    "media": ("tệp minh chứng", "evidence file"),
    "evidence_link": ("liên kết minh chứng", "evidence link"),
    "minutes": ("biên bản", "minutes"),
    "par_index": ("bộ chỉ số cải cách hành chính", "PAR index"),
    "par_criterion": ("tiêu chí của chỉ số cải cách hành chính", "PAR criterion"),
    "par_mapping": ("liên kết tiêu chí với chỉ số", "PAR mapping"),
    "par_decision": ("quyết định điểm trừ", "deduction decision"),
}


class Service:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    @property
    def conn(self):
        return self.ws.db.conn

    def _row(self, entity: str, row_id: str | None) -> dict:
        """A live row of any entity, or a NotFoundError naming what was looked for.

        For the core's own use: outside it, each service's typed getters
        (`ws.visits.get(visit_id)`) are the way in."""
        row = state.get_row(self.conn, entity, row_id) if row_id else None
        if row is None or row["deleted"]:
            raise NotFoundError("not_found", what=LABELS[entity], id=row_id or "—")
        return row

    def _row_or_none(self, entity: str, row_id: str | None) -> dict | None:
        """A live row of any entity, or None (the core's own use)."""
        row = state.get_row(self.conn, entity, row_id) if row_id else None
        return None if row is None or row["deleted"] else row

    # The entity whose rows `get` and `find` return (ws.visits.get(visit_id)); None
    # for a service that has no single main entity (search, checklists, answers).
    ENTITY: str | None = None

    def get(self, row_id: str) -> dict:
        """A live row of this service's entity, or a NotFoundError naming it."""
        assert self.ENTITY is not None, f"{type(self).__name__} has no main entity"
        return self._row(self.ENTITY, row_id)

    def find(self, row_id: str | None) -> dict | None:
        """A live row of this service's entity, or None."""
        assert self.ENTITY is not None, f"{type(self).__name__} has no main entity"
        return self._row_or_none(self.ENTITY, row_id)

    def _rows(self, entity: str, order: str = "id", **equals) -> list[dict]:
        return queries.rows(self.conn, entity, order=order, **equals)

    def write(self, mutations) -> Changes:
        return self.ws.writer.write(mutations)

    def memo(self, depends_on: tuple[str, ...], key, load):
        """`load()`, remembered until a row of `depends_on` changes.

        Each thread keeps its own memo: a worker inside a batch reads rows it
        has not committed yet, which no other thread may be handed."""
        local = self.__dict__.setdefault("_memo", threading.local())
        cache = local.__dict__.setdefault("cache", {})
        stamp = (depends_on, tuple(self.ws.writer.generations[e] for e in depends_on), key)
        if stamp not in cache:
            if len(cache) > 20_000:
                cache.clear()
            cache[stamp] = load()
        return cache[stamp]


def require(value, field: tuple[str, str]):
    """`value`, stripped, or a ValidationError naming the empty field."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValidationError("required", field=field)
    return value.strip() if isinstance(value, str) else value


def check_choice(value, allowed, field: tuple[str, str]):
    """`value` if it is one of `allowed`, else a ValidationError listing the choices.

    When `allowed` maps codes to (Vietnamese, English) names, the choices are
    listed by name in each language, not by code."""
    if value not in allowed:
        if isinstance(allowed, dict) and all(isinstance(v, tuple) and len(v) == 2 for v in allowed.values()):
            detail: object = (f"{value!r} (chọn: " + ", ".join(v[0] for v in allowed.values()) + ")",
                              f"{value!r} (choose: " + ", ".join(v[1] for v in allowed.values()) + ")")
        else:
            detail = f"{value!r} (" + ", ".join(map(str, allowed)) + ")"
        raise ValidationError("invalid_value", field=field, detail=detail)
    return value


def check_date(value, field: tuple[str, str]) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(value).isoformat()
    except (TypeError, ValueError):
        raise ValidationError("invalid_value", field=field, detail=repr(value)) from None


def check_datetime(value, field: tuple[str, str]) -> str | None:
    if value is None or value == "":
        return None
    try:
        moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValidationError("invalid_value", field=field, detail=repr(value)) from None
    # A time without a zone is the laptop's local time: store it with its offset.
    return moment.astimezone().isoformat(timespec="seconds") if moment.tzinfo is None \
        else moment.isoformat(timespec="seconds")


def now_local() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")
