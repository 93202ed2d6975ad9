"""Bearer tokens: made once, shown once, stored only as a SHA-256 hash."""

from __future__ import annotations

import hashlib
import secrets

DESK_PREFIX = "ldd_"
OPERATOR_PREFIX = "ldo_"


def new_token(prefix: str) -> str:
    return prefix + secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    # Tokens carry 256 random bits, so a fast hash is enough (no password stretching).
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
