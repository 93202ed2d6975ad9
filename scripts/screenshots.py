"""Screenshots of the desk for review: `xvfb-run -a python scripts/screenshots.py OUTDIR [id|en]`.

Writes the sign-in page, the intake form (empty, with field errors, and filled with attachments
and a duplicate warning; at 1366×768 at its top and its bottom, and the Pintasan list), the queue,
a complaint, the supervisor's dashboard for last month (as seen, and its whole scrolled content),
the export dialog, the review queue and the audit trail, each at 100% and 200% font size; then,
at 1366×768 (the desk PCs' usual screen), the dashboard and its charts, the Impor dialog with a
checked file that has bad rows, the backup/restore dialog, the Perlu perhatian tab with a problem
of each kind and its buttons, the status bar sending files, the settings screen and the set-up
wizard's pages (printing a warning when a window is wider than that screen), and the screens and
dialogs of scripts/screenshot_more.py (Warga kembali, Riwayat kirim, Akun, Kalender kerja, Panduan,
Tentang, the password change, the restore's question and refusal, the Perlu perhatian questions);
then the receipt PDF's page and the monthly recap's first page. For a 1366×768 screen run
`xvfb-run -a -s "-screen 0 1366x768x24" ...`.
Uses a throwaway desk with demo data, never the user's own database. Needs pdftoppm (poppler).
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget
from shot_wait import settle, wait_until

if TYPE_CHECKING:
    from lapor_desk.desk import Desk
    from ui.shell.main_window import MainWindow
    from ui.supervision.dashboard import DashboardView

PASSWORD = "rahasia-123"
# (code, weight) for last month's demo complaints, so the charts have a realistic spread.
TOPICS = (
    ("infrastruktur.jalan", 30),
    ("kesehatan.puskesmas", 18),
    ("kependudukan.ktp", 16),
    ("sosial.bansos", 14),
    ("lingkungan.sampah", 10),
    ("infrastruktur.drainase", 9),
    ("pendidikan.ppdb", 7),
    ("sosial.disabilitas", 4),
    ("pelayanan-publik", 6),
    ("ketertiban", 3),
    ("kesehatan.bpjs", 5),
    ("kependudukan.kk", 2),
    ("", 8),
)
STATUSES = (
    ("completed", 30),
    ("in_progress", 25),
    ("verified", 12),
    ("unverified", 10),
    ("recorded", 6),
    ("archived", 6),
    ("not_authority", 4),
    ("on_hold", 3),
)


def last_month(today: date) -> tuple[int, int]:
    first = today.replace(day=1) - timedelta(days=1)
    return first.year, first.month


def seed_month(desk: Desk, year: int, month: int) -> None:
    """A busy month at the desk: statuses, topics, agency follow-ups and ratings, written behind the
    services' back as the sync would write what the central said."""
    from lapor_desk.demo import DemoGenerator, pilot_places, write_demo_data

    start = datetime(year, month, 1, tzinfo=UTC)
    end = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=UTC)
    places = [p for p in pilot_places() if p.regency_code == "32.04"]  # one regency, as a regency desk sees it
    write_demo_data(
        desk.db,
        DemoGenerator(
            places[::7], seed=21, end=end - timedelta(hours=9), span_days=(end - start).days - 1, desk_code="KAB-BDG-01"
        ),
        420,
    )
    assert desk.db.path is not None
    rng = random.Random(21)
    with sqlite3.connect(desk.db.path) as raw:
        rows = raw.execute(
            "SELECT id, received_at FROM complaints WHERE received_at >= ? ORDER BY id",
            (start.replace(tzinfo=None).isoformat(sep=" "),),
        ).fetchall()
        for cid, received in rows:
            status = rng.choices([c for c, _ in STATUSES], [w for _, w in STATUSES])[0]
            topic = rng.choices([c for c, _ in TOPICS], [w for _, w in TOPICS])[0]
            raw.execute("UPDATE complaints SET status = ?, category_id = ? WHERE id = ?", (status, topic, cid))
            if status in ("in_progress", "completed"):
                at = datetime.fromisoformat(received) + timedelta(days=rng.choice((1, 2, 3, 4, 5, 6, 7, 9, 12, 15)))
                raw.execute(
                    "INSERT INTO complaint_events (complaint_id, at, kind, actor, detail) "
                    "VALUES (?, ?, 'central_follow_up', 'central', '{}')",
                    (cid, at.isoformat(sep=" ")),
                )
            if status == "completed" and rng.random() < 0.6:
                rating = rng.choices((5, 4, 3, 2, 1), (30, 35, 18, 10, 7))[0]
                raw.execute(
                    "INSERT INTO complaint_events (complaint_id, at, kind, actor, detail) "
                    "VALUES (?, ?, 'reporter_reply', '', ?)",
                    (cid, received, json.dumps({"text": "terima kasih", "rating": rating})),
                )


