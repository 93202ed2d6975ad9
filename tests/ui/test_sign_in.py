"""Signing in at the desk: the first admin, each role's screens, lock-out, the idle lock, signing out."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from lapor_desk.accounts import Actor, Role
from lapor_desk.audit import AuditAction, AuditFilter
from lapor_desk.desk import Desk
from lapor_desk.domain.enums import Status
from lapor_desk.domain.queue import QueueFilter
from ui.shell.app import build_main_window, create_application
from ui.shell.main_window import MainWindow
from ui.shell.sign_in import Mode

from factories import PASSWORD, StepMonotonic, walk_in

NIK = "3204051203850002"


@pytest.fixture
def open_window(qapp: QApplication, qtbot, desk: Desk) -> Iterator[Callable[[], MainWindow]]:  # type: ignore[no-untyped-def]
    """The desk's window as a person meets it: nobody signed in yet (built after the test's accounts)."""
    windows: list[MainWindow] = []

    def build() -> MainWindow:
        create_application()
        win = build_main_window(qapp, desk)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        windows.append(win)
        return win

    yield build
    for win in windows:
        win.tasks.wait()
        win.languages.apply("id")


def staff(desk: Desk) -> dict[str, Actor]:
    """An admin, then a supervisor and a clerk whose first passwords are already replaced."""
    accounts = desk.supervision.accounts
    admin = accounts.create_first_admin("admin", "Admin Desa", PASSWORD)
    out = {"admin": admin}
    for username, name, role in (("sri", "Sri Supervisor", Role.SUPERVISOR), ("budi", "Budi Petugas", Role.CLERK)):
        accounts.add_account(admin, username, name, role, "awal-sementara-1")
        first = accounts.sign_in(username, "awal-sementara-1")
        accounts.change_own_password(first, "awal-sementara-1", PASSWORD)
        out[role.value] = accounts.sign_in(username, PASSWORD)
    return out


def sign_in(qtbot, win: MainWindow, username: str, password: str) -> None:  # type: ignore[no-untyped-def]
    page = win.sign_in_page
    qtbot.waitUntil(lambda: page.mode in (Mode.SIGN_IN, Mode.LOCKED))
    if page.mode is Mode.SIGN_IN:
        page.editors["username"].setText(username)
    page.editors["password"].setText(password)
    qtbot.mouseClick(page.submit, Qt.MouseButton.LeftButton)


def tab_titles(win: MainWindow) -> list[str]:
    return [win.tabs.tabText(i).replace("&", "") for i in range(win.tabs.count())]


def test_first_start_asks_for_the_admin_and_checks_the_fields(qtbot, open_window, desk) -> None:  # type: ignore[no-untyped-def]
    bare_window = open_window()
    page = bare_window.sign_in_page
    qtbot.waitUntil(lambda: page.mode is Mode.FIRST_ADMIN)
    assert bare_window.stack.currentWidget() is page
    assert not bare_window.new_action.isEnabled()  # nothing of the desk before signing in
    page.editors["username"].setText("Admin")
    page.editors["display_name"].setText("Admin Kecamatan")
    page.editors["password"].setText("rahasia-123")
    page.editors["password_again"].setText("rahasia-124")
    qtbot.mouseClick(page.submit, Qt.MouseButton.LeftButton)
    assert page.boxes["password_again"].message.text() == "Kedua kata sandi tidak sama."
    assert bare_window.stack.currentWidget() is page

    page.editors["password"].setText("pendek")
    page.editors["password_again"].setText("pendek")
    qtbot.mouseClick(page.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.boxes["password"].message.isVisible())
    assert "minimal 8" in page.boxes["password"].message.text()
    assert page.editors["username"].text() == "Admin"  # what was typed stays

    page.editors["password"].setText("rahasia-123")
    page.editors["password_again"].setText("rahasia-123")
    qtbot.mouseClick(page.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bare_window.stack.currentWidget() is bare_window.body)
    assert bare_window.actor is not None and bare_window.actor.role is Role.ADMIN
    assert {"Akun", "Kalender kerja", "Dasbor", "Tinjauan", "Jejak audit"} <= set(tab_titles(bare_window))
    assert bare_window.status_user.text() == "Admin Kecamatan"  # short: the sync state needs the room
    assert bare_window.status_user.toolTip().startswith("Masuk: Admin Kecamatan (Admin)\nMeja ")


def test_an_admin_made_at_another_counter_meanwhile_turns_the_page_to_sign_in(qtbot, open_window, desk) -> None:  # type: ignore[no-untyped-def]
    """Two counters of an office at their first-start page: the one that saves second is told
    the first admin exists and is shown the sign-in page."""
    win = open_window()
    page = win.sign_in_page
    qtbot.waitUntil(lambda: page.mode is Mode.FIRST_ADMIN)
    desk.supervision.accounts.create_first_admin("admin", "Admin Loket 1", PASSWORD)  # the other counter
    page.editors["username"].setText("admin2")
    page.editors["display_name"].setText("Admin Loket 2")
    page.editors["password"].setText("rahasia-123")
    page.editors["password_again"].setText("rahasia-123")
    qtbot.mouseClick(page.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.mode is Mode.SIGN_IN)
    assert page.message.text() == "Admin pertama sudah dibuat; akun baru dibuat oleh admin."
    assert page.message.isVisible() and page.editors["username"].hasFocus()
    assert win.stack.currentWidget() is page
    sign_in(qtbot, win, "admin", PASSWORD)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.body)
    assert win.actor is not None and win.actor.username == "admin"


@pytest.mark.parametrize(
    ("username", "visible", "hidden"),
    [
        (
            "budi",
            {"Pengaduan baru", "Antrean", "Warga kembali"},
            {"Tinjauan", "Dasbor", "Jejak audit", "Akun", "Nomor kertas"},
        ),
        ("sri", {"Pengaduan baru", "Tinjauan", "Dasbor", "Jejak audit", "Nomor kertas"}, {"Akun", "Kalender kerja"}),
        ("admin", {"Tinjauan", "Dasbor", "Jejak audit", "Nomor kertas", "Akun", "Kalender kerja"}, set()),
    ],
)
def test_each_role_sees_its_screens(qtbot, open_window, desk, username, visible, hidden) -> None:  # type: ignore[no-untyped-def]
    staff(desk)
    bare_window = open_window()
    sign_in(qtbot, bare_window, username, PASSWORD)
    qtbot.waitUntil(lambda: bare_window.stack.currentWidget() is bare_window.body)
    titles = set(tab_titles(bare_window))
    assert visible <= titles
    assert not hidden & titles
    signed_in = desk.supervision.audit.page(AuditFilter(actions=(str(AuditAction.SIGN_IN),), actor=username))
    assert len(signed_in) >= 1


def test_wrong_password_counts_down_then_locks(qtbot, open_window, desk) -> None:  # type: ignore[no-untyped-def]
    staff(desk)
    bare_window = open_window()
    page = bare_window.sign_in_page
    for left in (4, 3, 2, 1):
        sign_in(qtbot, bare_window, "budi", "salah-sekali")
        qtbot.waitUntil(lambda left=left: f": {left}." in page.boxes["password"].message.text())
        assert page.editors["password"].text() == ""  # a wrong password is not left in the box
    sign_in(qtbot, bare_window, "budi", "salah-sekali")
    qtbot.waitUntil(lambda: "dikunci" in page.boxes["password"].message.text())
    sign_in(qtbot, bare_window, "budi", PASSWORD)  # even the right password now waits 15 minutes
    qtbot.waitUntil(lambda: "15 menit" in page.boxes["password"].message.text())
    assert bare_window.actor is None and bare_window.stack.currentWidget() is page


def test_first_password_from_the_admin_must_be_replaced(qtbot, open_window, desk) -> None:  # type: ignore[no-untyped-def]
    accounts = desk.supervision.accounts
    admin = accounts.create_first_admin("admin", "Admin Desa", PASSWORD)
    accounts.add_account(admin, "ayu", "Ayu Petugas", Role.CLERK, "awal-sementara-1")
    bare_window = open_window()
    sign_in(qtbot, bare_window, "ayu", "awal-sementara-1")
    qtbot.waitUntil(
        lambda: getattr(bare_window, "password_dialog", None) is not None and bare_window.password_dialog.isVisible()
    )
    dialog = bare_window.password_dialog
    dialog.editors["old_password"].setText("awal-sementara-1")
    dialog.editors["password"].setText("baru-sekali-99")
    dialog.editors["password_again"].setText("baru-sekali-99")
    with qtbot.waitSignal(dialog.accepted):
        dialog._ok()
    assert not accounts.sign_in("ayu", "baru-sekali-99").must_change_password


def test_idle_lock_hides_the_desk_and_keeps_what_was_typed(qtbot, open_window, desk) -> None:  # type: ignore[no-untyped-def]
    people = staff(desk)
    bare_window = open_window()
    session = bare_window.session
    session.monotonic = clock = StepMonotonic()
    sign_in(qtbot, bare_window, "sri", PASSWORD)
    qtbot.waitUntil(lambda: bare_window.stack.currentWidget() is bare_window.body)
    record = desk.session(people["clerk"]).complaints.record(walk_in(reporter_nik=NIK)).complaint
    bare_window.intake.editors["title"].setText("Lampu jalan mati di Cibiru")
    bare_window.open_complaint(record.id)
    qtbot.waitUntil(lambda: len(bare_window.views) == 1 and bare_window.views[0].isVisible())
    bare_window.record_reply(record.id, bare_window.views[0])
    assert bare_window.reply_dialog.isVisible()

    session.idle_check.setInterval(5)
    clock.value += 10 * 60  # the default idle lock: 10 minutes
    qtbot.waitUntil(lambda: session.locked)
    assert bare_window.stack.currentWidget() is bare_window.sign_in_page
    assert bare_window.sign_in_page.mode is Mode.LOCKED
    assert not bare_window.views[0].isVisible()  # the complaint with its NIK is hidden too
    assert not bare_window.reply_dialog.isVisible()  # and any dialog open over the desk
    assert not bare_window.new_action.isEnabled()

    sign_in(qtbot, bare_window, "sri", "bukan-ini-99")
    qtbot.waitUntil(lambda: bare_window.sign_in_page.boxes["password"].message.isVisible())
    assert session.locked
    sign_in(qtbot, bare_window, "sri", PASSWORD)
    qtbot.waitUntil(lambda: not session.locked)
    assert bare_window.stack.currentWidget() is bare_window.body
    assert bare_window.views[0].isVisible() and bare_window.reply_dialog.isVisible()
    assert bare_window.intake.editors["title"].text() == "Lampu jalan mati di Cibiru"


def test_sign_out_keeps_the_form_as_a_draft_and_clears_the_desk(qtbot, open_window, desk) -> None:  # type: ignore[no-untyped-def]
    people = staff(desk)
    bare_window = open_window()
    sign_in(qtbot, bare_window, "budi", PASSWORD)
    qtbot.waitUntil(lambda: bare_window.stack.currentWidget() is bare_window.body)
    form = bare_window.intake
    assert form.editors["officer_name"].text() == "Budi Petugas"
    form.editors["title"].setText("Sampah menumpuk di pasar")
    form.editors["reporter_name"].setText("Dewi Lestari")
    bare_window.sign_out()
    qtbot.waitUntil(lambda: bare_window.actor is None)
    assert bare_window.stack.currentWidget() is bare_window.sign_in_page
    # The desk's screens went with the session (ui/shell/desk_screens.py): none without one.
    assert bare_window.desk_screens is None
    assert not [i for i in range(bare_window.tabs.count()) if bare_window.tabs.group_of(i) == "desk"]
    drafts = desk.session(people["admin"]).complaints.queue_page(QueueFilter(statuses=(Status.DRAFT,)))
    assert [d.title for d in drafts] == ["Sampah menumpuk di pasar"]
    kept = desk.complaints.get(drafts[0].id)
    assert kept.reporter_name == "Dewi Lestari"
    assert [e.actor for e in kept.events][:1] == ["Budi Petugas"]
    outs = desk.supervision.audit.page(AuditFilter(actions=(str(AuditAction.SIGN_OUT),)))
    bare_window.tasks.wait()
    outs = desk.supervision.audit.page(AuditFilter(actions=(str(AuditAction.SIGN_OUT),)))
    assert [o.actor for o in outs] == ["budi"]

    # Another account, another role: new screens from the new session, the form empty and theirs.
    sign_in(qtbot, bare_window, "sri", PASSWORD)
    qtbot.waitUntil(lambda: bare_window.desk_screens is not None)
    screens, current = bare_window.desk_screens, bare_window.session.current
    assert screens.session is current and current.actor.username == "sri"
    assert bare_window.intake is not form and bare_window.intake.service is current.complaints
    assert bare_window.queue_model.service is current.complaints is bare_window.lookup.service
    assert bare_window.receipts.service is current.complaints
    assert bare_window.intake.editors["title"].text() == ""
    assert bare_window.intake.editors["officer_name"].text() == "Sri Supervisor"
    assert [bare_window.tabs.indexOf(p) for p in screens.pages] == [0, 1, 2]
    assert "Tinjauan" in tab_titles(bare_window)  # the supervisor's tabs, not the clerk's
    qtbot.waitUntil(lambda: bare_window.queue_model.total is not None)  # its first page and count were read


def test_clerk_sees_the_nik_masked_supervisor_sees_it_audited(qtbot, open_window, desk) -> None:  # type: ignore[no-untyped-def]
    people = staff(desk)
    bare_window = open_window()
    complaint = desk.session(people["clerk"]).complaints.record(walk_in(reporter_nik=NIK)).complaint

    def shown_texts() -> set[str]:
        view = bare_window.views[-1]
        return {label.text() for label in view.findChildren(QLabel)}

    sign_in(qtbot, bare_window, "budi", PASSWORD)
    qtbot.waitUntil(lambda: bare_window.actor is not None)
    bare_window.open_complaint(complaint.id)
    qtbot.waitUntil(lambda: len(bare_window.views) == 1)
    assert "320405******0002" in shown_texts() and NIK not in shown_texts()
    bare_window.sign_out()
    qtbot.waitUntil(lambda: bare_window.actor is None)
    assert bare_window.views == []

    sign_in(qtbot, bare_window, "sri", PASSWORD)
    qtbot.waitUntil(lambda: bare_window.actor is not None)
    bare_window.open_complaint(complaint.id)
    qtbot.waitUntil(lambda: len(bare_window.views) == 1)
    assert NIK in shown_texts()
    looks = desk.supervision.audit.page(AuditFilter(actions=(str(AuditAction.VIEW_PERSONAL),), actor="sri"))
    assert [entry.target for entry in looks] == [f"complaint:{complaint.id}"]


def test_sign_out_waits_while_the_form_cannot_be_kept(qtbot, open_window, desk) -> None:  # type: ignore[no-untyped-def]
    staff(desk)
    bare_window = open_window()
    sign_in(qtbot, bare_window, "budi", PASSWORD)
    qtbot.waitUntil(lambda: bare_window.stack.currentWidget() is bare_window.body)
    form = bare_window.intake
    form.editors["title"].setText("Jembatan gantung putus")
    form.editors["incident_date"].setText("31-02-2026")  # no such day: not even a draft can keep it
    bare_window.sign_out()
    qtbot.waitUntil(lambda: getattr(bare_window, "sign_out_message", None) is not None)
    assert bare_window.actor is not None and bare_window.stack.currentWidget() is bare_window.body
    assert "belum keluar" in bare_window.sign_out_message.text()
    assert form.boxes["incident_date"].message.isVisible()  # said at the field
    assert form.editors["title"].text() == "Jembatan gantung putus"  # nothing typed is lost
    bare_window.sign_out_message.close()

    form.editors["incident_date"].setText("01-11-2026")
    bare_window.sign_out()
    qtbot.waitUntil(lambda: bare_window.actor is None)
    assert [r.title for r in desk.complaints.queue_page(QueueFilter())] == ["Jembatan gantung putus"]
