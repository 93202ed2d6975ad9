"""Export of every complaint to CSV or JSONL: atomic, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from lapor_desk.domain.complaint import PERSONAL_FIELDS
from lapor_desk.domain.enums import Status
from lapor_desk.storage import repository as repo
from lapor_desk.storage.database import Database
from lapor_desk.storage.paper_tables import DRAFT_PAPER
from lapor_desk.transfer.cells import csv_safe
from lapor_desk.transfer.columns import DRAFT_PAPER_COLUMN, EXPORT_COLUMNS, LABELS_ID
from lapor_desk.transfer.rows import draft_paper_cell

BATCH = 1000
D = DRAFT_PAPER.c


class ExportRefused(Exception):
    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def export_file(path: Path, db: Database, *, header: str = "en", include_personal: bool = True) -> int:
    """Write every complaint, oldest first, to CSV or JSONL; atomic (no half files).

    `header="id"` writes the Indonesian column labels (CSV), which import also reads. Without
    `include_personal` the reporter's personal fields are left out (the caller checks who may
    have them: accounts/exports.py)."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".jsonl", ".ndjson"):
        raise ExportRefused("import_unknown_format")
    if not path.parent.is_dir():
        raise ExportRefused("export_folder_missing", path=str(path.parent))
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".export-", suffix=suffix)
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            columns = (
                EXPORT_COLUMNS if include_personal else tuple(c for c in EXPORT_COLUMNS if c not in PERSONAL_FIELDS)
            )
            writer = csv.writer(handle) if suffix == ".csv" else None
            if writer:
                writer.writerow([LABELS_ID[c] if header == "id" else c for c in columns])
            for record in _all_records(db, columns):
                if writer:
                    writer.writerow([csv_safe(record[c]) for c in columns])
                else:
                    handle.write(json.dumps(record, ensure_ascii=False) + "\n")
                count += 1
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count


def _all_records(db: Database, columns: tuple[str, ...] = EXPORT_COLUMNS) -> Iterator[dict[str, Any]]:
    cols = [repo.C[name] for name in columns if name != DRAFT_PAPER_COLUMN]
    last = 0
    while True:
        with db.read() as conn:
            rows = conn.execute(select(*cols).where(repo.C.id > last).order_by(repo.C.id).limit(BATCH)).all()
            kept = _draft_papers(conn, [r.id for r in rows if r.status == str(Status.DRAFT)])
        if not rows:
            return
        for r in rows:
            record = {k: _plain(v) for k, v in r._mapping.items()}
            if r.id in kept and not record["receipt_number"]:
                record["receipt_number"] = draft_paper_cell(kept[r.id]) or None
            # Exactly what the clerk typed with the draft, a paper number or not: never lost.
            record[DRAFT_PAPER_COLUMN] = kept.get(r.id) or None
            yield record
        last = rows[-1].id


def _draft_papers(conn: Connection, draft_ids: list[int]) -> dict[int, str]:
    """The paper numbers kept with these drafts (typed at the form, or kept by an import). A
    draft has no receipt number, so a paper number goes in the receipt cell too (as older
    exports wrote it, and as a register names it); the text as typed, whatever it is, goes in
    its own column, which the import keeps with the draft, unused."""
    if not draft_ids:
        return {}
    query = select(D.complaint_id, D.number).where(D.complaint_id.in_(draft_ids))
    return {r.complaint_id: r.number for r in conn.execute(query)}


def _plain(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value
