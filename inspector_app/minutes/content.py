"""The canonical content of a visit's minutes and its SHA-256.

The content is a plain, deterministic dict of everything the minutes state:
the visit's facts (who, when, where, results, findings, requests, evidence)
and the minutes' own fields (number, version, the unit's opinion, refusal to
sign). Every laptop holding the same operations builds the same content and
so the same hash; the PDF carries the hash in its QR code and metadata.
Things that legitimately change after signing (the visit's status, the
follow-up of requests) are not part of it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .. import hlc
from ..checklists import citations as cite
from ..checklists.answer_types import format_value, is_noncompliant
from ..oplog import normalize
from . import people as people_mod
from . import words

if TYPE_CHECKING:
    from ..workspace import Workspace

FORMAT = 1
EVIDENCE_KINDS = ("photo", "audio", "document")
_TARGET_LABEL = {"finding": "Ghi nhận", "request": "Kiến nghị"}


def build(ws: Workspace, visit_id: str, minutes: dict, *, amends: dict | None = None,
          changes: list[str] | None = None, visit_facts: dict | None = None) -> dict:
    """The content of `minutes` (a minutes row) for the visit as it is now.
    An amendment names the minutes it amends and lists what changed."""
    return normalize({"format": FORMAT, "minutes": minutes_part(minutes, amends, changes),
                      "facts": visit_facts if visit_facts is not None else facts(ws, visit_id)})


def minutes_part(row: dict, amends: dict | None = None, changes: list[str] | None = None) -> dict:
    witness = None
    if row.get("witness_name"):
        witness = {"name": row["witness_name"], "position": row.get("witness_position") or ""}
    return {
        "id": row["id"], "version": row["version"], "number": row.get("number") or "",
        "kind": "amendment" if row.get("amends_id") else "original",
        "opened_at": row.get("opened_at") or "",
        "unit_opinion": (row.get("unit_opinion") or "").strip(),
        "refused": bool(row.get("refused_to_sign")),
        "refusal_reason": (row.get("refusal_reason") or "").strip() if row.get("refused_to_sign") else "",
        "witness": witness,
        "amends": amends,
        "amendment_reason": (row.get("amendment_reason") or "").strip(),
        "changes": list(changes or []),
    }


def facts(ws: Workspace, visit_id: str) -> dict:
    visit = ws.visits.get(visit_id)
    unit = ws.units.find(visit["unit_id"]) or {}
    plan = ws.plans.find(visit["plan_id"])
    team = ws.plans.find_team(visit["team_id"])
    day = ws.visits.visit_date(visit)
    recorder = _recorder(ws, visit)
    media = _evidence(ws, visit_id)
    refs = _references(ws, visit_id, media)
    counts = ws.visits.counts(visit_id)
    derived = ws.visits.derived_verdicts(visit_id)
    sections, records = _results(ws, visit_id, day, refs, derived, counts)
    findings: dict[str, list] = {"strength": [], "shortcoming": [], "note": []}
    for finding in ws.findings.of_visit(visit_id):
        findings.setdefault(finding["kind"], []).append(
            _with_refs(finding["text"], refs.get(("finding", finding["id"]), [])))
    return {
        "visit": {**{k: visit[k] or "" for k in ("id", "title", "kind", "place", "scheduled_on",
                                                "arrived_at", "left_at")},
                  "trigger": ws.visits.trigger(visit_id)},
        "earlier": earlier_requests(ws, visit_id),
        "unit": {"id": unit.get("id", ""), "name": unit.get("name") or "", "address": unit.get("address") or ""},
        "place_name": _place_name(ws, unit),
        "plan": {k: plan[k] or "" for k in ("number", "title", "issuer", "issued_on", "legal_basis", "decision")}
        if plan else None,
        "team": {"name": team["name"] or "", "decision": team["decision"] or ""} if team else None,
        "people": _people(ws, visit, team, unit.get("name") or "", recorder),
        "recorder": recorder,
        "agency": (recorder or {}).get("agency") or "",
        "checklists": [{"code": t["code"], "version": t["version"], "title": t["title"]}
                       for t in (ws.checklists.template(tid)
                                 for tid in ws.visits.template_ids(visit_id))],
        "sections": sections,
        "records": records,
        "summary": summary(counts),
        "findings": findings,
        "requests": [_request(ws, r, refs) for r in ws.findings.requests(visit_id)],
        "photos": media["photo"], "audio": media["audio"], "documents": media["document"],
    }


def summary(counts: dict) -> dict:
    """The counts the minutes state, from the core's one computation (checklists/counts.py):
    items of ordinary sections only, never record rows or citizens' answers."""
    out = {k: counts[k] for k in ("items", "checked", "not_applicable", "unanswered", "noncompliant", "derived")}
    out["scored"] = counts["scored"]
    out["earned"], out["possible"] = counts["earned"], counts["possible"]
    return out


