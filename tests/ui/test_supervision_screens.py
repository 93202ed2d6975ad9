"""The supervisor's and the admin's screens: review queue, audit browser, accounts."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox

from lapor_desk.accounts import Role
from lapor_desk.audit import AuditAction, AuditFilter
from lapor_desk.review import ApprovalState, Section
from lapor_desk.settings import FOUR_EYES
from ui.admin.accounts_view import AccountsView
from ui.supervision.audit_view import AuditView
from ui.supervision.review_view import ReviewView

from factories import PASSWORD, first_sign_in, walk_in


def admin_of(window):  # type: ignore[no-untyped-def]
    assert window.actor is not None
    return window.actor


def test_review_queue_approves_and_returns_a_trainees_complaints(window, qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    desk.settings.set(FOUR_EYES, "on")
    accounts = desk.supervision.accounts
    accounts.add_account(admin_of(window), "ayu", "Ayu Magang", Role.CLERK, PASSWORD, is_trainee=True)
    trainee = first_sign_in(accounts, "ayu")
    first = desk.session(trainee).complaints.record(walk_in(title="Jalan berlubang di Cinunuk")).complaint
    second = desk.session(trainee).complaints.record(walk_in(title="Air PDAM keruh di Cileunyi")).complaint

    review = window.role_tab("Tinjauan")
    assert isinstance(review, ReviewView)
    review.show_section(Section.AWAITING_APPROVAL)
    qtbot.waitUntil(lambda: len(review.items) == 2)
    assert review.sections.item(3).text().endswith("(2)")
    assert review.approve_button.isVisible()

    review.select_complaint(first.id)
    review.approve()
    qtbot.waitUntil(lambda: [i.complaint_id for i in review.items] == [second.id])
    assert desk.supervision.review.approval_of(trainee, first.id) == (ApprovalState.APPROVED, "")

    review.select_complaint(second.id)
    review.return_with_note("   ")  # an empty note is refused, and nothing changes
    qtbot.waitUntil(lambda: "catatan" in review.feedback.text().lower())
    assert desk.supervision.review.approval_of(trainee, second.id)[0] is ApprovalState.WAITING
    review.return_with_note("Lengkapi alamat lokasi")
    qtbot.waitUntil(lambda: review.items == [])
    assert desk.supervision.review.approval_of(trainee, second.id) == (ApprovalState.RETURNED, "Lengkapi alamat lokasi")
    decisions = desk.supervision.audit.page(AuditFilter(actions=(str(AuditAction.REVIEW_DECISION),)))
    assert sorted(d.detail["decision"] for d in decisions) == ["approved", "returned"]
    assert {d.actor for d in decisions} == {"siti"}


def test_review_queue_lists_stale_drafts_and_opens_them(window, qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    draft = desk.session(admin_of(window)).complaints.save_draft(walk_in(title="Draf lama")).complaint
    with desk.db.write() as conn:
        conn.exec_driver_sql("UPDATE complaints SET updated_at = datetime('now', '-3 days') WHERE id = ?", (draft.id,))
    review = window.role_tab("Tinjauan")
    review.show_section(Section.STALE_DRAFT)
    qtbot.waitUntil(lambda: [i.complaint_id for i in review.items] == [draft.id])
    assert not review.approve_button.isVisible()  # only the approval section decides
    review.table.selectRow(0)
    with qtbot.waitSignal(review.open_complaint) as opened:
        review.open_button.click()
    assert opened.args == [draft.id]


def test_audit_browser_filters_and_finds_the_edited_row(window, qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    recorded = desk.session(admin_of(window)).complaints.record(walk_in()).complaint
    audit = window.role_tab("Jejak audit")
    assert isinstance(audit, AuditView)
    qtbot.waitUntil(lambda: any(e.action == "create" for e in audit.entries))
    total = desk.supervision.audit.count()
    assert len(audit.entries) == total
    audit.action.setCurrentIndex(audit.action.findData(str(AuditAction.CREATE)))
    qtbot.waitUntil(lambda: [e.action for e in audit.entries] == ["create"])
    assert audit.model.rowCount() == 1 and audit.model.item(0, 4).text() == "Membuat pengaduan"
    # In words, naming the complaint by its receipt number; the stored record one step away.
    assert recorded.receipt_number
    assert audit.model.item(0, 5).text() == f"Mencatat pengaduan {recorded.receipt_number}"
    assert f"complaint:{recorded.id}" in audit.model.item(0, 5).toolTip()
    assert f"complaint:{recorded.id}" in audit.technical(audit.entries[0])

    audit.verify()
    qtbot.waitUntil(lambda: "Rantai utuh" in audit.verify_result.text())
    # Someone edits a row with a SQLite tool behind the app's back.
    target = audit.entries[0].seq
    with sqlite3.connect(desk.db.path) as raw:
        raw.execute("UPDATE audit_entries SET actor = 'orang-lain' WHERE seq = ?", (target,))
    audit.verify()
    qtbot.waitUntil(lambda: "diubah di luar aplikasi" in audit.verify_result.text())
    assert f"#{target}" in audit.verify_result.text()


def test_admin_adds_resets_and_disables_accounts(window, qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    view = window.role_tab("Akun")
    assert isinstance(view, AccountsView)
    qtbot.waitUntil(lambda: [i.username for i in view.infos] == ["siti"])

    view.add_account()
    dialog = view.dialog
    dialog.editors["username"].setText("Budi")
    dialog.editors["display_name"].setText("Budi Petugas")
    dialog.editors["password"].setText("pendek")
    dialog.editors["password_again"].setText("pendek")
    dialog._ok()
    qtbot.waitUntil(lambda: dialog.boxes["password"].message.isVisible())
    assert "minimal 8" in dialog.boxes["password"].message.text()
    assert dialog.isVisible() and dialog.editors["username"].text() == "Budi"
    dialog.editors["password"].setText("awal-sementara-1")
    dialog.editors["password_again"].setText("awal-sementara-1")
    with qtbot.waitSignal(dialog.accepted):
        dialog._ok()
    qtbot.waitUntil(lambda: [i.username for i in view.infos] == ["budi", "siti"])
    assert view.infos[0].role is Role.CLERK and view.infos[0].must_change_password

    view.select("budi")
    view.reset_password()
    reset = view.dialog
    reset.editors["password"].setText("sementara-22")
    reset.editors["password_again"].setText("sementara-22")
    with qtbot.waitSignal(reset.accepted):
        reset._ok()
    qtbot.waitUntil(lambda: "diatur ulang" in view.status.text())
    assert desk.supervision.accounts.sign_in("budi", "sementara-22").must_change_password

    qtbot.waitUntil(lambda: len(view.infos) == 2)
    view.select("siti")
    view.edit_account()  # the last admin may not give up the role
    edit = view.dialog
    role = edit.editors["role"]
    assert isinstance(role, QComboBox)
    role.setCurrentIndex(role.findData(str(Role.CLERK)))
    edit._ok()
    qtbot.waitUntil(lambda: edit.boxes["role"].message.isVisible())
    assert "admin aktif" in edit.boxes["role"].message.text()
    edit.reject()

    view.select("budi")
    view.edit_account()
    edit = view.dialog
    active = edit.editors["active"]
    assert isinstance(active, QCheckBox)
    active.setChecked(False)
    with qtbot.waitSignal(edit.accepted):
        edit._ok()
    qtbot.waitUntil(lambda: any(i.username == "budi" and not i.is_active for i in view.infos))
    changes = desk.supervision.audit.page(
        AuditFilter(actions=(str(AuditAction.ACCOUNT_CHANGE),), target="account:budi")
    )
    assert [c.detail["change"] for c in changes] == ["updated", "password_reset", "created"]


def test_admin_changes_settings_checked_and_audited(window, qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    from lapor_desk.settings import DEADLINE_PROFILE, FOUR_EYES
    from ui.admin.settings_view import SettingsView

    view = window.role_tab("Pengaturan")
    assert isinstance(view, SettingsView)
    # In sections, each with its heading: the office's first, the review's with four-eyes.
    assert view.headings["desk"].text() == "Meja dan kantor" and view.headings["review"].text() == "Tinjauan"
    assert list(view.headings)[0] == "desk"
    # Each row says what it is in words; the setting's key only in the tooltip.
    for setting in view.shown:
        label = view.row_labels[setting.key]
        assert setting.key not in label.text() and label.text().strip(), setting.key
        assert label.toolTip() == setting.key
    assert view.shown.index(FOUR_EYES) > view.shown.index(next(s for s in view.shown if s.key == "desk.code"))
    four_eyes = view.editors[FOUR_EYES.key].widget
    assert isinstance(four_eyes, QComboBox)  # labelled choices, not a raw "on"/"off" to type
    assert [four_eyes.itemText(i) for i in range(four_eyes.count())] == ["Tidak", "Ya, tunggu persetujuan"]
    four_eyes.setCurrentIndex(1)
    page_size = view.editors["queue.page_size"].widget
    assert isinstance(page_size, QSpinBox) and page_size.minimum() == 20 and page_size.maximum() == 2000
    assert isinstance(view.editors["sync.upload_demo"].widget, QCheckBox)
    profile = view.editors[DEADLINE_PROFILE.key].widget
    assert isinstance(profile, QLineEdit)
    profile.setText("3/5/sepuluh/60")
    view.save()
    qtbot.waitUntil(lambda: "ditolak" in view.status.text())
    assert desk.settings.get(FOUR_EYES) == "on"
    assert desk.settings.get(DEADLINE_PROFILE) == "3/5/10/60"
    assert "3/5/10/60" in view.boxes[DEADLINE_PROFILE.key].message.text()  # says how to write it
    assert profile.text() == "3/5/sepuluh/60"  # what was typed stays
    changes = desk.supervision.audit.page(AuditFilter(actions=(str(AuditAction.SETTINGS_CHANGE),)))
    assert [(c.target, c.detail["old"], c.detail["new"]) for c in changes] == [
        ("setting:review.four_eyes", "off", "on")
    ]


def test_a_trainee_meets_the_returned_complaint_and_its_note(window, qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    desk.settings.set(FOUR_EYES, "on")
    admin = admin_of(window)
    desk.supervision.accounts.add_account(admin, "ayu", "Ayu Magang", Role.CLERK, PASSWORD, is_trainee=True)
    trainee = first_sign_in(desk.supervision.accounts, "ayu")
    complaint = desk.session(trainee).complaints.record(walk_in(title="Jalan berlubang")).complaint
    desk.supervision.review.return_with_note(admin, complaint.id, "Lengkapi alamat lokasi")

    window.session.end()
    qtbot.waitUntil(lambda: window.actor is None)
    window.session.begin(trainee)
    qtbot.waitUntil(lambda: "Lengkapi alamat lokasi" in window.intake.banner.text())
    assert "1 pengaduan Anda dikembalikan" in window.intake.banner.text()
    window._edit_complaint(complaint.id)
    qtbot.waitUntil(lambda: window.intake.complaint_id == complaint.id)
    assert window.intake.banner.text() == "Dikembalikan supervisor dengan catatan: Lengkapi alamat lokasi"


def test_the_complaint_view_shows_its_next_deadline(window, qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    complaint = desk.session(admin_of(window)).complaints.record(walk_in()).complaint
    expected = desk.complaints.deadline_of(complaint)
    assert expected is not None and expected.due > date(2026, 11, 20)
    window.open_complaint(complaint.id)
    qtbot.waitUntil(lambda: len(window.views) == 1)
    label = window.views[0].deadline_label
    assert label is not None and expected.due.strftime("%d") in label.text()


def test_audit_browser_checks_the_kept_anchor_and_names_a_wipe(window, qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from lapor_desk.audit_anchor import Anchor

    desk.session(admin_of(window)).complaints.record(walk_in())
    head = desk.supervision.audit.head()
    assert head is not None and desk.sync is not None and desk.sync.anchors is not None
    # The anchor a sync would have kept once the central acknowledged this head.
    desk.sync.anchors.save(Anchor(head[0], head[1], datetime.now(UTC)))
    audit = window.role_tab("Jejak audit")
    assert isinstance(audit, AuditView)
    audit.verify()
    qtbot.waitUntil(lambda: "Rantai utuh" in audit.verify_result.text())
    with sqlite3.connect(desk.db.path) as raw:
        raw.execute("DELETE FROM audit_entries")
        raw.execute("DELETE FROM audit_head")
    audit.verify()
    qtbot.waitUntil(lambda: "seluruh jejak telah dihapus" in audit.verify_result.text())
    assert f"mencatat baris #{head[0]}" in audit.verify_result.text()


def test_audit_filters_stay_usable_at_200_percent_font_on_a_1366_screen(window, qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFont

    normal = qapp.font()
    font = QFont(normal)
    font.setPointSizeF(normal.pointSizeF() * 2)
    qapp.setFont(font)
    try:
        audit = window.role_tab("Jejak audit")
        assert isinstance(audit, AuditView)
        window.show()
        window.resize(1366, 768)
        # One filter row made the window wider than the screen at this size (and the boxes tiny).
        qtbot.waitUntil(lambda: audit.isVisible() and window.width() <= 1366 and audit.width() > 1000)
        qtbot.waitUntil(lambda: audit.account.font().pointSizeF() == font.pointSizeF())
        # Room for a user name and a "complaint:12" target, not a few squeezed letters.
        wide_enough = audit.account.fontMetrics().horizontalAdvance("complaint:12")
        qtbot.waitUntil(lambda: min(audit.account.width(), audit.target.width()) >= wide_enough)
    finally:
        qapp.setFont(normal)
