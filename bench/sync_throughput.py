"""Export and import of a findings bundle holding many photos, each against
age alone measured in the same process, on the same files, just before and
just after (the ratio uses the faster of the two):

* export against encrypting the photos alone with the same envelope (age
  through pyrage, streaming, written and fsynced), the floor any encrypted
  export pays;
* import against decrypting that bundle alone (written and fsynced);
* a plain copy of the files (read, write, fsync), for scale.

Budget (issue 10): export and import throughput >= 0.9 x age alone; peak
memory <= 300 MB (the resident set of the process doing the export, then of
another doing the import). Also printed: the CPU seconds each took (the
pipeline hashes, checksums and reads back what age alone does not: on a
busy machine the second core it overlaps on is not free) and the load
average, since other work on this 2-core machine moves every figure.

    python bench/sync_throughput.py              # 2 GB of photos (the figure to report)
    python bench/sync_throughput.py --mb 300     # a quick run
    python bench/sync_throughput.py --repeat 3   # best of three of each
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import shutil
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
def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _timed(fn, *args) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds of the whole process, CPU seconds of the
    calling thread) of fn(*args). The calling thread is the one pyrage
    encrypts or decrypts on, holding the GIL: on a quiet machine its CPU
    time is the critical path, the helper threads' runs on the other core."""
    cpu, thread, start = _cpu(), time.thread_time(), time.perf_counter()
    fn(*args)
    return time.perf_counter() - start, _cpu() - cpu, time.thread_time() - thread


def job_export(ws_path: str, dest: str) -> dict:
    from inspector_app.sync import keys
    from inspector_app.workspace import Workspace
    hq = json.loads(Path(dest, "hq.json").read_text())
    files = blob_files(Path(ws_path))
    alone = Path(dest, "alone.age")
    recipient = keys.age_recipient(hq["encrypt_public"])
    baseline = [_timed(encrypt_alone, files, alone, recipient)]
    alone.unlink()
    with Workspace.open(ws_path) as ws:
        out: list = []
        seconds, cpu, thread = _timed(lambda: out.append(ws.sync.export("findings", dest, recipients=[hq])))
    baseline.append(_timed(encrypt_alone, files, alone, recipient))
    alone.unlink()
    return {"seconds": seconds, "cpu": cpu, "thread": thread, "path": str(out[0].path), "size": out[0].size,
             "load": os.getloadavg()[0],
            "baseline": min(baseline), "baselines": baseline}


def job_import(ws_path: str, bundle: str) -> dict:
    from inspector_app.sync import keys
    from inspector_app.workspace import Workspace
    identity = keys.age_identity(Path(ws_path) / "keys")
    alone = Path(bundle).with_suffix(".zip")
    baseline = [_timed(decrypt_alone, Path(bundle), alone, identity)]
    alone.unlink()
    with Workspace.open(ws_path) as ws:
        out: list = []
        seconds, cpu, thread = _timed(lambda: out.append(ws.sync.import_file(bundle)))
        assert out[0].status == "accepted", out[0].message("en")
    baseline.append(_timed(decrypt_alone, Path(bundle), alone, identity))
    alone.unlink()
    return {"seconds": seconds, "cpu": cpu, "thread": thread, "new_media": out[0].new_media,
            "load": os.getloadavg()[0], "baseline": min(baseline),
            "baselines": baseline}


def run_job(name: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--job", name, *args], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=2048, help="megabytes of photos (default 2048)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each job; the best ratio is kept")
    parser.add_argument("--job", help=argparse.SUPPRESS)
    parser.add_argument("args", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.job:
        result = {"export": job_export, "import": job_import}[args.job](*args.args)
        result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(result))
        return

    from inspector_app.storage import sync_store
    from inspector_app.sync.trust import self_device
    from inspector_app.workspace import Workspace

    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(dir=ROOT / "bench") as tmp:
        tmp = Path(tmp)
        print(f"making a laptop workspace with {args.mb} MB of photos…", flush=True)
        made = make_laptop(tmp / "laptop", args.mb)
        with Workspace.create(tmp / "hq", "hq", device_name="Trụ sở", builtin_checklists=False) as hq:
            hq_device = self_device(hq)
            # The HQ must trust the laptop to apply its bundle: as after enrollment.
            with Workspace.open(tmp / "laptop") as laptop, hq.writer.batch():
                sync_store.save_device(hq.db.conn, self_device(laptop), "trusted")
        dest = tmp / "usb"
        dest.mkdir()
        (dest / "hq.json").write_text(json.dumps(hq_device))
        size_mb = made["bytes"] / (1 << 20)
        print(f"{made['files']} photos, {size_mb:.0f} MB", flush=True)
        start = time.perf_counter()
        plain_copy(blob_files(tmp / "laptop"), tmp / "copy.bin")
        copy_s = time.perf_counter() - start
        (tmp / "copy.bin").unlink()

        def ratio(job: dict) -> float:
            return job["baseline"][0] / job["seconds"]

        exports, imports = [], []
        for _ in range(args.repeat):
            exported = run_job("export", str(tmp / "laptop"), str(dest))
            exports.append(exported)
            shutil.rmtree(tmp / "hq-run", ignore_errors=True)
            shutil.copytree(tmp / "hq", tmp / "hq-run")
            os.sync()
            imports.append(run_job("import", str(tmp / "hq-run"), exported["path"]))
            Path(exported["path"]).unlink()
    exported, imported = max(exports, key=ratio), max(imports, key=ratio)

    def rate(seconds: float) -> float:
        return size_mb / seconds

    print(f"load average before {load_before[0]:.2f}, after {os.getloadavg()[0]:.2f} (2 cores)")
    print(f"plain copy              {rate(copy_s):7.1f} MB/s")
    for name, job, alone in (("export (findings)", exported, "encrypt alone (age)"),
                             ("import (HQ)", imported, "decrypt alone (age)")):
        (base_s, base_cpu, base_thread), runs = job["baseline"], job["baselines"]
        print(f"{alone:<23} {rate(base_s):7.1f} MB/s   ({' / '.join(f'{rate(r[0]):.0f}' for r in runs)} MB/s"
              f" before / after; {base_cpu:.1f} s CPU, {base_thread:.1f} s on its thread)")
        print(f"{name:<23} {rate(job['seconds']):7.1f} MB/s   {job['cpu']:.1f} s CPU,"
              f" {job['thread']:.1f} s on the pyrage thread, peak memory {job['peak_rss_mb']:.0f} MB"
              f" (load {job['load']:.2f} just after)")
    export_ratio, import_ratio = ratio(exported), ratio(imported)
    print(f"ratio export / encrypt alone: {export_ratio:.2f}   import / decrypt alone: {import_ratio:.2f}"
          f"   (CPU seconds, age alone / pipeline: export {exported['baseline'][1] / exported['cpu']:.2f},"
          f" import {imported['baseline'][1] / imported['cpu']:.2f})")
    if args.repeat > 1:
        print("ratios of every run (load average just after): export "
              + ", ".join(f"{ratio(j):.2f} ({j['load']:.1f})" for j in exports)
              + "; import " + ", ".join(f"{ratio(j):.2f} ({j['load']:.1f})" for j in imports))
    ok_rate = export_ratio >= 0.9 and import_ratio >= 0.9
    ok_mem = max(exported["peak_rss_mb"], imported["peak_rss_mb"]) <= 300
    print(f"budget: >= 0.9 of age alone -> {'met' if ok_rate else 'NOT met'}; "
          f"peak memory <= 300 MB -> {'met' if ok_mem else 'NOT met'}")


if __name__ == "__main__":
    main()
