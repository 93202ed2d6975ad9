"""Make one kept database with the OLD code: run with an old commit's tree first on sys.path.

usage (see tests/upgrades/README.md):
    git worktree add /tmp/lapor-0003 0eb266c
    PYTHONPATH=/tmp/lapor-0003 python tests/upgrades/make_fixture.py 0003 tests/upgrades/fixtures

Uses only what that build had: its Desk.open (its own migrations), its complaint service
with attachments (0002+), its outbox (0003+), its accounts and audit trail (0004+), its reply
outbox (0005+). Writes `desk-<rev>.sqlite3` and `desk-<rev>.expected.json` (every row of
every table, as the old build stored it) for the upgrade test.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3
import sys
import tempfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import lapor_desk
from lapor_desk.desk import Desk
from lapor_desk.domain.complaint import ComplaintInput
from lapor_desk.domain.enums import Channel, ReportType
from lapor_desk.paths import Paths
from lapor_desk.settings import DESK_CODE, Settings

WIB = timezone(timedelta(hours=7), "WIB")
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def main() -> None:
    revision, out_dir = sys.argv[1], Path(sys.argv[2])
    assert Path(lapor_desk.__file__).resolve().parents[1] != Path(__file__).resolve().parents[2], (
        "run with the old tree first on PYTHONPATH"
    )
    work = Path(tempfile.mkdtemp(prefix=f"fixture-{revision}-"))
    paths = Paths(work / "data", work / "config", work / "logs")
    paths.ensure()
    Settings(paths.settings_file).set(DESK_CODE, "KAB-BDG-01")
    db_file = work / f"desk-{revision}.sqlite3"
    desk = Desk.open(f"sqlite:///{db_file}", paths=paths)
    ids = fill(desk, revision, work)
    desk.close()
    conn = sqlite3.connect(db_file)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    # At the commits that brought 0002 and 0003 the later numbers were empty placeholders, so
    # the file's schema is exactly `revision`'s; record that, as a release at it would have.
    conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    conn.commit()
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("VACUUM")
    expected = dump(conn)
    conn.close()
    out_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(db_file, out_dir / f"desk-{revision}.sqlite3")
    (out_dir / f"desk-{revision}.expected.json").write_text(
        json.dumps({"revision": revision, "ids": ids, "tables": expected}, ensure_ascii=False, indent=1, sort_keys=True)
        + "\n",
        encoding="utf-8",
    )
    print(f"desk-{revision}: {sum(len(rows) for rows in expected.values())} rows in {len(expected)} tables")


def complaint(i: int, **extra: object) -> ComplaintInput:
    values: dict[str, object] = dict(
        type=ReportType.PENGADUAN if i % 2 else ReportType.ASPIRASI,
        channel=Channel.WALK_IN,
        title=f"Jalan desa rusak berlubang nomor {i}",
        body="Jalan utama desa rusak parah sejak tiga bulan. " * 2,
        incident_date=date(2026, 11, 1),
        location_text=f"Jl. Raya Cibiru Wetan {i}",
        province_code="32",
        regency_code="32.04",
        reporter_name=f"Budi Santoso {i}",
        reporter_nik="3204051203850002",
        reporter_phone="0812-3456-7890",
        reporter_email=f"budi{i}@contoh.id",
        reporter_address=f"Kp. Cibiru RT 0{i} RW 02",
        consent_personal=True,
        officer_name="Siti Rahmawati",
        received_at=datetime(2026, 11, 20, 9, i, tzinfo=WIB),
    )
    values.update(extra)
    return ComplaintInput(**values)  # type: ignore[arg-type]


def fill(desk: Desk, revision: str, work: Path) -> dict[str, int]:
    rev = int(revision)
    ids: dict[str, int] = {}
    extras = None
    if rev >= 2:
        from lapor_desk.attachments import AttachmentStore
        from lapor_desk.domain.complaint import Attachment, Extras

        source = work / "surat.pdf"
        source.write_bytes(PDF)
        stored = AttachmentStore(paths_attachments(desk)).add(source)
        extras = Extras(attachments=(Attachment(stored.sha256, stored.filename, stored.media_type, stored.size),))
    for i in range(1, 6):
        saved = (
            desk.complaints.record(complaint(i), extras=extras if i == 1 else None)
            if rev >= 2
            else desk.complaints.record(complaint(i))
        )
        ids[f"recorded_{i}"] = saved.complaint.id
    ids["draft"] = desk.complaints.save_draft(complaint(9, title="Masih draf, belum lengkap")).complaint.id
    edited = desk.complaints.record(
        complaint(2, title="Jalan desa rusak parah, diperbaiki"), complaint_id=ids["recorded_2"]
    )
    ids["edited"] = edited.complaint.id
    if rev >= 2:
        desk.complaints.record_reply(ids["recorded_3"], text="Pelapor menanyakan perkembangan.")
        desk.complaints.record_reply(ids["recorded_3"], rating=4)
    if rev >= 3:
        conn = sqlite3.connect(desk.db.path)  # type: ignore[arg-type]
        with conn:  # sync state as a cycle leaves it: one synced with its tracking ID, a cursor
            conn.execute(
                "UPDATE sync_items SET state = 'synced', tracking_id = 1000001 WHERE complaint_id = ?",
                (ids["recorded_1"],),
            )
            conn.execute(
                "UPDATE sync_items SET state = 'needs_fix', errors = ? WHERE complaint_id = ?",
                (json.dumps([{"field": "title", "code": "too_short", "message": "x"}]), ids["recorded_4"]),
            )
            conn.execute("INSERT OR REPLACE INTO sync_meta (key, value) VALUES ('updates_cursor', '42')")
        conn.close()
    if rev >= 6:
        conn = sqlite3.connect(desk.db.path)  # type: ignore[arg-type]
        with conn:  # what a cycle keeps from the central's answers (0006-0008)
            sent = conn.execute("SELECT payload FROM sync_items WHERE complaint_id = ?", (ids["recorded_1"],))
            conn.execute(
                "UPDATE sync_items SET accepted_payload = ?, central_status = 'verified' WHERE complaint_id = ?",
                (sent.fetchone()[0], ids["recorded_1"]),
            )
            conn.execute("UPDATE sync_items SET central_status = 'closed' WHERE complaint_id = ?", (ids["recorded_4"],))
            reply = conn.execute(
                "SELECT json_extract(detail, '$.reply_id') FROM complaint_events WHERE kind = 'reporter_reply'"
                " AND complaint_id = ? ORDER BY id LIMIT 1",
                (ids["recorded_3"],),
            ).fetchone()[0]
            conn.execute(  # a reply the central refused, kept for a person to decide
                "INSERT INTO sync_replies_sent (reply_id, complaint_id, result, sent_at, http_status, problem_type,"
                " message) VALUES (?, ?, 'refused', '2026-11-20 03:05:00.000000', 404, 'not-found', 'tidak ada')",
                (reply, ids["recorded_3"]),
            )
            if rev >= 7:
                conn.execute(
                    "INSERT INTO sync_files_confirmed (central, sha256, confirmed_at) VALUES (?, ?, ?)",
                    ("http://pusat.contoh/api/v1", "ab" * 32, "2026-11-20 03:00:00.000000"),
                )
            if rev >= 8:
                conn.execute(
                    "UPDATE sync_items SET confirmed_by = 'db-3f2a/1' WHERE complaint_id = ?", (ids["recorded_1"],)
                )
        conn.close()
    if rev >= 4:
        accounts = desk.supervision.accounts
        admin = accounts.create_first_admin("admin", "Admin Meja", "rahasia-123")
        from lapor_desk.accounts import Role

        accounts.add_account(admin, "siti", "Siti Rahmawati", Role.CLERK, "rahasia-456")
        accounts.sign_in("siti", "rahasia-456")
    if rev >= 9:  # a failed sign-in: the lock-out's wall and monotonic clocks (0009)
        from lapor_desk.accounts import SupervisionError

        with contextlib.suppress(SupervisionError):
            accounts.sign_in("admin", "salah-sandi")
    return ids


def paths_attachments(desk: Desk) -> Path:
    return desk.paths.data_dir / "attachments"


def dump(conn: sqlite3.Connection) -> dict[str, list[dict[str, object]]]:
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'complaints_fts%' AND name != 'alembic_version' ORDER BY name"
        )
    ]
    out: dict[str, list[dict[str, object]]] = {}
    for table in tables:
        cur = conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
        cols = [d[0] for d in cur.description]
        out[table] = [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]
    return out


if __name__ == "__main__":
    main()
