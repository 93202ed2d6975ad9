"""`lapor-desk import` as IT staff run it (a real subprocess): every malformed record is a row
problem at the line where it starts, nothing is written before the whole file is checked, and
a file that cannot be read to its end writes nothing."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

HEADER = [
    "client_id",
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


def good(n: int, **changes: str) -> dict[str, str]:
    row = {
        "client_id": f"lama-{n}",
        "type": "pengaduan",
        "channel": "letter",
        "title": f"Jembatan gantung putus nomor {n}",
        "body": "Jembatan gantung penghubung dua dusun putus sejak banjir.",
        "received_at": "2024-03-05T10:00:00+07:00",
        "reporter_name": "Made Sudarsana",
        "reporter_phone": "081338112233",
        "consent_personal": "ya",
        "incident_date": "2024-03-01",
        "location_text": "Dusun Kaja Desa Tegallalang",
        "reporter_nik": "5104011203850002",
    }
    row.update(changes)
    return row


def csv_text(rows: list[dict[str, str]], sep: str = ",", header: list[str] = HEADER) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=sep, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([row.get(h, "") for h in HEADER])
    return out.getvalue()


def run(path: Path, home: Path, *extra: str, db: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, LAPOR_DESK_HOME=str(home))
    env.pop("LAPOR_DESK_DB", None)
    database = db or home / "desk.sqlite3"
    return subprocess.run(
        [sys.executable, "-m", "lapor_desk", "--db", f"sqlite:///{database}", "import", "--quiet", str(path), *extra],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def stored(home: Path) -> list[tuple[str, str, str]]:
    """(client_id, title, receipt_number) of every complaint, read with plain sqlite3."""
    path = home / "desk.sqlite3"
    if not path.exists():
        return []
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT client_id, title, receipt_number FROM complaints ORDER BY id").fetchall()


def chunks(home: Path) -> list[int]:
    """How many complaints each committed write of an import held: one audit entry per chunk,
    written in the chunk's own transaction."""
    with sqlite3.connect(home / "desk.sqlite3") as conn:
        details = [
            json.loads(r[0])
            for r in conn.execute("SELECT detail FROM audit_entries WHERE action = 'create' AND target = 'complaints'")
        ]
    conn.close()
    return [d["count"] for d in details if d.get("source") == "import"]


def problems(out: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in out.stderr.splitlines() if line.startswith(("baris ", "line "))]


def assert_clean(out: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in out.stderr and "Made Sudarsana" not in out.stderr


def test_extra_and_missing_cells_are_row_problems_at_their_line(tmp_path: Path) -> None:
    lines = csv_text([good(1), good(2), good(3), good(4)]).splitlines()
    lines[2] += ",satu sel lagi"  # row 2: one cell more than the header
    lines[3] = lines[3].rsplit(",", 2)[0]  # row 3: two cells missing
    path = tmp_path / "sel.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = run(path, tmp_path)
    assert out.returncode == 2
    assert problems(out) == ["baris 3: -: Jumlah sel 13, seharusnya 12.", "baris 4: -: Jumlah sel 10, seharusnya 12."]
    assert [r[0] for r in stored(tmp_path)] == ["lama-1", "lama-4"]
    assert_clean(out)


def test_unclosed_quote_is_reported_where_it_starts_and_the_rest_is_read(tmp_path: Path) -> None:
    lines = csv_text([good(n) for n in range(1, 7)]).splitlines()
    lines[2] = lines[2].replace("Jembatan gantung putus nomor 2", '"Jembatan gantung putus nomor 2')
    path = tmp_path / "kutip.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = run(path, tmp_path)
    assert out.returncode == 2
    assert problems(out) == [
        "baris 3: -: Tanda kutip dibuka di baris ini tidak pernah ditutup (menelan 4 baris berikutnya); "
        "baris-baris itu dibaca ulang sendiri-sendiri."
    ]
    assert [r[0] for r in stored(tmp_path)] == ["lama-1", "lama-3", "lama-4", "lama-5", "lama-6"]


def test_every_error_of_a_row_in_english_when_switched(tmp_path: Path) -> None:
    env = dict(os.environ, LAPOR_DESK_HOME=str(tmp_path))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "lapor_desk",
            "--db",
            f"sqlite:///{tmp_path / 'desk.sqlite3'}",
            "config",
            "set",
            "ui.language",
            "en",
        ],
        check=True,
        env=env,
        timeout=120,
    )
    bad = good(2, title="Pendek", reporter_nik="1234", incident_date="2099-01-01", type="keluhan")
    path = tmp_path / "banyak.csv"
    path.write_text(csv_text([good(1), bad]), encoding="utf-8")
    out = run(path, tmp_path)
    assert out.returncode == 2
    assert problems(out) == [
        "line 3: type: Invalid type value: keluhan.",
        "line 3: title: Too short: at least 10 characters (now 6).",
        "line 3: incident_date: The date cannot be in the future.",
        "line 3: reporter_nik: The NIK must have 16 digits (now 4).",
    ]


