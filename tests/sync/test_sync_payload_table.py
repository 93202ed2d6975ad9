"""Migration 0017 moves each queued payload out of the queue row into `sync_payloads`. An
existing desk's queue upgrades with every item kept (pending, synced, and an edit of a synced
one with the central's accepted copy kept aside), and sends what was waiting afterwards."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from alembic import command
from sqlalchemy import inspect, text

from lapor_desk.desk import Desk
from lapor_desk.sync import state

from factories import walk_in


def _items(desk: Desk, ids: list[int]) -> dict[int, dict[str, Any]]:
    assert desk.sync is not None
    found = {cid: desk.sync.item(cid) for cid in ids}
    return {cid: dict(item) for cid, item in found.items() if item is not None}


def test_0017_upgrades_a_queue_with_every_item_kept(desk: Desk) -> None:
    assert desk.sync is not None
    synced = desk.complaints.record(walk_in(title="Jalan desa rusak sudah terkirim")).complaint
    assert desk.sync.run_cycle().synced == 1
    desk.complaints.record(walk_in(title="Jalan desa rusak, diubah sesudah terkirim"), complaint_id=synced.id)
    waiting = [desk.complaints.record(walk_in(title=f"Lampu jalan mati nomor {i}")).complaint.id for i in range(3)]
    ids = [synced.id, *waiting]
    before = _items(desk, ids)
    assert len(before) == 4 and all(i["payload"] for i in before.values())
    assert before[synced.id]["accepted_payload"] not in (None, "", before[synced.id]["payload"])

    with desk.db.engine.connect() as conn:
        command.downgrade(desk.db._alembic_config(conn), "0016")
        conn.commit()
    with desk.db.engine.connect() as conn:
        assert "sync_payloads" not in inspect(conn).get_table_names()
        old = dict(conn.execute(text("SELECT complaint_id, payload FROM sync_items")).all())
    assert old == {cid: item["payload"] for cid, item in before.items()}

    desk.db.migrate(backup=False)
    assert desk.db.current_revision() == desk.db.head_revision()
    with desk.db.engine.connect() as conn:
        assert "payload" not in {c["name"] for c in inspect(conn).get_columns("sync_items")}
    assert _items(desk, ids) == before
    # The waiting ones (the edit included) go out once, with the payloads they were queued with.
    with desk.db.read() as conn:
        due = state.due(conn, datetime.now(UTC), 100, force=True)
    assert {o.complaint_id: o.payload for o in due} == {cid: before[cid]["payload"] for cid in ids}
    assert desk.sync.run_cycle().synced == 4
    after = _items(desk, ids)
    assert all(i["state"] == "synced" for i in after.values())
    assert after[synced.id]["accepted_payload"] == before[synced.id]["payload"]
