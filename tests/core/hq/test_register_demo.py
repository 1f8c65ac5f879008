"""The HQ demo's requests (issue 13, point 8): every status of the register on the demo's day."""

from __future__ import annotations

import collections

import pytest

from inspector_app import demo_hq
from inspector_app.hq import register
from inspector_app.workspace import Workspace


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    ws = Workspace.create(tmp_path_factory.mktemp("demo") / "hq", "hq")
    demo_hq.fill(ws)                         # the year `inspector-cli demo --role hq` makes
    yield ws
    ws.close()


def test_requests_in_every_status_on_the_demos_day(demo):
    rows = register.entries(demo, today=demo_hq.AS_OF)
    statuses = collections.Counter(r["status"] for r in rows)
    assert set(statuses) == set(register.STATUSES), statuses
    assert statuses["overdue"] > 20 and statuses["reported"] > 20


def test_unit_reports_with_number_date_and_a_stored_scan(demo):
    rows = register.entries(demo, today=demo_hq.AS_OF)
    reported = [r for r in rows if r["report_number"]]
    assert len(reported) > 100
    assert all(r["report_date"] >= r["visit_day"] and r["status_on"] >= r["report_date"] for r in reported)
    scanned = [r for r in reported if r["report_media_ids"]]
    assert len(scanned) > len(reported) / 2
    pdf = demo.media.path_of(scanned[0]["report_media_ids"][0]).read_bytes()
    assert pdf.startswith(b"%PDF")
    assert not (demo.path / "demo-scans").exists()


def test_re_inspections_move_the_status_and_cancellations_give_a_reason(demo):
    rows = register.entries(demo, today=demo_hq.AS_OF)
    checked = [r for r in rows if r["check"]]
    assert {r["check"][2] for r in checked} == {"fixed", "partly", "not_fixed"}
    assert all(r["stored_status"] == "open" for r in checked)       # nobody typed those statuses
    assert {r["status"] for r in checked} == {"verified", "partly", "not_fixed"}
    assert all(r["status_reason"] for r in rows if r["status"] == "cancelled")
