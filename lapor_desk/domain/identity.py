"""NIK (national ID) and NIP (civil servant number) checks.

A structurally impossible number is an error; a number that merely disagrees
with what the person says about themselves is a warning, because a NIK is never
reissued even when its digits are wrong (DOMAIN.md).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from lapor_desk.domain.enums import AgeBand, Sex
from lapor_desk.domain.messages import FieldMessage, error, warning
from lapor_desk.domain.text import shown_characters

# Kemendagri province codes (two digits) in use since the 2022 Papua split; the same 38 as
# resources/regions (test_regions checks they agree).
PROVINCE_CODES = frozenset(
    {
        "11",
        "12",
        "13",
        "14",
        "15",
        "16",
        "17",
        "18",
        "19",
        "21",
        "31",
        "32",
        "33",
        "34",
        "35",
        "36",
        "51",
        "52",
        "53",
        "61",
        "62",
        "63",
        "64",
        "65",
        "71",
        "72",
        "73",
        "74",
        "75",
        "76",
        "81",
        "82",
        "91",
        "92",
        "93",
        "94",
        "95",
        "96",
    }
)


@dataclass(frozen=True)
class NikParts:
    region: str  # six digits: province, regency, district
    day: int  # as written, with 40 added for women
    month: int
    year_2: int
    serial: str

    @property
    def sex(self) -> Sex:
        return Sex.FEMALE if self.day > 40 else Sex.MALE

    @property
    def birth_day(self) -> int:
        return self.day - 40 if self.day > 40 else self.day


def parse_nik(nik: str) -> NikParts:
    return NikParts(nik[:6], int(nik[6:8]), int(nik[8:10]), int(nik[10:12]), nik[12:])


def check_nik(
    nik: str,
    *,
    today: date,
    sex: Sex | None = None,
    age_band: AgeBand | None = None,
    field_name: str = "reporter_nik",
) -> list[FieldMessage]:
    """Messages for a NIK that is not empty (already stripped of spaces)."""
    if not nik.isascii() or not nik.isdigit():
        bad = "".join(ch for ch in nik if ch not in "0123456789")
        return [error(field_name, "nik_not_digits", chars=shown_characters(bad))]
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
    years = _candidate_birth_years(parts.year_2, today)
    if not any(_is_real_date(y, parts.month, parts.birth_day) for y in years):
        problems.append(
            warning(field_name, "nik_date_not_on_calendar", day=f"{parts.birth_day:02d}", month=f"{parts.month:02d}")
        )
    if sex is not None and sex != parts.sex:
        label = "perempuan" if parts.sex is Sex.FEMALE else "laki-laki"
        problems.append(warning(field_name, "nik_sex_mismatch", nik_sex=label))
    if age_band is not None and years:
        ages = [_age_on(today, y, parts.month, parts.birth_day) for y in years]
        if not any(age_band.contains(a) for a in ages if a >= 0):
            problems.append(warning(field_name, "nik_age_mismatch", year=years[-1]))
    return problems


def _candidate_birth_years(year_2: int, today: date) -> list[int]:
    """Both centuries a two-digit year may mean, as long as it is not in the future."""
    return [y for y in (1900 + year_2, 2000 + year_2) if y <= today.year]


def _is_real_date(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _age_on(today: date, year: int, month: int, day: int) -> int:
    day = min(day, calendar.monthrange(year, month)[1])
    return today.year - year - ((today.month, today.day) < (month, day))


def check_nip(nip: str, *, field_name: str = "officer_nip") -> list[FieldMessage]:
    """Messages for a civil servant NIP that is not empty."""
    if not nip.isascii() or not nip.isdigit():
        return [error(field_name, "nip_not_digits")]
    if len(nip) != 18:
        return [error(field_name, "nip_length", length=len(nip))]
    problems: list[FieldMessage] = []
    birth_y, birth_m, birth_d = int(nip[0:4]), int(nip[4:6]), int(nip[6:8])
    if not (1900 <= birth_y <= 2100 and _is_real_date(birth_y, birth_m, birth_d)):
        problems.append(error(field_name, "nip_birth_date"))
    appoint_y, appoint_m = int(nip[8:12]), int(nip[12:14])
    if not (1945 <= appoint_y <= 2100 and 1 <= appoint_m <= 12) or appoint_y < birth_y:
        problems.append(error(field_name, "nip_appointment"))
    if nip[14] not in "12":
        problems.append(error(field_name, "nip_sex"))
    return problems
