"""Large files in resumable parts and gzip bodies, through the real proxy to a real central;
a `lapor-desk sync` SIGKILLed in the middle of a file goes on from the central's offset."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import requests

from central.testing import RunningServer
from lapor_desk.attachments import AttachmentStore
from lapor_desk.domain.complaint import Attachment, Extras
from lapor_desk.sync import state
from lapor_desk.sync.answers import central_key
from lapor_desk.sync.events import TransferProgress

from central_db import arrived, attachments_of
from factories import walk_in
from fault_proxy import FaultProxy, Link
from sync_helpers import open_desk

BIG = 1_500_000
CHUNK_KB = 64


def _scan(store: AttachmentStore, folder: Path, size: int, seed: int) -> Attachment:
    source = folder / f"scan-{seed}.pdf"
    source.write_bytes(b"%PDF-1.4\n" + random.Random(seed).randbytes(size - 9))
    stored = store.add(source)
    return Attachment(stored.sha256, stored.filename, stored.media_type, stored.size)


def _held(central: RunningServer, token: str, sha: str) -> dict[str, object]:
    r = requests.get(f"{central.api_url}/attachments/{sha}/parts", headers=central.auth(token), timeout=10)
    r.raise_for_status()
    return dict(r.json())


def _sync(home: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, LAPOR_DESK_HOME=str(home), LAPOR_DESK_NO_KEYRING="1")
    env.pop("LAPOR_DESK_DB", None)
    return subprocess.Popen(
        [sys.executable, "-m", "lapor_desk", "--db", f"sqlite:///{home / 'desk.sqlite3'}", "sync"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_a_sync_killed_in_the_middle_of_a_large_file_resumes_from_the_centrals_offset(
    tmp_path: Path, big_central: RunningServer
) -> None:
    code = "RESUME-01"
    token = big_central.add_desk(code)
    # 4 Mbit/s: the 1.5 MB file takes about 3 s, long enough to be killed in the middle
    proxy = FaultProxy(big_central.port, link=Link(bandwidth_bps=4_000_000, latency_s=0.02))
    home = tmp_path / "desk"
    desk = open_desk(home, proxy.url, token)
    try:
        desk.settings.set_text("sync.chunk_kb", str(CHUNK_KB))
        store = AttachmentStore(desk.paths.data_dir / "attachments")
        scan = _scan(store, tmp_path, BIG, 1)
        desk.complaints.record(walk_in(title="Pindaian besar"), extras=Extras(attachments=(scan,)))

        proc = _sync(home)
        deadline = time.monotonic() + 120
        while not 0 < int(_held(big_central, token, scan.sha256)["offset"]) < BIG // 2:
            assert proc.poll() is None and time.monotonic() < deadline, "the upload never got under way"
            time.sleep(0.02)  # polling the central for the first parts
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        at_kill = int(_held(big_central, token, scan.sha256)["offset"])
        assert 0 < at_kill < BIG
        assert (
            requests.head(
                f"{big_central.api_url}/attachments/{scan.sha256}", headers=big_central.auth(token), timeout=10
            ).status_code
            == 404
        )

        before = proxy.bytes_up
        proc = _sync(home)
        assert proc.wait(timeout=300) == 0
        resent = proxy.bytes_up - before
        # only the rest went again (plus at most a part in flight at the kill, and the batch)
        assert resent < BIG - at_kill + 2 * CHUNK_KB * 1024 + 50_000, (resent, at_kill)
        health = requests.get(f"{big_central.api_url}/health", timeout=10).json()
        with desk.db.read() as conn:  # remembered under the central's database identity
            assert state.confirmed_files(conn, central_key(proxy.url, health), [scan.sha256]) == {scan.sha256}
    finally:
        proxy.close()
        desk.close()
    assert _held(big_central, token, scan.sha256) == {"sha256": scan.sha256, "offset": BIG, "complete": True}
    (complaint,) = arrived(big_central, code)
    assert attachments_of(big_central, code) == {complaint["client_id"]: [(scan.sha256, True)]}
    content = requests.get(
        f"{big_central.api_url}/admin/attachments/{scan.sha256}", headers=big_central.operator_auth, timeout=30
    ).content
    assert hashlib.sha256(content).hexdigest() == scan.sha256 and len(content) == BIG


def test_batches_go_compressed_and_progress_is_told_in_bytes(tmp_path: Path, big_central: RunningServer) -> None:
    code = "GZIP-01"
    proxy = FaultProxy(big_central.port)
    desk = open_desk(tmp_path / "desk", proxy.url, big_central.add_desk(code))
    heard: list[TransferProgress] = []
    try:
        assert desk.sync is not None
        desk.settings.set_text("sync.chunk_kb", str(CHUNK_KB))
        desk.bus.subscribe(TransferProgress, heard.append)
        store = AttachmentStore(desk.paths.data_dir / "attachments")
        scan = _scan(store, tmp_path, 300_000, 2)
        for n in range(60):
            desk.complaints.record(
                walk_in(title=f"Pengaduan terkompresi {n}"), extras=Extras(attachments=(scan,)) if n == 0 else None
            )
        with desk.db.read() as conn:
            plain = sum(len(r.payload) for r in conn.execute(state.PAYLOADS.select()))
        report = desk.sync.run_cycle()
        assert report.synced == 60, report
    finally:
        proxy.close()
        desk.close()
    # the file (random bytes) goes as it is; the complaints' JSON shrinks several times over
    json_on_wire = proxy.bytes_up - 300_000
    assert json_on_wire < plain / 3, (json_on_wire, plain)
    assert heard and heard[-1] == TransferProgress(300_000, 0)
    sent = [h.sent_bytes for h in heard]
    assert sent == sorted(sent) and len(heard) >= 2  # it moved in steps, part by part
    assert all(h.sent_bytes + h.remaining_bytes == 300_000 for h in heard)  # one file: sent + left = all
    assert len(arrived(big_central, code)) == 60
