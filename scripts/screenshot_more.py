"""More screens for scripts/screenshots.py (split out to keep that file small): Warga kembali,
Riwayat kirim with its technical details, the admin's Akun and Kalender kerja tabs with their
dialogs, the password change, the Panduan, Tentang, the restore question and refusal, and the
questions the Perlu perhatian panel asks. Each is grabbed in the 1366×768 window or as the
dialog opens over it, at the font size and language the caller set."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QWidget
from shot_wait import settle, wait_until

if TYPE_CHECKING:
    from lapor_desk.desk import Desk
    from ui.shell.main_window import MainWindow

SCREEN = (1366, 768)


def fits(widget: QWidget, name: str) -> None:
    """Warn when a window or dialog is larger than the usual desk screen (its buttons would be off-screen)."""
    size = widget.size()
    if size.width() > SCREEN[0] or size.height() > SCREEN[1]:
        print(f"warning: {name} is {size.width()}×{size.height()}, larger than {SCREEN[0]}×{SCREEN[1]}")


def grab_dialog(dialog: QWidget | None, out: Path, name: str) -> None:
    if dialog is None:
        print(f"warning: no dialog for {name}")
        return
    settle()
    fits(dialog, name)
    dialog.grab().save(str(out / f"{name}.png"))


def close(dialog: QWidget | None) -> None:
    if isinstance(dialog, QDialog):
        dialog.reject()
    elif dialog is not None:
        dialog.close()
    settle(50)


# --- data the screens show (written as the services or the sync would write it)


def seed_history(desk: Desk) -> None:
    """A day of attempts as the sync engine logs them (lapor_desk/sync/engine.py `_log`): sent
    batches, a cut connection, a refused field, the registration refused, a file sent in parts."""
    from sqlalchemy import text

    from lapor_desk.sync import state

    now = datetime.now(UTC)
    with desk.db.write() as conn:
        ids = [int(r[0]) for r in conn.execute(text("SELECT id FROM complaints ORDER BY id LIMIT 30"))]
        rows: list[tuple[int, str, int | None, str, str, str, list[tuple[int, int, str]]]] = [
            (-300, "GET /health", 200, "ok", "", "", []),
            (-299, "POST /complaints/batch (20 items)", 200, "ok", "", "", [(i, 1, "created") for i in ids[:20]]),
            (-298, "POST /complaints/batch (8 items)", None, "retry", "ConnectionError", "connection reset", []),
            (-240, "POST /complaints/batch (8 items)", 200, "ok", "", "", [(i, 1, "created") for i in ids[20:28]]),
            (
                -239,
                "POST /complaints/batch (2 items)",
                200,
                "ok",
                "",
                "",
                [(ids[28], 2, "needs_fix"), (ids[29], 1, "duplicate")],
            ),
            (-120, "HEAD /attachments/" + "ab" * 32, 404, "not_found", "", "", []),
            (-119, "PUT /attachments/" + "ab" * 32 + "/parts/0", 200, "ok", "", "", []),
            (-118, "GET /updates", 200, "ok", "", "", []),
            (-60, "GET /updates", 503, "retry", "about:blank", "Service Unavailable", []),
            (-30, "GET /updates", None, "retry", "ConnectTimeout", "timed out", []),
            (-5, "POST /complaints/batch (3 items)", 401, "auth", "about:blank", "unauthorized", []),
        ]
        for minutes, request, status, outcome, problem, message, items in rows:
            state.log_attempt(
                conn,
                at=now + timedelta(minutes=minutes),
                server_at=None,
                request=request,
                http_status=status,
                outcome=outcome,
                problem_type=problem,
                message=message,
                duration_ms=180 if status else 10_000,
                request_id=f"req-{abs(minutes):04d}" if status else "",
                items=items,
            )


def seed_calendar(desk: Desk, admin: Any) -> None:
    """Two closures the admin added: a joint leave day and a regional closure."""
    from lapor_desk.deadlines import Closure, ClosureKind

    today = datetime.now().date()

    def weekday(days: int) -> date:  # a desk closes on a working day
        day = today + timedelta(days=days)
        return day + timedelta(days=max(0, 7 - day.weekday()) if day.weekday() >= 5 else 0)

    desk.session(admin).calendar.add(
        admin,
        [
            Closure(weekday(12), ClosureKind.JOINT_LEAVE, "Cuti bersama"),
            Closure(weekday(30), ClosureKind.REGIONAL, "Hari jadi Kabupaten Bandung"),
        ],
    )


def garbage_backup(folder: Path) -> Path:
    """A file that is no backup, for the restore's refusal (the preflight refuses it: nothing changes)."""
    path = folder / "bukan-cadangan.db"
    path.write_bytes(b"this is not a database" * 50)
    return path


