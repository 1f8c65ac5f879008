"""The import checks and applies in one pass (sync/checks.checked): each
operation is applied, in slices, as soon as it is checked, inside the
import's one transaction. A refusal or a hold found after slices were
applied must still leave every row of the workspace, and its clock, as they
were. Bundles are made with the project's own export code (hostile.py)."""

from __future__ import annotations

import pytest

from inspector_app import hlc
from inspector_app.sync import importer

from .hostile import crafted, encode, op_line

DAY = 24 * 3600 * 1000


def _everything(ws) -> dict:
    """Every row of every table (state, log, search index, sync records), and the clock."""
    conn = ws.db.conn
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    rows = {name: sorted(map(repr, conn.execute(f'SELECT * FROM "{name}"'))) for name in tables}
    return {"rows": rows, "clock": ws.writer.clock.last,
            "media": sorted(p.name for p in ws.media_dir.rglob("*") if p.is_file())}


@pytest.fixture
def slices(pair, monkeypatch):
    """Slices of two operations, and the number of slices the HQ's writer applied."""
    hq, _laptop = pair
    monkeypatch.setattr(importer, "SLICE", 2)
    applied = []
    real = hq.writer.apply_remote

    def counted(ops, *args, **kwargs):
        applied.append(len(ops))
        return real(ops, *args, **kwargs)

    monkeypatch.setattr(hq.writer, "apply_remote", counted)
    return applied


def _good(laptop, count: int) -> list[bytes]:
    return [encode(op_line(laptop.device_id, data={"text": f"Ghi nhận {n}", "kind": "note"})) for n in range(count)]


def test_a_clock_too_far_ahead_after_slices_were_applied_holds_the_bundle_with_nothing_changed(
        pair, usb, monkeypatch, slices):
    hq, laptop = pair
    ahead = hlc.pack(hlc.wall_millis() + 2 * DAY)
    path = crafted(monkeypatch, laptop, hq, usb, [*_good(laptop, 7), encode(op_line(laptop.device_id, hlc=ahead)),
                                                   *_good(laptop, 2)])
    before = _everything(hq)
    report = hq.sync.import_file(path)
    assert report.status == "held" and report.reason == "bundle_clock_ahead", report.message("en")
    assert slices == [2, 2, 2]              # applied before the late operation was read, then rolled back
    assert _everything(hq) == before and hq.writer.clock.last < ahead
    assert path.exists() and not list((hq.path / "quarantine").glob("*"))


def test_a_bad_line_after_slices_were_applied_refuses_the_bundle_with_nothing_changed(
        pair, usb, monkeypatch, slices):
    hq, laptop = pair
    path = crafted(monkeypatch, laptop, hq, usb, [*_good(laptop, 6),
                                                   encode(op_line(laptop.device_id, data={"text": {"a": 1}}))])
    before = _everything(hq)
    report = hq.sync.import_file(path)
    assert report.status == "rejected" and report.reason == "bundle_invalid_ops", report.message("en")
    assert "dòng 7" in report.message("vi")
    assert slices == [2, 2, 2] and _everything(hq) == before and report.quarantined_to


def test_a_good_bundle_in_many_slices_is_applied_whole_and_moves_the_clock_past_it(pair, usb, monkeypatch, slices):
    hq, laptop = pair
    lines = _good(laptop, 9)
    path = crafted(monkeypatch, laptop, hq, usb, lines)
    report = hq.sync.import_file(path)
    assert report.status == "accepted" and report.new_ops == 9 and sum(slices) == 9
    assert len(report.changes.ids("finding")) == 9
    newest = max(op.hlc for op in hq.operations() if op.device_id == laptop.device_id)
    assert hq.writer.clock.last >= newest
    hq.units.create("Ủy ban nhân dân xã Mới", "commune")
    assert hq.operations()[-1].hlc > newest                # a later local write orders after the bundle


def test_bundle_verify_runs_the_pass_and_applies_nothing(pair, usb, monkeypatch, slices):
    hq, laptop = pair
    path = crafted(monkeypatch, laptop, hq, usb, _good(laptop, 5))
    before = _everything(hq)
    report = hq.sync.verify(path)
    assert report.status == "accepted" and slices == [] and _everything(hq) == before


def test_an_exported_line_is_proven_by_its_own_hash_without_encoding_the_operation_again(pair, usb, monkeypatch):
    from inspector_app.sync import seals

    hq, laptop = pair
    laptop.units.create("Ủy ban nhân dân phường Ngọc Hà", "commune")
    bundle = laptop.sync.export("findings", usb, recipients=[{"id": hq.device_id, "name": "Tru so",
                                                               "encrypt_public": hq.keys.encrypt_public}])
    encoded = []
    real = seals.op_digest
    monkeypatch.setattr(seals, "op_digest", lambda op: encoded.append(op) or real(op))
    report = hq.sync.import_file(bundle.path)
    assert report.status == "accepted" and report.new_ops >= 1 and encoded == []
    assert [u["name"] for u in hq.units.list()] == ["Ủy ban nhân dân phường Ngọc Hà"]
