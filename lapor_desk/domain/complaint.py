"""The complaint as the desk records it: every intake field of DOMAIN.md."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum

from lapor_desk.domain import text
from lapor_desk.domain.enums import (
    AgeBand,
    Channel,
    Disability,
    DisabilityType,
    EventKind,
    ReportType,
    Sex,
    Status,
)

TITLE_MIN, TITLE_MAX = 10, 150
BODY_MIN, BODY_MAX = 30, 20_000
NAME_MAX = 100
ADDRESS_MAX = 500
LOCATION_MAX = 500
EMAIL_MAX = 254
ACCESSIBILITY_MAX = 500
AGENCY_MAX = 200


@dataclass
class ComplaintInput:
    """What the clerk typed: the form's values, possibly incomplete (a draft)."""

    type: ReportType | None = None
    channel: Channel | None = None
    title: str = ""
    body: str = ""
    incident_date: date | None = None
    location_text: str = ""
    province_code: str = ""
    regency_code: str = ""
    district_code: str = ""
    village_code: str = ""
    latitude: float | None = None
    longitude: float | None = None
    category_id: str = ""
    agency_name: str = ""
    is_anonymous: bool = False
    is_confidential: bool = False
    reporter_name: str = ""
    reporter_nik: str = ""
    reporter_phone: str = ""
    reporter_email: str = ""
    reporter_address: str = ""
    consent_personal: bool = False
    inclusion_consent: bool = False
    sex: Sex | None = None
    age_band: AgeBand | None = None
    disability_consent: bool = False
    disability: Disability | None = None
    disability_types: tuple[DisabilityType, ...] = ()
    accessibility_need: str = ""
    with_companion: bool | None = None
    officer_name: str = ""
    officer_nip: str = ""
    received_at: datetime | None = None

    def normalized(self) -> ComplaintInput:
        """Text fields stripped of surrounding whitespace, and empty when nothing visible is
        left; NIK, NIP, phone and region codes in ASCII digits, NIK and NIP without separators."""
        changes: dict[str, object] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if isinstance(value, str) and not isinstance(value, Enum):
                changes[f.name] = text.visible_or_empty(value)
        for name in text.DIGIT_FIELDS:
            changes[name] = text.ascii_digits(str(changes[name]))
        for name in ("reporter_nik", "officer_nip"):
            changes[name] = text.without_separators(str(changes[name]))
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


@dataclass
class Complaint(ComplaintInput):
    """A stored complaint: the input plus what the desk assigned."""

    id: int = 0
    client_id: str = ""
    desk_code: str = ""
    receipt_number: str | None = None
    status: Status = Status.DRAFT
    revision: int = 1
    created_at: datetime | None = None
    updated_at: datetime | None = None
    duplicate_of_id: int | None = None
    tracking_id: str | None = None
    events: list[TimelineEvent] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)

    def as_input(self) -> ComplaintInput:
        names = {f.name for f in dataclasses.fields(ComplaintInput)}
        return ComplaintInput(**{n: getattr(self, n) for n in names})


@dataclass(frozen=True)
class Attachment:
    sha256: str
    filename: str
    media_type: str
    size: int


@dataclass(frozen=True)
class Extras:
    """What the clerk attaches to a complaint besides its fields: files and a duplicate link."""

    attachments: tuple[Attachment, ...] = ()
    duplicate_of: int | None = None


@dataclass(frozen=True)
class DuplicateCandidate:
    id: int
    receipt_number: str | None
    title: str
    received_at: datetime | None
    reason: str  # "nik" | "phone" | "text"


@dataclass(frozen=True)
class TimelineEvent:
    at: datetime
    kind: EventKind | str
    actor: str
    detail: dict[str, object]


INPUT_FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(ComplaintInput))
TEXT_FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(ComplaintInput) if f.type == "str")
# The reporter's personal data: left out of exports unless an admin asks for it (audited).
PERSONAL_FIELDS: frozenset[str] = frozenset(
    {
        "reporter_name",
        "reporter_nik",
        "reporter_phone",
        "reporter_email",
        "reporter_address",
        "sex",
        "age_band",
        "disability_consent",
        "disability",
        "disability_types",
        "accessibility_need",
        "with_companion",
    }
)
