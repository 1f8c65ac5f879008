"""Which devices this workspace trusts, what each may send it, and who a
bundle is addressed to (docs/security.md).

Authority comes from this workspace's own trust store, never from a bundle:
the role of a device is the one recorded here when a person approved it
(or HQ listed it), never the role its manifest claims.

* HQ trusts the laptops whose enrollment requests a person approved there.
  It accepts no distribution, trust change or receipt from any device.
* A laptop pins its HQ when a person confirms the fingerprint of its first
  distribution (and only then): that device, with that key, is the only one
  whose distributions (with their trust and revocation changes) and
  receipts it accepts. A distribution lists devices as field laptops only;
  it never introduces, trusts or revokes an HQ.
* Trust changes carried by distributions are ordered by HQ's per-device
  stamp (`trust_stamp`, HQ's counter of trust changes): an entry older than
  or as old as what this workspace holds for a device changes nothing, so
  an older distribution never undoes a newer revocation.
* The pinned HQ's new key is taken without a person only when the bundle
  carries a chain of succession statements from the key pinned here to the
  one that signed it (`succession.chain`); a bundle signed later by a key it
  replaced is refused.
* A bundle from any other device, from a revoked one, or signed with another
  key than the one known for its device id, is held until a person decides.
  Revoked stays revoked, and a key change keeps the old key, unless the
  person re-trusts explicitly (`retrust`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..errors import SyncError
from ..storage import seal_store, sync_store
from ..text import day
from . import keys, succession

if TYPE_CHECKING:
    from ..workspace import Workspace

FIELD, HQ = "field", "hq"
HQ_ONLY = ("distribution", "receipt")


def self_device(ws: Workspace) -> dict:
    device_keys = ws.keys
    return {"id": ws.device_id, "name": ws.device_name, "role": ws.role, "sign_public": device_keys.sign_public,
            "encrypt_public": device_keys.encrypt_public, "trust": "self"}


def status(ws: Workspace, source: dict) -> str:
    """'self', 'trusted', 'unknown', 'revoked' or 'key_changed' for a manifest's source."""
    if source["device_id"] == ws.device_id:
        return "self" if source["sign_public"] == ws.keys.sign_public else "key_changed"
    known = sync_store.device(ws.db.conn, source["device_id"])
    if known is None or known["sign_public"] is None or known["trust"] is None:
        return "unknown"
    if known["sign_public"] != source["sign_public"]:
        if succession.chain(ws, source):
            return "trusted"         # the pinned HQ's new key, named by the key held here
        return "key_changed"
    return "revoked" if known["trust"] == "revoked" else "trusted"


def role_of(ws: Workspace, device_id: str, kind: str) -> str:
    """The role this workspace gives a device: the one it recorded, else the
    one a person's approval of a bundle of `kind` would record (headquarters
    only for a laptop's first distribution; a field laptop otherwise)."""
    known = sync_store.device(ws.db.conn, device_id)
    if known is not None and known["trust"] is not None and known["role"] in (FIELD, HQ):
        return known["role"]
    return HQ if (kind == "distribution" and ws.role != HQ) else FIELD


def authority(ws: Workspace, bundle_manifest: dict) -> tuple[str, str] | None:
    """Why this workspace refuses a bundle of this kind from its sender, as a
    (vi, en) reason; None when the sender may send it (possibly after a
    person approves the device). Decided from this workspace's records only."""
    kind, source = bundle_manifest["kind"], bundle_manifest["source"]
    if source["device_id"] == ws.device_id and source["sign_public"] != ws.keys.sign_public:
        return ("gói mang mã của chính máy này nhưng được ký bằng khóa khác",
                "it bears this device's own id but is signed with another key")
    replaced = succession.replaced(ws, source)
    if replaced is not None:
        on = day(replaced.made_at) or "?"
        return (f"gói được ký bằng khóa cũ mà trụ sở đã thay ngày {on}; hãy nhập gói mới hơn của trụ sở",
                f"it is signed with a key headquarters replaced on {on}; import a newer bundle from headquarters")
    if kind == "enrollment":
        if ws.role != HQ:
            return ("yêu cầu đăng ký máy chỉ nhập vào không gian làm việc của trụ sở",
                    "enrollment requests are imported at headquarters only")
        if source.get("role") != FIELD:
            return ("yêu cầu đăng ký chỉ dành cho máy kiểm tra; yêu cầu tự nhận là trụ sở bị từ chối",
                    "an enrollment request is for a field laptop; a request claiming headquarters is refused")
        return None
    if kind not in HQ_ONLY:
        return None
    if ws.role == HQ:
        return ("trụ sở không nhận gói phân phối, thay đổi tin cậy hay giấy biên nhận từ máy khác",
                "headquarters accepts no distribution, trust change or receipt from another device")
    pinned = sync_store.hq_devices(ws.db.conn, ws.device_id)
    if any(d["id"] == source["device_id"] for d in pinned):
        return None      # the pinned HQ (a changed key or a revocation is held by status())
    if kind == "distribution" and not pinned and sync_store.device(ws.db.conn, source["device_id"]) is None:
        return None      # the first distribution: held until a person confirms the fingerprint
    return ("chỉ trụ sở mà máy này đã xác nhận vân tay mới được gửi loại gói này",
            "only the headquarters whose fingerprint this laptop confirmed sends this kind of bundle")


