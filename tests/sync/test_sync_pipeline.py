"""One batch on the wire while the next is prepared: a failed answer sends the prepared
batch back to pending unsent, and everything still arrives exactly once."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from central.testing import RunningServer
from lapor_desk.desk import Desk
from lapor_desk.sync import state

from central_db import arrived
from factories import walk_in
from fault_proxy import FaultProxy
from sync_helpers import open_desk, unique_code

# Storage behaviour of the sync: on the office's PostgreSQL too.
pytestmark = pytest.mark.usefixtures("both_engines")


def _states(desk: Desk, ids: list[int]) -> list[str]:
    with desk.db.read() as conn:
        return list(
            conn.execute(
                select(state.S.state).where(state.S.complaint_id.in_(ids)).order_by(state.S.complaint_id)
            ).scalars()
        )


def test_a_failed_answer_sends_the_prepared_batch_back_unsent(tmp_path: Path, central: RunningServer) -> None:
    code = unique_code("PIPE")
    proxy = FaultProxy(central.port)
    desk = open_desk(tmp_path / "desk", proxy.url, central.add_desk(code))
    try:
        assert desk.sync is not None
        desk.settings.set_text("sync.batch_size", "5")
        ids = [desk.complaints.record(walk_in(title=f"Pengaduan antre nomor {n}")).complaint.id for n in range(10)]
        first, second = ids[:5], ids[5:]
        proxy.hold_batches = True
        cycle = threading.Thread(target=desk.sync.run_cycle)
        cycle.start()
        assert proxy.batch_held.wait(30)  # the first batch is at the central; its answer is held
        # Meanwhile the second batch is prepared: marked sending, not sent.
        deadline = time.monotonic() + 30
        while _states(desk, second) != ["sending"] * 5:
            assert time.monotonic() < deadline, _states(desk, second)
            time.sleep(0.01)  # polling an observable state, with a deadline
        assert len(arrived(central, code)) == 5
        proxy.reset_held = True  # the answer to the first batch is lost on the way
        proxy.release.set()
        cycle.join(60)
        assert not cycle.is_alive()

        assert _states(desk, ids) == ["synced"] * 10
        remote = arrived(central, code)
        assert len(remote) == 10 and len({r["client_id"] for r in remote}) == 10  # once each
        for cid in first:  # a lost answer (retried, then taken) and the answer that counted
            assert [h["outcome"] for h in reversed(desk.sync.history(cid))] == ["retry", "ok"]
        for cid in second:  # the prepared batch was never sent before the retry succeeded
            assert [h["outcome"] for h in desk.sync.history(cid)] == ["ok"]
            item = desk.sync.item(cid)
            assert item is not None and item["attempts"] == 0
    finally:
        proxy.close()
        desk.close()