# --- the screens


def in_window(window: MainWindow, view: QWidget, title: str, out: Path, name: str) -> None:
    """An admin's tab, shown in the supervisor's window as the admin's window shows it."""
    index = window.tabs.addTab(view, title)
    window.tabs.setCurrentIndex(index)
    window.tasks.wait()
    settle()
    window.grab().save(str(out / f"{name}.png"))


def drop_tab(window: MainWindow, view: QWidget) -> None:
    window.tabs.removeTab(window.tabs.indexOf(view))
    view.deleteLater()


def lookup_shots(window: MainWindow, out: Path, tag: str, nik: str) -> None:
    """Warga kembali: before a search, a NIK found, and a number nobody has."""
    lookup = window.lookup
    window.tabs.setCurrentWidget(lookup)
    lookup.clear()
    settle()
    window.grab().save(str(out / f"lookup-empty-{tag}.png"))
    for key, name in ((nik, "found"), ("0812 0000 0000", "none")):
        lookup.box.setText(key)
        lookup.result_label.clear()
        lookup.search_citizen()
        window.tasks.wait()
        wait_until(lambda: bool(lookup.result_label.text()))
        settle()
        window.grab().save(str(out / f"lookup-{name}-{tag}.png"))
    lookup.clear()


def history_shots(window: MainWindow, out: Path, tag: str) -> None:
    """Riwayat kirim, and one attempt's technical details (Enter on a row)."""
    sync_ui = window.sync_ui
    if sync_ui is None:
        return
    history = sync_ui.history
    sync_ui.refresh_history()
    window.tasks.wait()
    wait_until(lambda: history.rowCount() > 0)
    window.tabs.setCurrentWidget(history)
    settle()
    window.grab().save(str(out / f"sync-history-{tag}.png"))
    history.selectRow(2)
    history.show_details(history.model().index(2, 0))
    grab_dialog(history.details, out, f"sync-history-details-{tag}")
    close(history.details)


def attention_dialog_shots(window: MainWindow, out: Path, tag: str) -> None:
    """The questions the Perlu perhatian panel's ways out ask: a supplement's text, a new desk
    token, and a yes/no before work is thrown away."""
    from lapor_desk.sync.resolve import Action, Kind, Problem

    sync_ui = window.sync_ui
    if sync_ui is None:
        return
    problem = Problem(
        Kind.LOCKED,
        (Action.SUPPLEMENT, Action.DISCARD),
        11,
        "KAB-BDG-01-2026-000123",
        "Jalan desa rusak di Cileunyi Kulon",
        central_status="in_progress",
    )
    sync_ui._supplement(problem, "Lubang jalan bertambah dua setelah hujan kemarin.")
    grab_dialog(sync_ui.dialog, out, f"attention-supplement-{tag}")
    close(sync_ui.dialog)
    sync_ui._register()
    grab_dialog(sync_ui.dialog, out, f"attention-register-{tag}")
    close(sync_ui.dialog)
    sync_ui._ask(
        sync_ui.tr("Perubahan yang ditolak pusat dibuang dan isi versi pusat dipakai lagi. Lanjutkan?"), lambda: None
    )
    grab_dialog(sync_ui.dialog, out, f"attention-ask-{tag}")
    close(sync_ui.dialog)


def accounts_shots(window: MainWindow, out: Path, tag: str, admin: Any) -> None:
    """Akun (the admin's): the list, a new account refused at its fields, a password reset."""
    from PySide6.QtCore import QCoreApplication

    from ui.admin.accounts_view import AccountsView

    assert window.desk is not None
    view = window._accounts_view(window.desk.session(admin))
    assert isinstance(view, AccountsView)
    window.tasks.wait()
    wait_until(lambda: bool(view.infos))
    in_window(
        window, view, QCoreApplication.translate("MainWindow", "Akun", "tab: staff accounts"), out, f"accounts-{tag}"
    )
    view.add_account()
    dialog = view.dialog
    settle()
    if dialog is not None:
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()  # empty: refused at the fields
        window.tasks.wait()
        settle()
    grab_dialog(dialog, out, f"account-new-errors-{tag}")
    close(dialog)
    view.select("siti")
    view.reset_password()
    grab_dialog(view.dialog, out, f"account-reset-{tag}")
    close(view.dialog)
    drop_tab(window, view)


