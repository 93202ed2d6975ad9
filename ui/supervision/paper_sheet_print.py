"""A block of paper receipt numbers printed (or saved as PDF) for the desk drawer.

The core says what the sheet holds (lapor_desk/paper/sheet.py); this draws it as a table with
room to write in, through Qt's print dialog as the receipt is printed, or into a PDF file.
The dialog is the GUI thread's; drawing the pages (`save_sheet_pdf`, `print_to`) is the task
runner's: a block of 500 numbers is twenty pages.
"""

from __future__ import annotations

import errno
from html import escape
from pathlib import Path

from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from lapor_desk.paper.sheet import PaperSheet


def sheet_html(sheet: PaperSheet) -> str:
    """The sheet as simple HTML (Qt's rich text): heading, instructions and one row per number."""
    head = "".join(f"<th align='left'>{escape(c)}</th>" for c in sheet.columns)
    rows = "".join(
        f"<tr><td nowrap style='font-family: monospace; font-size: 11pt'>{'<s>' if used else ''}{escape(number)}"
        f"{'</s>' if used else ''}</td><td></td><td></td><td></td></tr>"
        for number, used in sheet.numbers
    )
    notes = "".join(f"<li>{escape(line)}</li>" for line in sheet.instructions)
    return (
        f"<h2>{escape(sheet.heading)}</h2><p><b>{escape(sheet.desk_name)}</b><br/>{escape(sheet.block_line)}</p>"
        f"<ul>{notes}</ul>"
        "<table border='1' cellspacing='0' cellpadding='8' width='100%'>"
        f"<tr>{head}</tr>{rows}</table>"
    )


def _document(sheet: PaperSheet) -> QTextDocument:
    document = QTextDocument()
    # A paper's own size, whatever font size the window is set to (Tampilan > Ukuran huruf).
    document.setDefaultFont(QFont("DejaVu Sans", 10))
    document.setHtml(sheet_html(sheet))
    return document


def _a4(printer: QPrinter) -> None:
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)


def save_sheet_pdf(sheet: PaperSheet, path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    _a4(printer)
    _document(sheet).print_(printer)
    if not path.exists():  # Qt says nothing when it cannot write the file
        raise OSError(errno.EIO, "no PDF written", str(path))


def ask_printer(parent: QWidget) -> QPrinter | None:
    """The print dialog (on the GUI thread); None when it was cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _a4(printer)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None


def print_to(sheet: PaperSheet, printer: QPrinter) -> None:
    """Draw the sheet onto the printer the dialog chose (off the GUI thread)."""
    _document(sheet).print_(printer)