def _place_name(ws: Workspace, unit: dict) -> str:
    for row in reversed(ws.units.path(unit["id"])) if unit else []:
        if row.get("place_name"):
            return row["place_name"]
    return ""


def _people(ws: Workspace, visit: dict, team: dict | None, unit_name: str, recorder: dict | None) -> dict:
    """Who attended, by side. Roles are codes whether a list gave them or a person
    typed them ("Trưởng đoàn" is `head`, people.py), the typed words kept in
    `role_text`; names carry their honorific (Ông / Bà) apart; the unit's people
    carry the unit's name; a person listed twice on one side is listed once; the
    recorder writing the minutes is on the team even when not typed in."""
    out: dict[str, list] = {"team": [], "unit": [], "witness": []}
    members = ws.plans.members(team["id"]) if team else []
    agency = {people_mod.split_honorific(m["name"])[1]: m.get("agency") or "" for m in members}
    for p in ws.visits.participants(visit["id"]):
        if not p["present"]:
            continue
        out[p["side"]].append(_person(p["side"], p["name"], p["position"], p["role"],
                                      agency.get(people_mod.split_honorific(p["name"])[1], "")
                                      if p["side"] == "team" else unit_name if p["side"] == "unit" else "",
                                      p.get("gender")))
    if not out["team"]:
        out["team"] = [_person("team", m["name"], m["position"], m["role"] or "member", m["agency"] or "")
                       for m in members]
    if recorder and not any(people_mod.same_person(x["name"], recorder["name"]) for x in out["team"]):
        out["team"].append(_person("team", recorder["name"], recorder["position"], "secretary", recorder["agency"]))
    for side, listed in out.items():
        kept: list[dict] = []
        for person in listed:
            if not any(people_mod.same_person(person["name"], k["name"]) for k in kept):
                kept.append(person)
        out[side] = kept
    return out


def _person(side: str, name: str, position: str | None, role: str | None, agency: str,
            gender: str | None = None) -> dict:
    """One person as printed: Ông/Bà from the recorded gender, else as typed before the
    name, else guessed from the middle name ("" when nothing tells: "Ông (bà)")."""
    typed, bare = people_mod.split_honorific(name)
    position, agency = people_mod.with_unit((position or "").strip(), agency)
    honorific = people_mod.GENDER_WORDS.get(gender or "") or typed or people_mod.honorific(bare, "")
    return {"name": bare, "honorific": honorific, "position": position,
            "role": people_mod.role_code(side, role), "role_text": (role or "").strip(), "agency": agency}


def _recorder(ws: Workspace, visit: dict) -> dict | None:
    person = ws.people.find(visit.get("recorder_id"))
    if person:
        return {"name": people_mod.split_honorific(person["name"])[1], "position": person["position"] or "",
                "agency": person["agency"] or ""}
    return None


def _evidence(ws: Workspace, visit_id: str) -> dict:
    """Evidence files of the visit numbered per kind (Ảnh 1, Ghi âm 1, …)."""
    out: dict[str, list] = {kind: [] for kind in EVIDENCE_KINDS}
    # Scans of signed minutes are attached to the minutes, not evidence of the visit; nor are
    # the units' reports of their remedies HQ files on the visit's requests (ws.requests.report).
    scans = {m for row in ws.minutes.of_visit(visit_id) for m in row.get("scan_media_ids") or []}
    scans |= {m for row in ws.findings.requests(visit_id) for m in row.get("report_media_ids") or []}
    rows = sorted(ws.media.of_visit(visit_id), key=lambda m: (m["captured_at"] or "9999", m["id"]))
    for row in rows:
        if row["kind"] not in out or row["id"] in scans:
            continue
        entry = {"n": len(out[row["kind"]]) + 1, "id": row["id"], "sha256": row["sha256"],
                 "captured_at": row["captured_at"] or "", "caption": ""}
        if row["kind"] == "photo":
            entry.update(width=row["width"] or 0, height=row["height"] or 0)
        else:
            entry.update(name=row["original_name"] or "", duration_ms=row["duration_ms"] or 0)
        out[row["kind"]].append(entry)
    return out


