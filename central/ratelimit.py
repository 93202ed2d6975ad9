"""A token bucket per desk, and per client address for bad-token requests (per worker process):
N requests a minute, bursts up to N."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Hashable

MAX_BUCKETS = 10_000


class DeskRateLimit:
    """`per_minute=0` switches it off. With several workers each keeps its own buckets,
    so the effective limit is up to workers x N; the operator sizes N for that."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._rate = per_minute / 60.0
        self._buckets: dict[Hashable, tuple[float, float]] = {}  # desk id or ("address", ip) -> (tokens, at)
        self._lock = threading.Lock()

    def acquire(self, key: Hashable) -> float:
        """0 when the request may go ahead, else the seconds to wait (for Retry-After)."""
        if self.per_minute <= 0:
            return 0.0
        now = time.monotonic()
        with self._lock:
            if len(self._buckets) > MAX_BUCKETS:
                self._forget_full(now)
            tokens, at = self._buckets.get(key, (float(self.per_minute), now))
            tokens = min(float(self.per_minute), tokens + (now - at) * self._rate)
            if tokens >= 1.0:
                self._buckets[key] = (tokens - 1.0, now)
                return 0.0
            self._buckets[key] = (tokens, now)
            return (1.0 - tokens) / self._rate

    def _forget_full(self, now: float) -> None:
        """Addresses come and go: drop buckets that have refilled (they start full anyway)."""
        full = float(self.per_minute)
        self._buckets = {k: (t, at) for k, (t, at) in self._buckets.items() if t + (now - at) * self._rate < full}


def retry_after(seconds: float) -> str:
    return str(max(1, math.ceil(seconds)))
