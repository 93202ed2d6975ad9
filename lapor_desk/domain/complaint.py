"""The complaint as the desk records it: every intake field of DOMAIN.md."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar

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
from lapor_desk.domain.fields import TEXT_KINDS, FieldSpec, declare, table
from lapor_desk.domain.fields import Kind as K
from lapor_desk.domain.fields import Section as S

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

    # One declaration per field (domain/fields.py): the form, import, export and the sync
    # payload are all built from these lines. Within a section, the form follows this order.
    type: ReportType | None = declare(K.ENUM, S.REPORT, "Jenis laporan", enum=ReportType)
    channel: Channel | None = declare(K.ENUM, S.REPORT, "Kanal", enum=Channel)
    title: str = declare(K.TEXT, S.REPORT, "Judul", min_length=TITLE_MIN, max_length=TITLE_MAX, input_limit=TITLE_MAX)
    body: str = declare(K.LONG_TEXT, S.REPORT, "Isi / kronologi", min_length=BODY_MIN, max_length=BODY_MAX)
    incident_date: date | None = declare(K.DATE, S.REPORT, "Tanggal kejadian")
    location_text: str = declare(K.TEXT, S.LOCATION, "Lokasi", max_length=LOCATION_MAX)
    province_code: str = declare(K.REGION, S.LOCATION, "Kode provinsi")
    regency_code: str = declare(K.REGION, S.LOCATION, "Kode kabupaten/kota")
    district_code: str = declare(K.REGION, S.LOCATION, "Kode kecamatan")
    village_code: str = declare(K.REGION, S.LOCATION, "Kode desa/kelurahan")
    latitude: float | None = declare(K.NUMBER, S.LOCATION, "Lintang")
    longitude: float | None = declare(K.NUMBER, S.LOCATION, "Bujur")
    category_id: str = declare(K.TOPIC, S.LOCATION, "Kode topik")
    agency_name: str = declare(K.AGENCY, S.LOCATION, "Instansi tujuan", max_length=AGENCY_MAX)
    reporter_name: str = declare(K.TEXT, S.REPORTER, "Nama pelapor", max_length=NAME_MAX, personal=True)
    reporter_nik: str = declare(K.TEXT, S.REPORTER, "NIK", input_limit=20, personal=True)
    reporter_phone: str = declare(K.TEXT, S.REPORTER, "Telepon", personal=True)
    reporter_email: str = declare(K.TEXT, S.REPORTER, "Email", personal=True)
    reporter_address: str = declare(K.TEXT, S.REPORTER, "Alamat", max_length=ADDRESS_MAX, personal=True)
    is_anonymous: bool = declare(K.FLAG, S.REPORTER, "Anonim")
    is_confidential: bool = declare(K.FLAG, S.REPORTER, "Rahasia")
    consent_personal: bool = declare(K.FLAG, S.REPORTER, "Persetujuan data pribadi")
    inclusion_consent: bool = declare(K.FLAG, S.INCLUSION, "Persetujuan data inklusi")
    sex: Sex | None = declare(K.ENUM, S.INCLUSION, "Jenis kelamin", enum=Sex, personal=True)
    age_band: AgeBand | None = declare(K.ENUM, S.INCLUSION, "Kelompok usia", enum=AgeBand, personal=True)
    disability_consent: bool = declare(K.FLAG, S.INCLUSION, "Persetujuan data disabilitas", personal=True)
    disability: Disability | None = declare(K.ENUM, S.INCLUSION, "Disabilitas", enum=Disability, personal=True)
    disability_types: tuple[DisabilityType, ...] = declare(
        K.ENUM_SET, S.INCLUSION, "Jenis disabilitas", enum=DisabilityType, personal=True
    )
    accessibility_need: str = declare(
        K.TEXT, S.INCLUSION, "Kebutuhan aksesibilitas", max_length=ACCESSIBILITY_MAX, personal=True
    )
    with_companion: bool | None = declare(K.TRISTATE, S.INCLUSION, "Didampingi", personal=True)
    officer_name: str = declare(K.TEXT, S.OFFICER, "Nama petugas", max_length=NAME_MAX)
    officer_nip: str = declare(K.TEXT, S.OFFICER, "NIP petugas", input_limit=22)
    received_at: datetime | None = declare(K.DATETIME, S.REPORT, "Diterima")

    def normalized(self) -> ComplaintInput:
        """Text fields stripped of surrounding whitespace, and empty when nothing visible is
        left; NIK, NIP, phone and region codes in ASCII digits, NIK and NIP without separators."""
        return _normal(type(self), dict(self.__dict__))  # the fields (a plain dataclass keeps them here)


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    """A dataclass's field names, looked up once per class: the central normalises every item
    of every batch, and `dataclasses.fields()` was a sixth of `normalized()`'s time."""
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def normal_form(values: dict[str, Any]) -> ComplaintInput:
    """`ComplaintInput(**values).normalized()`, without making the input that is normalised:
    `values` holds every field, in field order, and is changed in place (the central
    normalises every item of every batch)."""
    return _normal(ComplaintInput, values)


_SEPARATED = ("reporter_nik", "officer_nip")
C = TypeVar("C", bound=ComplaintInput)


def _normal(cls: type[C], values: dict[str, Any]) -> C:
    # An empty plain str is its own normal form at every step below: it is left as it is.
    visible = text.visible_or_empty
    for name in _field_names(cls):
        value = values[name]
        if type(value) is str:
            if value:
                stripped = value.strip()
                # What visible_or_empty answers for printable ASCII, without the call.
                values[name] = stripped if stripped.isascii() and stripped.isprintable() else visible(value)
        elif isinstance(value, str) and not isinstance(value, Enum):
            values[name] = visible(value)
    for name in text.DIGIT_FIELDS:
        value = values[name]
        if type(value) is not str or not value.isascii():  # ascii_digits(str(v)) is v itself
            values[name] = text.ascii_digits(str(value))
    for name in _SEPARATED:
        # Separators can be all that stood between invisible characters and the edge
        # ("-\u200b"): look again, so that normalising twice changes nothing. ASCII digits
        # alone are their own normal form.
        value = values[name]
        if type(value) is not str or (value and not (value.isascii() and value.isdigit())):
            values[name] = visible(text.without_separators(str(value)))
    # A copy with the new values, as dataclasses.replace makes one (these classes have no
    # __post_init__ and no init=False field), without replace's getattr and __init__ per field.
    copy = object.__new__(cls)
    copy.__dict__.update(values)
    return copy


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
    is_demo: bool = False  # demo (training) data: never sent to the central
    # A draft's paper receipt number as typed (kept until it is recorded with it): "" otherwise.
    paper_receipt: str = ""
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
    # The number written on a paper receipt while the office server was down (lapor_desk/paper):
    # recording uses it as the receipt number instead of the next one. A draft keeps it as typed.
    paper_receipt: str = ""


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


FIELDS: tuple[FieldSpec, ...] = table(ComplaintInput)
FIELD: dict[str, FieldSpec] = {spec.name: spec for spec in FIELDS}
INPUT_FIELDS: tuple[str, ...] = tuple(spec.name for spec in FIELDS)
TEXT_FIELDS: tuple[str, ...] = tuple(spec.name for spec in FIELDS if spec.kind in TEXT_KINDS)
# The reporter's personal data: left out of exports unless an admin asks for it (audited).
PERSONAL_FIELDS: frozenset[str] = frozenset(spec.name for spec in FIELDS if spec.personal)
