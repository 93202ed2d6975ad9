"""The review queue's sections on a known set of complaints, and four-eyes approval."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from lapor_desk.accounts import PermissionDenied, Role, SupervisionError
from lapor_desk.audit import AuditFilter
from lapor_desk.deadlines import DeadlineState
from lapor_desk.review import ApprovalState, Section
from lapor_desk.settings import FOUR_EYES

from factories import PASSWORD, WIB, raw_sql, walk_in

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=WIB)  # a Friday


def _at(day: int) -> datetime:
    return datetime(2026, 11, day, 9, 0, tzinfo=WIB)


@pytest.fixture
def queue(sup, staff, sup_clock, sup_db):  # type: ignore[no-untyped-def]
    clerk = staff["clerk"]

    def rec(title: str, day: int) -> int:
        return int(sup.session(clerk).complaints.record(walk_in(title=title, received_at=_at(day))).complaint.id)

    ids = {
        "overdue": rec("Terlambat verifikasi jalan", 16),  # verify due Thu 19 Nov
        "due_monday": rec("Jatuh tempo hari Senin", 18),  # due Mon 23 Nov: the next working day
        "fresh": rec("Baru diterima hari ini", 20),  # due Wed 25 Nov
        "verified": rec("Sudah diverifikasi pusat", 10),  # follow-up due 10 Nov + 8 HK = 20 Nov
        "completed": rec("Sudah selesai ditangani", 2),
        "refused": rec("Ditolak oleh pusat", 19),
    }
    sup_clock.now = NOW - timedelta(days=2)
    old = walk_in(title="Draf yang terlupa", received_at=_at(18))
    ids["old_draft"] = int(sup.session(clerk).complaints.save_draft(old).complaint.id)
    sup_clock.now = NOW
    ids["new_draft"] = int(sup.session(clerk).complaints.save_draft(walk_in(title="Draf yang masih baru")).complaint.id)
    with raw_sql(sup_db) as raw:
        raw.execute("UPDATE complaints SET status = 'verified' WHERE id = ?", (ids["verified"],))
        raw.execute("UPDATE complaints SET status = 'completed' WHERE id = ?", (ids["completed"],))
        # The sync queue's record of a refusal (lapor_desk/sync/tables.py).
        raw.execute(
            "INSERT INTO sync_items (complaint_id, client_id, state, revision, payload_hash, attachments, "
            "attempts, errors, queued_at) VALUES (?, 'c-1', 'needs_fix', 1, '', '[]', 1, "
            "'[{\"field\": \"title\"}]', '2026-11-19 02:00:00.000000')",
            (ids["refused"],),
        )
    return ids


def test_sections_hold_the_right_complaints(sup, staff, queue) -> None:  # type: ignore[no-untyped-def]
    boss = staff["supervisor"]
    deadline = sup.review.page(boss, Section.DEADLINE)
    assert {i.complaint_id for i in deadline} == {queue["overdue"], queue["due_monday"], queue["verified"]}
    states = {i.complaint_id: i.deadline_state for i in deadline}
    assert states[queue["overdue"]] is DeadlineState.OVERDUE
    assert states[queue["due_monday"]] is DeadlineState.DUE_SOON
    assert states[queue["verified"]] is DeadlineState.DUE_SOON
    assert [i.complaint_id for i in sup.review.page(boss, Section.STALE_DRAFT)] == [queue["old_draft"]]
    assert [i.complaint_id for i in sup.review.page(boss, Section.REFUSED)] == [queue["refused"]]
    assert sup.review.page(boss, Section.AWAITING_APPROVAL) == []
    assert sup.review.counts(boss) == {
        Section.DEADLINE: 3,
        Section.REFUSED: 1,
        Section.STALE_DRAFT: 1,
        Section.AWAITING_APPROVAL: 0,
    }


def test_pages_by_keyset(sup, staff, queue) -> None:  # type: ignore[no-untyped-def]
    boss = staff["supervisor"]
    first = sup.review.page(boss, Section.DEADLINE, limit=2)
    rest = sup.review.page(boss, Section.DEADLINE, before_id=first[-1].complaint_id, limit=2)
    items = first + rest
    ids = [i.complaint_id for i in items]
    # most urgent first (the due date ascending: the overdue one on top), each once across the pages
    assert ids[0] == queue["overdue"] and sorted(ids) == sorted(
        {queue["due_monday"], queue["overdue"], queue["verified"]}
    )
    dues = [i.deadline.due for i in items if i.deadline is not None]
    assert len(dues) == 3 and dues == sorted(dues)


def test_a_week_later_more_is_late(sup, staff, queue, sup_clock) -> None:  # type: ignore[no-untyped-def]
    sup_clock.now = NOW + timedelta(days=5)  # Wed 25 Nov
    items = {i.complaint_id: i.deadline_state for i in sup.review.page(staff["supervisor"], Section.DEADLINE)}
    assert items[queue["fresh"]] is DeadlineState.DUE_SOON and items[queue["due_monday"]] is DeadlineState.OVERDUE
    assert queue["completed"] not in items


def test_four_eyes_holds_trainee_work_until_approved(sup, staff, settings) -> None:  # type: ignore[no-untyped-def]
    trainee, clerk, boss = staff["trainee"], staff["clerk"], staff["supervisor"]
    before = sup.session(trainee).complaints.record(walk_in(title="Sebelum empat mata aktif")).complaint.id
    settings.set(FOUR_EYES, "on")
    held = sup.session(trainee).complaints.record(walk_in(title="Direkam oleh petugas magang")).complaint.id
    draft = sup.session(trainee).complaints.save_draft(walk_in(title="Draf petugas magang")).complaint.id
    free = sup.session(clerk).complaints.record(walk_in(title="Direkam oleh petugas tetap")).complaint.id
    second = sup.session(trainee).complaints.record(walk_in(title="Magang, pengaduan kedua")).complaint.id
    waiting = [i.complaint_id for i in sup.review.page(boss, Section.AWAITING_APPROVAL)]
    assert waiting == [second, held] and before not in waiting and free not in waiting and draft not in waiting
    with pytest.raises(PermissionDenied):
        sup.review.approve(clerk, held)
    sup.review.approve(boss, held)
    with pytest.raises(SupervisionError) as err:
        sup.review.approve(boss, held)
    assert err.value.code == "review_not_waiting"
    with pytest.raises(SupervisionError):
        sup.review.return_with_note(boss, second, "  ")
    sup.review.return_with_note(boss, second, "Lengkapi lokasi kejadian")
    assert sup.review.approval_of(trainee, second) == (ApprovalState.RETURNED, "Lengkapi lokasi kejadian")
    # The core checks who asks: an account still to change its first password reads no note.
    sup.accounts.add_account(staff["admin"], "dewi", "Dewi Baru", Role.CLERK, PASSWORD)
    newcomer = sup.accounts.sign_in("dewi", PASSWORD)
    with pytest.raises(PermissionDenied):
        sup.review.approval_of(newcomer, second)
    with pytest.raises(PermissionDenied):
        sup.review.returned_to(newcomer)
    assert sup.review.page(boss, Section.AWAITING_APPROVAL) == []
    # The trainee finds it with the note; nobody else's returned work is in the list.
    assert [(i.complaint_id, i.note) for i in sup.review.returned_to(trainee)] == [(second, "Lengkapi lokasi kejadian")]
    assert sup.review.returned_to(clerk) == []
    # The trainee fixes it: it waits again.
    sup.session(trainee).complaints.record(walk_in(title="Magang, pengaduan kedua (lokasi)"), second)
    assert sup.review.returned_to(trainee) == []
    assert [i.complaint_id for i in sup.review.page(boss, Section.AWAITING_APPROVAL)] == [second]
    decisions = sup.audit.page(AuditFilter(actions=("review_decision",)))
    assert [(d.actor, d.detail["decision"]) for d in reversed(decisions)] == [("sri", "approved"), ("sri", "returned")]


def test_queue_rows_get_their_deadlines(sup, staff, queue) -> None:  # type: ignore[no-untyped-def]
    from lapor_desk.domain.queue import QueueFilter

    rows = sup.session(staff["clerk"]).complaints.queue_page(QueueFilter())
    due = sup.calendar.deadlines().for_rows(rows, NOW)
    assert due[queue["overdue"]].state is DeadlineState.OVERDUE  # type: ignore[union-attr]
    assert due[queue["fresh"]].state is DeadlineState.ON_TRACK  # type: ignore[union-attr]
    assert due[queue["completed"]] is None
