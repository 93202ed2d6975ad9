"""The shared domain checks were made cheaper for the central (issue 10); their answers were not
to change. Each rewritten part is compared here with its previous code, kept verbatim below as
the reference, on generated inputs: the same messages (field, code, severity, parameters) in the
same order, and the same normal form."""

from __future__ import annotations

import calendar
import re
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from lapor_desk.domain import complaint as c
from lapor_desk.domain import text
from lapor_desk.domain import validation as v
from lapor_desk.domain.complaint import ComplaintInput
from lapor_desk.domain.enums import AgeBand, Channel, Disability, ReportType, Sex
from lapor_desk.domain.identity import PROVINCE_CODES, _days_in_month, check_nik, parse_nik
from lapor_desk.domain.messages import FieldMessage, error, warning

# ---- the previous code (main before this change), verbatim apart from names --------------------


_SURROGATE = re.compile("[\ud800-\udfff]")


def old_has_surrogate(value: str) -> bool:
    return _SURROGATE.search(value) is not None


def old_characters(d: ComplaintInput) -> list[FieldMessage]:
    msgs: list[FieldMessage] = []
    for name in c.TEXT_FIELDS:
        value: str = getattr(d, name)
        if "\x00" in value:
            msgs.append(error(name, "text_nul"))
        elif old_has_surrogate(value):
            msgs.append(error(name, "text_surrogate"))
    return msgs


def old_required(d: ComplaintInput) -> list[FieldMessage]:
    msgs: list[FieldMessage] = []
    required = v.required_fields(d.type, d.channel)
    for spec in c.FIELDS:
        if spec.name not in required:
            continue
        if spec.name == "consent_personal":
            if not d.consent_personal:
                msgs.append(error(spec.name, "consent_required"))
        elif spec.name == "reporter_phone":
            if not d.reporter_phone and not d.reporter_email:
                msgs.append(error(spec.name, "contact_required"))
        elif getattr(d, spec.name) in (None, ""):
            msgs.append(error(spec.name, "required"))
    return msgs


def old_lengths(d: ComplaintInput, for_recording: bool) -> list[FieldMessage]:
    msgs: list[FieldMessage] = []
    for name, low, high in v._LENGTHS:
        value: str = getattr(d, name)
        assert high is not None
        if len(value) > high:
            msgs.append(error(name, "too_long", max=high, length=len(value)))
        elif value and len(value) < low and for_recording:
            msgs.append(error(name, "too_short", min=low, length=len(value)))
    return msgs


def old_regions(d: ComplaintInput) -> list[FieldMessage]:
    msgs: list[FieldMessage] = []
    for name, pattern, shape, parent in v._REGION_LEVELS:
        value: str = getattr(d, name)
        if not value:
            continue
        if not pattern.match(value):
            msgs.append(error(name, "region_code_format", example=shape))
            continue
        if parent is None:
            continue
        parent_value: str = getattr(d, parent)
        if not parent_value:
            msgs.append(error(name, "region_parent_missing"))
        elif not value.startswith(parent_value + "."):
            msgs.append(error(name, "region_code_parent", parent=parent_value))
    return msgs


def old_check_nik(
    nik: str, *, today: date, sex: Sex | None = None, age_band: AgeBand | None = None, field_name: str = "reporter_nik"
) -> list[FieldMessage]:
    if not nik.isascii() or not nik.isdigit():
        bad = "".join(ch for ch in nik if ch not in "0123456789")
        return [error(field_name, "nik_not_digits", chars=text.shown_characters(bad))]
    if len(nik) != 16:
        return [error(field_name, "nik_length", length=len(nik))]
    parts = parse_nik(nik)
    problems: list[FieldMessage] = []
    if not 1 <= parts.month <= 12:
        problems.append(error(field_name, "nik_month", month=f"{parts.month:02d}"))
    if parts.day == 0 or 32 <= parts.day <= 40 or parts.day > 71:
        problems.append(error(field_name, "nik_day", day=f"{parts.day:02d}"))
    if parts.serial == "0000":
        problems.append(error(field_name, "nik_serial"))
    if problems:
        return problems
    if parts.region[:2] not in PROVINCE_CODES:
        problems.append(warning(field_name, "nik_province_unknown", province=parts.region[:2]))
    years = [y for y in (1900 + parts.year_2, 2000 + parts.year_2) if y <= today.year]
    if not any(_old_is_real_date(y, parts.month, parts.birth_day) for y in years):
        problems.append(
            warning(field_name, "nik_date_not_on_calendar", day=f"{parts.birth_day:02d}", month=f"{parts.month:02d}")
        )
    if sex is not None and sex != parts.sex:
        label = "perempuan" if parts.sex is Sex.FEMALE else "laki-laki"
        problems.append(warning(field_name, "nik_sex_mismatch", nik_sex=label))
    if age_band is not None and years:
        ages = [_old_age_on(today, y, parts.month, parts.birth_day) for y in years]
        if not any(age_band.contains(a) for a in ages if a >= 0):
            problems.append(warning(field_name, "nik_age_mismatch", year=years[-1]))
    return problems


