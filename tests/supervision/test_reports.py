"""Dashboard figures against counts made independently from the same rows; the recap files; failures."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import zlib
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from lapor_desk.accounts import PermissionDenied
from lapor_desk.audit import AuditFilter
from lapor_desk.deadlines import Deadlines, DeadlineState, Stage
from lapor_desk.demo import DemoGenerator, Place, write_demo_data
from lapor_desk.domain.workdays import WorkingDayCalendar
from lapor_desk.reports.figures import SUPPRESSED, Period, suppress
from lapor_desk.reports.writers import ExportError
from lapor_desk.storage.database import Database

from factories import PASSWORD, WIB, raw_sql, url_of

PLACES = [
    Place("32", "32.04", "32.04.05", "32.04.05.2001", "Cibiru Wetan", "Cileunyi", "Kab. Bandung"),
    Place("32", "32.04", "32.04.05", "32.04.05.2002", "Cimekar", "Cileunyi", "Kab. Bandung"),
    Place("32", "32.04", "32.04.06", "32.04.06.2001", "Cikadut", "Cimenyan", "Kab. Bandung"),
    Place("34", "34.04", "34.04.01", "34.04.01.2001", "Sidoarum", "Godean", "Kab. Sleman"),
]
OCTOBER = Period.month(2026, 10)
CAL = WorkingDayCalendar()


@pytest.fixture
def data(sup, sup_db, staff):  # type: ignore[no-untyped-def]
    """~400 complaints from mid-September to the end of October 2026, with statuses, topics,
    drafts and follow-up events written behind the services' back as the sync would."""
    gen = DemoGenerator(PLACES, seed=11, end=datetime(2026, 11, 1, tzinfo=WIB), span_days=45)
    write_demo_data(sup_db, gen, 400, batch=100)
    with raw_sql(sup_db) as raw:
        ids = [r[0] for r in raw.execute("SELECT id FROM complaints ORDER BY id")]
        statuses = ["recorded", "unverified", "verified", "in_progress", "completed", "archived", "draft"]
        for i, cid in enumerate(ids):
            raw.execute(
                "UPDATE complaints SET status = ?, category_id = ? WHERE id = ?",
                (statuses[i % 7], f"T{i % 5}" if i % 3 else "", cid),
            )
        # First follow-ups for in_progress/completed ones, 2..14 days after receipt; a second later one.
        rows = raw.execute("SELECT id, received_at FROM complaints WHERE status IN ('in_progress','completed')")
        for n, (cid, received) in enumerate(rows.fetchall()):
            at = datetime.fromisoformat(str(received)) + timedelta(days=2 + n % 13)
            for extra in (0, 3):
                raw.execute(
                    "INSERT INTO complaint_events (complaint_id, at, kind, actor, detail) "
                    "VALUES (?, ?, 'central_follow_up', 'central', '{}')",
                    (
                        cid,
                        (at + timedelta(days=extra)).isoformat(sep=" "),
                    ),
                )
        # Satisfaction ratings: some reporters rate twice (the latest counts), some reply without one.
        for n, cid in enumerate(ids[::3]):
            for k, rating in enumerate((1 + n % 5, 1 + (n * 7) % 5) if n % 4 == 0 else (1 + n % 5,)):
                raw.execute(
                    "INSERT INTO complaint_events (complaint_id, at, kind, actor, detail) "
                    "VALUES (?, '2026-11-10 03:00:00.000000', 'reporter_reply', '', ?)",
                    (cid, json.dumps({"text": "terima kasih", "rating": rating, "k": k})),
                )
            raw.execute(
                "INSERT INTO complaint_events (complaint_id, at, kind, actor, detail) "
                "VALUES (?, '2026-11-11 03:00:00.000000', 'reporter_reply', '', '{\"text\": \"ok\"}')",
                (cid,),
            )
    return sup_db


def _rows(db: Database) -> list[dict[str, object]]:
    with raw_sql(db) as raw:
        return [dict(r._mapping) for r in raw.execute("SELECT * FROM complaints")]


def _in_october(row: dict[str, object]) -> bool:
    local = datetime.fromisoformat(str(row["received_at"])).replace(tzinfo=UTC).astimezone(WIB).date()
    return date(2026, 10, 1) <= local < date(2026, 11, 1) and row["status"] != "draft"


