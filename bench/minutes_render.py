"""Minutes for a visit with 150 items and 40 photos of 12 megapixels.

The photos are ingested as the field client does (`ws.media.prepare` on the
import's worker threads, then `add_prepared`), which makes each print-size
copy. Prints the first rendering after ingest (budget ≤ 1.5 s), the PDF size
(budget ≤ 5 MB), and, as the baseline, a rendering that has to downscale
every photo itself (the print copies removed: what rendering cost before
they were made at ingest, and what photos that arrived by sync cost once),
with the ratio of the two.

    .venv/bin/python bench/minutes_render.py [--photos 40] [--items 150]
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PIL import Image, ImageDraw

from inspector_app import media_tools
from inspector_app.workspace import Workspace


def checklist(items: int) -> dict:
    per = 25
    sections = []
    for s in range(0, items, per):
        code = chr(ord("A") + s // per)
        sections.append({"code": code, "title": f"Nhóm tiêu chí {code}", "items": [
            {"code": f"{code}{n + 1}", "answer_type": "compliance",
             "text": f"Tiêu chí {code}{n + 1}: việc niêm yết, tiếp nhận và giải quyết hồ sơ thực hiện đúng quy định "
                     "về thời gian, thành phần hồ sơ và trình tự thủ tục hành chính."}
            for n in range(min(per, items - s))]})
    return {"schema": 1, "code": "bench-150", "version": 1, "kind": "one_stop_surprise",
            "title": "Phiếu kiểm tra 150 tiêu chí", "sections": sections}


def photo(path: Path, seed: int) -> None:
    """A 4000×3000 JPEG with sensor-like noise over a scene, as a phone camera writes it."""
    rng = random.Random(seed)
    size = (4000, 3000)
    scene = Image.new("RGB", size, (rng.randint(120, 200), rng.randint(120, 200), rng.randint(120, 200)))
    draw = ImageDraw.Draw(scene)
    for _ in range(12):
        x, y = rng.randint(0, 3600), rng.randint(0, 2600)
        draw.rectangle((x, y, x + rng.randint(200, 1400), y + rng.randint(150, 900)),
                       fill=(rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255)))
    noise = Image.effect_noise(size, 40).convert("RGB")
    Image.blend(scene, noise, 0.4).save(path, "JPEG", quality=88)


def build(root: Path, items: int, photos: int) -> tuple[Workspace, str]:
    ws = Workspace.create(root / "ws", "field", builtin_checklists=False)
    template_id, _ = ws.checklists.import_data(checklist(items))
    unit, _ = ws.units.create("Ủy ban nhân dân phường Ba Đình", "commune", place_name="Hà Nội")
    plan, _ = ws.plans.create("87/KH-UBND", "Kiểm tra công tác cải cách hành chính năm 2026",
                              issuer="Ủy ban nhân dân thành phố Hà Nội", issued_on="2026-04-05")
    team, _ = ws.plans.create_team("Đoàn kiểm tra công vụ số 1", plan)
    visit, _ = ws.visits.create(unit, "surprise", "2026-11-20", [template_id], plan_id=plan, team_id=team)
    ws.visits.start(visit, "2026-11-20T08:05:00+07:00")
    ws.visits.add_participant(visit, "team", "Nguyễn Thị Thu Hà", "Phó Giám đốc", "head")
    ws.visits.add_participant(visit, "team", "Phạm Thị Lan Anh", "Chuyên viên", "secretary")
    ws.visits.add_participant(visit, "unit", "Lê Thị Hạnh", "Chủ tịch Ủy ban nhân dân", "representative")
    rng = random.Random(7)
    item_ids = [i["id"] for i in ws.checklists.items(template_id)]
    with ws.writer.batch():
        for item_id in item_ids:
            bad = rng.random() < 0.2
            ws.answers.answer(visit, item_id, "khong_dat" if bad else "dat",
                              note="Chưa thực hiện đúng quy định, đề nghị khắc phục." if bad else None)
    folder = root / "photos"
    folder.mkdir()
    started = time.perf_counter()
    paths = []
    for n in range(photos):
        paths.append(folder / f"IMG_{n:04d}.jpg")
        photo(paths[-1], n)
    print(f"generated {photos} photos of 12 MP in {time.perf_counter() - started:.1f} s "
          f"(average {sum(p.stat().st_size for p in folder.iterdir()) / photos / 1e6:.1f} MB each)")
    started = time.perf_counter()
    result = media_tools.ingest(ws, paths)          # the import job: copy, hash, thumbnail, print copy
    media_ids, _ = ws.media.add_prepared(result.prepared, visit)
    with ws.writer.batch():
        for n, media_id in enumerate(media_ids):
            ws.media.link(media_id, "item", item_ids[n % len(item_ids)])
    print(f"ingested {len(media_ids)} photos (print copies made on the import's workers) "
          f"in {time.perf_counter() - started:.1f} s")
    ws.visits.conclude(visit, "2026-11-20T11:20:00+07:00")
    return ws, visit


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=150)
    parser.add_argument("--photos", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="inspector-bench-") as tmp:
        ws, visit = build(Path(tmp), args.items, args.photos)
        try:
            from inspector_app.minutes import fonts
            fonts.register()                    # the fonts load once per process, before the first minutes
            runs = {}
            for label in ("first rendering after ingest", "baseline: every photo downscaled while rendering"):
                if label.startswith("baseline"):
                    shutil.rmtree(ws.media.print_dir)
                start = time.perf_counter()
                result = ws.minutes.render(visit, Path(tmp) / "bien-ban.pdf")
                total = time.perf_counter() - start
                runs[label] = total
                share = result.downscale_seconds / total * 100 if total else 0
                print(f"{label}: {total:.2f} s, {result.pages} pages, "
                      f"PDF {len(result.pdf) / 1e6:.2f} MB (budget ≤ 5 MB), {result.downscaled} photos "
                      f"downscaled in {result.downscale_seconds:.2f} s = {share:.0f} % of the time")
            first, baseline = runs.values()
            print(f"first rendering after ingest: {first:.2f} s (budget ≤ 1.5 s) = "
                  f"{first / baseline:.2f} × the baseline's {baseline:.2f} s")
        finally:
            ws.close()


if __name__ == "__main__":
    main()
