"""A DeskSession's complaint calls: every call as the account signed in, checked in the core."""

from __future__ import annotations

import pytest

from lapor_desk.accounts import IT_CONSOLE, PermissionDenied
from lapor_desk.accounts.guard import audit_page, audit_verify
from lapor_desk.accounts.roles import Actor, Permission, Role
from lapor_desk.audit import AuditAction, AuditFilter
from lapor_desk.domain.enums import EventKind
from lapor_desk.domain.queue import QueueFilter

from factories import walk_in

NIK = "3204051203850002"


def _every_call(session):  # type: ignore[no-untyped-def]
    return [
        lambda: session.record(walk_in()),
        lambda: session.save_draft(walk_in()),
        lambda: session.find_duplicates(walk_in()),
        lambda: session.lookup(NIK),
        lambda: session.get(1),
        lambda: session.open_for_edit(1),
        lambda: session.queue_page(QueueFilter()),
        lambda: session.issue_receipt(1, "print"),
        lambda: session.record_reply(1, "terima kasih"),
    ]


@pytest.mark.parametrize(
    "who",
    [IT_CONSOLE, Actor(1, "admin", "Admin Desa", Role.ADMIN)],
    ids=["it-console", "actor-made-by-hand"],
)
def test_an_account_nobody_signed_in_is_refused_for_every_call(sup, who) -> None:  # type: ignore[no-untyped-def]
    calls = _every_call(sup.session(who).complaints)
    for call in calls:
        with pytest.raises(PermissionDenied) as err:
            call()
        assert err.value.code == "not_signed_in"
        assert "Masuk" in err.value.text("id")


def test_clerk_records_and_sees_the_nik_masked(sup, staff) -> None:  # type: ignore[no-untyped-def]
    session = sup.session(staff["clerk"]).complaints
    complaint = session.record(walk_in(reporter_nik=NIK)).complaint
    seen = session.get(complaint.id)
    assert seen.reporter_nik == "320405******0002"
    # The timeline names the signed-in account, not the desk's officer setting.
    created = [e for e in seen.events if e.actor]
    assert created and all(e.actor == "Budi Petugas" for e in created)
    # The edit form too: a clerk can replace the NIK, not read it back.
    editing = session.open_for_edit(complaint.id)
    assert editing.reporter_nik == "320405******0002"
    views = audit_page(staff["admin"], sup.audit, AuditFilter(actions=(str(AuditAction.VIEW_PERSONAL),)))
    assert views == []  # nothing personal was shown
    assert [r.id for r in session.lookup(NIK)] == [complaint.id]
    assert [r.id for r in session.queue_page(QueueFilter())] == [complaint.id]


def test_supervisor_sees_the_nik_and_the_look_is_audited(sup, staff) -> None:  # type: ignore[no-untyped-def]
    session = sup.session(staff["clerk"]).complaints
    complaint = session.record(walk_in(reporter_nik=NIK)).complaint
    assert sup.session(staff["supervisor"]).complaints.get(complaint.id).reporter_nik == NIK
    views = audit_page(staff["supervisor"], sup.audit, AuditFilter(actions=(str(AuditAction.VIEW_PERSONAL),)))
    assert [(v.actor, v.target, v.detail["purpose"]) for v in views] == [("sri", f"complaint:{complaint.id}", "view")]


def test_receipts_and_replies_name_the_account(sup, staff) -> None:  # type: ignore[no-untyped-def]
    session = sup.session(staff["clerk"]).complaints
    complaint = session.record(walk_in()).complaint
    _, before = session.issue_receipt(complaint.id, "print")
    assert before == 0
    replied = session.record_reply(complaint.id, "Sudah ditangani, terima kasih", 5)
    kinds = {e.kind: e.actor for e in replied.events}
    assert kinds[EventKind.RECEIPT_ISSUED] == "Budi Petugas"
    assert kinds[EventKind.REPORTER_REPLY] == "Budi Petugas"


def test_signing_out_ends_the_calls(sup, staff) -> None:  # type: ignore[no-untyped-def]
    desk_session = sup.session(staff["clerk"])
    session = desk_session.complaints
    complaint = session.record(walk_in()).complaint
    desk_session.end()  # a call still on its way when the account signs out
    assert not desk_session.can(Permission.VIEW_COMPLAINTS)
    for call in _every_call(session):
        with pytest.raises(PermissionDenied) as err:
            call()
        assert err.value.code == "not_signed_in"
    # The complaint stays for whoever signs in next.
    assert sup.session(staff["clerk"]).complaints.get(complaint.id).id == complaint.id


def test_audit_browser_and_verify_need_the_permission(sup, staff) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PermissionDenied):
        audit_page(staff["clerk"], sup.audit)
    with pytest.raises(PermissionDenied):
        audit_verify(staff["clerk"], sup.audit)
    entries = audit_page(staff["supervisor"], sup.audit, limit=500)
    assert entries and entries == sorted(entries, key=lambda e: -e.seq)
    report = audit_verify(staff["supervisor"], sup.audit)
    assert report.ok and report.entries == len(entries)


def test_a_clerk_saving_the_masked_nik_keeps_the_stored_one_and_can_replace_it(sup, staff) -> None:  # type: ignore[no-untyped-def]
    session = sup.session(staff["clerk"]).complaints
    complaint = session.record(walk_in(reporter_nik=NIK)).complaint
    form = session.open_for_edit(complaint.id)
    untouched = walk_in(reporter_nik=form.reporter_nik, title="Jalan berlubang di depan pasar desa")
    session.record(untouched, complaint.id)
    assert sup.complaints.get(complaint.id).reporter_nik == NIK
    assert sup.complaints.get(complaint.id).title == "Jalan berlubang di depan pasar desa"
    other = "3204055203900003"
    session.record(walk_in(reporter_nik=other), complaint.id)
    assert sup.complaints.get(complaint.id).reporter_nik == other
    # A supervisor edits with the whole NIK, and that look is audited.
    assert sup.session(staff["supervisor"]).complaints.open_for_edit(complaint.id).reporter_nik == other
    views = audit_page(staff["admin"], sup.audit, AuditFilter(actions=(str(AuditAction.VIEW_PERSONAL),)))
    assert [(v.actor, v.detail["purpose"]) for v in views] == [("sri", "edit")]