def approve_source(ws: Workspace, conn, source: dict, kind: str, *, retrust: bool = False) -> None:
    """A person approved the sender of a held bundle of `kind`: record it
    with the role this workspace gives it (never the one it claims). A
    revoked device or a changed key needs `retrust` (the person chose it
    explicitly); the old key is kept as the previous one."""
    state = status(ws, source)
    if state in ("self", "trusted"):
        return
    if state in ("revoked", "key_changed") and not retrust:
        raise needs_retrust(ws, source, state)
    role = role_of(ws, source["device_id"], kind)
    stamp = sync_store.next_trust_stamp(conn) if ws.role == HQ else None
    sync_store.save_device(conn, {"id": source["device_id"], "name": source.get("name"), "role": role,
                                  "sign_public": source["sign_public"],
                                  "encrypt_public": source["encrypt_public"]}, "trusted", stamp=stamp)


def follow_succession(ws: Workspace, conn, source: dict) -> bool:
    """Inside an import's transaction: a laptop records its pinned HQ's new
    keys when the bundle's succession chain proves them (`succession.follow`)."""
    return succession.follow(ws, conn, source)


def revoke(ws: Workspace, conn, device_id: str) -> None:
    """A person here revokes a device; the revocation records who and when
    (HQ stamps it, so its distributions carry it after older ones)."""
    by = (ws.people.current() or {}).get("name") or ws.device_name
    stamp = sync_store.next_trust_stamp(conn) if ws.role == HQ else None
    sync_store.set_trust(conn, device_id, "revoked", by=by, stamp=stamp)
    # What it sealed up to now stays valid, relayed by anyone; nothing it seals later does.
    last = seal_store.last(conn, device_id)
    seal_store.set_cutoff(conn, device_id, last.number if last else 0, last.hash if last else "")


def devices(ws: Workspace) -> list[dict]:
    """Known devices with their fingerprints (this one first)."""
    out = []
    for device in sync_store.devices(ws.db.conn):
        if device["id"] == ws.device_id:
            device = {**device, **self_device(ws)}
        device["fingerprint"] = keys.fingerprint(device["sign_public"])
        out.append(device)
    out.sort(key=lambda d: (d["trust"] != "self", d["trust"] == "revoked", d["name"] or "", d["id"]))
    return out


def for_distribution(ws: Workspace) -> list[dict]:
    """HQ's list in a distribution: itself, trusted laptops, revoked ones,
    each with HQ's stamp of its last change (and who revoked it, when)."""
    conn = ws.db.conn
    out = []
    for d in devices(ws):
        if d["trust"] not in ("self", "trusted", "revoked"):
            continue
        entry = {k: d[k] for k in ("id", "name", "role", "sign_public", "encrypt_public", "revoked_at", "revoked_by")}
        entry |= {"trust": "trusted" if d["trust"] == "self" else d["trust"], "stamp": d["trust_stamp"] or 0}
        if d["trust"] == "revoked":
            number, hash_ = seal_store.cutoff(conn, d["id"]) or (0, "")
            entry["sealed_through"] = {"number": number, "hash": hash_}
        out.append(entry)
    return out


