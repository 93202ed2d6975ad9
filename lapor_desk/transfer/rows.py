"""From a record's cells to a complaint row, with every problem of the row at once."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from lapor_desk.domain.complaint import FIELD, INPUT_FIELDS, ComplaintInput
from lapor_desk.domain.enums import Status
from lapor_desk.domain.fields import Kind
from lapor_desk.domain.validation import validate_normalized
from lapor_desk.paper.numbers import DRAFT_PAPER_KEY, looks_like_paper, read_typed
from lapor_desk.storage import repository as repo
from lapor_desk.transfer.columns import DRAFT_PAPER_COLUMN, DRAFT_PAPER_MAX
from lapor_desk.transfer.records import Problem

_TRUE = {"1", "true", "ya", "y", "yes"}
_FALSE = {"0", "false", "tidak", "t", "no", "n", ""}
# Identifier columns: their length in the database and the shape a desk writes.
_CLIENT_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,35}$")
_RECEIPT = re.compile(r"^[A-Z0-9]+(?:-[A-Z0-9]+)*$")
_RECEIPT_MAX = 40
_DESK = re.compile(r"^[A-Z0-9]+(?:-[A-Z0-9]+)*$")
_TRACKING = re.compile(r"^[0-9]{1,20}$")


@dataclass
class Converted:
    row: dict[str, Any] | None  # None when the record has problems
    problems: list[Problem]
    key: str  # what identifies the complaint across runs: its client_id, else its content
    digest: str  # the content, to tell an identical repeat from a clash


def content_digest(cells: dict[str, Any]) -> str:
    """What a record holds, as a digest: tells an identical repeat from a clash, and lets the
    import's write pass see that a row is still the one the check pass converted."""
    canonical = json.dumps(
        {k: cells[k] for k in sorted(cells) if k != "id"}, sort_keys=True, default=str, ensure_ascii=True
    )
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def convert(cells: dict[str, Any], *, desk_code: str, officer: str, now: datetime) -> Converted:
    """The row for `cells`, or every problem of them."""
    digest = content_digest(cells)
    problems: list[Problem] = []
    values: dict[str, Any] = {}
    for name in INPUT_FIELDS:
        try:
            values[name] = _parse(name, cells.get(name))
        except _BadCell as exc:
            problems.append((name, exc.code, exc.params))
            values[name] = ComplaintInput.__dataclass_fields__[name].default
    desk = {
        name: _identifier(name, cells.get(name), problems)
        for name in ("client_id", "receipt_number", "desk_code", "tracking_id", "status")
    }
    if not values["officer_name"]:
        values["officer_name"] = officer
    draft = desk["status"] == str(Status.DRAFT)
    tracking = desk["tracking_id"] and not any(p[0] == "tracking_id" for p in problems)
    if tracking and draft:  # only a recorded complaint was ever sent to the central
        problems.append(("tracking_id", "import_tracking_on_draft", {}))
    data = ComplaintInput(**values).normalized()  # once: validation and the row both use it
    typed_paper = _draft_paper(cells.get(DRAFT_PAPER_COLUMN), problems) if draft else ""
    if draft and not typed_paper and looks_like_paper(desk["receipt_number"]):
        typed_paper = desk["receipt_number"]
    bad_fields = {p[0] for p in problems}
    result = validate_normalized(data, now=now, for_recording=not draft)
    problems += [(m.field, m.code, dict(m.params)) for m in result.errors if m.field not in bad_fields]
    client_id = desk["client_id"]
    key = client_id or digest
    if problems:
        return Converted(None, problems, key, digest)
    row = repo.input_to_row(data, normalized=True)
    row.update(
        client_id=client_id or _uuid_from(digest),
        import_key=hashlib.sha256(key.encode("utf-8")).hexdigest(),
        desk_code=desk["desk_code"] or desk_code,
        receipt_number=None if draft else (desk["receipt_number"] or None),
        # A draft has no receipt number yet; the paper number typed with it (an export's own
        # column, exactly as typed; else a paper one in the receipt cell) is kept with it, as
        # the form keeps one typed with a draft, and checked when the clerk records it.
        **({DRAFT_PAPER_KEY: typed_paper} if draft and typed_paper else {}),
        # The LAPOR! tracking ID of an export: the central knows this complaint already (the
        # sync outbox queues it as synced, see lapor_desk/sync/outbox.py). Stored as the
        # central numbers it, without leading zeros, as the sync and the search store it.
        tracking_id=str(int(desk["tracking_id"])) if tracking else None,
        status=str(Status.DRAFT if draft else Status.RECORDED),
        revision=1,
        created_at=now,
        updated_at=now,
    )
    return Converted(row, [], key, digest)


def _draft_paper(cell: Any, problems: list[Problem]) -> str:
    """The text typed in a draft's paper receipt box, as the form keeps it (trimmed)."""
    if cell is None:
        return ""
    if isinstance(cell, int) and not isinstance(cell, bool):  # a spreadsheet's number cell
        cell = str(cell)
    if not isinstance(cell, str):
        problems.append((DRAFT_PAPER_COLUMN, "import_wrong_type", {"field": DRAFT_PAPER_COLUMN, "expected": "text"}))
        return ""
    text = cell.strip()
    if len(text) > DRAFT_PAPER_MAX:
        problems.append((DRAFT_PAPER_COLUMN, "too_long", {"max": DRAFT_PAPER_MAX, "length": len(text)}))
        return ""
    return text


