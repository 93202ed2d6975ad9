"""A value the database refuses rejects that item alone, an update as much as an insert."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from central_helpers import item
from sqlalchemy import select
from sqlalchemy.exc import DataError

from central.db import CentralDatabase
from central.models import Complaint, Desk
from central.services import accounts, intake
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
