"""A token bucket per desk, and per client address for bad-token requests: N requests a
minute, bursts up to N. The buckets live in the database (`rate_buckets`), so every worker
and every central process behind a load balancer spends the same budget; one upsert per
request decides, atomically, in SQL."""

from __future__ import annotations

import math
import random
import time
from collections.abc import Hashable

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from central.db import CentralDatabase

# One acquire in this many also deletes buckets that have refilled (they start full anyway).
PRUNE_ONE_IN = 500

# The refill, capped at the burst size; the clock is PostgreSQL's own (every process agrees
# on it) or, on SQLite (one host), the caller's. A clock that went back refills nothing.
_REFILL = (
    "CASE WHEN rate_buckets.tokens + (CASE WHEN {now} > rate_buckets.at THEN {now} - rate_buckets.at ELSE 0 END)"
    " * :rate > :cap THEN :cap"
    " ELSE rate_buckets.tokens + (CASE WHEN {now} > rate_buckets.at THEN {now} - rate_buckets.at ELSE 0 END)"
    " * :rate END"
)
_ACQUIRE = (
    "INSERT INTO rate_buckets (key, tokens, at, ok) VALUES (:key, :cap - 1, {now}, true) "
    "ON CONFLICT (key) DO UPDATE SET "
    "tokens = CASE WHEN {refill} >= 1 THEN {refill} - 1 ELSE {refill} END, "
    "ok = ({refill} >= 1), at = CASE WHEN {now} > rate_buckets.at THEN {now} ELSE rate_buckets.at END "
    "RETURNING tokens, ok"
)
_PG_NOW = "extract(epoch from clock_timestamp())::float8"
# The same upsert as a statement on its own (PostgreSQL, autocommit: the statement is its
# transaction), with the asynchronous commit set within it instead of by a SET LOCAL first:
# one round trip, where BEGIN, SET, the upsert and COMMIT were four.
_OWN_TRANSACTION = (
    "INSERT INTO rate_buckets (key, tokens, at, ok) SELECT :key, :cap - 1, {now}, true "
    "FROM (SELECT set_config('synchronous_commit', 'off', true)) AS async_commit WHERE true "
)


def _statement(now: str, *, own_transaction: bool = False) -> str:
    statement = _ACQUIRE.format(now=now, refill=_REFILL.format(now=now))
    if own_transaction:
        insert, _sep, rest = statement.partition("ON CONFLICT")
        statement = _OWN_TRANSACTION.format(now=now) + "ON CONFLICT" + rest
    return statement


class DeskRateLimit:
    """`per_minute=0` switches it off (and touches no database)."""

    def __init__(self, per_minute: int, db: CentralDatabase | None = None) -> None:
        self.per_minute = per_minute
        self._rate = per_minute / 60.0
        self.db = db
        if db is not None:
            self._sql = text(_statement(_PG_NOW if not db.is_sqlite else ":now"))
            self._sql_alone = text(_statement(_PG_NOW, own_transaction=True))
            self._prune = text(f"DELETE FROM rate_buckets WHERE at < {_PG_NOW if not db.is_sqlite else ':now'} - :full")

    def acquire(self, key: Hashable, conn: Connection | None = None) -> float:
        """0 when the request may go ahead, else the seconds to wait (for Retry-After).
        `conn`: on PostgreSQL, an autocommit connection the caller holds (the sign-in's,
        from CentralDatabase.read_one) that runs the upsert (and the prune) as its own
        transaction; on SQLite it is not used, so call without holding one."""
        if self.per_minute <= 0 or self.db is None:
            return 0.0
        name = _key(key)
        if conn is not None and not self.db.is_sqlite:
            row = conn.execute(self._sql_alone, self._params(name)).one()
            tokens, ok = float(row[0]), bool(row[1])
        else:
            tokens, ok = self.db.write(lambda s: self._take(s, name), record_ids=False)
        if random.randrange(PRUNE_ONE_IN) == 0:  # noqa: S311 - spreading work, not security
            if conn is not None and not self.db.is_sqlite:
                # on the connection held: never wait for a second one while holding it
                conn.execute(self._prune, self._prune_params())
            else:
                self.db.write(self._forget_full, record_ids=False)
        if ok:
            return 0.0
        return (1.0 - tokens) / self._rate

    def _take(self, session: Session, name: str) -> tuple[float, bool]:
        if not self.db or not self.db.is_sqlite:
            # A bucket lost in a crash costs nothing: no need to wait for the disk.
            session.execute(text("SET LOCAL synchronous_commit = off"))
        row = session.execute(self._sql, self._params(name)).one()
        return float(row[0]), bool(row[1])

    def _params(self, name: str) -> dict[str, object]:
        return {"key": name, "cap": float(self.per_minute), "rate": self._rate, "now": time.time()}

    def _forget_full(self, session: Session) -> None:
        session.execute(self._prune, self._prune_params())

    def _prune_params(self) -> dict[str, object]:
        return {"now": time.time(), "full": self.per_minute / self._rate}


def _key(key: Hashable) -> str:
    """("address", ip) -> "addr:ip"; a desk's id -> "desk:id" (within the column's 80 characters)."""
    if isinstance(key, tuple) and key and key[0] == "address":
        return ("addr:" + str(key[1]))[:80]
    return ("desk:" + str(key))[:80]


def retry_after(seconds: float) -> str:
    return str(max(1, math.ceil(seconds)))
