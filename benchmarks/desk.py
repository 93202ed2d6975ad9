"""Desk benchmarks at scale: `python -m benchmarks.desk [--count 1000000]`.

Builds (once, cached in benchmarks/.cache) a database of demo complaints through the
real `lapor-desk demo-data`, then measures the app's own code paths beside the raw
SQLite query or insert doing the same work, in the same run:
start-up to the first painted window (against a bare PySide6 window) and to the queue's
first page; the queue's first and next page; search newest-first for a common and a rare
word; a single intake save; the app's peak RSS.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import time
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

from benchmarks.common import demo_database, median, percentile, row, timed

PROBE = Path(__file__).with_name("startup_probe.py")
QUEUE_SQL = (
    "SELECT id, receipt_number, status, type, channel, title, reporter_name, is_anonymous, "
    "received_at, location_text, is_demo FROM complaints {where} ORDER BY queue_key DESC LIMIT 200"
)
SEARCH_SQL = (
    "SELECT c.id, c.receipt_number, c.status, c.type, c.channel, c.title, c.reporter_name, "
    "c.is_anonymous, c.received_at, c.location_text, c.is_demo FROM complaints_fts "
    "JOIN complaints c ON c.queue_key = complaints_fts.rowid WHERE complaints_fts MATCH ? "
    "ORDER BY complaints_fts.rowid DESC LIMIT 200"
)


def startup(db: Path, runs: int) -> dict[str, list[float]]:
    results: dict[str, list[float]] = {
        "floor": [],
        "painted": [],
        "queue": [],
        "rss_mb": [],
        "signed_in": [],
        "rss_now_mb": [],
    }
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        LAPOR_DESK_HOME=str(db.parent / "home"),
    )
    for _ in range(runs):
        for mode in ("floor", "app"):
            env["BENCH_T0"] = repr(time.time())
            out = subprocess.run(
                [sys.executable, str(PROBE), mode, str(db)],
                capture_output=True,
                text=True,
                env=env,
                timeout=300,
                check=True,
            ).stdout
            marks = dict(line.split() for line in out.splitlines() if line.strip())
            if mode == "floor":
                results["floor"].append(float(marks["painted"]))
            else:
                results["painted"].append(float(marks["painted"]))
                results["queue"].append(float(marks["queue"]))
                results["signed_in"].append(float(marks["queue"]) - float(marks["signed_in"]))
                results["rss_mb"].append(float(marks["rss_mb"]))
                results["rss_now_mb"].append(float(marks.get("rss_now_mb", "nan")))
    return results


def queries(db_path: Path, repeat: int) -> list[str]:
    from lapor_desk.domain.queue import QueueFilter
    from lapor_desk.storage.database import Database
    from lapor_desk.storage.repository import queue_page

    db = Database(f"sqlite:///{db_path}")
    raw = sqlite3.connect(db_path)
    lines = []
    try:

        def app_page(before: int | None = None, text: str = "") -> list:
            with db.read() as conn:
                return queue_page(conn, QueueFilter(text=text), before_id=before, limit=200)

        first = app_page()
        before = first[-1].id
        lines.append(
            row(
                "queue first page (200 rows)",
                timed(app_page, repeat),
                timed(lambda: raw.execute(QUEUE_SQL.format(where="")).fetchall(), repeat),
                "target <= 50 ms",
            )
        )
        lines.append(
            row(
                "queue next page",
                timed(lambda: app_page(before), repeat),
                timed(
                    lambda: raw.execute(
                        QUEUE_SQL.format(where="WHERE queue_key < (SELECT queue_key FROM complaints WHERE id = ?)"),
                        (before,),
                    ).fetchall(),
                    repeat,
                ),
            )
        )
        for label, word in (("common", "jalan"), ("rare", "stunting")):
            hits = raw.execute(
                "SELECT count(*) FROM complaints_fts WHERE complaints_fts MATCH ?", (f'"{word}"',)
            ).fetchone()[0]
            lines.append(
                row(
                    f"search {label} '{word}' ({hits:,} hits)",
                    timed(lambda w=word: app_page(text=w), repeat),
                    timed(lambda w=word: raw.execute(SEARCH_SQL, (f'"{w}"*',)).fetchall(), repeat),
                    "target p95 <= 20 ms, <= 3x raw",
                )
            )
    finally:
        raw.close()
        db.dispose()
    return lines


def saves(db_path: Path, repeat: int) -> list[str]:
    from lapor_desk.domain.complaint import ComplaintInput
    from lapor_desk.domain.enums import Channel, ReportType
    from lapor_desk.events import EventBus
    from lapor_desk.services.complaints import ComplaintService
    from lapor_desk.settings import DESK_CODE, Settings
    from lapor_desk.storage.database import Database

    settings = Settings(db_path.parent / "bench-settings.json")
    settings.set(DESK_CODE, "BENCH-APP")
    db = Database(f"sqlite:///{db_path}")
    service = ComplaintService(db, settings, EventBus())
    data = ComplaintInput(
        type=ReportType.PENGADUAN,
        channel=Channel.WALK_IN,
        title="Jalan rusak di depan sekolah",
        body="Jalan di depan SD negeri rusak parah sejak musim hujan, banyak lubang dan genangan.",
        incident_date=date(2026, 11, 1),
        location_text="Desa Cileunyi Kulon, Kec. Cileunyi",
        reporter_name="Budi Santoso",
        reporter_nik="3204051203850002",
        reporter_phone="081234567890",
        consent_personal=True,
        officer_name="Petugas",
        received_at=datetime.now(UTC),
    )
    raw = sqlite3.connect(db_path, isolation_level=None)
    raw.execute("PRAGMA synchronous = FULL")
    raw.execute("PRAGMA foreign_keys = ON")
    columns = [c[1] for c in raw.execute("PRAGMA table_info(complaints)") if c[1] != "id"]
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
    template = {c: "" for c in columns} | {
        "desk_code": "BENCH-RAW",
        "status": "recorded",
        "revision": 1,
        "type": "pengaduan",
        "channel": "walk_in",
        "title": data.title,
        "body": data.body,
        "incident_date": "2026-11-01",
        "location_text": data.location_text,
        "latitude": None,
        "longitude": None,
        "is_anonymous": 0,
        "is_confidential": 0,
        "reporter_name": data.reporter_name,
        "reporter_nik": data.reporter_nik,
        "reporter_phone": "+6281234567890",
        "consent_personal": 1,
        "inclusion_consent": 0,
        "sex": None,
        "age_band": None,
        "disability_consent": 0,
        "disability": None,
        "with_companion": None,
        "received_at": now,
        "created_at": now,
        "updated_at": now,
        "import_key": None,
        "duplicate_of_id": None,
        "tracking_id": None,
    }
    insert = f"INSERT INTO complaints ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"

    def raw_save() -> None:
        raw.execute("BEGIN IMMEDIATE")
        serial = raw.execute(
            "INSERT INTO receipt_counters (desk_code, day, last_serial) VALUES ('BENCH-RAW', '20260101', 1) "
            "ON CONFLICT (desk_code, day) DO UPDATE SET last_serial = last_serial + 1 RETURNING last_serial"
        ).fetchone()[0]
        values = template | {"client_id": str(uuid.uuid4()), "receipt_number": f"BENCH-RAW-{serial}"}
        cid = raw.execute(insert, [values[c] for c in columns]).lastrowid
        raw.executemany(
            "INSERT INTO complaint_events (complaint_id, at, kind, actor, detail) VALUES (?, ?, ?, 'Petugas', '{}')",
            [(cid, now, "created"), (cid, now, "recorded")],
        )
        raw.execute("COMMIT")

    try:
        app = timed(lambda: service.record(data), repeat)
        floor = timed(raw_save, repeat)
    finally:
        raw.execute("DELETE FROM complaints WHERE desk_code IN ('BENCH-APP', 'BENCH-RAW')")
        raw.execute("DELETE FROM receipt_counters WHERE desk_code IN ('BENCH-APP', 'BENCH-RAW')")
        raw.close()
        db.dispose()
    return [row("intake save (record + receipt)", app, floor, "target p99 <= 20 ms")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--startup-runs", type=int, default=5)
    args = parser.parse_args()
    db = demo_database(args.count)
    print(f"\nlapor-desk benchmarks at {args.count:,} complaints ({db.stat().st_size / 1e6:,.0f} MB)\n")
    for line in queries(db, args.repeat):
        print(line)
    for line in saves(db, args.repeat):
        print(line)
    s = startup(db, args.startup_runs)
    floor, painted = median(s["floor"]), median(s["painted"])
    print(
        f"{'start-up to first painted window':<34} median {painted:8.1f} ms   bare PySide6 window "
        f"{floor:7.1f} ms   ratio {painted / floor:5.2f}x   [target <= 2.5x]"
    )
    print(f"{'start-up to queue first page':<34} median {median(s['queue']):8.1f} ms   (incl. a scrypt sign-in)")
    print(f"{'sign-in to queue first page':<34} median {median(s['signed_in']):8.1f} ms")
    print(
        f"{'peak RSS (queue paged, searched)':<34} max {max(s['rss_mb']):8.1f} MB   [target <= 250 MB]   "
        f"resident at the end {max(s['rss_now_mb']):.1f} MB (the sign-in's scrypt holds 32 MiB while it hashes)"
    )
    print(f"(start-up runs: {len(s['floor'])}; p95 first paint {percentile(s['painted'], 95):.1f} ms)")


if __name__ == "__main__":
    main()
