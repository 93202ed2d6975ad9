"""A per-desk token bucket (per worker process): N requests a minute, bursts up to N."""

from __future__ import annotations

import math
import threading
import time


class DeskRateLimit:
    """`per_minute=0` switches it off. With several workers each keeps its own buckets,
    so the effective limit is up to workers x N; the operator sizes N for that."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._rate = per_minute / 60.0
        self._buckets: dict[int, tuple[float, float]] = {}  # desk -> (tokens, at)
        self._lock = threading.Lock()

    def acquire(self, desk_id: int) -> float:
        """0 when the request may go ahead, else the seconds to wait (for Retry-After)."""
        if self.per_minute <= 0:
            return 0.0
        now = time.monotonic()
        with self._lock:
            tokens, at = self._buckets.get(desk_id, (float(self.per_minute), now))
            tokens = min(float(self.per_minute), tokens + (now - at) * self._rate)
            if tokens >= 1.0:
                self._buckets[desk_id] = (tokens - 1.0, now)
                return 0.0
            self._buckets[desk_id] = (tokens, now)
            return (1.0 - tokens) / self._rate


def retry_after(seconds: float) -> str:
    return str(max(1, math.ceil(seconds)))
