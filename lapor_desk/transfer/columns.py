"""The columns of an import or export file: English names and the Indonesian labels."""

from __future__ import annotations

from lapor_desk.domain.complaint import FIELDS, INPUT_FIELDS

REQUIRED_COLUMNS = ("type", "channel", "title", "body", "received_at")
DESK_COLUMNS = ("id", "client_id", "receipt_number", "status", "desk_code", "created_at", "tracking_id")
EXPORT_COLUMNS: tuple[str, ...] = DESK_COLUMNS + INPUT_FIELDS

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
}
assert set(LABELS_ID) == set(EXPORT_COLUMNS)


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


_BY_KEY: dict[str, str] = {_key(name): name for name in EXPORT_COLUMNS}
_BY_KEY.update({_key(label): name for name, label in LABELS_ID.items()})


def column_of(heading: object) -> str | None:
    """The column a heading names (English name or Indonesian label, any case), or None."""
    return _BY_KEY.get(_key(str(heading))) if heading is not None else None