def test_dashboard_matches_independent_counts(sup, staff, data) -> None:  # type: ignore[no-untyped-def]
    fig = sup.reports.dashboard(staff["supervisor"], OCTOBER)
    rows = [r for r in _rows(data) if _in_october(r)]
    assert 150 < fig.total == len(rows)
    assert fig.by_status == Counter(str(r["status"]) for r in rows)
    assert fig.by_type == Counter(str(r["type"]) for r in rows)
    assert fig.by_channel == Counter(str(r["channel"]) for r in rows)
    assert fig.by_topic == Counter(str(r["category_id"]) or "tidak_diisi" for r in rows)
    assert fig.by_district == Counter(str(r["district_code"]) for r in rows)
    assert fig.by_village == {k: suppress(v) for k, v in Counter(str(r["village_code"]) for r in rows).items()}
    assert fig.completed == sum(1 for r in rows if r["status"] == "completed")
    # Inclusion, with 1-4 shown as "<5".
    sex = Counter(str(r["sex"] or "tidak_diisi") for r in rows)
    assert fig.inclusion["sex"] == {k: suppress(v) for k, v in sex.items()}
    band = Counter(str(r["age_band"] or "tidak_diisi") for r in rows)
    assert fig.inclusion["age_band"] == {k: suppress(v) for k, v in band.items()}
    dis = Counter(str(r["disability"] or "tidak_diisi") for r in rows)
    assert fig.inclusion["disability"] == {k: suppress(v) for k, v in dis.items()}
    types = Counter(t for r in rows if r["disability"] == "yes" for t in str(r["disability_types"]).split(","))
    assert fig.inclusion["disability_type"] == {k: suppress(v) for k, v in types.items()}
    youth = sum(1 for r in rows if r["age_band"] == "16_30")
    assert fig.inclusion["youth"]["16_30"] == suppress(youth)
    assert any(v == SUPPRESSED for v in fig.inclusion["disability_type"].values())


def test_follow_up_median_compliance_and_overdue(sup, staff, sup_clock, data) -> None:  # type: ignore[no-untyped-def]
    fig = sup.reports.dashboard(staff["supervisor"], OCTOBER)
    rows = {int(r["id"]): r for r in _rows(data) if _in_october(r)}  # type: ignore[call-overload]
    with raw_sql(data) as raw:
        firsts = dict(
            raw.execute(
                "SELECT complaint_id, min(at) FROM complaint_events "
                "WHERE kind = 'central_follow_up' GROUP BY complaint_id"
            ).fetchall()
        )
    deadlines = Deadlines(CAL)
    today = sup_clock.now.date()

    def local(text: object) -> date:
        return datetime.fromisoformat(str(text)).replace(tzinfo=UTC).astimezone(WIB).date()

    days, on_time, late, overdue_open, pending, overdue_now = [], 0, 0, 0, 0, 0
    for cid, r in rows.items():
        received = local(r["received_at"])
        due = deadlines.due_date(Stage.FOLLOW_UP, received)
        if cid in firsts:
            done = local(firsts[cid])
            days.append(CAL.working_days_between(received, done))
            on_time, late = (on_time + 1, late) if done <= due else (on_time, late + 1)
        elif r["status"] in ("recorded", "unverified", "verified"):
            overdue_open, pending = (overdue_open + 1, pending) if due < today else (overdue_open, pending + 1)
        d = deadlines.for_complaint(str(r["status"]), received, today)
        overdue_now += bool(d and d.state is DeadlineState.OVERDUE)
    assert fig.followed_up == len(days) > 20
    assert fig.median_workdays_to_follow_up == statistics.median(days)
    c = fig.compliance
    assert (c.on_time, c.late, c.overdue_open, c.pending) == (on_time, late, overdue_open, pending)
    assert c.rate == on_time / (on_time + late + overdue_open)
    assert fig.overdue_now == overdue_now > 0


