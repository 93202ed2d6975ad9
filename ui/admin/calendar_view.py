"""The admin's working-day calendar: the desk's closures and the coming national holidays; add, remove, import."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lapor_desk.accounts import Actor
from lapor_desk.deadlines import CalendarImportFailed, Closure, ClosureKind, DeskCalendar
from lapor_desk.i18n import describe, translate
from lapor_desk.settings import UI_LANGUAGE
from ui.common import style
from ui.common.tasks import TaskRunner

if TYPE_CHECKING:
    from ui.common.screen import ScreenSession

PathAsker = Callable[[QWidget], Path | None]
NOTE_MAX = 200  # as the closures table keeps it


def ask_for_closure_file(parent: QWidget) -> Path | None:
    """The file dialog for an import; tests pass their own asker instead."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("CalendarView", "Impor hari tutup"),
        "",
        QCoreApplication.translate("CalendarView", "Daftar tanggal (*.csv *.txt);;Semua berkas (*)"),
    )
    return Path(path) if path else None


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day_text(day: date) -> str:
    return QLocale().toString(_qdate(day), "ddd, dd-MM-yyyy")  # the chosen language's day names


class CalendarView(QWidget):
    """Closures change every open complaint's deadlines, so each change is audited in the core
    and `changed` is emitted for whoever shows deadlines (the queue) to reload."""

    changed = Signal()

    def __init__(
        self,
        session: ScreenSession,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        ask_path: PathAsker = ask_for_closure_file,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.language = session.settings.get(UI_LANGUAGE)
        self.ask_path = ask_path
        self.calendar: DeskCalendar = session.calendar
        self.actor: Actor = session.actor
        self.closures: list[Closure] = []
        self._loads = 0  # reads answered out of order are dropped
        self._busy = False

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.closures_box = QGroupBox()
        self.closure_table = self._table(3)
        self.closure_table.itemSelectionChanged.connect(self._update_buttons)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd-MM-yyyy")
        self.kind = QComboBox()
        self.note = QLineEdit()
        self.note.setMaxLength(NOTE_MAX)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_closure)
        self.note.returnPressed.connect(self.add_closure)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.import_file)
        self.problems = QListWidget()  # the lines of a refused file
        self.problems.hide()
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()

        self.day_label, self.kind_label, self.note_label = QLabel(), QLabel(), QLabel()
        for label, buddy in ((self.day_label, self.day), (self.kind_label, self.kind), (self.note_label, self.note)):
            label.setBuddy(buddy)
        form = QFormLayout()
        form.addRow(self.day_label, self.day)
        form.addRow(self.kind_label, self.kind)
        form.addRow(self.note_label, self.note)
        actions = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.import_button):
            actions.addWidget(button)
        actions.addStretch(1)
        left = QVBoxLayout(self.closures_box)
        left.addWidget(self.closure_table, 1)
        left.addLayout(form)
        left.addLayout(actions)

        self.holidays_box = QGroupBox()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year_label = QLabel()
        self.year_label.setBuddy(self.year)
        self.holidays_note = QLabel()
        self.holidays_note.setWordWrap(True)
        self.holiday_table = self._table(2)
        year_row = QHBoxLayout()
        year_row.addWidget(self.year_label)
        year_row.addWidget(self.year)
        year_row.addStretch(1)
        right = QVBoxLayout(self.holidays_box)
        right.addLayout(year_row)
        right.addWidget(self.holiday_table, 1)
        right.addWidget(self.holidays_note)

        columns = QHBoxLayout()
        columns.addWidget(self.closures_box, 3)
        columns.addWidget(self.holidays_box, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(columns, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.message)
        self.year.valueChanged.connect(lambda _: self.reload())
        self.retranslate()
        self._show_this_year()  # once: a language switch keeps the year and the day chosen
        self._update_buttons()

    @staticmethod
    def _table(columns: int) -> QTableWidget:
        # Item widgets are fine here: a desk has tens of closures and holidays, not thousands.
        table = QTableWidget(0, columns)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The last column (a holiday's name, a closure's note) takes the room that is left and
        # its long text wraps in its row instead of being cut ("Cuti Bersama Hari Raya …" at 200 %).
        header.setSectionResizeMode(columns - 1, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    # --- text

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Hari kerja meja: Senin–Jumat, kecuali libur nasional dan cuti bersama menurut SKB 3 Menteri, "
                "dan hari tutup yang ditambahkan di sini. Setiap perubahan menggeser tenggat pengaduan yang "
                "masih berjalan."
            )
        )
        self.closures_box.setTitle(self.tr("Hari tutup meja (cuti bersama, tutup daerah)"))
        self.closure_table.setHorizontalHeaderLabels([self.tr("Tanggal"), self.tr("Jenis"), self.tr("Keterangan")])
        self.closure_table.setAccessibleName(self.tr("Hari tutup meja"))
        self.day_label.setText(self.tr("&Tanggal:"))
        self.kind_label.setText(self.tr("&Jenis:"))
        self.note_label.setText(self.tr("&Keterangan:"))
        self.note.setPlaceholderText(self.tr("mis. HUT Kabupaten, banjir"))
        current = self.kind.currentData()
        self.kind.clear()
        for kind in ClosureKind:
            self.kind.addItem(self.kind_label_of(kind), str(kind))
        self.kind.setCurrentIndex(max(self.kind.findData(current), 0))
        self.add_button.setText(self.tr("T&ambah"))
        self.remove_button.setText(self.tr("&Hapus yang dipilih"))
        self.import_button.setText(self.tr("&Impor dari berkas…"))
        self.import_button.setToolTip(
            self.tr(
                "Satu tanggal per baris: tanggal,jenis,keterangan, mis. 2026-12-31,tutup_daerah,HUT Kabupaten. "
                "Jenis: cuti_bersama atau tutup_daerah."
            )
        )
        self.problems.setAccessibleName(self.tr("Baris yang salah"))
        self.holidays_box.setTitle(self.tr("Libur nasional dan cuti bersama"))
        self.year_label.setText(self.tr("Tahu&n:"))
        self.holiday_table.setHorizontalHeaderLabels([self.tr("Tanggal"), self.tr("Nama")])
        self.holiday_table.setAccessibleName(self.tr("Libur nasional"))
        self.holidays_note.setText(
            self.tr("Cuti bersama atau libur yang belum ada di daftar ini: tambahkan sebagai hari tutup.")
        )
        self._show_closures()

    def kind_label_of(self, kind: ClosureKind | str) -> str:
        return {ClosureKind.JOINT_LEAVE: self.tr("Cuti bersama"), ClosureKind.REGIONAL: self.tr("Tutup daerah")}.get(
            ClosureKind(kind), str(kind)
        )

    def set_language(self, language: str) -> None:
        """Messages from the core and the holidays' names follow the chosen language."""
        self.language = language
        self.reload()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- loading

    def _show_this_year(self) -> None:
        today = self.calendar.clock().date()
        self.year.blockSignals(True)
        self.year.setValue(today.year)
        self.year.blockSignals(False)
        self.day.setDate(_qdate(today))
        self.reload()

    def reload(self) -> None:
        calendar = self.calendar
        self._loads += 1
        load, year, language = self._loads, self.year.value(), self.language

        def read() -> tuple[list[Closure], list[tuple[date, str]], date]:
            today = calendar.clock().date()
            holidays = calendar.public_holidays(year, language)
            if year == today.year:  # this year: only what is still to come
                holidays = [(day, name) for day, name in holidays if day >= today]
            return calendar.closures(), holidays, today

        self.tasks.read(read, lambda result: self._loaded(load, result), self._failed, context=self)

    def _loaded(self, load: int, result: tuple[list[Closure], list[tuple[date, str]], date]) -> None:
        if load != self._loads:
            return
        self.closures, holidays, today = result
        self._show_closures()
        self.holiday_table.setRowCount(len(holidays))
        for row, (day, name) in enumerate(holidays):
            self.holiday_table.setItem(row, 0, QTableWidgetItem(_day_text(day)))
            self.holiday_table.setItem(row, 1, QTableWidgetItem(name))
        if not holidays:
            self.holiday_table.setRowCount(1)
            self.holiday_table.setItem(
                0,
                1,
                QTableWidgetItem(
                    self.tr("Tidak ada lagi tahun ini")
                    if self.year.value() == today.year
                    else self.tr("Tidak ada data")
                ),
            )
        self._update_buttons()

    def _show_closures(self) -> None:
        self.closure_table.setRowCount(len(self.closures))
        for row, closure in enumerate(self.closures):
            items = (_day_text(closure.day), self.kind_label_of(closure.kind), closure.note)
            for column, text in enumerate(items):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, closure.day.isoformat())
                self.closure_table.setItem(row, column, item)
        self._update_buttons()

    def selected_day(self) -> date | None:
        rows = self.closure_table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.closure_table.item(rows[0].row(), 0)
        return date.fromisoformat(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _update_buttons(self) -> None:
        ready = not self._busy
        self.add_button.setEnabled(ready)
        self.import_button.setEnabled(ready)
        self.remove_button.setEnabled(ready and self.selected_day() is not None)

    # --- changes (on the write lane; the core checks the admin's permission and audits)

    def add_closure(self) -> None:
        calendar, actor = self.calendar, self.actor
        if self._busy:
            return
        day = cast(date, self.day.date().toPython())
        closure = Closure(day, ClosureKind(self.kind.currentData()), self.note.text().strip())

        def added(result: tuple[int, int]) -> None:
            if result[0]:
                self.note.clear()
                self._say(self.tr("Ditambahkan: {day}.").format(day=_day_text(day)), "ok")
            else:
                self._say(self.tr("Tanggal {day} sudah ada di daftar.").format(day=_day_text(day)), "info")

        self._write(lambda: calendar.add(actor, [closure]), added)

    def remove_selected(self) -> None:
        calendar, actor, day = self.calendar, self.actor, self.selected_day()
        if day is None or self._busy:
            return

        def removed(gone: bool) -> None:
            text = self.tr("Dihapus: {day}.") if gone else self.tr("Tanggal {day} sudah tidak ada di daftar.")
            self._say(text.format(day=_day_text(day)), "ok" if gone else "info")

        self._write(lambda: calendar.remove(actor, day), removed)

    def import_file(self) -> None:
        calendar, actor = self.calendar, self.actor
        if self._busy:
            return
        path = self.ask_path(self)
        if path is None:
            return

        def imported(result: tuple[int, int]) -> None:
            added, present = result
            self._say(translate("calendar_imported", self.language, {"added": added, "present": present}), "ok")

        self._write(lambda: calendar.import_file(actor, path), imported, self._refused)

    def _write(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self._busy = True
        self._update_buttons()
        self.problems.clear()
        self.problems.hide()

        def done(result: Any) -> None:
            self._busy = False
            on_done(result)
            self.reload()
            self.changed.emit()

        def failed(exc: BaseException) -> None:
            self._busy = False
            self._update_buttons()
            (on_error or self._refused)(exc)

        self.tasks.write(fn, done, failed, context=self)

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, CalendarImportFailed):  # every bad line named; nothing was imported
            for p in exc.problems:
                self.problems.addItem(translate(p.code, self.language, {"line": p.line, "value": p.value}))
            self.problems.show()
        self._say(describe(exc, self.language), "error")

    def _failed(self, exc: BaseException) -> None:
        self._say(describe(exc, self.language), "error")

    def _say(self, text: str, kind: str) -> None:
        self.message.setText(text)
        style.set_banner_kind(self.message, kind)
        self.message.show()
