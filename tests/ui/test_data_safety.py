"""Backup and restore from the window's Data menu (admins), with a progress bar; the daily
upkeep makes its copy off the GUI thread."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from lapor_desk.accounts import Role
from lapor_desk.backups.rotation import list_backups
from lapor_desk.desk import Desk
from ui.shell.main_window import MainWindow

from factories import PASSWORD, first_sign_in, walk_in


def count(path: Path, sql: str = "SELECT count(*) FROM complaints") -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def open_dialog(window: MainWindow):  # type: ignore[no-untyped-def]
    safety = window.data_safety
    assert safety is not None and safety.menu.menuAction().isVisible()
    safety.backup_action.trigger()
    assert safety.dialog is not None and safety.dialog.isVisible()
    return safety.dialog


def test_a_backup_from_the_data_menu_shows_its_progress(window: MainWindow, desk: Desk, qtbot) -> None:
    for i in range(30):
        desk.complaints.record(walk_in(title=f"Jalan desa rusak berlubang nomor {i:03d}"))
    dialog = open_dialog(window)
    seen: list[int] = []
    dialog.progress.valueChanged.connect(seen.append)
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.backup_button.isEnabled() and "tersimpan" in dialog.status.text(), timeout=60_000)
    assert seen and seen[-1] == 100
    [copy] = list_backups(desk.paths.backup_dir)
    assert count(copy.path) == 30
    assert str(copy.path) in dialog.status.text()
    assert copy.path.stat().st_mode & 0o777 == 0o600


def test_an_encrypted_backup_from_the_window_checks_the_passphrase(
    window: MainWindow, desk: Desk, qtbot, tmp_path: Path
) -> None:
    dialog = open_dialog(window)
    dialog.target.setText(str(tmp_path / "usb" / "meja.lapor-backup"))
    dialog.encrypt.setChecked(True)
    dialog.passphrase.setText("kuda-lumping-77")
    dialog.passphrase_again.setText("kuda-lumping-78")
    dialog.backup_button.click()
    assert "tidak sama" in dialog.status.text()
    dialog.passphrase_again.setText("kuda-lumping-77")
    dialog.backup_button.click()
    qtbot.waitUntil(lambda: "tersimpan" in dialog.status.text(), timeout=60_000)
    assert (tmp_path / "usb" / "meja.lapor-backup").read_bytes().startswith(b"LAPOR-DESK-BAK")


def test_the_progress_bar_moves_while_a_backup_is_encrypted(
    window: MainWindow, desk: Desk, qtbot, tmp_path: Path, monkeypatch
) -> None:
    from lapor_desk.backups import crypto

    # Small chunks, so this small desk is sealed in many steps (the format allows any chunk
    # up to 1 MiB; a real desk's file is hundreds of 1 MiB chunks).
    monkeypatch.setattr(crypto, "CHUNK", 4096)
    for i in range(10):
        desk.complaints.record(walk_in(title=f"Jalan desa rusak berlubang nomor {i:03d}"))
    dialog = open_dialog(window)
    seen: list[int] = []
    dialog.progress.valueChanged.connect(seen.append)
    target = tmp_path / "usb" / "meja.lapor-backup"
    dialog.target.setText(str(target))
    dialog.encrypt.setChecked(True)
    dialog.passphrase.setText("kuda-lumping-77")
    dialog.passphrase_again.setText("kuda-lumping-77")
    dialog.backup_button.click()
    qtbot.waitUntil(lambda: "tersimpan" in dialog.status.text(), timeout=60_000)
    sealing = [value for value in seen if 50 < value < 100]
    assert len(set(sealing)) >= 3, seen  # the bar moved through the encryption, not only the copy
    assert seen == sorted(seen) and seen[-1] == 100
    plain = tmp_path / "plain.sqlite3"
    crypto.decrypt_file(target, plain, "kuda-lumping-77")
    assert count(plain) == 10


def test_a_bad_backup_is_refused_and_the_window_carries_on(
    window: MainWindow, desk: Desk, qtbot, tmp_path: Path
) -> None:
    bogus = tmp_path / "bukan.sqlite3"
    bogus.write_bytes(b"not a database at all " * 50)
    dialog = open_dialog(window)
    dialog.source.setText(str(bogus))
    dialog.restore_button.click()
    dialog.confirm.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: "bukan SQLite" in dialog.status.text(), timeout=30_000)
    assert window.fatal_message is None
    assert desk.complaints.record(walk_in()).complaint.receipt_number  # the desk still works


def test_restore_from_the_window_replaces_the_database_and_asks_for_a_restart(
    window: MainWindow, desk: Desk, qtbot, tmp_path: Path
) -> None:
    for i in range(3):
        desk.complaints.record(walk_in(title=f"Jalan desa rusak berlubang nomor {i:03d}"))
    backup = desk.backups.create(tmp_path / "usb" / "meja.sqlite3")
    desk.complaints.record(walk_in(title="Dicatat sesudah cadangan dibuat"))
    dialog = open_dialog(window)
    dialog.source.setText(str(backup))
    dialog.restore_button.click()
    dialog.confirm.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: window.fatal_message is not None and window.fatal_message.isVisible(), timeout=60_000)
    assert "dipulihkan" in window.fatal_message.text()
    db = desk.paths.default_database
    assert count(db) == 3
    assert count(db, "SELECT count(*) FROM audit_entries WHERE action = 'restore'") == 1
    assert list((desk.paths.backup_dir / "replaced").glob("*.sqlite3"))
    window.fatal_message.close()


def test_a_clerk_has_no_data_menu(window: MainWindow, desk: Desk, qtbot) -> None:
    accounts = desk.supervision.accounts
    admin = window.actor
    assert admin is not None
    accounts.add_account(admin, "budi", "Budi Petugas", Role.CLERK, PASSWORD)
    window.sign_out()
    qtbot.waitUntil(lambda: window.actor is None)
    window.session.begin(first_sign_in(accounts, "budi"))
    qtbot.waitUntil(lambda: window.actor is not None)
    assert window.data_safety is not None
    assert not window.data_safety.menu.menuAction().isVisible()
    assert not window.data_safety.backup_action.isEnabled()


def test_the_daily_upkeep_backs_up_off_the_gui_thread(window: MainWindow, desk: Desk, qtbot) -> None:
    assert window.data_safety is not None
    window.data_safety.upkeep()
    qtbot.waitUntil(lambda: bool(list_backups(desk.paths.backup_dir)), timeout=60_000)
    assert [b.kind for b in list_backups(desk.paths.backup_dir)] == ["daily"]
    window.data_safety.upkeep()  # not due again the same day
    window.tasks.wait()
    assert len(list_backups(desk.paths.backup_dir)) == 1
