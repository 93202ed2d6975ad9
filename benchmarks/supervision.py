"""Supervision at 1,000,000 complaints: the dashboard's aggregate queries beside a raw sqlite3
floor running the same SQL in the same run, and the time to write the monthly XLSX, CSV and PDF.

    python -m benchmarks.supervision [--count 1000000] [--repeat 15]

Uses its own copy of the cached demo database (benchmarks/.cache), migrated to head, with
a spread of statuses and agency follow-up events added once so that every query has work.
"""

from __future__ import annotations

import argparse
import functools
import sqlite3
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from benchmarks.common import CACHE, demo_database, row, timed
from lapor_desk.accounts import AccountService
from lapor_desk.audit import AuditTrail
from lapor_desk.clock import system_clock
from lapor_desk.deadlines import DeskCalendar
from lapor_desk.reports.figures import Period, compute
from lapor_desk.reports.service import ReportService
from lapor_desk.settings import Settings
from lapor_desk.storage.database import Database


def prepared_database(count: int) -> Path:
    """A head-revision copy of the demo database with statuses and follow-ups spread over it."""
    path = CACHE / f"supervision-{count}.sqlite3"
    if not path.exists():
        source = CACHE / f"desk-{count}-seed1.sqlite3"
        if not source.exists():
            source = demo_database(count)
        print(f"copying {source.name} to {path.name} ...", flush=True)
        src, dst = sqlite3.connect(f"file:{source}?mode=ro", uri=True), sqlite3.connect(path)
        src.backup(dst)
        src.close()
        dst.close()
    db = Database(f"sqlite:///{path}")
    try:
        if db.current_revision() != db.head_revision():
            started = time.perf_counter()
            db.migrate(Path(tempfile.mkdtemp(prefix="lapor-bench-backup-")))
            print(f"migrated to head in {time.perf_counter() - started:.1f} s", flush=True)
    finally:
        db.dispose()
    with sqlite3.connect(path) as raw:
        if raw.execute("SELECT 1 FROM complaint_events WHERE kind = 'central_follow_up' LIMIT 1").fetchone() is None:
            print("spreading statuses and adding follow-up events (once) ...", flush=True)
            raw.execute(
                "UPDATE complaints SET status = CASE id % 10 WHEN 0 THEN 'in_progress' WHEN 1 THEN 'completed' "
                "WHEN 2 THEN 'verified' WHEN 3 THEN 'unverified' WHEN 4 THEN 'archived' ELSE status END, "
                "category_id = 'T' || (id % 40)"
            )
            raw.execute(
                "INSERT INTO complaint_events (complaint_id, at, kind, actor, detail) "
                "SELECT id, datetime(received_at, '+' || (2 + id % 17) || ' days'), 'central_follow_up', "
                "'central', '{}' FROM complaints WHERE id % 10 IN (0, 1)"
            )
            raw.commit()
            raw.execute("ANALYZE")
            raw.commit()
    raw.close()
    return path


RAW_QUERIES = (
    "SELECT status, type, channel, count(*) FROM complaints INDEXED BY ix_complaints_received_dims "
    "WHERE received_at >= :a AND received_at < :b AND status != 'draft' GROUP BY 1, 2, 3",
    "SELECT category_id, count(*) FROM complaints INDEXED BY ix_complaints_received_dims "
    "WHERE received_at >= :a AND received_at < :b AND status != 'draft' GROUP BY 1",
    "SELECT district_code, village_code, count(*) FROM complaints INDEXED BY ix_complaints_received_dims "
    "WHERE received_at >= :a AND received_at < :b AND status != 'draft' GROUP BY 1, 2",
    "SELECT sex, age_band, disability, disability_types, with_companion, count(*) FROM complaints "
    "INDEXED BY ix_complaints_received_dims WHERE received_at >= :a AND received_at < :b AND status != 'draft' "
    "GROUP BY 1, 2, 3, 4, 5",
    "SELECT count(*) FROM complaints WHERE received_at >= :a AND received_at < :b AND status != 'draft' "
    "AND ((status IN ('recorded', 'unverified') AND received_at < :v) OR (status = 'verified' AND received_at < :f) "
    "OR (status = 'in_progress' AND received_at < :c))",
    "SELECT date(received_at, '+420 minutes'), date(first_at, '+420 minutes'), count(*) FROM (SELECT c.received_at, "
    "(SELECT min(e.at) FROM complaint_events e WHERE e.kind IN ('central_follow_up') AND e.complaint_id = c.id) "
    "AS first_at FROM complaints c WHERE c.received_at >= :a AND c.received_at < :b AND c.status != 'draft') "
    "WHERE first_at IS NOT NULL GROUP BY 1, 2",
    "SELECT date(received_at, '+420 minutes'), count(*) FROM complaints WHERE received_at >= :a "
    "AND received_at < :b AND status != 'draft' AND status IN ('recorded', 'unverified', 'verified') "
    "AND NOT EXISTS (SELECT 1 FROM complaint_events e WHERE e.kind IN ('central_follow_up') "
    "AND e.complaint_id = complaints.id) GROUP BY 1",
)


