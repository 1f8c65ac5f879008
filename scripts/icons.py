"""Copy the icons the app uses (`ui.icons.USED`) from Tabler Icons into resources/icons/.

    .venv/bin/python scripts/icons.py [--package DIR]

Without `--package`, runs `npm pack @tabler/icons@VERSION` in a temporary folder
(the npm registry must be reachable); with it, reads an unpacked package folder
(the one holding `icons/outline/`). Copies only the outline SVGs named in
`ui/icons.py` (read with `ast`, so neither Qt nor the app is imported), the
package's LICENSE (MIT) beside them, and removes icons no longer used. The
files keep `stroke="currentColor"`: ui/icons.py draws each icon in the colour of
the palette (light icons on a dark palette, greyed when disabled).
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

VERSION = "3.52.0"
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"


def used_names() -> list[str]:
    """The keys of `USED` in ui/icons.py."""
    tree = ast.parse((ROOT / "ui" / "icons.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "USED" for t in node.targets):
            return sorted(ast.literal_eval(node.value))
    raise SystemExit("ui/icons.py has no USED")


def fetch(tmp: Path) -> Path:
    """`npm pack` the pinned version into `tmp` and unpack it; the package folder."""
    subprocess.run(["npm", "pack", f"@tabler/icons@{VERSION}", "--silent"], cwd=tmp, check=True,
                   stdout=subprocess.DEVNULL)
    archive = next(tmp.glob("tabler-icons-*.tgz"))
    with tarfile.open(archive) as tar:
        tar.extractall(tmp, filter="data")
    return tmp / "package"


def copy(package: Path, names: list[str]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    missing = [n for n in names if not (package / "icons" / "outline" / f"{n}.svg").is_file()]
    if missing:
        raise SystemExit(f"not in Tabler Icons: {', '.join(missing)}")
    for name in names:
        svg = (package / "icons" / "outline" / f"{name}.svg").read_text(encoding="utf-8")
        svg = re.sub(r'\s*class="[^"]*"', "", svg)
        (OUT / f"{name}.svg").write_text(svg, encoding="utf-8")
    shutil.copyfile(package / "LICENSE", OUT / "LICENSE")
    for old in OUT.glob("*.svg"):
        if old.stem not in names:
            old.unlink()
    print(f"{len(names)} icons and LICENSE (Tabler Icons {VERSION}, MIT) in {OUT.relative_to(ROOT)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--package", type=Path, help="an unpacked @tabler/icons folder (else npm pack)")
    args = parser.parse_args()
    names = used_names()
    if args.package:
        copy(args.package, names)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        copy(fetch(Path(tmp)), names)
    return 0


if __name__ == "__main__":
    sys.exit(main())
