"""The monthly recap prints the audit trail's head (seq and SHA-256) as a paper anchor, in every format."""

from __future__ import annotations

import re
import zlib
from pathlib import Path

import pytest

from lapor_desk.reports.figures import Period

OCTOBER = Period.month(2026, 10)


def _pdf_text(path: Path) -> str:
    raw = path.read_bytes()
    chunks = []
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", raw, re.S):
        try:
            chunks.append(zlib.decompress(m.group(1)).decode("latin-1"))
        except zlib.error:
            chunks.append(m.group(1).decode("latin-1"))
    return "".join(chunks)


def _xlsx_text(path: Path) -> str:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    return "\n".join(str(v) for row in wb["Rekap"].iter_rows(values_only=True) for v in row if v is not None)


@pytest.mark.parametrize("fmt", ["pdf", "xlsx", "csv"])
def test_the_recap_prints_the_audit_head_it_was_made_at(sup, staff, tmp_path, fmt) -> None:  # type: ignore[no-untyped-def]
    head = sup.audit.head()
    assert head is not None and head[0] >= 4  # the accounts made by `staff` are audited
    out = sup.reports.export_monthly(staff["supervisor"], OCTOBER, fmt, tmp_path / f"rekap.{fmt}")
    text = {"pdf": _pdf_text, "xlsx": _xlsx_text, "csv": lambda p: p.read_text(encoding="utf-8-sig")}[fmt](out)
    assert f"Jangkar jejak audit: baris #{head[0]}, SHA-256 {head[1]}" in text
    # The export itself is audited after the recap was made: the trail goes on past the paper anchor.
    after = sup.audit.head()
    assert after is not None and after[0] > head[0] and sup.audit.verify().ok
