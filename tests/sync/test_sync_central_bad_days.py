"""The centre's bad days against a real central on loopback: restored from a backup taken in
the middle of a sync, replaced by an empty one, a cloned PC on the same token, a desk clock
three days ahead. Counts are checked on both sides: no complaint missing, no tracking ID
pointing at another complaint, no receipt number twice on the central."""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, text

from central.testing import RunningServer, running_server
from lapor_desk.attachments import AttachmentStore
from lapor_desk.commands import sync as sync_command
from lapor_desk.desk import Desk
from lapor_desk.domain.complaint import Attachment, Extras
from lapor_desk.sync import state
from lapor_desk.sync.engine import SyncEngine
from lapor_desk.sync.events import CentralReconciled

from central_db import attachments_of
from factories import FixedClock, walk_in
from sync_helpers import SERVE_ARGS, admin_move, open_desk


@pytest.fixture
def own_central(tmp_path: Path) -> Iterator[RunningServer]:
    """A central of this test alone: its database file is restored and replaced."""
    with running_server(serve_args=SERVE_ARGS, work_dir=tmp_path / "central") as server:
        yield server


def _utc(value: Any) -> datetime:
    """A time as the central's SQLite file holds it (naive UTC text)."""
    at = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at


def _db_file(server: RunningServer) -> Path:
    return Path(server.db_url.removeprefix("sqlite:///"))


def _central_rows(server: RunningServer) -> list[dict[str, Any]]:
    engine = create_engine(server.db_url)
    try:
        with engine.connect() as conn:
            return [
                dict(r)
                for r in conn.execute(
                    text(
                        "SELECT c.tracking_id, c.client_id, c.receipt_number, d.code AS desk, c.received_at, "
                        "c.received_at_desk_clock, c.desk_clock_offset_s, c.last_reply_at "
                        "FROM complaints c JOIN desks d ON d.id = c.desk_id"
                    )
                ).mappings()
            ]
    finally:
        engine.dispose()


def _desk_items(desk: Desk) -> dict[str, dict[str, Any]]:
    """client_id -> the desk's queue row, its tracking ID as a number and as the front desk shows it
    (one column since migration 0012: the complaint's)."""
    from sqlalchemy import BigInteger, cast

    from lapor_desk.storage import repository as repo

    with desk.db.read() as conn:
        rows = (
            conn.execute(
                state.ITEMS.select()
                .with_only_columns(
                    state.S.complaint_id,
                    state.S.client_id,
                    state.S.state,
                    cast(repo.C.tracking_id, BigInteger).label("tracking_id"),
                    repo.C.tracking_id.label("shown"),
                    repo.C.receipt_number,
                )
                .join(repo.COMPLAINTS, repo.C.id == state.S.complaint_id)
            )
            .mappings()
            .all()
        )
    return {str(r["client_id"]): dict(r) for r in rows}


def assert_consistent(server: RunningServer, *desks: tuple[Desk, str]) -> None:
    """Both sides agree: every desk complaint on the central once, under the tracking ID the
    desk holds (and shows); no tracking ID of a desk names another complaint; receipt
    numbers unique per desk on the central."""
    rows = _central_rows(server)
    by_tid = {r["tracking_id"]: r for r in rows}
    assert len(by_tid) == len(rows)
    receipts = Counter((r["desk"], r["receipt_number"]) for r in rows)
    assert [k for k, n in receipts.items() if n > 1] == []
    for desk, code in desks:
        mine = {r["client_id"]: r for r in rows if r["desk"] == code}
        items = _desk_items(desk)
        assert len(mine) == len([r for r in rows if r["desk"] == code])
        for client_id, item in items.items():
            assert item["state"] == "synced", item
            assert client_id in mine, f"complaint {client_id} missing on the central"
            tid = item["tracking_id"]
            assert by_tid[tid]["client_id"] == client_id, "a tracking ID names another complaint"
            assert item["shown"] == str(tid)
        assert set(mine) <= set(items)


def _scan(store: AttachmentStore, folder: Path, n: int) -> Attachment:
    source = folder / f"scan-{n}.pdf"
    source.write_bytes(b"%PDF-1.4\n" + random.Random(n).randbytes(3000))
    stored = store.add(source)
    return Attachment(stored.sha256, stored.filename, stored.media_type, stored.size)


