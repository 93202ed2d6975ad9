"""Import of legacy complaints and export: every bad row reported, every good row kept, once."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from lapor_desk.events import ComplaintsImported, EventBus
from lapor_desk.storage.database import Database, open_database
from lapor_desk.storage.repository import QueueFilter, queue_page
from lapor_desk.transfer import ExportRefused, export_file, import_file

from factories import FixedClock

HEADER = [
    "type",
    "channel",
    "title",
    "body",
    "received_at",
    "reporter_name",
    "reporter_phone",
    "consent_personal",
    "incident_date",
    "location_text",
    "reporter_nik",
]
GOOD = [
    "pengaduan",
    "letter",
    "Jembatan gantung putus",
    "Jembatan gantung penghubung dua dusun putus sejak banjir.",
    "2024-03-05T10:00:00+07:00",
    "Made Sudarsana",
    "081338112233",
    "ya",
    "2024-03-01",
    "Dusun Kaja, Desa Tegallalang",
    "5104011203850002",
]


def write_csv(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def run(path: Path, db: Database, clock: FixedClock, bus: EventBus | None = None, language: str = "id"):
    return import_file(
        path, db, bus or EventBus(), desk_code="KAB-BDG-01", officer="Impor", language=language, clock=clock
    )


def count(db: Database) -> int:
    with db.read() as conn:
        return len(queue_page(conn, QueueFilter(), limit=10_000))


def test_good_rows_kept_bad_rows_reported_by_line(tmp_path: Path, db: Database, clock: FixedClock) -> None:
    bad_nik = GOOD[:10] + ["1234"]
    future = GOOD[:8] + ["2099-01-01"] + GOOD[9:]
    bad_type = ["keluhan"] + GOOD[1:]
    multiline = GOOD[:3] + ["Baris pertama kronologi.\nBaris kedua kronologi yang cukup panjang."] + GOOD[4:]
    path = write_csv(tmp_path / "lama.csv", [GOOD, bad_nik, multiline, future, bad_type])
    bus = EventBus()
    seen: list[ComplaintsImported] = []
    bus.subscribe(ComplaintsImported, seen.append)
    report = run(path, db, clock, bus)
    assert report.added == 2
    assert [(p.line, p.field) for p in report.problems] == [(3, "reporter_nik"), (6, "incident_date"), (7, "type")]
    assert report.problems[0].message == "NIK harus 16 digit (sekarang 4)."
    assert report.problems[2].message == "Nilai type tidak valid: keluhan."
    assert seen == [ComplaintsImported(2)]
    assert count(db) == 2

    again = run(path, db, clock)
    assert (again.added, again.already_present) == (0, 2)
    assert count(db) == 2


def test_imported_rows_get_receipts_from_their_day(tmp_path: Path, db: Database, clock: FixedClock) -> None:
    run(write_csv(tmp_path / "a.csv", [GOOD]), db, clock)
    with db.read() as conn:
        (row,) = queue_page(conn, QueueFilter())
    assert row.receipt_number == "KAB-BDG-01-20240305-0001"


def test_windows_1252_is_detected_and_said(tmp_path: Path, db: Database, clock: FixedClock) -> None:
    path = tmp_path / "latin1.csv"
    with path.open("w", encoding="cp1252", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerow([c.replace("Made", "Médé") for c in GOOD])
    report = run(path, db, clock)
    assert report.notes == ["Pengodean berkas: Windows-1252 (terdeteksi)."]
    assert (report.added, report.problems) == (1, [])
    with db.read() as conn:
        (row,) = queue_page(conn, QueueFilter())
    assert row.reporter == "Médé Sudarsana"


def test_missing_columns(tmp_path: Path, db: Database, clock: FixedClock) -> None:
    path = write_csv(tmp_path / "kurang.csv", [GOOD[:3]], header=HEADER[:3])
    report = run(path, db, clock, language="en")
    assert report.fatal == "Required columns are missing: body, received_at."


def test_ten_megabytes_in_one_cell(tmp_path: Path, db: Database, clock: FixedClock) -> None:
    huge = GOOD[:3] + ["x" * 10_000_000] + GOOD[4:]
    report = run(write_csv(tmp_path / "besar.csv", [huge, GOOD]), db, clock)
    assert report.added == 1
    assert [(p.line, p.field) for p in report.problems] == [(2, "-")]
    assert report.problems[0].message.startswith("Rekaman terlalu besar (lebih dari 4194304 karakter")


def test_jsonl_with_broken_lines(tmp_path: Path, db: Database, clock: FixedClock) -> None:
    good = dict(zip(HEADER, GOOD, strict=True))
    lines = [json.dumps(good), "{not json", json.dumps([1, 2]), json.dumps({"title": "x"}), ""]
    path = tmp_path / "lama.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    report = run(path, db, clock)
    assert report.added == 1
    assert sorted({p.line for p in report.problems}) == [2, 3, 4]  # every error of line 4 is listed


def test_unknown_extension(tmp_path: Path, db: Database, clock: FixedClock) -> None:
    path = tmp_path / "lama.xls"
    path.write_text("x")
    assert run(path, db, clock).fatal == "Format berkas tidak dikenal; gunakan .csv, .jsonl atau .xlsx."


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_export_then_import_elsewhere_round_trips(tmp_path: Path, service, clock, suffix: str) -> None:
    from factories import walk_in

    service.record(walk_in())
    service.record(walk_in(title="Judul <b>bukan</b> HTML", is_anonymous=True))
    out = tmp_path / f"ekspor{suffix}"
    assert export_file(out, service.db) == 2
    other = open_database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        report = run(out, other, clock)
        assert (report.added, report.problems) == (2, [])
        with other.read() as conn:
            rows = queue_page(conn, QueueFilter())
        assert {r.receipt_number for r in rows} == {"KAB-BDG-01-20261120-0001", "KAB-BDG-01-20261120-0002"}
        assert rows[0].title == "Judul <b>bukan</b> HTML" and rows[0].is_anonymous
        # Importing the export back into the same desk adds nothing.
        assert run(out, service.db, clock).already_present == 2
    finally:
        other.dispose()


def test_export_to_a_missing_or_blocked_folder_leaves_no_half_file(tmp_path: Path, service) -> None:
    blocker = tmp_path / "bukan-folder"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(ExportRefused) as refused:
        export_file(blocker / "ekspor.csv", service.db)
    assert refused.value.code == "export_folder_missing"
    with pytest.raises(ExportRefused):
        export_file(tmp_path / "belum-ada" / "ekspor.csv", service.db)
    assert not (tmp_path / "belum-ada").exists()
    assert list(tmp_path.glob("**/.export-*")) == []


@pytest.mark.parametrize("change", ["vanish", "edit"])
def test_a_file_that_vanishes_or_changes_between_check_and_write_writes_nothing(
    tmp_path: Path, db: Database, clock: FixedClock, change: str
) -> None:
    path = write_csv(tmp_path / "lama.csv", [GOOD, [GOOD[0], *GOOD[1:3], GOOD[3] + " Lagi.", *GOOD[4:]]])

    def meddle(phase: str, rows: int, rate: float, share: float) -> None:
        if phase == "check" and share == 1.0:  # the check has read the file to its end
            if change == "vanish":
                path.unlink()
            else:
                path.write_text(path.read_text(encoding="utf-8").replace("Made", "Wayan"), encoding="utf-8")

    report = import_file(path, db, EventBus(), desk_code="KAB-BDG-01", officer="Impor", clock=clock, progress=meddle)
    assert report.added == 0 and count(db) == 0
    if change == "vanish":
        assert report.fatal == (
            f"Berkas tidak bisa dibaca sampai akhir: {path} (tidak ditemukan). Tidak ada yang disimpan."
        )
    else:
        assert report.fatal == "Berkas berubah selama impor. Tidak ada yang disimpan; jalankan lagi."
