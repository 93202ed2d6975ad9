"""A block of paper receipt numbers as a sheet for the desk drawer: what it says, not how it is drawn.

The window prints it (or saves a PDF) through Qt's print dialog as it does a receipt; the
command line prints its text. Each number has a line with room to write the date and time,
the citizen's name and the officer's initials, so the sheet is also the record of who got which
number until the complaints are entered.
"""

from __future__ import annotations

from dataclasses import dataclass

from lapor_desk.i18n import translate
from lapor_desk.paper.book import PaperBlock, PaperNumber
from lapor_desk.paper.numbers import shown_time
from lapor_desk.settings import DESK_NAME, Settings


@dataclass(frozen=True)
class PaperSheet:
    heading: str
    desk_name: str
    block_line: str  # which block, its numbers and its validity
    instructions: tuple[str, ...]
    columns: tuple[str, ...]  # number, date and time, citizen, officer
    numbers: tuple[tuple[str, bool], ...]  # each number and whether it is used already

    def plain_text(self) -> str:
        lines = [self.heading, self.desk_name, self.block_line, *self.instructions, " | ".join(self.columns)]
        lines += [f"{number}{'  ✓' if used else ''}" for number, used in self.numbers]
        return "\n".join(line for line in lines if line)


def _t(code: str, language: str, **params: object) -> str:
    return translate(code, language, params)


def block_line(block: PaperBlock, language: str) -> str:
    """One block in a line: its numbers, how many are used, its validity and who reserved it,
    and whether it was voided (the sheet's heading, `paper-receipts list`)."""
    line = _t(
        "paper_block_line",
        language,
        id=block.id,
        first=block.first_number,
        last=block.last_number,
        used=block.used,
        count=block.size,
        until=shown_time(block.valid_until),
        by=block.reserved_by,
    )
    if block.voided_at is not None:
        # One message holding the whole line: a translation may reorder or punctuate it.
        line = _t(
            "paper_block_line_voided",
            language,
            line=line,
            at=shown_time(block.voided_at),
            by=block.voided_by,
            reason=block.void_reason,
        )
    return line


def sheet_of(block: PaperBlock, numbers: list[PaperNumber], settings: Settings, language: str) -> PaperSheet:
    return PaperSheet(
        heading=_t("paper_sheet_heading", language),
        desk_name=settings.get(DESK_NAME),
        block_line=block_line(block, language),
        instructions=(
            _t("paper_sheet_when", language),
            _t("paper_sheet_write", language),
            _t("paper_sheet_enter", language),
        ),
        columns=(
            _t("paper_sheet_col_number", language),
            _t("paper_sheet_col_time", language),
            _t("paper_sheet_col_citizen", language),
            _t("paper_sheet_col_officer", language),
        ),
        numbers=tuple((n.number, n.used_at is not None) for n in numbers),
    )