def _backup(src: Path, dst: Path) -> None:
    """An online SQLite backup of the running central, as an operator's nightly job takes it."""
    with sqlite3.connect(src) as source, sqlite3.connect(dst) as target:
        source.backup(target)
    target.close()
    source.close()


def _restore(server: RunningServer, backup: Path) -> None:
    server.stop()
    live = _db_file(server)
    for suffix in ("-wal", "-shm"):
        Path(str(live) + suffix).unlink(missing_ok=True)
    live.write_bytes(backup.read_bytes())
    server.start()  # the same port, as after a restore


def _health(server: RunningServer) -> dict[str, Any]:
    return dict(httpx.get(server.api_url + "/health", timeout=10).json())


def test_a_central_restored_from_a_backup_taken_halfway_through_a_sync(
    tmp_path: Path, own_central: RunningServer
) -> None:
    server = own_central
    desk = open_desk(tmp_path / "desk", server.api_url, server.desk_token)
    other_token = server.add_desk("KAB-BDG-02")
    other = open_desk(
        tmp_path / "other", server.api_url, other_token, installation="7e57de5c-0000-4000-8000-0000000000b2"
    )
    seen: list[CentralReconciled] = []
    desk.bus.subscribe(CentralReconciled, seen.append)
    try:
        assert desk.sync is not None and other.sync is not None
        store = AttachmentStore(desk.paths.data_dir / "attachments")
        files = tmp_path / "files"
        files.mkdir()
        made = []
        for i in range(60):  # every third one with a scan
            extras = Extras(attachments=(_scan(store, files, i),)) if i % 3 == 0 else None
            made.append(desk.complaints.record(walk_in(title=f"Jalan rusak nomor {i}"), extras=extras).complaint)
        backup = tmp_path / "backup.sqlite3"
        batches = [0]

        def after_batch() -> None:  # the nightly backup runs while the desk is mid-sync
            batches[0] += 1
            if batches[0] == 3:
                _backup(_db_file(server), backup)

        client = desk.sync.client()
        try:
            report = SyncEngine(
                desk.db, client, batch_size=10, progress=after_batch, attachments=desk.sync.attachments
            ).cycle()
        finally:
            client.close()
        assert report.synced == 60 and backup.exists()
        old_ids = {i["tracking_id"] for i in _desk_items(desk).values()}
        identity_before = _health(server)
        # The backup also lost the bytes of one scan whose complaint it holds.
        with sqlite3.connect(backup) as conn:
            (lost_file,) = conn.execute(
                "SELECT sha256 FROM attachments WHERE sha256 IN (SELECT sha256 FROM complaint_attachments) LIMIT 1"
            ).fetchone()
            conn.execute("DELETE FROM attachments WHERE sha256 = ?", (lost_file,))
        conn.close()

        _restore(server, backup)
        identity_after = _health(server)
        assert identity_after["database_id"] == identity_before["database_id"]
        assert identity_after["data_generation"] != identity_before["data_generation"]
        held = len(_central_rows(server))
        assert 0 < held < 60  # the backup holds part of the sync

        # Another desk syncs first: the restored central must not hand it the lost IDs.
        for i in range(15):
            other.complaints.record(walk_in(title=f"Pengaduan meja lain {i}"))
        assert other.sync.run_cycle().synced == 15
        other_ids = {i["tracking_id"] for i in _desk_items(other).values()}
        assert not other_ids & old_ids

        report = desk.sync.run_cycle()
        assert report.reconciled is not None
        assert (report.reconciled.checked, report.reconciled.requeued) == (60, 60 - held)
        assert report.reconciled.confirmed == held - 1 and report.reconciled.resent == 1  # the lost scan
        assert report.synced == 60 - held + 1
        assert all(got for pairs in attachments_of(server, server.desk_code).values() for _sha, got in pairs)
        assert sum(len(p) for p in attachments_of(server, server.desk_code).values()) == 20
        assert [e.requeued for e in seen] == [60 - held]
        assert_consistent(server, (desk, server.desk_code), (other, "KAB-BDG-02"))
        new_ids = {i["tracking_id"] for i in _desk_items(desk).values()}
        assert len(new_ids) == 60 and not (new_ids - old_ids) & other_ids
        assert all(t > max(old_ids) for t in new_ids - old_ids)  # never issued twice
        # The returning-citizen lookup by LAPOR! number shows the one complaint it names.
        for c in made:
            item = desk.sync.item(c.id)
            assert item is not None
            hits = desk.complaints.lookup(str(item["tracking_id"]))
            assert [h.id for h in hits] == [c.id]
        with desk.db.read() as conn:
            assert json.loads(state.get_meta(conn, "last_reconcile") or "{}")["requeued"] == 60 - held
        # A second cycle finds nothing more to reconcile.
        assert desk.sync.run_cycle().reconciled is None
    finally:
        desk.close()
        other.close()