def dashboard_shots(window: MainWindow, out: Path, tag: str, year: int, month: int) -> DashboardView:
    """The supervisor's Dasbor tab on last month: as seen, its whole scrolled content, the export dialog."""
    from lapor_desk.reports.figures import Period
    from ui.supervision.dashboard import DashboardView

    view = next(
        (tab.build() for tab, title in window.role_tabs if title().replace("&", "") in ("Dasbor", "Dashboard")), None
    )
    if not isinstance(view, DashboardView):
        raise SystemExit("no dashboard tab for the signed-in supervisor")
    window.tabs.setCurrentWidget(view.parentWidget())
    view.month.setCurrentIndex(month - 1)
    view.year.setValue(year)
    wait_until(
        lambda: not view.loading and view.figures is not None and view.figures.period == Period.month(year, month)
    )
    settle()
    window.grab().save(str(out / f"dashboard-{tag}.png"))
    view.figure_area.grab().save(str(out / f"dashboard-full-{tag}.png"))
    view.open_export()
    settle()
    if view.export_dialog is not None:
        view.export_dialog.grab().save(str(out / f"report-export-{tag}.png"))
        view.export_dialog.close()
    return view


SCREEN = (1366, 768)  # the desk PCs' usual screen


def fits(widget: QWidget, name: str) -> None:
    """Warn when a dialog is larger than the usual desk screen (its buttons would be off-screen)."""
    size = widget.size()
    if size.width() > SCREEN[0] or size.height() > SCREEN[1]:
        print(f"warning: {name} is {size.width()}×{size.height()}, larger than {SCREEN[0]}×{SCREEN[1]}")


def wizard_shots(window: MainWindow, out: Path, tag: str, language: str) -> None:
    """The first-run wizard's pages on a throwaway desk: Tempat data (one PC, then the office's
    PostgreSQL fields), the office page empty with its errors, the central page, and the admin page."""
    from lapor_desk.settings import DESK_CODE, DESK_NAME
    from ui.admin.setup_wizard import SetupWizard

    wizard = SetupWizard(window.desk, window.tasks, language, window)
    wizard.show()
    settle()
    database = getattr(wizard, "database", None)  # Tempat data: one PC or the office's PostgreSQL
    if database is not None:
        wizard.grab().save(str(out / f"wizard-database-{tag}.png"))
        database.office.setChecked(True)
        settle()
        fits(wizard, "the set-up wizard (office mode)")
        wizard.grab().save(str(out / f"wizard-database-office-{tag}.png"))
        database.single.setChecked(True)
        wizard.next()
        settle()
    office = wizard.office.editors
    for editor in office.values():
        editor.set_value("")
    wizard.next()  # refused: the desk code is required
    settle()
    fits(wizard, "the set-up wizard")
    wizard.grab().save(str(out / f"wizard-office-errors-{tag}.png"))
    for key, value in ((DESK_CODE.key, "KAB-BDG-01"), (DESK_NAME.key, "Meja Pengaduan Kabupaten Bandung")):
        if key in office:
            office[key].set_value(value)
    wizard.next()
    settle()
    wizard.grab().save(str(out / f"wizard-central-{tag}.png"))
    wizard.next()  # both fields empty: register later
    settle()
    wizard.admin.editors["username"].setText("admin")
    wizard.admin.editors["password"].setText("a")
    wizard.admin.editors["password_again"].setText("b")
    wizard.admin.validatePage()
    settle()
    wizard.grab().save(str(out / f"wizard-admin-{tag}.png"))
    wizard.reject()
    wizard.deleteLater()


