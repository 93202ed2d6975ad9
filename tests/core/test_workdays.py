"""Working-day arithmetic against the real Indonesian calendars of 2025-2027.

The 2025 and 2026 dates follow the joint decree (SKB) on holidays and cuti bersama;
2027's Islamic holidays are the `holidays` package's estimates until the decree appears.
"""

from datetime import date

import pytest

from lapor_desk.domain.workdays import WorkingDayCalendar

CAL = WorkingDayCalendar()


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        # Lebaran 2025: Nyepi joint leave 28 Mar, Idul Fitri 31 Mar-1 Apr, cuti bersama 2-7 Apr.
        (date(2025, 3, 27), 1, date(2025, 4, 8)),
        (date(2025, 3, 24), 10, date(2025, 4, 16)),
        # Year end 2025: Christmas 25 Dec and cuti bersama 26 Dec, New Year 1 Jan 2026.
        (date(2025, 12, 24), 1, date(2025, 12, 29)),
        (date(2025, 12, 31), 1, date(2026, 1, 2)),
        # Lebaran 2026: Nyepi 18-19 Mar, cuti bersama 20, 23, 24 Mar around Idul Fitri 21-22 Mar.
        (date(2026, 3, 17), 1, date(2026, 3, 25)),
        # Year end 2026: cuti bersama 24 Dec, Christmas 25 Dec, New Year 1 Jan 2027 (a Friday).
        (date(2026, 12, 23), 1, date(2026, 12, 28)),
        (date(2026, 12, 31), 1, date(2027, 1, 4)),
        # Lebaran 2027 (estimated): Nyepi 8 Mar, Idul Fitri 10-11 Mar, cuti bersama 9, 12, 15 Mar.
        (date(2027, 3, 5), 1, date(2027, 3, 16)),
        # Year end 2027: cuti bersama 24 Dec (Christmas falls on a Saturday).
        (date(2027, 12, 23), 1, date(2027, 12, 27)),
        # Plain weeks.
        (date(2025, 7, 4), 1, date(2025, 7, 7)),
        (date(2025, 7, 7), 5, date(2025, 7, 14)),
        (date(2025, 7, 7), 0, date(2025, 7, 7)),
    ],
)
def test_add_working_days(start: date, n: int, expected: date) -> None:
    assert CAL.add_working_days(start, n) == expected
    assert CAL.working_days_between(start, expected) == n


def test_backwards_and_negative_spans() -> None:
    assert CAL.add_working_days(date(2025, 4, 8), -1) == date(2025, 3, 27)
    assert CAL.working_days_between(date(2025, 4, 8), date(2025, 3, 27)) == -1
    assert CAL.working_days_between(date(2025, 12, 31), date(2026, 1, 9)) == 6


def test_is_working_day() -> None:
    assert not CAL.is_working_day(date(2025, 3, 31))  # Idul Fitri
    assert not CAL.is_working_day(date(2025, 4, 7))  # cuti bersama
    assert not CAL.is_working_day(date(2025, 8, 16))  # Saturday
    assert not CAL.is_working_day(date(2026, 8, 17))  # Independence Day, a Monday
    assert CAL.is_working_day(date(2025, 4, 8))
    assert CAL.holiday_name(date(2025, 12, 25)) is not None


def test_extra_closures_and_public_holidays_only() -> None:
    closed = WorkingDayCalendar([date(2025, 7, 7)])
    assert not closed.is_working_day(date(2025, 7, 7))
    assert closed.add_working_days(date(2025, 7, 4), 1) == date(2025, 7, 8)
    assert closed.holiday_name(date(2025, 7, 7)) == "closure"
    public_only = WorkingDayCalendar(include_joint_leave=False)
    assert public_only.is_working_day(date(2025, 4, 2))
    assert public_only.add_working_days(date(2025, 3, 28), 1) == date(2025, 4, 2)
