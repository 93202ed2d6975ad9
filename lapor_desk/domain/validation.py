"""Validation of a complaint's fields: field-level errors block recording, warnings do not."""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any, Protocol

from lapor_desk.domain import complaint as c
from lapor_desk.domain import text
from lapor_desk.domain.complaint import ComplaintInput
from lapor_desk.domain.contact import is_valid_email, normalize_phone
from lapor_desk.domain.enums import Channel, Disability, ReportType
from lapor_desk.domain.identity import check_nik, check_nip
from lapor_desk.domain.messages import FieldMessage, Severity, ValidationResult, error, warning

CLOCK_TOLERANCE = timedelta(minutes=5)
EARLIEST_RECEIVED = date(2000, 1, 1)  # no desk recorded complaints before SP4N existed
EARLIEST_INCIDENT = date(1945, 1, 1)

# (field, pattern, example, parent field)
_REGION_LEVELS = (
    ("province_code", re.compile(r"^\d{2}$"), "32", None),
    ("regency_code", re.compile(r"^\d{2}\.\d{2}$"), "32.04", "province_code"),
    ("district_code", re.compile(r"^\d{2}\.\d{2}\.\d{2}$"), "32.04.05", "regency_code"),
    ("village_code", re.compile(r"^\d{2}\.\d{2}\.\d{2}\.\d{4}$"), "32.04.05.2001", "district_code"),
)
_LENGTHS = tuple((spec.name, spec.min_length, spec.max_length) for spec in c.FIELDS if spec.max_length is not None)
# The central checks every item of every batch: field values are read with one C call, not a
# getattr per field, and the common cases are decided once per batch shape (see _required).
_LENGTH_VALUES = operator.attrgetter(*(name for name, _, _ in _LENGTHS))
_TEXT_VALUES = operator.attrgetter(*c.TEXT_FIELDS)
_LOWS = tuple(low for _, low, _ in _LENGTHS)
_HIGHS = tuple(high for _, _, high in _LENGTHS)
_REGION_VALUES = operator.attrgetter(*(name for name, *_ in _REGION_LEVELS))
# The four codes joined by "|", each in ASCII digits of its level's shape and each starting
# with its parent and a dot, the lower ones possibly empty: _regions has nothing to say then.
_REGION_CHAIN = re.compile(r"(?:(\d\d)(?:\|(\1\.\d\d)(?:\|(\2\.\d\d)(?:\|\3\.\d{4}|\|)|\|\|)|\|\|\|)|\|\|\|)", re.ASCII)


class RegionLookup(Protocol):
    """What validation needs of the shipped region data (lapor_desk.regions.RegionDirectory)."""

    def is_known(self, code: str) -> bool: ...

    def nik_region_warning(self, nik: str, field_name: str = ...) -> FieldMessage | None: ...


def validate(
    data: ComplaintInput, *, now: datetime, for_recording: bool = True, regions: RegionLookup | None = None
) -> ValidationResult:
    """Every message for `data`. `now` is an aware datetime (the desk clock).

    With `for_recording=False` (saving a draft) missing required fields are not
    reported, but malformed values still are.
    """
    return validate_normalized(data.normalized(), now=now, for_recording=for_recording, regions=regions)


def validate_normalized(
    d: ComplaintInput, *, now: datetime, for_recording: bool = True, regions: RegionLookup | None = None
) -> ValidationResult:
    """`validate` for an input that is already `normalized()` (the central normalises each
    item once and stores exactly what these rules saw); the same rules, without a second pass."""
    msgs: list[FieldMessage] = _characters(d)
    unusable = {m.field for m in msgs}
    if for_recording:
        msgs += _required(d)
    msgs += _lengths(d, for_recording)
    msgs += _dates(d, now)
    msgs += _contacts(d)
    msgs += _regions(d)
    msgs += _coordinates(d)
    msgs += _inclusion(d)
    if d.reporter_nik and "reporter_nik" not in unusable:
        nik_messages = check_nik(d.reporter_nik, today=now.date(), sex=d.sex, age_band=d.age_band)
        msgs += nik_messages
        if regions is not None and not any(m.severity is Severity.ERROR for m in nik_messages):
            msgs += [m for m in (regions.nik_region_warning(d.reporter_nik),) if m]
    if regions is not None:
        msgs += _known_regions(d, regions, {m.field for m in msgs})
    if d.officer_nip:
        msgs += check_nip(d.officer_nip)
    return ValidationResult(tuple(m for m in msgs if m.field not in unusable or m.code.startswith("text_")))