def bad_rows_file(path: Path) -> Path:
    """A small legacy CSV: most rows good, a few with a short title, an unknown channel or a bad date."""
    import csv

    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            [
                "client_id",
                "type",
                "channel",
                "title",
                "body",
                "received_at",
                "reporter_name",
                "reporter_phone",
                "consent_personal",
            ]
        )
        for n in range(1, 41):
            title, channel, received = f"Usulan taman kota nomor {n}", "letter", "2025-01-02T09:00:00+07:00"
            if n == 7:
                title = "Pendek"
            if n == 13:
                channel = "merpati"
            if n == 21:
                received = "31/02/2025"
            writer.writerow(
                [
                    f"lama-{n}",
                    "aspirasi",
                    channel,
                    title,
                    "Mohon dibangun taman kota untuk anak-anak bermain.",
                    received,
                    "Rina Wulandari",
                    "081234567890",
                    "ya",
                ]
            )
    return path


def import_shots(window: MainWindow, out: Path, tag: str, source: Path) -> None:
    ui = window.import_ui
    if ui is None:
        return
    ui.open_dialog()
    dialog = ui.dialog
    if dialog is None:
        print("warning: no Impor dialog for the signed-in account")
        return
    settle()
    dialog.path.setText(str(source))
    dialog.start_check()
    wait_until(lambda: getattr(dialog, "report", None) is not None)
    window.tasks.wait()
    settle()
    fits(dialog, "the Impor dialog")
    dialog.grab().save(str(out / f"import-checked-{tag}.png"))
    dialog.close()


def backup_shots(window: MainWindow, out: Path, tag: str) -> None:
    safety = window.data_safety
    if safety is None:
        return
    safety.open_dialog()
    dialog = safety.dialog
    if dialog is None:
        print("warning: no backup dialog for the signed-in account")
        return
    settle()
    fits(dialog, "the backup dialog")
    dialog.grab().save(str(out / f"backup-{tag}.png"))
    dialog.close()


def attention_shots(window: MainWindow, out: Path, tag: str) -> None:
    """The Perlu perhatian tab with one problem of each kind, as the signed-in supervisor sees it;
    shown straight in the tab's panel (the throwaway desk is registered nowhere to be refused by)."""
    from lapor_desk.sync.resolve import Action, Kind, Problem

    sync_ui = window.sync_ui
    if sync_ui is None:
        return
    problems = [
        Problem(
            Kind.LOCKED,
            (Action.SUPPLEMENT, Action.DISCARD),
            11,
            "KAB-BDG-01-2026-000123",
            "Jalan desa rusak di Cileunyi Kulon",
            central_status="in_progress",
        ),
        Problem(
            Kind.FIELDS,
            (Action.EDIT,),
            12,
            "KAB-BDG-01-2026-000124",
            "Lampu jalan mati",
            errors=[{"field": "reporter_phone", "code": "phone_invalid"}],
        ),
        Problem(
            Kind.CONFLICT,
            (Action.NEW_REVISION, Action.DISCARD),
            13,
            "KAB-BDG-01-2026-000125",
            "Sampah menumpuk di pasar",
            errors=[{"code": "revision_conflict"}],
        ),
        Problem(
            Kind.REPLY_REFUSED,
            (Action.RETRY_REPLY, Action.DROP_REPLY),
            14,
            "KAB-BDG-01-2026-000126",
            "Bantuan sosial belum cair",
            reply_id="r-1",
            message="reply too long",
        ),
        Problem(Kind.REGISTRATION, (Action.REGISTER,), message="token revoked"),
    ]
    sync_ui._attention(problems)
    panel = sync_ui.panel
    window.tabs.setCurrentWidget(panel)
    for row, name in ((0, "locked"), (3, "reply")):
        panel.list.setCurrentRow(row)
        settle()
        window.grab().save(str(out / f"attention-{name}-{tag}.png"))
    sync_ui._attention([])


