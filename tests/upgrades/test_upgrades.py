"""Upgrades from every released schema: a database made by the build that introduced each
revision (tests/upgrades/fixtures, made by make_fixture.py with the old code) migrates to
head with every stored value intact, and the desk works on it afterwards."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from lapor_desk.desk import Desk
from lapor_desk.paths import Paths
from lapor_desk.settings import DESK_CODE, Settings
from lapor_desk.storage.database import open_database

from factories import walk_in

FIXTURES = Path(__file__).with_name("fixtures")
REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009")


def expected(revision: str) -> dict[str, Any]:
    return dict(json.loads((FIXTURES / f"desk-{revision}.expected.json").read_text(encoding="utf-8")))


def rows_by_key(conn: sqlite3.Connection, table: str) -> tuple[list[str], dict[tuple[Any, ...], dict[str, Any]]]:
    info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
    key = [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5] > 0] or [r[1] for r in info]
    cur = conn.execute(f'SELECT * FROM "{table}"')
    cols = [d[0] for d in cur.description]
    rows = [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]
    return key, {tuple(r[k] for k in key): r for r in rows}


def test_every_released_schema_is_kept() -> None:
    for revision in REVISIONS:
        assert (FIXTURES / f"desk-{revision}.sqlite3").is_file()
        conn = sqlite3.connect(f"file:{FIXTURES / f'desk-{revision}.sqlite3'}?mode=ro", uri=True)
        try:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == revision
        finally:
            conn.close()


@pytest.mark.parametrize("revision", REVISIONS)
def test_an_old_database_upgrades_to_head_with_every_value(revision: str, tmp_path: Path) -> None:
    db_file = tmp_path / "lapor-desk.sqlite3"
    shutil.copyfile(FIXTURES / f"desk-{revision}.sqlite3", db_file)
    old = expected(revision)
    db = open_database(f"sqlite:///{db_file}", tmp_path / "backups")
    try:
        assert db.current_revision() == db.head_revision()
    finally:
        db.dispose()
    # A checked copy was taken before migrating.
    assert [p.name.endswith(f"premigration-{revision}.sqlite3") for p in (tmp_path / "backups").iterdir()] == [True]
    conn = sqlite3.connect(db_file)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        checked = 0
        # 0012 keeps the tracking ID in one column: the sync queue's copy (the newer one) moved
        # to its complaint's row. Each such value is looked for where it is now.
        queued = {r["complaint_id"]: r["tracking_id"] for r in old["tables"].get("sync_items", [])}
        _, complaints_now = rows_by_key(conn, "complaints")
        # 0015 keeps each queued payload in its own table, sync_payloads.
        payloads_now = dict(conn.execute("SELECT complaint_id, payload FROM sync_payloads").fetchall())
        for table, rows in old["tables"].items():
            key, now = rows_by_key(conn, table)
            assert len(now) >= len(rows), table
            for row in rows:
                found = now.get(tuple(row[k] for k in key))
                assert found is not None, (table, row)
                for column, value in row.items():
                    if (table, column) == ("sync_items", "tracking_id"):
                        if value is not None:
                            moved = complaints_now[(row["complaint_id"],)]["tracking_id"]
                            assert moved == str(value), (table, column, value, moved)
                        checked += 1
                        continue
                    if (table, column) == ("sync_items", "payload"):
                        assert payloads_now[row["complaint_id"]] == value, (table, column, value)
                        checked += 1
                        continue
                    if (table, column) == ("complaints", "tracking_id") and queued.get(row["id"]) is not None:
                        value = str(queued[row["id"]])
                    assert column in found, (table, column)
                    assert found[column] == value, (table, column, value, found[column])
                    checked += 1
        assert checked > 100
        # The search index covers the old complaints.
        hits = conn.execute("SELECT count(*) FROM complaints_fts WHERE complaints_fts MATCH 'berlubang'").fetchone()[0]
        assert hits >= 4
    finally:
        conn.close()


@pytest.mark.parametrize("revision", REVISIONS)
def test_the_desk_works_on_an_upgraded_database(revision: str, tmp_path: Path) -> None:
    paths = Paths(tmp_path / "data", tmp_path / "config", tmp_path / "logs")
    paths.ensure()
    Settings(paths.settings_file).set(DESK_CODE, "KAB-BDG-01")
    shutil.copyfile(FIXTURES / f"desk-{revision}.sqlite3", paths.default_database)
    old = expected(revision)
    # Receipt serials are counted per day: the desk works on the fixture's last counted day, or a
    # run after midnight would start that day's serials at 1 and prove nothing about continuing.
    counter = max(old["tables"]["receipt_counters"], key=lambda r: r["last_serial"])
    today = datetime.strptime(counter["day"], "%Y%m%d").replace(hour=12, tzinfo=UTC)
    desk = Desk.open(f"sqlite:///{paths.default_database}", paths=paths, clock=lambda: today)
    try:
        ids = old["ids"]
        first = desk.complaints.get(ids["recorded_1"])
        assert first.title == "Jalan desa rusak berlubang nomor 1"
        assert first.reporter_nik == "3204051203850002"
        assert desk.complaints.get(ids["edited"]).title == "Jalan desa rusak parah, diperbaiki"
        # Receipt serials continue; they never start again at 1.
        new = desk.complaints.record(walk_in(received_at=first.received_at)).complaint
        assert new.receipt_number == f"{counter['desk_code']}-{counter['day']}-{counter['last_serial'] + 1:04d}"
        if int(revision) >= 3:
            assert desk.sync is not None
            synced = desk.sync.item(ids["recorded_1"])
            assert synced is not None and synced["state"] == "synced" and synced["tracking_id"] == 1000001
        if int(revision) >= 4:
            report = desk.supervision.audit.verify()
            assert report.ok and report.entries >= len(old["tables"]["audit_entries"])
            assert desk.supervision.accounts.sign_in("siti", "rahasia-456").username == "siti"
        if int(revision) >= 6:  # what the central last accepted comes through: "discard" can restore it
            item = desk.sync.item(ids["recorded_1"]) if desk.sync is not None else None
            assert item is not None and item["central_status"] == "verified" and item["accepted_payload"]
        if int(revision) >= 9:  # one failed sign-in before the upgrade does not lock the admin out
            assert desk.supervision.accounts.sign_in("admin", "rahasia-123").username == "admin"
    finally:
        desk.close()
