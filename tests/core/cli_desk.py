"""The command line as a real subprocess against a desk folder: run a command, read its audit rows.

Shared by the command-line tests (tests/core/conftest.py builds the desk they use)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

PASSWORD = "rahasia-123"


def cli(
    home: Path, *args: str, password: str | None = PASSWORD, new_password: str | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, LAPOR_DESK_HOME=str(home))
    for name in ("LAPOR_DESK_DB", "LAPOR_DESK_PASSWORD", "LAPOR_DESK_NEW_PASSWORD"):
        env.pop(name, None)
    if password is not None:
        env["LAPOR_DESK_PASSWORD"] = password
    if new_password is not None:
        env["LAPOR_DESK_NEW_PASSWORD"] = new_password
    # No terminal: stdin is a pipe (empty unless given), as under cron or a CI job.
    return subprocess.run(
        [sys.executable, "-m", "lapor_desk", *args],
        capture_output=True,
        text=True,
        env=env,
        input=stdin or "",
        timeout=300,
    )


def audit_rows(home: Path, action: str | None = None) -> list[dict[str, Any]]:
    with sqlite3.connect(home / "data" / "lapor-desk.sqlite3") as raw:
        rows = raw.execute("SELECT seq, actor, role, action, target, detail FROM audit_entries ORDER BY seq").fetchall()
    out = [dict(seq=r[0], actor=r[1], role=r[2], action=r[3], target=r[4], detail=json.loads(r[5])) for r in rows]
    return [r for r in out if action is None or r["action"] == action]


def rows_after(home: Path, seq: int) -> list[dict[str, Any]]:
    return [r for r in audit_rows(home) if r["seq"] > seq]


def last_seq(home: Path) -> int:
    rows = audit_rows(home)
    return rows[-1]["seq"] if rows else 0


def make_cli_desk(home: Path) -> Path:
    """A desk coded KAB-BDG-07 with 20 demo complaints, an admin, a supervisor (sri) and a clerk
    (budi), each past its first password."""
    assert cli(home, "demo-data", "--count", "20").returncode == 0
    made = cli(home, "accounts", "create-admin", "admin", password=None, new_password=PASSWORD)
    assert made.returncode == 0, made.stderr
    for user, role in (("sri", "supervisor"), ("budi", "clerk")):
        added = cli(home, "accounts", "add", user, "--role", role, "--user", "admin", new_password=PASSWORD)
        assert added.returncode == 0, added.stderr
    # A first password must be replaced before anything else (done here in the core).
    code = (
        "import sys; from lapor_desk.desk import Desk; from lapor_desk.settings import DESK_CODE\n"
        "d = Desk.open(); a = d.supervision.accounts; d.settings.set(DESK_CODE, 'KAB-BDG-07')\n"
        "for u in ('sri', 'budi'): a.change_own_password(a.sign_in(u, sys.argv[1]), sys.argv[1], sys.argv[1])\n"
        "d.close()"
    )
    env = dict(os.environ, LAPOR_DESK_HOME=str(home))
    env.pop("LAPOR_DESK_DB", None)
    subprocess.run([sys.executable, "-c", code, PASSWORD], check=True, env=env, timeout=300)
    return home
