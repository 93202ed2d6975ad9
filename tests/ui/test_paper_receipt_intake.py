"""The intake form's "Nomor tanda terima kertas": a complaint given a paper receipt number while the
office server was down is entered later with it, checked at the field (a real desk, offscreen)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from lapor_desk.desk import Desk
from lapor_desk.paper.numbers import paper_number
from lapor_desk.settings import UI_LANGUAGE
from ui.shell.main_window import MainWindow

from factories import walk_in


def _message(form, name: str) -> str:  # type: ignore[no-untyped-def]
    label = form.boxes[name].message
    return str(label.text()) if label.isVisible() else ""


def _type_number(form, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    editor = form.sheet.paper_receipt
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)


def test_a_paper_complaint_is_entered_with_its_number_checked_at_the_field(
    window: MainWindow, desk: Desk, qtbot
) -> None:
    assert window.actor is not None
    block = desk.supervision.paper.reserve(window.actor, 2)
    form = window.intake
    paper_time = datetime.now().astimezone().replace(second=0, microsecond=0)
    form.sheet.load(walk_in(received_at=paper_time, title="Lampu jalan mati di gang Melati"))
    assert form.boxes["paper_receipt"].isVisibleTo(form)

    _type_number(form, qtbot, "KAB-BDG-01-0001")
    qtbot.waitUntil(lambda: _message(form, "paper_receipt").startswith("Nomor tanda terima kertas tidak dikenali"))
    good = block.first_number
    _type_number(form, qtbot, good[:-1] + str((int(good[-1]) + 1) % 10))
    qtbot.waitUntil(lambda: "salah ketik" in _message(form, "paper_receipt"), timeout=10_000)
    other = paper_number("KAB-BDG-01", 9)
    _type_number(form, qtbot, other)
    qtbot.waitUntil(
        lambda: _message(form, "paper_receipt") == f"Nomor {other} tidak ada di blok nomor kertas kantor ini."
    )
    _type_number(form, qtbot, good.lower())
    qtbot.waitUntil(lambda: _message(form, "paper_receipt") == "", timeout=10_000)

    with qtbot.waitSignal(form.recorded, timeout=20_000) as recorded:
        form.record_button.click()
    complaint_id, receipt = recorded.args
    assert receipt == good and good in form.banner_text
    stored = desk.complaints.get(complaint_id)
    assert stored.received_at == paper_time
    assert form.sheet.paper_receipt.text() == ""  # ready for the next citizen

    # The same number again: refused at its field, what was typed kept.
    form.sheet.load(walk_in(received_at=paper_time, title="Saluran air tersumbat di pasar"))
    _type_number(form, qtbot, good)
    qtbot.waitUntil(lambda: "sudah dipakai" in _message(form, "paper_receipt"), timeout=10_000)
    form.record_button.click()
    qtbot.waitUntil(lambda: "Periksa 1 isian" in form.banner_text, timeout=20_000)
    assert form.editors["title"].text() == "Saluran air tersumbat di pasar"
    assert form.sheet.paper_receipt.text() == good
    desk.settings.set(UI_LANGUAGE, "en")  # as the language menu does
    window.languages.apply("en")
    qtbot.waitUntil(
        lambda: _message(form, "paper_receipt") == f"Number {good} has already been used for another complaint."
    )
    assert form.row_labels["paper_receipt"].text().replace("&", "") == "Paper receipt number"


def test_a_paper_time_before_the_block_is_refused_at_received(window: MainWindow, desk: Desk, qtbot) -> None:
    assert window.actor is not None
    block = desk.supervision.paper.reserve(window.actor, 1)
    form = window.intake
    before = (datetime.now().astimezone() - timedelta(days=2)).replace(second=0, microsecond=0)
    form.sheet.load(walk_in(received_at=before))
    _type_number(form, qtbot, block.first_number)
    qtbot.waitUntil(lambda: _message(form, "received_at").startswith("Waktu di kertas harus dalam masa berlaku"))
    assert _message(form, "paper_receipt") == ""


def test_signing_out_keeps_the_typed_paper_number_with_the_draft(window: MainWindow, desk: Desk, qtbot) -> None:
    actor = window.actor
    assert actor is not None
    block = desk.supervision.paper.reserve(actor, 1)
    form = window.intake
    paper_time = datetime.now().astimezone().replace(second=0, microsecond=0)
    form.sheet.load(walk_in(received_at=paper_time, title="Pipa air bocor di depan sekolah"))
    _type_number(form, qtbot, block.first_number)
    with qtbot.waitSignal(form.saved, timeout=20_000) as saved:
        window.sign_out()  # the form is kept as a draft before the desk changes hands
    qtbot.waitUntil(lambda: window.actor is None, timeout=20_000)
    assert window.desk_screens is None  # the form went with the session (ui/shell/desk_screens.py)
    draft = desk.complaints.get(saved.args[0])
    assert (draft.title, draft.paper_receipt) == ("Pipa air bocor di depan sekolah", block.first_number)
    window.session.begin(actor)  # signed in again: a new, empty form
    form = window.intake
    assert form.sheet.paper_receipt.text() == "" and form.editors["title"].text() == ""
    form.load(draft)  # the draft opened again: its number is back in its field
    assert form.sheet.paper_receipt.text() == block.first_number
    assert not form.has_unsaved_input()
