"""The built-in PAR index file (resources/par/) and its travel to the laptops."""

from __future__ import annotations

import json

import pytest

from inspector_app.errors import ValidationError
from inspector_app.services.par import CERTAINTIES, par_dir
from inspector_app.workspace import Workspace
from tests.core.sync.helpers import introduce, send, workspace


def test_the_builtin_index_has_the_eight_areas_totals_100_and_says_how_certain_it_is(tmp_path):
    data = json.loads((par_dir() / "par_876_2022.json").read_text(encoding="utf-8"))
    assert "876/QĐ-BNV" in data["decision"] and data["issued_on"] == "2022-11-10"
    assert data["certainty"] == "placeholder" and "ĐIỂM LÀ ĐIỂM TẠM" in data["note"]
    titles = [a["title"] for a in data["areas"]]
    assert len(titles) == 8 and titles[0].startswith("Công tác chỉ đạo, điều hành") \
        and titles[7].startswith("Tác động của cải cách hành chính")
    with Workspace.create(tmp_path / "hq", "hq") as ws:
        index_id, _ = ws.par.load()
        nodes = ws.par.criteria(index_id)
        assert ws.par.total_points(index_id) == 100
        assert (sum(n["level"] == "area" for n in nodes), sum(n["level"] == "criterion" for n in nodes),
                sum(n["level"] == "sub" for n in nodes)) == (8, 39, 4)
        assert all(n["certainty"] in CERTAINTIES for n in nodes)
        # Every mapped item is an item of a built-in checklist, in an ordinary section.
        items = {}
        for template in ws.checklists.list():
            for section in ws.checklists.structure(template["id"])["sections"]:
                for item in section["items"]:
                    items[(template["code"], item["code"])] = section["repeatable"]
        mapped = [(m["template_code"], m["item_code"]) for m in ws.par.mappings(index_id)]
        assert len(mapped) == 121 and all(key in items and not items[key] for key in mapped)
        # Every item of the 8-area checklist maps to a criterion.
        eight = {code for (template, code) in items if template == "cchc-8-linh-vuc"}
        assert eight <= {code for template, code in mapped if template == "cchc-8-linh-vuc"}
        index = ws.par.index()
        assert index["fallback_code"] == "1.3.2" and index["rule"]["request_share"] == 0.25
        assert {s["ref"] for s in index["sources"]} >= {"P1", "P2"}


def test_a_broken_file_is_refused_whole(tmp_path):
    data = json.loads((par_dir() / "par_876_2022.json").read_text(encoding="utf-8"))
    data["areas"][0]["points"] = 13                     # its criteria add up to 12
    broken = tmp_path / "hong.json"
    broken.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with Workspace.create(tmp_path / "hq", "hq", builtin_checklists=False) as ws:
        with pytest.raises(ValidationError) as refused:
            ws.par.load(broken)
        assert refused.value.code == "par_file_invalid" and "hong.json" in refused.value.message("vi")
        assert ws.par.indexes() == []


def test_the_index_and_its_edits_travel_to_a_laptop_and_stay_hqs(tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    hq, laptop = workspace(tmp_path, "Tru so", "hq"), workspace(tmp_path, "May 1")
    try:
        introduce(hq, laptop)
        index_id, _ = hq.par.load()
        area = next(n for n in hq.par.criteria(index_id) if n["code"] == "1.2")
        hq.par.update_criterion(area["id"], points=2.5, certainty="verified", note="Đối chiếu Bộ chỉ số của tỉnh")
        unit, _ = hq.units.create("Ủy ban nhân dân phường Ba Đình", "commune")
        hq.par.decide(unit, 2026, area["id"], proposed=1.0)
        send(hq, "distribution", laptop, usb)
        held = {n["code"]: n for n in laptop.par.criteria(index_id)}
        assert (held["1.2"]["points"], held["1.2"]["certainty"], held["1"]["points"]) == (2.5, "verified", 12.5)
        assert len(laptop.par.mappings(index_id)) == 121
        assert laptop.par.decisions(2026) == {}           # decisions stay at headquarters
        with pytest.raises(ValidationError) as refused:
            laptop.par.update_criterion(held["1.2"]["id"], points=1)
        assert refused.value.code == "par_hq_only"
        with pytest.raises(ValidationError) as refused:  # nor through the write path itself
            laptop.writer.write([("par_criterion", held["1.2"]["id"], {"points": 1.0})])
        assert refused.value.code == "hq_data_readonly"
    finally:
        hq.close()
        laptop.close()


def test_the_index_loaded_last_is_the_one_in_use(tmp_path):
    from tests.core.hq.par_fixture import write_index

    with Workspace.create(tmp_path / "hq", "hq", builtin_checklists=False) as ws:
        builtin, _ = ws.par.load()
        assert ws.par.index()["id"] == builtin
        own, _ = ws.par.load(write_index(tmp_path))         # a province's own index, loaded after
        assert ws.par.index()["id"] == own and ws.par.index()["code"] == "thu-nghiem-par"
        ws.par.load(replace=True)                            # writing the frame again does not make it current
        assert ws.par.index()["id"] == own
