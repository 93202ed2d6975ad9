"""A value the database refuses rejects that item alone, an update as much as an insert."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from central_helpers import item
from sqlalchemy import select, text
from sqlalchemy.exc import DataError

from central.db import CentralDatabase
from central.models import Complaint, Desk
from central.services import accounts, complaint_row, intake
from central.services.itemcheck import check_item

NOW = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)


def _apply(db: CentralDatabase, desk_id: int, raws: list[dict[str, Any]]) -> list[dict[str, Any]]:
    checked = [check_item(i, raw, now=NOW, max_attachment_bytes=2_000_000) for i, raw in enumerate(raws)]
    assert not [ch.errors for ch in checked if ch.errors]
    return db.write(lambda s: intake.apply_batch(s, desk_id, checked, NOW))


def test_refused_update_rejects_only_its_item(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = CentralDatabase(f"sqlite:///{tmp_path / 'central.db'}")
    db.migrate()
    db.write(lambda s: accounts.add_desk(s, "KAB-BDG-01", "Meja uji"))
    with db.read() as s:
        desk_id = s.scalar(select(Desk.id))
    assert desk_id is not None
    first, second = item(), item()
    assert [r["status"] for r in _apply(db, desk_id, [first, second])] == ["created", "created"]

    store_refs = intake._store_refs
    refused_tid = _apply(db, desk_id, [first])[0]["tracking_id"]

    def refuse_one(session: Any, tracking_id: int, refs: list[Any]) -> None:
        store_refs(session, tracking_id, refs)
        if tracking_id == refused_tid:
            raise DataError("UPDATE complaints", {}, Exception("value too long for type"))

    monkeypatch.setattr(intake, "_store_refs", refuse_one)
    edits = [
        item(revision=2, client_id=raw["client_id"], title="Jalan desa rusak dan banjir") for raw in (first, second)
    ]
    results = {r["client_id"]: r for r in _apply(db, desk_id, edits)}
    assert results[first["client_id"]]["status"] == "rejected"
    assert results[second["client_id"]]["status"] == "updated"
    with db.read() as s:
        titles = {cid: title for cid, title in s.execute(select(Complaint.client_id, Complaint.title))}
    assert titles[first["client_id"]] == "Jalan desa rusak berlubang"
    assert titles[second["client_id"]] == "Jalan desa rusak dan banjir"
    db.dispose()


def test_receipt_taken_by_a_concurrent_batch_rejects_only_that_item(fresh_postgres: str) -> None:
    """On PostgreSQL the bulk insert runs without a savepoint. When another transaction takes
    one of the batch's receipt numbers between the receipt check and the insert (two PCs on one
    desk code, at the same moment), the unique index refuses the insert: the batch is applied
    again with savepoints and only that item is refused, the others created."""
    db = CentralDatabase(fresh_postgres)
    db.migrate()
    code = "KAB-RACE-01"
    db.write(lambda s: accounts.add_desk(s, code, "Meja balapan"))
    with db.read() as s:
        desk_id = s.scalar(select(Desk.id).where(Desk.code == code))
    assert desk_id is not None
    contested, free = item(), item()
    other = item(receipt_number=contested["receipt_number"])  # the other PC's complaint, same number

    holder = db.engine.connect()  # the other PC's batch: inserted, not yet committed
    holder.execute(
        intake._pg_bulk_insert(tuple(complaint_row.row_values(_checked(other), desk_id, NOW))),
        {"rows": intake._json_rows([complaint_row.row_values(_checked(other), desk_id, NOW)])},
    )
    outcome: dict[str, Any] = {}

    def push() -> None:
        outcome["results"] = _apply(db, desk_id, [contested, free])

    pusher = threading.Thread(target=push)
    pusher.start()
    try:
        deadline = time.monotonic() + 60
        while not _waiting_on_a_lock(db):  # the insert waits for the other transaction's row
            assert pusher.is_alive(), outcome
            assert time.monotonic() < deadline, "the batch never reached the contested insert"
            time.sleep(0.02)
        holder.commit()
    finally:
        holder.close()
        pusher.join(120)
    results = {r["client_id"]: r for r in outcome["results"]}
    assert results[contested["client_id"]]["status"] == "rejected"
    assert results[contested["client_id"]]["errors"][0]["code"] == "receipt_number_taken"
    assert results[free["client_id"]]["status"] == "created"
    with db.read() as s:
        rows = s.execute(select(Complaint.client_id, Complaint.receipt_number).where(Complaint.desk_id == desk_id))
        stored = {cid: receipt for cid, receipt in rows}
    assert stored == {other["client_id"]: other["receipt_number"], free["client_id"]: free["receipt_number"]}
    db.dispose()


def _checked(raw: dict[str, Any]) -> Any:
    checked = check_item(0, raw, now=NOW, max_attachment_bytes=2_000_000)
    assert not checked.errors
    return checked


def _waiting_on_a_lock(db: CentralDatabase) -> bool:
    with db.engine.connect() as conn:
        waiting = conn.scalar(
            text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND wait_event_type = 'Lock' AND query LIKE '%INSERT INTO complaints%'"
            )
        )
    return bool(waiting)
