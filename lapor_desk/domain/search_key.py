"""What a number typed into a search box can be: receipt, LAPOR! tracking ID, NIK or phone.

A citizen reads a number out as it is written on a paper or a phone screen; the clerk (or
the central's operator) types it as heard: any case, with spaces, dashes, dots, 0812… or
+62812…. This is the one place that decides what such text may match; the desk's queue
and lookup and the central's operator search ask it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lapor_desk.domain.contact import normalize_phone
from lapor_desk.paper.numbers import is_paper_number

_SEPARATORS = re.compile(r"[\s\-./()]")
MAX_TRACKING_ID = 2**31 - 1
NIK_LENGTH = 16
# A receipt number as the desk writes it: the desk code (and counter), the day, the serial
# (KAB-BDG-01-20261120-0001, KAB-BDG-01-L2-20261120-0001), or a paper receipt's number
# (KAB-BDG-01-K-0001-3: its shape is paper.numbers.is_paper_number's).
_RECEIPT_SHAPE = re.compile(r"[A-Z0-9]+(?:-[A-Z0-9]+)*-\d{8}-\d{4,}")


@dataclass(frozen=True)
class SearchKey:
    """The readings of one typed text; None where the text cannot be that kind of number."""

    text: str  # stripped
    receipt: str | None  # upper case, as receipts are compared
    tracking_id: str | None  # digits only
    nik: str | None  # 16 digits
    phone: str | None  # E.164 (+62…), as the desk stores phones

    @property
    def is_number(self) -> bool:
        """Only digits and separators: a number, not words (no word search for it)."""
        compact = _SEPARATORS.sub("", self.text).lstrip("+")
        return compact.isdigit() and compact.isascii()

    @property
    def is_receipt(self) -> bool:
        """Shaped like a receipt number: looked up by its index, never as words (its parts
        would find every complaint mentioning "kab" or a date)."""
        return self.receipt is not None and (
            _RECEIPT_SHAPE.fullmatch(self.receipt) is not None or is_paper_number(self.receipt)
        )


def search_key(typed: str) -> SearchKey:
    text = typed.strip()
    compact = _SEPARATORS.sub("", text)
    digits = compact.isdigit() and compact.isascii()
    tracking = compact if digits and len(compact) <= 10 and int(compact) <= MAX_TRACKING_ID else None
    nik = compact if digits and len(compact) == NIK_LENGTH else None
    phone = normalize_phone(compact) if compact else None
    return SearchKey(text, text.upper() or None, tracking, nik, phone)
