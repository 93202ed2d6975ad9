"""Checking one batch item before it touches the database: hash, shape, domain rules."""

from __future__ import annotations

import hashlib
import operator
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError

from central.problems import echoable, field_error, pydantic_field_error
from central.schemas import BatchItem, BatchItemClean
from central.services.deskclock import DeskClock
from lapor_desk.attachments import ALLOWED
from lapor_desk.domain.complaint import INPUT_FIELDS, normal_form
from lapor_desk.domain.validation import validate_normalized
from lapor_desk.sync.payload import payload_hash

try:
    import orjson
except ModuleNotFoundError:  # an environment installed before the central extra listed it: slower, same hash
    orjson = None  # type: ignore[assignment]

# The media types the desk accepts and sniffs (one list for both sides); older Office
# names a desk may still declare are accepted too.
ACCEPTED_MEDIA_TYPES = frozenset(ALLOWED) | {
    "application/msword",
    "application/vnd.ms-excel",
    "application/vnd.ms-powerpoint",
}


def canonical_hash(item: dict[str, Any]) -> str:
    """SHA-256 hex of the item without payload_hash, as canonical JSON (the contract).

    The desk's definition is lapor_desk.sync.payload.payload_hash (json.dumps, sorted keys,
    no spaces, no ASCII escaping). orjson writes the same bytes for what a checked item holds
    (strings of any script, ints, booleans, null, floats written without an exponent) about
    five times faster; any other value (a float Python writes with an exponent, NaN, an int
    past 64 bits) is hashed by the desk's function itself. tests/central/test_payload_hash.py
    checks the two agree."""
    if orjson is not None and _plain_floats(item.values()):
        body = _without_hash(item)
        try:
            return hashlib.sha256(orjson.dumps(body, option=orjson.OPT_SORT_KEYS)).hexdigest()
        except orjson.JSONEncodeError:
            pass  # a lone surrogate, an int past 64 bits: the desk's function decides
    return payload_hash(item)


def stated_hash_holds(item: dict[str, Any]) -> bool:
    """Whether the item's payload_hash is the canonical hash of the rest of it.

    orjson's bytes are hashed first: when they hash to the stated value, the desk hashed
    those very bytes, which are the canonical JSON exactly when no float is spelt differently
    by the two writers (a cheap walk checks that; NaN, which orjson writes as null, is one).
    Only when they do not does canonical_hash decide, so a float that the two writers spell
    differently is judged by the desk's definition as before."""
    stated = item.get("payload_hash")
    if orjson is not None:
        body = _without_hash(item)
        try:
            fast = hashlib.sha256(orjson.dumps(body, option=orjson.OPT_SORT_KEYS)).hexdigest()
            # The desk hashed orjson's very bytes; they are the canonical ones unless a float
            # may be spelt differently (NaN written as null is other content): then
            # canonical_hash below decides.
            if fast == stated and _plain_floats(body.values()):
                return True
        except orjson.JSONEncodeError:
            pass  # a lone surrogate, an int past 64 bits: canonical_hash below decides
    return canonical_hash(item) == stated


def _without_hash(item: dict[str, Any]) -> dict[str, Any]:
    body = dict(item)  # a copy in one call; the keys' order does not matter (sorted when written)
    body.pop("payload_hash", None)
    return body


def _plain_floats(values: Iterable[Any]) -> bool:
    """No float in these values (or in the lists and objects among them) that json.dumps and
    orjson write differently: both write 0 and 1e-4 <= |x| < 1e16 without an exponent, alike;
    orjson writes NaN and ±Infinity as null, json.dumps as NaN and Infinity."""
    for v in values:
        kind = type(v)
        if kind is float:
            if not (v == 0.0 or 1e-4 <= abs(v) < 1e16):
                return False
        elif kind is list:
            if not _plain_floats(v):
                return False
        elif kind is dict and not _plain_floats(v.values()):
            return False
    return True


@dataclass
class Checked:
    index: int
    client_id: str | None
    item: BatchItem | None = None
    fields: dict[str, Any] = field(default_factory=dict)  # normalised complaint columns
    errors: list[dict[str, str]] = field(default_factory=list)
    warnings: list[dict[str, str]] = field(default_factory=list)
    clock: dict[str, Any] = field(default_factory=dict)  # the desk's times, corrected and as stamped


def check_batch(
    items: list[Any], *, now: datetime, max_attachment_bytes: int, offset_s: float | None, storable: bool
) -> list[Checked]:
    """check_item for each item of a batch, with what the items share worked out once."""
    clock = DeskClock(now, offset_s)
    model = BatchItemClean if storable else BatchItem
    return [_check(i, raw, clock, max_attachment_bytes, model) for i, raw in enumerate(items)]


