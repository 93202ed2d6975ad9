"""A desk clock 3 days ahead, then corrected: nothing is left waiting for the "future"."""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

from central.testing import RunningServer
from lapor_desk.sync.retry import RetryPolicy

from central_db import arrived
from factories import walk_in
from fault_proxy import FaultProxy, Faults
from sync_helpers import open_desk

CAP_S = 3.0  # the back-off's maximum in this test


class ShiftedClock:
    """The real time plus a shift the test changes (the desk's wrong clock)."""

    def __init__(self, shift: timedelta) -> None:
        self.shift = shift

    def __call__(self) -> datetime:
        return datetime.now().astimezone() + self.shift


def test_a_clock_three_days_ahead_then_corrected_leaves_nothing_waiting(tmp_path: Path, central: RunningServer) -> None:
    code = "CLOCK-JUMP-1"
    clock = ShiftedClock(timedelta(days=3))
    # every batch upload is cut on the way, so the complaints get next-attempt times
    proxy = FaultProxy(
        central.port, Faults(per_request=1.0, request_kinds=("cut",), only=b"POST /api/v1/complaints/batch")
    )
    desk = open_desk(tmp_path / "desk", proxy.url, central.add_desk(code), clock=clock)
    try:
        assert desk.sync is not None
        desk.sync.policy = RetryPolicy(base_s=CAP_S, cap_s=CAP_S)
        desk.sync.engine_options = {"max_wait_in_cycle_s": 0.0}  # no waiting within a cycle
        ids = [desk.complaints.record(walk_in(title=f"Jam meja salah {n}")).complaint.id for n in range(5)]
        report = desk.sync.run_cycle()
        assert report.synced == 0 and report.outcome == "unreachable", report
        items = [desk.sync.item(i) for i in ids]
        assert all(it is not None and it["state"] == "pending" and it["next_attempt_at"] is not None for it in items)
        # stamped by a clock 3 days ahead
        assert min(it["next_attempt_at"] for it in items if it) > datetime.now().astimezone() + timedelta(days=2)

        clock.shift = timedelta(0)  # the IT officer corrects the clock
        proxy.faults.only = b"never-matches"  # and the link is fine now
        desk.sync.run_cycle()  # an ordinary (not forced) cycle: the window's or --watch's
        latest = datetime.now().astimezone() + timedelta(seconds=CAP_S)
        items = [desk.sync.item(i) for i in ids]
        assert all(it is not None and (it["state"] == "synced" or it["next_attempt_at"] <= latest) for it in items), (
            items
        )
        deadline = time.monotonic() + 120
        while desk.sync.status().waiting and time.monotonic() < deadline:
            threading.Event().wait(0.2)  # polling: ordinary cycles, as the window's timer runs them
            desk.sync.run_cycle()
        assert desk.sync.status().waiting == 0
    finally:
        proxy.close()
        desk.close()
    assert proxy.total_faults >= 1, proxy.faults.counts
    assert len(arrived(central, code)) == 5