def draft_paper_cell(kept: str) -> str:
    """The receipt cell an export writes for a draft's kept paper number (typed at the form or
    kept by an import): the number as recording reads it (upper case, no spaces), if `convert`
    keeps it from that cell (receipt-shaped and written as a paper number), else "" (a draft has
    no receipt number; a cell the import refuses would cost the whole row)."""
    number = read_typed(kept).number
    if len(number) > _RECEIPT_MAX or not _RECEIPT.match(number) or not looks_like_paper(number):
        return ""
    return number


def _uuid_from(digest: str) -> str:
    """A stable client id for a row without one: a re-run gives the same id."""
    import uuid

    return str(uuid.UUID(hex=digest[:32], version=4))


class _BadCell(Exception):
    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def _identifier(name: str, cell: Any, problems: list[Problem]) -> str:
    if cell is None:
        return ""
    if not isinstance(cell, str):
        problems.append((name, "import_wrong_type", {"field": name, "expected": "text"}))
        return ""
    text = cell.strip()
    if not text:
        return ""
    if name == "status":
        if text not in {str(s) for s in Status}:
            problems.append((name, "import_bad_value", {"field": name, "value": _shown(text)}))
        return text
    shape, limit = {
        "client_id": (_CLIENT_ID, 36),
        "receipt_number": (_RECEIPT, _RECEIPT_MAX),
        "desk_code": (_DESK, 20),
        "tracking_id": (_TRACKING, 20),
    }[name]
    if len(text) > limit:
        problems.append((name, "too_long", {"max": limit, "length": len(text)}))
    elif not shape.match(text):
        problems.append((name, "import_bad_identifier", {"field": name}))
    return text


def _shown(text: str) -> str:
    """A cell as a message may show it: short, and without control characters."""
    return "".join(ch if ch.isprintable() else "\ufffd" for ch in text[:40])


def _parse(name: str, cell: Any) -> Any:
    """A cell read as its field's kind says (domain/complaint.py declares each field)."""
    spec = FIELD[name]
    if cell is None:
        return spec.default
    if spec.kind in (Kind.FLAG, Kind.TRISTATE):
        return _boolean(name, cell, tristate=spec.kind is Kind.TRISTATE)
    if spec.kind is Kind.NUMBER:
        return _number(name, cell)
    if spec.kind is Kind.ENUM_SET:
        assert spec.enum is not None
        return _enum_set(name, spec.enum, cell)
    if not isinstance(cell, str):
        raise _BadCell("import_wrong_type", field=name, expected="text")
    text = cell.strip()
    if not text:
        return spec.default
    if spec.kind is Kind.ENUM:
        assert spec.enum is not None
        try:
            return spec.enum(text)
        except ValueError:
            raise _BadCell("import_bad_value", field=name, value=_shown(text)) from None
    if spec.kind is Kind.DATE:
        return _date(name, text)
    if spec.kind is Kind.DATETIME:
        return _datetime(name, text)
    return cell


def _boolean(name: str, cell: Any, *, tristate: bool) -> bool | None:
    if isinstance(cell, bool):
        return cell
    if not isinstance(cell, str):
        raise _BadCell("import_wrong_type", field=name, expected="true/false")
    text = cell.strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return None if tristate and text == "" else False
    raise _BadCell("import_bad_value", field=name, value=_shown(text))


def _number(name: str, cell: Any) -> float | None:
    if isinstance(cell, bool) or not isinstance(cell, (int, float, str)):
        raise _BadCell("import_wrong_type", field=name, expected="number")
    if isinstance(cell, str):
        if not cell.strip():
            return None
        try:
            value = float(cell.strip().replace(",", "."))
        except ValueError:
            raise _BadCell("number_format") from None
    else:
        value = float(cell)
    if value != value or value in (float("inf"), float("-inf")):
        raise _BadCell("number_format")
    return value


def _enum_set(name: str, enum: type[Enum], cell: Any) -> tuple[Any, ...]:
    if isinstance(cell, str):
        parts: list[Any] = cell.split(",")
    elif isinstance(cell, list) and all(isinstance(p, str) for p in cell):
        parts = cell
    else:
        raise _BadCell("import_wrong_type", field=name, expected="text")
    try:
        return tuple(sorted({enum(p.strip()) for p in parts if p.strip()}, key=str))
    except ValueError:
        raise _BadCell("import_bad_value", field=name, value=_shown(str(cell))) from None


def _date(name: str, text: str) -> date:
    try:
        return date.fromisoformat(text[:10] if "T" in text or " " in text else text)
    except ValueError:
        raise _BadCell("import_bad_date", field=name, value=_shown(text)) from None


def _datetime(name: str, text: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise _BadCell("import_bad_date", field=name, value=_shown(text)) from None
    if parsed.tzinfo is None:
        raise _BadCell("import_no_timezone")
    try:
        parsed.astimezone()  # year 1 with a positive offset cannot be placed on the UTC line
    except (OverflowError, ValueError):
        raise _BadCell("date_out_of_range", earliest="2000") from None
    return parsed
