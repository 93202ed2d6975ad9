"""Every refusal of the real central has a way out, through the core (issue 19).

Each test makes the central refuse a desk complaint for real, finds the problem in
`SyncService.problems()` with its actions, resolves it through `SyncResolver`, and checks
both sides: synced with the desk's content, or discarded with the central's restored.
"""

from __future__ import annotations

import argparse
import itertools
import json
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from central.testing import RunningServer
from lapor_desk.accounts.roles import Actor, PermissionDenied, Role, seal
from lapor_desk.commands import sync as sync_command
from lapor_desk.desk import Desk
from lapor_desk.storage.supervision_tables import AUDIT
from lapor_desk.sync.resolve import Action, Kind

from factories import FixedClock, walk_in
from sync_helpers import admin_move, central_complaint, open_desk

# Signed in as the account service would (the core refuses actors it did not seal).
CLERK = seal(Actor(2, "andi", "Andi", Role.CLERK))
SUPERVISOR = seal(Actor(3, "rina", "Rina Supervisor", Role.SUPERVISOR))
_numbers = itertools.count(1)


@pytest.fixture
def own_desk(tmp_path: Path, central: RunningServer) -> Iterator[Desk]:
    """A desk with a desk code of its own on the shared central."""
    token = central.add_desk(f"RES-{next(_numbers)}")
    desk = open_desk(tmp_path / "desk", central.api_url, token)
    yield desk
    desk.close()


