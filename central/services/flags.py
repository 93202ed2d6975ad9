"""Server switches kept in the database so that every worker sees them."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from central.models import ServerFlag

MAINTENANCE = "maintenance"


def set_flag(session: Session, key: str, value: str | None) -> None:
    row = session.get(ServerFlag, key)
    if value is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(ServerFlag(key=key, value=value))
    else:
        row.value = value


def is_on(session: Session, key: str) -> bool:
    return session.scalar(select(ServerFlag.value).where(ServerFlag.key == key)) == "on"
