"""Attachments on a flaky link: confirmations remembered, files retried in a cycle, and one
file that keeps failing holds back only the complaints that need it (real proxy, real central)."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import httpx
from sqlalchemy import select

from central.testing import RunningServer
from lapor_desk.attachments import AttachmentStore
from lapor_desk.desk import Desk
from lapor_desk.domain.complaint import Attachment, Extras
from lapor_desk.sync import state
from lapor_desk.sync.answers import central_key

from central_db import arrived, attachments_of
from factories import walk_in
from fault_proxy import FaultProxy, Faults
from sync_helpers import open_desk

_codes = itertools.count(1)


def _attach(store: AttachmentStore, folder: Path, name: str, rng: random.Random) -> Attachment:
    source = folder / name
    source.write_bytes(b"%PDF-1.4\n" + rng.randbytes(rng.randrange(2_000, 20_000)))
    stored = store.add(source)
    return Attachment(stored.sha256, stored.filename, stored.media_type, stored.size)


def _desk(tmp_path: Path, central: RunningServer, url_of: FaultProxy) -> tuple[Desk, str]:
    code = f"FLAKY-{next(_codes)}"
    desk = open_desk(tmp_path / "desk", url_of.url, central.add_desk(code))
    assert desk.sync is not None
    desk.sync.timeouts = (2.0, 1.0)  # a stalled answer gives up quickly
    return desk, code


def test_complaints_with_many_files_arrive_through_a_quarter_of_requests_failing(
    tmp_path: Path, central: RunningServer
) -> None:
    # The case: 3 complaints with 9 files stayed unsent after 40 runs at 10% loss.
    proxy = FaultProxy(central.port, Faults(per_request=0.25, stall_s=5.0, seed=3))
    desk, code = _desk(tmp_path, central, proxy)
    assert desk.sync is not None
    rng = random.Random(4)
    store = AttachmentStore(desk.paths.data_dir / "attachments")
    files = tmp_path / "files"
    files.mkdir()
    try:
        for n in range(3):
            atts = tuple(_attach(store, files, f"scan-{n}-{k}.pdf", rng) for k in range(3))
            desk.complaints.record(walk_in(title=f"Pengaduan berkas {n}"), extras=Extras(attachments=atts))
        cycles = 0
        while desk.sync.status().waiting and cycles < 10:
            desk.sync.run_cycle(force=True)
            cycles += 1
        assert desk.sync.status().waiting == 0 and desk.sync.status().needs_fix == 0
        with desk.db.read() as conn:
            confirmed = conn.execute(select(state.FILES.c.central, state.FILES.c.sha256)).all()
    finally:
        proxy.close()
        desk.close()
    assert proxy.total_faults >= 3, proxy.faults.counts
    assert len(arrived(central, code)) == 3
    got = attachments_of(central, code)
    assert sorted(len(v) for v in got.values()) == [3, 3, 3]
    assert all(received for refs in got.values() for _sha, received in refs)
    # every file is remembered as confirmed, under this central's name: its database identity
    health = httpx.get(central.api_url + "/health", timeout=10).json()
    assert len(confirmed) == 9 and {c for c, _ in confirmed} == {central_key(proxy.url, health)}
    assert central_key(proxy.url, health).startswith("db:")


def test_a_file_that_keeps_failing_holds_back_only_its_complaints(tmp_path: Path, central: RunningServer) -> None:
    proxy = FaultProxy(central.port, Faults(per_request=1.0, request_kinds=("lose", "cut"), seed=9))
    desk, code = _desk(tmp_path, central, proxy)
    assert desk.sync is not None
    rng = random.Random(5)
    store = AttachmentStore(desk.paths.data_dir / "attachments")
    files = tmp_path / "files"
    files.mkdir()
    try:
        bad = _attach(store, files, "rusak.pdf", rng)
        good = _attach(store, files, "baik.pdf", rng)
        proxy.faults.only = f"/attachments/{bad.sha256}".encode()  # every request for this file fails
        held = desk.complaints.record(
            walk_in(title="Dengan berkas yang gagal"), extras=Extras(attachments=(good, bad))
        ).complaint
        rest = [
            desk.complaints.record(
                walk_in(title=f"Pengaduan lain {n}"), extras=Extras(attachments=(good,)) if n % 2 else None
            ).complaint
            for n in range(6)
        ]
        report = desk.sync.run_cycle(force=True)
        assert report.synced == 6, report
        for c in rest:
            item = desk.sync.item(c.id)
            assert item is not None and item["state"] == "synced"
        item = desk.sync.item(held.id)
        assert item is not None and item["state"] == "pending" and item["attempts"] == 1
        assert item["next_attempt_at"] is not None  # backed off, not refused
        assert desk.sync.status().needs_fix == 0
        tries = [h for h in desk.sync.history(held.id) if h["result"] == "retry"]
        assert tries and bad.sha256 in tries[0]["request"]
        # the file was tried more than once within the cycle (HEAD retried with back-off)
        assert sum(1 for h in desk.sync.history() if bad.sha256 in h["request"]) >= 2

        proxy.faults.only = b"never-matches"  # the link to that file recovers
        report = desk.sync.run_cycle(force=True)
        assert report.synced == 1, report
    finally:
        proxy.close()
        desk.close()
    assert len(arrived(central, code)) == 7
    got = attachments_of(central, code)
    assert sorted(sha for sha, _ in got[held.client_id]) == sorted((good.sha256, bad.sha256))
    assert all(received for refs in got.values() for _sha, received in refs)