def test_old_mac_and_windows_line_ends_and_quoted_newlines(tmp_path: Path) -> None:
    rows = [good(1, body="Baris pertama kronologi.\nBaris kedua kronologi yang panjang."), good(2), good(3)]
    text = csv_text(rows)
    (tmp_path / "cr.csv").write_bytes(text.replace("\n", "\r").encode("utf-8"))
    out = run(tmp_path / "cr.csv", tmp_path)
    assert (out.returncode, problems(out)) == (0, [])
    assert len(stored(tmp_path)) == 3
    home = tmp_path / "crlf"
    home.mkdir()
    (tmp_path / "crlf.csv").write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    out = run(tmp_path / "crlf.csv", home)
    assert (out.returncode, problems(out)) == (0, [])
    assert len(stored(home)) == 3


def test_jsonl_malformed_records(tmp_path: Path) -> None:
    lines = [
        json.dumps(good(1)),
        '{"title": "bad \\x escape"}',
        json.dumps(good(3, title="Judul dengan \ud800 rusak")),  # a lone surrogate, escaped
        json.dumps(good(4, reporter_name="Nama\u0000NUL")),
        json.dumps({**good(5), "title": 12345, "consent_personal": [1]}),
        "[" * 100_000 + "]" * 100_000,
        json.dumps([1, 2]),
        json.dumps(good(8, received_at="0001-01-01T00:00:00+07:00")),
        json.dumps(good(9)),
    ]
    path = tmp_path / "lama.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = run(path, tmp_path)
    assert out.returncode == 2
    assert problems(out) == [
        "baris 2: -: Urutan escape JSON tidak valid (kolom 16).",
        "baris 3: title: Teks berisi karakter rusak (surrogate tunggal) yang tidak bisa disimpan.",
        "baris 4: reporter_name: Teks berisi karakter NUL yang tidak bisa disimpan; hapus karakter itu.",
        "baris 5: title: Jenis nilai title salah: seharusnya text.",
        "baris 5: consent_personal: Jenis nilai consent_personal salah: seharusnya true/false.",
        "baris 6: -: JSON bersarang terlalu dalam.",
        "baris 7: -: Baris harus berupa objek JSON {...}.",
        "baris 8: received_at: Tanggal di luar rentang yang mungkin (paling awal tahun 2000).",
    ]
    assert [r[0] for r in stored(tmp_path)] == ["lama-1", "lama-9"]
    assert_clean(out)


def test_bad_bytes_mid_way_write_nothing_and_say_where_reading_stopped(tmp_path: Path) -> None:
    rows = [good(n) for n in range(1, 6001)]  # over 1 MB, past what detection samples
    data = csv_text(rows).encode("utf-8")
    cut = data.index(b"lama-5900,")  # on line 5901
    path = tmp_path / "rusak.csv"
    path.write_bytes(data[:cut] + b"\xff" + data[cut:])
    out = run(path, tmp_path)
    assert out.returncode == 1
    assert "Pembacaan berhenti di baris 5901: berkas bukan teks UTF-8 yang utuh. Tidak ada yang disimpan." in out.stderr
    assert stored(tmp_path) == []
    assert_clean(out)


