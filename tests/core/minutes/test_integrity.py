"""QR code and metadata, signing and locking, amendments, verification."""

from __future__ import annotations

import hashlib
import re
import subprocess

import pytest

from inspector_app.cli import main
from inspector_app.errors import LifecycleError, ValidationError
from inspector_app.minutes import qr
from inspector_app.minutes.render import render_pdf
from inspector_app.oplog import canonical, digest

from .conftest import flat, pdftotext


def _signed(ws, visit_id, tmp_path):
    ws.minutes.update_draft(visit_id, number="05/BB-ĐKT", unit_opinion="Đơn vị thống nhất.")
    result = ws.minutes.render(visit_id, tmp_path / "signed.pdf")
    ws.minutes.sign(visit_id, result.pdf)
    return result


def test_the_qr_code_on_every_page_decodes_to_the_stored_hash(demo_ws, tmp_path):
    """Read by zbarimg from a 150 dpi copy (a phone's photo of a plain scan), its dark
    modules at least 8 mm from every edge with a clear quiet zone of 4 modules."""
    from PIL import Image

    ws, visit_id = demo_ws
    result = _signed(ws, visit_id, tmp_path)
    row = ws.minutes.current(visit_id)
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(tmp_path / "signed.pdf"), str(tmp_path / "page")],
                   check=True)
    images = sorted(tmp_path.glob("page*.png"))
    assert len(images) == result.pages
    px = 150 / 25.4                                   # pixels per millimetre
    for image in images:
        decoded = subprocess.run(["zbarimg", "-q", "--raw", str(image)], capture_output=True, text=True,
                                 timeout=60).stdout.strip()
        payload = qr.parse(decoded)
        assert payload == qr.Payload(visit_id, 1, row["content_hash"]), image.name
        with Image.open(image) as page:
            gray = page.convert("L")
            width, height = gray.size
            below_text = int((297 - 25) * px) + 2                                 # under the text frame
            corner = gray.crop((int(150 * px), below_text, width, height))        # the QR's corner of the page
            left, top, right, bottom = corner.point(lambda v: 255 if v < 128 else 0).getbbox()
            left, right = left + int(150 * px), right + int(150 * px)
            top, bottom = top + below_text, bottom + below_text
            assert (width - right) / px >= 8 and (height - bottom) / px >= 8, image.name
            quiet = 4 * (right - left) / qr.module_count(payload.qr_text())
            zone = gray.crop((int(left - quiet), int(top - quiet) + 1, int(right + quiet), top))
            assert zone.getextrema()[0] > 128, image.name       # nothing printed just above the code
    assert row["content_hash"] == hashlib.sha256(canonical(row["content"])).hexdigest()


def test_signing_freezes_the_exact_pdf_and_locks_the_visit(demo_ws, tmp_path):
    ws, visit_id = demo_ws
    result = _signed(ws, visit_id, tmp_path)
    row = ws.minutes.current(visit_id)
    assert row["status"] == "signed" and row["signed_at"]
    assert ws.minutes.signed_pdf(row["id"]).read_bytes() == result.pdf
    assert row["pdf_sha256"] == hashlib.sha256(result.pdf).hexdigest() and row["pdf_size"] == len(result.pdf)
    assert ws.visits.get(visit_id)["status"] == "minutes_signed"
    assert ws.minutes.changed_since_signed(visit_id) == []
    item_id = next(iter(ws.answers.of_visit(visit_id).values()))["item_id"]
    with pytest.raises(LifecycleError):
        ws.answers.answer(visit_id, item_id, "dat")
    with pytest.raises(LifecycleError) as err:
        ws.minutes.update_draft(visit_id, unit_opinion="Sửa sau khi ký")
    assert err.value.code == "minutes_locked"
    again = ws.minutes.render(visit_id)                  # a signed version is never re-rendered
    assert again.pdf == result.pdf


def test_a_pdf_that_no_longer_matches_the_draft_cannot_be_signed(demo_ws, tmp_path):
    ws, visit_id = demo_ws
    result = ws.minutes.render(visit_id)
    ws.minutes.update_draft(visit_id, unit_opinion="Ý kiến mới sau khi in")
    with pytest.raises(ValidationError) as err:
        ws.minutes.sign(visit_id, result.pdf)
    assert err.value.code == "minutes_stale_pdf"
    assert ws.minutes.current(visit_id)["status"] == "draft"


def test_changes_after_signing_are_shown_and_go_into_a_numbered_signed_amendment(demo_ws, tmp_path):
    ws, visit_id = demo_ws
    _signed(ws, visit_id, tmp_path)
    derived = ws.visits.derived_verdicts(visit_id)      # printed "Không đạt" already: no change to show
    observation = next(o for o in ws.answers.of_visit(visit_id).values()
                       if o["value"] == "dat" and o["item_id"] not in derived)
    item = ws.checklists.item(observation["item_id"])
    # An answer merged from another laptop after signing (sync applies operations whatever the status).
    ws.writer.write([("observation", observation["id"], {"value": "khong_dat"})])
    changed = ws.minutes.changed_since_signed(visit_id)
    assert any(f"Tiêu chí {item['code']}, kết quả: “Đạt” → “Không đạt”" == vi for vi, _en in changed)
    first = ws.minutes.current(visit_id)
    amendment, _ = ws.minutes.start_amendment(visit_id, "Bổ sung kết quả đã thống nhất lại", "06/BB-ĐKT")
    assert ws.visits.get(visit_id)["status"] == "concluded"
    ws.answers.answer(visit_id, item["id"], "khong_dat", note="Đơn vị đã thừa nhận tồn tại.")
    result = ws.minutes.render(visit_id, tmp_path / "bo-sung.pdf")
    text = flat(pdftotext(tmp_path / "bo-sung.pdf"))
    for phrase in ("BIÊN BẢN KIỂM TRA BỔ SUNG", "Số: 06/BB-ĐKT", "Căn cứ Biên bản kiểm tra số 05/BB-ĐKT",
                   "Lý do: Bổ sung kết quả đã thống nhất lại", f"Tiêu chí {item['code']}, kết quả"):
        assert phrase in text, phrase
    ws.minutes.sign(visit_id, result.pdf)
    second = ws.minutes.current(visit_id)
    assert (second["id"], second["version"], second["amends_id"], second["status"]) == (
        amendment, 2, first["id"], "signed")
    assert ws.minutes.changed_since_signed(visit_id) == []
    assert ws.visits.get(visit_id)["status"] == "minutes_signed"