def apply_distribution(ws: Workspace, conn, listed: list[dict], hq_name: str) -> dict[str, int]:
    """The pinned HQ vouches for these laptops (or revokes them). Entries
    about this device, about any HQ, or no newer than what is held for that
    device (HQ's stamp) change nothing; every device listed is a laptop."""
    changed = keys_changed = 0
    pinned = {d["id"] for d in sync_store.hq_devices(conn, ws.device_id)}
    for device in listed:
        if not isinstance(device, dict) or not isinstance(device.get("id"), str) or device["id"] == ws.device_id:
            continue
        if device.get("trust") not in ("trusted", "revoked") or device.get("role") == HQ or device["id"] in pinned:
            continue
        if not all(isinstance(device.get(k), str) for k in ("sign_public", "encrypt_public")):
            continue
        stamp = device.get("stamp")
        stamp = stamp if isinstance(stamp, int) and not isinstance(stamp, bool) and stamp > 0 else 0
        known = sync_store.device(conn, device["id"])
        if known is not None and known["trust"] is not None and stamp <= (known["trust_stamp"] or 0):
            continue     # not newer than what this workspace holds: an older distribution undoes nothing
        if known and (known["trust"], known["sign_public"]) == (device["trust"], device["sign_public"]):
            _cutoff(conn, device)
            with_stamp = {**device, "role": FIELD, "name": _text(device.get("name"))}
            sync_store.save_device(conn, with_stamp, device["trust"], stamp=stamp or None,
                                   revoked_at=known["revoked_at"], revoked_by=known["revoked_by"])
            continue
        if known and known["sign_public"] and known["sign_public"] != device["sign_public"]:
            keys_changed += 1
        _cutoff(conn, device)
        revoked_at = device.get("revoked_at") if isinstance(device.get("revoked_at"), str) else None
        sync_store.save_device(conn, {**device, "role": FIELD, "name": _text(device.get("name"))}, device["trust"],
                               stamp=stamp or None, revoked_at=revoked_at,
                               revoked_by=_text(device.get("revoked_by")) or hq_name)
        changed += 1
    return {"devices": changed, "keys_changed": keys_changed}


def _cutoff(conn, device: dict) -> None:
    """A revoked laptop's last seal as HQ knew it: what it sealed up to
    there stays valid when relayed; nothing after (seals.Authors)."""
    if device.get("trust") != "revoked":
        return
    through = device.get("sealed_through")
    number = through.get("number") if isinstance(through, dict) else None
    hash_ = through.get("hash") if isinstance(through, dict) else None
    if type(number) is not int or not 0 <= number < 1 << 62 or not isinstance(hash_, str) \
            or not (hash_ == "" or re.fullmatch(r"[0-9a-f]{64}", hash_)):
        number, hash_ = 0, ""
    seal_store.set_cutoff(conn, device["id"], number, hash_)


def _text(value, limit: int = 200) -> str | None:
    return value[:limit] if isinstance(value, str) else None


def revocation(ws: Workspace, device_id: str) -> tuple[str, str]:
    """(who, dd/MM/yyyy) of a device's revocation, for the prompt that re-trusts it."""
    known = sync_store.device(ws.db.conn, device_id) or {}
    return known.get("revoked_by") or "?", day(known.get("revoked_at")) or "?"


def known_name(ws: Workspace, device_id: str) -> str | None:
    """The name this workspace holds for a device (never one a bundle claims)."""
    known = sync_store.device(ws.db.conn, device_id)
    return known["name"] if known and known["sign_public"] else None


def known_fingerprint(ws: Workspace, device_id: str) -> str | None:
    """The fingerprint of the key this workspace holds for a device."""
    known = sync_store.device(ws.db.conn, device_id)
    return keys.fingerprint(known["sign_public"]) if known and known["sign_public"] else None


def needs_retrust(ws: Workspace, source: dict, state: str) -> SyncError:
    """Approving does not re-trust a revoked device nor take a new key: the
    person must choose that explicitly; this says who revoked it and when,
    or the old and new fingerprints."""
    name = source.get("name") or "?"
    if state == "revoked":
        by, at = revocation(ws, source["device_id"])
        return SyncError("held_revoked_needs_retrust", name=name, by=by, at=at)
    return SyncError("held_key_change_needs_retrust", name=name, old=known_fingerprint(ws, source["device_id"]) or "?",
                     new=keys.fingerprint(source["sign_public"]))


def default_recipients(ws: Workspace, kind: str) -> list[dict]:
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
