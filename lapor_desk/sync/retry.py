"""Back-off for retries: exponential with full jitter, never sooner than Retry-After.

Kept apart from the HTTP code (as Picard's ratecontrol): the transport says *that*
something should be retried, this says *when*.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import parsedate_to_datetime


@dataclass
class RetryPolicy:
    base_s: float = 2.0
    cap_s: float = 900.0  # a quarter of an hour at most between tries
    rng: random.Random = field(default_factory=random.Random)

    def delay(self, attempts: int, retry_after_s: float | None = None) -> float:
        """Seconds to wait before try number `attempts + 1` (attempts already failed >= 1)."""
        ceiling = min(self.cap_s, self.base_s * (2 ** max(0, min(attempts - 1, 30))))
        wait = self.rng.uniform(0.0, ceiling)
        if retry_after_s is not None:
            wait = max(wait, retry_after_s)
        return wait


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Retry-After as seconds: either delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, (when - now).total_seconds())
