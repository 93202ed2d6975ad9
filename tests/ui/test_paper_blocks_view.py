"""The supervisor's paper receipt blocks screen: reserve a block, see it listed, save its sheet as PDF."""

from __future__ import annotations

import threading
from pathlib import Path

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from lapor_desk.audit import AuditFilter
from lapor_desk.desk import Desk
from lapor_desk.paper.numbers import paper_number
from lapor_desk.paper.sheet import PaperSheet
from ui.shell.main_window import MainWindow
from ui.supervision import paper_sheet_print
from ui.supervision.paper_blocks_view import PaperBlocksView
from ui.supervision.paper_sheet_print import sheet_html


def test_a_block_is_reserved_listed_and_its_sheet_saved_as_pdf(
    window: MainWindow, desk: Desk, qtbot, tmp_path: Path
) -> None:
    session = window.session.current
    assert session is not None
    target = tmp_path / "lembar.pdf"
    view = PaperBlocksView(session, window.tasks, ask_path=lambda _parent, _name: target)
    qtbot.addWidget(view)
    view.show()
    assert not view.pdf_button.isEnabled()  # nothing chosen yet
    view.count.setValue(5)
    view.days.setValue(30)
    view.reserve_button.click()
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=20_000)
    first, last = paper_number("KAB-BDG-01", 1), paper_number("KAB-BDG-01", 5)
    assert view.table.item(0, 1).text() == f"{first} sampai {last}"
    assert view.table.item(0, 2).text() == "0 dari 5"
    assert first in view.news.text()
    [entry] = desk.supervision.audit.page(AuditFilter(actions=("paper_block_reserved",)))
    assert entry.actor == "siti" and entry.detail["count"] == 5

    assert view.pdf_button.isEnabled()  # the new block is chosen
    view.pdf_button.click()
    qtbot.waitUntil(lambda: str(target) in view.news.text(), timeout=20_000)  # said once drawn
    assert target.stat().st_size > 1000 and target.read_bytes().startswith(b"%PDF")
    # The copy is audited once the pages are drawn (off the GUI thread), in the supervisor's name.
    qtbot.waitUntil(lambda: bool(desk.supervision.audit.page(AuditFilter(actions=("paper_sheet_printed",)))))
    [printed] = desk.supervision.audit.page(AuditFilter(actions=("paper_sheet_printed",)))
    assert (printed.actor, printed.target, printed.detail["how"]) == ("siti", "paper_block:1", "pdf")
    sheet = desk.supervision.paper.sheet(session.actor, 1)
    html = sheet_html(sheet)
    assert all(paper_number("KAB-BDG-01", s) in html for s in range(1, 6))

    # A second view (the screen opened again) reads the office's blocks from the database.
    again = PaperBlocksView(session, window.tasks)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.table.rowCount() == 1, timeout=20_000)


def test_the_tab_is_there_for_a_supervisor_or_admin(window: MainWindow) -> None:
    titles = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    assert "Nomor kertas" in titles


def test_a_block_whose_sheet_was_lost_is_voided_from_the_tab(window: MainWindow, desk: Desk, qtbot) -> None:
    session = window.session.current
    assert session is not None
    block = desk.supervision.paper.reserve(session.actor, 3)
    asked: list[int] = []

    def reason(_parent: object, chosen: object) -> str:
        asked.append(chosen.id)  # type: ignore[attr-defined]
        return "lembar hilang"

    view = PaperBlocksView(session, window.tasks, ask_reason=reason)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=20_000)
    assert not view.void_button.isEnabled()  # nothing chosen yet
    view.table.selectRow(0)
    assert view.void_button.isEnabled()
    view.void_button.click()
    qtbot.waitUntil(lambda: "dibatalkan" in view.news.text(), timeout=20_000)
    assert asked == [block.id]
    assert view.news.text() == f"Blok #{block.id} dibatalkan: 3 nomor yang belum terpakai ditolak mulai sekarang."
    assert view.table.item(0, 3).text().startswith("Dibatalkan ")
    assert view.table.item(0, 1).toolTip().endswith("oleh siti: lembar hilang")
    # A voided block is not printed or voided again.
    assert not (view.void_button.isEnabled() or view.pdf_button.isEnabled() or view.print_button.isEnabled())
    [entry] = desk.supervision.audit.page(AuditFilter(actions=("paper_block_voided",)))
    assert (entry.actor, entry.detail["reason"]) == ("siti", "lembar hilang")
    # A reason of spaces only: the core's message under the form, nothing voided.
    other = desk.supervision.paper.reserve(session.actor, 1)
    blank = PaperBlocksView(session, window.tasks, ask_reason=lambda _p, _b: "  ")
    qtbot.addWidget(blank)
    qtbot.waitUntil(lambda: blank.table.rowCount() == 2, timeout=20_000)
    blank.table.selectRow(0)
    blank.void_button.click()
    qtbot.waitUntil(lambda: blank.message.text() != "", timeout=20_000)
    assert blank.message.text() == "Tulis alasan pembatalan blok (1 sampai 200 karakter), misalnya: lembar hilang."
    assert desk.supervision.paper.block(session.actor, other.id).voided_at is None
    assert blank.void_button.isEnabled()


