"""The monthly recap in the reader's language: labels (never codes), words, numbers and dates the
language's way, in every format (issue 16's language part)."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import pypdf
import pytest
from openpyxl import load_workbook

from lapor_desk.labels import channel_label, status_label
from lapor_desk.reports.figures import Compliance, Figures, Period
from lapor_desk.reports.recap import build_recap
from lapor_desk.reports.writers import ExportFormat, write_recap

from factories import WIB

CODES = ("in_progress", "walk_in", "under_16", "16_30", "tidak_diisi", "pengaduan")
NOVEMBER = Period.month(2026, 11)
WORDS = {
    "id": ("Rekap Bulanan Pengaduan 11/2026", "Menurut kanal", "Tatap muka", "Dalam Proses", "1 November 2026"),
    "en": ("Monthly Complaint Recap 11/2026", "By channel", "Walk-in", "In progress", "November 1, 2026"),
}
GROUPED = {"id": "9.117", "en": "9,117"}  # a count of the month, as the language writes it
RATE = {"id": "33,3%", "en": "33.3%"}


def figures() -> Figures:
    fig = Figures(period=NOVEMBER)
    fig.total = 9117
    fig.completed = 3039
    fig.by_status = {"in_progress": 9117, "tidak_diisi": 12}
    fig.by_channel = {"walk_in": 9117}
    fig.by_type = {"pengaduan": 9117}
    fig.by_village = {"32.04.05.2001": 9117}
    fig.inclusion = {"age_band": {"under_16": 7, "16_30": "<5"}}
    fig.compliance = Compliance(on_time=1, late=1, overdue_open=1)
    return fig


def recap(language: str, listing: bool = True):  # type: ignore[no-untyped-def]
    names = {"32.04.05.2001": "Cibiru Wetan", "32.04.05": "Cileunyi"}
    rows = [
        ("KAB-01-2026-000001", datetime(2026, 11, 25, 10, 0, tzinfo=WIB), "pengaduan", "walk_in", "in_progress")
        + ("", "32.04.05", "32.04.05.2001", "Jalan rusak")
    ]
    return build_recap(
        figures(),
        desk_name="Meja Kab. Bandung",
        desk_code="KAB-01",
        made_at=datetime(2026, 12, 1, 9, 30, tzinfo=WIB),
        region_name=lambda code: names.get(code, code),
        listing=rows if listing else None,
        audit_head=(42, "ab" * 32),
        language=language,
    )


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_recap_reads_in_the_language_with_labels_not_codes(language: str) -> None:
    r = recap(language)
    cells = [str(v) for t in [*r.tables, r.listing] if t for row in [t.header, *t.rows] for v in row if v is not None]
    text = "\n".join([r.title, *r.lines, *(t.title for t in r.tables), *cells])
    for words in WORDS[language]:
        assert words in text, words
    assert not [code for code in CODES if code in cells], "a code reached the recap"
    assert status_label("in_progress", language) in cells and channel_label("walk_in", language) in cells
    assert "Cibiru Wetan (Cileunyi)" in cells  # a village with its district: names repeat in a regency
    assert RATE[language] in cells  # completion 3039/9117, with the language's decimal sign
    listing = r.listing
    assert (
        listing is not None and listing.rows[0][1] == {"id": "25 Nov 2026 10:00", "en": "25 Nov 2026 10:00"}[language]
    )


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_format_writes_the_language_and_its_numbers(language: str, tmp_path: Path) -> None:
    pdf = write_recap(recap(language, listing=False), ExportFormat.PDF, tmp_path / "rekap.pdf")
    page_text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(pdf).pages)
    assert WORDS[language][0] in page_text and WORDS[language][2] in page_text
    assert GROUPED[language] in page_text  # 9117 grouped as the language groups digits
    assert "9117" not in page_text
    assert "?" not in page_text  # CLDR's narrow spaces ("9:30\u202fAM") are not lost to Latin-1
    assert {"id": "1 Desember 2026 09.30", "en": "December 1, 2026 9:30 AM"}[language] in page_text

    xlsx = write_recap(recap(language), ExportFormat.XLSX, tmp_path / "rekap.xlsx")
    book = load_workbook(xlsx)
    tables, listing = book.worksheets
    assert (tables.title, listing.title) == {"id": ("Rekap", "Daftar"), "en": ("Recap", "List")}[language]
    counts = [c for row in tables.iter_rows() for c in row if c.value == 9117]
    assert counts and all(c.number_format == "#,##0" for c in counts)  # a number, grouped by the reader's Excel
    values = {str(c.value) for row in listing.iter_rows() for c in row}
    assert WORDS[language][3] in values and not set(CODES) & values

    out = write_recap(recap(language), ExportFormat.CSV, tmp_path / "rekap.csv")
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[0] == [WORDS[language][0]]
    assert [WORDS[language][2], "9117"] in rows  # plain digits: any spreadsheet reads the same number
    assert not set(CODES) & {v for row in rows for v in row}


def test_the_service_writes_the_desks_display_language(sup, staff, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from lapor_desk.settings import UI_LANGUAGE

    sup.reports.settings.set(UI_LANGUAGE, "en")
    out = sup.reports.export_monthly(staff["supervisor"], Period.month(2026, 10), "csv", tmp_path / "r.csv")
    assert out.read_text(encoding="utf-8-sig").startswith("Monthly Complaint Recap 10/2026")
    out = sup.reports.export_monthly(
        staff["supervisor"], Period.month(2026, 10), "csv", tmp_path / "r.csv", language="id"
    )
    assert out.read_text(encoding="utf-8-sig").startswith("Rekap Bulanan Pengaduan 10/2026")
    assert date(2026, 10, 1) == Period.month(2026, 10).start


def test_a_long_table_in_the_pdf_keeps_its_title_with_its_rows_and_its_header_on_every_page(tmp_path: Path) -> None:
    fig = figures()
    fig.by_village = {f"32.04.05.{2001 + i}": 200 - i for i in range(120)}  # runs over two pages
    r = build_recap(
        fig,
        desk_name="Meja Kab. Bandung",
        desk_code="KAB-01",
        made_at=datetime(2026, 12, 1, 9, 30, tzinfo=WIB),
        region_name=lambda code: f"Desa {code[-4:]}",
        listing=None,
        audit_head=(42, "ab" * 32),
        language="id",
    )
    pages = [
        [" ".join(line.split()) for line in p.extract_text().splitlines() if line.strip()]
        for p in pypdf.PdfReader(write_recap(r, ExportFormat.PDF, tmp_path / "rekap.pdf")).pages
    ]
    assert len(pages) >= 3
    villages = next(t for t in r.tables if any("Desa 2001" in str(row[0]) for row in t.rows))
    head = " ".join(villages.header)
    titles = {t.title for t in r.tables if t.rows}
    heads = {" ".join(t.header) for t in r.tables if t.rows}
    for number, lines in enumerate(pages, 1):
        # A page never ends on a table's title or header with its rows on the next page.
        assert number == len(pages) or lines[-1] not in titles | heads, (number, lines[-3:])
        if any(line.startswith("Desa ") for line in lines):
            assert head in lines, number  # the village table's header is repeated where it goes on


@pytest.mark.parametrize("language", ["id", "en"])
def test_an_empty_table_says_no_data_in_every_format(language: str, tmp_path: Path) -> None:
    """The month's figures have no sex or disability answers: each of those tables says "Tidak ada
    data" under its header, the same in the PDF, the XLSX and the CSV; never a bare header."""
    from lapor_desk.i18n import translate

    no_data = translate("recap.no_data", language)
    r = recap(language, listing=False)
    empty = [t for t in r.tables if t.rows == [(no_data, None)]]
    inclusion = {
        translate("recap.inclusion", language, {"name": translate(f"recap.dim.{d}", language).lower()})
        for d in ("sex", "disability")
    }
    assert inclusion <= {t.title for t in empty}  # (age bands have answers; topics etc. have none here)
    assert all(t.rows for t in r.tables)

    pdf = write_recap(r, ExportFormat.PDF, tmp_path / "rekap.pdf")
    lines = [" ".join(line.split()) for p in pypdf.PdfReader(pdf).pages for line in p.extract_text().splitlines()]
    for table in empty:
        at = lines.index(table.title)
        assert lines[at + 1] == " ".join(table.header) and lines[at + 2] == no_data, lines[at : at + 3]

    book = load_workbook(write_recap(r, ExportFormat.XLSX, tmp_path / "rekap.xlsx"))
    cells = [[c.value for c in row] for row in book.worksheets[0].iter_rows()]
    for table in empty:
        at = next(i for i, row in enumerate(cells) if row[0] == table.title)
        assert cells[at + 2][:2] == [no_data, None]

    with write_recap(r, ExportFormat.CSV, tmp_path / "rekap.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    for table in empty:
        at = rows.index([table.title])
        assert rows[at + 2] == [no_data, ""]
