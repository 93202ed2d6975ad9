"""pytest-qt: each refusal of the real central resolved from the "Perlu perhatian" list (issue 19).

The window syncs by itself (its controller), the central is a real `lapor-central serve`,
and every way out is taken by clicking the panel's buttons; the end state is checked on
both sides.
"""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from central.testing import RunningServer
from lapor_desk.accounts.roles import Role
from lapor_desk.attachments import AttachmentStore
from lapor_desk.desk import Desk
from lapor_desk.domain.complaint import Attachment, Extras
from lapor_desk.sync.resolve import Action, Kind
from ui.shell.app import build_main_window, create_application
from ui.shell.main_window import MainWindow
from ui.sync.resolve_dialogs import RegisterDialog, SupplementDialog
from ui.sync.sync_controller import SyncUi

from factories import PASSWORD, walk_in
from sync_helpers import admin_move, central_complaint, open_desk

WAIT = 30_000
_numbers = itertools.count(1)


@pytest.fixture
def token(central: RunningServer) -> str:
    return central.add_desk(f"RUI-{next(_numbers)}")


@pytest.fixture
def desk(tmp_path: Path, central: RunningServer, token: str) -> Iterator[Desk]:
    d = open_desk(tmp_path / "desk", central.api_url, token)
    yield d
    d.close()


def _window(qapp: QApplication, qtbot, desk: Desk, role: Role = Role.ADMIN) -> MainWindow:
    create_application()
    win = build_main_window(qapp, desk)
    qtbot.addWidget(win)
    accounts = desk.supervision.accounts
    admin = accounts.create_first_admin("siti", "Siti Rahmawati", PASSWORD)
    if role is not Role.ADMIN:
        accounts.add_account(admin, "andi", "Andi", role, PASSWORD)
        admin = accounts.change_own_password(accounts.sign_in("andi", PASSWORD), PASSWORD, PASSWORD)
    win.session.begin(admin)
    assert win.sync_ui is not None
    win.sync_ui.controller.debounce.setInterval(20)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(qapp: QApplication, qtbot, desk: Desk) -> Iterator[MainWindow]:
    win = _window(qapp, qtbot, desk)
    yield win
    _close(win)


def _ui(window: MainWindow) -> SyncUi:
    assert window.sync_ui is not None
    return window.sync_ui


def _state(desk: Desk, cid: int) -> str:
    assert desk.sync is not None
    return str((desk.sync.item(cid) or {}).get("state"))


def _select(qtbot, sync_ui: SyncUi, kind: Kind) -> None:
    panel = sync_ui.panel
    window = panel.window()
    assert isinstance(window, MainWindow)
    window.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: [p.kind for p in panel.items] == [kind], timeout=WAIT)
    panel.list.setCurrentRow(0)


def _locked(qtbot, desk: Desk, central: RunningServer) -> tuple[int, int]:
    c = desk.complaints.record(walk_in(title="Lampu penerangan jalan padam")).complaint
    qtbot.waitUntil(lambda: _state(desk, c.id) == "synced", timeout=WAIT)
    assert desk.sync is not None
    tid = int(desk.sync.item(c.id)["tracking_id"])  # type: ignore[index]
    admin_move(central, tid, "verify", agency="Dinas Perhubungan")
    desk.complaints.record(
        walk_in(
            title="Lampu penerangan jalan padam sepekan",
            body="Tambahan dari warga: lampu padam sejak tujuh hari, jalan gelap gulita.",
        ),
        complaint_id=c.id,
    )
    qtbot.waitUntil(lambda: _state(desk, c.id) == "needs_fix", timeout=WAIT)
    return c.id, tid


