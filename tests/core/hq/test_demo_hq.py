"""The HQ demo: a province's year across the two-level structure, the same from the same seed."""

from __future__ import annotations

import collections

import pytest

from inspector_app import demo_hq
from inspector_app.workspace import Workspace


def _content(ws) -> list[tuple]:
    """What a person sees, without ids or clocks: every visit with its answers, findings and requests."""
    out = []
    for v in sorted(ws.visits.list(limit=10_000), key=lambda v: (v["scheduled_on"], v["unit_name"], v["kind"])):
        answers = sorted((a["value"] is not None, str(a["value"])) for a in ws.answers.of_visit(v["id"]).values())
        out.append((v["scheduled_on"], v["unit_name"], v["kind"], v["status"], v["team_name"], v["plan_number"],
                    tuple(answers), tuple(sorted(f["text"] for f in ws.findings.of_visit(v["id"]))),
                    tuple(sorted((r["deadline"], r["status"], r["report_number"] or "")
                                 for r in ws.findings.requests(v["id"])))))
    return out


@pytest.fixture(scope="module")
def year(tmp_path_factory):
    ws = Workspace.create(tmp_path_factory.mktemp("demo") / "a", "hq")
    made = demo_hq.fill(ws, visits=40)
    yield ws, made
    ws.close()


def test_the_same_seed_makes_the_same_year(year, tmp_path):
    ws, _made = year
    with Workspace.create(tmp_path / "b", "hq") as again:
        demo_hq.fill(again, visits=40)
        assert _content(again) == _content(ws)
    with Workspace.create(tmp_path / "c", "hq") as other:
        demo_hq.fill(other, visits=40, seed=7)
        assert _content(other) != _content(ws)


def test_each_unit_has_its_own_people_the_same_at_every_visit(year):
    """A unit's representative is the same person at each of its visits, with a gender
    (Ông / Bà on paper), and nobody (representative or staff on a roll call) works at two
    units: the demo used to pick the representative at random from four names and give every
    unit the same eight staff."""
    ws, made = year
    heads: dict[str, set[str]] = collections.defaultdict(set)
    units_of: dict[str, set[str]] = collections.defaultdict(set)
    for visit_id in made["visits"]:
        visit = ws.visits.get(visit_id)
        names = set()
        for person in ws.visits.participants(visit_id):
            if person["side"] == "unit":
                assert person["gender"] in ("male", "female"), person
                heads[visit["unit_id"]].add(person["name"])
                names.add(person["name"])
        structures, held, _ = ws.visits.evidence_of(visit_id)
        name_items = {i["id"] for s in structures for section in s["sections"] if section["code"] == "DD"
                      for i in section["items"] if i["code"] == "DD1"}
        names |= {o["value"] for (item_id, record_id), o in held.items() if item_id in name_items and record_id}
        for name in names:
            units_of[name].add(visit["unit_id"])
    assert heads and all(len(names) == 1 for names in heads.values()), heads
    assert sum(len(h) for h in heads.values()) > 5 and len(units_of) > 40
    assert all(len(units) == 1 for units in units_of.values()), {n: u for n, u in units_of.items() if len(u) > 1}


def test_two_levels_no_districts(year):
    ws, made = year
    units = {u["id"]: u for u in ws.units.list()}
    assert len(units) == len(made["units"]) == 62
    kinds = collections.Counter(u["kind"] for u in units.values())
    assert kinds["district"] == 0 and kinds["province"] == 1
    assert kinds["commune"] == 28 and kinds["department"] == 10 and kinds["public_service_unit"] == 1
    city = next(u for u in units.values() if u["kind"] == "province")
    assert all(u["parent_id"] == city["id"] for u in units.values() if u["kind"] in ("commune", "department"))
    # Service centres: the city's (with its branches) and the communes' own.
    centres = [u for u in units.values() if u["kind"] == "service_centre"]
    assert {units[u["parent_id"]]["kind"] for u in centres} == {"province", "service_centre", "commune"}


def test_a_year_of_visits_with_results_and_requests_followed(year):
    ws, made = year
    visits = ws.visits.list(limit=10_000)
    assert len(visits) == len(made["visits"]) == 40
    days = sorted(v["scheduled_on"] for v in visits)
    assert days[0] >= "2026-01-05" and days[-1] <= "2026-12-11" and days[0][:7] != days[-1][:7]
    assert {v["kind"] for v in visits} >= {"planned", "surprise"}
    done = [v for v in visits if v["status"] == "concluded"]
    assert len(done) >= 30
    assert all(v["status"] == "draft" for v in visits if v["scheduled_on"] > demo_hq.AS_OF.isoformat())
    records = sum(len(ids) for v in done for ids in ws.answers.records_by_section(v["id"]).values())
    assert records >= 5 * len(done)                      # roll calls, case files, interviews
    requests = [r for v in visits for r in ws.findings.requests(v["id"])]
    statuses = collections.Counter(r["status"] for r in requests)
    assert statuses["open"] and statuses["reported"] and statuses["verified"]
    deadlines = sorted(r["deadline"] for r in requests)
    assert deadlines[0][:7] < deadlines[-1][:7]          # spread over the year
    reported = [r for r in requests if r["status"] == "reported"]
    assert all(r["report_number"] and "/BC-" in r["report_number"] and r["report_date"] for r in reported)


def test_the_par_index_is_loaded_and_weighs_the_years_visits(year):
    # The PAR page of the demo has something to show: the index is held and the year's
    # failures of mapped items become evidence with a proposed deduction.
    from inspector_app.hq import par_evidence

    ws, made = year
    assert ws.par.index()["id"] == made["par_index"]
    units = par_evidence.year_evidence(ws, 2026)
    assert units
    assert any(c.proposed > 0 for criteria in units.values() for c in criteria)