def test_a_scan_of_the_signed_paper_is_attached_without_changing_the_content(demo_ws, tmp_path):
    from PIL import Image

    ws, visit_id = demo_ws
    _signed(ws, visit_id, tmp_path)
    scan = tmp_path / "ban-quet.jpg"
    Image.new("RGB", (800, 1100), "white").save(scan)
    row = ws.minutes.current(visit_id)
    media_id, _ = ws.minutes.attach_scan(row["id"], scan)
    assert ws.minutes.current(visit_id)["scan_media_ids"] == [media_id]
    assert ws.media.blob_path(ws.media.get(media_id)["sha256"]).exists()
    assert ws.minutes.changed_since_signed(visit_id) == []


def test_verify_tells_identical_reprinted_altered_and_foreign_files_apart(demo_ws, tmp_path, capsys):
    ws, visit_id = demo_ws
    result = _signed(ws, visit_id, tmp_path)
    signed = tmp_path / "signed.pdf"
    assert ws.minutes.verify(signed).status == "identical"
    row = ws.minutes.current(visit_id)
    prepared_photos = {p["sha256"]: ws.media.blob_path(p["sha256"]) for p in row["content"]["facts"]["photos"]}

    other_template = ws.minutes.template() | {"kind_titles": {}, "title": "BIÊN BẢN"}   # same content, other bytes
    reprint = render_pdf(row["content"], other_template, prepared_photos, ws.minutes.cache_dir)
    (tmp_path / "reprint.pdf").write_bytes(reprint.pdf)
    verdict = ws.minutes.verify(tmp_path / "reprint.pdf")
    assert verdict.status == "content_match" and not verdict.ok

    forged = dict(row["content"], minutes=dict(row["content"]["minutes"], unit_opinion="Đơn vị không đồng ý."))
    (tmp_path / "forged.pdf").write_bytes(render_pdf(forged, ws.minutes.template(), prepared_photos,
                                                     ws.minutes.cache_dir).pdf)
    verdict = ws.minutes.verify(tmp_path / "forged.pdf")
    assert verdict.status == "mismatch"
    assert verdict.details("vi") == ["Ý kiến của đơn vị: “Đơn vị không đồng ý.” → “Đơn vị thống nhất.”"]

    data = result.pdf
    fake = digest({"khác": 1}).upper().encode()
    tampered = re.sub(rb"(/Subject \(INSPECTOR:BB:1:[0-9A-F-]+:\d+:)[0-9A-F]{64}", rb"\g<1>" + fake, data)
    assert tampered != data                                            # the Subject's hash edited
    (tmp_path / "tampered.pdf").write_bytes(tampered)
    assert ws.minutes.verify(tmp_path / "tampered.pdf").status == "tampered"

    ws.close()                                   # the command line opens the workspace itself
    assert main(["--workspace", str(ws.path), "minutes", "verify", str(signed)]) == 0
    assert "trùng khớp từng byte" in capsys.readouterr().out
    assert main(["--workspace", str(ws.path), "--lang", "en", "minutes", "verify", str(tmp_path / "forged.pdf")]) == 1
    err = capsys.readouterr().err
    assert "does NOT match" in err and "Unit's opinion" in err
    (tmp_path / "note.txt").write_text("không phải PDF")
    assert main(["--workspace", str(ws.path), "minutes", "verify", str(tmp_path / "note.txt")]) == 1
    assert "không phải biên bản do Inspector tạo" in capsys.readouterr().err


def test_a_change_made_elsewhere_before_the_signature_never_alters_signed_minutes(demo_ws, tmp_path):
    from inspector_app.ids import uuid7
    from inspector_app.oplog import Operation

    ws, visit_id = demo_ws
    ws.minutes.update_draft(visit_id, number="05/BB-ĐKT", unit_opinion="Đơn vị thống nhất.")
    minutes = ws.minutes.current(visit_id)["id"]
    # Another laptop of the team changed the opinion offline, before this one signed.
    elsewhere = Operation(uuid7(), ws.writer.clock.now(), uuid7(), None, "minutes", minutes,
                          {"unit_opinion": "Đơn vị chưa đồng ý."}, {"unit_opinion": "Đơn vị thống nhất."})
    result = ws.minutes.render(visit_id, tmp_path / "signed.pdf")
    ws.minutes.sign(visit_id, result.pdf)
    ws.apply_operations([elsewhere])                   # merged after the signature
    row = ws.minutes.current(visit_id)
    assert (row["status"], row["unit_opinion"]) == ("signed", "Đơn vị thống nhất.")
    assert ws.minutes.changed_since_signed(visit_id) == []
    [conflict] = [c for c in ws.sync.conflicts() if c.entity == "minutes"]
    assert (conflict.field, conflict.value) == ("unit_opinion", "Đơn vị chưa đồng ý.")   # kept for a person
