"""What a paper receipt number looks like: desk code, the marker K, a serial and a check digit.

KAB-BDG-07-K-0001-7. The counters' own numbers end in the day and a serial
(KAB-BDG-07-20261201-0001, or …-L2-20261201-0001 at counter L2), so the two shapes can never be
equal: a paper number's second-to-last part is a 4-6 digit serial after "K", an automatic one's is
an 8-digit day. The central keeps (desk, receipt number) unique, and any such text passes its check
and the desk's import check (letters, digits and dashes).

The check digit (Damm's algorithm) catches every single wrong digit and every swap of two
neighbouring digits: a number is copied by hand onto the citizen's slip and typed back later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, tzinfo

MARKER = "K"  # kertas: never a day (8 digits), so never one of a counter's automatic numbers
_SHAPE = re.compile(r"(?P<desk>[A-Z0-9]+(?:-[A-Z0-9]+)*)-K-(?P<serial>\d{4,6})-(?P<check>\d)")
_SPACES = re.compile(r"\s+")
# A register's receipt written as a paper number, perhaps mistyped (KAB-BDG-07-K-001-3, or its
# check digit left out): it ends in "K", a serial and at most a one-digit check. A desk code may
# itself have a "K" part (DIY-K), so the marker alone is not enough: an automatic number
# (DIY-K-20261120-0001, …-K-01-20261120-0001) ends in a day and a 4+ digit serial, never this.
_MARKED = re.compile(r"(?:^|-)K-\d+(?:-\d)?$")
_AUTOMATIC = re.compile(r"[A-Z0-9]+(?:-[A-Z0-9]+)*-\d{8}-\d{4,}")

# Damm's totally anti-symmetric quasigroup of order 10.
_DAMM = (
    (0, 3, 1, 7, 5, 9, 8, 6, 4, 2),
    (7, 0, 9, 2, 1, 5, 4, 8, 6, 3),
    (4, 2, 0, 6, 8, 7, 1, 3, 5, 9),
    (1, 7, 5, 0, 9, 8, 3, 4, 2, 6),
    (6, 1, 2, 3, 0, 4, 5, 9, 7, 8),
    (3, 6, 7, 4, 2, 0, 9, 5, 8, 1),
    (5, 8, 6, 9, 7, 2, 0, 1, 3, 4),
    (8, 9, 4, 5, 3, 6, 2, 0, 1, 7),
    (9, 4, 3, 8, 6, 1, 7, 2, 0, 5),
    (2, 5, 8, 1, 4, 3, 6, 7, 9, 0),
)
MAX_SERIAL = 999_999
# The key an imported row carries a draft's paper receipt number under (lapor_desk.transfer.rows
# puts it there; lapor_desk.paper.imported keeps it in draft_paper_receipts, not complaints).
DRAFT_PAPER_KEY = "draft_paper_receipt"


def check_digit(digits: str) -> int:
    interim = 0
    for ch in digits:
        interim = _DAMM[interim][int(ch)]
    return interim


def paper_number(desk_code: str, serial: int) -> str:
    """The number printed on the sheet for `serial` of `desk_code`."""
    text = f"{serial:04d}"
    return f"{desk_code}-{MARKER}-{text}-{check_digit(text)}"


@dataclass(frozen=True)
class TypedPaperNumber:
    """A paper number as typed: normalised, and whether its shape and check digit hold."""

    number: str  # upper case, no spaces
    shaped: bool  # desk-K-serial-check
    check_ok: bool  # the check digit matches the serial
    desk_code: str = ""
    serial: int = 0


def read_typed(typed: str) -> TypedPaperNumber:
    """Read what the clerk typed from the paper (any case, stray spaces)."""
    number = _SPACES.sub("", typed).upper()
    match = _SHAPE.fullmatch(number)
    if match is None:
        return TypedPaperNumber(number, False, False)
    serial = match["serial"]
    ok = check_digit(serial + match["check"]) == 0
    return TypedPaperNumber(number, True, ok, match["desk"], int(serial))


def is_paper_number(text: str) -> bool:
    """Shaped like a paper number (the search box looks such text up as a receipt)."""
    return _SHAPE.fullmatch(text) is not None


def looks_like_paper(text: str) -> bool:
    """Meant as a paper number, well formed or not: an import checks such a receipt number as one."""
    return _MARKED.search(text) is not None and _AUTOMATIC.fullmatch(text) is None


def shown_time(at: datetime, zone: tzinfo | None = None) -> str:
    """A block's time as the sheet, the screen and the messages show it (the desk's zone)."""
    return at.astimezone(zone).strftime("%d-%m-%Y %H:%M")
