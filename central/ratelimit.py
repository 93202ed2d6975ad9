"""A token bucket per desk, and per client address for bad-token requests: N requests a
minute, bursts up to N. The buckets live in the database (`rate_buckets`), so every worker
and every central process behind a load balancer spends the same budget; one upsert per
request decides, atomically, in SQL."""

from __future__ import annotations

import math
import random
import time
from collections.abc import Hashable

from sqlalchemy import text
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


def _statement(now: str) -> str:
    return _ACQUIRE.format(now=now, refill=_REFILL.format(now=now))


class DeskRateLimit:
    """`per_minute=0` switches it off (and touches no database)."""

    def __init__(self, per_minute: int, db: CentralDatabase | None = None) -> None:
        self.per_minute = per_minute
        self._rate = per_minute / 60.0
        self.db = db
        if db is not None:
            self._sql = text(_statement(_PG_NOW if not db.is_sqlite else ":now"))
            self._prune = text(f"DELETE FROM rate_buckets WHERE at < {_PG_NOW if not db.is_sqlite else ':now'} - :full")

    def acquire(self, key: Hashable) -> float:
        """0 when the request may go ahead, else the seconds to wait (for Retry-After)."""
        if self.per_minute <= 0 or self.db is None:
            return 0.0
        name = _key(key)
        tokens, ok = self.db.write(lambda s: self._take(s, name), record_ids=False)
        if random.randrange(PRUNE_ONE_IN) == 0:  # noqa: S311 - spreading work, not security
            self.db.write(self._forget_full, record_ids=False)
        if ok:
            return 0.0
        return (1.0 - tokens) / self._rate

    def _take(self, session: Session, name: str) -> tuple[float, bool]:
        if not self.db or not self.db.is_sqlite:
            # A bucket lost in a crash costs nothing: no need to wait for the disk.
            session.execute(text("SET LOCAL synchronous_commit = off"))
        params = {"key": name, "cap": float(self.per_minute), "rate": self._rate, "now": time.time()}
        row = session.execute(self._sql, params).one()
        return float(row[0]), bool(row[1])

    def _forget_full(self, session: Session) -> None:
        session.execute(self._prune, {"now": time.time(), "full": self.per_minute / self._rate})


def _key(key: Hashable) -> str:
    """("address", ip) -> "addr:ip"; a desk's id -> "desk:id" (within the column's 80 characters)."""
    if isinstance(key, tuple) and key and key[0] == "address":
        return ("addr:" + str(key[1]))[:80]
    return ("desk:" + str(key))[:80]


def retry_after(seconds: float) -> str:
    return str(max(1, math.ceil(seconds)))
