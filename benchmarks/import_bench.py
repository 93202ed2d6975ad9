"""Import benchmark: `python -m benchmarks.import_bench [--count 100000]`.

Writes `count` demo complaints as CSV and as XLSX, then runs `lapor-desk import` on each
(a fresh database each time, as a subprocess) and, in the same run, a bare `csv.reader` /
openpyxl read-only pass over the same file: rows per second and peak RSS of each process.
"""

from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

_BARE_CSV = """
import csv, sys
with open(sys.argv[1], encoding="utf-8", newline="") as f:
    n = sum(1 for _ in csv.reader(f)) - 1
print(n)
"""
_BARE_XLSX = """
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1], read_only=True, data_only=True)
n = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True)) - 1
print(n)
"""


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def write_files(count: int, folder: Path) -> tuple[Path, Path]:
    from openpyxl import Workbook

    from lapor_desk.demo import DemoGenerator, pilot_places
    from lapor_desk.domain.complaint import INPUT_FIELDS

    columns = ("client_id", *INPUT_FIELDS)
    generator = DemoGenerator(pilot_places(), seed=7)
    csv_path, xlsx_path = folder / "lama.csv", folder / "lama.xlsx"
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Pengaduan")
    sheet.append(list(columns))
    with csv_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for received in generator.received_times(count):
            row = generator.row(received)
            cells = [_cell(row[c]) for c in columns]
            writer.writerow(cells)
            sheet.append(cells)
    book.save(xlsx_path)
    return csv_path, xlsx_path


def measure(args: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Seconds, peak RSS in MB and stdout of one subprocess."""
    started = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    return seconds, usage.ru_maxrss / 1024, out.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="import-bench-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        files = write_files(args.count, folder)
        print(f"{args.count:,} rows written as CSV ({files[0].stat().st_size / 1e6:.1f} MB) and XLSX "
              f"({files[1].stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - started:.1f} s")
        for path, bare in zip(files, (_BARE_CSV, _BARE_XLSX), strict=True):
            env = dict(os.environ, LAPOR_DESK_HOME=str(folder / f"home-{path.suffix[1:]}"))
            env.pop("LAPOR_DESK_DB", None)
            db = folder / f"desk-{path.suffix[1:]}.sqlite3"
            seconds, rss, out = measure([sys.executable, "-m", "lapor_desk", "--db", f"sqlite:///{db}",
                                         "import", "--quiet", str(path)], env)
            floor_s, floor_rss, floor_out = measure([sys.executable, "-c", bare, str(path)], env)
            assert int(floor_out) == args.count, floor_out
            print(f"{path.suffix[1:].upper():<5} import  {args.count / seconds:9,.0f} rows/s  "
                  f"{seconds:7.1f} s  peak RSS {rss:6.0f} MB   ({out})")
            print(f"{'':<5} bare    {args.count / floor_s:9,.0f} rows/s  {floor_s:7.1f} s  peak RSS "
                  f"{floor_rss:6.0f} MB   ratio {seconds / max(floor_s, 1e-6):5.1f}x")


if __name__ == "__main__":
    main()