def test_satisfaction_counts_each_reporters_latest_rating(sup, staff, data) -> None:  # type: ignore[no-untyped-def]
    fig = sup.reports.dashboard(staff["supervisor"], OCTOBER)
    in_period = {int(r["id"]) for r in _rows(data) if _in_october(r)}  # type: ignore[call-overload]
    latest: dict[int, int] = {}
    with raw_sql(data) as raw:
        for cid, detail in raw.execute(
            "SELECT complaint_id, detail FROM complaint_events WHERE kind = 'reporter_reply' ORDER BY id"
        ):
            rating = (detail if isinstance(detail, dict) else json.loads(detail)).get("rating")
            if rating is not None and cid in in_period:
                latest[cid] = rating
    assert fig.satisfaction == Counter(latest.values()) and sum(fig.satisfaction.values()) > 20
    assert fig.satisfaction_mean == pytest.approx(statistics.mean(latest.values()))


def test_no_follow_ups_yet_gives_no_median(sup, staff, sup_db) -> None:  # type: ignore[no-untyped-def]
    fig = sup.reports.dashboard(staff["admin"], OCTOBER)
    assert fig.total == 0 and fig.median_workdays_to_follow_up is None and fig.compliance.rate is None


def test_small_counts_are_suppressed() -> None:
    assert [suppress(n) for n in (0, 1, 4, 5, 120)] == [0, "<5", "<5", 5, 120]


def test_clerk_gets_no_dashboard_or_export(sup, staff, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PermissionDenied):
        sup.reports.dashboard(staff["clerk"], OCTOBER)
    with pytest.raises(PermissionDenied):
        sup.reports.export_monthly(staff["clerk"], OCTOBER, "csv", tmp_path / "r.csv")
    with pytest.raises(PermissionDenied):  # a supervisor exports, but without personal data
        sup.reports.export_monthly(staff["supervisor"], OCTOBER, "csv", tmp_path / "r.csv", include_personal=True)
    assert not (tmp_path / "r.csv").exists()


