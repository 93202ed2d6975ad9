"""Import of legacy complaints: check the whole file first, then write the good rows.

Pass one reads every record and collects every problem (keeping only small keys, so a 50 MB
file streams). The rows it converted and found good are spilled, pickled, to an anonymous
temporary file (unlinked at once, readable only by this process's user; it never outlives
the import) rather than kept in memory; when that file cannot be written (a full disk), pass
two converts each row again instead. Pass two reads the file again, compares each good
row's content digest with pass one's (a file that changed in between stops the write before
a changed row is saved) and writes the row pass one converted, without converting it again.

The write commits a chunk of rows at a time (WRITE_BATCH at most, fewer when a chunk takes
longer than CHUNK_SECONDS: a slow PC keeps the same short hold), each in its own write
transaction, and reads and converts the next chunk outside it: a large import never holds the
database's write lock for long, so a clerk saving a complaint meanwhile waits a moment instead of being
told the database is busy. A chunk is whole or absent (a kill, a full disk or a changed file
stops at a chunk boundary); the report says how many were saved, and a re-run completes the
import: rows already present (same client_id or same content) are counted, never added
twice. `--all-or-nothing` keeps one transaction for the whole write, as that option promises.
"""

from __future__ import annotations

import pickle
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext, suppress
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection

from lapor_desk.audit import Who
from lapor_desk.clock import Clock, system_clock
from lapor_desk.events import ComplaintsImported, EventBus
from lapor_desk.i18n import translate
from lapor_desk.paper.imported import link_rows_paper_numbers, rows_paper_problems, use_rows_paper_numbers
from lapor_desk.services.hooks import WriteHook
from lapor_desk.services.writer import NewComplaint, write_new_complaints
from lapor_desk.storage import repository as repo
from lapor_desk.storage.database import Database
from lapor_desk.storage.errors import StorageError
from lapor_desk.transfer.files import file_digest, log_without_data, open_file, spill_file
from lapor_desk.transfer.records import Layout, Record, csv_records, jsonl_records, xlsx_records
from lapor_desk.transfer.report_text import os_reason
from lapor_desk.transfer.rows import content_digest, convert
from lapor_desk.transfer.text import SAMPLE_BYTES, Encoding, TextLines, UnreadableFile, choose_encoding

FORMATS = (".csv", ".jsonl", ".ndjson", ".xlsx")
CHECK_BATCH = 500  # rows looked up in the database at a time during the check
WRITE_BATCH = 500  # rows per write transaction at most
CHUNK_SECONDS = 0.5  # a chunk's write transaction takes about this long at most (halved above it)

# What an import that stopped after committing some chunks says instead of "nothing was saved".
PARTLY = {
    "import_file_changed": "import_file_changed_partly",
    "import_read_failed": "import_read_failed_partly",
    "import_write_failed": "import_write_failed_partly",
    "import_disk_full": "import_disk_full_partly",
    "import_internal_error": "import_internal_error_partly",
    "import_needs_sign_in": "import_needs_sign_in_partly",
}

# Called first inside each write transaction, which it may stop by raising WriteRefused: a rule on
# who may import that must hold for the writes themselves, not only before them.
WriteGuard = Callable[[Connection], None]


