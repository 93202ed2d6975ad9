"""A fault-injecting proxy between desk and central: nothing is lost, nothing doubled."""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

import pytest

from central.testing import RunningServer
from lapor_desk.attachments import AttachmentStore
from lapor_desk.domain.complaint import Attachment, Extras
from lapor_desk.sync import state

from central_db import arrived, attachments_of
from factories import walk_in
from fault_proxy import FaultProxy, Faults
from sync_helpers import open_desk, unique_code

# Storage behaviour of the sync: on the office's PostgreSQL too.
pytestmark = pytest.mark.usefixtures("both_engines")

COUNT = 1000


def _pdf(rng: random.Random, n: int) -> bytes:
    return b"%PDF-1.4\n" + f"lampiran {n}\n".encode() + rng.randbytes(rng.randrange(200, 3000))


def test_a_thousand_complaints_with_attachments_through_a_faulty_network(
    tmp_path: Path, central: RunningServer
) -> None:
    code = unique_code("FAULT")
    token = central.add_desk(code)
    proxy = FaultProxy(
        central.port,
        Faults(
            refuse=0.04, reset=0.04, stall=0.02, truncate=0.04, http_error=0.03, max_faults=120, stall_s=1.5, seed=7
        ),
    )
    desk = open_desk(tmp_path / "desk", proxy.url, token)
    assert desk.sync is not None
    desk.sync.timeouts = (1.0, 0.5)  # a stalled answer times out quickly
    desk.settings.set_text("sync.batch_size", "50")
    rng = random.Random(11)
    store = AttachmentStore(desk.paths.data_dir / "attachments")
    files = tmp_path / "files"
    files.mkdir()
    expected: dict[str, str] = {}  # client_id -> payload hash at the desk
    try:
        for n in range(COUNT):
            extras = None
            if n % 5 == 0:
                source = files / f"scan-{n}.pdf"
                source.write_bytes(_pdf(rng, n))
                stored = store.add(source)
                extras = Extras(
                    attachments=(Attachment(stored.sha256, stored.filename, stored.media_type, stored.size),)
                )
            desk.complaints.record(walk_in(title=f"Pengaduan jalan rusak nomor {n}"), extras=extras)
        with desk.db.read() as conn:
            rows = conn.execute(state.ITEMS.select()).all()
        expected = {r.client_id: r.payload_hash for r in rows}
        assert len(expected) == COUNT

        for _cycle in range(400):  # bounded: each cycle makes progress unless faults strike
            desk.sync.run_cycle()
            if desk.sync.status().waiting == 0:
                break
        status = desk.sync.status()
        assert status.waiting == 0 and status.needs_fix == 0, status
    finally:
        proxy.close()
        desk.close()

    assert proxy.total_faults > 20, proxy.faults.counts  # the faults really happened
    got = arrived(central, code)
    assert len(got) == COUNT  # exactly once
    assert {r["client_id"]: r["payload_hash"] for r in got} == expected  # the same content
    files_of = attachments_of(central, code)
    assert len(files_of) == COUNT // 5
    assert all(received for refs in files_of.values() for _sha, received in refs)


@pytest.mark.parametrize("status", [500, 503, 429])
def test_error_answers_are_retried_until_they_pass(tmp_path: Path, central: RunningServer, status: int) -> None:
    proxy = FaultProxy(central.port, Faults(http_error=1.0, max_faults=2, seed=status))
    # Only one kind of answer: pin the choice by removing the others.
    from fault_proxy import ERROR_ANSWERS

    saved = dict(ERROR_ANSWERS)
    ERROR_ANSWERS.clear()
    ERROR_ANSWERS[status] = saved[status]
    desk = open_desk(tmp_path / "desk", proxy.url, central.desk_token)
    try:
        assert desk.sync is not None
        c = desk.complaints.record(walk_in()).complaint
        report = desk.sync.run_cycle()  # /health is answered with errors twice, then passes
        assert report.outcome == "ok", report
        item = desk.sync.item(c.id)
        assert item is not None and item["state"] == "synced"
        statuses = [h["http_status"] for h in desk.sync.history()]
        assert statuses.count(status) == 2
    finally:
        ERROR_ANSWERS.clear()
        ERROR_ANSWERS.update(saved)
        proxy.close()
        desk.close()


def test_payload_hash_matches_the_central_contract(tmp_path: Path, central: RunningServer) -> None:
    desk = open_desk(tmp_path / "desk", central.api_url, central.desk_token)
    try:
        c = desk.complaints.record(walk_in()).complaint
        with desk.db.read() as conn:
            row = state.item_state(conn, c.id)
        assert row is not None
        body = json.loads(str(row["payload"]))
        given = body.pop("payload_hash")
        from central.services.itemcheck import canonical_hash

        assert (
            canonical_hash(body)
            == given
            == hashlib.sha256(
                json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
            ).hexdigest()
        )
    finally:
        desk.close()
