"""What typed or imported text really contains: invisible characters, digits of any script,
NUL bytes and lone surrogates (which no database or central accepts)."""

from __future__ import annotations

import re
import unicodedata

DIGIT_FIELDS = (
    "reporter_nik",
    "reporter_phone",
    "officer_nip",
    "province_code",
    "regency_code",
    "district_code",
    "village_code",
)
# Letters that render as blank space although Unicode does not call them whitespace.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
_NIK_SEPARATORS = re.compile(r"[\s.\-]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _invisible(ch: str) -> bool:
    return ch.isspace() or ch in _BLANK_LETTERS or unicodedata.category(ch) in ("Cf", "Cc", "Zs", "Zl", "Zp")


def visible_or_empty(value: str) -> str:
    """`value` stripped of surrounding whitespace; "" when no visible character is left."""
    stripped = value.strip()
    if (stripped[:1].isalnum() and stripped[0] not in _BLANK_LETTERS) or (
        stripped.isascii() and stripped.isprintable()
    ):
        return stripped  # the common case, decided without looking at every character
    if all(_invisible(ch) for ch in stripped):
        return ""
    return stripped


def ascii_digits(value: str) -> str:
    """Decimal digits of any script (full-width, Arabic-Indic, Devanagari...) as 0-9."""
    if value.isascii():
        return value
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in value)


def without_separators(value: str) -> str:
    """A NIK or NIP as written on paper, 3204 0512 0385 0002 or 3204.0512-..., as digits only."""
    return _NIK_SEPARATORS.sub("", value)


def has_surrogate(value: str) -> bool:
    # An ASCII string has none: isascii() reads its flag, the search reads every character.
    return not value.isascii() and _SURROGATE.search(value) is not None


def shown_characters(chars: str) -> str:
    """Characters named in a message: each once, invisible ones as U+XXXX."""
    seen: list[str] = []
    for ch in chars:
        shown = ch if ch.isprintable() and not _invisible(ch) and not has_surrogate(ch) else f"U+{ord(ch):04X}"
        if shown not in seen:
            seen.append(shown)
    return " ".join(seen[:8])