def raw_floor(path: Path, period: Period, tz: object, repeat: int) -> list[float]:
    """The same SQL through bare sqlite3, rows fetched, no Python work on them."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)

    def bound(d: date) -> str:
        return (
            datetime.combine(d, datetime.min.time(), tzinfo=tz)
            .astimezone(UTC)
            .strftime(  # type: ignore[arg-type]
                "%Y-%m-%d %H:%M:%S.%f"
            )
        )

    today = date.today()
    params = {
        "a": bound(period.start),
        "b": bound(period.end),
        "v": bound(today - timedelta(days=5)),
        "f": bound(today - timedelta(days=12)),
        "c": bound(today - timedelta(days=60)),
    }

    def run() -> None:
        for sql in RAW_QUERIES:
            conn.execute(sql, params).fetchall()

    try:
        return timed(run, repeat, warmup=2)
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    path = prepared_database(args.count)
    db = Database(f"sqlite:///{path}")
    work = Path(tempfile.mkdtemp(prefix="lapor-bench-"))
    settings = Settings(work / "settings.json")
    audit = AuditTrail(db)
    calendar = DeskCalendar(db, audit, settings)
    reports = ReportService(db, calendar, audit, settings)
    accounts = AccountService(db, audit)
    bench_password = "bench-password-1"
    admin = (
        accounts.create_first_admin("bench", "Benchmark", bench_password)
        if accounts.needs_first_admin()
        else accounts.sign_in("bench", bench_password)
    )
    now = system_clock()
    with sqlite3.connect(path) as raw:
        total = raw.execute("SELECT count(*) FROM complaints").fetchone()[0]
        last = datetime.fromisoformat(raw.execute("SELECT max(received_at) FROM complaints").fetchone()[0])
    first_of_last = date(last.year, last.month, 1)
    prev = first_of_last - timedelta(days=1)
    month = Period.month(prev.year, prev.month)
    year = Period(date(first_of_last.year - 1, first_of_last.month, 1), first_of_last)
    print(f"{total:,} complaints in {path.name}; month {month.label()}, year {year.label()}\n")

    for name, period, repeat in (("month", month, args.repeat), ("12 months", year, max(3, args.repeat // 3))):
        deadlines = calendar.deadlines()
        with db.read() as conn:
            fig = compute(conn, period, deadlines, now)
        app = timed(functools.partial(reports.dashboard, admin, period), repeat, warmup=2)
        floor = raw_floor(path, period, now.tzinfo, repeat)
        target = "p95 <= 1 s, in the background" if name == "month" else "in the background"
        print(row(f"dashboard, {name} ({fig.total:,})", app, floor, target))
    print()
    for fmt in ("xlsx", "csv", "pdf"):
        out = work / f"rekap.{fmt}"
        samples = []
        for _ in range(3):
            started = time.perf_counter()
            reports.export_monthly(admin, month, fmt, out)
            samples.append((time.perf_counter() - started) * 1000)
        print(
            f"monthly recap {fmt.upper():<5} ({out.stat().st_size / 1e6:5.2f} MB)  "
            f"median {sorted(samples)[1]:8.0f} ms   max {max(samples):8.0f} ms"
        )
    db.dispose()


if __name__ == "__main__":
    main()
