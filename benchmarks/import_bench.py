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

# Each measured process prints its own peak RSS (VmHWM) last: a child's ru_maxrss on Linux
# still counts the parent's pages it was forked with.
_HWM = """
for line in open("/proc/self/status"):
    if line.startswith("VmHWM"):
        print("HWM", line.split()[1])
"""
_IMPORT = (
    """
import sys
from lapor_desk.cli import main
code = main(sys.argv[1:])
print("EXIT", code)
"""
    + _HWM
)
_BARE_CSV = (
    """
import csv, sys
with open(sys.argv[1], encoding="utf-8", newline="") as f:
    n = sum(1 for _ in csv.reader(f)) - 1
print(n)
"""
    + _HWM
)
_BARE_XLSX = (
    """
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1], read_only=True, data_only=True)
n = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True)) - 1
print(n)
"""
    + _HWM
)


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


def measure(code: str, args: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Seconds, peak RSS in MB and the rest of stdout of one fresh Python process."""
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True
    ).stdout
    seconds = time.perf_counter() - started
    lines = out.strip().splitlines()
    hwm = int(lines[-1].split()[1])
    return seconds, hwm / 1024, " ".join(lines[:-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="import-bench-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        files = write_files(args.count, folder)
        print(
            f"{args.count:,} rows written as CSV ({files[0].stat().st_size / 1e6:.1f} MB) and XLSX "
            f"({files[1].stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - started:.1f} s; load average "
            + ", ".join(f"{x:.2f}" for x in os.getloadavg())
        )
        for path, bare in zip(files, (_BARE_CSV, _BARE_XLSX), strict=True):
            env = dict(os.environ, LAPOR_DESK_HOME=str(folder / f"home-{path.suffix[1:]}"))
            env.pop("LAPOR_DESK_DB", None)
            db = folder / f"desk-{path.suffix[1:]}.sqlite3"
            seconds, rss, out = measure(_IMPORT, ["--db", f"sqlite:///{db}", "import", "--quiet", str(path)], env)
            floor_s, floor_rss, floor_out = measure(bare, [str(path)], env)
            assert int(floor_out) == args.count, floor_out
            print(
                f"{path.suffix[1:].upper():<5} import  {args.count / seconds:9,.0f} rows/s  "
                f"{seconds:7.1f} s  peak RSS {rss:6.0f} MB   ({out})"
            )
            print(
                f"{'':<5} bare    {args.count / floor_s:9,.0f} rows/s  {floor_s:7.1f} s  peak RSS "
                f"{floor_rss:6.0f} MB   ratio {seconds / max(floor_s, 1e-6):5.1f}x"
            )
        # A shared machine's load moves every figure above; the ratio to the bare read less so.
        print("load average (1, 5, 15 min) at the end: " + ", ".join(f"{x:.2f}" for x in os.getloadavg()))


if __name__ == "__main__":
    main()