def test_truncated_utf16_directory_empty_and_header_only(tmp_path: Path) -> None:
    data = b"\xff\xfe" + csv_text([good(1), good(2)]).encode("utf-16-le")
    (tmp_path / "potong.csv").write_bytes(data[:-1])  # half a character at the end
    out = run(tmp_path / "potong.csv", tmp_path)
    assert out.returncode == 1
    assert "Pembacaan berhenti di baris 3: berkas bukan teks UTF-16 yang utuh" in out.stderr
    assert stored(tmp_path) == []
    (tmp_path / "folder.csv").mkdir()
    out = run(tmp_path / "folder.csv", tmp_path)
    assert out.returncode == 1
    assert "ini sebuah folder, bukan berkas" in out.stderr
    (tmp_path / "kosong.csv").write_bytes(b"")
    out = run(tmp_path / "kosong.csv", tmp_path)
    assert (out.returncode, out.stderr.strip()) == (1, "Berkas kosong: tidak ada baris judul kolom.")
    (tmp_path / "judul.csv").write_text(",".join(HEADER) + "\n", encoding="utf-8")
    out = run(tmp_path / "judul.csv", tmp_path)
    assert out.returncode == 0
    assert "Ditambahkan: 0" in out.stdout
    missing = run(tmp_path / "tidak-ada.csv", tmp_path)
    assert missing.returncode == 1 and "Berkas tidak ditemukan" in missing.stderr
    assert stored(tmp_path) == []


def test_duplicates_inside_the_file_and_re_runs(tmp_path: Path) -> None:
    rows = [good(1), good(2), good(1), good(2, title="Judul lain untuk nomor dua"), good(3)]
    path = tmp_path / "dobel.csv"
    path.write_text(csv_text(rows), encoding="utf-8")
    out = run(path, tmp_path)
    assert out.returncode == 2
    assert problems(out) == ["baris 5: client_id: client_id sama dengan baris 3 tetapi isinya berbeda."]
    assert "Ditambahkan: 3; sudah ada: 0; berulang dalam berkas: 1; baris bermasalah: 1" in out.stdout
    first = stored(tmp_path)
    assert [r[0] for r in first] == ["lama-1", "lama-2", "lama-3"]
    again = run(path, tmp_path)
    assert "Ditambahkan: 0; sudah ada: 3" in again.stdout
    assert stored(tmp_path) == first


def test_nomor_lapor_is_kept_and_what_cannot_be_one_is_a_row_problem(tmp_path: Path) -> None:
    """The export's "Nomor LAPOR!" column (Indonesian header) is kept, as the central numbers
    it; the complaint is queued as already synced, never as new. A tracking ID twice in the
    file, one another complaint holds, one on a draft or one that is not a number are row problems."""
    header = [*HEADER, "Nomor LAPOR!", "Status"]

    def write(rows: list[tuple[dict[str, str], str, str]]) -> Path:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        for row, tracking, status in rows:
            writer.writerow([row.get(h, "") for h in HEADER] + [tracking, status])
        path = tmp_path / "nomor.csv"
        path.write_text(out.getvalue(), encoding="utf-8")
        return path

    path = write(
        [
            (good(1), "00012345", "recorded"),
            (good(2), "", "recorded"),
            (good(3), "12345", "recorded"),  # line 4: the same number as line 2
            (good(4), "777", "draft"),  # line 5
            (good(5), "12A45", "recorded"),  # line 6
            (good(6), "888", ""),
        ]
    )
    out = run(path, tmp_path)
    assert out.returncode == 2, out.stderr
    assert problems(out) == [
        "baris 4: tracking_id: Nomor LAPOR! sama dengan baris 2.",
        "baris 5: tracking_id: Draf belum dikirim ke LAPOR!, jadi tidak bisa punya Nomor LAPOR!; "
        "kosongkan nomornya atau ubah statusnya.",
        "baris 6: tracking_id: Bentuk tracking_id tidak valid.",
    ]
    assert_clean(out)
    with sqlite3.connect(tmp_path / "desk.sqlite3") as conn:
        rows = conn.execute(
            "SELECT c.client_id, c.tracking_id, c.status, s.state, s.synced_revision "
            "FROM complaints c LEFT JOIN sync_items s ON s.complaint_id = c.id ORDER BY c.id"
        ).fetchall()
    conn.close()
    assert rows == [
        ("lama-1", "12345", "recorded", "synced", 1),
        ("lama-2", None, "recorded", "pending", None),
        ("lama-6", "888", "recorded", "synced", 1),
    ]
    # Another file naming a number this desk already holds, under another client_id.
    path = write([(good(7), "888", "recorded")])
    again = run(path, tmp_path)
    assert again.returncode == 2
    assert problems(again) == ["baris 2: tracking_id: Nomor LAPOR! ini sudah dipakai pengaduan lain di meja ini."]


