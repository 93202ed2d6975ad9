"""A desk's export imported into a fresh desk keeps each complaint's LAPOR! tracking ID, and
what the central already holds is not sent to it again as new (a real central on loopback,
`lapor-desk import` as a subprocess)."""

from __future__ import annotations

import os
import secrets
import sqlite3
import subprocess
import sys
from pathlib import Path

import httpx

from central.testing import RunningServer
from lapor_desk.transfer import export_file

from factories import walk_in
from sync_helpers import open_desk


def central_titles(server: RunningServer, token: str) -> list[str]:
    r = httpx.get(
        f"{server.api_url}/admin/complaints",
        params={"q": token, "limit": 500},
        headers=server.operator_auth,
        timeout=10,
    )
    r.raise_for_status()
    return sorted(item["title"] for item in r.json()["items"])


def import_cli(path: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, LAPOR_DESK_HOME=str(home))
    env.pop("LAPOR_DESK_DB", None)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "lapor_desk",
            "--db",
            f"sqlite:///{home / 'desk.sqlite3'}",
            "import",
            "--quiet",
            str(path),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def test_an_export_imported_into_a_fresh_desk_keeps_tracking_ids_and_sends_only_the_unsent(
    tmp_path: Path, central: RunningServer
) -> None:
    token = secrets.token_hex(4)
    old = open_desk(tmp_path / "lama", central.api_url, central.desk_token)
    assert old.sync is not None

    def record(name: str) -> str:
        return old.complaints.record(walk_in(title=f"Pindah meja {token} pengaduan {name}")).complaint.client_id

    sent = [record("A"), record("B")]
    assert old.sync.run_cycle().synced == 2
    unsent = record("C")  # recorded, never sent: no tracking ID in the export
    with old.db.read() as conn:
        tracking = dict(conn.exec_driver_sql("SELECT client_id, tracking_id FROM complaints").fetchall())
    assert all(tracking[c] for c in sent) and tracking[unsent] is None
    export = tmp_path / "ekspor.csv"
    assert export_file(export, old.db) == 3
    old.close()

    home = tmp_path / "baru"
    fresh = open_desk(home, central.api_url, central.desk_token)  # registered, nothing in it
    assert fresh.sync is not None
    fresh.close()
    out = import_cli(export, home)
    assert out.returncode == 0, out.stderr
    assert "Ditambahkan: 3;" in out.stdout
    with sqlite3.connect(home / "desk.sqlite3") as conn:
        rows = conn.execute(
            "SELECT c.client_id, c.tracking_id, s.state, s.revision, s.synced_revision "
            "FROM complaints c JOIN sync_items s ON s.complaint_id = c.id"
        ).fetchall()
    conn.close()
    by_client = {r[0]: r[1:] for r in rows}
    assert by_client == {
        sent[0]: (tracking[sent[0]], "synced", 1, 1),
        sent[1]: (tracking[sent[1]], "synced", 1, 1),
        unsent: (None, "pending", 1, None),
    }

    fresh = open_desk(home, central.api_url, central.desk_token)
    assert fresh.sync is not None
    try:
        report = fresh.sync.run_cycle()
        assert (report.outcome, report.sent, report.synced) == ("ok", 1, 1), report  # C only
        with fresh.db.read() as conn:
            after = dict(conn.exec_driver_sql("SELECT client_id, tracking_id FROM complaints").fetchall())
    finally:
        fresh.close()
    # A and B kept their numbers; C got one of its own; the central holds each complaint once.
    assert after[sent[0]] == tracking[sent[0]] and after[sent[1]] == tracking[sent[1]] and after[unsent]
    assert central_titles(central, token) == [f"Pindah meja {token} pengaduan {n}" for n in "ABC"]
