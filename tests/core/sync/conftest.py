from __future__ import annotations

import pytest

from .helpers import REASON, introduce, reference_data, send, visit_on, workspace


@pytest.fixture
def usb(tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.fixture
def hq(tmp_path):
    ws = workspace(tmp_path, "Tru so", "hq")
    yield ws
    ws.close()


@pytest.fixture
def pair(tmp_path, hq):
    """HQ and one laptop that know each other's keys (no data yet)."""
    laptop = workspace(tmp_path, "May 1")
    introduce(hq, laptop)
    yield hq, laptop
    laptop.close()


@pytest.fixture
def team(tmp_path, hq, usb):
    """HQ with reference data, and two laptops that received its distribution."""
    laptops = [workspace(tmp_path, "May 1"), workspace(tmp_path, "May 2")]
    introduce(hq, *laptops)
    ids = reference_data(hq)
    for laptop in laptops:
        send(hq, "distribution", laptop, usb)
    yield hq, laptops, ids
    for laptop in laptops:
        laptop.close()


@pytest.fixture
def earlier(team, usb):
    """Laptop 1 inspected the ward, made three requests, signed; its findings reached HQ."""
    hq, (first, _second), ids = team
    visit = visit_on(first, ids)
    requests = []
    for text, deadline in (("Niêm yết đủ thủ tục hành chính tại bộ phận một cửa", "2026-12-10"),
                           ("Cập nhật sổ theo dõi hồ sơ", "2026-12-20"),
                           ("Bố trí công chức trực bộ phận một cửa", "2027-01-05")):
        _finding, request, _ = first.findings.add_with_request(
            visit, f"Tồn tại: {text.lower()}", request={"text": text, "responsible": "Chủ tịch UBND phường",
                                                         "deadline": deadline})
        requests.append(request)
    first.visits.conclude(visit, "2026-11-20T11:00:00+07:00", reason=REASON)
    first.visits.set_status(visit, "minutes_signed")
    send(first, "findings", hq, usb)
    return {**ids, "visit": visit, "requests": requests}


@pytest.fixture
def planned(team, usb, earlier):
    """HQ planned a re-inspection of the first two requests for the team; laptop 2 received it."""
    hq, (_first, second), ids = team
    unit = hq.reinspection.candidates("2026-12-15")[0]
    assert (unit["unit_id"], unit["open"], unit["overdue"]) == (ids["unit"], 3, 1)
    visit, _ = hq.reinspection.plan(ids["unit"], "2027-01-15", request_ids=earlier["requests"][:2],
                                    team_id=ids["team"], plan_id=ids["plan"])
    report = send(hq, "distribution", second, usb)
    assert "set_aside" not in report.details and not report.warnings
    return visit, report
