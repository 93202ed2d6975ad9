"""The admin's calendar screen: closures listed, added and removed, a file imported or refused line by line."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt
from PySide6.QtWidgets import QWidget

from lapor_desk.accounts import AccountService, Actor, Role
from lapor_desk.accounts.supervision import SupervisionServices
from lapor_desk.audit import AuditFilter, AuditTrail
from lapor_desk.deadlines import Closure, ClosureKind, DeskCalendar
from lapor_desk.events import EventBus
from lapor_desk.services.complaints import ComplaintService
from lapor_desk.settings import Settings
from lapor_desk.storage.database import Database
from ui.admin.calendar_view import CalendarView
from ui.common.tasks import TaskRunner

from factories import PASSWORD, WIB, FixedClock, first_sign_in


class Asker:
    """Stands in for the file dialog: answers with the path a test sets, and counts the asks."""

    def __init__(self) -> None:
        self.path: Path | None = None
        self.asked = 0

    def __call__(self, parent: QWidget) -> Path | None:
        self.asked += 1
        return self.path


class Screen:
    def __init__(
        self, view: CalendarView, calendar: DeskCalendar, audit: AuditTrail, admin: Actor, clerk: Actor, asker: Asker
    ) -> None:
        self.view, self.calendar, self.audit, self.admin, self.clerk, self.asker = (
            view,
            calendar,
            audit,
            admin,
            clerk,
            asker,
        )
        self.services: SupervisionServices
        self.tasks: TaskRunner

    def closure_rows(self) -> list[tuple[str, ...]]:
        table = self.view.closure_table
        return [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]  # type: ignore[union-attr]

    def holiday_rows(self) -> list[tuple[str, str]]:
        table = self.view.holiday_table
        return [
            (table.item(r, 0).text() if table.item(r, 0) else "", table.item(r, 1).text())  # type: ignore[union-attr]
            for r in range(table.rowCount())
        ]


pytestmark = pytest.mark.usefixtures("indonesian_dates")  # tests/ui/conftest.py


@pytest.fixture
def screen(qtbot, db: Database, settings: Settings) -> Iterator[Screen]:
    clock = FixedClock(datetime(2026, 11, 20, 9, 30, tzinfo=WIB))
    audit = AuditTrail(db, clock)
    accounts = AccountService(db, audit, clock)
    admin = accounts.create_first_admin("admin", "Admin Desa", PASSWORD)
    accounts.add_account(admin, "budi", "Budi Petugas", Role.CLERK, PASSWORD)
    clerk = first_sign_in(accounts, "budi")
    calendar = DeskCalendar(db, audit, settings, clock)
    calendar.add(admin, [Closure(date(2026, 12, 31), ClosureKind.REGIONAL, "HUT Kabupaten")])
    complaints = ComplaintService(db, settings, EventBus(), clock)
    services = SupervisionServices.build(db, settings, complaints, audit=audit, calendar=calendar)
    tasks = TaskRunner()
    asker = Asker()
    view = CalendarView(services.session(admin), tasks, ask_path=asker)  # as the window builds it
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.closure_table.rowCount() == 1 and view.holiday_table.rowCount() > 0)
    screen = Screen(view, calendar, audit, admin, clerk, asker)
    screen.services, screen.tasks = services, tasks
    yield screen
    tasks.wait()


def _wait_message(qtbot, view: CalendarView) -> str:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: view.message.isVisibleTo(view) and not view._busy)
    return view.message.text()


def test_lists_closures_and_the_coming_holidays(qtbot, screen: Screen) -> None:  # type: ignore[no-untyped-def]
    view = screen.view
    view.show()
    assert screen.closure_rows() == [("Kam, 31-12-2026", "Tutup daerah", "HUT Kabupaten")]
    # On 20 Nov 2026 only the Christmas days are still to come; Independence Day is past.
    assert screen.holiday_rows() == [
        ("Kam, 24-12-2026", "Cuti Bersama Hari Raya Natal"),
        ("Jum, 25-12-2026", "Hari Raya Natal"),
    ]
    view.year.setValue(2027)  # another year: all of it
    qtbot.waitUntil(lambda: view.holiday_table.rowCount() > 10)
    rows = screen.holiday_rows()
    assert rows[0] == ("Jum, 01-01-2027", "Tahun Baru Masehi")
    assert ("Sel, 17-08-2027", "Hari Kemerdekaan Republik Indonesia") in rows
    assert view.day.date() == QDate(2026, 11, 20)  # the add form starts on the desk's today


def test_add_and_remove_a_closure(qtbot, screen: Screen) -> None:  # type: ignore[no-untyped-def]
    view, calendar = screen.view, screen.calendar
    changes: list[None] = []
    view.changed.connect(lambda: changes.append(None))
    assert calendar.deadlines().calendar.is_working_day(date(2026, 11, 23))
    view.day.setDate(QDate(2026, 11, 23))
    view.kind.setCurrentIndex(view.kind.findData(str(ClosureKind.REGIONAL)))
    view.note.setText("Banjir, kantor tutup")
    view.add_button.click()
    assert _wait_message(qtbot, view) == "Ditambahkan: Sen, 23-11-2026."
    qtbot.waitUntil(lambda: view.closure_table.rowCount() == 2)
    assert screen.closure_rows()[0] == ("Sen, 23-11-2026", "Tutup daerah", "Banjir, kantor tutup")
    assert view.note.text() == "" and changes == [None]
    assert not calendar.deadlines().calendar.is_working_day(date(2026, 11, 23))  # deadlines move
    # The same day again: nothing added, said so.
    view.note.setText("Dua kali")
    view.message.hide()
    view.add_button.click()
    assert _wait_message(qtbot, view) == "Tanggal Sen, 23-11-2026 sudah ada di daftar."
    assert [c.note for c in calendar.closures()] == ["Banjir, kantor tutup", "HUT Kabupaten"]
    # Remove the selected one.
    assert not view.remove_button.isEnabled()
    view.closure_table.selectRow(1)
    assert view.selected_day() == date(2026, 12, 31) and view.remove_button.isEnabled()
    view.message.hide()
    view.remove_button.click()
    assert _wait_message(qtbot, view) == "Dihapus: Kam, 31-12-2026."
    qtbot.waitUntil(lambda: view.closure_table.rowCount() == 1)
    assert [c.day for c in calendar.closures()] == [date(2026, 11, 23)]
    entries = screen.audit.page(AuditFilter(actions=("calendar_change",)))
    assert [(e.actor, sorted(e.detail)) for e in entries][:2] == [("admin", ["removed"]), ("admin", ["added", "kinds"])]


def test_a_language_switch_keeps_the_chosen_year_and_the_day_to_add(qtbot, screen: Screen) -> None:  # type: ignore[no-untyped-def]
    view, calendar = screen.view, screen.calendar
    view.year.setValue(2027)
    view.day.setDate(QDate(2027, 1, 2))
    qtbot.waitUntil(lambda: view.holiday_table.rowCount() > 10)
    QCoreApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))  # as the window's switch does
    view.set_language("en")
    assert (view.year.value(), view.day.date()) == (2027, QDate(2027, 1, 2))
    view.add_button.click()  # the admin presses Tambah: the day chosen, not today
    qtbot.waitUntil(lambda: view.closure_table.rowCount() == 2)
    assert [c.day for c in calendar.closures()] == [date(2026, 12, 31), date(2027, 1, 2)]
    assert view.holiday_table.rowCount() > 10  # still the whole of 2027 listed


def test_a_file_with_bad_dates_names_the_lines_and_imports_nothing(
    qtbot,
    screen: Screen,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    view, calendar = screen.view, screen.calendar
    bad = tmp_path / "libur-2027.csv"
    bad.write_text(
        "tanggal,jenis,keterangan\n2027-03-08,cuti_bersama,Nyepi\n2027-02-30,cuti_bersama,x\n"
        "31-13-2027,tutup_daerah,HUT\n2027-12-24,libur,Natal\n",
        encoding="utf-8",
    )
    screen.asker.path = bad
    view.import_button.click()
    assert _wait_message(qtbot, view) == "Tidak ada tanggal yang diimpor; perbaiki baris di atas lalu impor lagi."
    assert view.problems.isVisibleTo(view)
    problems = [view.problems.item(i).text() for i in range(view.problems.count())]  # type: ignore[union-attr]
    assert problems == [
        "Baris 3: tanggal tidak dikenali (2027-02-30). Tulis tttt-bb-hh, mis. 2026-03-20.",
        "Baris 4: tanggal tidak dikenali (31-13-2027). Tulis tttt-bb-hh, mis. 2026-03-20.",
        "Baris 5: jenis libur tidak dikenal (libur); pakai cuti_bersama atau tutup_daerah.",
    ]
    assert [c.day for c in calendar.closures()] == [date(2026, 12, 31)]  # not even the good line 2
    # Fixed, the file goes in and the list of problems goes away.
    bad.write_text("2027-03-08,cuti_bersama,Nyepi\n2026-12-31,tutup_daerah,HUT\n", encoding="utf-8")
    view.message.hide()
    view.import_button.click()
    assert _wait_message(qtbot, view) == "Diimpor: 1 tanggal; sudah ada: 1."
    assert not view.problems.isVisibleTo(view)
    qtbot.waitUntil(lambda: view.closure_table.rowCount() == 2)
    assert screen.closure_rows()[1] == ("Sen, 08-03-2027", "Cuti bersama", "Nyepi")
    assert screen.asker.asked == 2


def test_import_cancelled_or_unreadable(qtbot, screen: Screen, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = screen.view
    view.import_button.click()  # the dialog was cancelled
    assert screen.asker.asked == 1 and not view.message.isVisibleTo(view) and not view._busy
    screen.asker.path = tmp_path / "tidak-ada.csv"
    view.import_button.click()
    assert _wait_message(qtbot, view) == f"Berkas tidak ditemukan: {tmp_path / 'tidak-ada.csv'}"
    latin = tmp_path / "latin1.csv"
    latin.write_bytes("2027-01-02,tutup_daerah,Ulang tahun\n2027-01-03,tutup_daerah,Caf\xe9\n".encode("latin-1"))
    screen.asker.path = latin
    view.message.hide()
    view.import_button.click()
    assert _wait_message(qtbot, view) == "Berkas bukan teks UTF-8 (baris 2). Simpan ulang sebagai UTF-8."
    assert [c.day for c in screen.calendar.closures()] == [date(2026, 12, 31)]


def test_the_core_refuses_a_clerk(qtbot, screen: Screen) -> None:  # type: ignore[no-untyped-def]
    view = CalendarView(screen.services.session(screen.clerk), screen.tasks, ask_path=screen.asker)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.closure_table.rowCount() == 1)
    view.day.setDate(QDate(2026, 11, 27))
    view.add_button.click()
    text = _wait_message(qtbot, view)
    assert "tidak berwenang" in text
    assert view.message.palette().color(view.message.foregroundRole()).name() == "#8c0016"  # the error banner
    assert [c.day for c in screen.calendar.closures()] == [date(2026, 12, 31)]
    assert view.add_button.isEnabled()  # not stuck busy after a refusal


def test_english_names_and_messages(qtbot, screen: Screen, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = screen.view
    QLocale.setDefault(QLocale(QLocale.Language.English))
    view.set_language("en")
    qtbot.waitUntil(lambda: screen.holiday_rows()[-1] == ("Fri, 25-12-2026", "Christmas Day"))
    bad = tmp_path / "bad.csv"
    bad.write_text("2027-02-30\n", encoding="utf-8")
    screen.asker.path = bad
    view.import_button.click()
    assert _wait_message(qtbot, view) == "No dates were imported; fix the lines above and import again."
    assert view.problems.item(0).text().startswith("Line 1: date not recognised (2027-02-30)")  # type: ignore[union-attr]
    assert view.closure_table.item(0, 1).data(Qt.ItemDataRole.DisplayRole) == "Tutup daerah"  # type: ignore[union-attr]


def test_long_holiday_names_wrap_whole_at_200_percent(qtbot, screen: Screen) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFont

    view = screen.view
    big = QFont(view.font())
    big.setPointSizeF(big.pointSizeF() * 2)  # as Tampilan > Ukuran huruf sets 200 %
    view.setFont(big)
    view.resize(1366, 700)
    view.show()
    qtbot.waitExposed(view)
    view.year.setValue(2027)
    table = view.holiday_table
    qtbot.waitUntil(lambda: table.rowCount() > 10)
    assert view.width() <= 1366 and table.horizontalScrollBar().maximum() == 0  # nothing sideways
    metrics = table.fontMetrics()
    names = table.columnWidth(1) - 2 * table.style().pixelMetric(table.style().PixelMetric.PM_FocusFrameHMargin) - 4
    for row in range(table.rowCount()):
        name = table.item(row, 1).text()  # type: ignore[union-attr]
        wrapped = metrics.boundingRect(QRect(0, 0, names, 10_000), Qt.TextFlag.TextWordWrap, name)
        qtbot.waitUntil(lambda r=row, w=wrapped: table.rowHeight(r) >= w.height())
        assert wrapped.width() <= table.columnWidth(1), name
    assert any(metrics.horizontalAdvance(table.item(r, 1).text()) > names for r in range(table.rowCount()))  # type: ignore[union-attr]
