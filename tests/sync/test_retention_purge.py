"""The retention purge against a real central: only complaints the central confirmed long
enough ago lose their personal data here; unsent changes and unconfirmed complaints are
left whole; each run is one audit entry; a reprint says the data was removed."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from central.testing import RunningServer
from lapor_desk.accounts import IT_CONSOLE
from lapor_desk.privacy import PERSONAL_FIELDS, RetentionPurge
from lapor_desk.settings import RETENTION_DAYS

from factories import walk_in
from sync_helpers import central_complaint, open_desk


def test_the_purge_removes_only_what_is_due(tmp_path: Path, central: RunningServer) -> None:
    desk = open_desk(tmp_path / "desk", central.api_url, central.desk_token)
    try:
        assert desk.sync is not None
        person = dict(
            reporter_name="Ratna Kusumawardani",
            reporter_nik="3204054507900003",
            reporter_phone="0813-2222-4444",
            reporter_email="ratna@contoh.id",
            reporter_address="Kp. Cibiru RT 01 RW 02",
        )
        due = desk.complaints.record(walk_in(title="Jalan desa rusak, sudah diterima pusat", **person)).complaint
        edited = desk.complaints.record(walk_in(title="Jalan desa rusak, diubah lagi", **person)).complaint
        assert desk.sync.run_cycle().synced == 2
        desk.complaints.record(
            walk_in(title="Jalan desa rusak, diubah sesudah kirim", **person), complaint_id=edited.id
        )  # an unsent change
        waiting = desk.complaints.record(walk_in(title="Jalan desa rusak, belum terkirim", **person)).complaint
        tracking = desk.sync.item(due.id)["tracking_id"]  # type: ignore[index]

        desk.settings.set(RETENTION_DAYS, 30)
        soon = RetentionPurge(desk.db, desk.settings, clock=lambda: datetime.now(UTC) + timedelta(days=29))
        assert soon.run(IT_CONSOLE.who).purged == 0  # nothing is due before its time
        later = RetentionPurge(desk.db, desk.settings, clock=lambda: datetime.now(UTC) + timedelta(days=31))
        report = later.run(IT_CONSOLE.who)
        assert report is not None and report.purged == 1 and report.skipped_unsent == 1

        again = later.run(IT_CONSOLE.who)  # a second run purges nothing twice
        assert again is not None and again.purged == 0 and again.skipped_unsent == 1
        gone = desk.complaints.get(due.id)
        assert all(getattr(gone, f) in ("", None) for f in PERSONAL_FIELDS)
        assert gone.receipt_number == due.receipt_number and gone.title == due.title
        item = desk.sync.item(due.id)
        assert item is not None and item["state"] == "synced" and item["tracking_id"] == tracking
        for kept in (edited.id, waiting.id):  # unsent change, never confirmed: whole
            whole = desk.complaints.get(kept)
            assert whole.reporter_nik == "3204054507900003" and whole.reporter_name == "Ratna Kusumawardani"
        # The sync's copies of the payload hold nothing personal any more.
        conn = sqlite3.connect(tmp_path / "desk" / "desk.sqlite3")
        try:
            payloads = [
                p for (p,) in conn.execute("SELECT payload FROM sync_payloads WHERE complaint_id = ?", (due.id,))
            ]
            audit = conn.execute("SELECT detail FROM audit_entries WHERE action = 'purge' ORDER BY seq").fetchall()
        finally:
            conn.close()
        assert payloads and all("3204054507900003" not in (p or "") and "Ratna" not in (p or "") for p in payloads)
        assert [json.loads(d)["count"] for (d,) in audit] == [0, 1, 0]  # one entry per run, with its count
        # A reprint says the data was removed.
        receipt = desk.complaints.receipt_of(gone, copy_number=1)
        assert "Data pribadi pelapor telah dihapus" in receipt.plain_text()
        assert "Ratna" not in receipt.plain_text()
        # Nothing goes to the central because of the purge; the central keeps its copy.
        assert desk.sync.run_cycle().outcome == "ok"
        assert central_complaint(central, int(tracking))["reporter_nik"] == "3204054507900003"
        assert desk.supervision.audit.verify().ok
    finally:
        desk.close()


def test_retention_off_purges_nothing(tmp_path: Path, central: RunningServer) -> None:
    desk = open_desk(tmp_path / "desk", central.api_url, central.desk_token)
    try:
        desk.settings.set(RETENTION_DAYS, 0)
        assert RetentionPurge(desk.db, desk.settings).run(IT_CONSOLE.who) is None
    finally:
        desk.close()


def test_the_purge_command(tmp_path: Path) -> None:
    from constrained import run_cli

    home = tmp_path / "home"
    done = run_cli(["purge"], home)
    assert done.returncode == 0, done.stderr
    assert "Data pribadi 0 pengaduan dihapus" in done.stdout and "365 hari" in done.stdout
    off = run_cli(["--set", "privacy.retention_days=0", "purge"], home)
    assert off.returncode == 0 and "privacy.retention_days = 0" in off.stdout