def sync_status_shot(window: MainWindow, out: Path, tag: str) -> None:
    """The status bar during a cycle that sends files (the bytes note), with a clock warning."""
    from lapor_desk.sync.events import SyncStatus, TransferProgress

    sync_ui = window.sync_ui
    if sync_ui is None:
        return
    now = datetime.now(UTC)
    sync_ui.status.show_status(
        SyncStatus(
            online=True,
            configured=True,
            waiting=12,
            oldest_queued_at=now - timedelta(hours=2),
            needs_fix=2,
            synced=140,
            last_sync_at=now - timedelta(minutes=10),
            clock_offset_s=-600.0,
            registration_problem=False,
            running=True,
        )
    )
    sync_ui.status.show_transfer(TransferProgress(3_500_000, 18_200_000))
    window.tabs.setCurrentWidget(window.queue)
    settle()
    window.grab().save(str(out / f"sync-sending-{tag}.png"))


def settings_shot(window: MainWindow, out: Path, tag: str, admin: Any) -> None:
    """The admin's Pengaturan screen with its typed editors, built as the admin's tab builds it."""
    assert window.desk is not None
    view = window._settings_view(window.desk.session(admin))  # a DeskSession, as the admin's tab has
    view.resize(*SCREEN)
    view.show()
    window.tasks.wait()
    settle()
    view.grab().save(str(out / f"settings-{tag}.png"))
    view.close()
    view.deleteLater()


def too_wide(window: QWidget) -> None:
    """Name the innermost widgets that keep the window wider than the screen."""
    from PySide6.QtWidgets import QWidget as _W

    def wide(w: _W) -> bool:
        return not w.isWindow() and w.minimumSizeHint().width() > SCREEN[0]

    for child in window.findChildren(_W):
        if wide(child) and not any(wide(c) for c in child.findChildren(_W)):
            print(
                f"warning: {type(child).__name__} in {type(child.window()).__name__} wants at least "
                f"{child.minimumSizeHint().width()} px wide"
            )


def intake_shots(window: MainWindow, out: Path, tag: str) -> None:
    """The intake form at 1366×768: at its top, scrolled to its last field (the action buttons
    stay on screen below the scroll area), the coordinates opened, and the Pintasan list."""
    from ui.shell.keyboard import ShortcutList

    before = window.size()
    window.resize(*SCREEN)
    window.show_intake()
    form = window.intake
    settle()
    if window.width() > SCREEN[0] or window.height() > SCREEN[1]:
        print(f"warning: at {tag} the window is {window.width()}×{window.height()}, larger than the screen")
    window.grab().save(str(out / f"intake-1366-{tag}.png"))
    form.coordinates_toggle.setChecked(True)
    form.editors["officer_nip"].setFocus()
    form.scroll_area.ensureWidgetVisible(form.editors["officer_nip"])
    settle()
    window.grab().save(str(out / f"intake-1366-bottom-{tag}.png"))
    form.coordinates_toggle.setChecked(False)
    form.go_to_top()
    shortcuts = ShortcutList(window, window.tabs)
    shortcuts.show()
    settle()
    shortcuts.grab().save(str(out / f"shortcuts-1366-{tag}.png"))
    shortcuts.close()
    window.resize(before)
    settle()