def _references(ws: Workspace, visit_id: str, media: dict) -> dict:
    """(target kind, target id) → ["Ảnh 3", "Ghi âm 1 – 12:30"]; fills photo captions."""
    by_id = {e["id"]: (kind, e) for kind, entries in media.items() for e in entries}
    labels = {"photo": "Ảnh", "audio": "Ghi âm", "document": "Tài liệu"}
    refs: dict[tuple[str, str], list[str]] = {}
    links = sorted(ws.media.links(visit_id), key=lambda link: (link["offset_ms"] or 0, link["id"]))
    for link in links:
        found = by_id.get(link["media_id"])
        if not found:
            continue
        kind, entry = found
        ref = f"{labels[kind]} {entry['n']}"
        if link["offset_ms"] is not None:
            ref += f" – {words.offset(link['offset_ms'])}"
        refs.setdefault((link["target_kind"], link["target_id"]), []).append(ref)
        if kind == "photo" and not entry["caption"]:
            entry["caption"] = link["note"] or _caption(ws, link)
    return refs


def _caption(ws: Workspace, link: dict) -> str:
    kind, target = link["target_kind"], link["target_id"]
    if kind == "item":
        item = ws.checklists.find_item(target)
        return f"Tiêu chí {item['code']}" if item else ""
    if kind in _TARGET_LABEL:
        row = ws.media.target(kind, target)
        return f"{_TARGET_LABEL[kind]}: {row['text']}" if row else ""
    if kind == "record":
        record = ws.answers.find_record(target)
        section = ws.checklists.find_section(record["section_id"]) if record else None
        return f"{section['record_label']} {record['position']}" if record and section else ""
    return ""


def _results(ws: Workspace, visit_id: str, day: str, refs: dict, derived: dict, counts: dict) -> tuple[list, list]:
    held = ws.answers.of_visit(visit_id)
    areas = {a["code"]: a for a in counts["areas"]}
    sections, records = [], []
    for template_id in ws.visits.template_ids(visit_id):
        for section in ws.checklists.structure(template_id)["sections"]:
            by_code = {i["code"]: i for i in section["items"]}
            if not section["repeatable"]:
                items = [_item(ws, item, held, None, by_code, day, refs, derived.get(item["id"], []))
                         for item in section["items"] if _applies(item, held, None, by_code)]
                area = areas.get(section["code"]) or {}
                points = {"earned": area["earned"], "possible": area["possible"]} \
                    if area.get("scored") and area.get("possible") else None
                sections.append({"code": section["code"], "title": section["title"], "items": items,
                                 "points": points})
                continue
            rows = []
            for record in ws.answers.records(visit_id, section["id"]):
                cells, flags, late = [], [], False
                for item in section["items"]:
                    value = _held(held, item, record["id"]) if _applies(item, held, record["id"], by_code) else None
                    cells.append(value_label(item, value) or "")
                    flags.append(is_noncompliant(item, value))
                    late = late or bool(item.get("derive") and item["derive"].get("rule") == "late" and value is True)
                rows.append({"cells": cells, "flags": flags, "late": late,
                             "evidence": refs.get(("record", record["id"]), [])})
            live = ws.answers.records(visit_id, section["id"])
            records.append({"code": section["code"], "title": section["title"],
                            "record_label": section["record_label"] or "",
                            "columns": [{"code": i["code"], "text": i["text"]} for i in section["items"]],
                            "rows": rows, "started_at": _started_at(ws, ws.visits.get(visit_id), live)})
    return sections, records


def _started_at(ws: Workspace, visit: dict, records: list[dict]) -> str:
    """When the table's first row was written ("08:12", the roll call's time), in the
    visit's own time zone, from the operation that created it; "" when that moment is
    not within the visit (rows typed in later from notes say nothing about it)."""
    if not records or not visit.get("arrived_at"):
        return ""
    stamps = [ops[0].hlc for ops in (ws.history("section_record", r["id"]) for r in records) if ops]
    if not stamps:
        return ""
    arrived = dt.datetime.fromisoformat(visit["arrived_at"])
    zone = arrived.tzinfo or dt.datetime.now().astimezone().tzinfo
    moment = dt.datetime.fromtimestamp(hlc.millis(min(stamps)) / 1000, tz=zone)
    left = dt.datetime.fromisoformat(visit["left_at"]) if visit.get("left_at") else arrived + dt.timedelta(hours=12)
    if arrived.tzinfo is None:
        moment = moment.replace(tzinfo=None)
        left = left.replace(tzinfo=None) if left.tzinfo else left
    minute = moment.replace(second=0, microsecond=0)
    within = arrived.replace(second=0, microsecond=0) <= minute <= left.replace(second=0, microsecond=0)
    return minute.isoformat(timespec="minutes") if within else ""


