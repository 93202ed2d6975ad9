"""Working days (hari kerja): Monday to Friday, less Indonesian holidays and closures.

The clocks of the LAPOR! workflow count working days (DOMAIN.md). National public
holidays and joint leave days (cuti bersama) come from the `holidays` package;
regional closures are passed in as extra dates.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from holidays.countries.indonesia import Indonesia

# Joint leave days are published as the "government" category; desks close on them.
_DEFAULT_CATEGORIES = ("public", "government")


class WorkingDayCalendar:
    """Working-day arithmetic for one office.

    `extra_closures` adds regional or local closure dates; with
    `include_joint_leave=False` only national public holidays are skipped.
    """

    def __init__(
        self,
        extra_closures: Iterable[date] = (),
        *,
        include_joint_leave: bool = True,
    ) -> None:
        categories = _DEFAULT_CATEGORIES if include_joint_leave else ("public",)
        # The class itself, not holidays.country_holidays("ID"): a static import that a
        # PyInstaller bundle picks up (the registry loads countries by name at run time).
        self._holidays = Indonesia(categories=categories)
        self._closures = frozenset(extra_closures)

    def is_working_day(self, d: date) -> bool:
        return d.weekday() < 5 and d not in self._closures and d not in self._holidays

    def holiday_name(self, d: date) -> str | None:
        """The holiday's name (English, from the package), "closure", or None."""
        if d in self._closures:
            return "closure"
        return self._holidays.get(d)

    def add_working_days(self, start: date, n: int) -> date:
        """The n-th working day after `start` (before it when n < 0); `start` itself if n == 0."""
        step = 1 if n >= 0 else -1
        remaining = abs(n)
        current = start
        while remaining:
            current += timedelta(days=step)
            if self.is_working_day(current):
                remaining -= 1
        return current

    def working_days_between(self, a: date, b: date) -> int:
        """Working days d with a < d <= b (negative when b is before a).

        So `working_days_between(a, add_working_days(a, n)) == n` for n >= 0.
        """
        if b < a:
            return -self.working_days_between(b, a)
        count = 0
        current = a
        while current < b:
            current += timedelta(days=1)
            if self.is_working_day(current):
                count += 1
        return count
