"""Storage for an office with several counters (issue 17), on both engines: each counter's code
in its receipt numbers, an outbox item claimed by one sender only, one audit chain under
concurrent writers. The PostgreSQL variant is the office's case; SQLite must agree."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from lapor_desk.audit import AuditTrail, Who
from lapor_desk.desk import Desk
from lapor_desk.paths import Paths
from lapor_desk.settings import DESK_CODE, DESK_COUNTER, SettingError
from lapor_desk.sync import state

from factories import walk_in


@pytest.fixture
def office(db_url: str, tmp_path: Path) -> Iterator[Desk]:
    desk = Desk.open(db_url, paths=Paths(tmp_path / "data", tmp_path / "config", tmp_path / "logs"))
    desk.settings.set(DESK_CODE, "KAB-BDG-01")
    yield desk
    desk.close()


def test_each_counter_numbers_its_receipts_under_the_desk_code(office: Desk) -> None:
    first = office.complaints.record(walk_in()).complaint
    office.settings.set(DESK_COUNTER, "L2")
    second = office.complaints.record(walk_in()).complaint
    office.settings.set(DESK_COUNTER, "L3")
    third = office.complaints.record(walk_in()).complaint
    again = office.complaints.record(walk_in()).complaint
    day = first.receipt_number.split("-")[-2]  # type: ignore[union-attr]
    assert first.receipt_number == f"KAB-BDG-01-{day}-0001"
    assert second.receipt_number == f"KAB-BDG-01-L2-{day}-0001"  # a serial of its own per counter
    assert (third.receipt_number, again.receipt_number) == (f"KAB-BDG-01-L3-{day}-0001", f"KAB-BDG-01-L3-{day}-0002")
    assert (second.desk_code, third.desk_code) == ("KAB-BDG-01-L2", "KAB-BDG-01-L3")  # the complaint names it
    with pytest.raises(SettingError) as refused:
        office.settings.set(DESK_COUNTER, "L-2")
    assert refused.value.code == "counter_code_format"


def test_an_outbox_item_is_claimed_by_one_sender_only(office: Desk) -> None:
    for n in range(6):
        office.complaints.record(walk_in(title=f"Diklaim satu pengirim saja {n}"))
    with office.db.read() as conn:
        items = state.due(conn, office.sync.clock(), 10, force=True)  # type: ignore[union-attr]
    assert len(items) == 6
    claimed: dict[str, list[state.Outgoing]] = {}
    first_claimed = threading.Event()
    release = threading.Event()

    def first() -> None:
        with office.db.write() as conn:
            claimed["first"] = state.mark_sending(conn, items)
            first_claimed.set()
            release.wait(30)  # holds its transaction while the second sender tries

    def second() -> None:
        with office.db.write() as conn:
            claimed["second"] = state.mark_sending(conn, items[2:])

    one = threading.Thread(target=first)
    one.start()
    assert first_claimed.wait(30)
    two = threading.Thread(target=second)
    two.start()
    release.set()
    one.join(60)
    two.join(60)
    assert [i.complaint_id for i in claimed["first"]] == [i.complaint_id for i in items]
    assert claimed["second"] == []  # it waited for the first, then found nothing pending


def test_the_audit_chain_stays_one_chain_with_concurrent_writers(office: Desk) -> None:
    trail = AuditTrail(office.db)
    start = threading.Barrier(3)
    failures: list[BaseException] = []

    def writer(name: str) -> None:
        try:
            start.wait(30)
            for n in range(25):
                trail.record(Who(name, "clerk"), "export", f"report:{name}:{n}", {"n": n})
        except BaseException as exc:  # noqa: BLE001 - reported by the test below
            failures.append(exc)

    threads = [threading.Thread(target=writer, args=(f"loket{k}",)) for k in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert failures == []
    report = trail.verify()
    assert report.ok, report.problems
    assert report.entries == trail.count() == 75