def _old_is_real_date(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _old_age_on(today: date, year: int, month: int, day: int) -> int:
    day = min(day, calendar.monthrange(year, month)[1])
    return today.year - year - ((today.month, today.day) < (month, day))


def old_normalized(self: ComplaintInput) -> ComplaintInput:
    values = dict(self.__dict__)
    for name in c.INPUT_FIELDS:
        value = values[name]
        if type(value) is str or (isinstance(value, str) and not isinstance(value, Enum)):
            values[name] = text.visible_or_empty(value)
    for name in text.DIGIT_FIELDS:
        values[name] = text.ascii_digits(str(values[name]))
    for name in ("reporter_nik", "officer_nip"):
        values[name] = text.visible_or_empty(text.without_separators(str(values[name])))
    copy = object.__new__(type(self))
    copy.__dict__.update(values)
    return copy


# ---- generated inputs ----------------------------------------------------------------------------

_TRICKY = st.sampled_from(list(" -.\t\x00\ud800\udfff\u00a0\u200b\u3164\ufeff\u3000０１٣४aZ9"))
_TEXT = st.one_of(
    st.just(""),
    st.text(alphabet=_TRICKY, max_size=8),
    st.text(alphabet=st.one_of(_TRICKY, st.characters(codec="utf-8")), max_size=40),
    st.text(alphabet="abc ", min_size=140, max_size=160),  # about the title's limits
)
_DIGITS = st.one_of(_TEXT, st.text(alphabet="0123456789", min_size=14, max_size=18), st.from_regex(r"\A\d{16}\Z"))


class _Text(str):
    """A str that is not exactly str, as a caller may pass."""


def _member_or_text(enum: type[Enum]) -> st.SearchStrategy[Any]:
    """A member, None, or the member's value as a plain string (equal to it, not it)."""
    members = list(enum)
    return st.one_of(st.none(), st.sampled_from(members), st.sampled_from([str(m.value) for m in members]))


@st.composite
def _inputs(draw: st.DrawFn) -> ComplaintInput:
    values: dict[str, Any] = {name: draw(_TEXT) for name in c.TEXT_FIELDS}
    for name in ("reporter_nik", "reporter_phone", "officer_nip", "province_code", "regency_code"):
        values[name] = draw(_DIGITS)
    if draw(st.booleans()):
        values["title"] = _Text(values["title"])
    values["type"] = draw(_member_or_text(ReportType))
    values["channel"] = draw(_member_or_text(Channel))
    values["sex"] = draw(st.one_of(st.none(), st.sampled_from(list(Sex))))
    values["age_band"] = draw(st.one_of(st.none(), st.sampled_from(list(AgeBand))))
    values["disability"] = draw(st.one_of(st.none(), st.sampled_from(list(Disability))))
    for name in ("consent_personal", "inclusion_consent", "disability_consent"):
        values[name] = draw(st.booleans())
    values["received_at"] = draw(st.one_of(st.none(), st.datetimes(timezones=st.just(UTC))))
    values["incident_date"] = draw(st.one_of(st.none(), st.dates()))
    return ComplaintInput(**values)


_NOW = datetime(2026, 12, 2, 11, tzinfo=UTC)


@settings(max_examples=400, deadline=None)
@given(d=_inputs(), for_recording=st.booleans())
def test_validation_parts_answer_as_before(d: ComplaintInput, for_recording: bool) -> None:
    assert v._characters(d) == old_characters(d)
    assert v._required(d) == old_required(d)
    assert v._lengths(d, for_recording) == old_lengths(d, for_recording)
    n = d.normalized()
    assert v._characters(n) == old_characters(n)
    assert v._required(n) == old_required(n)
    assert v._lengths(n, for_recording) == old_lengths(n, for_recording)


@settings(max_examples=400, deadline=None)
@given(d=_inputs())
def test_normal_form_is_as_before(d: ComplaintInput) -> None:
    old = old_normalized(d)
    for new in (d.normalized(), c.normal_form(dict(d.__dict__))):
        assert type(new) is type(old)
        assert new.__dict__ == old.__dict__
        assert [type(x) for x in new.__dict__.values()] == [type(x) for x in old.__dict__.values()]


@st.composite
def _niks(draw: st.DrawFn) -> str:
    """Sixteen digits, each part drawn over its whole range: day and month 00-99 (a woman's day
    is 41-71), year 00-99, serial 0000 or not, a known province or any two digits."""
    province = draw(st.one_of(st.sampled_from(sorted(PROVINCE_CODES)), st.from_regex(r"\A\d{2}\Z")))
    rest = draw(st.from_regex(r"\A\d{4}\Z"))
    day, month, year = draw(st.integers(0, 99)), draw(st.integers(0, 13)), draw(st.integers(0, 99))
    serial = draw(st.one_of(st.just(0), st.integers(0, 9999)))
    return f"{province}{rest}{day:02d}{month:02d}{year:02d}{serial:04d}"


@settings(max_examples=1500, deadline=None)
@given(
    nik=st.one_of(_DIGITS, _niks()),
    today=st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31)),
    sex=st.one_of(st.none(), st.sampled_from(list(Sex))),
    age_band=st.one_of(st.none(), st.sampled_from(list(AgeBand))),
)
@example(nik="3204052902000001", today=date(2026, 12, 2), sex=None, age_band=None)  # 29 Feb 2000
@example(nik="3204056902010001", today=date(2026, 12, 2), sex=Sex.MALE, age_band=None)  # 29 Feb 2001, a woman's
@example(nik="3204054102900001", today=date(2026, 12, 2), sex=Sex.FEMALE, age_band=AgeBand.ADULT)
def test_nik_check_answers_as_before(nik: str, today: date, sex: Sex | None, age_band: AgeBand | None) -> None:
    assert check_nik(nik, today=today, sex=sex, age_band=age_band) == old_check_nik(
        nik, today=today, sex=sex, age_band=age_band
    )


