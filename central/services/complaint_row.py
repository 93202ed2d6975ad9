"""A new complaint's row at the central, from a checked batch item: one definition for the
bulk inserts (values in column order), the per-item insert and the update (by name)."""

from __future__ import annotations

import operator
from datetime import datetime
from typing import Any

from central.services.itemcheck import Checked
from lapor_desk.domain.complaint import INPUT_FIELDS
from lapor_desk.domain.enums import Status

# The columns a new complaint is written with, in the order new_row gives their values: the
# desk's fields (normalised), who sent it, its receipt number and the desk's times (corrected
# to the central's clock and as stamped), then the central's own columns.
CLOCK = ("received_at_desk_clock", "recorded_at_desk_clock", "desk_clock_offset_s", "desk_recorded_at")
COLUMNS = (
    *INPUT_FIELDS,
    "desk_id",
    "client_id",
    "revision",
    "payload_hash",
    "receipt_number",
    *CLOCK,
    "status",
    "status_reason",
    "forwarded_agency",
    "created_at",
    "updated_at",
    "status_changed_at",
)
_FIELDS_OF = operator.itemgetter(*INPUT_FIELDS)
_CLOCK_OF = operator.itemgetter(*CLOCK)
UNVERIFIED = Status.UNVERIFIED.value


def new_row(ch: Checked, desk_id: int, now: datetime) -> tuple[Any, ...]:
    """A new complaint's values in COLUMNS order, straight from the checked item."""
    item, fields, clock = ch.item, ch.fields, ch.clock
    assert item is not None
    if len(fields) != len(INPUT_FIELDS) or len(clock) != len(CLOCK):
        # itemcheck.check_item fills both with these very keys; a missing one raises KeyError.
        raise ValueError(f"unexpected checked columns: {sorted(fields)} {sorted(clock)}")
    return (
        *_FIELDS_OF(fields),
        desk_id,
        ch.client_id,
        item.revision,
        item.payload_hash,
        item.receipt_number,
        *_CLOCK_OF(clock),
        UNVERIFIED,
        "",
        "",
        now,
        now,
        now,
    )


def row_values(ch: Checked, desk_id: int, now: datetime) -> dict[str, Any]:
    return dict(zip(COLUMNS, new_row(ch, desk_id, now), strict=True))
