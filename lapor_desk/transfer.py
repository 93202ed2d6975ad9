"""Import of legacy complaints and export of the desk's complaints (CSV or JSONL).

Import keeps every good row and reports every bad one by line number and reason;
each row has a stable key, so running the same file again adds nothing twice.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import tempfile
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from lapor_desk.clock import Clock, system_clock
from lapor_desk.domain.complaint import INPUT_FIELDS, ComplaintInput
from lapor_desk.domain.enums import (
    AgeBand,
    Channel,
    Disability,
    DisabilityType,
    EventKind,
    ReportType,
    Sex,
    Status,
)
from lapor_desk.domain.validation import validate
from lapor_desk.events import ComplaintsImported, EventBus
from lapor_desk.i18n import translate
from lapor_desk.services.hooks import ComplaintChange, WriteHook, run_hooks
from lapor_desk.storage import repository as repo
from lapor_desk.storage.database import Database

REQUIRED_COLUMNS = ("type", "channel", "title", "body", "received_at")
EXTRA_COLUMNS = ("id", "client_id", "receipt_number", "status", "desk_code", "created_at")
EXPORT_COLUMNS = EXTRA_COLUMNS + INPUT_FIELDS
MAX_CELL = 1_000_000  # larger cells are reported, not read into a complaint
BATCH = 1000

_TRUE = {"1", "true", "ya", "y", "yes"}
_FALSE = {"0", "false", "tidak", "t", "no", "n", ""}
_ENUMS: dict[str, type] = {"type": ReportType, "channel": Channel, "sex": Sex,
                           "age_band": AgeBand, "disability": Disability}
_BOOLS = {f.name for f in fields(ComplaintInput) if f.type in ("bool", "bool | None")}


@dataclass(frozen=True)
class RowProblem:
    line: int
    field: str
    message: str


@dataclass
class ImportReport:
    added: int = 0
    already_present: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    fatal: str | None = None

    @property
    def bad_rows(self) -> int:
        return len({p.line for p in self.problems})


class RowError(ValueError):
    """One or more problems with a row, each a (field, message code, params) triple."""

    def __init__(self, field_name: str, code: str, **params: Any) -> None:
        super().__init__(code)
        self.items: list[tuple[str, str, dict[str, Any]]] = [(field_name, code, params)]

    @classmethod
    def many(cls, items: list[tuple[str, str, dict[str, Any]]]) -> RowError:
        exc = cls(*items[0][:2], **items[0][2])
        exc.items = items
        return exc


def import_file(path: Path, db: Database, bus: EventBus, *, desk_code: str, officer: str,
                language: str = "id", clock: Clock = system_clock,
                hooks: Sequence[WriteHook] = ()) -> ImportReport:
    report = ImportReport()
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".jsonl", ".ndjson"):
        report.fatal = translate("import_unknown_format", language)
        return report
    pending: list[tuple[int, dict[str, Any]]] = []
    records = _csv_records(path) if suffix == ".csv" else _jsonl_records(path)
    try:
        for line, raw in records:
            try:
                pending.append((line, _to_row(raw, desk_code, officer, clock)))
            except RowError as exc:
                report.problems.extend(RowProblem(line, name, translate(code, language, params))
                                       for name, code, params in exc.items)
            if len(pending) >= BATCH:
                _store(db, pending, report, language, hooks)
                pending = []
    except _FatalImport as exc:
        report.fatal = translate(exc.code, language, exc.params)
    _store(db, pending, report, language, hooks)
    if report.added:
        bus.publish(ComplaintsImported(report.added))
    return report


class _FatalImport(Exception):
    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            try:
                text = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                raise _FatalImport("import_not_utf8", line=number) from exc
            yield number, text


def _csv_records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    csv.field_size_limit(64 * 1024 * 1024)
    lines = _lines(path)
    line_of_record: list[int] = []

    def feed() -> Iterator[str]:
        for number, text in lines:
            line_of_record.append(number)
            yield text

    reader = csv.DictReader(feed())
    header = reader.fieldnames or []
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise _FatalImport("import_missing_columns", columns=", ".join(missing))
    for record in reader:
        # csv may consume several physical lines for one record; report where it started.
        yield _record_start(line_of_record, reader.line_num), record


def _record_start(lines_seen: list[int], line_num: int) -> int:
    return lines_seen[line_num - 1] if 0 < line_num <= len(lines_seen) else line_num


def _jsonl_records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    for number, text in _lines(path):
        if not text.strip():
            continue
        try:
            record = json.loads(text)
        except ValueError as exc:
            yield number, {"__error__": str(exc)[:120]}
            continue
        if not isinstance(record, dict):
            yield number, {"__error__": "not an object"}
            continue
        missing = [c for c in REQUIRED_COLUMNS if c not in record]
        if missing:
            yield number, {"__missing__": ", ".join(missing)}
            continue
        yield number, record


def _to_row(raw: dict[str, Any], desk_code: str, officer: str, clock: Clock) -> dict[str, Any]:
    if "__error__" in raw:
        raise RowError("-", "import_bad_json", detail=raw["__error__"])
    if "__missing__" in raw:
        raise RowError("-", "import_missing_columns", columns=raw["__missing__"])
    values: dict[str, Any] = {}
    for name in INPUT_FIELDS:
        cell = raw.get(name)
        if isinstance(cell, str) and len(cell) > MAX_CELL:
            raise RowError(name, "too_long", max=MAX_CELL, length=len(cell))
        values[name] = _parse(name, cell)
    if not values["officer_name"]:
        values["officer_name"] = officer
    data = ComplaintInput(**values)
    result = validate(data, now=clock(), for_recording=True)
    if not result.ok:
        raise RowError.many([(m.field, m.code, m.params) for m in result.errors])
    row = repo.input_to_row(data)
    canonical = json.dumps({k: raw.get(k) for k in sorted(raw)}, sort_keys=True, default=str)
    client_id = str(raw.get("client_id") or "")
    row.update(
        client_id=client_id or str(uuid.uuid4()),
        import_key=hashlib.sha256((client_id or canonical).encode("utf-8")).hexdigest(),
        desk_code=str(raw.get("desk_code") or desk_code),
        receipt_number=str(raw.get("receipt_number") or "") or None,
        status=str(Status.RECORDED), revision=1,
        created_at=clock(), updated_at=clock(),
    )
    return row


def _parse(name: str, cell: Any) -> Any:
    if cell is None or (isinstance(cell, str) and not cell.strip() and name not in _BOOLS):
        return ComplaintInput.__dataclass_fields__[name].default
    try:
        if name in _ENUMS:
            return _ENUMS[name](str(cell).strip())
        if name in _BOOLS:
            text = str(cell).strip().lower()
            if text in _TRUE:
                return True
            if text in _FALSE:
                return None if name == "with_companion" and text == "" else False
            raise ValueError(text)
        if name == "incident_date":
            return date.fromisoformat(str(cell).strip()[:10])
        if name == "received_at":
            parsed = datetime.fromisoformat(str(cell).strip())
            if parsed.tzinfo is None:
                raise ValueError("time zone missing")
            return parsed
        if name in ("latitude", "longitude"):
            return float(cell)
        if name == "disability_types":
            parts = cell if isinstance(cell, list) else str(cell).split(",")
            return tuple(DisabilityType(p.strip()) for p in parts if str(p).strip())
        return str(cell)
    except (ValueError, TypeError) as exc:
        raise RowError(name, "import_bad_value", field=name, value=str(cell)[:60]) from exc


def _store(db: Database, pending: list[tuple[int, dict[str, Any]]], report: ImportReport,
           language: str, hooks: Sequence[WriteHook]) -> None:
    if not pending:
        return
    with db.write() as conn:
        present = repo.existing_values(conn, "import_key", [r["import_key"] for _, r in pending])
        present |= repo.existing_values(conn, "client_id", [r["client_id"] for _, r in pending])
        receipts = repo.existing_values(
            conn, "receipt_number", [r["receipt_number"] for _, r in pending if r["receipt_number"]])
        fresh: list[dict[str, Any]] = []
        for line, row in pending:
            if row["import_key"] in present or row["client_id"] in present:
                report.already_present += 1
                continue
            if row["receipt_number"] in receipts:
                report.problems.append(RowProblem(line, "receipt_number", translate(
                    "import_bad_value", language, {"field": "receipt_number", "value": row["receipt_number"]})))
                continue
            present.update((row["import_key"], row["client_id"]))
            if row["receipt_number"]:
                receipts.add(row["receipt_number"])
            fresh.append(row)
        for row in fresh:
            if not row["receipt_number"]:
                day = row["received_at"].strftime("%Y%m%d")
                row["receipt_number"] = repo.format_receipt_number(
                    row["desk_code"], day, repo.reserve_receipt_serials(conn, row["desk_code"], day))
        ids = repo.insert_complaints(conn, fresh)
        repo.insert_events(conn, ({"complaint_id": cid, "at": row["created_at"],
                                   "kind": str(EventKind.IMPORTED), "actor": row["officer_name"],
                                   "detail": {"receipt": row["receipt_number"]}}
                                  for cid, row in zip(ids, fresh, strict=True)))
        run_hooks(hooks, conn, [
            ComplaintChange(cid, row["status"], 1, True, True, INPUT_FIELDS, row["officer_name"],
                            row["created_at"], source="import")
            for cid, row in zip(ids, fresh, strict=True)])
    report.added += len(fresh)


# --- export


def export_file(path: Path, db: Database) -> int:
    """Write every complaint, oldest first, to CSV or JSONL; atomic (no half files)."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".jsonl", ".ndjson"):
        raise ValueError(translate("import_unknown_format", "en"))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".export-", suffix=suffix)
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, EXPORT_COLUMNS) if suffix == ".csv" else None
            if writer:
                writer.writeheader()
            for record in _all_records(db):
                if writer:
                    writer.writerow(record)
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


def _all_records(db: Database) -> Iterator[dict[str, Any]]:
    cols = [repo.C[name] for name in EXPORT_COLUMNS]
    last = 0
    while True:
        with db.read() as conn:
            rows = conn.execute(select(*cols).where(repo.C.id > last).order_by(repo.C.id).limit(BATCH)).all()
        if not rows:
            return
        for r in rows:
            yield {k: _plain(v) for k, v in r._mapping.items()}
        last = rows[-1].id


def _plain(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value


def report_text(report: ImportReport, language: str = "id") -> str:
    out = io.StringIO()
    if report.fatal:
        out.write(report.fatal + "\n")
    for p in report.problems:
        prefix = "baris" if language == "id" else "line"
        out.write(f"{prefix} {p.line}: {p.field}: {p.message}\n")
    return out.getvalue()
