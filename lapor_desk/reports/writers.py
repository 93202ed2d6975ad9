"""Writing a recap to CSV, XLSX (openpyxl) or PDF (fpdf2), atomically, with clear failures.

Each file is written to a temporary file in the target folder and renamed over the
target only when complete, so a full disk or a pulled USB stick never leaves half a
report under the real name, and an earlier report of that name stays as it was.
The PDF is drawn with fpdf2 (pure Python, no Qt), so the CLI and background workers
can make it headless.
"""

from __future__ import annotations

import csv
import errno
import os
import tempfile
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from lapor_desk.accounts.roles import SupervisionError
from lapor_desk.reports.recap import Recap, Table, number
from lapor_desk.transfer.cells import csv_safe


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"
    PDF = "pdf"


class ExportError(SupervisionError):
    pass


def write_recap(recap: Recap, fmt: ExportFormat, out: Path) -> Path:
    writer: Callable[[Recap, Path], None] = {
        ExportFormat.CSV: _write_csv,
        ExportFormat.XLSX: _write_xlsx,
        ExportFormat.PDF: _write_pdf,
    }[fmt]
    return write_atomically(out, lambda tmp: writer(recap, tmp))


def write_atomically(out: Path, produce: Callable[[Path], None]) -> Path:
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError("export_folder_missing", path=str(folder))
    try:
        fd, name = tempfile.mkstemp(dir=folder, prefix=".lapor-export-", suffix=out.suffix)
    except OSError as exc:
        raise _explain(exc, folder) from exc
    os.close(fd)
    tmp = Path(name)
    try:
        produce(tmp)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _explain(exc, out) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out


def _explain(exc: OSError, path: Path) -> ExportError:
    if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        return ExportError("export_disk_full", path=str(path))
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ExportError("export_read_only", path=str(path.parent if path.suffix else path))
    return ExportError("export_failed", detail=exc.strerror or str(exc), path=str(path))


# --- CSV: semicolons, as Excel in an Indonesian locale expects (the decimal mark is a comma);
# counts as plain digits, which a spreadsheet in any locale reads as the same number


def _write_csv(recap: Recap, path: Path) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle, delimiter=";")
        out.writerow([csv_safe(recap.title)])
        for line in recap.lines:
            out.writerow([csv_safe(line)])
        for table in [*recap.tables, *([recap.listing] if recap.listing else [])]:
            out.writerow([])
            out.writerow([csv_safe(table.title)])
            out.writerow([csv_safe(h) for h in table.header])
            out.writerows(["" if v is None else csv_safe(v) for v in row] for row in table.rows)


# --- XLSX: a "Rekap" ("Recap") sheet with every table, and a "Daftar" ("List") sheet with the listing;
# counts stay numbers, shown with the reader's own digit grouping (#,##0)


def _write_xlsx(recap: Recap, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    from lapor_desk.transfer.cells import xlsx_text_cell

    wb = Workbook(write_only=True)
    sheet = wb.create_sheet(recap.sheets[0])
    sheet.column_dimensions["A"].width = 16
    sheet.column_dimensions["B"].width = 48
    sheet.column_dimensions["C"].width = 12
    bold = Font(bold=True)

    def strong(value: object, size: int | None = None) -> WriteOnlyCell:
        cell = xlsx_text_cell(sheet, value)
        cell.font = Font(bold=True, size=size) if size else bold
        return cell

    def count_cell(value: int) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = "#,##0"
        return cell

    sheet.append([strong(recap.title, 14)])
    for line in recap.lines:
        sheet.append([xlsx_text_cell(sheet, line)])
    for table in recap.tables:
        sheet.append([])
        sheet.append([strong(table.title)])
        sheet.append([strong(h) for h in table.header])
        for row in table.rows:
            sheet.append([count_cell(v) if isinstance(v, int) else xlsx_text_cell(sheet, v) for v in row])
    if recap.listing is not None:
        listing = wb.create_sheet(recap.sheets[1])
        listing.append([xlsx_text_cell(listing, h) for h in recap.listing.header])
        for row in recap.listing.rows:
            listing.append([xlsx_text_cell(listing, v) for v in row])
    wb.save(path)


# --- PDF: A4 portrait, core fonts (Latin-1), tables drawn as cells


# Babel writes CLDR's narrow and thin spaces ("6:26\u202fPM", "1\u202f234" in some locales); the
# core fonts have none, so they print as ordinary spaces instead of "?".
_SPACES = str.maketrans({"\u202f": " ", "\u2009": " ", "\u2007": " "})


def _latin1(value: object) -> str:
    text = ("" if value is None else str(value)).translate(_SPACES)
    return text.encode("latin-1", "replace").decode("latin-1")


def _write_pdf(recap: Recap, path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.set_title(_latin1(recap.title))
    pdf.set_creator("lapor-desk")
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 9, _latin1(recap.title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    for line in recap.lines:
        pdf.multi_cell(0, 5, _latin1(line), new_x="LMARGIN", new_y="NEXT")
    for table in recap.tables:
        _pdf_table(pdf, table, recap.language)
    pdf.output(str(path))


def _pdf_table(pdf: object, table: Table, language: str) -> None:
    from fpdf import FPDF

    assert isinstance(pdf, FPDF)
    widths = (35.0, 115.0, 30.0) if len(table.header) == 3 else (140.0, 40.0)
    last = len(widths) - 1  # the count or value: right-aligned
    row_height = 5.5

    def header() -> None:
        pdf.set_font("Helvetica", "B", 9)
        pdf.set_fill_color(230, 230, 230)
        for i, (width, head) in enumerate(zip(widths, table.header, strict=False)):
            pdf.cell(width, 6, _latin1(head), border=1, fill=True, align="R" if i == last else "L")
        pdf.ln()
        pdf.set_font("Helvetica", "", 9)

    # The title, the header and the first rows stay together: a title and header alone at the
    # foot of a page, their rows on the next, read as an empty table.
    if pdf.will_page_break(3 + 7 + 6 + row_height * min(3, max(1, len(table.rows)))):
        pdf.add_page()
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, _latin1(table.title), new_x="LMARGIN", new_y="NEXT")
    header()
    for row in table.rows:
        if pdf.will_page_break(row_height):  # a table that goes on keeps its header on the new page
            pdf.add_page()
            header()
        for i, (width, value) in enumerate(zip(widths, row, strict=False)):
            numeric = i == last
            text = _latin1(number(value, language))  # 9.117 in Indonesian, 9,117 in English
            while pdf.get_string_width(text) > width - 2 and len(text) > 3:
                text = text[:-4] + "..."
            pdf.cell(width, row_height, text, border=1, align="R" if numeric else "L")
        pdf.ln()