def test_locked_edit_sent_as_a_supplement_from_the_list(
    window: MainWindow, qtbot, desk: Desk, central: RunningServer
) -> None:
    sync_ui = _ui(window)
    cid, tid = _locked(qtbot, desk, central)
    _select(qtbot, sync_ui, Kind.LOCKED)
    panel = sync_ui.panel
    assert "Terverifikasi" in panel.list.item(0).text()
    assert panel.buttons[Action.SUPPLEMENT].isVisible() and panel.buttons[Action.SUPPLEMENT].isEnabled()
    assert not panel.buttons[Action.EDIT].isVisible()  # a locked complaint cannot be fixed by an edit
    qtbot.mouseClick(panel.buttons[Action.SUPPLEMENT], _left())
    qtbot.waitUntil(lambda: isinstance(sync_ui.dialog, SupplementDialog) and sync_ui.dialog.isVisible(), timeout=WAIT)
    dialog = sync_ui.dialog
    assert isinstance(dialog, SupplementDialog) and "sejak tujuh hari" in dialog.value()
    dialog.text.setPlainText("Warga: lampu padam sejak tujuh hari, jalan gelap gulita.")
    qtbot.mouseClick(dialog.send_button, _left())
    qtbot.waitUntil(
        lambda: (
            [r["text"] for r in central_complaint(central, tid)["replies"]]
            == ["Warga: lampu padam sejak tujuh hari, jalan gelap gulita."]
        ),
        timeout=WAIT,
    )
    qtbot.waitUntil(lambda: panel.list.count() == 0, timeout=WAIT)
    assert desk.complaints.get(cid).title == central_complaint(central, tid)["title"] == "Lampu penerangan jalan padam"


def test_locked_edit_discarded_from_the_list(window: MainWindow, qtbot, desk: Desk, central: RunningServer) -> None:
    sync_ui = _ui(window)
    cid, tid = _locked(qtbot, desk, central)
    _select(qtbot, sync_ui, Kind.LOCKED)
    qtbot.mouseClick(sync_ui.panel.buttons[Action.DISCARD], _left())
    qtbot.waitUntil(lambda: isinstance(sync_ui.dialog, QMessageBox) and sync_ui.dialog.isVisible(), timeout=WAIT)
    box = sync_ui.dialog
    assert isinstance(box, QMessageBox)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), _left())
    qtbot.waitUntil(lambda: sync_ui.panel.list.count() == 0 and _state(desk, cid) == "synced", timeout=WAIT)
    local, remote = desk.complaints.get(cid), central_complaint(central, tid)
    assert local.title == remote["title"] and local.body == remote["body"] and local.revision == remote["revision"]


def test_a_clerk_sees_the_locked_edit_but_may_not_discard_it(
    qapp: QApplication, qtbot, desk: Desk, central: RunningServer
) -> None:
    win = _window(qapp, qtbot, desk, Role.CLERK)
    try:
        sync_ui = _ui(win)
        _locked(qtbot, desk, central)
        _select(qtbot, sync_ui, Kind.LOCKED)
        for action in (Action.SUPPLEMENT, Action.DISCARD):
            button = sync_ui.panel.buttons[action]
            assert button.isVisible() and not button.isEnabled()
        assert "supervisor" in sync_ui.panel.hint.text()
    finally:
        _close(win)


def test_field_error_opened_fixed_and_gone(qapp: QApplication, qtbot, tmp_path: Path, central: RunningServer) -> None:
    from datetime import UTC, datetime, timedelta

    from factories import FixedClock

    clock = FixedClock(datetime.now(UTC) + timedelta(days=2))
    desk = open_desk(tmp_path / "fast", central.api_url, central.add_desk(f"RUI-{next(_numbers)}"), clock=clock)
    win = _window(qapp, qtbot, desk)
    try:
        sync_ui = _ui(win)
        # A date typed from the fast desk's calendar (a stamp would be corrected).
        c = desk.complaints.record(walk_in(received_at=clock.now, incident_date=clock.now.date())).complaint
        _select(qtbot, sync_ui, Kind.FIELDS)
        qtbot.mouseClick(sync_ui.panel.buttons[Action.EDIT], _left())
        qtbot.waitUntil(lambda: win.intake.complaint_id == c.id, timeout=WAIT)
        assert win.intake.result is not None and [m.field for m in win.intake.result.errors] == ["incident_date"]
        desk.complaints.record(walk_in(received_at=clock.now), complaint_id=c.id)  # the date as it was
        qtbot.waitUntil(lambda: sync_ui.panel.list.count() == 0 and _state(desk, c.id) == "synced", timeout=WAIT)
    finally:
        _close(win)
        desk.close()


