"""Indonesian phone numbers and email addresses: checking and normal form."""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"[\s\-.()/]")
_MOBILE = re.compile(r"^8\d{8,11}$")  # 8 plus 8-11 digits after it
_LANDLINE = re.compile(r"^[2-79]\d{6,10}$")  # area code and subscriber number
_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+$")


def normalize_phone(text: str) -> str | None:
    """E.164 form (+62…) of an Indonesian mobile or landline number, or None."""
    digits = _SEPARATORS.sub("", text)
    if digits.startswith("+62"):
        national = digits[3:]
    elif digits.startswith("62"):
        national = digits[2:]
    elif digits.startswith("0"):
        national = digits[1:]
    else:
        return None
    if not national.isdigit():
        return None
    if _MOBILE.match(national) or _LANDLINE.match(national):
        return "+62" + national
    return None


def is_valid_email(text: str) -> bool:
    return len(text) <= 254 and _EMAIL.match(text) is not None
