"""Refusals and their fix, an edit racing an upload, updates pulled back, skew, auth, 429, 503."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from central.testing import RunningServer, running_server
from lapor_desk.sync.problems import as_validation_result, reasons
from lapor_desk.sync.retry import RetryPolicy
from lapor_desk.sync.transport import Outcome, classify

from central_db import arrived
from factories import FixedClock, walk_in
from fault_proxy import FaultProxy
from sync_helpers import SERVE_ARGS, admin_move, central_complaint, open_desk, unique_code

# Storage behaviour of the sync: on the office's PostgreSQL too.
pytestmark = pytest.mark.usefixtures("both_engines")


def test_refused_item_next_to_accepted_ones_then_fixed_and_resent(tmp_path: Path, central: RunningServer) -> None:
    # The desk clock runs two days fast. A time it stamped is taken (corrected by the offset it
    # measured: test_sync_central_bad_days.py), but a date the clerk typed from the desk's
    # calendar is in the future there: refused at its field, and fixable.
    clock = FixedClock(datetime.now(UTC) + timedelta(days=2))
    desk = open_desk(tmp_path / "desk", central.api_url, central.desk_token, clock=clock)
    try:
        assert desk.sync is not None
        good = [desk.complaints.record(walk_in(title=f"Lampu jalan mati nomor {i}")).complaint for i in range(3)]
        bad = desk.complaints.record(walk_in(received_at=clock.now, incident_date=clock.now.date())).complaint
        report = desk.sync.run_cycle()
        assert report.synced == 3 and report.refused == 1
        assert all(desk.sync.item(c.id)["state"] == "synced" for c in good)  # type: ignore[index]
        [attention] = desk.sync.needs_attention()
        assert attention.complaint_id == bad.id
        assert any(e["field"] == "incident_date" for e in attention.errors)
        result = as_validation_result(attention.errors)
        assert [m.field for m in result.errors] == ["incident_date"]
        assert "masa depan" in reasons(attention.errors)[0]  # plain Indonesian
        assert desk.sync.status().needs_fix == 1
        assert desk.sync.clock_warning(desk.sync.status())  # and the skew shows

        # The clerk fixes the time in the form and saves: revision 2 goes out.
        fixed = desk.complaints.record(
            walk_in(received_at=clock.now),  # the incident date as it was
            complaint_id=bad.id,
        ).complaint
        assert fixed.revision == 2
        assert desk.sync.item(bad.id)["state"] == "pending"  # type: ignore[index]
        assert desk.sync.run_cycle().synced == 1
        item = desk.sync.item(bad.id)
        assert item is not None and item["state"] == "synced"
        assert central_complaint(central, int(item["tracking_id"]))["revision"] == 2
        assert desk.sync.needs_attention() == []
    finally:
        desk.close()


def test_an_edit_racing_an_upload_is_sent_again_and_never_marked_synced_early(
    tmp_path: Path, central: RunningServer
) -> None:
    proxy = FaultProxy(central.port)
    desk = open_desk(tmp_path / "desk", proxy.url, central.desk_token)
    try:
        assert desk.sync is not None
        c = desk.complaints.record(walk_in()).complaint
        proxy.hold_batches = True
        cycle = threading.Thread(target=desk.sync.run_cycle)
        cycle.start()
        assert proxy.batch_held.wait(30)  # revision 1 is at the central; its answer is held
        assert desk.sync.item(c.id)["state"] == "sending"  # type: ignore[index]
        desk.complaints.record(walk_in(title="Judul diperbaiki saat dikirim"), complaint_id=c.id)
        proxy.hold_batches = False
        proxy.release.set()
        cycle.join(30)
        item = desk.sync.item(c.id)
        assert item is not None
        assert item["state"] == "pending" and item["revision"] == 2 and item["synced_revision"] == 1
        assert item["tracking_id"]
        desk.sync.run_cycle()
        item = desk.sync.item(c.id)
        assert item is not None and item["state"] == "synced" and item["synced_revision"] == 2
        remote = central_complaint(central, int(item["tracking_id"]))
        assert remote["title"] == "Judul diperbaiki saat dikirim" and remote["revision"] == 2
    finally:
        proxy.close()
        desk.close()


def test_status_changes_and_follow_ups_come_back_into_the_timeline(tmp_path: Path, central: RunningServer) -> None:
    desk = open_desk(tmp_path / "desk", central.api_url, central.desk_token)
    try:
        assert desk.sync is not None
        c = desk.complaints.record(walk_in()).complaint
        other = desk.complaints.record(walk_in(title="Pengaduan lain yang diubah")).complaint
        desk.sync.run_cycle()
        tid = int(desk.sync.item(c.id)["tracking_id"])  # type: ignore[index]
        other_tid = int(desk.sync.item(other.id)["tracking_id"])  # type: ignore[index]
        admin_move(central, tid, "verify", agency="Dinas PUPR Kabupaten Bandung")
        admin_move(central, tid, "follow-up", text="Tim sudah meninjau lokasi; perbaikan minggu depan.")
        # A local edit still waiting when the central moves the complaint on.
        desk.complaints.record(walk_in(title="Judul baru yang belum terkirim"), complaint_id=other.id)
        admin_move(central, other_tid, "verify", agency="Dinas Perhubungan")
        desk.sync.engine_options = {"tries_per_cycle": 1}
        report = desk.sync.run_cycle()
        assert report.updates >= 3
        local = desk.complaints.get(c.id)
        assert str(local.status) == "in_progress"
        kinds = [e.kind for e in local.events]
        assert "central_status" in kinds and "central_follow_up" in kinds
        follow = next(e for e in local.events if e.kind == "central_follow_up")
        assert "perbaikan minggu depan" in str(follow.detail["text"])
        # The unsent edit is untouched by the pull; the central refuses it now (verified).
        edited = desk.complaints.get(other.id)
        assert edited.title == "Judul baru yang belum terkirim" and str(edited.status) == "verified"
        assert desk.sync.item(other.id)["state"] == "needs_fix"  # type: ignore[index]
        # Pulling again adds nothing: the cursor moved with the events.
        before = len(desk.complaints.get(c.id).events)
        assert desk.sync.run_cycle().updates == 0
        assert len(desk.complaints.get(c.id).events) == before
    finally:
        desk.close()


def test_clock_skew_is_measured_and_both_times_kept(tmp_path: Path, central: RunningServer) -> None:
    clock = FixedClock(datetime.now(UTC) + timedelta(minutes=10))
    desk = open_desk(tmp_path / "desk", central.api_url, central.desk_token, clock=clock)
    try:
        assert desk.sync is not None
        c = desk.complaints.record(walk_in()).complaint
        desk.sync.run_cycle()
        status = desk.sync.status()
        assert status.clock_offset_s is not None and -660 < status.clock_offset_s < -540
        assert desk.sync.clock_warning(status)
        item = desk.sync.item(c.id)
        assert item is not None
        gap = (item["synced_at"] - item["synced_at_server"]).total_seconds()  # type: ignore[operator]
        assert 540 < gap < 660
        [attempt] = desk.sync.history(c.id)
        assert 540 < (attempt["at"] - attempt["server_at"]).total_seconds() < 660
    finally:
        desk.close()


def test_a_revoked_token_stops_syncing_and_says_so(tmp_path: Path, central: RunningServer) -> None:
    revoked = unique_code("REVOKE")
    token = central.add_desk(revoked)
    desk = open_desk(tmp_path / "desk", central.api_url, token)
    try:
        assert desk.sync is not None
        desk.complaints.record(walk_in())
        assert desk.sync.run_cycle().outcome == "ok"
        c = desk.complaints.record(walk_in(title="Setelah token dicabut")).complaint
        central.cli("desks", "revoke", revoked)
        report = desk.sync.run_cycle()
        assert report.outcome == "auth"
        status = desk.sync.status()
        assert status.registration_problem and status.waiting == 1 and status.needs_fix == 0
        assert desk.sync.item(c.id)["state"] == "pending"  # type: ignore[index]
        assert any(h["http_status"] == 401 for h in desk.sync.history())
    finally:
        desk.close()


def test_429_with_retry_after_from_a_rate_limited_central(tmp_path: Path) -> None:
    with running_server(serve_args=(*SERVE_ARGS, "--rate-limit", "60"), work_dir=tmp_path / "c") as server:
        desk = open_desk(tmp_path / "desk", server.api_url, server.desk_token)
        try:
            assert desk.sync is not None
            c = desk.complaints.record(walk_in()).complaint
            with httpx.Client(headers=server.auth()) as http:  # use up the desk's burst
                # 60 a minute refill one a second: a machine slow enough to answer no faster
                # never empties the bucket, and the test says so instead of hanging.
                deadline = time.monotonic() + 300
                while http.get(server.api_url + "/updates").status_code != 429:
                    assert time.monotonic() < deadline, "the central never answered 429"
            report = desk.sync.run_cycle()
            assert report.outcome in ("ok", "incomplete"), report
            assert desk.sync.item(c.id)["state"] == "synced"  # type: ignore[index]
            limited = [h for h in desk.sync.history() if h["http_status"] == 429]
            assert limited and limited[-1]["problem_type"].endswith("rate-limited")
        finally:
            desk.close()


def test_503_in_maintenance_waits_for_retry_after_unless_asked(tmp_path: Path, central: RunningServer) -> None:
    desk = open_desk(tmp_path / "desk", central.api_url, central.desk_token)
    try:
        assert desk.sync is not None
        # Retry-After is honoured up to the back-off's maximum (never further ahead than that).
        desk.sync.policy = RetryPolicy(base_s=0.01, cap_s=120.0)
        c = desk.complaints.record(walk_in()).complaint
        central.cli("maintenance", "on")
        asked = datetime.now(UTC)  # the wait counts from the answer, which comes after this
        try:
            report = desk.sync.run_cycle()
        finally:
            central.cli("maintenance", "off")
        assert report.outcome == "unreachable"
        item = desk.sync.item(c.id)
        assert item is not None and item["state"] == "pending" and item["attempts"] == 1
        assert item["next_attempt_at"] > asked + timedelta(seconds=50)  # Retry-After: 60
        assert desk.sync.run_cycle().sent == 0  # not due yet
        assert desk.sync.run_cycle(force=True).synced == 1  # "Sync now"
    finally:
        desk.close()


def test_answers_are_classified() -> None:
    assert classify(200) is Outcome.OK and classify(304) is Outcome.OK
    for status in (429, 500, 502, 503, 504):
        assert classify(status) is Outcome.RETRY
    assert classify(422) is Outcome.NEEDS_FIX
    assert classify(401) is Outcome.AUTH and classify(403) is Outcome.AUTH
    assert classify(413) is Outcome.ATTACHMENT and classify(415) is Outcome.ATTACHMENT


def test_each_central_complaint_arrived_once(central: RunningServer) -> None:
    rows = arrived(central, central.desk_code)
    assert len({r["client_id"] for r in rows}) == len(rows)
