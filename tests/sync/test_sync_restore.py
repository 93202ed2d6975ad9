"""Restore and the outbox, against a real central: nothing confirmed is created twice,
nothing the backup still queues is lost, and what only the replaced file held is counted."""

from __future__ import annotations

import secrets
from pathlib import Path

import httpx

from central.testing import RunningServer
from lapor_desk.backups.restore import audit_restore, restore
from lapor_desk.settings import DESK_CODE
from lapor_desk.storage.database import open_database

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
    return [item["title"] for item in r.json()["items"]]


def test_restore_then_sync_sends_nothing_twice_and_loses_nothing_queued(tmp_path: Path, central: RunningServer) -> None:
    home = tmp_path / "desk"
    token = secrets.token_hex(4)
    desk = open_desk(home, central.api_url, central.desk_token)
    assert desk.sync is not None

    def record(name: str) -> int:
        return desk.complaints.record(walk_in(title=f"Pemulihan uji {token} pengaduan {name}")).complaint.id

    a, b = record("A"), record("B")
    assert desk.sync.run_cycle().synced == 2
    c = record("C")  # queued, not yet sent, when the backup is taken
    backup = desk.backups.create(tmp_path / "usb" / "meja.sqlite3")
    assert desk.sync.run_cycle().synced == 1
    item_c = desk.sync.item(c)
    assert item_c is not None
    tracking_c = item_c["tracking_id"]
    record("D")
    assert desk.sync.run_cycle().synced == 1
    record("E")  # still queued in the file that is about to be replaced
    desk.close()
    assert sorted(central_titles(central, token)) == [f"Pemulihan uji {token} pengaduan {n}" for n in "ABCD"]

    db_path = home / "desk.sqlite3"
    report, lock = restore(backup, db_path, home / "data" / "backups", desk.settings.get(DESK_CODE))
    try:
        db = open_database(f"sqlite:///{db_path}", home / "data" / "backups")
        audit_restore(db, report, other_desk=False)
        db.dispose()
    finally:
        lock.release()
    assert report.complaints == 3 and report.pending == 1 and report.synced == 2
    assert report.only_in_replaced == 2  # D and E: named in the report, kept in the old file
    assert report.replaced_kept_at is not None and report.replaced_kept_at.exists()

    desk = open_desk(home, central.api_url, central.desk_token)
    try:
        assert desk.sync is not None
        cycle = desk.sync.run_cycle()
        assert cycle.outcome == "ok", cycle
        item_c = desk.sync.item(c)
        assert item_c is not None and item_c["state"] == "synced"
        assert item_c["tracking_id"] == tracking_c  # the central knew it: the same complaint
        for cid in (a, b):
            item = desk.sync.item(cid)
            assert item is not None and item["state"] == "synced"
        assert desk.sync.status().waiting == 0
        assert desk.supervision.audit.verify().ok
    finally:
        desk.close()
    # Nothing was created twice at the central.
    assert sorted(central_titles(central, token)) == [f"Pemulihan uji {token} pengaduan {n}" for n in "ABCD"]
