"""A clerk edits a complaint with the NIK masked: it can be replaced, never read back."""

from __future__ import annotations

from lapor_desk.accounts import Role
from ui.shell.main_window import MainWindow

from factories import PASSWORD, first_sign_in, walk_in

NIK = "3204051203850002"
MASKED = "320405******0002"


def test_a_clerk_edits_with_the_nik_masked_and_keeps_or_replaces_it(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    desk = window.desk
    assert desk is not None and window.actor is not None
    accounts = desk.supervision.accounts
    accounts.add_account(window.actor, "budi", "Budi Petugas", Role.CLERK, PASSWORD)
    clerk = first_sign_in(accounts, "budi")
    window.session.end()  # the admin signs out; the clerk takes the desk
    window.session.begin(clerk)
    draft = desk.session(clerk).complaints.save_draft(walk_in(reporter_nik=NIK)).complaint
    form = window.intake

    window._edit_complaint(draft.id)
    qtbot.waitUntil(lambda: form.complaint_id == draft.id)
    nik = form.editors["reporter_nik"]
    assert nik.text() == MASKED and form.masked_nik == MASKED
    assert NIK not in nik.toolTip()
    form._check_field("reporter_nik")  # leaving the field: the mask is not "digits only" wrong
    assert not form.result.for_field("reporter_nik")
    form.editors["title"].setText("Lampu jalan mati di depan balai desa")
    with qtbot.waitSignal(form.recorded, timeout=10_000):
        form.record()
    kept = desk.complaints.get(draft.id)
    assert kept.reporter_nik == NIK and kept.title == "Lampu jalan mati di depan balai desa"

    window._edit_complaint(draft.id)
    qtbot.waitUntil(lambda: form.complaint_id == draft.id)
    assert nik.text() == MASKED
    nik.setText("3204055203900003")
    with qtbot.waitSignal(form.recorded, timeout=10_000):
        form.record()
    assert desk.complaints.get(draft.id).reporter_nik == "3204055203900003"
    assert form.masked_nik is None  # a recorded complaint leaves an empty form behind