def _characters(d: ComplaintInput) -> list[FieldMessage]:
    """NUL and lone surrogates: no database, file or central can hold them."""
    try:
        joined = "".join(_TEXT_VALUES(d))
    except TypeError:  # a value that is not text: the loop below says what it said before
        joined = "\x00"
    if "\x00" not in joined and not text.has_surrogate(joined):
        return []  # no field holds either (the usual case): one look instead of two per field
    msgs: list[FieldMessage] = []
    for name in c.TEXT_FIELDS:
        value: str = getattr(d, name)
        if "\x00" in value:
            msgs.append(error(name, "text_nul"))
        elif text.has_surrogate(value):
            msgs.append(error(name, "text_surrogate"))
    return msgs


def required_fields(report_type: ReportType | None, channel: Channel | None) -> frozenset[str]:
    """The fields a complaint of this type from this channel cannot be recorded without; the
    form marks these. For `reporter_phone` a phone number or an email address will do."""
    required = {"type", "channel", "title", "body", "received_at", "officer_name", "consent_personal"}
    from_box = channel is Channel.SUGGESTION_BOX
    if report_type is ReportType.PENGADUAN:
        required |= {"incident_date", "location_text"}
    if not from_box:
        required.add("reporter_name")
    if not from_box or report_type is ReportType.PERMINTAAN_INFORMASI:
        required.add("reporter_phone")
    return frozenset(required)


_REQUIRED_IN_ORDER: dict[tuple[ReportType | None, Channel | None], tuple[str, ...]] = {}


def _required_in_order(report_type: ReportType | None, channel: Channel | None) -> tuple[str, ...]:
    """`required_fields` in the field table's order; kept per type and channel when both are
    members (or None): a plain string equal to a member is not the member there."""
    if (report_type is None or type(report_type) is ReportType) and (channel is None or type(channel) is Channel):
        names = _REQUIRED_IN_ORDER.get((report_type, channel))
        if names is None:
            names = _REQUIRED_IN_ORDER[(report_type, channel)] = _in_field_order(required_fields(report_type, channel))
        return names
    return _in_field_order(required_fields(report_type, channel))


def _in_field_order(required: frozenset[str]) -> tuple[str, ...]:
    return tuple(spec.name for spec in c.FIELDS if spec.name in required)


def _required(d: ComplaintInput) -> list[FieldMessage]:
    names = _required_in_order(d.type, d.channel)
    plain = _PLAINLY_REQUIRED.get(names)
    if plain is None:
        plain = _PLAINLY_REQUIRED[names] = _plainly_required(names)
    getter, consent, contact = plain
    # Nothing missing (the usual case): found with two C-level scans, not a getattr per name.
    given = () if getter is None else getter(d)
    if (
        None not in given
        and "" not in given
        and (not consent or d.consent_personal)
        and (not contact or d.reporter_phone or d.reporter_email)
    ):
        return []
    msgs: list[FieldMessage] = []
    for name in names:
        if name == "consent_personal":
            if not d.consent_personal:
                msgs.append(error(name, "consent_required"))
        elif name == "reporter_phone":
            if not d.reporter_phone and not d.reporter_email:
                msgs.append(error(name, "contact_required"))
        elif getattr(d, name) in (None, ""):
            msgs.append(error(name, "required"))
    return msgs


_Getter = Callable[[ComplaintInput], tuple[Any, ...]]
_PLAINLY_REQUIRED: dict[tuple[str, ...], tuple[_Getter | None, bool, bool]] = {}


def _plainly_required(names: tuple[str, ...]) -> tuple[_Getter | None, bool, bool]:
    """For _required: a getter of the names that must be neither None nor "" (a tuple even
    for one), and whether consent and a contact are among the names."""
    plain = [name for name in names if name not in ("consent_personal", "reporter_phone")]
    getter = operator.attrgetter(*plain, *plain[:1]) if plain else None  # two names at least: a tuple
    return getter, "consent_personal" in names, "reporter_phone" in names


def _lengths(d: ComplaintInput, for_recording: bool) -> list[FieldMessage]:
    values = _LENGTH_VALUES(d)
    lengths = list(map(len, values))
    # Every length within its bounds (the usual case): nothing to say, decided in C.
    if all(map(operator.le, lengths, _HIGHS)) and (not for_recording or all(map(operator.le, _LOWS, lengths))):
        return []
    msgs: list[FieldMessage] = []
    for (name, low, high), value in zip(_LENGTHS, values, strict=True):
        assert high is not None
        if len(value) > high:
            msgs.append(error(name, "too_long", max=high, length=len(value)))
        elif value and len(value) < low and for_recording:
            msgs.append(error(name, "too_short", min=low, length=len(value)))
    return msgs


