"""Rebuild regions.tsv.gz from the CSV files of the npm package idn-area-data.

Usage (the package is fetched into a temporary folder, never into the repository):

    cd "$(mktemp -d)" && npm pack idn-area-data@4.0.1 && tar xzf idn-area-data-4.0.1.tgz
    python resources/regions/build_regions.py "$PWD/package/data"

The output is byte-for-byte reproducible (gzip header time 0, rows sorted by code).
"""

from __future__ import annotations

import csv
import gzip
import io
import re
import sys
from pathlib import Path

# (file, level, parent column, code pattern)
_LEVELS = (
    ("provinces.csv", "province", None, re.compile(r"^\d{2}$")),
    ("regencies.csv", "regency", "province_code", re.compile(r"^\d{2}\.\d{2}$")),
    ("districts.csv", "district", "regency_code", re.compile(r"^\d{2}\.\d{2}\.\d{2}$")),
    ("villages.csv", "village", "district_code", re.compile(r"^\d{2}\.\d{2}\.\d{2}\.\d{4}$")),
)
OUTPUT = Path(__file__).resolve().parent / "regions.tsv.gz"


def read_rows(data_dir: Path) -> list[tuple[str, str, str, str]]:
    """Every region as (code, parent_code, level, name), checked for a consistent tree."""
    rows: dict[str, tuple[str, str, str, str]] = {}
    for file_name, level, parent_column, pattern in _LEVELS:
        with (data_dir / file_name).open(newline="", encoding="utf-8") as handle:
            for record in csv.DictReader(handle):
                code = record["code"].strip()
                parent = record[parent_column].strip() if parent_column else ""
                # Collapse stray whitespace; the names are otherwise kept as published.
                name = " ".join(record["name"].split())
                if not pattern.match(code):
                    raise ValueError(f"{file_name}: malformed code {code!r}")
                if code in rows:
                    raise ValueError(f"{file_name}: duplicate code {code}")
                if parent_column and (parent not in rows or not code.startswith(parent + ".")):
                    raise ValueError(f"{file_name}: {code} has no parent {parent!r}")
                if not name or "\t" in name:
                    raise ValueError(f"{file_name}: bad name for {code}: {name!r}")
                rows[code] = (code, parent, level, name)
    # Fixed-width dotted codes sort depth-first, so every subtree is one contiguous run.
    return [rows[code] for code in sorted(rows)]


def write_tsv_gz(rows: list[tuple[str, str, str, str]], output: Path) -> None:
    text = io.StringIO()
    text.write("code\tparent_code\tlevel\tname\n")
    for row in rows:
        text.write("\t".join(row) + "\n")
    with (
        output.open("wb") as raw,
        gzip.GzipFile(filename="regions.tsv", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as packed,
    ):
        packed.write(text.getvalue().encode("utf-8"))


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    rows = read_rows(Path(argv[1]))
    write_tsv_gz(rows, OUTPUT)
    counts: dict[str, int] = {}
    for _, _, level, _ in rows:
        counts[level] = counts.get(level, 0) + 1
    print(OUTPUT, OUTPUT.stat().st_size, "bytes", counts)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
