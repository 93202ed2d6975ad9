"""What the central changes at the desk is in the audit trail, once, as the central's doing;
registering the desk is audited without its token; the chain still verifies."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from central.testing import RunningServer
from lapor_desk.audit import AuditEntry, AuditFilter, AuditTrail
from lapor_desk.desk import Desk
from lapor_desk.paths import Paths
from lapor_desk.sync import state
from lapor_desk.sync.installation import FILE_NAME as installation_file
from lapor_desk.sync.installation import adopt

from factories import walk_in
from sync_helpers import TEST_PC, admin_move, open_desk


def _entries(desk: Desk, **filt: str) -> list[AuditEntry]:
    return list(reversed(AuditTrail(desk.db).page(AuditFilter(**filt), limit=1000)))  # type: ignore[arg-type]


def _cli(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """The command with `stdin` piped in (the desk token for `register`, never on the command line)."""
    # The session's desk token is bound to one installation, and registering checks as this PC: these
    # homes stand for that PC.
    if not (home / "config" / installation_file).exists():
        adopt(home / "config", TEST_PC)
    env = dict(os.environ, LAPOR_DESK_HOME=str(home), LAPOR_DESK_NO_KEYRING="1")
    env.pop("LAPOR_DESK_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "lapor_desk", "--db", f"sqlite:///{home / 'desk.sqlite3'}", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        input=stdin,
    )


def test_pulled_status_changes_and_follow_ups_are_audited_once_as_the_central(
    tmp_path: Path, central: RunningServer
) -> None:
    code = "AUDIT-01"
    home = tmp_path / "desk"
    desk = open_desk(home, central.api_url, central.add_desk(code))
    try:
        assert desk.sync is not None
        c = desk.complaints.record(walk_in(title="Lampu jalan padam di gang masjid")).complaint
        other = desk.complaints.record(walk_in(title="Pengaduan lain yang tetap diam")).complaint
        assert desk.sync.run_cycle().synced == 2
        # The batch answer's first status (recorded -> unverified): one entry for the batch.
        [first] = _entries(desk, actor="(pusat)")
        assert (first.role, first.action, first.target) == ("system", "status_change", "complaints")
        assert first.detail["complaint_ids"] == [c.id, other.id]
        assert (first.detail["old"], first.detail["new"]) == ("recorded", "unverified")

        tid = int(desk.sync.item(c.id)["tracking_id"])  # type: ignore[index]
        admin_move(central, tid, "verify", agency="Dinas Perhubungan Kabupaten Sleman")
        admin_move(central, tid, "follow-up", text="Petugas sudah mengganti lampu.")
        admin_move(central, tid, "notes", text="Catatan admin pusat untuk meja.")
        assert desk.sync.run_cycle().updates == 3

        target = f"complaint:{c.id}"
        pulled = _entries(desk, actor="(pusat)", target=target)
        assert [(e.action, e.detail["kind"]) for e in pulled] == [
            ("status_change", "central_status"),
            ("status_change", "central_follow_up"),
            ("edit", "central_note"),
        ]
        assert [(e.detail["old"], e.detail["new"]) for e in pulled[:2]] == [
            ("unverified", "verified"),
            ("verified", "in_progress"),
        ]
        assert pulled[0].detail["agency"] == "Dinas Perhubungan Kabupaten Sleman"
        assert all(e.role == "system" and e.detail["tracking_id"] == tid for e in pulled)
        assert not _entries(desk, actor="(pusat)", target=f"complaint:{other.id}")  # nothing happened to it
        # Each entry sits with the timeline event it audits (same transaction, same cursor).
        events = [e for e in desk.complaints.get(c.id).events if e.kind.startswith("central_")]
        assert [str(e.detail["cursor"]) for e in events] == [e.detail["cursor"] for e in pulled]

        # The cursor is lost (a restored backup, a reset): the same updates come again and
        # change nothing: no second timeline event, no second audit entry, no older status.
        with desk.db.write() as conn:
            state.set_meta(conn, "updates_cursor", "0")
        before = AuditTrail(desk.db).count()
        report = desk.sync.run_cycle()
        assert report.outcome == "ok" and report.updates == len(pulled)
        assert AuditTrail(desk.db).count() == before
        assert len([e for e in desk.complaints.get(c.id).events if e.kind.startswith("central_")]) == len(events)
        assert str(desk.complaints.get(c.id).status) == "in_progress"
        # What comes after the replay is applied and audited as usual.
        admin_move(central, tid, "notes", text="Catatan kedua setelah pemulihan.")
        assert desk.sync.run_cycle().updates == 1
        assert AuditTrail(desk.db).count() == before + 1
        assert _entries(desk, target=target)[-1].detail["kind"] == "central_note"
    finally:
        desk.close()
    verify = _cli(home, "audit", "verify")
    assert verify.returncode == 0, verify.stdout + verify.stderr
    assert "Rantai audit utuh" in verify.stdout


def test_register_is_audited_without_the_token(tmp_path: Path, central: RunningServer) -> None:
    home = tmp_path / "home"
    first = _cli(home, "register", "--url", central.api_url, stdin=central.desk_token)
    assert first.returncode == 0, first.stderr
    new_token = central.add_desk("KAB-BDG-77")  # a token the central knows: registration checks it
    again = _cli(home, "register", "--url", central.api_url + "/", stdin=new_token)
    assert again.returncode == 0, again.stderr
    desk = Desk.open(f"sqlite:///{home / 'desk.sqlite3'}", paths=Paths(home / "data", home / "config", home / "logs"))
    try:
        entries = _entries(desk, target="setting:sync.central_url")
    finally:
        desk.close()
    assert [(e.actor, e.role, e.action) for e in entries] == [("(konsol-it)", "admin", "settings_change")] * 2
    assert (entries[0].detail["old"], entries[0].detail["new"]) == ("", central.api_url)
    assert entries[1].detail["old"] == entries[1].detail["new"] == central.api_url  # the token changed
    assert all(e.detail["token"] == "file" for e in entries)
    trail = repr([e.detail for e in entries])
    assert central.desk_token not in trail and new_token not in trail
    verify = _cli(home, "audit", "verify")
    assert verify.returncode == 0, verify.stdout + verify.stderr
