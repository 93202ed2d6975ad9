"""Field validation: errors for the impossible, warnings for mismatches, in both languages."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta

import pytest

from lapor_desk.domain.contact import normalize_phone
from lapor_desk.domain.enums import AgeBand, Channel, Disability, DisabilityType, ReportType, Sex
from lapor_desk.domain.identity import check_nik, check_nip
from lapor_desk.domain.messages import Severity
from lapor_desk.domain.validation import validate

from factories import WIB, walk_in

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=WIB)
TODAY = NOW.date()


def codes(messages) -> list[tuple[str, str, str]]:
    return [(m.field, m.code, str(m.severity)) for m in messages]


def test_complete_walk_in_has_no_messages() -> None:
    assert validate(walk_in(), now=NOW).messages == ()


@pytest.mark.parametrize(
    ("nik", "code"),
    [
        ("320405120385000", "nik_length"),
        ("32040512038500021", "nik_length"),
        ("3204O51203850002", "nik_not_digits"),
        ("３２０４０５１２０３８５０００２", "nik_not_digits"),  # full-width digits
        ("3204051213850002", "nik_month"),
        ("3204051200850002", "nik_month"),
        ("3204050003850002", "nik_day"),
        ("3204053503850002", "nik_day"),
        ("3204054003850002", "nik_day"),
        ("3204057203850002", "nik_day"),
        ("3204051203850000", "nik_serial"),
    ],
)
def test_impossible_niks_are_errors(nik: str, code: str) -> None:
    messages = check_nik(nik, today=TODAY)
    assert (messages[0].code, messages[0].severity) == (code, Severity.ERROR)


def test_woman_nik_day_plus_40_is_valid() -> None:
    assert check_nik("3204055203900003", today=TODAY, sex=Sex.FEMALE) == []


def test_nik_mismatches_are_warnings_only() -> None:
    messages = check_nik("3204055203900003", today=TODAY, sex=Sex.MALE, age_band=AgeBand.SENIOR)
    assert codes(messages) == [
        ("reporter_nik", "nik_sex_mismatch", "warning"),
        ("reporter_nik", "nik_age_mismatch", "warning"),
    ]
    assert "perempuan" in messages[0].text("id")


def test_nik_with_unknown_province_or_calendar_date_warns() -> None:
    assert codes(check_nik("0004053102900003", today=TODAY)) == [
        ("reporter_nik", "nik_province_unknown", "warning"),
        ("reporter_nik", "nik_date_not_on_calendar", "warning"),
    ]


def test_nik_warnings_do_not_block_recording() -> None:
    result = validate(walk_in(reporter_nik="3204055203900003", inclusion_consent=True, sex=Sex.MALE), now=NOW)
    assert result.ok
    assert [m.code for m in result.warnings] == ["nik_sex_mismatch"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0812-3456-7890", "+6281234567890"),
        ("62 812 3456 789", "+628123456789"),
        ("+6285712345678", "+6285712345678"),
        ("(022) 7654321", "+62227654321"),
        ("021 5551234", "+62215551234"),
        ("0812345", None),
        ("08123456789012345", None),
        ("12345678", None),
        ("0812-ABCD-7890", None),
    ],
)
def test_phone_numbers(text: str, expected: str | None) -> None:
    assert normalize_phone(text) == expected


@pytest.mark.parametrize(
    ("nip", "code"),
    [
        ("19850312201001100", "nip_length"),
        ("1985031220100110A1", "nip_not_digits"),
        ("198502302010011001", "nip_birth_date"),
        ("198503122010131001", "nip_appointment"),
        ("198503122010013001", "nip_sex"),
    ],
)
def test_nip_errors(nip: str, code: str) -> None:
    assert check_nip(nip)[0].code == code


def test_valid_nip() -> None:
    assert check_nip("198503122010011001") == []


def test_required_fields_depend_on_type_and_channel() -> None:
    pengaduan = validate(walk_in(incident_date=None, location_text=""), now=NOW)
    assert {m.field for m in pengaduan.errors} == {"incident_date", "location_text"}
    aspirasi = validate(walk_in(type=ReportType.ASPIRASI, incident_date=None, location_text=""), now=NOW)
    assert aspirasi.ok
    box = validate(
        walk_in(channel=Channel.SUGGESTION_BOX, type=ReportType.ASPIRASI, reporter_name="", reporter_phone=""), now=NOW
    )
    assert box.ok
    info = validate(
        walk_in(channel=Channel.SUGGESTION_BOX, type=ReportType.PERMINTAAN_INFORMASI, reporter_phone=""), now=NOW
    )
    assert codes(info.errors) == [("reporter_phone", "contact_required", "error")]


def test_empty_form_lists_every_required_field() -> None:
    from lapor_desk.domain.complaint import ComplaintInput

    result = validate(ComplaintInput(), now=NOW)
    assert {m.field for m in result.errors} == {
        "type",
        "channel",
        "title",
        "body",
        "received_at",
        "officer_name",
        "consent_personal",
        "reporter_name",
        "reporter_phone",
    }
    assert validate(ComplaintInput(), now=NOW, for_recording=False).messages == ()


def test_lengths_and_future_dates() -> None:
    result = validate(
        walk_in(
            title="Pendek",
            body="x" * 20_001,
            incident_date=TODAY + timedelta(days=1),
            received_at=NOW + timedelta(hours=1),
        ),
        now=NOW,
    )
    assert codes(result.errors) == [
        ("title", "too_short", "error"),
        ("body", "too_long", "error"),
        ("incident_date", "date_in_future", "error"),
        ("received_at", "datetime_in_future", "error"),
    ]
    assert result.errors[0].text("id") == "Terlalu pendek: minimal 10 karakter (sekarang 6)."
    assert result.errors[0].text("en") == "Too short: at least 10 characters (now 6)."


def test_draft_still_rejects_malformed_values() -> None:
    result = validate(walk_in(reporter_email="budi@", title="x" * 151), now=NOW, for_recording=False)
    assert {m.code for m in result.errors} == {"email_invalid", "too_long"}


def test_region_codes_must_nest() -> None:
    result = validate(
        walk_in(province_code="32", regency_code="33.01", district_code="3201", village_code="32.04.05.2001"), now=NOW
    )
    assert codes(result.errors) == [
        ("regency_code", "region_code_parent", "error"),
        ("district_code", "region_code_format", "error"),
        ("village_code", "region_code_parent", "error"),
    ]


def test_coordinates() -> None:
    assert validate(walk_in(latitude=-6.9, longitude=107.6), now=NOW).ok
    assert codes(validate(walk_in(latitude=-6.9), now=NOW).errors) == [("longitude", "coordinate_pair", "error")]
    assert codes(validate(walk_in(latitude=48.8, longitude=2.3), now=NOW).messages) == [
        ("latitude", "coordinate_outside_indonesia", "warning")
    ]
    assert codes(validate(walk_in(latitude=95.0, longitude=2.3), now=NOW).messages) == [
        ("latitude", "coordinate_range", "error")
    ]


def test_inclusion_and_disability_need_their_own_consent() -> None:
    result = validate(
        walk_in(sex=Sex.FEMALE, disability=Disability.YES, disability_types=(DisabilityType.SENSORY,)), now=NOW
    )
    assert {m.field for m in result.errors} == {"inclusion_consent", "disability_consent"}
    ok = walk_in(
        inclusion_consent=True,
        sex=Sex.MALE,
        disability_consent=True,
        disability=Disability.YES,
        disability_types=(DisabilityType.SENSORY,),
    )
    assert validate(ok, now=NOW).ok
    declined = dataclasses.replace(ok, disability=Disability.DECLINED)
    assert codes(validate(declined, now=NOW).errors) == [
        ("disability_types", "disability_types_without_disability", "error")
    ]


def test_whitespace_is_trimmed_before_checking() -> None:
    assert validate(walk_in(title="   Jalan rusak   ", reporter_nik=" 3204 0512 0385 0002 "), now=NOW).ok
    assert date(2026, 11, 1) == walk_in().incident_date


def test_province_codes_agree_with_the_shipped_regions() -> None:
    from lapor_desk.domain.identity import PROVINCE_CODES
    from lapor_desk.regions import RegionDirectory

    assert {r.code for r in RegionDirectory.load().children(None)} == PROVINCE_CODES
