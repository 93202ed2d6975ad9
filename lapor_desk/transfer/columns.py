"""The columns of an import or export file: English names and the Indonesian labels."""

from __future__ import annotations

from lapor_desk.domain.complaint import FIELDS, INPUT_FIELDS
from lapor_desk.paper.numbers import DRAFT_PAPER_KEY

REQUIRED_COLUMNS = ("type", "channel", "title", "body", "received_at")
DESK_COLUMNS = ("id", "client_id", "receipt_number", "status", "desk_code", "created_at", "tracking_id")
# What the clerk typed in a draft's paper receipt box, exactly (a paper number or not): kept
# with the draft in draft_paper_receipts, not a column of complaints; last, so that the other
# columns keep their places.
DRAFT_PAPER_COLUMN = DRAFT_PAPER_KEY
DRAFT_PAPER_MAX = 48  # as draft_paper_receipts.number holds it
EXPORT_COLUMNS: tuple[str, ...] = DESK_COLUMNS + INPUT_FIELDS + (DRAFT_PAPER_COLUMN,)

# The labels `export --header id` writes; import reads either. A complaint field's label is
# declared with the field (domain/complaint.py).
LABELS_ID: dict[str, str] = {
    "id": "ID",
    "client_id": "ID klien",
    "receipt_number": "Nomor tanda terima",
    "status": "Status",
    "desk_code": "Kode meja",
    "created_at": "Dibuat",
    "tracking_id": "Nomor LAPOR!",
    **{spec.name: spec.label for spec in FIELDS},
    DRAFT_PAPER_COLUMN: "Nomor kertas draf (seperti diketik)",
}
assert set(LABELS_ID) == set(EXPORT_COLUMNS)


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


_BY_KEY: dict[str, str] = {_key(name): name for name in EXPORT_COLUMNS}
_BY_KEY.update({_key(label): name for name, label in LABELS_ID.items()})


def column_of(heading: object) -> str | None:
    """The column a heading names (English name or Indonesian label, any case), or None."""
    return _BY_KEY.get(_key(str(heading))) if heading is not None else None
