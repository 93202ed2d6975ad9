"""The desk clock, passed into services so tests can set the time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """Now, aware, in the desk's local time zone."""
    return datetime.now().astimezone()