class WriteRefused(Exception):
    """A WriteGuard's refusal: the chunk's transaction rolls back, the import stops (`code`)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


# phase ("check" | "write"), rows so far, rows per second, share of the phase done (0..1)
Progress = Callable[[str, int, float, float], None]
PROGRESS_EVERY = 0.2  # seconds between progress calls


@dataclass(frozen=True)
class RowProblem:
    line: int
    field: str
    message: str


@dataclass(frozen=True)
class ImportOptions:
    desk_code: str
    officer: str
    language: str = "id"
    encoding: str | None = None
    sheet: str | None = None
    all_or_nothing: bool = False
    # Who imports, named by the audit and on a used paper number (never the file's officer_name)
    who: Who | None = None
    guard: WriteGuard | None = None  # checked inside every write transaction

    @property
    def importer(self) -> Who:
        return self.who or Who(self.officer)


@dataclass
class ImportReport:
    added: int = 0
    already_present: int = 0
    repeated: int = 0  # identical repeats inside the file, counted once
    checked: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # encoding chosen, unknown columns
    fatal: str | None = None
    held_back: bool = False  # --all-or-nothing with bad rows: nothing written
    refused: bool = False  # the write guard stopped the import (fatal says so)
    preview: list[dict[str, Any]] = field(default_factory=list)  # the first good rows' cells

    @property
    def bad_rows(self) -> int:
        return len({p.line for p in self.problems})


def import_file(
    path: Path,
    db: Database,
    bus: EventBus,
    *,
    desk_code: str,
    officer: str,
    language: str = "id",
    clock: Clock = system_clock,
    hooks: Sequence[WriteHook] = (),
    encoding: str | None = None,
    sheet: str | None = None,
    all_or_nothing: bool = False,
    progress: Progress | None = None,
    check_only: bool = False,
    who: Who | None = None,
    guard: WriteGuard | None = None,
) -> ImportReport:
    """Import `path`; never raises for anything in the file or about reading it.

    `check_only`: read and check everything, report, write nothing (the dialog's preview).
    `who`: who imports, named in the audit and on each paper number used (default: `officer`).
    `guard`: called first inside each write transaction; its WriteRefused stops the import."""
    options = ImportOptions(desk_code, officer, language, encoding, sheet, all_or_nothing, who, guard)
    return Importer(path, db, options, clock(), hooks, progress).run(bus, write=not check_only)


class Importer:
    def __init__(
        self,
        path: Path,
        db: Database,
        options: ImportOptions,
        now: datetime,
        hooks: Sequence[WriteHook],
        progress: Progress | None,
    ) -> None:
        self.path = path
        self.db = db
        self.options = options
        self.now = now  # one instant for the whole import, so both passes judge alike
        self.hooks = hooks
        self.progress = progress
        self.report = ImportReport()
        self.good: dict[int, str] = {}  # line -> content digest of the rows pass one found good
        self.spill: IO[bytes] | None = None  # pass one's converted good rows, in line order
        self.saved = 0  # rows committed so far
        self.digest = ""
        self.handle: IO[bytes] | None = None  # the file being read, for the share done
        self.size = 1
        self.last_progress = 0.0

    def _progress(self, phase: str, rows: int, started: float, share: float, *, final: bool = False) -> None:
        now = time.perf_counter()
        if self.progress is not None and (final or now - self.last_progress >= PROGRESS_EVERY):
            self.last_progress = now
            self.progress(phase, rows, rows / max(now - started, 1e-6), min(share, 1.0))

    def _share_read(self) -> float:
        return self.handle.tell() / self.size if self.handle is not None and not self.handle.closed else 0.0

    def run(self, bus: EventBus, *, write: bool = True) -> ImportReport:
        report = self.report
        lang = self.options.language
        if self.path.suffix.lower() not in FORMATS:
            report.fatal = translate("import_unknown_format", lang)
            return report
        try:
            with spill_file(write) as self.spill:
                self._check()
                if not write:
                    pass
                elif self.good and not (self.options.all_or_nothing and report.problems):
                    self._write()
                elif self.good:
                    report.held_back = True
        except _HeldBack:  # nothing written: the one transaction rolled back
            report.held_back = True
        except WriteRefused as exc:  # that chunk rolled back; those committed before it stay
            report.refused = True
            report.fatal = self._stopped(exc.code, {})
        except UnreadableFile as exc:
            report.fatal = self._stopped(exc.code, dict(exc.params))
        except FileNotFoundError:
            code = "file_not_found" if not report.checked else "import_read_failed"
            report.fatal = self._stopped(code, {"path": str(self.path), "reason": translate("os_not_found", lang)})
        except OSError as exc:
            report.fatal = self._stopped("import_read_failed", {"path": str(self.path), "reason": os_reason(exc, lang)})
        except StorageError as exc:
            if exc.code == "db_full":  # name the disk: the one the database is on
                report.fatal = self._stopped("import_disk_full", {"path": self.db.location})
            else:
                report.fatal = self._stopped("import_write_failed", {"reason": exc.text(lang)})
        except Exception as exc:  # a bug must not print a traceback full of reporters' data
            log_without_data(exc)
            report.fatal = self._stopped("import_internal_error", {"kind": type(exc).__name__})
        report.added = self.saved
        if report.added:
            bus.publish(ComplaintsImported(report.added))
        return report

    def _stopped(self, code: str, params: dict[str, Any]) -> str:
        """The message for an import that stopped: "nothing was saved", or, when chunks were
        committed before it stopped, how many and that a re-run adds the rest."""
        if self.saved and code in PARTLY:
            return translate(PARTLY[code], self.options.language, {**params, "count": self.saved})
        return translate(code, self.options.language, params)

    # --- pass one: check everything, remember which lines are good

    def _check(self) -> None:
        report, lang = self.report, self.options.language
        first_of_key: dict[str, tuple[int, str]] = {}
        first_of_receipt: dict[str, int] = {}
        first_of_tracking: dict[str, int] = {}
        pending: list[tuple[int, str, dict[str, Any]]] = []
        started = time.perf_counter()
        with self._records(first=True) as records:
            for record in records:
                report.checked += 1
                problems = list(record.problems)
                converted = None
                if not problems:
                    converted = convert(
                        record.cells, desk_code=self.options.desk_code, officer=self.options.officer, now=self.now
                    )
                    problems = converted.problems
                if converted is not None and not problems:
                    seen = first_of_key.get(converted.key)
                    receipt = converted.row["receipt_number"] if converted.row else None
                    tracking = converted.row["tracking_id"] if converted.row else None
                    if seen is not None and seen[1] == converted.digest:
                        report.repeated += 1
                        continue
                    if seen is not None:
                        problems = [("client_id", "import_duplicate_in_file", {"first": seen[0]})]
                    elif receipt and receipt in first_of_receipt:
                        problems = [("receipt_number", "import_receipt_in_file", {"first": first_of_receipt[receipt]})]
                    elif tracking and tracking in first_of_tracking:
                        problems = [("tracking_id", "import_tracking_in_file", {"first": first_of_tracking[tracking]})]
                    else:
                        first_of_key[converted.key] = (record.line, converted.digest)
                        if receipt:
                            first_of_receipt[receipt] = record.line
                        if tracking:
                            first_of_tracking[tracking] = record.line
                if problems:
                    report.problems.extend(
                        RowProblem(record.line, name, translate(code, lang, params)) for name, code, params in problems
                    )
                    continue
                assert converted is not None and converted.row is not None
                if len(report.preview) < 20:
                    report.preview.append({"line": record.line, **record.cells})
                pending.append((record.line, converted.digest, converted.row))
                if len(pending) >= CHECK_BATCH:
                    self._against_database(pending)
                    pending = []
                self._progress("check", report.checked, started, self._share_read())
        self._against_database(pending)
        report.problems.sort(key=lambda p: p.line)  # stable: a row's problems stay in field order
        self._progress("check", report.checked, started, 1.0, final=True)

    def _against_database(self, pending: list[tuple[int, str, dict[str, Any]]]) -> None:
        """Rows already on the desk are counted; a receipt number used by another is a problem."""
        if not pending:
            return
        with self.db.read() as conn:
            present = repo.existing_values(conn, "import_key", [r["import_key"] for _, _, r in pending])
            present |= repo.existing_values(conn, "client_id", [r["client_id"] for _, _, r in pending])
            receipts = repo.existing_values(
                conn, "receipt_number", [r["receipt_number"] for _, _, r in pending if r["receipt_number"]]
            )
            tracked = repo.existing_values(
                conn, "tracking_id", [r["tracking_id"] for _, _, r in pending if r["tracking_id"]]
            )
            paper = rows_paper_problems(conn, [(line, r) for line, _, r in pending])
        for line, digest, row in pending:
            if row["import_key"] in present or row["client_id"] in present:
                self.report.already_present += 1
            elif line in paper:  # a paper number: malformed, of no block here, voided or used
                self._refuse(line, paper[line])
            elif row["receipt_number"] in receipts:
                self.report.problems.append(
                    RowProblem(line, "receipt_number", translate("import_receipt_taken", self.options.language))
                )
            elif row["tracking_id"] in tracked:
                self.report.problems.append(
                    RowProblem(line, "tracking_id", translate("import_tracking_taken", self.options.language))
                )
            else:
                self.good[line] = digest
                self._keep(line, row)

    def _refuse(self, line: int, problems: list[tuple[str, str, dict[str, Any]]]) -> None:
        lang = self.options.language
        self.report.problems.extend(
            RowProblem(line, name, translate(code, lang, params)) for name, code, params in problems
        )

    def _keep(self, line: int, row: dict[str, Any]) -> None:
        """Spill a good row for pass two; on a full disk stop spilling (pass two converts)."""
        if self.spill is None:
            return
        try:
            pickle.dump((line, row), self.spill, protocol=pickle.HIGHEST_PROTOCOL)
        except OSError:
            self._drop_spill()

    def _rewind_spill(self) -> None:
        if self.spill is None:
            return
        try:
            self.spill.flush()
            self.spill.seek(0)
        except OSError:
            self._drop_spill()

    def _drop_spill(self) -> None:
        """No spill after all (the disk is full): pass two converts every row again."""
        if self.spill is not None:
            with suppress(OSError):  # closing flushes what the full disk refused: that fails too
                self.spill.close()
            self.spill = None

    def _row_of(self, record: Record, checked: str) -> dict[str, Any]:
        """Pass one's row for `record` (a good line whose digest was `checked`), from the spill
        or, without one, converted again; a record that is not what pass one checked stops it."""
        if content_digest(record.cells) != checked:
            raise UnreadableFile("import_file_changed")
        if self.spill is not None:
            line, row = pickle.load(self.spill)
            if line != record.line:
                raise UnreadableFile("import_file_changed")
            return row  # type: ignore[no-any-return]
        converted = convert(record.cells, desk_code=self.options.desk_code, officer=self.options.officer, now=self.now)
        if converted.row is None:
            raise UnreadableFile("import_file_changed")
        return converted.row

    # --- pass two: write the good rows, a chunk per transaction

    def _write(self) -> None:
        started = time.perf_counter()
        total = max(len(self.good), 1)
        written = 0
        chunk = WRITE_BATCH
        # --all-or-nothing: one transaction for everything; otherwise one per chunk (None here).
        whole: AbstractContextManager[Any] = self.db.write() if self.options.all_or_nothing else nullcontext()
        self._rewind_spill()
        with whole as conn:
            batch: list[tuple[int, NewComplaint]] = []
            with self._records(first=False) as records:
                for record in records:
                    checked = self.good.pop(record.line, None)  # an identical repeat later is not written twice
                    if checked is None:
                        continue
                    row = self._row_of(record, checked)
                    batch.append((record.line, NewComplaint(row, row["officer_name"], who=self.options.importer)))
                    if len(batch) >= chunk:
                        began = time.perf_counter()
                        written += self._flush(conn, batch)
                        chunk = _next_chunk(chunk, time.perf_counter() - began)
                        batch = []
                        # below 1: the share done is whole only when the last chunk is in
                        self._progress("write", written, started, min(written / total, 0.99))
            if self.good:  # a good line of pass one did not come back: the file changed
                raise UnreadableFile("import_file_changed")
            written += self._flush(conn, batch)  # the file read to its end as pass one read it
        self.saved = written  # committed: the last chunk, or the one transaction
        self.report.problems.sort(key=lambda p: p.line)  # with any refused while writing
        self._progress("write", written, started, 1.0, final=True)

    def _flush(self, whole: Connection | None, batch: list[tuple[int, NewComplaint]]) -> int:
        """Write `batch` in the one transaction, or in a transaction of its own (committed
        here, counted in `saved`). Returns how many rows were written."""
        if batch and whole is not None:
            return self._write_batch(whole, batch)
        if not batch:
            return 0
        with self.db.write() as conn:
            written = self._write_batch(conn, batch)
        self.saved += written
        return written

    def _write_batch(self, conn: Connection, batch: list[tuple[int, NewComplaint]]) -> int:
        """The rows, each paper number used first: a row whose number a counter used since the
        check is refused at its line (with --all-or-nothing, the whole import is held back)."""
        if self.options.guard is not None:
            self.options.guard(conn)
        kept, refused = use_rows_paper_numbers(conn, batch, self.now, self.options.importer.username)
        for line, problems in refused.items():
            self._refuse(line, problems)
        if refused and self.options.all_or_nothing:
            raise _HeldBack
        items = [item for _, item in kept]
        ids = write_new_complaints(conn, items, source="import", hooks=self.hooks)
        link_rows_paper_numbers(conn, items, ids)
        return len(items)

    # --- reading

    @contextmanager
    def _records(self, *, first: bool) -> Iterator[Iterator[Record]]:
        layout = Layout()
        suffix = self.path.suffix.lower()
        if suffix == ".xlsx":
            before = file_digest(self.path)
            yield xlsx_records(self.path, self.options.sheet, layout)
            if first:
                self.digest = before
            elif file_digest(self.path) != self.digest:
                raise UnreadableFile("import_file_changed")
            self._notes(layout, None, first)
            return
        with open_file(self.path) as handle:
            self.handle, self.size = handle, max(self.path.stat().st_size, 1)
            encoding = choose_encoding(handle.read(SAMPLE_BYTES), self.options.encoding)
            handle.seek(encoding.bom)
            lines = TextLines(handle, encoding)
            reader = csv_records if suffix == ".csv" else jsonl_records
            yield reader(lines, layout)
            if handle.read(1):  # the reader stopped early (it never does on purpose)
                raise UnreadableFile("import_file_changed")
            digest = lines.hash.hexdigest()
        if first:
            self.digest = digest
        elif digest != self.digest:
            raise UnreadableFile("import_file_changed")
        self._notes(layout, encoding, first)

    def _notes(self, layout: Layout, encoding: Encoding | None, first: bool) -> None:
        if not first:
            return
        lang = self.options.language
        if encoding is not None and encoding.detected and encoding.label != "UTF-8":
            self.report.notes.append(translate("import_encoding_chosen", lang, {"encoding": encoding.label}))
        if layout.unknown:
            self.report.notes.append(
                translate("import_unknown_columns", lang, {"columns": ", ".join(layout.unknown[:20])})
            )


class _HeldBack(Exception):
    """--all-or-nothing and a row refused while writing: roll the one transaction back."""


def _next_chunk(size: int, seconds: float) -> int:
    """The next chunk's size: halved while a chunk holds the write lock too long, grown back
    (up to WRITE_BATCH) while it is quick."""
    if seconds > CHUNK_SECONDS:
        return max(50, size // 2)
    if seconds < CHUNK_SECONDS / 4:
        return min(WRITE_BATCH, size * 2)
    return size
