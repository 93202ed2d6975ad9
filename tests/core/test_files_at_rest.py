"""Files at rest: what the desk and the central keep is for their OS account alone (folders 0700,
files 0600), whatever the umask they were started with; an older install is tightened at start."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")

PASSWORD = "rahasia-123"
# Run the scripts below with LAPOR_DESK_HOME set; they use the desk's own services.
ATTACH = """
import sys
from pathlib import Path
from lapor_desk.attachments import AttachmentStore
from lapor_desk.paths import Paths
paths = Paths.from_environment()
paths.ensure()
AttachmentStore(paths.data_dir / "attachments").add(Path(sys.argv[1]))
"""


def run(home: Path, *args: str, umask: int = 0o022) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        LAPOR_DESK_HOME=str(home),
        LAPOR_DESK_PASSWORD=PASSWORD,
        LAPOR_DESK_NEW_PASSWORD=PASSWORD,
        LAPOR_CENTRAL_HOME=str(home / "central-home"),
    )
    env.pop("LAPOR_DESK_DB", None)
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        preexec_fn=lambda: os.umask(umask),
    )


def modes(root: Path) -> dict[str, int]:
    found = {".": stat.S_IMODE(root.stat().st_mode)}
    for path in root.rglob("*"):
        found[str(path.relative_to(root))] = stat.S_IMODE(path.lstat().st_mode)
    return found


def loose(root: Path) -> dict[str, str]:
    """Everything under `root` that another local account could read or enter."""
    return {
        name: oct(mode) for name, mode in modes(root).items() if mode != (0o700 if (root / name).is_dir() else 0o600)
    }


def make_desk(home: Path, umask: int = 0o022) -> Path:
    """A desk used the ordinary way: complaints, an admin, an export, a report, an attachment, a log."""
    desk = ["-m", "lapor_desk"]
    for args in (
        ["demo-data", "--count", "30"],
        ["accounts", "create-admin", "admin"],
        ["export", str(home / "data" / "ekspor.csv"), "--include-personal", "--user", "admin"],
        [
            "report",
            "monthly",
            "--month",
            "2026-10",
            "--format",
            "csv",
            "--out",
            str(home / "data" / "rekap.csv"),
            "--user",
            "admin",
        ],
        ["config", "set", "desk.name", "Meja Kecamatan"],
    ):
        done = run(home, *desk, *args, umask=umask)
        assert done.returncode == 0, (args, done.stderr)
    pdf = home / "surat.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    done = run(home, "-c", ATTACH, str(pdf), umask=umask)
    assert done.returncode == 0, done.stderr
    pdf.unlink()
    return home


def test_desk_files_are_private_under_umask_022(tmp_path: Path) -> None:
    home = make_desk(tmp_path)
    names = set(modes(home))
    # The files the rule is about are there to be checked.
    for expected in (
        "data/lapor-desk.sqlite3",
        "data/ekspor.csv",
        "data/rekap.csv",
        "data/backups",
        "config/settings.json",
        "logs/lapor-desk.log",
        "data/attachments",
    ):
        assert expected in names, sorted(names)
    assert any(n.startswith("data/attachments/") and (home / n).is_file() for n in names)
    assert loose(home / "data") == {} and loose(home / "config") == {} and loose(home / "logs") == {}


def test_wal_and_shm_files_are_private_while_the_desk_runs(tmp_path: Path) -> None:
    """-wal and -shm exist only while a connection is open: look at them from inside."""
    code = (
        "import os, stat; from lapor_desk.desk import Desk; d = Desk.open()\n"
        "with d.db.write() as c: pass\n"
        "p = d.db.path\n"
        "print(' '.join(oct(stat.S_IMODE(os.stat(str(p) + s).st_mode)) for s in ('', '-wal', '-shm')))\n"
        "d.close()"
    )
    done = run(tmp_path, "-c", code)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["0o600", "0o600", "0o600"]


def test_an_older_install_is_tightened_at_start(tmp_path: Path) -> None:
    home = make_desk(tmp_path, umask=0o022)
    # As an install from before this rule left it: world-readable everywhere.
    for path in [home, *home.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    assert loose(home / "data")
    done = run(home, "-m", "lapor_desk", "audit", "verify")  # any start of the desk
    assert done.returncode == 0, done.stderr
    assert loose(home / "data") == {} and loose(home / "config") == {} and loose(home / "logs") == {}


def test_a_database_named_with_db_is_tightened_but_not_its_folder(tmp_path: Path) -> None:
    elsewhere = tmp_path / "bersama"
    elsewhere.mkdir(mode=0o755)
    elsewhere.chmod(0o755)
    db = elsewhere / "meja.sqlite3"
    assert run(tmp_path, "-m", "lapor_desk", "--db", f"sqlite:///{db}", "demo-data", "--count", "3").returncode == 0
    db.chmod(0o644)
    assert run(tmp_path, "-m", "lapor_desk", "--db", f"sqlite:///{db}", "audit", "verify").returncode == 0
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert stat.S_IMODE(elsewhere.stat().st_mode) == 0o755  # a folder the desk did not make is not its to change


def test_central_database_is_private_under_umask_022(tmp_path: Path) -> None:
    home = tmp_path / "central-home"  # the central's own data folder (LAPOR_CENTRAL_HOME)
    url = f"sqlite:///{home / 'central.sqlite3'}"
    done = run(tmp_path, "-m", "central.cli", "desks", "add", "--code", "KAB-BDG-01", "--name", "Meja", "--db", url)
    assert done.returncode == 0, done.stderr
    assert loose(home) == {}
    assert (home / "central.sqlite3").is_file()
    # An older central: tightened when it next opens its database.
    home.chmod(0o755)
    (home / "central.sqlite3").chmod(0o644)
    assert run(tmp_path, "-m", "central.cli", "desks", "list", "--db", url).returncode == 0
    assert loose(home) == {}
