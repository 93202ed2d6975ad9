"""An office on PostgreSQL at scale: `python -m benchmarks.office_postgres [--count 1000000]
[--saves 300] [--pg-url URL]`.

Issue 17's benchmark: with `--count` complaints already in the office's database,
- the queue page (first, and a later one by keyset), word search and number searches beside
  the raw query in the same run (benchmarks.queue_search.measure), and
- intake saves (record: validation, receipt number, events, outbox, audit) with three counters
  saving at once, each its own process with its own counter code: p50/p95/p99 per save
  (target: p99 <= 20 ms), measured twice: each counter saving back to back (a closed loop,
  on a small machine also a queue of processes for its CPU), and in rounds where the three
  press Save at the same instant (as at an office, each counter its own PC); a refused save
  is in the figures at its time until the refusal, and listed,
on PostgreSQL (a copy, dropped afterwards, of a database holding the same cached demo
complaints: benchmarks.pg_fill builds it once with COPY and keeps it on the server; give the
server with --pg-url or LAPOR_BENCH_POSTGRES_URL) and on SQLite (a copy of the cached demo
database, so the cache stays as built) for comparison. Per save it also reports its statements and commits (a
measure the machine's load does not change), the wait for the audit chain's lock and the commit, and the
counter process's own CPU per save (time.process_time around each save, p50/p95: what the load
barely moves, beside the wall-clock figures).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.common import demo_database, percentile, row
from benchmarks.pg_fill import copy_of_database, office_database

COUNTERS = ("L1", "L2", "L3")
SAVER = """
import sys, time
from datetime import date, datetime, timedelta, timezone
from sqlalchemy import event
from lapor_desk.desk import Desk
from lapor_desk.domain.complaint import ComplaintInput
from lapor_desk.domain.enums import Channel, ReportType
from lapor_desk.settings import DESK_CODE, DESK_COUNTER
from lapor_desk.storage.errors import StorageError
url, counter, saves, mode = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
desk = Desk.open(url)
desk.settings.set(DESK_CODE, "BENCH-01")
desk.settings.set(DESK_COUNTER, counter)
wib = timezone(timedelta(hours=7))
# Load-independent measures of one save: its statements, commits, round trips to the server
# (PostgreSQL: each statement, psycopg's BEGIN, a COMMIT sent on its own and a connection ping;
# a COMMIT sent in the last statement's message is no trip of its own), and the time spent
# waiting for a lock all counters share (PostgreSQL: the audit chain's head row; SQLite: the
# file's write turn and BEGIN IMMEDIATE) and in the commit (PostgreSQL: from the last
# statement's message carrying it, when it does).
seen = {"statements": 0, "commits": 0, "trips": 0, "lock": 0.0}
started = {}
pg = desk.db.engine.dialect.name == "postgresql"
def _idle(conn):
    info = getattr(conn.connection.dbapi_connection, "info", None)
    return pg and info is not None and info.transaction_status == 0  # psycopg: IDLE
@event.listens_for(desk.db.engine, "before_cursor_execute")
def _before(conn, cursor, statement, params, context, many):
    seen["statements"] += 1
    seen["trips"] += 1
    if pg and _idle(conn):
        seen["trips"] += 1  # psycopg sends BEGIN first, and waits for it
    started["at"] = time.perf_counter()
@event.listens_for(desk.db.engine, "after_cursor_execute")
def _after(conn, cursor, statement, params, context, many):
    if ("audit_head" in statement and ("FOR UPDATE" in statement or statement.startswith("UPDATE audit_head SET seq"))
            or "pg_advisory_xact_lock" in statement
            or statement.startswith("BEGIN IMMEDIATE")):
        seen["lock"] += time.perf_counter() - started["at"]
    if statement.rstrip().endswith("COMMIT"):  # the last statement carried the commit
        seen["commits"] += 1
        started["commit"] = started["at"]
@event.listens_for(desk.db.engine, "commit")
def _commit(conn):
    if _idle(conn):
        return  # committed already by the last statement: psycopg sends nothing
    seen["commits"] += 1
    seen["trips"] += 1
    started["commit"] = time.perf_counter()
