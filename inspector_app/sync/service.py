"""`ws.sync`: bundles out and in, trust, conflicts, history (HQ and laptops).

Long jobs (`export`, `import_paths`, `verify`) are synchronous and take a
progress object; the UI runs them in a worker thread.
"""

from __future__ import annotations

from pathlib import Path

from ..services.base import Service
from ..storage import sync_store
from . import conflicts, export, folder, importer, reader, succession, trust
from .export import ExportResult  # `Sync.export` hides the module inside the class body


class Sync(Service):
    # -- out ------------------------------------------------------------------------
    def export(self, kind: str, destination: Path | str, *, recipients: list[dict] | None = None,
               full: bool = False, encrypt: bool = True, progress=None) -> ExportResult:
        """Write a bundle of `kind` into `destination` (a folder, e.g. a USB stick)."""
        return export.export(self.ws, kind, Path(destination), recipients=recipients, full=full,
                             encrypt=encrypt, progress=progress)

    def enroll(self, out_file: Path | str, progress=None) -> ExportResult:
        """This laptop's enrollment request (device id, name, public keys), signed, for HQ."""
        out_file = Path(out_file)
        return export.export(self.ws, "enrollment", out_file.parent, out_file=out_file, progress=progress)

    def default_recipients(self, kind: str) -> list[dict]:
        return trust.default_recipients(self.ws, kind)

    def recipient_from_file(self, path: Path | str) -> dict:
        """The device that signed an enrollment request (or any bundle it can read)."""
        bundle = reader.read(self.ws, Path(path), staging=False, stop_if_had=False)
        source = bundle.source
        return {"id": source["device_id"], "name": source.get("name"), "role": source.get("role"),
                "sign_public": source["sign_public"], "encrypt_public": source["encrypt_public"],
                "fingerprint": bundle.fingerprint}

    # -- in -------------------------------------------------------------------------
    def import_paths(self, paths, progress=None) -> list[importer.ImportReport]:
        """Import bundle files, or every bundle in folders; one report each."""
        return folder.import_paths(self.ws, paths, progress=progress)

    def import_file(self, path: Path | str, progress=None) -> importer.ImportReport:
        return importer.import_file(self.ws, Path(path), progress=progress)

    def verify(self, path: Path | str, progress=None) -> importer.ImportReport:
        """Run every check of an import on a bundle without applying anything
        (the import's own code, `apply=False`): the report says whether the
        import would accept, hold or refuse it, and why. Never raises for a
        bad file."""
        return importer.import_file(self.ws, Path(path), progress=progress, apply=False)

    def trust_status(self, source: dict) -> str:
        """'self', 'trusted', 'unknown', 'revoked' or 'key_changed' for a bundle's source."""
        return trust.status(self.ws, source)

    # -- held bundles and devices -------------------------------------------------------
    def held(self) -> list[dict]:
        """Bundles waiting for a person, each with what the approval prompt
        shows: `role` (the one this workspace would record), `device_name`,
        `person`, `fingerprint`, `status` now ('unknown', 'revoked',
        'key_changed'), and for a revoked device `revoked_by`/`revoked_on`,
        for a key change `old_fingerprint`."""
        out = []
        for item in sync_store.held(self.conn):
            source = {"device_id": item["device_id"], "sign_public": item["summary"].get("sign_public", "")}
            state = trust.status(self.ws, source) if source["sign_public"] else item["reason"]
            item = {**item, "status": state, "person": item["summary"].get("person"),
                    "role": trust.role_of(self.ws, item["device_id"], item["kind"])}
            if state == "revoked":
                item["revoked_by"], item["revoked_on"] = trust.revocation(self.ws, item["device_id"])
            if state == "key_changed":
                item["old_fingerprint"] = trust.known_fingerprint(self.ws, item["device_id"])
            out.append(item)
        return out

    def approve(self, bundle_id: str, fingerprint: str, progress=None, *,
                retrust: bool = False) -> importer.ImportReport:
        """Approve a held bundle after comparing `fingerprint`. A revoked device
        or a changed key needs `retrust=True` (an explicit choice); without
        it a SyncError says who revoked it and when (or the old and new
        fingerprints) and nothing changes."""
        return importer.approve_held(self.ws, bundle_id, fingerprint, progress=progress, retrust=retrust)

    def reject(self, bundle_id: str) -> None:
        importer.reject_held(self.ws, bundle_id)

    def devices(self) -> list[dict]:
        return trust.devices(self.ws)

    def revoke(self, device_id: str) -> None:
        """A person revokes a device: its bundles are held from now on, and
        stay held unless a person re-trusts it explicitly."""
        with self.ws.writer.batch():
            trust.revoke(self.ws, self.conn, device_id)

    def rotate_keys(self) -> succession.Rotation:
        """HQ only: new signing and encryption keys. The old encryption key is
        kept (bundles laptops encrypted to it still open); a succession
        statement signed by the old signing key travels in every later
        bundle, so each laptop takes the new key without a prompt; from now
        on only the new key signs. Raises SyncError('keys_rotate_not_hq') on
        a laptop, with nothing changed."""
        return succession.rotate(self.ws)

    # -- conflicts and history ------------------------------------------------------------
    def conflicts(self) -> list[conflicts.Conflict]:
        return conflicts.list_conflicts(self.ws)

    def resolve(self, key: str, keep: str = "current", value=None):
        return conflicts.resolve(self.ws, key, keep, value)

    def history(self, direction: str | None = None, limit: int = 500) -> list[dict]:
        return sync_store.bundles(self.conn, direction, limit)

    def received_visits(self) -> list[dict]:
        """Visits held, by team and unit, with their latest minutes (HQ)."""
        return sync_store.visits_by_team_and_unit(self.conn)