def test_xlsx_recap_holds_the_figures_and_no_personal_data(sup, staff, data, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    out = sup.reports.export_monthly(staff["supervisor"], OCTOBER, "xlsx", tmp_path / "rekap.xlsx")
    wb = load_workbook(out, read_only=True)
    recap = [_trim(r) for r in wb["Rekap"].iter_rows(values_only=True)]
    assert recap[0][0] == "Rekap Bulanan Pengaduan 10/2026"
    fig = sup.reports.dashboard(staff["supervisor"], OCTOBER)
    assert ("Jumlah pengaduan", fig.total) == recap[recap.index(("Ukuran", "Nilai")) + 1]
    assert ("Tercatat (antre kirim)", fig.by_status["recorded"]) in recap  # a label, not a code
    assert any(len(r) == 2 and r[1] == "<5" for r in recap)
    listing = [tuple(r) for r in wb["Daftar"].iter_rows(values_only=True)]
    assert len(listing) == fig.total + 1 and "NIK" not in listing[0]
    niks = {str(r["reporter_nik"]) for r in _rows(data)}
    cells = {str(v) for row in recap + listing for v in row}
    assert not niks & cells
    entry = sup.audit.page(AuditFilter(actions=("export",)))[0]
    assert entry.actor == "sri" and entry.detail["format"] == "xlsx" and entry.detail["personal_data"] is False


def test_admin_may_include_personal_data_explicitly(sup, staff, data, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = sup.reports.export_monthly(staff["admin"], OCTOBER, "csv", tmp_path / "rekap.csv", include_personal=True)
    text = out.read_text(encoding="utf-8-sig")
    assert "BERISI DATA PRIBADI" in text and ";NIK;" in text
    october_niks = {str(r["reporter_nik"]) for r in _rows(data) if _in_october(r)}
    assert all(nik in text for nik in october_niks)
    assert sup.audit.page(AuditFilter(actions=("export",)))[0].detail["personal_data"] is True


def _trim(row: tuple[object, ...]) -> tuple[object, ...]:
    values = list(row)
    while values and values[-1] is None:
        values.pop()
    return tuple(values)


def _pdf_text(path: Path) -> str:
    raw = path.read_bytes()
    chunks = []
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", raw, re.S):
        try:
            chunks.append(zlib.decompress(m.group(1)).decode("latin-1"))
        except zlib.error:
            chunks.append(m.group(1).decode("latin-1"))
    return "".join(chunks)


def test_pdf_recap_in_indonesian(sup, staff, data, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = sup.reports.export_monthly(staff["supervisor"], OCTOBER, "pdf", tmp_path / "rekap.pdf")
    assert out.read_bytes().startswith(b"%PDF")
    text = _pdf_text(out)
    for words in (
        "Rekap Bulanan Pengaduan 10/2026",
        "Menurut kanal",
        "Tatap muka",
        "Inklusi: jenis kelamin",
        "Perempuan",
        "Kepatuhan tenggat",
    ):
        assert words in text


def test_csv_command_and_bad_month(data, tmp_path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from lapor_desk.cli import main

    url = url_of(data)
    monkeypatch.setenv("LAPOR_DESK_PASSWORD", PASSWORD)
    assert (
        main(
            [
                "--db",
                url,
                "report",
                "monthly",
                "--month",
                "2026-13",
                "--format",
                "csv",
                "--out",
                str(tmp_path / "x.csv"),
                "--user",
                "sri",
            ]
        )
        == 1
    )
    assert "tttt-bb" in capsys.readouterr().err
    assert (
        main(
            [
                "--db",
                url,
                "report",
                "monthly",
                "--month",
                "2026-10",
                "--format",
                "csv",
                "--out",
                str(tmp_path / "x.csv"),
                "--user",
                "sri",
            ]
        )
        == 0
    )
    assert (tmp_path / "x.csv").read_text(encoding="utf-8-sig").startswith("Rekap Bulanan Pengaduan 10/2026")
    assert (
        main(
            [
                "--db",
                url,
                "report",
                "monthly",
                "--month",
                "2026-10",
                "--format",
                "pdf",
                "--out",
                str(tmp_path / "nope" / "x.pdf"),
                "--user",
                "sri",
            ]
        )
        == 1
    )
    assert "tidak ada" in capsys.readouterr().err


def test_read_only_folder_is_explained(sup, staff, data) -> None:  # type: ignore[no-untyped-def]
    target = Path("/sys/kernel")  # refuses new files even to root
    if sys.platform != "linux" or not target.is_dir():
        pytest.skip("needs a folder that refuses writes")
    with pytest.raises(ExportError) as err:
        sup.reports.export_monthly(staff["supervisor"], OCTOBER, "xlsx", target / "rekap.xlsx")
    assert err.value.code == "export_read_only" and "/sys/kernel" in err.value.text()
    entry = sup.audit.page(AuditFilter(actions=("export",)))[0]
    assert entry.detail["outcome"] == "failed" and entry.detail["reason"] == "export_read_only"


FULL_DISK_SCRIPT = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
from lapor_desk.cli import main
resource.setrlimit(resource.RLIMIT_FSIZE, (100_000, 100_000))  # no file may grow past 100 kB: a full disk
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.sqlite_only  # the report command under a file-size limit that SQLite's own file obeys too
def test_full_disk_keeps_the_old_report_and_leaves_no_temp_file(sup_db, staff, tmp_path) -> None:  # type: ignore[no-untyped-def]
    gen = DemoGenerator(PLACES, seed=5, end=datetime(2026, 10, 31, tzinfo=WIB), span_days=28)
    write_demo_data(sup_db, gen, 1500, batch=500)  # the October listing alone is well over 100 kB
    sup_db.dispose()
    with sqlite3.connect(sup_db.path) as raw:  # the database's own writes start small again
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    out = tmp_path / "rekap.csv"
    out.write_text("laporan lama", encoding="utf-8")
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            FULL_DISK_SCRIPT,
            "--db",
            f"sqlite:///{sup_db.path}",
            "report",
            "monthly",
            "--month",
            "2026-10",
            "--format",
            "csv",
            "--out",
            str(out),
            "--user",
            "sri",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, LAPOR_DESK_PASSWORD=PASSWORD),
    )
    assert proc.returncode == 1, proc.stderr
    assert "Disk penuh" in proc.stderr
    assert out.read_text(encoding="utf-8") == "laporan lama"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".lapor-export")) == []
    with sqlite3.connect(sup_db.path) as raw:
        outcomes = [
            json.loads(d)["outcome"]
            for (d,) in raw.execute("SELECT detail FROM audit_entries WHERE action = 'export' ORDER BY seq")
        ]
    assert outcomes == ["requested", "failed"]
