"""Records of a CSV, JSONL or XLSX file, each with the line (or sheet row) where it starts.

A malformed record (extra or missing cells, an unclosed quote, bad JSON, a record too large)
is yielded with its problems, never raised; parsing then carries on at the next line, so one
stray quote cannot swallow the rest of the file. Only a file that cannot be read to its end
raises `UnreadableFile`.
"""

from __future__ import annotations

import csv
import json
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from lapor_desk.transfer.cells import csv_unescaped
from lapor_desk.transfer.columns import REQUIRED_COLUMNS, column_of
from lapor_desk.transfer.text import MAX_LINE_CHARS, TooLongLine, UnreadableFile

MAX_RECORD_CHARS = 2_000_000  # a record larger than this is reported, not parsed
SEPARATORS = (",", ";", "\t")

Problem = tuple[str, str, dict[str, Any]]  # (field or "-", message code, params)


@dataclass
class Record:
    line: int
    cells: dict[str, Any]
    problems: list[Problem] = field(default_factory=list)


@dataclass
class Layout:
    """What the reader found out about the file: columns, separator, ignored headings."""

    columns: list[str | None] = field(default_factory=list)
    separator: str | None = None
    unknown: list[str] = field(default_factory=list)


def read_header(headings: list[Any], layout: Layout) -> None:
    names = [column_of(h) for h in headings]
    seen: set[str] = set()
    for heading, name in zip(headings, names, strict=True):
        if name is None:
            if heading not in (None, ""):
                layout.unknown.append(str(heading))
        elif name in seen:
            raise UnreadableFile("import_duplicate_column", column=str(heading))
        else:
            seen.add(name)
    missing = [c for c in REQUIRED_COLUMNS if c not in seen]
    if missing:
        raise UnreadableFile("import_missing_columns", columns=", ".join(missing))
    layout.columns = names


# --- CSV


class _Overflow(Exception):
    """The record being read grew past MAX_RECORD_CHARS or met a line over MAX_LINE_CHARS."""


class _Feed:
    """Lines for csv.reader, remembering those of the current record so that a bad multi-line
    record can be taken apart again from its second line."""

    def __init__(self, lines: Iterator[tuple[int, str]]) -> None:
        self.source = lines
        self.pushed: deque[tuple[int, str]] = deque()
        self.record: list[tuple[int, str]] = []
        self.size = 0

    def __iter__(self) -> _Feed:
        return self

    def __next__(self) -> str:
        number, text = self.pushed.popleft() if self.pushed else next(self.source)
        self.record.append((number, text))
        self.size += len(text)
        if isinstance(text, TooLongLine) or self.size > MAX_RECORD_CHARS:
            raise _Overflow
        return text

    def begin(self) -> None:
        self.record, self.size = [], 0

    def retry_after_first(self) -> None:
        """Give back every line of the current record but its first."""
        self.pushed.extendleft(reversed(self.record[1:]))


