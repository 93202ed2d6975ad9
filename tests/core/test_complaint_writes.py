"""Complaint rows are written by the storage repository only (issue 15): the sync, the retention
purge and the services call its functions instead of writing the table beside it."""

from __future__ import annotations

import re
from pathlib import Path

import lapor_desk

CORE = Path(lapor_desk.__file__).parent
# The repository itself, with its parts split off: the intake save's one-statement insert on
# PostgreSQL (re-exported as repository.insert_complaint_with_receipt) and a batch answer's
# writes (the sync push's, built once); and the migrations that shape the table.
ALLOWED = {CORE / "storage" / name for name in ("repository.py", "intake_insert.py", "answer_writes.py")}
WRITES = re.compile(
    r"\b(?:update|insert|delete)\(\s*(?:repo\.)?COMPLAINTS\b"  # update(COMPLAINTS), insert(repo.COMPLAINTS)
    r"|\bCOMPLAINTS\s*\.\s*(?:update|insert|delete)\("  # COMPLAINTS.update()
    r"|\b(?:UPDATE|INSERT\s+INTO|DELETE\s+FROM)\s+complaints\b(?!_)",  # raw SQL (complaints_fts is the index's)
    re.IGNORECASE,
)


def test_only_the_repository_writes_complaint_rows() -> None:
    found = []
    for path in sorted(CORE.rglob("*.py")):
        if path in ALLOWED or "migrations" in path.parts:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if WRITES.search(line):
                found.append(f"{path.relative_to(CORE.parent)}:{number}: {line.strip()}")
    assert found == [], "write complaint rows through lapor_desk/storage/repository.py:\n" + "\n".join(found)


def test_the_check_sees_each_way_of_writing() -> None:
    """The pattern catches the forms the sync used before (so the test above can fail)."""
    for line in (
        "conn.execute(repo.COMPLAINTS.update().where(repo.C.id == cid).values(status=status))",
        "conn.execute(update(repo.COMPLAINTS).where(c.id.in_(chunk)).values(**blank))",
        'conn.exec_driver_sql("UPDATE complaints SET status = ?", (s,))',
    ):
        assert WRITES.search(line), line
    assert not WRITES.search("conn.execute(\"INSERT INTO complaints_fts(complaints_fts) VALUES ('rebuild')\")")


def test_a_tracking_id_from_the_central_feed_reaches_the_complaint_and_its_sync_item(isolated_home: Path) -> None:
    """An update carrying a tracking ID the desk had not heard of yet (its batch answer lost):
    the complaint shows it too, not only the sync's bookkeeping; a draft keeps its status."""
    from datetime import UTC, datetime

    from lapor_desk.desk import Desk
    from lapor_desk.sync import updates

    from factories import walk_in

    desk = Desk.open()
    try:
        recorded = desk.complaints.record(walk_in()).complaint
        draft = desk.complaints.save_draft(walk_in(title="Draf yang belum dikirim")).complaint
        now = datetime(2026, 11, 21, 3, tzinfo=UTC)
        feed = [
            {
                "client_id": recorded.client_id,
                "cursor": "7",
                "kind": "status",
                "status": "verified",
                "tracking_id": 1916449,
            },
            {"client_id": draft.client_id, "cursor": "8", "kind": "status", "status": "verified"},
        ]
        with desk.db.write() as conn:
            updates.apply(conn, feed, now, None)
        after = desk.complaints.get(recorded.id)
        assert (after.tracking_id, str(after.status)) == ("1916449", "verified")
        item = desk.sync.item(recorded.id)
        assert item is not None and item["tracking_id"] == 1916449
        assert str(desk.complaints.get(draft.id).status) == "draft"
    finally:
        desk.close()


def test_the_tracking_id_is_stored_once(db_url: str) -> None:
    """One column of one type in the migrated schema: the complaint's (the sync queue's copy went in 0012)."""
    from sqlalchemy import inspect

    from lapor_desk.storage.database import open_database

    db = open_database(db_url)
    try:
        with db.read() as conn:
            inspector = inspect(conn)
            holders = [
                (table, str(column["type"]))
                for table in inspector.get_table_names()
                for column in inspector.get_columns(table)
                if column["name"] == "tracking_id"
            ]
    finally:
        db.dispose()
    assert holders == [("complaints", "VARCHAR(20)")]