def _held(held: dict, item: dict, record_id):
    found = held.get((item["id"], record_id))
    return found["value"] if found else None


def _applies(item: dict, held: dict, record_id, by_code: dict) -> bool:
    condition = item.get("condition")
    if not condition or condition["item"] not in by_code:
        return True
    return _held(held, by_code[condition["item"]], record_id) in condition["in"]


def _item(ws: Workspace, item: dict, held: dict, record_id, by_code: dict, day: str, refs: dict,
          breaches: list) -> dict:
    """One item as printed. Records that breach it (breaches.py) make the printed
    verdict "Không đạt" whatever was answered, the rows named in `records`;
    `answered` keeps what the team recorded, so the visit shows who decided what."""
    found = held.get((item["id"], record_id))
    value = found["value"] if found else None
    # Each basis in force that day, cited in full the first time the paper names its document
    # and shortly after (story.py): "khoản 3 Điều 7 Quyết định số 129/2007/QĐ-TTg ngày 02 tháng 8
    # năm 2007 của Thủ tướng Chính phủ ban hành …" (checklists/citations.py).
    docs = ws.checklists.memo(("legal_document",), "legal documents by ref",
                   lambda: {d["ref"]: d for d in ws.checklists.legal_documents()})
    citations = [{"ref": c["ref"], "full": cite.full(docs[c["ref"]], c["article"]),
                  "short": cite.short(docs[c["ref"]], c["article"])}
                 for c in ws.checklists.citations(item, day) if c["ref"] in docs]
    shown, noncompliant = value_label(item, value), is_noncompliant(item, value)
    if breaches:
        shown, noncompliant = format_value({"answer_type": "compliance"}, "khong_dat", "vi"), True
    return {"code": item["code"], "text": item["text"], "value": shown, "answered": value_label(item, value),
            "noncompliant": noncompliant, "note": (found or {}).get("note") or "",
            "records": [b.phrase() for b in breaches],
            "evidence": refs.get(("item", item["id"]), []), "citations": citations}


def value_label(item: dict, value) -> str | None:
    """An answer as the minutes print it: the answer type's one wording, the
    screen's too ("Đạt", "Có", "05/01/2026", "85,5 %"); None when unanswered."""
    return format_value(item, value, "vi") if value is not None else None


def _with_refs(text: str, refs: list[str]) -> str:
    return f"{text} ({', '.join(refs)})" if refs else text


def _request(ws: Workspace, row: dict, refs: dict) -> dict:
    responsible = (row["responsible"] or "").strip()
    unit = ws.units.find(row["responsible_unit_id"])
    if unit:
        # "Chủ tịch Ủy ban nhân dân" of "Ủy ban nhân dân phường Ba Đình" reads as one title.
        position, rest = people_mod.with_unit(responsible, unit["name"])
        responsible = f"{position} {rest}".strip() if position else unit["name"]
    return {"text": _with_refs(row["text"], refs.get(("request", row["id"]), [])),
            "responsible": responsible, "deadline": row["deadline"] or ""}


def earlier_requests(ws: Workspace, visit_id: str) -> list[dict]:
    """A re-inspection's earlier minutes and what was found now of each of their requests:
    [{"visit_id", "number", "date", "requests": [{"text", "deadline", "result", "note"}]}],
    one entry per earlier visit, oldest first. `number` is the earlier minutes' number
    (the signed version's, else the current one's; "" when not numbered); `date` is the day those minutes
    were made (the end of that visit); `result` 'fixed' / 'not_fixed' / 'partly', or ""
    when the request was not checked again (request_check rows, services/reinspection.py)."""
    if not hasattr(ws, "reinspection"):
        return []
    groups: dict[str, dict] = {}
    for request in ws.reinspection.requests_of(visit_id):
        earlier = request["visit_id"]
        if earlier not in groups:
            made_in = ws.visits.find(earlier)
            # The number the office gave those minutes: the signed version's, else the one
            # typed on the version printed (the paper may be signed before "Đã ký" is pressed).
            minutes = (ws.minutes.last_signed(earlier) or ws.minutes.current(earlier)) if made_in else None
            day = ((made_in or {}).get("left_at") or (minutes or {}).get("signed_at") or request.get("earlier") or "")
            groups[earlier] = {"visit_id": earlier, "number": (minutes or {}).get("number") or "",
                               "date": day[:10], "requests": []}
        check = request.get("check") or {}
        groups[earlier]["requests"].append({
            "text": request["text"], "deadline": request["deadline"] or "",
            "result": check.get("result") or "", "note": (check.get("note") or "").strip()})
    return sorted(groups.values(), key=lambda g: (g["date"], g["visit_id"]))