def test_all_or_nothing(tmp_path: Path) -> None:
    path = tmp_path / "semua.csv"
    path.write_text(csv_text([good(1), good(2, reporter_nik="12"), good(3)]), encoding="utf-8")
    out = run(path, tmp_path, "--all-or-nothing")
    assert out.returncode == 2
    assert "Dengan --all-or-nothing tidak ada yang disimpan karena 1 baris bermasalah." in out.stderr
    assert stored(tmp_path) == []
    path.write_text(csv_text([good(1), good(3)]), encoding="utf-8")
    assert run(path, tmp_path, "--all-or-nothing").returncode == 0
    assert len(stored(tmp_path)) == 2


def test_encodings_separators_and_indonesian_headers(tmp_path: Path) -> None:
    from lapor_desk.transfer.columns import LABELS_ID

    rows = [good(1, reporter_name="José Café"), good(2)]
    cases = {
        "cp1252.csv": (csv_text(rows, ";").encode("cp1252"), ["--encoding", "cp1252"]),
        "deteksi.csv": (csv_text(rows, ";").encode("cp1252"), []),
        "utf16.csv": (b"\xff\xfe" + csv_text(rows, "\t").encode("utf-16-le"), []),
        "bom.csv": (b"\xef\xbb\xbf" + csv_text(rows).encode("utf-8"), []),
        "label.csv": (csv_text(rows, header=[LABELS_ID[h] for h in HEADER]).encode("utf-8"), []),
    }
    for name, (data, extra) in cases.items():
        home = tmp_path / name
        home.mkdir()
        path = home / name
        path.write_bytes(data)
        out = run(path, home, *extra)
        assert (name, out.returncode, problems(out)) == (name, 0, []), out.stderr
        names = (
            sqlite3.connect(home / "desk.sqlite3")
            .execute("SELECT reporter_name FROM complaints ORDER BY id")
            .fetchall()
        )
        assert names == [("José Café",), ("Made Sudarsana",)], name
        detected = "Pengodean berkas: Windows-1252 (terdeteksi)." in out.stderr
        assert detected == (name == "deteksi.csv"), name


def test_unknown_columns_are_named(tmp_path: Path) -> None:
    text = csv_text([good(1)])
    header, body = text.split("\n", 1)
    path = tmp_path / "kolom.csv"
    path.write_text(f"{header},catatan,Nomor Lama\n{body.rstrip()},x,y\n", encoding="utf-8")
    out = run(path, tmp_path)
    assert out.returncode == 0
    assert "Kolom tidak dikenal diabaikan: catatan, Nomor Lama." in out.stderr