dialect = desk.db.engine.dialect
plain_ping = dialect.do_ping
def _ping(dbapi_connection):
    seen["trips"] += 1
    return plain_ping(dbapi_connection)
dialect.do_ping = _ping
turns = getattr(desk.db, "turns", None)
if turns is not None:  # SQLite's write turn (lapor_desk.storage.write_turns)
    from contextlib import contextmanager
    plain_turn = turns.turn
    @contextmanager
    def _turn():
        asked = time.perf_counter()
        with plain_turn():
            seen["lock"] += time.perf_counter() - asked
            yield
    turns.turn = _turn
print("ready", flush=True)
sys.stdin.readline()  # all three start together
for n in range(saves):
    if mode == "rounds" and n:
        sys.stdin.readline()  # the next round: all three press Save at the same instant
    data = ComplaintInput(
        type=ReportType.PENGADUAN, channel=Channel.WALK_IN, title=f"Jalan desa rusak loket {counter} nomor {n}",
        body="Jalan utama desa rusak parah sejak tiga bulan, banyak lubang besar di tengah jalan.",
        incident_date=date(2026, 11, 1), location_text="Jl. Raya Cibiru Wetan", province_code="32",
        regency_code="32.04", reporter_name="Budi Santoso", reporter_nik="3204051203850002",
        reporter_phone="0812-3456-7890", consent_personal=True, officer_name="Siti",
        received_at=datetime(2026, 11, 20, 9, 0, tzinfo=wib),
    )
    seen.update(statements=0, commits=0, trips=0, lock=0.0)
    started.pop("commit", None)
    cpu = time.process_time()
    start = time.perf_counter()
    try:
        desk.complaints.record(data)
    except StorageError as exc:  # the form would keep it and say so: timed until the refusal
        print(f"refused {(time.perf_counter() - start) * 1000:.3f} {exc.code}", flush=True)
        continue
    end = time.perf_counter()
    cpu = (time.process_time() - cpu) * 1000  # this process's CPU: what the load barely moves
    commit = (end - started.get("commit", end)) * 1000
    counts = f"{seen['statements']} {seen['commits']} {seen['trips']}"
    print(f"saved {(end - start) * 1000:.3f} {counts} {seen['lock'] * 1000:.3f} {commit:.3f} {cpu:.3f}", flush=True)
