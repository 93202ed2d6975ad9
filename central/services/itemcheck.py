"""Checking one batch item before it touches the database: hash, shape, domain rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pydantic import ValidationError

from central.problems import field_error
from central.schemas import BatchItem
from lapor_desk.attachments import ALLOWED
from lapor_desk.domain.complaint import INPUT_FIELDS, ComplaintInput
from lapor_desk.domain.validation import validate
from lapor_desk.sync.payload import payload_hash

# The media types the desk accepts and sniffs (one list for both sides); older Office
# names a desk may still declare are accepted too.
ACCEPTED_MEDIA_TYPES = frozenset(ALLOWED) | {"application/msword", "application/vnd.ms-excel",
                                             "application/vnd.ms-powerpoint"}


def canonical_hash(item: dict[str, Any]) -> str:
    """SHA-256 hex of the item without payload_hash, as canonical JSON (the contract);
    the desk's own function, so the two sides cannot drift apart."""
    return payload_hash(item)


@dataclass
class Checked:
    index: int
    client_id: str | None
    item: BatchItem | None = None
    fields: dict[str, Any] = field(default_factory=dict)  # normalised complaint columns
    errors: list[dict[str, str]] = field(default_factory=list)
    warnings: list[dict[str, str]] = field(default_factory=list)


def check_item(index: int, raw: Any, *, now: datetime, max_attachment_bytes: int) -> Checked:
    if not isinstance(raw, dict):
        return Checked(index, None, errors=[field_error("", "not_an_object")])
    cid = raw.get("client_id")
    out = Checked(index, cid if isinstance(cid, str) else None)
    try:
        item = BatchItem.model_validate(raw)
    except ValidationError as exc:
        out.errors = [_pydantic_error(e) for e in exc.errors()]
        return out
    out.client_id = str(item.client_id)
    expected = canonical_hash(raw)
    if item.payload_hash != expected:
        out.errors = [field_error("payload_hash", "hash_mismatch", expected=expected)]
        return out
    out.errors += _attachment_errors(item, max_attachment_bytes)
    values: dict[str, Any] = {name: getattr(item, name) for name in INPUT_FIELDS}
    values["disability_types"] = tuple(item.disability_types)
    data = ComplaintInput(**values).normalized()
    result = validate(data, now=now, for_recording=True)
    out.errors += [field_error(m.field, m.code, **m.params) for m in result.errors]
    out.warnings = [field_error(m.field, m.code, **m.params) for m in result.warnings]
    if not out.errors:
        out.item = item
        out.fields = {name: getattr(data, name) for name in INPUT_FIELDS}
        out.fields["disability_types"] = [str(t) for t in data.disability_types]
        for name in ("type", "channel", "sex", "age_band", "disability"):
            value = out.fields[name]
            out.fields[name] = None if value is None else str(value)
    return out


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
    loc = ".".join(str(p) if isinstance(p, str) else f"[{p}]" for p in err["loc"]).replace(".[", "[")
    kind = err["type"]
    ctx = err.get("ctx") or {}
    if kind == "missing":
        return field_error(loc, "required")
    if kind == "extra_forbidden":
        return field_error(loc, "unknown_field")
    if kind == "string_too_long":
        value = err.get("input")
        return field_error(loc, "too_long", max=ctx.get("max_length"), length=len(value or ""))
    if kind == "invalid_character":
        return field_error(loc, "invalid_character")
    if kind == "enum":
        return field_error(loc, "invalid_choice", value=str(err.get("input"))[:50])
    return field_error(loc, "invalid_value", detail=err["msg"])