def calendar_shot(window: MainWindow, out: Path, tag: str, admin: Any) -> None:
    from PySide6.QtCore import QCoreApplication

    from ui.admin.calendar_view import CalendarView

    assert window.desk is not None
    view = window._calendar_view(window.desk.session(admin))
    assert isinstance(view, CalendarView)
    window.tasks.wait()
    wait_until(lambda: bool(view.closures))
    in_window(window, view, QCoreApplication.translate("MainWindow", "Kalender kerja"), out, f"calendar-{tag}")
    drop_tab(window, view)


def help_shots(window: MainWindow, out: Path, tag: str) -> None:
    """Bantuan: the Panduan's three guides, Tentang lapor-desk, the password change."""
    window.show_guide()
    guide = window.guide
    settle(600)
    for index, name in enumerate(("petugas", "supervisor", "admin")):
        guide.tabs.setCurrentIndex(index)
        grab_dialog(guide, out, f"guide-{name}-{tag}")
    close(guide)
    window._about()
    grab_dialog(window.about_box, out, f"about-{tag}")
    close(window.about_box)
    window.change_password()
    grab_dialog(window.password_dialog, out, f"password-change-{tag}")
    close(window.password_dialog)


def restore_shots(window: MainWindow, out: Path, tag: str, garbage: Path) -> None:
    """The restore's question, then its refusal of a file that is no backup (the desk carries on)."""
    safety = window.data_safety
    if safety is None:
        return
    safety.open_dialog()
    dialog = safety.dialog
    if dialog is None:
        print("warning: no backup dialog for the signed-in account")
        return
    dialog.source.setText(str(garbage))
    dialog.start_restore()
    grab_dialog(dialog.confirm, out, f"restore-ask-{tag}")
    close(dialog.confirm)
    dialog._restore(garbage)
    window.tasks.wait()
    wait_until(lambda: dialog.restore_button.isEnabled())
    grab_dialog(dialog, out, f"restore-refused-{tag}")
    dialog.close()


def more_dialogs(window: MainWindow, out: Path, tag: str, admin: Any, complaint_id: int, language: str) -> None:
    """The reporter's reply, an audit entry's technical details, the Daftarkan ke pusat wizard."""
    from ui.admin.setup_wizard import RegisterWizard
    from ui.supervision.audit_view import AuditView

    window.record_reply(complaint_id)
    dialog = window.reply_dialog
    dialog.text.setPlainText("Jalan sudah ditambal sebagian, tetapi lubang di depan balai desa belum.")
    grab_dialog(dialog, out, f"reply-{tag}")
    close(dialog)
    for title in ("Jejak audit", "Audit trail"):
        audit = window.role_tab(title)
        if isinstance(audit, AuditView):
            window.tasks.wait()
            wait_until(lambda view=audit: view.model.rowCount() > 0)
            audit.show_details(audit.model.index(0, 0))
            grab_dialog(audit.details, out, f"audit-details-{tag}")
            close(audit.details)
            break
    assert window.desk is not None
    wizard = RegisterWizard(window.desk, window.tasks, language, admin.who, window)
    wizard.show()
    grab_dialog(wizard, out, f"register-wizard-{tag}")
    wizard.reject()
    wizard.deleteLater()


def more_screens(
    window: MainWindow, out: Path, tag: str, admin: Any, nik: str, garbage: Path, complaint_id: int, language: str
) -> None:
    """Everything above, at 1366×768; the admin-only parts as the admin (then back)."""
    window.resize(*SCREEN)
    lookup_shots(window, out, tag, nik)
    history_shots(window, out, tag)
    attention_dialog_shots(window, out, tag)
    accounts_shots(window, out, tag, admin)
    calendar_shot(window, out, tag, admin)
    help_shots(window, out, tag)
    more_dialogs(window, out, tag, admin, complaint_id, language)
    if window.data_safety is not None:
        window.data_safety.set_actor(admin)
        restore_shots(window, out, tag, garbage)
        window.data_safety.set_actor(window.actor)
