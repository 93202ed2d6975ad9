"""Build what an IT officer installs: the PyInstaller bundle, a .tar.gz of it and a .deb.

    python packaging/build.py [--out DIR] [--bundle DIR (reuse a built bundle)] [--no-deb]

The .deb installs the bundle to /opt/lapor-desk with /usr/bin/lapor-desk, a desktop entry and an
icon; it needs no root at run time (data, settings and logs are the user's). Sizes are printed.
On Windows, `pyinstaller build.spec` alone makes the same bundle (see the README).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lapor_desk import __version__  # noqa: E402  the version of the source being packed

# Debian/Ubuntu packages the bundle's X11 display needs (the README's list).
DEB_DEPENDS = (
    "libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0, "
    "libxcb-render-util0, libxcb-shape0, libxcb-xfixes0, libxcb-xkb1, libxkbcommon-x11-0, "
    "libxkbcommon0, libegl1, libgl1, libfontconfig1, libdbus-1-3, libglib2.0-0, fonts-dejavu-core"
)


def disk_size(folder: Path) -> int:
    """Bytes on disk (allocated blocks), as `du` counts them."""
    return sum(p.lstat().st_blocks * 512 for p in folder.rglob("*")) + folder.lstat().st_blocks * 512


def build_bundle(out: Path) -> Path:
    work = out / "pyinstaller"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "build.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    return work / "dist" / "lapor-desk"


def pack_tar(bundle: Path, out: Path) -> Path:
    target = out / f"lapor-desk-{__version__}-linux-x86_64.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname="lapor-desk")
    return target


def build_deb(bundle: Path, out: Path) -> Path:
    stage = out / "deb-root"
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(bundle, stage / "opt" / "lapor-desk", symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / "lapor-desk").symlink_to("/opt/lapor-desk/lapor-desk")
    apps = stage / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    shutil.copy2(ROOT / "packaging" / "lapor-desk.desktop", apps / "lapor-desk.desktop")
    icons = stage / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps"
    icons.mkdir(parents=True)
    shutil.copy2(ROOT / "packaging" / "lapor-desk.svg", icons / "lapor-desk.svg")
    control = stage / "DEBIAN"
    control.mkdir()
    installed_kb = disk_size(stage) // 1024
    (control / "control").write_text(
        "Package: lapor-desk\n"
        f"Version: {__version__}\n"
        "Section: misc\nPriority: optional\nArchitecture: amd64\n"
        f"Installed-Size: {installed_kb}\n"
        f"Depends: {DEB_DEPENDS}\n"
        "Maintainer: lapor-desk <lapor-desk@localhost>\n"
        "Description: SP4N-LAPOR! complaint desk (meja pengaduan)\n"
        " Offline-first desktop client for regional SP4N-LAPOR! complaint desks:\n"
        " records walk-in, phone and letter complaints and syncs them with the central.\n",
        encoding="utf-8",
    )
    for path in stage.rglob("*"):  # a package's files are world-readable; only the owner writes
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    target = out / f"lapor-desk_{__version__}_amd64.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zgzip", "--build", str(stage), str(target)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    shutil.rmtree(stage)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--bundle", type=Path, default=None, help="pack this built bundle instead of building")
    parser.add_argument("--no-deb", action="store_true")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    bundle = args.bundle or build_bundle(args.out)
    mb = 1024 * 1024
    print(f"bundle: {bundle} ({disk_size(bundle) / mb:.1f} MB on disk)")
    archive = pack_tar(bundle, args.out)
    print(f"archive: {archive} ({archive.stat().st_size / mb:.1f} MB)")
    if not args.no_deb:
        deb = build_deb(bundle, args.out)
        print(f"deb: {deb} ({deb.stat().st_size / mb:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
