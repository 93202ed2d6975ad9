"""Request and response bodies of API v1 (pydantic), as published in the OpenAPI document."""

from __future__ import annotations

import copy
import json
import re
from datetime import date, datetime
from typing import Annotated, Any, Literal, TypeVar
from uuid import UUID

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field, StrictBool, create_model
from pydantic import StrictStr as _StrictStr
from pydantic_core import PydanticCustomError

from lapor_desk.domain import complaint as c
from lapor_desk.domain.enums import AgeBand, Channel, Disability, DisabilityType, ReportType, Sex

try:
    import orjson
except ModuleNotFoundError:  # an environment installed before the central extra listed it: same bytes, slower
    orjson = None  # type: ignore[assignment]

HEX64 = r"^[0-9a-f]{64}$"
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def _storable(value: str) -> str:
    # NUL and lone surrogates cannot be stored as PostgreSQL text (SQLite would take them):
    # refuse them everywhere so both backends answer alike.
    if _UNSTORABLE.search(value):
        raise PydanticCustomError("invalid_character", "contains NUL or a lone surrogate")
    return value


StrictStr = Annotated[_StrictStr, AfterValidator(_storable)]


def _text(limit: int) -> Any:
    return Field("", max_length=limit)


# A fresh list per item, where a `[]` default is deep-copied for every item validated (the
# central validates every item of every batch); the published default stays [].
_EMPTY_LIST: Any = {"default_factory": list, "json_schema_extra": {"default": []}}


