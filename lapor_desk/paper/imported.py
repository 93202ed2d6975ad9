"""Paper receipt numbers carried by an imported register (the rows typed from the paper slips).

A row whose receipt number is written as a paper number (`looks_like_paper`) is held to the same
rules as the intake form: well formed, of an issued block of this office that is not voided,
unused, and the row's received-at inside the block's life (paper/use.py). Pass one reports a
row that breaks one at its line; pass two uses each number with the form's conditional UPDATE
in the chunk's own write transaction, so a number a counter took in between is refused at its
line too, and the chunk's other rows are written. Each use is linked to its complaint and
audited (`paper_receipt_used`, through the write hooks). A draft row keeps its paper number
with the draft, as typed, like a draft saved at the form: the form's rules apply when the
clerk records it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from lapor_desk.domain.messages import FieldMessage
from lapor_desk.paper.numbers import DRAFT_PAPER_KEY, looks_like_paper
from lapor_desk.paper.use import FIELD, link_paper_number, paper_problems, use_paper_number
from lapor_desk.services.writer import NewComplaint
from lapor_desk.storage.paper_tables import keep_draft_paper

# (field, message code, params): a row problem as the importer keeps them
Problem = tuple[str, str, dict[str, Any]]
COLUMN = "receipt_number"  # the file's column the number is in (the form's field is FIELD)


def _as_row_problems(messages: Sequence[FieldMessage]) -> list[Problem]:
    return [(COLUMN if m.field == FIELD else m.field, m.code, dict(m.params)) for m in messages]


def paper_number_of(row: dict[str, Any]) -> str:
    receipt = row.get("receipt_number") or ""
    return receipt if looks_like_paper(receipt) else ""


def rows_paper_problems(conn: Connection, rows: Sequence[tuple[int, dict[str, Any]]]) -> dict[int, list[Problem]]:
    """Pass one: the lines whose paper number cannot be used, with why."""
    found: dict[int, list[Problem]] = {}
    for line, row in rows:
        number = paper_number_of(row)
        if number and (problems := paper_problems(conn, number, row.get("received_at"))):
            found[line] = _as_row_problems(problems)
    return found


def use_rows_paper_numbers(
    conn: Connection, batch: Sequence[tuple[int, NewComplaint]], now: datetime, actor: str
) -> tuple[list[tuple[int, NewComplaint]], dict[int, list[Problem]]]:
    """Pass two, inside the chunk's write transaction: use each row's paper number.
    Returns the rows to write and the lines refused (a number used since pass one)."""
    kept: list[tuple[int, NewComplaint]] = []
    refused: dict[int, list[Problem]] = {}
    for line, item in batch:
        item.draft_paper = item.row.pop(DRAFT_PAPER_KEY, "")  # a draft's: kept, not used yet
        number = paper_number_of(item.row)
        if number:
            number, problems = use_paper_number(conn, number, item.row.get("received_at"), now, actor)
            if problems:
                refused[line] = _as_row_problems(problems)
                continue
            item.row["receipt_number"] = item.paper_receipt = number
        kept.append((line, item))
    return kept, refused


def link_rows_paper_numbers(conn: Connection, items: Sequence[NewComplaint], ids: Sequence[int]) -> None:
    for item, complaint_id in zip(items, ids, strict=True):
        if item.paper_receipt:
            link_paper_number(conn, item.paper_receipt, complaint_id)
        elif item.draft_paper:
            keep_draft_paper(conn, complaint_id, item.draft_paper, new=True)