def test_xlsx_first_sheet_named_sheet_and_damaged_file(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    first.title = "Pengaduan"
    first.append(HEADER)
    first.append(list(good(1).values()))
    first.append([*good(2).values(), "sel lebih"])
    first.append(list(good(3, reporter_nik="51040112038500").values()))
    other = book.create_sheet("Arsip")
    other.append(HEADER)
    other.append(list(good(9).values()))
    path = tmp_path / "lama.xlsx"
    book.save(path)
    out = run(path, tmp_path)
    assert out.returncode == 2
    assert problems(out) == [
        "baris 3: -: Jumlah sel 13, seharusnya 12.",
        "baris 4: reporter_nik: NIK harus 16 digit (sekarang 14).",
    ]
    assert [r[0] for r in stored(tmp_path)] == ["lama-1"]
    out = run(path, tmp_path, "--sheet", "Arsip")
    assert out.returncode == 0
    assert [r[0] for r in stored(tmp_path)] == ["lama-1", "lama-9"]
    missing = run(path, tmp_path, "--sheet", "Tidak")
    assert missing.returncode == 1
    assert "Lembar Tidak tidak ada; lembar yang ada: Pengaduan, Arsip." in missing.stderr
    damaged = tmp_path / "rusak.xlsx"
    damaged.write_bytes(path.read_bytes()[:2000])
    out = run(damaged, tmp_path)
    assert out.returncode == 1 and "Berkas XLSX rusak" in out.stderr
    assert_clean(out)


def _popen_import(path: Path, home: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, LAPOR_DESK_HOME=str(home))
    env.pop("LAPOR_DESK_DB", None)
    return subprocess.Popen(
        [sys.executable, "-m", "lapor_desk", "--db", f"sqlite:///{home / 'desk.sqlite3'}", "import", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _wait_for_line(proc: subprocess.Popen[str], text: str) -> str:
    """The first progress line holding `text` (the CLI prints them as it goes)."""
    assert proc.stderr is not None
    deadline = time.monotonic() + 300
    for line in proc.stderr:
        if text in line:
            return line
        assert time.monotonic() < deadline, "no progress line"
    raise AssertionError(f"the import ended without a line holding {text!r}")


def test_sigkill_during_the_write_neither_loses_nor_duplicates(tmp_path: Path) -> None:
    rows = [good(n) for n in range(1, 6001)]
    path = tmp_path / "banyak.csv"
    path.write_text(csv_text(rows), encoding="utf-8")
    proc = _popen_import(path, tmp_path)
    _wait_for_line(proc, "pengaduan disimpan")  # the write phase: chunks are being committed
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    # Each chunk is its own transaction: whole or absent, never a part of one.
    kept = len(stored(tmp_path))
    assert kept == sum(chunks(tmp_path)) and kept < 6000
    out = run(path, tmp_path)
    assert out.returncode == 0
    assert f"Ditambahkan: {6000 - kept}; sudah ada: {kept};" in out.stdout
    after = stored(tmp_path)
    assert len(after) == 6000 and len({r[0] for r in after}) == 6000 and len({r[2] for r in after}) == 6000


def test_a_clerk_saving_during_a_large_import_gets_in_between_its_chunks(tmp_path: Path) -> None:
    """The import commits chunk by chunk, so a clerk saving a complaint meanwhile (the window
    beside a headless import) waits a moment, not the whole import, and is never told that
    the database is busy."""
    from lapor_desk.events import EventBus
    from lapor_desk.services.complaints import ComplaintService
    from lapor_desk.settings import Settings
    from lapor_desk.storage.database import Database

    from factories import walk_in

    path = tmp_path / "banyak.csv"
    path.write_text(csv_text([good(n) for n in range(1, 10001)]), encoding="utf-8")
    proc = _popen_import(path, tmp_path)
    _wait_for_line(proc, "pengaduan disimpan")  # the import is writing
    db = Database(f"sqlite:///{tmp_path / 'desk.sqlite3'}")
    try:
        service = ComplaintService(db, Settings(tmp_path / "loket.json"), EventBus())
        mine = service.record(walk_in(title="Lampu jalan padam di depan pasar")).complaint
    finally:
        db.dispose()
    stdout, stderr = proc.communicate(timeout=600)
    assert proc.returncode == 0, stderr
    assert "Ditambahkan: 10000;" in stdout
    with sqlite3.connect(tmp_path / "desk.sqlite3") as conn:
        imported_after = conn.execute(
            "SELECT count(*) FROM complaints WHERE client_id LIKE 'lama-%' AND id > ?", (mine.id,)
        ).fetchone()[0]
        total = conn.execute("SELECT count(*) FROM complaints").fetchone()[0]
    conn.close()
    assert total == 10001
    assert imported_after > 0  # saved between two chunks, while the import still had rows to write


def test_a_full_disk_during_the_write_keeps_whole_chunks_and_a_re_run_adds_the_rest(tmp_path: Path) -> None:
    """A real limit on the size a file may grow to (RLIMIT_FSIZE, how a full disk looks to the
    process): the import stops with a message naming the database, a chunk is whole or absent,
    and the same import run again once there is room adds the rest, nothing twice."""
    from constrained import run_cli

    db = tmp_path / "desk.sqlite3"
    first = tmp_path / "awal.csv"
    first.write_text(csv_text([good(n) for n in range(1, 6)]), encoding="utf-8")
    assert run(first, tmp_path).returncode == 0
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    size = db.stat().st_size
    path = tmp_path / "banyak.csv"
    path.write_text(csv_text([good(n) for n in range(100, 3100)]), encoding="utf-8")
    args = ["--db", f"sqlite:///{db}", "import", "--quiet", str(path)]

    # No room at all: nothing saved, and it says so.
    out = run_cli(args, tmp_path / "home", file_size_limit=size)
    assert out.returncode == 1, (out.stdout, out.stderr)
    assert "Traceback" not in out.stderr and "Made Sudarsana" not in out.stderr
    assert str(db) in out.stderr and "tidak ada yang disimpan" in out.stderr
    assert "Ditambahkan: 0;" in out.stdout
    assert len(stored(tmp_path)) == 5

    # Room for some chunks: those are kept whole, the message says how many and what to do.
    out = run_cli(args, tmp_path / "home", file_size_limit=size + 3_000_000)
    assert out.returncode == 1, (out.stdout, out.stderr)
    assert "Traceback" not in out.stderr
    saved = len(stored(tmp_path)) - 5
    assert 0 < saved < 3000 and saved + 5 == sum(chunks(tmp_path))
    assert f"Ditambahkan: {saved};" in out.stdout
    assert f"Penyimpanan berhenti setelah {saved} pengaduan" in out.stderr and str(db) in out.stderr
    assert "Jalankan impor yang sama lagi untuk sisanya" in out.stderr

    # Room again: the same import completes.
    out = run(path, tmp_path)
    assert out.returncode == 0, out.stderr
    assert f"Ditambahkan: {3000 - saved}; sudah ada: {saved};" in out.stdout
    after = stored(tmp_path)
    assert len(after) == 3005 and len({r[0] for r in after}) == 3005 and len({r[2] for r in after}) == 3005


def test_a_file_that_vanishes_during_the_check_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "hilang.csv"
    path.write_text(csv_text([good(n) for n in range(1, 5001)]), encoding="utf-8")
    proc = _popen_import(path, tmp_path)
    _wait_for_line(proc, "baris diperiksa")  # the check has begun; the write has not
    path.unlink()
    stdout, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 1, (stdout, stderr)
    assert f"Berkas tidak bisa dibaca sampai akhir: {path} (tidak ditemukan). Tidak ada yang disimpan." in stderr
    assert "Traceback" not in stderr
    assert "Ditambahkan: 0;" in stdout
    assert stored(tmp_path) == []


def test_a_file_removed_during_the_write_is_read_to_its_end_through_the_open_file(tmp_path: Path) -> None:
    """Removing the file while its rows are being written does not cut the import: the rows come
    from the file already open (checked against pass one's digest row by row)."""
    path = tmp_path / "hilang.csv"
    path.write_text(csv_text([good(n) for n in range(1, 6001)]), encoding="utf-8")
    proc = _popen_import(path, tmp_path)
    line = _wait_for_line(proc, "pengaduan disimpan")
    path.unlink()
    # The count as Indonesian groups digits (6.000); removed while rows were still to write.
    assert int(line.split()[0].replace(".", "")) < 6000
    stdout, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 0, (stdout, stderr)
    assert "Ditambahkan: 6000; sudah ada: 0;" in stdout
    assert len({r[0] for r in stored(tmp_path)}) == 6000


def test_no_personal_data_in_the_log(tmp_path: Path) -> None:
    lines = [json.dumps(good(1, reporter_nik="51040112038500X2")), "{broken"]
    path = tmp_path / "lama.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    out = run(path, tmp_path)
    assert out.returncode == 2
    logs = "".join(p.read_text(encoding="utf-8", errors="replace") for p in (tmp_path / "logs").glob("*"))
    for secret in ("Made Sudarsana", "51040112038500X2", "081338112233"):
        assert secret not in logs and secret not in out.stderr and secret not in out.stdout
