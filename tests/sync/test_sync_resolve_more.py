"""The remaining refusals of the real central, each resolved through the core and through the
"Perlu perhatian" list: an attachment type it refuses (415), a complaint over its request
limit (413 on the batch), and an operator token used as the desk's (403)."""

from __future__ import annotations

import argparse
import hashlib
import itertools
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from central.testing import RunningServer, running_server
from lapor_desk.attachments import AttachmentStore
from lapor_desk.commands import sync as sync_command
from lapor_desk.desk import Desk
from lapor_desk.domain.complaint import Attachment, Extras
from lapor_desk.sync.resolve import Action, Kind
from ui.shell.app import build_main_window, create_application
from ui.shell.main_window import MainWindow
from ui.sync.resolve_dialogs import RegisterDialog

from factories import PASSWORD, walk_in
from sync_helpers import SERVE_ARGS, central_complaint, open_desk

# Storage behaviour of the sync: on the office's PostgreSQL too.
pytestmark = pytest.mark.usefixtures("both_engines")

WAIT = 30_000
_numbers = itertools.count(1)
LONG_BODY = "Jalan rusak parah, warga mengeluh setiap hari. " * 300  # about 14 kB


@pytest.fixture(scope="module")
def small_central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    """A central that takes requests of at most 8 kB: one long complaint is over it."""
    folder = tmp_path_factory.mktemp("small-central")
    with running_server(serve_args=(*SERVE_ARGS, "--max-request-bytes", "8000"), work_dir=folder) as server:
        yield server


def _exit(desk: Desk, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = sync_command.run(_args(), desk)
    out = capsys.readouterr()
    return code, out.out + out.err


def _legacy_gif(desk: Desk) -> Attachment:
    """A GIF an older desk version let through: in the store, of a type the central refuses."""
    content = b"GIF89a" + random.Random(next(_numbers)).randbytes(900)
    sha = hashlib.sha256(content).hexdigest()
    path = AttachmentStore(desk.paths.data_dir / "attachments").path_for(sha)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return Attachment(sha, "foto-lama.gif", "image/gif", len(content))


def _window(qapp: QApplication, qtbot, desk: Desk) -> MainWindow:
    create_application()
    win = build_main_window(qapp, desk)
    qtbot.addWidget(win)
    win.session.begin(desk.supervision.accounts.create_first_admin("siti", "Siti Rahmawati", PASSWORD))
    assert win.sync_ui is not None
    win.sync_ui.controller.debounce.setInterval(20)
    win.show()
    qtbot.waitExposed(win)
    return win


def _close(win: MainWindow) -> None:
    win.close()
    assert win.sync_ui is not None
    for _ in range(50):
        win.tasks.wait()
        win.sync_ui.controller.worker.wait()
        QApplication.processEvents()
        if not win.tasks._relays and not win.sync_ui.controller.worker._relays:
            break


def _state(desk: Desk, cid: int) -> str:
    assert desk.sync is not None
    return str((desk.sync.item(cid) or {}).get("state"))


def _select(qtbot, win: MainWindow, kind: Kind) -> None:
    assert win.sync_ui is not None
    panel = win.sync_ui.panel
    win.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: [p.kind for p in panel.items] == [kind], timeout=WAIT)
    panel.list.setCurrentRow(0)


