"""The supervisor's audit browser: filter by action, account, target and dates; page back in
time; check the hash chain and see which row broke.

Each entry reads as words (lapor_desk/audit_words.py: "Mengubah pengaduan KAB-BDG-01-...:
Judul"); the stored target and JSON detail are in the row's tooltip and in full on a
double-click or Enter."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lapor_desk.accounts import IT_CONSOLE
from lapor_desk.accounts.guard import audit_page, audit_verify
from lapor_desk.audit import AuditAction, AuditEntry, AuditFilter, AuditTrail, VerifyReport
from lapor_desk.audit_anchor import AnchorStore
from lapor_desk.audit_words import describe as describe_entry
from lapor_desk.audit_words import receipt_numbers
from lapor_desk.i18n import describe, translate
from lapor_desk.settings import UI_LANGUAGE
from ui.common import labels, style
from ui.common.screen import ScreenSession
from ui.common.tables import ReadOnlyTable
from ui.common.tasks import TaskRunner

PAGE = 200


class AuditView(QWidget):
    """Built with the signed-in session (a supervisor's or admin's), dropped at sign-out.
    `anchors`: the anchor copies the desk keeps, so a cut or wiped trail shows too."""

    def __init__(
        self,
        session: ScreenSession,
        tasks: TaskRunner,
        anchors: AnchorStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.settings = session.settings
        self.audit: AuditTrail = session.audit
        self.anchors = anchors
        self.actor = session.actor
        self.entries: list[AuditEntry] = []
        self.numbers: dict[int, str] = {}  # complaint id -> receipt number, for the words
        self.details: QMessageBox | None = None
        self.exhausted = False
        self._generation = 0

        self.action = QComboBox()
        self.action.addItem("", "")
        for action in AuditAction:
            self.action.addItem("", str(action))
        self.account = QLineEdit()
        self.target = QLineEdit()
        self.use_dates = QCheckBox()
        self.since = QDateEdit(QDate.currentDate().addDays(-30))
        self.until = QDateEdit(QDate.currentDate())
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setEnabled(False)
        self.use_dates.toggled.connect(self._use_dates)
        self.apply_button = QPushButton()
        self.apply_button.clicked.connect(self.reload)
        for line in (self.account, self.target):
            line.returnPressed.connect(self.reload)
        self.action.currentIndexChanged.connect(lambda _: self.reload())

        self.model = QStandardItemModel(0, 6, self)
        self.table = ReadOnlyTable({0: 7, 1: 20, 2: 14, 3: 12, 4: 24}, stretch=5)
        self.table.setModel(self.model)
        self.table.doubleClicked.connect(self.show_details)
        self.table.installEventFilter(self)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.verify_result = QLabel()
        self.verify_result.setWordWrap(True)
        self.verify_result.setTextFormat(Qt.TextFormat.PlainText)
        self.verify_result.hide()
        self.more_button = QPushButton()
        self.more_button.clicked.connect(self.load_more)
        self.verify_button = QPushButton()
        self.verify_button.clicked.connect(self.verify)

        self.filter_labels = [QLabel() for _ in range(3)]
        bar = QHBoxLayout()
        for label, editor in zip(self.filter_labels, (self.action, self.account, self.target), strict=True):
            label.setBuddy(editor)
            bar.addWidget(label)
            bar.addWidget(editor, 1)
        # The dates on a row of their own: on one row with the three filters, at 200 % font on a
        # 1366-wide screen the Pengguna and Sasaran boxes were squeezed to a few letters.
        dates = QHBoxLayout()
        dates.addWidget(self.use_dates)
        dates.addWidget(self.since)
        dates.addWidget(self.until)
        dates.addStretch(1)
        dates.addWidget(self.apply_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.more_button)
        buttons.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(dates)
        layout.addWidget(self.verify_result)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self.reload()

    @property
    def language(self) -> str:
        return self.settings.get(UI_LANGUAGE)

    def _use_dates(self, on: bool) -> None:
        self.since.setEnabled(on)
        self.until.setEnabled(on)

    def current_filter(self) -> AuditFilter:
        action = self.action.currentData()
        since = until = None
        if self.use_dates.isChecked():
            tz = datetime.now().astimezone().tzinfo
            since = datetime.combine(_day(self.since.date()), time(), tz)
            until = datetime.combine(_day(self.until.date()), time(), tz) + timedelta(days=1)
        return AuditFilter(
            actions=(action,) if action else (),
            actor=self.account.text().strip().lower(),
            target=self.target.text().strip(),
            since=since,
            until=until,
        )

    # --- loading (read lane)

    def reload(self) -> None:
        audit, actor = self.audit, self.actor
        self._generation += 1
        generation, filt = self._generation, self.current_filter()
        self.entries, self.exhausted = [], False
        self._fill()
        self.tasks.read(
            lambda: _with_numbers(audit, audit_page(actor, audit, filt, limit=PAGE)),
            lambda page: self._loaded(generation, *page),
            self._failed,
            context=self,
        )

    def load_more(self) -> None:
        audit, actor = self.audit, self.actor
        if not self.entries or self.exhausted:
            return
        generation, filt, last = self._generation, self.current_filter(), self.entries[-1].seq
        self.tasks.read(
            lambda: _with_numbers(audit, audit_page(actor, audit, filt, before_seq=last, limit=PAGE)),
            lambda page: self._loaded(generation, *page),
            self._failed,
            context=self,
        )

    def _loaded(self, generation: int, entries: list[AuditEntry], numbers: dict[int, str]) -> None:
        if generation != self._generation:
            return  # the filter changed meanwhile
        self.entries.extend(entries)
        self.numbers.update(numbers)
        self.exhausted = len(entries) < PAGE
        self._fill()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(describe(exc, self.language))

    def _fill(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        language = self.language
        for e in self.entries:
            cells = [
                str(e.seq),
                e.at.astimezone().strftime("%d-%m-%Y %H:%M:%S"),
                self.tr("(konsol-it)") if e.actor == IT_CONSOLE.username else e.actor,  # as the desk's language says
                labels.role_label(e.role) if e.role else "",
                labels.audit_action_label(e.action),
                describe_entry(e, language, self.numbers),
            ]
            row = [QStandardItem(text) for text in cells]
            tip = self.technical(e)
            for item in row:
                item.setToolTip(tip)
            self.model.appendRow(row)
        self.status.setText(self.tr("{count} entri ditampilkan.").format(count=len(self.entries)))
        self.more_button.setEnabled(bool(self.entries) and not self.exhausted)

    def technical(self, entry: AuditEntry) -> str:
        """The entry as the trail stores it: target and detail (JSON)."""
        detail = json.dumps(entry.detail, ensure_ascii=False, sort_keys=True, indent=1) if entry.detail else "—"
        return self.tr("Sasaran: {target}\nTindakan (kode): {action}\nRincian: {detail}").format(
            target=entry.target, action=entry.action, detail=detail
        )

    def show_details(self, index: QModelIndex) -> None:
        if not index.isValid() or index.row() >= len(self.entries):
            return
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Rincian teknis"),
            self.technical(self.entries[index.row()]),
            parent=self,
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = box
        box.open()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  Qt override
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.table.currentIndex().isValid()
        ):
            self.show_details(self.table.currentIndex())
            return True
        return super().eventFilter(watched, event)

    # --- the chain

    def verify(self) -> None:
        audit, actor = self.audit, self.actor
        self.verify_button.setEnabled(False)
        self.verify_result.setText(self.tr("Memeriksa rantai jejak audit…"))
        self.verify_result.show()
        anchors = self.anchors
        self.tasks.read(lambda: audit_verify(actor, audit, anchors), self._verified, self._verify_failed)

    def _verified(self, report: VerifyReport) -> None:
        self.verify_button.setEnabled(True)
        notices = [translate(n.message_code, self.language, n.message_params) for n in report.notices]
        if report.ok:
            style.set_text_colour(self.verify_result, style.BANNER["ok"][1])
            text = self.tr("Rantai utuh: {count} entri diperiksa, tidak ada yang diubah atau dihapus.").format(
                count=report.entries
            )
            self.verify_result.setText("\n".join([text, *notices]))
            return
        style.set_text_colour(self.verify_result, style.ERROR)
        lines = [translate(p.message_code, self.language, p.message_params) for p in report.problems[:20]]
        more = len(report.problems) - len(lines)
        text = (
            self.tr("Jejak audit telah diubah di luar aplikasi ({count} masalah):").format(count=len(report.problems))
            + "\n"
            + "\n".join(lines)
        )
        if more > 0:
            text += "\n" + self.tr("…dan {more} lagi.").format(more=more)
        self.verify_result.setText("\n".join([text, *notices]))

    def _verify_failed(self, exc: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.verify_result.setText(describe(exc, self.language))

    # --- text

    def retranslate(self) -> None:
        self.action.setItemText(0, self.tr("Semua tindakan"))
        for i in range(1, self.action.count()):
            self.action.setItemText(i, labels.audit_action_label(self.action.itemData(i)))
        self.filter_labels[0].setText(self.tr("&Tindakan"))
        self.filter_labels[1].setText(self.tr("&Pengguna"))
        self.filter_labels[2].setText(self.tr("Sa&saran"))
        self.target.setPlaceholderText(self.tr("mis. complaint:12 atau account:budi"))
        self.use_dates.setText(self.tr("Tanggal"))
        self.apply_button.setText(self.tr("Terapkan"))
        self.more_button.setText(self.tr("Muat lagi"))
        self.verify_button.setText(self.tr("Periksa &rantai"))
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Waktu"),
                self.tr("Pengguna"),
                self.tr("Peran"),
                self.tr("Tindakan"),
                self.tr("Uraian"),
            ]
        )
        if self.entries:
            self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _with_numbers(audit: AuditTrail, entries: list[AuditEntry]) -> tuple[list[AuditEntry], dict[int, str]]:
    """A page and the receipt numbers of the complaints it names (read lane: one query)."""
    return entries, receipt_numbers(audit, entries)