def sniff_separator(first_line: str) -> str:
    counts = {sep: first_line.count(sep) for sep in SEPARATORS}
    best = max(SEPARATORS, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def csv_records(lines: Iterable[tuple[int, str]], layout: Layout) -> Iterator[Record]:
    csv.field_size_limit(max(csv.field_size_limit(), MAX_RECORD_CHARS * 2))
    source = iter(lines)
    first: tuple[int, str] | None = None
    for number, text in source:
        if text.strip():
            first = (number, text)
            break
    if first is None:
        raise UnreadableFile("import_empty_file")
    layout.separator = sniff_separator(first[1])
    feed = _Feed(source)
    feed.pushed.append(first)
    header_done = False
    while True:
        reader = csv.reader(feed, delimiter=layout.separator, strict=True)
        feed.begin()
        try:
            for cells in reader:
                lines = feed.record
                feed.begin()
                if not cells or (len(cells) == 1 and not cells[0].strip()):
                    continue
                if not header_done:
                    read_header(cells, layout)
                    header_done = True
                    continue
                yield _csv_record(lines, cells, layout)
            return
        except _Overflow:
            yield _broken(
                feed.record,
                "import_record_too_large",
                limit=MAX_LINE_CHARS if len(feed.record) == 1 else MAX_RECORD_CHARS,
            )
        except csv.Error as exc:
            code = "import_unclosed_quote" if "end of data" in str(exc) else "import_bad_quote"
            yield _broken(feed.record, code)
        if not header_done:
            raise UnreadableFile("import_bad_header")
        feed.retry_after_first()


def _csv_record(lines: list[tuple[int, str]], cells: list[str], layout: Layout) -> Record:
    record = Record(lines[0][0], {})
    expected = len(layout.columns)
    if len(cells) != expected:
        if len(lines) > 1:
            record.problems.append(
                ("-", "import_cell_count_lines", {"expected": expected, "found": len(cells), "last": lines[-1][0]})
            )
        else:
            record.problems.append(("-", "import_cell_count", {"expected": expected, "found": len(cells)}))
        return record
    record.cells = {name: csv_unescaped(cell) for name, cell in zip(layout.columns, cells, strict=True) if name}
    return record


def _broken(lines: list[tuple[int, str]], code: str, **params: Any) -> Record:
    first = lines[0][0] if lines else 0
    return Record(first, {}, [("-", code, dict(params, swallowed=max(len(lines) - 1, 0)))])


# --- JSONL


def jsonl_records(lines: Iterable[tuple[int, str]], layout: Layout) -> Iterator[Record]:
    unknown: set[str] = set()
    for number, text in lines:
        if isinstance(text, TooLongLine):
            yield Record(number, {}, [("-", "import_record_too_large", {"limit": MAX_LINE_CHARS, "swallowed": 0})])
            continue
        if not text.strip():
            continue
        if number == 1 and text.startswith("\ufeff"):
            text = text[1:]
        yield _json_record(number, text, unknown, layout)


def _json_record(number: int, text: str, unknown: set[str], layout: Layout) -> Record:
    try:
        value = json.loads(text)
    except RecursionError:
        return Record(number, {}, [("-", "import_json_too_deep", {})])
    except json.JSONDecodeError as exc:
        code = "import_json_escape" if "escape" in exc.msg else "import_json_syntax"
        return Record(number, {}, [("-", code, {"column": exc.colno})])
    if not isinstance(value, dict):
        return Record(number, {}, [("-", "import_json_not_object", {})])
    cells: dict[str, Any] = {}
    for key, cell in value.items():
        name = column_of(key)
        if name is None:
            if key not in unknown and len(unknown) < 50:
                unknown.add(key)
                layout.unknown.append(str(key)[:60])
        else:
            cells[name] = cell
    return Record(number, cells)


# --- XLSX


def xlsx_records(path: Path, sheet: str | None, layout: Layout) -> Iterator[Record]:
    """The rows of the first sheet (or `sheet`) through openpyxl's streaming reader."""
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except OSError:
        raise
    except Exception as exc:  # openpyxl raises many kinds on a damaged file
        raise UnreadableFile("import_xlsx_unreadable") from exc
    try:
        if sheet is None:
            ws = book.worksheets[0]
        elif sheet in book.sheetnames:
            ws = book[sheet]
        else:
            raise UnreadableFile("import_no_such_sheet", sheet=sheet, sheets=", ".join(book.sheetnames))
        yield from _sheet_rows(ws, layout)
    finally:
        book.close()


def _sheet_rows(ws: Any, layout: Layout) -> Iterator[Record]:
    rows = ws.iter_rows(values_only=True)
    number = 0
    header_done = False
    while True:
        try:
            values = next(rows, None)
        except Exception as exc:  # a damaged sheet part: reading stops here
            raise UnreadableFile("import_xlsx_stopped", row=number + 1) from exc
        if values is None:
            if not header_done:
                raise UnreadableFile("import_empty_file")
            return
        number += 1
        cells = [_cell_text(v) for v in values]
        while cells and cells[-1] == "":
            cells.pop()
        if not cells:
            continue
        if not header_done:
            read_header(cells, layout)
            header_done = True
            continue
        expected = len(layout.columns)
        if len(cells) > expected:
            yield Record(number, {}, [("-", "import_cell_count", {"expected": expected, "found": len(cells)})])
            continue
        cells += [""] * (expected - len(cells))
        yield Record(number, {n: csv_unescaped(c) for n, c in zip(layout.columns, cells, strict=True) if n})


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e17:
        return str(int(value))
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    return str(value)
