"""Desks and operator tokens: creation, revocation, and who a bearer token belongs to."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.models import Desk, OperatorToken, utcnow
from central.security import DESK_PREFIX, OPERATOR_PREFIX, new_token, token_hash

DESK_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,39}$")


class AccountError(Exception):
    pass


@dataclass(frozen=True)
class Principal:
    """Who is calling: a desk (desk_id set) or an operator."""

    kind: str  # "desk" | "operator"
    id: int
    name: str

    @property
    def is_desk(self) -> bool:
        return self.kind == "desk"


def add_desk(session: Session, code: str, name: str) -> str:
    """Register a desk and return its token (shown once; only its hash is kept)."""
    if not DESK_CODE.match(code):
        raise AccountError(f"kode meja tidak valid / invalid desk code: {code!r}")
    if session.scalar(select(Desk.id).where(Desk.code == code)) is not None:
        raise AccountError(f"meja {code} sudah terdaftar / desk {code} already exists")
    token = new_token(DESK_PREFIX)
    session.add(Desk(code=code, name=name, token_hash=token_hash(token)))
    session.flush()
    return token


def rotate_desk_token(session: Session, code: str) -> str:
    desk = _desk(session, code)
    token = new_token(DESK_PREFIX)
    desk.token_hash, desk.revoked_at = token_hash(token), None
    return token


def revoke_desk(session: Session, code: str) -> None:
    desk = _desk(session, code)
    if desk.revoked_at is None:
        desk.revoked_at = utcnow()


def list_desks(session: Session) -> list[Desk]:
    return list(session.scalars(select(Desk).order_by(Desk.code)))


def create_operator_token(session: Session, label: str) -> str:
    token = new_token(OPERATOR_PREFIX)
    session.add(OperatorToken(label=label, token_hash=token_hash(token)))
    session.flush()
    return token


def _desk(session: Session, code: str) -> Desk:
    desk = session.scalar(select(Desk).where(Desk.code == code))
    if desk is None:
        raise AccountError(f"meja {code} tidak ditemukan / desk {code} not found")
    return desk


def authenticate(session: Session, token: str) -> Principal | None:
    """The principal of an active token, or None for unknown or revoked tokens."""
    digest = token_hash(token)
    if token.startswith(OPERATOR_PREFIX):
        op = session.scalar(select(OperatorToken).where(OperatorToken.token_hash == digest))
        if op is not None and op.revoked_at is None:
            return Principal("operator", op.id, op.label)
        return None
    desk = session.scalar(select(Desk).where(Desk.token_hash == digest))
    if desk is not None and desk.revoked_at is None:
        return Principal("desk", desk.id, desk.code)
    return None
