"""The minutes of a visit (biên bản): drafts, rendering, signing, amendments, verification.

A visit's minutes have versions. Version 1 is the biên bản kiểm tra; once it
is signed ("Đã ký") its exact PDF bytes (a content-addressed blob) and its
canonical content with the SHA-256 are frozen and the visit becomes
"minutes_signed". Later changes need an amendment (biên bản bổ sung): a new
version that reopens the visit, lists what changed since the signed one and
is rendered, numbered and signed in turn.
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..catalogue import COMMANDS, render
from ..changes import Changes
from ..errors import LifecycleError, ValidationError, os_reason
from ..ids import uuid7
from ..minutes import content as content_mod
from ..minutes import diff
from ..minutes import template as template_mod
from ..minutes import verify as verify_mod
from ..minutes.values import minutes_date
from ..oplog import digest
from ..progress import Progress
from ..storage import signed_minutes
from .base import Service, now_local, require

STATUSES = {"draft": ("Dự thảo", "Draft"), "signed": ("Đã ký", "Signed")}
# "05/BB-ĐKT": number, "/BB-", issuer abbreviations (NĐ 30/2020 Phụ lục III).
_NUMBER = re.compile(r"^\d{2,}/BB(-[A-ZĐ0-9]+)+$")
DRAFT_FIELDS = ("number", "unit_opinion", "refused_to_sign", "refusal_reason", "witness_name", "witness_position")
_DONE = ("concluded", "minutes_signed", "exported", "received")


@dataclass(frozen=True)
class Prepared:
    """Everything a rendering needs, read from the workspace (in the caller's thread)."""
    minutes_id: str
    content: dict
    sha256: str
    template: dict
    photo_files: dict[str, Path]
    cache_dir: Path


# The fields a person fills before printing; frozen by the signature.
SIGNED_INPUTS = ("number", "unit_opinion", "refused_to_sign", "refusal_reason", "witness_name",
                 "witness_position", "amendment_reason")
# What a signing operation restates besides them: the row's identity and history.
RESTATED = ("visit_id", "version", "amends_id", "opened_at", *SIGNED_INPUTS)


class Minutes(Service):
    ENTITY = "minutes"

    # -- reading ------------------------------------------------------------------------------
    def of_visit(self, visit_id: str) -> list[dict]:
        """Every version of the visit's minutes, oldest first."""
        return self._rows("minutes", order="version", visit_id=visit_id)

    def current(self, visit_id: str) -> dict | None:
        versions = self.of_visit(visit_id)
        return versions[-1] if versions else None

    def last_signed(self, visit_id: str) -> dict | None:
        signed = [m for m in self.of_visit(visit_id) if m["status"] == "signed"]
        return signed[-1] if signed else None

    def template(self) -> dict:
        """The workspace's own `minutes-template.json` if it has one, else the built-in template."""
        own = self.ws.path / template_mod.WORKSPACE_FILE
        return template_mod.load(own if own.exists() else None)

    @property
    def cache_dir(self) -> Path:
        """The print-size copies made when photos were ingested (`ws.media.print_dir`)."""
        return self.ws.media.print_dir

    def signed_pdf(self, minutes_id: str) -> Path:
        row = self._row("minutes", minutes_id)
        if row["status"] != "signed" or not row["pdf_sha256"]:
            raise LifecycleError("minutes_not_signed")
        return self.ws.media.blob_path(row["pdf_sha256"])

    # -- the draft ------------------------------------------------------------------------------
    def open_draft(self, visit_id: str, number: str | None = None) -> tuple[str, Changes]:
        """The draft to render: the current one, or a new version (an
        amendment when an earlier version was signed)."""
        self._row("visit", visit_id)
        self._check_number(number)
        current = self.current(visit_id)
        if current and current["status"] == "draft":
            if number and number != current["number"]:
                return current["id"], self.write([("minutes", current["id"], {"number": number})])
            return current["id"], Changes()
        minutes_id = uuid7()
        return minutes_id, self.write([("minutes", minutes_id, {
            "visit_id": visit_id, "version": (current["version"] + 1) if current else 1,
            "status": "draft", "number": number, "amends_id": current["id"] if current else None})])

    @staticmethod
    def _check_number(number: str | None) -> None:
        if number and not _NUMBER.match(number):
            raise ValidationError("invalid_value", field=("số biên bản", "minutes number"),
                                  detail=(f"{number} (ví dụ 05/BB-ĐKT)", f"{number} (for example 05/BB-ĐKT)"))

    def update_draft(self, visit_id: str, **fields) -> tuple[str, Changes]:
        """Edit the draft right before printing: number, the unit's opinion,
        a refusal to sign with its reason and witness."""
        unknown = set(fields) - set(DRAFT_FIELDS)
        if unknown:
            raise ValidationError("unknown_field", field=", ".join(sorted(unknown)), what=("biên bản", "minutes"))
        current = self.current(visit_id)
        if current and current["status"] == "signed":
            raise LifecycleError("minutes_locked", version=current["version"])
        number = (fields.get("number") or "").strip() or None
        self._check_number(number)
        minutes_id, changes = self.open_draft(visit_id)
        clean = {k: (v.strip() or None) if isinstance(v, str) else v for k, v in fields.items()}
        if "refused_to_sign" in clean:
            clean["refused_to_sign"] = bool(clean["refused_to_sign"])
        return minutes_id, changes | self.write([("minutes", minutes_id, clean)])

    # -- content and validation -------------------------------------------------------------------
    def content(self, visit_id: str, row: dict | None = None) -> dict:
        """The canonical content of `row` (the current version by default) as the visit is now."""
        row = row or self.current(visit_id) or {"id": "", "version": 1}
        amends, changes = None, None
        facts = content_mod.facts(self.ws, visit_id)
        previous = self._row_or_none("minutes", row.get("amends_id"))
        if previous and previous.get("content"):
            amends = {"number": previous["number"] or "", "version": previous["version"],
                      "date": minutes_date(previous["content"])}
            changes = [vi for vi, _en in diff.facts_differences(previous["content"]["facts"], facts)]
        return content_mod.build(self.ws, visit_id, row, amends=amends, changes=changes, visit_facts=facts)

    def missing(self, visit_id: str, content: dict | None = None) -> list[tuple[str, str]]:
        """What the minutes still lack (Vietnamese, English): empty when they can be generated."""
        visit = self._row("visit", visit_id)
        content = content or self.content(visit_id)
        people, minutes = content["facts"]["people"], content["minutes"]
        out = []
        if not any(p["role"] == "head" for p in people["team"]):
            out.append(("trưởng đoàn kiểm tra (ở bảng Thành phần tham dự của cuộc kiểm tra, chọn vai trò "
                         "Trưởng đoàn cho một người của Đoàn kiểm tra)",
                         "the team head (in the visit's Participants table, give one member of the team "
                         "the role Team head)"))
        if not people["unit"] and not people["witness"] and not minutes["witness"]:
            out.append(("đại diện đơn vị được kiểm tra hoặc người chứng kiến (thêm ở bảng Thành phần tham dự)",
                        "a representative of the inspected unit or a witness (add them in the Participants table)"))
        if visit["status"] not in _DONE or not visit["left_at"]:
            out.append(("giờ kết thúc cuộc kiểm tra (hãy kết thúc cuộc kiểm tra: nút “Kết thúc kiểm tra…” ở đầu "
                         f"trang cuộc kiểm tra, hoặc lệnh inspector-cli visit conclude --visit {visit_id})",
                         "the visit's end time (conclude the visit: “Kết thúc kiểm tra…” (Conclude…) at the top "
                         f"of the visit, or the command inspector-cli visit conclude --visit {visit_id})"))
        for twice in self.ws.visits.consistency(visit_id)["duplicates"]:
            rows = " và ".join(str(n) for n in twice["positions"])
            rows_en = " and ".join(str(n) for n in twice["positions"])
            out.append((f"một dòng duy nhất cho {twice['label']} ở bảng {twice['section']['title']} "
                        f"(đang ghi ở dòng {rows}: hãy xóa dòng thừa)",
                        f"a single row for {twice['label']} in the table {twice['section']['title']} "
                        f"(now in rows {rows_en}: delete the extra row)"))
        if minutes["refused"] and not minutes["refusal_reason"]:
            out.append(("lý do đơn vị từ chối ký", "the reason the unit refused to sign"))
        if minutes["refused"] and not minutes["witness"]:
            out.append(("người chứng kiến việc từ chối ký", "a witness of the refusal to sign"))
        return out

    def warnings(self, visit_id: str) -> list[tuple[str, str]]:
        """(Vietnamese, English) lines to show before printing: each item answered "Đạt"
        (or "Không áp dụng") while records breach it — the minutes print it "Không đạt"
        with the rows named (checklists/breaches.py); the team should correct the answer;
        and each decision cited without its date, issuer or subject line (`plans.decision_gaps`)."""
        out = []
        for found in self.ws.visits.consistency(visit_id)["contradictions"]:
            item = found["item"]
            answered = content_mod.value_label(item, found["value"]) or ""
            rows = "; ".join(b.phrase() for b in found["breaches"])
            params = {"item": item["code"], "answered": answered,
                      "rows": (f"hồ sơ, điểm danh ghi nhận: {rows}", f"the records show: {rows}")}
            out.append((render(COMMANDS["minutes.contradiction"], "vi", params),
                        render(COMMANDS["minutes.contradiction"], "en", params)))
        # A decision cited without its date, issuer or subject line: dotted on paper, said here.
        visit = self._row("visit", visit_id)
        return out + self.ws.plans.decision_gaps(visit["plan_id"], visit["team_id"])

    def prepare_preview(self, visit_id: str) -> Prepared:
        """What a draft preview ("DỰ THẢO") needs: the minutes as the visit is now,
        also while it is still in progress and whatever they still lack; nothing is
        written (no draft is opened). Render it with `render_pdf(..., draft=True)`."""
        self._row("visit", visit_id)
        current = self.current(visit_id)
        row = current if current is not None and current["status"] == "draft" else None
        content = self.content(visit_id, row)
        return Prepared(row["id"] if row else "", content, digest(content), self.template(),
                        self._photo_files(content), self.cache_dir)

    def _photo_files(self, content: dict) -> dict[str, Path]:
        files = {}
        for photo in content["facts"]["photos"]:
            path = self.ws.media.blob_path(photo["sha256"])
            if path.exists():
                files[photo["sha256"]] = path
        return files

    def prepare(self, visit_id: str) -> Prepared:
        """Check and gather what rendering the current draft needs (opens one if there is none)."""
        current = self.current(visit_id)
        if current is None:
            self.open_draft(visit_id)
            current = self.current(visit_id)
            assert current is not None          # the draft just opened
        content = self.content(visit_id, current)
        missing = self.missing(visit_id, content)
        if missing:
            raise ValidationError("minutes_incomplete", missing=("; ".join(m[0] for m in missing),
                                                                  "; ".join(m[1] for m in missing)))
        return Prepared(current["id"], content, digest(content), self.template(), self._photo_files(content),
                        self.cache_dir)

    def render(self, visit_id: str, out: Path | str | None = None, progress: Progress | None = None,
               draft: bool = False):
        """The PDF of the current version: a fresh rendering of a draft, or the
        stored bytes of signed minutes (never re-rendered). With `draft`, a
        preview of the minutes as the visit is now, "DỰ THẢO" on every page,
        even while the visit is in progress (`prepare_preview`): never signable."""
        from ..minutes.render import Rendered, render_pdf

        current = self.current(visit_id)
        if draft:
            prepared = self.prepare_preview(visit_id)
            result = render_pdf(prepared.content, prepared.template, prepared.photo_files, prepared.cache_dir,
                                progress, draft=True)
        elif current is not None and current["status"] == "signed":
            data = self.signed_pdf(current["id"]).read_bytes()
            result = Rendered(data, current["content_hash"], "", data.count(b"/Type /Page\n"), 0.0, 0.0, 0)
        else:
            prepared = self.prepare(visit_id)
            result = render_pdf(prepared.content, prepared.template, prepared.photo_files, prepared.cache_dir,
                                progress)
        if out is not None:
            write_file(Path(out), result.pdf)
        return result

    # -- signing ------------------------------------------------------------------------------------
    def sign(self, visit_id: str, pdf: bytes) -> Changes:
        """"Đã ký": freeze the printed PDF (exact bytes) and the content with its hash."""
        current = self.current(visit_id)
        if current is None:
            raise LifecycleError("minutes_stale_pdf")
        if current["status"] == "signed":
            raise LifecycleError("minutes_locked", version=current["version"])
        prepared = self.prepare(visit_id)
        payload = verify_mod.read(pdf).payload
        if payload is None or (payload.visit_id, payload.version, payload.sha256) != (
                visit_id, current["version"], prepared.sha256):
            raise ValidationError("minutes_stale_pdf")
        sha, size = self._store(pdf)
        # The signing operation restates the whole row (visit, version, number,
        # opinion, refusal...): once it is here, the row is a function of it
        # alone (storage/signed_minutes.py), whatever other operations say.
        printed = {k: current[k] for k in RESTATED}
        with self.ws.writer.batch():
            changes = self.write([("minutes", current["id"], {
                **printed, "status": "signed", "content": prepared.content, "content_hash": prepared.sha256,
                "pdf_sha256": sha, "pdf_size": size, "signed_at": now_local(),
                "signed_by": self.ws.writer.person_id}, printed.keys())])
            changes = changes | self.ws.visits.set_status(visit_id, "minutes_signed")
        return changes

    def _store(self, pdf: bytes) -> tuple[str, int]:
        fd, tmp = tempfile.mkstemp(prefix=".minutes-", suffix=".pdf", dir=self.ws.path)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(pdf)
            return self.ws.media.store_blob(Path(tmp))
        finally:
            os.unlink(tmp)

    def attach_scan(self, minutes_id: str, path: Path | str) -> tuple[str, Changes]:
        """Attach a scan or photo of the signed paper to signed minutes."""
        row = self._row("minutes", minutes_id)
        if row["status"] != "signed":
            raise LifecycleError("minutes_not_signed")
        with self.ws.writer.batch():
            media_id, changes = self.ws.media.add_file(path, row["visit_id"])
            scans = [*(row["scan_media_ids"] or []), media_id]
            changes = changes | self.write([("minutes", minutes_id, {"scan_media_ids": list(dict.fromkeys(scans))})])
        return media_id, changes

    def start_amendment(self, visit_id: str, reason: str, number: str | None = None) -> tuple[str, Changes]:
        """Open a biên bản bổ sung: a new version amending the last signed one;
        the visit can be edited again until it is signed."""
        reason = require(reason, ("lý do lập biên bản bổ sung", "reason for the amendment"))
        current = self.current(visit_id)
        if current is not None and current["status"] == "draft" and current["amends_id"]:
            return current["id"], Changes()
        if current is None or current["status"] != "signed":
            raise LifecycleError("minutes_not_signed")
        with self.ws.writer.batch():
            minutes_id, changes = self.open_draft(visit_id, number)
            changes = changes | self.write([
                ("minutes", minutes_id, {"amendment_reason": reason, "opened_at": now_local()}),
                # The one way back from "minutes_signed": an amendment reopens the visit.
                ("visit", visit_id, {"status": "concluded"})])
        return minutes_id, changes

    def changed_since_signed(self, visit_id: str) -> list[tuple[str, str]] | None:
        """What changed in the visit since its last signed minutes (empty: nothing);
        None when no minutes were signed."""
        signed = self.last_signed(visit_id)
        if signed is None or not signed.get("content"):
            return None
        now = content_mod.facts(self.ws, visit_id)
        if digest(now) == digest(signed["content"]["facts"]):
            return []
        return diff.facts_differences(signed["content"]["facts"], now) or [
            ("Nội dung đã thay đổi.", "The content changed.")]

    # -- verification ----------------------------------------------------------------------------------
    def verify(self, pdf: Path | str | bytes) -> verify_mod.Verdict:
        """Whether a minutes PDF matches this workspace's record, and what differs if not."""
        if isinstance(pdf, bytes):
            data, name = pdf, "PDF"
        else:
            try:
                data, name = Path(pdf).read_bytes(), str(pdf)
            except OSError as exc:
                raise ValidationError("media_unreadable", path=str(pdf), detail=os_reason(exc)) from exc
        facts = verify_mod.read(data)
        if facts.payload is None:
            raise ValidationError("minutes_not_inspector_pdf", path=name)
        visit_id, version = facts.payload.visit_id, facts.payload.version
        visit = self._row_or_none("visit", visit_id)
        # Signed minutes are looked up even if their visit was deleted since:
        # a delete synced from elsewhere must not stop certifying the paper.
        row = self._genuine([m for m in self.of_visit(visit_id) if m["version"] == version])
        if visit is None and (row is None or row["status"] != "signed"):
            row = None
        record = None
        if row is not None:
            record = row["content"] if row["status"] == "signed" else self.content(visit_id, row)
        return verify_mod.judge(facts, row, record, visit is not None or row is not None)

    def _genuine(self, rows: list[dict]) -> dict | None:
        """Of the rows claiming one version, the signed one whose signing reached
        this workspace first: a peer may add another row claiming a signed
        version, it never takes the place of the first (storage/signed_minutes.py)."""
        signed = [(signed_minutes.anchor_seq(self.conn, r["id"]), r) for r in rows if r["status"] == "signed"]
        anchored = [(seq, r) for seq, r in signed if seq is not None]
        if anchored:
            return min(anchored, key=lambda pair: pair[0])[1]
        return rows[0] if rows else None


def write_file(path: Path, data: bytes) -> None:
    """Write to a temporary name beside `path`, then rename: never a half-written PDF."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".pdf", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
