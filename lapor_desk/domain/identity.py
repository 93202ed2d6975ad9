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
    # The parts as parse_nik gives them, read here without building a NikParts: the central
    # checks the NIK of every item of every batch.
    # DDMMYY read with one int() (the NIK is 16 ASCII digits here).
    day, month_year = divmod(int(nik[6:12]), 10_000)
    month, year_2 = divmod(month_year, 100)
    problems: list[FieldMessage] = []
    if not 1 <= month <= 12:
        problems.append(error(field_name, "nik_month", month=f"{month:02d}"))
    if day == 0 or 32 <= day <= 40 or day > 71:
        problems.append(error(field_name, "nik_day", day=f"{day:02d}"))
    if nik[12:] == "0000":
        problems.append(error(field_name, "nik_serial"))
    if problems:
        return problems
    if nik[:2] not in PROVINCE_CODES:
        problems.append(warning(field_name, "nik_province_unknown", province=nik[:2]))
    nik_sex, birth_day = (Sex.FEMALE, day - 40) if day > 40 else (Sex.MALE, day)
    years = _candidate_birth_years(year_2, today)
    if not any(_is_real_date(y, month, birth_day) for y in years):
        problems.append(warning(field_name, "nik_date_not_on_calendar", day=f"{birth_day:02d}", month=f"{month:02d}"))
    if sex is not None and sex != nik_sex:
        label = "perempuan" if nik_sex is Sex.FEMALE else "laki-laki"
        problems.append(warning(field_name, "nik_sex_mismatch", nik_sex=label))
    if age_band is not None and years and not _fits_band(age_band, today, years, month, birth_day):
        problems.append(warning(field_name, "nik_age_mismatch", year=years[-1]))
    return problems


def _fits_band(age_band: AgeBand, today: date, years: list[int], month: int, day: int) -> bool:
    """Whether the age on `today` of someone born on that day of any of the years (never
    negative) is in the band. _age_on has no side effects, so stopping at the first fit
    answers as working out every age first did."""
    for year in years:
        age = _age_on(today, year, month, day)
        if age >= 0 and age_band.contains(age):
            return True
    return False


def _candidate_birth_years(year_2: int, today: date) -> list[int]:
    """Both centuries a two-digit year may mean, as long as it is not in the future."""
    return [y for y in (1900 + year_2, 2000 + year_2) if y <= today.year]


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # as calendar's, index 1-12


def _days_in_month(year: int, month: int) -> int:
    """`calendar.monthrange(year, month)[1]` (month 1-12), without the weekday it also works out."""
    return _MONTH_DAYS[month] + (month == 2 and calendar.isleap(year))


def _is_real_date(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= _days_in_month(year, month)


def _age_on(today: date, year: int, month: int, day: int) -> int:
    day = min(day, _days_in_month(year, month))
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
