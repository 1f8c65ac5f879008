"""Workspaces that know each other, as after enrollment and a first distribution."""

from __future__ import annotations

from inspector_app.ids import uuid7
from inspector_app.storage import sync_store
from inspector_app.sync.trust import self_device
from inspector_app.workspace import Workspace

# Why a re-inspection looks only at the earlier requests (the minutes say so).
REASON = "Chỉ kiểm tra lại việc thực hiện kiến nghị"


def workspace(tmp, name: str, role: str = "field") -> Workspace:
    return Workspace.create(tmp / name, role, device_name=name, builtin_checklists=False)


def introduce(*workspaces: Workspace) -> None:
    """Every workspace trusts every other (what enrollment + distribution do)."""
    for ws in workspaces:
        with ws.writer.batch():
            for other in workspaces:
                if other is not ws:
                    sync_store.save_device(ws.db.conn, self_device(other), "trusted")


def send(source: Workspace, kind: str, target: Workspace, usb, **options):
    """Export a bundle of `kind` from `source` for `target` and import it there."""
    result = source.sync.export(kind, usb, recipients=[self_device(target)], **options)
    report = target.sync.import_file(result.path)
    assert report.status in ("accepted", "already_had"), report.message("en")
    return report


def visit_on(ws: Workspace, ids: dict) -> str:
    """A laptop's visit on the distributed unit, checklist, plan and team, started."""
    visit, _ = ws.visits.create(ids["unit"], "surprise", "2026-11-20", [ids["template"]], plan_id=ids["plan"],
                                team_id=ids["team"])
    ws.visits.start(visit, "2026-11-20T08:05:00+07:00")
    return visit


def reference_data(ws: Workspace) -> dict:
    """What HQ distributes (as `setup_visit` makes it, without the visit)."""
    from tests.helpers.factories import LEGAL, small_checklist

    ws.checklists.import_legal(LEGAL)
    template, _ = ws.checklists.import_data(small_checklist())
    province, _ = ws.units.create("Ủy ban nhân dân thành phố Hà Nội", "province", code="01")
    ward, _ = ws.units.create("Ủy ban nhân dân phường Ba Đình", "commune", parent_id=province, code="00004")
    plan, _ = ws.plans.create("87/KH-UBND", "Kiểm tra công tác cải cách hành chính năm 2026",
                              issuer="Ủy ban nhân dân thành phố Hà Nội", issued_on="2026-04-05")
    team, _ = ws.plans.create_team("Đoàn kiểm tra số 1", plan)
    return {"template": template, "unit": ward, "province": province, "plan": plan, "team": team,
            "items": {i["code"]: i["id"] for i in ws.checklists.items(template)},
            "sections": {s["code"]: s["id"] for s in ws.checklists.sections(template)}}


def tamper_after_signing(hq: Workspace, second: Workspace, usb, visit: str, requests: list[str]) -> None:
    """Laptop `second` checks the first request on the re-inspection `visit`,
    signs, sends its findings to HQ; then, past its own program's refusals,
    turns the result around and adds a check of the second request."""
    r1, r2 = requests[:2]
    second.visits.start(visit, "2027-01-15T08:00:00+07:00")
    check, _ = second.reinspection.record(visit, r1, "not_fixed")
    second.visits.conclude(visit, "2027-01-15T10:30:00+07:00", reason=REASON)
    second.visits.set_status(visit, "minutes_signed")
    assert "set_aside" not in send(second, "findings", hq, usb).details
    second.writer.write([("request_check", check, {"result": "fixed"})])
    second.writer.write([("request_check", uuid7(), {"visit_id": visit, "request_id": r2, "result": "fixed"})])
