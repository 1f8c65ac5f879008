"""Which devices this workspace trusts, and who a bundle is addressed to.

A workspace trusts itself; HQ trusts the laptops whose enrollment requests it
approved; a laptop trusts HQ after a person compared the fingerprint of its
first distribution package, then every device HQ lists in a distribution
(and stops trusting those HQ lists as revoked). A bundle from any other
device, from a revoked one, or signed with another key than the one known
for its device, is held until a person approves it.
"""

from __future__ import annotations

from ..errors import SyncError
from ..storage import sync_store
from . import keys


def self_device(ws) -> dict:
    device_keys = ws.keys
    return {"id": ws.device_id, "name": ws.device_name, "role": ws.role, "sign_public": device_keys.sign_public,
            "encrypt_public": device_keys.encrypt_public, "trust": "self"}


def status(ws, source: dict) -> str:
    """'self', 'trusted', 'unknown', 'revoked' or 'key_changed' for a manifest's source."""
    if source["device_id"] == ws.device_id:
        return "self" if source["sign_public"] == ws.keys.sign_public else "key_changed"
    known = sync_store.device(ws.db.conn, source["device_id"])
    if known is None or known["sign_public"] is None or known["trust"] is None:
        return "unknown"
    if known["sign_public"] != source["sign_public"]:
        return "key_changed"
    return "revoked" if known["trust"] == "revoked" else "trusted"


def trust_source(conn, source: dict) -> None:
    sync_store.save_device(conn, {"id": source["device_id"], "name": source.get("name"),
                                  "role": source.get("role"), "sign_public": source["sign_public"],
                                  "encrypt_public": source["encrypt_public"]}, "trusted")


def devices(ws) -> list[dict]:
    """Known devices with their fingerprints (this one first)."""
    out = []
    for device in sync_store.devices(ws.db.conn):
        if device["id"] == ws.device_id:
            device = {**device, **self_device(ws)}
        device["fingerprint"] = keys.fingerprint(device["sign_public"])
        out.append(device)
    out.sort(key=lambda d: (d["trust"] != "self", d["trust"] == "revoked", d["name"] or "", d["id"]))
    return out


def for_distribution(ws) -> list[dict]:
    """HQ's list in a distribution: itself, trusted laptops, revoked ones."""
    return [{k: d[k] for k in ("id", "name", "role", "sign_public", "encrypt_public")}
            | {"trust": "trusted" if d["trust"] == "self" else d["trust"]}
            for d in devices(ws) if d["trust"] in ("self", "trusted", "revoked")]


def apply_distribution(ws, conn, listed: list[dict]) -> int:
    """A trusted HQ vouches for these devices (or revokes them)."""
    changed = 0
    for device in listed:
        if not isinstance(device, dict) or device.get("id") in (None, ws.device_id):
            continue
        if device.get("trust") not in ("trusted", "revoked") or not device.get("sign_public"):
            continue
        known = sync_store.device(conn, device["id"])
        if known and (known["trust"], known["sign_public"]) == (device["trust"], device["sign_public"]):
            continue
        sync_store.save_device(conn, device, device["trust"])
        changed += 1
    return changed


def default_recipients(ws, kind: str) -> list[dict]:
    """Who gets a bundle of `kind` unless the user chooses."""
    trusted = [d for d in devices(ws) if d["trust"] == "trusted"]
    if kind == "findings":
        chosen = [d for d in trusted if d["role"] == "hq"]
        hint = ("Hãy nhập gói phân phối của trụ sở trước, hoặc chọn máy nhận.",
                "Import HQ's distribution package first, or choose a recipient.")
    elif kind == "peer":
        chosen = [d for d in trusted if d["role"] == "field"]
        hint = ("Chưa có máy nào của đoàn được tin cậy; hãy nhập gói phân phối mới nhất của trụ sở.",
                "No team laptop is trusted yet; import HQ's latest distribution package.")
    elif kind == "distribution":
        chosen = [d for d in trusted if d["role"] == "field"]
        hint = ("Chưa có máy kiểm tra nào đăng ký; hãy nhập yêu cầu đăng ký của các máy trước.",
                "No laptop is enrolled; import their enrollment requests first.")
    elif kind == "receipt":
        senders = set(sync_store.senders(ws.db.conn))
        chosen = [d for d in trusted if d["id"] in senders]
        hint = ("Chưa nhận gói kết quả nào từ máy kiểm tra.", "No findings bundle has been received yet.")
    else:
        chosen, hint = [], ("", "")
    if not chosen:
        raise SyncError("export_no_recipients", kind=kind, hint=hint)
    return chosen
