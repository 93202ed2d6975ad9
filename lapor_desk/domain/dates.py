"""A date as a clerk types it: 25112026, 25-11-2026, 25/11/2026 or 25.11.2026; never a
two-digit year (01-11-26 was once recorded as the year 26)."""

from __future__ import annotations

import re
from datetime import date

from lapor_desk.domain.text import ascii_digits

_SEPARATED = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_PACKED = re.compile(r"^(\d{2})(\d{2})(\d{4})$")


def parse_typed_date(text: str) -> date | None:
    """The date, None when empty; ValueError for anything else (two-digit years included)."""
    cleaned = ascii_digits(text.strip())
    if not cleaned:
        return None
    match = _SEPARATED.match(cleaned) or _PACKED.match(cleaned)
    if match is None:
        raise ValueError("not a dd-mm-yyyy date")
    day, month, year = (int(p) for p in match.groups())
    return date(year, month, day)
