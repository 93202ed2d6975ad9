"""Desks and operator tokens: creation, revocation, and who a bearer token belongs to."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, bindparam, select, update
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
    installation_id: str | None = None  # the PC a desk token is bound to

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


def rotate_desk_token(session: Session, code: str, *, reactivate: bool = False) -> str:
    """A new token for the desk. A revoked desk stays revoked unless `reactivate` says
    otherwise: a rotation is routine, bringing back a desk that was shut out is a decision."""
    desk = _desk(session, code)
    if desk.revoked_at is not None and not reactivate:
        raise AccountError(
            f"meja {code} sudah dicabut; tambahkan --reactivate untuk mengaktifkannya lagi / "
            f"desk {code} is revoked; add --reactivate to bring it back"
        )
    token = new_token(DESK_PREFIX)
    desk.token_hash, desk.revoked_at = token_hash(token), None
    return token


def revoke_desk(session: Session, code: str) -> None:
    desk = _desk(session, code)
    if desk.revoked_at is None:
        desk.revoked_at = utcnow()


def list_desks(session: Session) -> list[Desk]:
    return list(session.scalars(select(Desk).order_by(Desk.code)))


def create_operator_token(
    session: Session, label: str, *, expires_days: int | None = None, now: datetime | None = None
) -> str:
    """A new operator token (shown once). With `expires_days` it stops working that many days on."""
    if expires_days is not None and not 1 <= expires_days <= 3650:
        raise AccountError("--expires-days harus 1 sampai 3650 / must be 1 to 3650")
    now = now or utcnow()
    expires = now + timedelta(days=expires_days) if expires_days is not None else None
    token = new_token(OPERATOR_PREFIX)
    session.add(OperatorToken(label=label, token_hash=token_hash(token), created_at=now, expires_at=expires))
    session.flush()
    return token


def list_operator_tokens(session: Session) -> list[OperatorToken]:
    return list(session.scalars(select(OperatorToken).order_by(OperatorToken.id)))


def revoke_operator_token(session: Session, token_id: int, now: datetime | None = None) -> OperatorToken:
    op = session.get(OperatorToken, token_id)
    if op is None:
        raise AccountError(f"token operator #{token_id} tidak ditemukan / operator token #{token_id} not found")
    if op.revoked_at is None:
        op.revoked_at = now or utcnow()
    return op


def operator_token_state(op: OperatorToken, now: datetime | None = None) -> str:
    return _token_state(op.revoked_at, op.expires_at, now or utcnow())


def _token_state(revoked_at: datetime | None, expires_at: datetime | None, now: datetime) -> str:
    if revoked_at is not None:
        return "revoked"
    if expires_at is not None and expires_at <= now:
        return "expired"
    return "active"


def _desk(session: Session, code: str) -> Desk:
    desk = session.scalar(select(Desk).where(Desk.code == code))
    if desk is None:
        raise AccountError(f"meja {code} tidak ditemukan / desk {code} not found")
    return desk


# Built once: this runs before every request, and building the select (and its cache key)
# cost more client CPU than the round trip to PostgreSQL.
_OPERATOR_BY_TOKEN = select(
    OperatorToken.id, OperatorToken.label, OperatorToken.revoked_at, OperatorToken.expires_at
).where(OperatorToken.token_hash == bindparam("digest"))
_DESK_BY_TOKEN = select(Desk.id, Desk.code, Desk.installation_id, Desk.revoked_at).where(
    Desk.token_hash == bindparam("digest")
)


def authenticate(session: Session | Connection, token: str) -> Principal | None:
    """The principal of an active token, or None for unknown or revoked tokens."""
    digest = {"digest": token_hash(token)}
    # Columns, not ORM objects: this runs before every request, on a bare connection.
    if token.startswith(OPERATOR_PREFIX):
        op = session.execute(_OPERATOR_BY_TOKEN, digest).first()
        if op is not None and _token_state(op.revoked_at, op.expires_at, utcnow()) == "active":
            return Principal("operator", op.id, op.label)
        return None
    desk = session.execute(_DESK_BY_TOKEN, digest).first()
    if desk is not None and desk.revoked_at is None:
        return Principal("desk", desk.id, desk.code, desk.installation_id)
    return None


def bind_installation(session: Session, desk_id: int, installation_id: str) -> str | None:
    """Bind the desk token to the first installation that uses it; returns the bound one
    (the caller's when it won, another's when a second PC got there first)."""
    session.execute(
        update(Desk)
        .where(Desk.id == desk_id, Desk.installation_id.is_(None))
        .values(installation_id=installation_id, bound_at=utcnow())
    )
    return session.scalar(select(Desk.installation_id).where(Desk.id == desk_id))


def release_installation(session: Session, code: str) -> None:
    """`desks rebind CODE`: the next installation to sync with the token is bound to it
    (a re-install, a replaced PC). The old PC, if it still runs, is refused from then on."""
    desk = _desk(session, code)
    desk.installation_id, desk.bound_at = None, None
