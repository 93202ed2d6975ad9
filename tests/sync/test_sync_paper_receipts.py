"""A complaint entered later with a paper receipt number syncs like any other, to a real central on loopback."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from central.testing import RunningServer
from lapor_desk.domain.complaint import Extras

from factories import PASSWORD, walk_in
from sync_helpers import central_complaint, open_desk

pytestmark = pytest.mark.usefixtures("both_engines")


def test_paper_numbered_complaints_reach_the_central_with_their_number_and_time(
    tmp_path: Path, central: RunningServer
) -> None:
    desk = open_desk(tmp_path / "desk", central.api_url, central.desk_token)
    try:
        assert desk.sync is not None
        admin = desk.supervision.accounts.create_first_admin("admin", "Admin Kantor", PASSWORD)
        block = desk.supervision.paper.reserve(admin, 2)
        session = desk.session(admin)
        paper_time = datetime.now().astimezone().replace(second=0, microsecond=0)  # as written on the paper
        numbers = [n.number for n in desk.supervision.paper.numbers(admin, block.id)]
        entered = [
            session.complaints.record(
                walk_in(received_at=paper_time, title=f"Jalan berlubang di gang nomor {i}"),
                extras=Extras(paper_receipt=number),
            ).complaint
            for i, number in enumerate(numbers)
        ]
        typed_today = session.complaints.record(walk_in(title="Lampu jalan mati di depan pasar")).complaint
        report = desk.sync.run_cycle()
        assert report.synced == 3 and report.refused == 0
        for complaint, number in zip(entered, numbers, strict=True):
            item = desk.sync.item(complaint.id)
            assert item is not None and item["state"] == "synced"
            there = central_complaint(central, int(item["tracking_id"]))
            assert there["receipt_number"] == number
            # The sync corrects a desk's times by the clock offset it measured (milliseconds here).
            assert abs(datetime.fromisoformat(there["received_at"]) - paper_time) < timedelta(seconds=5)
        item = desk.sync.item(typed_today.id)
        assert item is not None
        assert central_complaint(central, int(item["tracking_id"]))["receipt_number"] == typed_today.receipt_number
    finally:
        desk.close()