def new_screens(
    window: MainWindow, dashboard: DashboardView, out: Path, tag: str, language: str, source: Path, admin: Any
) -> None:
    """Today's screens at 1366×768: the dashboard's charts, the Impor and backup dialogs (as the
    admin: both are admins' only), the needs-attention panel, the set-up wizard."""
    window.resize(*SCREEN)
    settle()
    if window.width() > SCREEN[0]:
        print(f"warning: at {tag} the window is {window.width()} px wide, wider than the screen")
        too_wide(window)
    window.grab().save(str(out / f"dashboard-1366-{tag}.png"))
    dashboard.figure_area.grab().save(str(out / f"dashboard-charts-1366-{tag}.png"))  # scrolled, in full
    for part in (window.import_ui, window.data_safety):
        if part is not None:
            part.set_actor(admin)
    import_shots(window, out, tag, source)
    backup_shots(window, out, tag)
    for part in (window.import_ui, window.data_safety):
        if part is not None:
            part.set_actor(window.actor)
    attention_shots(window, out, tag)
    sync_status_shot(window, out, tag)
    settings_shot(window, out, tag, admin)
    wizard_shots(window, out, tag, language)


def main(out: Path, language: str = "id") -> None:
    home = Path(tempfile.mkdtemp(prefix="lapor-shots-"))
    os.environ["LAPOR_DESK_HOME"] = str(home)
    from PySide6.QtWidgets import QApplication

    from lapor_desk.accounts import Role
    from lapor_desk.demo import DemoGenerator, pilot_places, write_demo_data
    from lapor_desk.desk import Desk
    from lapor_desk.domain.enums import Channel, ReportType
    from lapor_desk.reports.figures import Period
    from lapor_desk.settings import (
        DESK_CODE,
        DESK_NAME,
        DESK_PHONE,
        OFFICE_ADDRESS,
        OFFICE_NAME,
        OFFICE_PHONE,
        OFFICER_NAME,
        OFFICER_NIP,
        UI_FONT_PERCENT,
        UI_LANGUAGE,
    )
    from ui.shell.app import build_main_window, create_application

    app = create_application([sys.argv[0]])
    desk = Desk.open()
    desk.settings.set(DESK_CODE, "KAB-BDG-01")
    desk.settings.set(DESK_NAME, "Meja Pengaduan Kabupaten Bandung")
    desk.settings.set(DESK_PHONE, "022-5891234")
    # The receipt's letterhead, so the receipt's picture shows it as an office prints it.
    desk.settings.set(OFFICE_NAME, "Bagian Organisasi Setda Kabupaten Bandung")
    desk.settings.set(OFFICE_ADDRESS, "Jl. Raya Soreang Km 17, Soreang, Kabupaten Bandung 40912")
    desk.settings.set(OFFICE_PHONE, "022-5891000")
    desk.settings.set(OFFICER_NAME, "Siti Rahmawati")
    desk.settings.set(OFFICER_NIP, "198503122010012001")
    desk.settings.set(UI_LANGUAGE, language)
    write_demo_data(desk.db, DemoGenerator(pilot_places(), seed=7, desk_code="KAB-BDG-01"), 300)
    from factories import walk_in  # tests/factories.py: a valid walk-in complaint

    earlier = desk.complaints.record(
        walk_in(
            title="Jalan desa rusak di Cileunyi Kulon",
            reporter_nik="3204055203900003",
            received_at=datetime.now().astimezone(),
        )
    ).complaint
    year, month = last_month(datetime.now().date())
    seed_month(desk, year, month)
    # Everyone signs in: the officer on duty is a supervisor, so the Dasbor tab is there too.
    accounts = desk.supervision.accounts
    admin = accounts.create_first_admin("admin", "Admin Meja", PASSWORD)
    accounts.add_account(admin, "siti", "Siti Rahmawati", Role.SUPERVISOR, PASSWORD, nip="198503122010012001")
    officer = accounts.change_own_password(accounts.sign_in("siti", PASSWORD), PASSWORD, PASSWORD)
    from screenshot_more import garbage_backup, more_screens, seed_calendar, seed_history

    seed_history(desk)
    seed_calendar(desk, admin)
    garbage = garbage_backup(home)
    out.mkdir(parents=True, exist_ok=True)
    legacy = bad_rows_file(home / "pengaduan-lama.csv")
    normal = app.font()
    for scale in (1, 2):
        # As Tampilan > Ukuran huruf sets it: the window applies the size it reads at start
        # (ui/common/font_size.py), check boxes and scroll bars included.
        app.setFont(normal)
        desk.settings.set(UI_FONT_PERCENT, 100 * scale)
        window = build_main_window(app, desk)
        window.resize(1200 * scale if scale == 1 else 1900, 820 if scale == 1 else 1060)
        window.show()
        tag = f"{language}-{scale * 100}"
        settle(300)
        window.grab().save(str(out / f"sign-in-{tag}.png"))
        window.session.begin(officer)
        settle(900)  # regions load in the background
        window.grab().save(str(out / f"intake-{tag}.png"))
        window.intake.record()
        window.tasks.wait()
        settle()
        window.grab().save(str(out / f"intake-errors-{tag}.png"))
        form = window.intake
        form.clear_form()
        w = form.editors
        w["type"].set_value(ReportType.PENGADUAN)
        w["channel"].set_value(Channel.WALK_IN)
        w["title"].setText("Jalan rusak berlubang di Cileunyi Kulon")
        w["body"].setPlainText("Jalan utama desa berlubang besar sejak musim hujan.")
        w["village_code"].set_code("32.04.05.2001")
        for name, code in (("province_code", "32"), ("regency_code", "32.04"), ("district_code", "32.04.05")):
            w[name].set_code(code)
        w["reporter_name"].setText("Dewi Lestari")
        w["reporter_nik"].setText("3204055203900003")
        form.duplicates.show_candidates(desk.complaints.find_duplicates(form.read_input()[0]))
        form.duplicates.set_link(earlier.id)
        settle()
        window.grab().save(str(out / f"intake-filled-{tag}.png"))
        intake_shots(window, out, tag)
        window.tabs.setCurrentWidget(window.queue)
        settle()
        window.grab().save(str(out / f"queue-{tag}.png"))
        window.open_complaint(earlier.id)
        window.tasks.wait()
        settle()
        if window.views:
            window.views[-1].grab().save(str(out / f"complaint-{tag}.png"))
            window.views[-1].close()
        dashboard = dashboard_shots(window, out, tag, year, month)
        new_screens(window, dashboard, out, tag, language, legacy, admin)
        more_screens(window, out, tag, admin, "3204055203900003", garbage, earlier.id, language)
        for name, titles in (("review", ("Tinjauan", "Review")), ("audit", ("Jejak audit", "Audit trail"))):
            screen = next((window.role_tab(t) for t in titles if window.role_tab(t) is not None), None)
            if screen is not None:
                window.tasks.wait()
                settle()
                window.grab().save(str(out / f"{name}-{tag}.png"))
        window.close()
    app.setFont(normal)
    desk.settings.set(UI_FONT_PERCENT, 100)
    pdf = out / f"receipt-{language}.pdf"
    window.receipts.ask_path = lambda _name: pdf
    window.receipts.save_pdf(earlier.id)
    window.tasks.wait()
    settle(600)
    window.tasks.wait()
    if pdf.exists():
        subprocess.run(
            ["pdftoppm", "-r", "70", "-png", "-singlefile", str(pdf), str(out / f"receipt-{language}")], check=True
        )
    report = out / f"report-{language}.pdf"
    desk.supervision.reports.export_monthly(officer, Period.month(year, month), "pdf", report)
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "80",
            "-png",
            "-singlefile",
            "-f",
            "1",
            "-l",
            "1",
            str(report),
            str(out / f"report-{language}"),
        ],
        check=True,
    )
    window.tasks.wait()
    desk.close()
    QApplication.processEvents()


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"), sys.argv[2] if len(sys.argv) > 2 else "id")
