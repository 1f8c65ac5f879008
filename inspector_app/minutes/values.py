"""The values the template's {placeholders} take for one minutes' content."""

from __future__ import annotations

from ..checklists import citations as cite
from ..checklists.types.base import number_text as _decimal
from . import words
from .people import honorific


def number(value) -> str:
    """7.5 → "7,5"; 10.0 → "10" (a decimal comma, as Vietnamese writes it)."""
    return _decimal(round(float(value), 2), "vi")


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def minutes_date(content: dict) -> str:
    """ISO date the minutes are made: the end of the visit, or the day an amendment was opened."""
    minutes, visit = content["minutes"], content["facts"]["visit"]
    when = minutes["opened_at"] if minutes["kind"] == "amendment" and minutes["opened_at"] else visit["left_at"]
    return (when or visit["arrived_at"] or visit["scheduled_on"] or "")[:10]


def title_of(content: dict, template: dict) -> str:
    """"BIÊN BẢN KIỂM TRA ĐỘT XUẤT" for a surprise visit (the template's `kind_titles`),
    so the subject line need not say "kiểm tra" again; the amendment's title for an amendment."""
    if content["minutes"]["kind"] == "amendment":
        return template.get("amendment_title") or template["title"]
    return (template.get("kind_titles") or {}).get(content["facts"]["visit"]["kind"]) or template["title"]


def report_to(facts: dict) -> str:
    """Who the unit reports its remedies to: the agency of the person who recorded the
    visit (the wizard's agency: the Sở Nội vụ), else the team head's agency."""
    head: dict = next((p for p in facts["people"]["team"] if p.get("role") == "head"), {})
    return facts.get("agency") or head.get("agency") or "cơ quan thành lập Đoàn kiểm tra"


def earlier_minutes(earlier: list[dict], template: dict) -> str:
    """"Biên bản kiểm tra số 05/BB-ĐKT ngày 02 tháng 11 năm 2026" for each earlier minutes a
    re-inspection checks ("… và …"); without a number, "Biên bản kiểm tra ngày …"."""
    name = template.get("earlier_name", "Biên bản kiểm tra")
    out = []
    for minutes in earlier:
        parts = [name, f"số {minutes['number']}" if minutes.get("number") else "",
                 words.date_words(minutes["date"]) if minutes.get("date") else ""]
        out.append(" ".join(p for p in parts if p))
    return " và ".join(out)


def number_text(content: dict, template: dict) -> str:
    number = content["minutes"]["number"]
    return number or f"……/{template['symbol']}"


def decision_cited(stored: str, subject: str = "") -> str:
    """A decision as the minutes cite it (checklists/citations.py): from its parts, a part
    missing written "……" for the clerk ("ngày …… tháng …… năm ……", "của ……", "về việc ……",
    dotted to the line's end by story.py); text typed before parts existed as typed, followed
    by `subject` when it states none ("… về …"). `subject` stands for a missing subject line."""
    return cite.decision(cite.decision_parts(stored), subject, gap=cite.GAP)


def recordings_length(audio: list[dict]) -> str:
    """", tổng thời lượng 25 phút" for the recordings' known durations (rounded to the
    minute, half up, at least 1); "" when none is known (a format whose length was not read)."""
    total = sum(a.get("duration_ms") or 0 for a in audio)
    if not total:
        return ""
    return f", tổng thời lượng {max(1, int(total / 60_000 + 0.5))} phút"


def values(content: dict, template: dict) -> dict:
    facts, minutes = content["facts"], content["minutes"]
    visit, unit = facts["visit"], facts["unit"]
    plan, team = facts.get("plan") or {}, facts.get("team") or {}
    amendment = minutes["kind"] == "amendment"
    start = minutes["opened_at"] if amendment and minutes["opened_at"] else visit["arrived_at"]
    end = visit["left_at"]
    kind = (template.get("kind_phrases") or {}).get(visit["kind"], "kiểm tra")
    place = visit["place"] or unit["address"]
    copies = template["copies"]
    deadlines = [r["deadline"] for r in facts["requests"] if r["deadline"]]
    amends = minutes.get("amends") or {}
    witness = minutes.get("witness")
    day = minutes_date(content)
    out = {
        "unit_name": unit["name"], "unit_address": unit["address"], "place": place,
        "place_full": f"{unit['name']} ({place})" if place and place != unit["name"] else unit["name"],
        "place_name": facts.get("place_name", ""),
        "plan_number": plan.get("number", ""), "plan_title": words.lower_first(plan.get("title", "")),
        "plan_issuer": plan.get("issuer", ""),
        "plan_date": words.date_words(plan["issued_on"]) if plan.get("issued_on") else "",
        "plan_decision": decision_cited(plan.get("decision", "")), "plan_legal_basis": plan.get("legal_basis", ""),
        "team_name": team.get("name", ""),
        # The decision setting up the team is cited with its subject line (trích yếu): as typed
        # when it has one, else the one such a decision has by definition.
        "team_decision": decision_cited(team.get("decision", ""), f"về việc thành lập {team.get('name', '')}"
                                        if team.get("name") else ""),
        "issuer_name": team.get("name") or facts.get("agency", ""), "report_to": report_to(facts),
        "photos": words.count(len(facts["photos"])), "recordings": words.count(len(facts["audio"])),
        "recordings_length": recordings_length(facts["audio"]),
        "visit_title": visit["title"], "kind_phrase": kind, "kind_title": _capital(kind),
        "start_time": words.time_words(start) if start else "", "start_date": words.date_words(start) if start else "",
        "end_time": words.time_words(end) if end else "", "end_date": words.date_words(end) if end else "",
        "minutes_number": number_text(content, template),
        "minutes_date": words.date_words(day) if day else "",
        "copies": words.count(sum(c["count"] for c in copies)),
        "distribution": ", ".join(f"{c['holder']} giữ {words.count(c['count'])} bản" for c in copies),
        "report_deadline": words.date_words(max(deadlines)) if deadlines else "",
        "amends_number": (amends.get("number") or f"……/{template['symbol']}") if amends else "",
        "amends_date": words.date_words(amends["date"]) if amends.get("date") else "",
        "amendment_reason": minutes.get("amendment_reason", ""),
        "refusal_reason": minutes.get("refusal_reason", ""),
        "witness": ", ".join(x for x in (f"{honorific(witness['name'], template.get('person_prefix', '').strip())} "
                                         f"{witness['name']}".strip(), witness["position"]) if x)
        if witness else "",
        **{k: (number(v) if isinstance(v, float) else str(v)) for k, v in facts["summary"].items()
           if not isinstance(v, (bool, list, dict))},
    }
    out["answered"], out["total"] = out["checked"], out["items"]
    out["trigger"] = (visit.get("trigger") or "").rstrip(".;")
    out["earlier_minutes"] = earlier_minutes(facts.get("earlier") or [], template)
    if end and start and end[:10] == start[:10]:
        out["end_when"] = f"{out['end_time']} cùng ngày"
    else:
        # A visit not concluded yet (a draft preview) has no end: dots, filled by hand if printed.
        out["end_when"] = ", ".join(x for x in (out["end_time"], out["end_date"]) if x) or "…… giờ …… phút"
    return out