def _sync_exit(desk: Desk, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = sync_command.run(_args(), desk)
    out = capsys.readouterr()
    return code, out.out + out.err


def _locked_edit(desk: Desk, central: RunningServer) -> tuple[int, int]:
    """A complaint synced, verified at the central, then edited at the desk: refused as locked."""
    assert desk.sync is not None
    c = desk.complaints.record(walk_in(title="Lampu penerangan jalan padam")).complaint
    assert desk.sync.run_cycle().synced == 1
    tid = int(desk.sync.item(c.id)["tracking_id"])  # type: ignore[index]
    admin_move(central, tid, "verify", agency="Dinas Perhubungan")
    desk.complaints.record(
        walk_in(
            title="Lampu penerangan jalan padam sepekan",
            body="Tambahan dari warga: lampu padam sejak tujuh hari, jalan gelap gulita.",
        ),
        complaint_id=c.id,
    )
    desk.sync.run_cycle()
    return c.id, tid


def test_a_locked_edit_is_discarded_by_a_supervisor_and_the_central_content_comes_back(
    own_desk: Desk, central: RunningServer, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = own_desk
    assert desk.sync is not None
    cid, tid = _locked_edit(desk, central)
    [problem] = desk.sync.problems()
    assert problem.kind is Kind.LOCKED and problem.central_status == "verified"
    assert problem.actions == (Action.SUPPLEMENT, Action.DISCARD)
    code, text = _sync_exit(desk, capsys)
    assert code == 2 and "verified" in text and "Yang perlu dilakukan" in text and "keterangan tambahan" in text

    resolver = desk.sync.resolver()
    with pytest.raises(PermissionDenied):
        resolver.discard(CLERK, cid)  # a clerk's work is thrown away only by a supervisor
    resolver.discard(SUPERVISOR, cid)

    local = desk.complaints.get(cid)
    remote = central_complaint(central, tid)
    assert local.title == remote["title"] == "Lampu penerangan jalan padam"
    assert local.body == remote["body"] and local.revision == remote["revision"] == 1
    assert str(local.status) == "verified"  # the central's status, from its feed
    assert desk.sync.item(cid)["state"] == "synced"  # type: ignore[index]
    assert desk.sync.problems() == []
    assert any(e.kind == "sync_discarded" for e in local.events)
    assert any(d.get("action") == "discard_refused_edit" and u == "rina" for u, d in _audit_details(desk))
    code, _text = _sync_exit(desk, capsys)
    assert code == 0
    assert central_complaint(central, tid)["title"] == "Lampu penerangan jalan padam"


def test_a_locked_edit_becomes_a_supplement_shown_at_the_central(
    own_desk: Desk, central: RunningServer, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = own_desk
    assert desk.sync is not None
    cid, tid = _locked_edit(desk, central)
    resolver = desk.sync.resolver()
    draft = resolver.supplement_draft(cid)
    assert "sejak tujuh hari" in draft
    with pytest.raises(PermissionDenied):
        resolver.supplement(CLERK, cid, draft)
    reply_id = resolver.supplement(SUPERVISOR, cid, draft)
    assert desk.sync.problems() == []
    code, _text = _sync_exit(desk, capsys)
    assert code == 0
    remote = central_complaint(central, tid)
    assert [r["text"] for r in remote["replies"]] == [draft]
    assert remote["title"] == desk.complaints.get(cid).title == "Lampu penerangan jalan padam"
    local = desk.complaints.get(cid)
    [supplement] = [e for e in local.events if e.kind == "reporter_reply"]
    assert supplement.detail["reply_id"] == reply_id and supplement.detail["supplement"] is True
    assert any(d.get("action") == "refused_edit_to_supplement" for _u, d in _audit_details(desk))


def test_tambah_keterangan_on_a_locked_complaint_reaches_the_central(own_desk: Desk, central: RunningServer) -> None:
    desk = own_desk
    assert desk.sync is not None
    c = desk.complaints.record(walk_in()).complaint
    desk.sync.run_cycle()
    tid = int(desk.sync.item(c.id)["tracking_id"])  # type: ignore[index]
    admin_move(central, tid, "verify", agency="Dinas PUPR")
    desk.sync.run_cycle()
    assert str(desk.complaints.get(c.id).status) == "verified"
    desk.sync.resolver().add_supplement(CLERK, c.id, "Warga menambahkan foto lokasi lewat petugas.")
    desk.sync.run_cycle()
    assert [r["text"] for r in central_complaint(central, tid)["replies"]] == [
        "Warga menambahkan foto lokasi lewat petugas."
    ]


def test_a_field_error_is_fixed_by_an_edit(
    tmp_path: Path, central: RunningServer, capsys: pytest.CaptureFixture[str]
) -> None:
    clock = FixedClock(datetime.now(UTC) + timedelta(days=2))  # received "now" is the central's future
    desk = open_desk(tmp_path / "desk", central.api_url, central.add_desk(f"RES-{next(_numbers)}"), clock=clock)
    try:
        assert desk.sync is not None
        # A date the clerk typed from the fast desk's calendar (a stamp would be corrected).
        c = desk.complaints.record(walk_in(received_at=clock.now, incident_date=clock.now.date())).complaint
        desk.sync.run_cycle()
        [problem] = desk.sync.problems()
        assert problem.kind is Kind.FIELDS and problem.actions == (Action.EDIT,)
        code, text = _sync_exit(desk, capsys)
        # The field by its label, as the clerk knows it; the skew is said too.
        assert code == 2 and "Tanggal kejadian: " in text and "lebih cepat" in text
        desk.complaints.record(walk_in(received_at=clock.now), complaint_id=c.id)  # the date as it was
        code, _text = _sync_exit(desk, capsys)
        assert code == 0 and desk.sync.problems() == []
    finally:
        desk.close()


def test_a_revision_conflict_after_a_restored_backup_is_sent_as_a_new_revision(
    tmp_path: Path, central: RunningServer
) -> None:
    home = tmp_path / "desk"
    token = central.add_desk(f"RES-{next(_numbers)}")
    desk = open_desk(home, central.api_url, token)
    assert desk.sync is not None
    c = desk.complaints.record(walk_in()).complaint
    desk.sync.run_cycle()
    desk.close()
    shutil.copy(home / "desk.sqlite3", tmp_path / "backup.sqlite3")  # a backup after revision 1
    desk = open_desk(home, central.api_url, token)
    desk.complaints.record(walk_in(title="Revisi kedua sebelum pemulihan"), complaint_id=c.id)
    assert desk.sync is not None and desk.sync.run_cycle().synced == 1
    desk.close()
    shutil.copy(tmp_path / "backup.sqlite3", home / "desk.sqlite3")  # the backup comes back
    desk = open_desk(home, central.api_url, token)
    try:
        assert desk.sync is not None
        desk.complaints.record(walk_in(title="Revisi kedua yang lain"), complaint_id=c.id)
        desk.sync.run_cycle()
        [problem] = desk.sync.problems()
        assert problem.kind is Kind.CONFLICT and Action.NEW_REVISION in problem.actions
        revision = desk.sync.resolver().new_revision(CLERK, c.id)
        assert revision == 3
        assert desk.sync.run_cycle().synced == 1 and desk.sync.problems() == []
        tid = int(desk.sync.item(c.id)["tracking_id"])  # type: ignore[index]
        remote = central_complaint(central, tid)
        assert remote["revision"] == 3 and remote["title"] == "Revisi kedua yang lain"
    finally:
        desk.close()


def test_a_reply_to_a_complaint_the_central_does_not_know_stands_until_resolved(
    own_desk: Desk, central: RunningServer, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = own_desk
    assert desk.sync is not None
    c = desk.complaints.record(walk_in()).complaint
    desk.sync.run_cycle()
    tid = int(desk.sync.item(c.id)["tracking_id"])  # type: ignore[index]
    good_token = desk.sync.tokens.load()
    # Registered by mistake with another desk's token: this desk's complaints are 404 there.
    desk.sync.register(central.api_url, central.add_desk(f"RES-{next(_numbers)}"))
    desk.complaints.record_reply(c.id, "Pelapor menanyakan perkembangan laporan.")
    code, text = _sync_exit(desk, capsys)
    [problem] = desk.sync.problems()
    assert problem.kind is Kind.REPLY_UNKNOWN and problem.actions == (Action.RETRY_REPLY, Action.DROP_REPLY)
    assert code == 2 and "404" in text
    assert _sync_exit(desk, capsys)[0] == 2  # it stands: not retried behind anyone's back

    desk.sync.register(central.api_url, good_token)  # the registration is fixed
    desk.sync.resolver().retry_reply(CLERK, problem.reply_id)
    code, _text = _sync_exit(desk, capsys)
    assert code == 0 and desk.sync.problems() == []
    assert [r["text"] for r in central_complaint(central, tid)["replies"]] == [
        "Pelapor menanyakan perkembangan laporan."
    ]


def test_a_dropped_reply_stays_at_the_desk_only(
    own_desk: Desk, central: RunningServer, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = own_desk
    assert desk.sync is not None
    c = desk.complaints.record(walk_in()).complaint
    desk.sync.run_cycle()
    desk.sync.register(central.api_url, central.add_desk(f"RES-{next(_numbers)}"))
    desk.complaints.record_reply(c.id, "Tanggapan yang tidak akan dikirim.")
    desk.sync.run_cycle()
    [problem] = desk.sync.problems()
    with pytest.raises(PermissionDenied):
        desk.sync.resolver().drop_reply(CLERK, problem.reply_id)
    desk.sync.resolver().drop_reply(SUPERVISOR, problem.reply_id)
    assert desk.sync.problems() == []
    assert _sync_exit(desk, capsys)[0] == 0


def test_a_revoked_token_is_a_registration_problem_resolved_by_registering_again(
    tmp_path: Path, central: RunningServer, capsys: pytest.CaptureFixture[str]
) -> None:
    code_name = f"RES-{next(_numbers)}"
    desk = open_desk(tmp_path / "desk", central.api_url, central.add_desk(code_name))
    try:
        assert desk.sync is not None
        c = desk.complaints.record(walk_in()).complaint
        central.cli("desks", "revoke", code_name)
        code, text = _sync_exit(desk, capsys)
        assert code == 1 and "token" in text
        [problem] = desk.sync.problems()
        assert problem.kind is Kind.REGISTRATION and problem.actions == (Action.REGISTER,)
        desk.sync.register(central.api_url, central.add_desk(f"RES-{next(_numbers)}"))
        code, _text = _sync_exit(desk, capsys)
        assert code == 0 and desk.sync.problems() == []
        assert desk.sync.item(c.id)["state"] == "synced"  # type: ignore[index]
    finally:
        desk.close()


def test_headless_sync_reports_clock_skew_and_the_oldest_unsent_complaint(
    tmp_path: Path, central: RunningServer, capsys: pytest.CaptureFixture[str]
) -> None:
    clock = FixedClock(datetime.now(UTC) - timedelta(hours=3))  # three hours slow: a faked clock
    token = central.add_desk(f"RES-{next(_numbers)}")
    closed = "http://127.0.0.1:9/api/v1"  # nothing listens on the discard port
    desk = open_desk(tmp_path / "desk", closed, token, clock=clock)
    try:
        assert desk.sync is not None
        desk.sync.engine_options = {"tries_per_cycle": 1}
        desk.complaints.record(walk_in(received_at=clock.now - timedelta(hours=1)))
        clock.now += timedelta(hours=2)  # it has waited two hours, the central away meanwhile
        code, text = _sync_exit(desk, capsys)
        assert code == 1
        assert "Pengaduan tertua yang belum terkirim sudah menunggu 2 jam" in text
        desk.sync.register(central.api_url, token)
        code, text = _sync_exit(desk, capsys)
        assert code == 0
        assert "menit lebih lambat dari jam pusat" in text and "Setel jam komputer" in text
        minutes = int(text.split("Jam komputer ini ")[1].split(" menit")[0])
        assert 55 <= minutes <= 65  # one hour slow by now
        desk.settings.set_text("ui.language", "en")
        code, text = _sync_exit(desk, capsys)
        assert "minutes slower than the central's" in text
    finally:
        desk.close()


def _audit_details(desk: Desk) -> list[tuple[str, dict[str, object]]]:
    with desk.db.read() as conn:
        rows = conn.execute(select(AUDIT.c.actor, AUDIT.c.detail)).all()
    return [(str(actor), json.loads(detail)) for actor, detail in rows]


def test_deadlines_use_the_desk_clock_corrected_by_the_measured_offset(tmp_path: Path, central: RunningServer) -> None:
    real = datetime.now(UTC)
    clock = FixedClock(real + timedelta(days=10))  # the desk clock runs ten days fast
    desk = open_desk(tmp_path / "desk", central.api_url, central.add_desk(f"RES-{next(_numbers)}"), clock=clock)
    try:
        assert desk.sync is not None
        c = desk.complaints.record(walk_in(received_at=real - timedelta(hours=1))).complaint
        unmeasured = desk.complaints.deadline_of(c)
        assert unmeasured is not None and unmeasured.as_of == clock.now.date()  # no offset known yet
        assert desk.sync.run_cycle().synced == 1
        c = desk.complaints.get(c.id)
        corrected = desk.complaints.deadline_of(c)
        assert corrected is not None and corrected.as_of == real.date()  # the central's day
        assert str(corrected.state) != "overdue"
        [row] = [r for r in desk.complaints.lookup(c.receipt_number or "") if r.id == c.id]
        assert row.deadline == corrected  # the queue and lookups agree
        clock.now += timedelta(days=3)  # a day after the measurement, it is no longer trusted
        desk.sync._offset = None
        assert desk.complaints.deadline_of(c).as_of == clock.now.date()  # type: ignore[union-attr]
    finally:
        desk.close()


def test_a_rate_limited_headless_sync_says_when_to_run_again_and_then_succeeds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import time

    import httpx

    from central.testing import running_server

    from sync_helpers import SERVE_ARGS

    # 12 a minute: one more request every 5 s, so the cycle right after the burst is refused.
    with running_server(serve_args=(*SERVE_ARGS, "--rate-limit", "12"), work_dir=tmp_path / "c") as server:
        desk = open_desk(tmp_path / "desk", server.api_url, server.desk_token)
        try:
            assert desk.sync is not None
            desk.sync.engine_options = {"tries_per_cycle": 1}  # one 429 ends the cycle
            c = desk.complaints.record(walk_in()).complaint
            with httpx.Client(headers=server.auth()) as http:  # use up the desk's burst
                while http.get(server.api_url + "/updates").status_code != 429:
                    pass
            code, text = _sync_exit(desk, capsys)
            assert code == 1 and "membatasi kiriman meja ini (429)" in text and "Jalankan lagi setelah" in text
            deadline = time.monotonic() + 120  # run again, as it says, until the limit has passed
            while (code := _sync_exit(desk, capsys)[0]) != 0 and time.monotonic() < deadline:
                assert code == 1
                time.sleep(0.5)  # polling interval, so the retries do not keep the limit hit
            assert code == 0 and _state(desk, c.id) == "synced"
        finally:
            desk.close()


def _state(desk: Desk, cid: int) -> str:
    assert desk.sync is not None
    return str((desk.sync.item(cid) or {}).get("state"))


def test_a_locked_edit_goes_after_all_when_the_central_sends_the_complaint_back(
    own_desk: Desk, central: RunningServer, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = own_desk
    assert desk.sync is not None
    cid, tid = _locked_edit(desk, central)
    admin_move(central, tid, "hold", text="Mohon lengkapi kronologi kejadian.")
    desk.sync.run_cycle()  # the feed says on hold: the central takes edits again
    [problem] = desk.sync.problems()
    assert problem.kind is Kind.LOCKED and problem.central_status == "on_hold"
    assert problem.actions[0] is Action.NEW_REVISION
    desk.sync.resolver().new_revision(CLERK, cid)
    code, _text = _sync_exit(desk, capsys)
    assert code == 0
    remote = central_complaint(central, tid)
    assert remote["title"] == "Lampu penerangan jalan padam sepekan" and remote["status"] == "unverified"
    assert desk.sync.status().needs_fix == 0


def _args() -> argparse.Namespace:
    """`lapor-desk sync` with no options, from the command's own parser."""
    parser = argparse.ArgumentParser()
    sync_command.configure(parser)
    return parser.parse_args([])


def test_a_locked_edit_synced_before_the_desk_kept_the_central_content_can_still_go_as_a_supplement(
    own_desk: Desk, central: RunningServer
) -> None:
    from lapor_desk.sync import state
    from lapor_desk.sync.resolve import ResolveError

    desk = own_desk
    assert desk.sync is not None
    cid, tid = _locked_edit(desk, central)
    with desk.db.write() as conn:  # as an older desk version left it: no accepted payload kept
        conn.execute(state.ITEMS.update().where(state.S.complaint_id == cid).values(accepted_payload=None))
    [problem] = desk.sync.problems()
    assert problem.kind is Kind.LOCKED and problem.actions == (Action.SUPPLEMENT,)  # nothing to restore
    with pytest.raises(ResolveError) as refused:
        desk.sync.resolver().discard(SUPERVISOR, cid)
    assert "keterangan tambahan" in refused.value.text("id")
    desk.sync.resolver().supplement(SUPERVISOR, cid, "Lampu padam sejak tujuh hari.")
    desk.sync.run_cycle()
    assert desk.sync.problems() == [] and desk.sync.status().needs_fix == 0
    assert [r["text"] for r in central_complaint(central, tid)["replies"]] == ["Lampu padam sejak tujuh hari."]
