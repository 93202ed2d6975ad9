"""Demo data is what a real desk could hold: every complaint received in office hours and none
in the future (the central refuses those; the sync benchmark lost one in 10,000 to it at 09:00 WIB)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from lapor_desk.demo import DemoGenerator, pilot_places


@pytest.mark.parametrize("hour", range(0, 24, 3))
def test_no_demo_complaint_is_received_after_the_generators_now(hour: int) -> None:
    end = datetime(2026, 12, 2, hour, 7, tzinfo=UTC)
    times = DemoGenerator(pilot_places(), seed=4, end=end, span_days=2).received_times(2_000)
    assert times == sorted(times)
    assert max(times) <= end
    assert min(times) >= end - timedelta(days=3)
    assert all(1 <= t.hour < 9 for t in times)  # 08:00-16:00 WIB