def _left():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_attachment_type_refused_415_core_then_list(
    qapp: QApplication, qtbot, tmp_path: Path, central: RunningServer, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = open_desk(tmp_path / "desk", central.api_url, central.add_desk(f"RM-{next(_numbers)}"))
    try:
        assert desk.sync is not None
        # Through the core.
        first = desk.complaints.record(
            walk_in(title="Foto lama dari meja versi dulu"), extras=Extras(attachments=(_legacy_gif(desk),))
        ).complaint
        code, text = _exit(desk, capsys)
        [problem] = desk.sync.problems()
        assert problem.kind is Kind.ATTACHMENT and problem.actions == (Action.EDIT,)
        assert code == 2 and "foto-lama.gif" in text and "lampiran" in text
        desk.complaints.record(
            walk_in(title="Foto lama dari meja versi dulu"), complaint_id=first.id, extras=Extras(attachments=())
        )
        assert _exit(desk, capsys)[0] == 0 and _state(desk, first.id) == "synced"
        # Through the list.
        win = _window(qapp, qtbot, desk)
        try:
            second = desk.complaints.record(
                walk_in(title="Foto lama kedua dari meja"), extras=Extras(attachments=(_legacy_gif(desk),))
            ).complaint
            _select(qtbot, win, Kind.ATTACHMENT)
            assert "foto-lama.gif" in win.sync_ui.panel.list.item(0).text()  # type: ignore[union-attr]
            qtbot.mouseClick(win.sync_ui.panel.buttons[Action.EDIT], _left())  # type: ignore[union-attr]
            qtbot.waitUntil(lambda: win.intake.complaint_id == second.id, timeout=WAIT)
            assert win.intake.result is not None and win.intake.result.errors
            desk.complaints.record(
                walk_in(title="Foto lama kedua dari meja"), complaint_id=second.id, extras=Extras(attachments=())
            )
            qtbot.waitUntil(
                lambda: (
                    win.sync_ui.panel.list.count() == 0  # type: ignore[union-attr]
                    and _state(desk, second.id) == "synced"
                ),
                timeout=WAIT,
            )
        finally:
            _close(win)
        for c in (first, second):
            remote = central_complaint(central, int(desk.sync.item(c.id)["tracking_id"]))  # type: ignore[index]
            assert remote["attachments"] == [] and remote["title"] == desk.complaints.get(c.id).title
    finally:
        desk.close()


def test_a_complaint_over_the_request_limit_core_then_list(
    qapp: QApplication, qtbot, tmp_path: Path, small_central: RunningServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server = small_central
    desk = open_desk(tmp_path / "desk", server.api_url, server.add_desk(f"RM-{next(_numbers)}"))
    try:
        assert desk.sync is not None
        first = desk.complaints.record(walk_in(body=LONG_BODY)).complaint
        code, text = _exit(desk, capsys)
        [problem] = desk.sync.problems()
        assert problem.kind is Kind.TOO_LARGE and problem.actions == (Action.EDIT,)
        assert code == 2 and "lebih besar dari batas kiriman pusat" in text
        desk.complaints.record(walk_in(body=LONG_BODY[:2000]), complaint_id=first.id)
        assert _exit(desk, capsys)[0] == 0 and _state(desk, first.id) == "synced"
        win = _window(qapp, qtbot, desk)
        try:
            second = desk.complaints.record(walk_in(title="Pengaduan kedua yang panjang", body=LONG_BODY)).complaint
            _select(qtbot, win, Kind.TOO_LARGE)
            qtbot.mouseClick(win.sync_ui.panel.buttons[Action.EDIT], _left())  # type: ignore[union-attr]
            qtbot.waitUntil(lambda: win.intake.complaint_id == second.id, timeout=WAIT)
            desk.complaints.record(
                walk_in(title="Pengaduan kedua yang panjang", body=LONG_BODY[:3000]), complaint_id=second.id
            )
            qtbot.waitUntil(
                lambda: (
                    win.sync_ui.panel.list.count() == 0  # type: ignore[union-attr]
                    and _state(desk, second.id) == "synced"
                ),
                timeout=WAIT,
            )
        finally:
            _close(win)
        remote = central_complaint(server, int(desk.sync.item(second.id)["tracking_id"]))  # type: ignore[index]
        assert remote["body"] == LONG_BODY[:3000].strip()
    finally:
        desk.close()


def test_an_operator_token_used_as_the_desk_token_403_core_then_list(
    qapp: QApplication, qtbot, tmp_path: Path, central: RunningServer, capsys: pytest.CaptureFixture[str]
) -> None:
    token = central.add_desk(f"RM-{next(_numbers)}")
    desk = open_desk(tmp_path / "desk", central.api_url, central.operator_token)  # the wrong kind of token
    try:
        assert desk.sync is not None
        first = desk.complaints.record(walk_in()).complaint
        code, text = _exit(desk, capsys)
        assert code == 1
        [problem] = desk.sync.problems()
        assert problem.kind is Kind.REGISTRATION and problem.actions == (Action.REGISTER,)
        assert _state(desk, first.id) == "pending"  # nothing lost: it waits
        desk.sync.register(central.api_url, token)  # through the core
        assert _exit(desk, capsys)[0] == 0 and _state(desk, first.id) == "synced"
        desk.sync.register(central.api_url, central.operator_token)  # wrong again; now through the list
        win = _window(qapp, qtbot, desk)
        try:
            second = desk.complaints.record(walk_in(title="Setelah token salah lagi")).complaint
            _select(qtbot, win, Kind.REGISTRATION)
            sync_ui = win.sync_ui
            assert sync_ui is not None
            qtbot.mouseClick(sync_ui.panel.buttons[Action.REGISTER], _left())
            qtbot.waitUntil(
                lambda: isinstance(sync_ui.dialog, RegisterDialog) and sync_ui.dialog.isVisible(), timeout=WAIT
            )
            dialog = sync_ui.dialog
            assert isinstance(dialog, RegisterDialog) and dialog.url.text() == central.api_url
            dialog.token.setText(token)
            dialog.accept()
            qtbot.waitUntil(
                lambda: sync_ui.panel.list.count() == 0 and _state(desk, second.id) == "synced", timeout=WAIT
            )
        finally:
            _close(win)
        assert (
            central_complaint(central, int(desk.sync.item(second.id)["tracking_id"]))["title"]
            == "Setelah token salah lagi"
        )  # type: ignore[index]
    finally:
        desk.close()


def _args() -> argparse.Namespace:
    """`lapor-desk sync` with no options, from the command's own parser."""
    parser = argparse.ArgumentParser()
    sync_command.configure(parser)
    return parser.parse_args([])