def test_attachment_refused_then_removed_in_the_form(
    window: MainWindow, qtbot, desk: Desk, tmp_path: Path, central: RunningServer
) -> None:
    import random

    sync_ui = _ui(window)
    store = AttachmentStore(desk.paths.data_dir / "attachments")
    source = tmp_path / "pindaian.pdf"
    source.write_bytes(b"%PDF-1.4\n" + random.Random(3).randbytes(260_000))  # over the central's 200 kB
    stored = store.add(source)
    big = Attachment(stored.sha256, stored.filename, stored.media_type, stored.size)
    c = desk.complaints.record(walk_in(), extras=Extras(attachments=(big,))).complaint
    _select(qtbot, sync_ui, Kind.ATTACHMENT)
    assert "pindaian.pdf" in sync_ui.panel.list.item(0).text()
    qtbot.mouseClick(sync_ui.panel.buttons[Action.EDIT], _left())
    qtbot.waitUntil(lambda: window.intake.complaint_id == c.id, timeout=WAIT)
    desk.complaints.record(walk_in(), complaint_id=c.id, extras=Extras(attachments=()))
    qtbot.waitUntil(lambda: sync_ui.panel.list.count() == 0 and _state(desk, c.id) == "synced", timeout=WAIT)
    assert desk.sync is not None
    tid = int(desk.sync.item(c.id)["tracking_id"])  # type: ignore[index]
    assert central_complaint(central, tid)["attachments"] == []


def test_revision_conflict_sent_again_as_a_new_revision(
    qapp: QApplication, qtbot, tmp_path: Path, central: RunningServer
) -> None:
    home, token = tmp_path / "desk", central.add_desk(f"RUI-{next(_numbers)}")
    desk = open_desk(home, central.api_url, token)
    assert desk.sync is not None
    c = desk.complaints.record(walk_in()).complaint
    desk.sync.run_cycle()
    desk.close()
    shutil.copy(home / "desk.sqlite3", tmp_path / "backup.sqlite3")
    desk = open_desk(home, central.api_url, token)
    assert desk.sync is not None
    desk.complaints.record(walk_in(title="Revisi kedua sebelum pemulihan"), complaint_id=c.id)
    desk.sync.run_cycle()
    desk.close()
    shutil.copy(tmp_path / "backup.sqlite3", home / "desk.sqlite3")  # a backup restored
    desk = open_desk(home, central.api_url, token)
    win = _window(qapp, qtbot, desk)
    try:
        sync_ui = _ui(win)
        desk.complaints.record(walk_in(title="Revisi kedua yang lain"), complaint_id=c.id)
        _select(qtbot, sync_ui, Kind.CONFLICT)
        qtbot.mouseClick(sync_ui.panel.buttons[Action.NEW_REVISION], _left())
        qtbot.waitUntil(lambda: sync_ui.panel.list.count() == 0 and _state(desk, c.id) == "synced", timeout=WAIT)
        remote = central_complaint(central, int(desk.sync.item(c.id)["tracking_id"]))  # type: ignore[index]
        assert remote["revision"] == 3 and remote["title"] == "Revisi kedua yang lain"
    finally:
        _close(win)
        desk.close()