def test_a_value_that_is_not_text_still_fails_as_before() -> None:
    d = ComplaintInput()
    d.__dict__["title"] = None  # what a caller bypassing the types might hand over
    for check in (v._characters, old_characters):
        try:
            check(d)
        except TypeError:
            continue
        raise AssertionError(f"{check.__name__} accepted a None title")


def test_required_fields_per_type_and_channel_are_kept_apart_from_plain_strings() -> None:
    d = ComplaintInput(type=ReportType.PENGADUAN, channel=Channel.SUGGESTION_BOX)
    plain = ComplaintInput(type=str(ReportType.PENGADUAN.value), channel=str(Channel.SUGGESTION_BOX.value))  # type: ignore[arg-type]
    for _ in range(2):  # the second time from what the first kept
        assert v._required(d) == old_required(d)
        assert v._required(plain) == old_required(plain)
    assert v._required(d) != v._required(plain)  # a plain string is not the member (as before)


def test_days_in_month_are_the_calendar_modules() -> None:
    for year in range(1800, 2201):
        for month in range(1, 13):
            assert _days_in_month(year, month) == calendar.monthrange(year, month)[1]


@settings(max_examples=500, deadline=None)
@given(value=st.one_of(_TEXT, st.text(), st.text(alphabet=st.characters(max_codepoint=0x7F))))
@example(value="\ud800")
@example(value="abc\udfff")
@example(value="\U0001f600")  # a pair in UTF-16, not a surrogate here
def test_surrogate_check_answers_as_before(value: str) -> None:
    assert text.has_surrogate(value) is old_has_surrogate(value)
    assert text.has_surrogate(_Text(value)) is old_has_surrogate(value)


def test_nik_check_answers_as_before_around_every_band_edge() -> None:
    """Every two-digit year, a man's and a woman's day, around birthdays, in every band: the
    ages at the bands' edges, which generated NIKs seldom reach."""
    for today in (date(2026, 12, 2), date(2026, 2, 28), date(2024, 2, 29)):
        for year_2 in range(100):
            for month in (1, 2, 6, 11, 12):
                for day in (1, 2, 28, 29, 31, 41, 42, 69, 71):
                    nik = f"320405{day:02d}{month:02d}{year_2:02d}0001"
                    for band in (None, *AgeBand):
                        assert check_nik(nik, today=today, age_band=band) == old_check_nik(
                            nik, today=today, age_band=band
                        ), (nik, today, band)


_CODE_PIECES = st.sampled_from(["32", "04", "05", "2001", "1", "123", "٣٢", "３２", "a", "", "\n", "|", ".", " "])