def test_a_sheet_is_audited_even_when_the_screen_closes_before_its_pages_are_drawn(
    window: MainWindow, desk: Desk, qtbot, tmp_path: Path
) -> None:
    session = window.session.current
    assert session is not None
    block = desk.supervision.paper.reserve(session.actor, 5)
    target = tmp_path / "lembar.pdf"

    def ask_path(_parent: object, _name: str) -> Path:
        # The screen is closed (signed out) the moment the file is chosen, before any page is
        # drawn: nothing of it is left to call back.
        QTimer.singleShot(0, lambda: shiboken6.delete(view))
        return target

    view = PaperBlocksView(session, window.tasks, ask_path=ask_path)
    view.show()
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=20_000)
    view.table.selectRow(0)
    assert view.pdf_button.isEnabled()
    view.pdf_button.click()
    qtbot.waitUntil(lambda: not shiboken6.isValid(view), timeout=20_000)
    # The record of who was given a copy is written all the same, in the supervisor's name.
    printed = AuditFilter(actions=("paper_sheet_printed",))
    qtbot.waitUntil(lambda: bool(desk.supervision.audit.page(printed)), timeout=20_000)
    [entry] = desk.supervision.audit.page(printed)
    assert (entry.actor, entry.target, entry.detail["how"]) == ("siti", f"paper_block:{block.id}", "pdf")


def test_a_sheet_printed_through_the_print_dialog_is_audited_first_and_drawn_off_the_gui_thread(
    window: MainWindow, desk: Desk, qtbot, tmp_path: Path, monkeypatch
) -> None:
    """The real print dialog, accepted with its PDF printer target: no printer (no CUPS) is
    installed here, so a real printer cannot be chosen; the pages go through the dialog's
    QPrinter and print_to as they would to one."""
    session = window.session.current
    assert session is not None
    block = desk.supervision.paper.reserve(session.actor, 5)
    target = tmp_path / "dicetak.pdf"
    printed = AuditFilter(actions=("paper_sheet_printed",))
    drawing: list[tuple[bool, int]] = []  # (on the GUI thread?, audit rows already there)
    real_print_to = paper_sheet_print.print_to

    def watched_print_to(sheet: PaperSheet, printer: QPrinter) -> None:  # a spy: the real one draws
        drawing.append(
            (threading.current_thread() is threading.main_thread(), len(desk.supervision.audit.page(printed)))
        )
        real_print_to(sheet, printer)

    monkeypatch.setattr(paper_sheet_print, "print_to", watched_print_to)

    answered: list[str] = []

    def in_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QPrintDialog):
            return  # not open yet
        opened.stop()
        printers = dialog.findChild(QComboBox, "printers")
        names = [printers.itemText(i) for i in range(printers.count())] if printers is not None else []
        filename = dialog.findChild(QLineEdit, "filename")
        # Qt lists "Print to File (PDF)" last, in the window's language ("Cetak ke Berkas (PDF)").
        if printers is None or filename is None or not names or not names[-1].endswith("(PDF)"):
            answered.append(f"no PDF target in the dialog: {names}")
            dialog.reject()  # never leave the modal dialog open: its exec() would never return
            return
        printers.setCurrentIndex(len(names) - 1)
        filename.setText(str(target))
        answered.append("accepted")
        dialog.accept()

    view = PaperBlocksView(session, window.tasks)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=20_000)
    view.table.selectRow(0)
    qtbot.waitUntil(view.print_button.isEnabled)
    opened = QTimer(view)
    opened.timeout.connect(in_the_dialog)
    opened.start(50)  # the dialog is modal (exec): the test answers it from the event loop it runs
    view.print_button.click()
    qtbot.waitUntil(lambda: bool(answered), timeout=30_000)
    assert answered == ["accepted"]
    qtbot.waitUntil(lambda: view.news.text() == "Lembar dikirim ke printer.", timeout=30_000)
    assert drawing == [(False, 1)]  # drawn off the GUI thread, after the copy was on record
    [entry] = desk.supervision.audit.page(printed)
    assert (entry.actor, entry.target, entry.detail["how"]) == ("siti", f"paper_block:{block.id}", "printer")
    assert target.stat().st_size > 1000 and target.read_bytes().startswith(b"%PDF")