def test_revoked_token_and_a_reply_the_central_does_not_know(
    window: MainWindow, qtbot, desk: Desk, central: RunningServer, token: str
) -> None:
    """401: registered again from the list; 404 on a reply: sent again once the desk is right."""
    sync_ui = _ui(window)
    assert desk.sync is not None
    c = desk.complaints.record(walk_in()).complaint
    qtbot.waitUntil(lambda: _state(desk, c.id) == "synced", timeout=WAIT)
    tid = int(desk.sync.item(c.id)["tracking_id"])  # type: ignore[index]
    # Registered by mistake with another desk's token: the reply is 404 there.
    other_code = f"RUI-{next(_numbers)}"
    desk.sync.register(central.api_url, central.add_desk(other_code))
    desk.complaints.record_reply(c.id, "Pelapor menanyakan perkembangan laporan.")
    sync_ui.controller.sync_now()
    _select(qtbot, sync_ui, Kind.REPLY_UNKNOWN)
    assert "404" in sync_ui.panel.list.item(0).text()
    # Then that token is revoked: the registration is the problem now, with its own button.
    central.cli("desks", "revoke", other_code)
    sync_ui.controller.sync_now()
    qtbot.waitUntil(
        lambda: [p.kind for p in sync_ui.panel.items] == [Kind.REGISTRATION, Kind.REPLY_UNKNOWN], timeout=WAIT
    )
    sync_ui.panel.list.setCurrentRow(0)
    qtbot.mouseClick(sync_ui.panel.buttons[Action.REGISTER], _left())
    qtbot.waitUntil(lambda: isinstance(sync_ui.dialog, RegisterDialog) and sync_ui.dialog.isVisible(), timeout=WAIT)
    dialog = sync_ui.dialog
    assert isinstance(dialog, RegisterDialog)
    dialog.token.setText(token)  # this desk's own token
    dialog.accept()
    qtbot.waitUntil(lambda: [p.kind for p in sync_ui.panel.items] == [Kind.REPLY_UNKNOWN], timeout=WAIT)
    sync_ui.panel.list.setCurrentRow(0)
    qtbot.mouseClick(sync_ui.panel.buttons[Action.RETRY_REPLY], _left())
    qtbot.waitUntil(lambda: sync_ui.panel.list.count() == 0, timeout=WAIT)
    qtbot.waitUntil(
        lambda: (
            [r["text"] for r in central_complaint(central, tid)["replies"]]
            == ["Pelapor menanyakan perkembangan laporan."]
        ),
        timeout=WAIT,
    )


def _close(win: MainWindow) -> None:
    """Close, then deliver the answers of reads that finished meanwhile while their widgets
    still exist (the window is deleted at teardown)."""
    win.close()
    sync_ui = _ui(win)
    for _ in range(50):  # answers queued before the close arrive; nothing new starts after it
        win.tasks.wait()
        sync_ui.controller.worker.wait()
        QApplication.processEvents()
        if not win.tasks._relays and not sync_ui.controller.worker._relays:
            break


def _left():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_a_locked_complaint_opens_read_only_with_the_reason_and_takes_a_supplement(
    window: MainWindow, qtbot, desk: Desk, central: RunningServer
) -> None:
    sync_ui = _ui(window)
    assert desk.sync is not None
    c = desk.complaints.record(walk_in()).complaint
    qtbot.waitUntil(lambda: _state(desk, c.id) == "synced", timeout=WAIT)
    tid = int(desk.sync.item(c.id)["tracking_id"])  # type: ignore[index]
    admin_move(central, tid, "verify", agency="Dinas PUPR")
    sync_ui.controller.sync_now()
    qtbot.waitUntil(lambda: str(desk.complaints.get(c.id).status) == "verified", timeout=WAIT)
    window.open_complaint(c.id)
    qtbot.waitUntil(lambda: len(window.views) == 1, timeout=WAIT)
    view = window.views[0]
    assert not view.edit_button.isEnabled()
    assert view.locked_note.isVisible() and "Terverifikasi" in view.locked_note.text()
    assert view.supplement_button.isVisible()
    qtbot.mouseClick(view.supplement_button, _left())
    qtbot.waitUntil(lambda: isinstance(sync_ui.dialog, SupplementDialog) and sync_ui.dialog.isVisible(), timeout=WAIT)
    dialog = sync_ui.dialog
    assert isinstance(dialog, SupplementDialog)
    dialog.text.setPlainText("Warga menyerahkan foto jalan yang rusak.")
    qtbot.mouseClick(dialog.send_button, _left())
    qtbot.waitUntil(
        lambda: (
            [r["text"] for r in central_complaint(central, tid)["replies"]]
            == ["Warga menyerahkan foto jalan yang rusak."]
        ),
        timeout=WAIT,
    )
    qtbot.waitUntil(lambda: len(window.views) == 1 and window.views[0] is not view, timeout=WAIT)
    timeline = window.views[0].timeline
    texts = [timeline.item(r, 1).text() for r in range(timeline.rowCount())]
    assert any("keterangan tambahan" in t and "foto jalan" in t for t in texts)