@st.composite
def _region_codes(draw: st.DrawFn) -> dict[str, Any]:
    """A chain of codes (province 32, regency 32.04, ...), cut at some level, then some of
    them replaced by a near miss: another script's digits, a trailing newline, a "|", a
    wrong parent, pieces of codes, a value that is not text."""
    province = draw(st.from_regex(r"\A[0-9]{2}\Z"))
    regency = province + "." + draw(st.from_regex(r"\A[0-9]{2}\Z"))
    district = regency + "." + draw(st.from_regex(r"\A[0-9]{2}\Z"))
    village = district + "." + draw(st.from_regex(r"\A([0-9]{4}|\d{4})\Z"))
    chain = [province, regency, district, village]
    kept = draw(st.integers(0, 4))
    codes = chain[:kept] + [""] * (4 - kept)
    for level in draw(st.lists(st.integers(0, 3), max_size=2, unique=True)):
        codes[level] = draw(
            st.one_of(
                st.sampled_from([codes[level] + "\n", codes[level] + "|", "|" + codes[level], ""]),
                st.sampled_from(["32", "32.04", "33.04", "32.04.05", "32.05.05", "32.04.05.2001", "32.04.06.2001"]),
                st.lists(_CODE_PIECES, max_size=5).map("".join),
                st.lists(_CODE_PIECES, max_size=5).map(".".join),
                st.text(max_size=14),
                st.just(32),
            )
        )
    return dict(zip(("province_code", "regency_code", "district_code", "village_code"), codes, strict=True))


@settings(max_examples=1500, deadline=None)
@given(codes=_region_codes())
@example(codes={"province_code": "32", "regency_code": "32.04", "district_code": "", "village_code": "32.04.05.2001"})
@example(codes={"province_code": "32\n", "regency_code": "", "district_code": "", "village_code": ""})
@example(codes={"province_code": "32", "regency_code": "32.04|", "district_code": "", "village_code": ""})
@example(codes={"province_code": "", "regency_code": "", "district_code": "", "village_code": ""})
@example(codes={"province_code": "32", "regency_code": "33.04", "district_code": "", "village_code": ""})
@example(codes={"province_code": "32", "regency_code": "32.04", "district_code": "32.05.01", "village_code": ""})
@example(
    codes={"province_code": "32", "regency_code": "32.04", "district_code": "32.04.01", "village_code": "32.04.02.2001"}
)
@example(codes={"province_code": "٣٢", "regency_code": "٣٢.04", "district_code": "", "village_code": ""})
def test_region_checks_answer_as_before(codes: dict[str, Any]) -> None:
    d = ComplaintInput(**codes)
    try:
        expected: Any = old_regions(d)
    except TypeError as exc:
        expected = ("TypeError", str(exc))
    try:
        got: Any = v._regions(d)
    except TypeError as exc:
        got = ("TypeError", str(exc))
    assert got == expected


@st.composite
def _mostly_complete(draw: st.DrawFn) -> ComplaintInput:
    """Inputs with every required field given, or nearly: where the shortcut of _required and
    _lengths is taken (the generated inputs above seldom get there)."""
    values: dict[str, Any] = {
        "type": draw(_member_or_text(ReportType)),
        "channel": draw(_member_or_text(Channel)),
        "title": draw(st.sampled_from(["Jalan rusak parah di desa", "", "pendek", "x" * 150, "x" * 151, "x" * 10])),
        "body": draw(st.sampled_from(["Isi laporan yang cukup panjang untuk dicatat.", "", "x" * 29, "x" * 30])),
        "received_at": draw(st.sampled_from([None, _NOW])),
        "incident_date": draw(st.sampled_from([None, date(2026, 11, 1)])),
        "location_text": draw(st.sampled_from(["", "Jl. Raya", "x" * 501])),
        "reporter_name": draw(st.sampled_from(["", "Budi", "x" * 101])),
        "reporter_phone": draw(st.sampled_from(["", "081234567890"])),
        "reporter_email": draw(st.sampled_from(["", "budi@example.id"])),
        "officer_name": draw(st.sampled_from(["", "Siti", "x" * 100])),
        "consent_personal": draw(st.booleans()),
        "agency_name": draw(st.sampled_from(["", "x" * 200, "x" * 201])),
        "accessibility_need": draw(st.sampled_from(["", "x" * 500, "x" * 501])),
    }
    return ComplaintInput(**values)


@settings(max_examples=1500, deadline=None)
@given(d=_mostly_complete(), for_recording=st.booleans())
def test_required_and_lengths_of_nearly_complete_inputs_as_before(d: ComplaintInput, for_recording: bool) -> None:
    assert v._required(d) == old_required(d)
    assert v._lengths(d, for_recording) == old_lengths(d, for_recording)
