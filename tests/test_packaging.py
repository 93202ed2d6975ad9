"""The PyInstaller one-folder bundle builds, runs headless commands and starts the desk."""

from __future__ import annotations

import os
import selectors
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


MB = 1024 * 1024
BUNDLE_LIMIT_MB = 200


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """packaging/build.py: the bundle, its .tar.gz and the .deb, as an IT officer gets them."""
    if shutil.which("pyinstaller", path=str(Path(sys.executable).parent)) is None:
        pytest.fail("pyinstaller is part of the test extra: pip install -e '.[test]'")
    out = tmp_path_factory.mktemp("package")
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=1800,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    print(done.stdout)  # the sizes, in the test log
    return {
        "bundle": out / "pyinstaller" / "dist" / "lapor-desk",
        "tar": next(out.glob("lapor-desk-*.tar.gz")),
        "deb": next(out.glob("lapor-desk_*_amd64.deb")),
    }


@pytest.fixture(scope="module")
def bundle(built: dict[str, Path]) -> Path:
    return built["bundle"]


def test_bundle_leaves_the_central_server_out(bundle: Path) -> None:
    names = {p.name for p in bundle.rglob("*")}
    assert "lapor-desk" in names
    assert not any(n.startswith(("fastapi", "uvicorn", "psycopg")) for n in names)
    assert (bundle / "_internal" / "resources" / "translations" / "lapor_desk_en.qm").exists()
    # The core's gettext catalogues (read as .po at run time) and Babel's data for id and en only.
    assert (bundle / "_internal" / "resources" / "locale" / "lapor_desk.pot").exists()
    assert (bundle / "_internal" / "resources" / "locale" / "en" / "LC_MESSAGES" / "lapor_desk.po").exists()
    babel_data = {p.name for p in (bundle / "_internal" / "babel" / "locale-data").iterdir()}
    assert {"root.dat", "id.dat", "en.dat"} <= babel_data
    assert "fr.dat" not in babel_data
    # The calendar screen names holidays in Indonesian and English; the dashboard draws its own charts.
    for locale in ("id", "en_US"):
        assert (bundle / "_internal" / "holidays" / "locale" / locale / "LC_MESSAGES" / "ID.mo").exists()
    assert not (bundle / "_internal" / "holidays" / "locale" / "th").exists()
    assert not any(n.startswith(("QtCharts", "libQt6Charts", "QtQml", "libQt6Quick")) for n in names)


def test_bundle_runs_headless_commands(bundle: Path, tmp_path: Path) -> None:
    env = dict(os.environ, LAPOR_DESK_HOME=str(tmp_path))
    version = subprocess.run(
        [str(bundle / "lapor-desk"), "--version"], capture_output=True, text=True, env=env, timeout=60, check=True
    )
    assert version.stdout.startswith("lapor-desk ")
    demo = subprocess.run(
        [str(bundle / "lapor-desk"), "demo-data", "--count", "20"], capture_output=True, text=True, env=env, timeout=120
    )
    assert demo.returncode == 0, demo.stderr
    assert (tmp_path / "data" / "lapor-desk.sqlite3").exists()
    # The core's catalogues and Babel's plural rules work from the bundle: "1 entry", in English.
    doctor = subprocess.run(
        [str(bundle / "lapor-desk"), "--set", "ui.language=en", "doctor"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert "Audit trail: Chain intact, 1 entry." in doctor.stdout, doctor.stdout + doctor.stderr


def test_bundle_starts_the_desk_window(bundle: Path, tmp_path: Path) -> None:
    env = dict(os.environ, LAPOR_DESK_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    # --debug sends the log to the console too, so we read "desk ready" from the pipe.
    proc = subprocess.Popen(
        [str(bundle / "lapor-desk"), "--debug"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    assert proc.stdout is not None
    seen: list[str] = []
    try:
        with selectors.DefaultSelector() as selector:
            selector.register(proc.stdout, selectors.EVENT_READ)
            deadline = time.monotonic() + 60
            while not any("desk ready" in line for line in seen):
                if not selector.select(timeout=max(deadline - time.monotonic(), 0)):
                    break  # nothing more within the deadline
                line = proc.stdout.readline()
                if not line:
                    break  # the process ended
                seen.append(line)
        assert any("desk ready" in line for line in seen), "".join(seen)
        assert proc.poll() is None, "".join(seen)  # still running: the window is up
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def _selftest(program: Path | str, home: Path) -> str:
    env = dict(os.environ, LAPOR_DESK_HOME=str(home))
    env.pop("QT_QPA_PLATFORM", None)  # the self-test goes offscreen by itself
    done = subprocess.run([str(program), "selftest"], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_bundle_size_and_selftest(built: dict[str, Path], tmp_path: Path) -> None:
    folder = built["bundle"]
    size = sum(p.lstat().st_blocks * 512 for p in folder.rglob("*")) / MB  # on disk, as du counts
    print(
        f"bundle {size:.1f} MB on disk, tar.gz {built['tar'].stat().st_size / MB:.1f} MB, "
        f".deb {built['deb'].stat().st_size / MB:.1f} MB"
    )
    assert size <= BUNDLE_LIMIT_MB, f"{size:.1f} MB"
    assert "receipt_pdf" in _selftest(built["bundle"] / "lapor-desk", tmp_path / "home")


def test_the_deb_holds_the_bundle_entry_and_icon_and_runs_its_selftest(built: dict[str, Path], tmp_path: Path) -> None:
    info = subprocess.run(["dpkg-deb", "--field", str(built["deb"])], capture_output=True, text=True, check=True).stdout
    assert "Package: lapor-desk" in info and "libxcb-cursor0" in info
    listing = subprocess.run(
        ["dpkg-deb", "--contents", str(built["deb"])], capture_output=True, text=True, check=True
    ).stdout
    for path in (
        "./opt/lapor-desk/lapor-desk",
        "./usr/share/applications/lapor-desk.desktop",
        "./usr/share/icons/hicolor/scalable/apps/lapor-desk.svg",
        "./usr/bin/lapor-desk",
    ):
        assert path in listing, path
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(built["deb"]), str(root)], check=True)
    assert "receipt_pdf" in _selftest(root / "opt" / "lapor-desk" / "lapor-desk", tmp_path / "home")
    if os.geteuid() == 0 and shutil.which("dpkg"):  # CI runs as root on a throwaway machine: install it
        installed = subprocess.run(["dpkg", "-i", str(built["deb"])], capture_output=True, text=True, timeout=600)
        try:
            assert installed.returncode == 0, installed.stdout + installed.stderr
            assert "receipt_pdf" in _selftest("/usr/bin/lapor-desk", tmp_path / "home2")
        finally:
            subprocess.run(["dpkg", "-r", "lapor-desk"], capture_output=True, timeout=600)