def test_a_central_replaced_by_an_empty_one(
    tmp_path: Path, own_central: RunningServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server = own_central
    desk = open_desk(tmp_path / "desk", server.api_url, server.desk_token)
    try:
        assert desk.sync is not None
        for i in range(25):
            desk.complaints.record(walk_in(title=f"Saluran air tersumbat {i}"))
        assert desk.sync.run_cycle().synced == 25
        old_ids = {i["tracking_id"] for i in _desk_items(desk).values()}
        before = _health(server)

        # A new, empty central on a new machine: no database, no ledger. The desk account
        # is created again (a new token), the desk registers with it.
        server.stop()
        for path in [
            _db_file(server),
            *(Path(str(_db_file(server)) + s) for s in ("-wal", "-shm")),
            *(tmp_path / "central" / "home").glob("id-ledger-*"),
        ]:
            path.unlink(missing_ok=True)
        server.desk_token = server.add_desk(server.desk_code)
        server.start()
        assert _health(server)["database_id"] != before["database_id"]
        desk.sync.register(server.api_url, server.desk_token)

        # `lapor-desk sync`, as the IT officer runs it: it says what the reconciliation did.
        parser = argparse.ArgumentParser()
        sync_command.configure(parser)
        code = sync_command.run(parser.parse_args([]), desk)
        said = capsys.readouterr()
        assert code == 0, said
        assert "Basis data pusat berganti" in said.out and "25 dikirim ulang" in said.out
        assert_consistent(server, (desk, server.desk_code))
        new_ids = {i["tracking_id"] for i in _desk_items(desk).values()}
        # The desk reported the IDs it held: the new central issues above them.
        assert min(new_ids) > max(old_ids)
    finally:
        desk.close()


def test_a_cloned_pc_is_refused_until_an_operator_rebinds_the_desk(tmp_path: Path, own_central: RunningServer) -> None:
    server = own_central
    first = open_desk(tmp_path / "first", server.api_url, server.desk_token, desk_code=server.desk_code)
    # A copy of the first PC's set-up on another PC: same desk code and token, its own ID.
    clone = open_desk(
        tmp_path / "clone", server.api_url, server.desk_token, installation=None, desk_code=server.desk_code
    )
    try:
        assert first.sync is not None and clone.sync is not None
        mine = [first.complaints.record(walk_in(title=f"Lampu jalan mati {i}")).complaint for i in range(10)]
        assert first.sync.run_cycle().synced == 10
        # The clone has the same desk code, so it hands out the same receipt numbers.
        theirs = [clone.complaints.record(walk_in(title=f"Sampah menumpuk {i}")).complaint for i in range(12)]
        assert {c.receipt_number for c in mine} <= {c.receipt_number for c in theirs}

        report = clone.sync.run_cycle()
        assert (report.outcome, report.problem_code) == ("auth", "sync_desk_code_in_use")
        assert clone.sync.status().registration_problem
        assert len(_central_rows(server)) == 10  # nothing of the clone arrived
        assert first.sync.run_cycle().outcome == "ok"  # the first PC carries on

        # The operator moves the registration to the clone (a replaced PC).
        server.cli("desks", "rebind", server.desk_code)
        report = clone.sync.run_cycle()
        assert report.outcome == "ok"
        assert first.sync.run_cycle().problem_code == "sync_desk_code_in_use"
        # Receipt numbers the first PC already used are refused one by one, not the batch.
        assert (report.synced, report.refused) == (2, 10)
        attention = clone.sync.needs_attention()
        assert {a.receipt_number for a in attention} == {c.receipt_number for c in mine}
        assert all(e["code"] == "receipt_number_taken" for a in attention for e in a.errors)
        rows = _central_rows(server)
        assert len(rows) == 12
        assert len({(r["desk"], r["receipt_number"]) for r in rows}) == 12
        for c in mine:
            item = first.sync.item(c.id)
            assert item is not None
            assert next(r for r in rows if r["tracking_id"] == item["tracking_id"])["client_id"] == c.client_id
    finally:
        first.close()
        clone.close()


def test_a_desk_clock_three_days_ahead(tmp_path: Path, own_central: RunningServer) -> None:
    server = own_central
    clock = FixedClock(datetime.now(UTC) + timedelta(days=3))
    desk = open_desk(tmp_path / "desk", server.api_url, server.desk_token, clock=clock)
    try:
        assert desk.sync is not None
        # Stamped by the desk's clock as the form does: three days in the central's future.
        made = [
            desk.complaints.record(walk_in(title=f"Pengaduan jam maju {i}", received_at=clock.now)).complaint
            for i in range(20)
        ]
        report = desk.sync.run_cycle()
        assert (report.synced, report.refused) == (20, 0)
        assert desk.sync.status().needs_fix == 0
        assert_consistent(server, (desk, server.desk_code))
        now = datetime.now(UTC)
        for row in _central_rows(server):
            corrected, as_stamped = _utc(row["received_at"]), _utc(row["received_at_desk_clock"])
            assert abs((corrected - now).total_seconds()) < 600  # on the central's clock
            assert abs((as_stamped - now - timedelta(days=3)).total_seconds()) < 600  # the desk's, kept
            assert -3 * 86400 - 600 < row["desk_clock_offset_s"] < -3 * 86400 + 600

        # A reply recorded at the desk is dated three days ahead; the central clamps it, so
        # the complaint still completes itself 10 working days after the agency's follow-up.
        target = made[0]
        desk.complaints.record_reply(target.id, "Terima kasih, mohon segera ditindaklanjuti.")
        assert desk.sync.run_cycle().outcome == "ok"
        tid = int(desk.sync.item(target.id)["tracking_id"])  # type: ignore[index]
        reply_at = next(r for r in _central_rows(server) if r["tracking_id"] == tid)["last_reply_at"]
        assert reply_at is not None and _utc(reply_at) <= datetime.now(UTC)
        admin_move(server, tid, "verify", agency="Dinas PUPR")
        admin_move(server, tid, "follow-up", text="Perbaikan dijadwalkan.", agency="Dinas PUPR")
        today = (datetime.now(UTC) + timedelta(days=30)).date().isoformat()
        done = server.cli("complaints", "auto-complete", "--today", today)
        assert str(tid) in done.split()
    finally:
        desk.close()


def test_a_reconciliation_stopped_halfway_resumes_where_it_stopped(
    tmp_path: Path, own_central: RunningServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lapor_desk.sync import reconcile

    server = own_central
    desk = open_desk(tmp_path / "desk", server.api_url, server.desk_token)
    try:
        assert desk.sync is not None
        for i in range(30):
            desk.complaints.record(walk_in(title=f"Drainase tersumbat {i}"))
        assert desk.sync.run_cycle().synced == 30
        server.stop()  # replaced by an empty database, the ledger kept (same server)
        for path in [_db_file(server), *(Path(str(_db_file(server)) + s) for s in ("-wal", "-shm"))]:
            path.unlink(missing_ok=True)
        server.desk_token = server.add_desk(server.desk_code)
        server.start()
        desk.sync.register(server.api_url, server.desk_token)

        # Pages of 10; the cycle is stopped (a shutdown, a kill between transactions) after one.
        monkeypatch.setattr(reconcile, "PAGE", 10)
        lookups = [0]
        real_lookup = type(desk.sync.client()).lookup

        def counted(self: Any, body: dict[str, Any]) -> Any:
            lookups[0] += 1
            return real_lookup(self, body)

        monkeypatch.setattr(type(desk.sync.client()), "lookup", counted)
        client = desk.sync.client()
        try:
            report = SyncEngine(desk.db, client, stopping=lambda: lookups[0] >= 1).cycle()
        finally:
            client.close()
        assert report.outcome == "stopped" and lookups[0] == 1
        items = _desk_items(desk)
        assert sum(1 for i in items.values() if i["tracking_id"] is None) == 10  # one page done
        assert len(_central_rows(server)) == 0  # nothing sent before the reconciliation ends

        report = desk.sync.run_cycle()
        assert report.reconciled is not None and report.reconciled.checked == 20  # the rest
        assert report.synced == 30
        assert_consistent(server, (desk, server.desk_code))
    finally:
        desk.close()