def _dates(d: ComplaintInput, now: datetime) -> list[FieldMessage]:
    incident: list[FieldMessage] = []
    received_msgs: list[FieldMessage] = []
    received: date | None = None
    if d.received_at is not None:
        try:
            received = d.received_at.astimezone(now.tzinfo).date()
        except (OverflowError, ValueError):  # year 1 or 9999 at the edge of the time line
            received = d.received_at.date()
        if received < EARLIEST_RECEIVED:
            received_msgs.append(error("received_at", "date_too_early", earliest=_shown(EARLIEST_RECEIVED)))
            received = None
        elif d.received_at - CLOCK_TOLERANCE > now:  # `now + CLOCK_TOLERANCE` overflows at year 9999
            received_msgs.append(error("received_at", "datetime_in_future"))
            received = None
    if d.incident_date is not None:
        if d.incident_date < EARLIEST_INCIDENT:
            incident.append(error("incident_date", "date_too_early", earliest=_shown(EARLIEST_INCIDENT)))
        elif d.incident_date > now.date():
            incident.append(error("incident_date", "date_in_future"))
        elif received is not None and d.incident_date > received:
            incident.append(error("incident_date", "incident_after_received"))
    return incident + received_msgs


def _shown(day: date) -> str:
    return day.strftime("%d-%m-%Y")


def _contacts(d: ComplaintInput) -> list[FieldMessage]:
    msgs: list[FieldMessage] = []
    if d.reporter_phone and normalize_phone(d.reporter_phone) is None:
        msgs.append(error("reporter_phone", "phone_invalid"))
    if d.reporter_email and not is_valid_email(d.reporter_email):
        msgs.append(error("reporter_email", "email_invalid"))
    return msgs


def _regions(d: ComplaintInput) -> list[FieldMessage]:
    try:
        if _REGION_CHAIN.fullmatch("|".join(_REGION_VALUES(d))):
            return []  # the usual case: one match instead of four and the parents' checks
    except TypeError:
        pass  # a code that is not text: the loop below says what it said before
    msgs: list[FieldMessage] = []
    for name, pattern, example, parent in _REGION_LEVELS:
        value: str = getattr(d, name)
        if not value:
            continue
        if not pattern.match(value):
            msgs.append(error(name, "region_code_format", example=example))
            continue
        if parent is None:
            continue
        parent_value: str = getattr(d, parent)
        if not parent_value:
            msgs.append(error(name, "region_parent_missing"))
        elif not value.startswith(parent_value + "."):
            msgs.append(error(name, "region_code_parent", parent=parent_value))
    return msgs


def _known_regions(d: ComplaintInput, regions: RegionLookup, already: set[str]) -> list[FieldMessage]:
    """A well-formed code missing from the shipped Kemendagri data: a warning, since the data
    may be older than a newly formed village."""
    return [
        warning(name, "region_unknown", region=getattr(d, name))
        for name, *_ in _REGION_LEVELS
        if getattr(d, name) and name not in already and not regions.is_known(getattr(d, name))
    ]


def _coordinates(d: ComplaintInput) -> list[FieldMessage]:
    lat, lon = d.latitude, d.longitude
    if lat is None and lon is None:
        return []
    if lat is None or lon is None:
        return [error("latitude" if lat is None else "longitude", "coordinate_pair")]
    if not (-90 <= lat <= 90):
        return [error("latitude", "coordinate_range")]
    if not (-180 <= lon <= 180):
        return [error("longitude", "coordinate_range")]
    if not (-11.5 <= lat <= 6.5 and 94.5 <= lon <= 141.5):
        return [warning("latitude", "coordinate_outside_indonesia")]
    return []


def _inclusion(d: ComplaintInput) -> list[FieldMessage]:
    msgs: list[FieldMessage] = []
    gave_inclusion = (
        d.sex is not None or d.age_band is not None or bool(d.accessibility_need) or d.with_companion is not None
    )
    if gave_inclusion and not d.inclusion_consent:
        msgs.append(error("inclusion_consent", "inclusion_consent_required"))
    gave_disability = d.disability in (Disability.YES, Disability.NO) or bool(d.disability_types)
    if gave_disability and not d.disability_consent:
        msgs.append(error("disability_consent", "disability_consent_required"))
    if d.disability_types and d.disability is not Disability.YES:
        msgs.append(error("disability_types", "disability_types_without_disability"))
    return msgs
