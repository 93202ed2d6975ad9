"""A clerk records a walk-in complaint by keyboard alone, finds it atop the queue and opens it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QWidget

from lapor_desk.domain.enums import Status
from ui.shell.main_window import MainWindow

# (field, what the clerk types there; None = leave it and press Tab, " " = tick a box)
KEYSTROKES: list[tuple[str, str | None]] = [
    ("type", "Pengaduan"),
    ("channel", "Tatap"),
    ("title", "Lampu jalan mati di Cileunyi"),
    ("body", "Lampu penerangan jalan di depan pasar Cileunyi mati sejak dua minggu, gelap dan rawan."),
    ("incident_date", "01-11-2026"),
    ("received_at", None),
    ("paper_receipt", None),  # only for a complaint given a paper receipt number: left empty
    ("attachments.list", None),
    ("attachments.add_button", None),  # "Hapus lampiran" is disabled while there is none: skipped
    ("location_text", "Depan Pasar Cileunyi, Jl. Raya Cinunuk"),
    ("province_code", None),  # picked through the village below
    ("regency_code", None),
    ("district_code", None),
    ("village_code", "PICK:Cileunyi Kulon"),
    ("coordinates_toggle", None),  # latitude and longitude stay hidden behind it
    ("category_id", None),
    ("agency_name", None),
    ("reporter_name", "Dewi Lestari"),
    ("reporter_nik", "3204055203900003"),
    ("reporter_phone", "0813 2222 1111"),
    ("reporter_email", None),
    ("reporter_address", "Cinunuk RT 02/05"),
    ("is_anonymous", None),
    ("is_confidential", None),
    ("consent_personal", " "),
]


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def test_keyboard_only_intake_then_queue_then_view(window: MainWindow, qtbot) -> None:
    form = window.intake
    qtbot.waitUntil(lambda: form.region_fields[0].directory is not None, timeout=10_000)  # loads in background
    form.editors["type"].setFocus()
    qtbot.waitUntil(lambda: focused() is form.editors["type"])
    for name, keys in KEYSTROKES:
        owner, _, part = name.partition(".")
        editor = getattr(getattr(form, owner), part) if part else form.editors.get(name) or getattr(form, name)
        assert focused() is editor, f"focus should be on {name}, is on {focused()}"
        if keys == " ":
            qtbot.keyClick(editor, Qt.Key.Key_Space)
        elif keys and keys.startswith("PICK:"):
            # Type part of the village's name, then choose the first suggestion by keyboard.
            qtbot.keyClicks(editor, keys.removeprefix("PICK:"))
            popup = editor.completer_.popup()
            qtbot.waitUntil(popup.isVisible)
            qtbot.keyClick(popup, Qt.Key.Key_Down)
            qtbot.keyClick(popup, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda e=editor: e.code() == "32.04.05.2001")
        elif keys:
            qtbot.keyClicks(editor, keys)
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert [f.code() for f in form.region_fields] == ["32", "32.04", "32.04.05", "32.04.05.2001"]
    assert form.editors["consent_personal"].isChecked()
    assert form.editors["officer_name"].text() == "Siti Rahmawati"  # remembered from settings

    with qtbot.waitSignal(form.recorded, timeout=10_000) as recorded:
        qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    complaint_id, receipt = recorded.args
    assert receipt.startswith("KAB-BDG-01-") and receipt.endswith("-0001")
    assert receipt in form.banner.text()
    assert form.editors["title"].text() == ""  # ready for the next citizen

    window.queue_action.trigger()
    model = window.queue_model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.rows[0].id == complaint_id)
    assert model.data(model.index(0, 0)) == receipt
    assert model.data(model.index(0, 2)) == "Tercatat (antre kirim)"

    table = window.queue.table
    table.setFocus()
    table.selectRow(0)
    table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.views) == 1)
    view = window.views[0]
    texts = {label.text() for label in view.findChildren(QLabel)}
    assert {
        receipt,
        "Lampu jalan mati di Cileunyi",
        "Dewi Lestari",
        "3204055203900003",
        "+6281322221111",
        "01-11-2026",
        "Pengaduan",
        "Tatap muka",
    } <= texts
    # The region by name (village first), its codes one hover away.
    assert view.region_label.text() == "Desa Cileunyi Kulon, Kecamatan Cileunyi, Kabupaten Bandung, Jawa Barat"
    assert view.region_label.toolTip() == "32 / 32.04 / 32.04.05 / 32.04.05.2001"
    assert view.timeline.rowCount() == 2
    assert view.timeline.item(1, 1).text() == "Dicatat, tanda terima diterbitkan"
    stored = window.desk.complaints.get(complaint_id)
    assert stored.status is Status.RECORDED and stored.reporter_name == "Dewi Lestari"


def test_errors_show_at_each_field_and_typed_text_stays(window: MainWindow, qtbot) -> None:
    form = window.intake
    qtbot.keyClicks(form.editors["title"], "Pendek")
    qtbot.keyClicks(form.editors["reporter_nik"], "12345")
    form.record()
    qtbot.waitUntil(lambda: form.boxes["title"].message.isVisible())
    assert form.boxes["title"].message.text() == "Terlalu pendek: minimal 10 karakter (sekarang 6)."
    assert form.boxes["reporter_nik"].message.text() == "NIK harus 16 digit (sekarang 5)."
    assert form.boxes["type"].message.text() == "Wajib diisi."
    assert form.boxes["consent_personal"].message.isVisible()
    assert form.editors["title"].text() == "Pendek"
    assert form.editors["reporter_nik"].text() == "12345"
    assert "Periksa" in form.banner.text()
    assert QApplication.focusWidget() is form.editors["type"]  # the first field in error


def test_leaving_a_field_checks_it_with_a_warning_that_does_not_block(window: MainWindow, qtbot) -> None:
    form = window.intake
    form.editors["reporter_nik"].setFocus()
    qtbot.keyClicks(form.editors["reporter_nik"], "3204050000000001")
    qtbot.keyClick(form.editors["reporter_nik"], Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: form.boxes["reporter_nik"].message.isVisible())
    assert "Bulan lahir" in form.boxes["reporter_nik"].message.text()


def test_draft_saved_then_completed_from_the_complaint_view(window: MainWindow, qtbot) -> None:
    form = window.intake
    qtbot.keyClicks(form.editors["title"], "Sampah menumpuk di pasar Baleendah")
    with qtbot.waitSignal(form.saved, timeout=10_000) as saved:
        form.save_draft()
    draft_id = saved.args[0]
    assert window.desk.complaints.get(draft_id).status is Status.DRAFT

    window.open_complaint(draft_id)
    qtbot.waitUntil(lambda: len(window.views) == 1)
    view = window.views[0]
    assert view.edit_button.isEnabled()
    view.edit_button.click()
    qtbot.waitUntil(lambda: form.complaint_id == draft_id)
    assert form.editors["title"].text() == "Sampah menumpuk di pasar Baleendah"
    form.editors["type"].set_value(form.editors["type"].enum("aspirasi"))
    form.editors["channel"].set_value(form.editors["channel"].enum("phone"))
    form.editors["body"].setPlainText("Sampah di pasar tidak diangkut selama seminggu, bau menyengat.")
    form.editors["reporter_name"].setText("Asep Permana")
    form.editors["reporter_phone"].setText("022 5951234")
    form.editors["consent_personal"].setChecked(True)
    with qtbot.waitSignal(form.recorded, timeout=10_000) as recorded:
        form.record()
    assert recorded.args[0] == draft_id
    complaint = window.desk.complaints.get(draft_id)
    assert complaint.status is Status.RECORDED
    assert [e.kind for e in complaint.events] == ["created", "edited", "recorded"]


def test_citizen_text_is_always_plain_text(window: MainWindow, qtbot) -> None:
    from factories import walk_in

    title = "<b>Tebal</b> <a href='x'>tautan</a>"
    complaint = window.desk.complaints.record(walk_in(title=title)).complaint
    qtbot.waitUntil(lambda: window.queue_model.rowCount() == 1)
    assert window.queue_model.data(window.queue_model.index(0, 5)) == title
    window.open_complaint(complaint.id)
    qtbot.waitUntil(lambda: len(window.views) == 1)
    labels = [label for label in window.views[0].findChildren(QLabel) if label.text() == title]
    assert labels and all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)


def test_every_input_has_a_label_and_an_accessible_name(window: MainWindow) -> None:
    form = window.intake
    for name, editor in form.editors.items():
        assert form.row_labels[name].text(), name
        if not isinstance(editor, QCheckBox) or name != "disability_types":
            assert editor.accessibleName(), name