desk.close()
"""


@dataclass
class Saves:
    """The saves of one run: every save's time until saved or refused (`ms`, in the figures);
    for the saved ones [statements, commits, round trips, ms waiting for the shared lock, ms in
    the commit, ms of the counter process's own CPU]; the refused ones' codes."""

    ms: list[float] = field(default_factory=list)
    saved: list[list[float]] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)

    def take(self, line: str) -> None:
        kind, ms, *rest = line.split()
        self.ms.append(float(ms))
        if kind == "refused":
            self.refused.append(rest[0])
        else:
            self.saved.append([float(v) for v in rest])


def three_counters(url: str, saves: int, home: Path, mode: str = "loop") -> Saves:
    """Three counters, each its own process with its own counter code, saving into `url`.
    mode "loop": each saves `saves` times back to back (a closed loop: on a 2-core machine the
    three processes and the server queue for the CPU too). mode "rounds": `saves` rounds; in
    each the three press Save at the same instant (they wait for one "go"), save once and
    report, then the next round: every save meets the others' on the locks, as at an office
    where each counter is its own PC."""
    procs = []
    for counter in COUNTERS:
        env = dict(os.environ, LAPOR_DESK_HOME=str(home / counter), LAPOR_DESK_NO_KEYRING="1")
        env.pop("LAPOR_DESK_DB", None)
        procs.append(
            subprocess.Popen(
                [sys.executable, "-c", SAVER, url, counter, str(saves), mode],
                env=env,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
        )
    for proc in procs:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    out = Saves()

    def go() -> None:
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()

    if mode == "rounds":
        for _ in range(saves):
            go()
            for proc in procs:
                assert proc.stdout is not None
                line = proc.stdout.readline()
                if not line:
                    raise SystemExit(f"a counter failed (exit {proc.wait()})")
                out.take(line)
    else:
        go()
    for proc in procs:
        stdout, _ = proc.communicate(timeout=3600)
        if proc.returncode != 0:
            raise SystemExit(f"a counter failed (exit {proc.returncode})")
        for line in stdout.splitlines():
            if line.strip():
                out.take(line)
    return out


def save_lines(name: str, label: str, saves: Saves) -> list[str]:
    lines = [row(f"intake save, {label} ({name})", saves.ms, None, "p99 <= 20 ms")]
    if saves.refused:
        codes = ", ".join(f"{code} x{saves.refused.count(code)}" for code in sorted(set(saves.refused)))
        lines.append(
            f"  !! {len(saves.refused)} of {len(saves.ms)} saves refused ({codes}): "
            "in the figures above at their time until the refusal"
        )
    if not saves.saved:
        return lines
    statements, commits, trips, lock, commit, cpu = (list(col) for col in zip(*saves.saved, strict=True))
    shared = "the audit chain's lock" if name == "PostgreSQL" else "the write turn and BEGIN IMMEDIATE"
    lines.append(row(f"  of which waiting for {shared}", lock, None))
    # PostgreSQL: a save whose only trip beside its statements is BEGIN sent its COMMIT with one.
    carried = name == "PostgreSQL" and min(t - s for t, s in zip(trips, statements, strict=True)) <= 1
    lines.append(row("  of which the commit" + (" + the statement it rides with" if carried else ""), commit, None))
    p50, p95 = percentile(cpu, 50), percentile(cpu, 95)
    lines.append(
        f"  client CPU per save (the counter's process_time): p50 {p50:.2f} ms  "
        f"p95 {p95:.2f} ms: what the machine's load barely moves"
    )
    lines.append(
        f"  per save: {max(statements):.0f} statements (min {min(statements):.0f}), "
        f"{max(commits):.0f} commit(s): a measure the machine's load does not change"
    )
    if name == "PostgreSQL":  # each waits for the server: statements, BEGIN, a COMMIT of its own, pings
        lines.append(
            f"  round trips per save: mean {sum(trips) / len(trips):.2f}, max {max(trips):.0f} "
            "(statements, psycopg's BEGIN, a COMMIT sent on its own, connection pings)"
        )
    return lines


def engine_lines(name: str, url: str, saves: int, repeat: int, seed: int, home: Path) -> list[str]:
    from benchmarks.queue_search import measure

    lines = measure(url, repeat, seed)
    lines += save_lines(name, "3 counters back to back (closed loop)", three_counters(url, saves, home / "loop"))
    rounds = three_counters(url, saves, home / "rounds", mode="rounds")
    lines += save_lines(name, "3 counters in rounds, Save pressed at one instant", rounds)
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--saves", type=int, default=300, help="saves per counter")
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--pg-url",
        default=os.environ.get("LAPOR_BENCH_POSTGRES_URL") or os.environ.get("LAPOR_TEST_POSTGRES_URL"),
        help="the server; the filled database is kept there for later runs (default: $LAPOR_BENCH_POSTGRES_URL, "
        "else $LAPOR_TEST_POSTGRES_URL)",
    )
    args = parser.parse_args()
    lines = []
    with tempfile.TemporaryDirectory(prefix="lapor-office-bench-") as tmp:
        work = Path(tmp)
        copy = work / "desk.sqlite3"
        shutil.copy2(demo_database(args.count), copy)
        lines += engine_lines("SQLite", f"sqlite:///{copy}", args.saves, args.repeat, args.seed, work / "sqlite")
        if args.pg_url:
            filled = office_database(demo_database(args.count), args.pg_url, args.count, seed=1)
            started = time.perf_counter()
            with copy_of_database(filled, prefix="lapor_bench_office_") as url:
                print(f"working copy of the filled database in {time.perf_counter() - started:.0f} s", flush=True)
                lines += engine_lines("PostgreSQL", url, args.saves, args.repeat, args.seed, work / "pg")
        else:
            lines.append("== PostgreSQL: skipped (no --pg-url, LAPOR_BENCH_POSTGRES_URL or LAPOR_TEST_POSTGRES_URL)")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
