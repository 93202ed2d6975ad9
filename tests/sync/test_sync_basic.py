"""The queue against a real central: recording queues, a cycle syncs, drafts and demo stay home."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

from central.testing import RunningServer
from lapor_desk.demo import DemoGenerator, pilot_places, write_demo_data
from lapor_desk.desk import Desk
from lapor_desk.sync import outbox, state
from lapor_desk.sync.installation import FILE_NAME as installation_file
from lapor_desk.sync.installation import adopt

from factories import walk_in
from sync_helpers import TEST_PC, central_complaint, open_desk


def test_recorded_complaints_reach_the_central_once_with_their_content(desk: Desk, central: RunningServer) -> None:
    assert desk.sync is not None
    saved = [desk.complaints.record(walk_in(title=f"Jalan desa rusak nomor {i}")).complaint for i in range(5)]
    draft = desk.complaints.save_draft(walk_in(title="Masih draf, belum dikirim")).complaint
    status = desk.sync.status()
    assert status.waiting == 5 and status.oldest_queued_at is not None

    report = desk.sync.run_cycle()
    assert report.outcome == "ok", report
    assert report.synced == 5
    assert desk.sync.item(draft.id) is None  # drafts are local only
    for c in saved:
        item = desk.sync.item(c.id)
        assert item is not None and item["state"] == "synced" and item["tracking_id"]
        remote = central_complaint(central, int(item["tracking_id"]))
        assert remote["client_id"] == c.client_id and remote["title"] == c.title
        local = desk.complaints.get(c.id)
        assert str(local.status) == "unverified"
        assert any(e.kind == "synced" for e in local.events)
    # A second cycle sends nothing again.
    again = desk.sync.run_cycle()
    assert again.outcome == "ok" and again.sent == 0
    assert desk.sync.status().waiting == 0


def test_an_edit_after_sync_goes_again_with_a_higher_revision(desk: Desk, central: RunningServer) -> None:
    assert desk.sync is not None
    c = desk.complaints.record(walk_in()).complaint
    assert desk.sync.run_cycle().synced == 1
    first = desk.sync.item(c.id)
    # The accepted content is the row's own payload: readers get it, the row holds no copy.
    assert first is not None and first["accepted_payload"] == first["payload"]
    assert _stored_accepted(desk, c.id) == state.SAME_AS_PAYLOAD
    desk.complaints.record(walk_in(title="Jalan desa rusak parah sekali"), complaint_id=c.id)
    item = desk.sync.item(c.id)
    assert item is not None and item["state"] == "pending" and item["revision"] == 2
    # The edit replaced the payload: the central's accepted revision 1 was kept aside first.
    assert item["payload"] != first["payload"] and _stored_accepted(desk, c.id) == first["payload"]
    assert item["accepted_payload"] == first["payload"]
    assert desk.sync.run_cycle().synced == 1
    item = desk.sync.item(c.id)
    assert item is not None
    assert item["accepted_payload"] == item["payload"] and json.loads(item["payload"])["revision"] == 2
    remote = central_complaint(central, int(item["tracking_id"]))
    assert remote["revision"] == 2 and remote["title"] == "Jalan desa rusak parah sekali"


def _stored_accepted(desk: Desk, complaint_id: int) -> str | None:
    with desk.db.read() as conn:
        return conn.execute(
            state.ITEMS.select().with_only_columns(state.S.accepted_payload).where(state.S.complaint_id == complaint_id)
        ).scalar()


def test_demo_data_is_not_uploaded_unless_asked(desk: Desk) -> None:
    assert desk.sync is not None
    write_demo_data(desk.db, DemoGenerator(pilot_places(), seed=3), 20, hooks=desk.hooks)
    assert desk.sync.status().waiting == 0
    assert desk.sync.enqueue_existing(include_demo=False) == 0
    assert desk.sync.enqueue_existing(include_demo=True) == 20
    assert desk.sync.status().waiting == 20


def test_attempts_are_logged_with_the_servers_request_id(desk: Desk) -> None:
    assert desk.sync is not None
    c = desk.complaints.record(walk_in()).complaint
    desk.sync.run_cycle()
    rows = desk.sync.history(c.id)
    assert rows and rows[0]["http_status"] == 200 and len(str(rows[0]["request_id"])) >= 16
    assert rows[0]["result"] == "created" and rows[0]["duration_ms"] >= 0


def test_reference_data_is_stored_and_refreshed_by_etag(desk: Desk) -> None:
    assert desk.sync is not None
    desk.sync.run_cycle()
    from sqlalchemy import select

    from lapor_desk.sync.tables import SyncReference

    t = SyncReference.__table__
    with desk.db.read() as conn:
        first = dict(conn.execute(select(t.c.kind, t.c.fetched_at)).all())
    assert set(first) == {"categories", "agencies", "regions"}
    desk.sync.run_cycle()
    with desk.db.read() as conn:
        second = dict(conn.execute(select(t.c.kind, t.c.fetched_at)).all())
    assert second == first  # 304: nothing rewritten


def _cli(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """The command with `stdin` piped in (the desk token for `register`, never on the command line)."""
    # The session's desk token is bound to one installation, and registering checks as this PC: these
    # homes stand for that PC.
    if not (home / "config" / installation_file).exists():
        adopt(home / "config", TEST_PC)
    env = dict(os.environ, LAPOR_DESK_HOME=str(home), LAPOR_DESK_NO_KEYRING="1")
    env.pop("LAPOR_DESK_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "lapor_desk", *args], capture_output=True, text=True, env=env, timeout=120, input=stdin
    )


def test_register_keeps_the_token_out_of_the_settings_file(tmp_path: Path, central: RunningServer) -> None:
    home = tmp_path / "home"
    out = _cli(home, "register", "--url", central.api_url, stdin=central.desk_token)
    assert out.returncode == 0, out.stderr
    settings = json.loads((home / "config" / "settings.json").read_text())
    assert settings["values"]["sync.central_url"] == central.api_url
    assert central.desk_token not in (home / "config" / "settings.json").read_text()
    token_file = home / "config" / "desk-token"
    assert token_file.read_text() == central.desk_token
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    assert "desk-token" in out.stdout  # it says where the token went


def test_sync_command_exit_codes(tmp_path: Path, central: RunningServer) -> None:
    home = tmp_path / "home"
    assert _cli(home, "sync").returncode == 1  # not registered
    desk = open_desk(home, central.api_url, central.desk_token)
    try:
        desk.complaints.record(walk_in())
        bad = desk.complaints.record(walk_in(title="Akan ditolak pusat")).complaint
        with desk.db.write() as conn:  # a payload the central refuses (as an older desk might send)
            row = state.item_state(conn, bad.id)
            assert row is not None
            body = json.loads(row["payload"])
            body["title"] = "x"
            outbox.write_payloads(conn, [(bad.id, _rehash(body))], new=False)
    finally:
        desk.close()
    db = f"sqlite:///{home / 'desk.sqlite3'}"
    out = _cli(home, "--db", db, "sync")
    assert out.returncode == 2, out.stdout + out.stderr
    with_desk = open_desk(home, central.api_url, central.desk_token)
    try:
        assert with_desk.sync is not None
        assert [a.complaint_id for a in with_desk.sync.needs_attention()] == [bad.id]
        with_desk.sync.register("http://127.0.0.1:9/api/v1", central.desk_token)  # nobody there
    finally:
        with_desk.close()
    assert _cli(home, "--db", db, "sync").returncode == 1


def _rehash(body: dict) -> str:
    import hashlib

    from lapor_desk.sync.payload import canonical

    body.pop("payload_hash", None)
    body["payload_hash"] = hashlib.sha256(canonical(body).encode()).hexdigest()
    return canonical(body)


def test_reporter_replies_reach_the_central_once(desk: Desk, central: RunningServer) -> None:
    from sqlalchemy import create_engine, text

    assert desk.sync is not None
    complaint = desk.complaints.record(walk_in(title="Lampu jalan padam di depan pasar")).complaint
    desk.complaints.record_reply(complaint.id, "Warga mengucapkan terima kasih, lampu sudah menyala.", rating=5)
    assert desk.sync.run_cycle().outcome == "ok"  # uploads the complaint, then its reply
    desk.complaints.record_reply(complaint.id, rating=2)  # a later rating alone
    assert desk.sync.run_cycle().outcome == "ok"
    assert desk.sync.run_cycle().outcome == "ok"  # nothing new: nothing sent again

    tracking_id = int(desk.sync.item(complaint.id)["tracking_id"])
    engine = create_engine(central.db_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text("SELECT kind, text, rating FROM replies WHERE tracking_id = :t ORDER BY id"), {"t": tracking_id}
            ).all()
    finally:
        engine.dispose()
    assert [tuple(r) for r in rows] == [
        ("reply", "Warga mengucapkan terima kasih, lampu sudah menyala.", 5),
        ("rating", "", 2),
    ]
    posts = [a for a in desk.sync.history(complaint.id) if "/replies" in str(a["request"])]
    assert len(posts) == 2 and {a["result"] for a in posts} == {"created"}
