"""Export and import of a findings bundle holding many photos, against two
baselines measured in the same run on the same files:

* a plain copy of the files into one file (read, write, fsync);
* encrypting them alone with the same envelope (age through pyrage,
  streaming), the floor any encrypted export pays — and, for import,
  decrypting that file alone.

Budget (issue 5): export and import throughput ≥ 0.7 × the encryption-alone
baseline; peak memory ≤ 300 MB (the resident set of a fresh process doing
the export, then another doing the import).

    python bench/sync_throughput.py            # 2 GB of photos (the figure to report)
    python bench/sync_throughput.py --mb 300   # a quick run
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHUNK = 1 << 20


def fake_jpeg(rng: random.Random, size: int) -> bytes:
    """JPEG-like bytes: a JFIF header, then noise (photos do not compress)."""
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    return head + rng.randbytes(size - len(head) - 2) + b"\xff\xd9"


def make_laptop(path: Path, megabytes: int, seed: int = 5) -> dict:
    """A field workspace with one visit holding `megabytes` of photos."""
    from inspector_app.ids import uuid7
    from inspector_app.workspace import Workspace
    from tests.helpers.factories import setup_visit

    rng = random.Random(seed)
    with Workspace.create(path, "field", device_name="Máy đo", builtin_checklists=False) as ws:
        ids = setup_visit(ws)
        total, mutations = 0, []
        while total < megabytes << 20:
            size = rng.randint(2_500_000, 6_000_000)
            data = fake_jpeg(rng, size)
            sha = hashlib.sha256(data).hexdigest()
            blob = ws.media.blob_path(sha)
            blob.parent.mkdir(exist_ok=True)
            blob.write_bytes(data)
            mutations.append(("media", uuid7(), {"visit_id": ids["visit"], "sha256": sha, "kind": "photo",
                                                 "mime": "image/jpeg", "size": size,
                                                 "original_name": f"IMG_{len(mutations):04d}.jpg"}))
            total += size
        ws.writer.write(mutations)
        os.sync()
        return {"bytes": total, "files": len(mutations), "keys": ws.keys}


def blob_files(ws_path: Path) -> list[Path]:
    return sorted(p for p in (ws_path / "media").rglob("*") if p.is_file() and len(p.name) == 64)


def plain_copy(files: list[Path], out: Path) -> None:
    with open(out, "wb") as sink:
        for path in files:
            with open(path, "rb") as source:
                while chunk := source.read(CHUNK):
                    sink.write(chunk)
        sink.flush()
        os.fsync(sink.fileno())


class Concat:
    def __init__(self, files: list[Path]) -> None:
        self._files, self._current = iter(files), None

    def read(self, n: int = -1) -> bytes:
        while True:
            if self._current is None:
                path = next(self._files, None)
                if path is None:
                    return b""
                self._current = open(path, "rb")  # noqa: SIM115
            data = self._current.read(n)
            if data:
                return data
            self._current.close()
            self._current = None


def encrypt_alone(files: list[Path], out: Path, recipient: str) -> None:
    import pyrage
    with open(out, "wb") as sink:
        pyrage.encrypt_io(Concat(files), sink, [pyrage.x25519.Recipient.from_str(recipient)])
        sink.flush()
        os.fsync(sink.fileno())


def decrypt_alone(bundle: Path, out: Path, identity: str) -> None:
    import pyrage

    from inspector_app.sync import envelope
    with open(bundle, "rb") as source, open(out, "wb") as sink:
        envelope.read_header(source)
        pyrage.decrypt_io(source, sink, [pyrage.x25519.Identity.from_str(identity)])
        sink.flush()
        os.fsync(sink.fileno())


# -- the measured jobs, each in a fresh process (peak memory is theirs) ------------------
def job_export(ws_path: str, dest: str) -> dict:
    from inspector_app.workspace import Workspace
    with Workspace.open(ws_path) as ws:
        hq = json.loads(Path(dest, "hq.json").read_text())
        start = time.perf_counter()
        result = ws.sync.export("findings", dest, recipients=[hq])
        seconds = time.perf_counter() - start
    return {"seconds": seconds, "path": str(result.path), "size": result.size}


def job_import(ws_path: str, bundle: str) -> dict:
    from inspector_app.workspace import Workspace
    with Workspace.open(ws_path) as ws:
        start = time.perf_counter()
        report = ws.sync.import_file(bundle)
        seconds = time.perf_counter() - start
        assert report.status == "accepted", report.message("en")
    return {"seconds": seconds, "new_media": report.new_media}


def run_job(name: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--job", name, *args], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=2048, help="megabytes of photos (default 2048)")
    parser.add_argument("--job", help=argparse.SUPPRESS)
    parser.add_argument("args", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.job:
        result = {"export": job_export, "import": job_import}[args.job](*args.args)
        result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(result))
        return

    from inspector_app.sync import keys
    from inspector_app.sync.trust import self_device
    from inspector_app.workspace import Workspace

    with tempfile.TemporaryDirectory(dir=ROOT / "bench") as tmp:
        tmp = Path(tmp)
        print(f"making a laptop workspace with {args.mb} MB of photos…", flush=True)
        made = make_laptop(tmp / "laptop", args.mb)
        hq_path = tmp / "hq"
        with Workspace.create(hq_path, "hq", device_name="Trụ sở", builtin_checklists=False) as hq:
            hq_device = self_device(hq)
            identity = keys.age_identity(hq_path / "keys")
        dest = tmp / "usb"
        dest.mkdir()
        (dest / "hq.json").write_text(json.dumps(hq_device))
        files = blob_files(tmp / "laptop")
        size_mb = made["bytes"] / (1 << 20)
        print(f"{made['files']} photos, {size_mb:.0f} MB")
        recipient = keys.age_recipient(hq_device["encrypt_public"])

        def timed(fn, *a) -> float:
            start = time.perf_counter()
            fn(*a)
            return time.perf_counter() - start

        copy_s = timed(plain_copy, files, tmp / "copy.bin")
        (tmp / "copy.bin").unlink()
        enc_s = timed(encrypt_alone, files, tmp / "alone.age", recipient)
        (tmp / "alone.age").unlink()
        exported = run_job("export", str(tmp / "laptop"), str(dest))
        dec_s = timed(decrypt_alone, Path(exported["path"]), tmp / "alone.zip", identity)
        (tmp / "alone.zip").unlink()
        # The HQ must trust the laptop to apply its bundle: as after enrollment.
        with Workspace.open(hq_path) as hq, Workspace.open(tmp / "laptop") as laptop:
            from inspector_app.storage import sync_store
            with hq.writer.batch():
                sync_store.save_device(hq.db.conn, self_device(laptop), "trusted")
        imported = run_job("import", str(hq_path), exported["path"])
        enc_again_s = timed(encrypt_alone, files, tmp / "alone2.age", recipient)

    def rate(seconds: float) -> float:
        return size_mb / seconds

    enc_rate = rate(min(enc_s, enc_again_s))
    print(f"plain copy              {rate(copy_s):7.1f} MB/s")
    print(f"encrypt alone (age)     {rate(enc_s):7.1f} MB/s   (again at the end: {rate(enc_again_s):.1f} MB/s)")
    print(f"decrypt alone (age)     {rate(dec_s):7.1f} MB/s")
    bundle_mb = exported["size"] / (1 << 20)
    print(f"export (findings)       {rate(exported['seconds']):7.1f} MB/s   bundle {bundle_mb:.0f} MB,"
          f" peak memory {exported['peak_rss_mb']:.0f} MB")
    print(f"import (HQ)             {rate(imported['seconds']):7.1f} MB/s   {imported['new_media']} photos,"
          f" peak memory {imported['peak_rss_mb']:.0f} MB")
    export_ratio = rate(exported["seconds"]) / enc_rate
    import_ratio = rate(imported["seconds"]) / rate(dec_s)
    print(f"ratio export / encrypt alone: {export_ratio:.2f}   import / decrypt alone: {import_ratio:.2f}"
          f"   export / plain copy: {rate(exported['seconds']) / rate(copy_s):.2f}")
    ok_rate = export_ratio >= 0.7 and import_ratio >= 0.7
    ok_mem = max(exported["peak_rss_mb"], imported["peak_rss_mb"]) <= 300
    print(f"budget: >= 0.7 of the envelope alone -> {'met' if ok_rate else 'NOT met'}; "
          f"peak memory <= 300 MB -> {'met' if ok_mem else 'NOT met'}")


if __name__ == "__main__":
    main()