def check_item(
    index: int,
    raw: Any,
    *,
    now: datetime,
    max_attachment_bytes: int,
    offset_s: float | None = None,
    storable: bool = False,
) -> Checked:
    """`storable`: the body the item came from cannot hold NUL or a lone surrogate
    (central.schemas.may_hold_unstorable), so the per-field check for them is skipped."""
    return _check(index, raw, DeskClock(now, offset_s), max_attachment_bytes, BatchItemClean if storable else BatchItem)


_INPUT_VALUES = operator.itemgetter(*INPUT_FIELDS)
_ENUM_FIELDS = ("type", "channel", "sex", "age_band", "disability")


def _check(index: int, raw: Any, clock: DeskClock, max_attachment_bytes: int, model: type[BatchItem]) -> Checked:
    # The central checks every item of every batch: each Checked is made once, with all its
    # values, and dicts are copied whole rather than built a key at a time.
    if not isinstance(raw, dict):
        return Checked(index, None, errors=[field_error("", "not_an_object")])
    try:
        item = model.model_validate(raw)
    except ValidationError as exc:
        cid = raw.get("client_id")
        return Checked(
            index, echoable(cid) if isinstance(cid, str) else None, errors=[_pydantic_error(e) for e in exc.errors()]
        )
    cid = raw.get("client_id")
    # 36 characters that pydantic read as a UUID are its hyphenated form; with no capital
    # letter they are str() of that UUID already.
    client_id = cid if type(cid) is str and len(cid) == 36 and cid.islower() else str(item.client_id)
    if not stated_hash_holds(raw):
        return Checked(
            index, client_id, errors=[field_error("payload_hash", "hash_mismatch", expected=canonical_hash(raw))]
        )
    errors = _attachment_errors(item, max_attachment_bytes) if item.attachments else []
    edge = [
        name
        for name, stamp in (("received_at", item.received_at), ("desk_recorded_at", item.desk_recorded_at))
        if stamp is not None and stamp.year in _EDGE_YEARS and not _storable_instant(stamp)
    ]
    if edge:  # the domain's date checks cannot place it
        return Checked(index, client_id, errors=errors + [field_error(n, "datetime_out_of_range") for n in edge])
    values = dict(zip(INPUT_FIELDS, _INPUT_VALUES(item.__dict__), strict=True))  # pydantic keeps the fields there
    values["disability_types"] = tuple(item.disability_types)
    data = normal_form(values)  # ComplaintInput(**values).normalized()
    result = validate_normalized(data, now=clock.desk_now(item.received_at, item.desk_recorded_at), for_recording=True)
    errors += [field_error(m.field, m.code, **m.params) for m in result.errors]
    # A date a clerk typed is not a stamp of the desk's clock: one after today anywhere in
    # Indonesia is wrong whatever that clock says, and the clerk can correct it.
    if (
        data.incident_date is not None
        and data.incident_date > clock.latest_day
        and not any(e["field"] == "incident_date" for e in errors)
    ):
        errors.append(field_error("incident_date", "date_in_future"))
    warnings = [field_error(m.field, m.code, **m.params) for m in result.warnings]
    if errors:
        return Checked(index, client_id, errors=errors, warnings=warnings)
    fields = dict(data.__dict__)  # the normalised columns: INPUT_FIELDS, in that order
    fields["disability_types"] = [str(t) for t in data.disability_types]
    for name in _ENUM_FIELDS:
        value = fields[name]
        fields[name] = None if value is None else str(value)
    received = fields["received_at"]
    stamps = {
        "received_at_desk_clock": received,
        "recorded_at_desk_clock": item.desk_recorded_at,
        "desk_clock_offset_s": clock.offset_s,
        "desk_recorded_at": clock.corrected(item.desk_recorded_at),
    }
    if received is not None:
        fields["received_at"] = clock.corrected(received)
    return Checked(index, client_id, item, fields, errors, warnings, stamps)


# A stamp in year 1 or 9999 may name an instant outside the time line once written in UTC
# (0001-01-01T03:00+07:00 is in year 0): no column can store it, so it is refused at its field
# (it was an internal error for the whole batch).
_EDGE_YEARS = frozenset({1, 9999})


def _storable_instant(stamp: datetime) -> bool:
    try:
        stamp.astimezone(UTC)
    except OverflowError:
        return False
    return True


def _attachment_errors(item: BatchItem, max_bytes: int) -> list[dict[str, str]]:
    errors: list[dict[str, str]] = []
    seen: set[str] = set()
    for n, ref in enumerate(item.attachments):
        where = f"attachments[{n}]"
        if ref.sha256 in seen:
            errors.append(field_error(where + ".sha256", "duplicate_attachment"))
        seen.add(ref.sha256)
        if ref.media_type not in ACCEPTED_MEDIA_TYPES:
            errors.append(field_error(where + ".media_type", "attachment_type", media_type=ref.media_type))
        if ref.size > max_bytes:
            errors.append(field_error(where + ".size", "attachment_too_large", max=max_bytes))
    return errors


def _pydantic_error(err: Any) -> dict[str, str]:
    return pydantic_field_error(err["loc"], err)
