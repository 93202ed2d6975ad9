"""Exports are safe to open: a cell that a spreadsheet would run as a formula is text, in the
complaint export (CSV) and in the monthly recap (CSV and XLSX), and import gives it back."""

from __future__ import annotations

import csv
import sqlite3
from datetime import datetime
from pathlib import Path

from openpyxl import load_workbook

from lapor_desk.demo import DemoGenerator, Place, write_demo_data
from lapor_desk.events import EventBus
from lapor_desk.reports.figures import Period
from lapor_desk.storage.database import open_database
from lapor_desk.transfer import export_file, import_file

from factories import WIB, FixedClock, raw_sql

PLACES = [Place("32", "32.04", "32.04.05", "32.04.05.2001", "Cibiru Wetan", "Cileunyi", "Kab. Bandung")]
FORMULAS = [
    '=HYPERLINK("http://contoh.invalid","klik")',
    "+6281234567890",
    "-1+2",
    "@SUM(A1)",
    "\t=1+1",
    "'=sudah berkutip",
]


def _demo_with_formulas(sup_db) -> None:  # type: ignore[no-untyped-def]
    gen = DemoGenerator(PLACES, seed=3, end=datetime(2026, 11, 1, tzinfo=WIB), span_days=20)
    write_demo_data(sup_db, gen, len(FORMULAS), batch=100)
    with raw_sql(sup_db) as raw:
        ids = [r[0] for r in raw.execute("SELECT id FROM complaints ORDER BY id")]
        for cid, text in zip(ids, FORMULAS, strict=True):
            raw.execute("UPDATE complaints SET title = ?, reporter_name = ? WHERE id = ?", (f"{text} judul", text, cid))


def test_recap_xlsx_and_csv_never_hold_a_formula(sup, staff, sup_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _demo_with_formulas(sup_db)
    month = Period.month(2026, 10)
    xlsx = sup.reports.export_monthly(staff["admin"], month, "xlsx", tmp_path / "rekap.xlsx", include_personal=True)
    book = load_workbook(xlsx)  # not read-only: data_type tells a formula from text
    cells = [c for sheet in book.worksheets for row in sheet.iter_rows() for c in row if c.value is not None]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    texts = {c.value for c in cells}
    assert set(FORMULAS) <= texts  # the reporter names, as typed
    recap_csv = sup.reports.export_monthly(staff["admin"], month, "csv", tmp_path / "rekap.csv", include_personal=True)
    with recap_csv.open(encoding="utf-8-sig", newline="") as handle:
        values = [v for row in csv.reader(handle, delimiter=";") for v in row]
    assert not [v for v in values if v[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert '\'=HYPERLINK("http://contoh.invalid","klik")' in values


def test_complaint_export_is_safe_and_imports_back_as_typed(sup_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _demo_with_formulas(sup_db)
    out = tmp_path / "ekspor.csv"
    assert export_file(out, sup_db) == len(FORMULAS)
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["reporter_name"] for r in rows] == ["'" + t if t[0] in "=+-@\t'" else t for t in FORMULAS]
    assert "tracking_id" in rows[0]
    other = open_database(f"sqlite:///{tmp_path / 'lain.sqlite3'}")
    try:
        report = import_file(
            out,
            other,
            EventBus(),
            desk_code="KAB-BDG-01",
            officer="Impor",
            clock=FixedClock(datetime(2026, 11, 20, 9, 30, tzinfo=WIB)),
        )
        assert (report.added, report.problems) == (len(FORMULAS), [])
        with sqlite3.connect(other.path) as raw:
            names = [r[0] for r in raw.execute("SELECT reporter_name FROM complaints ORDER BY id")]
    finally:
        other.dispose()
    assert names == [t.strip() for t in FORMULAS]  # names are stored stripped, as the form does