class Strict(BaseModel):
    """Unknown fields are refused (listed in the errors), so contract drift shows at once.
    NaN and ±Infinity are refused at their field: Python's json reads them, but no JSON writer
    of the contract can write them (orjson writes null), so a payload hash never covers them."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)


class AttachmentRef(Strict):
    sha256: Annotated[str, Field(pattern=HEX64)]
    size: Annotated[int, Field(ge=1, le=2**40)]
    media_type: Annotated[StrictStr, Field(max_length=100)]
    filename: Annotated[StrictStr, Field(min_length=1, max_length=255)]


class BatchItem(Strict):
    """One complaint as the desk sends it. Field names are those of ComplaintInput."""

    client_id: UUID
    revision: Annotated[int, Field(ge=1, le=2**31 - 1)]
    receipt_number: Annotated[StrictStr, Field(min_length=1, max_length=64)]
    payload_hash: Annotated[str, Field(pattern=HEX64)]
    desk_recorded_at: AwareDatetime
    attachments: Annotated[list[AttachmentRef], Field(max_length=50, **_EMPTY_LIST)]
    type: ReportType | None = None
    channel: Channel | None = None
    title: StrictStr = _text(c.TITLE_MAX)
    body: StrictStr = _text(c.BODY_MAX)
    incident_date: date | None = None
    location_text: StrictStr = _text(c.LOCATION_MAX)
    province_code: StrictStr = _text(2)
    regency_code: StrictStr = _text(5)
    district_code: StrictStr = _text(8)
    village_code: StrictStr = _text(13)
    latitude: float | None = None
    longitude: float | None = None
    category_id: StrictStr = _text(64)
    agency_name: StrictStr = _text(c.AGENCY_MAX)
    is_anonymous: StrictBool = False
    is_confidential: StrictBool = False
    reporter_name: StrictStr = _text(c.NAME_MAX)
    reporter_nik: StrictStr = _text(40)
    reporter_phone: StrictStr = _text(40)
    reporter_email: StrictStr = _text(c.EMAIL_MAX)
    reporter_address: StrictStr = _text(c.ADDRESS_MAX)
    consent_personal: StrictBool = False
    inclusion_consent: StrictBool = False
    sex: Sex | None = None
    age_band: AgeBand | None = None
    disability_consent: StrictBool = False
    disability: Disability | None = None
    disability_types: Annotated[list[DisabilityType], Field(max_length=4, **_EMPTY_LIST)]
    accessibility_need: StrictStr = _text(c.ACCESSIBILITY_MAX)
    with_companion: StrictBool | None = None
    officer_name: StrictStr = _text(c.NAME_MAX)
    officer_nip: StrictStr = _text(40)
    received_at: AwareDatetime | None = None


M = TypeVar("M", bound=BaseModel)


def _without_storable(model: type[M], name: str, swap: dict[Any, Any]) -> type[M]:
    """A subclass of `model` without the `_storable` check ending its text fields (annotations in
    `swap` replaced): every other constraint is the model's own. For a body that cannot hold NUL or a
    lone surrogate (see may_hold_unstorable), where `_storable` is a Python call per text field
    (18 per complaint) that can only pass the value through. Never published: the OpenAPI
    document describes the model itself."""
    fields: dict[str, Any] = {}
    for field_name, info in model.model_fields.items():
        twin = copy.copy(info)
        last = info.metadata[-1:]
        if last and isinstance(last[0], AfterValidator) and last[0].func is _storable:
            # Only where it is the last step: constraints after it (receipt_number's length)
            # are checked on its result, with errors of another kind, so it stays there.
            twin.metadata = info.metadata[:-1]
        twin.annotation = swap.get(info.annotation, info.annotation)
        fields[field_name] = (twin.annotation, twin)
    return create_model(name, __base__=model, __module__=__name__, **fields)


_AttachmentRefClean = _without_storable(AttachmentRef, "_AttachmentRefClean", {})
BatchItemClean = _without_storable(
    BatchItem,
    "BatchItemClean",
    {list[AttachmentRef]: list[_AttachmentRefClean]},  # type: ignore[valid-type]
)


def may_hold_unstorable(body: bytes) -> bool:
    """Whether a JSON body may hold NUL or a lone surrogate in a string. In UTF-8 only through a
    \\u escape, or the UTF-8-style bytes of a surrogate (ED A0-BF), which Python's json reads as
    one. json.loads (Starlette's Request.json) also reads UTF-16 and UTF-32, where those bytes
    are spelt otherwise; every such body holds NUL bytes (each ASCII character has a zero byte)
    and a valid UTF-8 JSON body never does (a raw NUL is refused, a string's is escaped). A desk
    writes none of these (its JSON is UTF-8, escaping only control characters), so its batches
    take BatchItemClean; a body with any escape, ED byte or NUL byte takes BatchItem."""
    return b"\\u" in body or b"\xed" in body or b"\x00" in body


class BatchRequest(Strict):
    items: Annotated[
        list[Any],
        Field(
            min_length=1,
            max_length=500,
            description="Up to 500 BatchItem objects; each one is checked on its own.",
        ),
    ]
    desk_clock_offset_s: Annotated[
        float | None,
        Field(
            ge=-10 * 365 * 86400,
            le=10 * 365 * 86400,
            description="The central's clock minus the desk's, as the desk measured it from /health: "
            "the central keeps the desk's stamps and the corrected times.",
        ),
    ] = None


class FieldError(BaseModel):
    field: str
    code: str
    message: str


class ProblemDoc(BaseModel):
    """RFC 9457 problem details, as every error answer carries them."""

    model_config = ConfigDict(extra="allow", title="Problem")
    type: str = Field(description="https://lapor-desk.example/problems/<kind>")
    title: str
    status: int
    detail: str = Field(description="Indonesian text for people")
    instance: str | None = None
    errors: list[FieldError] | None = None


class ItemResult(BaseModel):
    index: int
    client_id: str | None
    status: Literal["created", "duplicate", "updated", "rejected"]
    tracking_id: int | None = None
    revision: int | None = Field(None, description="The revision the server now holds.")
    complaint_status: str | None = None
    attachments_complete: bool | None = None
    missing_attachments: list[str] = []
    errors: list[FieldError] = []
    warnings: list[FieldError] = []


class BatchResponse(BaseModel):
    results: list[ItemResult]
    counts: dict[str, int]


# ItemResult's fields in order, with the default of each optional one.
_RESULT_FIELDS = [
    (name, None if f.is_required() else f.get_default(call_default_factory=True))
    for name, f in ItemResult.model_fields.items()
]


def batch_response_json(results: list[dict[str, Any]], counts: dict[str, int]) -> bytes:
    """BatchResponse as JSON, the bytes its model_dump_json writes, from results the central
    built itself (central.services.intake: ItemResult's fields, errors and warnings from
    central.problems.field_error), without validating each of up to 500 of them again
    (~10 us per item here; tests/central/test_batch_response.py compares the two)."""
    answer = {"results": [{name: r.get(name, default) for name, default in _RESULT_FIELDS} for r in results]}
    answer["counts"] = counts  # type: ignore[assignment]
    if orjson is None:
        return json.dumps(answer, ensure_ascii=False, separators=(",", ":")).encode()
    return orjson.dumps(answer)


class Health(BaseModel):
    status: Literal["ok", "maintenance"]
    version: str
    api_version: str
    server_time: datetime
    # What a desk may use beyond contract 1: "gzip" request bodies (Content-Encoding),
    # "resumable-uploads" (/attachments/{sha256}/parts).
    features: list[str] = []
    database_id: str = Field("", description="Set once when the database is created; a new one is another database.")
    data_generation: str = Field("", description="Changes when the data was restored from an older backup.")


class LookupIn(Strict):
    """Which of these complaints (by client ID) the central holds; the tracking IDs the desk
    knows for them raise the central's sequence above them (never issued twice)."""

    client_ids: Annotated[list[UUID], Field(min_length=1, max_length=500)]
    known_tracking_ids: Annotated[list[Annotated[int, Field(ge=1, le=2**31 - 1)]], Field(max_length=500)] = []
    attachments: Annotated[list[Annotated[str, Field(pattern=HEX64)]], Field(max_length=2000)] = []


class LookupItem(BaseModel):
    client_id: str
    tracking_id: int
    revision: int
    payload_hash: str
    status: str
    receipt_number: str
    missing_attachments: list[str] = []


class LookupOut(BaseModel):
    found: list[LookupItem]
    attachments_held: list[str]
    database_id: str
    data_generation: str


class ReferenceList(BaseModel):
    kind: str
    etag: str
    items: list[dict[str, Any]]


class UpdateItem(BaseModel):
    cursor: str
    tracking_id: int
    client_id: str
    kind: Literal["status", "follow_up", "note"]
    status: str
    text: str
    agency: str
    at: datetime


class UpdatesPage(BaseModel):
    items: list[UpdateItem]
    next_cursor: str
    has_more: bool


class AnchorRef(Strict):
    seq: Annotated[int, Field(ge=1, le=2**62)]
    hash: Annotated[StrictStr, Field(pattern=HEX64)]


class AnchorIn(Strict):
    """The head of the desk's audit trail: its newest sequence number and that row's hash.

    `supersedes`: after the desk restored a backup, the anchor the central holds, which the
    restored trail no longer reaches. The central accepts the new head only when it names the
    anchor it holds exactly, and keeps a record of the reset (the desk list shows it)."""

    seq: Annotated[int, Field(ge=1, le=2**62)]
    hash: Annotated[StrictStr, Field(pattern=HEX64)]
    supersedes: AnchorRef | None = None


class AnchorOut(BaseModel):
    seq: int
    hash: str
    received_at: datetime


class AnchorAnswer(BaseModel):
    """`anchor` is null until the desk's first anchor arrives."""

    anchor: AnchorOut | None


class ReplyIn(Strict):
    reply_id: UUID
    kind: Literal["reply", "rating"]
    text: Annotated[StrictStr, Field(max_length=5000)] = ""
    rating: Annotated[int, Field(ge=1, le=5)] | None = None
    recorded_at: AwareDatetime


class ReplyOut(BaseModel):
    reply_id: str
    tracking_id: int
    kind: str
    text: str
    rating: int | None
    recorded_at: datetime
    received_at: datetime
    duplicate: bool


class ComplaintStatus(BaseModel):
    """What a desk may read back about one of its own complaints."""

    tracking_id: int
    client_id: str
    revision: int
    status: str
    status_reason: str
    forwarded_agency: str
    attachments_complete: bool
    updated_at: datetime
    events: list[UpdateItem]


class MoveIn(Strict):
    text: Annotated[StrictStr, Field(max_length=5000)] = ""
    agency: Annotated[StrictStr, Field(max_length=200)] = ""


class AutoCompleteIn(Strict):
    today: date | None = None


class AutoCompleteOut(BaseModel):
    completed: list[int]
