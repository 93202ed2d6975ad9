"""The audit anchor: each sync sends the audit head to a real central, the desk keeps what the
central acknowledged (database and a 0600 file), and `lapor-desk audit verify` (a subprocess)
names a trail that was edited, cut, cut with its head, wiped or rewritten with a SQLite tool,
online (the central's anchor) and offline (the kept copies, with their age)."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import httpx
import pytest

from central.testing import RunningServer, free_port
from lapor_desk.audit import GENESIS, entry_hash
from lapor_desk.audit_anchor import FILE_NAME
from lapor_desk.settings import SYNC_CENTRAL_URL, Settings

from factories import walk_in
from sync_helpers import open_desk

_codes = iter(range(1, 10_000))


@dataclass
class AnchoredDesk:
    home: Path
    token: str
    head_seq: int
    head_hash: str

    @property
    def db_path(self) -> Path:
        return self.home / "desk.sqlite3"

    @property
    def anchor_file(self) -> Path:
        return self.home / "data" / FILE_NAME

    def sql(self, *statements: str) -> None:
        """Tamper as someone with a SQLite tool would: straight into the file, app closed."""
        with sqlite3.connect(self.db_path) as raw:
            for s in statements:
                raw.execute(s)

    def go_offline(self) -> None:
        """Point the desk at a loopback port nobody listens on."""
        Settings(self.home / "config" / "settings.json").set(SYNC_CENTRAL_URL, f"http://127.0.0.1:{free_port()}/api/v1")


def _cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, LAPOR_DESK_HOME=str(home), LAPOR_DESK_NO_KEYRING="1")
    env.pop("LAPOR_DESK_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "lapor_desk", "--db", f"sqlite:///{home / 'desk.sqlite3'}", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def _verify(desk: AnchoredDesk) -> tuple[int, str]:
    done = _cli(desk.home, "audit", "verify")
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode, done.stdout + done.stderr


def _central_anchor(central: RunningServer, token: str) -> dict[str, object] | None:
    r = httpx.get(f"{central.api_url}/audit-anchor", headers=central.auth(token), timeout=30)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("application/json")
    return r.json()["anchor"]  # type: ignore[no-any-return]


@pytest.fixture
def anchored(tmp_path: Path, central: RunningServer) -> Iterator[AnchoredDesk]:
    """A desk with 6 complaints recorded and synced: its head anchored at the central."""
    token = central.add_desk(f"ANCHOR-{next(_codes):03d}")
    home = tmp_path / "desk"
    desk = open_desk(home, central.api_url, token)
    try:
        for n in range(6):
            desk.complaints.record(walk_in(title=f"Jalan rusak di dusun nomor {n + 1} belum diperbaiki"))
        assert desk.sync is not None
        report = desk.sync.run_cycle()
        assert report.outcome == "ok" and report.synced == 6
        head = desk.supervision.audit.head()
        assert head is not None
    finally:
        desk.close()
    yield AnchoredDesk(home, token, *head)


def test_each_sync_anchors_the_head_at_the_central_and_keeps_the_acknowledgement(
    anchored: AnchoredDesk, central: RunningServer
) -> None:
    at_central = _central_anchor(central, anchored.token)
    assert at_central is not None
    assert (at_central["seq"], at_central["hash"]) == (anchored.head_seq, anchored.head_hash)
    kept = json.loads(anchored.anchor_file.read_text(encoding="utf-8"))
    assert (kept["seq"], kept["hash"]) == (anchored.head_seq, anchored.head_hash)
    assert stat.S_IMODE(anchored.anchor_file.stat().st_mode) == 0o600
    with sqlite3.connect(anchored.db_path) as raw:
        (in_db,) = raw.execute("SELECT value FROM sync_meta WHERE key = 'audit_anchor'").fetchone()
    assert json.loads(in_db)["seq"] == anchored.head_seq
    code, out = _verify(anchored)
    assert code == 0, out
    assert "jangkar dari pusat: baris #" + str(anchored.head_seq) in out and "utuh" in out

    # More work and another sync move the anchor forward.
    desk = open_desk(anchored.home, central.api_url, anchored.token)
    try:
        desk.complaints.record(walk_in(title="Lampu penerangan jalan di pasar mati"))
        assert desk.sync is not None and desk.sync.run_cycle().outcome == "ok"
        head = desk.supervision.audit.head()
    finally:
        desk.close()
    assert head is not None and head[0] > anchored.head_seq
    at_central = _central_anchor(central, anchored.token)
    assert at_central is not None and (at_central["seq"], at_central["hash"]) == head


def test_an_edited_row_is_named(anchored: AnchoredDesk) -> None:
    anchored.sql("UPDATE audit_entries SET target = 'complaint:999' WHERE seq = 2")
    code, out = _verify(anchored)
    assert code == 1 and "Baris audit #2 telah diubah" in out


@pytest.mark.parametrize("online", [True, False], ids=["online", "offline"])
def test_a_tail_cut_with_its_head_row_is_named(anchored: AnchoredDesk, online: bool) -> None:
    keep = anchored.head_seq - 3
    with sqlite3.connect(anchored.db_path) as raw:
        (digest,) = raw.execute("SELECT hash FROM audit_entries WHERE seq = ?", (keep,)).fetchone()
    # The head row moved back to the last kept row: the chain alone holds together.
    anchored.sql(
        f"DELETE FROM audit_entries WHERE seq > {keep}", f"UPDATE audit_head SET seq = {keep}, hash = '{digest}'"
    )
    if not online:
        anchored.go_offline()
    code, out = _verify(anchored)
    assert code == 1, out
    assert f"berakhir di baris #{keep}" in out and f"mencatat baris #{anchored.head_seq}" in out
    assert "dipotong" in out
    if online:
        assert "jangkar dari pusat" in out
    else:
        assert "Pusat tidak terjangkau" in out and "(0 hari lalu)" in out


def test_a_cut_tail_is_named(anchored: AnchoredDesk) -> None:
    anchored.sql(f"DELETE FROM audit_entries WHERE seq > {anchored.head_seq - 2}")
    anchored.go_offline()
    code, out = _verify(anchored)
    assert code == 1 and f"#{anchored.head_seq}" in out and "dihapus" in out and "dipotong" in out


@pytest.mark.parametrize("online", [True, False], ids=["online", "offline"])
def test_a_trail_wiped_whole_is_named(anchored: AnchoredDesk, online: bool) -> None:
    anchored.sql("DELETE FROM audit_entries", "DELETE FROM audit_head")
    if not online:
        anchored.go_offline()
    code, out = _verify(anchored)
    assert code == 1, out
    assert "Jejak audit kosong" in out and f"mencatat baris #{anchored.head_seq}" in out
    assert "seluruh jejak telah dihapus" in out


def test_a_wipe_of_the_trail_and_the_database_anchor_is_caught_by_the_file(anchored: AnchoredDesk) -> None:
    anchored.sql("DELETE FROM audit_entries", "DELETE FROM audit_head", "DELETE FROM sync_meta")
    anchored.go_offline()
    code, out = _verify(anchored)
    assert code == 1 and "seluruh jejak telah dihapus" in out and "berkas jangkar" in out


def test_a_wipe_of_every_local_copy_is_caught_by_the_central(anchored: AnchoredDesk, central: RunningServer) -> None:
    anchored.sql("DELETE FROM audit_entries", "DELETE FROM audit_head", "DELETE FROM sync_meta")
    anchored.anchor_file.unlink()
    # New work and a sync after the wipe do not move the central's anchor back.
    desk = open_desk(anchored.home, central.api_url, anchored.token)
    try:
        desk.complaints.record(walk_in(title="Saluran air tersumbat sejak pekan lalu"))
        assert desk.sync is not None and desk.sync.run_cycle().outcome == "ok"
    finally:
        desk.close()
    at_central = _central_anchor(central, anchored.token)
    assert at_central is not None and at_central["seq"] == anchored.head_seq
    code, out = _verify(anchored)
    assert code == 1, out
    assert f"mencatat baris #{anchored.head_seq}" in out and "dipotong" in out
    # What the central told the sync is kept again at the desk, for the next offline check.
    kept = json.loads(anchored.anchor_file.read_text(encoding="utf-8"))
    assert kept["seq"] == anchored.head_seq


def _rewrite_whole_chain(path: Path, seq: int, new_target: str) -> None:
    """Change one row and recompute every hash after it and the head: what the chain alone misses."""
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE audit_entries SET target = ? WHERE seq = ?", (new_target, seq))
        prev = GENESIS
        rows = raw.execute(
            "SELECT seq, at, actor, role, action, target, detail FROM audit_entries ORDER BY seq"
        ).fetchall()
        for s, at, actor, role, action, target, detail in rows:
            when = datetime.fromisoformat(at)
            digest = entry_hash(prev, s, when, actor, role, action, target, detail)
            raw.execute("UPDATE audit_entries SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, digest, s))
            prev = digest
        raw.execute("UPDATE audit_head SET hash = ? WHERE id = 1", (prev,))


@pytest.mark.parametrize("online", [True, False], ids=["online", "offline"])
def test_a_rewrite_with_every_hash_recomputed_is_named(anchored: AnchoredDesk, online: bool) -> None:
    _rewrite_whole_chain(anchored.db_path, 2, "complaint:999")
    if not online:
        anchored.go_offline()
    code, out = _verify(anchored)
    assert code == 1, out
    assert f"Baris audit #{anchored.head_seq} tidak sama dengan jangkar" in out and "ditulis ulang" in out
    assert "diubah di luar" not in out  # the chain alone holds: only the anchor shows it


def test_a_rewrite_that_also_forges_the_database_anchor_is_caught_by_the_file(anchored: AnchoredDesk) -> None:
    _rewrite_whole_chain(anchored.db_path, 3, "complaint:998")
    with sqlite3.connect(anchored.db_path) as raw:
        (digest,) = raw.execute("SELECT hash FROM audit_head").fetchone()
        (value,) = raw.execute("SELECT value FROM sync_meta WHERE key = 'audit_anchor'").fetchone()
        forged = {**json.loads(value), "hash": digest}
        raw.execute("UPDATE sync_meta SET value = ? WHERE key = 'audit_anchor'", (json.dumps(forged),))
    anchored.go_offline()
    code, out = _verify(anchored)
    assert code == 1 and "ditulis ulang" in out and "berkas jangkar" in out


def test_a_rewritten_trail_does_not_move_the_central_anchor(anchored: AnchoredDesk, central: RunningServer) -> None:
    _rewrite_whole_chain(anchored.db_path, 2, "complaint:997")
    desk = open_desk(anchored.home, central.api_url, anchored.token)
    try:
        desk.complaints.record(walk_in(title="Trotoar rusak di depan sekolah dasar"))
        assert desk.sync is not None and desk.sync.run_cycle().outcome == "ok"
    finally:
        desk.close()
    at_central = _central_anchor(central, anchored.token)
    assert at_central is not None
    assert (at_central["seq"], at_central["hash"]) == (anchored.head_seq, anchored.head_hash)
    code, out = _verify(anchored)
    assert code == 1 and "ditulis ulang" in out


def test_english_names_the_anchor_and_its_source(anchored: AnchoredDesk) -> None:
    assert _cli(anchored.home, "config", "set", "ui.language", "en").returncode == 0  # an audited change
    anchored.sql("DELETE FROM audit_entries", "DELETE FROM audit_head")
    anchored.go_offline()
    code, out = _verify(anchored)
    assert code == 1 and "the whole trail was deleted" in out and "The central is unreachable" in out


def test_a_restored_backup_is_said_not_flagged_and_the_next_sync_resets_the_central_anchor_visibly(
    anchored: AnchoredDesk, central: RunningServer
) -> None:
    """A backup restored after later work leaves the anchors (central and file) ahead of the
    restored trail. The restore's audit entry names the anchor it leaves behind, so `audit
    verify` says what happened instead of reporting a cut trail forever, and the next sync
    resets the central's anchor, which records the reset where operators see it."""
    desk = open_desk(anchored.home, central.api_url, anchored.token)
    try:
        backup = desk.backups.create(anchored.home / "before-more-work.sqlite3")
        desk.complaints.record(walk_in(title="Lampu jalan di simpang pasar mati sejak pekan lalu"))
        assert desk.sync is not None and desk.sync.run_cycle().synced == 1
        ahead = desk.supervision.audit.head()
    finally:
        desk.close()
    assert ahead is not None and ahead[0] > anchored.head_seq
    assert _central_anchor(central, anchored.token)["seq"] == ahead[0]  # type: ignore[index]

    restored = _cli(anchored.home, "restore", str(backup))
    assert restored.returncode == 0, restored.stderr

    code, out = _verify(anchored)
    assert code == 0, out
    assert f"tidak lagi memuat baris #{ahead[0]}" in out and backup.name in out
    assert "dipotong" not in out  # not reported as a cut trail

    desk = open_desk(anchored.home, central.api_url, anchored.token)
    try:
        assert desk.sync is not None and desk.sync.run_cycle().outcome == "ok"
        head = desk.supervision.audit.head()
    finally:
        desk.close()
    assert head is not None
    at_central = _central_anchor(central, anchored.token)
    assert at_central is not None and (at_central["seq"], at_central["hash"]) == head
    listed = httpx.get(f"{central.api_url}/admin/desks", headers=central.operator_auth, timeout=30)
    assert listed.status_code == 200, listed.text
    [ours] = [d for d in listed.json() if d["audit_anchor"] and d["audit_anchor"]["hash"] == head[1]]
    assert ours["audit_anchor"]["resets"] == 1
    assert ours["audit_anchor"]["last_reset"]["superseded_seq"] == ahead[0]
    assert ours["audit_anchor"]["last_reset"]["superseded_hash"] == ahead[1]

    code, out = _verify(anchored)
    assert code == 0 and "utuh" in out, out


def test_a_head_that_names_another_anchor_than_the_centrals_is_still_refused(
    anchored: AnchoredDesk, central: RunningServer
) -> None:
    """`supersedes` resets the central's anchor only when it names exactly the anchor held."""
    wrong = {"seq": anchored.head_seq, "hash": "0" * 64}
    r = httpx.put(
        f"{central.api_url}/audit-anchor",
        headers=central.auth(anchored.token),
        json={"seq": 1, "hash": "a" * 64, "supersedes": wrong},
        timeout=30,
    )
    assert r.status_code == 409, r.text
    assert r.json()["anchor"]["seq"] == anchored.head_seq
    at_central = _central_anchor(central, anchored.token)
    assert at_central is not None and (at_central["seq"], at_central["hash"]) == (
        anchored.head_seq,
        anchored.head_hash,
    )
    assert "resets" not in at_central
